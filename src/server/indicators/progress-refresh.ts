// An indicator's stored headline progress is measured against its first target due this year or later
// (`headlineTarget`), so it moves when the year turns although nothing is written. A server keeps it
// true: once when it is ready (for the turns of the year it was not running) and again whenever the
// year in Vietnam changes while it runs. Only rows whose figures change are written.
import { and, eq, exists, gte, inArray, lt, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { DbOrTx } from '../../db/client.ts';
import { indicators, observations, targets } from '../../db/schema.ts';
import { type AppContext, todayInVietnam } from '../context.ts';
import { assessIndicator } from './indicators.service.ts';

const BATCH = 500;
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Recomputes the stored progress of every indicator whose headline target depends on the year: one
 * with a target before this year and one this year or later. Returns how many rows changed.
 */
export async function refreshProgressForYear(db: DbOrTx, today: string): Promise<number> {
  const year = Number(today.slice(0, 4));
  const has = (cond: typeof lt | typeof gte) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(targets)
        .where(and(eq(targets.indicatorId, indicators.id), cond(targets.year, year))),
    );
  const ids = (
    await db
      .select({ id: indicators.id })
      .from(indicators)
      .where(and(has(lt), has(gte)))
      .orderBy(indicators.id)
  ).map((r) => r.id);
  let changed = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    changed += await refreshBatch(db, ids.slice(i, i + BATCH), today);
  }
  return changed;
}

async function refreshBatch(db: DbOrTx, ids: number[], today: string): Promise<number> {
  const [rows, t, o] = await Promise.all([
    db.select().from(indicators).where(inArray(indicators.id, ids)),
    db.select().from(targets).where(inArray(targets.indicatorId, ids)),
    db.select().from(observations).where(inArray(observations.indicatorId, ids)),
  ]);
  const targetsOf = groupBy(t);
  const observationsOf = groupBy(o);
  const values = [];
  for (const indicator of rows) {
    const p = assessIndicator(
      indicator,
      targetsOf.get(indicator.id) ?? [],
      observationsOf.get(indicator.id) ?? [],
      today,
    );
    if (p.status !== indicator.progressStatus || p.ratio !== indicator.progressRatio)
      values.push(sql`(${indicator.id}::int, ${p.status}::text, ${p.ratio}::float8)`);
  }
  if (!values.length) return 0;
  await db.execute(sql`update indicators set progress_status = v.status, progress_ratio = v.ratio
    from (values ${sql.join(values, sql`, `)}) v(id, status, ratio) where indicators.id = v.id`);
  return values.length;
}

function groupBy<T extends { indicatorId: number }>(list: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const x of list) {
    const held = map.get(x.indicatorId);
    if (held) held.push(x);
    else map.set(x.indicatorId, [x]);
  }
  return map;
}

/** Runs the refresh when the server is ready and at each turn of the year; stops with the server. */
export function keepProgressCurrent(app: FastifyInstance, ctx: AppContext): void {
  let year = '';
  let running: Promise<unknown> = Promise.resolve();
  const check = () => {
    const today = todayInVietnam(ctx.now());
    if (today.slice(0, 4) === year) return;
    year = today.slice(0, 4);
    running = running
      .then(() => refreshProgressForYear(ctx.db, today))
      .then(
        (n) => n && app.log.info(`indicator progress refreshed for ${year}: ${n} changed`),
        (err) => app.log.error({ err }, 'indicator progress not refreshed'),
      );
  };
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    check();
    timer = setInterval(check, CHECK_EVERY_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}

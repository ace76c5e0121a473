// An indicator's stored headline progress is measured against its first target due this year or later
// (`headlineTarget`), so it moves when the year turns although nothing is written. A server keeps it
// true: once when it is ready (for the turns of the year it was not running) and again whenever the
// year in Vietnam changes while it runs. Only rows whose figures change are written.
import { and, eq, exists, gte, lt, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { DbOrTx } from '../../db/client.ts';
import { refreshProgressMany } from '../../db/queries/indicatorProgress.ts';
import { indicators, targets } from '../../db/schema.ts';
import { type AppContext, todayInVietnam } from '../context.ts';

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
    changed += await refreshProgressMany(db, ids.slice(i, i + BATCH), today);
  }
  return changed;
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

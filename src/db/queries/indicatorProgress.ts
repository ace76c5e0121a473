// An indicator's headline progress (its headline target, its yearly figures, the Open SDG assessment) and
// the stored copy of it on the indicator row, refreshed when its targets or observations change.
import { eq, inArray, sql } from 'drizzle-orm';
import {
  type ProgressStatus,
  progressColour,
  targetProgress,
  type YearValue,
} from '../../domain/targetProgress.ts';
import type { DbOrTx } from '../client.ts';
import { indicators, observations, targets } from '../schema.ts';

export type IndicatorRow = typeof indicators.$inferSelect;
type TargetRow = typeof targets.$inferSelect;

/**
 * The target an indicator is judged against: the first one due this year or later, else the last one.
 * Thái Nguyên's urbanisation rate in 2026 is judged against its 2030 target, not the 2020 one.
 */
export function headlineTarget(rows: TargetRow[], today: string): TargetRow | undefined {
  const year = Number(today.slice(0, 4));
  const sorted = [...rows].sort((a, b) => a.year - b.year || a.id - b.id);
  return sorted.find((t) => t.year >= year) ?? sorted[sorted.length - 1];
}

/** Yearly figures, one per year (the approved one, else the latest reported). */
function yearlyValues(rows: (typeof observations.$inferSelect)[]): YearValue[] {
  const byYear = new Map<number, typeof observations.$inferSelect>();
  for (const o of rows) {
    if (o.periodKind !== 'year') continue;
    const held = byYear.get(o.year);
    const better =
      !held ||
      (o.state === 'approved') > (held.state === 'approved') ||
      (o.state === held.state && o.id > held.id);
    if (better) byYear.set(o.year, o);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year).map((o) => ({ year: o.year, value: o.value }));
}

export function assessIndicator(
  indicator: IndicatorRow,
  targetRows: TargetRow[],
  observationRows: (typeof observations.$inferSelect)[],
  today: string,
) {
  const target = headlineTarget(targetRows, today);
  const values = yearlyValues(observationRows);
  if (!target) {
    return {
      status: 'not_assessable' as ProgressStatus,
      colour: progressColour('not_assessable'),
      ratio: null,
      targetYear: null,
      targetValue: null,
      method: null,
      baseline: null,
      latest: values[values.length - 1] ?? null,
      projection: null,
      yearMeetsTarget: null,
    };
  }
  const baseline =
    target.baselineYear != null && target.baselineValue != null
      ? { year: target.baselineYear, value: target.baselineValue }
      : undefined;
  const p = targetProgress({
    direction: indicator.direction,
    baseline,
    target: { year: target.year, value: target.value },
    observations: values,
  });
  return {
    status: p.status,
    colour: p.colour,
    ratio: p.ratio,
    targetYear: target.year,
    targetValue: target.value,
    method: p.method,
    baseline: p.baseline ?? null,
    latest: p.latest ?? null,
    projection: p.projection ?? null,
    yearMeetsTarget: p.yearMeetsTarget,
  };
}

/** Recomputes the stored headline progress, inside the transaction of the change that moved it. */
export async function refreshProgress(tx: DbOrTx, indicatorId: number, today: string) {
  const [indicator] = await tx.select().from(indicators).where(eq(indicators.id, indicatorId));
  if (!indicator) return;
  const [t, o] = await Promise.all([
    tx.select().from(targets).where(eq(targets.indicatorId, indicatorId)),
    tx.select().from(observations).where(eq(observations.indicatorId, indicatorId)),
  ]);
  const progress = assessIndicator(indicator, t, o, today);
  await tx
    .update(indicators)
    .set({ progressStatus: progress.status, progressRatio: progress.ratio })
    .where(eq(indicators.id, indicatorId));
  return progress;
}

/**
 * `refreshProgress` of many indicators at once (a bulk acceptance, the turn of the year): three reads
 * and one write of the rows whose figures change. Returns how many changed.
 */
export async function refreshProgressMany(tx: DbOrTx, ids: number[], today: string): Promise<number> {
  if (!ids.length) return 0;
  // One after the other: in a transaction they share one connection.
  const rows = await tx.select().from(indicators).where(inArray(indicators.id, ids));
  const t = await tx.select().from(targets).where(inArray(targets.indicatorId, ids));
  const o = await tx.select().from(observations).where(inArray(observations.indicatorId, ids));
  const group = <T extends { indicatorId: number }>(list: T[]) => {
    const map = new Map<number, T[]>();
    for (const x of list) {
      const held = map.get(x.indicatorId);
      if (held) held.push(x);
      else map.set(x.indicatorId, [x]);
    }
    return map;
  };
  const targetsOf = group(t);
  const observationsOf = group(o);
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
  await tx.execute(sql`update indicators set progress_status = v.status, progress_ratio = v.ratio
    from (values ${sql.join(values, sql`, `)}) v(id, status, ratio) where indicators.id = v.id`);
  return values.length;
}

// Rules for an observation (số liệu thực hiện) before it is stored: the period it is for (a year, a
// quarter or a month), whether that period has begun, and whether the figure is plausible for its
// indicator. Pure: the caller brings today's date and the indicator's known figures.
import { lastDayOfMonth, lastDayOfQuarter, lastDayOfYear } from './dates.ts';

export const PERIOD_KINDS = ['year', 'quarter', 'month'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  year: number;
  periodKind: PeriodKind;
  /** Quarter 1–4 or month 1–12; null (or absent) for a whole year. */
  periodIndex?: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day of the period, as ISO: Q3/2025 → '2025-07-01'. */
export function periodStart(p: Period): string {
  const month =
    p.periodKind === 'quarter' ? (p.periodIndex! - 1) * 3 + 1 : p.periodKind === 'month' ? p.periodIndex! : 1;
  return `${String(p.year).padStart(4, '0')}-${pad(month)}-01`;
}

/** The last day of the period, as ISO: Q3/2025 → '2025-09-30'. */
export function periodEnd(p: Period): string {
  if (p.periodKind === 'quarter') return lastDayOfQuarter(p.year, p.periodIndex!);
  if (p.periodKind === 'month') return lastDayOfMonth(p.year, p.periodIndex!);
  return lastDayOfYear(p.year);
}

/**
 * A period that has not begun yet has no figure. One under way may (the estimate for the year that
 * offices report in November, "ước thực hiện cả năm").
 */
export function isFuturePeriod(p: Period, today: string): boolean {
  return periodStart(p) > today;
}

export function samePeriod(a: Period, b: Period): boolean {
  return (
    a.year === b.year && a.periodKind === b.periodKind && (a.periodIndex ?? null) === (b.periodIndex ?? null)
  );
}

/** How far from the indicator's own figures a new one may lie before it is taken for a slip. */
export const PLAUSIBLE_FACTOR = 10;
/** No figure of any indicator is this large (a pasted row of digits). */
export const ABSOLUTE_LIMIT = 1e12;

export interface Range {
  min: number;
  max: number;
}

/**
 * The range a new figure must fall in, from the indicator's unit and the figures it already has
 * (baseline, targets, earlier observations):
 * - never beyond ±10^12;
 * - within ten times the largest of its known figures, either sign: 462 typed for 46,2% (a decimal
 *   comma lost) against a 45% target is refused, negative growth in a bad year is not;
 * - a percentage whose known figures are all 0–100 (a rate, a share) stays at most 100.
 */
export function plausibleRange(unit: string, known: number[]): Range {
  const finite = known.filter(Number.isFinite);
  let max = ABSOLUTE_LIMIT;
  let min = -ABSOLUTE_LIMIT;
  const largest = Math.max(0, ...finite.map(Math.abs));
  if (largest > 0) {
    max = Math.min(max, largest * PLAUSIBLE_FACTOR);
    min = -max;
  }
  const percent = unit.trim() === '%';
  if (percent && finite.length > 0 && finite.every((v) => v >= 0 && v <= 100)) max = Math.min(max, 100);
  return { min, max };
}

export function inRange(value: number, range: Range): boolean {
  return value >= range.min && value <= range.max;
}

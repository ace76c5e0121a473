/**
 * Progress towards a target by Open SDG's method (Statistics Canada, Eurostat; DESIGN.md §3).
 *
 * R = observed growth rate since the baseline ÷ growth rate needed from the baseline to reach the target
 * in its year. Rates are compound annual growth rates (CAGR): observed (latest / baseline)^(1/years) − 1,
 * needed (target / baseline)^(1/years) − 1. Both rates carry their sign, so the ratio is direction-aware
 * as it stands: for a "lower is better" indicator the needed rate is negative, and a falling value gives
 * a positive R, a rising one a negative R (deterioration). Direction decides what "meets the target" is.
 *
 * Edge cases (choices, not Open SDG's text):
 * - CAGR needs positive values. When the baseline, the latest value or the target is zero or negative
 *   (a balance, a change rate, "0 cases"), both rates are linear instead: (value − baseline) / years.
 *   `method` says which was used.
 * - The latest value meeting the target (≥ for higher, ≤ for lower) is `achieved` even with a single
 *   point: a value already at the target needs no trend.
 * - A baseline that already meets the target while the latest value does not is `deterioration` (there is
 *   no growth to be "needed"); R is null then.
 * - Once the target year has passed without the target met, `on_track` is lowered to `moderate`: a
 *   target missed is not on track, whatever the pace.
 * - Observations dated before the baseline year are ignored; two for one year: the later one in the list
 *   wins. Non-finite values are ignored.
 */

export type Direction = 'higher' | 'lower';

export type YearValue = { year: number; value: number };

export type ProgressStatus =
  | 'achieved'
  | 'on_track'
  | 'moderate'
  | 'limited'
  | 'deterioration'
  | 'not_assessable';

export type ProgressColour = 'green' | 'orange' | 'red' | 'grey';

export const PROGRESS_STATUSES: readonly ProgressStatus[] = [
  'achieved',
  'on_track',
  'moderate',
  'limited',
  'deterioration',
  'not_assessable',
];

export type TargetProgressInput = {
  direction: Direction;
  /** Without one, the earliest observation is the baseline. */
  baseline?: YearValue;
  target: YearValue;
  observations: readonly YearValue[];
};

export type TargetProgress = {
  status: ProgressStatus;
  /** R, the observed rate over the needed rate; null when it cannot be computed. */
  ratio: number | null;
  colour: ProgressColour;
  baseline?: YearValue;
  latest?: YearValue;
  /** 'cagr', or 'linear' when a value ≤ 0 makes CAGR undefined; null when no rate was computed. */
  method: 'cagr' | 'linear' | null;
  /** The value the current pace gives in the target year (only when the target year is not past). */
  projection?: YearValue;
  /** The first whole year in which the current pace reaches the target (the year it was met, once achieved); null if never. */
  yearMeetsTarget: number | null;
};

/** R thresholds of the method. */
export const ON_TRACK_RATIO = 0.95;
export const MODERATE_RATIO = 0.6;

// Rates computed in floating point land a hair off the thresholds (0.95 as 0.9499999999).
const EPS = 1e-9;

const COLOURS: Record<ProgressStatus, ProgressColour> = {
  achieved: 'green',
  on_track: 'green',
  moderate: 'orange',
  limited: 'red',
  deterioration: 'red',
  not_assessable: 'grey',
};

export function progressColour(status: ProgressStatus): ProgressColour {
  return COLOURS[status];
}

/** True when value is at or beyond the target in the good direction. */
export function meetsTarget(direction: Direction, value: number, target: number): boolean {
  const tolerance = EPS * Math.max(1, Math.abs(target));
  return direction === 'higher' ? value >= target - tolerance : value <= target + tolerance;
}

type Pace = { method: 'cagr' | 'linear'; rate: (from: YearValue, to: YearValue) => number };

const CAGR: Pace = {
  method: 'cagr',
  rate: (from, to) => (to.value / from.value) ** (1 / (to.year - from.year)) - 1,
};
const LINEAR: Pace = {
  method: 'linear',
  rate: (from, to) => (to.value - from.value) / (to.year - from.year),
};

/** The value reached `years` after `from` at a rate. */
function project(pace: Pace, from: YearValue, rate: number, years: number): number {
  return pace.method === 'cagr' ? from.value * (1 + rate) ** years : from.value + rate * years;
}

/** Years after `from` until the rate carries it to `target`; null if it never does. */
function yearsToReach(pace: Pace, from: number, rate: number, target: number): number | null {
  let years: number;
  if (pace.method === 'cagr') {
    if (rate <= -1 || rate === 0 || target <= 0 || from <= 0) return null;
    years = Math.log(target / from) / Math.log(1 + rate);
  } else {
    if (rate === 0) return null;
    years = (target - from) / rate;
  }
  return Number.isFinite(years) && years >= 0 ? years : null;
}

function cleanObservations(observations: readonly YearValue[]): YearValue[] {
  const byYear = new Map<number, number>();
  for (const o of observations) {
    if (Number.isFinite(o.year) && Number.isFinite(o.value)) byYear.set(o.year, o.value);
  }
  return [...byYear].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year);
}

function result(status: ProgressStatus, rest: Omit<TargetProgress, 'status' | 'colour'>): TargetProgress {
  return { status, colour: COLOURS[status], ...rest };
}

export function targetProgress(input: TargetProgressInput): TargetProgress {
  const { direction, target } = input;
  const all = cleanObservations(input.observations);
  const baseline = input.baseline ?? all[0];
  const observations = baseline ? all.filter((o) => o.year >= baseline.year) : [];
  const latest = observations[observations.length - 1];
  const base = { ratio: null, method: null, yearMeetsTarget: null, baseline, latest } as const;

  if (!baseline || !latest) return result('not_assessable', base);

  if (meetsTarget(direction, latest.value, target.value)) {
    const first = observations.find((o) => meetsTarget(direction, o.value, target.value)) ?? latest;
    return result('achieved', { ...base, yearMeetsTarget: first.year });
  }

  const later = latest.year > baseline.year;
  if (!later) return result('not_assessable', base);

  const pace = baseline.value > 0 && latest.value > 0 && target.value > 0 ? CAGR : LINEAR;
  const observed = pace.rate(baseline, latest);
  const yearsToGo = target.year - latest.year;
  const projection =
    yearsToGo >= 0 ? { year: target.year, value: project(pace, latest, observed, yearsToGo) } : undefined;
  const reach = yearsToReach(pace, latest.value, observed, target.value);
  const yearMeetsTarget = reach === null ? null : Math.ceil(latest.year + reach - EPS);
  const withPace = { ...base, method: pace.method, projection, yearMeetsTarget };

  if (meetsTarget(direction, baseline.value, target.value)) return result('deterioration', withPace);
  if (target.year <= baseline.year) return result('not_assessable', withPace);

  const needed = pace.rate(baseline, target);
  const ratio = observed / needed;
  if (!Number.isFinite(ratio)) return result('not_assessable', withPace);

  let status: ProgressStatus;
  if (ratio >= ON_TRACK_RATIO - EPS) status = 'on_track';
  else if (ratio >= MODERATE_RATIO - EPS) status = 'moderate';
  else if (ratio >= 0) status = 'limited';
  else status = 'deterioration';
  if (status === 'on_track' && latest.year >= target.year) status = 'moderate';
  return result(status, { ...withPace, ratio });
}

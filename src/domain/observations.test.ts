import { describe, expect, it } from 'vitest';
import {
  inRange,
  isFuturePeriod,
  periodEnd,
  periodStart,
  plausibleRange,
  samePeriod,
} from './observations.ts';

describe('periods', () => {
  it('start and end of a year, a quarter and a month', () => {
    expect([
      periodStart({ year: 2025, periodKind: 'year' }),
      periodEnd({ year: 2025, periodKind: 'year' }),
    ]).toEqual(['2025-01-01', '2025-12-31']);
    const q3 = { year: 2025, periodKind: 'quarter' as const, periodIndex: 3 };
    expect([periodStart(q3), periodEnd(q3)]).toEqual(['2025-07-01', '2025-09-30']);
    const feb = { year: 2024, periodKind: 'month' as const, periodIndex: 2 };
    expect([periodStart(feb), periodEnd(feb)]).toEqual(['2024-02-01', '2024-02-29']);
  });

  it('a period that has not begun is in the future; one under way is not', () => {
    const today = '2026-11-20';
    expect(isFuturePeriod({ year: 2026, periodKind: 'year' }, today)).toBe(false);
    expect(isFuturePeriod({ year: 2026, periodKind: 'quarter', periodIndex: 4 }, today)).toBe(false);
    expect(isFuturePeriod({ year: 2026, periodKind: 'month', periodIndex: 11 }, today)).toBe(false);
    expect(isFuturePeriod({ year: 2026, periodKind: 'month', periodIndex: 12 }, today)).toBe(true);
    expect(isFuturePeriod({ year: 2027, periodKind: 'quarter', periodIndex: 1 }, today)).toBe(true);
    expect(isFuturePeriod({ year: 2027, periodKind: 'year' }, today)).toBe(true);
  });

  it('the same period is the same kind, year and index', () => {
    expect(
      samePeriod({ year: 2025, periodKind: 'year' }, { year: 2025, periodKind: 'year', periodIndex: null }),
    ).toBe(true);
    expect(
      samePeriod(
        { year: 2025, periodKind: 'quarter', periodIndex: 1 },
        { year: 2025, periodKind: 'month', periodIndex: 1 },
      ),
    ).toBe(false);
    expect(
      samePeriod(
        { year: 2025, periodKind: 'quarter', periodIndex: 1 },
        { year: 2025, periodKind: 'quarter', periodIndex: 2 },
      ),
    ).toBe(false);
  });
});

describe('plausible range', () => {
  it('a rate in % stays within 0–100 and ten times its known figures', () => {
    const r = plausibleRange('%', [36, 40.5, 45]);
    expect(r).toEqual({ min: -450, max: 100 });
    expect(inRange(46.2, r)).toBe(true);
    expect(inRange(462, r)).toBe(false);
    expect(inRange(100.5, r)).toBe(false);
  });

  it('a growth rate may go negative; one with a figure above 100% is not capped at 100', () => {
    expect(inRange(-2.5, plausibleRange('%', [7, 8.5]))).toBe(true);
    expect(plausibleRange('%', [95, 105]).max).toBe(1050);
  });

  it('other units: ten times the largest known figure, either sign', () => {
    expect(plausibleRange('tỷ đồng', [12_000, 15_000])).toEqual({ min: -150_000, max: 150_000 });
  });

  it('nothing known: only the absolute limit', () => {
    expect(plausibleRange('%', [])).toEqual({ min: -1e12, max: 1e12 });
    expect(plausibleRange('km', [0])).toEqual({ min: -1e12, max: 1e12 });
  });
});

// Properties over many generated inputs (fast-check), beside the worked examples of each module.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDateVi, isIsoDate, parseVietnameseDate } from './dates.ts';
import { type Deadline, formatDeadlineVi, parseDeadline, reportingPeriods } from './deadline.ts';
import { targetProgress } from './targetProgress.ts';
import { recurringTaskStatus, taskStatus } from './taskStatus.ts';

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('dates', () => {
  it('formatDateVi and parseVietnameseDate are inverse', () => {
    fc.assert(
      fc.property(isoDate, (iso) => isIsoDate(iso) && parseVietnameseDate(formatDateVi(iso)) === iso),
    );
  });
  it('addDays and daysBetween agree', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.integer({ min: -4000, max: 4000 }),
        (iso, n) => daysBetween(iso, addDays(iso, n)) === n,
      ),
    );
  });
});

const deadline: fc.Arbitrary<Deadline> = fc.oneof(
  isoDate.map((date) => ({ kind: 'date' as const, date })),
  fc.record({
    kind: fc.constant('month' as const),
    year: fc.integer({ min: 1990, max: 2060 }),
    month: fc.integer({ min: 1, max: 12 }),
  }),
  fc.record({
    kind: fc.constant('quarter' as const),
    year: fc.integer({ min: 1990, max: 2060 }),
    quarter: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({ kind: fc.constant('year' as const), year: fc.integer({ min: 1990, max: 2060 }) }),
  fc.constant({ kind: 'none' as const }),
);

describe('deadlines and statuses', () => {
  it('every deadline reads back from its Vietnamese form', () => {
    fc.assert(
      fc.property(deadline, (d) => {
        expect(parseDeadline(formatDeadlineVi(d))).toEqual(d);
      }),
    );
  });
  it('a done task is done_*, an open one in_progress or overdue, and later "today" never improves an open task', () => {
    fc.assert(
      fc.property(deadline, isoDate, isoDate, fc.option(isoDate, { nil: null }), (d, t1, t2, completedOn) => {
        const s = taskStatus({ deadline: d, completedOn, today: t1 });
        if (completedOn) expect(['done_on_time', 'done_late']).toContain(s);
        else expect(['in_progress', 'overdue']).toContain(s);
        const [early, late] = [t1, t2].sort();
        if (!completedOn && taskStatus({ deadline: d, completedOn, today: early }) === 'overdue') {
          expect(taskStatus({ deadline: d, completedOn, today: late })).toBe('overdue');
        }
      }),
    );
  });
  it('reporting periods tile the calendar without gaps', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('month', 'quarter', 'half_year', 'year' as const),
        isoDate,
        isoDate,
        (every, a, b) => {
          const [from, to] = [a, b].sort();
          const periods = reportingPeriods(every, from, to);
          expect(periods[0].start <= from && from <= periods[0].end).toBe(true);
          expect(periods[periods.length - 1].start <= to && to <= periods[periods.length - 1].end).toBe(true);
          for (let i = 1; i < periods.length; i++)
            expect(addDays(periods[i - 1].end, 1)).toBe(periods[i].start);
        },
      ),
    );
  });
  it('a recurring task has one period per calendar period and counts each report at most once', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('month', 'quarter' as const),
        isoDate,
        fc.array(isoDate, { maxLength: 20 }),
        (every, since, reports) => {
          const today = addDays(since, 400);
          const r = recurringTaskStatus({ every, reportedOn: reports, today, since });
          expect(r.periods).toEqual(expect.arrayContaining([r.current]));
          const used = r.periods.map((p) => p.reportedOn).filter((x) => x !== null);
          expect(new Set(used).size).toBe(used.length);
          expect(r.missed).toBe(r.periods.slice(0, -1).filter((p) => p.reportedOn === null).length);
        },
      ),
    );
  });
});

describe('target progress', () => {
  it('direction is symmetric: mirrored values and direction agree on achievement and on the sign of progress', () => {
    // The reciprocal turns "higher is better" into "lower is better". The CAGRs are not exactly negated
    // ((1+g)⁻¹ − 1 = −g/(1+g)), so the ratio R moves a little and a status next to a threshold may
    // differ; what must agree is whether the target is met and whether things improve or deteriorate.
    const positive = fc.integer({ min: 1, max: 1000 });
    fc.assert(
      fc.property(
        positive,
        positive,
        positive,
        fc.integer({ min: 1, max: 9 }),
        (base, latest, target, years) => {
          const higher = targetProgress({
            direction: 'higher',
            baseline: { year: 2020, value: base },
            target: { year: 2030, value: target },
            observations: [{ year: 2020 + years, value: latest }],
          });
          const lower = targetProgress({
            direction: 'lower',
            baseline: { year: 2020, value: 1 / base },
            target: { year: 2030, value: 1 / target },
            observations: [{ year: 2020 + years, value: 1 / latest }],
          });
          expect(['green', 'orange', 'red', 'grey']).toContain(higher.colour);
          expect(lower.status === 'achieved').toBe(higher.status === 'achieved');
          if (higher.ratio !== null && lower.ratio !== null && Math.abs(higher.ratio) > 1e-9) {
            expect(Math.sign(lower.ratio)).toBe(Math.sign(higher.ratio));
          }
        },
      ),
    );
  });
});

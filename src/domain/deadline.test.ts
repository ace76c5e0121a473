import { describe, expect, it } from 'vitest';
import {
  type Deadline,
  dueDate,
  formatDeadlineEn,
  formatDeadlineVi,
  formatPeriodEn,
  formatPeriodVi,
  isDeadline,
  nextPeriod,
  parseDeadline,
  periodContaining,
  reportingPeriods,
} from './deadline.ts';

describe('dueDate', () => {
  it('a day is due that day', () => {
    expect(dueDate({ kind: 'date', date: '2023-06-30' })).toBe('2023-06-30');
  });
  it('a month, quarter or year is due on its last day', () => {
    expect(dueDate({ kind: 'month', year: 2024, month: 2 })).toBe('2024-02-29');
    expect(dueDate({ kind: 'quarter', year: 2020, quarter: 4 })).toBe('2020-12-31'); // the two đề án
    expect(dueDate({ kind: 'quarter', year: 2023, quarter: 2 })).toBe('2023-06-30');
    expect(dueDate({ kind: 'year', year: 2025 })).toBe('2025-12-31');
  });
  it('recurring and none have no due date', () => {
    expect(dueDate({ kind: 'recurring', every: 'quarter' })).toBeNull();
    expect(dueDate({ kind: 'none' })).toBeNull();
  });
  it('throws on a malformed deadline', () => {
    expect(() => dueDate({ kind: 'date', date: '2025-02-31' })).toThrow(RangeError);
    expect(() => dueDate({ kind: 'quarter', year: 2020, quarter: 5 })).toThrow(RangeError);
    expect(() => dueDate({ kind: 'month', year: 2020, month: 0 })).toThrow(RangeError);
  });
});

describe('parseDeadline', () => {
  it.each<[string, Deadline]>([
    ['30/6/2023', { kind: 'date', date: '2023-06-30' }],
    ['30/06/2023', { kind: 'date', date: '2023-06-30' }],
    ['trước ngày 30/6/2023', { kind: 'date', date: '2023-06-30' }],
    ['Hoàn thành trước 31-12-2025', { kind: 'date', date: '2025-12-31' }],
    ['ngày 15 tháng 4 năm 2022', { kind: 'date', date: '2022-04-15' }],
    ['2023-06-30', { kind: 'date', date: '2023-06-30' }],
    ['tháng 6/2023', { kind: 'month', year: 2023, month: 6 }],
    ['Tháng 06/2023', { kind: 'month', year: 2023, month: 6 }],
    ['tháng 6 năm 2023', { kind: 'month', year: 2023, month: 6 }],
    ['trong tháng 12/2025', { kind: 'month', year: 2025, month: 12 }],
    ['6/2023', { kind: 'month', year: 2023, month: 6 }],
    ['quý IV/2020', { kind: 'quarter', year: 2020, quarter: 4 }],
    ['Quý IV/2020', { kind: 'quarter', year: 2020, quarter: 4 }],
    ['quý 4 năm 2020', { kind: 'quarter', year: 2020, quarter: 4 }],
    ['quý IV năm 2020', { kind: 'quarter', year: 2020, quarter: 4 }],
    ['trong quý II/2026', { kind: 'quarter', year: 2026, quarter: 2 }],
    ['quy iv/2020', { kind: 'quarter', year: 2020, quarter: 4 }],
    ['Q4/2020', { kind: 'quarter', year: 2020, quarter: 4 }],
    ['Q4 2020', { kind: 'quarter', year: 2020, quarter: 4 }],
    ['quý I - 2021', { kind: 'quarter', year: 2021, quarter: 1 }],
    ['năm 2025', { kind: 'year', year: 2025 }],
    ['trong năm 2025', { kind: 'year', year: 2025 }],
    ['cuối năm 2025', { kind: 'year', year: 2025 }],
    ['đến năm 2030', { kind: 'year', year: 2030 }],
    ['2030', { kind: 'year', year: 2030 }],
    ['6 tháng đầu năm 2023', { kind: 'date', date: '2023-06-30' }],
    ['6 tháng cuối năm 2023', { kind: 'year', year: 2023 }],
    ['thường xuyên', { kind: 'recurring', every: 'month' }],
    ['Thường xuyên.', { kind: 'recurring', every: 'month' }],
    ['thuong xuyen', { kind: 'recurring', every: 'month' }],
    ['Thường xuyên, hằng quý', { kind: 'recurring', every: 'quarter' }],
    ['hằng tháng', { kind: 'recurring', every: 'month' }],
    ['hàng quý', { kind: 'recurring', every: 'quarter' }],
    ['định kỳ 6 tháng', { kind: 'recurring', every: 'half_year' }],
    ['6 tháng một lần', { kind: 'recurring', every: 'half_year' }],
    ['hằng năm', { kind: 'recurring', every: 'year' }],
    ['không thời hạn', { kind: 'none' }],
    ['', { kind: 'none' }],
  ])('%s', (text, deadline) => {
    expect(parseDeadline(text)).toEqual(deadline);
  });

  it.each(['31/02/2025', 'tháng 13/2025', 'quý V/2020', 'quý 0/2020', 'sớm nhất có thể', 'năm sau', '45%'])(
    '%s → null',
    (text) => {
      expect(parseDeadline(text)).toBeNull();
    },
  );

  it('accepts decomposed (NFD) input', () => {
    expect(parseDeadline('quý IV/2020'.normalize('NFD'))).toEqual({
      kind: 'quarter',
      year: 2020,
      quarter: 4,
    });
  });

  it('every formatted deadline reads back as itself', () => {
    const deadlines: Deadline[] = [
      { kind: 'date', date: '2022-02-10' },
      { kind: 'month', year: 2023, month: 6 },
      { kind: 'quarter', year: 2020, quarter: 4 },
      { kind: 'year', year: 2030 },
      { kind: 'recurring', every: 'month' },
      { kind: 'none' },
    ];
    for (const d of deadlines) expect(parseDeadline(formatDeadlineVi(d))).toEqual(d);
    for (const every of ['month', 'quarter', 'half_year', 'year'] as const) {
      const d: Deadline = { kind: 'recurring', every };
      expect(parseDeadline(formatDeadlineVi(d, { withPeriod: true }).replace(/[()]/g, ''))).toEqual(d);
    }
  });
});

describe('formatDeadlineVi / formatDeadlineEn', () => {
  it.each<[Deadline, string, string]>([
    [{ kind: 'date', date: '2023-06-30' }, '30/06/2023', '30/06/2023'],
    [{ kind: 'month', year: 2023, month: 6 }, 'Tháng 6/2023', 'June 2023'],
    [{ kind: 'quarter', year: 2020, quarter: 4 }, 'Quý IV/2020', 'Q4 2020'],
    [{ kind: 'quarter', year: 2021, quarter: 1 }, 'Quý I/2021', 'Q1 2021'],
    [{ kind: 'year', year: 2025 }, 'Năm 2025', '2025'],
    [{ kind: 'recurring', every: 'quarter' }, 'Thường xuyên', 'Recurring'],
    [{ kind: 'none' }, 'Không thời hạn', 'No deadline'],
  ])('%o', (deadline, vi, en) => {
    expect(formatDeadlineVi(deadline)).toBe(vi);
    expect(formatDeadlineEn(deadline)).toBe(en);
  });
  it('can name the reporting period of a recurring task', () => {
    expect(formatDeadlineVi({ kind: 'recurring', every: 'quarter' }, { withPeriod: true })).toBe(
      'Thường xuyên (hằng quý)',
    );
    expect(formatDeadlineEn({ kind: 'recurring', every: 'half_year' }, { withPeriod: true })).toBe(
      'Recurring (half-yearly)',
    );
  });
});

describe('isDeadline', () => {
  it('tells well-formed deadlines from others', () => {
    expect(isDeadline({ kind: 'quarter', year: 2020, quarter: 4 })).toBe(true);
    expect(isDeadline({ kind: 'recurring', every: 'half_year' })).toBe(true);
    expect(isDeadline({ kind: 'none' })).toBe(true);
    expect(isDeadline({ kind: 'date', date: '2025-02-31' })).toBe(false);
    expect(isDeadline({ kind: 'quarter', year: 2020, quarter: 5 })).toBe(false);
    expect(isDeadline({ kind: 'month', year: 2020.5, month: 1 })).toBe(false);
    expect(isDeadline({ kind: 'recurring', every: 'week' })).toBe(false);
    expect(isDeadline({ kind: 'soon' })).toBe(false);
    expect(isDeadline(null)).toBe(false);
    expect(isDeadline('quý IV/2020')).toBe(false);
  });
});

describe('reporting periods', () => {
  it('lists the quarters that overlap a range, each due on its last day', () => {
    const periods = reportingPeriods('quarter', '2025-02-10', '2025-07-01');
    expect(periods.map((p) => [p.index, p.start, p.due])).toEqual([
      [1, '2025-01-01', '2025-03-31'],
      [2, '2025-04-01', '2025-06-30'],
      [3, '2025-07-01', '2025-09-30'],
    ]);
    expect(periods.every((p) => p.end === p.due && p.year === 2025)).toBe(true);
  });
  it('months cross the year and know February', () => {
    const periods = reportingPeriods('month', '2023-11-15', '2024-03-01');
    expect(periods.map((p) => p.due)).toEqual([
      '2023-11-30',
      '2023-12-31',
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
    ]);
  });
  it('half years and years', () => {
    expect(
      reportingPeriods('half_year', '2022-02-10', '2023-01-01').map((p) => [p.year, p.index, p.due]),
    ).toEqual([
      [2022, 1, '2022-06-30'],
      [2022, 2, '2022-12-31'],
      [2023, 1, '2023-06-30'],
    ]);
    expect(reportingPeriods('year', '2020-06-01', '2022-12-31').map((p) => p.due)).toEqual([
      '2020-12-31',
      '2021-12-31',
      '2022-12-31',
    ]);
  });
  it('a single day gives its own period; an inverted range none', () => {
    expect(reportingPeriods('month', '2025-07-01', '2025-07-01')).toHaveLength(1);
    expect(reportingPeriods('month', '2025-07-02', '2025-07-01')).toEqual([]);
  });
  it('periodContaining and nextPeriod', () => {
    const q = periodContaining('quarter', '2020-11-05');
    expect(q).toMatchObject({ year: 2020, index: 4, start: '2020-10-01', due: '2020-12-31' });
    expect(nextPeriod(q)).toMatchObject({ year: 2021, index: 1, start: '2021-01-01', due: '2021-03-31' });
  });
  it('names periods in Vietnamese and English', () => {
    expect(formatPeriodVi(periodContaining('quarter', '2025-05-01'))).toBe('Quý II/2025');
    expect(formatPeriodVi(periodContaining('month', '2025-05-01'))).toBe('Tháng 5/2025');
    expect(formatPeriodVi(periodContaining('half_year', '2025-05-01'))).toBe('6 tháng đầu năm 2025');
    expect(formatPeriodVi(periodContaining('half_year', '2025-08-01'))).toBe('6 tháng cuối năm 2025');
    expect(formatPeriodVi(periodContaining('year', '2025-05-01'))).toBe('Năm 2025');
    expect(formatPeriodEn(periodContaining('quarter', '2025-05-01'))).toBe('Q2 2025');
    expect(formatPeriodEn(periodContaining('month', '2025-05-01'))).toBe('May 2025');
    expect(formatPeriodEn(periodContaining('half_year', '2025-08-01'))).toBe('H2 2025');
    expect(formatPeriodEn(periodContaining('year', '2025-08-01'))).toBe('2025');
  });
});

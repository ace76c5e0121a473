import { describe, expect, it } from 'vitest';
import type { Deadline } from './deadline.ts';
import { daysLate, recurringTaskStatus, taskStatus } from './taskStatus.ts';

// "Xây dựng Đề án phát triển đô thị tỉnh Thái Nguyên đến năm 2030, tầm nhìn 2045": due Q4/2020.
const deAnQuy4: Deadline = { kind: 'quarter', year: 2020, quarter: 4 };
// "Sở Giao thông vận tải báo cáo tiến độ tuyến đường Thái Nguyên – Chợ Mới": due 30/6/2023.
const baoCao30Thang6: Deadline = { kind: 'date', date: '2023-06-30' };

describe('taskStatus', () => {
  it('done on or before the due date → done_on_time', () => {
    expect(taskStatus({ deadline: deAnQuy4, completedOn: '2020-12-31', today: '2021-03-01' })).toBe(
      'done_on_time',
    );
    expect(taskStatus({ deadline: deAnQuy4, completedOn: '2020-11-20', today: '2020-11-21' })).toBe(
      'done_on_time',
    );
    expect(taskStatus({ deadline: baoCao30Thang6, completedOn: '2023-06-30', today: '2023-06-30' })).toBe(
      'done_on_time',
    );
  });
  it('done after the due date → done_late', () => {
    expect(taskStatus({ deadline: deAnQuy4, completedOn: '2021-01-01', today: '2021-01-05' })).toBe(
      'done_late',
    );
    expect(taskStatus({ deadline: baoCao30Thang6, completedOn: '2023-07-15', today: '2024-01-01' })).toBe(
      'done_late',
    );
  });
  it('open and not yet past due → in_progress, including the due day itself', () => {
    expect(taskStatus({ deadline: deAnQuy4, completedOn: null, today: '2020-10-01' })).toBe('in_progress');
    expect(taskStatus({ deadline: deAnQuy4, completedOn: null, today: '2020-12-31' })).toBe('in_progress');
  });
  it('open past the due date → overdue from the next day', () => {
    expect(taskStatus({ deadline: deAnQuy4, completedOn: null, today: '2021-01-01' })).toBe('overdue');
    expect(taskStatus({ deadline: baoCao30Thang6, completedOn: null, today: '2023-07-01' })).toBe('overdue');
  });
  it('a month or year deadline is due on its last day', () => {
    const thang6: Deadline = { kind: 'month', year: 2024, month: 2 };
    expect(taskStatus({ deadline: thang6, completedOn: null, today: '2024-02-29' })).toBe('in_progress');
    expect(taskStatus({ deadline: thang6, completedOn: null, today: '2024-03-01' })).toBe('overdue');
    const nam2025: Deadline = { kind: 'year', year: 2025 };
    expect(taskStatus({ deadline: nam2025, completedOn: '2025-12-31', today: '2026-01-10' })).toBe(
      'done_on_time',
    );
    expect(taskStatus({ deadline: nam2025, completedOn: null, today: '2026-01-01' })).toBe('overdue');
  });
  it('no deadline: in_progress until done, then done_on_time', () => {
    const none: Deadline = { kind: 'none' };
    expect(taskStatus({ deadline: none, completedOn: null, today: '2040-01-01' })).toBe('in_progress');
    expect(taskStatus({ deadline: none, completedOn: '2023-03-03', today: '2040-01-01' })).toBe(
      'done_on_time',
    );
  });
  it('recurring: closed → done_on_time; open without `since` → in_progress; with it, by its periods', () => {
    const hangQuy: Deadline = { kind: 'recurring', every: 'quarter' };
    expect(taskStatus({ deadline: hangQuy, completedOn: '2025-12-31', today: '2026-01-10' })).toBe(
      'done_on_time',
    );
    expect(taskStatus({ deadline: hangQuy, completedOn: null, today: '2026-01-10' })).toBe('in_progress');
    expect(
      taskStatus({
        deadline: hangQuy,
        completedOn: null,
        today: '2025-08-01',
        since: '2025-01-01',
        reportedOn: [],
      }),
    ).toBe('overdue');
    expect(
      taskStatus({
        deadline: hangQuy,
        completedOn: null,
        today: '2025-08-01',
        since: '2025-01-01',
        reportedOn: ['2025-03-20', '2025-06-25', '2025-07-30'],
      }),
    ).toBe('done_on_time');
  });
  it('rejects dates that are not ISO', () => {
    expect(() => taskStatus({ deadline: deAnQuy4, completedOn: null, today: '31/12/2020' })).toThrow(
      RangeError,
    );
    expect(() => taskStatus({ deadline: deAnQuy4, completedOn: '2020-02-30', today: '2021-01-01' })).toThrow(
      RangeError,
    );
    expect(() =>
      taskStatus({ deadline: { kind: 'date', date: '2025-02-31' }, completedOn: null, today: '2025-01-01' }),
    ).toThrow(RangeError);
  });
});

describe('daysLate', () => {
  it('counts days after the due date, for done and open tasks', () => {
    expect(daysLate({ deadline: deAnQuy4, completedOn: '2021-01-15', today: '2021-02-01' })).toBe(15);
    expect(daysLate({ deadline: deAnQuy4, completedOn: null, today: '2021-02-01' })).toBe(32);
    expect(daysLate({ deadline: baoCao30Thang6, completedOn: null, today: '2023-07-01' })).toBe(1);
  });
  it('is 0 when on time, not yet due, or without a due date', () => {
    expect(daysLate({ deadline: deAnQuy4, completedOn: '2020-12-01', today: '2021-02-01' })).toBe(0);
    expect(daysLate({ deadline: deAnQuy4, completedOn: null, today: '2020-12-31' })).toBe(0);
    expect(daysLate({ deadline: { kind: 'none' }, completedOn: null, today: '2030-01-01' })).toBe(0);
    expect(
      daysLate({ deadline: { kind: 'recurring', every: 'month' }, completedOn: null, today: '2030-01-01' }),
    ).toBe(0);
  });
});

describe('recurringTaskStatus', () => {
  // "Sở Nội vụ báo cáo hằng quý kết quả cải cách hành chính", assigned 10/2/2025.
  const since = '2025-02-10';

  it('first period, not reported and not yet due → in_progress', () => {
    const r = recurringTaskStatus({ every: 'quarter', reportedOn: [], today: '2025-03-15', since });
    expect(r.status).toBe('in_progress');
    expect(r.periods).toHaveLength(1);
    expect(r.current).toMatchObject({ index: 1, due: '2025-03-31', reportedOn: null, status: 'in_progress' });
    expect(r.missed).toBe(0);
  });

  it('current period reported → done_on_time', () => {
    const r = recurringTaskStatus({
      every: 'quarter',
      reportedOn: ['2025-03-28'],
      today: '2025-03-30',
      since,
    });
    expect(r.status).toBe('done_on_time');
    expect(r.current.reportedOn).toBe('2025-03-28');
  });

  it('previous period reported on time, current not yet → in_progress', () => {
    const r = recurringTaskStatus({
      every: 'quarter',
      reportedOn: ['2025-03-28'],
      today: '2025-05-20',
      since,
    });
    expect(r.status).toBe('in_progress');
    expect(r.periods.map((p) => p.status)).toEqual(['done_on_time', 'in_progress']);
  });

  it('previous period unreported past its due date → overdue', () => {
    const r = recurringTaskStatus({ every: 'quarter', reportedOn: [], today: '2025-04-01', since });
    expect(r.status).toBe('overdue');
    expect(r.missed).toBe(1);
    expect(r.periods[0]).toMatchObject({ status: 'overdue', daysLate: 1 });
  });

  it('a late report covers the missed period; until the current one is reported → done_late', () => {
    const r = recurringTaskStatus({
      every: 'quarter',
      reportedOn: ['2025-04-10'],
      today: '2025-05-01',
      since,
    });
    expect(r.status).toBe('done_late');
    expect(r.periods[0]).toMatchObject({ reportedOn: '2025-04-10', status: 'done_late', daysLate: 10 });
    expect(r.current).toMatchObject({ reportedOn: null, status: 'in_progress' });
    // then the Q2 report arrives
    const after = recurringTaskStatus({
      every: 'quarter',
      reportedOn: ['2025-04-10', '2025-06-02'],
      today: '2025-06-05',
      since,
    });
    expect(after.status).toBe('done_on_time');
  });

  it('two reports in one period count once; the next period still needs its own', () => {
    const r = recurringTaskStatus({
      every: 'quarter',
      reportedOn: ['2025-02-20', '2025-03-25'],
      today: '2025-07-15',
      since,
    });
    expect(r.periods.map((p) => p.status)).toEqual(['done_on_time', 'overdue', 'in_progress']);
    expect(r.status).toBe('overdue');
  });

  it('a report fills the oldest missed period first; more than one missed stays overdue', () => {
    const r = recurringTaskStatus({
      every: 'month',
      reportedOn: ['2025-02-25', '2025-04-20'],
      today: '2025-04-21',
      since,
    });
    // February on time; the April report is taken by the missed March (late); April itself is open.
    expect(r.periods.map((p) => p.status)).toEqual(['done_on_time', 'done_late', 'in_progress']);
    expect(r.status).toBe('done_late');
    const twoMissed = recurringTaskStatus({
      every: 'month',
      reportedOn: ['2025-05-03'],
      today: '2025-05-04',
      since,
    });
    expect(twoMissed.periods.map((p) => p.status)).toEqual([
      'done_late',
      'overdue',
      'overdue',
      'in_progress',
    ]);
    expect(twoMissed.status).toBe('overdue');
    expect(twoMissed.missed).toBe(2);
  });

  it('ignores reports before `since`, after `today`, and duplicates', () => {
    const r = recurringTaskStatus({
      every: 'half_year',
      reportedOn: ['2025-01-05', '2025-09-01', '2025-09-01', '2026-03-01'],
      today: '2025-12-01',
      since,
    });
    // H1 2025 (from 10/2) unreported until 1/9 → late; H2 has no report of its own yet.
    expect(r.periods.map((p) => [p.index, p.reportedOn, p.status])).toEqual([
      [1, '2025-09-01', 'done_late'],
      [2, null, 'in_progress'],
    ]);
    expect(r.status).toBe('done_late');
  });

  it('yearly reporting across several years', () => {
    const r = recurringTaskStatus({
      every: 'year',
      reportedOn: ['2022-12-15', '2023-12-20', '2024-11-30'],
      today: '2025-03-01',
      since: '2022-02-10',
    });
    expect(r.periods.map((p) => p.status)).toEqual([
      'done_on_time',
      'done_on_time',
      'done_on_time',
      'in_progress',
    ]);
    expect(r.status).toBe('in_progress');
  });

  it('a start in the future owes nothing yet', () => {
    const r = recurringTaskStatus({
      every: 'month',
      reportedOn: [],
      today: '2025-01-15',
      since: '2025-03-01',
    });
    expect(r.status).toBe('in_progress');
    expect(r.periods).toHaveLength(1);
  });

  it('rejects malformed dates', () => {
    expect(() =>
      recurringTaskStatus({ every: 'month', reportedOn: ['2025-02-30'], today: '2025-03-01', since }),
    ).toThrow(RangeError);
  });
});

/**
 * The Government Office's four task statuses (GLOSSARY): hoàn thành đúng hạn `done_on_time`, hoàn thành
 * quá hạn `done_late`, đang thực hiện trong hạn `in_progress`, quá hạn `overdue`. "Today" is always
 * passed in, so the rules are pure and testable.
 */
import { daysBetween, isoParts } from './dates.ts';
import {
  type Deadline,
  dueDate,
  nextPeriod,
  periodContaining,
  type RecurrenceEvery,
  type ReportingPeriod,
} from './deadline.ts';

export type TaskStatus = 'done_on_time' | 'done_late' | 'in_progress' | 'overdue';

export const TASK_STATUSES: readonly TaskStatus[] = ['done_on_time', 'done_late', 'in_progress', 'overdue'];

export type TaskStatusInput = {
  deadline: Deadline;
  /** The day the task was reported done, ISO; null while it is open. */
  completedOn: string | null;
  today: string;
  /** Recurring tasks only: the days progress was reported (see recurringTaskStatus). */
  reportedOn?: readonly string[];
  /** Recurring tasks only: the day reporting started (usually the day the task was assigned). */
  since?: string;
};

/**
 * Status of a task on `today`:
 * - done on or before its due date → done_on_time; after it → done_late;
 * - open, today on or before the due date → in_progress; after it → overdue (due 30/6: overdue from 1/7);
 * - no deadline: in_progress until done, then done_on_time (nothing to be late against);
 * - recurring: once closed (completedOn set) done_on_time; while open, the status of its reporting
 *   periods when `since` is given (recurringTaskStatus), otherwise in_progress.
 * A completion dated after `today` is taken as it is: the caller decides which "today" it means.
 */
export function taskStatus(input: TaskStatusInput): TaskStatus {
  const { deadline, completedOn, today } = input;
  isoParts(today);
  if (completedOn !== null) isoParts(completedOn);
  if (deadline.kind === 'recurring' && completedOn === null && input.since !== undefined) {
    return recurringTaskStatus({
      every: deadline.every,
      reportedOn: input.reportedOn ?? [],
      today,
      since: input.since,
    }).status;
  }
  const due = dueDate(deadline);
  if (completedOn !== null) return due === null || completedOn <= due ? 'done_on_time' : 'done_late';
  return due === null || today <= due ? 'in_progress' : 'overdue';
}

/**
 * Days past the due date: for a done task, how late it was finished; for an open one, how late it is on
 * `today`. 0 when on time, not yet due, or without a due date (recurring: see recurringTaskStatus).
 */
export function daysLate(input: { deadline: Deadline; completedOn: string | null; today: string }): number {
  const due = dueDate(input.deadline);
  if (due === null) return 0;
  return Math.max(0, daysBetween(due, input.completedOn ?? input.today));
}

/** One reporting period of a recurring task with the report that covers it and its own status. */
export type PeriodReport = ReportingPeriod & {
  /** The date of the report counted for this period, or null. */
  reportedOn: string | null;
  status: TaskStatus;
  /** Days the report came (or, unreported, is) after the due date; 0 when on time or not yet due. */
  daysLate: number;
};

export type RecurringStatus = {
  status: TaskStatus;
  /** The period that contains `today`. */
  current: PeriodReport;
  /** Every period from the one containing `since` to the current one, oldest first. */
  periods: PeriodReport[];
  /** Closed periods still without a report. */
  missed: number;
};

export type RecurringStatusInput = {
  every: RecurrenceEvery;
  /** The days progress was reported, in any order (duplicates and days outside [since, today] are ignored). */
  reportedOn: readonly string[];
  today: string;
  /** The day the obligation to report started; the period containing it is the first one owed. */
  since: string;
};

/**
 * Status of a recurring ("thường xuyên") task, which owes one report per calendar period (month,
 * quarter, half year or year), each due on the period's last day.
 *
 * Which report counts for which period: the periods are taken oldest first, and each takes the earliest
 * report not yet counted that is dated on or after its start. So a report sent on 10/4 after nothing was
 * sent for Q1 is Q1's report, late by 10 days, and Q2 still needs its own; two reports in one quarter
 * count once. Reports dated before `since` or after `today` are ignored.
 *
 * Each period then has a status: reported by its due date done_on_time, after it done_late; unreported
 * and not yet due in_progress; unreported and past due overdue. The task's status, in this order:
 * 1. overdue when any closed period since `since` has no report (a report is owed now);
 * 2. done_on_time when the current period is reported;
 * 3. done_late when the current period is not reported yet and the last closed period's report came
 *    after its due date (the agency caught up, late; it stays flagged until it reports for this period);
 * 4. in_progress otherwise: nothing owed and the current period not yet due.
 */
export function recurringTaskStatus(input: RecurringStatusInput): RecurringStatus {
  const { every, today, since } = input;
  isoParts(today);
  isoParts(since);
  const reports = [...new Set(input.reportedOn)]
    .map((d) => {
      isoParts(d);
      return d;
    })
    .filter((d) => d >= since && d <= today)
    .sort();

  const periods: PeriodReport[] = [];
  const start = periodContaining(every, [since, today].sort()[0]);
  let next = 0; // reports[next..] are not yet counted
  for (let p = start; p.start <= today; p = nextPeriod(p)) {
    while (next < reports.length && reports[next] < p.start) next++;
    const reportedOn = next < reports.length ? reports[next++] : null;
    let status: TaskStatus;
    if (reportedOn !== null) status = reportedOn <= p.due ? 'done_on_time' : 'done_late';
    else status = today <= p.due ? 'in_progress' : 'overdue';
    const daysLate = Math.max(0, daysBetween(p.due, reportedOn ?? today));
    periods.push({ ...p, reportedOn, status, daysLate });
  }

  const current = periods[periods.length - 1];
  const closed = periods.slice(0, -1);
  const missed = closed.filter((p) => p.status === 'overdue').length;
  const lastClosed = closed[closed.length - 1];
  let status: TaskStatus;
  if (missed > 0) status = 'overdue';
  else if (current.reportedOn !== null) status = 'done_on_time';
  else if (lastClosed?.status === 'done_late') status = 'done_late';
  else status = 'in_progress';
  return { status, current, periods, missed };
}

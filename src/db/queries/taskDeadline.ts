// A task's deadline as its columns store it, and the day a recurring task next falls due.
import { type Deadline, dueDate, type RecurrenceEvery } from '../../domain/deadline.ts';
import { recurringTaskStatus } from '../../domain/taskStatus.ts';

/** The deadline as stored: its kind, the day it falls due, and the year and month or quarter it names. */
export function deadlineColumns(deadline: Deadline, since: string, today: string) {
  switch (deadline.kind) {
    case 'date':
      return {
        deadlineKind: 'date',
        dueOn: deadline.date,
        deadlineYear: null,
        deadlinePart: null,
        recurrence: null,
      } as const;
    case 'month':
    case 'quarter':
      return {
        deadlineKind: deadline.kind,
        dueOn: dueDate(deadline),
        deadlineYear: deadline.year,
        deadlinePart: deadline.kind === 'month' ? deadline.month : deadline.quarter,
        recurrence: null,
      } as const;
    case 'year':
      return {
        deadlineKind: 'year',
        dueOn: dueDate(deadline),
        deadlineYear: deadline.year,
        deadlinePart: null,
        recurrence: null,
      } as const;
    case 'recurring':
      return {
        deadlineKind: 'recurring',
        dueOn: recurringDueOn(deadline.every, [], since, today),
        deadlineYear: null,
        deadlinePart: null,
        recurrence: deadline.every,
      } as const;
    case 'none':
      return {
        deadlineKind: 'none',
        dueOn: null,
        deadlineYear: null,
        deadlinePart: null,
        recurrence: null,
      } as const;
  }
}

/**
 * A recurring task is due at the end of the earliest reporting period it still owes a report for, so the
 * one SQL status expression marks it overdue as soon as a period closes unreported.
 */
export function recurringDueOn(
  every: RecurrenceEvery,
  reportedOn: string[],
  since: string,
  today: string,
): string {
  const { periods, current } = recurringTaskStatus({ every, reportedOn, since, today });
  const owed = periods.find((p) => p.reportedOn === null);
  if (owed) return owed.due;
  // Everything up to the current period is reported: the next report is owed at the next period's end.
  const after = recurringTaskStatus({
    every,
    reportedOn: [],
    since: addOneDay(current.end),
    today: addOneDay(current.end),
  });
  return after.current.due;
}

function addOneDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

import type { TaskStatus } from './taskStatus.ts';

export type StatusCounts = Record<TaskStatus, number>;

export const emptyCounts = (): StatusCounts => ({
  done_on_time: 0,
  done_late: 0,
  in_progress: 0,
  overdue: 0,
});

/**
 * The share of tasks that came due and were done on time: done on time ÷ (done on time + done late +
 * overdue). Tasks still within their deadline are not judged yet; null when nothing has come due.
 */
export function onTimeRate(c: StatusCounts): number | null {
  const judged = c.done_on_time + c.done_late + c.overdue;
  return judged === 0 ? null : c.done_on_time / judged;
}

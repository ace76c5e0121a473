// The Government Office's four statuses as one SQL expression, so lists, filters and dashboard counts
// agree with src/domain/taskStatus.ts (tasks.test.ts checks the two against each other). A recurring
// task's due_on is the due date of the earliest reporting period it still owes a report for.
import { type SQL, sql } from 'drizzle-orm';
import { tasks } from '../schema.ts';

/**
 * "Today" goes into the SQL as a literal, not a parameter: the same expression then appears identically in
 * SELECT and GROUP BY, which PostgreSQL requires. It comes from the server's clock, checked here.
 */
function todayLiteral(today: string): SQL {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`not an ISO date: ${today}`);
  return sql.raw(`'${today}'::date`);
}

/** The statuses in the order of their codes below. */
export const TASK_STATUS_BY_CODE = ['done_on_time', 'done_late', 'in_progress', 'overdue'] as const;

/**
 * The status as a small integer (index into TASK_STATUS_BY_CODE): cheap to group 100,000 tasks by, for the
 * dashboard. This is the one place the rule is written in SQL.
 */
export function taskStatusCodeSql(today: string): SQL<number> {
  return sql<number>`(case
    when ${tasks.completedOn} is null then
      case when ${tasks.dueOn} < ${todayLiteral(today)} then 3 else 2 end
    when ${tasks.completedOn} > ${tasks.dueOn} then 1
    else 0 end)`;
}

export function taskStatusSql(today: string): SQL<(typeof TASK_STATUS_BY_CODE)[number]> {
  const names = sql.raw(`(array[${TASK_STATUS_BY_CODE.map((s) => `'${s}'`).join(', ')}])`);
  return sql<(typeof TASK_STATUS_BY_CODE)[number]>`${names}[${taskStatusCodeSql(today)} + 1]`;
}

/** Days past the due date: how late a done task was finished, or how late an open one is today. */
export function daysLateSql(today: string): SQL<number> {
  return sql<number>`(case when ${tasks.dueOn} is null then 0
    else greatest(0, coalesce(${tasks.completedOn}, ${todayLiteral(today)}) - ${tasks.dueOn}) end)::int`;
}

/**
 * "This task has status X" written so that PostgreSQL can use the due-date indexes (the CASE above
 * cannot): the same four rules, one per status.
 */
export function taskStatusIs(
  status: 'done_on_time' | 'done_late' | 'in_progress' | 'overdue',
  today: string,
): SQL {
  const day = todayLiteral(today);
  switch (status) {
    case 'done_on_time':
      return sql`(${tasks.completedOn} is not null and (${tasks.dueOn} is null or ${tasks.completedOn} <= ${tasks.dueOn}))`;
    case 'done_late':
      return sql`(${tasks.completedOn} is not null and ${tasks.completedOn} > ${tasks.dueOn})`;
    case 'in_progress':
      return sql`(${tasks.completedOn} is null and (${tasks.dueOn} is null or ${tasks.dueOn} >= ${day}))`;
    case 'overdue':
      return sql`(${tasks.completedOn} is null and ${tasks.dueOn} < ${day})`;
  }
}

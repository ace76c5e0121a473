// The leader's one screen: tasks by the four statuses (overall, per agency, per document), what is
// overdue and what falls due soon, targets by progress status, and agencies ranked by on-time rate.
// Every count is one grouped SQL query, so it stays fast at 100,000 tasks.
import { and, asc, eq, exists, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { TASK_STATUS_BY_CODE, taskStatusCodeSql, taskStatusIs } from '../../db/queries/taskStatus.ts';
import { agencies, documents, indicators, targets, tasks } from '../../db/schema.ts';
import { addDays } from '../../domain/dates.ts';
import { emptyCounts, onTimeRate, type StatusCounts } from '../../domain/onTimeRate.ts';
import { PROGRESS_STATUSES, type ProgressStatus } from '../../domain/targetProgress.ts';
import { type AppContext, type CurrentUser, todayInVietnam } from '../context.ts';
import { tasksWhere } from '../tasks/tasks.service.ts';

const DOCUMENTS_SHOWN = 50;

export interface DashboardQuery {
  document?: number;
  agency?: number;
  from?: string;
  to?: string;
}

export async function dashboard(ctx: AppContext, user: CurrentUser, query: DashboardQuery) {
  const { db } = ctx;
  const today = todayInVietnam(ctx.now());
  const statusCode = taskStatusCodeSql(today);
  const where: SQL[] = [];
  if (query.document) where.push(eq(tasks.documentId, query.document));
  if (query.agency) where.push(eq(tasks.leadAgencyId, query.agency));
  if (query.from) where.push(gte(tasks.dueOn, query.from));
  if (query.to) where.push(lte(tasks.dueOn, query.to));
  const filter = and(...where);

  const [groupRows, overdue, upcoming, targetRows] = await Promise.all([
    // One scan, grouped by agency, document and status code; the breakdowns are summed up below.
    db
      .select({
        agencyId: tasks.leadAgencyId,
        documentId: tasks.documentId,
        code: sql<number>`${statusCode}::int`,
        n: sql<number>`count(*)::int`,
      })
      .from(tasks)
      .where(filter)
      .groupBy(tasks.leadAgencyId, tasks.documentId, statusCode),
    // For open tasks past due, most days late is earliest due: the due-date index serves the order.
    tasksWhere(db, user, today, and(filter, taskStatusIs('overdue', today)), 20, [
      asc(tasks.dueOn),
      asc(tasks.id),
    ]),
    tasksWhere(
      db,
      user,
      today,
      and(
        filter,
        sql`${tasks.completedOn} is null`,
        gte(tasks.dueOn, today),
        lte(tasks.dueOn, addDays(today, 30)),
      ),
      50,
    ),
    targetStatusCounts(ctx, query),
  ]);

  const total = emptyCounts();
  const perAgency = new Map<number | null, StatusCounts>();
  const perDocument = new Map<number, StatusCounts>();
  for (const r of groupRows) {
    const status = TASK_STATUS_BY_CODE[Number(r.code)];
    const n = Number(r.n);
    total[status] += n;
    const agency = perAgency.get(r.agencyId) ?? emptyCounts();
    agency[status] += n;
    perAgency.set(r.agencyId, agency);
    if (r.documentId === null) continue;
    const document = perDocument.get(r.documentId) ?? emptyCounts();
    document[status] += n;
    perDocument.set(r.documentId, document);
  }

  const agencyIds = [...perAgency.keys()].filter((id): id is number => id !== null);
  const sum = (c: StatusCounts) => c.done_on_time + c.done_late + c.in_progress + c.overdue;
  // The documents with the most tasks; a province follows dozens, a ministry hundreds.
  const documentIds = [...perDocument.entries()]
    .sort((a, b) => sum(b[1]) - sum(a[1]))
    .slice(0, DOCUMENTS_SHOWN)
    .map(([id]) => id);
  const [agencyRows, documentRows] = await Promise.all([
    agencyIds.length
      ? db
          .select({ id: agencies.id, name: agencies.name, shortName: agencies.shortName })
          .from(agencies)
          .where(inArray(agencies.id, agencyIds))
      : [],
    documentIds.length
      ? db
          .select({ id: documents.id, symbol: documents.symbol, title: documents.title })
          .from(documents)
          .where(inArray(documents.id, documentIds))
      : [],
  ]);
  const byAgency = agencyRows
    .map((agency) => {
      const c = perAgency.get(agency.id)!;
      return { agency, ...c, total: sum(c), onTimeRate: onTimeRate(c) };
    })
    .sort(
      (a, b) =>
        b.overdue - a.overdue || b.total - a.total || a.agency.name.localeCompare(b.agency.name, 'vi'),
    );
  const byDocument = documentRows
    .map((document) => {
      const c = perDocument.get(document.id)!;
      return { document, ...c, total: sum(c), onTimeRate: onTimeRate(c) };
    })
    .sort((a, b) => b.total - a.total);
  const agencyRanking = byAgency
    .filter((a) => a.onTimeRate !== null)
    .map(({ agency, onTimeRate: rate, done_on_time, done_late, total: n }) => ({
      agency,
      onTimeRate: rate!,
      done: done_on_time + done_late,
      total: n,
    }))
    .sort((a, b) => b.onTimeRate - a.onTimeRate || b.total - a.total);

  return {
    today,
    tasks: { total: sum(total), byStatus: total, onTimeRate: onTimeRate(total), byAgency, byDocument },
    overdue,
    upcoming,
    targets: { byStatus: targetRows },
    agencyRanking,
  };
}

async function targetStatusCounts(ctx: AppContext, query: DashboardQuery) {
  const where: SQL[] = [];
  if (query.agency) where.push(eq(indicators.ownerAgencyId, query.agency));
  if (query.document) {
    where.push(
      exists(
        ctx.db
          .select({ one: sql`1` })
          .from(targets)
          .where(and(eq(targets.indicatorId, indicators.id), eq(targets.documentId, query.document))),
      ),
    );
  }
  const rows = await ctx.db
    .select({ status: indicators.progressStatus, n: sql<number>`count(*)::int` })
    .from(indicators)
    .where(and(...where))
    .groupBy(indicators.progressStatus);
  const counts = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as Record<ProgressStatus, number>;
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

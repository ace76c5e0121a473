import { and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { deadlineColumns, recurringDueOn } from '../../db/queries/taskDeadline.ts';
import { daysLateSql, taskStatusIs, taskStatusSql } from '../../db/queries/taskStatus.ts';
import {
  agencies,
  documents,
  explanationRequests,
  taskPartners,
  tasks,
  taskUpdates,
  users,
} from '../../db/schema.ts';
import { isoDateOf } from '../../domain/dates.ts';
import { recordAudit } from '../audit.ts';
import { type AppContext, type CurrentUser, todayInVietnam } from '../context.ts';
import { AppError } from '../errors.ts';
import { assertCanEditForAgency, canEditForAgency, isManager } from '../shared/permissions.ts';
import { assertAgencies, assertDocument, assertMeeting } from '../shared/refs.ts';
import { pageOf } from '../shared/schemas.ts';
import { foldedContains } from '../shared/text.ts';
import type { TaskCreate, TaskListQuery, TaskOut, TaskPatch, TaskUpdateCreate } from './tasks.schema.ts';

type TaskRow = typeof tasks.$inferSelect;

export { deadlineColumns, recurringDueOn };

const leadAgency = alias(agencies, 'lead_agency');

function taskSelection(today: string) {
  return {
    task: tasks,
    status: taskStatusSql(today),
    daysLate: daysLateSql(today),
    document: { id: documents.id, symbol: documents.symbol, title: documents.title },
    lead: { id: leadAgency.id, name: leadAgency.name, shortName: leadAgency.shortName },
  };
}

type SelectedTask = {
  task: TaskRow;
  status: TaskOut['status'];
  daysLate: number;
  document: { id: number | null; symbol: string | null; title: string | null } | null;
  lead: { id: number | null; name: string | null; shortName: string | null } | null;
};

function baseQuery(db: DbOrTx, today: string) {
  return db
    .select(taskSelection(today))
    .from(tasks)
    .leftJoin(documents, eq(documents.id, tasks.documentId))
    .leftJoin(leadAgency, eq(leadAgency.id, tasks.leadAgencyId));
}

async function present(db: DbOrTx, rows: SelectedTask[], user: CurrentUser): Promise<TaskOut[]> {
  const ids = rows.map((r) => r.task.id);
  const partners = ids.length
    ? await db
        .select({
          taskId: taskPartners.taskId,
          id: agencies.id,
          name: agencies.name,
          shortName: agencies.shortName,
        })
        .from(taskPartners)
        .innerJoin(agencies, eq(agencies.id, taskPartners.agencyId))
        .where(inArray(taskPartners.taskId, ids))
        .orderBy(asc(agencies.name))
    : [];
  return rows.map(({ task, status, daysLate, document, lead }) => ({
    id: task.id,
    text: task.text,
    document: document?.id ? { id: document.id, symbol: document.symbol, title: document.title ?? '' } : null,
    meetingId: task.meetingId,
    leadAgency: lead?.id ? { id: lead.id, name: lead.name ?? '', shortName: lead.shortName } : null,
    partners: partners
      .filter((p) => p.taskId === task.id)
      .map(({ id, name, shortName }) => ({ id, name, shortName })),
    deadline: {
      kind: task.deadlineKind,
      dueOn: task.dueOn,
      year: task.deadlineYear,
      part: task.deadlinePart,
      recurrence: task.recurrence,
    },
    completedOn: task.completedOn,
    progress: task.progress,
    status,
    daysLate: Number(daysLate),
    directedBy: task.directedBy,
    sourceId: task.sourceId,
    sourceSpan: task.sourceSpan ?? null,
    illustrative: task.illustrative,
    canEdit: canEditForAgency(user, task.leadAgencyId),
  }));
}

export function taskFilters(query: Partial<TaskListQuery>, today: string): SQL[] {
  const where: SQL[] = [];
  if (query.agency) where.push(eq(tasks.leadAgencyId, query.agency));
  if (query.document) where.push(eq(tasks.documentId, query.document));
  if (query.status) where.push(taskStatusIs(query.status, today));
  if (query.dueFrom) where.push(gte(tasks.dueOn, query.dueFrom));
  if (query.dueTo) where.push(lte(tasks.dueOn, query.dueTo));
  if (query.q?.trim()) where.push(foldedContains(tasks.text, query.q));
  return where;
}

export async function listTasks(ctx: AppContext, user: CurrentUser, query: TaskListQuery) {
  const today = todayInVietnam(ctx.now());
  const where = and(...taskFilters(query, today));
  const order =
    query.sort === 'daysLate'
      ? [desc(daysLateSql(today)), asc(tasks.id)]
      : query.sort === 'recent'
        ? [desc(tasks.id)]
        : [sql`${tasks.dueOn} asc nulls last`, asc(tasks.id)];
  const { limit, offset } = pageOf(query);
  const [rows, [{ total }]] = await Promise.all([
    baseQuery(ctx.db, today)
      .where(where)
      .orderBy(...order)
      .limit(limit)
      .offset(offset),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(tasks).where(where),
  ]);
  return { items: await present(ctx.db, rows as SelectedTask[], user), total: Number(total) };
}

/** Tasks for other resources' pages (a document's tasks, the dashboard's lists). */
export async function tasksWhere(
  db: DbOrTx,
  user: CurrentUser,
  today: string,
  where: SQL | undefined,
  limit = 500,
  order?: SQL[],
) {
  const rows = await baseQuery(db, today)
    .where(where)
    .orderBy(...(order ?? [sql`${tasks.dueOn} asc nulls last`, asc(tasks.id)]))
    .limit(limit);
  return present(db, rows as SelectedTask[], user);
}

async function loadTask(db: DbOrTx, id: number): Promise<TaskRow> {
  const [row] = await db.select().from(tasks).where(eq(tasks.id, id)).limit(1);
  if (!row) throw new AppError('not_found');
  return row;
}

export async function getTask(ctx: AppContext, user: CurrentUser, id: number) {
  const today = todayInVietnam(ctx.now());
  const [task] = await tasksWhere(ctx.db, user, today, eq(tasks.id, id), 1);
  if (!task) throw new AppError('not_found');
  const author = alias(users, 'author');
  const updates = await ctx.db
    .select({ update: taskUpdates, user: { id: author.id, name: author.name } })
    .from(taskUpdates)
    .leftJoin(author, eq(author.id, taskUpdates.userId))
    .where(eq(taskUpdates.taskId, id))
    .orderBy(desc(taskUpdates.createdAt), desc(taskUpdates.id));
  return {
    ...task,
    updates: updates.map(({ update, user: u }) => ({
      id: update.id,
      note: update.note,
      progress: update.progress,
      completedOn: update.completedOn,
      period: update.period,
      evidence: update.evidence,
      user: u?.id ? { id: u.id, name: u.name ?? '' } : null,
      createdAt: update.createdAt.toISOString(),
      illustrative: update.illustrative,
    })),
    explanations: await listExplanations(ctx.db, eq(explanationRequests.taskId, id)),
  };
}

export async function listExplanations(db: DbOrTx, where: SQL | undefined) {
  const requester = alias(users, 'requester');
  const answerer = alias(users, 'answerer');
  const rows = await db
    .select({
      e: explanationRequests,
      agency: { id: agencies.id, name: agencies.name, shortName: agencies.shortName },
      requestedBy: { id: requester.id, name: requester.name },
      answeredBy: { id: answerer.id, name: answerer.name },
    })
    .from(explanationRequests)
    .innerJoin(agencies, eq(agencies.id, explanationRequests.agencyId))
    .leftJoin(requester, eq(requester.id, explanationRequests.requestedBy))
    .leftJoin(answerer, eq(answerer.id, explanationRequests.answeredBy))
    .where(where)
    .orderBy(desc(explanationRequests.createdAt), desc(explanationRequests.id))
    .limit(500);
  return rows.map(({ e, agency, requestedBy, answeredBy }) => ({
    id: e.id,
    taskId: e.taskId,
    indicatorId: e.indicatorId,
    agency,
    reason: e.reason,
    dueOn: e.dueOn,
    status: e.status,
    answer: e.answer,
    requestedBy: requestedBy?.id ? { id: requestedBy.id, name: requestedBy.name ?? '' } : null,
    answeredBy: answeredBy?.id ? { id: answeredBy.id, name: answeredBy.name ?? '' } : null,
    createdAt: e.createdAt.toISOString(),
    answeredAt: e.answeredAt ? e.answeredAt.toISOString() : null,
    illustrative: e.illustrative,
  }));
}

async function checkReferences(db: DbOrTx, body: Partial<TaskCreate>) {
  await assertDocument(db, body.documentId);
  await assertMeeting(db, body.meetingId);
  const agencyIds = [...(body.leadAgencyId ? [body.leadAgencyId] : []), ...(body.partnerAgencyIds ?? [])];
  await assertAgencies(db, agencyIds, body.leadAgencyId ? 'leadAgencyId' : 'partnerAgencyIds');
}

async function setPartners(tx: DbOrTx, taskId: number, agencyIds: number[]) {
  await tx.delete(taskPartners).where(eq(taskPartners.taskId, taskId));
  const unique = [...new Set(agencyIds)];
  if (unique.length) await tx.insert(taskPartners).values(unique.map((agencyId) => ({ taskId, agencyId })));
}

async function partnerIds(db: DbOrTx, taskId: number): Promise<number[]> {
  const rows = await db
    .select({ id: taskPartners.agencyId })
    .from(taskPartners)
    .where(eq(taskPartners.taskId, taskId));
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

export async function createTask(ctx: AppContext, user: CurrentUser, body: TaskCreate) {
  const today = todayInVietnam(ctx.now());
  const id = await ctx.db.transaction(async (tx) => {
    await checkReferences(tx, body);
    const [row] = await tx
      .insert(tasks)
      .values({
        text: body.text,
        documentId: body.documentId ?? null,
        meetingId: body.meetingId ?? null,
        leadAgencyId: body.leadAgencyId ?? null,
        directedBy: body.directedBy ?? null,
        illustrative: body.illustrative,
        ...deadlineColumns(body.deadline, today, today),
      })
      .returning();
    await setPartners(tx, row.id, body.partnerAgencyIds);
    await recordAudit(tx, user, 'create', 'task', row.id, null, {
      ...row,
      partnerAgencyIds: body.partnerAgencyIds,
    });
    return row.id;
  });
  return getTask(ctx, user, id);
}

const EDITOR_FIELDS = new Set(['completedOn', 'progress']);

export async function patchTask(ctx: AppContext, user: CurrentUser, id: number, body: TaskPatch) {
  const today = todayInVietnam(ctx.now());
  await ctx.db.transaction(async (tx) => {
    const before = await loadTask(tx, id);
    assertCanEditForAgency(user, before.leadAgencyId);
    // An agency editor reports on a task; what the task is and who leads it is the coordinator's call.
    if (!isManager(user) && Object.keys(body).some((k) => !EDITOR_FIELDS.has(k)))
      throw new AppError('forbidden');
    await checkReferences(tx, body);
    const since = isoDateOf(before.createdAt);
    const changes: Partial<typeof tasks.$inferInsert> = {
      ...(body.text !== undefined && { text: body.text }),
      ...(body.documentId !== undefined && { documentId: body.documentId }),
      ...(body.meetingId !== undefined && { meetingId: body.meetingId }),
      ...(body.leadAgencyId !== undefined && { leadAgencyId: body.leadAgencyId }),
      ...(body.directedBy !== undefined && { directedBy: body.directedBy }),
      ...(body.completedOn !== undefined && { completedOn: body.completedOn }),
      ...(body.progress !== undefined && { progress: body.progress }),
      ...(body.completedOn && body.progress === undefined && { progress: 100 }),
      ...(body.deadline !== undefined && deadlineColumns(body.deadline, since, today)),
      updatedAt: new Date(),
    };
    const [after] = await tx.update(tasks).set(changes).where(eq(tasks.id, id)).returning();
    const partnersBefore = await partnerIds(tx, id);
    if (body.partnerAgencyIds) await setPartners(tx, id, body.partnerAgencyIds);
    await recordAudit(
      tx,
      user,
      'update',
      'task',
      id,
      { ...before, partnerAgencyIds: partnersBefore },
      { ...after, partnerAgencyIds: body.partnerAgencyIds ?? partnersBefore },
    );
  });
  return getTask(ctx, user, id);
}

export async function deleteTask(ctx: AppContext, user: CurrentUser, id: number) {
  await ctx.db.transaction(async (tx) => {
    const before = await loadTask(tx, id);
    await tx.delete(tasks).where(eq(tasks.id, id));
    await recordAudit(tx, user, 'delete', 'task', id, before, null);
  });
}

export async function addTaskUpdate(ctx: AppContext, user: CurrentUser, id: number, body: TaskUpdateCreate) {
  const today = todayInVietnam(ctx.now());
  await ctx.db.transaction(async (tx) => {
    const before = await loadTask(tx, id);
    assertCanEditForAgency(user, before.leadAgencyId);
    const [update] = await tx
      .insert(taskUpdates)
      .values({
        taskId: id,
        userId: user.id,
        note: body.note,
        progress: body.progress ?? (body.completedOn ? 100 : null),
        completedOn: body.completedOn ?? null,
        period: body.period ?? null,
        evidence: body.evidence,
      })
      .returning();
    const changes: Partial<typeof tasks.$inferInsert> = { updatedAt: new Date() };
    if (body.progress !== undefined) changes.progress = body.progress;
    if (body.completedOn) Object.assign(changes, { completedOn: body.completedOn, progress: 100 });
    if (before.recurrence && !body.completedOn) {
      const reports = await tx
        .select({ createdAt: taskUpdates.createdAt })
        .from(taskUpdates)
        .where(eq(taskUpdates.taskId, id));
      changes.dueOn = recurringDueOn(
        before.recurrence,
        reports.map((r) => isoDateOf(r.createdAt)),
        isoDateOf(before.createdAt),
        today,
      );
    }
    const [after] = await tx.update(tasks).set(changes).where(eq(tasks.id, id)).returning();
    await recordAudit(tx, user, 'create', 'task_update', update.id, null, update);
    await recordAudit(tx, user, 'update', 'task', id, before, after);
  });
  return getTask(ctx, user, id);
}

export async function requestExplanation(
  ctx: AppContext,
  user: CurrentUser,
  taskId: number,
  body: { reason: string; dueOn?: string },
) {
  await ctx.db.transaction(async (tx) => {
    const task = await loadTask(tx, taskId);
    if (task.leadAgencyId === null) {
      throw new AppError('validation_failed', {
        vi: 'Nhiệm vụ chưa có cơ quan chủ trì để yêu cầu giải trình.',
        en: 'The task has no lead agency to ask for an explanation.',
      });
    }
    const [row] = await tx
      .insert(explanationRequests)
      .values({
        taskId,
        agencyId: task.leadAgencyId,
        reason: body.reason,
        dueOn: body.dueOn ?? null,
        requestedBy: user.id,
      })
      .returning();
    await recordAudit(tx, user, 'create', 'explanation_request', row.id, null, row);
  });
  return getTask(ctx, user, taskId);
}

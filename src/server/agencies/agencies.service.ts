import { and, asc, eq, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { queryRows } from '../../db/client.ts';
import { taskStatusSql } from '../../db/queries/taskStatus.ts';
import { agencies, indicators, tasks } from '../../db/schema.ts';
import { emptyCounts, onTimeRate } from '../../domain/onTimeRate.ts';
import { PROGRESS_STATUSES } from '../../domain/targetProgress.ts';
import { recordAudit } from '../audit.ts';
import { type AppContext, type CurrentUser, todayInVietnam } from '../context.ts';
import { AppError } from '../errors.ts';
import { assertAdminUnit, assertAgencies } from '../shared/refs.ts';
import { pageOf } from '../shared/schemas.ts';
import { foldedContains } from '../shared/text.ts';
import type { AgencyCreate, AgencyListQuery, AgencyNode, AgencyPatch } from './agencies.schema.ts';

type Agency = typeof agencies.$inferSelect;
const present = ({ id, name, shortName, kind, parentId, adminUnitKey, illustrative }: Agency) => ({
  id,
  name,
  shortName,
  kind,
  parentId,
  adminUnitKey,
  illustrative,
});

export async function listAgencies(ctx: AppContext, query: z.infer<typeof AgencyListQuery>) {
  const where: SQL[] = [];
  if (query.q?.trim())
    where.push(or(foldedContains(agencies.name, query.q), foldedContains(agencies.shortName, query.q))!);
  if (query.parent) where.push(eq(agencies.parentId, query.parent));
  if (query.kind) where.push(eq(agencies.kind, query.kind));
  const { limit, offset } = pageOf(query);
  const rows = await ctx.db
    .select()
    .from(agencies)
    .where(and(...where))
    .orderBy(asc(agencies.name), asc(agencies.id))
    .limit(limit)
    .offset(offset);
  return { items: rows.map(present), total: await ctx.db.$count(agencies, and(...where)) };
}

export async function agencyTree(ctx: AppContext): Promise<AgencyNode[]> {
  const rows = await ctx.db.select().from(agencies).orderBy(asc(agencies.name));
  const nodes = new Map<number, AgencyNode>(rows.map((a) => [a.id, { ...present(a), children: [] }]));
  const roots: AgencyNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export async function getAgency(ctx: AppContext, id: number) {
  const [row] = await ctx.db.select().from(agencies).where(eq(agencies.id, id));
  if (!row) throw new AppError('not_found');
  return present(row);
}

/** An agency's scorecard: the tasks it leads by status, and the indicators it owns by progress status. */
export async function agencyScorecard(ctx: AppContext, id: number) {
  const agency = await getAgency(ctx, id);
  const today = todayInVietnam(ctx.now());
  const status = taskStatusSql(today);
  const taskRows = await ctx.db
    .select({ status, n: sql<number>`count(*)::int` })
    .from(tasks)
    .where(eq(tasks.leadAgencyId, id))
    .groupBy(status);
  const byStatus = emptyCounts();
  for (const r of taskRows) byStatus[r.status] = Number(r.n);
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  const indicatorRows = await ctx.db
    .select({ status: indicators.progressStatus, n: sql<number>`count(*)::int` })
    .from(indicators)
    .where(eq(indicators.ownerAgencyId, id))
    .groupBy(indicators.progressStatus);
  const indicatorsByStatus = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as Record<
    string,
    number
  >;
  for (const r of indicatorRows) indicatorsByStatus[r.status] = Number(r.n);
  return {
    agency,
    tasks: { byStatus, total, onTimeRate: onTimeRate(byStatus) },
    indicators: { byStatus: indicatorsByStatus },
  };
}

async function checkRefs(ctx: AppContext, body: Partial<z.infer<typeof AgencyCreate>>, selfId?: number) {
  if (body.parentId != null) {
    await assertAgencies(ctx.db, [body.parentId], 'parentId');
    if (selfId !== undefined && (await isDescendantOrSelf(ctx, body.parentId, selfId))) {
      throw new AppError('validation_failed', {
        details: [{ path: 'parentId', message: 'cycle' }],
        vi: 'Cơ quan cấp trên không thể là chính nó hoặc đơn vị trực thuộc nó.',
        en: 'An agency cannot sit under itself or one of its own units.',
      });
    }
  }
  await assertAdminUnit(ctx.db, body.adminUnitKey);
}

/** One hierarchy: walking up from `candidate` must not meet `agencyId`. */
async function isDescendantOrSelf(ctx: AppContext, candidate: number, agencyId: number): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    ctx.db,
    sql`
    with recursive up(id, parent_id) as (
      select id, parent_id from agencies where id = ${candidate}
      union select a.id, a.parent_id from agencies a join up on a.id = up.parent_id)
    select id from up where id = ${agencyId}`,
  );
  return rows.length > 0;
}

export async function createAgency(ctx: AppContext, user: CurrentUser, body: z.infer<typeof AgencyCreate>) {
  await checkRefs(ctx, body);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(agencies).values(body).returning();
    await recordAudit(tx, user, 'create', 'agency', row.id, null, row);
    return present(row);
  });
}

export async function patchAgency(
  ctx: AppContext,
  user: CurrentUser,
  id: number,
  body: z.infer<typeof AgencyPatch>,
) {
  await checkRefs(ctx, body, id);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(agencies).where(eq(agencies.id, id));
    if (!before) throw new AppError('not_found');
    const [after] = await tx
      .update(agencies)
      .set({ ...body, updatedAt: new Date() })
      .where(eq(agencies.id, id))
      .returning();
    await recordAudit(tx, user, 'update', 'agency', id, before, after);
    return present(after);
  });
}

export async function deleteAgency(ctx: AppContext, user: CurrentUser, id: number) {
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(agencies).where(eq(agencies.id, id));
    if (!before) throw new AppError('not_found');
    const [{ n }] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(tasks)
      .where(eq(tasks.leadAgencyId, id));
    const children = await tx.$count(agencies, eq(agencies.parentId, id));
    if (Number(n) > 0 || children > 0) throw new AppError('in_use');
    await tx.delete(agencies).where(eq(agencies.id, id));
    await recordAudit(tx, user, 'delete', 'agency', id, before, null);
  });
}

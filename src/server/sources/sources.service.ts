import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { agencyProposals, agencyProposalTasks, reviewDecisions, sources, tasks } from '../../db/schema.ts';
import { prepareOffThread } from '../../ingest/pool.ts';
import { decideProposal, type ReviewDecisionInput, reviewSource } from '../../ingest/review.ts';
import { createSource, extractionCounts, type SourceInput } from '../../ingest/sources.ts';
import { type AppContext, type CurrentUser, todayInVietnam } from '../context.ts';
import { AppError } from '../errors.ts';
import { pageOf } from '../shared/schemas.ts';
import { foldedContains } from '../shared/text.ts';
import type { ProposalDecision, SourceListQuery } from './sources.schema.ts';

const listColumns = {
  id: sources.id,
  kind: sources.kind,
  title: sources.title,
  url: sources.url,
  fileName: sources.fileName,
  publishedOn: sources.publishedOn,
  reviewState: sources.reviewState,
  length: sql<number>`length(${sources.text})::int`,
  counts: extractionCounts,
  createdAt: sources.createdAt,
};

type ListRow = { createdAt: Date; length: number } & Record<string, unknown>;
const presentListRow = <T extends ListRow>(r: T) => ({
  ...r,
  length: Number(r.length),
  createdAt: r.createdAt.toISOString(),
});

export async function listSources(ctx: AppContext, query: SourceListQuery) {
  const where: SQL[] = [];
  if (query.reviewState) where.push(eq(sources.reviewState, query.reviewState));
  if (query.q?.trim()) where.push(foldedContains(sources.title, query.q));
  const { limit, offset } = pageOf(query);
  const [rows, total] = await Promise.all([
    ctx.db
      .select(listColumns)
      .from(sources)
      .where(and(...where))
      .orderBy(desc(sources.id))
      .limit(limit)
      .offset(offset),
    ctx.db.$count(sources, and(...where)),
  ]);
  return { items: rows.map(presentListRow), total };
}

export async function getSource(ctx: AppContext, id: number) {
  const [row] = await ctx.db
    .select({
      ...listColumns,
      text: sources.text,
      mimeType: sources.mimeType,
      contentHash: sources.contentHash,
      extraction: sources.extraction,
    })
    .from(sources)
    .where(eq(sources.id, id));
  if (!row) throw new AppError('not_found');
  const decisions = await ctx.db
    .select()
    .from(reviewDecisions)
    .where(eq(reviewDecisions.sourceId, id))
    .orderBy(reviewDecisions.itemType, reviewDecisions.itemIndex);
  return {
    ...presentListRow(row),
    extraction: (row.extraction ?? {}) as Record<string, { span: [number, number] }[]>,
    decisions: decisions.map((d) => ({
      type: d.itemType,
      index: d.itemIndex,
      decision: d.decision,
      recordType: d.recordType,
      recordId: d.recordId,
      edited: d.edited,
    })),
  };
}

export async function addSource(ctx: AppContext, user: CurrentUser, input: SourceInput) {
  const stored = await createSource(ctx.db, user, input, prepareOffThread);
  return { ...(await getSource(ctx, stored.id)), created: stored.created };
}

export async function review(
  ctx: AppContext,
  user: CurrentUser,
  id: number,
  decisions: ReviewDecisionInput[],
) {
  const today = todayInVietnam(ctx.now());
  const outcome = await ctx.db.transaction((tx) => reviewSource(tx, user, id, decisions, today));
  return { outcome, source: await getSource(ctx, id) };
}

export async function listProposals(ctx: AppContext, status: 'proposed' | 'confirmed' | 'rejected') {
  const rows = await ctx.db
    .select()
    .from(agencyProposals)
    .where(eq(agencyProposals.status, status))
    .orderBy(agencyProposals.name)
    .limit(500);
  const ids = rows.map((r) => r.id);
  const waiting = ids.length
    ? await ctx.db
        .select({
          proposalId: agencyProposalTasks.proposalId,
          id: tasks.id,
          text: tasks.text,
          role: agencyProposalTasks.role,
        })
        .from(agencyProposalTasks)
        .innerJoin(tasks, eq(tasks.id, agencyProposalTasks.taskId))
        .where(inArray(agencyProposalTasks.proposalId, ids))
    : [];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    status: r.status,
    agencyId: r.agencyId,
    sourceId: r.sourceId,
    tasks: waiting.filter((w) => w.proposalId === r.id).map(({ id, text, role }) => ({ id, text, role })),
  }));
}

export async function answerProposal(
  ctx: AppContext,
  user: CurrentUser,
  id: number,
  body: z.infer<typeof ProposalDecision>,
) {
  const after = await ctx.db.transaction((tx) => decideProposal(tx, user, id, body));
  return (await listProposals(ctx, after.status)).find((p) => p.id === id)!;
}

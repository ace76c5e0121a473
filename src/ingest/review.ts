// Review: a person accepts, edits or rejects each extracted item of a source (or all of a type at once).
// Accepting creates or links records and never duplicates them:
// - a document is matched by its number-symbol key (case, spaces, diacritics folded), else by its title;
// - an indicator by its folded name within its scope (the admin unit the item names, or none);
// - a target attaches to the document that set it (the text's own, in its header, else the nearest before);
// - a result becomes an observation of its indicator;
// - a task's lead and partners are matched to agencies by folded name; a name that matches none becomes an
//   agency proposal, linked to the task, which a coordinator confirms (creating or merging the agency and
//   setting the task's lead or partner) or rejects — see `decideProposal`.
// Every record keeps its source and span; everything is audited in the caller's one transaction.
// Acceptance runs one transaction at a time (a transaction-scoped advisory lock): the "find, else create"
// checks of two transactions (two reviewers, two import batches, two processes) would otherwise both miss
// and both create, or deadlock on each other's new rows. An `AcceptSession` carries what one transaction
// has looked up and made (admin units, agencies, indicators, documents, proposals), the audit entries and
// the indicators whose progress to refresh, all written once at its end: a bulk import accepts a whole
// batch of sources in one session.
import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { recordAudit } from '../db/audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { refreshProgressMany } from '../db/queries/indicatorProgress.ts';
import { deadlineColumns } from '../db/queries/taskDeadline.ts';
import {
  adminUnits,
  agencies,
  agencyProposals,
  agencyProposalTasks,
  auditLog,
  documents,
  indicators,
  observations,
  REVIEW_TYPES,
  type ReviewType,
  reviewDecisions,
  sources,
  targets,
  taskPartners,
  tasks,
} from '../db/schema.ts';
import { symbolKey } from '../domain/documentSymbol.ts';
import { AppError } from '../domain/errors.ts';
import { foldVietnamese } from '../domain/fold.ts';
import { DEFAULT_RECURRENCE, type Deadline, isIsoDate } from '../domain/index.ts';
import type { DocumentRef, ExtractionResult, TaskItem, ValueItem } from '../extract/types.ts';
import type { Actor, PreparedSource } from './sources.ts';

export type ReviewAction = 'accept' | 'edit' | 'reject';

export interface ReviewDecisionInput {
  type: ReviewType;
  /** One item; absent: every item of the type not yet decided. */
  index?: number;
  action: ReviewAction;
  /** For 'edit': the fields that replace the extracted ones (and documentId to attach to). */
  value?: Record<string, unknown>;
}

export interface ReviewOutcome {
  accepted: number;
  rejected: number;
  created: number;
  linked: number;
  reviewState: 'pending' | 'in_review' | 'reviewed' | 'rejected';
}

type Span = [number, number];

/** The SQL twin of foldVietnamese: lower case without marks, đ→d, spaces collapsed. */
const foldSql = (column: SQL | AnyPgColumn) =>
  sql<string>`regexp_replace(lower(unaccent(${column})), '\\s+', ' ', 'g')`;

const invalid = (path: string, vi: string, en: string) =>
  new AppError('validation_failed', { details: [{ path, message: en }], vi, en });

type AuditRow = typeof auditLog.$inferInsert;

/** One transaction's acceptance: its lock, what it looked up and made, and what it writes at its end. */
export interface AcceptSession {
  tx: DbOrTx;
  today: string;
  adminUnits: Map<string, string[]>;
  agencies: Map<string, number | null>;
  /**
   * Indicators by folded name and admin-unit key (`name|key`, `name|` without one), the first of equal
   * ones; read once, when the session first needs it, and kept up to date with those it creates.
   */
  indicators?: Map<string, number>;
  /** Agencies with their folded name and short name, read once. */
  agencyList?: { id: number; name: string; shortName: string }[];
  /** Number-symbol key (or folded title of a document without one) → document; null: none yet. */
  documents: Map<string, number | null>;
  /** Folded name → open proposal. */
  proposals: Map<string, number>;
  touchedIndicators: Set<number>;
  decisions: (typeof reviewDecisions.$inferInsert)[];
  reviewStates: Map<number, ReviewOutcome['reviewState']>;
  proposalTasks: (typeof agencyProposalTasks.$inferInsert)[];
  audit: AuditRow[];
}

const ACCEPT_LOCK = sql`select pg_advisory_xact_lock(hashtext('lotrinh:accept'))`;

/** Starts accepting in this transaction: waits for any other transaction accepting to end. */
export async function openAcceptSession(tx: DbOrTx, today: string): Promise<AcceptSession> {
  await tx.execute(ACCEPT_LOCK);
  return {
    tx,
    today,
    adminUnits: new Map(),
    agencies: new Map(),
    documents: new Map(),
    proposals: new Map(),
    touchedIndicators: new Set(),
    decisions: [],
    reviewStates: new Map(),
    proposalTasks: [],
    audit: [],
  };
}

/** Looks up at once the documents these extractions cite by number-symbol (a batch about to be accepted). */
export async function prefetchDocuments(
  session: AcceptSession,
  extractions: Partial<ExtractionResult>[],
): Promise<void> {
  const keys = new Set<string>();
  for (const e of extractions)
    for (const d of e.documents ?? []) {
      const symbol = text(d.symbol, 100);
      const key = symbol ? symbolKey(symbol) : null;
      if (key && !session.documents.has(`symbol:${key}`)) keys.add(key);
    }
  if (!keys.size) return;
  const found = await session.tx
    .select({ id: documents.id, key: documents.symbolKey })
    .from(documents)
    .where(inArray(documents.symbolKey, [...keys]))
    .orderBy(documents.id);
  for (const key of keys) session.documents.set(`symbol:${key}`, null);
  for (const d of found.reverse()) session.documents.set(`symbol:${d.key}`, d.id);
}

/**
 * Writes what the session kept for its end: decisions, sources' review states, tasks waiting on proposed
 * agencies, the progress of the indicators it touched, and the audit entries.
 */
export async function closeAcceptSession(session: AcceptSession): Promise<void> {
  const { tx } = session;
  const chunks = <T>(rows: T[]) =>
    Array.from({ length: Math.ceil(rows.length / 1000) }, (_, i) => rows.slice(i * 1000, i * 1000 + 1000));
  // The last decision on an item wins.
  const decisions = new Map(session.decisions.map((d) => [`${d.sourceId}:${d.itemType}:${d.itemIndex}`, d]));
  for (const rows of chunks([...decisions.values()]))
    await tx
      .insert(reviewDecisions)
      .values(rows)
      .onConflictDoUpdate({
        target: [reviewDecisions.sourceId, reviewDecisions.itemType, reviewDecisions.itemIndex],
        set: {
          decision: sql`excluded.decision`,
          recordType: sql`excluded.record_type`,
          recordId: sql`excluded.record_id`,
          edited: sql`excluded.edited`,
          decidedBy: sql`excluded.decided_by`,
          decidedAt: sql`excluded.decided_at`,
        },
      });
  const byState = new Map<string, number[]>();
  for (const [id, state] of session.reviewStates) {
    const held = byState.get(state);
    if (held) held.push(id);
    else byState.set(state, [id]);
  }
  const now = new Date();
  for (const [state, ids] of byState)
    await tx
      .update(sources)
      .set({ reviewState: state as ReviewOutcome['reviewState'], updatedAt: now })
      .where(inArray(sources.id, ids));
  for (const rows of chunks(session.proposalTasks))
    await tx.insert(agencyProposalTasks).values(rows).onConflictDoNothing();
  await refreshProgressMany(tx, [...session.touchedIndicators], session.today);
  for (const rows of chunks(session.audit)) await tx.insert(auditLog).values(rows);
  session.decisions = [];
  session.reviewStates.clear();
  session.proposalTasks = [];
  session.touchedIndicators.clear();
  session.audit = [];
}

function audit(
  session: AcceptSession,
  actor: Actor,
  action: AuditRow['action'],
  entity: string,
  entityId: number,
  before: unknown,
  after: unknown,
) {
  session.audit.push({
    userId: actor?.id ?? null,
    username: actor?.username ?? null,
    action,
    entity,
    entityId: String(entityId),
    before: before ?? null,
    after: after ?? null,
  });
}

interface Context {
  tx: DbOrTx;
  session: AcceptSession;
  actor: Actor;
  today: string;
  source: Pick<typeof sources.$inferSelect, 'id' | 'title' | 'url' | 'publishedOn'>;
  /** Accepted documents of this source: where their item starts, and the record. */
  docs: { start: number; id: number }[];
  /** Tasks and observations made from this source (what accepting again links to). */
  tasks: Map<string, number>;
  observations: Map<string, number>;
  decisions: Map<string, typeof reviewDecisions.$inferInsert>;
  outcome: ReviewOutcome;
}

export interface ReviewOptions {
  /** Bulk acceptance: an item that cannot become a record (no year, no name) stays undecided instead of failing all. */
  lenient?: boolean;
  /** The session of the caller's transaction (a bulk import's batch); else one for this call alone. */
  session?: AcceptSession;
  /**
   * The source was stored by this same transaction, with this extraction: nothing can have been decided or
   * made from it yet, so none of that is read back.
   */
  fresh?: Pick<PreparedSource, 'extraction' | 'title' | 'url' | 'publishedOn'>;
}

export async function reviewSource(
  tx: DbOrTx,
  actor: Actor,
  sourceId: number,
  decisions: ReviewDecisionInput[],
  today: string,
  options: ReviewOptions = {},
): Promise<ReviewOutcome> {
  const session = options.session ?? (await openAcceptSession(tx, today));
  const outcome = await review(tx, session, actor, sourceId, decisions, today, options);
  if (!options.session) await closeAcceptSession(session);
  return outcome;
}

async function review(
  tx: DbOrTx,
  session: AcceptSession,
  actor: Actor,
  sourceId: number,
  decisions: ReviewDecisionInput[],
  today: string,
  options: ReviewOptions,
): Promise<ReviewOutcome> {
  // The row lock makes two reviewers of one source take turns, so neither creates what the other just did
  // (a source this transaction stored is seen by no other).
  const { fresh } = options;
  const [source] = fresh
    ? [{ id: sourceId, ...fresh, reviewState: 'pending' as const }]
    : await tx.select().from(sources).where(eq(sources.id, sourceId)).for('update');
  if (!source) throw new AppError('not_found');
  const extraction = (source.extraction ?? {}) as Partial<ExtractionResult>;
  const existing = options.fresh
    ? []
    : await tx.select().from(reviewDecisions).where(eq(reviewDecisions.sourceId, sourceId));
  const decided = new Map(existing.map((d) => [`${d.itemType}:${d.itemIndex}`, d]));
  // One after the other: a transaction is one connection (node-postgres deprecates overlapping queries).
  const made = options.fresh
    ? []
    : await tx.select({ id: tasks.id, text: tasks.text }).from(tasks).where(eq(tasks.sourceId, sourceId));
  const observed = options.fresh
    ? []
    : await tx
        .select({
          id: observations.id,
          indicatorId: observations.indicatorId,
          year: observations.year,
          value: observations.value,
        })
        .from(observations)
        .where(eq(observations.sourceId, sourceId));
  const ctx: Context = {
    tx,
    session,
    actor,
    today,
    source,
    docs: existing
      .filter((d) => d.itemType === 'documents' && d.decision === 'accepted' && d.recordId)
      .map((d) => ({ start: extraction.documents?.[d.itemIndex]?.span[0] ?? 0, id: d.recordId! })),
    // The first of equal ones, as a lookup with `limit 1` would find.
    tasks: new Map(made.reverse().map((t) => [t.text, t.id])),
    observations: new Map(observed.reverse().map((o) => [observationKey(o), o.id])),
    decisions: new Map(),
    outcome: { accepted: 0, rejected: 0, created: 0, linked: 0, reviewState: source.reviewState },
  };

  // Documents first, so the targets and tasks of the same call can attach to them.
  const ordered = [...decisions].sort((a, b) => REVIEW_TYPES.indexOf(a.type) - REVIEW_TYPES.indexOf(b.type));
  const done: {
    type: ReviewType;
    index: number;
    decision: string;
    recordType?: string;
    recordId?: number;
  }[] = [];
  for (const d of ordered) {
    const items = (extraction[d.type] ?? []) as unknown[];
    if (d.index !== undefined && (d.index < 0 || d.index >= items.length))
      throw invalid('index', `Không có mục số ${d.index}.`, `There is no item ${d.index}.`);
    if (d.action === 'edit' && d.index === undefined)
      throw invalid('index', 'Sửa từng mục một.', 'Edit items one at a time.');
    const indexes =
      d.index !== undefined
        ? [d.index]
        : items.map((_, i) => i).filter((i) => !decided.has(`${d.type}:${i}`));
    for (const index of indexes) {
      const key = `${d.type}:${index}`;
      const before = decided.get(key);
      if (before?.decision === 'accepted') {
        if (d.action === 'reject')
          throw new AppError('conflict', {
            vi: 'Mục này đã được chấp nhận; hãy sửa hoặc xóa bản ghi đã tạo.',
            en: 'This item is already accepted; change or delete the record it made instead.',
          });
        continue; // accepting twice links to the same record, once
      }
      if (d.action === 'reject') {
        upsertDecision(ctx, d.type, index, 'rejected', null, null, null);
        decided.set(key, { decision: 'rejected' } as typeof before & object);
        ctx.outcome.rejected++;
        done.push({ type: d.type, index, decision: 'rejected' });
        continue;
      }
      const item = { ...(items[index] as object), ...(d.action === 'edit' ? (d.value ?? {}) : {}) };
      let record: { type: string; id: number };
      try {
        record = await acceptItem(ctx, d.type, item as Record<string, unknown>);
      } catch (err) {
        // Only checks made before any SQL throw validation_failed, so the transaction is still sound.
        if (options.lenient && err instanceof AppError && err.code === 'validation_failed') continue;
        throw err;
      }
      upsertDecision(
        ctx,
        d.type,
        index,
        'accepted',
        record.type,
        record.id,
        d.action === 'edit' ? (d.value ?? {}) : null,
      );
      decided.set(key, { decision: 'accepted' } as typeof before & object);
      if (d.type === 'documents') {
        const span = (items[index] as { span?: Span }).span;
        ctx.docs.push({ start: span?.[0] ?? 0, id: record.id });
      }
      ctx.outcome.accepted++;
      done.push({ type: d.type, index, decision: 'accepted', recordType: record.type, recordId: record.id });
    }
  }
  session.decisions.push(...ctx.decisions.values());

  // Reviewed once every reviewable item has a decision; rejected when none was accepted.
  const total = REVIEW_TYPES.reduce((n, t) => n + ((extraction[t] as unknown[] | undefined)?.length ?? 0), 0);
  const all = [...decided.values()];
  const reviewState =
    all.length === 0
      ? 'pending'
      : all.length < total
        ? 'in_review'
        : all.some((d) => d.decision === 'accepted')
          ? 'reviewed'
          : 'rejected';
  ctx.outcome.reviewState = reviewState;
  session.reviewStates.set(sourceId, reviewState);
  if (done.length)
    audit(
      session,
      actor,
      'update',
      'source',
      sourceId,
      { reviewState: source.reviewState },
      { reviewState, decisions: done },
    );
  return ctx.outcome;
}

/** Accepts every reviewable item of a source (bulk import with --accept). */
export function acceptAll(
  tx: DbOrTx,
  actor: Actor,
  sourceId: number,
  today: string,
  options: Omit<ReviewOptions, 'lenient'> = {},
) {
  return reviewSource(
    tx,
    actor,
    sourceId,
    REVIEW_TYPES.map((type) => ({ type, action: 'accept' as const })),
    today,
    { ...options, lenient: true },
  );
}

/** Written in one statement at the end of the review; the last decision on an item wins. */
function upsertDecision(
  ctx: Context,
  type: ReviewType,
  index: number,
  decision: 'accepted' | 'rejected',
  recordType: string | null,
  recordId: number | null,
  edited: unknown,
) {
  ctx.decisions.set(`${type}:${index}`, {
    sourceId: ctx.source.id,
    itemType: type,
    itemIndex: index,
    decision,
    recordType,
    recordId,
    edited,
    decidedBy: ctx.actor?.id ?? null,
    decidedAt: new Date(),
  });
}

async function acceptItem(ctx: Context, type: ReviewType, item: Record<string, unknown>) {
  switch (type) {
    case 'documents':
      return acceptDocument(ctx, item as unknown as DocumentRef);
    case 'targets':
      return acceptTarget(ctx, item as unknown as ValueItem & { documentId?: number });
    case 'results':
      return acceptResult(ctx, item as unknown as ValueItem);
    case 'tasks':
      return acceptTask(ctx, item as unknown as TaskItem & { documentId?: number });
  }
}

const text = (v: unknown, max: number): string | null =>
  typeof v === 'string' && v.trim() ? v.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, max) : null;

function spanOf(item: { span?: unknown }): Span | null {
  const s = item.span;
  return Array.isArray(s) && s.length === 2 && s.every((n) => Number.isInteger(n)) ? (s as Span) : null;
}

function created(ctx: Context, entity: string, row: { id: number }) {
  ctx.outcome.created++;
  audit(ctx.session, ctx.actor, 'create', entity, row.id, null, row);
}

async function acceptDocument(ctx: Context, item: DocumentRef) {
  const symbol = text(item.symbol, 100);
  const title = text(item.title, 2000);
  if (!symbol && !title)
    throw invalid(
      'symbol',
      'Văn bản cần số, ký hiệu hoặc trích yếu.',
      'A document needs a number or a title.',
    );
  const key = symbol ? symbolKey(symbol) : null;
  const memo = key ? `symbol:${key}` : `title:${foldVietnamese(title!)}`;
  let foundId = ctx.session.documents.get(memo);
  if (foundId === undefined) {
    const [found] = key
      ? await ctx.tx.select({ id: documents.id }).from(documents).where(eq(documents.symbolKey, key)).limit(1)
      : await ctx.tx
          .select({ id: documents.id })
          .from(documents)
          .where(and(isNull(documents.symbol), sql`${foldSql(documents.title)} = ${foldVietnamese(title!)}`))
          .limit(1);
    foundId = found?.id ?? null;
  }
  if (foundId !== null) {
    ctx.session.documents.set(memo, foundId);
    ctx.outcome.linked++;
    return { type: 'document', id: foundId };
  }
  const kind = text(item.kind, 100) ?? 'Văn bản';
  const [row] = await ctx.tx
    .insert(documents)
    .values({
      kind,
      symbol,
      symbolKey: key,
      issuer: text(item.issuer, 300),
      issuedOn: isIsoDate(item.date) ? item.date : null,
      title: title ?? `${kind} số ${symbol}`,
      sourceId: ctx.source.id,
      sourceSpan: spanOf(item),
    })
    .returning();
  ctx.session.documents.set(memo, row.id);
  created(ctx, 'document', row);
  return { type: 'document', id: row.id };
}

/** Where a text's own number stands ("Số: 58/KH-UBND" in its header), not a document it cites. */
const HEADER_CHARS = 400;

/**
 * The document that set a value or task: the one given; else the text's own document (an accepted one in
 * its header); else the nearest accepted document before the item; else the first accepted one.
 */
function documentFor(ctx: Context, item: { span?: unknown; documentId?: unknown }): number | null {
  if (Number.isInteger(item.documentId)) return item.documentId as number;
  const sorted = [...ctx.docs].sort((a, b) => a.start - b.start);
  if (sorted[0] && sorted[0].start < HEADER_CHARS) return sorted[0].id;
  const start = spanOf(item)?.[0] ?? 0;
  const before = sorted.filter((d) => d.start <= start);
  return (before[before.length - 1] ?? sorted[0])?.id ?? null;
}

/**
 * "tỉnh Lạng Sơn", "TP. Hồ Chí Minh", "Hà Nội" → the keys of the admin units of that name, the current one
 * first: Thái Nguyên before and after the 2025 merger are one scope, so its indicators stay comparable.
 */
async function adminUnitsFor(ctx: Context, scope: string | null): Promise<string[]> {
  if (!scope) return [];
  const name = foldVietnamese(scope)
    .replace(/^(?:tinh|thanh pho|tp\.?)\s+/, '')
    .trim();
  if (!name) return [];
  const known = ctx.session.adminUnits.get(name);
  if (known) return known;
  const rows = await ctx.tx
    .select({ key: adminUnits.key })
    .from(adminUnits)
    .where(sql`${foldSql(adminUnits.name)} = ${name}`)
    .orderBy(sql`${adminUnits.validTo} desc nulls first`);
  const keys = rows.map((r) => r.key);
  ctx.session.adminUnits.set(name, keys);
  return keys;
}

async function indicatorFor(ctx: Context, item: ValueItem): Promise<number> {
  const name = text(item.indicator, 500);
  if (!name) throw invalid('indicator', 'Chỉ tiêu cần có tên.', 'An indicator needs a name.');
  const unitKeys = await adminUnitsFor(ctx, text(item.scope, 300));
  const folded = foldVietnamese(name);
  if (!ctx.session.indicators) {
    const rows = await ctx.tx
      .select({ id: indicators.id, key: indicators.adminUnitKey, name: foldSql(indicators.name) })
      .from(indicators)
      .orderBy(sql`${indicators.id} desc`);
    ctx.session.indicators = new Map(rows.map((r) => [`${r.name}|${r.key ?? ''}`, r.id]));
  }
  const index = ctx.session.indicators;
  // The first indicator of that name in any of the scope's units (or without a unit, for no scope).
  const found = (unitKeys.length ? unitKeys : [''])
    .map((k) => index.get(`${folded}|${k}`))
    .filter((id) => id !== undefined)
    .sort((a, b) => a - b)[0];
  if (found !== undefined) return found;
  const [row] = await ctx.tx
    .insert(indicators)
    .values({
      name: name.charAt(0).toLocaleUpperCase('vi') + name.slice(1),
      unit: text(item.unit, 50) ?? '',
      adminUnitKey: unitKeys[0] ?? null,
      sourceId: ctx.source.id,
      sourceSpan: spanOf(item),
    })
    .returning();
  index.set(`${folded}|${unitKeys[0] ?? ''}`, row.id);
  created(ctx, 'indicator', row);
  return row.id;
}

function valueYear(item: ValueItem): { year: number; periodStart: number | null } {
  const period = Array.isArray(item.period) ? item.period : null;
  const year = Number.isInteger(item.year) ? item.year! : period ? period[1] : Number.NaN;
  if (!Number.isInteger(year) || year < 1900 || year > 2200)
    throw invalid('year', 'Cần năm hoặc giai đoạn của số liệu.', 'The value needs a year or a period.');
  return { year, periodStart: period ? period[0] : null };
}

function number(v: unknown, path: string): number {
  const n = typeof v === 'string' ? Number(v.replace(',', '.')) : v;
  if (typeof n !== 'number' || !Number.isFinite(n))
    throw invalid(path, 'Giá trị phải là số.', 'The value must be a number.');
  return n;
}

async function acceptTarget(ctx: Context, item: ValueItem & { documentId?: number }) {
  const value = number(item.value, 'value');
  const { year, periodStart } = valueYear(item);
  const indicatorId = await indicatorFor(ctx, item);
  const documentId = documentFor(ctx, item);
  const [found] = await ctx.tx
    .select({ id: targets.id })
    .from(targets)
    .where(
      and(
        eq(targets.indicatorId, indicatorId),
        eq(targets.year, year),
        eq(targets.value, value),
        documentId ? eq(targets.documentId, documentId) : isNull(targets.documentId),
      ),
    )
    .limit(1);
  if (found) {
    ctx.outcome.linked++;
    return { type: 'target', id: found.id };
  }
  const [row] = await ctx.tx
    .insert(targets)
    .values({
      indicatorId,
      value,
      valueMax: item.valueMax == null ? null : number(item.valueMax, 'valueMax'),
      year,
      periodStart,
      baselineValue: item.baseline == null ? null : number(item.baseline, 'baseline'),
      documentId,
      sourceId: ctx.source.id,
      sourceSpan: spanOf(item),
    })
    .returning();
  ctx.session.touchedIndicators.add(indicatorId);
  created(ctx, 'target', row);
  return { type: 'target', id: row.id };
}

/** An observation of this source is found again by its indicator, year and value. */
const observationKey = (o: { indicatorId: number; year: number; value: number }) =>
  `${o.indicatorId}|${o.year}|${o.value}`;

async function acceptResult(ctx: Context, item: ValueItem) {
  const value = number(item.value, 'value');
  const { year } = valueYear(item);
  const indicatorId = await indicatorFor(ctx, item);
  const key = observationKey({ indicatorId, year, value });
  const found = ctx.observations.get(key);
  if (found !== undefined) {
    ctx.outcome.linked++;
    return { type: 'observation', id: found };
  }
  const evidence = [ctx.source.title, ctx.source.url].filter(Boolean).join(' — ') || null;
  const [row] = await ctx.tx
    .insert(observations)
    .values({
      indicatorId,
      periodKind: 'year',
      year,
      value,
      state: 'reported',
      evidence,
      reportedBy: ctx.actor?.id ?? null,
      sourceId: ctx.source.id,
      sourceSpan: spanOf(item),
    })
    .returning();
  ctx.observations.set(key, row.id);
  ctx.session.touchedIndicators.add(indicatorId);
  created(ctx, 'observation', row);
  return { type: 'observation', id: row.id };
}

/** An extracted deadline (`YYYY-MM-DD`, `YYYY-MM`, `YYYY-Qn`, `--MM-DD`, a year) as a task deadline. */
export function deadlineOf(
  item: Pick<TaskItem, 'deadline' | 'recurring'>,
  publishedOn: string | null,
): Deadline {
  if (item.recurring) return { kind: 'recurring', every: DEFAULT_RECURRENCE };
  const d = item.deadline;
  if (typeof d === 'number' && Number.isInteger(d)) return { kind: 'year', year: d };
  if (typeof d !== 'string') return { kind: 'none' };
  if (isIsoDate(d)) return { kind: 'date', date: d };
  let m = /^(\d{4})-Q([1-4])$/.exec(d);
  if (m) return { kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]) };
  m = /^(\d{4})-(\d{2})$/.exec(d);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12)
    return { kind: 'month', year: Number(m[1]), month: Number(m[2]) };
  m = /^--(\d{2}-\d{2})$/.exec(d);
  // A day without its year ("trước 30/6") belongs to the year the text was published.
  if (m && publishedOn && isIsoDate(`${publishedOn.slice(0, 4)}-${m[1]}`))
    return { kind: 'date', date: `${publishedOn.slice(0, 4)}-${m[1]}` };
  if (/^\d{4}$/.test(d)) return { kind: 'year', year: Number(d) };
  return { kind: 'none' };
}

/** An agency whose folded name (or short name) is the one given; else the only one that starts with it. */
export async function matchAgency(tx: DbOrTx, name: string): Promise<number | null> {
  const folded = foldVietnamese(name);
  if (!folded) return null;
  const exact = await tx
    .select({ id: agencies.id })
    .from(agencies)
    .where(
      sql`${foldSql(agencies.name)} = ${folded} or ${foldSql(sql`coalesce(${agencies.shortName}, '')`)} = ${folded}`,
    )
    .limit(2);
  if (exact.length >= 1) return exact[0].id;
  const prefix = await tx
    .select({ id: agencies.id })
    .from(agencies)
    .where(sql`${foldSql(agencies.name)} like ${`${folded.replace(/[\\%_]/g, (c) => `\\${c}`)} %`}`)
    .limit(2);
  return prefix.length === 1 ? prefix[0].id : null;
}

/** `matchAgency` over the agencies read once for the session. */
async function agencyFor(ctx: Context, name: string): Promise<number | null> {
  const known = ctx.session.agencies.get(name);
  if (known !== undefined) return known;
  if (!ctx.session.agencyList)
    ctx.session.agencyList = await ctx.tx
      .select({
        id: agencies.id,
        name: foldSql(agencies.name),
        shortName: foldSql(sql`coalesce(${agencies.shortName}, '')`),
      })
      .from(agencies)
      .orderBy(agencies.id);
  const list = ctx.session.agencyList;
  const folded = foldVietnamese(name);
  let id: number | null = null;
  if (folded) {
    const exact = list.find((a) => a.name === folded || a.shortName === folded);
    const prefix = exact ? [] : list.filter((a) => a.name.startsWith(`${folded} `));
    id = exact?.id ?? (prefix.length === 1 ? prefix[0].id : null);
  }
  ctx.session.agencies.set(name, id);
  return id;
}

async function propose(ctx: Context, name: string, taskId: number, role: 'lead' | 'partner') {
  const nameFold = foldVietnamese(name);
  let proposalId = ctx.session.proposals.get(nameFold);
  if (proposalId === undefined) {
    await ctx.tx
      .insert(agencyProposals)
      .values({ name, nameFold, sourceId: ctx.source.id })
      .onConflictDoNothing({ target: agencyProposals.nameFold, where: sql`status = 'proposed'` });
    const [proposal] = await ctx.tx
      .select({ id: agencyProposals.id })
      .from(agencyProposals)
      .where(and(eq(agencyProposals.nameFold, nameFold), eq(agencyProposals.status, 'proposed')));
    proposalId = proposal.id;
    ctx.session.proposals.set(nameFold, proposalId);
  }
  ctx.session.proposalTasks.push({ proposalId, taskId, role });
}

async function acceptTask(ctx: Context, item: TaskItem & { documentId?: number }) {
  const body = text(item.text, 10_000);
  if (!body) throw invalid('text', 'Nhiệm vụ cần có nội dung.', 'A task needs its text.');
  const found = ctx.tasks.get(body);
  if (found !== undefined) {
    ctx.outcome.linked++;
    return { type: 'task', id: found };
  }
  const lead = text(item.lead, 300);
  const partners = (Array.isArray(item.partners) ? item.partners : [])
    .map((p) => text(p, 300))
    .filter((p): p is string => p !== null);
  const leadId = lead ? await agencyFor(ctx, lead) : null;
  const partnerIds: (number | null)[] = [];
  for (const p of partners) partnerIds.push(await agencyFor(ctx, p));
  const [row] = await ctx.tx
    .insert(tasks)
    .values({
      text: body,
      documentId: documentFor(ctx, item),
      leadAgencyId: leadId,
      directedBy: text(item.source, 300),
      sourceId: ctx.source.id,
      sourceSpan: spanOf(item),
      ...deadlineColumns(deadlineOf(item, ctx.source.publishedOn), ctx.today, ctx.today),
    })
    .returning();
  ctx.tasks.set(body, row.id);
  const known = [...new Set(partnerIds.filter((id): id is number => id !== null && id !== leadId))];
  if (known.length)
    await ctx.tx.insert(taskPartners).values(known.map((agencyId) => ({ taskId: row.id, agencyId })));
  if (lead && leadId === null) await propose(ctx, lead, row.id, 'lead');
  for (const [i, p] of partners.entries())
    if (partnerIds[i] === null) await propose(ctx, p, row.id, 'partner');
  created(ctx, 'task', { ...row, partnerAgencyIds: known } as typeof row);
  return { type: 'task', id: row.id };
}

/**
 * A coordinator's answer to an agency proposal: confirm it as a new agency (or as an existing one, given
 * `agencyId`), which sets the lead or partner of the tasks waiting on it; or reject it.
 */
export async function decideProposal(
  tx: DbOrTx,
  actor: Actor,
  id: number,
  body: {
    action: 'confirm' | 'reject';
    agencyId?: number;
    kind?: typeof agencies.$inferInsert.kind;
    parentId?: number;
  },
) {
  const [proposal] = await tx.select().from(agencyProposals).where(eq(agencyProposals.id, id)).for('update');
  if (!proposal) throw new AppError('not_found');
  if (proposal.status !== 'proposed') throw new AppError('conflict');
  if (body.action === 'reject') {
    const [after] = await tx
      .update(agencyProposals)
      .set({ status: 'rejected', decidedBy: actor?.id ?? null, decidedAt: new Date() })
      .where(eq(agencyProposals.id, id))
      .returning();
    await recordAudit(tx, actor, 'update', 'agency_proposal', id, proposal, after);
    return after;
  }
  let agencyId = body.agencyId;
  if (agencyId) {
    const [exists] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, agencyId));
    if (!exists) throw new AppError('unknown_agency');
  } else {
    const [agency] = await tx
      .insert(agencies)
      .values({ name: proposal.name, kind: body.kind ?? 'other', parentId: body.parentId ?? null })
      .returning();
    await recordAudit(tx, actor, 'create', 'agency', agency.id, null, agency);
    agencyId = agency.id;
  }
  const waiting = await tx.select().from(agencyProposalTasks).where(eq(agencyProposalTasks.proposalId, id));
  const leads = waiting.filter((w) => w.role === 'lead').map((w) => w.taskId);
  if (leads.length)
    await tx
      .update(tasks)
      .set({ leadAgencyId: agencyId, updatedAt: new Date() })
      .where(and(inArray(tasks.id, leads), isNull(tasks.leadAgencyId)));
  const partners = waiting.filter((w) => w.role === 'partner').map((w) => w.taskId);
  if (partners.length)
    await tx
      .insert(taskPartners)
      .values(partners.map((taskId) => ({ taskId, agencyId: agencyId! })))
      .onConflictDoNothing();
  const [after] = await tx
    .update(agencyProposals)
    .set({ status: 'confirmed', agencyId, decidedBy: actor?.id ?? null, decidedAt: new Date() })
    .where(eq(agencyProposals.id, id))
    .returning();
  await recordAudit(tx, actor, 'update', 'agency_proposal', id, proposal, { ...after, leads, partners });
  return after;
}

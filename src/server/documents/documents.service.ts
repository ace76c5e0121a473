import { and, asc, desc, eq, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { documentLinks, documents, indicators, sources, targets, tasks } from '../../db/schema.ts';
import { symbolKey } from '../../domain/documentSymbol.ts';
import { recordAudit } from '../audit.ts';
import { type AppContext, type CurrentUser, todayInVietnam } from '../context.ts';
import { AppError } from '../errors.ts';
import { assertAgencies } from '../shared/refs.ts';
import { pageOf } from '../shared/schemas.ts';
import { foldedContains } from '../shared/text.ts';
import { tasksWhere } from '../tasks/tasks.service.ts';
import type { DocumentCreate, DocumentListQuery, DocumentPatch } from './documents.schema.ts';

type DocumentRow = typeof documents.$inferSelect;

export function presentDocument(d: DocumentRow) {
  const { fullText: _text, symbolKey: _key, createdAt: _c, updatedAt: _u, ...rest } = d;
  return { ...rest, sourceSpan: d.sourceSpan ?? null };
}

export async function listDocuments(ctx: AppContext, query: DocumentListQuery) {
  const where: SQL[] = [];
  if (query.symbol?.trim()) where.push(eq(documents.symbolKey, symbolKey(query.symbol)));
  if (query.kind) where.push(sql`lower(${documents.kind}) = lower(${query.kind.normalize('NFC')})`);
  if (query.issuer?.trim()) where.push(foldedContains(documents.issuer, query.issuer));
  if (query.year) where.push(sql`extract(year from ${documents.issuedOn}) = ${query.year}`);
  if (query.status) where.push(eq(documents.status, query.status));
  if (query.q?.trim()) {
    where.push(
      or(
        foldedContains(documents.title, query.q),
        foldedContains(documents.symbol, query.q),
        eq(documents.symbolKey, symbolKey(query.q)),
      )!,
    );
  }
  const { limit, offset } = pageOf(query);
  const rows = await ctx.db
    .select()
    .from(documents)
    .where(and(...where))
    .orderBy(sql`${documents.issuedOn} desc nulls last`, desc(documents.id))
    .limit(limit)
    .offset(offset);
  return { items: rows.map(presentDocument), total: await ctx.db.$count(documents, and(...where)) };
}

export async function targetsWhere(db: DbOrTx, where: SQL) {
  const rows = await db
    .select({
      target: targets,
      indicator: { id: indicators.id, name: indicators.name, unit: indicators.unit },
      document: { id: documents.id, symbol: documents.symbol, title: documents.title },
    })
    .from(targets)
    .innerJoin(indicators, eq(indicators.id, targets.indicatorId))
    .leftJoin(documents, eq(documents.id, targets.documentId))
    .where(where)
    .orderBy(asc(indicators.name), asc(targets.year));
  return rows.map(({ target: t, indicator, document }) => ({
    id: t.id,
    indicator,
    value: t.value,
    valueMax: t.valueMax,
    year: t.year,
    periodStart: t.periodStart,
    baselineYear: t.baselineYear,
    baselineValue: t.baselineValue,
    document: document?.id ? { id: document.id, symbol: document.symbol, title: document.title ?? '' } : null,
    sourceId: t.sourceId,
    sourceSpan: t.sourceSpan ?? null,
    illustrative: t.illustrative,
  }));
}

export async function getDocument(ctx: AppContext, user: CurrentUser, id: number) {
  const [doc] = await ctx.db.select().from(documents).where(eq(documents.id, id));
  if (!doc) throw new AppError('not_found');
  const other = { id: documents.id, symbol: documents.symbol, title: documents.title, kind: documents.kind };
  const [outgoing, incoming] = await Promise.all([
    ctx.db
      .select({ link: documentLinks, document: other })
      .from(documentLinks)
      .innerJoin(documents, eq(documents.id, documentLinks.toId))
      .where(eq(documentLinks.fromId, id)),
    ctx.db
      .select({ link: documentLinks, document: other })
      .from(documentLinks)
      .innerJoin(documents, eq(documents.id, documentLinks.fromId))
      .where(eq(documentLinks.toId, id)),
  ]);
  const links = [
    ...outgoing.map((r) => ({ ...r, direction: 'out' as const })),
    ...incoming.map((r) => ({ ...r, direction: 'in' as const })),
  ].map(({ link, document, direction }) => ({
    id: link.id,
    kind: link.kind,
    note: link.note,
    direction,
    document,
  }));
  const source = doc.sourceId
    ? ((
        await ctx.db
          .select({
            id: sources.id,
            title: sources.title,
            text: sources.text,
            extraction: sources.extraction,
          })
          .from(sources)
          .where(eq(sources.id, doc.sourceId))
      )[0] ?? null)
    : null;
  return {
    ...presentDocument(doc),
    fullText: doc.fullText,
    links,
    targets: await targetsWhere(ctx.db, eq(targets.documentId, id)),
    tasks: await tasksWhere(ctx.db, user, todayInVietnam(ctx.now()), eq(tasks.documentId, id)),
    source,
  };
}

async function assertSymbolFree(db: DbOrTx, symbol: string | null | undefined, exceptId?: number) {
  if (!symbol) return;
  const [taken] = await db
    .select({ id: documents.id })
    .from(documents)
    .where(eq(documents.symbolKey, symbolKey(symbol)));
  if (taken && taken.id !== exceptId) {
    throw new AppError('conflict', {
      vi: `Văn bản số ${symbol} đã có trong hệ thống.`,
      en: `Document ${symbol} is already registered.`,
      details: [{ path: 'symbol', message: String(taken.id) }],
    });
  }
}

export async function createDocument(ctx: AppContext, user: CurrentUser, body: DocumentCreate) {
  return ctx.db.transaction(async (tx) => {
    await assertSymbolFree(tx, body.symbol);
    if (body.issuerAgencyId) await assertAgencies(tx, [body.issuerAgencyId], 'issuerAgencyId');
    const [row] = await tx
      .insert(documents)
      .values({ ...body, symbolKey: body.symbol ? symbolKey(body.symbol) : null })
      .returning();
    await recordAudit(tx, user, 'create', 'document', row.id, null, presentDocument(row));
    return row.id;
  });
}

export async function patchDocument(ctx: AppContext, user: CurrentUser, id: number, body: DocumentPatch) {
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(documents).where(eq(documents.id, id));
    if (!before) throw new AppError('not_found');
    await assertSymbolFree(tx, body.symbol, id);
    if (body.issuerAgencyId) await assertAgencies(tx, [body.issuerAgencyId], 'issuerAgencyId');
    const changes = {
      ...body,
      ...(body.symbol !== undefined && { symbolKey: body.symbol ? symbolKey(body.symbol) : null }),
      updatedAt: new Date(),
    };
    const [after] = await tx.update(documents).set(changes).where(eq(documents.id, id)).returning();
    await recordAudit(tx, user, 'update', 'document', id, presentDocument(before), presentDocument(after));
  });
}

export async function deleteDocument(ctx: AppContext, user: CurrentUser, id: number) {
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(documents).where(eq(documents.id, id));
    if (!before) throw new AppError('not_found');
    const used =
      (await tx.$count(tasks, eq(tasks.documentId, id))) +
      (await tx.$count(targets, eq(targets.documentId, id)));
    if (used > 0) throw new AppError('in_use');
    await tx.delete(documents).where(eq(documents.id, id));
    await recordAudit(tx, user, 'delete', 'document', id, presentDocument(before), null);
  });
}

export async function addLink(
  ctx: AppContext,
  user: CurrentUser,
  fromId: number,
  body: { toId: number; kind: typeof documentLinks.$inferInsert.kind; note?: string },
) {
  await ctx.db.transaction(async (tx) => {
    const found = await tx
      .select({ id: documents.id })
      .from(documents)
      .where(or(eq(documents.id, fromId), eq(documents.id, body.toId)));
    if (!found.some((d) => d.id === fromId)) throw new AppError('not_found');
    if (!found.some((d) => d.id === body.toId) || fromId === body.toId)
      throw new AppError('unknown_document');
    const [row] = await tx
      .insert(documentLinks)
      .values({ fromId, toId: body.toId, kind: body.kind, note: body.note ?? null })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError('conflict');
    await recordAudit(tx, user, 'create', 'document_link', row.id, null, row);
  });
}

export async function deleteLink(ctx: AppContext, user: CurrentUser, fromId: number, linkId: number) {
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(documentLinks)
      .where(
        and(
          eq(documentLinks.id, linkId),
          or(eq(documentLinks.fromId, fromId), eq(documentLinks.toId, fromId)),
        ),
      );
    if (!before) throw new AppError('not_found');
    await tx.delete(documentLinks).where(eq(documentLinks.id, linkId));
    await recordAudit(tx, user, 'delete', 'document_link', linkId, before, null);
  });
}

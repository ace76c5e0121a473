// Text → source: normalised (the form every extraction span points into), hashed, extracted, stored once.
// `prepareSource` is pure and runs on worker threads in bulk imports; `storeSources` writes in the caller's
// transaction, so a source, its audit entry and its import item are committed together or not at all.
import { createHash } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { auditLog, sources } from '../db/schema.ts';
import { isIsoDate } from '../domain/dates.ts';
import { AppError } from '../domain/errors.ts';
import { extract, normalize } from '../extract/index.ts';
import type { ExtractionResult } from '../extract/types.ts';

export type SourceKind = 'paste' | 'file' | 'article' | 'corpus';
/** Who made a change, for the audit log (a signed-in user; null for the command line). */
export type Actor = { id: number; username: string } | null;

export interface SourceInput {
  text: string;
  kind?: SourceKind;
  title?: string | null;
  url?: string | null;
  fileName?: string | null;
  mimeType?: string | null;
  /** Publication date, YYYY-MM-DD: extraction's "this year" and past-or-future reference. */
  publishedOn?: string | null;
}

export interface PreparedSource extends Required<Omit<SourceInput, 'text'>> {
  text: string;
  contentHash: string;
  extraction: ExtractionResult;
}

/**
 * sha256 of the normalised text with its white space collapsed: the same text twice is one source, whatever
 * its line ends, indentation or Unicode form (the stored text and its spans are those of the first copy).
 */
export function contentHash(normalised: string): string {
  return createHash('sha256').update(normalised.replace(/\s+/g, ' ').trim(), 'utf8').digest('hex');
}

const clean = (s: string | null | undefined, max: number) => {
  const t = s?.normalize('NFC').replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, max) : null;
};

export function prepareSource(input: SourceInput): PreparedSource {
  const text = normalize(input.text);
  if (!text.trim()) throw new AppError('empty_file');
  const publishedOn = input.publishedOn && isIsoDate(input.publishedOn) ? input.publishedOn : null;
  return {
    text,
    contentHash: contentHash(text),
    extraction: extract(text, publishedOn ? { date: publishedOn } : {}),
    kind: input.kind ?? 'paste',
    title: clean(input.title, 1000) ?? defaultTitle(text),
    url: clean(input.url, 2000),
    fileName: clean(input.fileName, 500),
    mimeType: clean(input.mimeType, 200),
    publishedOn,
  };
}

/** The first line, when the text gives no title: news pages and documents open with theirs. */
function defaultTitle(text: string): string | null {
  const line = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  if (!line) return null;
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

export interface Stored {
  id: number;
  /** False when the same text was already a source: that one is returned, nothing is written. */
  created: boolean;
}

/** Inserts the sources not already stored (by content hash) and audits each; returns ids in input order. */
export async function storeSources(tx: DbOrTx, prepared: PreparedSource[], actor: Actor): Promise<Stored[]> {
  if (prepared.length === 0) return [];
  // One row per hash even when a batch holds the same text twice.
  const unique = new Map<string, PreparedSource>();
  for (const p of prepared) if (!unique.has(p.contentHash)) unique.set(p.contentHash, p);
  const inserted = await tx
    .insert(sources)
    .values(
      [...unique.values()].map((p) => ({
        kind: p.kind,
        title: p.title,
        url: p.url,
        fileName: p.fileName,
        mimeType: p.mimeType,
        text: p.text,
        contentHash: p.contentHash,
        publishedOn: p.publishedOn,
        extraction: p.extraction,
        reviewState: 'pending' as const,
        createdBy: actor?.id ?? null,
      })),
    )
    .onConflictDoNothing({ target: sources.contentHash })
    .returning({ id: sources.id, contentHash: sources.contentHash });
  const ids = new Map(inserted.map((r) => [r.contentHash, r.id]));
  const createdHashes = new Set(ids.keys());
  const missing = [...unique.keys()].filter((h) => !ids.has(h));
  if (missing.length) {
    const existing = await tx
      .select({ id: sources.id, contentHash: sources.contentHash })
      .from(sources)
      .where(inArray(sources.contentHash, missing));
    for (const r of existing) ids.set(r.contentHash, r.id);
  }
  if (inserted.length) {
    await tx.insert(auditLog).values(
      inserted.map((r) => {
        const p = unique.get(r.contentHash)!;
        return {
          userId: actor?.id ?? null,
          username: actor?.username ?? null,
          action: 'import' as const,
          entity: 'source',
          entityId: String(r.id),
          before: null,
          after: {
            kind: p.kind,
            title: p.title,
            url: p.url,
            fileName: p.fileName,
            contentHash: p.contentHash,
          },
        };
      }),
    );
  }
  const seen = new Set<string>();
  return prepared.map((p) => {
    const id = ids.get(p.contentHash);
    if (id === undefined) throw new Error(`source ${p.contentHash} neither inserted nor found`);
    // Only the first of several equal texts in one batch counts as created.
    const created = createdHashes.has(p.contentHash) && !seen.has(p.contentHash);
    seen.add(p.contentHash);
    return { id, created };
  });
}

/** One text (pasted, or read from an uploaded file) → one source, extracted and waiting for review. */
export async function createSource(
  db: DbOrTx,
  actor: Actor,
  input: SourceInput,
  prepare: (input: SourceInput) => PreparedSource | Promise<PreparedSource> = prepareSource,
): Promise<Stored> {
  const prepared = await prepare(input);
  const [stored] = await db.transaction(async (tx) => storeSources(tx, [prepared], actor));
  return stored;
}

/** Count of each extracted type, from the stored JSON (for lists). */
export const extractionCounts = sql<{
  documents: number;
  targets: number;
  results: number;
  tasks: number;
}>`jsonb_build_object(
  'documents', coalesce(jsonb_array_length(${sources.extraction}->'documents'), 0),
  'targets', coalesce(jsonb_array_length(${sources.extraction}->'targets'), 0),
  'results', coalesce(jsonb_array_length(${sources.extraction}->'results'), 0),
  'tasks', coalesce(jsonb_array_length(${sources.extraction}->'tasks'), 0))`;

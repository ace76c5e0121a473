// Worker side of a bulk import: reads each item (a file, a corpus line, or content sent from the web),
// normalises, hashes and extracts it, so the main thread only talks to the database.
import { open, readFile as readBytes, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { isIsoDate } from '../domain/dates.ts';
import { AppError } from '../domain/errors.ts';
import { MAX_FILE_BYTES, readFile } from './readers.ts';
import { type PreparedSource, prepareSource, type SourceInput } from './sources.ts';

export interface WorkItem {
  id: number;
  ref: string;
  path: string | null;
  offset: number | null;
  length: number | null;
  content: string | null;
  fileName: string | null;
}

export type WorkResult = { id: number; source: PreparedSource } | { id: number; error: string };

/** Why an item cannot be imported, in words for the list of skipped items. */
export function reasonOf(err: unknown): string {
  if (err instanceof AppError) return `${err.code}: ${err.messages.en}`;
  return err instanceof Error ? err.message : String(err);
}

/** A corpus line `{id, text, date?, url?, title?}` (or the same shape sent from the web). */
export function corpusInput(raw: string): SourceInput {
  let row: unknown;
  try {
    row = JSON.parse(raw);
  } catch (e) {
    throw new Error(`not JSON (${(e as Error).message})`);
  }
  if (!row || typeof row !== 'object' || Array.isArray(row)) throw new Error('not a JSON object');
  const r = row as Record<string, unknown>;
  if (typeof r.text !== 'string') throw new Error('no "text" string');
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const date = (str(r.date) ?? str(r.publishedOn))?.slice(0, 10) ?? null;
  return {
    text: r.text,
    kind: (str(r.kind) as SourceInput['kind']) ?? (str(r.url) ? 'article' : 'corpus'),
    title: str(r.title),
    url: str(r.url),
    fileName: str(r.fileName),
    mimeType: str(r.mimeType),
    publishedOn: date && isIsoDate(date) ? date : null,
  };
}

async function inputOf(item: WorkItem): Promise<SourceInput> {
  if (item.content !== null) return corpusInput(item.content);
  if (!item.path) throw new Error('nothing to read');
  if (item.offset !== null && item.length !== null) {
    const handle = await open(item.path, 'r');
    try {
      const buffer = Buffer.alloc(item.length);
      await handle.read(buffer, 0, item.length, item.offset);
      return corpusInput(buffer.toString('utf8'));
    } finally {
      await handle.close();
    }
  }
  if ((await stat(item.path)).size > MAX_FILE_BYTES) throw new AppError('file_too_large');
  const name = item.fileName ?? basename(item.path);
  const read = await readFile(new Uint8Array(await readBytes(item.path)), name);
  return {
    text: read.text,
    kind: 'file',
    title: read.title ?? null,
    fileName: name,
    mimeType: read.mimeType,
  };
}

export async function prepareItem(item: WorkItem): Promise<WorkResult> {
  try {
    return { id: item.id, source: prepareSource(await inputOf(item)) };
  } catch (err) {
    return { id: item.id, error: reasonOf(err) };
  }
}

export default async function prepareBatch(items: WorkItem[]): Promise<WorkResult[]> {
  const out: WorkResult[] = [];
  for (const item of items) out.push(await prepareItem(item));
  return out;
}

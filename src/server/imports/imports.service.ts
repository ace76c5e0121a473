// Imports from the web run as background jobs in the server process, on the same job rows as
// `lotrinh import`: a job left unfinished by a restart is finished by `lotrinh import --job ID` (or any
// process joining it on PostgreSQL).
import { availableParallelism } from 'node:os';
import { reasonOf } from '../../ingest/import-worker.ts';
import { addContentItems, ensureJob, jobProgress, listJobs, runJob } from '../../ingest/jobs.ts';
import { readFile } from '../../ingest/readers.ts';
import { type AppContext, type CurrentUser, todayInVietnam } from '../context.ts';
import { AppError } from '../errors.ts';
import type { ImportCreate } from './imports.schema.ts';

export type UploadedFile = { name: string; mimeType: string; bytes: Buffer };
type Item = { ref: string; content: string } | { ref: string; error: string };

const running = new Map<number, Promise<void>>();

/** Jobs started by this server and not finished yet (awaited when the server closes). */
export function runningImports(): Promise<void>[] {
  return [...running.values()];
}

function start(ctx: AppContext, user: CurrentUser, jobId: number) {
  const threads = Number(process.env.LOTRINH_IMPORT_THREADS) || availableParallelism();
  const job = runJob(ctx.database, jobId, {
    threads,
    actor: user,
    today: todayInVietnam(ctx.now()),
  })
    .then(() => undefined)
    .catch((err) => console.error(`import job ${jobId} stopped:`, err))
    .finally(() => running.delete(jobId));
  running.set(jobId, job);
}

export async function createImportFromTexts(ctx: AppContext, user: CurrentUser, body: ImportCreate) {
  const items: Item[] = body.items.map((it, i) => ({
    ref: `#${i + 1}`,
    content: JSON.stringify({ text: it.text, title: it.title, url: it.url, date: it.date }),
  }));
  return createJob(ctx, user, `${items.length} văn bản (web)`, body.accept, items);
}

/** Each file read here (its reader decides); a .jsonl file gives one item a line. Bad ones are listed, not fatal. */
export async function createImportFromFiles(
  ctx: AppContext,
  user: CurrentUser,
  files: UploadedFile[],
  accept: boolean,
) {
  if (!files.length)
    throw new AppError('validation_failed', { vi: 'Chưa chọn tệp.', en: 'No file was sent.' });
  const items: Item[] = [];
  for (const f of files) {
    if (/\.(jsonl|ndjson)$/i.test(f.name)) {
      const lines = f.bytes.toString('utf8').split('\n');
      lines.forEach((line, i) => {
        if (line.trim()) items.push({ ref: `${f.name}:${i + 1}`, content: line });
      });
      continue;
    }
    try {
      const read = await readFile(new Uint8Array(f.bytes), f.name, f.mimeType);
      items.push({
        ref: f.name,
        content: JSON.stringify({
          text: read.text,
          title: read.title,
          fileName: f.name,
          mimeType: read.mimeType,
          kind: 'file',
        }),
      });
    } catch (err) {
      items.push({ ref: f.name, error: reasonOf(err) });
    }
  }
  const label = files.length === 1 ? files[0].name : `${files.length} tệp (web)`;
  return createJob(ctx, user, label, accept, items);
}

async function createJob(ctx: AppContext, user: CurrentUser, label: string, accept: boolean, items: Item[]) {
  const jobId = await ctx.db.transaction(async (tx) => {
    const job = await ensureJob(tx, { key: null, label, accept, createdBy: user.id });
    await addContentItems(tx, job.id, items);
    return job.id;
  });
  start(ctx, user, jobId);
  return (await jobProgress(ctx.db, jobId))!;
}

export async function getImport(ctx: AppContext, id: number) {
  const p = await jobProgress(ctx.db, id);
  if (!p) throw new AppError('not_found');
  return p;
}

export const listImports = (ctx: AppContext) => listJobs(ctx.db);

// Imports from the web run as background jobs in the server process, on the same job rows as
// `lotrinh import`. A server shutting down stops taking batches (those under way are committed); a server
// starting resumes every unfinished web job. Two servers doing so on one PostgreSQL database share the job:
// a batch is a set of rows locked FOR UPDATE SKIP LOCKED by the transaction that writes it, so there is
// no lease to expire: a dead server's locks end with its connection and its items are pending again.
import { availableParallelism } from 'node:os';
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import { reasonOf } from '../../ingest/import-worker.ts';
import {
  addContentItems,
  ensureJob,
  jobProgress,
  listJobs,
  runJob,
  unfinishedWebJobs,
} from '../../ingest/jobs.ts';
import { readFile } from '../../ingest/readers.ts';
import type { Actor } from '../../ingest/sources.ts';
import { type AppContext, type CurrentUser, todayInVietnam } from '../context.ts';
import { AppError } from '../errors.ts';
import type { ImportCreate } from './imports.schema.ts';

export type UploadedFile = { name: string; mimeType: string; bytes: Buffer };
type Item = { ref: string; content: string } | { ref: string; error: string };

/** The jobs each server (app context) is running: one run per job per server. */
const runs = new WeakMap<AppContext, Map<number, { done: Promise<void>; stop: AbortController }>>();

function runsOf(ctx: AppContext) {
  let map = runs.get(ctx);
  if (!map) {
    map = new Map();
    runs.set(ctx, map);
  }
  return map;
}

/** Stops taking new batches in this server's jobs and waits for the batches under way (server closing). */
export async function stopImports(ctx: AppContext): Promise<void> {
  const map = runsOf(ctx);
  for (const run of map.values()) run.stop.abort();
  await Promise.allSettled([...map.values()].map((r) => r.done));
}

/** Jobs started by this server and not finished yet. */
export function runningImports(ctx: AppContext): Promise<void>[] {
  return [...runsOf(ctx).values()].map((r) => r.done);
}

function start(ctx: AppContext, actor: Actor, jobId: number) {
  const map = runsOf(ctx);
  if (map.has(jobId)) return;
  const threads = Number(process.env.LOTRINH_IMPORT_THREADS) || availableParallelism();
  const stop = new AbortController();
  const done = runJob(ctx.database, jobId, {
    threads,
    actor,
    today: todayInVietnam(ctx.now()),
    signal: stop.signal,
  })
    .then(() => undefined)
    .catch((err) => console.error(`import job ${jobId} stopped:`, err))
    .finally(() => map.delete(jobId));
  map.set(jobId, { done, stop });
}

/** At start: every web job a previous server left unfinished goes on, as the person who started it. */
export async function resumeImports(ctx: AppContext): Promise<number[]> {
  const jobs = await unfinishedWebJobs(ctx.db);
  for (const job of jobs) {
    const [user] = job.createdBy
      ? await ctx.db
          .select({ id: users.id, username: users.username })
          .from(users)
          .where(eq(users.id, job.createdBy))
      : [];
    start(ctx, user ?? null, job.id);
  }
  return jobs.map((j) => j.id);
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

// Bulk import jobs. A job is a row; its items (a file, a corpus line, a text sent from the web) are rows.
// Safe to kill at any moment and to run from several processes at once:
// - listing items is idempotent (unique job + ref, ON CONFLICT DO NOTHING) and marked complete at the end;
// - an item becomes 'done' in the same transaction that writes its source (and, with --accept, its
//   records), so a crash leaves it 'pending' with nothing written, and the rerun does it again;
// - on PostgreSQL a batch is taken with FOR UPDATE SKIP LOCKED and held by its transaction while the
//   worker threads extract it: other processes skip it, and a killed process's locks die with its
//   connection. PGlite lives in one process, so there a cursor hands out batches instead.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { and, asc, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../db/client.ts';
import { queryRows } from '../db/client.ts';
import { importItems, importJobs } from '../db/schema.ts';
import type { WorkItem, WorkResult } from './import-worker.ts';
import { ACCEPTED_EXTENSIONS } from './readers.ts';
import { acceptAll, closeAcceptSession, openAcceptSession, prefetchDocuments } from './review.ts';
import { type Actor, storeSources } from './sources.ts';

export type ImportJob = typeof importJobs.$inferSelect;

/** The job for these paths and flags: the one a previous run started, or a new one. */
export async function ensureJob(
  db: DbOrTx,
  opts: { key: string | null; label: string; accept: boolean; createdBy?: number | null },
): Promise<ImportJob> {
  if (opts.key) {
    await db
      .insert(importJobs)
      .values({ key: opts.key, label: opts.label, accept: opts.accept, createdBy: opts.createdBy ?? null })
      .onConflictDoNothing({ target: importJobs.key });
    const [job] = await db.select().from(importJobs).where(eq(importJobs.key, opts.key));
    return job;
  }
  const [job] = await db
    .insert(importJobs)
    .values({ label: opts.label, accept: opts.accept, createdBy: opts.createdBy ?? null })
    .returning();
  return job;
}

export function jobKey(paths: string[], accept: boolean): string {
  const resolved = [...new Set(paths.map((p) => resolve(p)))].sort();
  return createHash('sha256')
    .update(JSON.stringify({ paths: resolved, accept }))
    .digest('hex');
}

type NewItem = typeof importItems.$inferInsert;

class ItemWriter {
  private buffer: NewItem[] = [];
  constructor(
    private readonly db: DbOrTx,
    private readonly jobId: number,
  ) {}
  async add(item: Omit<NewItem, 'jobId'>) {
    this.buffer.push({ ...item, jobId: this.jobId });
    if (this.buffer.length >= 1000) await this.flush();
  }
  async flush() {
    if (!this.buffer.length) return;
    const rows = this.buffer;
    this.buffer = [];
    await this.db.insert(importItems).values(rows).onConflictDoNothing();
  }
}

const CORPUS_EXTENSIONS = ['.jsonl', '.ndjson'];

/** Lists the items of files, folders and JSONL corpora; a rerun adds only what is missing. */
export async function planPaths(db: DbOrTx, jobId: number, paths: string[]): Promise<void> {
  const writer = new ItemWriter(db, jobId);
  const failed = (ref: string, error: string) =>
    writer.add({ ref, path: ref, state: 'failed', error, finishedAt: new Date() });

  const visit = async (path: string): Promise<void> => {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch {
      return failed(path, 'not_found: no such file or folder');
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path)).filter((e) => !e.startsWith('.')).sort();
      for (const e of entries) await visit(join(path, e));
      return;
    }
    const ext = extname(path).toLowerCase();
    if (CORPUS_EXTENSIONS.includes(ext)) return planCorpus(writer, path);
    if (!ACCEPTED_EXTENSIONS.includes(ext))
      return failed(path, 'unsupported_file_type: only .txt, .docx, .html, .pdf and .jsonl are imported');
    await writer.add({ ref: path, path, fileName: basename(path) });
  };
  for (const p of paths) await visit(resolve(p));
  await writer.flush();
  await db.update(importJobs).set({ planned: true, state: 'running' }).where(eq(importJobs.id, jobId));
}

/** One item per non-blank line, located by its byte offset and length: read again by the worker. */
async function planCorpus(writer: ItemWriter, path: string) {
  let offset = 0;
  let lineNo = 0;
  let carry: Buffer = Buffer.alloc(0);
  const emit = async (line: Buffer, start: number) => {
    lineNo++;
    let end = line.length;
    if (end > 0 && line[end - 1] === 0x0d) end--;
    if (line.subarray(0, end).toString('latin1').trim() === '') return;
    await writer.add({ ref: `${path}:${lineNo}`, path, offset: start, length: end });
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const data = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    let from = 0;
    let nl = data.indexOf(0x0a, from);
    while (nl !== -1) {
      await emit(data.subarray(from, nl), offset + from);
      from = nl + 1;
      nl = data.indexOf(0x0a, from);
    }
    offset += from;
    carry = Buffer.from(data.subarray(from));
  }
  if (carry.length) await emit(carry, offset);
}

/** Items sent from the web: each a JSON `{text, title?, url?, date?, fileName?}` or a reason it failed. */
export async function addContentItems(
  db: DbOrTx,
  jobId: number,
  items: ({ ref: string; content: string } | { ref: string; error: string })[],
): Promise<void> {
  const writer = new ItemWriter(db, jobId);
  for (const item of items) {
    if ('error' in item)
      await writer.add({ ref: item.ref, state: 'failed', error: item.error, finishedAt: new Date() });
    else await writer.add({ ref: item.ref, content: item.content });
  }
  await writer.flush();
  await db.update(importJobs).set({ planned: true, state: 'running' }).where(eq(importJobs.id, jobId));
}

export interface RunOptions {
  threads?: number;
  batchSize?: number;
  actor?: Actor;
  today: string;
  /** Called after every committed batch with the number of items it finished. */
  onBatch?: (n: number) => void;
  /**
   * Stop taking batches (a server shutting down): the batches under way are committed, the rest stay
   * pending for the next run.
   */
  signal?: AbortSignal;
}

export interface RunStats {
  processed: number;
}

const workColumns = {
  id: importItems.id,
  ref: importItems.ref,
  path: importItems.path,
  offset: importItems.offset,
  length: importItems.length,
  content: importItems.content,
  fileName: importItems.fileName,
};

/** Works through the job's pending items until none is left that this process can take. */
export async function runJob(database: Database, jobId: number, options: RunOptions): Promise<RunStats> {
  const { db } = database;
  const [job] = await db.select().from(importJobs).where(eq(importJobs.id, jobId));
  if (!job) throw new Error(`no import job ${jobId}`);
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const batchSize = options.batchSize ?? 25;
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: new URL('./import-worker.mjs', import.meta.url).href,
    maxThreads: threads,
    minThreads: threads,
  });
  const prepare = (items: WorkItem[]) => pool.run(items) as Promise<WorkResult[]>;
  const stats: RunStats = { processed: 0 };
  const finished = (n: number) => {
    stats.processed += n;
    options.onBatch?.(n);
  };
  // One more loop than threads: while one batch is being written the workers already extract the next.
  const loops = threads + 1;
  try {
    if (database.engine === 'postgres') {
      const loop = async () => {
        for (;;) {
          if (options.signal?.aborted) return;
          const n = await db.transaction(async (tx) => {
            const items = await queryRows<WorkItem>(
              tx,
              sql`select id, ref, path, "offset", length, content, file_name as "fileName" from import_items
                  where job_id = ${jobId} and state = 'pending' order by id limit ${batchSize}
                  for update skip locked`,
            );
            if (!items.length) return 0;
            const work = items.map((i) => ({
              ...i,
              id: Number(i.id),
              offset: i.offset === null ? null : Number(i.offset),
            }));
            await writeBatch(tx, job, await prepare(work), options);
            return items.length;
          });
          if (!n) return;
          finished(n);
        }
      };
      await Promise.all(Array.from({ length: loops }, loop));
    } else {
      // One process owns a PGlite database: a cursor is enough to hand out disjoint batches.
      let cursor = 0;
      let claiming = Promise.resolve();
      const claim = () => {
        const next = claiming.then(() =>
          db
            .select(workColumns)
            .from(importItems)
            .where(
              and(eq(importItems.jobId, jobId), eq(importItems.state, 'pending'), gt(importItems.id, cursor)),
            )
            .orderBy(asc(importItems.id))
            .limit(batchSize),
        );
        claiming = next.then((rows) => {
          if (rows.length) cursor = rows[rows.length - 1].id;
        });
        return next;
      };
      const loop = async () => {
        for (;;) {
          if (options.signal?.aborted) return;
          const items = await claim();
          if (!items.length) return;
          const results = await prepare(items);
          await db.transaction((tx) => writeBatch(tx, job, results, options));
          finished(items.length);
        }
      };
      await Promise.all(Array.from({ length: loops }, loop));
    }
  } finally {
    await pool.destroy();
  }
  await finishJob(db, jobId);
  return stats;
}

/** Sources, records with --accept, and the items' new state: one transaction. */
async function writeBatch(tx: DbOrTx, job: ImportJob, results: WorkResult[], options: RunOptions) {
  const ok = results.filter((r): r is Extract<WorkResult, { source: unknown }> => 'source' in r);
  const stored = await storeSources(
    tx,
    ok.map((r) => r.source),
    options.actor ?? null,
  );
  if (job.accept && stored.some((s) => s.created)) {
    // One acceptance session for the batch: lookups shared, audit entries and progress written once.
    const session = await openAcceptSession(tx, options.today);
    const fresh = ok.filter((_, i) => stored[i].created).map((r) => r.source);
    await prefetchDocuments(
      session,
      fresh.map((f) => f.extraction),
    );
    for (const [i, s] of stored.entries())
      if (s.created)
        await acceptAll(tx, options.actor ?? null, s.id, options.today, { session, fresh: ok[i].source });
    await closeAcceptSession(session);
  }
  if (ok.length) {
    const values = ok.map(
      (r, i) => sql`(${r.id}::bigint, ${stored[i].id}::int, ${!stored[i].created}::boolean)`,
    );
    await tx.execute(sql`update import_items set state = 'done', source_id = v.sid, duplicate = v.dup,
      finished_at = now(), content = null
      from (values ${sql.join(values, sql`, `)}) v(id, sid, dup) where import_items.id = v.id`);
  }
  const bad = results.filter((r): r is Extract<WorkResult, { error: string }> => 'error' in r);
  if (bad.length) {
    const values = bad.map((r) => sql`(${r.id}::bigint, ${r.error.slice(0, 1000)}::text)`);
    await tx.execute(sql`update import_items set state = 'failed', error = v.err, finished_at = now(), content = null
      from (values ${sql.join(values, sql`, `)}) v(id, err) where import_items.id = v.id`);
  }
}

/**
 * Jobs made from the web (their items hold their content) and not finished: a server resumes them when it
 * starts. Jobs of `lotrinh import` name files on the importing machine and are resumed by rerunning it.
 */
export function unfinishedWebJobs(db: DbOrTx): Promise<{ id: number; createdBy: number | null }[]> {
  return db
    .select({ id: importJobs.id, createdBy: importJobs.createdBy })
    .from(importJobs)
    .where(and(isNull(importJobs.key), eq(importJobs.planned, true), ne(importJobs.state, 'done')))
    .orderBy(asc(importJobs.id));
}

/** Done once every item is listed and none is pending. */
export async function finishJob(db: DbOrTx, jobId: number): Promise<void> {
  await db.execute(sql`update import_jobs set state = 'done', finished_at = coalesce(finished_at, now())
    where id = ${jobId} and planned
      and not exists (select 1 from import_items where job_id = ${jobId} and state = 'pending')`);
}

export interface JobProgress {
  id: number;
  label: string;
  state: 'planning' | 'running' | 'done';
  accept: boolean;
  total: number;
  done: number;
  failed: number;
  duplicates: number;
  pending: number;
  /** Items finished per second over the last half minute (or since the first one finished). */
  rate: number;
  /** Seconds left at that rate; null when unknown. */
  etaSeconds: number | null;
  createdAt: string;
  finishedAt: string | null;
  errors: { ref: string; error: string }[];
}

const RATE_WINDOW_S = 30;

export async function jobProgress(db: DbOrTx, jobId: number, errorLimit = 100): Promise<JobProgress | null> {
  const [job] = await db.select().from(importJobs).where(eq(importJobs.id, jobId));
  if (!job) return null;
  const [c] = await queryRows<{
    total: number;
    done: number;
    failed: number;
    duplicates: number;
    recent: number;
    span: number | null;
  }>(
    db,
    sql`select count(*)::int total,
      count(*) filter (where state = 'done')::int done,
      count(*) filter (where state = 'failed')::int failed,
      count(*) filter (where duplicate)::int duplicates,
      count(*) filter (where finished_at > now() - make_interval(secs => ${RATE_WINDOW_S}))::int recent,
      extract(epoch from now() - min(finished_at) filter (where finished_at > now() - make_interval(secs => ${RATE_WINDOW_S})))::float8 span
      from import_items where job_id = ${jobId}`,
  );
  const errors = await db
    .select({ ref: importItems.ref, error: importItems.error })
    .from(importItems)
    .where(and(eq(importItems.jobId, jobId), eq(importItems.state, 'failed')))
    .orderBy(asc(importItems.id))
    .limit(errorLimit);
  const total = Number(c.total);
  const done = Number(c.done);
  const failed = Number(c.failed);
  const pending = total - done - failed;
  const span = c.span === null ? 0 : Math.max(1, Number(c.span));
  const rate = span ? Number(c.recent) / span : 0;
  return {
    id: job.id,
    label: job.label,
    state: job.state,
    accept: job.accept,
    total,
    done,
    failed,
    duplicates: Number(c.duplicates),
    pending,
    rate: Math.round(rate * 10) / 10,
    etaSeconds: pending === 0 ? 0 : rate > 0 ? Math.round(pending / rate) : null,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt ? job.finishedAt.toISOString() : null,
    errors: errors.map((e) => ({ ref: e.ref, error: e.error ?? '' })),
  };
}

export async function listJobs(db: DbOrTx, limit = 50) {
  const rows = await db
    .select({ id: importJobs.id })
    .from(importJobs)
    .orderBy(desc(importJobs.id))
    .limit(limit);
  const out: JobProgress[] = [];
  for (const r of rows) {
    const p = await jobProgress(db, r.id, 0);
    if (p) out.push(p);
  }
  return out;
}

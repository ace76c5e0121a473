// Bulk import: in process on both engines, then as real `lotrinh import` processes killed with SIGKILL
// and rerun, and (on PostgreSQL) two processes sharing one import.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase, scratchPostgres } from '../../test/db.ts';
import { type Database, openDatabase, queryRows } from '../db/client.ts';
import { auditLog, importItems, sources } from '../db/schema.ts';
import { ensureJob, jobKey, jobProgress, planPaths, runJob } from './jobs.ts';

const BIN = fileURLToPath(new URL('../../bin/lotrinh', import.meta.url));
const TODAY = '2026-11-20';

/** Our own article-like texts: `n` distinct ones, then `dup` copies of earlier ones. */
function corpus(n: number, dup: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = [
      `Ngày 12/4/2025, UBND tỉnh Lạng Sơn ban hành Kế hoạch số ${i + 1}/KH-UBND về phát triển du lịch cộng đồng.`,
      `Phấn đấu đến năm 2030 tỷ lệ che phủ rừng của tỉnh đạt ${50 + (i % 40)}%.`,
      `Năm 2024, số lượt khách du lịch ước đạt ${i + 3} triệu lượt.`,
      'Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, hoàn thành trong quý III/2026.',
    ].join('\n');
    lines.push(JSON.stringify({ id: `bai-${i}`, text, date: '2025-05-01', title: `Bài ${i}` }));
  }
  for (let i = 0; i < dup; i++) lines.push(lines[i * 3]);
  return lines;
}

function workspace(lines: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'lotrinh-import-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'kho.jsonl'), `${lines.join('\n')}\n{"id": "hong", "text": 5}\n`);
  writeFileSync(
    join(dir, 'in', 'quyet-dinh.txt'),
    'Quyết định số 15/QĐ-UBND ngày 2/3/2025 về thành lập tổ công tác.',
  );
  writeFileSync(join(dir, 'in', 'bang.xlsx'), 'not imported');
  return dir;
}

/** The invariants of a finished import: one source per distinct text, every item settled once. */
async function expectSettled(database: Database, distinct: number, items: number) {
  const { db } = database;
  const [c] = await queryRows<{ pending: number; done: number; failed: number; orphans: number }>(
    db,
    sql`select count(*) filter (where state = 'pending')::int pending, count(*) filter (where state = 'done')::int done,
      count(*) filter (where state = 'failed')::int failed,
      count(*) filter (where state = 'done' and source_id is null)::int orphans from import_items`,
  );
  expect(Number(c.pending)).toBe(0);
  expect(Number(c.orphans)).toBe(0);
  expect(Number(c.done) + Number(c.failed)).toBe(items);
  expect(await db.$count(sources)).toBe(distinct);
  // Each source was written (and audited) exactly once.
  expect(await db.$count(auditLog, eq(auditLog.action, 'import'))).toBe(distinct);
  const [dupes] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int n from (select content_hash from sources group by 1 having count(*) > 1) d`,
  );
  expect(Number(dupes.n)).toBe(0);
}

describe.each(ENGINES)('bulk import in process on %s', (engine) => {
  let database: Database;
  let dir: string;
  beforeAll(async () => {
    database = await freshDatabase(engine);
    dir = workspace(corpus(40, 5));
  });
  afterAll(async () => {
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports files and corpus lines, lists bad ones with their reason, and reruns without duplicating', async () => {
    const paths = [join(dir, 'in')];
    const job = await ensureJob(database.db, { key: jobKey(paths, false), label: 'test', accept: false });
    await planPaths(database.db, job.id, paths);
    const stats = await runJob(database, job.id, { threads: 1, batchSize: 7, today: TODAY });
    expect(stats.processed).toBe(46 + 1);
    const p = (await jobProgress(database.db, job.id))!;
    expect(p).toMatchObject({
      state: 'done',
      total: 48,
      done: 46,
      failed: 2,
      duplicates: 5,
      pending: 0,
      etaSeconds: 0,
    });
    expect(p.errors.map((e) => e.error.split(':')[0]).sort()).toEqual([
      'no "text" string',
      'unsupported_file_type',
    ]);
    await expectSettled(database, 41, 48);

    // The same command again: the same job, nothing new.
    const again = await ensureJob(database.db, { key: jobKey(paths, false), label: 'test', accept: false });
    expect(again.id).toBe(job.id);
    await planPaths(database.db, job.id, paths);
    expect((await runJob(database, job.id, { threads: 1, today: TODAY })).processed).toBe(0);
    await expectSettled(database, 41, 48);
    const [src] = await database.db.select().from(sources).where(eq(sources.title, 'Bài 7'));
    expect(src).toMatchObject({ kind: 'corpus', publishedOn: '2025-05-01', reviewState: 'pending' });
    const [item] = await database.db.select().from(importItems).where(eq(importItems.sourceId, src.id));
    expect(item.ref).toMatch(/kho\.jsonl:8$/);
  });
});

/** Articles that all cite one resolution, name the same indicators and the same (unknown) lead agency. */
function sharedCorpus(n: number): string[] {
  return Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      id: `chung-${i}`,
      date: '2025-05-01',
      text: [
        `Ngày 12/4/2025, UBND tỉnh Lạng Sơn ban hành Kế hoạch số ${i + 1}/KH-UBND thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy về du lịch cộng đồng.`,
        `Phấn đấu đến năm 2030 tỷ lệ che phủ rừng của tỉnh đạt ${50 + (i % 7)}%.`,
        `Năm 2024, số lượt khách du lịch ước đạt ${i + 3} triệu lượt.`,
        `Giao Sở Văn hóa, Thể thao và Du lịch chủ trì việc số ${i + 1}, hoàn thành trong quý III/2026.`,
      ].join('\n'),
    }),
  );
}

describe.each(ENGINES)('bulk import with --accept in parallel batches on %s', (engine) => {
  it('makes each shared record once, every item decided and audited', { timeout: 120_000 }, async () => {
    const database = await freshDatabase(engine);
    const dir = mkdtempSync(join(tmpdir(), 'lotrinh-accept-'));
    try {
      const path = join(dir, 'kho.jsonl');
      writeFileSync(path, `${sharedCorpus(60).join('\n')}\n`);
      const job = await ensureJob(database.db, { key: jobKey([path], true), label: 'accept', accept: true });
      await planPaths(database.db, job.id, [path]);
      // Two threads, so three loops write batches of three at once (on PostgreSQL, three transactions).
      const stats = await runJob(database, job.id, { threads: 2, batchSize: 3, today: TODAY });
      expect(stats.processed).toBe(60);
      const count = (q: string) =>
        queryRows<{ n: number }>(database.db, sql.raw(q)).then((r) => Number(r[0].n));
      expect(
        await count(
          `select count(*) n from documents where symbol_key = (select symbol_key from documents where symbol = '05-NQ/TU')`,
        ),
      ).toBe(1);
      expect(await count('select count(*) n from documents')).toBe(61);
      expect(
        await count(
          'select count(*) n from (select 1 from documents group by symbol_key having count(*) > 1) d',
        ),
      ).toBe(0);
      expect(
        await count(
          'select count(*) n from (select 1 from indicators group by name, admin_unit_key having count(*) > 1) d',
        ),
      ).toBe(0);
      expect(await count('select count(*) n from indicators')).toBeLessThanOrEqual(2);
      expect(await count(`select count(*) n from agency_proposals where status = 'proposed'`)).toBe(1);
      expect(await count('select count(*) n from agency_proposal_tasks')).toBe(60);
      expect(await count('select count(*) n from tasks')).toBe(60);
      expect(await count(`select count(*) n from sources where review_state = 'pending'`)).toBe(0);
      // Every record made was audited once, and every accepted item points at a record.
      const made = await count(
        'select (select count(*) from documents) + (select count(*) from indicators) + (select count(*) from targets) + (select count(*) from observations) + (select count(*) from tasks) n',
      );
      expect(await count(`select count(*) n from audit_log where action = 'create'`)).toBe(made);
      expect(
        await count(
          `select count(*) n from review_decisions where decision = 'accepted' and record_id is null`,
        ),
      ).toBe(0);
      expect(
        await count(`select count(*) n from review_decisions where decision = 'accepted'`),
      ).toBeGreaterThanOrEqual(60 * 4);
      expect((await runJob(database, job.id, { threads: 1, today: TODAY })).processed).toBe(0);
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

interface Run {
  child: ChildProcess;
  stderr(): string;
  output: Promise<{ code: number | null; stderr: string; stdout: string }>;
}

function run(args: string[], env: Record<string, string>): Run {
  const child = spawn(process.execPath, [BIN, 'import', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr!.on('data', (d) => {
    stderr += d;
  });
  child.stdout!.on('data', (d) => {
    stdout += d;
  });
  const output = new Promise<{ code: number | null; stderr: string; stdout: string }>((res) =>
    child.on('exit', (code) => res({ code, stderr, stdout })),
  );
  return { child, stderr: () => stderr, output };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(ENGINES)('`lotrinh import` killed with SIGKILL and rerun on %s', (engine) => {
  it('finishes the job with nothing duplicated or half-written', { timeout: 300_000 }, async () => {
    const dir = workspace(corpus(400, 20));
    const input = join(dir, 'in');
    const pgdb = engine === 'postgres' ? await scratchPostgres() : null;
    const env: Record<string, string> = pgdb ? { DATABASE_URL: pgdb.url } : { DATABASE_URL: '' };
    const args = [input, '--data', join(dir, 'data'), '--threads', '1', '--batch', '5', '--no-progress'];
    try {
      for (let attempt = 0; attempt < 2; attempt++) {
        const r = run(args, env);
        // Let it get going (past migrations and listing, into the batches), then kill it outright.
        for (let i = 0; i < 1200 && !/import job \d+:/.test(r.stderr()); i++) await sleep(100);
        await sleep(1500 + attempt * 700);
        r.child.kill('SIGKILL');
        await r.output;
      }
      const final = await run(args, env).output;
      expect(final.code, final.stderr).toBe(0);
      expect(JSON.parse(final.stdout.trim().split('\n').pop()!)).toMatchObject({
        state: 'done',
        pending: 0,
        failed: 2,
      });
      const database = pgdb
        ? await openDatabase({ url: pgdb.url, poolSize: 2 })
        : await openDatabase({ dataDir: join(dir, 'data') });
      try {
        await expectSettled(database, 401, 423);
      } finally {
        await database.close();
      }
    } finally {
      await pgdb?.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.runIf(ENGINES.includes('postgres'))('two `lotrinh import` processes on one PostgreSQL', () => {
  it('share one import without duplicating or losing an item', { timeout: 300_000 }, async () => {
    const dir = workspace(corpus(600, 10));
    const pgdb = await scratchPostgres();
    const env = { DATABASE_URL: pgdb.url };
    try {
      // Migrate first, so the two do not race to create the schema.
      const setup = await run(['--job', '999999'], env).output;
      expect(setup.stderr).toMatch(/no import job/);
      const args = [join(dir, 'in'), '--threads', '1', '--batch', '5', '--no-progress'];
      const [a, b] = await Promise.all([run(args, env).output, run(args, env).output]);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      const runs = [a, b].map((o) => Number(/this run (\d+) items/.exec(o.stderr)?.[1]));
      // Both worked on it, and between them took every item once (all but the .xlsx, refused while listing).
      expect(runs[0]).toBeGreaterThan(0);
      expect(runs[1]).toBeGreaterThan(0);
      expect(runs[0] + runs[1]).toBe(612);
      const database = await openDatabase({ url: pgdb.url, poolSize: 2 });
      try {
        await expectSettled(database, 601, 613);
      } finally {
        await database.close();
      }
    } finally {
      await pgdb.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

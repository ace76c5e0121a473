import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, cookieOf, TEST_NOW, type TestApp } from '../../../test/app.ts';
import { ENGINES, freshDatabase } from '../../../test/db.ts';
import { makeScannedPdf } from '../../../test/files.ts';
import { loadDemo } from '../../cli/demo-data.ts';
import { type Database, queryRows } from '../../db/client.ts';
import { auditLog, importItems, sources } from '../../db/schema.ts';
import { jobProgress } from '../../ingest/jobs.ts';
import { buildApp } from '../app.ts';
import { runningImports } from './imports.service.ts';

process.env.LOTRINH_IMPORT_THREADS = '1';

function multipart(files: { name: string; bytes: Uint8Array }[], fields: Record<string, string> = {}) {
  const boundary = '----lotrinhimport';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of files)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.from(f.bytes),
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe.each(ENGINES)('imports API on %s', (engine) => {
  let t: TestApp;
  let coordinator: string;

  beforeAll(async () => {
    t = await buildTestApp(engine);
    coordinator = await t.login('coordinator');
  });
  afterAll(() => t?.close());

  async function finished(id: number) {
    for (let i = 0; i < 600; i++) {
      const res = await t.app.inject({ url: `/api/imports/${id}`, headers: { cookie: coordinator } });
      expect(res.statusCode).toBe(200);
      if (res.json().state === 'done') return res.json();
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('import did not finish');
  }

  it('imports texts in the background and reports progress', async () => {
    const before = await t.database.db.$count(sources);
    const text = (n: number) => `Kế hoạch số ${n}/KH-UBND của UBND tỉnh Điện Biên về chuyển đổi số năm 2025.`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/imports',
      headers: { cookie: coordinator },
      payload: {
        items: [{ text: text(1), date: '2025-01-02' }, { text: text(2), title: 'Hai' }, { text: text(1) }],
      },
    });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ total: 3, accept: false });
    const p = await finished(res.json().id);
    expect(p).toMatchObject({ total: 3, done: 3, failed: 0, duplicates: 1, pending: 0, etaSeconds: 0 });
    expect(await t.database.db.$count(sources)).toBe(before + 2);
  });

  it('imports uploaded files and corpora, listing the bad ones with their reason', async () => {
    const jsonl = [
      JSON.stringify({ id: 'a', text: 'Quyết định số 77/QĐ-UBND ngày 5/6/2025 về thành lập ban chỉ đạo.' }),
      'không phải JSON',
    ].join('\n');
    const m = multipart([
      {
        name: 'thong-bao.txt',
        bytes: new Uint8Array(Buffer.from('Thông báo số 3/TB-VP về lịch họp quý II/2025.')),
      },
      { name: 'kho.jsonl', bytes: new Uint8Array(Buffer.from(jsonl)) },
      { name: 'scan.pdf', bytes: makeScannedPdf() },
      { name: 'bang.xlsx', bytes: new Uint8Array([1, 2]) },
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/imports',
      headers: { cookie: coordinator, ...m.headers },
      payload: m.payload,
    });
    expect(res.statusCode).toBe(202);
    const p = await finished(res.json().id);
    expect(p).toMatchObject({ total: 5, done: 2, failed: 3 });
    const reasons = Object.fromEntries(p.errors.map((e: { ref: string; error: string }) => [e.ref, e.error]));
    expect(Object.keys(reasons).sort()).toEqual(['bang.xlsx', 'kho.jsonl:2', 'scan.pdf']);
    expect(reasons['bang.xlsx']).toMatch(/^unsupported_file_type:/);
    expect(reasons['scan.pdf']).toMatch(/^scanned_pdf:/);
    expect(reasons['kho.jsonl:2']).toMatch(/^not JSON/);
    const list = await t.app.inject({ url: '/api/imports', headers: { cookie: coordinator } });
    expect(list.json().length).toBeGreaterThanOrEqual(2);
  });

  it('lets only coordinators and admins import', async () => {
    const editor = await t.login('editor');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/imports',
      headers: { cookie: editor },
      payload: { items: [{ text: 'Văn bản' }] },
    });
    expect(res.statusCode).toBe(403);
    expect(
      (await t.app.inject({ url: '/api/imports/999', headers: { cookie: coordinator } })).statusCode,
    ).toBe(404);
  });
});

// Our own short notices, distinct by their number; a few sent twice.
const notice = (n: number) =>
  `Thông báo số ${n}/TB-UBND về việc rà soát hồ sơ đất đai của xã ${n}. ` +
  `Giao Phòng Kinh tế chủ trì, báo cáo trước ngày ${(n % 28) + 1}/9/2026.`;

async function server(database: Database): Promise<FastifyInstance> {
  const app = await buildApp({ database, now: () => TEST_NOW, webDir: '/nonexistent' });
  await app.ready();
  return app;
}

async function signIn(app: FastifyInstance) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'coordinator', password: 'lotrinh-demo' },
  });
  expect(res.statusCode).toBe(200);
  return cookieOf(res);
}

async function startImport(database: Database, distinct: number, copies: number) {
  const app = await server(database);
  const items = Array.from({ length: distinct }, (_, i) => ({ text: notice(i + 1) }));
  for (let i = 0; i < copies; i++) items.push({ text: notice(i + 1) });
  const res = await app.inject({
    method: 'POST',
    url: '/api/imports',
    headers: { cookie: await signIn(app) },
    payload: { items },
  });
  expect(res.statusCode).toBe(202);
  // The restart: closing stops taking batches; those under way are committed.
  await app.close();
  const left = (await jobProgress(database.db, res.json().id))!;
  expect(left.state).toBe('running');
  expect(left.pending).toBeGreaterThan(0);
  return left.id;
}

async function waitDone(database: Database, id: number) {
  for (let i = 0; i < 1200; i++) {
    const p = (await jobProgress(database.db, id))!;
    if (p.state === 'done') return p;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the import did not finish');
}

type Counts = { sources: number; imported: number };
const counts = async ({ db }: Database): Promise<Counts> => ({
  sources: await db.$count(sources),
  imported: await db.$count(auditLog, eq(auditLog.action, 'import')),
});

/** One source per distinct text, written and audited once; every item settled once. */
async function expectSettled(database: Database, id: number, distinct: number, before: Counts) {
  const { db } = database;
  const after = await counts(database);
  expect(after.sources).toBe(before.sources + distinct);
  expect(after.imported).toBe(before.imported + distinct);
  const [c] = await queryRows<{ orphans: number; dupes: number }>(
    db,
    sql`select (select count(*) from import_items where job_id = ${id} and state = 'done' and source_id is null)::int orphans,
      (select count(*) from (select content_hash from sources group by 1 having count(*) > 1) d)::int dupes`,
  );
  expect(Number(c.orphans)).toBe(0);
  expect(Number(c.dupes)).toBe(0);
  expect(await db.$count(importItems, eq(importItems.jobId, id))).toBeGreaterThan(distinct);
}

describe.each(ENGINES)('a web import interrupted by a server restart on %s', (engine) => {
  it('is resumed by the next server started on the database', { timeout: 120_000 }, async () => {
    const database = await freshDatabase(engine);
    try {
      await loadDemo(database, TEST_NOW);
      const before = await counts(database);
      const id = await startImport(database, 150, 4);
      const next = await server(database);
      try {
        const p = await waitDone(database, id);
        expect(p).toMatchObject({ total: 154, done: 154, failed: 0, duplicates: 4, pending: 0 });
        await expectSettled(database, id, 150, before);
        // Its progress is there for the person who started it.
        const res = await next.inject({ url: `/api/imports/${id}`, headers: { cookie: await signIn(next) } });
        expect(res.json()).toMatchObject({ state: 'done', done: 154 });
      } finally {
        await next.close();
      }
    } finally {
      await database.close();
    }
  });
});

describe.runIf(ENGINES.includes('postgres'))('two servers restarted on one PostgreSQL', () => {
  it('both resume the unfinished web import and share it without duplicating', {
    timeout: 120_000,
  }, async () => {
    const database = await freshDatabase('postgres');
    try {
      await loadDemo(database, TEST_NOW);
      const before = await counts(database);
      const id = await startImport(database, 300, 6);
      const [a, b] = await Promise.all([server(database), server(database)]);
      try {
        // Both took the job up.
        for (let i = 0; i < 100 && runningImports(a.ctx).length + runningImports(b.ctx).length < 2; i++)
          await new Promise((r) => setTimeout(r, 20));
        expect(runningImports(a.ctx)).toHaveLength(1);
        expect(runningImports(b.ctx)).toHaveLength(1);
        const p = await waitDone(database, id);
        expect(p).toMatchObject({ total: 306, done: 306, duplicates: 6, pending: 0 });
        await expectSettled(database, id, 300, before);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    } finally {
      await database.close();
    }
  });
});

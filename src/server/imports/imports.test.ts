import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/db.ts';
import { makeScannedPdf } from '../../../test/files.ts';
import { sources } from '../../db/schema.ts';

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

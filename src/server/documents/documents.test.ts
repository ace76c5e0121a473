import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/db.ts';

describe.each(ENGINES)('documents API on %s', (engine) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await buildTestApp(engine);
    cookie = await t.login('coordinator');
  });
  afterAll(() => t?.close());

  const get = async (url: string) => {
    const res = await t.app.inject({ url, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it.each(['11-NQ/TW', '11 nq/tw', '11-nq-tw', 'số 11-NQ/TW'])(
    'finds Resolution 11-NQ/TW by the symbol %j',
    async (symbol) => {
      const body = await get(`/api/documents?symbol=${encodeURIComponent(symbol)}`);
      expect(body.total).toBe(1);
      expect(body.items[0]).toMatchObject({
        symbol: '11-NQ/TW',
        kind: 'Nghị quyết',
        issuer: 'Bộ Chính trị',
        issuedOn: '2022-02-10',
      });
    },
  );

  it("reaches the urbanisation targets and Thái Nguyên's tasks from 11-NQ/TW", async () => {
    const [nq] = (await get('/api/documents?symbol=11-NQ/TW')).items;
    const detail = await get(`/api/documents/${nq.id}`);
    expect(detail.horizonYear).toBe(2030);
    expect(detail.visionYear).toBe(2045);
    // The General Secretary's directives are the resolution's own tasks.
    expect(detail.tasks.map((x: { directedBy: string }) => x.directedBy)).toEqual([
      'Tổng Bí thư',
      'Tổng Bí thư',
      'Tổng Bí thư',
    ]);
    // It replaces 37-NQ/TW, and Thái Nguyên's plan implements it.
    expect(detail.links).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'replaces',
          direction: 'out',
          document: expect.objectContaining({ symbol: '37-NQ/TW' }),
        }),
        expect.objectContaining({ kind: 'implements', direction: 'in' }),
      ]),
    );
    const plan = await get(
      `/api/documents/${detail.links.find((l: { kind: string }) => l.kind === 'implements').document.id}`,
    );
    expect(plan.tasks.map((x: { leadAgency: { name: string } }) => x.leadAgency.name)).toEqual(
      expect.arrayContaining([
        'Sở Xây dựng tỉnh Thái Nguyên',
        'Sở Tài chính tỉnh Thái Nguyên',
        'Sở Nội vụ tỉnh Thái Nguyên',
      ]),
    );
    const masterPlan = await get(
      `/api/documents/${plan.links.find((l: { kind: string }) => l.kind === 'mentions').document.id}`,
    );
    expect(masterPlan.targets.map((x: { value: number; year: number }) => [x.value, x.year])).toEqual([
      [36, 2020],
      [40.5, 2025],
      [45, 2030],
    ]);
    expect(masterPlan.targets[0].indicator.name).toBe('Tỷ lệ đô thị hóa');
  });

  it('filters by kind, year and status, and searches titles without diacritics', async () => {
    expect((await get('/api/documents?kind=%C4%90%E1%BB%81%20%C3%A1n')).total).toBe(2);
    expect((await get('/api/documents?year=2004')).items.map((d: { symbol: string }) => d.symbol)).toEqual([
      '37-NQ/TW',
    ]);
    expect((await get('/api/documents?status=replaced')).total).toBe(1);
    const found = await get('/api/documents?q=do%20thi%20hoa');
    expect(found.items.map((d: { title: string }) => d.title)).toContain(
      'Đô thị hóa và phát triển đô thị Việt Nam đến năm 2030, tầm nhìn đến năm 2045',
    );
  });

  it('registers a document, refuses the same symbol twice, and links it', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/documents',
      headers: { cookie },
      payload: {
        kind: 'Kế hoạch',
        symbol: '45/KH-UBND',
        issuer: 'UBND tỉnh Thái Nguyên',
        issuedOn: '12/3/2024',
        title: 'Kế hoạch phát triển đô thị năm 2024',
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ issuedOn: '2024-03-12', status: 'in_force' });
    const twice = await t.app.inject({
      method: 'POST',
      url: '/api/documents',
      headers: { cookie },
      payload: { kind: 'Kế hoạch', symbol: '45/kh-ubnd', title: 'Bản trùng' },
    });
    expect(twice.statusCode).toBe(409);
    const [nq] = (await get('/api/documents?symbol=11-NQ/TW')).items;
    const linked = await t.app.inject({
      method: 'POST',
      url: `/api/documents/${created.json().id}/links`,
      headers: { cookie },
      payload: { toId: nq.id, kind: 'implements' },
    });
    expect(linked.statusCode).toBe(201);
    expect(linked.json().links[0]).toMatchObject({
      kind: 'implements',
      direction: 'out',
      document: { symbol: '11-NQ/TW' },
    });
    const badLink = await t.app.inject({
      method: 'POST',
      url: `/api/documents/${created.json().id}/links`,
      headers: { cookie },
      payload: { toId: nq.id, kind: 'cites' },
    });
    expect(badLink.statusCode).toBe(400);
  });

  it('refuses to delete a document that tasks refer to', async () => {
    const [nq] = (await get('/api/documents?symbol=11-NQ/TW')).items;
    const res = await t.app.inject({ method: 'DELETE', url: `/api/documents/${nq.id}`, headers: { cookie } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('in_use');
  });

  it('answers 404 for a document that does not exist', async () => {
    const res = await t.app.inject({ url: '/api/documents/999999', headers: { cookie } });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('Không tìm thấy.');
  });
});

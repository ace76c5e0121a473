import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/db.ts';

describe.each(ENGINES)('indicators API on %s', (engine) => {
  let t: TestApp;
  let editor: string;
  let indicatorId: number;
  beforeAll(async () => {
    t = await buildTestApp(engine);
    editor = await t.login('editor');
    const list = (await t.app.inject({ url: '/api/indicators', headers: { cookie: editor } })).json();
    indicatorId = list.items[0].id;
  });
  afterAll(() => t?.close());

  it('assesses the urbanisation rate against its 2030 target by the Open SDG method', async () => {
    const res = await t.app.inject({ url: `/api/indicators/${indicatorId}`, headers: { cookie: editor } });
    const body = res.json();
    expect(body).toMatchObject({ name: 'Tỷ lệ đô thị hóa', unit: '%', canEdit: true });
    expect(body.targets.map((x: { value: number }) => x.value)).toEqual([36, 40.5, 45]);
    expect(body.observations).toHaveLength(5);
    expect(body.progress).toMatchObject({
      status: 'moderate',
      colour: 'orange',
      targetYear: 2030,
      targetValue: 45,
    });
    expect(body.progress.ratio).toBeGreaterThan(0.6);
    expect(body.progress.ratio).toBeLessThan(0.95);
    expect(body.progress.projection.year).toBe(2030);
    expect(body.progress.yearMeetsTarget).toBeGreaterThan(2030);
  });

  it('takes an observation from the agency in charge, and the status follows', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/indicators/${indicatorId}/observations`,
      headers: { cookie: editor },
      payload: { year: 2025, value: 41.2, evidence: 'Báo cáo thống kê năm 2025 (minh họa)' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().progress.status).toBe('on_track');
    const list = (
      await t.app.inject({ url: '/api/indicators?status=on_track', headers: { cookie: editor } })
    ).json();
    expect(list.items.map((i: { id: number }) => i.id)).toEqual([indicatorId]);
  });

  it('asks the owning agency to explain a lagging indicator, and takes its answer', async () => {
    const coordinator = await t.login('coordinator');
    const asked = await t.app.inject({
      method: 'POST',
      url: `/api/indicators/${indicatorId}/explanations`,
      headers: { cookie: coordinator },
      payload: { reason: 'Tỷ lệ đô thị hóa cần đẩy nhanh: đề nghị nêu giải pháp' },
    });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ status: 'open', agency: { name: 'Sở Xây dựng tỉnh Thái Nguyên' } });
    const answered = await t.app.inject({
      method: 'POST',
      url: `/api/explanations/${asked.json().id}/answer`,
      headers: { cookie: editor },
      payload: { answer: 'Sở đang trình điều chỉnh ranh giới các đô thị mới' },
    });
    expect(answered.json()).toMatchObject({
      status: 'answered',
      answeredBy: { name: 'Cán bộ Sở Xây dựng (minh họa)' },
    });
    const viewer = await t.login('viewer');
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/indicators/${indicatorId}/explanations`,
      headers: { cookie: viewer },
      payload: { reason: 'x' },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('validates observations', async () => {
    for (const payload of [
      { year: 2025 },
      { year: 2025, value: 'bốn mươi' },
      { year: 1800, value: 40 },
      { year: 2025, value: 40, periodKind: 'quarter' },
      { year: 2025, value: 40, periodKind: 'quarter', periodIndex: 5 },
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/indicators/${indicatorId}/observations`,
        headers: { cookie: editor },
        payload,
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.details.length).toBeGreaterThan(0);
    }
  });

  it('takes quarterly and monthly figures; refuses a period not begun, a repeated one, and an implausible value, in both languages', async () => {
    const post = (payload: object, lang = 'vi') =>
      t.app.inject({
        method: 'POST',
        url: `/api/indicators/${indicatorId}/observations`,
        headers: { cookie: editor, 'accept-language': lang },
        payload,
      });
    // Today is 20/11/2026: the fourth quarter and November are under way, December is not.
    const q3 = await post({ year: 2026, periodKind: 'quarter', periodIndex: 3, value: 41.6 });
    expect(q3.statusCode, q3.body).toBe(201);
    const nov = await post({ year: 2026, periodKind: 'month', periodIndex: 11, value: 41.7 });
    expect(nov.statusCode, nov.body).toBe(201);
    const saved = nov
      .json()
      .observations.map((o: { periodKind: string; periodIndex: number | null }) =>
        [o.periodKind, o.periodIndex].join(' '),
      );
    expect(saved).toEqual(expect.arrayContaining(['quarter 3', 'month 11']));

    const dec = await post({ year: 2026, periodKind: 'month', periodIndex: 12, value: 41.8 });
    expect(dec.statusCode).toBe(400);
    expect(dec.json().error).toMatchObject({
      code: 'observation_future_period',
      message: 'Kỳ tháng 12/2026 chưa bắt đầu: chưa thể có số liệu thực hiện.',
      messages: { en: '2026-12 has not begun: it can have no actual figure yet.' },
      details: [{ path: 'body.periodIndex' }],
    });
    const nextYear = await post({ year: 2027, value: 42 }, 'en');
    expect(nextYear.json().error).toMatchObject({
      code: 'observation_future_period',
      message: '2027 has not begun: it can have no actual figure yet.',
      details: [{ path: 'body.year' }],
    });

    const again = await post({ year: 2026, periodKind: 'quarter', periodIndex: 3, value: 41.9 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('observation_duplicate');
    expect(again.json().error.message).toContain('quý III/2026 (41,6)');
    const year2024 = await post({ year: 2024, value: 39.1 }, 'en');
    expect(year2024.json().error.message).toContain('already has a figure for 2024 (39)');

    // 46.2 with its decimal mark lost: a rate of 462%.
    const slip = await post({ year: 2026, periodKind: 'quarter', periodIndex: 4, value: 462 });
    expect(slip.statusCode).toBe(400);
    expect(slip.json().error).toMatchObject({
      code: 'observation_out_of_range',
      details: [{ path: 'body.value' }],
    });
    expect(slip.json().error.message).toContain('từ -450 đến 100');
    expect(slip.json().error.messages.en).toContain('-450 to 100');
    const ok = await post({ year: 2026, periodKind: 'quarter', periodIndex: 4, value: 46.2 });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it("refuses figures from a viewer and from another agency's editor", async () => {
    const viewer = await t.login('viewer');
    const asViewer = await t.app.inject({
      method: 'POST',
      url: `/api/indicators/${indicatorId}/observations`,
      headers: { cookie: viewer },
      payload: { year: 2026, value: 42 },
    });
    expect(asViewer.statusCode).toBe(403);
    const admin = await t.login('admin');
    const other = (
      await t.app.inject({
        method: 'POST',
        url: '/api/indicators',
        headers: { cookie: admin },
        payload: {
          name: 'Tỷ lệ hộ nghèo',
          unit: '%',
          direction: 'lower',
          adminUnitKey: 'bac-kan',
          ownerAgencyId: null,
        },
      })
    ).json();
    const asEditor = await t.app.inject({
      method: 'POST',
      url: `/api/indicators/${other.id}/observations`,
      headers: { cookie: editor },
      payload: { year: 2024, value: 20.1 },
    });
    expect(asEditor.statusCode).toBe(403);
    expect(asEditor.json().error.code).toBe('not_your_agency');
  });

  it("includes a former province's indicators when asked by its successor", async () => {
    const admin = await t.login('admin');
    const res = await t.app.inject({
      url: '/api/indicators?adminUnit=thai-nguyen-2025',
      headers: { cookie: admin },
    });
    const names = res
      .json()
      .items.map((i: { name: string; adminUnitKey: string }) => `${i.name}@${i.adminUnitKey}`);
    // Bắc Kạn and the former Thái Nguyên both merged into Thái Nguyên on 1/7/2025.
    expect(names).toEqual(expect.arrayContaining(['Tỷ lệ đô thị hóa@thai-nguyen', 'Tỷ lệ hộ nghèo@bac-kan']));
    const units = (
      await t.app.inject({ url: '/api/admin-units?current=true', headers: { cookie: admin } })
    ).json();
    expect(units.total).toBe(34);
    expect(
      units.items.find((u: { key: string }) => u.key === 'thai-nguyen-2025').predecessors.sort(),
    ).toEqual(['bac-kan', 'thai-nguyen']);
  });
});

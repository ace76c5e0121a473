import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_NOW, type TestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/db.ts';
import { agencies, auditLog, tasks } from '../../db/schema.ts';
import { taskStatus } from '../../domain/taskStatus.ts';
import { todayInVietnam } from '../context.ts';
import { deadlineColumns } from './tasks.service.ts';

describe.each(ENGINES)('tasks API on %s', (engine) => {
  let t: TestApp;
  let coordinator: string;
  let editor: string;
  let agencyId: (name: string) => Promise<number>;

  beforeAll(async () => {
    t = await buildTestApp(engine);
    coordinator = await t.login('coordinator');
    editor = await t.login('editor');
    agencyId = async (name) => {
      const [row] = await t.database.db
        .select({ id: agencies.id })
        .from(agencies)
        .where(eq(agencies.name, name));
      return row.id;
    };
  });
  afterAll(() => t?.close());

  const counts = async () => ({
    tasks: await t.database.db.$count(tasks),
    audit: await t.database.db.$count(auditLog),
  });

  it('lists the demo tasks with their status, lead and partners', async () => {
    const res = await t.app.inject({ url: '/api/tasks?pageSize=200', headers: { cookie: coordinator } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(8);
    const roads = body.items.find((x: { text: string }) => x.text.startsWith('Dồn vốn cho hạ tầng'));
    expect(roads).toMatchObject({
      status: 'done_late',
      leadAgency: { name: 'Sở Xây dựng tỉnh Thái Nguyên' },
      partners: [{ name: 'Sở Tài chính tỉnh Thái Nguyên' }],
      deadline: { kind: 'year', dueOn: '2025-12-31', year: 2025 },
      illustrative: true,
    });
  });

  it('filters by status, agency and document, and paginates on the server', async () => {
    const overdue = (
      await t.app.inject({ url: '/api/tasks?status=overdue', headers: { cookie: coordinator } })
    ).json();
    expect(overdue.items.every((x: { status: string }) => x.status === 'overdue')).toBe(true);
    const so = await agencyId('Sở Xây dựng tỉnh Thái Nguyên');
    const mine = (
      await t.app.inject({ url: `/api/tasks?agency=${so}`, headers: { cookie: coordinator } })
    ).json();
    expect(mine.total).toBe(1);
    const page = (
      await t.app.inject({ url: '/api/tasks?pageSize=3&page=2', headers: { cookie: coordinator } })
    ).json();
    expect(page.items).toHaveLength(3);
    expect(page.total).toBe(8);
  });

  it('finds tasks typed without diacritics', async () => {
    const res = await t.app.inject({
      url: '/api/tasks?q=chuyen%20doi%20so',
      headers: { cookie: coordinator },
    });
    expect(res.json().items.map((x: { text: string }) => x.text)).toEqual([
      'Đẩy mạnh cải cách hành chính và chuyển đổi số trong các cơ quan của tỉnh',
    ]);
  });

  it('creates a task with a Vietnamese deadline and records it in the audit log', async () => {
    const lead = await agencyId('Sở Công Thương tỉnh Thái Nguyên');
    const before = await counts();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/tasks',
      headers: { cookie: coordinator },
      payload: {
        text: '  Rà soát quy hoạch các cụm công nghiệp  ',
        leadAgencyId: lead,
        deadline: 'quý II/2027',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      text: 'Rà soát quy hoạch các cụm công nghiệp',
      deadline: { kind: 'quarter', dueOn: '2027-06-30', year: 2027, part: 2 },
      status: 'in_progress',
    });
    const after = await counts();
    expect(after.tasks).toBe(before.tasks + 1);
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(res.json().id)));
    expect(entry).toMatchObject({ action: 'create', entity: 'task', username: 'coordinator' });
  });

  it('refuses a task with an unknown agency, and stores nothing', async () => {
    const before = await counts();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/tasks',
      headers: { cookie: coordinator },
      payload: { text: 'Nhiệm vụ thử', leadAgencyId: 987654 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('unknown_agency');
    expect(res.json().error.details[0]).toMatchObject({ path: 'leadAgencyId', message: '987654' });
    expect(await counts()).toEqual(before);
  });

  it.each(['31/02/2025', '2025-02-31', { kind: 'date', date: '31/02/2025' }])(
    'refuses the deadline %j, and stores nothing',
    async (deadline) => {
      const before = await counts();
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/tasks',
        headers: { cookie: coordinator },
        payload: { text: 'Nhiệm vụ có hạn sai', deadline },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('invalid_date');
      expect(await counts()).toEqual(before);
    },
  );

  it('refuses a 20 MB body with 413, and stores nothing', async () => {
    const before = await counts();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/tasks',
      headers: { cookie: coordinator, 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'x'.repeat(20 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
    expect(await counts()).toEqual(before);
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/tasks',
      headers: { cookie: coordinator, 'content-type': 'application/json' },
      payload: '{"text": "thiếu ngoặc"',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_json');
  });

  it('treats SQL in a filter as data', async () => {
    const injection = encodeURIComponent("'; DROP TABLE tasks; --");
    const asText = await t.app.inject({ url: `/api/tasks?q=${injection}`, headers: { cookie: coordinator } });
    expect(asText.statusCode).toBe(200);
    expect(asText.json()).toEqual({ items: [], total: 0 });
    const asId = await t.app.inject({
      url: `/api/tasks?agency=1%20OR%201=1`,
      headers: { cookie: coordinator },
    });
    expect(asId.statusCode).toBe(400);
    expect(asId.json().error.code).toBe('validation_failed');
    const asStatus = await t.app.inject({
      url: `/api/tasks?status=${injection}`,
      headers: { cookie: coordinator },
    });
    expect(asStatus.statusCode).toBe(400);
    expect(await t.database.db.$count(tasks)).toBeGreaterThan(0);
  });

  it("refuses an agency editor changing another agency's task, and changes nothing", async () => {
    const other = (
      await t.app.inject({
        url: '/api/tasks?q=uu%20dai%20rieng',
        headers: { cookie: editor },
      })
    ).json().items[0];
    expect(other.leadAgency.name).toBe('Sở Tài chính tỉnh Thái Nguyên');
    expect(other.canEdit).toBe(false);
    const before = await counts();
    for (const req of [
      { method: 'PATCH' as const, url: `/api/tasks/${other.id}`, payload: { completedOn: '2026-11-01' } },
      {
        method: 'POST' as const,
        url: `/api/tasks/${other.id}/updates`,
        payload: { note: 'Đã xong', completedOn: '2026-11-01' },
      },
    ]) {
      const res = await t.app.inject({ ...req, headers: { cookie: editor } });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('not_your_agency');
    }
    expect(await counts()).toEqual(before);
    const again = (await t.app.inject({ url: `/api/tasks/${other.id}`, headers: { cookie: editor } })).json();
    expect(again.completedOn).toBeNull();
  });

  it("lets an agency editor mark their own agency's task done, and the status follows", async () => {
    const lead = await agencyId('Sở Xây dựng tỉnh Thái Nguyên');
    const created = (
      await t.app.inject({
        method: 'POST',
        url: '/api/tasks',
        headers: { cookie: coordinator },
        payload: {
          text: 'Cải tạo nút giao thông cửa ngõ phía nam',
          leadAgencyId: lead,
          deadline: '30/12/2026',
        },
      })
    ).json();
    expect(created).toMatchObject({ status: 'in_progress' });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/tasks/${created.id}/updates`,
      headers: { cookie: editor },
      payload: {
        note: 'Đã hoàn thành, nghiệm thu ngày 15/11/2026',
        completedOn: '15/11/2026',
        evidence: [{ name: 'Biên bản nghiệm thu' }],
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'done_on_time', completedOn: '2026-11-15', progress: 100 });
    expect(res.json().updates[0]).toMatchObject({
      note: 'Đã hoàn thành, nghiệm thu ngày 15/11/2026',
      user: { name: 'Cán bộ Sở Xây dựng (minh họa)' },
    });
    // The editor may not rewrite what the task is.
    const rename = await t.app.inject({
      method: 'PATCH',
      url: `/api/tasks/${created.id}`,
      headers: { cookie: editor },
      payload: { text: 'Khác' },
    });
    expect(rename.statusCode).toBe(403);
  });

  it('requests an explanation from the lead agency and takes its answer', async () => {
    const overdue = (
      await t.app.inject({ url: '/api/tasks?status=overdue', headers: { cookie: coordinator } })
    ).json().items;
    const target = overdue.find((x: { leadAgency: unknown }) => x.leadAgency);
    const asked = await t.app.inject({
      method: 'POST',
      url: `/api/tasks/${target.id}/explanations`,
      headers: { cookie: coordinator },
      payload: { reason: 'Đề nghị báo cáo lý do chậm', dueOn: '30/11/2026' },
    });
    expect(asked.statusCode).toBe(201);
    const request = asked.json().explanations[0];
    expect(request).toMatchObject({
      status: 'open',
      dueOn: '2026-11-30',
      reason: 'Đề nghị báo cáo lý do chậm',
    });
    const admin = await t.login('admin');
    const answered = await t.app.inject({
      method: 'POST',
      url: `/api/explanations/${request.id}/answer`,
      headers: { cookie: admin },
      payload: { answer: 'Đang chờ ý kiến thẩm định' },
    });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'answered', answer: 'Đang chờ ý kiến thẩm định' });
  });

  it('keeps the audit log append-only', async () => {
    await expect(t.database.db.execute(sql`update audit_log set username = 'x'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    const res = await t.app.inject({
      method: 'DELETE',
      url: '/api/audit',
      headers: { cookie: await t.login('admin') },
    });
    expect(res.statusCode).toBe(404);
  });

  it('computes in SQL the same status as the domain rule', async () => {
    const today = todayInVietnam(TEST_NOW);
    const day = fc
      .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 11, 31) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10));
    const deadline = fc.oneof(
      day.map((date) => ({ kind: 'date' as const, date })),
      fc.record({
        kind: fc.constant('month' as const),
        year: fc.integer({ min: 2024, max: 2028 }),
        month: fc.integer({ min: 1, max: 12 }),
      }),
      fc.record({
        kind: fc.constant('quarter' as const),
        year: fc.integer({ min: 2024, max: 2028 }),
        quarter: fc.integer({ min: 1, max: 4 }),
      }),
      fc.record({ kind: fc.constant('year' as const), year: fc.integer({ min: 2024, max: 2028 }) }),
      fc.constant({ kind: 'none' as const }),
    );
    const cases = fc.sample(fc.record({ deadline, completedOn: fc.option(day, { nil: null }) }), 200);
    const ids = await t.database.db
      .insert(tasks)
      .values(
        cases.map((c) => ({
          text: 'kiểm tra trạng thái',
          completedOn: c.completedOn,
          ...deadlineColumns(c.deadline, today, today),
        })),
      )
      .returning({ id: tasks.id });
    const api = new Map<number, string>();
    for (let page = 1; ; page++) {
      const body = (
        await t.app.inject({
          url: `/api/tasks?pageSize=200&page=${page}&q=ki%E1%BB%83m%20tra`,
          headers: { cookie: coordinator },
        })
      ).json();
      for (const item of body.items) api.set(item.id, item.status);
      if (page * 200 >= body.total) break;
    }
    cases.forEach((c, i) => {
      const expected = taskStatus({ deadline: c.deadline, completedOn: c.completedOn, today });
      expect(api.get(ids[i].id), JSON.stringify(c)).toBe(expected);
    });
    expect(api.size).toBe(cases.length);
  });
});

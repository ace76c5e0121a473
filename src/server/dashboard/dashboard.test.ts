import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/db.ts';

describe.each(ENGINES)('dashboard on %s', (engine) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await buildTestApp(engine);
    cookie = await t.login('viewer');
  });
  afterAll(() => t?.close());

  it('counts the demo tasks by the four statuses on 20/11/2026', async () => {
    const body = (await t.app.inject({ url: '/api/dashboard', headers: { cookie } })).json();
    expect(body.today).toBe('2026-11-20');
    // Done on time: the urbanisation project (2020) and the plan for 11-NQ/TW (2022); done late: the roads,
    // finished 10/2/2026 against 2025; overdue: the materials project (Q4/2020) and the regional
    // policies (2025), and the two recurring tasks, which owe their Q1/2026 report (reporting starts 1/1/2026 in the demo); in progress: the
    // investment policy due 15/12/2026.
    expect(body.tasks.byStatus).toEqual({ done_on_time: 2, done_late: 1, in_progress: 1, overdue: 4 });
    expect(body.tasks.total).toBe(8);
    expect(body.overdue[0].daysLate).toBeGreaterThanOrEqual(body.overdue.at(-1).daysLate);
    expect(body.upcoming.map((x: { deadline: { dueOn: string } }) => x.deadline.dueOn)).toEqual([
      '2026-12-15',
    ]);
    expect(body.targets.byStatus).toMatchObject({ moderate: 1, on_track: 0, not_assessable: 0 });
    const ban = body.tasks.byAgency.find(
      (a: { agency: { name: string } }) => a.agency.name === 'Ban Kinh tế Trung ương',
    );
    expect(ban).toMatchObject({ done_on_time: 1, overdue: 1, total: 2, onTimeRate: 0.5 });
    expect(body.agencyRanking[0].onTimeRate).toBeGreaterThanOrEqual(body.agencyRanking.at(-1).onTimeRate);
  });

  it('filters by agency and period', async () => {
    const list = (await t.app.inject({ url: '/api/agencies?q=so%20xay%20dung', headers: { cookie } })).json();
    const so = list.items[0].id;
    const body = (await t.app.inject({ url: `/api/dashboard?agency=${so}`, headers: { cookie } })).json();
    expect(body.tasks.byStatus).toEqual({ done_on_time: 0, done_late: 1, in_progress: 0, overdue: 0 });
    const period = (
      await t.app.inject({ url: '/api/dashboard?from=01/01/2026&to=31/12/2026', headers: { cookie } })
    ).json();
    // The investment policy (15/12/2026) and the two recurring tasks, whose owed Q1 report fell due 31/3/2026.
    expect(period.tasks.total).toBe(3);
    const bad = await t.app.inject({ url: '/api/dashboard?from=31/02/2026', headers: { cookie } });
    expect(bad.statusCode).toBe(400);
  });

  it('scores an agency and draws the agency tree', async () => {
    const tree = (await t.app.inject({ url: '/api/agencies/tree', headers: { cookie } })).json().items;
    const ubnd = tree.find((a: { name: string }) => a.name === 'Ủy ban nhân dân tỉnh Thái Nguyên');
    expect(ubnd.children.map((c: { name: string }) => c.name)).toContain('Sở Xây dựng tỉnh Thái Nguyên');
    const so = ubnd.children.find((c: { name: string }) => c.name === 'Sở Xây dựng tỉnh Thái Nguyên');
    const card = (
      await t.app.inject({ url: `/api/agencies/${so.id}/scorecard`, headers: { cookie } })
    ).json();
    expect(card.tasks).toMatchObject({ total: 1, onTimeRate: 0 });
    expect(card.indicators.byStatus.moderate).toBe(1);
  });

  it('answers again from its short cache, and a write through the API shows at once', async () => {
    const url = '/api/dashboard?to=2026-12-31';
    const before = (await t.app.inject({ url, headers: { cookie } })).json();
    expect((await t.app.inject({ url, headers: { cookie } })).json()).toEqual(before);
    const admin = await t.login('admin');
    const open = before.upcoming[0];
    const done = await t.app.inject({
      method: 'PATCH',
      url: `/api/tasks/${open.id}`,
      headers: { cookie: admin },
      payload: { completedOn: '2026-11-19' },
    });
    expect(done.statusCode).toBe(200);
    const after = (await t.app.inject({ url, headers: { cookie } })).json();
    expect(after.tasks.byStatus.in_progress).toBe(before.tasks.byStatus.in_progress - 1);
    expect(after.tasks.byStatus.done_on_time).toBe(before.tasks.byStatus.done_on_time + 1);
  });

  it('serves one cached answer to everyone, each told which listed tasks they may edit', async () => {
    const url = '/api/dashboard?from=2020-01-01';
    const asViewer = (await t.app.inject({ url, headers: { cookie } })).json();
    const admin = await t.login('admin');
    const asAdmin = (await t.app.inject({ url, headers: { cookie: admin } })).json();
    expect(asAdmin.tasks).toEqual(asViewer.tasks);
    expect(asViewer.overdue.length).toBeGreaterThan(0);
    expect(asViewer.overdue.every((x: { canEdit: boolean }) => !x.canEdit)).toBe(true);
    expect(asAdmin.overdue.every((x: { canEdit: boolean }) => x.canEdit)).toBe(true);
  });
});

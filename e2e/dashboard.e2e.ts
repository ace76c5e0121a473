import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dashboard, Page as ListPage, Task } from '../web/src/api/types.ts';
import { formatNumber } from '../web/src/format.ts';
import { apiGet, type Browser, launch, screenshot, signIn } from './browser.ts';

const baseURL = inject('baseURL');
const STATUSES = ['done_on_time', 'done_late', 'in_progress', 'overdue'] as const;
const PROGRESS = ['achieved', 'on_track', 'moderate', 'limited', 'deterioration', 'not_assessable'] as const;

describe('dashboard (Tổng quan)', () => {
  let b: Browser;
  let d: Dashboard;
  beforeAll(async () => {
    b = await launch();
    await signIn(b.page, baseURL, 'coordinator');
    d = await apiGet<Dashboard>(b.page, baseURL, '/dashboard');
  });
  afterAll(async () => {
    await b?.close();
  });

  it('shows the demo numbers the API returns', async () => {
    const { page } = b;
    await page.getByTestId('count-total').waitFor();
    expect(d.tasks.total).toBeGreaterThan(0);
    expect(await page.getByTestId('count-total').locator('.count-value').textContent()).toBe(
      formatNumber(d.tasks.total, 'vi'),
    );
    for (const s of STATUSES) {
      const shown = await page.getByTestId(`count-${s}`).locator('.count-value').textContent();
      expect(shown, s).toBe(formatNumber(d.tasks.byStatus[s], 'vi'));
    }
    for (const s of PROGRESS) {
      const shown = await page.getByTestId(`target-${s}`).locator('.count-value').textContent();
      expect(shown, s).toBe(formatNumber(d.targets.byStatus[s] ?? 0, 'vi'));
    }
    // Overdue tasks, most days late first, as the API sorted them.
    const overdue = page.getByTestId('overdue-list').locator('li');
    if (d.overdue.length) {
      expect(await overdue.count()).toBe(d.overdue.length);
      expect(await overdue.first().textContent()).toContain(d.overdue[0].text.slice(0, 40));
    }
    // The stacked bar per agency is drawn (SVG: its agency names are text in the page).
    await page.getByTestId('agency-chart').locator('svg').waitFor();
    const first = d.tasks.byAgency[0];
    if (first) {
      const label = first.agency.shortName || first.agency.name;
      expect(await page.getByTestId('agency-chart').textContent()).toContain(label.slice(0, 10));
    }
    await screenshot(page, 'dashboard-vi');
  });

  it('opens the list behind a number, with the same count', async () => {
    const { page } = b;
    await page.getByTestId('count-overdue').click();
    await page.waitForURL(/\/tasks\?status=overdue/);
    const list = await apiGet<ListPage<Task>>(page, baseURL, '/tasks?status=overdue');
    expect(list.total).toBe(d.tasks.byStatus.overdue);
    await page.getByTestId('tasks-table').waitFor();
    await expect
      .poll(() => page.locator('.ant-pagination-total-text').first().textContent())
      .toContain(formatNumber(list.total, 'vi'));
    await screenshot(page, 'tasks-overdue');
  });

  it('filters by lead agency, in the URL, with the API’s counts for that agency', async () => {
    const { page } = b;
    const agency = d.tasks.byAgency[0].agency;
    await page.goto(`${baseURL}/`);
    await page.getByTestId('count-total').waitFor();
    await page.getByRole('combobox', { name: 'Cơ quan chủ trì' }).click();
    await page.keyboard.type(agency.shortName || agency.name);
    await page
      .locator('.ant-select-dropdown .ant-select-item-option')
      .filter({ hasText: agency.name })
      .first()
      .click();
    await page.waitForURL(new RegExp(`agency=${agency.id}`));
    const filtered = await apiGet<Dashboard>(page, baseURL, `/dashboard?agency=${agency.id}`);
    await expect
      .poll(() => page.getByTestId('count-total').locator('.count-value').textContent())
      .toBe(formatNumber(filtered.tasks.total, 'vi'));
    for (const s of STATUSES) {
      const shown = await page.getByTestId(`count-${s}`).locator('.count-value').textContent();
      expect(shown, s).toBe(formatNumber(filtered.tasks.byStatus[s], 'vi'));
    }
    expect(await page.getByTestId('count-overdue').getAttribute('href')).toContain(`agency=${agency.id}`);
    await screenshot(page, 'dashboard-filtered');
  });

  it('is readable on a phone', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseURL}/`);
    await page.getByTestId('count-total').waitFor();
    await page.getByTestId('agency-chart').locator('svg').waitFor();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(1);
    await screenshot(page, 'dashboard-phone');
    // Every list page fits the phone's width too.
    for (const path of ['/documents', '/indicators', '/tasks', '/agencies', '/sources']) {
      await page.goto(`${baseURL}${path}`);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await overflow(), path).toBeLessThanOrEqual(1);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  });
});

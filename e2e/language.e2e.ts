import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, launch, screenshot, signIn } from './browser.ts';

const baseURL = inject('baseURL');

describe('language switch', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
    await signIn(b.page, baseURL, 'coordinator');
  });
  afterAll(async () => {
    await b?.close();
  });

  it('switches to English, keeps it across a reload, and back to Vietnamese', async () => {
    const { page } = b;
    const nav = page.getByRole('navigation');
    await nav.getByText('Tổng quan').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    // The chart's description for screen readers is in the UI's language, numbers included.
    const chart = page.getByTestId('agency-chart');
    await chart.locator('svg').waitFor();
    const ariaVi = await chart.getAttribute('aria-label');
    expect(ariaVi).toMatch(
      /^Nhiệm vụ theo cơ quan[^.]*\. Biểu đồ có 4 chuỗi số liệu\. Hoàn thành đúng hạn: /,
    );
    expect(ariaVi).not.toMatch(/This is a chart|series/);

    await page.locator('.lang-switch').getByText('EN').click();
    await nav.getByText('Overview').waitFor();
    expect(await nav.textContent()).toContain('Documents');
    expect(await nav.textContent()).toContain('Indicators');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await expect
      .poll(() => chart.getAttribute('aria-label'))
      .toMatch(/\. The chart has 4 series\. Done on time: /);
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'dashboard-en');

    // Glossary words in a list page: column titles and filters.
    await nav.getByText('Documents').click();
    await page.getByRole('heading', { name: 'Documents' }).waitFor();
    await page.getByRole('columnheader', { name: 'Subject' }).waitFor();
    await page.getByRole('columnheader', { name: 'Issued on' }).waitFor();

    await page.reload();
    await nav.getByText('Overview').waitFor();
    await page.goto(`${baseURL}/tasks`);
    await page.getByRole('heading', { name: 'Tasks' }).waitFor();
    await screenshot(page, 'tasks-en');

    await page.locator('.lang-switch').getByText('VI').click();
    await nav.getByText('Tổng quan').waitFor();
    await page.getByRole('heading', { name: 'Nhiệm vụ' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
  });
});

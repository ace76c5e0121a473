import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Indicator, IndicatorDetail, Page as ListPage } from '../web/src/api/types.ts';
import { formatNumber } from '../web/src/format.ts';
import { apiGet, type Browser, launch, screenshot, signIn } from './browser.ts';

const baseURL = inject('baseURL');

describe('entering an observation', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
    await signIn(b.page, baseURL, 'editor');
  });
  afterAll(async () => {
    await b?.close();
  });

  it('validates the form, saves, and the status and chart change', async () => {
    const { page } = b;
    const list = await apiGet<ListPage<Indicator>>(
      page,
      baseURL,
      '/indicators?q=%C4%91%C3%B4%20th%E1%BB%8B%20h%C3%B3a',
    );
    const urban = list.items[0] ?? (await apiGet<ListPage<Indicator>>(page, baseURL, '/indicators')).items[0];
    expect(urban, 'the demo has the urbanisation indicator').toBeTruthy();
    const before = await apiGet<IndicatorDetail>(page, baseURL, `/indicators/${urban.id}`);

    await page.goto(`${baseURL}/indicators/${urban.id}`);
    await page.getByTestId('indicator-chart').locator('svg').waitFor();
    const status = () =>
      page.getByTestId('indicator-status').locator('[data-status]').getAttribute('data-status');
    expect(await status()).toBe(before.progress.status);
    await screenshot(page, 'indicator-before');

    // Validation, in Vietnamese: an empty value and a value that is not a number.
    await page.locator('#observation_value').fill('bốn mươi');
    await page.getByRole('button', { name: 'Lưu số liệu' }).click();
    await page.getByText('Giá trị phải là một số, ví dụ 40,5').waitFor();

    // A figure past the 2030 target (45%), typed with the decimal comma: the indicator is achieved.
    const year = (before.progress.latest?.year ?? 2024) + 1;
    await page.locator('#observation_year').fill(String(year));
    await page.locator('#observation_value').fill('46,2');
    await page.locator('#observation_evidence').fill('Niên giám thống kê (minh họa)');
    await page.getByRole('button', { name: 'Lưu số liệu' }).click();

    await expect.poll(status, { timeout: 15_000 }).not.toBe(before.progress.status);
    const after = await apiGet<IndicatorDetail>(page, baseURL, `/indicators/${urban.id}`);
    expect(after.observations.some((o) => o.year === year && o.value === 46.2)).toBe(true);
    expect(await status()).toBe(after.progress.status);
    expect(after.progress.latest).toEqual({ year, value: 46.2 });
    await expect
      .poll(() => page.getByTestId('indicator-chart').textContent())
      .toContain(formatNumber(46.2, 'vi'));
    await expect.poll(() => page.getByTestId('observations-table').textContent()).toContain('46,2%');
    await screenshot(page, 'indicator-after');
  });
});

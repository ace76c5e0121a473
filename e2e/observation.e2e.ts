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

  it('takes a quarterly figure, and refuses a repeated quarter, a month not begun and an implausible value', async () => {
    const { page } = b;
    const urban = (
      await apiGet<ListPage<Indicator>>(page, baseURL, '/indicators?q=%C4%91%C3%B4%20th%E1%BB%8B%20h%C3%B3a')
    ).items[0];
    await page.goto(`${baseURL}/indicators/${urban.id}`);
    await page.getByTestId('indicator-chart').locator('svg').waitFor();
    // Today in Vietnam, as the server counts it.
    const today = new Date(Date.now() + 7 * 3600_000);
    const year = today.getUTCFullYear();
    const month = today.getUTCMonth() + 1;
    const quarter = Math.ceil(month / 3);
    const roman = ['I', 'II', 'III', 'IV'][quarter - 1];
    const form = page.locator('form#observation');
    const choose = async (kind: 'Quý' | 'Tháng', option: string) => {
      await form.getByText(kind, { exact: true }).first().click();
      await page.locator('#observation_periodIndex').click();
      await page.locator(`.ant-select-item-option[title="${option}"]`).click();
    };
    const save = () => page.getByRole('button', { name: 'Lưu số liệu' }).click();
    const fieldError = (text: string) => form.locator('.ant-form-item-explain-error', { hasText: text });

    // 462 for 46,2: the rate cannot pass 100%.
    await choose('Quý', roman);
    await page.locator('#observation_value').fill('462');
    await save();
    await fieldError('nằm ngoài khoảng hợp lý của chỉ tiêu (từ').waitFor();

    await page.locator('#observation_value').fill('46,4');
    await save();
    await expect
      .poll(() => page.getByTestId('observations-table').textContent())
      .toContain(`Quý ${roman}/${year}`);

    // The same quarter again: the server says it already has a figure, beside the period.
    await choose('Quý', roman);
    await page.locator('#observation_value').fill('46,5');
    await save();
    await fieldError(`Chỉ tiêu đã có số liệu quý ${roman}/${year} (46,4)`).waitFor();
    await screenshot(page, 'indicator-quarter-refused');

    // A month that has not begun is refused before anything is sent.
    if (month < 12) {
      await choose('Tháng', String(month + 1));
      await page.locator('#observation_value').fill('46,5');
      await save();
      await fieldError(`Kỳ tháng ${month + 1}/${year} chưa bắt đầu`).waitFor();
    }
    const after = await apiGet<IndicatorDetail>(page, baseURL, `/indicators/${urban.id}`);
    expect(
      after.observations.filter(
        (o) => o.periodKind === 'quarter' && o.periodIndex === quarter && o.year === year,
      ),
    ).toHaveLength(1);
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, launch, screenshot, signIn } from './browser.ts';

const baseURL = inject('baseURL');

describe('keyboard', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
    await signIn(b.page, baseURL, 'viewer');
  });
  afterAll(async () => {
    await b?.close();
  });

  it('skips to the content, reaches the navigation and opens a list from a number', async () => {
    const { page } = b;
    await page.goto(`${baseURL}/`);
    await page.getByTestId('count-total').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    await screenshot(page, 'keyboard-skip-link', false);
    // Tab on until the navigation's Documents link has focus, then follow it with Enter.
    let found = false;
    for (let i = 0; i < 15 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.getAttribute('href') === '/documents');
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/documents$/);
    await page.getByRole('heading', { name: 'Văn bản' }).waitFor();
    // A dashboard number is a link: focus it and press Enter.
    await page.goto(`${baseURL}/`);
    await page.getByTestId('count-overdue').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tasks\?status=overdue/);
  });
});

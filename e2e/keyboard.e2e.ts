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

  it('on a phone, opens the folded navigation from a named button; its hidden links are not in the Tab order', async () => {
    const phone = await launch({ width: 390, height: 844 });
    try {
      const { page } = phone;
      await signIn(page, baseURL, 'viewer');
      await page.goto(`${baseURL}/`);
      await page.getByTestId('count-total').waitFor();
      const focused = () =>
        page.evaluate(() => {
          const a = document.activeElement;
          return a?.getAttribute('aria-label') || a?.getAttribute('href') || a?.textContent?.trim() || '';
        });
      await page.keyboard.press('Tab'); // skip link
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('Mở danh mục');
      const button = page.getByRole('button', { name: 'Mở danh mục' });
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      // Folded away, no navigation link takes focus however far one tabs.
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        expect(await focused()).not.toBe('/documents');
      }
      // The search buttons are named in Vietnamese, not by their icon's English name.
      expect(await page.getByRole('button', { name: 'search' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Tìm kiếm' }).first().waitFor();

      await button.focus();
      await page.keyboard.press('Enter');
      const close = page.getByRole('button', { name: 'Đóng danh mục' });
      expect(await close.getAttribute('aria-expanded')).toBe('true');
      let found = false;
      for (let i = 0; i < 12 && !found; i++) {
        await page.keyboard.press('Tab');
        found = (await focused()) === '/documents';
      }
      expect(found).toBe(true);
      await screenshot(page, 'keyboard-phone-menu', false);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/documents$/);
      // Following a link folds the navigation again.
      await page.getByRole('button', { name: 'Mở danh mục' }).waitFor();
      // Escape also folds it, and gives the focus back to the button.
      await page.getByRole('button', { name: 'Mở danh mục' }).click();
      await page.getByRole('navigation').getByRole('link', { name: 'Chỉ tiêu' }).focus();
      await page.keyboard.press('Escape');
      expect(await focused()).toBe('Mở danh mục');
    } finally {
      await phone.close();
    }
  });
});

// Debian's Chromium driven by playwright-core: no downloaded browser (issue 4).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(import.meta.dirname, 'screenshots');

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A fresh headless Chromium with its own throwaway profile. */
export async function launch(
  options: { width?: number; height?: number; locale?: string } = {},
): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'lotrinh-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    locale: options.locale ?? 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  // The top bar is sticky: from the top, a full-page shot keeps it in its place.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage });
  return path;
}

/** Sign in through the form, as a person would. */
export async function signIn(
  page: Page,
  baseURL: string,
  username: string,
  password = 'lotrinh-demo',
): Promise<void> {
  await page.goto(`${baseURL}/signin`);
  await page.locator('#signin_username').fill(username);
  await page.locator('#signin_password').fill(password);
  await page.locator('form[id="signin"] button[type="submit"]').click();
  await page.getByTestId('user-name').waitFor({ state: 'attached' });
}

/** The API as the signed-in page sees it (same cookies). */
export async function apiGet<T>(page: Page, baseURL: string, path: string): Promise<T> {
  const res = await page.request.get(`${baseURL}/api${path}`);
  if (!res.ok()) throw new Error(`GET ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

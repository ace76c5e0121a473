import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, launch, screenshot, signIn } from './browser.ts';

const baseURL = inject('baseURL');

describe('sign in', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('refuses a wrong password, in Vietnamese', async () => {
    const { page } = b;
    await page.goto(`${baseURL}/`);
    await page.waitForURL(/\/signin/);
    await page.locator('#signin_username').fill('viewer');
    await page.locator('#signin_password').fill('not-the-password');
    await page.locator('form#signin button[type="submit"]').click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('không đúng');
    await screenshot(page, 'signin-wrong-password');
  });

  const roles = [
    { username: 'admin', role: 'Quản trị viên', admin: true },
    { username: 'coordinator', role: 'Điều phối, theo dõi', admin: true },
    { username: 'editor', role: 'Cán bộ cập nhật của cơ quan', admin: false },
    { username: 'viewer', role: 'Người xem', admin: false },
  ];
  for (const r of roles) {
    it(`signs in as ${r.username} and shows name, role and agency`, async () => {
      const { page, context } = b;
      await context.clearCookies();
      await signIn(page, baseURL, r.username);
      const me = (await (await page.request.get(`${baseURL}/api/auth/me`)).json()) as {
        user: { name: string; agency: { shortName: string | null; name: string } | null };
      };
      expect(await page.getByTestId('user-name').textContent()).toBe(me.user.name);
      const roleText = await page.getByTestId('user-role').textContent();
      expect(roleText).toContain(r.role);
      if (me.user.agency) expect(roleText).toContain(me.user.agency.shortName || me.user.agency.name);
      const nav = page.getByRole('navigation');
      await nav.getByText('Tổng quan').waitFor();
      expect(await nav.getByText('Quản trị').count()).toBe(r.admin ? 1 : 0);
      await page.getByTestId('dashboard').waitFor();
      await screenshot(page, `signin-${r.username}`);
    });
  }

  it('returns to the same page and filters after the session is gone', async () => {
    const { page, context } = b;
    await context.clearCookies();
    await page.goto(`${baseURL}/tasks?status=overdue&view=board`);
    await page.waitForURL(/\/signin\?next=/);
    await page.locator('#signin_username').fill('viewer');
    await page.locator('#signin_password').fill('lotrinh-demo');
    await page.locator('form#signin button[type="submit"]').click();
    await page.waitForURL(/\/tasks\?status=overdue&view=board$/);
    await page.getByTestId('tasks-board').waitFor();
  });

  it('sends an expired session to sign in mid-use, and back to the page', async () => {
    const { page, context } = b;
    await page.goto(`${baseURL}/tasks`);
    await page.getByTestId('tasks-table').waitFor();
    await context.clearCookies();
    await page.getByRole('navigation').getByText('Văn bản').click();
    await page.waitForURL(/\/signin\?next=%2Fdocuments&expired=1/);
    await page.getByText('Phiên làm việc đã hết hạn').waitFor();
    await page.locator('#signin_username').fill('viewer');
    await page.locator('#signin_password').fill('lotrinh-demo');
    await page.locator('form#signin button[type="submit"]').click();
    await page.waitForURL(/\/documents$/);
    await page.getByTestId('documents-table').waitFor();
  });

  it('keeps the filters, the one just chosen too, when the session expires while filtering', async () => {
    const { page, context } = b;
    await page.goto(`${baseURL}/documents?kind=${encodeURIComponent('Nghị quyết')}&q=vung`);
    await page.getByTestId('documents-table').waitFor();
    await context.clearCookies();
    // A filter chosen after the session is gone: its request is refused, and sign-in comes.
    await page.getByRole('spinbutton', { name: 'Năm ban hành' }).fill('2022');
    await page.keyboard.press('Tab');
    await page.waitForURL(/\/signin\?next=.*&expired=1$/);
    await page.getByText('Phiên làm việc đã hết hạn').waitFor();
    await page.locator('#signin_username').fill('viewer');
    await page.locator('#signin_password').fill('lotrinh-demo');
    await page.locator('form#signin button[type="submit"]').click();
    await page.waitForURL((u) => u.pathname === '/documents');
    const params = new URL(page.url()).searchParams;
    expect(Object.fromEntries(params)).toEqual({ kind: 'Nghị quyết', q: 'vung', year: '2022' });
    // The filters show again in their fields, not only in the address.
    await page.getByTestId('documents-table').waitFor();
    expect(
      await page.getByRole('searchbox', { name: 'Tìm theo số, ký hiệu hoặc trích yếu' }).inputValue(),
    ).toBe('vung');
    expect(await page.getByRole('spinbutton', { name: 'Năm ban hành' }).inputValue()).toBe('2022');
    await page.locator('.filters').getByText('Nghị quyết').waitFor();
  });

  it('signs out', async () => {
    const { page } = b;
    await page.getByRole('button', { name: /Tài khoản/ }).click();
    await page.getByText('Đăng xuất').click();
    await page.waitForURL(/\/signin$/);
    const me = await page.request.get(`${baseURL}/api/auth/me`);
    expect(me.status()).toBe(401);
  });
});

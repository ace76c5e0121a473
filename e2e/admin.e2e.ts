import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiGet, type Browser, launch, screenshot, signIn } from './browser.ts';

const baseURL = inject('baseURL');

describe('administration (Quản trị)', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
    await signIn(b.page, baseURL, 'admin');
  });
  afterAll(async () => {
    await b?.close();
  });

  it('adds a user, refuses a short password, and changes the role', async () => {
    const { page } = b;
    await page.goto(`${baseURL}/admin`);
    await page.getByTestId('users-table').waitFor();
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = page.getByRole('dialog');
    const username = `e2e${Date.now() % 100000}`;
    await dialog.locator('#new-user_username').fill(username);
    await dialog.locator('#new-user_name').fill('Cán bộ kiểm thử');
    await dialog.locator('#new-user_password').fill('short');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText('Mật khẩu ít nhất 8 ký tự').waitFor();
    await dialog.locator('#new-user_password').fill('mat-khau-dai-hon');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByTestId('users-table').getByRole('row', { name: new RegExp(username) });
    await row.waitFor();
    await row.getByRole('combobox').click();
    await page.locator('.ant-select-dropdown').getByText('Điều phối, theo dõi').click();
    await expect
      .poll(async () => {
        const users = await apiGet<{ items: { username: string; role: string }[] }>(
          page,
          baseURL,
          '/users?pageSize=200',
        );
        return users.items.find((u) => u.username === username)?.role;
      })
      .toBe('coordinator');
    await screenshot(page, 'admin-users');
  });

  it('shows the 2025 merger of provinces: Bắc Kạn into Thái Nguyên', async () => {
    const { page } = b;
    await page.getByRole('tab', { name: 'Đơn vị hành chính' }).click();
    await page.waitForURL(/tab=units/);
    const table = page.getByTestId('units-table');
    const bacKan = table.getByRole('row', { name: /Bắc Kạn/ }).first();
    await bacKan.waitFor();
    expect(await bacKan.textContent()).toContain('Sáp nhập vào Thái Nguyên');
    expect(await bacKan.textContent()).toContain('30/06/2025');
    const thaiNguyen = table.getByRole('row', { name: /Thái Nguyên.*01\/07\/2025/ });
    expect(await thaiNguyen.textContent()).toContain('Bắc Kạn');
    await screenshot(page, 'admin-units', false);
  });
});

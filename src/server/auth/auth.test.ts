import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, cookieOf, type TestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/db.ts';

describe.each(ENGINES)('sign-in and permissions on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(engine);
  });
  afterAll(() => t?.close());

  it('answers health without a session', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', engine });
  });

  it.each(['admin', 'coordinator', 'editor', 'viewer'])('signs in the demo account %s', async (username) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: 'lotrinh-demo' },
    });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/lotrinh_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie: cookieOf(res) } });
    expect(me.json().user).toMatchObject({ username, demo: true });
  });

  it('gives the editor an agency and the agency_editor role', async () => {
    const cookie = await t.login('editor');
    const me = (await t.app.inject({ url: '/api/auth/me', headers: { cookie } })).json();
    expect(me.user.role).toBe('agency_editor');
    expect(me.user.agency.name).toBe('Sở Xây dựng tỉnh Thái Nguyên');
  });

  it('refuses a wrong password with a bilingual message', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'sai-mat-khau' },
    });
    expect(res.statusCode).toBe(401);
    const body = res.json();
    expect(body.error.code).toBe('bad_credentials');
    expect(body.error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(body.error.messages.en).toBe('Wrong username or password.');
  });

  it('answers in English when asked', async () => {
    const res = await t.app.inject({ url: '/api/tasks', headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toMatch(/not signed in/);
  });

  it.each([
    ['GET', '/api/tasks'],
    ['GET', '/api/documents?symbol=11-NQ/TW'],
    ['GET', '/api/dashboard'],
    ['POST', '/api/tasks'],
    ['PATCH', '/api/tasks/1'],
    ['DELETE', '/api/documents/1'],
  ])('refuses %s %s without a session (401)', async (method, url) => {
    const res = await t.app.inject({
      method: method as 'GET',
      url,
      payload: method === 'GET' ? undefined : {},
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it('ends the session at logout', async () => {
    const cookie = await t.login('viewer');
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('lets a viewer read but not write (403)', async () => {
    const cookie = await t.login('viewer');
    expect((await t.app.inject({ url: '/api/tasks', headers: { cookie } })).statusCode).toBe(200);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/tasks',
      headers: { cookie },
      payload: { text: 'Việc mới' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  it('keeps user management to admins', async () => {
    const coordinator = await t.login('coordinator');
    expect((await t.app.inject({ url: '/api/users', headers: { cookie: coordinator } })).statusCode).toBe(
      403,
    );
    const admin = await t.login('admin');
    const res = await t.app.inject({ url: '/api/users', headers: { cookie: admin } });
    expect(res.json().items.map((u: { username: string }) => u.username)).toEqual([
      'admin',
      'coordinator',
      'editor',
      'viewer',
    ]);
  });

  it('creates a user who can then sign in, and never shows a password hash', async () => {
    const admin = await t.login('admin');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin },
      payload: {
        username: 'chuyenvien2',
        name: 'Trần Thị Lan',
        password: 'mot-mat-khau-dai',
        role: 'viewer',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.body).not.toMatch(/scrypt|password/i);
    expect(await t.login('chuyenvien2', 'mot-mat-khau-dai')).toMatch(/^lotrinh_session=/);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin },
      payload: { username: 'ChuyenVien2', name: 'Trùng tên', password: 'mot-mat-khau-dai', role: 'viewer' },
    });
    expect(again.statusCode).toBe(409);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';

describe('POST /api/extract', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await buildTestApp('pglite', { demo: true });
    cookie = await t.login('viewer');
  });
  afterAll(() => t?.close());

  it('returns the same result as the library, with spans', async () => {
    const text =
      'Thực hiện Nghị quyết số 45/NQ-HĐND ngày 12/3/2024 của HĐND tỉnh Cao Bằng, Sở Y tế chủ trì triển khai trước ngày 30/6/2024.';
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/extract',
      headers: { cookie },
      payload: { text },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.documents[0]).toMatchObject({ symbol: '45/NQ-HĐND', date: '2024-03-12' });
    const [start, end] = body.documents[0].span;
    expect(text.slice(start, end)).toContain('45/NQ-HĐND');
    expect(body.dates.map((d: { value: string }) => d.value)).toEqual(
      expect.arrayContaining(['2024-03-12', '2024-06-30']),
    );
  });

  it('refuses an empty text and an anonymous caller', async () => {
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/extract',
          headers: { cookie },
          payload: { text: '' },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/extract', payload: { text: 'x' } })).statusCode,
    ).toBe(401);
  });
});

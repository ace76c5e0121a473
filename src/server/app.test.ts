// The built web app as the server hands it out: hashed assets cached for good, the page itself asked
// for each time, and any page path answered with index.html.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freshDatabase } from '../../test/db.ts';
import type { Database } from '../db/client.ts';
import { buildApp } from './app.ts';

let webDir: string;
let database: Database;
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  webDir = mkdtempSync(join(tmpdir(), 'lotrinh-web-'));
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Lộ trình</title>');
  writeFileSync(join(webDir, 'assets', 'index-AbC123.js'), 'console.log(1)');
  database = await freshDatabase('pglite');
  app = await buildApp({ database, webDir });
});

afterAll(async () => {
  await app.close();
  await database.close();
  rmSync(webDir, { recursive: true, force: true });
});

test('hashed assets are cached for a year, immutable', async () => {
  const res = await app.inject({ url: '/assets/index-AbC123.js' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('index.html, at / and as the fallback of a page path, is revalidated each time', async () => {
  for (const url of ['/', '/tasks?status=overdue']) {
    const res = await app.inject({ url });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Lộ trình');
    expect(res.headers['cache-control']).toBe('no-cache');
  }
});

test('an unknown API path is a JSON 404, not the page', async () => {
  const res = await app.inject({ url: '/api/nothing-here' });
  expect(res.statusCode).toBe(404);
  expect(res.headers['content-type']).toContain('application/json');
});

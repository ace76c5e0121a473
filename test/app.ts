// A real server on a real database for API tests, driven with Fastify's inject (no socket needed).
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadDemo } from '../src/cli/demo-data.ts';
import type { Database } from '../src/db/client.ts';
import { buildApp } from '../src/server/app.ts';
import { type Engine, freshDatabase } from './db.ts';

/** The demo's "today" in tests: a fixed day, so statuses do not drift with the calendar. */
export const TEST_NOW = new Date('2026-11-20T03:00:00Z');

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** Signs in and returns the session cookie header. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export async function buildTestApp(
  engine: Engine,
  options: { demo?: boolean; now?: Date } = {},
): Promise<TestApp> {
  const database = await freshDatabase(engine);
  const now = options.now ?? TEST_NOW;
  if (options.demo !== false) await loadDemo(database, now);
  const app = await buildApp({ database, now: () => now, webDir: '/nonexistent' });
  await app.ready();
  return {
    app,
    database,
    async login(username, password = 'lotrinh-demo') {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      return cookieOf(res);
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export function cookieOf(res: LightMyRequestResponse): string {
  const setCookie = res.headers['set-cookie'];
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  return String(first).split(';')[0];
}

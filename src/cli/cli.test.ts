// The `lotrinh` command as a user runs it: real processes on a real PGlite data folder.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.ts';
import { documents, users } from '../db/schema.ts';

const BIN = fileURLToPath(new URL('../../bin/lotrinh', import.meta.url));
const run = promisify(execFile);
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'lotrinh-cli-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

// The CLI reads DATABASE_URL; these tests are about the embedded database.
const env = { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'silent' };
const lotrinh = (args: string[], extra: Record<string, string> = {}) =>
  run(process.execPath, [BIN, ...args], { env: { ...env, ...extra }, timeout: 90_000 });

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function serve(args: string[]): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--port', String(port), ...args], {
    env,
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`serve exited: ${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function countRows(dataDir: string) {
  const database = await openDatabase({ dataDir });
  try {
    return { users: await database.db.$count(users), documents: await database.db.$count(documents) };
  } finally {
    await database.close();
  }
}

const login = (url: string, username: string, password: string) =>
  fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });

describe('lotrinh command', { timeout: 240_000 }, () => {
  it('lists its subcommands, each with help', async () => {
    const { stdout } = await lotrinh(['--help']);
    for (const command of ['serve', 'migrate', 'user', 'demo', 'extract']) expect(stdout).toContain(command);
    const serveHelp = await lotrinh(['serve', '--help']);
    expect(serveHelp.stdout).toMatch(/--data <dir>/);
    expect(serveHelp.stdout).toMatch(/--demo/);
  });

  it('serve --demo loads the demo into an empty folder and serves it', async () => {
    const data = tempDir();
    const server = await serve(['--demo', '--data', data]);
    try {
      const res = await login(server.url, 'coordinator', 'lotrinh-demo');
      expect(res.status).toBe(200);
      const cookie = String(res.headers.get('set-cookie')).split(';')[0];
      const docs = await (
        await fetch(`${server.url}/api/documents?symbol=11-NQ/TW`, { headers: { cookie } })
      ).json();
      expect(docs.items[0].symbol).toBe('11-NQ/TW');
    } finally {
      await server.stop();
    }
    // A second start with --demo leaves the data as it is.
    const again = await serve(['--demo', '--data', data]);
    await again.stop();
    expect(await countRows(data)).toEqual({ users: 4, documents: 6 });
  });

  it('serve without --demo never adds demo data', async () => {
    const data = tempDir();
    const server = await serve(['--data', data]);
    try {
      expect((await login(server.url, 'admin', 'lotrinh-demo')).status).toBe(401);
    } finally {
      await server.stop();
    }
    expect(await countRows(data)).toEqual({ users: 0, documents: 0 });
  });

  it('migrate, demo and user add work on a data folder given by LOTRINH_DATA_DIR', async () => {
    const data = tempDir();
    await lotrinh(['migrate'], { LOTRINH_DATA_DIR: data });
    const demo = await lotrinh(['demo'], { LOTRINH_DATA_DIR: data });
    expect(demo.stdout).toMatch(/demo loaded/);
    const twice = await lotrinh(['demo'], { LOTRINH_DATA_DIR: data });
    expect(twice.stdout).toMatch(/not loaded/);
    const added = await lotrinh(
      ['user', 'add', '--username', 'lan.tt', '--name', 'Trần Thị Lan', '--role', 'coordinator'],
      {
        LOTRINH_DATA_DIR: data,
        LOTRINH_PASSWORD: 'mot-mat-khau-that-dai',
      },
    );
    expect(added.stdout).toMatch(/lan\.tt/);
    await expect(
      lotrinh(['user', 'add', '--username', 'x', '--name', 'X', '--role', 'chief'], {
        LOTRINH_DATA_DIR: data,
      }),
    ).rejects.toThrow(/chief/);
    const server = await serve(['--data', data]);
    try {
      expect((await login(server.url, 'lan.tt', 'mot-mat-khau-that-dai')).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

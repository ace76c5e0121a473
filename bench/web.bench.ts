// The web app (issue 4): initial JavaScript of dist/web (the entry chunk and everything it imports
// statically) against the 350 KB gzipped goal, and the time until the dashboard is usable in Chromium
// with 100,000 tasks. Needs `npm run build` first. The server is BENCH_WEB_URL when given (it must
// hold the bench data and the demo accounts); otherwise one is started here, in process, on PGlite
// with the demo data plus 100,000 generated tasks.
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist/web');
const GOAL_KB = 350;
const INTERACTIVE_GOAL_MS = 1500;
const TASKS = Number(process.env.BENCH_TASKS ?? 100_000);
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  src?: string;
}
type Manifest = Record<string, ManifestChunk>;

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

function gzipSize(file: string): { raw: number; gz: number } {
  const buf = readFileSync(join(DIST, file));
  return { raw: buf.length, gz: gzipSync(buf).length };
}

/** A chunk and every chunk it imports statically, once each. */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const k of manifest[key]?.imports ?? []) closure(manifest, k, seen);
  return seen;
}

function sizes(manifest: Manifest, keys: Iterable<string>) {
  let raw = 0;
  let gz = 0;
  let css = 0;
  const cssFiles = new Set<string>();
  for (const k of keys) {
    const s = gzipSize(manifest[k].file);
    raw += s.raw;
    gz += s.gz;
    for (const c of manifest[k].css ?? []) cssFiles.add(c);
  }
  for (const c of cssFiles) css += gzipSize(c).gz;
  return { raw, gz, css };
}

function reportSizes(): void {
  const path = join(DIST, '.vite/manifest.json');
  if (!existsSync(path))
    throw new Error('dist/web/.vite/manifest.json is missing: run `npm run build` first');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entry) throw new Error('no entry chunk in the manifest');
  const initial = closure(manifest, entry);
  const s = sizes(manifest, initial);
  const verdict = s.gz / 1000 <= GOAL_KB ? 'meets' : 'MISSES';
  console.log(
    `initial JS (entry + ${initial.size - 1} static imports): ${kb(s.gz)} KB gzipped (${kb(s.raw)} KB raw) — ${verdict} the ${GOAL_KB} KB goal; CSS ${kb(s.css)} KB gzipped`,
  );
  // What the first screen after sign-in really fetches: the dashboard's route chunk and the chart.
  const dash = Object.keys(manifest).find((k) => k.endsWith('pages/DashboardPage.tsx'));
  if (dash) {
    const keys = closure(manifest, dash, new Set(initial));
    for (const d of manifest[dash].dynamicImports ?? []) closure(manifest, d, keys);
    const all = sizes(manifest, keys);
    console.log(`dashboard page in full (initial + route chunk + ECharts): ${kb(all.gz)} KB gzipped`);
  }
  let total = 0;
  for (const c of Object.values(manifest)) if (c.file.endsWith('.js')) total += gzipSize(c.file).gz;
  console.log(`all JS chunks together: ${kb(total)} KB gzipped (loaded only as pages are visited)`);
}

async function startServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const [{ loadDemo }, { freshDatabase }, { buildApp }] = await Promise.all([
    import('../src/cli/demo-data.ts'),
    import('../test/db.ts'),
    import('../src/server/app.ts'),
  ]);
  const t0 = performance.now();
  const database = await freshDatabase('pglite');
  await loadDemo(database);
  const { db } = database;
  await db.execute(sql`select setseed(0.42)`);
  await db.execute(sql`insert into agencies (name, short_name, kind, illustrative)
    select 'Cơ quan thử ' || g, 'CQ' || g, 'department', true from generate_series(1, 200) g`);
  await db.execute(sql`insert into documents (kind, symbol, symbol_key, title, issued_on, illustrative)
    select 'Kế hoạch', g || '/KH-BENCH', g || 'khbench', 'Kế hoạch thử số ' || g, date '2020-01-01' + (g % 2000), true
    from generate_series(1, 500) g`);
  await db.execute(sql`insert into tasks (text, document_id, lead_agency_id, deadline_kind, due_on, completed_on, illustrative)
    select 'Nhiệm vụ thử ' || g,
      (select min(id) from documents where symbol like '%/KH-BENCH') + (g % 500),
      (select min(id) from agencies where name like 'Cơ quan thử %') + (g % 200),
      'date', d, case when random() < 0.5 then d + ((random() * 60)::int - 40) end, true
    from (select g, date '2021-01-01' + (random() * 2900)::int as d from generate_series(1, ${TASKS}) g) s`);
  console.log(
    `server: PGlite, demo data + ${TASKS} tasks generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const app = await buildApp({ database, webDir: DIST });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await app.close();
      await database.close();
    },
  };
}

async function timeDashboard(url: string): Promise<void> {
  const { launch, signIn } = await import('../e2e/browser.ts');
  const b = await launch();
  try {
    await signIn(
      b.page,
      url,
      process.env.BENCH_WEB_USER ?? 'coordinator',
      process.env.BENCH_WEB_PASSWORD ?? 'lotrinh-demo',
    );
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A full page load each time (the browser cache stays warm after the first, as for a daily user).
      const started = performance.now();
      await b.page.goto(`${url}/`, { waitUntil: 'commit' });
      await b.page.getByTestId('count-total').waitFor();
      await b.page.getByTestId('agency-chart').locator('svg').waitFor();
      times.push(performance.now() - started);
    }
    const total = await b.page.getByTestId('count-total').locator('.count-value').textContent();
    // How much of it is the server: the same API calls the page makes, timed alone.
    const api: Record<string, number[]> = { '/api/dashboard': [], '/api/agencies?pageSize=200': [] };
    for (let i = 0; i < RUNS; i++) {
      for (const path of Object.keys(api)) {
        const s = performance.now();
        await b.page.request.get(`${url}${path}`);
        api[path].push(performance.now() - s);
      }
    }
    const med = (xs: number[]) => [...xs].sort((a, c) => a - c)[Math.floor(xs.length / 2)];
    console.log(
      `server alone, median of ${RUNS}: ${Object.entries(api)
        .map(([p, xs]) => `GET ${p} ${med(xs).toFixed(0)} ms`)
        .join('; ')}`,
    );
    const sorted = [...times].sort((a, c) => a - c);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(
      `dashboard interactive (counts and the agency chart drawn, ${total} tasks): first ${times[0].toFixed(0)} ms, median of ${RUNS} ${median.toFixed(0)} ms — ${median <= INTERACTIVE_GOAL_MS ? 'meets' : 'MISSES'} the ${INTERACTIVE_GOAL_MS} ms goal`,
    );
  } finally {
    await b.close();
  }
}

export async function run(): Promise<void> {
  console.log(
    `goal: initial JS ≤ ${GOAL_KB} KB gzipped; dashboard interactive < ${INTERACTIVE_GOAL_MS} ms with 100,000 tasks`,
  );
  reportSizes();
  const { CHROMIUM } = await import('../e2e/browser.ts');
  if (!existsSync(CHROMIUM)) {
    console.log(`dashboard timing: skipped (${CHROMIUM} is missing)`);
    return;
  }
  const given = process.env.BENCH_WEB_URL?.replace(/\/$/, '');
  if (given) {
    await timeDashboard(given);
    return;
  }
  const server = await startServer();
  try {
    await timeDashboard(server.url);
  } finally {
    await server.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();

// The web app (issue 4): initial JavaScript of dist/web (the entry chunk and everything it imports
// statically) against the 350 KB gzipped goal, and the time until the dashboard is usable in Chromium
// with 100,000 tasks. Needs `npm run build` first. The server is BENCH_WEB_URL when given (it must
// hold the bench data and the demo accounts); otherwise one is started here, in process, with the demo
// data plus 100,000 generated tasks: on PGlite, and on PostgreSQL too when TEST_DATABASE_URL (or
// BENCH_DATABASE_URL) is set; BENCH_WEB_ENGINE=pglite|postgres runs one. Each load is timed from the
// page's own clock, with the waterfall of its requests, warm and with an empty browser cache.
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Engine } from '../test/db.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// BENCH_WEB_DIST: another build folder (dist/web may be rebuilt by others while a bench runs).
const DIST = process.env.BENCH_WEB_DIST ?? join(ROOT, 'dist/web');
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

/** Demo data plus the bench tasks (made in the database itself, with a fixed seed). */
async function startServer(engine: Engine): Promise<{ url: string; stop: () => Promise<void> }> {
  const [{ loadDemo }, { freshDatabase }, { buildApp }] = await Promise.all([
    import('../src/cli/demo-data.ts'),
    import('../test/db.ts'),
    import('../src/server/app.ts'),
  ]);
  const t0 = performance.now();
  const database = await freshDatabase(engine);
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
  await db.execute(sql`analyze`);
  console.log(
    `server: ${engine}, demo data + ${TASKS} tasks generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
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

/** What the page records about itself (an init script): when the counts and the chart appear. */
const PROBE = `(() => {
  const t = (window.__bench = { counts: 0, chart: 0, long: 0, longest: 0 });
  const seen = () => {
    if (!t.counts && document.querySelector('[data-testid=count-total]')) t.counts = performance.now();
    if (!t.chart && document.querySelector('[data-testid=agency-chart] svg g')) t.chart = performance.now();
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) { t.long += e.duration; t.longest = Math.max(t.longest, e.duration); }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/** Read back after a load: the probe's times, first paint, and every request with its timing. */
const COLLECT = `(() => {
  const span = (e) => ({
    name: e.name.replace(location.origin, ''),
    start: e.startTime,
    end: e.responseEnd,
    wait: e.responseStart - e.requestStart,
    bytes: e.transferSize,
  });
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    ...window.__bench,
    fcp: fcp ? fcp.startTime : 0,
    spans: [span(nav), ...performance.getEntriesByType('resource').map(span)],
  };
})()`;

interface Span {
  name: string;
  start: number;
  end: number;
  /** Time to first byte: how long the server took, request sent to response started. */
  wait: number;
  bytes: number;
}
interface Sample {
  total: number;
  counts: number;
  chart: number;
  fcp: number;
  long: number;
  longest: number;
  requests: number;
  spans: Span[];
}

/** One page load, timed from the page's own clock (navigation start = 0). */
async function sampleOnce(page: import('playwright-core').Page, url: string, path = '/'): Promise<Sample> {
  const started = performance.now();
  await page.goto(`${url}${path}`, { waitUntil: 'commit' });
  await page.getByTestId('count-total').waitFor();
  await page.getByTestId('agency-chart').locator('svg g').first().waitFor({ state: 'attached' });
  const total = performance.now() - started;
  // A string, not a function: tsx would wrap a function's inner arrows in a helper the page lacks.
  const got = (await page.evaluate(COLLECT)) as Omit<Sample, 'total' | 'requests'>;
  return {
    total,
    counts: got.counts,
    chart: got.chart,
    fcp: got.fcp,
    long: got.long,
    longest: got.longest,
    requests: got.spans.length,
    spans: got.spans,
  };
}

const med = (xs: number[]) => [...xs].sort((a, c) => a - c)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(0)} ms`;

function summarise(label: string, samples: Sample[]): number {
  const m = (k: 'total' | 'counts' | 'chart' | 'fcp' | 'long' | 'longest' | 'requests') =>
    med(samples.map((s) => s[k]));
  console.log(
    `${label}, median of ${samples.length}: first paint ${ms(m('fcp'))}, counts shown ${ms(m('counts'))}, chart drawn ${ms(m('chart'))} (seen from the test ${ms(m('total'))}); ${m('requests')} requests; main thread busy in long tasks ${ms(m('long'))} (longest ${ms(m('longest'))})`,
  );
  // The waterfall of the median run: what was asked when, how long the server took, when it arrived.
  const byChart = [...samples].sort((a, c) => a.chart - c.chart);
  const s = byChart[Math.floor(byChart.length / 2)];
  for (const x of s.spans)
    console.log(
      `    ${x.name.slice(0, 48).padEnd(48)} ${ms(x.start).padStart(8)} → ${ms(x.end).padStart(8)}  (server ${ms(x.wait)}, ${(x.bytes / 1000).toFixed(1)} KB)`,
    );
  return m('chart');
}

async function timeDashboard(url: string, engine: string): Promise<void> {
  const { launch, signIn } = await import('../e2e/browser.ts');
  const b = await launch();
  try {
    await b.context.addInitScript(PROBE);
    await signIn(
      b.page,
      url,
      process.env.BENCH_WEB_USER ?? 'coordinator',
      process.env.BENCH_WEB_PASSWORD ?? 'lotrinh-demo',
    );
    const cdp = await b.context.newCDPSession(b.page);
    // The server keeps a dashboard answer 10 s: a period ending on a different far-off day each time
    // (same tasks, same work) makes it compute afresh.
    const fresh = (i: number, month: number) => `/?to=2100-${month}-${String(i + 1).padStart(2, '0')}`;
    // A daily user: the browser cache holds the app's files from yesterday; the answer is the server's
    // cached one (someone else opened the dashboard in the last 10 s), or computed afresh.
    const warm: Sample[] = [];
    for (let i = 0; i < RUNS; i++) warm.push(await sampleOnce(b.page, url));
    const warmFresh: Sample[] = [];
    for (let i = 0; i < RUNS; i++) warmFresh.push(await sampleOnce(b.page, url, fresh(i, 10)));
    // A first visit after a new release: nothing cached (the session cookie kept), the answer computed.
    const cold: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      await cdp.send('Network.clearBrowserCache');
      cold.push(await sampleOnce(b.page, url, fresh(i, 11)));
    }
    const total = await b.page.getByTestId('count-total').locator('.count-value').textContent();
    // How much of it is the server: the same API calls the page makes, timed alone.
    const api: Record<string, number[]> = {
      '/api/dashboard': [],
      'uncached /api/dashboard': [],
      '/api/auth/me': [],
    };
    for (let i = 0; i < RUNS; i++) {
      for (const path of Object.keys(api)) {
        const s = performance.now();
        const miss = path.startsWith('uncached');
        await b.page.request.get(`${url}${miss ? `/api/dashboard${fresh(i, 12).slice(1)}` : path}`);
        api[path].push(performance.now() - s);
      }
    }
    const load = loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
    console.log(`${engine}: ${total} tasks; load average ${load} (${cpus().length} cores)`);
    console.log(
      `server alone, median of ${RUNS}: ${Object.entries(api)
        .map(([p, xs]) => `GET ${p} ${ms(med(xs))}`)
        .join('; ')}`,
    );
    const w = summarise('files cached, answer cached', warm);
    const f = summarise('files cached, answer computed', warmFresh);
    const c = summarise('nothing cached (first visit)', cold);
    const worst = Math.max(w, f, c);
    console.log(
      `${engine}: dashboard interactive (counts and the agency chart drawn), medians: ${ms(w)} files and answer cached, ${ms(f)} answer computed, ${ms(c)} nothing cached — ${worst <= INTERACTIVE_GOAL_MS ? 'meets' : 'MISSES'} the ${INTERACTIVE_GOAL_MS} ms goal (load average ${load})`,
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
    await timeDashboard(given, given);
    return;
  }
  // PGlite always; PostgreSQL too with TEST_DATABASE_URL or BENCH_DATABASE_URL (BENCH_WEB_ENGINE picks one).
  if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
  const wanted = process.env.BENCH_WEB_ENGINE;
  const engines: Engine[] = (['pglite', 'postgres'] as const).filter(
    (e) => (!wanted || wanted === e) && (e === 'pglite' || process.env.TEST_DATABASE_URL),
  );
  if (!engines.includes('postgres'))
    console.log('postgres: skipped (set TEST_DATABASE_URL or BENCH_DATABASE_URL)');
  for (const engine of engines) {
    const server = await startServer(engine);
    try {
      await timeDashboard(server.url, engine);
    } finally {
      await server.stop();
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();

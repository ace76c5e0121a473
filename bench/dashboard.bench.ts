// Dashboard aggregates at scale (issue 2): 100,000 tasks and 10,000 indicators with five years of
// observations, on PGlite and (with TEST_DATABASE_URL or BENCH_DATABASE_URL) on PostgreSQL. Prints median
// and p95 latency of GET /api/dashboard through the real server. Goal: p95 < 100 ms on PostgreSQL.
import { inArray, sql } from 'drizzle-orm';
import { loadDemo } from '../src/cli/demo-data.ts';
import type { Database } from '../src/db/client.ts';
import { indicators, observations, targets } from '../src/db/schema.ts';
import { buildApp } from '../src/server/app.ts';
import { assessIndicator } from '../src/server/indicators/indicators.service.ts';
import { type Engine, freshDatabase } from '../test/db.ts';

const TASKS = Number(process.env.BENCH_TASKS ?? 100_000);
const INDICATORS = Number(process.env.BENCH_INDICATORS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const NOW = new Date('2026-11-20T03:00:00Z');
const TODAY = '2026-11-20';

/** Bulk data made in the database itself (generate_series), with a fixed seed for repeatable runs. */
export async function generate(database: Database) {
  const { db } = database;
  await db.execute(sql`select setseed(0.42)`);
  await db.execute(sql`insert into agencies (name, short_name, kind, illustrative)
    select 'Cơ quan thử ' || g, 'CQ' || g, 'department', true from generate_series(1, 200) g`);
  await db.execute(sql`insert into documents (kind, symbol, symbol_key, title, issued_on, illustrative)
    select 'Kế hoạch', g || '/KH-BENCH', g || 'khbench', 'Kế hoạch thử số ' || g, date '2020-01-01' + (g % 2000), true
    from generate_series(1, 500) g`);
  // Deadlines spread over 2021–2028; about half done, some late.
  await db.execute(sql`insert into tasks (text, document_id, lead_agency_id, deadline_kind, due_on, completed_on, illustrative)
    select 'Nhiệm vụ thử ' || g,
      (select min(id) from documents) + (g % 500),
      (select min(id) from agencies) + (g % 200),
      'date', d, case when random() < 0.5 then d + ((random() * 60)::int - 40) end, true
    from (select g, date '2021-01-01' + (random() * 2900)::int as d from generate_series(1, ${TASKS}) g) s`);
  await db.execute(sql`insert into indicators (name, unit, owner_agency_id, illustrative)
    select 'Chỉ tiêu thử ' || g, '%', (select min(id) from agencies) + (g % 200), true from generate_series(1, ${INDICATORS}) g`);
  await db.execute(sql`insert into targets (indicator_id, value, year, illustrative)
    select id, 40 + (id % 30), 2030, true from indicators where name like 'Chỉ tiêu thử %'`);
  await db.execute(sql`insert into observations (indicator_id, year, value, state, illustrative)
    select i.id, y, 30 + (i.id % 10) + (y - 2021) * (random() * 3 - 0.5), 'approved', true
    from indicators i cross join generate_series(2021, 2025) y where i.name like 'Chỉ tiêu thử %'`);
  // Headline statuses by the real method, written back in batches.
  const ids = (await db.select({ id: indicators.id }).from(indicators)).map((r) => r.id);
  for (let i = 0; i < ids.length; i += 2000) {
    const batch = ids.slice(i, i + 2000);
    const [rows, t, o] = await Promise.all([
      db.select().from(indicators).where(inArray(indicators.id, batch)),
      db.select().from(targets).where(inArray(targets.indicatorId, batch)),
      db.select().from(observations).where(inArray(observations.indicatorId, batch)),
    ]);
    const values = rows.map((row) => {
      const p = assessIndicator(
        row,
        t.filter((x) => x.indicatorId === row.id),
        o.filter((x) => x.indicatorId === row.id),
        TODAY,
      );
      return sql`(${row.id}::int, ${p.status}::text)`;
    });
    await db.execute(sql`update indicators set progress_status = v.s from (values ${sql.join(values, sql`, `)}) v(id, s)
      where indicators.id = v.id`);
  }
}

function quantile(sorted: number[], q: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function measure(engine: Engine) {
  const t0 = performance.now();
  const database = await freshDatabase(engine);
  await loadDemo(database, NOW);
  await generate(database);
  console.log(
    `${engine}: generated ${TASKS} tasks, ${INDICATORS} indicators × 5 years in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const app = await buildApp({ database, now: () => NOW, webDir: '/nonexistent' });
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'viewer', password: 'lotrinh-demo' },
  });
  const cookie = String(login.headers['set-cookie']).split(';')[0];
  const agency = (await app.inject({ url: '/api/agencies?q=CQ17', headers: { cookie } })).json().items[0].id;
  const queries = {
    'all tasks': '/api/dashboard',
    'one agency': `/api/dashboard?agency=${agency}`,
    'one year': '/api/dashboard?from=2026-01-01&to=2026-12-31',
  };
  for (const [name, url] of Object.entries(queries)) {
    for (let i = 0; i < 3; i++) await app.inject({ url, headers: { cookie } }); // warm up
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      const res = await app.inject({ url, headers: { cookie } });
      times.push(performance.now() - s);
      total = res.json().tasks.total;
    }
    times.sort((a, b) => a - b);
    console.log(
      `${engine.padEnd(8)} ${name.padEnd(11)} median ${quantile(times, 0.5).toFixed(1).padStart(6)} ms  p95 ${quantile(times, 0.95).toFixed(1).padStart(6)} ms  (${total} tasks counted, ${RUNS} runs)`,
    );
  }
  await app.close();
  await database.close();
}

export async function run(): Promise<void> {
  console.log(
    'goal: dashboard p95 < 100 ms on PostgreSQL with 100,000 tasks and 10,000 indicators (2-core machine)',
  );
  await measure('pglite');
  if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
  if (process.env.TEST_DATABASE_URL) await measure('postgres');
  else console.log('postgres: skipped (set TEST_DATABASE_URL or BENCH_DATABASE_URL)');
}

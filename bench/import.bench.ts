// Bulk import at scale (issue 5): N news-length Vietnamese articles, built by recombining the sentences of
// the real passages in ../shared (seeds and extraction gold), imported with `lotrinh import`'s machinery
// (JSONL corpus → worker-thread extraction → sources, search-indexed by their triggers) on PGlite and, with
// TEST_DATABASE_URL or BENCH_DATABASE_URL, on PostgreSQL. Prints articles/s, MB/s and peak RSS, and the
// projection to the goal: 100,000 articles (≈ 300 MB) in ≤ 10 min on PostgreSQL, ≤ 20 min on PGlite,
// ≤ 2 GB of memory. BENCH_IMPORT_ARTICLES sets N (default 3,000: a few minutes on two cores).
// Then the same with --accept (every extracted item accepted into records, for trusted corpora) on the first
// BENCH_IMPORT_ACCEPT_ARTICLES of them (default 1,000; 0 skips it), with the records it made
// (BENCH_IMPORT_ONLY=accept measures only that).
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { loadAdminUnits } from '../src/cli/admin-units.ts';
import { openDatabase, queryRows } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { ensureJob, jobProgress, planPaths, runJob } from '../src/ingest/jobs.ts';
import { type Engine, freshDatabase } from '../test/db.ts';
import { mulberry32, SHARED, sharedTexts } from './shared-texts.ts';

const N = Number(process.env.BENCH_IMPORT_ARTICLES ?? 3000);
const N_ACCEPT = Math.min(N, Number(process.env.BENCH_IMPORT_ACCEPT_ARTICLES ?? 1000));
// About 3 KB of UTF-8 each, as the goal assumes (100,000 articles ≈ 300 MB).
const ARTICLE_CHARS = 2200;
const GOAL_ARTICLES = 100_000;
const GOAL_SECONDS: Record<Engine, number> = { postgres: 600, pglite: 1200 };
const GOAL_RSS_MB = 2048;

export function sentencesOfShared(): string[] {
  const out = new Set<string>();
  for (const t of sharedTexts())
    for (const s of t.normalize('NFC').split(/(?<=[.!?;:])\s+|\n+/))
      if (s.trim().length >= 25) out.add(s.trim());
  return [...out];
}

export function writeCorpus(path: string, sentences: string[]): number {
  const rnd = mulberry32(20251122);
  const pick = () => sentences[Math.floor(rnd() * sentences.length)];
  const lines: string[] = [];
  for (let i = 0; i < N; i++) {
    const title = pick().slice(0, 120);
    let text = `${title}\n`;
    while (text.length < ARTICLE_CHARS) text += rnd() < 0.2 ? `\n${pick()}` : ` ${pick()}`;
    const day = 1 + Math.floor(rnd() * 28);
    const month = 1 + Math.floor(rnd() * 12);
    const date = `${2020 + Math.floor(rnd() * 6)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    lines.push(
      JSON.stringify({ id: `bench-${i}`, title, date, url: `https://bao.example.vn/bai-${i}`, text }),
    );
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return statSync(path).size;
}

async function measure(engine: Engine, corpus: string, bytes: number, workdir: string, accept = false) {
  const database =
    engine === 'pglite'
      ? await openDatabase({ dataDir: join(workdir, accept ? 'pglite-accept' : 'pglite') })
      : await freshDatabase('postgres');
  if (engine === 'pglite') {
    await migrate(database);
    await loadAdminUnits(database.db);
  }
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  try {
    const started = performance.now();
    const job = await ensureJob(database.db, { key: `bench-${engine}`, label: 'bench', accept });
    await planPaths(database.db, job.id, [corpus]);
    const planned = performance.now();
    await runJob(database, job.id, { threads: availableParallelism(), batchSize: 25, today: '2026-11-20' });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const p = (await jobProgress(database.db, job.id, 5))!;
    const [indexed] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int n from search_index where type = 'source'`,
    );
    const rate = p.done / seconds;
    const projected = GOAL_ARTICLES / rate;
    const peakMb = peak / 2 ** 20;
    if (accept) {
      const [r] = await queryRows<Record<string, number>>(
        database.db,
        sql`select (select count(*) from documents)::int documents, (select count(*) from indicators)::int indicators,
          (select count(*) from targets)::int targets, (select count(*) from observations)::int observations,
          (select count(*) from tasks)::int tasks, (select count(*) from agency_proposals)::int "agency proposals",
          (select count(*) from review_decisions where decision = 'accepted')::int "accepted items"`,
      );
      console.log(
        `${engine} --accept: ${p.done} articles (${p.failed} failed) in ${seconds.toFixed(1)} s: ` +
          `${rate.toFixed(1)} articles/s, ${(bytes / 2 ** 20 / seconds).toFixed(2)} MB/s, peak RSS ${peakMb.toFixed(0)} MB; ` +
          Object.entries(r)
            .map(([k, v]) => `${Number(v)} ${k}`)
            .join(', '),
      );
      return;
    }
    console.log(
      `${engine}: ${p.done} articles (${p.duplicates} duplicates, ${p.failed} failed), ${Number(indexed.n)} indexed, ` +
        `in ${seconds.toFixed(1)} s (listing ${((planned - started) / 1000).toFixed(1)} s): ` +
        `${rate.toFixed(1)} articles/s, ${(bytes / 2 ** 20 / seconds).toFixed(2)} MB/s, peak RSS ${peakMb.toFixed(0)} MB`,
    );
    console.log(
      `  goal ${GOAL_ARTICLES.toLocaleString('en')} articles ≤ ${GOAL_SECONDS[engine] / 60} min: projected ` +
        `${(projected / 60).toFixed(1)} min ${projected <= GOAL_SECONDS[engine] ? 'MET' : 'NOT MET'}; ` +
        `memory ≤ ${GOAL_RSS_MB} MB ${peakMb <= GOAL_RSS_MB ? 'MET' : 'NOT MET'} (at N=${N}; memory does not grow with N: batches are bounded)`,
    );
    if (p.errors.length) console.log('  errors:', p.errors);
  } finally {
    clearInterval(sampler);
    await database.close();
  }
}

export async function run(): Promise<void> {
  if (!existsSync(SHARED)) {
    console.log(`import: skipped (${SHARED} is absent: the articles are built from its passages)`);
    return;
  }
  const sentences = sentencesOfShared();
  const workdir = mkdtempSync(join(tmpdir(), 'lotrinh-bench-import-'));
  try {
    const corpus = join(workdir, 'articles.jsonl');
    const bytes = writeCorpus(corpus, sentences);
    // The first N_ACCEPT lines, for the --accept figure.
    const acceptCorpus = join(workdir, 'accept.jsonl');
    const head = readFileSync(corpus, 'utf8').split('\n').slice(0, N_ACCEPT).join('\n');
    writeFileSync(acceptCorpus, `${head}\n`);
    const acceptBytes = statSync(acceptCorpus).size;
    console.log(
      `import: ${N} articles recombined from ${sentences.length} sentences of ../shared, ${(bytes / 2 ** 20).toFixed(1)} MB; ` +
        `${availableParallelism()} worker threads (BENCH_IMPORT_ARTICLES to scale)`,
    );
    if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
    const engines: Engine[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
    if (!process.env.TEST_DATABASE_URL)
      console.log('postgres: skipped (set TEST_DATABASE_URL or BENCH_DATABASE_URL)');
    if (process.env.BENCH_IMPORT_ONLY !== 'accept')
      for (const engine of engines) await measure(engine, corpus, bytes, workdir);
    if (N_ACCEPT > 0)
      for (const engine of engines) await measure(engine, acceptCorpus, acceptBytes, workdir, true);
  } finally {
    rmSync(workdir, { recursive: true, force: true });
  }
}

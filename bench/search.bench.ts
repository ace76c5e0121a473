// Search benchmark (issue 6): the search service (GET /api/search without HTTP) over synthetic documents
// on PostgreSQL (1,000,000) and PGlite (100,000), with SQLite FTS5 over the same corpus and queries as the
// reference. Documents are made by shuffling and recombining the sentences of ../shared/seeds/*.txt and
// ../shared/extract/dev.jsonl, so words keep their natural frequencies.
//
//   npm run bench                       (the shared runner calls run())
//   node --import tsx bench/search.bench.ts
//
// Environment: BENCH_DATABASE_URL or TEST_DATABASE_URL (PostgreSQL; skipped without), BENCH_SEARCH_DOCS
// (PostgreSQL size, 1000000), BENCH_SEARCH_PGLITE_DOCS (100000), BENCH_SEARCH_QUERIES (500),
// BENCH_SEARCH_REUSE=1 (keep the PostgreSQL database between runs and reuse it when it has the size),
// BENCH_SEARCH_ENGINES (fts5,pglite,postgres).
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { symbolKey } from '../src/domain/documentSymbol.ts';
import { foldVietnamese } from '../src/domain/fold.ts';
import { SearchQuery } from '../src/server/search/search.schema.ts';
import { search } from '../src/server/search/search.service.ts';
import { mulberry32, sharedTexts } from './shared-texts.ts';

const OUT = fileURLToPath(new URL('./out/', import.meta.url));

// better-sqlite3 ships no types and @types/better-sqlite3 is not a dependency: the little used here.
interface SqliteStatement {
  run(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}
interface SqliteDb {
  exec(sql: string): void;
  prepare(sql: string): SqliteStatement;
  transaction<T extends (...args: never[]) => unknown>(fn: T): T;
  close(): void;
}
type SqliteCtor = new (file: string) => SqliteDb;

const env = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback;
};

// ——— Corpus ———

export function loadSentences(): string[] | null {
  const texts = sharedTexts();
  if (!texts.length) return null;
  const sentences = new Set<string>();
  for (const t of texts) {
    for (const s of t.normalize('NFC').split(/(?<=[.!?;:])\s+|\n+/)) {
      const clean = s.replace(/\s+/g, ' ').trim();
      if (clean.split(' ').length >= 4) sentences.add(clean);
    }
  }
  return [...sentences];
}

const KINDS = [
  ['Nghị quyết', 'NQ/TW', 'Bộ Chính trị'],
  ['Quyết định', 'QĐ-UBND', 'UBND tỉnh Thái Nguyên'],
  ['Kế hoạch', 'KH-UBND', 'UBND tỉnh Lạng Sơn'],
  ['Nghị định', 'NĐ-CP', 'Chính phủ'],
  ['Chỉ thị', 'CT-TTg', 'Thủ tướng Chính phủ'],
  ['Kết luận', 'KL/TW', 'Ban Bí thư'],
] as const;

interface Doc {
  kind: string;
  symbol: string;
  issuer: string;
  issuedOn: string;
  title: string;
  fullText: string;
}

/** Document i of the corpus: the same for every engine, whatever the batch it is made in. */
function makeDoc(i: number, sentences: string[]): Doc {
  const rnd = mulberry32(i * 2654435761 + 7);
  const pick = () => sentences[Math.floor(rnd() * sentences.length)]!;
  const [kind, code, issuer] = KINDS[i % KINDS.length]!;
  const year = 2000 + Math.floor(rnd() * 26);
  const n = 1 + Math.floor(rnd() * 999);
  const symbol = code.includes('/') ? `${n}-${code}` : `${n}/${year}/${code}`;
  const titleWords = pick().split(' ');
  const start = Math.floor(rnd() * Math.max(1, titleWords.length - 12));
  const title = titleWords.slice(start, start + 6 + Math.floor(rnd() * 10)).join(' ');
  const k = 3 + Math.floor(rnd() * 8);
  const body: string[] = [];
  for (let j = 0; j < k; j++) body.push(pick());
  const month = 1 + Math.floor(rnd() * 12);
  const day = 1 + Math.floor(rnd() * 28);
  return {
    kind,
    symbol,
    issuer,
    issuedOn: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    title,
    fullText: body.join(' '),
  };
}

interface BenchQuery {
  q: string;
  kind: 'words' | 'symbol';
  /** For symbol queries: the key the first result must have. */
  key?: string;
}

export function makeQueries(sentences: string[], count: number, docs: number): BenchQuery[] {
  const rnd = mulberry32(42);
  const queries: BenchQuery[] = [];
  while (queries.length < count) {
    const words = foldVietnamese(sentences[Math.floor(rnd() * sentences.length)]!)
      .split(/[^a-z0-9]+/)
      .filter((w) => w && !/^\d+$/.test(w));
    const len = 1 + Math.floor(rnd() * 4);
    if (words.length < len) continue;
    const at = Math.floor(rnd() * (words.length - len + 1));
    queries.push({ q: words.slice(at, at + len).join(' '), kind: 'words' });
  }
  const symbols = Math.max(10, Math.floor(count / 5));
  for (let s = 0; s < symbols; s++) {
    const doc = makeDoc(Math.floor(rnd() * docs), sentences);
    const typed = [
      doc.symbol.toLowerCase().replace('-', ' '),
      doc.symbol.toLowerCase().replace(/\//g, '-'),
      `số ${doc.symbol}`,
      foldVietnamese(doc.symbol).replace(/[^a-z0-9]/g, ''),
    ][s % 4]!;
    queries.push({ q: typed, kind: 'symbol', key: symbolKey(doc.symbol) });
  }
  return queries;
}

// ——— Measuring ———

interface Stats {
  n: number;
  median: number;
  p95: number;
  max: number;
}

function stats(ms: number[]): Stats {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  const r = (x: number) => Math.round(x * 10) / 10;
  return { n: s.length, median: r(at(0.5)), p95: r(at(0.95)), max: r(s[s.length - 1] ?? 0) };
}

interface EngineResult {
  engine: string;
  docs: number;
  loadSeconds: number | null;
  indexBytes: Record<string, number>;
  words: Stats;
  symbol: Stats;
  all: Stats;
  symbolFirst: string;
}

async function timeQueries(
  queries: BenchQuery[],
  runOne: (q: BenchQuery) => Promise<string | undefined> | string | undefined,
): Promise<Pick<EngineResult, 'words' | 'symbol' | 'all' | 'symbolFirst'>> {
  // Warm the caches with a tenth of the queries, then measure every one.
  for (const q of queries.slice(0, Math.ceil(queries.length / 10))) await runOne(q);
  const words: number[] = [];
  const symbol: number[] = [];
  let firstRight = 0;
  let symbolCount = 0;
  for (const q of queries) {
    const t0 = performance.now();
    const firstKey = await runOne(q);
    const ms = performance.now() - t0;
    if (q.kind === 'symbol') {
      symbol.push(ms);
      symbolCount++;
      if (firstKey === q.key) firstRight++;
    } else words.push(ms);
  }
  return {
    words: stats(words),
    symbol: stats(symbol),
    all: stats([...words, ...symbol]),
    symbolFirst: `${firstRight}/${symbolCount}`,
  };
}

// ——— PostgreSQL and PGlite ———

const BATCH = 2000;

async function loadDocuments(
  exec: (text: string, params: unknown[]) => Promise<unknown>,
  sentences: string[],
  count: number,
  label: string,
  concurrency: number,
): Promise<void> {
  const started = performance.now();
  const inFlight = new Set<Promise<unknown>>();
  for (let from = 0; from < count; from += BATCH) {
    const cols: string[][] = [[], [], [], [], [], [], []];
    for (let i = from; i < Math.min(count, from + BATCH); i++) {
      const d = makeDoc(i, sentences);
      const values = [d.kind, d.symbol, symbolKey(d.symbol), d.issuer, d.issuedOn, d.title, d.fullText];
      for (const [c, v] of values.entries()) cols[c]!.push(v);
    }
    const p = exec(
      `insert into documents (kind, symbol, symbol_key, issuer, issued_on, title, full_text)
       select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[])`,
      cols,
    ).finally(() => inFlight.delete(p));
    inFlight.add(p);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
    const done = Math.min(count, from + BATCH);
    if (done % 50_000 === 0 || done === count) {
      const s = (performance.now() - started) / 1000;
      process.stdout.write(`  ${label}: ${done.toLocaleString('en')} documents, ${s.toFixed(0)} s\n`);
    }
  }
  await Promise.all(inFlight);
}

// Building the search indexes once after a bulk load is several times faster than growing them row by row;
// the triggers still fill search_index itself, as they do for any import.
const BULK_INDEXES = ['search_index_tsv_idx', 'search_index_rank_idx'];

async function indexSizes(database: Database): Promise<Record<string, number>> {
  const rows = (
    (await database.db.execute(sql`select
      pg_total_relation_size('search_index') as search_index_total,
      pg_relation_size('search_index') as search_index_heap,
      pg_relation_size('search_index_tsv_idx') as gin_tsv,
      pg_relation_size('search_index_rank_idx') as btree_rank,
      pg_relation_size('search_index_symbol_key_idx') as btree_symbol_key,
      pg_total_relation_size('documents') as documents_total`)) as unknown as {
      rows: Record<string, unknown>[];
    }
  ).rows;
  return Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)]));
}

async function benchDatabase(
  label: string,
  database: Database,
  sentences: string[],
  docs: number,
  queries: BenchQuery[],
  load: boolean,
): Promise<EngineResult> {
  const exec = async (text: string, params: unknown[] = []) => {
    const q = sql.raw(text);
    if (params.length === 0) return database.db.execute(q);
    // Parameters go through the driver directly: drizzle's sql.raw takes none.
    return (
      database.db as unknown as { $client: { query: (t: string, p: unknown[]) => Promise<unknown> } }
    ).$client.query(text, params);
  };
  let loadSeconds: number | null = null;
  if (load) {
    const started = performance.now();
    const defs = (
      (await database.db.execute(
        sql`select indexname, indexdef from pg_indexes where tablename = 'search_index'
          and indexname in (${sql.join(
            BULK_INDEXES.map((n) => sql`${n}`),
            sql`, `,
          )})`,
      )) as unknown as { rows: { indexname: string; indexdef: string }[] }
    ).rows;
    for (const d of defs) await exec(`drop index ${d.indexname}`);
    // Two writers on PostgreSQL (one per core here); PGlite has one connection anyway.
    await loadDocuments(exec, sentences, docs, label, database.engine === 'postgres' ? 2 : 1);
    await exec(`set maintenance_work_mem = '512MB'`);
    for (const d of defs) await exec(d.indexdef);
    await exec('vacuum analyze search_index');
    await exec('vacuum analyze documents');
    loadSeconds = Math.round((performance.now() - started) / 1000);
  }
  const ctx = { database, db: database.db, now: () => new Date('2026-01-01T00:00:00Z') };
  const timed = await timeQueries(queries, async (q) => {
    const r = await search(ctx, SearchQuery.parse({ q: q.q }));
    return r.items[0]?.symbol ? symbolKey(r.items[0].symbol) : undefined;
  });
  return { engine: label, docs, loadSeconds, indexBytes: await indexSizes(database), ...timed };
}

async function benchPostgres(url: string, sentences: string[], docs: number, queries: BenchQuery[]) {
  const name = `lotrinh_bench_search_${docs}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const reuse = process.env.BENCH_SEARCH_REUSE === '1';
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  let load = true;
  if (exists && reuse) load = false;
  else {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  }
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const database = await openDatabase({ url: dbUrl.toString(), poolSize: 4 });
  try {
    // Applies any migration newer than the database (a reused one too).
    await migrate(database);
    if (!load) {
      const [row] = (
        (await database.db.execute(sql`select count(*)::int as n from documents`)) as unknown as {
          rows: { n: number }[];
        }
      ).rows;
      if (row?.n !== docs)
        throw new Error(`${name} has ${row?.n} documents, not ${docs}: drop it or unset BENCH_SEARCH_REUSE`);
      process.stdout.write(`  postgres: reusing ${name}\n`);
    }
    const version = (
      (await database.db.execute(sql`select current_setting('server_version') as v`)) as unknown as {
        rows: { v: string }[];
      }
    ).rows[0]!.v;
    return await benchDatabase(`PostgreSQL ${version}`, database, sentences, docs, queries, load);
  } finally {
    await database.close();
    if (!reuse) {
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    }
  }
}

async function benchPglite(sentences: string[], docs: number, queries: BenchQuery[]) {
  const dir = mkdtempSync(join(tmpdir(), 'lotrinh-bench-pglite-'));
  const database = await openDatabase({ dataDir: dir });
  try {
    await migrate(database);
    return await benchDatabase('PGlite 0.5 (PostgreSQL 18)', database, sentences, docs, queries, true);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ——— SQLite FTS5, the reference ———

/** FTS5's unicode61 tokenizer removes diacritics but keeps đ: fold it before indexing and querying. */
const foldD = (s: string) => s.replace(/đ/g, 'd').replace(/Đ/g, 'D');

function ftsQuery(q: string): string {
  const words = foldVietnamese(q)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const text = words.map((w) => `"${w}"`).join(' ');
  const key = symbolKey(q);
  return /\d/.test(key) && /[a-z]/.test(key) ? `(${text}) OR symkey:"${key}"` : text;
}

async function benchFts5(sentences: string[], docs: number, queries: BenchQuery[]): Promise<EngineResult> {
  const require = createRequire(import.meta.url);
  const Sqlite = require('better-sqlite3') as SqliteCtor;
  const dir = mkdtempSync(join(tmpdir(), 'lotrinh-bench-fts5-'));
  const file = join(dir, 'fts.db');
  const db = new Sqlite(file);
  try {
    db.exec('pragma journal_mode = off; pragma synchronous = off;');
    db.exec(`create table docs (id integer primary key, symbol text, title text, full_text text);
      create virtual table docs_fts using fts5(title, body, symkey,
        tokenize = 'unicode61 remove_diacritics 2');`);
    const started = performance.now();
    const insertDoc = db.prepare('insert into docs (id, symbol, title, full_text) values (?, ?, ?, ?)');
    const insertFts = db.prepare('insert into docs_fts (rowid, title, body, symkey) values (?, ?, ?, ?)');
    const batch = db.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const d = makeDoc(i, sentences);
        insertDoc.run(i + 1, d.symbol, d.title, d.fullText);
        insertFts.run(
          i + 1,
          foldD(`${d.symbol} ${d.title}`),
          foldD(`${d.kind} ${d.issuer} ${d.fullText}`),
          symbolKey(d.symbol),
        );
      }
    });
    for (let from = 0; from < docs; from += 10_000) batch(from, Math.min(docs, from + 10_000));
    db.exec(`insert into docs_fts(docs_fts) values ('optimize')`);
    const loadSeconds = Math.round((performance.now() - started) / 1000);
    // The reference ranks every match (bm25) and cuts a snippet for the best 20, as a plain FTS5 search does.
    const top = db.prepare(`select f.rowid as id, d.symbol,
        snippet(docs_fts, 1, '<mark>', '</mark>', '…', 24) as snippet
      from docs_fts f join docs d on d.id = f.rowid
      where docs_fts match ? order by bm25(docs_fts, 10.0, 1.0, 100.0) limit 20`);
    const timed = await timeQueries(queries, (q) => {
      const rows = top.all(ftsQuery(q.q)) as { symbol: string }[];
      return rows[0] ? symbolKey(rows[0].symbol) : undefined;
    });
    return {
      engine: 'SQLite FTS5 (better-sqlite3 12)',
      docs,
      loadSeconds,
      indexBytes: { database_file: statSync(file).size },
      ...timed,
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ——— Report ———

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

function report(results: EngineResult[]): void {
  console.log('');
  console.log(
    '| engine | documents | load s | words median / p95 ms | symbol median / p95 ms | all p95 ms | symbol first | size |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const size = Object.entries(r.indexBytes)
      .map(([k, v]) => `${k} ${mb(v)}`)
      .join(', ');
    console.log(
      `| ${r.engine} | ${r.docs.toLocaleString('en')} | ${r.loadSeconds ?? '—'} | ${r.words.median} / ${r.words.p95} | ${r.symbol.median} / ${r.symbol.p95} | ${r.all.p95} | ${r.symbolFirst} | ${size} |`,
    );
  }
}

export async function run(): Promise<void> {
  console.log('search: diacritic-insensitive full-text search (issue 6)');
  const sentences = loadSentences();
  if (!sentences) {
    console.log('search: skipped, ../shared/seeds and ../shared/extract/dev.jsonl are not there');
    return;
  }
  const pgDocs = env('BENCH_SEARCH_DOCS', 1_000_000);
  const liteDocs = env('BENCH_SEARCH_PGLITE_DOCS', 100_000);
  const queryCount = env('BENCH_SEARCH_QUERIES', 500);
  console.log(
    `  ${sentences.length} sentences; ${queryCount} word queries (1–4 syllables, no diacritics) + symbol queries`,
  );
  const engines = new Set((process.env.BENCH_SEARCH_ENGINES ?? 'fts5,pglite,postgres').split(','));
  const results: EngineResult[] = [];

  const liteQueries = makeQueries(sentences, queryCount, liteDocs);
  if (engines.has('fts5')) results.push(await benchFts5(sentences, liteDocs, liteQueries));
  if (engines.has('pglite')) results.push(await benchPglite(sentences, liteDocs, liteQueries));
  report(results);

  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) {
    console.log('search: PostgreSQL skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
  } else {
    const pgQueries = makeQueries(sentences, queryCount, pgDocs);
    if (engines.has('fts5')) results.push(await benchFts5(sentences, pgDocs, pgQueries));
    if (engines.has('postgres')) results.push(await benchPostgres(url, sentences, pgDocs, pgQueries));
    report(results);
  }
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    join(OUT, `search${process.env.BENCH_SEARCH_ENGINES ? `-${[...engines].join('-')}` : ''}.json`),
    `${JSON.stringify(results, null, 2)}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

// Extraction throughput: `npm run bench` (bench/run.ts calls `run()`).
//
// The corpus is ≥ 50 MB of Vietnamese built by shuffling and recombining the sentences of the real
// passages in ../shared (the seed articles and the gold passages); set LOTRINH_BENCH_MB to change it.
// Prints MB/s on one core and on all cores (worker threads), peak RSS, and time for N versus 2N bytes,
// next to the goals of issue 3 and the peer figure.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Line, LineResult } from '../src/cli/extract-worker.ts';
import { extract } from '../src/extract/index.ts';
import { mulberry32, SHARED, sharedTexts } from './shared-texts.ts';

const _repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PEER_S_PER_MB = 225; // vntk on this machine, per issue 3

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.;:!?…])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function loadSentences(): string[] | null {
  const texts = sharedTexts();
  return texts.length ? texts.flatMap(sentencesOf) : null;
}

/** Passages of 2–8 KB: random sentences, joined as paragraphs of a few sentences. */
function buildPassages(sentences: string[], bytes: number, seed: number): string[] {
  const rand = mulberry32(seed);
  const out: string[] = [];
  let total = 0;
  while (total < bytes) {
    const target = 2048 + Math.floor(rand() * 6144);
    let p = '';
    while (Buffer.byteLength(p) < target) {
      const s = sentences[Math.floor(rand() * sentences.length)];
      p += rand() < 0.25 ? `\n${s}` : p ? ` ${s}` : s;
    }
    out.push(p);
    total += Buffer.byteLength(p);
  }
  return out;
}

const mb = (b: number) => b / 1e6;
const fmt = (x: number, d = 1) => x.toFixed(d);

interface Timing {
  wall: number;
  /**
   * CPU seconds of the calling thread alone (Linux: /proc/thread-self/stat, 10 ms ticks): the work of
   * one core, steadier than wall time on a shared machine. Falls back to the process figure elsewhere.
   */
  cpu: number;
  /** CPU seconds of the whole process: also V8's garbage-collector and compiler threads. */
  processCpu: number;
}

const CLOCK_TICKS = 100; // sysconf(_SC_CLK_TCK) on Linux
function threadCpu(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / CLOCK_TICKS; // utime + stime
  } catch {
    return undefined;
  }
}

function timed(f: () => void): Timing {
  const c0 = process.cpuUsage();
  const th0 = threadCpu();
  const t0 = performance.now();
  f();
  const wall = (performance.now() - t0) / 1000;
  const th1 = threadCpu();
  const c = process.cpuUsage(c0);
  const processCpu = (c.user + c.system) / 1e6;
  return { wall, cpu: th0 !== undefined && th1 !== undefined ? th1 - th0 : processCpu, processCpu };
}

const LINEARITY_RUNS = 3;

/** The fastest of several runs, by CPU time of the thread (its wall time with it). */
function best(runs: Timing[]): Timing {
  return runs.reduce((a, b) => (b.cpu < a.cpu || (b.cpu === a.cpu && b.wall < a.wall) ? b : a));
}

function timeOneCore(passages: string[]): Timing {
  return timed(() => {
    for (const p of passages) extract(p);
  });
}

/** Lines of `lotrinh extract --jsonl` in batches of about 256 K characters, as the CLI sends them. */
function jsonlBatches(passages: string[]): Line[][] {
  const batches: Line[][] = [];
  let batch: Line[] = [];
  let size = 0;
  passages.forEach((text, i) => {
    batch.push({ n: i + 1, raw: JSON.stringify({ id: i, text }) });
    size += text.length;
    if (size > 256 * 1024) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
  });
  if (batch.length) batches.push(batch);
  return batches;
}

async function timeAllCores(passages: string[], threads: number, warm: string[]): Promise<number> {
  const pool = new Piscina({
    filename: new URL('../src/cli/extract-worker.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  // Warm every worker (loader, JIT) as the main thread was, each on its share of the warm-up passages.
  const share = Math.ceil(warm.length / threads);
  await Promise.all(
    Array.from({ length: threads }, (_, w) =>
      pool.run(jsonlBatches(warm.slice(w * share, (w + 1) * share)).flat()),
    ),
  );
  const batches = jsonlBatches(passages);
  const t0 = performance.now();
  const results = (await Promise.all(batches.map((b) => pool.run(b)))) as LineResult[][];
  const dt = (performance.now() - t0) / 1000;
  await pool.destroy();
  const failed = results.flat().filter((r) => 'error' in r).length;
  if (failed) console.log(`  (${failed} passages failed in workers)`);
  return dt;
}

export async function run(): Promise<void> {
  console.log('\n## extract — Vietnamese text → ExtractionResult (src/extract)');
  const sentences = loadSentences();
  if (!sentences) {
    console.log(`  skipped: ${SHARED} is not here (the corpus is built from its seed and gold passages)`);
    return;
  }
  const targetMb = Number(process.env.LOTRINH_BENCH_MB ?? 50);
  const passages = buildPassages(sentences, targetMb * 1e6, 42);
  const bytes = passages.reduce((s, p) => s + Buffer.byteLength(p), 0);
  console.log(
    `  corpus: ${fmt(mb(bytes))} MB in ${passages.length} passages recombined from ${sentences.length} sentences of ../shared`,
  );

  // Warm-up on passages of their own (another seed): V8 goes on compiling and re-optimising the
  // extractor's few hundred functions over its first megabytes (about half the steady speed over the
  // first 5 MB, measured), a cost a process pays once. It is timed and printed as the cold start.
  const warmMb = Number(process.env.LOTRINH_BENCH_WARM_MB ?? 10);
  const warmPassages = buildPassages(sentences, warmMb * 1e6, 7);
  const warmBytes = warmPassages.reduce((s, p) => s + Buffer.byteLength(p), 0);
  const coldSlice = warmPassages.slice(0, Math.ceil(warmPassages.length / 5));
  const coldBytes = coldSlice.reduce((s, p) => s + Buffer.byteLength(p), 0);
  const tCold = timeOneCore(coldSlice);
  const tWarm = timeOneCore(warmPassages.slice(coldSlice.length));

  const t1 = timeOneCore(passages);
  const one = mb(bytes) / t1.wall;
  const oneCpu = mb(bytes) / t1.cpu;
  const oneProcessCpu = mb(bytes) / t1.processCpu;
  const threads = availableParallelism();
  const tAll = await timeAllCores(passages, threads, warmPassages);
  const all = mb(bytes) / tAll;

  // Linearity within one document: N bytes versus 2N bytes of a single text, each the best of three
  // runs taken in turn (a collection of the benchmark's own heap, or another process, only adds time).
  const big = passages.join('\n');
  const n = Math.min(4e6, Math.floor(big.length / 2));
  const textN = big.slice(0, n);
  const text2N = big.slice(0, 2 * n);
  extract(textN.slice(0, 100_000));
  const runsN: Timing[] = [];
  const runs2N: Timing[] = [];
  for (let r = 0; r < LINEARITY_RUNS; r++) {
    runsN.push(timed(() => extract(textN)));
    runs2N.push(timed(() => extract(text2N)));
  }
  const tN = best(runsN);
  const t2N = best(runs2N);
  const rss = process.resourceUsage().maxRSS / 1024; // KB → MB

  const row = (k: string, v: string, goal = '') =>
    console.log(`  ${k.padEnd(34)} ${v.padStart(14)}  ${goal}`);
  row(
    'cold start (a new process)',
    `${fmt(mb(coldBytes) / tCold.wall, 2)} MB/s`,
    `the first ${fmt(mb(coldBytes))} MB; then ${fmt(mb(warmBytes - coldBytes) / tWarm.wall, 2)} MB/s over the next ${fmt(mb(warmBytes - coldBytes))} MB (warm-up, not counted below)`,
  );
  row('one core (wall clock)', `${fmt(one, 2)} MB/s`, `goal ≥ 10 MB/s; ${fmt(1 / one, 2)} s per MB`);
  row(
    'one core (CPU time, main thread)',
    `${fmt(oneCpu, 2)} MB/s`,
    'the same work per CPU second of the extracting thread (other load excluded)',
  );
  row(
    'process CPU (all threads)',
    `${fmt(oneProcessCpu, 2)} MB/s`,
    `also counts V8's GC and compiler threads (${fmt(t1.processCpu / t1.cpu, 2)}× the main thread)`,
  );
  row(`all cores (${threads} worker threads)`, `${fmt(all, 2)} MB/s`, `${fmt(all / one, 2)}× one core`);
  row(
    'peer: vntk (NER only)',
    `${fmt(1 / PEER_S_PER_MB, 4)} MB/s`,
    `${PEER_S_PER_MB} s per MB on this machine`,
  );
  row('speed-up over the peer (one core)', `${fmt(one * PEER_S_PER_MB, 0)}×`);
  row(
    `time(N), N = ${fmt(mb(Buffer.byteLength(textN)))} MB in one text`,
    `${fmt(tN.cpu, 2)} s CPU`,
    `${fmt(tN.wall, 2)} s wall (each the best of ${LINEARITY_RUNS} runs)`,
  );
  row(
    'time(2N)',
    `${fmt(t2N.cpu, 2)} s CPU`,
    `${fmt(t2N.wall, 2)} s wall; ratio ${fmt(t2N.cpu / tN.cpu, 2)} CPU, ${fmt(t2N.wall / tN.wall, 2)} wall (goal ≤ 2.2)`,
  );
  row('peak RSS (main process)', `${fmt(rss, 0)} MB`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();

import { createReadStream, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { Command, InvalidArgumentError } from 'commander';
import { extract } from '../extract/index.ts';
import type { Line, LineResult } from './extract-worker.ts';
import { processLine } from './extract-worker.ts';

// Below this much input a worker pool costs more than it saves.
const INLINE_BYTES = Number(process.env.LOTRINH_EXTRACT_INLINE_BYTES ?? 1 << 20);
const BATCH_BYTES = 256 * 1024;
const BATCH_LINES = 400;

interface Options {
  jsonl?: string;
  pretty?: boolean;
  date?: string;
  threads?: number;
}

export function extractCommand(): Command {
  return new Command('extract')
    .description(
      'Đọc văn bản tiếng Việt, trích văn bản, chỉ tiêu, ngày, người, cơ quan, nhiệm vụ (read Vietnamese text into the extraction result, ../shared/extract/SPEC.md)',
    )
    .argument('[file]', 'a UTF-8 text file, or - for standard input')
    .option(
      '--jsonl <file>',
      'read {id, text, date?} lines (- for standard input), write {id, ...result} lines in order',
    )
    .option('--pretty', 'indent the JSON of a single result')
    .option('--date <YYYY-MM-DD>', 'publication date of a single text')
    .option('--threads <n>', 'worker threads for --jsonl (default: all cores)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a positive integer');
      return n;
    })
    .action(async (file: string | undefined, opts: Options) => {
      if (opts.jsonl) {
        const failed = await runJsonl(opts.jsonl, opts.threads);
        if (failed > 0) process.exitCode = 1;
        return;
      }
      if (!file) throw new InvalidArgumentError('give a FILE, -, or --jsonl FILE');
      const text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
      const result = extract(text, opts.date ? { date: opts.date } : {});
      process.stdout.write(`${JSON.stringify(result, null, opts.pretty ? 2 : undefined)}\n`);
    });
}

/** Streams the input; returns the number of bad lines. Output keeps the input order. */
export async function runJsonl(path: string, threads?: number): Promise<number> {
  const input = path === '-' ? process.stdin : createReadStream(path);
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let failed = 0;
  let pool: import('piscina').Piscina | undefined;
  const maxThreads = threads ?? availableParallelism();
  // Batches in flight, oldest first; their results are written in this order.
  const pending: Array<Promise<LineResult[]>> = [];
  let buffered: Line[][] = [];
  let bufferedBytes = 0;
  let batch: Line[] = [];
  let batchBytes = 0;
  let n = 0;

  const write = async (results: LineResult[]) => {
    let chunk = '';
    for (const r of results) {
      if ('ok' in r) chunk += `${r.ok}\n`;
      else {
        failed++;
        process.stderr.write(`${path}:${r.n}: ${r.error}\n`);
      }
    }
    if (chunk && !process.stdout.write(chunk)) await new Promise((res) => process.stdout.once('drain', res));
  };
  const submit = async (b: Line[]) => {
    if (!pool) {
      const { Piscina } = await import('piscina');
      pool = new Piscina({
        filename: new URL('./extract-worker.mjs', import.meta.url).href,
        maxThreads,
        minThreads: maxThreads,
      });
    }
    pending.push(pool.run(b) as Promise<LineResult[]>);
    // Bounded memory: at most two batches per thread in flight.
    while (pending.length >= maxThreads * 2) await write(await pending.shift()!);
  };
  const flushBatch = async () => {
    if (batch.length === 0) return;
    const b = batch;
    batch = [];
    batchBytes = 0;
    if (pool || maxThreads <= 1) {
      if (maxThreads <= 1) await write(b.map(processLine));
      else await submit(b);
      return;
    }
    buffered.push(b);
    bufferedBytes += b.reduce((s, l) => s + l.raw.length, 0);
    if (bufferedBytes >= INLINE_BYTES) {
      const all = buffered;
      buffered = [];
      for (const x of all) await submit(x);
    }
  };

  for await (const raw of rl) {
    n++;
    if (raw.trim() === '') continue;
    batch.push({ n, raw });
    batchBytes += raw.length;
    if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_LINES) await flushBatch();
  }
  await flushBatch();
  // Small input: never started the pool, run it here.
  for (const b of buffered) await write(b.map(processLine));
  while (pending.length) await write(await pending.shift()!);
  if (pool) await pool.destroy();
  return failed;
}

// `lotrinh import PATH… [--data DIR] [--accept]`: files, folders and JSONL corpora into sources waiting for
// review (or accepted, for trusted corpora). Rerunning the same command resumes the same job; several
// processes given the same paths on one PostgreSQL database share it (`--job ID` joins any job).
import { Command, InvalidArgumentError } from 'commander';
import type { Database } from '../db/client.ts';
import { ensureJob, finishJob, jobKey, jobProgress, planPaths, runJob } from '../ingest/jobs.ts';
import { todayInVietnam } from '../server/context.ts';
import { dataOption, openMigrated } from './database.ts';

interface Options {
  data?: string;
  accept?: boolean;
  threads?: number;
  job?: number;
  batch?: number;
  progress?: boolean;
}

const positive = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a positive integer');
  return n;
};

export function importCommand(): Command {
  return new Command('import')
    .description(
      'Nhập tệp, thư mục, kho JSONL {id, text, date?, url?, title?} vào hàng chờ duyệt (import files, folders and JSONL corpora for review)',
    )
    .argument('[paths...]', '.txt, .docx, .html, .pdf files, folders, or .jsonl corpora')
    .addOption(dataOption())
    .option('--accept', 'accept every extracted item of new sources (trusted corpora)')
    .option('--threads <n>', 'extraction worker threads (default: all cores)', positive)
    .option('--job <id>', 'resume or join an existing import job', positive)
    .option('--batch <n>', 'items per transaction (default 25)', positive)
    .option('--no-progress', 'no progress bar (logs a line per 10 s instead)')
    .action(async (paths: string[], opts: Options) => {
      if (!paths.length && !opts.job) throw new InvalidArgumentError('give PATH… or --job ID');
      const database = await openMigrated(opts);
      try {
        await runImport(database, paths, opts);
      } finally {
        await database.close();
      }
    });
}

async function runImport(database: Database, paths: string[], opts: Options) {
  const { db } = database;
  let jobId = opts.job;
  if (!jobId) {
    const label = paths.length === 1 ? paths[0] : `${paths[0]} (+${paths.length - 1})`;
    const job = await ensureJob(db, { key: jobKey(paths, !!opts.accept), label, accept: !!opts.accept });
    jobId = job.id;
    // Listing again after a crash inserts only what is missing.
    if (!job.planned) await planPaths(db, job.id, paths);
  }
  const first = await jobProgress(db, jobId, 0);
  if (!first) throw new InvalidArgumentError(`no import job ${jobId}`);
  process.stderr.write(
    `import job ${jobId}: ${first.total} items, ${first.done + first.failed} already done\n`,
  );

  const started = Date.now();
  const startDone = first.done + first.failed;
  let processed = 0;
  const tty = opts.progress !== false && process.stderr.isTTY;
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = tty
    ? new SingleBar(
        {
          format: '{bar} {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted} | failed {failed}',
          etaBuffer: 200,
          hideCursor: true,
        },
        Presets.shades_classic,
      )
    : null;
  bar?.start(first.total, startDone, { rate: '0', failed: first.failed });
  let lastLog = Date.now();
  // Progress counts every process working on the job: it is read from the database, not counted here.
  let polling = false;
  const poll = async () => {
    if (polling) return;
    polling = true;
    try {
      const p = await jobProgress(db, jobId!, 0);
      if (!p) return;
      const seconds = (Date.now() - started) / 1000;
      const rate = seconds > 0 ? (processed / seconds).toFixed(1) : '0';
      if (bar) {
        bar.setTotal(p.total);
        bar.update(p.done + p.failed, { rate, failed: p.failed });
      } else if (Date.now() - lastLog > 10_000) {
        lastLog = Date.now();
        process.stderr.write(
          `${p.done + p.failed}/${p.total} done, ${rate}/s, ${p.failed} failed, ETA ${p.etaSeconds ?? '?'} s\n`,
        );
      }
    } finally {
      polling = false;
    }
  };
  const timer = setInterval(() => void poll().catch(() => {}), 1000);
  try {
    await runJob(database, jobId, {
      threads: opts.threads,
      batchSize: opts.batch,
      today: todayInVietnam(new Date()),
      onBatch: (n) => {
        processed += n;
      },
    });
  } finally {
    clearInterval(timer);
  }
  await finishJob(db, jobId);
  const p = (await jobProgress(db, jobId, 1000))!;
  bar?.update(p.done + p.failed, {
    rate: (processed / ((Date.now() - started) / 1000 || 1)).toFixed(1),
    failed: p.failed,
  });
  bar?.stop();
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write(
    `import job ${jobId} ${p.state}: ${p.done} imported (${p.duplicates} already there), ${p.failed} skipped, ${p.pending} pending; this run ${processed} items in ${seconds.toFixed(1)} s\n`,
  );
  for (const e of p.errors) process.stderr.write(`  skipped ${e.ref}: ${e.error}\n`);
  if (p.failed > p.errors.length) process.stderr.write(`  … and ${p.failed - p.errors.length} more\n`);
  process.stdout.write(
    `${JSON.stringify({ job: jobId, state: p.state, total: p.total, done: p.done, failed: p.failed, duplicates: p.duplicates, pending: p.pending })}\n`,
  );
}

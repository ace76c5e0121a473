// `npm run eval`: runs the extractor over the gold passages in ../shared/extract/dev.jsonl and prints
// the scorer's table. Pass --verbose to see every miss and extra. The gold data and the scorer stay
// in ../shared (they are not part of the project); without them this says so and exits cleanly.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/index.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(repo, '..', 'shared', 'extract');
// A gold file other than dev.jsonl may be named, relative to ../shared/extract or absolute.
const gold = resolve(shared, process.argv.find((a) => a.endsWith('.jsonl')) ?? 'dev.jsonl');
const scorer = join(shared, 'score.mjs');

if (!existsSync(gold) || !existsSync(scorer)) {
  console.log(
    `eval: ${shared} is not here (gold passages and scorer live outside the repo); nothing to score.`,
  );
  process.exit(0);
}

const out: string[] = [];
const t0 = performance.now();
let bytes = 0;
for (const [i, line] of readFileSync(gold, 'utf8').split('\n').entries()) {
  if (!line.trim()) continue;
  let row: { id: unknown; text: unknown; date?: unknown };
  try {
    row = JSON.parse(line);
  } catch {
    console.error(`${gold}:${i + 1}: not JSON, skipped`);
    continue;
  }
  if (typeof row.text !== 'string') continue;
  bytes += Buffer.byteLength(row.text);
  const result = extract(row.text, typeof row.date === 'string' ? { date: row.date } : {});
  out.push(JSON.stringify({ id: row.id, ...result }));
}
const ms = performance.now() - t0;
const dir = mkdtempSync(join(tmpdir(), 'lotrinh-eval-'));
const pred = join(dir, 'pred.jsonl');
writeFileSync(pred, `${out.join('\n')}\n`);
console.log(
  `eval: ${out.length} passages, ${(bytes / 1024).toFixed(0)} KB in ${ms.toFixed(0)} ms${process.argv.includes('--keep') ? `; predictions in ${pred}` : ''}`,
);
const args = [scorer, gold, pred, ...process.argv.slice(2).filter((a) => a.startsWith('--'))];
const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
process.exit(r.status ?? 1);

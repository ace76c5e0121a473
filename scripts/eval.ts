// `npm run eval`: runs the extractor over gold passages and prints the scorer's table for each set:
// ../shared/extract/dev.jsonl, then the project's own challenge sets in data/extract/eval/*.jsonl
// (passages written for this project, in its own words, annotated by the rules of SPEC.md). Name one
// file to score only it (relative to ../shared/extract, or a path). Pass --verbose to see every miss and
// extra, --keep to keep the predictions, --no-date to ignore the lines' publication dates. The scorer stays in ../shared (it is not part of the project);
// without it this says so and exits cleanly.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/index.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(repo, '..', 'shared', 'extract');
const scorer = join(shared, 'score.mjs');
const ownSets = join(repo, 'data', 'extract', 'eval');

const named = process.argv.find((a) => a.endsWith('.jsonl'));
const golds = named
  ? [existsSync(named) ? resolve(named) : resolve(shared, named)]
  : [
      join(shared, 'dev.jsonl'),
      ...readdirSync(ownSets)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => join(ownSets, f)),
    ];

if (!existsSync(scorer)) {
  console.log(`eval: ${shared} is not here (the scorer lives outside the repo); nothing to score.`);
  process.exit(0);
}

const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const dir = mkdtempSync(join(tmpdir(), 'lotrinh-eval-'));
let status = 0;
for (const gold of golds) {
  if (!existsSync(gold)) {
    console.log(`eval: ${gold} is not here; skipped.`);
    continue;
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
    // --no-date: as if the line had no publication date (the dev set's lines have none).
    const date = typeof row.date === 'string' && !flags.includes('--no-date') ? row.date : undefined;
    const result = extract(row.text, date ? { date } : {});
    out.push(JSON.stringify({ id: row.id, ...result }));
  }
  const ms = performance.now() - t0;
  const pred = join(dir, `${basename(gold, '.jsonl')}.pred.jsonl`);
  writeFileSync(pred, `${out.join('\n')}\n`);
  console.log(
    `\n== ${gold.startsWith(repo) ? gold.slice(repo.length + 1) : gold}: ${out.length} passages, ${(bytes / 1024).toFixed(0)} KB in ${ms.toFixed(0)} ms${flags.includes('--keep') ? `; predictions in ${pred}` : ''}`,
  );
  const scorerFlags = flags.filter((f) => f !== '--no-date' && f !== '--keep');
  const r = spawnSync(process.execPath, [scorer, gold, pred, ...scorerFlags], { stdio: 'inherit' });
  if (r.status !== 0) status = r.status ?? 1;
}
if (!flags.includes('--keep')) rmSync(dir, { recursive: true, force: true });
process.exit(status);

// `npm run own-words`: lists the project's files that repeat runs of eight or more words of the seed
// articles or the gold passages in ../shared. Their facts, names and number-symbols may be used
// anywhere; their sentences may not be pasted into the project. A hit is a place to look: a document's
// full title or a citation ("Nghị quyết 37-NQ/TW ngày 01/7/2004 của Bộ Chính trị") is a fact and may
// stay. Pass --verbose to see the repeated words. Without ../shared this says so and exits cleanly.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(repo, '..', 'shared');
const RUN = 8;
const verbose = process.argv.includes('--verbose');

if (!existsSync(join(shared, 'seeds')) || !existsSync(join(shared, 'extract', 'dev.jsonl'))) {
  console.log(`own-words: ${shared} is not here; nothing to compare with.`);
  process.exit(0);
}

const words = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[“”]/g, '"')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);

const theirs: string[] = readdirSync(join(shared, 'seeds')).map((f) =>
  readFileSync(join(shared, 'seeds', f), 'utf8'),
);
for (const line of readFileSync(join(shared, 'extract', 'dev.jsonl'), 'utf8').split('\n')) {
  try {
    const text = line.trim() ? JSON.parse(line).text : undefined;
    if (typeof text === 'string') theirs.push(text);
  } catch {
    // a broken line has nothing to compare
  }
}
const runs = new Set<string>();
for (const t of theirs) {
  const w = words(t);
  for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
}

const SKIP = new Set(['node_modules', '.git', 'dist', 'screenshots', 'out', '.lotrinh']);
const files: string[] = [];
(function walk(dir: string) {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith('.tmp')) continue;
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) walk(path);
    else if (/\.(?:ts|tsx|mjs|md|json|jsonl|txt|html)$/.test(name) && st.size < 5_000_000) files.push(path);
  }
})(repo);

let flagged = 0;
for (const path of files) {
  const w = words(readFileSync(path, 'utf8'));
  const spans: Array<[number, number]> = [];
  for (let i = 0; i + RUN <= w.length; i++) {
    if (!runs.has(w.slice(i, i + RUN).join(' '))) continue;
    const last = spans[spans.length - 1];
    if (last && i <= last[1]) last[1] = i + RUN;
    else spans.push([i, i + RUN]);
  }
  if (!spans.length) continue;
  flagged++;
  const longest = Math.max(...spans.map(([a, b]) => b - a));
  console.log(`${relative(repo, path)}: ${spans.length} run(s), the longest ${longest} words`);
  if (verbose) for (const [a, b] of spans) console.log(`    ${w.slice(a, b).join(' ')}`);
}
console.log(`own-words: ${files.length} files read, ${flagged} with runs of ${RUN}+ words from ../shared`);

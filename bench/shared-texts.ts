// What the benchmarks build their corpora from: the seed articles and the gold passages in ../shared
// (read, never copied into the project), and a small seeded generator so every run builds the same one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));

/** The texts of the seed articles and of the gold passages; empty when ../shared is absent. */
export function sharedTexts(): string[] {
  const texts: string[] = [];
  const seeds = join(SHARED, 'seeds');
  if (existsSync(seeds))
    for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt')))
      texts.push(readFileSync(join(seeds, f), 'utf8'));
  const dev = join(SHARED, 'extract', 'dev.jsonl');
  if (existsSync(dev)) {
    for (const line of readFileSync(dev, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const t = JSON.parse(line).text;
        if (typeof t === 'string') texts.push(t);
      } catch {
        // a broken line is not worth failing a benchmark for
      }
    }
  }
  return texts;
}

/** mulberry32: a small deterministic generator of numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

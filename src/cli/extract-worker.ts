// Worker side of `lotrinh extract --jsonl`: parses, extracts and serialises a batch of lines, so the
// main thread only reads input and writes output in order.
import { extract } from '../extract/index.ts';

export interface Line {
  /** 1-based line number in the input, for error messages. */
  n: number;
  raw: string;
}
export type LineResult = { ok: string } | { error: string; n: number };

export function processLine(line: Line): LineResult {
  let row: unknown;
  try {
    row = JSON.parse(line.raw);
  } catch (e) {
    return { n: line.n, error: `not JSON (${(e as Error).message})` };
  }
  if (!row || typeof row !== 'object' || Array.isArray(row)) return { n: line.n, error: 'not a JSON object' };
  const { id, text, date } = row as { id?: unknown; text?: unknown; date?: unknown };
  if (typeof text !== 'string') return { n: line.n, error: 'no "text" string' };
  if (id === undefined || id === null) return { n: line.n, error: 'no "id"' };
  const opts = typeof date === 'string' ? { date } : {};
  try {
    return { ok: JSON.stringify({ id, ...extract(text, opts) }) };
  } catch (e) {
    return { n: line.n, error: `extraction failed: ${(e as Error).message}` };
  }
}

export default function processBatch(lines: Line[]): LineResult[] {
  return lines.map(processLine);
}

// A small shared worker pool for single large texts (an uploaded 20 MB report takes seconds to extract):
// the server's event loop keeps answering other requests meanwhile. Short texts are extracted in place.
import type { Piscina } from 'piscina';
import type { WorkResult } from './import-worker.ts';
import { type PreparedSource, prepareSource, type SourceInput } from './sources.ts';

const IN_PLACE_CHARS = 100_000;
let pool: Piscina | undefined;

export async function prepareOffThread(input: SourceInput): Promise<PreparedSource> {
  if (input.text.length <= IN_PLACE_CHARS) return prepareSource(input);
  if (!pool) {
    const { Piscina } = await import('piscina');
    pool = new Piscina({
      filename: new URL('./import-worker.mjs', import.meta.url).href,
      minThreads: 0,
      maxThreads: 2,
      idleTimeout: 60_000,
    });
  }
  const item = { id: 0, ref: 'upload', path: null, offset: null, length: null, fileName: null };
  const [result] = (await pool.run([{ ...item, content: JSON.stringify(input) }])) as WorkResult[];
  if ('error' in result) return prepareSource(input); // the same failure, thrown here with its AppError
  return result.source;
}

export async function closePool(): Promise<void> {
  const p = pool;
  pool = undefined;
  await p?.destroy();
}

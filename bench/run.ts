// `npm run bench [name…]`: runs every bench/*.bench.ts (or the ones named) one after another, each
// printing its own figures and the peer it compares with.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

if (files.length === 0) {
  console.error(`no benchmark matches ${wanted.join(', ')}`);
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file.replace('.bench.ts', '')} ===`);
  const started = performance.now();
  try {
    const mod = (await import(new URL(file, import.meta.url).href)) as { run: () => Promise<void> };
    await mod.run();
  } catch (err) {
    failed++;
    console.error(`${file} failed:`, err);
  }
  console.log(`(${file}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
process.exit(failed ? 1 : 0);

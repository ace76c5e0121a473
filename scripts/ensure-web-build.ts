// `npm start` runs this first: builds the web app (dist/web) when it is not built yet, so that
// `npm ci && npm start` on a fresh machine serves the full interface.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const index = fileURLToPath(new URL('../dist/web/index.html', import.meta.url));
if (!existsSync(index)) {
  console.log('Dựng giao diện web lần đầu (building the web app once)…');
  const { build } = await import('vite');
  await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), logLevel: 'warn' });
}

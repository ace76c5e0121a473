import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests: `npm run build` first, then `npx vitest run --config e2e/vitest.config.ts`.
// The global setup starts the real server on the built web app (or uses E2E_BASE_URL).
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});

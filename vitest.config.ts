import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'web/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Storage tests start PGlite (a WebAssembly PostgreSQL) per file; forks keep their memory apart.
    pool: 'forks',
  },
});

import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes SQL migrations from src/db/schema.ts. They are applied at start by
// Drizzle's migrator (src/db/migrate.ts), never by `drizzle-kit migrate` (DESIGN.md §5).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './src/db/migrations',
});

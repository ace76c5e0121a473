// Every command that opens the database takes --data DIR (PGlite) or DATABASE_URL (PostgreSQL).
import { Option } from 'commander';
import { type Database, openDatabase, resolveDataDir } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { loadAdminUnits } from './admin-units.ts';

export const dataOption = () =>
  new Option(
    '--data <dir>',
    'PGlite data folder when DATABASE_URL is not set (env LOTRINH_DATA_DIR; default ./.lotrinh)',
  );

/** Opens the database, applies pending migrations and the reference admin units. */
export async function openMigrated(options: { data?: string }): Promise<Database> {
  const url = process.env.DATABASE_URL;
  const database = await openDatabase(url ? { url } : { dataDir: resolveDataDir(options.data) });
  try {
    await migrate(database);
    await loadAdminUnits(database.db);
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}

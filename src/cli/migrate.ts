import { Command } from 'commander';
import { dataOption, openMigrated } from './database.ts';

export function migrateCommand(): Command {
  return new Command('migrate')
    .description('Apply database migrations (Cập nhật cấu trúc cơ sở dữ liệu)')
    .addOption(dataOption())
    .action(async (options: { data?: string }) => {
      const database = await openMigrated(options);
      console.log(`migrations applied (${database.engine}: ${database.location})`);
      await database.close();
    });
}

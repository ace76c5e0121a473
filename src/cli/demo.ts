import { Command } from 'commander';
import { dataOption, openMigrated } from './database.ts';
import { loadDemo } from './demo-data.ts';

export function demoCommand(): Command {
  return new Command('demo')
    .description('Load the demo dataset into an empty database (Nạp dữ liệu minh họa)')
    .addOption(dataOption())
    .action(async (options: { data?: string }) => {
      const database = await openMigrated(options);
      try {
        const result = await loadDemo(database);
        if (result.loaded) console.log(`demo loaded: ${JSON.stringify(result.counts)}`);
        else console.log(`demo not loaded: ${result.reason}`);
      } finally {
        await database.close();
      }
    });
}

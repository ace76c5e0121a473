import { Command } from 'commander';
import { buildApp } from '../server/app.ts';
import { dataOption, openMigrated } from './database.ts';
import { loadDemo } from './demo-data.ts';

interface ServeOptions {
  port: number;
  host: string;
  data?: string;
  demo?: boolean;
}

export function serveCommand(): Command {
  return new Command('serve')
    .description('Start the server (Khởi động máy chủ)')
    .option('--port <n>', 'port', (v) => Number.parseInt(v, 10), Number(process.env.PORT ?? 3000))
    .option('--host <addr>', 'address to listen on', process.env.HOST ?? '127.0.0.1')
    .addOption(dataOption())
    .option('--demo', 'load the demo dataset when the database is empty')
    .action(async (options: ServeOptions) => {
      const database = await openMigrated(options);
      if (options.demo) {
        const result = await loadDemo(database);
        console.log(
          result.loaded
            ? `demo loaded: ${JSON.stringify(result.counts)}`
            : `demo: ${result.reason}, left as it is`,
        );
      }
      const app = await buildApp({ database, logger: process.env.LOG_LEVEL !== 'silent' });
      const stop = async () => {
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      const address = await app.listen({ port: options.port, host: options.host });
      console.log(
        `Lộ trình: ${address} (${database.engine}: ${database.location}) — API docs: ${address}/api/docs`,
      );
    });
}

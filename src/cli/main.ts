import { Command } from 'commander';
import { demoCommand } from './demo.ts';
import { extractCommand } from './extract.ts';
import { importCommand } from './import.ts';
import { migrateCommand } from './migrate.ts';
import { serveCommand } from './serve.ts';
import { userCommand } from './user.ts';

const program = new Command('lotrinh')
  .description('Lộ trình — theo dõi thực hiện nghị quyết, kế hoạch, đề án (implementation tracking)')
  .showHelpAfterError();

program.addCommand(serveCommand());
program.addCommand(migrateCommand());
program.addCommand(userCommand());
program.addCommand(demoCommand());
program.addCommand(extractCommand());
program.addCommand(importCommand());

await program.parseAsync(process.argv);

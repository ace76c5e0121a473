import { Command, Option } from 'commander';
import { eq } from 'drizzle-orm';
import { agencies, ROLES, type Role } from '../db/schema.ts';
import { AppError } from '../server/errors.ts';
import { createUser } from '../server/users/users.service.ts';
import { dataOption, openMigrated } from './database.ts';

async function readPassword(): Promise<string> {
  if (process.env.LOTRINH_PASSWORD) return process.env.LOTRINH_PASSWORD;
  // Read from standard input so the password stays out of the shell history and `ps`.
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split('\n')[0] ?? '';
}

export function userCommand(): Command {
  const user = new Command('user').description('Manage users (Quản lý người dùng)');
  user
    .command('add')
    .description('Create a user; the password is read from standard input or LOTRINH_PASSWORD')
    .requiredOption('--username <name>', 'sign-in name')
    .requiredOption('--name <full name>', 'full name shown in the app')
    .addOption(new Option('--role <role>', 'role').choices(ROLES).makeOptionMandatory())
    .option('--agency <id>', 'agency id (required for agency_editor)', (v) => Number.parseInt(v, 10))
    .addOption(dataOption())
    .action(
      async (options: { username: string; name: string; role: Role; agency?: number; data?: string }) => {
        const password = await readPassword();
        if (password.length < 10) {
          console.error('Mật khẩu cần ít nhất 10 ký tự — the password needs at least 10 characters');
          process.exitCode = 1;
          return;
        }
        const database = await openMigrated(options);
        try {
          const created = await database.db.transaction((tx) =>
            createUser(tx, null, { ...options, agencyId: options.agency ?? null, password }),
          );
          const [agency] = created.agencyId
            ? await database.db
                .select({ name: agencies.name })
                .from(agencies)
                .where(eq(agencies.id, created.agencyId))
            : [];
          console.log(
            `user ${created.username} (${created.role}${agency ? `, ${agency.name}` : ''}) created`,
          );
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          console.error(`${err.messages.vi} — ${err.messages.en}`);
          process.exitCode = 1;
        } finally {
          await database.close();
        }
      },
    );
  return user;
}

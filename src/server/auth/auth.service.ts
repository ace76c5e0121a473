import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { agencies, users } from '../../db/schema.ts';
import { recordAudit } from '../audit.ts';
import type { CurrentUser } from '../context.ts';
import { AppError } from '../errors.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { createSession, toCurrentUser } from './sessions.ts';

// A wrong username costs the same time as a wrong password, so usernames cannot be probed by timing.
const decoyHash = hashPassword('decoy-password-never-matches');

export async function login(db: Db, username: string, password: string, now: Date) {
  const rows = await db
    .select({ user: users, agency: { id: agencies.id, name: agencies.name, shortName: agencies.shortName } })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(sql`lower(${users.username}) = lower(${username.normalize('NFC')})`)
    .limit(1);
  const row = rows[0];
  const ok = await verifyPassword(password, row?.user.passwordHash ?? (await decoyHash));
  if (!row || !ok || !row.user.active) throw new AppError('bad_credentials');
  const user = toCurrentUser(row.user, row.agency);
  return db.transaction(async (tx) => {
    const session = await createSession(tx, user.id, now);
    await recordAudit(tx, user, 'login', 'user', user.id, null, null);
    return { user, session };
  });
}

export async function logout(db: Db, user: CurrentUser | null) {
  if (user) await recordAudit(db, user, 'logout', 'user', user.id, null, null);
}

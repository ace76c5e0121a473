// Server-side sessions: the cookie holds a random token; the table holds only its sha256.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { agencies, sessions, users } from '../../db/schema.ts';
import type { CurrentUser } from '../context.ts';

export const SESSION_COOKIE = 'lotrinh_session';
export const SESSION_TTL_MS = 12 * 3600_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: DbOrTx,
  userId: number,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.insert(sessions).values({ id: hashToken(token), userId, expiresAt });
  // Expired sessions are swept as new ones start: no background timer needed.
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  return { token, expiresAt };
}

export async function deleteSession(db: DbOrTx, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
}

export async function userForSession(db: DbOrTx, token: string, now: Date): Promise<CurrentUser | null> {
  const rows = await db
    .select({ user: users, agency: { id: agencies.id, name: agencies.name, shortName: agencies.shortName } })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, now), eq(users.active, true)))
    .limit(1);
  const row = rows[0];
  return row ? toCurrentUser(row.user, row.agency) : null;
}

export function toCurrentUser(
  user: typeof users.$inferSelect,
  agency: { id: number; name: string; shortName: string | null } | null,
): CurrentUser {
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    role: user.role,
    agencyId: user.agencyId,
    agency: agency?.id ? agency : null,
    demo: user.demo,
  };
}

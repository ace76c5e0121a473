import type { Database, Db } from '../db/client.ts';
import type { Role } from '../db/schema.ts';

/** What every route and service may use: the database and the clock (injected, so tests fix "today"). */
export interface AppContext {
  database: Database;
  db: Db;
  now: () => Date;
}

/** Today's date in Vietnam (UTC+7, no daylight saving), as ISO: deadlines are Vietnamese calendar days. */
export function todayInVietnam(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export interface CurrentUser {
  id: number;
  username: string;
  name: string;
  role: Role;
  agencyId: number | null;
  agency: { id: number; name: string; shortName: string | null } | null;
  demo: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
  interface FastifyRequest {
    user: CurrentUser | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (health, sign-in, public pages). */
    public?: boolean;
    /** Roles allowed; absent means every signed-in user. */
    roles?: readonly Role[];
  }
}

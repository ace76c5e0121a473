import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { agencies, type Role, users } from '../../db/schema.ts';
import { recordAudit } from '../audit.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { CurrentUser } from '../context.ts';
import { AppError } from '../errors.ts';

export interface NewUser {
  username: string;
  name: string;
  password: string;
  role: Role;
  agencyId?: number | null;
  demo?: boolean;
}

/** Used by the API (`POST /api/users`), the CLI (`lotrinh user add`) and the demo loader. */
export async function createUser(db: DbOrTx, actor: CurrentUser | null, input: NewUser) {
  const username = input.username.normalize('NFC').trim();
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  if (taken) {
    throw new AppError('conflict', {
      vi: `Tên đăng nhập "${username}" đã có.`,
      en: `The username "${username}" is taken.`,
    });
  }
  if (input.agencyId) {
    const [agency] = await db
      .select({ id: agencies.id })
      .from(agencies)
      .where(eq(agencies.id, input.agencyId));
    if (!agency) throw new AppError('unknown_agency');
  }
  if (input.role === 'agency_editor' && !input.agencyId) {
    throw new AppError('validation_failed', {
      details: [{ path: 'agencyId', message: 'required for agency_editor' }],
      vi: 'Biên tập viên của cơ quan phải thuộc một cơ quan.',
      en: 'An agency editor must belong to an agency.',
    });
  }
  const [row] = await db
    .insert(users)
    .values({
      username,
      name: input.name.normalize('NFC'),
      passwordHash: await hashPassword(input.password),
      role: input.role,
      agencyId: input.agencyId ?? null,
      demo: input.demo ?? false,
    })
    .returning();
  const { passwordHash: _hidden, ...audited } = row;
  await recordAudit(db, actor, 'create', 'user', row.id, null, audited);
  return row;
}

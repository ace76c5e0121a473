import { asc, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { agencies, ROLES, users } from '../../db/schema.ts';
import { recordAudit } from '../audit.ts';
import { AgencyRef } from '../auth/auth.schema.ts';
import { AppError } from '../errors.ts';
import { currentUser } from '../plugins/auth.ts';
import { Id, IdParams, NonEmptyText, PageQuery, paged, pageOf } from '../shared/schemas.ts';
import { createUser } from './users.service.ts';

const UserOut = z.object({
  id: z.number(),
  username: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  agency: AgencyRef.nullable(),
  active: z.boolean(),
  demo: z.boolean(),
});

const UserCreate = z.object({
  username: z
    .string()
    .trim()
    .min(2)
    .max(64)
    .regex(/^[\p{L}\p{N}._-]+$/u),
  name: NonEmptyText(200),
  password: z.string().min(10).max(500),
  role: z.enum(ROLES),
  agencyId: Id.nullable().optional(),
});

const UserPatch = z
  .object({ name: NonEmptyText(200), role: z.enum(ROLES), agencyId: Id.nullable(), active: z.boolean() })
  .partial();

const ADMIN = ['admin'] as const;

export async function usersRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];

  async function one(id: number) {
    const [row] = await app.ctx.db
      .select({
        user: users,
        agency: { id: agencies.id, name: agencies.name, shortName: agencies.shortName },
      })
      .from(users)
      .leftJoin(agencies, eq(agencies.id, users.agencyId))
      .where(eq(users.id, id));
    if (!row) throw new AppError('not_found');
    return present(row);
  }

  r.get(
    '/api/users',
    { config: { roles: ADMIN }, schema: { tags, querystring: PageQuery, response: { 200: paged(UserOut) } } },
    async (req) => {
      const { limit, offset } = pageOf(req.query);
      const rows = await app.ctx.db
        .select({
          user: users,
          agency: { id: agencies.id, name: agencies.name, shortName: agencies.shortName },
        })
        .from(users)
        .leftJoin(agencies, eq(agencies.id, users.agencyId))
        .orderBy(asc(users.username))
        .limit(limit)
        .offset(offset);
      return { items: rows.map(present), total: await app.ctx.db.$count(users) };
    },
  );

  r.post(
    '/api/users',
    { config: { roles: ADMIN }, schema: { tags, body: UserCreate, response: { 201: UserOut } } },
    async (req, reply) => {
      const created = await createUser(app.ctx.db, currentUser(req), req.body);
      return reply.status(201).send(await one(created.id));
    },
  );

  r.patch(
    '/api/users/:id',
    {
      config: { roles: ADMIN },
      schema: { tags, params: IdParams, body: UserPatch, response: { 200: UserOut } },
    },
    async (req) => {
      const actor = currentUser(req);
      await app.ctx.db.transaction(async (tx) => {
        const [before] = await tx.select().from(users).where(eq(users.id, req.params.id));
        if (!before) throw new AppError('not_found');
        if (req.body.agencyId) {
          const [a] = await tx
            .select({ id: agencies.id })
            .from(agencies)
            .where(eq(agencies.id, req.body.agencyId));
          if (!a) throw new AppError('unknown_agency');
        }
        const [after] = await tx.update(users).set(req.body).where(eq(users.id, req.params.id)).returning();
        // Deactivating a user ends their sessions at once.
        if (req.body.active === false)
          await tx.execute(sql`delete from sessions where user_id = ${req.params.id}`);
        const { passwordHash: _b, ...b } = before;
        const { passwordHash: _a, ...a } = after;
        await recordAudit(tx, actor, 'update', 'user', req.params.id, b, a);
      });
      return one(req.params.id);
    },
  );
}

function present(row: {
  user: typeof users.$inferSelect;
  agency: { id: number; name: string; shortName: string | null } | null;
}) {
  const { id, username, name, role, active, demo } = row.user;
  return { id, username, name, role, active, demo, agency: row.agency?.id ? row.agency : null };
}

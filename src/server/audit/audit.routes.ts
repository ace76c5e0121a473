import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditLog } from '../../db/schema.ts';
import { MANAGERS } from '../shared/permissions.ts';
import { PageQuery, pageOf } from '../shared/schemas.ts';

const AuditQuery = PageQuery.extend({
  entity: z.string().max(50).optional(),
  entityId: z.string().max(50).optional(),
});

// Read-only on purpose: the API offers no way to change or remove an audit entry.
export async function auditRoutes(app: FastifyInstance) {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/api/audit',
      { config: { roles: MANAGERS }, schema: { tags: ['audit'], querystring: AuditQuery } },
      async (req) => {
        const where: SQL[] = [];
        if (req.query.entity) where.push(eq(auditLog.entity, req.query.entity));
        if (req.query.entityId) where.push(eq(auditLog.entityId, req.query.entityId));
        const { limit, offset } = pageOf(req.query);
        const items = await app.ctx.db
          .select()
          .from(auditLog)
          .where(and(...where))
          .orderBy(desc(auditLog.id))
          .limit(limit)
          .offset(offset);
        const total = await app.ctx.db.$count(auditLog, and(...where));
        return { items, total };
      },
    );
}

import { and, eq, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { explanationRequests } from '../../db/schema.ts';
import { recordAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { currentUser } from '../plugins/auth.ts';
import { assertCanEditForAgency, WRITERS } from '../shared/permissions.ts';
import { Id, IdParams, NonEmptyText } from '../shared/schemas.ts';
import { ExplanationOut } from '../tasks/tasks.schema.ts';
import { listExplanations } from '../tasks/tasks.service.ts';

const ListQuery = z.object({
  agency: Id.optional(),
  status: z.enum(['open', 'answered', 'closed']).optional(),
});

export async function explanationsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['explanations'];

  r.get(
    '/api/explanations',
    {
      schema: {
        tags,
        querystring: ListQuery,
        response: { 200: z.object({ items: z.array(ExplanationOut), total: z.number() }) },
      },
    },
    async (req) => {
      const where: SQL[] = [];
      if (req.query.agency) where.push(eq(explanationRequests.agencyId, req.query.agency));
      if (req.query.status) where.push(eq(explanationRequests.status, req.query.status));
      const items = await listExplanations(app.ctx.db, and(...where));
      return { items, total: items.length };
    },
  );

  r.post(
    '/api/explanations/:id/answer',
    {
      config: { roles: WRITERS },
      schema: {
        tags,
        params: IdParams,
        body: z.object({ answer: NonEmptyText(20_000) }),
        response: { 200: ExplanationOut },
      },
    },
    async (req) => {
      const user = currentUser(req);
      const id = req.params.id;
      await app.ctx.db.transaction(async (tx) => {
        const [before] = await tx.select().from(explanationRequests).where(eq(explanationRequests.id, id));
        if (!before) throw new AppError('not_found');
        assertCanEditForAgency(user, before.agencyId);
        const [after] = await tx
          .update(explanationRequests)
          .set({
            answer: req.body.answer,
            answeredBy: user.id,
            answeredAt: app.ctx.now(),
            status: 'answered',
          })
          .where(eq(explanationRequests.id, id))
          .returning();
        await recordAudit(tx, user, 'update', 'explanation_request', id, before, after);
      });
      const [out] = await listExplanations(app.ctx.db, eq(explanationRequests.id, id));
      return out;
    },
  );
}

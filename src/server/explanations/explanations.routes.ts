import { and, eq, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { explanationRequests, indicators } from '../../db/schema.ts';
import { recordAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { currentUser } from '../plugins/auth.ts';
import { assertCanEditForAgency, MANAGERS, WRITERS } from '../shared/permissions.ts';
import { Id, IdParams, NonEmptyText } from '../shared/schemas.ts';
import { ExplanationCreate, ExplanationOut } from '../tasks/tasks.schema.ts';
import { listExplanations } from '../tasks/tasks.service.ts';

const ListQuery = z.object({
  agency: Id.optional(),
  indicator: Id.optional(),
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
      if (req.query.indicator) where.push(eq(explanationRequests.indicatorId, req.query.indicator));
      const items = await listExplanations(app.ctx.db, and(...where));
      return { items, total: items.length };
    },
  );

  // A red or amber indicator can carry an explanation request to the agency that owns it.
  r.post(
    '/api/indicators/:id/explanations',
    {
      config: { roles: MANAGERS },
      schema: { tags, params: IdParams, body: ExplanationCreate, response: { 201: ExplanationOut } },
    },
    async (req, reply) => {
      const user = currentUser(req);
      const id = await app.ctx.db.transaction(async (tx) => {
        const [indicator] = await tx.select().from(indicators).where(eq(indicators.id, req.params.id));
        if (!indicator) throw new AppError('not_found');
        if (indicator.ownerAgencyId === null) {
          throw new AppError('validation_failed', {
            vi: 'Chỉ tiêu chưa có cơ quan phụ trách để yêu cầu giải trình.',
            en: 'The indicator has no agency in charge to ask for an explanation.',
          });
        }
        const [row] = await tx
          .insert(explanationRequests)
          .values({
            indicatorId: indicator.id,
            agencyId: indicator.ownerAgencyId,
            reason: req.body.reason,
            dueOn: req.body.dueOn ?? null,
            requestedBy: user.id,
          })
          .returning();
        await recordAudit(tx, user, 'create', 'explanation_request', row.id, null, row);
        return row.id;
      });
      const [out] = await listExplanations(app.ctx.db, eq(explanationRequests.id, id));
      return reply.status(201).send(out);
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

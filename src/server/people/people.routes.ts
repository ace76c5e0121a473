import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { people } from '../../db/schema.ts';
import { Id, PageQuery, paged, pageOf } from '../shared/schemas.ts';
import { foldedContains } from '../shared/text.ts';

const PersonOut = z.object({
  id: z.number(),
  name: z.string(),
  titles: z.array(z.string()),
  agencyId: z.number().nullable(),
  illustrative: z.boolean(),
});

export async function peopleRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/people',
    {
      schema: {
        tags: ['people'],
        querystring: PageQuery.extend({ q: z.string().max(200).optional(), agency: Id.optional() }),
        response: { 200: paged(PersonOut) },
      },
    },
    async (req) => {
      const where: SQL[] = [];
      if (req.query.q?.trim()) where.push(foldedContains(people.name, req.query.q));
      if (req.query.agency) where.push(eq(people.agencyId, req.query.agency));
      const { limit, offset } = pageOf(req.query);
      const rows = await app.ctx.db
        .select()
        .from(people)
        .where(and(...where))
        .orderBy(asc(people.name))
        .limit(limit)
        .offset(offset);
      return {
        items: rows.map(({ id, name, titles, agencyId, illustrative }) => ({
          id,
          name,
          titles,
          agencyId,
          illustrative,
        })),
        total: await app.ctx.db.$count(people, and(...where)),
      };
    },
  );
}

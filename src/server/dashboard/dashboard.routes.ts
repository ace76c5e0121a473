import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayInVietnam } from '../context.ts';
import { currentUser } from '../plugins/auth.ts';
import { Id, IsoDate } from '../shared/schemas.ts';
import type { ShortCache } from './dashboard.cache.ts';
import { dashboard } from './dashboard.service.ts';

const DashboardQuery = z.object({
  document: Id.optional(),
  agency: Id.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});

export async function dashboardRoutes(
  app: FastifyInstance,
  { cache }: { cache: ShortCache<Awaited<ReturnType<typeof dashboard>>> },
) {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get('/api/dashboard', { schema: { tags: ['dashboard'], querystring: DashboardQuery } }, (req) => {
      const user = currentUser(req);
      const q = req.query;
      // What the answer depends on: the filters, the day, and (for `canEdit`) the role and agency.
      const key = [
        user.role,
        user.agencyId,
        todayInVietnam(app.ctx.now()),
        q.document,
        q.agency,
        q.from,
        q.to,
      ].join('|');
      return cache.get(key, () => dashboard(app.ctx, user, q));
    });
}

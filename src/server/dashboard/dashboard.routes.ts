import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../plugins/auth.ts';
import { Id, IsoDate } from '../shared/schemas.ts';
import { dashboard } from './dashboard.service.ts';

const DashboardQuery = z.object({
  document: Id.optional(),
  agency: Id.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});

export async function dashboardRoutes(app: FastifyInstance) {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get('/api/dashboard', { schema: { tags: ['dashboard'], querystring: DashboardQuery } }, (req) =>
      dashboard(app.ctx, currentUser(req), req.query),
    );
}

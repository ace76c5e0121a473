import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type CurrentUser, todayInVietnam } from '../context.ts';
import { currentUser } from '../plugins/auth.ts';
import { canEditForAgency } from '../shared/permissions.ts';
import { Id, IsoDate } from '../shared/schemas.ts';
import type { ShortCache } from './dashboard.cache.ts';
import { dashboard } from './dashboard.service.ts';

const DashboardQuery = z.object({
  document: Id.optional(),
  agency: Id.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});

export type DashboardAnswer = Awaited<ReturnType<typeof dashboard>>;

/** The one per-person part of the answer: whether they may edit each task it lists. */
function forUser(answer: DashboardAnswer, user: CurrentUser): DashboardAnswer {
  const mark = (list: DashboardAnswer['overdue']) =>
    list.map((task) => ({ ...task, canEdit: canEditForAgency(user, task.leadAgency?.id ?? null) }));
  return { ...answer, overdue: mark(answer.overdue), upcoming: mark(answer.upcoming) };
}

export async function dashboardRoutes(
  app: FastifyInstance,
  { cache }: { cache: ShortCache<DashboardAnswer> },
) {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get('/api/dashboard', { schema: { tags: ['dashboard'], querystring: DashboardQuery } }, async (req) => {
      const user = currentUser(req);
      const q = req.query;
      // The figures are the same for everyone who asks for the same filters on the same day: one
      // answer serves them all, each then told which listed tasks they may edit.
      const key = [todayInVietnam(app.ctx.now()), q.document, q.agency, q.from, q.to].join('|');
      return forUser(await cache.get(key, () => dashboard(app.ctx, user, q)), user);
    });
}

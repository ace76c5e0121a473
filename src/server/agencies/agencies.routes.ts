import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../plugins/auth.ts';
import { MANAGERS } from '../shared/permissions.ts';
import { IdParams, paged } from '../shared/schemas.ts';
import { AgencyCreate, AgencyListQuery, AgencyNodeOut, AgencyOut, AgencyPatch } from './agencies.schema.ts';
import {
  agencyScorecard,
  agencyTree,
  createAgency,
  deleteAgency,
  getAgency,
  listAgencies,
  patchAgency,
} from './agencies.service.ts';

export async function agenciesRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['agencies'];

  r.get(
    '/api/agencies',
    { schema: { tags, querystring: AgencyListQuery, response: { 200: paged(AgencyOut) } } },
    (req) => listAgencies(app.ctx, req.query),
  );
  r.get(
    '/api/agencies/tree',
    { schema: { tags, response: { 200: z.object({ items: z.array(AgencyNodeOut) }) } } },
    async () => ({
      items: await agencyTree(app.ctx),
    }),
  );
  r.get('/api/agencies/:id', { schema: { tags, params: IdParams, response: { 200: AgencyOut } } }, (req) =>
    getAgency(app.ctx, req.params.id),
  );
  r.get('/api/agencies/:id/scorecard', { schema: { tags, params: IdParams } }, (req) =>
    agencyScorecard(app.ctx, req.params.id),
  );
  r.post(
    '/api/agencies',
    { config: { roles: MANAGERS }, schema: { tags, body: AgencyCreate, response: { 201: AgencyOut } } },
    async (req, reply) => reply.status(201).send(await createAgency(app.ctx, currentUser(req), req.body)),
  );
  r.patch(
    '/api/agencies/:id',
    {
      config: { roles: MANAGERS },
      schema: { tags, params: IdParams, body: AgencyPatch, response: { 200: AgencyOut } },
    },
    (req) => patchAgency(app.ctx, currentUser(req), req.params.id, req.body),
  );
  r.delete(
    '/api/agencies/:id',
    { config: { roles: MANAGERS }, schema: { tags, params: IdParams } },
    async (req, reply) => {
      await deleteAgency(app.ctx, currentUser(req), req.params.id);
      return reply.status(204).send();
    },
  );
}

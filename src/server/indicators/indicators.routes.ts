import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TargetOut } from '../documents/documents.schema.ts';
import { currentUser } from '../plugins/auth.ts';
import { MANAGERS, WRITERS } from '../shared/permissions.ts';
import { IdParams, paged } from '../shared/schemas.ts';
import {
  IndicatorCreate,
  IndicatorListQuery,
  IndicatorOut,
  IndicatorPatch,
  ObservationCreate,
  ObservationOut,
  ProgressDetailOut,
  TargetCreate,
} from './indicators.schema.ts';
import {
  addObservation,
  addTarget,
  approveObservation,
  createIndicator,
  deleteIndicator,
  deleteObservation,
  deleteTarget,
  getIndicator,
  listIndicators,
  patchIndicator,
} from './indicators.service.ts';

const IndicatorDetailOut = IndicatorOut.extend({
  progress: ProgressDetailOut,
  targets: z.array(TargetOut),
  observations: z.array(ObservationOut),
});

export async function indicatorsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['indicators'];
  const detail = { 200: IndicatorDetailOut, 201: IndicatorDetailOut };

  r.get(
    '/api/indicators',
    { schema: { tags, querystring: IndicatorListQuery, response: { 200: paged(IndicatorOut) } } },
    (req) => listIndicators(app.ctx, currentUser(req), req.query),
  );
  r.get('/api/indicators/:id', { schema: { tags, params: IdParams, response: detail } }, (req) =>
    getIndicator(app.ctx, currentUser(req), req.params.id),
  );
  r.post(
    '/api/indicators',
    { config: { roles: MANAGERS }, schema: { tags, body: IndicatorCreate, response: detail } },
    async (req, reply) => {
      const user = currentUser(req);
      const id = await createIndicator(app.ctx, user, req.body);
      return reply.status(201).send(await getIndicator(app.ctx, user, id));
    },
  );
  r.patch(
    '/api/indicators/:id',
    {
      config: { roles: MANAGERS },
      schema: { tags, params: IdParams, body: IndicatorPatch, response: detail },
    },
    async (req) => {
      const user = currentUser(req);
      await patchIndicator(app.ctx, user, req.params.id, req.body);
      return getIndicator(app.ctx, user, req.params.id);
    },
  );
  r.delete(
    '/api/indicators/:id',
    { config: { roles: MANAGERS }, schema: { tags, params: IdParams } },
    async (req, reply) => {
      await deleteIndicator(app.ctx, currentUser(req), req.params.id);
      return reply.status(204).send();
    },
  );
  r.post(
    '/api/indicators/:id/targets',
    { config: { roles: MANAGERS }, schema: { tags, params: IdParams, body: TargetCreate, response: detail } },
    async (req, reply) => {
      const user = currentUser(req);
      await addTarget(app.ctx, user, req.params.id, req.body);
      return reply.status(201).send(await getIndicator(app.ctx, user, req.params.id));
    },
  );
  r.delete(
    '/api/targets/:id',
    { config: { roles: MANAGERS }, schema: { tags, params: IdParams } },
    async (req, reply) => {
      await deleteTarget(app.ctx, currentUser(req), req.params.id);
      return reply.status(204).send();
    },
  );
  r.post(
    '/api/indicators/:id/observations',
    {
      config: { roles: WRITERS },
      schema: { tags, params: IdParams, body: ObservationCreate, response: detail },
    },
    async (req, reply) => {
      const user = currentUser(req);
      await addObservation(app.ctx, user, req.params.id, req.body);
      return reply.status(201).send(await getIndicator(app.ctx, user, req.params.id));
    },
  );
  r.post(
    '/api/observations/:id/approve',
    { config: { roles: MANAGERS }, schema: { tags, params: IdParams } },
    async (req, reply) => {
      await approveObservation(app.ctx, currentUser(req), req.params.id);
      return reply.status(204).send();
    },
  );
  r.delete(
    '/api/observations/:id',
    { config: { roles: WRITERS }, schema: { tags, params: IdParams } },
    async (req, reply) => {
      await deleteObservation(app.ctx, currentUser(req), req.params.id);
      return reply.status(204).send();
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../plugins/auth.ts';
import { MANAGERS } from '../shared/permissions.ts';
import { Id, IdParams, paged } from '../shared/schemas.ts';
import {
  DocumentCreate,
  DocumentDetailOut,
  DocumentListQuery,
  DocumentOut,
  DocumentPatch,
  LinkCreate,
} from './documents.schema.ts';
import {
  addLink,
  createDocument,
  deleteDocument,
  deleteLink,
  getDocument,
  listDocuments,
  patchDocument,
} from './documents.service.ts';

export async function documentsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['documents'];

  r.get(
    '/api/documents',
    { schema: { tags, querystring: DocumentListQuery, response: { 200: paged(DocumentOut) } } },
    (req) => listDocuments(app.ctx, req.query),
  );
  r.get(
    '/api/documents/:id',
    { schema: { tags, params: IdParams, response: { 200: DocumentDetailOut } } },
    (req) => getDocument(app.ctx, currentUser(req), req.params.id),
  );
  r.post(
    '/api/documents',
    {
      config: { roles: MANAGERS },
      bodyLimit: 25 * 1024 * 1024,
      schema: { tags, body: DocumentCreate, response: { 201: DocumentDetailOut } },
    },
    async (req, reply) => {
      const user = currentUser(req);
      const id = await createDocument(app.ctx, user, req.body);
      return reply.status(201).send(await getDocument(app.ctx, user, id));
    },
  );
  r.patch(
    '/api/documents/:id',
    {
      config: { roles: MANAGERS },
      bodyLimit: 25 * 1024 * 1024,
      schema: { tags, params: IdParams, body: DocumentPatch, response: { 200: DocumentDetailOut } },
    },
    async (req) => {
      const user = currentUser(req);
      await patchDocument(app.ctx, user, req.params.id, req.body);
      return getDocument(app.ctx, user, req.params.id);
    },
  );
  r.delete(
    '/api/documents/:id',
    { config: { roles: MANAGERS }, schema: { tags, params: IdParams } },
    async (req, reply) => {
      await deleteDocument(app.ctx, currentUser(req), req.params.id);
      return reply.status(204).send();
    },
  );
  r.post(
    '/api/documents/:id/links',
    {
      config: { roles: MANAGERS },
      schema: { tags, params: IdParams, body: LinkCreate, response: { 201: DocumentDetailOut } },
    },
    async (req, reply) => {
      const user = currentUser(req);
      await addLink(app.ctx, user, req.params.id, req.body);
      return reply.status(201).send(await getDocument(app.ctx, user, req.params.id));
    },
  );
  r.delete(
    '/api/documents/:id/links/:linkId',
    { config: { roles: MANAGERS }, schema: { tags, params: z.object({ id: Id, linkId: Id }) } },
    async (req, reply) => {
      await deleteLink(app.ctx, currentUser(req), req.params.id, req.params.linkId);
      return reply.status(204).send();
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { SearchQuery, SearchResult } from './search.schema.ts';
import { search } from './search.service.ts';

export async function searchRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/search',
    { schema: { tags: ['search'], querystring: SearchQuery, response: { 200: SearchResult } } },
    (req) => search(app.ctx, req.query),
  );
}

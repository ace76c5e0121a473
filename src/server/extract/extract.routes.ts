import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { extract } from '../../extract/index.ts';

const ExtractBody = z.object({
  text: z.string().min(1).max(5_000_000),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});

export async function extractRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/extract',
    {
      // Up to 5 MB of text, and its JSON escaping.
      bodyLimit: 12 * 1024 * 1024,
      schema: { tags: ['extract'], body: ExtractBody },
    },
    async (req) => extract(req.body.text, { date: req.body.date }),
  );
}

// Bulk imports from the web: texts (JSON) or files (multipart: .txt, .docx, .html, .pdf, .jsonl), run as a
// background job; GET /api/imports/:id reports progress (done/total, rate, time left).
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_FILE_BYTES } from '../../ingest/readers.ts';
import { AppError } from '../errors.ts';
import { currentUser } from '../plugins/auth.ts';
import { documentedBody } from '../plugins/openapi.ts';
import { MANAGERS } from '../shared/permissions.ts';
import { IdParams } from '../shared/schemas.ts';
import { ImportCreate, ImportProgressOut, ImportUpload } from './imports.schema.ts';
import {
  createImportFromFiles,
  createImportFromTexts,
  getImport,
  listImports,
  resumeImports,
  stopImports,
  type UploadedFile,
} from './imports.service.ts';

export async function importsRoutes(app: FastifyInstance) {
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES + 1, files: 1000, fields: 10 } });
  // Web jobs a previous server left unfinished go on in the background once this one is ready.
  let resuming: Promise<unknown> = Promise.resolve();
  app.addHook('onReady', async () => {
    resuming = resumeImports(app.ctx).then(
      (ids) => ids.length && app.log.info(`import jobs resumed: ${ids.join(', ')}`),
      (err) => app.log.error({ err }, 'import jobs not resumed'),
    );
  });
  // Closing: no new batches; the database must outlive the batches under way.
  app.addHook('onClose', async () => {
    await resuming;
    await stopImports(app.ctx);
  });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['imports'];

  r.post(
    '/api/imports',
    {
      config: {
        roles: MANAGERS,
        // Read by the handler (JSON or multipart), so described here rather than validated by Fastify.
        swaggerTransform: documentedBody({
          'application/json': ImportCreate,
          'multipart/form-data': ImportUpload,
        }),
      },
      bodyLimit: 512 * 1024 * 1024,
      schema: { tags, response: { 202: ImportProgressOut } },
    },
    async (req, reply) => {
      const user = currentUser(req);
      if (req.isMultipart()) {
        const files: UploadedFile[] = [];
        let accept = false;
        for await (const part of req.parts()) {
          if (part.type === 'file') {
            const bytes = await part.toBuffer();
            if (part.file.truncated)
              throw new AppError('file_too_large', {
                details: [{ path: part.filename, message: 'too large' }],
              });
            files.push({ name: part.filename, mimeType: part.mimetype, bytes });
          } else if (part.fieldname === 'accept') accept = part.value === 'true' || part.value === '1';
        }
        return reply.status(202).send(await createImportFromFiles(app.ctx, user, files, accept));
      }
      const parsed = ImportCreate.safeParse(req.body);
      if (!parsed.success)
        throw new AppError('validation_failed', {
          details: parsed.error.issues.map((i) => ({ path: `body.${i.path.join('.')}`, message: i.message })),
        });
      return reply.status(202).send(await createImportFromTexts(app.ctx, user, parsed.data));
    },
  );
  r.get(
    '/api/imports',
    { config: { roles: MANAGERS }, schema: { tags, response: { 200: z.array(ImportProgressOut) } } },
    () => listImports(app.ctx),
  );
  r.get(
    '/api/imports/:id',
    { config: { roles: MANAGERS }, schema: { tags, params: IdParams, response: { 200: ImportProgressOut } } },
    (req) => getImport(app.ctx, req.params.id),
  );
}

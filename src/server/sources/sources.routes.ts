// Sources: one text at a time (pasted, or a .txt/.docx/.html/.pdf file), its extraction, and its review.
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { closePool } from '../../ingest/pool.ts';
import { MAX_FILE_BYTES, readFile } from '../../ingest/readers.ts';
import type { SourceInput } from '../../ingest/sources.ts';
import { AppError } from '../errors.ts';
import { currentUser } from '../plugins/auth.ts';
import { documentedBody } from '../plugins/openapi.ts';
import { MANAGERS } from '../shared/permissions.ts';
import { IdParams, paged } from '../shared/schemas.ts';
import {
  ProposalDecision,
  ProposalListQuery,
  ProposalOut,
  ReviewBody,
  ReviewOut,
  SourceCreate,
  SourceCreatedOut,
  SourceDetailOut,
  SourceListQuery,
  SourceOut,
  SourceUpload,
} from './sources.schema.ts';
import {
  addSource,
  answerProposal,
  getSource,
  listProposals,
  listSources,
  review,
} from './sources.service.ts';

function parseFields(fields: Record<string, unknown>) {
  const parsed = SourceCreate.omit({ text: true }).safeParse(fields);
  if (!parsed.success)
    throw new AppError('validation_failed', {
      details: parsed.error.issues.map((i) => ({ path: `body.${i.path.join('.')}`, message: i.message })),
    });
  return parsed.data;
}

/** The request as a source: a multipart upload read by the file's reader, or JSON with the text. */
export async function sourceInputOf(req: FastifyRequest): Promise<SourceInput> {
  if (req.isMultipart()) {
    let file: { name: string; mimeType: string; bytes: Buffer } | undefined;
    const fields: Record<string, string> = {};
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (file)
          throw new AppError('validation_failed', {
            en: 'Send one file at a time.',
            vi: 'Gửi từng tệp một.',
          });
        const bytes = await part.toBuffer();
        if (part.file.truncated) throw new AppError('file_too_large');
        file = { name: part.filename, mimeType: part.mimetype, bytes };
      } else if (typeof part.value === 'string' && part.value !== '') fields[part.fieldname] = part.value;
    }
    if (!file) throw new AppError('validation_failed', { en: 'No file was sent.', vi: 'Chưa chọn tệp.' });
    const meta = parseFields(fields);
    const read = await readFile(new Uint8Array(file.bytes), file.name, file.mimeType);
    return {
      text: read.text,
      kind: 'file',
      title: meta.title ?? read.title ?? null,
      url: meta.url ?? null,
      publishedOn: meta.publishedOn ?? null,
      fileName: file.name,
      mimeType: read.mimeType,
    };
  }
  const parsed = SourceCreate.safeParse(req.body);
  if (!parsed.success)
    throw new AppError('validation_failed', {
      details: parsed.error.issues.map((i) => ({ path: `body.${i.path.join('.')}`, message: i.message })),
    });
  const body = parsed.data;
  if (!body.text.trim())
    throw new AppError('empty_file', { vi: 'Chưa có nội dung văn bản.', en: 'There is no text.' });
  return {
    text: body.text,
    kind: body.url ? 'article' : 'paste',
    title: body.title,
    url: body.url,
    publishedOn: body.publishedOn,
  };
}

export async function sourcesRoutes(app: FastifyInstance) {
  // Multipart only in this plugin's scope: one file of at most 20 MB (+1 byte to tell "too large").
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES + 1, files: 1, fields: 10 } });
  app.addHook('onClose', closePool);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['sources'];

  r.post(
    '/api/sources',
    {
      config: {
        roles: MANAGERS,
        // Read by sourceInputOf (JSON or multipart), so described here rather than validated by Fastify.
        swaggerTransform: documentedBody({
          'application/json': SourceCreate,
          'multipart/form-data': SourceUpload,
        }),
      },
      // 20 MB of text, its JSON escaping and multipart framing.
      bodyLimit: 48 * 1024 * 1024,
      schema: { tags, response: { 200: SourceCreatedOut, 201: SourceCreatedOut } },
    },
    async (req, reply) => {
      const source = await addSource(app.ctx, currentUser(req), await sourceInputOf(req));
      return reply.status(source.created ? 201 : 200).send(source);
    },
  );
  r.get(
    '/api/sources',
    { schema: { tags, querystring: SourceListQuery, response: { 200: paged(SourceOut) } } },
    (req) => listSources(app.ctx, req.query),
  );
  r.get(
    '/api/sources/:id',
    { schema: { tags, params: IdParams, response: { 200: SourceDetailOut } } },
    (req) => getSource(app.ctx, req.params.id),
  );
  r.post(
    '/api/sources/:id/review',
    {
      config: { roles: MANAGERS },
      schema: { tags, params: IdParams, body: ReviewBody, response: { 200: ReviewOut } },
    },
    (req) => review(app.ctx, currentUser(req), req.params.id, req.body.decisions),
  );
  r.get(
    '/api/agency-proposals',
    {
      config: { roles: MANAGERS },
      schema: { tags, querystring: ProposalListQuery, response: { 200: ProposalOut.array() } },
    },
    (req) => listProposals(app.ctx, req.query.status),
  );
  r.post(
    '/api/agency-proposals/:id',
    {
      config: { roles: MANAGERS },
      schema: { tags, params: IdParams, body: ProposalDecision, response: { 200: ProposalOut } },
    },
    (req) => answerProposal(app.ctx, currentUser(req), req.params.id, req.body),
  );
}

import { z } from 'zod';
import { IsoDate } from '../shared/schemas.ts';

export const ImportCreate = z.object({
  items: z
    .array(
      z.object({
        text: z.string().max(20_000_000),
        title: z.string().max(1000).nullable().optional(),
        url: z.string().max(2000).nullable().optional(),
        date: IsoDate.nullable().optional(),
      }),
    )
    .min(1)
    .max(100_000),
  /** Accept every extracted item of the new sources (trusted corpora). */
  accept: z.boolean().default(false),
});
export type ImportCreate = z.infer<typeof ImportCreate>;

/** The multipart form of POST /api/imports: files (a .jsonl file gives one item a line) and the flag. */
export const ImportUpload = z.object({
  files: z
    .array(z.file())
    .min(1)
    .describe(
      '.txt, .docx, .html, .pdf files (20 MB each at most), or .jsonl corpora {id, text, date?, url?, title?}',
    ),
  accept: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .describe('accept every extracted item of the new sources (trusted corpora)'),
});

export const ImportProgressOut = z.object({
  id: z.number(),
  label: z.string(),
  state: z.enum(['planning', 'running', 'done']),
  accept: z.boolean(),
  total: z.number(),
  done: z.number(),
  failed: z.number(),
  duplicates: z.number(),
  pending: z.number(),
  rate: z.number(),
  etaSeconds: z.number().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  errors: z.array(z.object({ ref: z.string(), error: z.string() })),
});

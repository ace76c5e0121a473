import { z } from 'zod';
import { AGENCY_KINDS, REVIEW_TYPES } from '../../db/schema.ts';
import { Id, IsoDate, PageQuery, Span } from '../shared/schemas.ts';

export const REVIEW_STATES = ['pending', 'in_review', 'reviewed', 'rejected'] as const;

/** Pasted text (JSON); a file comes as multipart/form-data with the same fields beside it. */
export const SourceCreate = z.object({
  text: z.string().max(20_000_000),
  title: z.string().max(1000).nullable().optional(),
  url: z.url().max(2000).nullable().optional(),
  publishedOn: IsoDate.nullable().optional(),
});
export type SourceCreate = z.infer<typeof SourceCreate>;

/** The multipart form of POST /api/sources: one file, and the same optional fields as the JSON form. */
export const SourceUpload = SourceCreate.omit({ text: true }).extend({
  file: z.file().describe('.txt, .docx, .html or .pdf (with a text layer), 20 MB at most'),
});

export const SourceListQuery = PageQuery.extend({
  reviewState: z.enum(REVIEW_STATES).optional(),
  q: z.string().max(200).optional(),
});
export type SourceListQuery = z.infer<typeof SourceListQuery>;

const Counts = z.object({
  documents: z.number(),
  targets: z.number(),
  results: z.number(),
  tasks: z.number(),
});

export const SourceOut = z.object({
  id: z.number(),
  kind: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  publishedOn: z.string().nullable(),
  reviewState: z.enum(REVIEW_STATES),
  length: z.number(),
  counts: Counts,
  createdAt: z.string(),
});

export const DecisionOut = z.object({
  type: z.enum(REVIEW_TYPES),
  index: z.number(),
  decision: z.enum(['accepted', 'rejected']),
  recordType: z.string().nullable(),
  recordId: z.number().nullable(),
  edited: z.unknown(),
});

export const SourceDetailOut = SourceOut.extend({
  text: z.string(),
  mimeType: z.string().nullable(),
  contentHash: z.string(),
  /** The extraction result (../shared/extract/SPEC.md): every item has a span into `text`. */
  extraction: z.record(z.string(), z.array(z.object({ span: Span }).loose())),
  decisions: z.array(DecisionOut),
});

export const SourceCreatedOut = SourceDetailOut.extend({
  /** False when the same text (after normalisation) was already a source: that one is returned. */
  created: z.boolean(),
});

const ItemEdit = z
  .object({
    symbol: z.string().max(100),
    title: z.string().max(2000),
    kind: z.string().max(100),
    date: z.string().max(20),
    issuer: z.string().max(300),
    indicator: z.string().max(500),
    value: z.number(),
    valueMax: z.number().nullable(),
    unit: z.string().max(50),
    year: z.number().int().min(1900).max(2200),
    period: z.tuple([z.number().int(), z.number().int()]),
    baseline: z.number().nullable(),
    scope: z.string().max(300),
    text: z.string().max(10_000),
    lead: z.string().max(300).nullable(),
    partners: z.array(z.string().max(300)).max(50),
    deadline: z.union([z.string().max(20), z.number().int()]).nullable(),
    recurring: z.boolean(),
    documentId: Id.nullable(),
  })
  .partial()
  .strict();

export const ReviewBody = z.object({
  decisions: z
    .array(
      z.object({
        type: z.enum(REVIEW_TYPES),
        /** One item; leave out to decide every undecided item of the type. */
        index: z.number().int().min(0).optional(),
        action: z.enum(['accept', 'edit', 'reject']),
        value: ItemEdit.optional(),
      }),
    )
    .min(1)
    .max(1000),
});
export type ReviewBody = z.infer<typeof ReviewBody>;

export const ReviewOut = z.object({
  outcome: z.object({
    accepted: z.number(),
    rejected: z.number(),
    created: z.number(),
    linked: z.number(),
    reviewState: z.enum(REVIEW_STATES),
  }),
  source: SourceDetailOut,
});

export const ProposalOut = z.object({
  id: z.number(),
  name: z.string(),
  status: z.enum(['proposed', 'confirmed', 'rejected']),
  agencyId: z.number().nullable(),
  sourceId: z.number().nullable(),
  tasks: z.array(z.object({ id: z.number(), text: z.string(), role: z.enum(['lead', 'partner']) })),
});

export const ProposalListQuery = z.object({
  status: z.enum(['proposed', 'confirmed', 'rejected']).default('proposed'),
});

export const ProposalDecision = z.object({
  action: z.enum(['confirm', 'reject']),
  /** Confirm as this existing agency instead of creating a new one. */
  agencyId: Id.optional(),
  kind: z.enum(AGENCY_KINDS).optional(),
  parentId: Id.optional(),
});

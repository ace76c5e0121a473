import { z } from 'zod';
import { DOCUMENT_LINK_KINDS, DOCUMENT_STATUSES } from '../../db/schema.ts';
import { Id, IsoDate, NonEmptyText, PageQuery, Year } from '../shared/schemas.ts';
import { TaskOut } from '../tasks/tasks.schema.ts';

export const DocumentOut = z.object({
  id: z.number(),
  kind: z.string(),
  symbol: z.string().nullable(),
  issuer: z.string().nullable(),
  issuerAgencyId: z.number().nullable(),
  issuedOn: z.string().nullable(),
  title: z.string(),
  horizonYear: z.number().nullable(),
  visionYear: z.number().nullable(),
  status: z.enum(DOCUMENT_STATUSES),
  dueOn: z.string().nullable(),
  sourceId: z.number().nullable(),
  sourceSpan: z.tuple([z.number(), z.number()]).nullable(),
  illustrative: z.boolean(),
});

export const TargetOut = z.object({
  id: z.number(),
  indicator: z.object({ id: z.number(), name: z.string(), unit: z.string() }),
  value: z.number(),
  valueMax: z.number().nullable(),
  year: z.number(),
  periodStart: z.number().nullable(),
  baselineYear: z.number().nullable(),
  baselineValue: z.number().nullable(),
  document: z.object({ id: z.number(), symbol: z.string().nullable(), title: z.string() }).nullable(),
  sourceId: z.number().nullable(),
  sourceSpan: z.tuple([z.number(), z.number()]).nullable(),
  illustrative: z.boolean(),
});

export const DocumentDetailOut = DocumentOut.extend({
  fullText: z.string().nullable(),
  links: z.array(
    z.object({
      id: z.number(),
      kind: z.enum(DOCUMENT_LINK_KINDS),
      direction: z.enum(['out', 'in']),
      note: z.string().nullable(),
      document: z.object({
        id: z.number(),
        symbol: z.string().nullable(),
        title: z.string(),
        kind: z.string(),
      }),
    }),
  ),
  targets: z.array(TargetOut),
  tasks: z.array(TaskOut),
  source: z
    .object({ id: z.number(), title: z.string().nullable(), text: z.string(), extraction: z.unknown() })
    .nullable(),
});

export const DocumentListQuery = PageQuery.extend({
  q: z.string().max(200).optional(),
  symbol: z.string().max(100).optional(),
  kind: z.string().max(100).optional(),
  issuer: z.string().max(200).optional(),
  year: Year.optional(),
  status: z.enum(DOCUMENT_STATUSES).optional(),
});
export type DocumentListQuery = z.infer<typeof DocumentListQuery>;

export const DocumentCreate = z.object({
  kind: NonEmptyText(100),
  symbol: NonEmptyText(100).nullable().optional(),
  issuer: NonEmptyText(300).nullable().optional(),
  issuerAgencyId: Id.nullable().optional(),
  issuedOn: IsoDate.nullable().optional(),
  title: NonEmptyText(2000),
  fullText: z.string().max(20_000_000).nullable().optional(),
  horizonYear: Year.nullable().optional(),
  visionYear: Year.nullable().optional(),
  status: z.enum(DOCUMENT_STATUSES).default('in_force'),
  dueOn: IsoDate.nullable().optional(),
  illustrative: z.boolean().default(false),
});
export type DocumentCreate = z.infer<typeof DocumentCreate>;
export const DocumentPatch = DocumentCreate.partial();
export type DocumentPatch = z.infer<typeof DocumentPatch>;

export const LinkCreate = z.object({
  toId: Id,
  kind: z.enum(DOCUMENT_LINK_KINDS),
  note: z.string().max(1000).optional(),
});

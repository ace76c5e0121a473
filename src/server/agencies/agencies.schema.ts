import { z } from 'zod';
import { AGENCY_KINDS } from '../../db/schema.ts';
import { Id, NonEmptyText, PageQuery } from '../shared/schemas.ts';

export const AgencyOut = z.object({
  id: z.number(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(AGENCY_KINDS),
  parentId: z.number().nullable(),
  adminUnitKey: z.string().nullable(),
  illustrative: z.boolean(),
});

export type AgencyNode = z.infer<typeof AgencyOut> & { children: AgencyNode[] };
export const AgencyNodeOut: z.ZodType<AgencyNode> = AgencyOut.extend({
  children: z.array(z.lazy(() => AgencyNodeOut)),
});

export const AgencyListQuery = PageQuery.extend({
  q: z.string().max(200).optional(),
  parent: Id.optional(),
  kind: z.enum(AGENCY_KINDS).optional(),
});

export const AgencyCreate = z.object({
  name: NonEmptyText(500),
  shortName: NonEmptyText(100).nullable().optional(),
  kind: z.enum(AGENCY_KINDS).default('other'),
  parentId: Id.nullable().optional(),
  adminUnitKey: z.string().max(100).nullable().optional(),
});
export const AgencyPatch = AgencyCreate.partial();

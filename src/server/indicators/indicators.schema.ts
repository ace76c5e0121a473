import { z } from 'zod';
import { PROGRESS_STATUSES } from '../../domain/targetProgress.ts';
import { AgencyRef, Id, NonEmptyText, PageQuery, Year } from '../shared/schemas.ts';

const YearValue = z.object({ year: z.number(), value: z.number() });

export const ProgressOut = z.object({
  status: z.enum(PROGRESS_STATUSES as [string, ...string[]]),
  colour: z.enum(['green', 'orange', 'red', 'grey']),
  ratio: z.number().nullable(),
  targetYear: z.number().nullable(),
  targetValue: z.number().nullable(),
});

export const ProgressDetailOut = ProgressOut.extend({
  method: z.enum(['cagr', 'linear']).nullable(),
  baseline: YearValue.nullable(),
  latest: YearValue.nullable(),
  projection: YearValue.nullable(),
  yearMeetsTarget: z.number().nullable(),
});

export const IndicatorOut = z.object({
  id: z.number(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(['higher', 'lower']),
  adminUnitKey: z.string().nullable(),
  scopeAgencyId: z.number().nullable(),
  ownerAgency: AgencyRef.nullable(),
  description: z.string().nullable(),
  sourceId: z.number().nullable(),
  sourceSpan: z.tuple([z.number(), z.number()]).nullable(),
  illustrative: z.boolean(),
  progress: ProgressOut,
  canEdit: z.boolean(),
});

export const ObservationOut = z.object({
  id: z.number(),
  year: z.number(),
  periodKind: z.enum(['year', 'quarter', 'month']),
  periodIndex: z.number().nullable(),
  value: z.number(),
  state: z.enum(['reported', 'approved']),
  agency: AgencyRef.nullable(),
  adminUnitKey: z.string().nullable(),
  evidence: z.string().nullable(),
  illustrative: z.boolean(),
  createdAt: z.string(),
});

export const IndicatorListQuery = PageQuery.extend({
  q: z.string().max(200).optional(),
  agency: Id.optional(),
  status: z.enum(PROGRESS_STATUSES as [string, ...string[]]).optional(),
  /** An admin unit's key; the indicators of the units merged into it are included. */
  adminUnit: z.string().max(100).optional(),
});
export type IndicatorListQuery = z.infer<typeof IndicatorListQuery>;

export const IndicatorCreate = z.object({
  name: NonEmptyText(500),
  unit: z.string().max(100).default(''),
  direction: z.enum(['higher', 'lower']).default('higher'),
  adminUnitKey: z.string().max(100).nullable().optional(),
  scopeAgencyId: Id.nullable().optional(),
  ownerAgencyId: Id.nullable().optional(),
  description: z.string().max(10_000).nullable().optional(),
  illustrative: z.boolean().default(false),
});
export type IndicatorCreate = z.infer<typeof IndicatorCreate>;
export const IndicatorPatch = IndicatorCreate.partial();

export const TargetCreate = z
  .object({
    value: z.number().finite(),
    valueMax: z.number().finite().nullable().optional(),
    year: Year,
    periodStart: Year.nullable().optional(),
    baselineYear: Year.nullable().optional(),
    baselineValue: z.number().finite().nullable().optional(),
    documentId: Id.nullable().optional(),
    illustrative: z.boolean().default(false),
  })
  .refine((t) => t.valueMax == null || t.valueMax >= t.value, {
    path: ['valueMax'],
    message: 'valueMax < value',
  })
  .refine((t) => t.periodStart == null || t.periodStart <= t.year, {
    path: ['periodStart'],
    message: 'periodStart > year',
  })
  .refine((t) => (t.baselineYear == null) === (t.baselineValue == null), {
    path: ['baselineValue'],
    message: 'baselineYear and baselineValue go together',
  });
export type TargetCreate = z.infer<typeof TargetCreate>;

export const ObservationCreate = z
  .object({
    year: Year,
    periodKind: z.enum(['year', 'quarter', 'month']).default('year'),
    periodIndex: z.number().int().min(1).max(12).nullable().optional(),
    value: z.number().finite(),
    adminUnitKey: z.string().max(100).nullable().optional(),
    evidence: z.string().max(10_000).nullable().optional(),
  })
  .refine((o) => (o.periodKind === 'year') === (o.periodIndex == null), {
    path: ['periodIndex'],
    message: 'a quarter or month needs its index; a year has none',
  })
  .refine((o) => o.periodKind !== 'quarter' || (o.periodIndex ?? 0) <= 4, {
    path: ['periodIndex'],
    message: 'quarter 1–4',
  });
export type ObservationCreate = z.infer<typeof ObservationCreate>;

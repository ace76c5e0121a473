import { z } from 'zod';
import { DEADLINE_KINDS } from '../../db/schema.ts';
import { parseDeadline } from '../../domain/deadline.ts';
import { AgencyRef, Id, IsoDate, NonEmptyText, PageQuery, Year } from '../shared/schemas.ts';

export const TASK_STATUS = ['done_on_time', 'done_late', 'in_progress', 'overdue'] as const;
const Recurrence = z.enum(['month', 'quarter', 'half_year', 'year']);

const DeadlineObject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: IsoDate }),
  z.object({ kind: z.literal('month'), year: Year, month: z.number().int().min(1).max(12) }),
  z.object({ kind: z.literal('quarter'), year: Year, quarter: z.number().int().min(1).max(4) }),
  z.object({ kind: z.literal('year'), year: Year }),
  z.object({ kind: z.literal('recurring'), every: Recurrence }),
  z.object({ kind: z.literal('none') }),
]);

/** A deadline as an object, or as officials write it: "30/6/2025", "quý IV/2025", "thường xuyên". */
export const DeadlineIn = z.union([
  DeadlineObject,
  z.string().transform((s, ctx) => {
    const parsed = parseDeadline(s.normalize('NFC'));
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message: `"${s}" không phải thời hạn hợp lệ — not a valid deadline`,
        params: { code: 'invalid_date' },
      });
      return z.NEVER;
    }
    return parsed;
  }),
]);

export const DeadlineOut = z.object({
  kind: z.enum(DEADLINE_KINDS),
  dueOn: z.string().nullable(),
  year: z.number().nullable(),
  part: z.number().nullable(),
  recurrence: Recurrence.nullable(),
});

export const TaskOut = z.object({
  id: z.number(),
  text: z.string(),
  document: z.object({ id: z.number(), symbol: z.string().nullable(), title: z.string() }).nullable(),
  meetingId: z.number().nullable(),
  leadAgency: AgencyRef.nullable(),
  partners: z.array(AgencyRef),
  deadline: DeadlineOut,
  completedOn: z.string().nullable(),
  progress: z.number(),
  status: z.enum(TASK_STATUS),
  daysLate: z.number(),
  directedBy: z.string().nullable(),
  sourceId: z.number().nullable(),
  sourceSpan: z.tuple([z.number(), z.number()]).nullable(),
  illustrative: z.boolean(),
  canEdit: z.boolean(),
});
export type TaskOut = z.infer<typeof TaskOut>;

export const Evidence = z.object({ name: NonEmptyText(500), url: z.string().url().max(2000).optional() });

export const TaskUpdateOut = z.object({
  id: z.number(),
  note: z.string(),
  progress: z.number().nullable(),
  completedOn: z.string().nullable(),
  period: z.string().nullable(),
  evidence: z.array(z.object({ name: z.string(), url: z.string().optional() })),
  user: z.object({ id: z.number(), name: z.string() }).nullable(),
  createdAt: z.string(),
  illustrative: z.boolean(),
});

export const ExplanationOut = z.object({
  id: z.number(),
  taskId: z.number().nullable(),
  indicatorId: z.number().nullable(),
  agency: AgencyRef,
  reason: z.string(),
  dueOn: z.string().nullable(),
  status: z.enum(['open', 'answered', 'closed']),
  answer: z.string().nullable(),
  requestedBy: z.object({ id: z.number(), name: z.string() }).nullable(),
  answeredBy: z.object({ id: z.number(), name: z.string() }).nullable(),
  createdAt: z.string(),
  answeredAt: z.string().nullable(),
  illustrative: z.boolean(),
});

export const TaskDetailOut = TaskOut.extend({
  updates: z.array(TaskUpdateOut),
  explanations: z.array(ExplanationOut),
});

export const TaskListQuery = PageQuery.extend({
  agency: Id.optional(),
  status: z.enum(TASK_STATUS).optional(),
  document: Id.optional(),
  q: z.string().max(200).optional(),
  dueFrom: IsoDate.optional(),
  dueTo: IsoDate.optional(),
  sort: z.enum(['due', 'daysLate', 'recent']).default('due'),
});
export type TaskListQuery = z.infer<typeof TaskListQuery>;

export const TaskCreate = z.object({
  text: NonEmptyText(20_000),
  documentId: Id.nullable().optional(),
  meetingId: Id.nullable().optional(),
  leadAgencyId: Id.nullable().optional(),
  partnerAgencyIds: z.array(Id).max(200).default([]),
  deadline: DeadlineIn.default({ kind: 'none' }),
  directedBy: NonEmptyText(500).nullable().optional(),
  illustrative: z.boolean().default(false),
});
export type TaskCreate = z.infer<typeof TaskCreate>;

export const TaskPatch = z
  .object({
    text: NonEmptyText(20_000),
    documentId: Id.nullable(),
    meetingId: Id.nullable(),
    leadAgencyId: Id.nullable(),
    partnerAgencyIds: z.array(Id).max(200),
    deadline: DeadlineIn,
    directedBy: NonEmptyText(500).nullable(),
    completedOn: IsoDate.nullable(),
    progress: z.number().int().min(0).max(100),
  })
  .partial();
export type TaskPatch = z.infer<typeof TaskPatch>;

export const TaskUpdateCreate = z.object({
  note: NonEmptyText(20_000),
  progress: z.number().int().min(0).max(100).optional(),
  completedOn: IsoDate.optional(),
  period: z.string().max(20).optional(),
  evidence: z.array(Evidence).max(50).default([]),
});
export type TaskUpdateCreate = z.infer<typeof TaskUpdateCreate>;

export const ExplanationCreate = z.object({ reason: NonEmptyText(10_000), dueOn: IsoDate.optional() });

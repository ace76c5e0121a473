// Import and review (issue 5): import jobs and their items (taken in batches with FOR UPDATE SKIP LOCKED,
// so any number of processes share one import), the reviewer's decision on each extracted item, and
// agencies proposed by accepted tasks until a coordinator confirms them.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { agencies, sources, tasks } from './schema.ts';

export const importJobs = pgTable(
  'import_jobs',
  {
    id: serial('id').primaryKey(),
    /**
     * What the job imports, hashed (the CLI's resolved paths and flags): rerunning the same command finds
     * the same job and finishes it instead of starting another. Null for jobs made from the web.
     */
    key: text('key'),
    label: text('label').notNull(),
    /** Accept every extracted item of every new source (trusted corpora). */
    accept: boolean('accept').notNull().default(false),
    /** All items are listed; until then a rerun lists them again (inserting only the missing ones). */
    planned: boolean('planned').notNull().default(false),
    state: text('state').$type<'planning' | 'running' | 'done'>().notNull().default('planning'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('import_jobs_key_uq').on(t.key)],
);

export const importItems = pgTable(
  'import_items',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    jobId: integer('job_id')
      .notNull()
      .references(() => importJobs.id, { onDelete: 'cascade' }),
    /** Where the item comes from, unique in its job: a path, or "path:line" for a corpus line. */
    ref: text('ref').notNull(),
    state: text('state').$type<'pending' | 'done' | 'failed'>().notNull().default('pending'),
    /** A file on the importing machine: the whole file, or `length` bytes at `offset` (a JSONL line). */
    path: text('path'),
    offset: bigint('offset', { mode: 'number' }),
    length: integer('length'),
    /** Or the content itself (uploaded from the web), cleared once imported. */
    content: text('content'),
    fileName: text('file_name'),
    title: text('title'),
    error: text('error'),
    sourceId: integer('source_id').references(() => sources.id, { onDelete: 'set null' }),
    /** The text was already a source (same content hash): linked, not stored again. */
    duplicate: boolean('duplicate').notNull().default(false),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('import_items_job_ref_uq').on(t.jobId, t.ref),
    index('import_items_pending_idx').on(t.jobId, t.id).where(sql`${t.state} = 'pending'`),
    index('import_items_job_state_idx').on(t.jobId, t.state),
  ],
);

export const REVIEW_TYPES = ['documents', 'targets', 'results', 'tasks'] as const;
export type ReviewType = (typeof REVIEW_TYPES)[number];

/** One row per reviewed item of a source's extraction: the item is `extraction[itemType][itemIndex]`. */
export const reviewDecisions = pgTable(
  'review_decisions',
  {
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    itemType: text('item_type').$type<ReviewType>().notNull(),
    itemIndex: integer('item_index').notNull(),
    decision: text('decision').$type<'accepted' | 'rejected'>().notNull(),
    /** The record created or linked: a document, target, observation or task. */
    recordType: text('record_type'),
    recordId: integer('record_id'),
    /** The item as accepted, when the reviewer edited it. */
    edited: jsonb('edited'),
    decidedBy: integer('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.itemType, t.itemIndex] })],
);

/**
 * An agency named by an accepted task ("giao Sở X chủ trì") that matches no agency: it waits here, the task
 * linked, until a coordinator confirms it (creating the agency, or merging it into an existing one) or
 * rejects it; confirming sets the task's lead or partner.
 */
export const agencyProposals = pgTable(
  'agency_proposals',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    /** foldVietnamese(name): one open proposal per name. */
    nameFold: text('name_fold').notNull(),
    status: text('status').$type<'proposed' | 'confirmed' | 'rejected'>().notNull().default('proposed'),
    agencyId: integer('agency_id').references(() => agencies.id, { onDelete: 'set null' }),
    sourceId: integer('source_id').references(() => sources.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: integer('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('agency_proposals_open_uq').on(t.nameFold).where(sql`${t.status} = 'proposed'`)],
);

export const agencyProposalTasks = pgTable(
  'agency_proposal_tasks',
  {
    proposalId: integer('proposal_id')
      .notNull()
      .references(() => agencyProposals.id, { onDelete: 'cascade' }),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    role: text('role').$type<'lead' | 'partner'>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.taskId, t.role] })],
);

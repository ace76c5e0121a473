// The one schema of Lộ trình, for PGlite and PostgreSQL alike (DESIGN.md §3, §4).
// Dates of the domain (issue, deadline, completion) are `date` columns read as ISO strings;
// moments (created, logged) are `timestamptz`.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { ProgressStatus } from '../domain/targetProgress.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
/** Records not stated in the seed articles (an observed value, a user, a person's role) say so. */
const illustrative = () => boolean('illustrative').notNull().default(false);
/** Where an extracted record came from: the source text and the UTF-16 span into it. */
const sourceRef = () => integer('source_id').references(() => sources.id, { onDelete: 'set null' });
const sourceSpan = () => jsonb('source_span').$type<[number, number]>();

export const AGENCY_KINDS = [
  'party',
  'state',
  'council',
  'committee',
  'ministry',
  'department',
  'commune',
  'other',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const adminUnits = pgTable(
  'admin_units',
  {
    key: text('key').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    level: text('level').notNull().default('province'),
    gsoCode: text('gso_code'),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    successorKey: text('successor_key').references((): AnyPgColumn => adminUnits.key),
  },
  (t) => [index('admin_units_successor_idx').on(t.successorKey)],
);

export const agencies = pgTable(
  'agencies',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind').$type<AgencyKind>().notNull().default('other'),
    parentId: integer('parent_id').references((): AnyPgColumn => agencies.id, { onDelete: 'set null' }),
    adminUnitKey: text('admin_unit_key').references(() => adminUnits.key),
    illustrative: illustrative(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('agencies_parent_idx').on(t.parentId),
    uniqueIndex('agencies_name_parent_uq').on(t.name, t.parentId),
  ],
);

export const people = pgTable('people', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  titles: jsonb('titles').$type<string[]>().notNull().default([]),
  agencyId: integer('agency_id').references(() => agencies.id, { onDelete: 'set null' }),
  illustrative: illustrative(),
  createdAt: createdAt(),
});

export const IMPORT_STATES = ['queued', 'running', 'done', 'failed'] as const;

export const sources = pgTable(
  'sources',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').$type<'paste' | 'file' | 'article' | 'corpus'>().notNull().default('paste'),
    title: text('title'),
    url: text('url'),
    fileName: text('file_name'),
    mimeType: text('mime_type'),
    text: text('text').notNull(),
    /** sha256 of the normalised text: the same text imported twice is one source. */
    contentHash: text('content_hash').notNull(),
    publishedOn: date('published_on'),
    extraction: jsonb('extraction'),
    reviewState: text('review_state')
      .$type<'pending' | 'in_review' | 'reviewed' | 'rejected'>()
      .notNull()
      .default('pending'),
    illustrative: illustrative(),
    createdBy: integer('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('sources_content_hash_uq').on(t.contentHash)],
);

export const DOCUMENT_STATUSES = ['draft', 'in_force', 'replaced', 'expired'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const documents = pgTable(
  'documents',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    symbol: text('symbol'),
    /** The symbol folded (case, diacritics, đ→d) without separators: "11-NQ/TW" → "11nqtw". */
    symbolKey: text('symbol_key'),
    issuer: text('issuer'),
    issuerAgencyId: integer('issuer_agency_id').references(() => agencies.id, { onDelete: 'set null' }),
    issuedOn: date('issued_on'),
    title: text('title').notNull(),
    fullText: text('full_text'),
    horizonYear: smallint('horizon_year'),
    visionYear: smallint('vision_year'),
    status: text('status').$type<DocumentStatus>().notNull().default('in_force'),
    dueOn: date('due_on'),
    sourceId: sourceRef(),
    sourceSpan: sourceSpan(),
    illustrative: illustrative(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('documents_symbol_key_idx').on(t.symbolKey),
    index('documents_kind_idx').on(t.kind),
    index('documents_issued_on_idx').on(t.issuedOn),
  ],
);

export const DOCUMENT_LINK_KINDS = ['implements', 'replaces', 'amends', 'guides', 'mentions'] as const;
export type DocumentLinkKind = (typeof DOCUMENT_LINK_KINDS)[number];

export const documentLinks = pgTable(
  'document_links',
  {
    id: serial('id').primaryKey(),
    fromId: integer('from_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    toId: integer('to_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<DocumentLinkKind>().notNull(),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('document_links_uq').on(t.fromId, t.toId, t.kind),
    index('document_links_to_idx').on(t.toId),
  ],
);

export const meetings = pgTable('meetings', {
  id: serial('id').primaryKey(),
  kind: text('kind').$type<'conference' | 'working_session'>().notNull(),
  title: text('title').notNull(),
  heldOn: date('held_on'),
  /** A date given without its year in the source ("sáng 15-4") keeps only month and day here. */
  heldOnText: text('held_on_text'),
  place: text('place'),
  chair: text('chair'),
  conclusions: text('conclusions'),
  documentId: integer('document_id').references(() => documents.id, { onDelete: 'set null' }),
  sourceId: sourceRef(),
  sourceSpan: sourceSpan(),
  illustrative: illustrative(),
  createdAt: createdAt(),
});

export const indicators = pgTable(
  'indicators',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    unit: text('unit').notNull().default(''),
    direction: text('direction').$type<'higher' | 'lower'>().notNull().default('higher'),
    adminUnitKey: text('admin_unit_key').references(() => adminUnits.key),
    scopeAgencyId: integer('scope_agency_id').references(() => agencies.id, { onDelete: 'set null' }),
    ownerAgencyId: integer('owner_agency_id').references(() => agencies.id, { onDelete: 'set null' }),
    description: text('description'),
    /**
     * The headline progress (Open SDG method, src/domain/targetProgress.ts) against the indicator's
     * headline target, kept up to date in the transaction of every target or observation change so
     * dashboards count statuses without recomputing them.
     */
    progressStatus: text('progress_status').$type<ProgressStatus>().notNull().default('not_assessable'),
    progressRatio: doublePrecision('progress_ratio'),
    sourceId: sourceRef(),
    sourceSpan: sourceSpan(),
    illustrative: illustrative(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('indicators_owner_idx').on(t.ownerAgencyId),
    index('indicators_unit_idx').on(t.adminUnitKey),
    index('indicators_status_idx').on(t.progressStatus),
  ],
);

export const targets = pgTable(
  'targets',
  {
    id: serial('id').primaryKey(),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    value: doublePrecision('value').notNull(),
    valueMax: doublePrecision('value_max'),
    year: smallint('year').notNull(),
    periodStart: smallint('period_start'),
    baselineYear: smallint('baseline_year'),
    baselineValue: doublePrecision('baseline_value'),
    documentId: integer('document_id').references(() => documents.id, { onDelete: 'set null' }),
    sourceId: sourceRef(),
    sourceSpan: sourceSpan(),
    illustrative: illustrative(),
    createdAt: createdAt(),
  },
  (t) => [
    index('targets_indicator_idx').on(t.indicatorId, t.year),
    index('targets_document_idx').on(t.documentId),
  ],
);

export const observations = pgTable(
  'observations',
  {
    id: serial('id').primaryKey(),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    periodKind: text('period_kind').$type<'year' | 'quarter' | 'month'>().notNull().default('year'),
    year: smallint('year').notNull(),
    /** Quarter (1–4) or month (1–12) within the year; null for a whole year. */
    periodIndex: smallint('period_index'),
    value: doublePrecision('value').notNull(),
    agencyId: integer('agency_id').references(() => agencies.id, { onDelete: 'set null' }),
    /** The unit the figure was reported for, as it was then (e.g. former Bắc Kạn). */
    adminUnitKey: text('admin_unit_key').references(() => adminUnits.key),
    state: text('state').$type<'reported' | 'approved'>().notNull().default('reported'),
    evidence: text('evidence'),
    reportedBy: integer('reported_by'),
    sourceId: sourceRef(),
    sourceSpan: sourceSpan(),
    illustrative: illustrative(),
    createdAt: createdAt(),
  },
  (t) => [index('observations_indicator_idx').on(t.indicatorId, t.year)],
);

export const DEADLINE_KINDS = ['date', 'month', 'quarter', 'year', 'recurring', 'none'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const tasks = pgTable(
  'tasks',
  {
    id: serial('id').primaryKey(),
    text: text('text').notNull(),
    documentId: integer('document_id').references(() => documents.id, { onDelete: 'set null' }),
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    leadAgencyId: integer('lead_agency_id').references(() => agencies.id, { onDelete: 'set null' }),
    deadlineKind: text('deadline_kind').$type<DeadlineKind>().notNull().default('none'),
    /** For kind 'date' the date itself; for month, quarter and year the period's last day. */
    dueOn: date('due_on'),
    deadlineYear: smallint('deadline_year'),
    /** Month (1–12) or quarter (1–4) of the deadline. */
    deadlinePart: smallint('deadline_part'),
    recurrence: text('recurrence').$type<'month' | 'quarter' | 'half_year' | 'year'>(),
    completedOn: date('completed_on'),
    progress: smallint('progress').notNull().default(0),
    /** Who directed the task ("Tổng Bí thư", "Chủ tịch UBND tỉnh"). */
    directedBy: text('directed_by'),
    sourceId: sourceRef(),
    sourceSpan: sourceSpan(),
    illustrative: illustrative(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('tasks_lead_due_idx').on(t.leadAgencyId, t.dueOn),
    index('tasks_document_idx').on(t.documentId),
    index('tasks_due_idx').on(t.dueOn),
  ],
);

export const taskPartners = pgTable(
  'task_partners',
  {
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.agencyId] }), index('task_partners_agency_idx').on(t.agencyId)],
);

export const taskUpdates = pgTable(
  'task_updates',
  {
    id: serial('id').primaryKey(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    note: text('note').notNull(),
    progress: smallint('progress'),
    completedOn: date('completed_on'),
    /** For a recurring task: the reporting period this update covers ("2025-Q3"). */
    period: text('period'),
    evidence: jsonb('evidence').$type<{ name: string; url?: string }[]>().notNull().default([]),
    illustrative: illustrative(),
    createdAt: createdAt(),
  },
  (t) => [index('task_updates_task_idx').on(t.taskId)],
);

export const explanationRequests = pgTable(
  'explanation_requests',
  {
    id: serial('id').primaryKey(),
    taskId: integer('task_id').references(() => tasks.id, { onDelete: 'cascade' }),
    indicatorId: integer('indicator_id').references(() => indicators.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    dueOn: date('due_on'),
    requestedBy: integer('requested_by').references(() => users.id, { onDelete: 'set null' }),
    status: text('status').$type<'open' | 'answered' | 'closed'>().notNull().default('open'),
    answer: text('answer'),
    answeredBy: integer('answered_by').references(() => users.id, { onDelete: 'set null' }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    illustrative: illustrative(),
    createdAt: createdAt(),
  },
  (t) => [index('explanations_task_idx').on(t.taskId), index('explanations_agency_idx').on(t.agencyId)],
);

export const ROLES = ['admin', 'coordinator', 'agency_editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').$type<Role>().notNull(),
    agencyId: integer('agency_id').references(() => agencies.id, { onDelete: 'set null' }),
    active: boolean('active').notNull().default(true),
    /** Created by the demo loader only; never outside it. */
    demo: boolean('demo').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_username_uq').on(sql`lower(${t.username})`)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the cookie's token: a leaked table does not leak sessions. */
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Append-only: a trigger in the migrations refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    userId: integer('user_id'),
    username: text('username'),
    action: text('action').$type<'create' | 'update' | 'delete' | 'login' | 'logout' | 'import'>().notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId), index('audit_log_at_idx').on(t.at)],
);

export * from './ingest.schema.ts';
// Search (issue 6) keeps its tables in a file of its own.
export * from './search.schema.ts';

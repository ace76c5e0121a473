// The HTTP API's shapes as the web app reads them (issue 4's contract).
export type Role = 'admin' | 'coordinator' | 'agency_editor' | 'viewer';
export type TaskStatus = 'done_on_time' | 'done_late' | 'in_progress' | 'overdue';
export const TASK_STATUSES: TaskStatus[] = ['overdue', 'in_progress', 'done_late', 'done_on_time'];
export type ProgressStatus =
  | 'achieved'
  | 'on_track'
  | 'moderate'
  | 'limited'
  | 'deterioration'
  | 'not_assessable';
export const PROGRESS_STATUSES: ProgressStatus[] = [
  'deterioration',
  'limited',
  'moderate',
  'on_track',
  'achieved',
  'not_assessable',
];
export type Colour = 'green' | 'orange' | 'red' | 'grey';
export type DocumentStatus = 'draft' | 'in_force' | 'replaced' | 'expired';
export const DOCUMENT_STATUSES: DocumentStatus[] = ['in_force', 'draft', 'replaced', 'expired'];
export type LinkKind = 'implements' | 'replaces' | 'amends' | 'guides' | 'mentions';

export interface Page<T> {
  items: T[];
  total: number;
}

export interface AgencyRef {
  id: number;
  name: string;
  shortName: string | null;
}

export interface User {
  id: number;
  username: string;
  name: string;
  role: Role;
  agency: AgencyRef | null;
  demo: boolean;
}

export interface DocumentRef {
  id: number;
  symbol: string | null;
  title: string;
}

export interface Document {
  id: number;
  kind: string;
  symbol: string | null;
  issuer: string | null;
  issuedOn: string | null;
  title: string;
  horizonYear: number | null;
  visionYear: number | null;
  status: DocumentStatus;
  illustrative: boolean;
}

export interface DocumentLink {
  id: number;
  kind: LinkKind;
  direction: 'out' | 'in';
  note?: string | null;
  document: DocumentRef & { kind: string };
}

export type Span = [number, number];

export interface ExtractedItem {
  span?: Span;
  [field: string]: unknown;
}

export interface DocumentDetail extends Document {
  fullText: string | null;
  links: DocumentLink[];
  targets: Target[];
  tasks: Task[];
  source: { id: number; text: string; extraction: Record<string, ExtractedItem[] | unknown> | null } | null;
  sourceSpan: Span | null;
}

export interface Progress {
  status: ProgressStatus;
  colour: Colour;
  ratio: number | null;
  targetYear: number | null;
  targetValue: number | null;
}

export interface Indicator {
  id: number;
  name: string;
  unit: string;
  direction: 'higher' | 'lower';
  adminUnitKey: string | null;
  ownerAgency: AgencyRef | null;
  illustrative: boolean;
  progress: Progress;
  /** The server's answer to "may this person enter an observation?". */
  canEdit?: boolean;
  /** The imported text and passage the indicator was extracted from, when it was. */
  sourceId?: number | null;
  sourceSpan?: Span | null;
}

export interface Target {
  id: number;
  value: number;
  valueMax: number | null;
  year: number;
  periodStart: number | null;
  baselineYear: number | null;
  baselineValue: number | null;
  document: DocumentRef | null;
  /** Present when a target is listed outside its indicator (a document's targets). */
  indicator?: { id: number; name: string; unit: string } | null;
  illustrative?: boolean;
}

export interface Observation {
  id: number;
  year: number;
  periodKind: 'year' | 'quarter' | 'month';
  periodIndex: number | null;
  value: number;
  state: 'reported' | 'approved';
  agency: AgencyRef | null;
  evidence: string | null;
  illustrative: boolean;
}

export interface IndicatorDetail extends Indicator {
  targets: Target[];
  observations: Observation[];
  progress: Progress & {
    latest: { year: number; value: number } | null;
    projection: { year: number; value: number } | null;
    yearMeetsTarget: number | null;
    baseline: { year: number; value: number } | null;
  };
}

export type DeadlineKind = 'date' | 'month' | 'quarter' | 'year' | 'recurring' | 'none';
export interface Deadline {
  kind: DeadlineKind;
  dueOn: string | null;
  year: number | null;
  part: number | null;
  recurrence: 'month' | 'quarter' | 'half_year' | 'year' | null;
}

export interface Task {
  id: number;
  text: string;
  document: DocumentRef | null;
  leadAgency: AgencyRef | null;
  partners: AgencyRef[];
  deadline: Deadline;
  completedOn: string | null;
  progress: number;
  status: TaskStatus;
  daysLate: number | null;
  directedBy: string | null;
  illustrative: boolean;
  canEdit: boolean;
  /** The imported text and passage the task was extracted from, when it was. */
  sourceId?: number | null;
  sourceSpan?: Span | null;
}

export interface TaskUpdate {
  id: number;
  note: string;
  progress: number | null;
  completedOn: string | null;
  evidence: { name: string; url?: string }[];
  user: { id: number; name: string } | null;
  createdAt: string;
  illustrative: boolean;
}

export interface Explanation {
  id: number;
  reason: string;
  dueOn: string | null;
  status: 'open' | 'answered' | 'closed';
  answer: string | null;
  requestedBy: { id: number; name: string } | string | null;
  answeredBy: { id: number; name: string } | string | null;
  createdAt: string;
  answeredAt: string | null;
}

export interface TaskDetail extends Task {
  updates: TaskUpdate[];
  explanations: Explanation[];
}

export type StatusCounts = Record<TaskStatus, number>;

export interface Dashboard {
  today: string;
  tasks: {
    total: number;
    byStatus: StatusCounts;
    byAgency: (StatusCounts & { agency: AgencyRef; total: number; onTimeRate: number | null })[];
    byDocument: (StatusCounts & { document: DocumentRef; total: number })[];
  };
  overdue: Task[];
  upcoming: Task[];
  targets: { byStatus: Record<ProgressStatus, number> };
  agencyRanking: { agency: AgencyRef; onTimeRate: number | null; done: number; total: number }[];
}

export interface Agency extends AgencyRef {
  kind: string;
  parentId: number | null;
  illustrative: boolean;
}

export interface AgencyNode extends AgencyRef {
  kind: string;
  children: AgencyNode[];
}

export interface Scorecard {
  agency: AgencyRef & { kind?: string };
  tasks: { byStatus: StatusCounts; total: number; onTimeRate: number | null };
  indicators: { byStatus: Record<ProgressStatus, number> };
}

export interface AdminUnit {
  key: string;
  name: string;
  kind: string;
  gsoCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  successorKey: string | null;
  /** Former units merged into this one, transitively. */
  predecessors?: string[];
}

/** An imported text in the list of sources (GET /api/sources). */
export interface SourceSummary {
  id: number;
  kind: string;
  title: string | null;
  url: string | null;
  fileName: string | null;
  publishedOn: string | null;
  reviewState: 'pending' | 'in_review' | 'reviewed' | 'rejected';
  length: number;
  counts: { documents: number; targets: number; results: number; tasks: number };
  createdAt: string;
}

/** A bulk import's progress (GET /api/imports/:id). */
export interface ImportProgress {
  id: number;
  label: string;
  state: 'planning' | 'running' | 'done';
  total: number;
  done: number;
  failed: number;
  duplicates: number;
  pending: number;
  rate: number;
  etaSeconds: number | null;
  errors: { ref: string; error: string }[];
}

export interface AdminUser {
  id: number;
  username: string;
  name: string;
  role: Role;
  agency: AgencyRef | null;
  active: boolean;
  demo: boolean;
}

/** `[start, end)` in UTF-16 code units of the normalised text (see `normalize`). */
export type Span = [number, number];

export interface DocumentRef {
  /** The number-symbol as written, without "số" or spaces: `11-NQ/TW`, `45/2020/NĐ-CP`. */
  symbol?: string;
  /** A quoted title when the reference has no symbol. */
  title?: string;
  kind?: string;
  /** `YYYY-MM-DD` when the text gives the date of issue. */
  date?: string;
  issuer?: string;
  span: Span;
}

export interface ValueItem {
  indicator: string;
  value: number;
  valueMax?: number;
  unit?: string;
  year?: number;
  period?: [number, number];
  baseline?: number;
  scope?: string;
  span: Span;
}
export type TargetItem = ValueItem;
export type ResultItem = ValueItem;

export interface DateItem {
  /** `YYYY-MM-DD`, `--MM-DD`, `YYYY-MM` or `YYYY-Qn`. */
  value: string;
  text: string;
  span: Span;
}

export interface Person {
  name: string;
  titles: string[];
  span: Span;
}

export interface Organization {
  name: string;
  abbreviation?: string;
  level?: 'central' | 'province' | 'district' | 'commune';
  span: Span;
}

export interface TaskItem {
  text: string;
  lead?: string;
  partners?: string[];
  /** Same forms as `DateItem.value`, or a year. */
  deadline?: string | number;
  recurring?: boolean;
  source?: string;
  span: Span;
}

export interface Horizon {
  until: number;
  vision?: number;
  span: Span;
}

export interface Location {
  name: string;
  kind: 'province' | 'city' | 'region' | 'commune' | 'ward';
  /** The provincial unit this one belongs to since 1 July 2025 (Nghị quyết 202/2025/QH15). */
  successor?: string;
  span: Span;
}

export interface Meeting {
  kind: string;
  name: string;
  date?: string;
  chair?: string;
  span: Span;
}

export interface Recommendation {
  text: string;
  from?: string;
  to?: string;
  span: Span;
}

export interface ExtractionResult {
  documents: DocumentRef[];
  targets: TargetItem[];
  results: ResultItem[];
  dates: DateItem[];
  people: Person[];
  organizations: Organization[];
  tasks: TaskItem[];
  horizons: Horizon[];
  locations: Location[];
  meetings: Meeting[];
  recommendations: Recommendation[];
}

export interface ExtractOptions {
  /** Publication date, `YYYY-MM-DD`: the reference point for "this year" and past versus future. */
  date?: string;
}

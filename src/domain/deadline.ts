/**
 * Task deadlines (thời hạn) as Vietnamese documents set them: a day, a month, a quarter, a year,
 * "thường xuyên" (recurring, reported every period) or none. A month, quarter or year is due on its
 * last day: "quý IV/2020" is due on 31/12/2020.
 */
import {
  isIsoDate,
  isoFromParts,
  isoParts,
  lastDayOfMonth,
  lastDayOfQuarter,
  lastDayOfYear,
} from './dates.ts';
import { foldVietnamese } from './fold.ts';

export type RecurrenceEvery = 'month' | 'quarter' | 'half_year' | 'year';

export type Deadline =
  | { kind: 'date'; date: string }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'year'; year: number }
  | { kind: 'recurring'; every: RecurrenceEvery }
  | { kind: 'none' };

export const RECURRENCES: readonly RecurrenceEvery[] = ['month', 'quarter', 'half_year', 'year'];

/**
 * "Thường xuyên" alone names no period. The Government Office reports on assigned tasks monthly, so a
 * bare "thường xuyên" is read as reported every month; "hằng quý", "6 tháng", "hằng năm" say otherwise.
 */
export const DEFAULT_RECURRENCE: RecurrenceEvery = 'month';

/** The day a deadline falls due, as ISO; null for recurring tasks (see reportingPeriods) and none. */
export function dueDate(deadline: Deadline): string | null {
  switch (deadline.kind) {
    case 'date':
      isoParts(deadline.date); // throws on a malformed date rather than comparing garbage later
      return deadline.date;
    case 'month':
      return lastDayOfMonth(deadline.year, deadline.month);
    case 'quarter':
      return lastDayOfQuarter(deadline.year, deadline.quarter);
    case 'year':
      return lastDayOfYear(deadline.year);
    case 'recurring':
    case 'none':
      return null;
  }
}

/** True when the value is a well-formed Deadline (for data read from outside). */
export function isDeadline(value: unknown): value is Deadline {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  const year = (y: unknown) => Number.isInteger(y) && (y as number) >= 1 && (y as number) <= 9999;
  switch (d.kind) {
    case 'date':
      return isIsoDate(d.date);
    case 'month':
      return (
        year(d.year) && Number.isInteger(d.month) && (d.month as number) >= 1 && (d.month as number) <= 12
      );
    case 'quarter':
      return (
        year(d.year) &&
        Number.isInteger(d.quarter) &&
        (d.quarter as number) >= 1 &&
        (d.quarter as number) <= 4
      );
    case 'year':
      return year(d.year);
    case 'recurring':
      return RECURRENCES.includes(d.every as RecurrenceEvery);
    case 'none':
      return true;
    default:
      return false;
  }
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ROMAN_OUT = ['', 'I', 'II', 'III', 'IV'];

function quarterNumber(token: string): number | null {
  const q = /^\d$/.test(token) ? Number(token) : (ROMAN[token] ?? null);
  return q !== null && q >= 1 && q <= 4 ? q : null;
}

function validYear(y: number): boolean {
  return y >= 1000 && y <= 9999;
}

/**
 * Reads a deadline as written in Vietnamese documents and forms, with or without diacritics:
 * - a day: '30/6/2023', 'ngày 30 tháng 6 năm 2023', 'trước ngày 30/6/2023', '2023-06-30';
 * - a month: 'tháng 6/2023', 'tháng 6 năm 2023', 'trong tháng 06/2023', '6/2023';
 * - a quarter: 'quý IV/2020', 'quý 4 năm 2020', 'Q4/2020', 'Q4 2020';
 * - a half year: '6 tháng đầu năm 2023' → 30/06/2023, '6 tháng cuối năm 2023' → the year;
 * - a year: 'năm 2025', 'trong năm 2025', 'cuối năm 2025', 'đến năm 2030', '2025';
 * - recurring: 'thường xuyên' (monthly, DEFAULT_RECURRENCE), 'hằng tháng', 'hằng quý', '6 tháng một lần',
 *   'định kỳ 6 tháng', 'hằng năm' (also 'hàng …');
 * - none: 'không thời hạn', 'không', '' — no deadline.
 * Returns null when the text is none of these or names an impossible date ('31/02/2025').
 */
export function parseDeadline(text: string): Deadline | null {
  const t = foldVietnamese(text)
    .replace(/[.;,]+$/, '')
    .replace(/^(?:truoc|trong|cham nhat|han|thoi han|hoan thanh|xong|vao|den het|den)\s+/, '')
    .replace(/^(?:truoc|trong|vao)\s+/, '')
    .trim();

  if (t === '' || t === '-' || /^(?:khong(?: co)?(?: thoi han)?|chua (?:xac dinh|co thoi han))$/.test(t)) {
    return { kind: 'none' };
  }

  const recurring = parseRecurrence(t);
  if (recurring) return { kind: 'recurring', every: recurring };

  let m = /^(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  m ??= /^ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})$/.exec(t);
  if (m) {
    const date = isoFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
    return date ? { kind: 'date', date } : null;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isIsoDate(t) ? { kind: 'date', date: t } : null;

  m = /^(?:quy|q)\s*([ivx]+|\d)\s*(?:[/-]|\s+nam\s+|\s+)\s*(\d{4})$/.exec(t);
  if (m) {
    const quarter = quarterNumber(m[1]);
    const year = Number(m[2]);
    return quarter && validYear(year) ? { kind: 'quarter', year, quarter } : null;
  }

  m = /^6 thang (dau|cuoi) nam\s*(\d{4})$/.exec(t);
  if (m) {
    const year = Number(m[2]);
    if (!validYear(year)) return null;
    return m[1] === 'dau' ? { kind: 'date', date: lastDayOfMonth(year, 6) } : { kind: 'year', year };
  }

  m = /^(?:thang\s*)?(\d{1,2})\s*(?:[/-]|\s+nam\s+)\s*(\d{4})$/.exec(t);
  if (m && (t.startsWith('thang') || /^\d{1,2}\s*[/-]\s*\d{4}$/.test(t))) {
    const month = Number(m[1]);
    const year = Number(m[2]);
    return month >= 1 && month <= 12 && validYear(year) ? { kind: 'month', year, month } : null;
  }

  m = /^(?:(?:cuoi|trong|het|den)\s+)?(?:nam\s+)?(\d{4})$/.exec(t);
  if (m) {
    const year = Number(m[1]);
    return validYear(year) ? { kind: 'year', year } : null;
  }
  return null;
}

function parseRecurrence(t: string): RecurrenceEvery | null {
  if (/^(?:dinh ky\s+)?hang thang$/.test(t) || /^(?:bao cao\s+)?(?:hang|moi) thang$/.test(t)) return 'month';
  if (/^(?:dinh ky\s+)?(?:hang|moi) quy$/.test(t) || /^dinh ky (?:hang )?quy$/.test(t)) return 'quarter';
  if (/^(?:dinh ky\s+)?(?:6 thang(?: mot lan)?|(?:hang|moi) 6 thang|nua nam(?: mot lan)?)$/.test(t))
    return 'half_year';
  if (/^(?:dinh ky\s+)?(?:hang|moi) nam$/.test(t) || /^dinh ky (?:hang )?nam$/.test(t)) return 'year';
  if (/^thuong xuyen(?:,?\s*lien tuc)?$/.test(t)) return DEFAULT_RECURRENCE;
  const m = /^thuong xuyen[,;]?\s*(?:bao cao\s+)?(.+)$/.exec(t);
  if (m) return parseRecurrence(m[1]) ?? null;
  return null;
}

const RECURRENCE_VI: Record<RecurrenceEvery, string> = {
  month: 'hằng tháng',
  quarter: 'hằng quý',
  half_year: '6 tháng',
  year: 'hằng năm',
};
const RECURRENCE_EN: Record<RecurrenceEvery, string> = {
  month: 'monthly',
  quarter: 'quarterly',
  half_year: 'half-yearly',
  year: 'yearly',
};
const MONTHS_EN = [
  '',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export type FormatDeadlineOptions = {
  /** Add the reporting period to a recurring deadline: 'Thường xuyên (hằng quý)'. */
  withPeriod?: boolean;
};

/** '30/06/2023', 'Tháng 6/2023', 'Quý IV/2020', 'Năm 2025', 'Thường xuyên', 'Không thời hạn'. */
export function formatDeadlineVi(deadline: Deadline, options: FormatDeadlineOptions = {}): string {
  switch (deadline.kind) {
    case 'date': {
      const { year, month, day } = isoParts(deadline.date);
      return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
    }
    case 'month':
      return `Tháng ${deadline.month}/${deadline.year}`;
    case 'quarter':
      return `Quý ${ROMAN_OUT[deadline.quarter] ?? deadline.quarter}/${deadline.year}`;
    case 'year':
      return `Năm ${deadline.year}`;
    case 'recurring':
      return options.withPeriod ? `Thường xuyên (${RECURRENCE_VI[deadline.every]})` : 'Thường xuyên';
    case 'none':
      return 'Không thời hạn';
  }
}

/** '30/06/2023', 'June 2023', 'Q4 2020', '2025', 'Recurring', 'No deadline'. */
export function formatDeadlineEn(deadline: Deadline, options: FormatDeadlineOptions = {}): string {
  switch (deadline.kind) {
    case 'date':
      return formatDeadlineVi(deadline);
    case 'month':
      return `${MONTHS_EN[deadline.month] ?? deadline.month} ${deadline.year}`;
    case 'quarter':
      return `Q${deadline.quarter} ${deadline.year}`;
    case 'year':
      return String(deadline.year);
    case 'recurring':
      return options.withPeriod ? `Recurring (${RECURRENCE_EN[deadline.every]})` : 'Recurring';
    case 'none':
      return 'No deadline';
  }
}

/** One reporting period of a recurring task. Periods follow the calendar; each is due on its last day. */
export type ReportingPeriod = {
  every: RecurrenceEvery;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2, or 1 for a year. */
  index: number;
  start: string;
  end: string;
  /** The day the period's report is due: its last day, like a month or quarter deadline. */
  due: string;
};

const MONTHS_IN: Record<RecurrenceEvery, number> = { month: 1, quarter: 3, half_year: 6, year: 12 };

/** The reporting period that contains a date. */
export function periodContaining(every: RecurrenceEvery, date: string): ReportingPeriod {
  const { year, month } = isoParts(date);
  const size = MONTHS_IN[every];
  return periodAt(every, year, Math.floor((month - 1) / size) + 1);
}

function periodAt(every: RecurrenceEvery, year: number, index: number): ReportingPeriod {
  const size = MONTHS_IN[every];
  const firstMonth = (index - 1) * size + 1;
  const end = lastDayOfMonth(year, firstMonth + size - 1);
  return {
    every,
    year,
    index,
    start: `${String(year).padStart(4, '0')}-${String(firstMonth).padStart(2, '0')}-01`,
    end,
    due: end,
  };
}

/** The period after the given one. */
export function nextPeriod(period: ReportingPeriod): ReportingPeriod {
  const count = 12 / MONTHS_IN[period.every];
  return period.index < count
    ? periodAt(period.every, period.year, period.index + 1)
    : periodAt(period.every, period.year + 1, 1);
}

/**
 * The calendar periods of a recurring task that overlap [from, to] (both ISO, inclusive), in order:
 * reportingPeriods('quarter', '2025-02-10', '2025-07-01') → Q1, Q2 and Q3 of 2025. Empty when to < from.
 */
export function reportingPeriods(every: RecurrenceEvery, from: string, to: string): ReportingPeriod[] {
  isoParts(to);
  const periods: ReportingPeriod[] = [];
  if (to < from) return periods;
  for (let p = periodContaining(every, from); p.start <= to; p = nextPeriod(p)) periods.push(p);
  return periods;
}

/** 'Tháng 6/2025', 'Quý II/2025', '6 tháng đầu năm 2025', 'Năm 2025'. */
export function formatPeriodVi(period: ReportingPeriod): string {
  switch (period.every) {
    case 'month':
      return `Tháng ${period.index}/${period.year}`;
    case 'quarter':
      return `Quý ${ROMAN_OUT[period.index]}/${period.year}`;
    case 'half_year':
      return `6 tháng ${period.index === 1 ? 'đầu' : 'cuối'} năm ${period.year}`;
    case 'year':
      return `Năm ${period.year}`;
  }
}

/** 'June 2025', 'Q2 2025', 'H1 2025', '2025'. */
export function formatPeriodEn(period: ReportingPeriod): string {
  switch (period.every) {
    case 'month':
      return `${MONTHS_EN[period.index]} ${period.year}`;
    case 'quarter':
      return `Q${period.index} ${period.year}`;
    case 'half_year':
      return `H${period.index} ${period.year}`;
    case 'year':
      return String(period.year);
  }
}

/**
 * ISO calendar dates (`yyyy-mm-dd`) as plain strings: stored and compared as such (their string order is
 * their date order), shown to users as dd/mm/yyyy. All arithmetic is in UTC so that no time zone or
 * daylight-saving shift can move a date.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function validDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function toIso(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function utcMs(iso: string): number {
  const [y, m, d] = requireIso(iso);
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getTime();
}

function requireIso(iso: string): [number, number, number] {
  const m = ISO.exec(iso);
  if (!m || !validDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new RangeError(`not an ISO calendar date: ${JSON.stringify(iso)}`);
  }
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real calendar date written `yyyy-mm-dd`: '2024-02-29' yes, '2025-02-29' and '2025-2-1' no. */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO.exec(s);
  return m !== null && validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The parts of an ISO date; throws RangeError when it is not one. */
export function isoParts(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = requireIso(iso);
  return { year, month, day };
}

/** Builds an ISO date from its parts, or null when they name no calendar day (31/02). */
export function isoFromParts(year: number, month: number, day: number): string | null {
  return validDate(year, month, day) ? toIso(year, month, day) : null;
}

const NUMERIC_DATE = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const WORDED_DATE = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)\s*(\d{4})$/iu;

/**
 * Reads a date as Vietnamese write it — '30/6/2023', '01/07/2004', '30-06-2023', '30.06.2023',
 * 'ngày 01 tháng 7 năm 2004' — or ISO '2023-06-30', and returns it as ISO; null when it is not a real
 * calendar date ('31/02/2025') or not a date at all. Day comes before month, always.
 */
export function parseVietnameseDate(s: string): string | null {
  const text = s.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (ISO.test(text)) return isIsoDate(text) ? text : null;
  const m = NUMERIC_DATE.exec(text) ?? WORDED_DATE.exec(text);
  if (!m) return null;
  return isoFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** '2023-06-30' → '30/06/2023'. Throws RangeError for anything but an ISO date. */
export function formatDateVi(iso: string): string {
  const [y, m, d] = requireIso(iso);
  return `${pad(d)}/${pad(m)}/${pad(y, 4)}`;
}

/** The last day of a month, as ISO: (2024, 2) → '2024-02-29'. */
export function lastDayOfMonth(year: number, month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`bad month: ${month}`);
  return toIso(year, month, daysInMonth(year, month));
}

/** The last day of a quarter, as ISO: (2020, 4) → '2020-12-31'. */
export function lastDayOfQuarter(year: number, quarter: number): string {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)
    throw new RangeError(`bad quarter: ${quarter}`);
  return lastDayOfMonth(year, quarter * 3);
}

/** The last day of a year, as ISO. */
export function lastDayOfYear(year: number): string {
  return toIso(year, 12, 31);
}

/** Days from a to b: positive when b is later. daysBetween('2025-06-30', '2025-07-01') === 1. */
export function daysBetween(a: string, b: string): number {
  return Math.round((utcMs(b) - utcMs(a)) / DAY_MS);
}

/** The date n days after iso (before, when n is negative). */
export function addDays(iso: string, n: number): string {
  const date = new Date(utcMs(iso) + n * DAY_MS);
  return toIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The calendar date of a moment in a time zone, as ISO; Vietnam's by default (UTC+7, no DST). */
export function isoDateOf(moment: Date, timeZone = 'Asia/Ho_Chi_Minh'): string {
  // en-CA formats as yyyy-mm-dd.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(moment);
}

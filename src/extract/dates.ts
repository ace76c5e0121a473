import { DIGIT_RUN, type KeywordHits, keywordGroup, keywordHits, matchesAt } from './keywords.ts';
import { Coverage, isJsSpace } from './text.ts';
import type { DateItem } from './types.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const validDay = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;
const validYear = (y: number) => y >= 1900 && y <= 2100;
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

export function quarterNumber(s: string): number | undefined {
  const q = ROMAN[s.toUpperCase()] ?? Number(s);
  return q >= 1 && q <= 4 ? q : undefined;
}

// Each pattern is linear: bounded digit runs, whitespace runs between fixed words, no nested quantifiers.
// "ngày 16 tháng 6 năm 2023", "16 tháng 6, năm 2023" — the item's text starts at the day.
const VERBAL =
  /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF0-9])(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,)?(?:\s+năm\s+(\d{4})(?!\d))?/g;
// "16/6/2023", "16-6-2023", "16.6.2023" (same separator twice).
const NUMERIC =
  /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF0-9/.,-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![0-9]|[/-][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF0-9])/g;
// "tháng 6/2023", "tháng 6 năm 2023", "tháng 6-2023".
const MONTH =
  /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF0-9])tháng\s+(\d{1,2})(?:\s*[/.-]\s*|\s+năm\s+|\s*,\s*năm\s+)(\d{4})(?!\d)/g;
// "quý IV/2020", "quý 4 năm 2020", "quý II-2025"; the year may be missing ("trong quý IV").
const QUARTER =
  /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF0-9])quý\s+(iv|i{1,3}|[1-4])(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF0-9])(?:(?:\s*[/-]\s*|\s+năm\s+|\s*,\s*năm\s+)(\d{4})(?!\d))?/g;
// "30/4", "15-4", "30.4" with no year: only after a word that makes it a day ("sáng 15-4", "ngày 30/4").
const SHORT =
  /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF0-9/.,-])(\d{1,2})([/.-])(\d{1,2})(?![0-9%]|[/.,-]\d|[-/][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/g;
const SHORT_CUE =
  /(?:^|[^A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])(?:ngày|sáng|chiều|trưa|tối|đêm|hôm|dịp|lễ|quốc khánh|mùng|mồng|rạng sáng|từ ngày|đến ngày|trước ngày|trước|vào|hạn|chậm nhất|chậm nhất là)\s*$/;
// A second short date continuing a first ("ngày 30/4 và 1/5", "từ 15-4 đến 20-4").
const SHORT_CONT = /^\s*(?:và|,|đến|tới|-)\s*$/;

// The same patterns, tried only where a number, "tháng" or "quý" starts (keywords.ts).
const VERBAL_AT = new RegExp(VERBAL.source, 'y');
const NUMERIC_AT = new RegExp(NUMERIC.source, 'y');
const MONTH_AT = new RegExp(MONTH.source, 'y');
const MONTH_WORDS = keywordGroup(['tháng']);
const QUARTER_AT = new RegExp(QUARTER.source, 'y');
const QUARTER_WORDS = keywordGroup(['quý']);
const SHORT_AT = new RegExp(SHORT.source, 'y');

// What `(\d{1,2})` then a separator needs at a number's first digit `at`: the separator after one
// digit or after two.
function isDateSeparator(c: number): boolean {
  return c === 47 || c === 46 || c === 45; // "/", ".", "-"
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** Necessary for NUMERIC and SHORT at `at`: `\d{1,2}[/.-]`. */
function dayThenSeparator(s: string, at: number): boolean {
  const c = s.charCodeAt(at + 1);
  return isDateSeparator(c) || (isDigit(c) && isDateSeparator(s.charCodeAt(at + 2)));
}
/** Necessary for VERBAL at `at`: `\d{1,2}\s`. */
function dayThenSpace(s: string, at: number): boolean {
  const c = s.charCodeAt(at + 1);
  return isJsSpace(c) || (isDigit(c) && isJsSpace(s.charCodeAt(at + 2)));
}
/** The patterns tried at numbers with their guards (for the test that a guard turns no match away). */
export const GUARDED_AT_NUMBERS: ReadonlyArray<readonly [RegExp, (s: string, at: number) => boolean]> = [
  [VERBAL_AT, dayThenSpace],
  [NUMERIC_AT, dayThenSeparator],
  [SHORT_AT, dayThenSeparator],
];

export interface DateHit extends DateItem {
  /** Calendar parts, for deadlines and document dates. */
  year?: number;
}

/** `lower` is `text.toLowerCase()` (same length): case-insensitive patterns run on it, case-sensitive. */
export function findDates(
  text: string,
  lower: string = text.toLowerCase(),
  hits: KeywordHits = keywordHits(lower),
  /** Receives the quarters named without a year ("trong quý III"), for the caller to date. */
  bareQuarters?: Array<{ q: number; span: [number, number] }>,
): DateHit[] {
  const out: DateHit[] = [];
  const cov = new Coverage(text.length);
  const overlaps = (s: number, e: number) => cov.overlaps(s, e);
  const add = (value: string, s: number, e: number, year?: number) => {
    if (overlaps(s, e)) return;
    cov.claim(s, e);
    out.push({ value, text: text.slice(s, e), span: [s, e], year });
  };

  for (const m of matchesAt(VERBAL_AT, lower, hits, DIGIT_RUN, dayThenSpace)) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    if (!validDay(d, mo)) continue;
    const s = m.index;
    if (m[3] !== undefined) {
      const y = Number(m[3]);
      if (!validYear(y)) continue;
      add(`${y}-${pad(mo)}-${pad(d)}`, s, s + m[0].length, y);
    } else {
      // "ngày 15 tháng 4" without a year: a day only when "ngày" (or a time of day) comes before it.
      if (!SHORT_CUE.test(lower.slice(Math.max(0, s - 20), s))) continue;
      let e = s + m[0].length;
      if (text.charAt(e - 1) === ',') e--;
      add(`--${pad(mo)}-${pad(d)}`, s, e);
    }
  }
  for (const m of matchesAt(NUMERIC_AT, text, hits, DIGIT_RUN, dayThenSeparator)) {
    const d = Number(m[1]);
    const mo = Number(m[3]);
    const y = Number(m[4]);
    if (!validDay(d, mo) || !validYear(y)) continue;
    add(`${y}-${pad(mo)}-${pad(d)}`, m.index, m.index + m[0].length, y);
  }
  for (const m of matchesAt(MONTH_AT, lower, hits, MONTH_WORDS)) {
    const mo = Number(m[1]);
    const y = Number(m[2]);
    if (mo < 1 || mo > 12 || !validYear(y)) continue;
    // "ngày 5 tháng 6 năm 2023" was taken whole above; "9 tháng năm 2024" never reaches here.
    add(`${y}-${pad(mo)}`, m.index, m.index + m[0].length, y);
  }
  for (const m of matchesAt(QUARTER_AT, lower, hits, QUARTER_WORDS)) {
    const q = quarterNumber(m[1]);
    if (q === undefined) continue;
    if (m[2] === undefined) {
      bareQuarters?.push({ q, span: [m.index, m.index + m[0].length] });
      continue;
    }
    const y = Number(m[2]);
    if (!validYear(y)) continue;
    add(`${y}-Q${q}`, m.index, m.index + m[0].length, y);
  }
  let prevShortEnd = -1;
  for (const m of matchesAt(SHORT_AT, text, hits, DIGIT_RUN, dayThenSeparator)) {
    const d = Number(m[1]);
    const mo = Number(m[3]);
    const s = m.index;
    const e = s + m[0].length;
    if (!validDay(d, mo) || overlaps(s, e)) continue;
    const cued =
      SHORT_CUE.test(lower.slice(Math.max(0, s - 20), s)) ||
      // "từ 1/7 đến 31/12", "trước 30/6": with a slash only, since "từ 2-3 năm" is a range.
      (m[2] === '/' &&
        /(?:^|[^a-zà-ỹ])(?:từ|đến|tới|trước|sau|vào|hết)\s*$/.test(lower.slice(Math.max(0, s - 8), s))) ||
      // "hôm nay (15/4)": a day in brackets on its own.
      (text.charAt(s - 1) === '(' && text.charAt(e) === ')') ||
      (prevShortEnd >= 0 && s - prevShortEnd < 8 && SHORT_CONT.test(text.slice(prevShortEnd, s)));
    if (!cued) continue;
    add(`--${pad(mo)}-${pad(d)}`, s, e);
    prevShortEnd = e;
  }
  out.sort((a, b) => a.span[0] - b.span[0]);
  return out;
}

/** Quarter without a year ("trong quý IV"), for deadlines resolved against a known year. */
export function findBareQuarters(text: string): Array<{ q: number; span: [number, number] }> {
  const out: Array<{ q: number; span: [number, number] }> = [];
  for (const m of text.toLowerCase().matchAll(QUARTER)) {
    if (m[2] !== undefined) continue;
    const q = quarterNumber(m[1]);
    if (q !== undefined) out.push({ q, span: [m.index, m.index + m[0].length] });
  }
  return out;
}

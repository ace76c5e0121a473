/**
 * Vietnamese official texts and news → documents, targets, results, dates, people, organizations,
 * tasks, horizons, locations, meetings and recommendations (contract: ../shared/extract/SPEC.md).
 *
 * Pure and synchronous; depends on nothing else in the project. Every item has a span into
 * `normalize(text)`, which has the same length as the NFC form of the input.
 */
import { findDates } from './dates.ts';
import { findDocuments } from './documents.ts';
import { keywordHits } from './keywords.ts';
import { findHorizons, findLocations, findMeetings } from './misc.ts';
import { normalize } from './normalize.ts';
import { displayName, extractOrganizations, findOrgMentions } from './organizations.ts';
import { findPeople, findTitleHits } from './people.ts';
import { findTableValues } from './tables.ts';
import { findTasks } from './tasks.ts';
import {
  Coverage,
  capitalStarts,
  isAllCaps,
  isBarOrSpace,
  type Segmentation,
  segment,
  softWraps,
  withSpacesAt,
} from './text.ts';
import type { ExtractionResult, ExtractOptions, ValueItem } from './types.ts';
import { findValues, isDocumentDate } from './values.ts';

export { fold, normalize } from './normalize.ts';
export type * from './types.ts';

export function extract(input: string, options: ExtractOptions = {}): ExtractionResult {
  const text = normalize(typeof input === 'string' ? input : String(input ?? ''));
  // Case-insensitive patterns run on this copy (same length: normalize maps the one letter, İ, whose
  // lower case is longer), which is several times faster than the `i` flag on Unicode text.
  const lower = text.toLowerCase();
  const seg = segment(text);
  const hits = keywordHits(lower, text);
  const bareQuarters: Array<{ q: number; span: [number, number] }> = [];
  const dates = findDates(text, lower, hits, bareQuarters);
  const caps = hits.caps ?? capitalStarts(text);
  const orgMentions = findOrgMentions(text, lower, caps, hits);
  const titleHits = findTitleHits(text, lower, caps, hits);

  // The body that issues the text: an all-capital line naming a body near the top ("ỦY BAN NHÂN DÂN TỈNH X").
  let headerIssuer: string | undefined;
  for (const o of orgMentions) {
    if (o.start > 1500) break;
    if (!isAllCaps(o.name)) continue;
    const lineStart = text.lastIndexOf('\n', o.start - 1) + 1;
    const lineEndRaw = text.slice(o.end, o.end + 200).indexOf('\n');
    const lineEnd = lineEndRaw === -1 ? Math.min(text.length, o.end + 200) : o.end + lineEndRaw;
    // The line without the bars and blanks around it (what `/[|\s]+$/` and `/^[|\s]+/` strip), by
    // bounds: the line of a prose paragraph is long, and both patterns ran over all of it.
    let a = lineStart;
    let b = lineEnd;
    while (b > a && isBarOrSpace(text.charCodeAt(b - 1))) b--;
    while (a < b && isBarOrSpace(text.charCodeAt(a))) a++;
    if (b - a <= o.name.length + 4 && !/^(?:TM|KT|TL|TUQ)\./.test(text.slice(a, b))) {
      // (The display form: "SỞ GIÁO DỤC VÀ ĐÀO TẠO" issues as "Sở Giáo dục và Đào tạo".)
      headerIssuer = displayName(o.name);
      break;
    }
  }

  const documents = findDocuments(text, { dates, headerIssuer }, lower, hits);
  // "QĐ-UBND" inside a symbol names no body.
  const symbolCov = new Coverage(text.length);
  for (const d of documents) if (d.symbol) symbolCov.claim(d.span[0], d.span[1]);
  const orgs = orgMentions.filter((o) => !symbolCov.overlaps(o.start, o.end));
  // Bodies in the list of recipients ("Nơi nhận: - Bộ Tài chính; ...") receive a copy; they do not act.
  const recipients = recipientBlocks(text);
  const actingOrgs = recipients.length
    ? orgs.filter((o) => !recipients.some(([a, b]) => o.start >= a && o.start < b))
    : orgs;
  const personMentions: Array<[number, number]> = [];
  const people = findPeople(text, titleHits, lower, personMentions, caps);
  const organizations = extractOrganizations(text, actingOrgs);

  // "Now" for past versus planned: the publication date, else the latest date in the text (measured on
  // the challenge sets, this reads better than the date the text opens with, which is often a cited
  // document's or an event's).
  const refYear =
    options.date && /^\d{4}/.test(options.date)
      ? Number(options.date.slice(0, 4))
      : (headerDateYear(text) ??
        latestYear(dates.filter((d) => !isDocumentDate(text, d.span[0]) && !isDeadline(lower, d.span[0]))) ??
        openingYearWord(text) ??
        latestOf(latestYear(dates), latestYearSpokenOf(lower)));
  // "trong quý III", "quý III và 9 tháng năm 2023": a quarter of the year said right after it, else of
  // the year the text speaks from.
  if (bareQuarters.length) {
    for (const { q, span } of bareQuarters) {
      const after = QUARTER_YEAR_AFTER.exec(lower.slice(span[1], span[1] + 40));
      const y = after ? Number(after[1]) : refYear;
      if (y === undefined) continue;
      dates.push({ value: `${y}-Q${q}`, text: text.slice(span[0], span[1]), span, year: y });
    }
    dates.sort((a, b) => a.span[0] - b.span[0]);
  }
  const blocked = new Coverage(text.length);
  for (const d of dates) blocked.claim(d.span[0], d.span[1]);
  for (const d of documents) if (d.symbol) blocked.claim(d.span[0], d.span[1]);
  // Figures are read across the breaks of hard-wrapped lines, in the words an indicator is cut from too.
  const wraps = softWraps(text, lower);
  const prose = findValues(
    withSpacesAt(text, wraps),
    {
      seg,
      blocked,
      refYear,
      dates,
      docYear: options.date ? Number(options.date.slice(0, 4)) || undefined : undefined,
      passageYear:
        (options.date ? Number(options.date.slice(0, 4)) || undefined : undefined) ??
        openingYear(text, dates) ??
        openingYearPhrase(text, documents, seg),
    },
    withSpacesAt(lower, wraps),
    hits,
  );

  // Figures in a table of indicators come from its columns; the prose reading of the same cells goes.
  const table = findTableValues(text, refYear);
  const merged = {
    targets: mergeValues(text.length, prose.targets, table.targets, table.results),
    results: mergeValues(text.length, prose.results, table.results, table.targets),
  };
  const headline = headlineEnd(text);
  const targets = withoutHeadlineEcho(merged.targets, merged, headline);
  const results = withoutHeadlineEcho(merged.results, merged, headline);

  const { tasks, recommendations } = findTasks(text, {
    seg,
    orgs,
    titles: titleHits,
    people,
    personMentions,
    dates,
    issuer: headerIssuer,
    year: refYear,
    lower,
    hits,
  });

  return {
    documents,
    targets,
    results,
    // A recipient's line ("- Bộ Kế hoạch và Đầu tư (b/c);") sends a copy, it assigns nothing.
    tasks: recipients.length
      ? tasks.filter((t) => !recipients.some(([a, b]) => t.span[0] >= a && t.span[0] < b))
      : tasks,
    dates: dates.map(({ value, text: t, span }) => ({ value, text: t, span })),
    people,
    organizations,
    horizons: findHorizons(text, lower, hits),
    locations: findLocations(text, people, lower, caps, hits),
    meetings: findMeetings(text, dates, hits),
    recommendations,
  };
}

/**
 * Where a news headline ends: the first line, when it is short and ends with no full stop. 0 if the
 * text does not open with one.
 */
function headlineEnd(text: string): number {
  const b = text.indexOf('\n');
  if (b < 0 || b > 220 || b === text.length - 1) return 0;
  return /[.;:,]\s*$/.test(text.slice(0, b)) ? 0 : b;
}

/**
 * "Sơn La: GRDP 6 tháng ước tăng 5,62%" over an article that says it again: the headline's figure is
 * the body's, said once.
 */
function withoutHeadlineEcho(
  items: ValueItem[],
  all: { targets: ValueItem[]; results: ValueItem[] },
  headline: number,
): ValueItem[] {
  if (headline === 0 || !items.some((v) => v.span[0] < headline)) return items;
  const body = [...all.targets, ...all.results].filter((o) => o.span[0] >= headline);
  return items.filter(
    (v) => v.span[0] >= headline || !body.some((o) => o.value === v.value && o.unit === v.unit),
  );
}

function mergeValues(
  length: number,
  prose: ValueItem[],
  table: ValueItem[],
  otherTable: ValueItem[],
): ValueItem[] {
  if (!table.length && !otherTable.length) return prose;
  const cells = new Coverage(length);
  for (const t of table) cells.claim(t.span[0], t.span[1]);
  for (const t of otherTable) cells.claim(t.span[0], t.span[1]);
  return [...prose.filter((v) => !cells.overlaps(v.span[0], v.span[1])), ...table].sort(
    (a, b) => a.span[0] - b.span[0],
  );
}

const RECIPIENTS = /(?:^|\n)[ \t|]*Nơi nhận\s*:?/g;

/** Spans of "Nơi nhận:" blocks: the heading and the short or bulleted lines after it. */
function recipientBlocks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Most texts have no such block: a search for the words is cheaper than the scan, which tries
  // every line start.
  if (!text.includes('Nơi nhận')) return out;
  for (const m of text.matchAll(RECIPIENTS)) {
    // A text has one such block; a few more are tolerated, a flood of them is not worth the checks.
    if (out.length >= 20) break;
    let end = m.index + m[0].length;
    for (let k = 0; k < 60; k++) {
      const nl = text.indexOf('\n', end);
      if (nl === -1) {
        end = text.length;
        break;
      }
      const lineEnd = text.indexOf('\n', nl + 1);
      const line = text.slice(
        nl + 1,
        lineEnd === -1 ? Math.min(text.length, nl + 200) : Math.min(lineEnd, nl + 200),
      );
      if (!(/^\s*[-+•*]/.test(line) || line.trim().length <= 60) || line.trim() === '') {
        end = nl;
        break;
      }
      end = lineEnd === -1 ? text.length : lineEnd;
    }
    out.push([m.index, end]);
  }
  return out;
}

/**
 * The year of the first dated mention near the top of the text: the day a report or article speaks of.
 * A cited document's date is not that day, unless the text opens with it (its own header).
 */
function openingYear(
  text: string,
  dates: readonly { year?: number; span: [number, number] }[],
): number | undefined {
  for (const d of dates) {
    if (d.span[0] > 600) break;
    if (d.year && (d.span[0] < 120 || !isDocumentDate(text, d.span[0]))) return d.year;
  }
  return undefined;
}

/**
 * "… đánh giá kết quả nửa đầu năm 2025": the first year a text speaks of near its top, outside the
 * number-symbols it cites and the years it compares with, when it names no dated day there.
 */
function openingYearPhrase(
  text: string,
  documents: readonly { span: [number, number] }[],
  seg: Segmentation,
): number | undefined {
  // The headline and the lead: a year said further down is a figure's own, not the text's.
  const head = text.slice(0, Math.min(600, seg.paras[1]?.[1] ?? seg.paras[0]?.[1] ?? 600));
  for (const m of head.matchAll(OPENING_YEAR_PHRASE)) {
    const at = m.index + m[0].length - 4;
    if (documents.some((d) => d.span[0] <= at && at < d.span[1])) continue;
    // (Not a horizon, "đến năm 2025", nor a year compared with.)
    if (NOT_THE_TEXTS_YEAR.test(head.slice(Math.max(0, m.index - 12), m.index))) continue;
    return Number(m[2] ?? m[1]);
  }
  return undefined;
}
const NOT_THE_TEXTS_YEAR = /(?:so với|so|từ|trước|cùng kỳ|đến|tới|tầm nhìn)\s+$/i;
const OPENING_YEAR_PHRASE =
  /(?<![\p{L}\d])(?:năm|giai đoạn|thời kỳ)\s+((?:19|20)\d{2})(?:\s*-\s*((?:19|20)\d{2}))?(?!\d)/giu;

/** "Năm 2015, huyện …": the year a text opens with, when it names no day of its own. */
/**
 * "… năm 2017 đạt 128 triệu đồng", "cuối năm 2017": the latest year a text speaks of as a time, not one
 * it looks ahead to ("đến năm 2020", "tầm nhìn đến năm 2045") nor a term's ("nhiệm kỳ 2015 - 2020").
 */
function latestYearSpokenOf(lower: string): number | undefined {
  let y: number | undefined;
  // (A search for "năm " and a look at what is around it: a pattern led by a look-behind is tried at
  // every character.)
  for (let at = lower.indexOf('năm '); at !== -1; at = lower.indexOf('năm ', at + 4)) {
    if (at > 0 && /[\p{L}\d]/u.test(lower.charAt(at - 1))) continue;
    const m = YEAR_AFTER_WORD.exec(lower.slice(at + 4, at + 10));
    if (!m || AHEAD_BEFORE.test(lower.slice(Math.max(0, at - 24), at))) continue;
    const year = Number(m[1]);
    if (y === undefined || year > y) y = year;
  }
  return y;
}
const YEAR_AFTER_WORD = /^\s*((?:19|20)\d{2})(?![\d/-])/;
const AHEAD_BEFORE =
  /(?:đến|tới|trước|vào|tầm nhìn|định hướng|phấn đấu|mục tiêu|kế hoạch|nhiệm kỳ|giai đoạn|khóa|khoá|\d)\s*(?:hết\s+|cuối\s+|trong\s+)?$/;
function latestOf(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

/**
 * "Lào Cai, ngày 22 tháng 8 năm 2025" in a document's header: the day it speaks from, which its
 * deadlines ("hoàn thành trong quý I/2026") and the documents it cites do not change.
 */
function headerDateYear(text: string): number | undefined {
  // (The lines that hold "ngày" in the first 600 characters, each tested from its start: a pattern
  // tried at every character of the head costs more than the search.)
  for (let at = text.indexOf('ngày'); at !== -1 && at < 600; at = text.indexOf('ngày', at + 4)) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (at - lineStart > 44) continue;
    const m = HEADER_DATE.exec(text.slice(lineStart, at + 40));
    if (m) return Number(m[1] ?? m[2]);
  }
  return undefined;
}
const HEADER_DATE =
  /^[^\n,]{2,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+((?:19|20)\d{2})|^[^\n,]{2,40},\s*ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d{2})/;

function openingYearWord(text: string): number | undefined {
  const m = /^\s*(?:Năm|Trong năm|Cuối năm|Hết năm)\s+((?:19|20)\d{2})(?!\d)/.exec(text.slice(0, 40));
  return m ? Number(m[1]) : undefined;
}

const DEADLINE_BEFORE = /(?:trước|chậm nhất(?: là)?|hạn chót|thời hạn)\s*(?:ngày\s*)?$/;
/** "trước ngày 31/12/2008", "chậm nhất 30.4.2010": a deadline is still to come, not the day a text speaks from. */
function isDeadline(lower: string, start: number): boolean {
  return DEADLINE_BEFORE.test(lower.slice(Math.max(0, start - 20), start));
}

const QUARTER_YEAR_AFTER =
  /^\s*(?:và|,)\s*(?:\d{1,2}\s+tháng|quý\s+[ivx\d]+)(?:\s+đầu)?\s+năm\s+(\d{4})(?!\d)/;

function latestYear(dates: readonly { year?: number }[]): number | undefined {
  let y: number | undefined;
  for (const d of dates) if (d.year && (!y || d.year > y)) y = d.year;
  return y;
}

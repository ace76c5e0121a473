import type { DateHit } from './dates.ts';
import { canonicalKind, ISSUER_BY_ABBR, KIND_BY_ABBR, KIND_WORDS, TITLED_KINDS } from './gazetteer.ts';
import { DIGIT_RUN, type KeywordHits, keywordHits, matchesAt } from './keywords.ts';
import { orgAt } from './organizations.ts';
import { titleAt } from './people.ts';
import { alternation, collapse, hasLooseSpace, isJsSpace, spacesAtLeast } from './text.ts';
import type { DocumentRef } from './types.ts';

// A symbol segment: an abbreviation that starts with a capital and may mix cases and end in digits
// ("NQ", "TTg", "CTr", "QĐi", "QH15", "BKHĐT", "SGD&ĐT"). ASCII letters and Đ only: "Tỉnh" is not one.
const SEG = '[A-ZĐ][A-Za-zĐđ]{0,11}\\d{0,2}(?:&[A-ZĐ][A-Za-zĐđ]{0,5})?';
// State form (Nghị định 30/2020): NUMBER[/YEAR]/KIND-ISSUER[-UNIT] or NUMBER/ISSUER-UNIT; "06/TTr.SKHĐT".
// Party form (Hướng dẫn 36-HD/VPTW): NUMBER-KIND/ISSUER[-UNIT]. A hard-wrapped line may break after "-".
// Separators inside a symbol; web copies sometimes put a space around the hyphen ("11 - NQ/TW").
const SEP = '(?:[ ]?-[ ]?|-\\n|\\.)';
const SYMBOL_RE = new RegExp(
  `(?<![A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF0-9/.,-])(?:(\\d{1,5}[a-zđ]?)(?:/(\\d{4}))?[ ]?/[ ]?(${SEG}(?:${SEP}${SEG}){0,4})|(\\d{1,5})[ ]?-[ ]?(${SEG})[ ]?/[ ]?(${SEG}(?:${SEP}${SEG}){0,3}))(?![A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF0-9]|[/-][A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF0-9])`,
  'g',
);

// Kind words in lower case, longest first: the word right before a symbol ("Nghị quyết số 11-NQ/TW").
const KIND_LOWER = [...KIND_WORDS]
  .sort((a, b) => b.length - a.length)
  .map((k) => [k.toLowerCase(), k] as const);
const LETTER_BEFORE = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF0-9]$/;
// The same list by last character, in the same order: only kinds that can end the text are tried.
const KIND_BY_LAST = new Map<string, Array<readonly [string, string]>>();
for (const kc of KIND_LOWER) {
  const last = kc[0].slice(-1);
  const list = KIND_BY_LAST.get(last);
  if (list) list.push(kc);
  else KIND_BY_LAST.set(last, [kc]);
}

/**
 * The kind named right before `start` in `lower` ("... văn bản số 12/KH-UBND"): `kindAtEnd` of the 60
 * characters before. The character before the trailing "số :" must end a kind word (`KIND_BY_LAST`);
 * most symbols have none, and they are turned away without slicing and collapsing the window.
 */
export function kindBefore(lower: string, start: number): string | undefined {
  const from = Math.max(0, start - 60);
  const end = soTailStart(lower, from, start);
  if (end === from || !KIND_BY_LAST.has(lower.charAt(end - 1))) return undefined;
  return kindAtEnd(lower.slice(from, start));
}

/** The kind named at the end of `lowerBefore` ("... văn bản số "), if any. */
export function kindAtEnd(lowerBefore: string): string | undefined {
  const raw = lowerBefore.slice(0, soTailStart(lowerBefore, 0, lowerBefore.length));
  const head = hasLooseSpace(raw) ? raw.replace(/\s+/g, ' ') : raw;
  for (const [k, canon] of KIND_BY_LAST.get(head.slice(-1)) ?? []) {
    if (head.endsWith(k) && !LETTER_BEFORE.test(head.charAt(head.length - k.length - 1))) return canon;
  }
  return undefined;
}

/**
 * Where `/\s*(?:số\s*)?(?::\s*)?$/` matches in `s.slice(from, to)` (as an offset into `s`), read from
 * the end instead of tried at every start.
 */
function soTailStart(s: string, from: number, to: number): number {
  let i = to;
  while (i > from && isJsSpace(s.charCodeAt(i - 1))) i--;
  if (i > from && s.charCodeAt(i - 1) === 58) {
    i--;
    while (i > from && isJsSpace(s.charCodeAt(i - 1))) i--;
  }
  if (i - from >= 2 && s.charCodeAt(i - 1) === 0x1ed1 && s.charCodeAt(i - 2) === 115) {
    i -= 2;
    while (i > from && isJsSpace(s.charCodeAt(i - 1))) i--;
  }
  return i;
}
const HEADER_NUMBER = /(?:^|\n)[ \t|]*Số\s*:?\s*$/;
const AFTER_SYMBOL = /^\s*,?\s*(?:\(\s*)?(?:ban hành\s+)?ngày\s+/i;
const OF_AFTER = /^\s*,?\s*(?:của|do)\s+/i;
const PARTY_ISSUER: Record<string, string> = {
  TW: 'Trung ương',
  TU: 'Tỉnh ủy',
  ThU: 'Thành ủy',
  HU: 'Huyện ủy',
  ĐU: 'Đảng ủy',
};

function kindFromSymbol(segments: string[]): string | undefined {
  for (const seg of segments) {
    const k = KIND_BY_ABBR.get(seg);
    if (k) return k;
  }
  return undefined;
}

function issuerFromSymbol(segments: string[], party: boolean): string | undefined {
  for (const seg of segments) {
    if (KIND_BY_ABBR.has(seg) && !ISSUER_BY_ABBR.has(seg)) continue;
    const bare = seg.replace(/\d+$/, '');
    if (party && PARTY_ISSUER[bare]) return PARTY_ISSUER[bare];
    const i = ISSUER_BY_ABBR.get(bare);
    if (i && !KIND_BY_ABBR.has(seg)) return i;
  }
  return undefined;
}

export interface DocContext {
  dates: readonly DateHit[];
  /** The body that issues the text itself, when its header names one. */
  headerIssuer?: string;
}

// Every symbol begins with a number: tried only where one starts (keywords.ts).
const SYMBOL_AT = new RegExp(SYMBOL_RE.source, 'y');

export function findDocuments(
  text: string,
  ctx: DocContext,
  lower: string = text.toLowerCase(),
  hits: KeywordHits = keywordHits(lower),
): DocumentRef[] {
  const out: DocumentRef[] = [];
  const bySymbol = new Map<string, DocumentRef>();
  let di = 0;
  for (const m of matchesAt(SYMBOL_AT, text, hits, DIGIT_RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    const party = m[4] !== undefined;
    const symbol = m[0].replace(/\s+/g, '');
    // A symbol cited again adds only a date or an issuer its first mention lacked.
    const seen = bySymbol.get(symbol);
    if (seen?.date !== undefined && seen.issuer !== undefined) continue;
    const segments = party
      ? [m[5], ...m[6].replace(/\s+/g, '').split(/[-.]+/)]
      : m[3].replace(/\s+/g, '').split(/[-.]+/);
    // A year-less "13/63" never gets here (segments start with a capital); "1/2 Ban" has a space.
    const before = text.slice(Math.max(0, start - 60), start);
    const kw = kindBefore(lower, start);
    const doc: DocumentRef = { symbol, span: [start, end] };
    const kind = kw ?? kindFromSymbol(segments);
    if (kind) doc.kind = kind;
    else if (!party && m[2] && /^QH\d*$/.test(segments[0])) doc.kind = 'Nghị quyết';

    // Date of issue: "11-NQ/TW ngày 10/2/2022", "37-NQ/TW, ngày 01/7/2004".
    while (di < ctx.dates.length && ctx.dates[di].span[0] < end) di++;
    const after = text.slice(end, end + 24);
    const dm = AFTER_SYMBOL.exec(after);
    let tail = end;
    // The text's own number: "Số: 185/KH-UBND ... Hà Nội, ngày 24 tháng 8 năm 2018".
    const ownNumber = HEADER_NUMBER.test(before);
    if (ownNumber && ctx.headerIssuer) doc.issuer = ctx.headerIssuer;
    if (dm && di < ctx.dates.length && ctx.dates[di].span[0] === end + dm[0].length) {
      const d = ctx.dates[di];
      if (/^\d{4}-\d{2}-\d{2}$/.test(d.value)) doc.date = d.value;
      tail = d.span[1];
    } else if (ownNumber) {
      for (let j = di; j < ctx.dates.length && ctx.dates[j].span[0] < end + 160; j++) {
        const d = ctx.dates[j];
        if (/^\d{4}-\d{2}-\d{2}$/.test(d.value) && /ngày\s*$/i.test(text.slice(d.span[0] - 8, d.span[0]))) {
          doc.date = d.value;
          break;
        }
      }
    }
    // Issuer: "... của Bộ Chính trị".
    const of = OF_AFTER.exec(text.slice(tail, tail + 16));
    if (of) {
      const at = tail + of[0].length;
      // "của Thủ tướng Chính phủ", "của Bộ trưởng Bộ Y tế": an office issues as well as a body.
      const title = titleAt(text, lower, at);
      const org = title ? null : orgAt(text, lower, at);
      if (title) doc.issuer = title.title;
      else if (org) doc.issuer = org.name;
    }
    if (!doc.issuer) {
      const iss = issuerFromSymbol(segments, party);
      if (iss) doc.issuer = iss;
    }
    const prev = bySymbol.get(symbol);
    if (prev) {
      prev.date ??= doc.date;
      prev.issuer ??= doc.issuer;
      continue;
    }
    bySymbol.set(symbol, doc);
    out.push(doc);
  }
  findTitled(text, out);
  out.sort((a, b) => a.span[0] - b.span[0]);
  return out;
}

// A title may be hard-wrapped ("… giáo viên phổ thông\ngiai đoạn 2023 - 2030"), not run over a blank line.
const QUOTED_RE = /"((?:[^"\n]|\n(?![ \t]*\n)){4,400})"/g;
const TITLED_ALT = alternation(TITLED_KINDS);
const KIND_JUST_BEFORE = new RegExp(
  `(?:^|[^A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF])(${TITLED_ALT})\\s*(?:với tên gọi|có tên|mang tên|về)?\\s*:?\\s*$`,
  'i',
);
const KIND_INSIDE = new RegExp(
  `^(${TITLED_ALT})(?![A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF])\\s+\\S`,
  '',
);

/** Quoted titles of projects, programmes and plans: Đề án "Phát triển ...", "Kế hoạch thông tin ...". */
function findTitled(text: string, out: DocumentRef[]): void {
  // (Without a quote mark there is nothing to find: a search for it spares the pattern's iterator.)
  if (!text.includes('"')) return;
  const seen = new Set<string>();
  for (const m of text.matchAll(QUOTED_RE)) {
    const title = collapse(m[1]);
    // ("chương trình "1 phải 5 giảm"", "phong trào "3 không"": a slogan by its numbers, not a title.)
    if (!spacesAtLeast(title, 2) || /^\d/.test(title)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const kb = KIND_JUST_BEFORE.exec(before);
    const ki = kb ? null : KIND_INSIDE.exec(title);
    if (!kb && !ki) continue;
    const key = title.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const kind = canonicalKind((kb ?? ki)![1]);
    const start = kb
      ? m.index - (before.length - kb.index) + (kb[0].length - kb[0].trimStart().length)
      : m.index;
    out.push({ title, kind, span: [start, m.index + m[0].length] });
  }
}

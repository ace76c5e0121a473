/**
 * Shared pieces: Unicode word boundaries, regex escaping, sentence and paragraph segmentation.
 *
 * JavaScript's `\b` only knows ASCII, so "Đảng" would have a boundary inside it. Every pattern here
 * uses lookbehind/lookahead on letters, marks and digits instead.
 */

/** Not preceded by a letter, mark or digit. */
export const LB = '(?<![A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF0-9])';
/** Not followed by a letter, mark or digit. */
export const RB = '(?![A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF0-9])';

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** An alternation of literal phrases, longest first, spaces matching any run of whitespace. */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRe(p).replace(/ +/g, '\\s+'))
    .join('|');
}

export function isUpperStart(s: string): boolean {
  // `c !== c.toLowerCase() && c === c.toUpperCase()` for the first unit `c`, by the case table (a
  // lone surrogate, as `charAt` gives it, is its own upper and lower case).
  return CASE_KIND[s.charCodeAt(0)] === HAS_LOWER_FORM;
}

/** True when a string has letters and none of them is lower case ("CHÍNH PHỦ"). */
export function isAllCaps(s: string): boolean {
  // By table, without case-mapping the string; a surrogate (a letter beyond the first plane) takes
  // the slow way.
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const k = CASE_KIND[s.charCodeAt(i)];
    if (k === HAS_UPPER_FORM) return false;
    if (k === HAS_LOWER_FORM) upper = true;
    else if (k === SURROGATE) return s !== s.toLowerCase() && s === s.toUpperCase();
  }
  return upper;
}

/**
 * `isAllCaps` of the letters of `s` alone (what `s.replace(/[^A-Za-z\u00C0-…\u1EFF]/g, '')` keeps),
 * read in place instead of building that string: headings are tested so, one per short paragraph.
 */
export function lettersAllCaps(s: string): boolean {
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(CHAR_KIND[c] & 4)) continue;
    const k = CASE_KIND[c];
    if (k === HAS_UPPER_FORM) return false;
    if (k === HAS_LOWER_FORM) upper = true;
  }
  return upper;
}

// Per UTF-16 unit: 1 = changes under toUpperCase (a small letter, or a title-case one), 2 = changes
// only under toLowerCase (a capital), 3 = a surrogate, 0 = neither.
const HAS_UPPER_FORM = 1;
const HAS_LOWER_FORM = 2;
const SURROGATE = 3;
const CASE_KIND = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (c >= 0xd800 && c <= 0xdfff) t[c] = SURROGATE;
    else if (ch.toUpperCase() !== ch) t[c] = HAS_UPPER_FORM;
    else if (ch.toLowerCase() !== ch) t[c] = HAS_LOWER_FORM;
  }
  return t;
})();

/** "CHÍNH PHỦ" → "Chính Phủ"; words already mixed keep their case. */
export function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(
      /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]/g,
      (c) => c.toUpperCase(),
    );
}

/** Whitespace that `.replace(/\\s+/g, ' ')` would change: a run of two, or any but a space. */
export function hasLooseSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // (ASCII letters, digits and marks first: most characters, none of them a space.)
    if (c > 32 && c < 0xa0) continue;
    if (c === 32) {
      if (i + 1 < s.length && isJsSpace(s.charCodeAt(i + 1))) return true;
    } else if (isJsSpace(c)) return true;
  }
  return false;
}
/**
 * Where hard-wrapped text breaks a line inside a sentence ("tăng 26,1% so\nvới năm 2023"): a break
 * between a word, a figure or a comma and a word in lower case. A break before a capital, a list mark or
 * a heading is not one. `withSpacesAt` reads them as spaces (same length, same offsets).
 */
export function softWraps(text: string, lower: string): number[] {
  const at: number[] = [];
  for (let i = lower.indexOf('\n'); i !== -1; i = lower.indexOf('\n', i + 1)) {
    if (i === 0 || !wrapsBefore(lower.charCodeAt(i - 1))) continue;
    const next = text.charAt(i + 1);
    if (next !== next.toUpperCase()) at.push(i);
  }
  return at;
}

/** `s` with a space at each of `at` (found once, applied to the text and to its lower case). */
export function withSpacesAt(s: string, at: readonly number[]): string {
  if (at.length === 0) return s;
  let out = '';
  let from = 0;
  for (const i of at) {
    out += `${s.slice(from, i)} `;
    from = i + 1;
  }
  return out + s.slice(from);
}
// (A search for the breaks and a test of their neighbours: a pattern with a look-behind tries every character.)
/** A letter or digit in lower case, a comma, "%" or ")": what a hard-wrapped line may end with. */
function wrapsBefore(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57) ||
    c === 44 ||
    c === 37 ||
    c === 41 ||
    (c >= 0xc0 && c <= 0x1ef9)
  );
}

export function collapse(s: string): string {
  return hasLooseSpace(s) ? s.replace(/\s+/g, ' ').trim() : s.trim();
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph the sentence belongs to. */
  para: number;
}

export interface Segmentation {
  sentences: Sentence[];
  /** Paragraph spans: blocks separated by a hard line break. */
  paras: Array<[number, number]>;
  /** Sentence index for a text offset (binary search). */
  sentenceAt(pos: number): number;
}

const TERMINAL = /[.;:!?…]/;
const LIST_MARKER =
  /^[ \t]*(?:[-+•*·]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][)]|[IVXLC]{1,6}[.)]|Điều\s+\d+|Chương\s+[IVXLC\d]+|Mục\s+\d+)(?=\s)/;
const ABBREV_BEFORE_DOT =
  /(?:^|[^A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])(?:TP|Tp|tp|TM|KT|TL|TUQ|Q|GS|PGS|TS|ThS|Ths|BS|KS|CN|Th\.S|St|TT|[A-ZĐ])$/;

/**
 * Paragraphs are separated by a "hard" line break. Official texts copied from PDF or web pages are
 * often hard-wrapped at ~80 characters, so a line break is soft (inside a sentence) when the line does
 * not end a sentence and the next line continues it: it starts in lower case or with a digit, or the
 * line is long (wrapped prose) and the next line is not a list item.
 */
export function segment(text: string): Segmentation {
  const paras: Array<[number, number]> = [];
  let paraStart = 0;
  let lineStart = 0;
  const n = text.length;
  const wrapped = wrapWidth(text) * 0.7;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    const line = text.slice(lineStart, i).trimEnd();
    const nextEnd = text.indexOf('\n', i + 1);
    const next = text.slice(i + 1, nextEnd === -1 ? Math.min(n, i + 200) : Math.min(nextEnd, i + 200));
    let soft = false;
    const last = line.charAt(line.length - 1);
    const nextTrim = next.trimStart();
    if (
      line.length > 0 &&
      nextTrim.length > 0 &&
      !TERMINAL.test(last) &&
      !LIST_MARKER.test(next) &&
      last !== '|'
    ) {
      const c = nextTrim.charAt(0);
      const lower = c !== c.toUpperCase();
      const digit = c >= '0' && c <= '9';
      // A line in capitals is a heading ("CHỈ THỊ", "CỦA BAN THƯỜNG VỤ TỈNH ỦY"), even before "về …".
      if ((lower || digit) && !isAllCaps(line)) soft = true;
      else if (
        line.length >= 45 &&
        line.length >= wrapped &&
        !isAllCaps(line) &&
        !isAllCaps(nextTrim.slice(0, 40))
      )
        soft = true;
    }
    if (!soft) {
      if (i > paraStart) paras.push([paraStart, i]);
      paraStart = i + 1;
    }
    lineStart = i + 1;
  }
  if (paraStart < n) paras.push([paraStart, n]);

  const sentences: Sentence[] = [];
  // One pass over the whole text; each break is assigned to its paragraph (searching from every
  // paragraph start would rescan the text once per paragraph).
  const splitRe =
    /(?<![.!?…])[.!?…]+["')\]]*(?=\s+["'(]?[\dA-Z\u00C0-\u00DD\u0102\u0110\u0128\u0168\u01A0\u01AF\u1EA0-\u1EF8-])|;(?=[ \t]*\n)|\|/g;
  let p = 0;
  let s = paras.length ? paras[0][0] : 0;
  for (const m of text.matchAll(splitRe)) {
    while (p < paras.length && m.index >= paras[p][1]) {
      pushSentence(sentences, text, s, paras[p][1], p);
      p++;
      if (p < paras.length) s = paras[p][0];
    }
    if (p >= paras.length) break;
    if (m.index < paras[p][0]) continue;
    const end = m.index + m[0].length;
    if (m[0].charAt(0) === '.' && m[0].length === 1) {
      const before = text.slice(Math.max(s, m.index - 8), m.index);
      // "TP. Hồ Chí Minh", "TM. CHÍNH PHỦ", a list marker "1." or "II." at the start of the sentence.
      if (ABBREV_BEFORE_DOT.test(before)) continue;
      if (
        m.index - s < 12 &&
        /^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6}|Điều\s+\d+)$/.test(text.slice(s, m.index))
      )
        continue;
    }
    pushSentence(sentences, text, s, Math.min(end, paras[p][1]), p);
    s = end;
  }
  for (; p < paras.length; p++) {
    pushSentence(sentences, text, s, paras[p][1], p);
    if (p + 1 < paras.length) s = paras[p + 1][0];
  }
  return {
    sentences,
    paras,
    sentenceAt(pos: number): number {
      let lo = 0;
      let hi = sentences.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (sentences[mid].start <= pos) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
  };
}

/**
 * The width a hard-wrapped text is wrapped at: the 90th percentile of its line lengths. A text whose
 * paragraphs are one line each has a width of hundreds, so a short line before a capital ends its
 * paragraph ("về tăng cường …" under a heading, then "Thực hiện …"); a text wrapped at 80 has most
 * lines near 80.
 */
function wrapWidth(text: string): number {
  const lengths: number[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); ; i = text.indexOf('\n', i + 1)) {
    const end = i === -1 ? text.length : i;
    if (end - start > 1) lengths.push(end - start);
    if (i === -1) break;
    start = i + 1;
  }
  if (lengths.length < 3) return 0;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)];
}

function pushSentence(out: Sentence[], text: string, start: number, end: number, para: number): void {
  let s = start;
  let e = end;
  while (s < e && isJsSpace(text.charCodeAt(s))) s++;
  while (e > s && isJsSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, para });
}

/**
 * Which offsets are already claimed by an item: overlap checks in O(span) rather than O(items). The
 * first few claims are kept as a list (most texts make only a few, and a mask of the text's length per
 * instance costs an allocation and a clearing); past `LISTED_CLAIMS` they go into the mask.
 */
export class Coverage {
  private mask: Uint8Array | undefined;
  private readonly claims: number[] = [];
  constructor(private readonly length: number) {}
  overlaps(s: number, e: number): boolean {
    const { mask } = this;
    if (mask) {
      for (let i = s; i < e; i++) if (mask[i]) return true;
      return false;
    }
    if (s >= e) return false;
    const c = this.claims;
    for (let k = 0; k < c.length; k += 2) if (c[k] < e && s < c[k + 1]) return true;
    return false;
  }
  claim(s: number, e: number): void {
    // Offsets as `fill` reads them (whole numbers, negative ones from the end, clamped to the mask);
    // a loop rather than `fill`, whose call costs more than the few bytes most claims cover.
    const size = this.length + 1;
    const si = Math.trunc(s) || 0;
    const ei = Math.trunc(e) || 0;
    const from = si < 0 ? Math.max(size + si, 0) : Math.min(si, size);
    const to = ei < 0 ? Math.max(size + ei, 0) : Math.min(ei, size);
    const { mask } = this;
    if (mask) {
      for (let i = from; i < to; i++) mask[i] = 1;
      return;
    }
    if (from >= to) return;
    const c = this.claims;
    if (c.length < 2 * LISTED_CLAIMS) {
      c.push(from, to);
      return;
    }
    const full = new Uint8Array(size);
    for (let k = 0; k < c.length; k += 2) full.fill(1, c[k], c[k + 1]);
    full.fill(1, from, to);
    this.mask = full;
  }
}
const LISTED_CLAIMS = 32;

/** First index in `arr` (sorted by `start`) whose start is ≥ `pos`. */
export function lowerBound<T>(arr: readonly T[], pos: number, start: (t: T) => number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start(arr[mid]) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// A capital letter that starts a word. Names of bodies, people, titles and places all start so, and
// their (slower, alternation-heavy) patterns are tried only at these offsets.
const CAPITAL_START =
  /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF0-9])[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0102\u0110\u0128\u0168\u01A0\u01AF\u1EA0\u1EA2\u1EA4\u1EA6\u1EA8\u1EAA\u1EAC\u1EAE\u1EB0\u1EB2\u1EB4\u1EB6\u1EB8\u1EBA\u1EBC\u1EBE\u1EC0\u1EC2\u1EC4\u1EC6\u1EC8\u1ECA\u1ECC\u1ECE\u1ED0\u1ED2\u1ED4\u1ED6\u1ED8\u1EDA\u1EDC\u1EDE\u1EE0\u1EE2\u1EE4\u1EE6\u1EE8\u1EEA\u1EEC\u1EEE\u1EF0\u1EF2\u1EF4\u1EF6\u1EF8]/g;

// The same test by table (the regex scan is several times slower): 1 = a capital of CAPITAL_START,
// 2 = a letter or digit of its look-behind, 4 = a letter (the class of LB without the digits).
export const CHAR_KIND = (() => {
  const t = new Uint8Array(0x10000);
  const word = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF0-9]/;
  const letter = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]/;
  const cap = new RegExp(`^${CAPITAL_START.source.replace(/^\(\?<!\[[^\]]*\]\)/, '')}$`);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (cap.test(ch)) t[c] |= 1;
    if (word.test(ch)) t[c] |= 2;
    if (letter.test(ch)) t[c] |= 4;
  }
  return t;
})();

/** Offsets of word-initial capital letters, in order. */
export function capitalStarts(text: string): Int32Array {
  let buf = new Int32Array(Math.max(16, text.length >> 5));
  let n = 0;
  let prevWord = false;
  for (let i = 0; i < text.length; i++) {
    const k = CHAR_KIND[text.charCodeAt(i)];
    if (k & 1 && !prevWord) {
      if (n === buf.length) {
        const next = new Int32Array(buf.length * 2);
        next.set(buf);
        buf = next;
      }
      buf[n++] = i;
    }
    prevWord = (k & 2) !== 0;
  }
  return buf.subarray(0, n);
}

/**
 * The last `maxWords` words before `pos`, joined by single spaces, longest first: ["Phó Chủ tịch",
 * "Chủ tịch", "tịch"]. For "is this preceded by one of these phrases" checks: a Set lookup per length
 * instead of a regex anchored at the end, which the engine would try at every start position.
 */
export function wordsBefore(text: string, pos: number, maxWords: number): string[] {
  const n = scanWordsBefore(text, pos, maxWords);
  const out: string[] = new Array(n);
  for (let j = 0; j < n; j++) out[j] = phraseOfLast(text, n, j);
  return out;
}

/**
 * Phrases for `phraseBefore`, with their lengths and first characters: most candidates before a
 * position are turned away by these without slicing the text and hashing the slice.
 */
export interface PhraseSet {
  readonly set: ReadonlySet<string>;
  readonly lengths: Uint8Array;
  readonly firsts: Uint8Array;
  /** The last words of the phrases: every candidate ends with the word right before the position. */
  readonly lastWords: ReadonlySet<string>;
  /** Lengths and first characters of `lastWords`: most words before a position are turned away by these. */
  readonly lastLengths: Uint8Array;
  readonly lastFirsts: Uint8Array;
}
const MAX_SET_LENGTH = 256;

export function phraseSet(phrases: Iterable<string>): PhraseSet {
  const set = new Set(phrases);
  const lengths = new Uint8Array(MAX_SET_LENGTH + 1);
  const firsts = new Uint8Array(0x10000);
  const lastWords = new Set<string>();
  const lastLengths = new Uint8Array(MAX_SET_LENGTH + 1);
  const lastFirsts = new Uint8Array(0x10000);
  for (const p of set) {
    lengths[Math.min(p.length, MAX_SET_LENGTH)] = 1;
    if (p.length) firsts[p.charCodeAt(0)] = 1;
    const last = p.slice(p.lastIndexOf(' ') + 1);
    lastWords.add(last);
    lastLengths[Math.min(last.length, MAX_SET_LENGTH)] = 1;
    if (last.length) lastFirsts[last.charCodeAt(0)] = 1;
  }
  return { set, lengths, firsts, lastWords, lastLengths, lastFirsts };
}

/**
 * The first (longest) of `wordsBefore(text, pos, maxWords)` that is in `phrases`: the same answer
 * without building the list, and without slicing the phrases that cannot be in the set.
 */
export function phraseBefore(
  text: string,
  pos: number,
  maxWords: number,
  phrases: PhraseSet,
): string | undefined {
  const { set, lengths, firsts, lastWords, lastLengths, lastFirsts } = phrases;
  // Most words before a position end no phrase of the set: the word right before `pos` alone (found
  // as the first step of `scanWordsBefore` finds it, by length and first letter, then one lookup)
  // turns all candidates away, before the other words are scanned.
  if (maxWords < 1) return undefined;
  let e = pos;
  while (e > 0 && isBlank(text.charCodeAt(e - 1))) e--;
  let w = e;
  while (w > 0 && e - w < 40 && !isSpaceOrPunct(text.charCodeAt(w - 1))) w--;
  if (w === e || !lastLengths[Math.min(e - w, MAX_SET_LENGTH)] || !lastFirsts[text.charCodeAt(w)])
    return undefined;
  if (!lastWords.has(text.slice(w, e))) return undefined;
  const n = scanWordsBefore(text, pos, maxWords);
  // Length of the phrase of the last n - j words: their letters and one space between each two.
  let length = -1;
  for (let i = 0; i < n; i++) length += WB_ENDS[i] - WB_STARTS[i] + 1;
  for (let j = 0; j < n; j++) {
    const first = WB_STARTS[n - 1 - j];
    const len = wbSingle ? wbLastEnd - first : length;
    length -= WB_ENDS[n - 1 - j] - first + 1;
    if (!lengths[Math.min(len, MAX_SET_LENGTH)] || !firsts[text.charCodeAt(first)]) continue;
    const w = phraseOfLast(text, n, j);
    if (set.has(w)) return w;
  }
  return undefined;
}

// The last scan of `scanWordsBefore`: word starts and ends, last word first; where the last word ends;
// whether every gap between the words is one space (a phrase is then a plain slice of the text).
const WB_STARTS: number[] = [];
const WB_ENDS: number[] = [];
let wbLastEnd = 0;
let wbSingle = true;

/** Finds the words before `pos` (into WB_STARTS, WB_ENDS) and returns how many. */
function scanWordsBefore(text: string, pos: number, maxWords: number): number {
  let s = pos;
  while (s > 0 && isBlank(text.charCodeAt(s - 1))) s--;
  wbLastEnd = s;
  let n = 0;
  for (let k = 0; k < maxWords && s > 0; k++) {
    let w = s;
    while (w > 0 && s - w < 40 && !isSpaceOrPunct(text.charCodeAt(w - 1))) w--;
    if (w === s) break;
    WB_STARTS[n] = w;
    WB_ENDS[n++] = s;
    s = w;
    // Words on one line, not across punctuation.
    while (s > 0 && (text.charCodeAt(s - 1) === 32 || text.charCodeAt(s - 1) === 9)) s--;
    if (s > 0 && isSpaceOrPunct(text.charCodeAt(s - 1))) break;
  }
  wbSingle = true;
  for (let i = 1; i < n; i++)
    if (WB_STARTS[i - 1] !== WB_ENDS[i] + 1 || text.charCodeAt(WB_ENDS[i]) !== 32) wbSingle = false;
  return n;
}

/** The phrase of the last `n - j` words found by `scanWordsBefore`, joined by single spaces. */
function phraseOfLast(text: string, n: number, j: number): string {
  if (wbSingle) return text.slice(WB_STARTS[n - 1 - j], wbLastEnd);
  let phrase = text.slice(WB_STARTS[n - 1 - j], WB_ENDS[n - 1 - j]);
  for (let i = n - 2 - j; i >= 0; i--) phrase += ` ${text.slice(WB_STARTS[i], WB_ENDS[i])}`;
  return phrase;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10;
}

function isSpaceOrPunct(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    (c < 128 && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47))
  );
}

/**
 * Where the last match of the global pattern `re` in `s` starts, or -1: the index of the last of
 * `s.matchAll(re)`, by `exec` on `re` itself (matchAll copies the pattern and makes an iterator each
 * call; the callers run it on every figure and lead-in). Leaves `re.lastIndex` at 0.
 */
export function lastMatchIndex(re: RegExp, s: string): number {
  if (!re.global) throw new Error('lastMatchIndex: the pattern must be global');
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    last = m.index;
    // An empty match moves on as matchAll does (one unit, or one code point with u or v).
    if (m[0].length === 0) {
      const c = s.charCodeAt(re.lastIndex);
      re.lastIndex +=
        (re.unicode || re.flags.includes('v')) &&
        c >= 0xd800 &&
        c <= 0xdbff &&
        (s.charCodeAt(re.lastIndex + 1) & 0xfc00) === 0xdc00
          ? 2
          : 1;
    }
  }
  re.lastIndex = 0;
  return last;
}

/** `body.split(' ').length >= n + 1`, without splitting. */
export function spacesAtLeast(body: string, n: number): boolean {
  let k = 0;
  for (let i = body.indexOf(' '); i !== -1; i = body.indexOf(' ', i + 1)) if (++k >= n) return true;
  return k >= n;
}

/** The characters of `[\\s,.;:-]`: what a body's name does not end with. */
export function isNameTrail(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 58 || c === 45 || isJsSpace(c);
}

/** The characters of `[\\s.…;,/]`: what a task's text does not end with. */
export function isTaskTrail(c: number): boolean {
  return c === 46 || c === 0x2026 || c === 59 || c === 44 || c === 47 || isJsSpace(c);
}

/** The characters of `[|\\s]`: a table bar or a blank. */
export function isBarOrSpace(c: number): boolean {
  return c === 124 || isJsSpace(c);
}

/** The characters of `\\s`. */
export function isJsSpace(c: number): boolean {
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  // By ranges: the letters of Vietnamese (U+00C0 to U+1EF9) are turned away after two or three
  // comparisons, not after all ten.
  if (c < 0x2000) return c === 0xa0 || c === 0x1680;
  if (c <= 0x200a) return true;
  return c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A sticky pattern that starts with one of `phrases` (an `alternation`, spaces matching `\s+`), with a
 * cheap first check: exec fails at once when the first four characters at `lastIndex` cannot begin any
 * phrase. Most capital starts begin no body, title or place, and this spares the engine trying a long
 * alternation there. The check is two hashed bit tables (a collision only lets the pattern run, it never
 * turns a match away).
 */
export function guardedSticky(source: string, flags: string, phrases: readonly string[]): StickyPattern {
  const unit = spaceUnit;
  // `singles`: first characters that are a whole phrase. `pairs`, keyed by the first two characters:
  // ACCEPT (whitespace within the first four, which may be a longer run in the text, or a phrase shorter
  // than four), or CHECK_QUAD (look the first four up in `quads`).
  const singles = new Uint8Array(0x10000);
  const pairs = new Uint8Array(PAIR_SIZE);
  const quads = new Uint8Array(QUAD_SIZE);
  for (const p of phrases) {
    if (p.length === 0 || isJsSpace(p.charCodeAt(0))) return new RegExp(source, flags) as StickyPattern;
    const c0 = p.charCodeAt(0);
    if (p.length === 1) {
      singles[c0] = 1;
      continue;
    }
    const c1 = unit(p.charCodeAt(1));
    const k = pairKey(c0, c1);
    if (p.length < 4 || c1 === 32 || unit(p.charCodeAt(2)) === 32) {
      pairs[k] |= ACCEPT;
      continue;
    }
    pairs[k] |= CHECK_QUAD;
    quads[quadKey(c0, c1, p.charCodeAt(2), unit(p.charCodeAt(3)))] = 1;
  }
  return new GuardedSticky(new RegExp(source, flags), singles, pairs, quads);
}

const PAIR_SIZE = 1 << 16;
const QUAD_SIZE = 1 << 20;
const ACCEPT = 1;
const CHECK_QUAD = 2;
function pairKey(c0: number, c1: number): number {
  return (Math.imul(c0, 0x9e3) + c1) & (PAIR_SIZE - 1);
}
function quadKey(c0: number, c1: number, c2: number, c3: number): number {
  return (Math.imul(Math.imul(Math.imul(c0, 31) + c1, 31) + c2, 31) + c3) & (QUAD_SIZE - 1);
}

/**
 * What callers use of a sticky pattern: set `lastIndex`, `exec` (or `test`, where the match itself is
 * not needed: no match array is built), read `lastIndex`.
 */
export interface StickyPattern {
  lastIndex: number;
  exec(s: string): RegExpExecArray | null;
  test(s: string): boolean;
}

// A plain object around a plain RegExp (a RegExp subclass would take V8's slow paths).
class GuardedSticky implements StickyPattern {
  lastIndex = 0;
  constructor(
    private readonly re: RegExp,
    private readonly singles: Uint8Array,
    private readonly pairs: Uint8Array,
    private readonly quads: Uint8Array,
  ) {}
  exec(s: string): RegExpExecArray | null {
    const pos = this.lastIndex;
    const c0 = s.charCodeAt(pos);
    const c1 = spaceUnit(s.charCodeAt(pos + 1));
    const kind = this.pairs[pairKey(c0, c1)];
    if (
      !this.singles[c0] &&
      !(kind & ACCEPT) &&
      !(
        kind & CHECK_QUAD &&
        this.quads[quadKey(c0, c1, s.charCodeAt(pos + 2), spaceUnit(s.charCodeAt(pos + 3)))]
      )
    ) {
      this.lastIndex = 0;
      return null;
    }
    const re = this.re;
    re.lastIndex = pos;
    const m = re.exec(s);
    this.lastIndex = re.lastIndex;
    return m;
  }
  test(s: string): boolean {
    return this.exec(s) !== null;
  }
}

function spaceUnit(c: number): number {
  return isJsSpace(c) ? 32 : c;
}

/**
 * A sticky matcher for `(?:${alternation(phrases)})${RB}` that walks a trie of the phrases instead of
 * trying them one after another: the same match (the longest phrase that ends at a boundary), a
 * space in a phrase matching any run of whitespace. With `prefix`, the pattern is
 * `(?:prefix\s+)?(?:…)${RB}`: a phrase after the prefix first, else a phrase alone. With
 * `end: 'before-word'`, the boundary is `(?=[ \t]+\S)` instead: blanks on the line, then more text.
 */
export function phraseSticky(
  phrases: readonly string[],
  options: { prefix?: string; end?: 'boundary' | 'before-word' } = {},
): StickyPattern {
  return new PhraseSticky(new PhraseTrie(phrases), options.prefix, options.end === 'before-word');
}

/**
 * The trie as typed arrays: node 0 is the root, its children by character in `rootNext`; the children
 * of every other node side by side, sorted by character (most nodes have one). A Map per node costs a
 * hash lookup of its own per character.
 */
class PhraseTrie {
  readonly rootNext = new Int32Array(0x10000); // 0: no child
  readonly terminal: Uint8Array;
  private readonly firstChild: Int32Array;
  private readonly childCount: Int32Array;
  private readonly childChar: Uint16Array;
  private readonly childNode: Int32Array;

  constructor(phrases: readonly string[]) {
    const children: Array<Map<number, number>> = [new Map()];
    const terminals: number[] = [];
    for (const phrase of new Set(phrases)) {
      let node = 0;
      const p = phrase.replace(/ +/g, ' ');
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let child = children[node].get(c);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          children[node].set(c, child);
        }
        node = child;
      }
      terminals.push(node);
    }
    const n = children.length;
    this.terminal = new Uint8Array(n);
    for (const t of terminals) this.terminal[t] = 1;
    this.firstChild = new Int32Array(n);
    this.childCount = new Int32Array(n);
    this.childChar = new Uint16Array(n);
    this.childNode = new Int32Array(n);
    let e = 0;
    for (let node = 0; node < n; node++) {
      const sorted = [...children[node]].sort((a, b) => a[0] - b[0]);
      this.firstChild[node] = e;
      this.childCount[node] = sorted.length;
      for (const [c, child] of sorted) {
        if (node === 0) this.rootNext[c] = child;
        this.childChar[e] = c;
        this.childNode[e++] = child;
      }
    }
  }

  /** The child of `node` by `c`, or 0. */
  next(node: number, c: number): number {
    if (node === 0) return this.rootNext[c];
    let lo = this.firstChild[node];
    let hi = lo + this.childCount[node];
    // Most nodes below the first letters have one child.
    if (hi - lo === 1) return this.childChar[lo] === c ? this.childNode[lo] : 0;
    while (hi - lo > 4) {
      const mid = (lo + hi) >> 1;
      if (this.childChar[mid] <= c) lo = mid;
      else hi = mid;
    }
    for (let k = lo; k < hi; k++) if (this.childChar[k] === c) return this.childNode[k];
    return 0;
  }
}

class PhraseSticky implements StickyPattern {
  lastIndex = 0;
  constructor(
    private readonly trie: PhraseTrie,
    private readonly prefix: string | undefined,
    private readonly beforeWord: boolean,
  ) {}
  exec(s: string): RegExpExecArray | null {
    const pos = this.lastIndex;
    const end = this.endAt(s, pos);
    if (end < 0) {
      this.lastIndex = 0;
      return null;
    }
    this.lastIndex = end;
    const m = [s.slice(pos, end)] as unknown as RegExpExecArray;
    m.index = pos;
    m.input = s;
    return m;
  }
  /** `exec(s) !== null`, with the same `lastIndex` after it, without the slice and the match array. */
  test(s: string): boolean {
    const end = this.endAt(s, this.lastIndex);
    this.lastIndex = end < 0 ? 0 : end;
    return end >= 0;
  }
  /** Where the match at `pos` ends (the prefix, then the phrase; else the phrase alone), or -1. */
  private endAt(s: string, pos: number): number {
    let end = -1;
    const { prefix } = this;
    // The first character before `startsWith`: the walks start at capitals, the prefix is lower case.
    if (
      prefix &&
      s.charCodeAt(pos) === prefix.charCodeAt(0) &&
      s.startsWith(prefix, pos) &&
      isJsSpace(s.charCodeAt(pos + prefix.length))
    ) {
      let i = pos + prefix.length + 1;
      while (i < s.length && isJsSpace(s.charCodeAt(i))) i++;
      end = this.walk(s, i);
    }
    return end < 0 ? this.walk(s, pos) : end;
  }
  /** The end of the longest phrase at `pos` that ends at a boundary, or -1. */
  private walk(s: string, pos: number): number {
    const trie = this.trie;
    const terminal = trie.terminal;
    const n = s.length;
    if (pos >= n) return -1;
    // Most walks end at the first character (a capital that begins no phrase).
    let c = s.charCodeAt(pos);
    let i = pos + 1;
    if (isJsSpace(c)) {
      c = 32;
      while (i < n && isJsSpace(s.charCodeAt(i))) i++;
    }
    let node = trie.rootNext[c];
    let end = -1;
    while (node !== 0) {
      if (terminal[node] && (this.beforeWord ? blanksThenText(s, i) : !(CHAR_KIND[s.charCodeAt(i)] & 2)))
        end = i;
      if (i >= n) break;
      c = s.charCodeAt(i++);
      if (isJsSpace(c)) {
        c = 32;
        while (i < n && isJsSpace(s.charCodeAt(i))) i++;
      }
      node = trie.next(node, c);
    }
    return end;
  }
}

/** `(?=[ \t]+\S)` at `i`. */
function blanksThenText(s: string, i: number): boolean {
  let j = i;
  while (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9) j++;
  return j > i && j < s.length && !isJsSpace(s.charCodeAt(j));
}

/**
 * The last `ch` in [from, to), or -1: `lastIndexOf` bounded below, since without a `ch` before `to` it
 * would read back to the start of the text once for every figure or verb of a long one.
 */
export function lastIndexBetween(text: string, ch: string, from: number, to: number): number {
  if (to <= from) return -1;
  const i = text.slice(from, to).lastIndexOf(ch);
  return i === -1 ? -1 : from + i;
}

/** The first `ch` in [from, to), or -1, reading no further than `to`. */
export function indexBetween(text: string, ch: string, from: number, to: number): number {
  const i = text.slice(from, to).indexOf(ch);
  return i === -1 ? -1 : from + i;
}

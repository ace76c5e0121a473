/**
 * Shared pieces: Unicode word boundaries, regex escaping, sentence and paragraph segmentation.
 *
 * JavaScript's `\b` only knows ASCII, so "Đảng" would have a boundary inside it. Every pattern here
 * uses lookbehind/lookahead on letters, marks and digits instead.
 */

/** Not preceded by a letter, mark or digit. */
export const LB = '(?<![A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u1E00-\\u1EFF0-9])';
/** Not followed by a letter, mark or digit. */
export const RB = '(?![A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u1E00-\\u1EFF0-9])';

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
  const c = s.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True when a string has letters and none of them is lower case ("CHÍNH PHỦ"). */
export function isAllCaps(s: string): boolean {
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

/** "CHÍNH PHỦ" → "Chính Phủ"; words already mixed keep their case. */
export function titleCase(s: string): string {
  return s.toLowerCase().replace(/(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u1E00-\u1EFF])A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u1E00-\u1EFF/g, (c) => c.toUpperCase());
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
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
const LIST_MARKER = /^[ \t]*(?:[-+•*·]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][)]|[IVXLC]{1,6}[.)]|Điều\s+\d+|Chương\s+[IVXLC\d]+|Mục\s+\d+)(?=\s)/;
const ABBREV_BEFORE_DOT = /(?:^|[^A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u1E00-\u1EFF])(?:TP|Tp|tp|TM|KT|TL|TUQ|Q|GS|PGS|TS|ThS|Ths|BS|KS|CN|Th\.S|St|TT|[A-ZĐ])$/;

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
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    const line = text.slice(lineStart, i).trimEnd();
    const nextEnd = text.indexOf('\n', i + 1);
    const next = text.slice(i + 1, nextEnd === -1 ? Math.min(n, i + 200) : Math.min(nextEnd, i + 200));
    let soft = false;
    const last = line.charAt(line.length - 1);
    const nextTrim = next.trimStart();
    if (line.length > 0 && nextTrim.length > 0 && !TERMINAL.test(last) && !LIST_MARKER.test(next) && last !== '|') {
      const c = nextTrim.charAt(0);
      const lower = c !== c.toUpperCase();
      const digit = c >= '0' && c <= '9';
      if (lower || digit) soft = true;
      else if (line.length >= 45 && !isAllCaps(line) && !isAllCaps(nextTrim.slice(0, 40))) soft = true;
    }
    if (!soft) {
      if (i > paraStart) paras.push([paraStart, i]);
      paraStart = i + 1;
    }
    lineStart = i + 1;
  }
  if (paraStart < n) paras.push([paraStart, n]);

  const sentences: Sentence[] = [];
  const splitRe = /[.!?…]+["')\]]*(?=\s+["'(]?[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100\u0102\u0104\u0106\u0108\u010A\u010C\u010E\u0110\u0112\u0114\u0116\u0118\u011A\u011C\u011E\u0120\u0122\u0124\u0126\u0128\u012A\u012C\u012E\u0130\u0132\u0134\u0136\u0139\u013B\u013D\u013F\u0141\u0143\u0145\u0147\u014A\u014C\u014E\u0150\u0152\u0154\u0156\u0158\u015A\u015C\u015E\u0160\u0162\u0164\u0166\u0168\u016A\u016C\u016E\u0170\u0172\u0174\u0176\u0178\u0179\u017B\u017D\u0181\u0182\u0184\u0186\u0187\u0189-\u018B\u018E-\u0191\u0193\u0194\u0196-\u0198\u019C\u019D\u019F\u01A0\u01A2\u01A4\u01A6\u01A7\u01A9\u01AC\u01AE\u01AF\u01B1-\u01B3\u01B5\u01B7\u01B8\u01BC\u01C4\u01C7\u01CA\u01CD\u01CF\u01D1\u01D3\u01D5\u01D7\u01D9\u01DB\u01DE\u01E0\u01E2\u01E4\u01E6\u01E8\u01EA\u01EC\u01EE\u01F1\u01F4\u01F6-\u01F8\u01FA\u01FC\u01FE\u0200\u0202\u0204\u0206\u0208\u020A\u020C\u020E\u0210\u0212\u0214\u0216\u0218\u021A\u021C\u021E\u0220\u0222\u0224\u0226\u0228\u022A\u022C\u022E\u0230\u0232\u023A\u023B\u023D\u023E\u0241\u0243-\u0246\u0248\u024A\u024C\u024E\u1E00\u1E02\u1E04\u1E06\u1E08\u1E0A\u1E0C\u1E0E\u1E10\u1E12\u1E14\u1E16\u1E18\u1E1A\u1E1C\u1E1E\u1E20\u1E22\u1E24\u1E26\u1E28\u1E2A\u1E2C\u1E2E\u1E30\u1E32\u1E34\u1E36\u1E38\u1E3A\u1E3C\u1E3E\u1E40\u1E42\u1E44\u1E46\u1E48\u1E4A\u1E4C\u1E4E\u1E50\u1E52\u1E54\u1E56\u1E58\u1E5A\u1E5C\u1E5E\u1E60\u1E62\u1E64\u1E66\u1E68\u1E6A\u1E6C\u1E6E\u1E70\u1E72\u1E74\u1E76\u1E78\u1E7A\u1E7C\u1E7E\u1E80\u1E82\u1E84\u1E86\u1E88\u1E8A\u1E8C\u1E8E\u1E90\u1E92\u1E94\u1E9E\u1EA0\u1EA2\u1EA4\u1EA6\u1EA8\u1EAA\u1EAC\u1EAE\u1EB0\u1EB2\u1EB4\u1EB6\u1EB8\u1EBA\u1EBC\u1EBE\u1EC0\u1EC2\u1EC4\u1EC6\u1EC8\u1ECA\u1ECC\u1ECE\u1ED0\u1ED2\u1ED4\u1ED6\u1ED8\u1EDA\u1EDC\u1EDE\u1EE0\u1EE2\u1EE4\u1EE6\u1EE8\u1EEA\u1EEC\u1EEE\u1EF0\u1EF2\u1EF4\u1EF6\u1EF8\u1EFA\u1EFC\u1EFE\d-])|;(?=\s*\n)|\|/g;
  for (let p = 0; p < paras.length; p++) {
    const [ps, pe] = paras[p];
    let s = ps;
    splitRe.lastIndex = ps;
    for (let m = splitRe.exec(text); m !== null && m.index < pe; m = splitRe.exec(text)) {
      const end = m.index + m[0].length;
      if (m[0].charAt(0) === '.' && m[0].length === 1) {
        const before = text.slice(Math.max(s, m.index - 8), m.index);
        // "TP. Hồ Chí Minh", "TM. CHÍNH PHỦ", a list marker "1." or "II." at the start of the sentence.
        if (ABBREV_BEFORE_DOT.test(before)) continue;
        if (/^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6}|Điều\s+\d+)$/.test(text.slice(s, m.index))) continue;
      }
      pushSentence(sentences, text, s, end, p);
      s = end;
    }
    pushSentence(sentences, text, s, pe, p);
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

function pushSentence(out: Sentence[], text: string, start: number, end: number, para: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, para });
}

/** Which offsets are already claimed by an item: overlap checks in O(span) rather than O(items). */
export class Coverage {
  private readonly mask: Uint8Array;
  constructor(length: number) {
    this.mask = new Uint8Array(length + 1);
  }
  overlaps(s: number, e: number): boolean {
    for (let i = s; i < e; i++) if (this.mask[i]) return true;
    return false;
  }
  claim(s: number, e: number): void {
    this.mask.fill(1, s, e);
  }
}

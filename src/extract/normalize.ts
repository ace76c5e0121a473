/**
 * Text normalisation at the edge. After Unicode NFC, every change is one UTF-16 unit for one, so the
 * result has exactly the length of `text.normalize('NFC')` and spans into it are spans into the NFC
 * text that the SPEC promises:
 * - legacy Ð (U+00D0, Icelandic eth) and ð → Đ, đ;
 * - non-breaking and other Unicode spaces → space; zero-width characters → space;
 * - curly and angle quotes → straight quotes; en/em dashes and the minus sign → hyphen;
 * - CRLF → space + LF (the CR becomes a space so that offsets do not move), lone CR → LF;
 * - tone marks on "oa", "oe", "uy" placed the traditional way ("hoà" → "hòa", "thuỷ" → "thủy"),
 *   which is what most official texts use; "quý" keeps its mark, "u" belongs to "qu" there.
 */

const CHAR_MAP: Record<string, string> = {
  '\u00d0': 'Đ',
  // Lower-casing İ gives two units; mapping it keeps `text.toLowerCase()` the same length as `text`.
  '\u0130': 'I',
  '\u00f0': 'đ',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2000': ' ',
  '\u2001': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2004': ' ',
  '\u2005': ' ',
  '\u2006': ' ',
  '\u2008': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u3000': ' ',
  '\u200b': ' ',
  '\u200c': ' ',
  '\u200d': ' ',
  '\ufeff': ' ',
  '\t': ' ',
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2033': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2028': '\n',
  '\u2029': '\n',
  '\u000b': '\n',
  '\u000c': '\n',
  '\u0085': '\n',
};

// Vowel with tone → [base vowel, tone index]; tone index 1..5 = huyền, sắc, hỏi, ngã, nặng.
const TONED: Record<string, string[]> = {
  a: ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
  e: ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
  o: ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
  u: ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
  y: ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
  A: ['A', 'À', 'Á', 'Ả', 'Ã', 'Ạ'],
  E: ['E', 'È', 'É', 'Ẻ', 'Ẽ', 'Ẹ'],
  O: ['O', 'Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'],
  U: ['U', 'Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'],
  Y: ['Y', 'Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ'],
};
const TONE_OF = new Map<string, [string, number]>();
for (const [base, forms] of Object.entries(TONED)) {
  forms.forEach((f, i) => {
    if (i > 0) TONE_OF.set(f, [base, i]);
  });
}

// "oà", "oé", "uỷ" at the end of a syllable (no final consonant or vowel after): move the mark to the
// first vowel. The lookbehind keeps "qu" + y ("quý", "quỷ") as it is.
const TONE_RE =
  /([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/g;

function moveTone(_m: string, o?: string, oTone?: string, u?: string, uTone?: string): string {
  const first = (o ?? u) as string;
  const second = (oTone ?? uTone) as string;
  const t = TONE_OF.get(second);
  if (!t) return first + second;
  const [base, tone] = t;
  return TONED[first][tone] + base;
}

// CHAR_MAP by UTF-16 code unit (every key of CHAR_MAP is one unit).
const CHAR_CODE_MAP: Array<string | undefined> = new Array(0x10000).fill(undefined);
for (const [k, v] of Object.entries(CHAR_MAP)) CHAR_CODE_MAP[k.charCodeAt(0)] = v;

// Units that NFC may change, alone or next to another: combining marks, Hangul jamo, characters with a
// singleton decomposition, and surrogates (to be safe with the planes above). Everything below U+0300
// is stable. A text with none of them is its own NFC, and the call to ICU (a copy both ways) is spared.
const NFC_UNSTABLE = 1;
const MAPPED = 2;
const CHAR_FLAGS = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (CHAR_CODE_MAP[c] !== undefined) t[c] = MAPPED;
  const mark = /\p{M}/u;
  for (let c = 0x300; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) t[c] |= NFC_UNSTABLE;
    else {
      const ch = String.fromCharCode(c);
      if (mark.test(ch) || (c >= 0x1100 && c <= 0x11ff) || ch.normalize('NFC') !== ch) t[c] |= NFC_UNSTABLE;
    }
  }
  return t;
})();

/** The first offset whose character has any of `flags`, or -1. */
function firstWith(s: string, flags: number): number {
  for (let i = 0; i < s.length; i++) if (CHAR_FLAGS[s.charCodeAt(i)] & flags) return i;
  return -1;
}

/**
 * `s` with CHAR_MAP applied to every character from `first` on; null as soon as a character that NFC
 * may change turns up (the caller then takes the NFC first).
 */
function mapChars(s: string, first: number, stopAtUnstable: boolean): string | null {
  const parts: string[] = [];
  let from = 0;
  for (let i = first; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = CHAR_FLAGS[c];
    if (k === 0) continue;
    if (k & NFC_UNSTABLE && stopAtUnstable) return null;
    if (!(k & MAPPED)) continue;
    if (i > from) parts.push(s.slice(from, i));
    parts.push(CHAR_CODE_MAP[c] as string);
    from = i + 1;
  }
  if (from < s.length) parts.push(s.slice(from));
  return parts.join('');
}

export function normalize(text: string): string {
  // Most texts need neither NFC nor any of CHAR_MAP: one loop over a table finds out (a regex
  // character class of these scans several times slower).
  let s = text;
  const first = firstWith(s, NFC_UNSTABLE | MAPPED);
  if (first >= 0) {
    const mapped = mapChars(s, first, true);
    if (mapped !== null) s = mapped;
    else {
      s = s.normalize('NFC');
      const f = firstWith(s, MAPPED);
      if (f >= 0) s = mapChars(s, f, false) as string;
    }
  }
  if (s.includes('\r')) s = s.replace(/\r(\n?)/g, (_m, lf: string) => (lf ? ' \n' : '\n'));
  s = s.replace(TONE_RE, moveTone);
  return s;
}

// Folding table for every precomposed Latin letter Vietnamese uses (and their neighbours): one lookup
// per character instead of an NFD round trip.
const FOLD: Record<string, string> = {};
for (let c = 0xc0; c <= 0x1eff; c++) {
  const ch = String.fromCharCode(c);
  const base = ch
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (base !== ch && /^[a-z]$/.test(base)) FOLD[ch] = base;
}
FOLD.đ = 'd';
FOLD.Đ = 'd';
for (let c = 0x300; c <= 0x36f; c++) FOLD[String.fromCharCode(c)] = '';
const NON_ASCII = /[^\x00-\x7f]/g;

const FOLD_CACHE = new Map<string, string>();

// `fold` of each unit below U+2000 when it is one unit (0 otherwise, and above): `fold` works unit by
// unit on Latin letters and digits, so a word of them folds to the folded units in a row.
const FOLD_UNITS = (() => {
  const t = new Uint16Array(0x2000);
  for (let c = 1; c < 0x2000; c++) {
    const out = String.fromCharCode(c)
      .toLowerCase()
      .replace(NON_ASCII, (x) => FOLD[x] ?? x);
    if (out.length === 1) t[c] = out.charCodeAt(0);
  }
  return t;
})();

/** The unit `fold` makes of `c` alone, or 0 where that is not one unit (or not known here). */
export function foldUnit(c: number): number {
  return c < 0x2000 ? FOLD_UNITS[c] : 0;
}

/** Case and diacritics folded, đ → d: for comparing words, never for spans. */
export function fold(s: string): string {
  const cached = FOLD_CACHE.get(s);
  if (cached !== undefined) return cached;
  const lower = s.toLowerCase();
  NON_ASCII.lastIndex = 0;
  const out = NON_ASCII.test(lower) ? lower.replace(NON_ASCII, (c) => FOLD[c] ?? c) : lower;
  // Words and names repeat: a bounded cache of short strings.
  if (s.length <= 64) {
    if (FOLD_CACHE.size >= 50000) FOLD_CACHE.clear();
    FOLD_CACHE.set(s, out);
  }
  return out;
}

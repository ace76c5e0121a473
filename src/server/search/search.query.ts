// The query side of search: what the user typed → folded words, tsquery text, number-symbol keys; and the
// highlighted snippet of a result. Mirrors the SQL functions of migration 0003_search_triggers.sql
// (search_words, search_exact_words, search_symbol_key) so both sides cut text into the same words.
import { symbolKey } from '../../domain/documentSymbol.ts';
import { foldVietnamese } from '../../domain/fold.ts';

/** Folded words, as search_words() in SQL: every run of anything but [a-z0-9] separates. */
export function searchWords(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const TONE_PAIRS: [string, string][] = [
  ['òa', 'oà'],
  ['óa', 'oá'],
  ['ỏa', 'oả'],
  ['õa', 'oã'],
  ['ọa', 'oạ'],
  ['òe', 'oè'],
  ['óe', 'oé'],
  ['ỏe', 'oẻ'],
  ['õe', 'oẽ'],
  ['ọe', 'oẹ'],
  ['ùy', 'uỳ'],
  ['úy', 'uý'],
  ['ủy', 'uỷ'],
  ['ũy', 'uỹ'],
  ['ụy', 'uỵ'],
];

/** Words as written, lower case, tone marks placed one way ("hòa" → "hoà"), as search_exact_text() in SQL. */
export function exactWords(text: string): string[] {
  let t = text.normalize('NFC').toLowerCase();
  for (const [from, to] of TONE_PAIRS) t = t.replaceAll(from, to);
  return t.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** One unit of a query: a word, a quoted phrase, or a token such as "11-NQ/TW" read as a phrase. */
interface Term {
  folded: string[];
  exact: string[];
  negated: boolean;
}

export interface ParsedQuery {
  /** tsquery text over the folded vector; null when nothing positive was typed. */
  tsquery: string | null;
  /**
   * Patterns (PostgreSQL regular expressions over search_exact_text()) of the words and phrases the user
   * typed with diacritics; a result holding them ranks first.
   */
  exactPatterns: string[];
  /** Number-symbol keys the query may mean ("11 nq/tw" → 11nqtw). */
  symbolKeys: string[];
  /** The folded text, for trigram matching of names. */
  nameText: string;
  /** Folded words to highlight. */
  highlight: string[];
  /** Plain words only (no phrase, no exclusion): names may then match approximately. */
  fuzzy: boolean;
  /** Each positive word or phrase: its tsquery and its folded words (for choosing the rarest). */
  positive: { tsquery: string; words: string[] }[];
}

const quoteLexeme = (w: string) => `'${w.replace(/'/g, "''")}'`;

function termTsquery(words: string[]): string {
  const q = words.map(quoteLexeme).join(' <-> ');
  return words.length > 1 ? `(${q})` : q;
}

const MAX_TERMS = 16;

export function parseQuery(input: string): ParsedQuery {
  const text = input.normalize('NFC').replace(/[“”„]/g, '"').trim();
  const terms: Term[] = [];
  // Quoted phrases first, then the rest word by word; a leading "-" excludes.
  const re = /(-?)"([^"]*)"?|(\S+)/g;
  for (const m of text.matchAll(re)) {
    const negated = m[1] === '-' || (m[3]?.startsWith('-') === true && m[3].length > 1);
    const raw = m[2] ?? (m[3]?.startsWith('-') ? m[3].slice(1) : m[3]) ?? '';
    const folded = searchWords(raw);
    if (folded.length === 0) continue;
    terms.push({ folded, exact: exactWords(raw), negated });
    if (terms.length >= MAX_TERMS) break;
  }

  const positive = terms.filter((t) => !t.negated);
  const negative = terms.filter((t) => t.negated);
  let tsquery: string | null = null;
  if (positive.length > 0) {
    tsquery = [
      ...positive.map((t) => termTsquery(t.folded)),
      ...negative.map((t) => `!${termTsquery(t.folded)}`),
    ].join(' & ');
  }

  // Exact (diacritics as typed) only for words the user did type with marks; they count in ranking only.
  // Words are letters and digits only (exactWords), so they need no escaping inside the pattern.
  const exactPatterns: string[] = [];
  for (const t of positive) {
    const marked = t.exact.some((w, i) => w !== t.folded[i]);
    if (marked && t.exact.length === t.folded.length) {
      exactPatterns.push(`(^|[^[:alnum:]])${t.exact.join('[^[:alnum:]]+')}([^[:alnum:]]|$)`);
    }
  }

  return {
    tsquery,
    exactPatterns,
    symbolKeys: symbolKeysOf(text, positive),
    nameText: positive.flatMap((t) => t.folded).join(' '),
    highlight: [...new Set(positive.flatMap((t) => t.folded))],
    fuzzy: negative.length === 0 && !/"/.test(text),
    positive: positive.map((t) => ({ tsquery: termTsquery(t.folded), words: t.folded })),
  };
}

/**
 * Keys the query may name a document by: the whole query ("số 11-NQ/TW", "11 nq/tw"), each token with a
 * digit and a separator ("nghị quyết 11-NQ/TW"), and each run of words starting at a number
 * ("nghi quyet 11 nq tw" → 11nqtw, 11nq).
 */
function symbolKeysOf(text: string, positive: Term[]): string[] {
  const keys = new Set<string>();
  const add = (k: string) => {
    if (/\d/.test(k) && /[a-z]/.test(k) && k.length >= 3 && k.length <= 40) keys.add(k);
  };
  add(symbolKey(text));
  for (const token of text.split(/\s+/)) if (/\d/.test(token) && /[/-]/.test(token)) add(symbolKey(token));
  const words = positive.flatMap((t) => t.folded);
  for (let i = 0; i < words.length; i++) {
    if (!/^\d/.test(words[i]!)) continue;
    for (let j = i + 2; j <= Math.min(words.length, i + 6); j++) add(words.slice(i, j).join(''));
  }
  return [...keys].slice(0, 24);
}

// ——— Highlighting ———

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const foldCache = new Map<string, string>();
function foldChar(c: string): string {
  let f = foldCache.get(c);
  if (f === undefined) {
    f = c.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
    if (foldCache.size < 10_000) foldCache.set(c, f);
  }
  return f;
}

/**
 * Spans [start, end) of the original text whose folded words are among `words`, neighbours joined
 * ("Đô thị hóa", "11-NQ/TW" are one mark each). When several words were asked for, a lone short word
 * ("do" in "Đề án do Ban…") is left unmarked if the text has a run of two or more, or a longer word.
 */
export function matchSpans(text: string, words: readonly string[]): [number, number][] {
  if (words.length === 0 || text.length === 0) return [];
  const wanted = new Set(words);
  const runs: { span: [number, number]; words: number; long: boolean }[] = [];
  let wordStart = -1;
  let word = '';
  const flush = (end: number) => {
    if (wordStart >= 0 && wanted.has(word)) {
      const last = runs[runs.length - 1];
      if (last && /^[\s\-/.]+$/.test(text.slice(last.span[1], wordStart))) {
        last.span[1] = end;
        last.words++;
        last.long ||= word.length > 3;
      } else runs.push({ span: [wordStart, end], words: 1, long: word.length > 3 });
    }
    wordStart = -1;
    word = '';
  };
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    if (/^[a-z0-9]+$/.test(f)) {
      if (wordStart < 0) wordStart = i;
      word += f;
    } else if (f !== '') {
      flush(i);
    }
    i += ch.length;
  }
  flush(i);
  const strong = runs.filter((r) => r.words > 1 || r.long);
  return (wanted.size > 1 && strong.length > 0 ? strong : runs).map((r) => r.span);
}

/** The text HTML-escaped, with <mark> around the matching words. */
export function markHtml(
  text: string,
  spans: readonly [number, number][],
  from = 0,
  to = text.length,
): string {
  let out = '';
  let at = from;
  for (const [s, e] of spans) {
    if (e <= from || s >= to) continue;
    const s2 = Math.max(s, from);
    const e2 = Math.min(e, to);
    out += `${escapeHtml(text.slice(at, s2))}<mark>${escapeHtml(text.slice(s2, e2))}</mark>`;
    at = e2;
  }
  return out + escapeHtml(text.slice(at, to));
}

/**
 * A passage of about `length` characters around the densest cluster of matching words, HTML-escaped with
 * <mark> highlights; the text's beginning when nothing matches.
 */
export function snippetHtml(text: string, words: readonly string[], length = 220): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return '';
  const spans = matchSpans(clean, words);
  let start = 0;
  if (spans.length > 0) {
    // The window holding the most distinct words wins; the earliest among equals.
    let best = -1;
    for (let a = 0; a < spans.length; a++) {
      const seen = new Set<string>();
      for (let b = a; b < spans.length && spans[b]![0] < spans[a]![0] + length - 40; b++) {
        seen.add(foldVietnamese(clean.slice(spans[b]![0], spans[b]![1])));
      }
      if (seen.size > best) {
        best = seen.size;
        start = spans[a]![0];
      }
    }
    start = Math.max(0, start - 40);
    if (start > 0) {
      const space = clean.indexOf(' ', start);
      start = space >= 0 && space < start + 20 ? space + 1 : start;
    }
  }
  let end = Math.min(clean.length, start + length);
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > start + length / 2) end = space;
  }
  return `${start > 0 ? '…' : ''}${markHtml(clean, spans, start, end)}${end < clean.length ? '…' : ''}`;
}

export function titleHtml(title: string, words: readonly string[]): string {
  return markHtml(title, matchSpans(title, words));
}

/**
 * Where the cue words are: one pass over the lower-cased text finds every word that begins one of the
 * keyword-led patterns ("năm", "hội nghị", "xã", …), so that those patterns are tried only there instead
 * of being run over the whole text (a regex scan costs a few nanoseconds per character however rare its
 * words are; this pass costs about one, shared by every pattern).
 *
 * A pattern registers the first words of its phrases once, at load, with `keywordGroup`, and gets a
 * bit. `keywordHits(lower, text)` lists, one list per bit, the starts of words (runs of letters of the
 * `LB` class) whose hash is registered; also where a number starts (`DIGIT_RUN`) and where "(" comes
 * before a digit (`PAREN_DIGIT`), and, given `text`, the capital starts of `capitalStarts`.
 * `matchesAt` then runs the pattern, sticky, at those starts: the same matches as scanning the text with
 * it, as long as every match of the pattern begins with one of its words and that word ends where a
 * letter run ends (the phrases are followed by a space, a boundary, or a non-letter), or begins with a
 * number not preceded by a digit. A hash collision only adds a start the pattern then refuses.
 */
import { CHAR_KIND } from './text.ts';

const LETTER = 4;
const TABLE_SIZE = 4096; // open addressing, mostly empty: a word that is no keyword usually ends at its first slot
const keys = new Int32Array(TABLE_SIZE);
const masks = new Int32Array(TABLE_SIZE); // 0 = empty slot
let groups = 0;

/** Also listed: "(" followed by a digit, for patterns such as "(2021-2025)". */
export const PAREN_DIGIT = 1 << 30;
/** Also listed: the first digit of a run of digits, for patterns that begin with a number. */
export const DIGIT_RUN = 1 << 29;

function wordHash(s: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

function slot(h: number): number {
  let i = (h ^ (h >>> 11)) & (TABLE_SIZE - 1);
  while (masks[i] !== 0 && keys[i] !== h) i = (i + 1) & (TABLE_SIZE - 1);
  return i;
}

/**
 * Registers the first words of `phrases` (lower case) and returns the group's bit. At most 29 groups;
 * call it at module load, before any text is read.
 */
export function keywordGroup(phrases: readonly string[]): number {
  if (groups >= 29) throw new Error('keywordGroup: at most 29 groups');
  const bit = 1 << groups++;
  for (const phrase of phrases) {
    let end = 0;
    while (end < phrase.length && CHAR_KIND[phrase.charCodeAt(end)] & LETTER) end++;
    if (end === 0 || phrase !== phrase.toLowerCase())
      throw new Error(`keywordGroup: "${phrase}" must begin with a lower-case word`);
    const h = wordHash(phrase, 0, end);
    const i = slot(h);
    keys[i] = h;
    masks[i] |= bit;
  }
  return bit;
}

/** Starts of registered words in a text, in order, one list per group bit. */
export interface KeywordHits {
  readonly byBit: readonly number[][];
  /** With `text`: `capitalStarts(text)`, found in the same pass. */
  readonly caps?: Int32Array;
}

/** `lower` is `text.toLowerCase()`; give `text` as well to have its capital starts. */
export function keywordHits(lower: string, text?: string): KeywordHits {
  const byBit: number[][] = new Array(31);
  for (let b = 0; b < 31; b++) byBit[b] = [];
  // About one capital start in 20 characters in prose: room for that, so the buffer rarely grows.
  let caps = new Int32Array(text ? Math.max(16, text.length >> 4) : 0);
  let nCaps = 0;
  const digitRuns = byBit[bitIndex(DIGIT_RUN)];
  const parens = byBit[bitIndex(PAREN_DIGIT)];
  const len = lower.length;
  // Locals rather than the imported and module bindings: V8 reloads (and checks) those on every use.
  const kind = CHAR_KIND;
  const slotMasks = masks;
  let i = 0;
  while (i < len) {
    const c = lower.charCodeAt(i);
    if (!(kind[c] & LETTER)) {
      if (c >= 48 && c <= 57) {
        const p = lower.charCodeAt(i - 1);
        if (!(p >= 48 && p <= 57)) digitRuns.push(i);
      } else if (c === 40) {
        const d = lower.charCodeAt(i + 1);
        if (d >= 48 && d <= 57) parens.push(i);
      }
      i++;
      continue;
    }
    const s = i;
    // A capital that starts a word (a letter run here, not after a digit): see `capitalStarts`.
    if (text && kind[text.charCodeAt(s)] & 1 && !(s > 0 && kind[text.charCodeAt(s - 1)] & 2)) {
      if (nCaps === caps.length) {
        const next = new Int32Array(caps.length * 2);
        next.set(caps);
        caps = next;
      }
      caps[nCaps++] = s;
    }
    let h = 0;
    do {
      h = (Math.imul(h, 31) + lower.charCodeAt(i)) | 0;
      i++;
    } while (i < len && kind[lower.charCodeAt(i)] & LETTER);
    for (let m = slotMasks[slot(h)]; m !== 0; m &= m - 1) byBit[bitIndex(m & -m)].push(s);
  }
  return text ? { byBit, caps: caps.subarray(0, nCaps) } : { byBit };
}

function bitIndex(bit: number): number {
  return 31 - Math.clz32(bit);
}

/** The starts listed for one group (a single bit), in order. */
export function hitsOf(hits: KeywordHits, group: number): readonly number[] {
  return hits.byBit[bitIndex(group)];
}

/**
 * The matches of the sticky pattern `re` (flag `y`) in `s`, tried at the hits of `group` (one or two
 * bits), in order and without overlaps: what `s.matchAll` of the same pattern with flag `g` gives,
 * under the conditions above. `guard`, if given, is a cheap test that every match at `at` passes
 * (most numbers begin no date): the pattern is not tried where it fails.
 */
export function matchesAt(
  re: RegExp,
  s: string,
  hits: KeywordHits,
  group: number,
  guard?: (s: string, at: number) => boolean,
): RegExpExecArray[] {
  const low = group & -group;
  const a = hits.byBit[bitIndex(low)];
  const rest = group & ~low;
  if (rest & (rest - 1)) throw new Error('matchesAt: at most two bits');
  const b = rest ? hits.byBit[bitIndex(rest)] : [];
  const out: RegExpExecArray[] = [];
  let end = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const at = j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++];
    if (at < end || (guard !== undefined && !guard(s, at))) continue;
    re.lastIndex = at;
    const m = re.exec(s);
    if (m) {
      end = at + m[0].length;
      out.push(m);
    }
  }
  return out;
}

import { foldVietnamese } from './fold.ts';

/**
 * The number-symbol of a document folded for matching: case, diacritics, đ→d, a leading "số", spaces and
 * separators do not matter. "Số 11-NQ/TW", "11 nq/tw" and "11-nq-tw" all give "11nqtw";
 * "45/2020/NĐ-CP" gives "452020ndcp".
 */
export function symbolKey(symbol: string): string {
  return foldVietnamese(symbol)
    .replace(/^so\b\s*:?\s*/, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Gazetteers from data/extract, loaded once and compiled into patterns. */
import agencies from '../../data/extract/agencies.json' with { type: 'json' };
import issuers from '../../data/extract/issuers.json' with { type: 'json' };
import kinds from '../../data/extract/kinds.json' with { type: 'json' };
import provinces from '../../data/extract/provinces.json' with { type: 'json' };
import surnames from '../../data/extract/surnames.json' with { type: 'json' };
import titles from '../../data/extract/titles.json' with { type: 'json' };
import { keywordGroup } from './keywords.ts';
import { fold, foldUnit } from './normalize.ts';
import { alternation, collapse, LB, phraseSticky, RB } from './text.ts';

export const KIND_BY_ABBR: ReadonlyMap<string, string> = new Map(Object.entries(kinds.abbreviations));
export const KIND_WORDS: readonly string[] = kinds.words;
export const TITLED_KINDS: readonly string[] = kinds.titledKinds;
export const ISSUER_BY_ABBR: ReadonlyMap<string, string> = new Map(
  Object.entries(issuers).filter(([k, v]) => !k.startsWith('_') && typeof v === 'string') as Array<
    [string, string]
  >,
);

// (`collapse`: the same as `.replace(/\s+/g, ' ').trim()`, without the replace where no blank is loose.)
const foldKey = (s: string) => collapse(fold(s));
const KIND_CANON = new Map(KIND_WORDS.map((k) => [foldKey(k), k]));
export const canonicalKind = (s: string): string => KIND_CANON.get(foldKey(s)) ?? s;

export const TITLE_HEADS: readonly string[] = titles.heads;
export const HONORIFICS: readonly string[] = titles.honorifics;

export const AGENCY_NAMES: readonly string[] = agencies.names;
export const AGENCY_HEADS: readonly string[] = agencies.heads;
/** Two-syllable words that continue an agency's name in lower case ("Sở Kế hoạch", "Tổ biên tập"). */
export const NAME_WORDS: ReadonlySet<string> = new Set(agencies.nameWords.map((w) => foldKey(w)));
/**
 * The second words of the two-word NAME_WORDS: a pair "A B" is in NAME_WORDS only if fold(B) is here
 * (folding works letter by letter), so a token not here spares building and folding the pair.
 */
export const NAME_PAIR_SECONDS: ReadonlySet<string> = new Set(
  [...NAME_WORDS].filter((w) => w.split(' ').length === 2).map((w) => w.slice(w.indexOf(' ') + 1)),
);

// NAME_PAIR_SECONDS by a 16-bit hash of their units, for `mayBePairSecond`.
const PAIR_SECOND_BITS = new Uint8Array(1 << 16);
for (const w of NAME_PAIR_SECONDS) {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  PAIR_SECOND_BITS[h & 0xffff] = 1;
}

/**
 * False when `fold(s.slice(from, to))` (a word of letters, digits, apostrophes) is surely not in
 * NAME_PAIR_SECONDS: the same hash, taken on the folded units in place, without slicing the word and
 * looking it up in the cache of `fold` (most words that end a body's name are no such word). A word
 * with a unit that does not fold to one unit may be.
 */
export function mayBePairSecond(s: string, from: number, to: number): boolean {
  let h = 0;
  for (let i = from; i < to; i++) {
    const u = foldUnit(s.charCodeAt(i));
    if (u === 0) return true;
    h = (Math.imul(h, 31) + u) | 0;
  }
  return PAIR_SECOND_BITS[h & 0xffff] === 1;
}

export const SURNAMES: ReadonlySet<string> = new Set(surnames.surnames);

export interface Province {
  code: string;
  name: string;
  kind: string;
  successor: string;
  successorKind: string;
}
export const PROVINCES: readonly Province[] = provinces.provinces;
const PROVINCE_ALIASES: Record<string, string> = provinces.aliases;
export const REGIONS: readonly string[] = provinces.regions;

const provinceByKey = new Map<string, Province>();
for (const p of PROVINCES) provinceByKey.set(foldKey(p.name), p);
for (const [alias, name] of Object.entries(PROVINCE_ALIASES)) {
  const p = provinceByKey.get(foldKey(name));
  if (p) provinceByKey.set(foldKey(alias), p);
}
/** Also successor names that are not former names ("Huế" is both). */
export function provinceOf(name: string): Province | undefined {
  return provinceByKey.get(foldKey(name));
}
const PROVINCE_NAMES = [...PROVINCES.map((p) => p.name), ...Object.keys(PROVINCE_ALIASES)];
/** A province name at `lastIndex` of the lower-cased text. */
export const PROVINCE_AT = phraseSticky(PROVINCE_NAMES.map((n) => n.toLowerCase()));
/** The first words of the province names in the keyword index: where none starts, PROVINCE_AT cannot match. */
export const PROVINCE_WORDS = keywordGroup(PROVINCE_NAMES.map((n) => n.toLowerCase()));
export const REGION_RE = new RegExp(
  `${LB}(?:vùng\\s+)?(${alternation(REGIONS.map((n) => n.toLowerCase()))})${RB}`,
  'g',
);

/** A known place name ("Hà Nội"), so that it is not read as a person. */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  [
    ...PROVINCE_NAMES,
    ...REGIONS,
    'Việt Nam',
    'Trung Quốc',
    'Hoa Kỳ',
    'Thủ đô',
    'Bắc Bộ',
    'Nam Bộ',
    'Trung Bộ',
    'Tây Nguyên',
    'Phan Rang',
    'Tháp Chàm',
  ].map(foldKey),
);
export const isPlace = (s: string) => PLACE_WORDS.has(foldKey(s));

import {
  AGENCY_HEADS,
  AGENCY_NAMES,
  isPlace,
  KIND_WORDS,
  mayBePairSecond,
  NAME_PAIR_SECONDS,
  NAME_WORDS,
  PROVINCE_AT,
  SURNAMES,
  TITLE_HEADS,
} from './gazetteer.ts';
import { hitsOf, type KeywordHits, keywordGroup } from './keywords.ts';
import { fold } from './normalize.ts';
import {
  CHAR_KIND,
  capitalStarts,
  guardedSticky,
  hasLooseSpace,
  isAllCaps,
  isNameTrail,
  isUpperStart,
  phraseBefore,
  phraseSet,
  phraseSticky,
  RB,
  titleCase,
} from './text.ts';
import type { Organization } from './types.ts';

export interface OrgMention {
  start: number;
  end: number;
  /** The name as written, whitespace collapsed. */
  name: string;
  /** 0 gazetteer, 1 people's committee/council pattern, 2 generic head + name. */
  source: 0 | 1 | 2;
}

// Case-insensitive patterns run case-sensitively on the lower-cased text (same length, much faster).
const GAZ_AT = phraseSticky(AGENCY_NAMES.map((n) => n.toLowerCase()));
// "Ban cán sự đảng UBND tỉnh", "Đảng đoàn Quốc hội", "Thường trực HĐND tỉnh": a unit of the body named after it.
const PARTY_UNIT_AT = phraseSticky(['ban cán sự đảng', 'đảng đoàn', 'thường trực'], { end: 'before-word' });
const STANDING_OF =
  /^(?:Hội đồng nhân dân|HĐND|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Quốc hội|Ủy ban Mặt trận|Ủy ban MTTQ|UBMTTQ)/i;
// "của Bộ Chính trị và Quy định số 131-QĐ/TW": a document's kind after "và" ends the body's name.
const KIND_AT = phraseSticky(KIND_WORDS.map((k) => k.toLowerCase()));

const LEVEL_WORD = 'tỉnh|thành phố|tp\\.?|huyện|quận|thị xã|xã|phường|thị trấn';
const COMMITTEE = `(?:ủy ban nhân dân|hội đồng nhân dân|ubnd|hđnd|ủy ban mttq(?:\\s+việt nam)?|ủy ban mặt trận tổ quốc(?:\\s+việt nam)?)(?:\\s+(?:${LEVEL_WORD})${RB})?`;
const COMMITTEE_AT = guardedSticky(COMMITTEE, 'y', [
  'ủy ban nhân dân',
  'hội đồng nhân dân',
  'ubnd',
  'hđnd',
  'ủy ban mttq',
  'ủy ban mặt trận tổ quốc',
]);

const HEAD_AT = phraseSticky(AGENCY_HEADS, { end: 'before-word' });
// The first words of the names and the heads in the keyword index (lower case, which keeps a word's
// letters where they are): a capital where none starts begins no name or head, and the trie is not
// walked there.
const GAZ_WORDS = keywordGroup(AGENCY_NAMES.map((n) => n.toLowerCase()));
const HEAD_WORDS = keywordGroup(AGENCY_HEADS.map((h) => h.toLowerCase()));

const LEVEL_AT = new RegExp(`[ \\t\\n]{1,3}(${LEVEL_WORD})${RB}`, 'y');
const CAP_RUN_AT =
  /[ \t]{1,3}([A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100\u0102\u0104\u0106\u0108\u010A\u010C\u010E\u0110\u0112\u0114\u0116\u0118\u011A\u011C\u011E\u0120\u0122\u0124\u0126\u0128\u012A\u012C\u012E\u0130\u0132\u0134\u0136\u0139\u013B\u013D\u013F\u0141\u0143\u0145\u0147\u014A\u014C\u014E\u0150\u0152\u0154\u0156\u0158\u015A\u015C\u015E\u0160\u0162\u0164\u0166\u0168\u016A\u016C\u016E\u0170\u0172\u0174\u0176\u0178\u0179\u017B\u017D\u0181\u0182\u0184\u0186\u0187\u0189-\u018B\u018E-\u0191\u0193\u0194\u0196-\u0198\u019C\u019D\u019F\u01A0\u01A2\u01A4\u01A6\u01A7\u01A9\u01AC\u01AE\u01AF\u01B1-\u01B3\u01B5\u01B7\u01B8\u01BC\u01C4\u01C7\u01CA\u01CD\u01CF\u01D1\u01D3\u01D5\u01D7\u01D9\u01DB\u01DE\u01E0\u01E2\u01E4\u01E6\u01E8\u01EA\u01EC\u01EE\u01F1\u01F4\u01F6-\u01F8\u01FA\u01FC\u01FE\u0200\u0202\u0204\u0206\u0208\u020A\u020C\u020E\u0210\u0212\u0214\u0216\u0218\u021A\u021C\u021E\u0220\u0222\u0224\u0226\u0228\u022A\u022C\u022E\u0230\u0232\u023A\u023B\u023D\u023E\u0241\u0243-\u0246\u0248\u024A\u024C\u024E\u1E00\u1E02\u1E04\u1E06\u1E08\u1E0A\u1E0C\u1E0E\u1E10\u1E12\u1E14\u1E16\u1E18\u1E1A\u1E1C\u1E1E\u1E20\u1E22\u1E24\u1E26\u1E28\u1E2A\u1E2C\u1E2E\u1E30\u1E32\u1E34\u1E36\u1E38\u1E3A\u1E3C\u1E3E\u1E40\u1E42\u1E44\u1E46\u1E48\u1E4A\u1E4C\u1E4E\u1E50\u1E52\u1E54\u1E56\u1E58\u1E5A\u1E5C\u1E5E\u1E60\u1E62\u1E64\u1E66\u1E68\u1E6A\u1E6C\u1E6E\u1E70\u1E72\u1E74\u1E76\u1E78\u1E7A\u1E7C\u1E7E\u1E80\u1E82\u1E84\u1E86\u1E88\u1E8A\u1E8C\u1E8E\u1E90\u1E92\u1E94\u1E9E\u1EA0\u1EA2\u1EA4\u1EA6\u1EA8\u1EAA\u1EAC\u1EAE\u1EB0\u1EB2\u1EB4\u1EB6\u1EB8\u1EBA\u1EBC\u1EBE\u1EC0\u1EC2\u1EC4\u1EC6\u1EC8\u1ECA\u1ECC\u1ECE\u1ED0\u1ED2\u1ED4\u1ED6\u1ED8\u1EDA\u1EDC\u1EDE\u1EE0\u1EE2\u1EE4\u1EE6\u1EE8\u1EEA\u1EEC\u1EEE\u1EF0\u1EF2\u1EF4\u1EF6\u1EF8\u1EFA\u1EFC\u1EFE][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]*(?:[ \t]{1,2}(?:-[ \t]{1,2})?[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100\u0102\u0104\u0106\u0108\u010A\u010C\u010E\u0110\u0112\u0114\u0116\u0118\u011A\u011C\u011E\u0120\u0122\u0124\u0126\u0128\u012A\u012C\u012E\u0130\u0132\u0134\u0136\u0139\u013B\u013D\u013F\u0141\u0143\u0145\u0147\u014A\u014C\u014E\u0150\u0152\u0154\u0156\u0158\u015A\u015C\u015E\u0160\u0162\u0164\u0166\u0168\u016A\u016C\u016E\u0170\u0172\u0174\u0176\u0178\u0179\u017B\u017D\u0181\u0182\u0184\u0186\u0187\u0189-\u018B\u018E-\u0191\u0193\u0194\u0196-\u0198\u019C\u019D\u019F\u01A0\u01A2\u01A4\u01A6\u01A7\u01A9\u01AC\u01AE\u01AF\u01B1-\u01B3\u01B5\u01B7\u01B8\u01BC\u01C4\u01C7\u01CA\u01CD\u01CF\u01D1\u01D3\u01D5\u01D7\u01D9\u01DB\u01DE\u01E0\u01E2\u01E4\u01E6\u01E8\u01EA\u01EC\u01EE\u01F1\u01F4\u01F6-\u01F8\u01FA\u01FC\u01FE\u0200\u0202\u0204\u0206\u0208\u020A\u020C\u020E\u0210\u0212\u0214\u0216\u0218\u021A\u021C\u021E\u0220\u0222\u0224\u0226\u0228\u022A\u022C\u022E\u0230\u0232\u023A\u023B\u023D\u023E\u0241\u0243-\u0246\u0248\u024A\u024C\u024E\u1E00\u1E02\u1E04\u1E06\u1E08\u1E0A\u1E0C\u1E0E\u1E10\u1E12\u1E14\u1E16\u1E18\u1E1A\u1E1C\u1E1E\u1E20\u1E22\u1E24\u1E26\u1E28\u1E2A\u1E2C\u1E2E\u1E30\u1E32\u1E34\u1E36\u1E38\u1E3A\u1E3C\u1E3E\u1E40\u1E42\u1E44\u1E46\u1E48\u1E4A\u1E4C\u1E4E\u1E50\u1E52\u1E54\u1E56\u1E58\u1E5A\u1E5C\u1E5E\u1E60\u1E62\u1E64\u1E66\u1E68\u1E6A\u1E6C\u1E6E\u1E70\u1E72\u1E74\u1E76\u1E78\u1E7A\u1E7C\u1E7E\u1E80\u1E82\u1E84\u1E86\u1E88\u1E8A\u1E8C\u1E8E\u1E90\u1E92\u1E94\u1E9E\u1EA0\u1EA2\u1EA4\u1EA6\u1EA8\u1EAA\u1EAC\u1EAE\u1EB0\u1EB2\u1EB4\u1EB6\u1EB8\u1EBA\u1EBC\u1EBE\u1EC0\u1EC2\u1EC4\u1EC6\u1EC8\u1ECA\u1ECC\u1ECE\u1ED0\u1ED2\u1ED4\u1ED6\u1ED8\u1EDA\u1EDC\u1EDE\u1EE0\u1EE2\u1EE4\u1EE6\u1EE8\u1EEA\u1EEC\u1EEE\u1EF0\u1EF2\u1EF4\u1EF6\u1EF8\u1EFA\u1EFC\u1EFE][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]*){0,3})/y;
const PLACE_AT_SP = /[ \t\n]{1,3}(?=\S)/y;

const TITLE_WORDS = [
  ...TITLE_HEADS,
  'Đại hội đại biểu',
  'Đại hội',
  'Đại biểu',
  'Lãnh đạo',
  'Ủy viên',
  'Chánh',
  'Phó Chánh',
];
// Case-sensitive ("thay đổi thành viên Ủy ban X" is an act on the body, "Thành viên Chính phủ" a title),
// with the all-capital forms of header lines ("BỘ TRƯỞNG BỘ Y TẾ").
// Case-sensitive sets ("thay đổi thành viên Ủy ban X" acts on the body, "Thành viên Chính phủ" is a title),
// with the all-capital forms of header lines ("BỘ TRƯỞNG BỘ Y TẾ").
const TITLE_SET = new Set([
  ...TITLE_WORDS,
  ...TITLE_WORDS.map((t) => t.toUpperCase()),
  'trưởng ban',
  'chánh văn phòng',
  // "Luật Tổ chức Chính phủ" names a law, not the body acting.
  'Luật Tổ chức',
  'Luật tổ chức',
]);
const TITLE_MAX_WORDS = Math.max(...[...TITLE_SET].map((t) => t.split(' ').length));
const GENERIC_SET = new Set(['các', 'những', 'mọi', 'từng', 'nhiều', 'một số', 'Các', 'Những', 'Mọi']);
const MEMBER_SET = new Set(['tham gia', 'gia nhập']);
// A title, a generic group or a membership right before a body: it does not act.
const NOT_ACTING_BEFORE = phraseSet([...TITLE_SET, ...GENERIC_SET, ...MEMBER_SET]);
const MEMBER_BEFORE = phraseSet(MEMBER_SET);
const NOT_BODY_AFTER =
  /^[ \t]+(?:điện tử|số|số hóa|kiến tạo|liêm chính)(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/;

/** Level word + place, or a known place, right after a body's name: "UBND tỉnh" + " Thái Nguyên". */
function extendPlace(text: string, lower: string, end: number, allCaps: boolean, hasLevel: boolean): number {
  let e = end;
  // "Kho bạc Nhà nước khu vực XII", "Hải quan khu vực 3": a region's body is named by its number.
  if (lower.endsWith('khu vực', e)) {
    REGION_NUMBER_AT.lastIndex = e;
    if (REGION_NUMBER_AT.test(text)) return REGION_NUMBER_AT.lastIndex;
  }
  if (!hasLevel) {
    LEVEL_AT.lastIndex = e;
    const lv = LEVEL_AT.exec(lower);
    if (lv && (!allCaps || isAllCaps(text.slice(LEVEL_AT.lastIndex - lv[1].length, LEVEL_AT.lastIndex)))) {
      const after = placeAt(text, lower, LEVEL_AT.lastIndex, allCaps, true);
      // "Sở Y tế tỉnh" — keep the level word only with a place, or at the end of a clause.
      if (after > 0) return after;
      return e;
    }
  }
  const p = placeAt(text, lower, e, allCaps, hasLevel);
  if (p > 0) e = p;
  return e;
}

// (At module level: a pattern literal in the function is a new object on every call.)
const REGION_NUMBER_AT =
  /[ \t]+(?:[IVX]{1,6}|\d{1,2})(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF0-9])/y;
const VIET_NAM_AT = /Việt Nam(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/y;

function placeAt(text: string, lower: string, pos: number, allCaps: boolean, afterLevel: boolean): number {
  PLACE_AT_SP.lastIndex = pos;
  if (!PLACE_AT_SP.test(text)) return -1;
  const s = PLACE_AT_SP.lastIndex;
  if (text.charAt(s - 1) === '\n' && !allCaps) return -1;
  PROVINCE_AT.lastIndex = s;
  const pm = PROVINCE_AT.exec(lower);
  if (pm) {
    const written = text.slice(s, PROVINCE_AT.lastIndex);
    if (allCaps ? isAllCaps(written) : isUpperStart(written)) return PROVINCE_AT.lastIndex;
  }
  VIET_NAM_AT.lastIndex = s;
  if (!allCaps && VIET_NAM_AT.test(text)) return VIET_NAM_AT.lastIndex;
  if (!afterLevel || allCaps) return -1;
  CAP_RUN_AT.lastIndex = pos;
  const cm = CAP_RUN_AT.exec(text);
  if (!cm) return -1;
  const words = cm[1].split(/[ \t-]+/).filter(Boolean);
  // A capitalised run after "tỉnh"/"xã" is the place's name, unless it is a person ("xã Nguyễn Văn A" is rare).
  if (words.length >= 2 && SURNAMES.has(words[0]) && !isPlace(cm[1]) && words.length >= 3) return -1;
  return CAP_RUN_AT.lastIndex;
}

/** Generic head ("Sở", "Ban", "Ủy ban") followed by the words of a name. */
function genericTail(text: string, lower: string, headEnd: number): number {
  let pos = headEnd;
  let prev = '';
  let count = 0;
  for (;;) {
    const next = tokenAt(text, pos);
    if (next < 0) break;
    const tokStart = TOKEN.start;
    const tok = text.slice(tokStart, next);
    const dashed = TOKEN.dashed;
    let take = false;
    if (count === 0) {
      if (dashed) break;
      if (isUpperStart(tok)) take = !SURNAMES.has(tok) || !nextIsCap(text, next);
      else {
        const next2 = tokenAt(text, next);
        const tok2Start = TOKEN.start;
        const tok2 = next2 < 0 ? '' : text.slice(tok2Start, next2);
        if (
          next2 >= 0 &&
          mayBePairSecond(text, tok2Start, next2) &&
          NAME_PAIR_SECONDS.has(fold(tok2)) &&
          NAME_WORDS.has(fold(`${tok} ${tok2}`))
        ) {
          pos = next2;
          prev = tok2;
          count += 2;
          continue;
        }
      }
    } else if (tok === 'và' && !dashed) {
      const next2 = tokenAt(text, next);
      const tok2 = next2 < 0 ? '' : text.slice(TOKEN.start, next2);
      // "Kế hoạch và Đầu tư" continues a name; "và Tổ biên tập" starts another body.
      KIND_AT.lastIndex = next + 1;
      if (
        next2 >= 0 &&
        isUpperStart(tok2) &&
        !SURNAMES.has(tok2) &&
        !startsBody(text, lower, next) &&
        !(text.charCodeAt(next) === 32 && KIND_AT.test(lower))
      ) {
        pos = next2;
        prev = tok2;
        count += 2;
        continue;
      }
      break;
    } else if (isUpperStart(tok)) {
      if (SURNAMES.has(tok) && nextIsCap(text, next)) break;
      take = true;
    } else if (
      !dashed &&
      mayBePairSecond(text, tokStart, next) &&
      NAME_PAIR_SECONDS.has(fold(tok)) &&
      NAME_WORDS.has(fold(`${prev} ${tok}`))
    )
      take = true;
    if (!take) break;
    pos = next;
    prev = tok;
    if (++count >= 10) break;
  }
  return count === 0 ? -1 : pos;
}

/** Where the last `tokenAt` found its word, and whether a hyphen came before it ("Sở Y - tế"). */
export const TOKEN = { start: 0, dashed: false };

/**
 * TOKEN_AT (`[ \t]{1,3}(?:-[ \t]{1,3})?` then a word of letters, digits and apostrophes) at `pos`, by
 * table: the end of the match, or -1, with the word's start and the hyphen in TOKEN. A name's words are
 * read one by one after every generic head; the pattern built a match array for each. Backtracking
 * gains nothing here: fewer blanks leave a blank where the hyphen or the word must be.
 */
export function tokenAt(text: string, pos: number): number {
  let i = pos;
  while (i < pos + 3 && isBlankOrTab(text.charCodeAt(i))) i++;
  if (i === pos) return -1;
  let dashed = false;
  if (text.charCodeAt(i) === 45) {
    let j = i + 1;
    while (j < i + 4 && isBlankOrTab(text.charCodeAt(j))) j++;
    if (j === i + 1) return -1;
    i = j;
    dashed = true;
  }
  const c = text.charCodeAt(i);
  if (!(CHAR_KIND[c] & 4 || c === 39)) return -1;
  TOKEN.start = i;
  TOKEN.dashed = dashed;
  i++;
  while (i < text.length) {
    const d = text.charCodeAt(i);
    if (!(CHAR_KIND[d] & 2 || d === 39)) break;
    i++;
  }
  return i;
}

function isBlankOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

function startsBody(text: string, lower: string, pos: number): boolean {
  // `/[ \t]+/y` at `pos`, by character codes.
  let at = pos;
  while (isBlankOrTab(text.charCodeAt(at))) at++;
  if (at === pos) return false;
  GAZ_AT.lastIndex = at;
  if (GAZ_AT.test(lower) && isUpperStart(text.charAt(at))) return true;
  COMMITTEE_AT.lastIndex = at;
  if (COMMITTEE_AT.test(lower) && isUpperStart(text.charAt(at))) return true;
  HEAD_AT.lastIndex = at;
  return HEAD_AT.test(text);
}

function nextIsCap(text: string, pos: number): boolean {
  return tokenAt(text, pos) >= 0 && !TOKEN.dashed && isUpperStart(text.charAt(TOKEN.start));
}

/** The body named at `pos`, if any (longest of the three recognisers). */
/** The longer of `best` and the mention from `pos` to `end` (a module function: tsx names every closure made per call). */
function longer(
  best: OrgMention | null,
  text: string,
  pos: number,
  end: number,
  source: 0 | 1 | 2,
): OrgMention | null {
  return end > pos && (!best || end > best.end) ? mention(text, pos, end, source) : best;
}

export function orgAt(text: string, lower: string, pos: number): OrgMention | null {
  let best: OrgMention | null = null;
  GAZ_AT.lastIndex = pos;
  const g = GAZ_AT.exec(lower);
  if (g && isUpperStart(text.charAt(pos))) {
    const e = GAZ_AT.lastIndex;
    best = longer(best, text, pos, extendPlace(text, lower, e, isAllCaps(text.slice(pos, e)), false), 0);
  }
  COMMITTEE_AT.lastIndex = pos;
  const c = COMMITTEE_AT.exec(lower);
  if (c && isUpperStart(text.charAt(pos))) {
    const e = COMMITTEE_AT.lastIndex;
    best = longer(best, text, pos, committeeEnd(text, lower, pos, e), 1);
  }
  if (!best) {
    HEAD_AT.lastIndex = pos;
    const h = HEAD_AT.exec(text);
    if (h) {
      const e = genericTail(text, lower, HEAD_AT.lastIndex);
      if (e > 0) best = longer(best, text, pos, extendPlace(text, lower, e, false, false), 2);
    }
  }
  return best;
}

/** `/(?:LEVEL_WORD)$/` as a list of the endings it accepts ("tp\.?" is "tp" or "tp."). */
const LEVEL_ENDINGS = LEVEL_WORD.split('|').flatMap((w) => (w === 'tp\\.?' ? ['tp', 'tp.'] : [w]));
/**
 * Whether `lower.slice(from, to)` ends with a level word: what `/(?:LEVEL_WORD)$/` tells of
 * `text.slice(from, to).toLowerCase()` (lower case maps letter by letter, the same in the slice as in
 * the whole text for the letters of the level words), read in place without slicing and case-mapping
 * the name.
 */
export function endsWithLevel(lower: string, from: number, to: number): boolean {
  for (const w of LEVEL_ENDINGS) if (to - from >= w.length && lower.startsWith(w, to - w.length)) return true;
  return false;
}
function committeeEnd(text: string, lower: string, start: number, end: number): number {
  const matched = text.slice(start, end);
  const hasLevel = endsWithLevel(lower, start, end);
  // "UBND TP Hồ Chí Minh": abbreviations are capitals in any text; only words in capitals make a header.
  const words = matched.replace(/(?:UBND|HĐND|UBMTTQ|MTTQ|TP\.?)(?![A-Za-zÀ-ỹĐđ])/g, '').trim();
  return extendPlace(text, lower, end, words !== '' && isAllCaps(matched), hasLevel);
}

function mention(text: string, start: number, end: number, source: 0 | 1 | 2): OrgMention {
  let e = end;
  while (e > start && isNameTrail(text.charCodeAt(e - 1))) e--;
  const raw = text.slice(start, e);
  return { start, end: e, name: hasLooseSpace(raw) ? raw.replace(/\s+/g, ' ') : raw, source };
}

/** Every mention of a named body, longest first where they overlap. */
export function findOrgMentions(
  text: string,
  lower: string = text.toLowerCase(),
  caps: Int32Array = capitalStarts(text),
  /** `keywordHits(lower)`: with it, the tries are walked only where a first word of theirs starts. */
  hits?: KeywordHits,
): OrgMention[] {
  const found: OrgMention[] = [];
  const gazStarts = hits ? hitsOf(hits, GAZ_WORDS) : undefined;
  const headStarts = hits ? hitsOf(hits, HEAD_WORDS) : undefined;
  let gi = 0;
  let hi = 0;
  // The end of the mention kept last by the loop below the scan: a mention that starts before it is
  // dropped there, so the capitals inside a body found ("Sở Kế hoạch và Đầu tư") are not tried.
  let keptEnd = -1;
  for (const p of caps) {
    if (p < keptEnd) continue;
    const first = found.length;
    if (gazStarts) while (gi < gazStarts.length && gazStarts[gi] < p) gi++;
    if (headStarts) while (hi < headStarts.length && headStarts[hi] < p) hi++;
    GAZ_AT.lastIndex = p;
    if ((!gazStarts || gazStarts[gi] === p) && GAZ_AT.test(lower)) {
      const e = GAZ_AT.lastIndex;
      // "Đảng bộ xã" + " Tam Sơn", "Công an tỉnh" + " Nghệ An": a name ending in a level takes the place after it.
      const named = text.slice(p, e);
      found.push(
        mention(text, p, extendPlace(text, lower, e, isAllCaps(named), endsWithLevel(lower, p, e)), 0),
      );
    }
    COMMITTEE_AT.lastIndex = p;
    if (COMMITTEE_AT.test(lower)) {
      const e = COMMITTEE_AT.lastIndex;
      found.push(mention(text, p, committeeEnd(text, lower, p, e), 1));
    }
    PARTY_UNIT_AT.lastIndex = p;
    if (PARTY_UNIT_AT.test(lower)) {
      let at = PARTY_UNIT_AT.lastIndex;
      while (lower.charCodeAt(at) === 32 || lower.charCodeAt(at) === 9) at++;
      const body = isUpperStart(text.charAt(at)) ? orgAt(text, lower, at) : null;
      // "Thường trực" heads a council or a party committee; "(Thường trực Ban X)" is a role of another body.
      if (body && (lower.charCodeAt(p) !== 116 /* t */ || STANDING_OF.test(body.name)))
        found.push(mention(text, p, body.end, 0));
    }
    HEAD_AT.lastIndex = p;
    if ((!headStarts || headStarts[hi] === p) && HEAD_AT.test(text)) {
      const e = genericTail(text, lower, HEAD_AT.lastIndex);
      if (e > 0) {
        // "Trung tâm Y tế" + " huyện Ba Vì".
        const m = mention(text, p, extendPlace(text, lower, e, false, false), 2);
        if (!NOT_BODIES.test(m.name)) found.push(m);
      }
    }
    // Of the mentions at p, the loop below keeps the longest.
    for (let k = first; k < found.length; k++)
      if (k === first || found[k].end > keptEnd) keptEnd = found[k].end;
  }
  // Keep the longest of overlapping mentions; at equal length the gazetteer wins.
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.source - b.source);
  const out: OrgMention[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    out.push(f);
    lastEnd = f.end;
  }
  return out;
}

/** Is the mention a body acting in the text, rather than part of a title, a membership or a generic group? */
export function isActingBody(text: string, m: OrgMention): boolean {
  if (phraseBefore(text, m.start, TITLE_MAX_WORDS, NOT_ACTING_BEFORE) !== undefined) return false;
  // "Đại hội đại biểu Đảng bộ tỉnh lần thứ I", "Trung tâm Hội nghị tỉnh": the party organisation in the
  // name of its congress, a venue.
  if (m.name.startsWith('Đảng bộ') && CONGRESS_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)))
    return false;
  if (m.name.startsWith('Trung tâm Hội') && /^\s*nghị/.test(text.slice(m.end, m.end + 8))) return false;
  if (NOT_BODY_AFTER.test(text.slice(m.end, m.end + 20))) return false;
  if (
    /^\s+các(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/.test(
      text.slice(m.end, m.end + 8),
    )
  )
    return false;
  return true;
}

const CONGRESS_BEFORE = /Đại hội(?:\s+(?:đại biểu|lần thứ\s+[IVXLC\d]+|[IVXLC]+))*\s+$/;

const ABBR: Array<[RegExp, string]> = [
  [
    /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])ubnd(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/g,
    'ủy ban nhân dân',
  ],
  [
    /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])hđnd(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/g,
    'hội đồng nhân dân',
  ],
  [
    /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])mttq(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/g,
    'mặt trận tổ quốc',
  ],
  [
    /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])bch(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/g,
    'ban chấp hành',
  ],
  [
    /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])tw(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/g,
    'trung ương',
  ],
  [/(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])tp\.?(?=\s)/g, 'thành phố'],
];

/** `compute` behind a cache of at most `max` names: names repeat within a text and from text to text. */
function cachedByName(max: number, compute: (name: string) => string): (name: string) => string {
  const cache = new Map<string, string>();
  return (name) => {
    let out = cache.get(name);
    if (out === undefined) {
      out = compute(name);
      if (cache.size >= max) cache.clear();
      cache.set(name, out);
    }
    return out;
  };
}

/** Comparison key: case, diacritics and the usual abbreviations folded. */
export const orgKey = cachedByName(20000, computeOrgKey);

function computeOrgKey(name: string): string {
  let s = name.toLowerCase();
  for (const [re, full] of ABBR) s = s.replace(re, full);
  return fold(s)
    .replace(/[.,;:()-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function level(name: string): Organization['level'] {
  const f = orgKey(name);
  if (/(?:^| )(?:xa|phuong|thi tran)(?: |$)/.test(f)) return 'commune';
  if (/(?:^| )(?:huyen|quan|thi xa|huyen uy|quan uy)(?: |$)/.test(f)) return 'district';
  if (/(?:^| )(?:tinh|thanh pho|tinh uy|thanh uy|so)(?: |$)/.test(f) || /^so /.test(f)) return 'province';
  if (/trung uong|chinh phu|quoc hoi|^bo |bo chinh tri|ban bi thu|viet nam/.test(f)) return 'central';
  return undefined;
}

// A head and a capitalised word that are a place, a country, a code or the nation, not a body.
const NOT_BODIES =
  /^(?:Tổ Quốc|Bộ Luật|Bộ Quy tắc|Bộ Tiêu chí|Bộ Chỉ số|Bộ Công cụ|Đài Loan|Hội An|Trường Sa|Hoàng Sa|Báo Cáo|Ban Hành|Trung Tâm|Viện Dẫn|Vụ (?:Đông|Hè|Thu|Xuân|Mùa|Chiêm)(?: [A-ZĐ][a-zà-ỹđ]+)?)(?:\s|$)/;
const CANON_BY_KEY = new Map(AGENCY_NAMES.map((n) => [orgKey(n), n]));
// Header names repeat from text to text ("ỦY BAN NHÂN DÂN TỈNH …").
const capsDisplayName = cachedByName(5000, allCapsDisplayName);
/** Display form: all-capital headers ("ỦY BAN NHÂN DÂN TỈNH NINH THUẬN") in ordinary case. */
export function displayName(name: string): string {
  return isAllCaps(name) ? capsDisplayName(name) : name;
}
function allCapsDisplayName(name: string): string {
  const words = name.split(' ');
  // The longest known body at the start, the rest (a place) in title case: "TỈNH ỦY BẮC GIANG" → "Tỉnh ủy Bắc Giang".
  for (let k = words.length; k >= 1; k--) {
    const head = words.slice(0, k).join(' ');
    const canon = CANON_BY_KEY.get(orgKey(head));
    if (canon) return `${canon}${k < words.length ? ` ${placeCase(words.slice(k).join(' '))}` : ''}`;
  }
  if (/^(?:UBND|HĐND)(?:\s|$)/.test(name))
    return `${words[0]}${words.length > 1 ? ` ${placeCase(words.slice(1).join(' '))}` : ''}`;
  const m = /^(ủy ban nhân dân|hội đồng nhân dân)(.*)$/.exec(name.toLowerCase());
  if (m) return `${m[1].charAt(0).toUpperCase()}${m[1].slice(1)}${placeCase(m[2])}`;
  const lower = name.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** "TỈNH HÀ GIANG" → "tỉnh Hà Giang": level words in lower case, names in title case. */
function placeCase(s: string): string {
  return titleCase(s).replace(/(^|\s)(Tỉnh|Thành Phố|Huyện|Xã|Phường|Quận|Thị Xã|Thị Trấn)(?=\s|$)/g, (w) =>
    w.toLowerCase(),
  );
}

export function extractOrganizations(text: string, mentions: readonly OrgMention[]): Organization[] {
  const byKey = new Map<string, Organization>();
  const excludedMember: Array<[number, number]> = [];
  for (const m of mentions) {
    let acting = isActingBody(text, m);
    // "tham gia Ban Hội thẩm và Cơ quan Phúc thẩm": the second body is part of the same membership.
    const prevEx = excludedMember[excludedMember.length - 1];
    if (acting && prevEx && /^\s*(?:và|,)\s*$/.test(text.slice(prevEx[1], m.start))) acting = false;
    if (!acting) {
      if (
        phraseBefore(text, m.start, 2, MEMBER_BEFORE) !== undefined ||
        (prevEx && prevEx[1] <= m.start && /^\s*(?:và|,)\s*$/.test(text.slice(prevEx[1], m.start)))
      )
        excludedMember.push([m.start, m.end]);
      continue;
    }
    const key = orgKey(m.name);
    if (!key) continue;
    const existing = byKey.get(key);
    const name = displayName(m.name);
    if (existing) {
      // Prefer the written-out form as the name, keep the abbreviated one.
      if (/UBND|HĐND|MTTQ/.test(existing.name) && !/UBND|HĐND|MTTQ/.test(name)) {
        existing.abbreviation = existing.name;
        existing.name = name;
      } else if (!/UBND|HĐND|MTTQ/.test(existing.name) && /UBND|HĐND|MTTQ/.test(name))
        existing.abbreviation ??= name;
      continue;
    }
    const org: Organization = { name, span: [m.start, m.end] };
    const lv = level(m.name);
    if (lv) org.level = lv;
    byKey.set(key, org);
  }
  // "UBND tỉnh" and "UBND tỉnh Thái Nguyên" are one body: keep the fullest form.
  const keys = [...byKey.keys()].sort();
  const out: Organization[] = [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (i + 1 < keys.length && keys[i + 1].startsWith(`${k} `)) continue;
    out.push(byKey.get(k)!);
  }
  out.sort((a, b) => a.span[0] - b.span[0]);
  return withoutInitialisms(out);
}

/**
 * "Sở Giao thông vận tải (GTVT) … Sở GTVT": the body's name with its words shortened to their
 * initials is the same body; it stays as the abbreviation of the written-out name.
 */
function withoutInitialisms(orgs: Organization[]): Organization[] {
  const drop = new Set<Organization>();
  for (const o of orgs) {
    const short = INITIALISM.exec(o.name);
    if (!short) continue;
    const [, head, letters] = short;
    const full = orgs.find(
      (f) =>
        f !== o &&
        f.name.startsWith(`${head} `) &&
        initialsOf(f.name.slice(head.length + 1)).startsWith(fold(letters)),
    );
    if (!full) continue;
    full.abbreviation ??= o.name;
    drop.add(o);
  }
  return drop.size ? orgs.filter((o) => !drop.has(o)) : orgs;
}
const INITIALISM = /^(Sở|Bộ|Ban|Cục|Phòng|Vụ|Trung tâm|Chi cục|Tổng cục) ([A-ZĐ&]{2,8})$/;
/** "Giao thông vận tải tỉnh Quảng Nam" → "gtvttqn": the first letters of its words, folded. */
function initialsOf(name: string): string {
  return fold(
    name
      .split(/[\s-]+/)
      .filter((w) => w && w !== 'và')
      .map((w) => w.charAt(0))
      .join(''),
  );
}

import { HONORIFICS, isPlace, SURNAMES, TITLE_HEADS } from './gazetteer.ts';
import { hitsOf, type KeywordHits, keywordGroup } from './keywords.ts';
import { orgAt } from './organizations.ts';
import { capitalStarts, hasLooseSpace, isJsSpace, phraseBefore, phraseSet, phraseSticky } from './text.ts';
import type { Person } from './types.ts';

// A run of capitalised syllables on one line: "Nguyễn Phú Trọng", "H'Hen Niê".
const CAP_RUN =
  /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF0-9'])[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100\u0102\u0104\u0106\u0108\u010A\u010C\u010E\u0110\u0112\u0114\u0116\u0118\u011A\u011C\u011E\u0120\u0122\u0124\u0126\u0128\u012A\u012C\u012E\u0130\u0132\u0134\u0136\u0139\u013B\u013D\u013F\u0141\u0143\u0145\u0147\u014A\u014C\u014E\u0150\u0152\u0154\u0156\u0158\u015A\u015C\u015E\u0160\u0162\u0164\u0166\u0168\u016A\u016C\u016E\u0170\u0172\u0174\u0176\u0178\u0179\u017B\u017D\u0181\u0182\u0184\u0186\u0187\u0189-\u018B\u018E-\u0191\u0193\u0194\u0196-\u0198\u019C\u019D\u019F\u01A0\u01A2\u01A4\u01A6\u01A7\u01A9\u01AC\u01AE\u01AF\u01B1-\u01B3\u01B5\u01B7\u01B8\u01BC\u01C4\u01C7\u01CA\u01CD\u01CF\u01D1\u01D3\u01D5\u01D7\u01D9\u01DB\u01DE\u01E0\u01E2\u01E4\u01E6\u01E8\u01EA\u01EC\u01EE\u01F1\u01F4\u01F6-\u01F8\u01FA\u01FC\u01FE\u0200\u0202\u0204\u0206\u0208\u020A\u020C\u020E\u0210\u0212\u0214\u0216\u0218\u021A\u021C\u021E\u0220\u0222\u0224\u0226\u0228\u022A\u022C\u022E\u0230\u0232\u023A\u023B\u023D\u023E\u0241\u0243-\u0246\u0248\u024A\u024C\u024E\u1E00\u1E02\u1E04\u1E06\u1E08\u1E0A\u1E0C\u1E0E\u1E10\u1E12\u1E14\u1E16\u1E18\u1E1A\u1E1C\u1E1E\u1E20\u1E22\u1E24\u1E26\u1E28\u1E2A\u1E2C\u1E2E\u1E30\u1E32\u1E34\u1E36\u1E38\u1E3A\u1E3C\u1E3E\u1E40\u1E42\u1E44\u1E46\u1E48\u1E4A\u1E4C\u1E4E\u1E50\u1E52\u1E54\u1E56\u1E58\u1E5A\u1E5C\u1E5E\u1E60\u1E62\u1E64\u1E66\u1E68\u1E6A\u1E6C\u1E6E\u1E70\u1E72\u1E74\u1E76\u1E78\u1E7A\u1E7C\u1E7E\u1E80\u1E82\u1E84\u1E86\u1E88\u1E8A\u1E8C\u1E8E\u1E90\u1E92\u1E94\u1E9E\u1EA0\u1EA2\u1EA4\u1EA6\u1EA8\u1EAA\u1EAC\u1EAE\u1EB0\u1EB2\u1EB4\u1EB6\u1EB8\u1EBA\u1EBC\u1EBE\u1EC0\u1EC2\u1EC4\u1EC6\u1EC8\u1ECA\u1ECC\u1ECE\u1ED0\u1ED2\u1ED4\u1ED6\u1ED8\u1EDA\u1EDC\u1EDE\u1EE0\u1EE2\u1EE4\u1EE6\u1EE8\u1EEA\u1EEC\u1EEE\u1EF0\u1EF2\u1EF4\u1EF6\u1EF8\u1EFA\u1EFC\u1EFE][a-z\u00DF-\u00F6\u00F8-\u00FF\u0101\u0103\u0105\u0107\u0109\u010B\u010D\u010F\u0111\u0113\u0115\u0117\u0119\u011B\u011D\u011F\u0121\u0123\u0125\u0127\u0129\u012B\u012D\u012F\u0131\u0133\u0135\u0137\u0138\u013A\u013C\u013E\u0140\u0142\u0144\u0146\u0148\u0149\u014B\u014D\u014F\u0151\u0153\u0155\u0157\u0159\u015B\u015D\u015F\u0161\u0163\u0165\u0167\u0169\u016B\u016D\u016F\u0171\u0173\u0175\u0177\u017A\u017C\u017E-\u0180\u0183\u0185\u0188\u018C\u018D\u0192\u0195\u0199-\u019B\u019E\u01A1\u01A3\u01A5\u01A8\u01AA\u01AB\u01AD\u01B0\u01B4\u01B6\u01B9\u01BA\u01BD-\u01BF\u01C6\u01C9\u01CC\u01CE\u01D0\u01D2\u01D4\u01D6\u01D8\u01DA\u01DC\u01DD\u01DF\u01E1\u01E3\u01E5\u01E7\u01E9\u01EB\u01ED\u01EF\u01F0\u01F3\u01F5\u01F9\u01FB\u01FD\u01FF\u0201\u0203\u0205\u0207\u0209\u020B\u020D\u020F\u0211\u0213\u0215\u0217\u0219\u021B\u021D\u021F\u0221\u0223\u0225\u0227\u0229\u022B\u022D\u022F\u0231\u0233-\u0239\u023C\u023F\u0240\u0242\u0247\u0249\u024B\u024D\u024F\u1E01\u1E03\u1E05\u1E07\u1E09\u1E0B\u1E0D\u1E0F\u1E11\u1E13\u1E15\u1E17\u1E19\u1E1B\u1E1D\u1E1F\u1E21\u1E23\u1E25\u1E27\u1E29\u1E2B\u1E2D\u1E2F\u1E31\u1E33\u1E35\u1E37\u1E39\u1E3B\u1E3D\u1E3F\u1E41\u1E43\u1E45\u1E47\u1E49\u1E4B\u1E4D\u1E4F\u1E51\u1E53\u1E55\u1E57\u1E59\u1E5B\u1E5D\u1E5F\u1E61\u1E63\u1E65\u1E67\u1E69\u1E6B\u1E6D\u1E6F\u1E71\u1E73\u1E75\u1E77\u1E79\u1E7B\u1E7D\u1E7F\u1E81\u1E83\u1E85\u1E87\u1E89\u1E8B\u1E8D\u1E8F\u1E91\u1E93\u1E95-\u1E9D\u1E9F\u1EA1\u1EA3\u1EA5\u1EA7\u1EA9\u1EAB\u1EAD\u1EAF\u1EB1\u1EB3\u1EB5\u1EB7\u1EB9\u1EBB\u1EBD\u1EBF\u1EC1\u1EC3\u1EC5\u1EC7\u1EC9\u1ECB\u1ECD\u1ECF\u1ED1\u1ED3\u1ED5\u1ED7\u1ED9\u1EDB\u1EDD\u1EDF\u1EE1\u1EE3\u1EE5\u1EE7\u1EE9\u1EEB\u1EED\u1EEF\u1EF1\u1EF3\u1EF5\u1EF7\u1EF9\u1EFB\u1EFD\u1EFF']*(?:[ ]{1,2}[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100\u0102\u0104\u0106\u0108\u010A\u010C\u010E\u0110\u0112\u0114\u0116\u0118\u011A\u011C\u011E\u0120\u0122\u0124\u0126\u0128\u012A\u012C\u012E\u0130\u0132\u0134\u0136\u0139\u013B\u013D\u013F\u0141\u0143\u0145\u0147\u014A\u014C\u014E\u0150\u0152\u0154\u0156\u0158\u015A\u015C\u015E\u0160\u0162\u0164\u0166\u0168\u016A\u016C\u016E\u0170\u0172\u0174\u0176\u0178\u0179\u017B\u017D\u0181\u0182\u0184\u0186\u0187\u0189-\u018B\u018E-\u0191\u0193\u0194\u0196-\u0198\u019C\u019D\u019F\u01A0\u01A2\u01A4\u01A6\u01A7\u01A9\u01AC\u01AE\u01AF\u01B1-\u01B3\u01B5\u01B7\u01B8\u01BC\u01C4\u01C7\u01CA\u01CD\u01CF\u01D1\u01D3\u01D5\u01D7\u01D9\u01DB\u01DE\u01E0\u01E2\u01E4\u01E6\u01E8\u01EA\u01EC\u01EE\u01F1\u01F4\u01F6-\u01F8\u01FA\u01FC\u01FE\u0200\u0202\u0204\u0206\u0208\u020A\u020C\u020E\u0210\u0212\u0214\u0216\u0218\u021A\u021C\u021E\u0220\u0222\u0224\u0226\u0228\u022A\u022C\u022E\u0230\u0232\u023A\u023B\u023D\u023E\u0241\u0243-\u0246\u0248\u024A\u024C\u024E\u1E00\u1E02\u1E04\u1E06\u1E08\u1E0A\u1E0C\u1E0E\u1E10\u1E12\u1E14\u1E16\u1E18\u1E1A\u1E1C\u1E1E\u1E20\u1E22\u1E24\u1E26\u1E28\u1E2A\u1E2C\u1E2E\u1E30\u1E32\u1E34\u1E36\u1E38\u1E3A\u1E3C\u1E3E\u1E40\u1E42\u1E44\u1E46\u1E48\u1E4A\u1E4C\u1E4E\u1E50\u1E52\u1E54\u1E56\u1E58\u1E5A\u1E5C\u1E5E\u1E60\u1E62\u1E64\u1E66\u1E68\u1E6A\u1E6C\u1E6E\u1E70\u1E72\u1E74\u1E76\u1E78\u1E7A\u1E7C\u1E7E\u1E80\u1E82\u1E84\u1E86\u1E88\u1E8A\u1E8C\u1E8E\u1E90\u1E92\u1E94\u1E9E\u1EA0\u1EA2\u1EA4\u1EA6\u1EA8\u1EAA\u1EAC\u1EAE\u1EB0\u1EB2\u1EB4\u1EB6\u1EB8\u1EBA\u1EBC\u1EBE\u1EC0\u1EC2\u1EC4\u1EC6\u1EC8\u1ECA\u1ECC\u1ECE\u1ED0\u1ED2\u1ED4\u1ED6\u1ED8\u1EDA\u1EDC\u1EDE\u1EE0\u1EE2\u1EE4\u1EE6\u1EE8\u1EEA\u1EEC\u1EEE\u1EF0\u1EF2\u1EF4\u1EF6\u1EF8\u1EFA\u1EFC\u1EFE][a-z\u00DF-\u00F6\u00F8-\u00FF\u0101\u0103\u0105\u0107\u0109\u010B\u010D\u010F\u0111\u0113\u0115\u0117\u0119\u011B\u011D\u011F\u0121\u0123\u0125\u0127\u0129\u012B\u012D\u012F\u0131\u0133\u0135\u0137\u0138\u013A\u013C\u013E\u0140\u0142\u0144\u0146\u0148\u0149\u014B\u014D\u014F\u0151\u0153\u0155\u0157\u0159\u015B\u015D\u015F\u0161\u0163\u0165\u0167\u0169\u016B\u016D\u016F\u0171\u0173\u0175\u0177\u017A\u017C\u017E-\u0180\u0183\u0185\u0188\u018C\u018D\u0192\u0195\u0199-\u019B\u019E\u01A1\u01A3\u01A5\u01A8\u01AA\u01AB\u01AD\u01B0\u01B4\u01B6\u01B9\u01BA\u01BD-\u01BF\u01C6\u01C9\u01CC\u01CE\u01D0\u01D2\u01D4\u01D6\u01D8\u01DA\u01DC\u01DD\u01DF\u01E1\u01E3\u01E5\u01E7\u01E9\u01EB\u01ED\u01EF\u01F0\u01F3\u01F5\u01F9\u01FB\u01FD\u01FF\u0201\u0203\u0205\u0207\u0209\u020B\u020D\u020F\u0211\u0213\u0215\u0217\u0219\u021B\u021D\u021F\u0221\u0223\u0225\u0227\u0229\u022B\u022D\u022F\u0231\u0233-\u0239\u023C\u023F\u0240\u0242\u0247\u0249\u024B\u024D\u024F\u1E01\u1E03\u1E05\u1E07\u1E09\u1E0B\u1E0D\u1E0F\u1E11\u1E13\u1E15\u1E17\u1E19\u1E1B\u1E1D\u1E1F\u1E21\u1E23\u1E25\u1E27\u1E29\u1E2B\u1E2D\u1E2F\u1E31\u1E33\u1E35\u1E37\u1E39\u1E3B\u1E3D\u1E3F\u1E41\u1E43\u1E45\u1E47\u1E49\u1E4B\u1E4D\u1E4F\u1E51\u1E53\u1E55\u1E57\u1E59\u1E5B\u1E5D\u1E5F\u1E61\u1E63\u1E65\u1E67\u1E69\u1E6B\u1E6D\u1E6F\u1E71\u1E73\u1E75\u1E77\u1E79\u1E7B\u1E7D\u1E7F\u1E81\u1E83\u1E85\u1E87\u1E89\u1E8B\u1E8D\u1E8F\u1E91\u1E93\u1E95-\u1E9D\u1E9F\u1EA1\u1EA3\u1EA5\u1EA7\u1EA9\u1EAB\u1EAD\u1EAF\u1EB1\u1EB3\u1EB5\u1EB7\u1EB9\u1EBB\u1EBD\u1EBF\u1EC1\u1EC3\u1EC5\u1EC7\u1EC9\u1ECB\u1ECD\u1ECF\u1ED1\u1ED3\u1ED5\u1ED7\u1ED9\u1EDB\u1EDD\u1EDF\u1EE1\u1EE3\u1EE5\u1EE7\u1EE9\u1EEB\u1EED\u1EEF\u1EF1\u1EF3\u1EF5\u1EF7\u1EF9\u1EFB\u1EFD\u1EFF']*){1,6}(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF0-9])/g;
const CAP_RUN_AT = new RegExp(CAP_RUN.source, 'y');
// CAP_RUN's capital and small letters, by table: see `capitalWordFollows`.
const CAP_RUN_CLASSES = /^\(\?<!\[[^\]]*\]\)(\[[^\]]*\])(\[[^\]]*\])\*/.exec(CAP_RUN.source);
if (!CAP_RUN_CLASSES) throw new Error('CAP_RUN: expected a look-behind, then a capital and small letters');
const RUN_CAPITAL = 1;
const RUN_SMALL = 2;
const RUN_LETTER = (() => {
  const t = new Uint8Array(0x10000);
  const capital = new RegExp(`^${CAP_RUN_CLASSES[1]}$`);
  const small = new RegExp(`^${CAP_RUN_CLASSES[2]}$`);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (capital.test(ch)) t[c] |= RUN_CAPITAL;
    if (small.test(ch)) t[c] |= RUN_SMALL;
  }
  return t;
})();
const TITLE_AT = phraseSticky(TITLE_HEADS, { prefix: 'nguyên' });
// The first words of the titles (and the prefix) in the keyword index: see `findTitleHits`.
const TITLE_WORDS = keywordGroup([...TITLE_HEADS.map((t) => t.toLowerCase()), 'nguyên']);
const HONORIFIC_SET = new Set(HONORIFICS.filter((h) => !h.endsWith('.')));
const HONORIFIC_BEFORE = phraseSet(HONORIFIC_SET);
const DOTTED_HONORIFICS = HONORIFICS.filter((h) => h.endsWith('.'));
/** "ông", "đồng chí", "GS.TS." right before `pos`. */
function honorificBefore(text: string, pos: number): boolean {
  if (phraseBefore(text, pos, 2, HONORIFIC_BEFORE) !== undefined) return true;
  // The dotted ones ("GS.TS.") end with "."; most capitals have no dot before them.
  const from = Math.max(0, pos - 9);
  let j = pos;
  while (j > from && isJsSpace(text.charCodeAt(j - 1))) j--;
  if (j === from || text.charCodeAt(j - 1) !== 46) return false;
  const tail = text.slice(from, pos).trimEnd();
  return DOTTED_HONORIFICS.some((h) => tail.endsWith(h));
}
const PLACE_WORDS_BEFORE = new Set([
  'đường',
  'phố',
  'cầu',
  'trường',
  'quảng trường',
  'công viên',
  'xã',
  'phường',
  'thị trấn',
  'huyện',
  'quận',
  'tàu',
  'giải thưởng',
  'giải',
  'Đường',
  'Phố',
  'Trường',
]);
const PLACE_BEFORE = phraseSet(PLACE_WORDS_BEFORE);
// Words that make a capitalised run an institution or a document rather than a person. Not "Công" or
// "Nghĩa", which are common given names ("Nguyễn Công Phượng", "Trần Văn Nghĩa"); "Công Ty", "Chủ Nghĩa"
// are caught by the words beside them.
const NAME_STOP = new Set([
  'Đảng',
  'Nhà',
  'Bộ',
  'Sở',
  'Ban',
  'Tỉnh',
  'Huyện',
  'Xã',
  'Phường',
  'Ủy',
  'Luật',
  'Điều',
  'Khoản',
  'Cộng',
  'Viện',
  'Trường',
  'Bệnh',
  'Phòng',
  'Cục',
  'Vụ',
  'Hội',
  'Đoàn',
  'Khu',
  'Cụm',
  'Ty',
  'Tập',
  'Đường',
  'Phố',
  'Cầu',
  'Sông',
  'Núi',
  'Chợ',
]);

// "Nghị quyết", "Quyết định": a document, unless the word is a given name ("Trần Thanh Nghị chủ trì",
// "Hoàng Văn Quyết"): stop words only before the rest of the document's name.
const DOCUMENT_WORD = /^(?:Nghị|Quyết)$/;
const DOCUMENT_REST = /^[ \t]*(?:[Qq]uyết|[Đđ]ịnh|[Tt]âm)(?![a-zà-ỹđ])/;

// "Đoàn Thanh Niên", "Đoàn Công Tác", "Đoàn Đại Biểu": a body, not a person named Đoàn.
const ORG_AFTER_DOAN = new Set(['Thanh', 'Công', 'Đại', 'Kiểm', 'Giám', 'Khảo', 'Chủ', 'Thường']);

export interface TitleHit {
  start: number;
  /** End of the title word(s) before the body they belong to: "Giám đốc" in "Giám đốc Sở Y tế". */
  headEnd: number;
  end: number;
  title: string;
}

/** A title at `pos`: head plus the body it belongs to ("Bí thư" + " Tỉnh ủy", "Thứ trưởng" + " Bộ Công Thương"). */
export function titleAt(text: string, lower: string, pos: number): TitleHit | null {
  TITLE_AT.lastIndex = pos;
  const m = TITLE_AT.exec(text);
  if (!m) return null;
  const headEnd = TITLE_AT.lastIndex;
  let end = headEnd;
  // `/[ \t]+/y` after the head, by character codes.
  let at = end;
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  if (at > end) {
    const org = orgAt(text, lower, at);
    if (org) end = org.end;
  }
  const raw = text.slice(pos, end);
  return { start: pos, headEnd, end, title: hasLooseSpace(raw) ? raw.replace(/\s+/g, ' ') : raw };
}

/** Every title in the text ("Tổng Bí thư", "Chủ tịch UBND tỉnh", "Giám đốc Sở Y tế"), in order. */
export function findTitleHits(
  text: string,
  lower: string = text.toLowerCase(),
  caps: Int32Array = capitalStarts(text),
  /** `keywordHits(lower)`: with it, titles are tried only where a first word of one starts. */
  hits?: KeywordHits,
): TitleHit[] {
  const out: TitleHit[] = [];
  const starts = hits ? hitsOf(hits, TITLE_WORDS) : undefined;
  let si = 0;
  let last = -1;
  for (const p of caps) {
    if (p < last) continue;
    if (starts) {
      while (si < starts.length && starts[si] < p) si++;
      if (starts[si] !== p) continue;
    }
    const t = titleAt(text, lower, p);
    if (t) {
      out.push(t);
      last = t.end;
    }
  }
  return out;
}

/**
 * What CAP_RUN needs after the capital at `pos`: its small letters, one or two spaces, and another
 * capital (the first word cannot give back letters, a space must follow all of them). Most capitals
 * are followed by a word in lower case ("Theo đó", "Ủy ban").
 */
function capitalWordFollows(text: string, pos: number): boolean {
  let i = pos + 1;
  while (i < text.length && RUN_LETTER[text.charCodeAt(i)] & RUN_SMALL) i++;
  if (text.charCodeAt(i) !== 32) return false;
  if (text.charCodeAt(i + 1) === 32) i++;
  return (RUN_LETTER[text.charCodeAt(i + 1)] & RUN_CAPITAL) !== 0;
}

/** The pattern and its guard, for the test that the guard turns no match away. */
export const CAP_RUN_GUARD = { at: CAP_RUN_AT, guard: capitalWordFollows } as const;

/** Offset of the `k`-th word of a run of words separated by spaces. */
function wordStart(run: string, k: number): number {
  let at = 0;
  for (let w = 0; w < k; w++) {
    at = run.indexOf(' ', at);
    while (run.charCodeAt(at) === 32) at++;
  }
  return at;
}

/**
 * "Bí thư Huyện ủy Tân Yên": a run without a surname after a title that ends with a committee or a
 * level is the place of that body, not a person.
 */
function placeOfTitle(text: string, pos: number, titleEnds: Map<number, TitleHit>): boolean {
  let c = pos;
  while (c > 0 && text.charAt(c - 1) === ' ') c--;
  const t = titleEnds.get(c);
  return !!t && /(?:ủy|UBND|HĐND|nhân dân|huyện|tỉnh|xã|phường|quận|thị xã|thành phố)$/i.test(t.title);
}

/** A title ends right before `pos` ("Tổng thống Joe Biden", "Đại sứ Marc Knapper"). */
function titleBeforeRun(text: string, pos: number, titleEnds: Map<number, TitleHit>): boolean {
  let c = pos;
  while (c > 0 && text.charAt(c - 1) === ' ') c--;
  return titleEnds.has(c);
}

// (At module level: a pattern literal in the function is a new object on every call.)
const COMMA_AT = /[ \t]*,[ \t]*/y;

export function findPeople(
  text: string,
  titleHits: readonly TitleHit[],
  lower: string = text.toLowerCase(),
  /** Receives the span of every mention, not only the first of each person. */
  mentions?: Array<[number, number]>,
  caps: Int32Array = capitalStarts(text),
): Person[] {
  // Titles in the text, to attach the ones right before a name.
  const titleEnds = new Map<number, TitleHit>();
  for (const t of titleHits) if (!titleEnds.has(t.end)) titleEnds.set(t.end, t);
  const byName = new Map<string, Person>();
  const out: Person[] = [];
  let runEnd = -1;
  for (const cap of caps) {
    if (cap < runEnd || !capitalWordFollows(text, cap)) continue;
    CAP_RUN_AT.lastIndex = cap;
    const m = CAP_RUN_AT.exec(text);
    if (!m) continue;
    runEnd = cap + m[0].length;
    // (A run with single spaces, nearly every one, is split without the pattern.)
    const words = m[0].includes('  ') ? m[0].split(/ +/) : m[0].split(' ');
    const runStart = m.index;
    // Where does the name start inside the run? At the first surname leaving 2-4 syllables, so that
    // "Thái Nguyên Nguyễn Văn An" gives "Nguyễn Văn An".
    let startWord = -1;
    for (let i = 0; i < words.length; i++) {
      const left = words.length - i;
      // "Ông Trần Văn Tân" at the start of a sentence: the honorific, not the rare surname Ông.
      // (The surname first: a lookup, where the honorific needs a lower-cased copy of the word.)
      if (i === 0 && SURNAMES.has(words[1] ?? '') && HONORIFIC_SET.has(words[0].toLowerCase())) continue;
      if (left >= 2 && left <= 4 && SURNAMES.has(words[i]) && !NAME_STOP.has(words[i + 1])) {
        startWord = i;
        break;
      }
    }
    const honor = honorificBefore(text, runStart);
    let nameStart: number;
    let name: string;
    if (startWord >= 0) {
      nameStart = runStart + wordStart(m[0], startWord);
      name = words.slice(startWord).join(' ');
    } else if (
      words.length >= 2 &&
      words.length <= 5 &&
      (honor || (titleBeforeRun(text, runStart, titleEnds) && !placeOfTitle(text, runStart, titleEnds)))
    ) {
      // "ông Y Bhin Niê": an honorific vouches for a name without a listed surname.
      nameStart = runStart;
      name = words.join(' ');
    } else continue;
    // The words of `name` (they hold no space, so splitting the joined name gives them back).
    const nameWords = startWord >= 0 ? words.slice(startWord) : words;
    // "Đồng chí Phó Chủ tịch": a title, not a name.
    TITLE_AT.lastIndex = nameStart;
    if (TITLE_AT.test(text)) continue;
    // "Đoàn" heads a delegation ("Đoàn Công Tác") but is also a surname ("Đoàn Thị Hậu").
    if (
      nameWords.some(
        (w, i) =>
          NAME_STOP.has(w) &&
          !(i === 0 && w === 'Đoàn' && !ORG_AFTER_DOAN.has(nameWords[1])) &&
          // "Cầm Văn Đoàn": the given name at the end of a full name.
          !(w === 'Đoàn' && i === nameWords.length - 1 && nameWords.length >= 3),
      )
    )
      continue;
    // ("Nghị Quyết", "Trần Văn Nghị quyết định …": the document's word, not a given name.)
    if (
      nameWords.some(
        (w, i) =>
          DOCUMENT_WORD.test(w) &&
          (i < nameWords.length - 1
            ? DOCUMENT_REST.test(nameWords[i + 1])
            : DOCUMENT_REST.test(text.slice(runEnd, runEnd + 8))),
      )
    )
      continue;
    // "đường Trần Hưng Đạo", "trường Lê Quý Đôn": streets and schools named after people.
    // ("Chủ tịch HĐND thành phố Ngô Xuân Thắng": "phố" of "thành phố" names no street.)
    if (
      phraseBefore(text, runStart, 2, PLACE_BEFORE) !== undefined &&
      !/thành phố\s*$/i.test(text.slice(Math.max(0, runStart - 12), runStart))
    )
      continue;
    if ((isPlace(name) || isPlace(nameWords.slice(0, 2).join(' '))) && !honor) continue;
    const nameEnd = m.index + m[0].length;
    // Titles before: "Chủ tịch nước Nguyễn Xuân Phúc"; chained by commas: "Ủy viên Bộ Chính trị, Bí thư Thành ủy X".
    const titles: string[] = [];
    let cursor = nameStart;
    while (cursor > 0 && text.charAt(cursor - 1) === ' ') cursor--;
    let t = titleEnds.get(cursor);
    const before: string[] = [];
    while (t) {
      before.unshift(t.title);
      let c = t.start;
      while (c > 0 && text.charAt(c - 1) === ' ') c--;
      if (text.charAt(c - 1) !== ',') break;
      c--;
      while (c > 0 && text.charAt(c - 1) === ' ') c--;
      t = titleEnds.get(c);
    }
    titles.push(...before);
    // Titles after: "Nguyễn Thanh Hải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy".
    let pos = nameEnd;
    for (let k = 0; k < 6; k++) {
      COMMA_AT.lastIndex = pos;
      if (!COMMA_AT.test(text)) break;
      const th = titleAt(text, lower, COMMA_AT.lastIndex);
      if (!th) break;
      // "X, Thủ tướng Chính phủ Phạm Minh Chính": that title belongs to the next name.
      const nextWord = /^[ ]+([^ ,.;:()]+)[ ]+[A-ZĐÂĂÊÔƠƯ]/.exec(text.slice(th.end, th.end + 30));
      if (nextWord && SURNAMES.has(nextWord[1])) break;
      titles.push(th.title);
      pos = th.end;
    }
    const has2 = nameWords.length >= 2;
    const vouched = honor || titles.length > 0 || nameWords.length >= 3;
    if (!has2 || !vouched) continue;
    mentions?.push([nameStart, nameEnd]);
    const prev = byName.get(name);
    if (prev) {
      for (const tt of titles) if (!prev.titles.includes(tt)) prev.titles.push(tt);
      continue;
    }
    const p: Person = { name, titles, span: [nameStart, nameEnd] };
    byName.set(name, p);
    out.push(p);
  }
  return out;
}

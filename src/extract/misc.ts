import type { DateHit } from './dates.ts';
import { PROVINCE_AT, PROVINCE_WORDS, provinceOf, REGION_RE, REGIONS } from './gazetteer.ts';
import { hitsOf, type KeywordHits, keywordGroup, keywordHits, matchesAt } from './keywords.ts';
import { capitalStarts, collapse, isAllCaps, spacesAtLeast } from './text.ts';
import type { Horizon, Location, Meeting, Person } from './types.ts';

const HORIZON_RE =
  /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])(?:đến|tới)\s+năm\s+(\d{4})(?!\d)(?:\s*(?:[,;]\s*)?(?:và\s+)?(?:tầm nhìn|định hướng)\s+(?:đến\s+)?(?:năm\s+)?(\d{4}))?|(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])thời kỳ\s+(\d{4})\s*-\s*(\d{4})\s*,\s*tầm nhìn\s+(?:đến\s+)?(?:năm\s+)?(\d{4})/g;

const HORIZON_AT = new RegExp(HORIZON_RE.source, 'y');
const HORIZON_WORDS = keywordGroup(['đến', 'tới', 'thời kỳ']);

export function findHorizons(
  text: string,
  lower: string = text.toLowerCase(),
  hits: KeywordHits = keywordHits(lower),
): Horizon[] {
  const out: Horizon[] = [];
  const seen = new Set<string>();
  for (const m of matchesAt(HORIZON_AT, lower, hits, HORIZON_WORDS)) {
    const until = Number(m[1] ?? m[4]);
    const visionS = m[2] ?? m[5];
    const h: Horizon = { until, span: [m.index, m.index + m[0].length] };
    if (visionS) h.vision = Number(visionS);
    const key = `${h.until}|${h.vision ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(h);
  }
  return out;
}

const LEVEL_BEFORE =
  /(?:^|[^A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])(tỉnh|thành phố|TP\.?|Thành phố)\s*$/;
const COMMUNE_RE =
  /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])(xã|phường|đặc khu)\s+([A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100\u0102\u0104\u0106\u0108\u010A\u010C\u010E\u0110\u0112\u0114\u0116\u0118\u011A\u011C\u011E\u0120\u0122\u0124\u0126\u0128\u012A\u012C\u012E\u0130\u0132\u0134\u0136\u0139\u013B\u013D\u013F\u0141\u0143\u0145\u0147\u014A\u014C\u014E\u0150\u0152\u0154\u0156\u0158\u015A\u015C\u015E\u0160\u0162\u0164\u0166\u0168\u016A\u016C\u016E\u0170\u0172\u0174\u0176\u0178\u0179\u017B\u017D\u0181\u0182\u0184\u0186\u0187\u0189-\u018B\u018E-\u0191\u0193\u0194\u0196-\u0198\u019C\u019D\u019F\u01A0\u01A2\u01A4\u01A6\u01A7\u01A9\u01AC\u01AE\u01AF\u01B1-\u01B3\u01B5\u01B7\u01B8\u01BC\u01C4\u01C7\u01CA\u01CD\u01CF\u01D1\u01D3\u01D5\u01D7\u01D9\u01DB\u01DE\u01E0\u01E2\u01E4\u01E6\u01E8\u01EA\u01EC\u01EE\u01F1\u01F4\u01F6-\u01F8\u01FA\u01FC\u01FE\u0200\u0202\u0204\u0206\u0208\u020A\u020C\u020E\u0210\u0212\u0214\u0216\u0218\u021A\u021C\u021E\u0220\u0222\u0224\u0226\u0228\u022A\u022C\u022E\u0230\u0232\u023A\u023B\u023D\u023E\u0241\u0243-\u0246\u0248\u024A\u024C\u024E\u1E00\u1E02\u1E04\u1E06\u1E08\u1E0A\u1E0C\u1E0E\u1E10\u1E12\u1E14\u1E16\u1E18\u1E1A\u1E1C\u1E1E\u1E20\u1E22\u1E24\u1E26\u1E28\u1E2A\u1E2C\u1E2E\u1E30\u1E32\u1E34\u1E36\u1E38\u1E3A\u1E3C\u1E3E\u1E40\u1E42\u1E44\u1E46\u1E48\u1E4A\u1E4C\u1E4E\u1E50\u1E52\u1E54\u1E56\u1E58\u1E5A\u1E5C\u1E5E\u1E60\u1E62\u1E64\u1E66\u1E68\u1E6A\u1E6C\u1E6E\u1E70\u1E72\u1E74\u1E76\u1E78\u1E7A\u1E7C\u1E7E\u1E80\u1E82\u1E84\u1E86\u1E88\u1E8A\u1E8C\u1E8E\u1E90\u1E92\u1E94\u1E9E\u1EA0\u1EA2\u1EA4\u1EA6\u1EA8\u1EAA\u1EAC\u1EAE\u1EB0\u1EB2\u1EB4\u1EB6\u1EB8\u1EBA\u1EBC\u1EBE\u1EC0\u1EC2\u1EC4\u1EC6\u1EC8\u1ECA\u1ECC\u1ECE\u1ED0\u1ED2\u1ED4\u1ED6\u1ED8\u1EDA\u1EDC\u1EDE\u1EE0\u1EE2\u1EE4\u1EE6\u1EE8\u1EEA\u1EEC\u1EEE\u1EF0\u1EF2\u1EF4\u1EF6\u1EF8\u1EFA\u1EFC\u1EFE][a-z\u00DF-\u00F6\u00F8-\u00FF\u0101\u0103\u0105\u0107\u0109\u010B\u010D\u010F\u0111\u0113\u0115\u0117\u0119\u011B\u011D\u011F\u0121\u0123\u0125\u0127\u0129\u012B\u012D\u012F\u0131\u0133\u0135\u0137\u0138\u013A\u013C\u013E\u0140\u0142\u0144\u0146\u0148\u0149\u014B\u014D\u014F\u0151\u0153\u0155\u0157\u0159\u015B\u015D\u015F\u0161\u0163\u0165\u0167\u0169\u016B\u016D\u016F\u0171\u0173\u0175\u0177\u017A\u017C\u017E-\u0180\u0183\u0185\u0188\u018C\u018D\u0192\u0195\u0199-\u019B\u019E\u01A1\u01A3\u01A5\u01A8\u01AA\u01AB\u01AD\u01B0\u01B4\u01B6\u01B9\u01BA\u01BD-\u01BF\u01C6\u01C9\u01CC\u01CE\u01D0\u01D2\u01D4\u01D6\u01D8\u01DA\u01DC\u01DD\u01DF\u01E1\u01E3\u01E5\u01E7\u01E9\u01EB\u01ED\u01EF\u01F0\u01F3\u01F5\u01F9\u01FB\u01FD\u01FF\u0201\u0203\u0205\u0207\u0209\u020B\u020D\u020F\u0211\u0213\u0215\u0217\u0219\u021B\u021D\u021F\u0221\u0223\u0225\u0227\u0229\u022B\u022D\u022F\u0231\u0233-\u0239\u023C\u023F\u0240\u0242\u0247\u0249\u024B\u024D\u024F\u1E01\u1E03\u1E05\u1E07\u1E09\u1E0B\u1E0D\u1E0F\u1E11\u1E13\u1E15\u1E17\u1E19\u1E1B\u1E1D\u1E1F\u1E21\u1E23\u1E25\u1E27\u1E29\u1E2B\u1E2D\u1E2F\u1E31\u1E33\u1E35\u1E37\u1E39\u1E3B\u1E3D\u1E3F\u1E41\u1E43\u1E45\u1E47\u1E49\u1E4B\u1E4D\u1E4F\u1E51\u1E53\u1E55\u1E57\u1E59\u1E5B\u1E5D\u1E5F\u1E61\u1E63\u1E65\u1E67\u1E69\u1E6B\u1E6D\u1E6F\u1E71\u1E73\u1E75\u1E77\u1E79\u1E7B\u1E7D\u1E7F\u1E81\u1E83\u1E85\u1E87\u1E89\u1E8B\u1E8D\u1E8F\u1E91\u1E93\u1E95-\u1E9D\u1E9F\u1EA1\u1EA3\u1EA5\u1EA7\u1EA9\u1EAB\u1EAD\u1EAF\u1EB1\u1EB3\u1EB5\u1EB7\u1EB9\u1EBB\u1EBD\u1EBF\u1EC1\u1EC3\u1EC5\u1EC7\u1EC9\u1ECB\u1ECD\u1ECF\u1ED1\u1ED3\u1ED5\u1ED7\u1ED9\u1EDB\u1EDD\u1EDF\u1EE1\u1EE3\u1EE5\u1EE7\u1EE9\u1EEB\u1EED\u1EEF\u1EF1\u1EF3\u1EF5\u1EF7\u1EF9\u1EFB\u1EFD\u1EFF]*(?:\s[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100\u0102\u0104\u0106\u0108\u010A\u010C\u010E\u0110\u0112\u0114\u0116\u0118\u011A\u011C\u011E\u0120\u0122\u0124\u0126\u0128\u012A\u012C\u012E\u0130\u0132\u0134\u0136\u0139\u013B\u013D\u013F\u0141\u0143\u0145\u0147\u014A\u014C\u014E\u0150\u0152\u0154\u0156\u0158\u015A\u015C\u015E\u0160\u0162\u0164\u0166\u0168\u016A\u016C\u016E\u0170\u0172\u0174\u0176\u0178\u0179\u017B\u017D\u0181\u0182\u0184\u0186\u0187\u0189-\u018B\u018E-\u0191\u0193\u0194\u0196-\u0198\u019C\u019D\u019F\u01A0\u01A2\u01A4\u01A6\u01A7\u01A9\u01AC\u01AE\u01AF\u01B1-\u01B3\u01B5\u01B7\u01B8\u01BC\u01C4\u01C7\u01CA\u01CD\u01CF\u01D1\u01D3\u01D5\u01D7\u01D9\u01DB\u01DE\u01E0\u01E2\u01E4\u01E6\u01E8\u01EA\u01EC\u01EE\u01F1\u01F4\u01F6-\u01F8\u01FA\u01FC\u01FE\u0200\u0202\u0204\u0206\u0208\u020A\u020C\u020E\u0210\u0212\u0214\u0216\u0218\u021A\u021C\u021E\u0220\u0222\u0224\u0226\u0228\u022A\u022C\u022E\u0230\u0232\u023A\u023B\u023D\u023E\u0241\u0243-\u0246\u0248\u024A\u024C\u024E\u1E00\u1E02\u1E04\u1E06\u1E08\u1E0A\u1E0C\u1E0E\u1E10\u1E12\u1E14\u1E16\u1E18\u1E1A\u1E1C\u1E1E\u1E20\u1E22\u1E24\u1E26\u1E28\u1E2A\u1E2C\u1E2E\u1E30\u1E32\u1E34\u1E36\u1E38\u1E3A\u1E3C\u1E3E\u1E40\u1E42\u1E44\u1E46\u1E48\u1E4A\u1E4C\u1E4E\u1E50\u1E52\u1E54\u1E56\u1E58\u1E5A\u1E5C\u1E5E\u1E60\u1E62\u1E64\u1E66\u1E68\u1E6A\u1E6C\u1E6E\u1E70\u1E72\u1E74\u1E76\u1E78\u1E7A\u1E7C\u1E7E\u1E80\u1E82\u1E84\u1E86\u1E88\u1E8A\u1E8C\u1E8E\u1E90\u1E92\u1E94\u1E9E\u1EA0\u1EA2\u1EA4\u1EA6\u1EA8\u1EAA\u1EAC\u1EAE\u1EB0\u1EB2\u1EB4\u1EB6\u1EB8\u1EBA\u1EBC\u1EBE\u1EC0\u1EC2\u1EC4\u1EC6\u1EC8\u1ECA\u1ECC\u1ECE\u1ED0\u1ED2\u1ED4\u1ED6\u1ED8\u1EDA\u1EDC\u1EDE\u1EE0\u1EE2\u1EE4\u1EE6\u1EE8\u1EEA\u1EEC\u1EEE\u1EF0\u1EF2\u1EF4\u1EF6\u1EF8\u1EFA\u1EFC\u1EFE][a-z\u00DF-\u00F6\u00F8-\u00FF\u0101\u0103\u0105\u0107\u0109\u010B\u010D\u010F\u0111\u0113\u0115\u0117\u0119\u011B\u011D\u011F\u0121\u0123\u0125\u0127\u0129\u012B\u012D\u012F\u0131\u0133\u0135\u0137\u0138\u013A\u013C\u013E\u0140\u0142\u0144\u0146\u0148\u0149\u014B\u014D\u014F\u0151\u0153\u0155\u0157\u0159\u015B\u015D\u015F\u0161\u0163\u0165\u0167\u0169\u016B\u016D\u016F\u0171\u0173\u0175\u0177\u017A\u017C\u017E-\u0180\u0183\u0185\u0188\u018C\u018D\u0192\u0195\u0199-\u019B\u019E\u01A1\u01A3\u01A5\u01A8\u01AA\u01AB\u01AD\u01B0\u01B4\u01B6\u01B9\u01BA\u01BD-\u01BF\u01C6\u01C9\u01CC\u01CE\u01D0\u01D2\u01D4\u01D6\u01D8\u01DA\u01DC\u01DD\u01DF\u01E1\u01E3\u01E5\u01E7\u01E9\u01EB\u01ED\u01EF\u01F0\u01F3\u01F5\u01F9\u01FB\u01FD\u01FF\u0201\u0203\u0205\u0207\u0209\u020B\u020D\u020F\u0211\u0213\u0215\u0217\u0219\u021B\u021D\u021F\u0221\u0223\u0225\u0227\u0229\u022B\u022D\u022F\u0231\u0233-\u0239\u023C\u023F\u0240\u0242\u0247\u0249\u024B\u024D\u024F\u1E01\u1E03\u1E05\u1E07\u1E09\u1E0B\u1E0D\u1E0F\u1E11\u1E13\u1E15\u1E17\u1E19\u1E1B\u1E1D\u1E1F\u1E21\u1E23\u1E25\u1E27\u1E29\u1E2B\u1E2D\u1E2F\u1E31\u1E33\u1E35\u1E37\u1E39\u1E3B\u1E3D\u1E3F\u1E41\u1E43\u1E45\u1E47\u1E49\u1E4B\u1E4D\u1E4F\u1E51\u1E53\u1E55\u1E57\u1E59\u1E5B\u1E5D\u1E5F\u1E61\u1E63\u1E65\u1E67\u1E69\u1E6B\u1E6D\u1E6F\u1E71\u1E73\u1E75\u1E77\u1E79\u1E7B\u1E7D\u1E7F\u1E81\u1E83\u1E85\u1E87\u1E89\u1E8B\u1E8D\u1E8F\u1E91\u1E93\u1E95-\u1E9D\u1E9F\u1EA1\u1EA3\u1EA5\u1EA7\u1EA9\u1EAB\u1EAD\u1EAF\u1EB1\u1EB3\u1EB5\u1EB7\u1EB9\u1EBB\u1EBD\u1EBF\u1EC1\u1EC3\u1EC5\u1EC7\u1EC9\u1ECB\u1ECD\u1ECF\u1ED1\u1ED3\u1ED5\u1ED7\u1ED9\u1EDB\u1EDD\u1EDF\u1EE1\u1EE3\u1EE5\u1EE7\u1EE9\u1EEB\u1EED\u1EEF\u1EF1\u1EF3\u1EF5\u1EF7\u1EF9\u1EFB\u1EFD\u1EFF]*){0,3})/g;

const REGION_AT = new RegExp(REGION_RE.source, 'y');
const REGION_WORDS = keywordGroup(['vùng', ...REGIONS.map((r) => r.toLowerCase())]);
const COMMUNE_AT = new RegExp(COMMUNE_RE.source, 'y');
const COMMUNE_WORDS = keywordGroup(['xã', 'phường', 'đặc khu']);

export function findLocations(
  text: string,
  people: readonly Person[],
  lower: string = text.toLowerCase(),
  caps: Int32Array = capitalStarts(text),
  hits: KeywordHits = keywordHits(lower),
): Location[] {
  const out: Location[] = [];
  const seen = new Set<string>();
  const personSpans = people.map((p) => p.span);
  // A province name starts with one of its first words (keyword index): the trie is walked only there.
  const provinceStarts = hitsOf(hits, PROVINCE_WORDS);
  let pi = 0;
  for (const start of caps) {
    while (pi < provinceStarts.length && provinceStarts[pi] < start) pi++;
    if (provinceStarts[pi] !== start) continue;
    PROVINCE_AT.lastIndex = start;
    const pm = PROVINCE_AT.exec(lower);
    if (!pm) continue;
    const m = { index: start, 0: pm[0] };
    const name = text.slice(start, start + pm[0].length);
    const p = provinceOf(name);
    if (!p) continue;
    const before = LEVEL_BEFORE.exec(text.slice(Math.max(0, m.index - 14), m.index));
    const display = isAllCaps(name) ? p.name : collapse(name);
    const key = display.toLowerCase();
    if (seen.has(key)) continue;
    if (personSpans.some(([a, b]) => m.index >= a && m.index < b)) continue;
    seen.add(key);
    const kind: Location['kind'] =
      (before?.[1] ?? p.kind).toLowerCase().startsWith('t') && !/thành|tp/i.test(before?.[1] ?? p.kind)
        ? 'province'
        : 'city';
    const loc: Location = { name: display, kind, span: [m.index, m.index + m[0].length] };
    if (p.successor !== p.name) loc.successor = p.successor;
    out.push(loc);
  }
  for (const m of matchesAt(REGION_AT, lower, hits, REGION_WORDS)) {
    const key = m[1];
    if (seen.has(key)) continue;
    seen.add(key);
    const e = m.index + m[0].length;
    out.push({ name: collapse(text.slice(e - m[1].length, e)), kind: 'region', span: [m.index, e] });
  }
  for (const m of matchesAt(COMMUNE_AT, text, hits, COMMUNE_WORDS)) {
    const key = `${m[1]} ${m[2]}`.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      name: m[2],
      kind: m[1] === 'phường' ? 'ward' : 'commune',
      span: [m.index, m.index + m[0].length],
    });
  }
  out.sort((a, b) => a.span[0] - b.span[0]);
  return out;
}

const MEETING_RE =
  /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])(Hội nghị|hội nghị|Buổi làm việc|buổi làm việc|Kỳ họp|kỳ họp|Phiên họp|phiên họp|Cuộc họp|cuộc họp|Hội thảo|hội thảo|Đại hội|Tọa đàm|tọa đàm)(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])([^.;\n]{0,120})/g;
const MEETING_NAME_END =
  /\s(?:được|đã|diễn ra|tổ chức|nhằm|để|do|với|có|này|là|sẽ|vào|tại|ngày|sáng|chiều)(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])|[,:(]/;

const MEETING_AT = new RegExp(MEETING_RE.source, 'y');
const MEETING_WORDS = keywordGroup([
  'hội nghị',
  'buổi làm việc',
  'kỳ họp',
  'phiên họp',
  'cuộc họp',
  'hội thảo',
  'đại hội',
  'tọa đàm',
]);

export function findMeetings(
  text: string,
  dates: readonly DateHit[],
  hits: KeywordHits = keywordHits(text.toLowerCase()),
): Meeting[] {
  const out: Meeting[] = [];
  const seen = new Set<string>();
  let di = 0;
  for (const m of matchesAt(MEETING_AT, text, hits, MEETING_WORDS)) {
    const tail = m[2];
    const cut = MEETING_NAME_END.exec(tail);
    const nameTail = cut ? tail.slice(0, cut.index) : tail;
    const name = collapse(m[1] + nameTail);
    // Only meetings that are named or dated: "Hội nghị toàn quốc ...", "Kỳ họp thứ 34", "hội nghị ... sáng 15-4".
    const end = m.index + m[0].length;
    while (di < dates.length && dates[di].span[0] < m.index) di++;
    const d = di < dates.length && dates[di].span[0] < end + 80 ? dates[di] : undefined;
    if (!d && !spacesAtLeast(name, 2)) continue;
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const kind = m[1].toLowerCase();
    const meeting: Meeting = {
      kind,
      name,
      span: [m.index, m.index + m[1].length + nameTail.trimEnd().length],
    };
    if (d) meeting.date = d.value;
    const chair = /(?:do|dưới sự chủ trì của)\s+((?:đồng chí\s+)?[^,.;]{3,60}?)\s+chủ trì/.exec(tail);
    if (chair) meeting.chair = collapse(chair[1]);
    out.push(meeting);
  }
  return out;
}

import type { DateHit } from './dates.ts';
import { findBareQuarters } from './dates.ts';
import { hitsOf, type KeywordHits, keywordGroup, keywordHits } from './keywords.ts';
import type { OrgMention } from './organizations.ts';
import { isActingBody } from './organizations.ts';
import type { TitleHit } from './people.ts';
import { findTaskRows } from './tables.ts';
import type { Segmentation } from './text.ts';
import {
  Coverage,
  collapse,
  indexBetween,
  isAllCaps,
  isJsSpace,
  isTaskTrail,
  lastIndexBetween,
  lastMatchIndex,
  lettersAllCaps,
  lowerBound,
  phraseBefore,
  phraseSet,
  spacesAtLeast,
} from './text.ts';
import type { Person, Recommendation, TaskItem } from './types.ts';

export interface TaskContext {
  seg: Segmentation;
  orgs: readonly OrgMention[];
  titles: readonly TitleHit[];
  people: readonly Person[];
  /** Every mention of a person (people keep only their first span). */
  personMentions?: ReadonlyArray<[number, number]>;
  dates: readonly DateHit[];
  /** Who issues the text (header body or signer), the source of its articles and list items. */
  issuer?: string;
  year?: number;
  /** `text.toLowerCase()`. */
  lower: string;
  /** `keywordHits(lower)`, when the caller has it. */
  hits?: KeywordHits;
}

// Cue words, looked up in the keyword index once rather than searched for in every sentence.
const CUE_RESPONSIBLE = keywordGroup(['chịu trách nhiệm', 'thi hành', 'giám sát']);
const CUE_RECOMMEND = keywordGroup(['kiến nghị', 'đề xuất']);
const CUE_LEAD = keywordGroup(['chủ trì']);
const CUE_PLANNED = keywordGroup(['sẽ', 'trước']);

/** For each sentence, the cue groups whose words start in it. */
function sentenceCues(
  sentences: ReadonlyArray<{ start: number; end: number }>,
  hits: KeywordHits,
  groups: readonly number[],
): Int32Array {
  const out = new Int32Array(sentences.length);
  for (const g of groups) {
    const at = hitsOf(hits, g);
    let si = 0;
    for (const p of at) {
      while (si < sentences.length && sentences[si].end <= p) si++;
      if (si === sentences.length) break;
      if (p >= sentences[si].start) out[si] |= g;
    }
  }
  return out;
}

const DUTY =
  /^\s*(?:(?:[-+•]|\d{1,2}[.)]|[a-zđ]\)|Điều\s+\d{1,3}\s*[.:])\s*)?[A-ZĐÀ-Ỹ][^,;:.]{2,80}?\s+có trách nhiệm\s+(?!(?:trong|về|với|của)\s)[a-zà-ỹđ]/;
// "Các phòng, đơn vị thuộc Sở thường xuyên rà soát …": a group as the subject of an item of work.
const GROUP_ACTS =
  /^Các\s[^;:.]{2,60}?\s(?:thường xuyên|khẩn trương|chủ động|tăng cường|tập trung|phối hợp|có trách nhiệm|triển khai|tổ chức|rà soát|xây dựng|báo cáo|bố trí|kiểm tra)(?![a-zà-ỹđ])/;
// "Quy định này có hiệu lực từ ngày ký": when a text takes effect is not a task.
const IN_FORCE = /^[^,;]{0,40}có hiệu lực(?: thi hành)?(?: kể)? từ/;
const GROUP_SUBJECT =
  /^(?:(?:UBND|Ủy ban nhân dân|Chủ tịch UBND|Chủ tịch Ủy ban nhân dân|Sở [^\s,]+(?: [^\s,]+)?) các |Các (?:bộ|sở|địa phương|tỉnh|huyện|xã|cơ quan|đơn vị|cơ sở|chủ đầu tư|doanh nghiệp))/;
const ARTICLE = /^\s*Điều\s+\d{1,3}\s*[.:]\s*/;
const LIST_ITEM = /^\s*(?:[-+•*·]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[IVX]{1,5}\.)\s*/u;
const TASK_HEADING =
  /nhiệm vụ|giải pháp|trách nhiệm|tổ chức thực hiện|chương trình hành động|phân công|kế hoạch hành động|nội dung thực hiện|nội dung triển khai|các hoạt động/;
const NON_TASK_HEADING =
  /mục tiêu|mục đích|yêu cầu|quan điểm|kết quả|tình hình|đánh giá|căn cứ|sự cần thiết|bối cảnh|hạn chế|nguyên nhân|chỉ tiêu|phạm vi|đối tượng|kinh phí|thực trạng/;
const ACTION_START =
  /^(?:Tổ chức|Xây dựng|Đẩy mạnh|Tăng cường|Chú trọng|Hoàn thiện|Nâng cao|Triển khai|Thực hiện|Rà soát|Tập trung|Phát triển|Đổi mới|Ưu tiên|Nghiên cứu|Ban hành|Kiện toàn|Chỉ đạo|Huy động|Bố trí|Khẩn trương|Tiếp tục|Quán triệt|Tuyên truyền|Đảm bảo|Bảo đảm|Thúc đẩy|Cải cách|Đầu tư|Hỗ trợ|Sửa đổi|Bổ sung|Đề xuất|Tham mưu|Chủ trì|Phối hợp|Hướng dẫn|Kiểm tra|Giám sát|Theo dõi|Đôn đốc|Tổng hợp|Báo cáo|Hoàn thành|Xử lý|Khắc phục|Củng cố|Mở rộng|Thu hút|Khai thác|Quản lý|Nâng cấp|Đào tạo|Bồi dưỡng|Phổ biến|Vận động|Chuyển đổi|Ứng dụng|Số hóa|Sắp xếp|Tinh gọn|Rút ngắn|Giảm|Tăng|Lồng ghép|Duy trì|Phát huy|Gắn|Kết nối|Chuẩn bị|Lập|Trình|Thành lập|Cụ thể hóa|Thể chế hóa|Đa dạng hóa|Hiện đại hóa|Phòng|Ngăn chặn|Đấu tranh|Làm tốt|Làm rõ|Đánh giá|Sơ kết|Tổng kết|Công khai|Đưa|Tạo|Thực thi|Ký kết|Chấn chỉnh|Siết chặt)(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/;
/** The verbs of DIRECTIVE, for a cheap check before the scan. */
const DIRECTIVE_WORDS = ['yêu cầu', 'đề nghị', 'chỉ đạo', 'giao', 'lưu ý', 'chỉ thị'];
const CUE_DIRECTIVE = keywordGroup(DIRECTIVE_WORDS);
const DIRECTIVE =
  /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])(yêu cầu|đề nghị|chỉ đạo|giao|lưu ý|chỉ thị)(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/g;
const DIRECTIVE_AT = new RegExp(DIRECTIVE.source, 'y');

/**
 * `lower.slice(start, end).matchAll(DIRECTIVE)` for a sentence of `segment`, `index` into the
 * sentence: the pattern tried at the keyword hits of its verbs instead of scanning the sentence. A
 * sentence begins after a blank, a line break or a mark and ends before a blank or a line break or on a
 * mark, so the look-behind and look-ahead see the same at its edges in the text as in the slice.
 */
export function directivesIn(
  lower: string,
  hits: KeywordHits,
  start: number,
  end: number,
): RegExpExecArray[] {
  const at = hitsOf(hits, CUE_DIRECTIVE);
  const out: RegExpExecArray[] = [];
  let from = start;
  for (let i = lowerBound(at, start, (p) => p); i < at.length && at[i] < end; i++) {
    const p = at[i];
    if (p < from) continue;
    DIRECTIVE_AT.lastIndex = p;
    const m = DIRECTIVE_AT.exec(lower);
    if (!m || p + m[0].length > end) continue;
    m.index = p - start;
    out.push(m);
    from = p + m[0].length;
  }
  return out;
}

// Adverbs between an authority and its verb ("Thủ tướng cũng yêu cầu"), skipped word by word.
const ADVERB_SET = new Set([
  'cũng',
  'đã',
  'tiếp tục',
  'đặc biệt',
  'còn',
  'vừa',
  'thì',
  'luôn',
  'đồng thời',
  'trực tiếp',
  'nghiêm khắc',
]);
const ADVERBS_BEFORE = phraseSet(ADVERB_SET);
const PRONOUN_END =
  /(?:^|[^A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])(?:Đồng chí|đồng chí|đ\/c|Đ\/c|ông|Ông|bà|Bà|Thủ tướng|Chủ tịch|Bộ trưởng|Tổng Bí thư|Bí thư|Giám đốc Sở|Giám đốc|Trưởng ban|Phó Thủ tướng|Hội nghị|Kết luận|Văn bản|Thông báo|Chỉ thị|Quyết định|Nghị quyết|Công văn|Kế hoạch)\s*$/;
// "Bà Hồng giao …", "ông Tuấn yêu cầu …": a person named again by the given name.
const NAMED_BY_HONORIFIC = /(?:^|\s)(?:ông|bà|Ông|Bà|đồng chí|Đồng chí)\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s*$/;
const PROVINCE_BODY =
  /^\s*,?\s*(?:Ban Thường vụ Tỉnh ủy|Thường trực Tỉnh ủy|Tỉnh ủy|UBND tỉnh|Ủy ban nhân dân tỉnh|HĐND tỉnh|Hội đồng nhân dân tỉnh|Chủ tịch UBND tỉnh)(?![A-Za-zÀ-ỹĐđ])/;
const LOWER_THAN_PROVINCE =
  /Thành ủy|Huyện ủy|Thị ủy|Quận ủy|Đảng ủy|(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân) (?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn)|^Sở |^Phòng |^Ban (?!Thường vụ Tỉnh)|Chủ tịch UBND (?:huyện|quận|thị xã|thành phố|xã)|Giám đốc Sở|HUYỆN ỦY|THÀNH ỦY|SỞ /;
const HIGHER =
  /trung ương|chính phủ|quốc hội|thủ tướng|các bộ|bộ, ngành|cấp trên|ban kinh tế|bộ chính trị|ban bí thư/;
// A ministry by name ("Bộ Tài chính"), on the text as written.
const MINISTRY =
  /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])Bộ\s+[A-ZĐÂĂÊÔƠƯ\u00C0-\u00DD\u1EA0-\u1EF8]/;
const CENTRAL =
  /^(?:Tổng Bí thư|Chủ tịch nước|Chủ tịch Quốc hội|(?:Phó )?Thủ tướng|Chính phủ|Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Quốc hội|Văn phòng Chính phủ|(?:Thứ trưởng |Bộ trưởng )?Bộ [A-ZĐ])/;
// Items of a conclusion that judge rather than assign.
const JUDGEMENT =
  /^(?:Đánh giá cao|Ghi nhận|Biểu dương|Nhất trí|Cơ bản nhất trí|Thống nhất|Tán thành|Hoan nghênh|Đồng ý|Khen ngợi|Phê bình)(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/;
// List items that report rather than assign ("Đến hết tháng 8/2023, giải ngân đạt 42%").
const REPORT_ITEM =
  /^(?:(?:Ông|Bà|Đồng chí|Đ\/c)\s+[A-ZĐÀ-Ỹ][^-–]{2,40}\s[-–]\s|(?:Kế hoạch|Mục tiêu|Chỉ tiêu)[^:;.]{0,60}:|Đến hết|Đến nay|Tính đến|Tính từ|Lũy kế|Trong (?:năm|quý|tháng|\d)|Năm \d{4}|Qua |Sau (?:\d|khi)|Kết quả|Tình hình|Hiện nay|Thời gian qua|Từ đầu năm|Quý (?:I{1,3}|IV|[1-4])[/ ,]|(?:\d{1,2}|Sáu|Chín) tháng(?: đầu năm)?[ ,]|Theo (?:tổng hợp|báo cáo|số liệu|thống kê|kết quả))/;
// The marker of an item in an inline list: "(1)", "a)", "-", "thứ nhất,".
const ITEM_MARKER =
  /^\s*(?:\(?\d{1,2}\)|[a-zđ]\)|[-+•]|[Tt]hứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*,)?\s*/;
const CONT_VERB =
  /^(?:Trình|Báo cáo|Gửi|Hoàn thành|Thời gian hoàn thành|Thời hạn|Tổng hợp|Tham mưu|Đồng thời)(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/;
const MODAL =
  /khẩn trương|(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])cần(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])|(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])phải(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])|tiếp tục|đẩy mạnh|tập trung|quan tâm|chú trọng|tăng cường|nâng cao|ưu tiên|chủ động|kịp thời|nghiêm túc|phấn đấu|xây dựng|hoàn thành/;
const LEAD_ADVERBIAL =
  /^(?:Ngay sau [^,]{0,40}|Trong đó|Cụ thể|Đồng thời|Bên cạnh đó|Cùng với đó|Trước mắt|Mặt khác|Ngoài ra|Trước hết|Đặc biệt|Theo đó|Thời gian tới|Trong thời gian tới|Sắp tới|Theo (?:thông báo|kết luận|công điện|chỉ thị|kế hoạch|quyết định|yêu cầu|chỉ đạo)(?: này| trên)?)\s*,\s*/u;
const NON_ACT_VERB =
  /^\s*(?:thông báo|ban hành|phê duyệt|thông qua|quyết định|công bố|yêu cầu|chỉ đạo|giao|đề nghị|ghi nhận|đánh giá cao|đã|vừa|đang|được|là|có|nhận|cho biết|thông tin|nhận định|khẳng định|nhấn mạnh|phát biểu|trình bày|cùng|tiếp|với|của|và|tại|về|trong|thì|sẽ là|kiến nghị|đề xuất|luôn|hiện|gồm|đến|làm việc|thăm|dự|chủ trì hội nghị|chủ trì buổi|tổ chức hội nghị|khóa|nhiệm kỳ|lần|ban hành kèm|kính|trân trọng|cảm ơn|xin|cam kết|,|\.|:|\(|\))/i;
const RESPONSIBLE =
  /chịu trách nhiệm\s+(?:thi hành|thực hiện|tổ chức thực hiện|triển khai|tổ chức triển khai|quản lý)|căn cứ (?:quyết định|nghị quyết|chỉ thị|kế hoạch)(?: này)? (?:để )?thi hành|giám sát (?:việc )?thực hiện(?: nghị quyết)?(?: này)?\s*[./]*$|(?:^|\s)thi hành (?:quyết định|nghị quyết|chỉ thị|thông tư) này\s*[./]*$/;
/**
 * The bodies of a "Cơ quan phối hợp" cell: one a semicolon or a comma before a capital ("Sở Tài chính,
 * Sở Xây dựng"); "Các sở, ngành" is one.
 */
function partnerCells(cell: string): string[] {
  return cell
    .split(/\s*;\s*|\s*,\s*(?=[A-ZĐÀ-Ỹ])|\n/)
    .map(collapse)
    .filter((p) => /[A-Za-zÀ-ỹĐđ]{2}/.test(p));
}

/** A "Thời hạn" cell: a date ("Quý III/2026", "Trước ngày 30/6/2026"), a year, or "Thường xuyên". */
function dueOf(
  cell: { text: string; start: number; end: number },
  dates: readonly DateHit[],
): { deadline?: string | number; recurring?: boolean } {
  let deadline: string | undefined;
  for (let i = lowerBound(dates, cell.start, (d) => d.span[0]); i < dates.length; i++) {
    if (dates[i].span[1] > cell.end) break;
    deadline = dates[i].value;
  }
  if (deadline) return { deadline };
  const year = /(?:^|\s)năm\s+((?:19|20)\d{2})(?!\d)/i.exec(cell.text);
  if (year) return { deadline: Number(year[1]) };
  return RECURRING.test(cell.text.toLowerCase()) ? { recurring: true } : {};
}

const GIVEN_NAME_END = /\s+\p{Lu}\p{Ll}+\s*$/u;

const RECURRING = /thường xuyên|hằng năm|hàng năm|định kỳ|hằng quý|hàng quý|hằng tháng|hàng tháng|liên tục/;
const PARTNERS =
  /phối hợp(?:\s+với)?\s+(.{3,120}?)(?=\s+(?:để|nhằm|trong|thực hiện|tổ chức|triển khai|đánh giá|tổng hợp|xây dựng|rà soát|đề xuất|báo cáo|hoàn thành|theo|tham mưu|hướng dẫn|kiểm tra|nghiên cứu|bố trí)(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])|[,.;:]|$)/i;

/** The characters of `[,;:]`. */
function isClauseMark(c: number): boolean {
  return c === 44 || c === 59 || c === 58;
}

function isHeading(text: string, ps: number, pe: number): boolean {
  if (pe - ps > 160) return false;
  const line = text.slice(ps, pe).trim();
  if (/[.;]$/.test(line) && !/^[IVX]+\.$/.test(line)) return false;
  if (lettersAllCaps(line) && /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]{2}/.test(line))
    return true;
  if (
    /^(?:[IVX]{1,5}\.|\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\)|Điều\s+\d{1,3}\.)\s+[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100\u0102\u0104\u0106\u0108\u010A\u010C\u010E\u0110\u0112\u0114\u0116\u0118\u011A\u011C\u011E\u0120\u0122\u0124\u0126\u0128\u012A\u012C\u012E\u0130\u0132\u0134\u0136\u0139\u013B\u013D\u013F\u0141\u0143\u0145\u0147\u014A\u014C\u014E\u0150\u0152\u0154\u0156\u0158\u015A\u015C\u015E\u0160\u0162\u0164\u0166\u0168\u016A\u016C\u016E\u0170\u0172\u0174\u0176\u0178\u0179\u017B\u017D\u0181\u0182\u0184\u0186\u0187\u0189-\u018B\u018E-\u0191\u0193\u0194\u0196-\u0198\u019C\u019D\u019F\u01A0\u01A2\u01A4\u01A6\u01A7\u01A9\u01AC\u01AE\u01AF\u01B1-\u01B3\u01B5\u01B7\u01B8\u01BC\u01C4\u01C7\u01CA\u01CD\u01CF\u01D1\u01D3\u01D5\u01D7\u01D9\u01DB\u01DE\u01E0\u01E2\u01E4\u01E6\u01E8\u01EA\u01EC\u01EE\u01F1\u01F4\u01F6-\u01F8\u01FA\u01FC\u01FE\u0200\u0202\u0204\u0206\u0208\u020A\u020C\u020E\u0210\u0212\u0214\u0216\u0218\u021A\u021C\u021E\u0220\u0222\u0224\u0226\u0228\u022A\u022C\u022E\u0230\u0232\u023A\u023B\u023D\u023E\u0241\u0243-\u0246\u0248\u024A\u024C\u024E\u1E00\u1E02\u1E04\u1E06\u1E08\u1E0A\u1E0C\u1E0E\u1E10\u1E12\u1E14\u1E16\u1E18\u1E1A\u1E1C\u1E1E\u1E20\u1E22\u1E24\u1E26\u1E28\u1E2A\u1E2C\u1E2E\u1E30\u1E32\u1E34\u1E36\u1E38\u1E3A\u1E3C\u1E3E\u1E40\u1E42\u1E44\u1E46\u1E48\u1E4A\u1E4C\u1E4E\u1E50\u1E52\u1E54\u1E56\u1E58\u1E5A\u1E5C\u1E5E\u1E60\u1E62\u1E64\u1E66\u1E68\u1E6A\u1E6C\u1E6E\u1E70\u1E72\u1E74\u1E76\u1E78\u1E7A\u1E7C\u1E7E\u1E80\u1E82\u1E84\u1E86\u1E88\u1E8A\u1E8C\u1E8E\u1E90\u1E92\u1E94\u1E9E\u1EA0\u1EA2\u1EA4\u1EA6\u1EA8\u1EAA\u1EAC\u1EAE\u1EB0\u1EB2\u1EB4\u1EB6\u1EB8\u1EBA\u1EBC\u1EBE\u1EC0\u1EC2\u1EC4\u1EC6\u1EC8\u1ECA\u1ECC\u1ECE\u1ED0\u1ED2\u1ED4\u1ED6\u1ED8\u1EDA\u1EDC\u1EDE\u1EE0\u1EE2\u1EE4\u1EE6\u1EE8\u1EEA\u1EEC\u1EEE\u1EF0\u1EF2\u1EF4\u1EF6\u1EF8\u1EFA\u1EFC\u1EFE]/.test(
      line,
    ) &&
    line.split(/\s+/).length <= 14
  )
    return true;
  return false;
}

const ASSIGNED_TRAILER = /\.\s+(?:Cơ quan |Đơn vị )?(?:chủ trì|thực hiện)\s*:\s*/i;

export function findTasks(
  text: string,
  ctx: TaskContext,
): { tasks: TaskItem[]; recommendations: Recommendation[] } {
  const { seg } = ctx;
  const tasks: TaskItem[] = [];
  const recs: Recommendation[] = [];
  const cov = new Coverage(text.length);
  const agentEnds = new Set<number>();
  for (const o of ctx.orgs) agentEnds.add(o.end);
  const titleEnds = new Set<number>();
  for (const t of ctx.titles) {
    agentEnds.add(t.end);
    titleEnds.add(t.end);
  }
  for (const p of ctx.people) agentEnds.add(p.span[1]);
  for (const [, e] of ctx.personMentions ?? []) agentEnds.add(e);
  const orgStarts = new Map<number, OrgMention>();
  for (const o of ctx.orgs) orgStarts.set(o.start, o);

  let lastTaskPara = -1;
  const add = (s: number, e: number, extra: Partial<TaskItem> = {}) => {
    let start = s;
    let end = e;
    while (end > start && isTaskTrail(text.charCodeAt(end - 1))) end--;
    // (and no task opens with the comma or colon of the clause before it)
    while (start < end && (isJsSpace(text.charCodeAt(start)) || isClauseMark(text.charCodeAt(start))))
      start++;
    if (end - start < 12 || cov.overlaps(start, end)) return;
    const body = collapse(text.slice(start, end));
    // "…, đơn vị;\nhoàn thành trước ngày 20/3/2026.": a deadline after a semicolon that ended a line
    // closes the task before it.
    const last = tasks[tasks.length - 1];
    if (
      last &&
      CLOSING_CLAUSE.test(body) &&
      body.charAt(0) !== body.charAt(0).toUpperCase() &&
      /^[\s;]*$/.test(text.slice(last.span[1], start))
    ) {
      cov.claim(start, end);
      last.text = `${last.text}; ${body}`;
      last.span = [last.span[0], end];
      const { deadline } = last;
      enrich(text, last, ctx, orgStarts);
      if (deadline && !last.deadline) last.deadline = deadline;
      return;
    }
    if (!spacesAtLeast(body, 3)) return;
    // "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Bộ …": a way to ask, no work
    // (with a body named, "…, các sở phản ánh kịp thời về Bộ …", it is that body's duty).
    if (IF_PROBLEMS.test(body)) return;
    // "- Công ty TNHH MTV Khai thác …;" under "Kính gửi:": a body named, no work.
    const only = orgStarts.get(start);
    if (only && only.end >= end - 1) return;
    cov.claim(start, end);
    lastTaskPara = seg.sentences[seg.sentenceAt(start)]?.para ?? -1;
    // "… một cửa các cấp. Cơ quan chủ trì: Sở Thông tin và Truyền thông; phối hợp: …; hoàn thành …":
    // who does it and by when, said after the work; the task is the work.
    const trailer = ASSIGNED_TRAILER.exec(body);
    const task: TaskItem = {
      text: trailer ? body.slice(0, trailer.index) : body,
      span: [start, end],
      ...extra,
    };
    enrich(text, task, ctx, orgStarts);
    if (trailer && !task.lead) {
      const who = /^[^;.]+/.exec(body.slice(trailer.index + trailer[0].length))?.[0].trim();
      if (who) task.lead = who;
    }
    // Items under a heading that names a body ("1. Sở Tài chính") are that body's.
    if (!task.lead) {
      const para = seg.sentences[seg.sentenceAt(start)]?.para ?? 0;
      const hl = headingLead[para];
      if (hl) task.lead = hl;
    }
    tasks.push(task);
  };

  // A table of tasks gives a task a row, its lead, partners and deadline from its columns.
  const taskTable = findTaskRows(text);
  for (const [a, b] of taskTable.headers) cov.claim(a, b);
  for (const row of taskTable.rows) {
    const { work } = row;
    if (cov.overlaps(work.start, work.end)) continue;
    cov.claim(work.start, work.end);
    const task: TaskItem = { text: collapse(work.text), span: [work.start, work.end] };
    if (row.lead) task.lead = collapse(row.lead.text);
    if (row.partners) task.partners = partnerCells(row.partners.text);
    if (row.due) Object.assign(task, dueOf(row.due, ctx.dates));
    if (ctx.issuer) task.source = ctx.issuer;
    tasks.push(task);
  }

  // A task a clause: the clauses of [s, e) after a semicolon that `opens` accepts (it returns how many
  // characters of the clause's head to skip, or -1 when the clause goes on the task before it).
  const addClauses = (s: number, e: number, extra: Partial<TaskItem>, opens: (next: number) => number) => {
    let start = s;
    for (let semi = indexBetween(text, ';', s, e); semi !== -1; semi = indexBetween(text, ';', semi + 1, e)) {
      let next = semi + 1;
      while (next < e && isJsSpace(text.charCodeAt(next))) next++;
      if (!spacesAtLeast(text.slice(start, semi), 3)) continue;
      const skip = opens(next);
      if (skip < 0) continue;
      add(start, semi, extra);
      start = next + skip;
    }
    add(start, e, extra);
  };
  // A directive's clauses after a semicolon are tasks of their own ("yêu cầu các sở … ; giao Sở Tài
  // chính chủ trì …"; "đề nghị các cấp ủy quán triệt …; tập trung tái cơ cấu …"), except the report
  // or submission that closes an assignment ("…; tổng hợp, báo cáo UBND tỉnh trước ngày 15/12").
  const addDirective = (s: number, e: number, extra: Partial<TaskItem>) =>
    addClauses(s, e, extra, (next) => {
      const head = text.slice(next, Math.min(e, next + 40));
      if (CLOSING_CLAUSE.test(head) || !spacesAtLeast(text.slice(next, e), 3)) return -1;
      return /^giao\s+(?:cho\s+)?/i.exec(head)?.[0].length ?? 0;
    });
  // "Sở Kế hoạch và Đầu tư tham mưu …; Cục Thuế tỉnh chống thất thu …; Sở Nông nghiệp …": each body
  // after a semicolon opens a task of its own.
  const addByBody = (s: number, e: number, extra: Partial<TaskItem>) =>
    addClauses(s, e, extra, (next) => {
      const body = orgStarts.get(next);
      return body && isActingBody(text, body) ? 0 : -1;
    });

  // Section kinds from headings.
  // 1 task section, -1 other, -2 recommendations, 0 unknown
  const paraSection = new Int8Array(seg.paras.length);
  const headingLead: Array<string | undefined> = new Array(seg.paras.length);
  let currentLead: string | undefined;
  let current = 0;
  for (let p = 0; p < seg.paras.length; p++) {
    const [ps, pe] = seg.paras[p];
    if (isHeading(text, ps, pe)) {
      const line = text.slice(ps, pe);
      const lineL = line.toLowerCase();
      // "3. Kiến nghị", "IV. ĐỀ XUẤT, KIẾN NGHỊ": what is asked of the bodies above, not assigned.
      const asked = /^\s*(?:[ivx]+\.|\d+(?:\.\d+)*\.?)?\s*(kiến nghị|đề xuất|đề nghị)/.exec(lineL);
      // "2. Đề nghị UBND các tỉnh, thành phố:" in a ministry's letter: what the centre asks of those
      // under it is work assigned, not a proposal upward.
      if (
        asked?.[1] === 'đề nghị' &&
        CENTRAL.test(ctx.issuer ?? '') &&
        !HIGHER.test(lineL.slice(asked[0].length)) &&
        !MINISTRY.test(line.slice(asked[0].length))
      )
        current = 1;
      else if (asked) current = -2;
      else if (TASK_HEADING.test(lineL) && !/^\s*(?:[ivx]+\.|\d+\.)?\s*(?:mục tiêu)/.test(lineL)) current = 1;
      else if (NON_TASK_HEADING.test(lineL)) current = -1;
      else if (/^\s*[IVX]{1,5}\./.test(line) || lettersAllCaps(line)) current = 0;
      paraSection[p] = 2;
      // "1. Sở Tài chính" (with or without a colon): the body in charge of the items below.
      const marker = LIST_ITEM.exec(line);
      const at = ps + (marker ? marker[0].length : 0);
      const org = orgStarts.get(at);
      currentLead = org && /^[\s:]*$/.test(text.slice(org.end, pe)) ? org.name : undefined;
      continue;
    }
    paraSection[p] = current;
    headingLead[p] = currentLead;
  }

  const sentences = seg.sentences;
  const hits = ctx.hits ?? keywordHits(ctx.lower);
  const cues = sentenceCues(sentences, hits, [
    CUE_DIRECTIVE,
    CUE_RESPONSIBLE,
    CUE_RECOMMEND,
    CUE_LEAD,
    CUE_PLANNED,
  ]);
  let directivePara = -1;
  let directiveSource: string | undefined;
  let listLeadPara = -1;
  let listSource: string | undefined;
  for (let si = 0; si < sentences.length; si++) {
    const sent = sentences[si];
    const { start: ss, end: se, para } = sent;
    const [ps] = seg.paras[para];
    const stext = text.slice(ss, se);
    const stextL = ctx.lower.slice(ss, se);
    const isParaStart =
      ss === ps || (ss - ps <= 16 && /^\s*$/.test(text.slice(ps, ss).replace(LIST_ITEM, '')));
    const section = paraSection[para];
    const cue = cues[si];
    if (section === -2) {
      recs.push({ text: collapse(stext.replace(LIST_ITEM, '')).replace(/[.…;]+$/, ''), span: [ss, se] });
      continue;
    }

    // "Điều 3. ... chịu trách nhiệm thi hành Quyết định này."
    if (cue & CUE_RESPONSIBLE && RESPONSIBLE.test(stextL) && !/:\s*$/.test(stext)) {
      const body =
        /^(?:Điều\s+\d+\s*[.:]\s*)?(?:Các ông,?\s*(?:\(?bà\)?)?\s*:?\s*|Các ông\s*\/\s*bà\s*:?\s*)?/.exec(
          stext,
        );
      add(ss + (body ? body[0].length : 0), se, { source: ctx.issuer });
      continue;
    }

    // List items after a lead-in ("... nhiệm vụ, giải pháp chủ yếu ... là:", "chịu trách nhiệm ...:").
    if (listLeadPara >= 0 && para > listLeadPara) {
      const [pps, ppe] = seg.paras[para];
      if (paraSection[para] === 2) listLeadPara = -1;
      else if (
        LIST_ITEM.test(text.slice(pps, Math.min(ppe, pps + 12))) ||
        CONT_VERB.test(stext) ||
        para === listLeadPara + 1
      ) {
        // "2. Để hoàn thành mục tiêu …, Ban Thường vụ Tỉnh ủy yêu cầu:": an item that leads the items
        // under it is their lead-in, not a task.
        const colonAt = stext.lastIndexOf(':');
        if (
          isParaStart &&
          colonAt >= 0 &&
          /^\s*$/.test(stext.slice(colonAt + 1)) &&
          /yêu cầu|giao|đề nghị|chỉ đạo|nhiệm vụ|giải pháp/.test(stextL.slice(0, colonAt))
        ) {
          listLeadPara = para;
          listSource = sourceBefore(text, ss, ss + colonAt, ctx) ?? listSource;
          continue;
        }
        if (
          isParaStart &&
          !JUDGEMENT.test(text.slice(pps, ppe).replace(LIST_ITEM, '')) &&
          !REPORT_ITEM.test(text.slice(pps, ppe).replace(LIST_ITEM, ''))
        ) {
          const marker = LIST_ITEM.exec(text.slice(pps, ppe));
          const giao = /^Giao\s+(?:cho\s+)?/.exec(text.slice(pps + (marker?.[0].length ?? 0), ppe));
          add(pps + (marker?.[0].length ?? 0) + (giao?.[0].length ?? 0), ppe, { source: listSource });
        }
        continue;
      } else listLeadPara = -1;
    }

    // A lead-in with an inline list: "huyện nêu các nhiệm vụ, giải pháp trọng tâm sau: A; B; C".
    const colon = stext.indexOf(':');
    if (colon >= 0) {
      const rest = stext.slice(colon + 1);
      const leadL = stextL.slice(0, colon);
      // "... các nhiệm vụ, giải pháp trọng tâm là:" leads a list; "Mục tiêu cụ thể là:" does not.
      const inc = lastMatch(
        /nhiệm vụ|giải pháp|yêu cầu|chỉ đạo|chịu trách nhiệm|phân công|giao|đề nghị|tập trung|kết luận|đột phá/g,
        leadL,
      );
      const exc = lastMatch(/mục tiêu|mục đích|kết quả|chỉ tiêu|căn cứ/g, leadL);
      // "như sau", "sau đây" lead a list of tasks only when no targets are named: "Thông qua các chỉ
      // tiêu chủ yếu năm 2021 như sau:" lists figures.
      const weak = exc < 0 ? lastMatch(/như sau|sau đây/g, leadL) : -1;
      const isLead = (inc >= 0 || weak >= 0) && Math.max(inc, weak) > exc && section !== -1;
      if (isLead && /^\s*$/.test(rest)) {
        listLeadPara = para;
        listSource = sourceBefore(text, ss, ss + colon, ctx) ?? ctx.issuer;
        continue;
      }
      if (isLead && rest.includes(';') && /nhiệm vụ|giải pháp|yêu cầu|đột phá/.test(leadL)) {
        const source = sourceBefore(text, ss, ss + colon, ctx);
        let off = ss + colon + 1;
        for (const item of rest.split(';')) {
          const marker = ITEM_MARKER.exec(item);
          add(off + (marker ? marker[0].length : 0), off + item.length, source ? { source } : {});
          off += item.length + 1;
        }
        continue;
      }
    }

    // Directives: "<authority> yêu cầu/giao/chỉ đạo/đề nghị ...", or an imperative at the start ("Giao Sở X ...").
    let handled = false;
    // (Cheap checks first: most sentences have none of the verbs, and the scan is what costs.)
    const hasVerb = (cue & CUE_DIRECTIVE) !== 0;
    for (const m of hasVerb ? directivesIn(ctx.lower, hits, ss, se) : []) {
      const v = ss + m.index;
      const verb = m[1].toLowerCase();
      const agentPos = skipAdverbs(text, v, ss);
      const atStart =
        v === ss || /^\s*(?:[-+•]|\d{1,2}[.)]|[a-z]\)|Điều\s+\d+\s*[.:])?\s*$/.test(text.slice(ss, v));
      const before = text.slice(Math.max(ss, agentPos - 20), agentPos);
      // "Phó Thủ tướng Quang yêu cầu": a title and the given name alone.
      const givenName = GIVEN_NAME_END.exec(before);
      const byAgent =
        agentEnds.has(agentPos) ||
        PRONOUN_END.test(before) ||
        NAMED_BY_HONORIFIC.test(before) ||
        (givenName !== null && titleEnds.has(agentPos - givenName[0].length)) ||
        // "đồng chí Lê Thanh Hải, …, Chủ tịch UBND Thành phố, yêu cầu": the titles in apposition end
        // with a comma.
        (text.charCodeAt(agentPos - 1) === 44 && titleEnds.has(agentPos - 1));
      // "Chủ tịch UBND tỉnh … nhấn mạnh …, yêu cầu các sở …": the speaker of the sentence directs.
      // ("… đã ký công điện chỉ đạo …, trong đó yêu cầu …": so with what the text names after the comma.)
      const spoken =
        !byAgent &&
        (text.charCodeAt(agentPos - 1) === 44 || WITHIN_IT.test(text.slice(Math.max(ss, v - 24), v))) &&
        spokenBy(text, ss, agentPos, agentEnds);
      // "Các địa phương được yêu cầu rút ngắn …": the passive names who must act.
      const passive = verb === 'yêu cầu' && /(?:^|\s)được\s*$/.test(text.slice(Math.max(ss, v - 8), v));
      if (!atStart && !byAgent && !passive && !spoken) continue;
      // "Chỉ thị này được phổ biến …", "Chỉ thị số 05-CT/TU": the document, not the verb.
      if (verb === 'chỉ thị' && text.charCodeAt(v) === 67 /* C */) continue;
      // "đề nghị UBND tỉnh giao Trung tâm …", "kiến nghị Ban Thường vụ Tỉnh ủy chỉ đạo …": a proposal
      // that the higher body assign, not an assignment.
      if (
        verb !== 'đề nghị' &&
        PROPOSED.test(
          text.slice(Math.max(ss, v - 120, lastIndexBetween(text, ';', Math.max(ss, v - 120), v) + 1), v),
        )
      )
        continue;
      if (verb === 'giao') {
        // "giao Sở X chủ trì": an agency must follow.
        const after = /^\s*(?:cho\s+)?/.exec(text.slice(v + m[0].length, v + m[0].length + 8));
        const objStart = v + m[0].length + (after ? after[0].length : 0);
        const obj =
          orgStarts.get(objStart) ?? orgStarts.get(objStart + titleSkip(text, objStart, ctx.titles));
        if (!obj && !/^(?:các|UBND|Ủy ban|Sở|Bộ|Ban)/.test(text.slice(objStart, objStart + 8))) continue;
        const source = byAgent ? sourceBefore(text, ss, agentPos, ctx) : undefined;
        addDirective(objStart, taskEnd(text, seg, si), { source: source ?? directiveSource });
        handled = true;
        break;
      }
      const objStart = v + m[0].length;
      const rest = text.slice(objStart, se);
      // "yêu cầu các cấp ủy thực hiện tốt các nội dung sau:" leads the list below.
      if (/^\s*:?\s*$/.test(rest) || /:\s*$/.test(rest)) {
        listLeadPara = para;
        listSource = sourceBefore(text, ss, agentPos, ctx);
        handled = true;
        break;
      }
      // "Thủ tướng yêu cầu: (1) ...; (2) ...": one task per item of the inline list.
      const inline = /^\s*:\s*/.exec(rest);
      if (inline && rest.includes(';')) {
        const source = byAgent ? sourceBefore(text, ss, agentPos, ctx) : undefined;
        let off = objStart + inline[0].length;
        for (const item of text.slice(off, se).split(';')) {
          const marker = ITEM_MARKER.exec(item);
          add(off + (marker ? marker[0].length : 0), off + item.length, { source });
          off += item.length + 1;
        }
        handled = true;
        break;
      }
      // "đề nghị" upward (a province to the ministries) is a recommendation; from the centre it is a directive.
      // Without a speaker in the sentence ("Đề nghị Bộ Tài chính ..."), the last office named before
      // speaks: a conclusion of the Prime Minister directs, a province's report proposes.
      // (With no one named, the body that issues the text speaks: a ministry's letter to the provinces.)
      const speaker =
        (byAgent || spoken ? (sourceBefore(text, ss, agentPos, ctx) ?? '') : lastTitleBefore(ctx, ss)) ||
        (ctx.issuer ?? '');
      if (
        verb === 'đề nghị' &&
        (((HIGHER.test(rest.slice(0, 100).toLowerCase()) || MINISTRY.test(rest.slice(0, 100))) &&
          !CENTRAL.test(speaker)) ||
          // "Ban Thường vụ Thành ủy đề nghị Ban Thường vụ Tỉnh ủy, UBND tỉnh …": a district or a
          // department asking its province.
          (PROVINCE_BODY.test(rest) && LOWER_THAN_PROVINCE.test(speaker || (ctx.issuer ?? ''))))
      ) {
        recs.push({ text: collapse(rest.replace(/^\s*,?\s*/, '')), span: [objStart, se] });
        handled = true;
        break;
      }
      if (
        verb === 'chỉ đạo' &&
        !/^\s*(?:các|UBND|Ủy ban|Sở|Bộ|Ban|[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100\u0102\u0104\u0106\u0108\u010A\u010C\u010E\u0110\u0112\u0114\u0116\u0118\u011A\u011C\u011E\u0120\u0122\u0124\u0126\u0128\u012A\u012C\u012E\u0130\u0132\u0134\u0136\u0139\u013B\u013D\u013F\u0141\u0143\u0145\u0147\u014A\u014C\u014E\u0150\u0152\u0154\u0156\u0158\u015A\u015C\u015E\u0160\u0162\u0164\u0166\u0168\u016A\u016C\u016E\u0170\u0172\u0174\u0176\u0178\u0179\u017B\u017D\u0181\u0182\u0184\u0186\u0187\u0189-\u018B\u018E-\u0191\u0193\u0194\u0196-\u0198\u019C\u019D\u019F\u01A0\u01A2\u01A4\u01A6\u01A7\u01A9\u01AC\u01AE\u01AF\u01B1-\u01B3\u01B5\u01B7\u01B8\u01BC\u01C4\u01C7\u01CA\u01CD\u01CF\u01D1\u01D3\u01D5\u01D7\u01D9\u01DB\u01DE\u01E0\u01E2\u01E4\u01E6\u01E8\u01EA\u01EC\u01EE\u01F1\u01F4\u01F6-\u01F8\u01FA\u01FC\u01FE\u0200\u0202\u0204\u0206\u0208\u020A\u020C\u020E\u0210\u0212\u0214\u0216\u0218\u021A\u021C\u021E\u0220\u0222\u0224\u0226\u0228\u022A\u022C\u022E\u0230\u0232\u023A\u023B\u023D\u023E\u0241\u0243-\u0246\u0248\u024A\u024C\u024E\u1E00\u1E02\u1E04\u1E06\u1E08\u1E0A\u1E0C\u1E0E\u1E10\u1E12\u1E14\u1E16\u1E18\u1E1A\u1E1C\u1E1E\u1E20\u1E22\u1E24\u1E26\u1E28\u1E2A\u1E2C\u1E2E\u1E30\u1E32\u1E34\u1E36\u1E38\u1E3A\u1E3C\u1E3E\u1E40\u1E42\u1E44\u1E46\u1E48\u1E4A\u1E4C\u1E4E\u1E50\u1E52\u1E54\u1E56\u1E58\u1E5A\u1E5C\u1E5E\u1E60\u1E62\u1E64\u1E66\u1E68\u1E6A\u1E6C\u1E6E\u1E70\u1E72\u1E74\u1E76\u1E78\u1E7A\u1E7C\u1E7E\u1E80\u1E82\u1E84\u1E86\u1E88\u1E8A\u1E8C\u1E8E\u1E90\u1E92\u1E94\u1E9E\u1EA0\u1EA2\u1EA4\u1EA6\u1EA8\u1EAA\u1EAC\u1EAE\u1EB0\u1EB2\u1EB4\u1EB6\u1EB8\u1EBA\u1EBC\u1EBE\u1EC0\u1EC2\u1EC4\u1EC6\u1EC8\u1ECA\u1ECC\u1ECE\u1ED0\u1ED2\u1ED4\u1ED6\u1ED8\u1EDA\u1EDC\u1EDE\u1EE0\u1EE2\u1EE4\u1EE6\u1EE8\u1EEA\u1EEC\u1EEE\u1EF0\u1EF2\u1EF4\u1EF6\u1EF8\u1EFA\u1EFC\u1EFE])/.test(
          rest,
        )
      )
        continue;
      const source = byAgent || spoken ? sourceBefore(text, ss, agentPos, ctx) : undefined;
      addDirective(objStart, taskEnd(text, seg, si), { source });
      directivePara = para;
      directiveSource = source;
      handled = true;
      break;
    }
    if (handled) continue;

    // Kiến nghị, đề xuất: recommendations, never tasks.
    // (The cue words' first syllables are common, "đề án", "vấn đề": the phrases themselves first.)
    const rec =
      cue & CUE_RECOMMEND &&
      (stextL.includes('kiến nghị') || stextL.includes('đề xuất')) &&
      /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])(kiến nghị|đề xuất)(?:\s+(?:với|lên))?\s+(.{10,300})/i.exec(
        stext,
      );
    if (rec && !/^(?:của|được|này)/.test(rec[2])) {
      recs.push({ text: collapse(rec[2]).replace(/[.…]+$/, ''), span: [ss + rec.index, se] });
    }

    // Sentences that continue a directive in the same paragraph: "Ngay sau Hội nghị này, các bộ ngành ... khẩn trương ...".
    if (
      para === directivePara &&
      MODAL.test(stextL) &&
      !/(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])(?:đã|vừa)(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/.test(
        stext.slice(0, 40),
      )
    ) {
      const lead = LEAD_ADVERBIAL.exec(stext);
      // ("Phấn đấu đến hết năm 2023, tỷ lệ … đạt trên 95%": a figure aimed at is a target, not a task.)
      if (!AIMED_FIGURE.test(stext)) {
        addByBody(ss + (lead ? lead[0].length : 0), se, { source: directiveSource });
        continue;
      }
    }

    // "Nhà đầu tư có trách nhiệm ký quỹ …": a duty the text lays on someone.
    // (Every match has the words: a search for them is cheaper than the pattern's lazy scan.)
    if (isParaStart && stext.includes('có trách nhiệm') && DUTY.test(stext)) {
      const skip = LIST_ITEM.exec(stext) ?? ARTICLE.exec(stext);
      add(ss + (skip ? skip[0].length : 0), se, { source: ctx.issuer });
      continue;
    }
    // A body as the subject of an assignment at the start of a paragraph: "Bộ Tài chính bố trí kinh phí
    // ...", or of a sentence in a paragraph that assigns work ("Thủ tướng yêu cầu …. Bộ Y tế chuẩn bị …").
    const inTaskPara = !isParaStart && para === lastTaskPara;
    // "Ủy ban nhân dân các tỉnh có dự án đi qua tập trung hoàn thành …": a group told what to do, in a
    // paragraph that assigns work.
    if (
      inTaskPara &&
      GROUP_SUBJECT.test(stext) &&
      MODAL.test(stextL) &&
      !/(?:^|\s)(?:đã|vừa)\s/.test(stextL.slice(0, 60))
    ) {
      add(ss, se, { source: directiveSource ?? ctx.issuer });
      continue;
    }
    if (isParaStart || inTaskPara) {
      const lm = isParaStart ? LIST_ITEM.exec(stext) : null;
      // "Điều 3. Thường trực HĐND tỉnh … giám sát": an article can open with its subject too.
      const subjSkip = lm ?? (isParaStart ? ARTICLE.exec(stext) : LEAD_ADVERBIAL.exec(stext));
      const subjStart = ss + (subjSkip ? subjSkip[0].length : 0);
      const org = orgStarts.get(subjStart);
      if (org && isActingBody(text, org) && !isAllCaps(org.name)) {
        // "Bộ Kế hoạch và Đầu tư, Bộ Tài chính cân đối …", "UBND huyện A và UBND huyện B kiểm tra …".
        let last = org;
        for (let k = 0; k < 6; k++) {
          const sep = /^\s*(?:,|và)\s*/.exec(text.slice(last.end, last.end + 8));
          const next = sep ? orgStarts.get(last.end + sep[0].length) : undefined;
          if (!next) break;
          last = next;
        }
        const afterOrg = text.slice(last.end, Math.min(se, last.end + 40));
        if (
          /^\s+chủ trì/.test(afterOrg) ||
          (!NON_ACT_VERB.test(afterOrg) &&
            /^\s+[a-z\u00DF-\u00F6\u00F8-\u00FF\u0101\u0103\u0105\u0107\u0109\u010B\u010D\u010F\u0111\u0113\u0115\u0117\u0119\u011B\u011D\u011F\u0121\u0123\u0125\u0127\u0129\u012B\u012D\u012F\u0131\u0133\u0135\u0137\u0138\u013A\u013C\u013E\u0140\u0142\u0144\u0146\u0148\u0149\u014B\u014D\u014F\u0151\u0153\u0155\u0157\u0159\u015B\u015D\u015F\u0161\u0163\u0165\u0167\u0169\u016B\u016D\u016F\u0171\u0173\u0175\u0177\u017A\u017C\u017E-\u0180\u0183\u0185\u0188\u018C\u018D\u0192\u0195\u0199-\u019B\u019E\u01A1\u01A3\u01A5\u01A8\u01AA\u01AB\u01AD\u01B0\u01B4\u01B6\u01B9\u01BA\u01BD-\u01BF\u01C6\u01C9\u01CC\u01CE\u01D0\u01D2\u01D4\u01D6\u01D8\u01DA\u01DC\u01DD\u01DF\u01E1\u01E3\u01E5\u01E7\u01E9\u01EB\u01ED\u01EF\u01F0\u01F3\u01F5\u01F9\u01FB\u01FD\u01FF\u0201\u0203\u0205\u0207\u0209\u020B\u020D\u020F\u0211\u0213\u0215\u0217\u0219\u021B\u021D\u021F\u0221\u0223\u0225\u0227\u0229\u022B\u022D\u022F\u0231\u0233-\u0239\u023C\u023F\u0240\u0242\u0247\u0249\u024B\u024D\u024F\u1E01\u1E03\u1E05\u1E07\u1E09\u1E0B\u1E0D\u1E0F\u1E11\u1E13\u1E15\u1E17\u1E19\u1E1B\u1E1D\u1E1F\u1E21\u1E23\u1E25\u1E27\u1E29\u1E2B\u1E2D\u1E2F\u1E31\u1E33\u1E35\u1E37\u1E39\u1E3B\u1E3D\u1E3F\u1E41\u1E43\u1E45\u1E47\u1E49\u1E4B\u1E4D\u1E4F\u1E51\u1E53\u1E55\u1E57\u1E59\u1E5B\u1E5D\u1E5F\u1E61\u1E63\u1E65\u1E67\u1E69\u1E6B\u1E6D\u1E6F\u1E71\u1E73\u1E75\u1E77\u1E79\u1E7B\u1E7D\u1E7F\u1E81\u1E83\u1E85\u1E87\u1E89\u1E8B\u1E8D\u1E8F\u1E91\u1E93\u1E95-\u1E9D\u1E9F\u1EA1\u1EA3\u1EA5\u1EA7\u1EA9\u1EAB\u1EAD\u1EAF\u1EB1\u1EB3\u1EB5\u1EB7\u1EB9\u1EBB\u1EBD\u1EBF\u1EC1\u1EC3\u1EC5\u1EC7\u1EC9\u1ECB\u1ECD\u1ECF\u1ED1\u1ED3\u1ED5\u1ED7\u1ED9\u1EDB\u1EDD\u1EDF\u1EE1\u1EE3\u1EE5\u1EE7\u1EE9\u1EEB\u1EED\u1EEF\u1EF1\u1EF3\u1EF5\u1EF7\u1EF9\u1EFB\u1EFD\u1EFF]/.test(
              afterOrg,
            ) &&
            section >= 0)
        ) {
          // (A list item naming two bodies is one item: "3. Ban cán sự đảng … chỉ đạo …; Ủy ban Kiểm tra …".)
          (lm ? add : addByBody)(subjStart, se, {
            source: inTaskPara ? (directiveSource ?? ctx.issuer) : ctx.issuer,
          });
          continue;
        }
      }
      // List items in a section of tasks, or items that start with an action verb outside target sections.
      if (lm && (section === 0 || section === 1)) {
        const body = stext.slice(lm[0].length);
        if (
          (section === 1 || ACTION_START.test(body) || GROUP_ACTS.test(body)) &&
          !/^Về\s/.test(body) &&
          !IN_FORCE.test(body) &&
          body.split(/\s+/).length >= 6
        ) {
          const [, ppe] = seg.paras[para];
          add(subjStart, ppe, { source: ctx.issuer });
          continue;
        }
      }
    }
    // A paragraph under a heading of tasks that starts with an action: "Đẩy mạnh đào tạo nghề ...".
    if (isParaStart && section === 1 && ACTION_START.test(stext) && stext.split(/\s+/).length >= 6) {
      add(ss, seg.paras[para][1], { source: ctx.issuer });
      continue;
    }
    // "X chủ trì, phối hợp với Y ..." anywhere.
    const ct =
      cue & CUE_LEAD &&
      /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])chủ trì,?\s+phối hợp/.exec(stext);
    if (ct && !/hội nghị|buổi làm việc|cuộc họp/i.test(stext.slice(0, ct.index))) {
      const lead = LEAD_ADVERBIAL.exec(stext);
      addByBody(ss + (lead ? lead[0].length : 0), se, { source: ctx.issuer });
      continue;
    }
    // "Sở Tư pháp phối hợp với Đài Phát thanh … mở chuyên mục …": a body told to work with another.
    const subject = orgStarts.get(ss);
    if (
      subject &&
      !isAllCaps(subject.name) &&
      /^\s+phối hợp với\s/.test(text.slice(subject.end, subject.end + 16)) &&
      isActingBody(text, subject)
    ) {
      add(ss, se, { source: directiveSource ?? ctx.issuer });
      continue;
    }
    // "Dự thảo sẽ được trình Ủy ban nhân dân tỉnh trong quý III năm 2026": planned work with a deadline.
    // (The date first: it is a binary search, the pattern a scan of the sentence.)
    const di = lowerBound(ctx.dates, ss, (d) => d.span[0]);
    const dated = di < ctx.dates.length && ctx.dates[di].span[1] <= se;
    // "Ông …, Phó Giám đốc Sở …, cho biết Sở sẽ phối hợp với … ; trình UBND tỉnh … trước ngày …": what
    // a body says it will do, each clause, from after "sẽ".
    const will = dated && cue & CUE_PLANNED ? BODY_WILL.exec(stext) : null;
    if (will) {
      addDirective(ss + will.index + will[0].length, se, {});
      continue;
    }
    if (
      dated &&
      cue & CUE_PLANNED &&
      /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])sẽ\s+(?:được\s+)?(?:trình|hoàn thành|ban hành|tổ chức|triển khai|báo cáo|hoàn thiện)|(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])(?:hoàn thành|trình|báo cáo)\s+[^.]{0,80}?trước\s+(?:ngày|tháng|quý)/i.test(
        stext,
      )
    )
      add(ss, se);
  }
  tasks.sort((a, b) => a.span[0] - b.span[0]);
  return { tasks, recommendations: recs };
}

const IF_PROBLEMS =
  /^(?:Trong quá trình (?:tổ chức )?(?:triển khai )?thực hiện,?\s*)?nếu có (?:khó khăn|vướng mắc|phát sinh)[^,;.]{0,40}(?:,\s*(?:khó khăn|vướng mắc)[^,;.]{0,20})?,\s*(?:đề nghị\s+)?(?:phản ánh|báo cáo|liên hệ)/i;
// "… cho biết Sở sẽ", "Bộ sẽ tiếp tục": a body, named or by its kind alone, then "sẽ".
const BODY_WILL =
  /(?:cho biết|khẳng định|thông tin|nhấn mạnh),?\s+(?:thời gian tới,?\s+)?(?:Sở|Bộ|Ngành|Ban|Cục|Ủy ban|UBND|tỉnh|thành phố|đơn vị)(?:\s+\S+){0,6}?\s+sẽ\s+(?:tiếp tục\s+)?/u;
const AIMED_FIGURE = /^\s*Phấn đấu\s[^;]*\d\s*%/;
const WITHIN_IT = /,\s*(?:trong đó|theo đó|đồng thời)\s+$/;
const SPEECH_VERB =
  /^,?\s+(?:nhấn mạnh|khẳng định|đánh giá|cho rằng|chỉ rõ|lưu ý|ghi nhận|biểu dương|nêu rõ|phát biểu|(?:đã\s+)?ký(?:\s+ban hành)?|(?:đã\s+)?ban hành)(?![a-zà-ỹđ])/;
/**
 * Whether a person, title or body named in [from, to) is followed by a verb of speech: "Chủ tịch UBND
 * tỉnh Lê Quang Thịnh nhấn mạnh …, yêu cầu": the directive that follows the comma is theirs.
 */
function spokenBy(text: string, from: number, to: number, agentEnds: ReadonlySet<number>): boolean {
  for (let i = from; i < to; i++)
    if (agentEnds.has(i) && SPEECH_VERB.test(text.slice(i, i + 16))) return true;
  return false;
}

/** Characters of a title ("Giám đốc ") before an agency at `pos`. */
function titleSkip(text: string, pos: number, titles: readonly TitleHit[]): number {
  const i = lowerBound(titles, pos, (t) => t.start);
  if (i < titles.length && titles[i].start === pos) {
    let e = titles[i].headEnd;
    while (e < text.length && (text.charAt(e) === ' ' || text.charAt(e) === '\t')) e++;
    return e - pos;
  }
  return 0;
}

/** Where a directive's text ends: its sentence, plus bare-verb continuations ("Trình UBND tỉnh trước ngày ..."). */
// Clauses that close an assignment rather than start another.
const CLOSING_CLAUSE =
  /^(?:tổng hợp|báo cáo|trình|gửi|hoàn thành(?=\s+(?:trước|trong|vào|chậm|xong|đúng|theo|ngay))|thời gian|thời hạn|định kỳ|(?:hằng|hàng) (?:năm|quý|tháng|tuần)|kịp thời báo cáo|đồng thời báo cáo|xong trước|trước ngày)(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/i;
const PROPOSED = /(?:đề nghị|kiến nghị|đề xuất)\s+[^;]{0,60}$/;
const OWN_DIRECTIVE =
  /^[^,;]{0,12},?\s*[^;]{0,40}?(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])(?:yêu cầu|giao|đề nghị|chỉ đạo)(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/;

function taskEnd(text: string, seg: Segmentation, si: number): number {
  let end = seg.sentences[si].end;
  for (let k = si + 1; k < seg.sentences.length && k < si + 4; k++) {
    const s = seg.sentences[k];
    if (s.para !== seg.sentences[si].para) break;
    if (!CONT_VERB.test(text.slice(s.start, s.start + 30))) break;
    // "Đồng thời, Phó Thủ tướng yêu cầu …": a directive of its own, not the rest of this one.
    if (OWN_DIRECTIVE.test(text.slice(s.start, s.start + 60))) break;
    end = s.end;
  }
  return end;
}

/** Start of the agent before a verb at `v`: back over blanks and adverbs, not before `floor`. */
function skipAdverbs(text: string, v: number, floor: number): number {
  let p = v;
  for (let k = 0; k < 4; k++) {
    let q = p;
    while (q > floor && (text.charCodeAt(q - 1) === 32 || text.charCodeAt(q - 1) === 9)) q--;
    const adv = phraseBefore(text, q, 2, ADVERBS_BEFORE);
    if (!adv) return q;
    p = q - adv.length;
  }
  return p;
}

function lastTitleBefore(ctx: TaskContext, pos: number): string {
  const i = lowerBound(ctx.titles, pos, (t) => t.start) - 1;
  return i >= 0 ? ctx.titles[i].title : '';
}

function lastMatch(re: RegExp, s: string): number {
  return lastMatchIndex(re, s);
}

function sourceBefore(_text: string, ss: number, agentPos: number, ctx: TaskContext): string | undefined {
  // The last title, else body, else person in the clause before the verb.
  const from = Math.max(ss, agentPos - 200);
  const ti = lowerBound(ctx.titles, agentPos, (t) => t.start) - 1;
  if (ti >= 0 && ctx.titles[ti].start >= from && ctx.titles[ti].end <= agentPos) return ctx.titles[ti].title;
  const oi = lowerBound(ctx.orgs, agentPos, (o) => o.start) - 1;
  if (oi >= 0 && ctx.orgs[oi].start >= from && ctx.orgs[oi].end <= agentPos) return ctx.orgs[oi].name;
  const pi = lowerBound(ctx.people, agentPos, (p) => p.span[0]) - 1;
  if (pi >= 0 && ctx.people[pi].span[0] >= from && ctx.people[pi].span[1] <= agentPos)
    return ctx.people[pi].name;
  return undefined;
}

const DEADLINE_CUES = ['trước', 'trong', 'vào', 'chậm nhất', 'hoàn thành', 'xong', 'hạn', 'đến'];

/**
 * `/(?:trước|trong|vào|chậm nhất|hoàn thành|xong|hạn|đến)\s+(?:ngày\s+|tháng\s+)?$/i.test(s)`, read
 * from the end instead of trying the pattern at every start.
 */
function deadlineCueAtEnd(s: string): boolean {
  let j = s.length;
  while (j > 0 && isJsSpace(s.charCodeAt(j - 1))) j--;
  if (j === s.length) return false;
  const head = s.slice(0, j).toLowerCase();
  if (DEADLINE_CUES.some((c) => head.endsWith(c))) return true;
  for (const w of ['ngày', 'tháng']) {
    if (!head.endsWith(w)) continue;
    let k = head.length - w.length;
    const wsEnd = k;
    while (k > 0 && isJsSpace(head.charCodeAt(k - 1))) k--;
    if (k === wsEnd) continue;
    const h = head.slice(0, k);
    if (DEADLINE_CUES.some((c) => h.endsWith(c))) return true;
  }
  return false;
}

function enrich(text: string, task: TaskItem, ctx: TaskContext, orgStarts: Map<number, OrgMention>): void {
  const [s, e] = task.span;
  const body = text.slice(s, e);
  // Lead: "X chủ trì", or the body the task starts with ("Giám đốc Sở Công Thương và ...").
  let lead: string | undefined;
  for (let i = lowerBound(ctx.orgs, s, (o) => o.start); i < ctx.orgs.length && ctx.orgs[i].start < e; i++) {
    const o = ctx.orgs[i];
    if (o.end > e) break;
    if (/^,?\s*chủ trì/.test(text.slice(o.end, o.end + 12))) {
      lead = o.name;
      break;
    }
  }
  if (!lead) {
    const first = orgStarts.get(s) ?? orgStarts.get(s + titleSkip(text, s, ctx.titles));
    if (first && first.end <= e) {
      lead = first.name;
      // "UBND các huyện, thành phố": the committees of every district.
      const many =
        /^\s+các\s+(?:huyện|xã|tỉnh|quận|phường|thị xã|thành phố)(?:\s*,\s*(?:huyện|xã|quận|phường|thị xã|thị trấn|thành phố))*/.exec(
          text.slice(first.end, first.end + 60),
        );
      if (many) lead = collapse(first.name + many[0]);
    }
  }
  // "Cục Kinh tế hợp tác và Phát triển nông thôn chủ trì": the whole subject before "chủ trì" when it starts with a body.
  // (Only with a lead, and only where the words are: the lazy pattern tries a hundred ends.)
  const ct =
    lead && body.includes('chủ trì')
      ? /^([^,;:]{3,110}?)\s+chủ trì(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/.exec(
          body,
        )
      : null;
  if (ct && lead && ct[1].startsWith(lead) && ct[1].length > lead.length) lead = collapse(ct[1]);
  if (lead) task.lead = lead;
  // The body in lower case, from `ctx.lower` rather than lower-casing it again: the same letters, as
  // only "Σ" lower-cases by its neighbours, and into none of the letters looked for here. (A match of
  // the case-insensitive patterns below has their words in lower case there.)
  const bodyL = ctx.lower.slice(s, e);
  const pm = bodyL.includes('phối hợp') ? PARTNERS.exec(body) : null;
  if (pm)
    task.partners = partnersOf(text, s + pm.index + pm[0].length - pm[1].length, pm[1], orgStarts).map(
      collapse,
    );
  // Deadline: "trước ngày 30/6/2023", "trong quý IV", "vào quý 4 năm 2020", "vào năm 2010".
  let deadline: string | number | undefined;
  for (
    let i = lowerBound(ctx.dates, s, (d) => d.span[0]);
    i < ctx.dates.length && ctx.dates[i].span[1] <= e;
    i++
  ) {
    const d = ctx.dates[i];
    const before = text.slice(Math.max(s, d.span[0] - 30), d.span[0]);
    if (deadlineCueAtEnd(before) || /^quý|^tháng/i.test(d.text)) {
      deadline = d.value;
    }
  }
  // (A bare quarter needs "quý".)
  if (deadline === undefined && bodyL.includes('quý')) {
    for (const q of findBareQuarters(body)) {
      if (ctx.year) deadline = `${ctx.year}-Q${q.q}`;
    }
  }
  if (deadline === undefined && bodyL.includes('năm')) {
    let last: number | undefined;
    for (const m of body.matchAll(/(?:vào|trong|trước|đến|hoàn thành)\s+(?:cuối\s+)?năm\s+(\d{4})(?!\d)/gi))
      last = Number(m[1]);
    if (last) deadline = last;
  }
  if (deadline !== undefined) task.deadline = deadline;
  if (RECURRING.test(bodyL)) task.recurring = true;
}

// Words that go on naming the partners after a body ("Sở Y tế và các sở liên quan", "UBND tỉnh").
const PARTNER_GOES_ON = new Set([
  'các',
  'có',
  'liên',
  'và',
  'cùng',
  'tỉnh',
  'thành',
  'huyện',
  'xã',
  'phường',
  'quận',
]);

/**
 * The partners as captured, one item a body, cut after the bodies they name when an action follows them: "phối hợp
 * với Sở Tư pháp đẩy nhanh …" names Sở Tư pháp, not what it does.
 */
function partnersOf(
  text: string,
  at: number,
  captured: string,
  orgStarts: Map<number, OrgMention>,
): string[] {
  let org = orgStarts.get(at);
  if (!org) {
    // "các sở, ngành liên quan", "các bộ, ngành, địa phương": the comma joins kinds of bodies.
    const more = /^(?:,\s*(?:ngành|địa phương|đơn vị|cơ quan|đoàn thể))+(?:\s+(?:có\s+)?liên quan)?/.exec(
      text.slice(at + captured.length, at + captured.length + 60),
    );
    return [more && /^các\s/.test(captured) ? captured + more[0] : captured];
  }
  let end = org.end;
  const bodies = [org.name];
  for (;;) {
    const sep = /^\s*(?:,|và|cùng với|cùng)\s*/.exec(text.slice(end, end + 16));
    const next = sep ? orgStarts.get(end + sep[0].length) : undefined;
    if (!next) break;
    org = next;
    end = next.end;
    bodies.push(next.name);
  }
  // "phối hợp với Sở Tài chính, Sở Xây dựng hướng dẫn …": the capture stops at the comma; the bodies go on.
  if (end > at + captured.length) return bodies;
  if (end === at + captured.length) return bodies.length > 1 ? bodies : [captured];
  const word = /^\s+([a-zà-ỹđ]+)/.exec(text.slice(end, end + 20));
  if (!word || PARTNER_GOES_ON.has(word[1])) return [captured];
  return bodies;
}

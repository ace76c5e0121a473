import { provinceOf } from './gazetteer.ts';
import {
  DIGIT_RUN,
  hitsOf,
  type KeywordHits,
  keywordGroup,
  keywordHits,
  matchesAt,
  PAREN_DIGIT,
} from './keywords.ts';
import type { Segmentation } from './text.ts';
import {
  alternation,
  type Coverage,
  collapse,
  indexBetween,
  isJsSpace,
  LB,
  lastIndexBetween,
  lastMatchIndex,
  lowerBound,
  RB,
  spacesAtLeast,
} from './text.ts';
import type { ValueItem } from './types.ts';

const UNITS = [
  '%/năm',
  'triệu tỷ đồng',
  'nghìn tỷ',
  'tỷ đồng/năm',
  'tỷ USD/năm',
  'triệu USD/năm',
  'nghìn ha',
  'triệu ha',
  'nghìn lao động',
  'triệu lao động',
  'nghìn việc làm',
  'việc làm',
  'km2',
  'km²',
  'm3',
  'GW',
  'lượt người',
  'tuổi',
  '%',
  'điểm phần trăm',
  'lần',
  'nghìn tỷ đồng',
  'ngàn tỷ đồng',
  'tỷ đồng',
  'triệu đồng/người/năm',
  'triệu đồng/người/tháng',
  'triệu đồng/người',
  'triệu đồng/tháng',
  'triệu đồng/năm',
  'triệu đồng',
  'nghìn đồng',
  'tỷ USD',
  'triệu USD',
  'USD/người/năm',
  'USD/người',
  'USD',
  'bác sĩ/vạn dân',
  'giường bệnh/vạn dân',
  'giường/vạn dân',
  'dược sĩ/vạn dân',
  'điều dưỡng/vạn dân',
  'km',
  'ha',
  'héc-ta',
  'hécta',
  'triệu tấn',
  'nghìn tấn',
  'tấn',
  'tạ/ha',
  'tấn/ha',
  'triệu đồng/ha/năm',
  'triệu đồng/ha',
  'MW',
  'kWh',
  'triệu lượt khách',
  'nghìn lượt khách',
  'lượt khách',
  'triệu lượt',
  'triệu người',
  'nghìn người',
  'người/km2',
  'm2/người',
  'm2 sàn/người',
  'bậc',
  'điểm',
  'năm tuổi',
];
// Counted things: values only when a target or result word is near ("phấn đấu có 100 xã", "đạt 50 doanh nghiệp").
const COUNT_UNITS = [
  'đảng viên',
  'lượt',
  'giường',
  'bác sĩ',
  'giường bệnh',
  'ca',
  'vụ',
  'lao động',
  'người',
  'doanh nghiệp',
  'hợp tác xã',
  'hộ',
  'xã',
  'sản phẩm',
  'dự án',
  'trường',
  'cơ sở',
  'con',
  'ngôi nhà',
  'căn nhà',
  'căn hộ',
  'căn',
  'hồ sơ',
  'công trình',
  'đơn vị',
  'trang trại',
  'mô hình',
  'tổ chức đảng',
  'tác phẩm',
  'mặt hàng',
  'đô thị',
  'lượt hộ',
  'thẻ',
  'tài khoản',
  'trẻ',
  'học sinh',
  'giấy chứng nhận',
  'xã, phường',
  'phường, xã',
  'trường hợp',
  'tiêu chí',
  'vùng',
  'khu công nghiệp',
  'cụm công nghiệp',
  'làng nghề',
  'chợ',
  'thôn',
  'phường',
  'thị trấn',
  'trạm y tế',
  'bệnh viện',
  'giáo viên',
  'sinh viên',
  'hội viên',
  'đoàn viên',
  'cán bộ',
  'thủ tục hành chính',
  'thủ tục',
  'cuộc thanh tra',
  'cuộc kiểm tra',
  'liều',
  'phòng học',
  'nhà văn hóa',
  'cây cầu',
  'tuyến đường',
  'chỉ tiêu',
  'chiếc',
  'tàu',
  'huy chương',
  'đường bay',
  'thuê bao',
  'lớp',
  'nhà',
  'thí sinh',
  'chiến sĩ',
  'suất',
  'cây',
  'tổ',
  'chuỗi',
  'mẫu',
];
// "87,6 triệu thẻ", "12 nghìn hộ": a count in millions or thousands (unless a unit of its own). The
// scaled forms are listed for the sets and named in the pattern by a prefix: three times the
// alternatives after every number cost more than the prefix.
const SCALED_COUNTS = COUNT_UNITS.flatMap((u) =>
  ['triệu', 'nghìn', 'tỷ'].map((scale) => `${scale} ${u}`).filter((su) => !UNITS.includes(su)),
);
const UNIT_ALT = `${alternation([...UNITS, ...COUNT_UNITS])}|(?:triệu|nghìn|tỷ)\\s+(?:${alternation(COUNT_UNITS)})`;
COUNT_UNITS.push(...SCALED_COUNTS);
const SCALE = /^(?:triệu|nghìn|ngàn|vạn|tỷ)\s+/;
const COUNT_SET = new Set(COUNT_UNITS);

// 1.234.567,8 | 40,5 | 12 | 10.5 (a dot followed by one or two digits is a decimal point).
const NUM = '(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d{1,12}(?:,\\d{1,6})?(?:\\.\\d{1,2}(?!\\d))?)';
const VALUE_RE = new RegExp(
  `(?<![A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF0-9/.,])(?<![A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF]-)${NUM}(?:\\s?\\/\\s?(?:\\d{1,3}(?:\\.\\d{3})+|\\d{1,6})(?=\\s?(?:${UNIT_ALT})${RB}))?(?:\\s?(${UNIT_ALT})${RB})?`,
  'g',
);
const RANK_RE =
  /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF0-9])(?:đứng\s+)?thứ\s+(\d{1,3})\s*\/\s*(\d{1,3})(?:\s+(tỉnh, thành phố|tỉnh, thành|tỉnh|địa phương|quốc gia|nước|bộ, ngành))?/g;
// "đứng thứ 5 cả nước": a rank with no denominator.
const RANK_NATIONAL_RE =
  /(?:đứng|xếp|xếp hạng)\s+thứ\s+(\d{1,3})\s+(cả nước|toàn quốc|khu vực|trong vùng|trong khu vực)/g;
const YEAR_RE = new RegExp(
  `${LB}(?:(so với|so|từ|cùng kỳ|(?:cao|thấp) hơn)\\s+(?:(?:ước\\s+)?thực hiện\\s+|kết quả\\s+)?(?:(?:cuối|đầu)\\s+)?)?(?:(?:vào|đến|tới|trong|của|cả)\\s+)?(?:năm học|năm|giai đoạn|thời kỳ|nhiệm kỳ|mùa khô|mùa mưa|niên vụ|vụ (?:đông xuân|hè thu|thu đông|mùa|chiêm xuân)|đến|tới)\\s+(\\d{4})(?:\\s*(?:-|đến)\\s*(\\d{4}))?(?!\\d)|\\((\\d{4})\\s*-\\s*(\\d{4})\\)`,
  'g',
);
const VALUE_AT = new RegExp(VALUE_RE.source, 'y');
const INDICATORS_MET_AFTER =
  /^\s*(?:\/\s*\d+\s*chỉ tiêu\s*)?(?:chủ yếu\s+|chuyên môn\s+)?(?:đạt|vượt|hoàn thành|không đạt|chưa đạt|có khả năng|khó|dự kiến đạt|ước đạt)/;
const INDICATORS_MET_BEFORE = /(?:đạt|vượt|hoàn thành)(?:\s+và\s+(?:vượt|đạt))?\s+(?:được\s+)?$/;
const CARRYING_OUT =
  /^(?:thực hiện|triển khai|theo|căn cứ|sau \S+ năm thực hiện)\s+(?:các\s+)?(?:nghị quyết|quyết định|chỉ thị|kết luận|kế hoạch|chương trình|đề án|luật|nghị định|thông tư|công văn)(?![a-zà-ỹđ])/i;
const COUNT_PLACE_BEFORE = /\s(?:tại|ở|đối với)$/;
const RANKED_ON = /^\s+về\s+([^,;.()]{3,80}?)(?=\s+(?:trong|năm|quý|tháng)\s|[,;.()]|$)/;
const DONE_VERB_END = /\s(?:đã|đã được|được|mới|vẫn)\s+[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+)?$/i;
const NAMED_PERIOD_BEFORE =
  /(?:chương trình|đề án|chiến lược|quy hoạch|phê duyệt)(?![a-zà-ỹđ])[^.;:\d]{3,110}$/;
const HORIZON_BEFORE = /(?:định hướng|tầm nhìn)\s+$/;
const NEXT_CLAUSE_FIGURE =
  /^\s*,?\s*(?:[^\s\d,;.]+\s+){0,6}?(?:đạt|là|tăng|giảm|còn|lên|xuống|có)\s+(?:khoảng\s+|trên\s+|dưới\s+)?\d/i;
const THE_SAME_ONES = /(?:^|\s)các\s+(?:tỷ lệ|chỉ tiêu|con số|mục tiêu)(?:\s+(?:này|trên|nêu trên))?\s+$/;
const ORDINAL_BEFORE =
  /(?:^|\s)(?:mức|cấp độ|cấp|loại|hạng|nhóm|khu vực|đợt|lần thứ|khóa|tầng|tổ|lô|điều|khoản|mục|chương|phần|quận|phường|tiểu khu)\s+$/;
const YEAR_AT = new RegExp(YEAR_RE.source, 'y');
const YEAR_WORDS =
  keywordGroup([
    ...['so với', 'so', 'từ', 'cùng kỳ', 'cao hơn', 'thấp hơn', 'vào', 'đến', 'tới', 'trong', 'của', 'cả'],
    ...['năm', 'giai đoạn', 'thời kỳ', 'nhiệm kỳ', 'mùa khô', 'mùa mưa', 'niên vụ'],
    // (The crop seasons by their whole names: "vụ" alone starts "nhiệm vụ", "dịch vụ", "phục vụ".)
    ...['vụ đông xuân', 'vụ hè thu', 'vụ thu đông', 'vụ mùa', 'vụ chiêm xuân'],
  ]) | PAREN_DIGIT;
const RANK_AT = new RegExp(RANK_RE.source, 'y');
const RANK_WORDS = keywordGroup(['đứng', 'thứ']);

/**
 * Whether RANK_NATIONAL_RE can match in `lower`: some "thứ" of the keyword index (a match's "thứ"
 * stands between blanks, so it is one) has blanks and "đứng", "xếp" or "hạng" right before it. Most
 * texts have many "thứ" and no such rank: this spares the scan of the whole text.
 */
function rankNationalMayMatch(lower: string, hits: KeywordHits): boolean {
  for (const p of hitsOf(hits, RANK_WORDS)) {
    if (!lower.startsWith('thứ', p)) continue;
    let q = p;
    while (q > 0 && isJsSpace(lower.charCodeAt(q - 1))) q--;
    if (q < p && (lower.endsWith('đứng', q) || lower.endsWith('xếp', q) || lower.endsWith('hạng', q)))
      return true;
  }
  return false;
}

// Words that make a value planned or achieved. Strong ones decide; weak ones only break a tie that
// the year (before or after the text's own date) leaves open.
// Cue words start at a word: "nhà nước đạt" holds the letters of "ước đạt".
const W = '(?<![a-z\\u00DF-\\u024F\\u1E00-\\u1EFF])';
const TARGET_CUE = new RegExp(
  `${W}(?:phấn đấu|quyết tâm|(?:bảo đảm|đảm bảo)(?<!đã\\s(?:bảo đảm|đảm bảo))(?=\\s[^,;.]{0,60}\\d)|mục tiêu(?! quốc gia)|chỉ tiêu|đặt ra|đề ra|dự kiến|định hướng|tầm nhìn|kỳ vọng|hướng tới|cần đạt|phải đạt|sẽ đạt|theo kế hoạch|kế hoạch đặt|kế hoạch đề|giao dự toán|dự toán thu|dự toán chi|(?<!tính )đến năm \\d{4})`,
);
const TARGET_WEAK = new RegExp(
  `${W}(?:nâng tỷ lệ|không để|tối thiểu|ít nhất|không thấp hơn|không dưới|(?<=[\\d%]\\s{0,3})trở lên|nâng lên|giữ vững|duy trì|vào năm|trước ngày|khẩn trương|(?<!buộc )phải|cần(?=\\s+(?:đạt|phải|bảo đảm|đảm bảo|hoàn thành|phấn đấu|tăng|giảm|nâng|duy trì)))(?![a-zà-ỹđ])`,
);
const RESULT_CUE = new RegExp(
  `${W}(?:ước đạt|ước tính|(?<!so với\\s)ước thực hiện|ước cả năm|đã đạt|đạt được|cùng kỳ|lũy kế|tính đến|tính từ|đã tăng|đã giảm|thực hiện được|vượt(?<!(?:phấn đấu|quyết tâm|cố gắng)\\s(?:[^\\s\\d,;.]+\\s)?vượt|không\\s(?:[^\\d,;.]{0,60}\\s)?vượt)|tăng thêm|giảm còn|ghi nhận|từ đầu năm|ước tăng|ước giảm|đã làm|đã xảy ra|đã tiếp nhận)`,
);
const PURPOSE_OPENING = /^\s*(?:[-+•*]\s*|\d{1,2}[.)]\s*|[a-zđ]\)\s*)?Để\s/;
const DIRECTIVE_BEFORE = /(?:^|\s)(?:đề nghị|yêu cầu|giao|chỉ đạo)\s/;
const PLAN_NEUTRAL_CUE = /^(?:giảm còn|tăng thêm)/;
// (The words before a verb are checked once the verb is found: a look-behind that leads a pattern is
// tried at every character.)
const VERSUS_PLAN_SOURCE = `${W}(?:(?:vượt|đạt|hoàn thành|so với|bằng)(?<!(?:để|nhằm|phấn đấu|quyết tâm|cố gắng)\\s(?:[^\\s\\d,;.]+\\s)?(?:vượt|đạt|hoàn thành|so với|bằng))\\s+(?:[^\\s,;.]+\\s+){0,2}?(?:mục tiêu|kế hoạch|chỉ tiêu|dự toán)[^,;.:]*|(?:mục tiêu|chỉ tiêu)\\s+(?:chưa|không|đã)\\s+(?:đạt|hoàn thành))`;
const VERSUS_PLAN_G = new RegExp(VERSUS_PLAN_SOURCE, 'g');
/**
 * Words measuring against a plan in `window` ("đạt 94% kế hoạch", "vượt dự toán"): where the last ones
 * start (-1 if none), and whether they name the plan this figure is the figure of ("hoàn thành chỉ tiêu
 * giải quyết việc làm cho 43.000 lao động": the plan word comes before the value). Words with a figure
 * before their plan word, after a word of planning ("phấn đấu giải ngân đạt 60% và đạt 100% kế hoạch
 * vốn"), give the figure as a share of the plan aimed for: they say nothing of what was done.
 */
function planMeasured(window: string, vStart: number): { at: number; named: boolean } {
  if (!mayNamePlan(window)) return { at: -1, named: false };
  let at = -1;
  let named = false;
  VERSUS_PLAN_G.lastIndex = 0;
  for (let m = VERSUS_PLAN_G.exec(window); m; m = VERSUS_PLAN_G.exec(window)) {
    const plan = PLAN_WORD.exec(m[0]);
    const planAt = m.index + (plan?.index ?? 0);
    // (The match stops at the dot of "43.000": reaching the value is carrying it.)
    const carriesValue = m.index <= vStart && m.index + m[0].length > vStart;
    if (
      carriesValue &&
      planAt < vStart &&
      !/(?:^|\s)(?:đã|chưa|không)\s+$/.test(window.slice(Math.max(0, m.index - 6), m.index))
    ) {
      named = true;
      continue;
    }
    const shareOfPlan = /\d/.test(window.slice(m.index, planAt));
    if (!shareOfPlan || !TARGET_CUE.test(window.slice(0, m.index))) at = m.index;
  }
  return { at, named };
}
const PLAN_WORD = /mục tiêu|kế hoạch|chỉ tiêu|dự toán/;
/**
 * False when VERSUS_PLAN_G cannot match in `s`: every match names the plan with one of these words. Four
 * searches for them cost less than the pattern, whose look-behinds are tried at every offset.
 */
function mayNamePlan(s: string): boolean {
  return s.includes('mục tiêu') || s.includes('kế hoạch') || s.includes('chỉ tiêu') || s.includes('dự toán');
}
const RESULT_WEAK = new RegExp(`${W}(?:so với|đạt tỷ lệ|đạt(?![a-zà-ỹ])|tăng|giảm)`);
const HEAD_RE =
  /(?:tỷ lệ|tỉ lệ|tốc độ|chỉ số|thu nhập|tổng sản phẩm|GRDP|GDP|kim ngạch|giá trị|sản lượng|năng suất|diện tích|thu ngân sách|tổng thu|tổng vốn|vốn đầu tư|số lượng|tổng mức|(?<!ở\s)mức|tuổi thọ|độ che phủ|mật độ|tỷ trọng|quy mô|khu vực|ngành|tăng trưởng|xuất khẩu|nhập khẩu|xuất siêu|lạm phát|giải ngân|doanh thu|lượt khách|chi cho|tổng chi|chi ngân sách|chi đầu tư)(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/i;
const PREDICATE =
  /\s(?:đạt(?!\s+(?:chuẩn|danh hiệu))|là|(?<!tốc độ\s)tăng(?!\s+trưởng|\s+cường)|giảm|ước|chiếm|bằng|còn|lên|xuống|khoảng|trên(?!\s+(?:địa bàn|(?:1|một)\s+(?:vạn\s+dân|ha|héc-ta|km2)(?![a-zà-ỹđ\d])))|dưới(?!\s+\d{1,2}\s+tuổi)|từ(?!\s+\d{1,2}\s+tuổi)(?=\s*$|\s+(?:khoảng\s+|mức\s+|trên\s+|dưới\s+)?\d|\s+(?:năm|đầu|ngày|tháng|quý|cuối|khi|nay)(?![a-zà-ỹđ]))|ở mức|theo(?!\s+chuẩn)|vào|đến|tới|trong(?!\s+(?:nước|độ tuổi))|(?<!nhập\s|trưởng\s|vay\s)bình quân(?!\s+(?:đầu người|một|mỗi|nhân khẩu))|giai đoạn|(?:cả\s+)?năm|\d+\s+(?:tháng|năm)|phấn đấu|đứng|có|luôn|duy trì|tiếp tục|được|thấp hơn|cao hơn|so với|cùng kỳ)(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/i;
const LEAD =
  /^(?:[-+•*]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|Điều\s+\d{1,3}\s*[.:])?\s*(?:(?:trong đó|bao gồm|mỗi năm|hằng năm|hàng năm|(?:tính )?đến(?: hết| cuối)?(?: ngày| tháng| quý| năm)? [\dIVX][\d/.\-IVX]*|(?:lũy kế|luỹ kế)(?: đến(?: hết| cuối)?(?: ngày| tháng| quý| năm)? [\dIVX][\d/.\-IVX]*)?|nửa (?:đầu|cuối) năm|\d{1,2} tháng(?: đầu| cuối)?(?: năm)?(?: \d{4})?(?= (?:toàn|cả|tỉnh|thành phố|huyện|ngành) )|tính chung|(?:đến|tính đến)\s+(?:hết|cuối|đầu)\s+năm \d{4}|(?:hết|cuối|trong) (?:quý|tháng) [\dIVX][\d/.\-IVX]*|góp phần|tuy nhiên|bên cạnh đó|ngoài ra|đồng thời|phấn đấu|mục tiêu|chỉ tiêu|(?:đến\s+)?(?:hết\s+)?năm \d{4}|trong năm \d{4}|giai đoạn \d{4}\s*-\s*\d{4}|đạt|có|là|bảo đảm|đảm bảo|ít nhất|tối thiểu|khoảng|hơn|gần|trên|dưới)(?![A-Za-zÀ-ỹĐđ])[\s,:]*)*/i;
const BASELINE_AFTER = new RegExp(
  `^\\s*(?:so với (?:cùng kỳ(?: năm trước)?|năm trước)\\s*)?\\(\\s*(?:cùng kỳ(?: năm trước| năm \\d{4})?|năm trước|(?:(?:đầu|cuối)\\s+)?năm \\d{4}|kỳ trước)\\s*(?:là|:|tăng|giảm|đạt)?\\s*${NUM}\\s*(?:%|[^)]{0,20})\\)`,
  'i',
);

interface ValueTok {
  start: number;
  end: number;
  value: number;
  unit?: string;
}
interface YearExpr {
  start: number;
  end: number;
  year: number;
  period?: [number, number];
  baseline: boolean;
}

export function parseNumber(s: string): number {
  // Most numbers are plain digits ("2025", "15"): without a dot the pattern cannot match, and without
  // a comma there is nothing to replace.
  if (!s.includes('.')) return Number(s.includes(',') ? s.replace(',', '.') : s);
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  return Number(s.replace(',', '.'));
}

export interface ValueContext {
  seg: Segmentation;
  /** Spans of dates and document symbols: numbers there are not values. */
  blocked: Coverage;
  refYear?: number;
  /** Dates found in the text. */
  dates?: ReadonlyArray<{ value: string; span: [number, number] }>;
  /** Year a plan or report is about when the passage says so (its title), for values with no year. */
  docYear?: number;
  /** The publication year, else the year of the first date near the top of the passage. */
  passageYear?: number;
}

export function findValues(
  text: string,
  ctx: ValueContext,
  lower: string = text.toLowerCase(),
  hits: KeywordHits = keywordHits(lower),
): { targets: ValueItem[]; results: ValueItem[] } {
  const toks: ValueTok[] = [];
  for (const m of matchesAt(VALUE_AT, text, hits, DIGIT_RUN)) {
    const s = m.index;
    const e = s + m[0].length;
    if (ctx.blocked.overlaps(s, e)) continue;
    // "mức 2 lần lượt đạt 85%, 95%": "lần lượt" (respectively) follows a bare number, not the unit "lần".
    if (m[2] === 'lần' && /^\s+lượt(?![a-zà-ỹđ])/.test(lower.slice(e, e + 8))) {
      toks.push({ start: s, end: s + m[1].length, value: parseNumber(m[1]) });
      continue;
    }
    // "tài khoản định danh mức 2", "đô thị loại 1", "Điều 3": a number that names a level or a part.
    if (!m[2] && ORDINAL_BEFORE.test(lower.slice(Math.max(0, s - 12), s))) continue;
    const tok: ValueTok = { start: s, end: e, value: parseNumber(m[1]), unit: m[2] };
    if (!isDenominator(lower, tok)) toks.push(tok);
  }
  // (Every match has "thứ": a search for it is cheaper than the scan.)
  for (const m of rankNationalMayMatch(lower, hits) ? lower.matchAll(RANK_NATIONAL_RE) : []) {
    if (ctx.blocked.overlaps(m.index, m.index + m[0].length)) continue;
    const s = m.index + m[0].indexOf(m[1], m[0].indexOf('thứ'));
    toks.push({ start: s, end: m.index + m[0].length, value: Number(m[1]), unit: `thứ hạng ${m[2]}` });
  }
  for (const m of matchesAt(RANK_AT, lower, hits, RANK_WORDS)) {
    const s = m.index + m[0].indexOf(m[1]);
    if (ctx.blocked.overlaps(m.index, m.index + m[0].length)) continue;
    const unit = `thứ hạng/${m[2]}${m[3] ? ` ${m[3]}` : ''}`;
    toks.push({ start: s, end: m.index + m[0].length, value: Number(m[1]), unit });
  }
  toks.sort((a, b) => a.start - b.start);
  perTenThousand(lower, toks);
  const years: YearExpr[] = [];
  for (const m of matchesAt(YEAR_AT, lower, hits, YEAR_WORDS)) {
    const a = Number(m[2] ?? m[4]);
    const b = m[3] ?? m[5];
    if (a < 1900 || a > 2100) continue;
    const y: YearExpr = {
      start: m.index,
      end: m.index + m[0].length,
      year: b ? Number(b) : a,
      // "gấp 3 lần năm 2007": the year compared with.
      baseline: !!m[1] || /lần\s+$/.test(lower.slice(Math.max(0, m.index - 6), m.index)),
    };
    if (b && Number(b) > a) y.period = [a, Number(b)];
    years.push(y);
  }
  // "Đến hết tháng 8/2023, ..." — a dated month or quarter also gives the year of a value near it.
  if (ctx.dates) {
    for (const d of ctx.dates) {
      const y = Number(d.value.slice(0, 4));
      // "Quyết định số 90/QĐ-TTg ngày 18/01/2022": the day a document was signed dates no figure.
      if (d.value.charAt(0) !== '-' && y >= 1900 && !isDocumentDate(text, d.span[0]))
        years.push({
          start: d.span[0],
          end: d.span[1],
          year: y,
          // "tăng 2,68% so với tháng 12/2008": the month compared with.
          baseline: /(?:so với|so|cùng kỳ)\s+(?:(?:cuối|đầu)\s+)?$/.test(
            lower.slice(Math.max(0, d.span[0] - 16), d.span[0]),
          ),
        });
    }
    years.sort((a, b) => a.start - b.start);
  }
  // A year in a row of a table ("Chỉ tiêu | Năm 2022 | Ước 2023") dates that table's cells, not the
  // prose after it: the years a sentence may carry from those before it, or from a heading.
  // Nor does a horizon ("định hướng đến năm 2030", "tầm nhìn đến năm 2045") date the figures after it.
  // Nor the period in a programme's name after the year the sentence speaks of ("Năm 2016 là năm đầu
  // tiên tỉnh triển khai … Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016 - 2020."):
  // it names the programme and does not say when the next sentence's figures are.
  // (One pass: whether a plain year came before each in its sentence.)
  const yearSaidBefore = new Uint8Array(years.length);
  const sentencesWithYear = new Set<number>();
  for (const [k, y] of years.entries()) {
    const si = ctx.seg.sentenceAt(y.start);
    if (sentencesWithYear.has(si)) yearSaidBefore[k] = 1;
    if (!y.period && !y.baseline) sentencesWithYear.add(si);
  }
  // (Whether the text has a table at all, asked once: asked for each year, it read the text again each time.)
  const onTableLine = text.includes('|') ? tableLines(text) : () => false;
  const carriedYears = years.filter(
    (y, k) =>
      !onTableLine(y.start) &&
      !HORIZON_BEFORE.test(lower.slice(Math.max(0, y.start - 14), y.start)) &&
      !(
        y.period &&
        yearSaidBefore[k] === 1 &&
        NAMED_PERIOD_BEFORE.test(lower.slice(Math.max(0, y.start - 120), y.start))
      ),
  );
  const headingYear = headingYears(text, ctx.seg, carriedYears);
  const sections: SectionCache = new Map();

  const targets: ValueItem[] = [];
  const results: ValueItem[] = [];
  const used = new Uint8Array(toks.length);
  let lastPushed: ValueItem | undefined;
  const pushed: ValueItem[] = [];
  let pendingBaseline: number | undefined;
  let pendingFrom: { value: number; unit?: string; year: number; span: [number, number] } | undefined;
  let yearsSaid: { sentence: number; years: number[] } = { sentence: -1, years: [] };
  let lastRespective: { sentence: number; subjects: string[] } | undefined;
  let prevUnit = '';
  let prevIndicator = '';
  let prevNamedAfter = false;
  let prevWasPart = false;
  let prevEnd = -1;
  let prevSentence = -1;
  for (let i = 0; i < toks.length; i++) {
    if (used[i]) continue;
    // A group: values joined by "-", "đến", "và", "," ("40,5% - 45%"), the unit given once at the end.
    // A year is not the start of a range of values ("năm 2027 - 95%" is two things).
    if (!toks[i].unit && toks[i].value >= 1900 && toks[i].value <= 2100 && Number.isInteger(toks[i].value))
      continue;
    const group = [toks[i]];
    const joins: string[] = [];
    let j = i + 1;
    while (j < toks.length && toks[j].start - group[group.length - 1].end <= 8) {
      const between = text.slice(group[group.length - 1].end, toks[j].start);
      const jm = /^[ \t]*(-|đến|tới|và|,|;)[ \t]*$/.exec(between);
      if (!jm) break;
      // "9,8 bác sĩ/vạn dân và 32 giường bệnh/vạn dân": each value has its own unit.
      const prevUnit = group[group.length - 1].unit;
      if (prevUnit && toks[j].unit && prevUnit !== toks[j].unit) break;
      // "… đạt 58.400 tỷ đồng; 7 tháng đầu năm …": the unit is said once at the end of a list, so a
      // figure with its unit ends the list before a bare number.
      // ("70% và 29-29,5%": a range whose unit follows its second figure goes on.)
      if (prevUnit && !toks[j].unit) {
        const next = toks[j + 1];
        const range =
          next &&
          next.unit === prevUnit &&
          next.start - toks[j].end <= 6 &&
          /^[ \t]*(?:-|đến|tới)[ \t]*$/.test(text.slice(toks[j].end, next.start));
        if (!range) break;
      }
      // "đạt 92% và 60% trường mầm non đạt chuẩn", "… 12%; 85% hồ sơ …": the second value is a share of
      // a new subject.
      if (
        (jm[1] === 'và' || jm[1] === ',' || jm[1] === ';') &&
        group[group.length - 1].unit &&
        toks[j].unit === '%' &&
        NEW_SUBJECT_AFTER.test(text.slice(toks[j].end, toks[j].end + 24))
      )
        break;
      joins.push(jm[1]);
      group.push(toks[j]);
      j++;
    }
    for (let k = i; k < j; k++) used[k] = 1;
    // A bare number is a value only where a verb gives it and a year follows: "số bác sĩ trên 1 vạn dân
    // phấn đấu đạt 11 vào năm 2025 và 14 vào năm 2030" (the indicator names what is counted).
    // Or where the subject names the ratio: "số bác sĩ trên một vạn dân đạt 12,5".
    const bareByVerb = BARE_BEFORE.test(lower.slice(Math.max(0, group[0].start - 14), group[0].start));
    const unit =
      group[group.length - 1].unit ??
      (bareByVerb &&
      BARE_AFTER.test(lower.slice(group[group.length - 1].end, group[group.length - 1].end + 20))
        ? ''
        : bareByVerb
          ? (ratioNamedBefore(lower.slice(Math.max(0, group[0].start - 80), group[0].start)) ??
            // "nâng tổng số cụm công nghiệp đang hoạt động lên 24": the total raised counts its subject.
            (RAISED_TO.test(lower.slice(Math.max(0, group[0].start - 160), group[0].start)) ? '' : undefined))
          : undefined);
    if (unit === undefined) continue;
    // "xã đạt 19 tiêu chí": the national standard of new rural communes by its number, not a figure;
    // "không còn xã dưới 15 tiêu chí": a threshold that says which communes, not a figure.
    if (unit === 'tiêu chí' && group.length === 1 && group[0].value === 19) continue;
    // "có 15 chỉ tiêu đạt và vượt, 3 chỉ tiêu khó đạt": indicators met are counted; "đề ra 26 chỉ tiêu"
    // says how many there are.
    if (
      unit === 'chỉ tiêu' &&
      !INDICATORS_MET_AFTER.test(
        lower.slice(group[group.length - 1].end, group[group.length - 1].end + 30),
      ) &&
      !INDICATORS_MET_BEFORE.test(lower.slice(Math.max(0, group[0].start - 30), group[0].start))
    )
      continue;
    if (
      COUNT_SET.has(unit) &&
      THRESHOLD_BEFORE.test(lower.slice(Math.max(0, group[0].start - 24), group[0].start))
    )
      continue;
    // "trẻ em 5 tuổi", "trẻ 3 - 4 tuổi": an age that names who is counted, not a value.
    if (
      unit === 'tuổi' &&
      /(?:em|trẻ|người|sinh|dưới|từ|trên|đủ|độ|nhóm)\s*$/i.test(
        text.slice(Math.max(0, group[0].start - 12), group[0].start),
      )
    )
      continue;
    const gStart = group[0].start;
    const gEnd = group[group.length - 1].end;
    // "cao hơn cùng kỳ năm 2022 (35,5%)": the bracketed value is the comparison, not an item.
    // "…, cao hơn mức 5,3% của cùng kỳ năm 2023": so is the figure of the same period before.
    // "so với năm 2025 giảm 8 vụ (11,1%)": the same change of the count just read, in percent.
    const changeInPercent =
      unit === '%' &&
      lastPushed?.unit !== undefined &&
      COUNT_SET.has(lastPushed.unit) &&
      /^[^\d;,.()\n]{0,30}\($/.test(text.slice(lastPushed.span[1], gStart)) &&
      CHANGE_BEFORE.test(lower.slice(Math.max(0, lastPushed.span[0] - 40), lastPushed.span[0]));
    // "91% ấp, khu phố đạt danh hiệu … (năm 2014 lần lượt là 87,5% và 80,3%)": the figures of the year
    // compared with, in brackets; that year dates nothing.
    const bracketed = BRACKET_YEAR_BEFORE.exec(lower.slice(Math.max(0, gStart - 40), gStart));
    if (bracketed) {
      for (
        let k = lowerBound(years, gStart - bracketed[0].length, (y) => y.start);
        k < years.length && years[k].start < gStart;
        k++
      )
        years[k].baseline = true;
      continue;
    }
    if (
      !changeInPercent &&
      ((text.charAt(gStart - 1) === '(' &&
        /cùng kỳ|năm trước|so với|kỳ trước|hơn năm \d{4}\s*\($/.test(
          lower.slice(Math.max(0, gStart - 40), gStart),
        )) ||
        (COMPARED_BEFORE.test(lower.slice(Math.max(0, gStart - 20), gStart)) &&
          SAME_PERIOD_AFTER.test(lower.slice(gEnd, gEnd + 24))))
    ) {
      const last = targets.length + results.length > 0 ? lastPushed : undefined;
      if (last && last.baseline === undefined) last.baseline = group[0].value;
      continue;
    }
    const si = ctx.seg.sentenceAt(gStart);
    const sent = ctx.seg.sentences[si];
    const sStart = sent ? Math.min(sent.start, gStart) : 0;
    // Cues within the sentence only: "... đạt 58,6 triệu đồng. Phấn đấu đến năm 2025 ..." does not make
    // the achieved figure a target.
    const sEnd = sent ? Math.max(sent.end, gEnd) : text.length;
    const wStart = Math.max(sStart, gStart - 300);
    const window = lower.slice(wStart, Math.min(text.length, gEnd + 60, sEnd));
    // After the value, a target cue counts in its own clause only: "… vẫn ở mức 53%, trong khi mục
    // tiêu đặt ra là dưới 50%" plans the second figure, not the first. A result cue may follow a comma
    // ("đạt 85%, vượt kế hoạch").
    // (So does a bracket: "… giảm xuống 42% (mục tiêu Nghị quyết đến năm 2020 là dưới 30%)".)
    const clauseEnd = window.slice(gEnd - wStart).search(/[,;(]/);
    const targetWindow = clauseEnd < 0 ? window : window.slice(0, gEnd - wStart + clauseEnd);
    const isCount = COUNT_SET.has(unit);
    // "vượt mục tiêu mà Chương trình đề ra", "bằng 79,6% dự toán": a plan named to measure what was done.
    // After the value, up to the next semicolon: "… thu hút vốn FDI tối thiểu 2,5 tỷ USD; tỷ lệ giải
    // ngân đạt 100% kế hoạch" measures the second figure against the plan, not the first.
    const semiAfter = window.indexOf(';', gEnd - wStart);
    const ownWindow = semiAfter < 0 ? window : window.slice(0, semiAfter);
    const { at: versusPlan, named: planNamed } = planMeasured(ownWindow, gStart - wStart);
    const targetCue = lastIndex(
      TARGET_CUE,
      versusPlan >= 0 || planNamed
        ? targetWindow.replace(VERSUS_PLAN_G, (m) => ' '.repeat(m.length))
        : targetWindow,
    );
    const resultCue = Math.max(lastIndex(RESULT_CUE, ownWindow), versusPlan);
    if (
      isCount &&
      targetCue < 0 &&
      resultCue < 0 &&
      !planNamed &&
      !COUNT_VERB_BEFORE.test(lower.slice(Math.max(0, gStart - 20), gStart)) &&
      // "(kế hoạch năm 60.000 lao động)": the plan's own figure.
      !PLAN_IN_BRACKETS.test(lower.slice(Math.max(0, gStart - 24), gStart)) &&
      !WORK_FOR_BEFORE.test(lower.slice(Math.max(0, gStart - 60), gStart)) &&
      // "; 3 học sinh đạt huy chương Olympic quốc tế": a count of those that achieved something.
      !COUNT_ACHIEVED_AFTER.test(lower.slice(gEnd, gEnd + 16)) &&
      // "so với năm 2025 giảm 8 vụ": a count's change.
      !COUNT_CHANGED_BEFORE.test(lower.slice(Math.max(0, gStart - 12), gStart)) &&
      // "số người tham gia bảo hiểm xã hội bắt buộc là 48.630 người": a count said to be the subject's.
      !COUNT_IS_BEFORE.test(lower.slice(Math.max(0, gStart - 12), gStart)) &&
      // "nâng tổng số xã đạt chuẩn lên 58/115 xã": the total reached.
      !RAISED_TO.test(lower.slice(Math.max(sStart, gStart - 160), gStart)) &&
      // "đã xác thực hơn 1,45 tỷ lượt": a count of what was done.
      !COUNT_PAST_BEFORE.test(lower.slice(Math.max(0, gStart - 50), gStart)) &&
      // "1.043 vụ vi phạm, giảm 12% so với năm 2015": a count whose change is reported.
      !COUNT_CHANGE_AFTER.test(lower.slice(gEnd, gEnd + 60)) &&
      // "có 121/184 xã đạt chuẩn … và 4 đơn vị cấp huyện hoàn thành …": a count joined to a count just read.
      !countJoined(lastPushed, lower, si, ctx.seg, gStart) &&
      sectionOf(text, ctx.seg, toks[i].start, sections) !== 'targets'
    )
      continue;

    // "giảm từ 38,9% năm 2015 xuống còn 17,6% năm 2020": the first figure is the second's baseline.
    if (
      /(?:^|\s)từ\s*$/.test(lower.slice(Math.max(0, gStart - 8), gStart)) &&
      FROM_TO.test(lower.slice(gEnd, gEnd + 40))
    ) {
      pendingBaseline = group[0].value;
      // With a year of its own, it is also what was reached that year.
      const own = FROM_YEAR.exec(lower.slice(gEnd, gEnd + 24));
      // (That year is the start of the change: it dates no figure after it.)
      if (own) {
        const k = lowerBound(years, gEnd, (y) => y.start);
        if (years[k] && years[k].start - gEnd < 24) years[k].baseline = true;
      }
      pendingFrom = own
        ? {
            value: group[0].value,
            unit: group[group.length - 1].unit,
            year: Number(own[1]),
            span: [gStart, gEnd],
          }
        : undefined;
      continue;
    }
    // Baseline "(cùng kỳ 6,64%)" right after the value.
    let baseline: number | undefined = pendingBaseline;
    pendingBaseline = undefined;
    const from = pendingFrom;
    pendingFrom = undefined;
    const bm = BASELINE_AFTER.exec(text.slice(gEnd, gEnd + 60));
    if (bm) {
      baseline = parseNumber(bm[1]);
      const bEnd = gEnd + bm[0].length;
      for (let k = j; k < toks.length && toks[k].start < bEnd; k++) used[k] = 1;
      // (The year in the brackets is the baseline's: "giảm còn 18,6% (đầu năm 2001 là 26,3%)".)
      for (let k = lowerBound(years, gEnd, (y) => y.start); k < years.length && years[k].start < bEnd; k++)
        years[k].baseline = true;
    }

    // Years right after: "vào năm 2025 và 2030", "giai đoạn 2026-2030".
    const afterText = collapse(text.slice(gEnd, gEnd + 80)).replace(/^(?=\S)/, ' ');
    let after =
      /^\s*(?:\/năm\s*)?(?:\([^)\n]{0,40}\)\s*)?(?:(?:kế hoạch|dự toán|chỉ tiêu|KH)\s+)?,?\s*(?:vào|đến|tới|trong|của)?\s*(?:các\s+)?(?:năm|giai đoạn|thời kỳ)\s+(\d{4})(?:\s*(?:-|đến)\s*(\d{4}))?((?:\s*(?:,|và)\s*(?:năm\s+)?\d{4})*)/i.exec(
        // Whitespace collapsed so that the optional pieces of the pattern cannot split a long run of blanks.
        afterText,
      );
    // "… đạt 47%, đến năm 2030 đạt 50%": after a comma, a year that a figure of its own follows opens
    // the next clause.
    if (after?.[0].includes(',') && NEXT_CLAUSE_FIGURE.test(afterText.slice(after[0].length))) after = null;
    let yearList: number[] = [];
    let period: [number, number] | undefined;
    // "gấp 3,2 lần năm 2008": the year after a ratio is what it is compared with.
    if (after && unit !== 'lần') {
      const a = Number(after[1]);
      if (after[2] && Number(after[2]) > a) period = [a, Number(after[2])];
      yearList = [
        period ? period[1] : a,
        // (Most figures have one year after them: no iterator over an empty list of more.)
        ...(after[3] ? Array.from(after[3].matchAll(/\d{4}/g), (x) => Number(x[0])) : []),
      ];
    }
    // "đạt 30% và 45%, … đạt 95% và 100%, tương ứng vào năm 2025 và năm 2030": the years close the sentence.
    if (yearList.length === 0 && group.length >= 2) {
      const resp = RESPECTIVE_YEARS.exec(lower.slice(gEnd, Math.min(sEnd, gEnd + 200)));
      if (resp) {
        const ys = Array.from(resp[0].matchAll(/\d{4}/g), (x) => Number(x[0]));
        if (ys.length === group.length) yearList = ys;
      }
    }
    // "… đạt 11 vào năm 2025 và 14 vào năm 2030; số giường bệnh tương ứng đạt 32 và 35": the years of
    // the figures just read in the sentence, in order.
    const clause = window.slice(Math.max(0, window.lastIndexOf(';', gStart - wStart) + 1));
    if (yearList.length === 0 && group.length >= 2 && yearsSaid.sentence === si && /tương ứng/.test(clause)) {
      const last = yearsSaid.years.slice(-group.length);
      if (last.length === group.length && last.every((y, k) => k === 0 || y > last[k - 1])) yearList = last;
    }
    let year: number | undefined;
    if (yearList.length === 0) {
      // The sentence before gives its year, unless it is a sibling item of a list ("- Tỷ lệ hộ nghèo
      // giảm 4% so với năm 2024." does not date "- Đón 350 nghìn lượt khách.").
      // "…; tỷ lệ bao phủ bảo hiểm y tế đạt 95% và 100% trạm y tế xã có bác sĩ vào năm 2025": with no
      // year before it in its clause, the year that closes the clause.
      const semi = lastIndexBetween(text, ';', Math.max(sStart, gStart - 400), gStart);
      const clauseFrom = semi === -1 ? sStart : semi + 1;
      const nextSemi = indexBetween(text, ';', gEnd, gEnd + 300);
      // (bounded: a figure's clause is read a few hundred characters on, not to the end of a huge line)
      const clauseTo = Math.min(gEnd + 300, nextSemi === -1 || nextSemi > sEnd ? sEnd : nextSemi);
      const y =
        timeRightAfter(text, years, gEnd, clauseTo) ??
        lastYearBefore(years, clauseFrom, gStart) ??
        // (Not past the next figure after a comma: "… đạt 42%, hướng tới mục tiêu 45% vào năm 2025"
        // dates the 45%; "đạt 96% và 100% trạm y tế xã có bác sĩ vào năm 2027" dates both.)
        firstYearIn(text, years, gEnd, nextFigureAfterComma(text, gEnd, toks[j]?.start, clauseTo)) ??
        lastYearBefore(years, sStart, gStart) ??
        // "Theo báo cáo, đến nay các địa phương đã bàn giao …": now, the day the text speaks from, not
        // a year the sentence before named.
        (NOW_BEFORE.test(lower.slice(Math.max(sStart, gStart - 300), gStart)) &&
        (ctx.docYear ?? ctx.passageYear) !== undefined
          ? { start: 0, end: 0, year: (ctx.docYear ?? ctx.passageYear) as number, baseline: false }
          : undefined) ??
        (si > 0 && !siblingItems(text, ctx.seg, si - 1, si)
          ? // The year this sentence or the one before gave its figures, else the last it named.
            (yearsSaid.sentence === si - 1 || yearsSaid.sentence === si) && yearsSaid.years.length
            ? { start: 0, end: 0, year: yearsSaid.years[yearsSaid.years.length - 1], baseline: false }
            : lastYearBefore(carriedYears, ctx.seg.sentences[si - 1].start, ctx.seg.sentences[si - 1].end)
          : undefined);
      // Further back in the paragraph: "… 9 tháng năm 2024 ước tăng 8,62%. … Giá trị xuất khẩu ước đạt 5,1 tỷ USD."
      const py =
        y ??
        (sent && si > 1
          ? lastYearBefore(carriedYears, ctx.seg.paras[sent.para][0], ctx.seg.sentences[si - 1].start)
          : undefined);
      if (py) {
        year = py.year;
        period = py.period;
      } else {
        const hy = headingYear(gStart);
        // "6 tháng đầu năm", "năm nay": the year of the report, when its date is known.
        year =
          hy ??
          (/đầu năm|năm nay|cả năm|trong năm|tháng đầu|tháng cuối|quý (?:i|ii|iii|iv|[1-4])(?![/\d])/.test(
            window,
          )
            ? ctx.docYear
            : undefined) ??
          // The year of the report or plan the passage opens with ("Sáng 6/10/2024, …"; "Hà Nội, ngày
          // 03/11/2023 - …").
          ctx.passageYear;
      }
    }
    if (yearList.length === 0 && year === undefined) continue;

    // "hỗ trợ 50% chi phí …, tối đa 500 triệu đồng/dự án", "Mỗi hộ được hỗ trợ 6 triệu đồng": the
    // terms of a policy, not a figure planned or done.
    if (resultCue < 0 && isPolicyTerm(lower, sStart, gStart, gEnd, unit)) continue;
    // "Tỉnh kiến nghị Chính phủ hỗ trợ 1.500 tỷ đồng": a sum asked for is neither planned nor done.
    if (
      targetCue < 0 &&
      resultCue < 0 &&
      REQUEST_BEFORE.test(lower.slice(Math.max(sStart, gStart - 240), gStart))
    )
      continue;
    // "…, tuy chưa đạt mục tiêu tăng 14,5% mà HĐND tỉnh đề ra": the figure of the plan itself.
    // "… đạt 359,4 triệu USD, bằng 143,8% kế hoạch năm (kế hoạch 250 triệu USD)": the plan in brackets.
    const planFigure =
      PLAN_FIGURE_BEFORE.test(lower.slice(Math.max(sStart, gStart - 40), gStart)) ||
      PLAN_IN_BRACKETS.test(lower.slice(Math.max(sStart, gStart - 24), gStart));
    // Planned or achieved?
    let isTarget: boolean;
    // (A count in a section of tasks is what there is: "nâng cấp bệnh viện lên quy mô 700 giường".)
    const section = sectionOf(text, ctx.seg, gStart, sections);
    const inTargetSection = section === 'targets' || (section === 'tasks' && !isCount);
    // "Để bảo đảm tỷ lệ tiêm chủng đạt trên 95% trong năm 2026, Bộ Y tế đề nghị …": the aim of a directive.
    const purpose =
      PURPOSE_OPENING.test(text.slice(sStart, sStart + 16)) &&
      !DIRECTIVE_BEFORE.test(lower.slice(sStart, gStart));
    if (planFigure) isTarget = true;
    else if (purpose && resultCue < 0) isTarget = true;
    // "yêu cầu … hoàn thành mục tiêu tăng trưởng năm 2025 đạt 8%": the figure of a plan still to meet.
    else if (
      planNamed &&
      !(ctx.refYear !== undefined && (yearList[yearList.length - 1] ?? year ?? 0) < ctx.refYear)
    )
      isTarget = true;
    // ("giảm còn", "tăng thêm" say where a figure goes as well in a plan: under "Mục tiêu" they plan.)
    // (Not a year before the text's own: "I. MỤC TIÊU — Năm 2024, … có 15.860 doanh nghiệp" is where it starts.)
    else if (
      inTargetSection &&
      (resultCue < 0 || PLAN_NEUTRAL_CUE.test(ownWindow.slice(resultCue))) &&
      !(
        ctx.refYear !== undefined &&
        targetCue < 0 &&
        (yearList[yearList.length - 1] ?? year ?? 0) < ctx.refYear
      )
    )
      isTarget = true;
    else if (targetCue >= 0 && resultCue < 0) isTarget = true;
    else if (resultCue >= 0 && targetCue < 0) isTarget = false;
    // "phấn đấu …; tỷ lệ hộ nghèo giảm còn dưới 1,5%": where a figure goes, under an aim, is planned.
    else if (targetCue >= 0 && resultCue >= 0)
      isTarget = targetCue > resultCue || PLAN_NEUTRAL_CUE.test(ownWindow.slice(resultCue));
    else {
      const y = yearList[yearList.length - 1] ?? year ?? 0;
      const ref = ctx.refYear;
      const tw = lastIndex(TARGET_WEAK, window);
      const rw = lastIndex(RESULT_WEAK, window);
      if (ref !== undefined && y !== ref) isTarget = y > ref;
      else isTarget = tw >= 0 && tw > rw;
    }
    // Indicators met ("15 chỉ tiêu đạt và vượt") are what was done, counted when the text speaks; a
    // term's end year is not that time.
    if (unit === 'chỉ tiêu') {
      isTarget = false;
      if (ctx.refYear !== undefined && yearList.length === 0 && year !== undefined && year > ctx.refYear) {
        year = ctx.refYear;
        period = undefined;
      }
    }

    // Indicator.
    let indicator = indicatorBefore(
      text,
      sStart,
      gStart,
      prevEnd >= sStart && prevSentence === si ? prevEnd : -1,
    );
    let isPart = false;
    // "…, trong đó 4.100 ha có nguy cơ mất trắng": a part named by what follows it ("…, trong đó 2 triệu
    // lượt khách quốc tế").
    if (
      unit &&
      !isCount &&
      PART_BEFORE.test(lower.slice(Math.max(sStart, gStart - 14), gStart)) &&
      /^[ \t]+[a-zà-ỹđ]/.test(text.slice(gEnd, gEnd + 3))
    ) {
      const after = indicatorAfter(text, gEnd, ctx.seg.paras[sent?.para ?? 0]?.[1] ?? text.length);
      // (Of the whole just read: "diện tích sầu riêng đạt 31.200 ha, trong đó 14.650 ha đã cho thu hoạch".)
      // (Not of a part read the same way, nor of a long name: a chain of parts would grow every name.)
      const whole =
        prevSentence === si && prevIndicator && !prevWasPart && prevIndicator.length <= 100
          ? withoutChange(prevIndicator)
          : '';
      if (after) indicator = whole && !whole.includes(after) ? `${whole} ${after}` : after;
      isPart = true;
    }
    // "nâng tổng số xã đạt chuẩn nông thôn mới nâng cao trên địa bàn tỉnh lên 58/115 xã": the total.
    const raised = RAISED_TO.exec(lower.slice(Math.max(sStart, gStart - 160), gStart));
    if (raised) {
      const from = gStart - raised[0].length + raised[0].indexOf(raised[1]);
      indicator = collapse(text.slice(from, from + raised[1].length));
      // ("nâng tổng số lên 147 xã": the total of what the count counts.)
      if (/^(?:tổng\s+)?số$/i.test(indicator) && unit) indicator = `${indicator} ${unit.replace(SCALE, '')}`;
    }
    // "đã kích hoạt 812.400 tài khoản …, đạt 96,2% số hồ sơ đủ điều kiện": the share the count is of
    // those it could be.
    if (
      unit === '%' &&
      lastPushed?.unit &&
      COUNT_SET.has(lastPushed.unit) &&
      prevSentence === si &&
      SHARE_OF_COUNT.test(lower.slice(lastPushed.span[1], gStart)) &&
      /^\s+(?:tổng\s+)?số\s/.test(lower.slice(gEnd, gEnd + 12))
    )
      indicator = prevIndicator;
    // "… đã chuyển 213.500 ha đất trồng lúa sang nuôi tôm, vượt 18,6% so với quy hoạch": a verb right
    // after a comma measures the figure just read.
    else if (
      lastPushed &&
      prevSentence === si &&
      prevIndicator &&
      gStart - lastPushed.span[1] < 120 &&
      SAME_FIGURE_VERB.test(lower.slice(lastPushed.span[1], gStart))
    )
      indicator = prevIndicator;
    // "150 doanh nghiệp khoa học và công nghệ và 40 doanh nghiệp khởi nghiệp": the words between were
    // the first count's; this one names its own.
    if (
      isCount &&
      COUNT_JOIN_SHORT.test(lower.slice(Math.max(sStart, gStart - 16), gStart)) &&
      countJoined(lastPushed, lower, si, ctx.seg, gStart)
    )
      indicator = '';
    // "… chiếm 40% GRDP và 100% cơ quan nhà nước …": a share of what follows it is a new subject.
    // "… cấp tài khoản định danh cho 100% công dân đủ điều kiện": the share of those the work is for.
    // ("… cho 100% số xã": a share of a bare noun says nothing new; the work before it names it.)
    if (
      unit === '%' &&
      indicator !== null &&
      SHARE_FOR_BEFORE.test(lower.slice(Math.max(0, gStart - 16), gStart)) &&
      /^[ \t]+[a-zà-ỹđ]/i.test(text.slice(gEnd, gEnd + 3))
    ) {
      const after = indicatorAfter(text, gEnd, ctx.seg.paras[sent?.para ?? 0]?.[1] ?? text.length);
      if (spacesAtLeast(after, 2)) indicator = after;
    }
    if (indicator === null && unit === '%') {
      const after = indicatorAfter(text, gEnd, ctx.seg.paras[sent?.para ?? 0]?.[1] ?? text.length);
      if (after && /^[ \t]+[a-zà-ỹđ]/i.test(text.slice(gEnd, gEnd + 3))) indicator = after;
    }
    // "có 117,3 km bờ biển Đông và 25,8 km bờ biển Tây": when the figure before was named by the words
    // after it, and words follow this one too, they name this one.
    if (indicator === null && prevNamedAfter && prevSentence === si && !isCount) {
      const after = indicatorAfter(text, gEnd, ctx.seg.paras[sent?.para ?? 0]?.[1] ?? text.length);
      if (after && /^[ \t]+[a-zà-ỹđ]/i.test(text.slice(gEnd, gEnd + 3))) indicator = after;
    }
    // ("… làm 4 người chết, 1.200 ngôi nhà bị hư hỏng": a count of other things names its own.)
    if (indicator === null)
      indicator = prevSentence === si && !(isCount && unit !== prevUnit) ? prevIndicator : '';
    // The plan's figure measures what the sentence just reported.
    if (planFigure && prevSentence === si && prevIndicator) indicator = prevIndicator;
    // "…, riêng các huyện nghèo giảm 4%/năm": the same indicator for part of the scope.
    // (A count of another thing, "riêng năm 2024 đã xác thực 1,45 tỷ lượt …", names its own.)
    if (indicator && isCount && unit !== prevUnit && /^riêng$/i.test(indicator)) indicator = '';
    // ("Riêng huyện đảo Phú Quốc đón 5,1 triệu lượt khách": a place and a bare verb; what is counted
    // names it, below.)
    const partVerb = indicator && /^riêng\s/i.test(indicator) ? BARE_VERB.exec(indicator) : null;
    const partPlace = partVerb ? indicator.slice(6, partVerb.index).trim() : '';
    if (partVerb) indicator = partVerb[0].trim();
    else if (
      indicator &&
      /^riêng(?:\s|$)/i.test(indicator) &&
      prevIndicator &&
      !(isCount && unit !== prevUnit)
    ) {
      // (The change each names is said again before this figure: `changeNamed` adds it back.)
      const part = withoutChange(indicator.slice(6));
      indicator = part ? `${withoutChange(prevIndicator)} ${part}` : prevIndicator;
    }
    // "tỷ trọng của khu vực này": the body or sector just named.
    if (
      indicator &&
      prevIndicator &&
      /\s(?:của\s+)?(?:khu vực|ngành|lĩnh vực|địa phương) này$/i.test(indicator)
    )
      indicator = indicator.replace(
        /\s(?:của\s+)?(?:khu vực|ngành|lĩnh vực|địa phương) này$/i,
        ` ${prevIndicator}`,
      );
    // "tỷ lệ này", "chỉ tiêu này": the indicator just named.
    if (
      indicator &&
      /^(?:tỷ lệ|chỉ tiêu|chỉ số|con số|mức|tốc độ) (?:này|đó|trên)(?: (?:mới|chỉ|vẫn|cũng|là))?$/i.test(
        indicator,
      ) &&
      prevIndicator
    )
      indicator = prevIndicator;
    // "..., xếp thứ 17/63": a rank of the quantity just reported.
    if (
      indicator &&
      /^(?:xếp|đứng|xếp hạng|vươn lên|tụt|vượt|tăng|giảm|bằng|đạt|ước đạt|và|gấp|tương đương|tương ứng)(?:\s+(?:thứ|hạng|với))*$/i.test(
        indicator,
      ) &&
      prevSentence === si
    )
      indicator = prevIndicator;
    // "dịch đã xuất hiện tại 14 hộ chăn nuôi": where or for whom, the count names what it counts.
    // ("dịch lở mồm long móng (LMLM) đã xảy ra tại 27 xã": with nothing after the count, the places
    // that have it.)
    let placesOf: string | undefined;
    if (indicator && isCount && COUNT_PLACE_BEFORE.test(indicator)) {
      const event = EVENT_AT.exec(text.slice(Math.max(sStart, gStart - 160), gStart));
      if (event) placesOf = `${unit} có ${collapse(event[1])}`;
      indicator = '';
    }
    // "Xã Nghĩa Hòa và xã Nghĩa Kỳ (xã điểm) đạt 10 - 12 tiêu chí": places say where, not what; a count
    // names what it counts.
    let scope: string | undefined;
    if (indicator && isCount && PLACES_ONLY.test(indicator)) {
      scope = indicator;
      indicator = '';
    }
    // "lực lượng chức năng đã phát hiện 1.043 vụ vi phạm": a clause with a verb before a count; what is
    // counted is the noun and the words after it.
    // So with any verb done by a subject ("lực lượng chức năng đã xử phạt 46 trường hợp vi phạm").
    // ("đội tàu cá toàn tỉnh có 5.912 chiếc": with no noun after the count, the subject names what it has.)
    const nounAfter = /^(?:[ \t]+[a-zà-ỹđ]|\/)/i.test(text.slice(gEnd, gEnd + 3));
    // "Ngành đã tuyển dụng 1.240 giáo viên": what was counted and what was done with it.
    if (indicator && isCount && !nounAfter && WHO_DID.test(indicator))
      indicator = `${unit.replace(SCALE, '')} ${indicator.replace(WHO_DID, '')}`;
    else if (
      indicator &&
      isCount &&
      spacesAtLeast(indicator, 2) &&
      ((spacesAtLeast(indicator, 3) &&
        COUNT_VERB_BEFORE.test(lower.slice(Math.max(0, gStart - 20), gStart))) ||
        (DONE_VERB_END.test(indicator) && nounAfter)) &&
      (nounAfter || !HAS_BEFORE.test(lower.slice(Math.max(0, gStart - 16), gStart))) &&
      (!HEAD_RE.test(indicator) || WHO_DID.test(indicator)) &&
      !/^(?:số|tổng số)\s/i.test(indicator)
    )
      indicator = '';
    // "làm chết 41 người, bị thương 57 người": the dead and the injured.
    const casualty =
      unit === 'người' ? CASUALTY_BEFORE.exec(lower.slice(Math.max(0, gStart - 24), gStart)) : null;
    if (casualty) indicator = `số người ${casualty[1]}`;
    let namedAfter = false;
    if (!indicator) {
      // "có 96 xã đạt chuẩn nông thôn mới", "xảy ra 64 vụ cháy": the counted noun and the words after
      // it; "cấp mới 27 dự án với …": the noun and the verb before it.
      if (COUNT_SET.has(unit))
        indicator = countedThing(
          unit.replace(SCALE, ''),
          text.slice(gEnd, gEnd + 80),
          lower.slice(Math.max(0, gStart - 20), gStart),
        );
      else {
        indicator = indicatorAfter(text, gEnd, ctx.seg.paras[sent?.para ?? 0]?.[1] ?? text.length);
        namedAfter = indicator !== '';
      }
    }
    // "… 64 vụ tai nạn giao thông; so với năm 2025 giảm 8 vụ": a count of the bare noun counts what the
    // paragraph last counted in it.
    // ("20 doanh nghiệp/1.000 dân" is a ratio of its own.)
    if (isCount && indicator === unit.replace(SCALE, '') && text.charAt(gEnd) !== '/') {
      const para = sent?.para;
      // (A few items back: a paragraph of bare counts is not read again for each.)
      for (let k = pushed.length - 1; k >= 0 && k >= pushed.length - 12; k--) {
        const p = pushed[k];
        if (para === undefined || ctx.seg.sentences[ctx.seg.sentenceAt(p.span[0])]?.para !== para) break;
        if (p.unit === unit && p.indicator !== unit) {
          indicator = withoutChange(p.indicator);
          break;
        }
      }
    }
    if (changeInPercent && lastPushed) indicator = lastPushed.indicator;
    if (placesOf && indicator === unit) indicator = placesOf;
    // "có thêm 4 xã", "cứng hóa thêm 8,5 km": "thêm" says more of the same thing.
    // Alone ("Phấn đấu có thêm 4 xã …"), it is a bare verb like "có".
    if (indicator) indicator = indicator.replace(/(?:^|\s+)thêm$/i, '') || 'có';
    // "cứng hóa 8,5 km đường giao thông": a measure of the work done on what follows it.
    const work = indicator ? WORK_VERB.exec(indicator) : null;
    // ("ngành lâm nghiệp tỉnh trồng 16.850 ha rừng": who did the work is not what was measured.)
    const doneBy =
      work && !MEASURED_HEAD.test(indicator) && spacesAtLeast(indicator, 3) && !DONE_BEFORE.test(indicator);
    if (
      work &&
      MEASURE_UNITS.has(unit) &&
      (!spacesAtLeast(indicator, 3) || DONE_BEFORE.test(indicator) || doneBy)
    ) {
      const tail =
        /^[ \t]+([^;,.()\n\d]{2,60}(?:,[ \t]*(?!(?:vượt|bằng|đạt|tăng|giảm|chiếm|gấp|trong|với|nâng)(?![a-zà-ỹđ]))[^;,.()\n\d\s]+(?:[ \t]+[^;,.()\n\d\s]+){0,5}(?=[ \t]*(?:[,;.)\n]|$)))?)/.exec(
          text.slice(gEnd, gEnd + 100),
        );
      // "tỉnh đã đầu tư xây dựng 86 km đê, kè …": the work and what it was done on, not who did it.
      if (tail)
        indicator = `${doneBy ? work[0].trim() : indicator.replace(DONE_BEFORE, '')} ${tail[1].trim()}`;
    }
    // "đón 12 triệu lượt khách": a bare verb says nothing, the counted noun (and what follows it) does.
    // ("ngành y tế đã tiêm 412.300 liều": who did it is not what was counted.)
    else if (
      indicator &&
      !spacesAtLeast(indicator.replace(DONE_BEFORE, ''), 4) &&
      !/^(?:số|tổng số)\s/i.test(indicator) &&
      // ("sản lượng nuôi trồng đạt 701.300 tấn": a measure whose name ends in a verb.)
      !MEASURED_HEAD.test(indicator) &&
      // ("giáo viên thiếu": already the counted thing and its verb.)
      !indicator.startsWith(`${unit.replace(SCALE, '')} `) &&
      // ("đã tiêm cho 218.430 trẻ": the verb and for whom.)
      BARE_VERB.test(indicator.replace(/\s+cho$/i, ''))
    ) {
      const noun = unit.replace(SCALE, '');
      // "đã hoàn thành 24 km cống thoát nước": a length or an area of the thing after it, and the verb.
      const measured = MEASURE_UNITS.has(unit) ? countedThing(noun, text.slice(gEnd, gEnd + 80), '') : '';
      if (measured.length > noun.length)
        indicator = `${measured.slice(noun.length + 1)} ${indicator.replace(DONE_BEFORE, '')}`;
      else if (/[a-zà-ỹ]{2}/i.test(noun) && !noun.includes('%') && !/đồng|USD/.test(noun)) {
        indicator = countedThing(noun, text.slice(gEnd, gEnd + 80), '');
      } else if (/đồng|USD/.test(noun)) {
        // "thu hút 300 triệu USD vốn FDI": the money is named after it.
        const named = FUNDS_AFTER.exec(text.slice(gEnd, gEnd + 60));
        if (named) indicator = named[1];
      } else if (unit === '%') {
        // "thu hút 95% số hộ nông dân tham gia": the share is of what follows it.
        const after = indicatorAfter(text, gEnd, ctx.seg.paras[sent?.para ?? 0]?.[1] ?? text.length);
        if (spacesAtLeast(after, 1)) indicator = after;
      }
    }
    // ("Riêng huyện đảo Cô Tô đón 5,1 triệu lượt khách": what is counted, there.)
    if (partPlace && indicator) indicator = `${indicator} ${partPlace}`;
    // "có 19 bác sĩ/vạn dân": the unit names what is counted.
    if (
      !indicator &&
      (unit.includes('/') || COUNT_SET.has(unit)) &&
      !unit.startsWith('%') &&
      !unit.startsWith('thứ')
    )
      indicator = unit;
    // "9,8 bác sĩ/vạn dân và 32 giường bệnh/vạn dân": a subject that was only the previous unit gives way to this one.
    if (indicator && indicator === prevUnit && unit !== prevUnit && unit.includes('/')) indicator = unit;
    // "… năm 2016 đạt 31 triệu đồng; huyện phấn đấu đến năm 2020 đạt 42 triệu đồng": nothing named
    // before the figure, and the same unit as the figure just before it: the same subject.
    if (!indicator && prevSentence === si && unit && unit === prevUnit && !COUNT_SET.has(unit))
      indicator = prevIndicator;
    // "ngành đặt chỉ tiêu đạt 10 bác sĩ/vạn dân", "khi đó toàn tỉnh có 14 bác sĩ … trên một vạn dân":
    // words that do not name the staff or beds counted give way to the unit, which does.
    if (indicator && unit.endsWith('/vạn dân')) {
      const noun = unit.slice(0, unit.indexOf('/'));
      if (!indicator.toLowerCase().includes(noun.split(' ')[0])) indicator = unit;
    }
    if (!indicator) continue;
    // "GRDP …, xếp thứ 9/14 tỉnh": the rank of the quantity, not the quantity.
    if (unit.startsWith('thứ hạng')) {
      // "Tỉnh Hà Nam xếp thứ 8/63 tỉnh, thành phố về kết quả thực hiện Đề án 06": what it is ranked on.
      const on = RANKED_ON.exec(text.slice(gEnd, gEnd + 100));
      if (on) indicator = `xếp hạng ${collapse(on[1])}`;
      else if (!/xếp|hạng|đứng|thứ/i.test(indicator)) indicator = `xếp hạng ${indicator}`;
    }
    // "Tổng kế hoạch vốn đầu tư công năm 2024 là 4.826,5 tỷ đồng": the figure of the plan itself.
    if (!isTarget && resultCue < 0 && PLAN_SUBJECT.test(lower.slice(Math.max(sStart, gStart - 160), gStart)))
      isTarget = true;
    // "1. Giải quyết việc làm: … (kế hoạch năm 60.000 lao động)": a plan's figure named by the heading.
    if (/^(?:kế hoạch|chỉ tiêu|dự toán|mục tiêu)(?: năm)?$/i.test(indicator)) {
      const heading = LINE_HEADING.exec(text.slice(sStart, Math.min(gStart, sStart + 80)));
      if (heading) indicator = collapse(heading[1]);
    }
    // "… làm việc với địa phương để hoàn thành bàn giao 100% mặt bằng": the work aimed at, not who does
    // what for it.
    const aim = PURPOSE_IN_SUBJECT.exec(indicator);
    if (aim && spacesAtLeast(aim[1], 1)) indicator = aim[1];
    // "kinh tế số của tỉnh chiếm tỷ trọng 35% GRDP": whose it is is the scope.
    // ("đã giải quyết việc làm cho 48.350 lao động": for whom is the count.)
    indicator = indicator.replace(OWN_PLACE_TAIL, '').replace(/\s+cho$/, '') || indicator;
    const prevIndicatorBefore = prevIndicator;
    prevIndicator = indicator;
    prevWasPart = isPart;
    prevNamedAfter = namedAfter;
    prevUnit = unit;
    prevEnd = gEnd;
    prevSentence = si;
    // "bằng 71,5% dự toán huyện giao": what was done as a share of the plan, named with the plan in the
    // text's words. (Only in this figure's name: the figures after it that carry the subject measure the
    // subject.)
    const ofPlan = unit === '%' && !isTarget ? SHARE_OF_PLAN_AFTER.exec(text.slice(gEnd, gEnd + 80)) : null;
    const named =
      // (Not to a short name, "giải ngân", which a longer one holds already.)
      ofPlan && spacesAtLeast(indicator, 3) && !/so với|kế hoạch|dự toán/i.test(indicator)
        ? `${indicator} so với ${collapse(ofPlan[1])}`
        : changeNamed(indicator, lower, gStart, gEnd);
    // "tỷ lệ hộ nghèo giảm từ 19,5% năm 2001 xuống còn 13,2% năm 2004": 19,5% was reached in 2001.
    if (from && from.year !== (yearList[0] ?? year)) {
      const item: ValueItem = { indicator: named, value: from.value, span: from.span, year: from.year };
      if (from.unit ?? unit) item.unit = from.unit ?? unit;
      results.push(item);
    }

    const push = (
      value: number,
      y: number | undefined,
      s: number,
      e: number,
      valueMax?: number,
      per?: [number, number],
      ownIndicator?: string,
      ownUnit?: string,
    ) => {
      const item: ValueItem = { indicator: ownIndicator ?? named, value, span: [s, e] };
      const u = ownUnit ?? unit;
      if (u) item.unit = u;
      if (y !== undefined) {
        if (yearsSaid.sentence !== si) yearsSaid = { sentence: si, years: [] };
        yearsSaid.years.push(y);
      }
      if (valueMax !== undefined) item.valueMax = valueMax;
      if (y !== undefined) item.year = y;
      if (per) item.period = per;
      if (baseline !== undefined) item.baseline = baseline;
      if (scope) item.scope = scope;
      (isTarget ? targets : results).push(item);
      pushed.push(item);
      lastPushed = item;
    };
    // In the value's own clause: "… lần lượt đạt 70% và 29%; tỷ lệ hộ nghèo giảm 0,8-1 điểm" is a range.
    const respective = /tương ứng|lần lượt/i.test(clause);
    // "A, B và C tăng lần lượt 3,2%, 8,19% và 6,95%": one subject a value, in order.
    const items =
      respective && group.length >= 2 && yearList.length !== group.length ? rangeItems(group, joins) : [];
    const cueAt = items.length ? lastIndexBetween(lower, RESPECTIVE_WORDS[0], wStart, gStart) : -1;
    const cueAt2 = items.length ? lastIndexBetween(lower, RESPECTIVE_WORDS[1], wStart, gStart) : -1;
    const cue = Math.max(cueAt, cueAt2);
    let subjects: string[] | null = null;
    // "… 60% dân số …, 50% hộ gia đình …; đến năm 2010 các tỷ lệ tương ứng đạt 85% và 70%": the
    // quantities just read, in order.
    const sameOnes =
      items.length >= 2 && cue >= 0 && THE_SAME_ONES.test(lower.slice(Math.max(sStart, cue - 40), cue))
        ? pushed.slice(-items.length).map((v) => v.indicator)
        : undefined;
    if (sameOnes && sameOnes.length === items.length) subjects = sameOnes;
    else if (items.length >= 2 && cue >= sStart && gStart - cue < 40) {
      subjects =
        lastRespective && lastRespective.sentence === si && lastRespective.subjects.length === items.length
          ? lastRespective.subjects
          : respectiveSubjects(
              text,
              // (at most a few hundred characters back: a list of subjects is not longer)
              Math.max(sStart, cue - 400, clauseStartBefore(text, cue) ?? sStart),
              cue,
              items.length,
            );
    }
    if (subjects) {
      lastRespective = { sentence: si, subjects };
      const y = yearList[yearList.length - 1] ?? year;
      // "tỉnh Ninh Thuận và tỉnh Phú Yên giải ngân đạt tương ứng 41,5% và 36,2%": places, one quantity
      // (what follows the last place, else the quantity just reported), each place its scope.
      const places = subjects.map((x) => PLACE_THEN_REST.exec(x));
      const measured = places.every((m) => m !== null)
        ? places[places.length - 1]?.[2].trim() || prevIndicatorBefore
        : '';
      for (const [k, it] of items.entries()) {
        push(it.value, y, it.start, it.end, it.valueMax, period, measured || subjects[k], it.unit ?? unit);
        if (measured && lastPushed) lastPushed.scope = places[k]?.[1].trim();
      }
    } else if (group.length >= 2 && yearList.length === group.length) {
      for (let k = 0; k < group.length; k++) push(group[k].value, yearList[k], group[k].start, group[k].end);
    } else if (
      group.length === 2 &&
      (joins[0] === '-' || joins[0] === 'đến' || joins[0] === 'tới') &&
      !respective
    ) {
      push(group[0].value, yearList[yearList.length - 1] ?? year, gStart, gEnd, group[1].value, period);
    } else {
      for (const g of group)
        push(g.value, yearList[yearList.length - 1] ?? year, g.start, g.end, undefined, period);
    }
  }
  return { targets, results };
}

// A change and the words that may stand between it and its figure: "tăng", "giảm bình quân mỗi năm khoảng".
const CHANGE_WORDS =
  '((?:tăng|giảm)(?:\\s+(?:bình quân|trung bình))?)(?:\\s+(?:mỗi|hằng|hàng|một)\\s+năm)?(?:\\s+(?:khoảng|gần|hơn|trên|ước|đạt|là))*\\s*$';
const CHANGE_BEFORE = new RegExp(`(?:^|\\s)${CHANGE_WORDS}`);
const VERSUS_AFTER =
  /^\s*(?:\/năm\s*)?(so với (?:cùng kỳ(?: năm trước)?|năm trước|kỳ trước|đầu năm|cuối năm \d{4}|năm \d{4}|kế hoạch|dự toán))(?![a-zà-ỹđ])/;

/** The subject without the change named after it: "GRDP tăng bình quân" → "GRDP". */
function withoutChange(indicator: string): string {
  return indicator
    .replace(/(?:^|\s+)(?:tăng|giảm)(?:\s+(?:bình quân|trung bình))?(?:\s+so với .*)?$/i, '')
    .trim();
}

/**
 * "vốn FDI tăng 27% so với cùng kỳ": a figure that is a change names the change with its subject
 * ("vốn FDI tăng so với cùng kỳ"), not only the subject, whose level it is not.
 */
function changeNamed(indicator: string, lower: string, gStart: number, gEnd: number): string {
  const verb = CHANGE_BEFORE.exec(lower.slice(Math.max(0, gStart - 40), gStart));
  if (!verb) return indicator;
  let named = indicator;
  if (!named.toLowerCase().endsWith(verb[1])) named = `${named} ${verb[1]}`;
  const versus = VERSUS_AFTER.exec(lower.slice(gEnd, gEnd + 40));
  if (versus) named = `${named} ${versus[1]}`;
  return named;
}

// The State form ("90/QĐ-TTg", "45/2020/NĐ-CP") and the Party's ("35-NQ/TW"), then "ngày".
const DOC_DATE_BEFORE =
  /(?:\d[a-zđ]?(?:\/\d{4})?|\d[ ]?-[ ]?[A-ZĐ][A-Za-zĐđ]{0,11})\/[A-ZĐ][^\s,;]*\s*,?\s*(?:(?:ban hành|ký)\s+)?(?:ngày\s*)?$/;
/**
 * The date at `start` is the day a cited document was signed ("Quyết định số 90/QĐ-TTg ngày 18/01/2022",
 * "Nghị quyết số 35-NQ/TW ngày 22/10/2018").
 */
export function isDocumentDate(text: string, start: number): boolean {
  return DOC_DATE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
const RESPECTIVE_WORDS = ['lần lượt', 'tương ứng'] as const;

/** The values of a group, "-", "đến" and "tới" joining the two ends of a range ("70% và 29-29,5%"). */
function rangeItems(
  group: ValueTok[],
  joins: string[],
): Array<{ value: number; valueMax?: number; start: number; end: number; unit?: string }> {
  const out: Array<{ value: number; valueMax?: number; start: number; end: number; unit?: string }> = [];
  for (let k = 0; k < group.length; k++) {
    const g = group[k];
    const j = joins[k];
    if (k + 1 < group.length && (j === '-' || j === 'đến' || j === 'tới') && group[k + 1].value > g.value) {
      out.push({
        value: g.value,
        valueMax: group[k + 1].value,
        start: g.start,
        end: group[k + 1].end,
        unit: group[k + 1].unit,
      });
      k++;
    } else out.push({ value: g.value, start: g.start, end: g.end, unit: g.unit });
  }
  return out;
}

/** After the last ";" or ":" before `pos`, where the clause of a list of subjects starts. */
function clauseStartBefore(text: string, pos: number): number | undefined {
  const a = lastIndexBetween(text, ';', Math.max(0, pos - 400), pos);
  const b = lastIndexBetween(text, ':', Math.max(0, pos - 400), pos);
  const c = Math.max(a, b);
  return c >= 0 ? c + 1 : undefined;
}

/**
 * The subjects of a respective list, read back from the cue: "khu vực nông, lâm nghiệp và thủy sản,
 * khu vực công nghiệp và xây dựng, khu vực dịch vụ tăng lần lượt …" gives three. The pieces between
 * commas and "và" are grouped by the word that opens each subject (here "khu vực"); without one, the
 * last `n` pieces are taken when there are at least `n`. Null when the count does not come out.
 */
function respectiveSubjects(text: string, from: number, cue: number, n: number): string[] | null {
  let region = text.slice(from, cue);
  region = region.replace(RESPECTIVE_VERB_END, '');
  const atoms: Array<{ start: number; end: number }> = [];
  let at = 0;
  for (const m of region.matchAll(/,\s+|\s+và\s+/g)) {
    atoms.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  atoms.push({ start: at, end: region.length });
  const words = atoms.map((a) => region.slice(a.start, a.end).trim().toLowerCase().split(/\s+/));
  const clean = (a: number, b: number) =>
    collapse(region.slice(atoms[a].start, b)).replace(/(?:[\s,]+|\s+và)+$/, '');
  for (const width of [2, 1]) {
    const heads = new Map<string, number[]>();
    words.forEach((w, i) => {
      if (w.length < width) return;
      const h = w.slice(0, width).join(' ');
      heads.set(h, [...(heads.get(h) ?? []), i]);
    });
    for (const starts of heads.values()) {
      if (starts.length !== n) continue;
      return starts
        .map((s, k) => clean(s, k + 1 < n ? atoms[starts[k + 1]].start : region.length))
        .map(trimSubject);
    }
  }
  if (atoms.length < n) return null;
  // "Singapore, Nhật Bản và Hồng Kông … với tổng vốn đăng ký lần lượt …": places listed, one quantity.
  if (
    HEAD_RE.test(region.slice(atoms[atoms.length - 1].start)) &&
    !HEAD_RE.test(region.slice(0, atoms[atoms.length - 1].start))
  )
    return null;
  const last = atoms.slice(atoms.length - n);
  return last.map((a) => trimSubject(collapse(region.slice(a.start, a.end)))).filter((x) => x.length > 0)
    .length === n
    ? last.map((a) => trimSubject(collapse(region.slice(a.start, a.end))))
    : null;
}
const RESPECTIVE_VERB_END =
  /(?:\s+(?:tăng|giảm|đạt|là|chiếm|ước đạt|ước tính|ước|bằng|ở mức|khoảng|có|đều|tương ứng))+\s*$/i;
function trimSubject(s: string): string {
  return s
    .replace(LEAD, '')
    .replace(/^(?:trong đó|riêng|về [^,]+)\s*,?\s*/i, '')
    .trim();
}

// Verbs that say nothing of what a figure measures: the counted noun after the figure does.
const BARE_VERB =
  /(?:^|\s)(?:đón|thu hút|có|xảy ra|giới thiệu|trao|trao tặng|tặng|trồng mới|(?<!việc\s)làm|đạt|phấn đấu|ghi nhận|công nhận|thiếu|kéo giảm|kéo|tạo|hình thành|tiêm|giải quyết|hỗ trợ|xây dựng|trồng|đào tạo|đưa|cấp mới|cấp|tiếp nhận|hiến|gồm|bao gồm|phục vụ|vận chuyển|kết nạp|kết nạp được|hoàn thành|khởi công|kích hoạt|giải ngân|giải ngân được)$/i;
const PLAN_IN_BRACKETS =
  /\(\s*(?:kế hoạch|kh|dự toán|chỉ tiêu|mục tiêu)(?:\s+(?:năm|giao|đề ra|là))*\s*:?\s*$/;
const PLAN_FIGURE_BEFORE =
  /(?:đạt|vượt|hoàn thành|so với)\s+(?:mục tiêu|chỉ tiêu|kế hoạch)(?:\s+(?:tăng|giảm|đạt|là|đề ra))*\s+(?:khoảng\s+|trên\s+|dưới\s+)?$/;
const AND_NEXT_FIGURE = /[ \t]+và(?:[ \t]+[^\s\d]+){0,2}[ \t]+\d.*$/;
const EVENT_AT =
  /(?:^|[,;:]\s*|\s(?:từ đầu năm|năm \d{4}|đến nay|hiện nay)\s*,?\s*)((?:dịch|bệnh|lũ|lụt|hạn hán|xâm nhập mặn|sạt lở|cháy)[^,;:.()]{0,60}?)\s*(?:\([^()]{0,20}\))?\s+(?:đã\s+)?(?:xảy ra|xuất hiện|bùng phát|phát sinh)\s+(?:tại|ở)\s+$/i;
const THINGS_LISTED =
  /^(?:,[ \t]*[a-zà-ỹđ]+){1,4}(?:[ \t]+(?!(?:với|của|tại|trong|cho|so|năm|vào|trên|gồm)(?![a-zà-ỹđ]))[a-zà-ỹđ]+){0,4}(?=[ \t]*[,;.)\n]|$)/;
function countedThing(unit: string, afterText: string, before: string): string {
  // "6.003 xã (78,1%) đạt chuẩn", "4.120 xã, chiếm 52% số xã, đạt chuẩn": past a share in brackets or commas.
  const after = afterText.replace(/^\s*\([^()]{0,30}\)/, ' ').replace(SHARE_ASIDE, ' ');
  const tail =
    /^[ \t]+((?:(?!(?:với|của|tại|trong|cho|so|năm|vào|trên|gồm)(?![a-zà-ỹđ])|và[ \t]+(?:\d|các|những|số))["“]?[a-zà-ỹđA-ZĐÀ-Ỹ0-9]+["”]?[ \t]*){1,9})/.exec(
      after,
    );
  // "… khoa học và công nghệ" stays one name; "… và kích hoạt 65,2 triệu …" begins another figure.
  let named = tail?.[1]
    .replace(AND_NEXT_FIGURE, '')
    .replace(/[ \t]+(?:và|hoặc|với)[ \t]*$/, '')
    .trim();
  // "1.350 con trâu, bò, lợn mắc bệnh": a list of one-word things, then what befell them.
  if (named && tail && !named.includes(' ')) {
    const list = THINGS_LISTED.exec(after.slice(tail[0].length));
    if (list) named = `${named}${list[0]}`.trim();
  }
  if (named) return `${unit} ${named}`;
  const verb = COUNT_VERB_BEFORE.exec(before);
  return verb && !/^(?:đạt|có|được)$/.test(verb[1]) ? `${unit} ${verb[1]}` : unit;
}

/**
 * Whether the count at `start` continues a list of counts: the item just read is a count of the same
 * sentence, and only its words and "và" or a comma stand between them (no clause mark, no other figure).
 */
function countJoined(
  last: ValueItem | undefined,
  lower: string,
  si: number,
  seg: Segmentation,
  start: number,
): boolean {
  if (!last?.unit || !COUNT_SET.has(last.unit)) return false;
  const from = last.span[1];
  if (from > start || start - from > 100 || seg.sentenceAt(from) !== si) return false;
  return COUNT_JOIN.test(lower.slice(from, start));
}
const COUNT_JOIN_SHORT = /(?:\svà|,|,\s*trong đó|,\s*riêng)\s+$/;
const COUNT_JOIN = /^[^;:.\d()]*(?:\svà|,|,\s*trong đó|,\s*riêng)\s+$/;

const SHARE_ASIDE = /^\s*,\s*(?:chiếm|bằng)\s+(?:khoảng\s+|gần\s+|hơn\s+)?\d[\d.,]*\s*%[^,;.()\n]{0,30},/;
const COUNT_VERB_BEFORE =
  /(?:^|\s)(đạt|có|được|phát hiện|ghi nhận|công nhận|thiếu|xảy ra|cấp mới|cấp|thu hút|kết nạp|tiêu hủy|làm chết|làm bị thương|bị thương|mất tích|tử vong|làm|hỗ trợ|giải quyết|tiếp nhận|đón|tạo|đào tạo|xây dựng|khởi công|hoàn thành|kích hoạt|giới thiệu|tuyển sinh|còn|trao|trao tặng|tặng|trồng mới|trồng)\s+(?:thêm\s+|mới\s+|được\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$/;
const COUNT_ACHIEVED_AFTER = /^\s+(?:đạt|được công nhận|được cấp|hoàn thành)\s/;
// Those the work was for: "giải quyết việc làm mới cho 1.120 lao động", "cấp mới và điều chỉnh tăng vốn
// cho 118 dự án", "tiêm cho 2.400 trẻ"; not "bố trí công chức cho 168 xã".
const WORK_FOR_BEFORE =
  /(?:^|\s)(?:cấp|hỗ trợ|việc làm|nghề|vốn|trao|tặng|tiêm|khám|vay|chi trả)(?:\s+[^\s\d,;.]+){0,4}\s+cho\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$/;
const PURPOSE_IN_SUBJECT = /^[^,;:]*\s(?:để|nhằm)\s+((?!(?:đạt|bảo đảm|đảm bảo)(?:\s|$))[^,;:]+)$/i;
const LINE_HEADING = /^\s*(?:[IVX]+\.|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))\s*([^:.;\d]{3,60}):/;
const BRACKET_YEAR_BEFORE = /\(\s*(?:(?:đầu|cuối)\s+)?năm \d{4}\s+(?:lần lượt|tương ứng)\s+(?:là|đạt)\s*$/;
const SHARE_OF_PLAN_AFTER = /^\s+((?:dự toán|kế hoạch|chỉ tiêu)(?![a-zà-ỹđ])[^,;.()\n\d]{0,50})/i;
const PART_BEFORE = /(?:^|[,;:]\s*)trong đó\s*:?\s*(?:có\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$/;
const NOW_BEFORE = /(?:^|[\s,])(?:đến nay|tới nay|tính đến nay|hiện nay|hiện tại)(?![a-zà-ỹđ])/;
const OWN_PLACE_TAIL =
  /\s+của\s+(?:toàn\s+)?(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|cả nước|địa phương)$/i;
const COUNT_CHANGED_BEFORE = /(?:^|\s)(?:(?:tăng|giảm)\s+(?:thêm\s+)?|thêm\s+)$/;
const CASUALTY_BEFORE =
  /(?:^|\s)(?:làm\s+)?(chết|bị thương|mất tích|tử vong)\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$/;
const COMPARED_BEFORE = /(?:cao|thấp|nhiều|ít) hơn\s+(?:so với\s+)?(?:mức\s+)?$|so với\s+(?:mức\s+)?$/;
const SAME_PERIOD_AFTER = /^\s*(?:của\s+)?(?:cùng kỳ|năm trước|kỳ trước)/;
const SAME_FIGURE_VERB =
  /^[^;:]{0,100},\s*(?:vượt|bằng|gấp|tương đương)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$/;
const SHARE_OF_COUNT = /^[^;]{0,80},\s*(?:đạt|bằng|chiếm)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$/;
const RAISED_TO =
  /(?:^|\s)nâng\s+((?:tổng\s+)?số(?:\s+[^,;.:]{2,120}?)?)\s+lên\s+(?:khoảng\s+|gần\s+|hơn\s+)?$/;
const COUNT_IS_BEFORE = /\slà\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$/;
// ("đã giải quyết việc làm mới cho 11.200 lao động": the verb and its object before "cho".)
const COUNT_PAST_BEFORE =
  /(?:^|\s)đã\s+[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){0,2}(?:(?:\s+[a-zà-ỹđ]+){0,4}\s+cho)?\s+(?:thêm\s+|mới\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$/;
const COUNT_CHANGE_AFTER = /^[^.;]{0,30}?,\s*(?:tăng|giảm)\s+[\d.,]+\s*%?[^.;]{0,20}so với/;
const FUNDS_SUBJECT = /^(?:riêng\s+|trong đó\s+)?(?:vốn|nguồn vốn|kinh phí)\s/i;
const FUNDS_AFTER =
  /^[ \t]+((?:vốn|nguồn vốn|kinh phí)(?:[ \t]+(?!(?:trong|vào|năm|cho|để|từ|đến|tới|của|với|và)(?![a-zà-ỹđ]))[^\s,;.()\d]+){0,5})/;
// "30,2 giường bệnh trên 1 vạn dân": the staff and beds of health care are counted per ten thousand people.
const PER_CAPITA_NOUNS = ['bác sĩ', 'giường bệnh', 'giường', 'dược sĩ', 'điều dưỡng'];
const PER_TEN_THOUSAND = '(?:trên|\\/)\\s*(?:1|một)\\s+vạn\\s+dân';
const RATIO_SUBJECT = new RegExp(
  `(${alternation(PER_CAPITA_NOUNS)})\\s+${PER_TEN_THOUSAND}\\s+(?:[^\\s,;.\\d]+\\s+){0,3}$`,
);
/** "số bác sĩ trên một vạn dân đạt ": the unit of the bare figure that follows, "bác sĩ/vạn dân". */
function ratioNamedBefore(lowerBefore: string): string | undefined {
  const m = RATIO_SUBJECT.exec(lowerBefore);
  return m ? `${m[1]}/vạn dân` : undefined;
}
const BARE_BEFORE = /(?:^|\s)(?:đạt|là|lên|xuống|còn|và)\s+(?:khoảng\s+|trên\s+|dưới\s+)?$/;
const BARE_AFTER = /^\s+(?:vào\s+)?năm\s+\d{4}(?!\d)/;
const NEW_SUBJECT_AFTER =
  /^[ \t]+(?!(?:so|vào|năm|trong|đến|tới|của|và|trở|trên|dưới|tương|lần|kế|dự|tổng|GRDP|GDP|cùng|mỗi|một|bình)(?![a-zà-ỹđ]))[a-zà-ỹđ]/i;
const RESPECTIVE_YEARS =
  /(?:tương ứng|lần lượt)\s+(?:vào\s+|đến\s+|trong\s+)?(?:các\s+)?năm\s+\d{4}(?:\s*(?:,|và)\s*(?:năm\s+)?\d{4}){1,5}(?!\d)/;
const PLAN_SUBJECT =
  /(?:^|[\s,:])(?:tổng\s+)?(?:kế hoạch|dự toán)\s+(?:vốn|thu|chi|đầu tư)(?:[^,;:]*\s(?:là|được giao|giao)|(?:\s+(?!(?:đã|được|mới|giải|đạt|thực)(?![a-zà-ỹđ]))[^\s,;:]+){0,8})\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$/;
/** A share of costs paid, a sum per project or per household: what a policy grants, not an outcome. */
function isPolicyTerm(lower: string, sStart: number, gStart: number, gEnd: number, unit: string): boolean {
  if (unit === '%')
    return (
      SUPPORT_BEFORE.test(lower.slice(Math.max(sStart, gStart - 12), gStart)) &&
      COSTS_AFTER.test(lower.slice(gEnd, gEnd + 16))
    );
  if (!/đồng|USD/.test(unit)) return false;
  if (PER_THING_AFTER.test(lower.slice(gEnd, gEnd + 16))) return true;
  return EACH_GETS.test(lower.slice(Math.max(sStart, gStart - 80), gStart));
}
const SUPPORT_BEFORE = /(?:^|\s)(?:hỗ trợ|miễn|giảm|cấp bù|chi trả)\s+(?:tối đa\s+|đến\s+)?$/;
const COSTS_AFTER = /^\s+(?:chi phí|kinh phí|lãi suất|học phí|giá|tiền|phí|lệ phí)(?![a-zà-ỹđ])/;
const PER_THING_AFTER =
  /^\s*\/\s*(?:dự án|hộ|người|mô hình|cơ sở|doanh nghiệp|hợp tác xã|xã|ha|con|lượt|tháng|suất|chuyến|đề tài|sản phẩm|công trình|lao động|học sinh|hồ sơ|căn|cái)(?![a-zà-ỹđ])/;
const EACH_GETS = /(?:^|[\s,;:])mỗi\s+[^,;.]{1,30}\sđược\s[^,;.]*$/;
const PLACES_ONLY =
  /^(?:(?:[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Xx]ã|[Pp]hường)\s+(?:\p{Lu}[^\s,]*\s*)+(?:(?:và|,)\s*)?)+$/u;
const PLACE_THEN_REST =
  /^((?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+(?:\p{Lu}[^\s,]*(?:\s+|$))+)(.*)$/u;
const THRESHOLD_BEFORE =
  /(?:^|\s)(?:xã|huyện|hộ|người|doanh nghiệp|trường|đơn vị|thôn|phường)\s+(?:dưới|trên)\s+$/;
const SHARE_FOR_BEFORE = /\scho\s+(?:khoảng\s+|trên\s+|hơn\s+|gần\s+|ít nhất\s+)?$/;
const REQUEST_BEFORE = /(?:^|\s)(?:kiến nghị|đề xuất|đề nghị)\s[^;:]*$/;
const FROM_YEAR = /^\s*\(?(?:vào\s+)?(?:cuối\s+)?năm\s+(\d{4})(?!\d)/;
const FROM_TO =
  /^(?:\s*(?:năm|vào năm|cuối năm)?\s*\d{4})?\s*,?\s*(?:xuống|lên|tăng lên|giảm xuống)(?:\s+(?:còn|mức|đến))?\s+\d/;
const WORK_VERB =
  /(?:^|\s)(?:cứng hóa|bê tông hóa|nhựa hóa|kiên cố hóa|xây mới|làm mới|nâng cấp|cải tạo|trồng mới|trồng|nạo vét|xây dựng|mở rộng|chỉnh trang|chuyển đổi|chuyển|khoanh nuôi|phục hồi|khai hoang|thu hồi|thiệt hại|làm thiệt hại|làm ngập|gây thiệt hại|sản xuất|sản xuất được|khai thác|tiêu thụ)$/i;
const MEASURED_HEAD =
  /^(?:sản lượng|diện tích|giá trị|kim ngạch|năng suất|tổng|số lượng|tỷ lệ|tỉ lệ|doanh thu|khối lượng)(?![a-zà-ỹđ])/i;
const HAS_BEFORE = /\scó\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$/;
const WHO_DID = /^(?:ngành|toàn ngành|khu vực)\s+(?:đã|được|mới|vẫn)\s/i;
const DONE_BEFORE = /^[^,;]*?\s(?:đã|đã được|được|vẫn còn|vẫn|còn)\s+/;
const MEASURE_UNITS = new Set([
  'km',
  'ha',
  'nghìn ha',
  'héc-ta',
  'hécta',
  'km2',
  'km²',
  'm3',
  'tấn',
  'nghìn tấn',
  'triệu tấn',
]);

const GLOBAL = new Map<RegExp, RegExp>();
function lastIndex(re: RegExp, s: string): number {
  let g = GLOBAL.get(re);
  if (!g) {
    g = new RegExp(re.source, 'g');
    GLOBAL.set(re, g);
  }
  return lastMatchIndex(g, s);
}

const ITEM_START = /^\s*(?:[-+•*]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))\s/;
function siblingItems(text: string, seg: Segmentation, a: number, b: number): boolean {
  const pa = seg.sentences[a].para;
  const pb = seg.sentences[b].para;
  if (pa === pb) return false;
  const [as] = seg.paras[pa];
  const [bs] = seg.paras[pb];
  return ITEM_START.test(text.slice(as, as + 8)) && ITEM_START.test(text.slice(bs, bs + 8));
}

/** The first year said in [from, to), outside brackets ("(theo chuẩn nghèo giai đoạn 2016 - 2020)" is an aside). */
/**
 * "… và bàn giao toàn bộ 100% mặt bằng trong quý II/2023": a time said right after the figure, a few
 * words on with no other figure or clause mark between, is the figure's own.
 */
function timeRightAfter(text: string, years: YearExpr[], from: number, to: number): YearExpr | undefined {
  const k = lowerBound(years, from, (y) => y.start);
  const y = years[k];
  if (!y || y.baseline || y.start >= to || y.start - from > 40) return undefined;
  const between = text.slice(from, y.start);
  return RIGHT_AFTER.test(between) ? y : undefined;
}
const RIGHT_AFTER = /^(?:\s+[^\s\d,;:()]+){0,5}?\s+(?:trong|vào|trước|đến|tới|hết)\s+$/;

function nextFigureAfterComma(text: string, from: number, next: number | undefined, to: number): number {
  return next !== undefined && next < to && indexBetween(text, ',', from, next) !== -1 ? next : to;
}

function firstYearIn(text: string, years: YearExpr[], from: number, to: number): YearExpr | undefined {
  for (let k = lowerBound(years, from, (y) => y.start); k < years.length && years[k].start < to; k++) {
    if (years[k].baseline) continue;
    const between = text.slice(from, years[k].start);
    if (between.split('(').length > between.split(')').length) continue;
    return years[k];
  }
  return undefined;
}

/**
 * Whether the line holding a position is a row of a table (it holds a "|"): the line breaks and bars are
 * found once, each question is two binary searches (a search from each position would read long lines
 * and the text after them again for every year).
 */
function tableLines(text: string): (pos: number) => boolean {
  const breaks: number[] = [];
  const bars: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks.push(i);
    else if (c === 124) bars.push(i);
  }
  return (pos) => {
    const k = lowerBound(breaks, pos, (b) => b);
    const from = k > 0 ? breaks[k - 1] + 1 : 0;
    const to = k < breaks.length ? breaks[k] : text.length;
    const b = lowerBound(bars, from, (x) => x);
    return b < bars.length && bars[b] < to;
  };
}

const PER_CAPITA_SET = new Set(PER_CAPITA_NOUNS);
const PER_TEN_THOUSAND_AFTER = new RegExp(`^\\s+${PER_TEN_THOUSAND}(?![a-zà-ỹđ])`);

/**
 * "9,8 bác sĩ và 30,2 giường bệnh trên 1 vạn dân": the figure takes the unit "/vạn dân", and so does a
 * figure joined to it by "và" that has none.
 */
function perTenThousand(lower: string, toks: ValueTok[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.unit || !PER_CAPITA_SET.has(t.unit)) continue;
    const m = PER_TEN_THOUSAND_AFTER.exec(lower.slice(t.end, t.end + 24));
    if (!m) continue;
    t.unit = `${t.unit}/vạn dân`;
    t.end += m[0].length;
    const prev = toks[i - 1];
    if (prev?.unit && PER_CAPITA_SET.has(prev.unit) && /^\s+và\s+$/.test(lower.slice(prev.end, t.start)))
      prev.unit = `${prev.unit}/vạn dân`;
  }
}

// "Giá trị sản xuất trên 1 ha đất canh tác đạt 95 triệu đồng": "1 ha" says what the figure is per.
const DENOMINATOR_UNITS = new Set(['ha', 'héc-ta', 'km2', 'vạn dân']);
const PER_BEFORE = /(?:trên|mỗi)\s+$/;
const FIGURE_FOLLOWS = /^[^;.\n]{0,60}?\s(?:đạt|là|bằng)\s+(?:khoảng\s+|trên\s+|hơn\s+)?\d/;

function isDenominator(lower: string, t: ValueTok): boolean {
  return (
    t.value === 1 &&
    t.unit !== undefined &&
    DENOMINATOR_UNITS.has(t.unit) &&
    PER_BEFORE.test(lower.slice(Math.max(0, t.start - 6), t.start)) &&
    FIGURE_FOLLOWS.test(lower.slice(t.end, t.end + 80))
  );
}

function lastYearBefore(years: YearExpr[], from: number, to: number): YearExpr | undefined {
  // Binary search for the last expression starting before `to`.
  let lo = 0;
  let hi = years.length - 1;
  let idx = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (years[mid].start < to) {
      idx = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let k = idx; k >= 0 && k > idx - 4; k--) {
    const y = years[k];
    if (y.start < from) break;
    if (!y.baseline) return y;
  }
  return undefined;
}

/** Years named by headings ("1.1. Mục tiêu cơ bản đến năm 2025") apply to the lines below them. */
const PLAN_AHEAD = /phương hướng|kế hoạch|nhiệm vụ|mục tiêu/i;
function headingYears(
  text: string,
  seg: Segmentation,
  years: YearExpr[],
): (pos: number) => number | undefined {
  const marks: Array<[number, number]> = [];
  for (const [ps, pe] of seg.paras) {
    if (pe - ps > 160) continue;
    const line = text.slice(ps, pe);
    if (/[.;]\s*$/.test(line)) continue;
    let y = lastYearBefore(years, ps, pe);
    // "Kết quả … năm 2011, phương hướng, nhiệm vụ năm 2012": what is reported is of the first year.
    if (y) {
      const first = firstYearIn(text, years, ps, pe);
      if (first && first.start < y.start && PLAN_AHEAD.test(text.slice(first.end, y.start))) y = first;
      marks.push([ps, y.year]);
    }
  }
  return (pos) => {
    let lo = 0;
    let hi = marks.length - 1;
    let found: number | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid][0] <= pos) {
        found = marks[mid][1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

// "II.", "1.2.", "a)", "Điều 2.": the marks a heading of a section begins with.
const HEADING_MARK = String.raw`^\s*(?:[IVX]+\.|\d+(?:\.\d+)*\.?|[a-z]\)|Điều\s+\d{1,3}\s*[.:])?`;
const TARGET_SECTION = new RegExp(`${HEADING_MARK}\\s*(?:mục tiêu|các chỉ tiêu|chỉ tiêu)`, 'i');
const HEADING_COLON = new RegExp(`${HEADING_MARK}[^:.;]{3,80}:`);
// ("Điều 3. Nhiệm vụ, giải pháp chủ yếu — … bảo đảm 100% thủ tục …": what is to be done, planned.)
const TASK_SECTION = new RegExp(`${HEADING_MARK}\\s*(?:các\\s+)?(?:nhiệm vụ|giải pháp)`, 'i');
const OTHER_SECTION = new RegExp(`${HEADING_MARK}\\s*(?:tổ chức thực hiện|kết quả|tình hình|đánh giá)`, 'i');

const TARGETS_LEAD_IN = /(?:mục tiêu|chỉ tiêu)[^:\n]{0,100}:\s*$/i;
const REPORT_LEAD_IN = /kết quả|thực hiện|đạt được|tình hình|đánh giá|ước/i;

/** The section a paragraph is in: of targets, of tasks (what is to be done), or another. */
type Section = 'targets' | 'tasks' | undefined;
/** `sectionOf` by paragraph, for one text: its figures share their paragraphs' sections. */
type SectionCache = Map<number, Section>;

function sectionOf(text: string, seg: Segmentation, pos: number, cache: SectionCache): Section {
  const si = seg.sentenceAt(pos);
  const para = seg.sentences[si]?.para ?? 0;
  if (!cache.has(para)) cache.set(para, paragraphSection(text, seg, para));
  return cache.get(para);
}

function paragraphSection(text: string, seg: Segmentation, para: number): Section {
  for (let p = para; p >= 0 && p > para - 30; p--) {
    const [ps, pe] = seg.paras[p];
    const line = text.slice(ps, Math.min(pe, ps + 120));
    // ("Chỉ tiêu | Đơn vị | Ước TH 2012": a table's header row names its columns, not a section.)
    if (line.includes('|')) continue;
    if (pe - ps < 120 && TARGET_SECTION.test(line)) return 'targets';
    // "1. Các chỉ tiêu chủ yếu: Tốc độ tăng trưởng … đạt 8%/năm. …": a paragraph led by its heading.
    if (TARGET_SECTION.test(line) && HEADING_COLON.test(line)) return 'targets';
    // "Điều 1. Thông qua các chỉ tiêu chủ yếu năm 2021 như sau:": a lead-in naming the targets.
    if (pe - ps < 160 && TARGETS_LEAD_IN.test(line) && !REPORT_LEAD_IN.test(line)) return 'targets';
    if (pe - ps < 120 && TASK_SECTION.test(line)) return 'tasks';
    if (pe - ps < 120 && OTHER_SECTION.test(line)) return undefined;
  }
  return undefined;
}

// A figure other than a year ("đón 5 triệu lượt khách"; not "năm 2019 tổng lượt khách").
const FIGURE_NOT_YEAR = /(?<![\d.,/])(?!(?:19|20)\d{2}(?![\d.,/]))\d/;
// A clause with its own verb or figure is not the start of a list of sectors.
const JOIN_BLOCK = /\s(?:đạt|là|tăng|giảm|chiếm|bằng|còn|ước|có|lên|xuống)\s|\d/;
const TIME_ONLY =
  /^(?:(?:trong |đến |cả |hết )?(?:năm|nhiệm kỳ|giai đoạn|thời kỳ|quý|tháng)(?: [\dIVX][\d\s/.\-IVX]*)?|\d+ tháng(?: đầu| cuối)? năm(?: \d{4})?)$/i;
const CUE_IN_SUBJECT =
  /(?:^|\s)(?:(?:mục tiêu|chỉ tiêu|nhiệm vụ)(?:\s+(?:của|đối với)\s+[^\s,;]+(?:\s+[^\s,;]+)?)?\s+là|đặt mục tiêu|mục tiêu(?! quốc gia)|phấn đấu|góp phần|đặt ra|đề ra|chỉ tiêu|cho biết|cho thấy|bảo đảm|đảm bảo)(?=\s|$)/gi;
const SCOPE_ONLY =
  /^(?:hiện(?: nay| tại)? )?(?:toàn |cả |(?:trên )?địa bàn )?(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|nước|quốc gia|vùng|khu vực|ngành|địa phương|chúng ta|chúng tôi)$/i;
// What may stand between a subject and its figure when the figure is a change: "tăng", "giảm bình quân".
const CHANGE_TAIL = new RegExp(`^\\s${CHANGE_WORDS}`, 'i');

const SCOPE_PREFIX =
  /^(?:(?:toàn tỉnh|cả nước|toàn quốc|toàn huyện|toàn thành phố|toàn ngành|toàn vùng|chúng tôi|chúng ta)\s+)?(?:(?:đã|mới|chỉ(?!\s+(?:số|tiêu|đạo|thị|huy))|vẫn|cũng|đều|còn)\s+)+|^(?:toàn tỉnh|cả nước|toàn quốc|toàn huyện|toàn thành phố|toàn ngành|toàn vùng|chúng tôi|chúng ta)\s+/i;

function indicatorBefore(
  text: string,
  sStart: number,
  gStart: number,
  prevValueEndIn: number,
): string | null {
  const found = subjectBefore(text, sStart, gStart, prevValueEndIn);
  return found?.includes('\u201A') ? found.replaceAll('\u201A', ',') : found;
}
// ("nông, lâm, thủy sản tăng 3,2%": so the sectors.) Found by the comma and the word after it, then
// the word before it checked: a pattern led by a look-behind is tried at every character.
const PAIR_COMMA = /,(?=\s+(ban|ngành|phường|xã|thị trấn|lâm|thủy|thuỷ|ngư)(?![a-zà-ỹđ]))/gi;
const PAIR_FIRST = /(?:^|\s)(sở|bộ|ban|xã|phường|nông|lâm|lâm nghiệp)$/i;
/** What may follow each first word of a pair: "sở, ngành", "xã, phường", "nông, lâm", "lâm, thủy sản". */
function pairsWith(first: string, second: string): boolean {
  if (first === 'nông') return second === 'lâm';
  if (first.startsWith('lâm')) return /^(?:thủy|thuỷ|ngư)$/.test(second);
  return /^(?:ban|ngành|phường|xã|thị trấn)$/.test(second);
}
function pairComma(left: string): string {
  if (!left.includes(',')) return left;
  return left.replace(PAIR_COMMA, (comma, second: string, at: number) => {
    const first = PAIR_FIRST.exec(left.slice(Math.max(0, at - 14), at))?.[1].toLowerCase();
    return first && pairsWith(first, second.toLowerCase()) ? '\u201A' : comma;
  });
}

function subjectBefore(text: string, sStart: number, gStart: number, prevValueEndIn: number): string | null {
  let prevValueEnd = prevValueEndIn;
  let from = Math.max(sStart, gStart - 240);
  // A semicolon closes a clause: "...đạt 10,5%/năm; đến năm 2030 có 19 bác sĩ/vạn dân" starts afresh.
  const semi = lastIndexBetween(text, ';', from, gStart);
  if (semi >= from) {
    if (prevValueEnd >= 0 && prevValueEnd <= semi) prevValueEnd = -1;
    from = semi + 1;
  }
  // "độ che phủ rừng của tỉnh (tính cả cây công nghiệp lâu năm) lên 62%": an aside of several words
  // in brackets is blanked (same length); an acronym "(GRDP)" stays.
  // ("khối sở, ngành", "các xã, phường": the comma of a pair of kinds joins; it is held as U+201A, same
  // length, and given back in the result.)
  let left = text
    .slice(from, gStart)
    .replace(/\([^()]{0,80}\)/g, (m) => (spacesAtLeast(m, 2) ? ' '.repeat(m.length) : m));
  left = pairComma(left);
  // Brackets stay inside a piece: "Tốc độ tăng trưởng kinh tế (GRDP)" is one indicator.
  let pieces = left.split(/[;:]|,(?=\s)|\((?![^()]{1,30}\))|\n(?=\s*[-+•])/);
  // "tổng vốn đăng ký, gồm vốn cấp mới, vốn điều chỉnh và góp vốn, mua cổ phần, đạt …": what the total
  // is made of is an aside; the subject is before it.
  for (let k = pieces.length - 1; k >= 1 && k >= pieces.length - 4; k--) {
    if (/^\s*(?:gồm|bao gồm|kể cả)\s/i.test(pieces[k])) {
      pieces = pieces.slice(0, k);
      break;
    }
  }
  for (let k = pieces.length - 1; k >= 0 && k >= pieces.length - 3; k--) {
    let piece = collapse(pieces[k]);
    const pieceStart = from + left.lastIndexOf(pieces[k]);
    // The same subject as a value earlier in the clause: "chỉ số PCI tăng 01 bậc, đứng thứ 13/63".
    if (prevValueEnd >= 0 && prevValueEnd > pieceStart && prevValueEnd <= gStart)
      return subjectAfterAnd(text.slice(prevValueEnd, gStart));
    // "dự thảo Chương trình … đặt mục tiêu đến năm 2030 kinh tế số chiếm": the subject follows the cue.
    let cue: RegExpExecArray | null = null;
    CUE_IN_SUBJECT.lastIndex = 0;
    for (let c = CUE_IN_SUBJECT.exec(piece); c; c = CUE_IN_SUBJECT.exec(piece)) cue = c;
    if (cue) {
      // Only when a subject follows: "… phấn đấu đạt lần lượt 20% …" keeps what came before the cue.
      const rest = piece
        .slice(cue.index + cue[0].length)
        .replace(LEAD, '')
        .trim();
      // "đặt mục tiêu có ít nhất 60% số xã …": nothing measured before the value, it follows.
      if (rest === '') {
        // "số bác sĩ trên 1 vạn dân phấn đấu đạt 11": a measured subject before the cue stays.
        const before = piece.slice(0, cue.index).trim();
        if (HEAD_RE.test(before) || /^(?:số|tổng số)\s/i.test(before)) piece = before;
        // (With a value before it in the clause, "… 53%, trong khi mục tiêu đặt ra là dưới 50%" keeps its subject.)
        // ("… đẩy nhanh giải ngân vốn đầu tư công, phấn đấu hết quý II đạt trên 45% kế hoạch": the
        // measure is in the clause before the cue.)
        // (Back over places too: "… của tỉnh sau hợp nhất Phú Thọ, Vĩnh Phúc, Hòa Bình ước đạt 8,6%".)
        else if (
          prevValueEnd < 0 &&
          k > 0 &&
          (HEAD_RE.test(pieces[k - 1]) || isPlaceName(collapse(pieces[k - 1]))) &&
          !FIGURE_NOT_YEAR.test(pieces[k - 1])
        )
          continue;
        else if (prevValueEnd < 0) return '';
        else piece = '';
      } else if (
        (rest.includes(' ') || BARE_VERB.test(rest)) &&
        !/^(?:lần lượt|tương ứng|ở mức|khoảng|trên|dưới|từ)(?:\s|$)/i.test(rest)
      )
        piece = rest;
    }
    piece = piece.replace(LEAD, '');
    let h = HEAD_RE.exec(piece);
    // (Not past a cue: "… ngành kinh tế mũi nhọn, tỉnh phấn đấu đón …" starts afresh at the cue.)
    if ((!h || h.index > 0) && !cue && /[a-zà-ỹđ]{2}/i.test(piece)) {
      // "giá trị sản xuất nông, lâm, thủy sản …": commas inside a list of sectors, after the head.
      for (let q = k - 1; q >= 0 && q >= k - 3; q--) {
        const sepAt = left.lastIndexOf(pieces[q + 1]) - 1;
        if (left.charAt(sepAt) !== ',') break;
        const before = collapse(pieces[q]);
        const hq = HEAD_RE.exec(before);
        if (hq) {
          // (Not when the earlier piece held a figure of its own: "đón 5 triệu lượt khách, trong đó
          // khách quốc tế …" names a part after a figure.)
          if (!JOIN_BLOCK.test(` ${before.slice(hq.index)} `) && !FIGURE_NOT_YEAR.test(before)) {
            piece = `${before.slice(hq.index)}, ${pieces
              .slice(q + 1, k)
              .map(collapse)
              .join(', ')}${q + 1 < k ? ', ' : ''}${piece}`;
            h = HEAD_RE.exec(piece);
          }
          break;
        }
        if (before.split(' ').length > 2 || /\d/.test(before)) break;
      }
    }
    // "kinh tế số chiếm tỷ trọng …": the share is of the subject before "chiếm", which stays.
    // ("vốn thuộc Chương trình … mới giải ngân được": the funds paid out name the figure, with the verb.)
    if (h && h[0].toLowerCase() === 'giải ngân' && FUNDS_SUBJECT.test(piece.slice(0, h.index)))
      piece = piece.replace(/^(?:riêng|trong đó)\s+/i, '');
    else if (h && !/\schiếm\s+$/i.test(` ${piece.slice(0, h.index)}`)) piece = piece.slice(h.index);
    let cut = PREDICATE.exec(` ${piece}`);
    // "tỷ lệ dân số có điện thoại thông minh đạt": "có" inside the subject when a verb ends the piece.
    if (cut && (cut[0].trim() === 'có' || cut[0].trim() === 'được')) {
      const verb = /\s(?:đạt|chiếm|là)$/i.exec(` ${piece}`);
      if (verb) cut = verb;
    }
    if (cut) {
      // "GRDP tăng bình quân 7,2%/năm": a change names what the figure measures, the growth not the level.
      const change = CHANGE_TAIL.exec(` ${piece}`.slice(cut.index));
      piece = ` ${piece}`.slice(0, cut.index).trim();
      if (change && piece) piece = `${piece} ${change[1].replace(/\s+/g, ' ')}`;
    }
    piece = piece
      .replace(/\s*(?:của|là|đạt|và|ít nhất|tối thiểu|khoảng|hơn|gần|được|không|lần lượt|tương ứng)$/i, '')
      // "Chỉ số giá tiêu dùng tháng 12/2025 tăng": the month is the figure's time, not its name.
      .replace(/\s+(?:tháng|quý)\s+[\dIVX][\d/.IVX-]*$/, '')
      .trim();
    // "toàn tỉnh mới giải ngân", "cả nước đã giảm": the place and the adverbs are not the indicator.
    const scoped = SCOPE_PREFIX.exec(piece);
    if (scoped && scoped[0].length < piece.length) piece = piece.slice(scoped[0].length);
    // ("toàn ngành vẫn còn thiếu 1.300 giáo viên": the sector and an adverb, nothing measured.)
    if (/^(?:ngành|khu vực|toàn ngành)(?:\s+(?:vẫn|còn|đã|cũng|đều|mới))+$/i.test(piece)) return '';
    // ("…, nhưng vẫn còn thiếu 2.100 giáo viên": a conjunction and adverbs.)
    if (/^(?:nhưng|song|tuy nhiên|mà)(?:\s+(?:vẫn|còn|đã|cũng|đều|mới|chỉ))*$/i.test(piece)) return '';
    // "toàn tỉnh đã giảm 12,6% biên chế": only a verb is left, what is measured follows the value.
    if (scoped && ONLY_VERBS.test(piece)) return '';
    // "bình quân mỗi năm giảm 2,5%", "mới đạt khoảng 600 tỷ đồng": the subject said before.
    if (
      /^(?:(?:bình quân|trung bình)(?: mỗi| một)?(?: năm)?|mới|chỉ|đã|vẫn|cũng|còn|đều|hiện|hiện nay)$/i.test(
        piece,
      )
    ) {
      if (k === pieces.length - 1 && k > 0) continue;
      return null;
    }
    // ("… của tỉnh sau hợp nhất Phú Thọ, Vĩnh Phúc, Hòa Bình ước đạt 8,6%": provinces listed after the
    // measure; it is before them.)
    if (
      k > 0 &&
      isPlaceName(piece) &&
      !SCOPE_ONLY.test(piece) &&
      left.charAt(left.lastIndexOf(pieces[k]) - 1) === ','
    )
      continue;
    // "Thực hiện Nghị quyết số 09/2000/NQ-CP …, toàn tỉnh đã chuyển 213.500 ha": the document a
    // clause carries out is no indicator.
    if (k < pieces.length - 1 && CARRYING_OUT.test(piece)) return '';
    // "Nhiệm kỳ 2025-2030, hằng năm trên 90% chi bộ …": a time said before the clause is no indicator.
    if (k < pieces.length - 1 && TIME_ONLY.test(piece)) return '';
    // "Bà Phạm Thị Thanh Tâm: … chúng tôi phấn đấu đạt 11 bác sĩ/vạn dân": a name said earlier is no indicator.
    if (
      k < pieces.length - 1 &&
      /^(?:\S+\s+)*\S+$/.test(piece) &&
      piece.split(' ').every((w) => /^[A-ZĐÀ-Ỹ]/.test(w)) &&
      piece.includes(' ')
    )
      return '';
    // "… bình quân của thành phố Cần Thơ, tỉnh Hậu Giang và tỉnh Sóc Trăng ước đạt": places listed after
    // the measure; it is before them.
    if (k > 0 && k === pieces.length - 1 && PLACES_ONLY.test(piece)) continue;
    // "tỉnh phấn đấu có 50% số xã …": the place is the scope; what is measured comes after the value.
    if (SCOPE_ONLY.test(piece) || isPlaceName(piece)) {
      // "toàn tỉnh có 185 xã đạt chuẩn …, chiếm 43,1%": the counted things are the subject.
      const counted = /\s(?:có|đạt)\s+[\d.,]+\s+([^\d]{4,})$/.exec(collapse(pieces[k]));
      return counted ? counted[1].trim() : '';
    }
    if (
      /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]{2,}/.test(piece) &&
      !/^(?:và|hoặc|tương ứng|lần lượt|tăng lên|từ|đến)(?:\s|$)/i.test(piece)
    )
      return piece;
    if (k < pieces.length - 1 || piece.length > 0) {
      // A clause that only held verbs ("và tăng lên tương ứng"): the subject is the previous value's.
      if (/tương ứng|lần lượt|tăng lên|giảm xuống|và/i.test(pieces[k])) return null;
    }
  }
  return '';
}

/** "Hà Tĩnh", "tỉnh Hà Tĩnh", "TP. Cần Thơ": a province or city by name, the scope of what follows. */
function isPlaceName(piece: string): boolean {
  // (A name of at most four words in capitals: most subjects are not, and are not looked up.)
  if (piece.length > 32 || spacesAtLeast(piece, 4)) return false;
  const name = piece.replace(/^(?:(?:toàn\s+)?tỉnh|(?:toàn\s+)?thành phố|TP\.?)\s*/i, '');
  const c = name.charAt(0);
  return c !== c.toLowerCase() && provinceOf(name) !== undefined;
}

/**
 * "… đạt 50.000 tỷ đồng và giải ngân 100% …": a new subject after "và" between two values; null when
 * only verbs stand there ("và tăng lên tương ứng 45%"), which keeps the previous value's subject.
 */
function subjectAfterAnd(between: string): string | null {
  // ("… 35 dự án với tổng vốn đăng ký 2.900 tỷ đồng": "với" brings the second subject too.)
  // (The last "và": "so với tháng trước và tăng 3,12%" has no subject of its own; "so với" compares.)
  const m = /^(?:.*\s)?(?:và|(?<!so )với)\s+([^,;:]+)$/.exec(collapse(between));
  if (!m) return null;
  let piece = m[1];
  let cut = PREDICATE.exec(` ${piece}`);
  // "và khu vực có vốn đầu tư nước ngoài đạt": "có" inside the subject when a verb ends it.
  if (cut && (cut[0].trim() === 'có' || cut[0].trim() === 'được'))
    cut = /\s(?:đạt|chiếm|là)$/i.exec(` ${piece}`) ?? cut;
  if (cut) piece = ` ${piece}`.slice(0, cut.index).trim();
  if (!/[a-zà-ỹđ]{2,}/i.test(piece) || ONLY_VERBS.test(piece)) return null;
  return piece;
}
const ONLY_VERBS =
  /^(?:tăng|giảm|đạt|là|lên|xuống|tương ứng|lần lượt|nâng|hạ|chiếm|bằng|còn|ước|khoảng|gần|hơn|trên|dưới|tối thiểu|ít nhất)(?:\s+(?:tăng|giảm|đạt|là|lên|xuống|tương ứng|lần lượt|nâng|hạ|chiếm|bằng|còn|ước|khoảng|gần|hơn|trên|dưới|tối thiểu|ít nhất))*$/i;

function indicatorAfter(text: string, gEnd: number, paraEnd: number): string {
  // "6.003 xã (78,1%) đạt chuẩn …": a share in brackets stands between the count and what it counts.
  const right = text.slice(gEnd, Math.min(paraEnd, gEnd + 250)).replace(/^\s*\([^()]{0,30}\)/, '');
  let piece = collapse(right.slice(0, firstClauseMark(right)));
  // "117,3 km bờ biển Đông và 25,8 km bờ biển Tây": the next figure counts its own thing.
  const next = NEXT_FIGURE.exec(piece);
  if (next) piece = piece.slice(0, next.index);
  // ("… có sóng di động băng rộng trong năm 2025": the time is the figure's, not its name.)
  const when = TIME_AFTER.exec(piece);
  if (when) piece = piece.slice(0, when.index);
  if (/^(?:so với|vào|năm|trong|đến|tới|của|cùng kỳ|và|\/)(?:\s|$)/i.test(piece)) return '';
  // "bằng 79,6% dự toán", "chiếm 43,1% tổng số xã", "40% GRDP": what the value is a share of.
  if (/^(?:tổng số|dự toán|kế hoạch|KH|GRDP|GDP|cùng kỳ|trở lên|mục tiêu|chỉ tiêu)(?:\s|$)/i.test(piece))
    return '';
  piece = piece.replace(/^(?:số|trong tổng số)\s+/i, '');
  // "… thành lập Ban Chỉ đạo theo Nghị quyết số 35-NQ/TW": the document cited is not what is counted.
  const cited = CITED_AFTER.exec(piece);
  if (cited) piece = piece.slice(0, cited.index);
  return piece.includes(' ') ? piece : '';
}
const TIME_AFTER = /\s(?:trong|vào|đến|trước|từ)\s+(?:năm|quý|tháng|ngày|giai đoạn)\s/i;
const NEXT_FIGURE = /\s(?:và|với|cùng)\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?\d/;
const CITED_AFTER =
  /\s(?:theo|tại|căn cứ)\s+(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Thông tư|Nghị định|Luật|Quy định|Chương trình|Đề án|Công văn|văn bản)(?![a-zà-ỹđ])/;

/**
 * Where the first of ";", ",", ".", "(" is in `s`, else its length: `s.split(/[;,.(]/)[0]` without the
 * split. The comma of a pair of levels ("xã, phường", "tỉnh, thành phố") joins, it does not close.
 */
function firstClauseMark(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (
      c === 44 &&
      ((LEVEL_PAIR_AFTER.test(s.slice(i, i + 14)) && LEVEL_BEFORE.test(s.slice(Math.max(0, i - 10), i))) ||
        // "5 - 10% số vụ, số người chết và số người bị thương": a list of the things counted.
        (COUNT_LIST_NEXT.test(s.slice(i, i + 6)) && COUNT_LIST_START.test(s)))
    )
      continue;
    if (c === 59 || c === 44 || c === 46 || c === 40) return i;
  }
  return s.length;
}
const COUNT_LIST_NEXT = /^,\s*số\s/;
const COUNT_LIST_START = /^\s*số\s/;
const LEVEL_PAIR_AFTER =
  /^,\s*(?:phường|xã|thị trấn|thành phố|thị xã|huyện|quận|đặc khu|tổ dân phố|bản|xóm|khu phố|làng|ấp|khu dân cư)(?![a-zà-ỹđ])/;
const LEVEL_BEFORE = /(?:^|\s)(?:xã|phường|tỉnh|huyện|quận|thị xã|thôn|ấp|bản|làng)$/;

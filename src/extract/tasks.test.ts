import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extract } from './index.ts';
import { keywordHits } from './keywords.ts';
import { normalize } from './normalize.ts';
import { directivesIn } from './tasks.ts';
import { segment } from './text.ts';

// The pattern the directives were found with by scanning each sentence.
const DIRECTIVE_SCAN =
  /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])(yêu cầu|đề nghị|chỉ đạo|giao|lưu ý|chỉ thị)(?![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF])/g;

const tasks = (t: string) => extract(t).tasks;

describe('tasks', () => {
  test('"giao X chủ trì, phối hợp Y" with a deadline', () => {
    const t = tasks(
      'Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan rà soát vị trí việc làm, báo cáo UBND tỉnh trước ngày 30/6/2023.',
    );
    expect(t).toHaveLength(1);
    expect(t[0].text.startsWith('Sở Nội vụ chủ trì')).toBe(true);
    expect(t[0]).toMatchObject({
      lead: 'Sở Nội vụ',
      partners: ['các cơ quan liên quan'],
      deadline: '2023-06-30',
    });
  });

  test('a leader\'s "yêu cầu" takes the text after the verb, with the source', () => {
    const t = tasks(
      'Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Tài chính khẩn trương hoàn thiện dự toán trong quý IV/2024.',
    );
    expect(t).toHaveLength(1);
    expect(t[0].text).toBe('Giám đốc Sở Tài chính khẩn trương hoàn thiện dự toán trong quý IV/2024');
    expect(t[0]).toMatchObject({ lead: 'Sở Tài chính', deadline: '2024-Q4', source: 'Chủ tịch UBND tỉnh' });
  });

  test('the noun "yêu cầu" is not a directive', () => {
    expect(tasks('Kết quả đáp ứng yêu cầu phát triển; thực hiện theo yêu cầu tại văn bản của Bộ.')).toEqual(
      [],
    );
  });

  test('an inline list after "nhiệm vụ, giải pháp ... là:"', () => {
    const t = tasks(
      'Để đạt mục tiêu, huyện đề ra các nhiệm vụ, giải pháp trọng tâm là: Hoàn thiện quy hoạch sử dụng đất; đẩy mạnh thu hút đầu tư vào nông nghiệp công nghệ cao; nâng cao chất lượng nguồn nhân lực…',
    );
    expect(t.map((x) => x.text)).toEqual([
      'Hoàn thiện quy hoạch sử dụng đất',
      'đẩy mạnh thu hút đầu tư vào nông nghiệp công nghệ cao',
      'nâng cao chất lượng nguồn nhân lực',
    ]);
  });

  test('continuation sentences of a directive in the same paragraph', () => {
    const t = tasks(
      'Thủ tướng yêu cầu các bộ, ngành khẩn trương rà soát thủ tục đầu tư. Trong đó, cần ưu tiên tháo gỡ vướng mắc về đất đai cho các dự án lớn.',
    );
    expect(t.map((x) => x.text)).toEqual([
      'các bộ, ngành khẩn trương rà soát thủ tục đầu tư',
      'cần ưu tiên tháo gỡ vướng mắc về đất đai cho các dự án lớn',
    ]);
  });

  test('article on who carries out the decision', () => {
    const t = tasks(
      'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, ngành và Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này./.',
    );
    expect(t).toHaveLength(1);
    expect(t[0].text).toBe(
      'Chánh Văn phòng UBND tỉnh, Giám đốc các sở, ngành và Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này',
    );
  });

  test('numbered items after a lead-in that ends with a colon', () => {
    const t = tasks(
      'Điều 2. Các đơn vị sau đây chịu trách nhiệm tổ chức thực hiện:\n1. Sở Y tế chủ trì triển khai tiêm chủng mở rộng; tổng kết hằng năm.\n2. Sở Tài chính bố trí kinh phí thực hiện vào năm 2025.',
    );
    expect(t.map((x) => x.lead)).toEqual(['Sở Y tế', 'Sở Tài chính']);
    expect(t[0].recurring).toBe(true);
    expect(t[1].deadline).toBe(2025);
  });

  test('a body at the head of a paragraph, assigned work', () => {
    const t = tasks(
      'Chính phủ ban hành Nghị quyết.\n\nBộ Ngoại giao thực hiện các thủ tục với phía nước ngoài theo đúng quy định.',
    );
    expect(t).toMatchObject([
      {
        text: 'Bộ Ngoại giao thực hiện các thủ tục với phía nước ngoài theo đúng quy định',
        lead: 'Bộ Ngoại giao',
      },
    ]);
  });

  test('a news sentence where a body reports is not a task', () => {
    expect(tasks('Bộ Công Thương cho biết kim ngạch xuất khẩu tăng.')).toEqual([]);
    expect(tasks('Chính phủ vừa ban hành Nghị quyết về phát triển vùng.')).toEqual([]);
  });

  test('a plan due in a quarter', () => {
    const t = tasks('Đề án sẽ được trình Thủ tướng Chính phủ vào quý 2 năm 2026.');
    expect(t).toMatchObject([{ deadline: '2026-Q2' }]);
  });

  test('a proposal upward is a recommendation, not a task', () => {
    const r = extract('Phó Chủ tịch UBND tỉnh đề nghị các bộ, ngành Trung ương sớm bố trí vốn cho dự án.');
    expect(r.tasks).toEqual([]);
    expect(r.recommendations).toHaveLength(1);
  });

  test('a leader\'s "đề nghị" to the departments is a task', () => {
    const t = tasks('Chủ tịch UBND tỉnh đề nghị các sở, ngành tập trung giải ngân vốn đầu tư công.');
    expect(t.map((x) => x.text)).toEqual(['các sở, ngành tập trung giải ngân vốn đầu tư công']);
  });

  test('items under a tasks heading; not under the objectives heading', () => {
    const text =
      'I. MỤC TIÊU\n- Các trường học được kết nối internet tốc độ cao.\nII. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Rà soát, sắp xếp mạng lưới trường lớp học phù hợp thực tế.\n2. Đầu tư trang thiết bị dạy học số cho các trường vùng khó khăn.';
    expect(tasks(text).map((x) => x.text)).toEqual([
      'Rà soát, sắp xếp mạng lưới trường lớp học phù hợp thực tế',
      'Đầu tư trang thiết bị dạy học số cho các trường vùng khó khăn',
    ]);
  });
});

describe('assignments grouped under a body', () => {
  const t = tasks(
    'III. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính\n- Chủ trì, phối hợp với các đơn vị liên quan tham mưu bố trí kinh phí thực hiện Kế hoạch.\n2. Về đào tạo\nĐẩy mạnh đào tạo nghề cho lao động nông thôn theo đơn đặt hàng của doanh nghiệp.\n3. UBND các huyện, thành phố xây dựng kế hoạch thực hiện tại địa phương, hoàn thành trong tháng 3/2024.',
  );
  test('the heading body leads the items below it', () => {
    expect(t[0]).toMatchObject({ lead: 'Sở Tài chính', partners: ['các đơn vị liên quan'] });
  });
  test('a plain paragraph that starts with an action under a tasks heading', () => {
    expect(t[1].text).toBe('Đẩy mạnh đào tạo nghề cho lao động nông thôn theo đơn đặt hàng của doanh nghiệp');
    expect(t[1].lead).toBeUndefined();
  });
  test('the committees of every district as lead', () => {
    expect(t[2]).toMatchObject({ lead: 'UBND các huyện, thành phố', deadline: '2024-03' });
  });
});

describe('"Đề nghị" without a speaker in the sentence', () => {
  test('in a conclusion of the Prime Minister it directs', () => {
    const t = tasks(
      'Thông báo kết luận của Thủ tướng Chính phủ tại cuộc họp.\nĐề nghị Bộ Tài chính khẩn trương trình phương án giảm thuế.',
    );
    expect(t.map((x) => x.text)).toEqual(['Bộ Tài chính khẩn trương trình phương án giảm thuế']);
  });
  test("in a province's report it proposes", () => {
    const r = extract(
      'Chủ tịch UBND tỉnh báo cáo kết quả.\nĐề nghị Bộ Tài chính xem xét bổ sung vốn cho tỉnh.',
    );
    expect(r.tasks).toEqual([]);
    expect(r.recommendations).toHaveLength(1);
  });
});

describe('an inline list after the verb', () => {
  test('"yêu cầu: (1) ...; (2) ..." gives one task per item', () => {
    const t = tasks(
      'Thủ tướng yêu cầu: (1) các bộ khẩn trương hoàn thiện hồ sơ dự án; (2) các địa phương đẩy nhanh giải phóng mặt bằng trong quý III/2024.',
    );
    expect(t.map((x) => x.text)).toEqual([
      'các bộ khẩn trương hoàn thiện hồ sơ dự án',
      'các địa phương đẩy nhanh giải phóng mặt bằng trong quý III/2024',
    ]);
    expect(t[1].deadline).toBe('2024-Q3');
  });
});

describe('partners', () => {
  test('end with the bodies named, not with the action that follows them', () => {
    const t = tasks(
      'Ban Dân tộc phối hợp với Sở Y tế và Sở Giáo dục và Đào tạo đưa bác sĩ, giáo viên về các thôn vùng cao.',
    );
    expect(t[0]).toMatchObject({ lead: 'Ban Dân tộc', partners: ['Sở Y tế', 'Sở Giáo dục và Đào tạo'] });
  });
  test('one item a body, past the comma that ends the capture', () => {
    const t = tasks(
      'Giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính, Sở Xây dựng rà soát quy hoạch các cụm công nghiệp trước ngày 30/11/2026.',
    );
    expect(t[0]).toMatchObject({ lead: 'Sở Công Thương', partners: ['Sở Tài chính', 'Sở Xây dựng'] });
  });
  test('keep what goes on naming them', () => {
    const t = tasks('Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan thẩm định dự toán năm 2026.');
    expect(t[0].partners).toEqual(['các sở, ngành liên quan']);
  });
});

describe('a directive that leads a list', () => {
  const text = [
    'CHỈ THỊ',
    'CỦA BAN THƯỜNG VỤ TỈNH ỦY',
    'về tăng cường công tác phòng cháy, chữa cháy trong mùa khô năm 2026',
    'Để chủ động phòng ngừa cháy rừng, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, chính quyền thực hiện tốt các nội dung sau:',
    '1. Rà soát phương án chữa cháy tại các khu dân cư trước ngày 15/01/2026.',
    '2. Công an tỉnh thường xuyên kiểm tra các cơ sở kinh doanh xăng dầu.',
    'Chỉ thị này được phổ biến đến chi bộ.',
  ].join('\n');
  test('the lead-in ending in a colon is not a task; its items are, from its speaker', () => {
    const t = tasks(text);
    expect(t.map((x) => x.text)).toEqual([
      'Rà soát phương án chữa cháy tại các khu dân cư trước ngày 15/01/2026',
      'Công an tỉnh thường xuyên kiểm tra các cơ sở kinh doanh xăng dầu',
    ]);
    expect(t[0]).toMatchObject({ source: 'Ban Thường vụ Tỉnh ủy', deadline: '2026-01-15' });
    expect(t[1]).toMatchObject({ lead: 'Công an tỉnh', recurring: true });
  });
});

describe('articles and lists of an official text', () => {
  const text = [
    'HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG',
    'NGHỊ QUYẾT',
    'Điều 1. Thông qua các chỉ tiêu chủ yếu năm 2027 như sau:',
    '1. Tốc độ tăng trưởng kinh tế đạt 7% trở lên.',
    '2. Tỷ lệ che phủ rừng đạt 56%.',
    'Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; hằng quý báo cáo kết quả với Thường trực Hội đồng nhân dân tỉnh.',
    'Điều 3. Thường trực Hội đồng nhân dân tỉnh, các Ban và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.',
    'Điều 4. Nhà đầu tư có trách nhiệm hoàn thành thủ tục đất đai trước ngày 30/6/2027.',
    'Nơi nhận:',
    '- Bộ Tài chính (b/c);',
    '- Các sở, ban, ngành tỉnh;',
  ].join('\n');
  test('figures after "chỉ tiêu … như sau:" are not tasks; a closing report stays with its assignment', () => {
    expect(tasks(text).map((t) => t.text)).toEqual([
      'Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; hằng quý báo cáo kết quả với Thường trực Hội đồng nhân dân tỉnh',
      'Thường trực Hội đồng nhân dân tỉnh, các Ban và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết',
      'Nhà đầu tư có trách nhiệm hoàn thành thủ tục đất đai trước ngày 30/6/2027',
    ]);
  });
  test('a list of bodies as subject; a conclusion that leads a list', () => {
    const t = tasks(
      'Chủ tịch UBND tỉnh kết luận:\n1. Phấn đấu giải ngân hết kế hoạch vốn năm 2026.\n2. Sở Xây dựng và Sở Giao thông vận tải phối hợp rà soát các dự án chậm tiến độ.',
    );
    expect(t.map((x) => x.text)).toEqual([
      'Phấn đấu giải ngân hết kế hoạch vốn năm 2026',
      'Sở Xây dựng và Sở Giao thông vận tải phối hợp rà soát các dự án chậm tiến độ',
    ]);
  });
  test('a proposal that the higher body assign is not an assignment', () => {
    expect(
      tasks(
        'Sở Tài chính kính đề nghị UBND tỉnh xem xét; đồng thời đề nghị UBND tỉnh giao Sở Xây dựng thẩm định hồ sơ.',
      ),
    ).toEqual([]);
  });
});

describe('directives in news prose', () => {
  test('clauses after semicolons, a passive "được yêu cầu", a body told to work with another', () => {
    const t = tasks(
      'Chủ tịch UBND tỉnh đề nghị chính quyền các xã khẩn trương kiện toàn bộ máy; bảo đảm bộ phận một cửa vận hành thông suốt; hoàn thành bàn giao hồ sơ của các xã cũ trước ngày 20/8/2025. Các huyện được yêu cầu rút ngắn thời gian thẩm định hồ sơ đất đai. Sở Nội vụ phối hợp với Báo tỉnh mở chuyên mục giải đáp chính sách.',
    );
    expect(t.map((x) => x.text)).toEqual([
      'chính quyền các xã khẩn trương kiện toàn bộ máy',
      'bảo đảm bộ phận một cửa vận hành thông suốt',
      'hoàn thành bàn giao hồ sơ của các xã cũ trước ngày 20/8/2025',
      'rút ngắn thời gian thẩm định hồ sơ đất đai',
      'Sở Nội vụ phối hợp với Báo tỉnh mở chuyên mục giải đáp chính sách',
    ]);
    expect(t[2].deadline).toBe('2025-08-20');
  });
  test('a leader named again by the given name; breakthroughs listed after a colon', () => {
    const t = tasks(
      'Bà Lan giao Sở Tài chính rà soát các khoản chi thường xuyên. Đại hội xác định ba khâu đột phá: hoàn thiện thể chế phát triển đô thị; phát triển hạ tầng giao thông liên vùng; đào tạo nhân lực chất lượng cao.',
    );
    expect(t.map((x) => x.text)).toEqual([
      'Sở Tài chính rà soát các khoản chi thường xuyên',
      'hoàn thiện thể chế phát triển đô thị',
      'phát triển hạ tầng giao thông liên vùng',
      'đào tạo nhân lực chất lượng cao',
    ]);
  });
});

describe('directives by the keyword index', () => {
  // Pieces around the verbs: word edges, marks, line breaks and list markers where sentences are cut.
  const PIECES = [
    'yêu cầu',
    'đề nghị',
    'chỉ đạo',
    'giao',
    'lưu ý',
    'chỉ thị',
    'Giao',
    'Yêu cầu',
    'chỉ',
    'yêu',
    'giaoo',
    'xgiao',
    'cầu',
    ' ',
    '  ',
    '\n',
    '.',
    '. ',
    ';\n',
    '|',
    ',',
    ':',
    '"',
    ')',
    '-',
    '1. ',
    'Sở Y tế',
    'Bộ',
    'đề',
    'ý',
    'UBND tỉnh',
    'Thủ tướng',
    '2024',
    'à',
    'Đ',
  ];
  test('give the matches of the pattern scanned over each sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = normalize(parts.join(''));
        const lower = text.toLowerCase();
        const hits = keywordHits(lower, text);
        for (const { start, end } of segment(text).sentences) {
          const scanned = [...lower.slice(start, end).matchAll(DIRECTIVE_SCAN)].map((m) => [
            m.index,
            m[0],
            m[1],
          ]);
          const indexed = directivesIn(lower, hits, start, end).map((m) => [m.index, m[0], m[1]]);
          expect(indexed).toEqual(scanned);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('items of a plan or a regulation', () => {
  test('a group as subject, duties under a heading of responsibilities, not when the text takes effect', () => {
    const t = tasks(
      [
        'Điều 2. Trách nhiệm của thủ trưởng cơ quan',
        '1. Thủ trưởng cơ quan tiếp công dân định kỳ ít nhất 1 ngày trong tháng.',
        'Điều 3. Tổ chức thực hiện',
        '1. Các phòng chuyên môn thuộc Sở thường xuyên cập nhật dữ liệu hồ sơ công việc.',
        '2. Quy định này có hiệu lực từ ngày ký và thay thế quy định trước đây.',
      ].join('\n'),
    );
    expect(t.map((x) => x.text)).toEqual([
      'Thủ trưởng cơ quan tiếp công dân định kỳ ít nhất 1 ngày trong tháng',
      'Các phòng chuyên môn thuộc Sở thường xuyên cập nhật dữ liệu hồ sơ công việc',
    ]);
  });
  test('an addressee named alone is no task', () => {
    expect(
      tasks(
        'Kính gửi:\n- Sở Tài chính;\n- Sở Xây dựng.\nĐề nghị các đơn vị rà soát số liệu trước ngày 10/3/2026.',
      ).map((x) => x.text),
    ).toEqual(['các đơn vị rà soát số liệu trước ngày 10/3/2026']);
  });
});

describe('assignments inside a paragraph of directives', () => {
  test('bodies as subjects after the directive, not a report of what was done', () => {
    const t = tasks(
      'Thủ tướng yêu cầu Chủ tịch UBND các tỉnh ven biển tổ chức sơ tán dân khỏi vùng nguy hiểm. Bộ Quốc phòng điều động lực lượng sẵn sàng cứu hộ. Theo công điện, Bộ Y tế chuẩn bị đủ cơ số thuốc trước ngày 10/9. Bộ Xây dựng đã hoàn thành kiểm tra các công trình.',
    );
    expect(t.map((x) => x.text)).toEqual([
      'Chủ tịch UBND các tỉnh ven biển tổ chức sơ tán dân khỏi vùng nguy hiểm',
      'Bộ Quốc phòng điều động lực lượng sẵn sàng cứu hộ',
      'Bộ Y tế chuẩn bị đủ cơ số thuốc trước ngày 10/9',
    ]);
  });
});

describe('what is asked of the bodies above', () => {
  test('a section of recommendations assigns nothing', () => {
    const r = extract(
      '2. Nhiệm vụ\n- Phòng Tài chính - Kế hoạch huyện cân đối vốn đối ứng cho các xã.\n3. Kiến nghị\nHuyện ủy kiến nghị Ban Thường vụ Tỉnh ủy chỉ đạo UBND tỉnh đầu tư đường vào các xã khó khăn; đề nghị Ngân hàng Chính sách xã hội tỉnh tăng vốn cho vay.',
    );
    expect(r.tasks.map((t) => t.text)).toEqual([
      'Phòng Tài chính - Kế hoạch huyện cân đối vốn đối ứng cho các xã',
    ]);
    expect(r.recommendations.length).toBeGreaterThan(0);
  });
  test('a district asking its province is a recommendation; members named in a list are no tasks', () => {
    const t = tasks(
      'Ban Thường vụ Thành ủy đề nghị Ban Thường vụ Tỉnh ủy, UBND tỉnh quan tâm bố trí vốn cho dự án kè sông.\nThành lập Ban Chỉ đạo gồm các thành viên sau:\n- Ông Lò Văn Pấng - Phó Chủ tịch UBND huyện - Trưởng ban;\n- Bà Mùa Thị Dua - Trưởng phòng Y tế - Phó Trưởng ban.',
    );
    expect(t).toEqual([]);
  });
});

describe('more closing articles and groups', () => {
  test('"… thi hành Quyết định này" without "chịu trách nhiệm"; a group told what to do; thanks are no task', () => {
    const t = tasks(
      [
        'Điều 3. Chánh Văn phòng Sở, Trưởng phòng Kế hoạch và thủ trưởng các đơn vị liên quan thi hành Quyết định này./.',
        'Giám đốc Sở yêu cầu Phòng Quản lý đất đai rà soát hồ sơ tồn đọng. Các đơn vị trực thuộc khẩn trương báo cáo kết quả trước ngày 15/11/2026.',
        'Sở Tài nguyên và Môi trường trân trọng cảm ơn sự phối hợp của các đơn vị.',
      ].join('\n'),
    );
    expect(t.map((x) => x.text)).toEqual([
      'Chánh Văn phòng Sở, Trưởng phòng Kế hoạch và thủ trưởng các đơn vị liên quan thi hành Quyết định này',
      'Phòng Quản lý đất đai rà soát hồ sơ tồn đọng',
      'Các đơn vị trực thuộc khẩn trương báo cáo kết quả trước ngày 15/11/2026',
    ]);
  });
});

describe('a table of tasks', () => {
  test('gives a task a row, with lead, partners and deadline from the columns', () => {
    const r = extract(
      [
        'ỦY BAN NHÂN DÂN TỈNH BẮC NINH',
        'KẾ HOẠCH',
        'Triển khai chuyển đổi số năm 2027',
        '| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
        '|---|---|---|---|---|',
        '| 1 | Xây dựng kho dữ liệu dùng chung của tỉnh | Sở Khoa học và Công nghệ | Sở Tài chính, Sở Nội vụ | Quý II/2027 |',
        '| 2 | Số hóa hồ sơ đất đai của các xã, phường | Sở Nông nghiệp và Môi trường | Các sở, ngành; UBND các xã, phường | Trong năm 2027 |',
        '| 3 | Theo dõi, đôn đốc việc thực hiện Kế hoạch | Văn phòng UBND tỉnh | | Thường xuyên |',
        '',
        'Các sở, ngành báo cáo kết quả trước ngày 15/12/2027.',
      ].join('\n'),
    );
    const rows = r.tasks.filter((t) => t.text.length < 60 && !t.text.includes('báo cáo kết quả'));
    expect(rows.map(({ span: _, ...t }) => t)).toEqual([
      {
        text: 'Xây dựng kho dữ liệu dùng chung của tỉnh',
        lead: 'Sở Khoa học và Công nghệ',
        partners: ['Sở Tài chính', 'Sở Nội vụ'],
        deadline: '2027-Q2',
        source: 'Ủy ban nhân dân tỉnh Bắc Ninh',
      },
      {
        text: 'Số hóa hồ sơ đất đai của các xã, phường',
        lead: 'Sở Nông nghiệp và Môi trường',
        partners: ['Các sở, ngành', 'UBND các xã, phường'],
        deadline: 2027,
        source: 'Ủy ban nhân dân tỉnh Bắc Ninh',
      },
      {
        text: 'Theo dõi, đôn đốc việc thực hiện Kế hoạch',
        lead: 'Văn phòng UBND tỉnh',
        recurring: true,
        source: 'Ủy ban nhân dân tỉnh Bắc Ninh',
      },
    ]);
  });

  test('its header row names columns and is no task, even under the items of a conclusion', () => {
    const r = extract(
      [
        'THÔNG BÁO',
        'Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Xây dựng',
        'Sau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận như sau:',
        '1. Năm 2025, toàn tỉnh đã cấp 1.200 giấy phép xây dựng.',
        '2. Giao nhiệm vụ cụ thể như sau:',
        'Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn',
        'Rà soát quy hoạch các khu dân cư | Sở Xây dựng | Sở Tài chính; UBND các xã | Quý I/2026',
      ].join('\n'),
    );
    expect(r.tasks.map((t) => [t.text, t.lead, t.partners])).toEqual([
      ['Rà soát quy hoạch các khu dân cư', 'Sở Xây dựng', ['Sở Tài chính', 'UBND các xã']],
    ]);
  });
});

describe('items of a conclusion', () => {
  test('an item that reports is no task; an item that leads the items under it is their lead-in', () => {
    const r = extract(
      [
        'Sau khi nghe báo cáo, Thường trực Tỉnh ủy kết luận như sau:',
        '1. Quý III/2026, thu hút đầu tư của tỉnh đạt 1,4 tỷ USD, tăng 18% so với cùng kỳ; thủ tục đầu tư còn chậm.',
        '2. Để đạt mục tiêu thu hút 5 tỷ USD trong năm 2026, Thường trực Tỉnh ủy yêu cầu:',
        'a) Ban cán sự đảng UBND tỉnh chỉ đạo rút ngắn thời gian cấp chủ trương đầu tư, hoàn thành trong quý IV/2026.',
        'b) Ban Kinh tế Tỉnh ủy theo dõi, đôn đốc việc thực hiện, báo cáo Thường trực Tỉnh ủy hằng quý.',
      ].join('\n'),
    );
    expect(r.tasks.map((t) => [t.text.slice(0, 20), t.source])).toEqual([
      ['Ban cán sự đảng UBND', 'Thường trực Tỉnh ủy'],
      ['Ban Kinh tế Tỉnh ủy ', 'Thường trực Tỉnh ủy'],
    ]);
  });
});

describe('a speaker named by title and given name', () => {
  test('"Phó Thủ tướng Khải yêu cầu …" directs', () => {
    const r = extract(
      'Kết luận cuộc họp, Phó Thủ tướng Khải yêu cầu các bộ, ngành hoàn thành rà soát quy hoạch ngành trong quý II/2026. Thứ trưởng Hưng đề nghị các tỉnh báo cáo tiến độ hằng tháng.',
    );
    expect(r.tasks.map((t) => [t.text.slice(0, 24), t.deadline])).toEqual([
      ['các bộ, ngành hoàn thành', '2026-Q2'],
      ['các tỉnh báo cáo tiến độ', undefined],
    ]);
  });
});

describe('a speaker with titles in apposition', () => {
  test('"đồng chí …, Bí thư Tỉnh ủy, yêu cầu …" directs', () => {
    const r = extract(
      'Phát biểu kết luận, đồng chí Trần Minh Đức, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, yêu cầu các huyện, thị xã hoàn thành giải phóng mặt bằng trong quý III/2026.',
    );
    expect(r.tasks.map((t) => [t.text.slice(0, 15), t.deadline])).toEqual([['các huyện, thị ', '2026-Q3']]);
  });
});

describe('a directive after a verb of speech, then what each body is to do', () => {
  test('"… nhấn mạnh …, yêu cầu …. Cụ thể, A …; B …; C …." gives a task a body', () => {
    const r = extract(
      'Kết luận phiên họp, Chủ tịch UBND tỉnh Hoàng Văn Minh nhấn mạnh nhiệm vụ cuối năm còn rất nặng, yêu cầu các sở, ngành, địa phương tập trung cao độ cho quý IV. Cụ thể, Sở Tài chính tham mưu điều chuyển vốn từ các dự án chậm giải ngân, hoàn thành trước ngày 20/10/2026; Thuế tỉnh chống thất thu ngân sách; Sở Xây dựng đẩy nhanh tiến độ các công trình giao thông trọng điểm. Phấn đấu đến hết năm 2026, tỷ lệ giải ngân vốn đầu tư công đạt trên 95%.',
    );
    expect(r.tasks.map((t) => [t.text.slice(0, 22), t.lead, t.deadline])).toEqual([
      ['các sở, ngành, địa phư', undefined, '2026-Q4'],
      ['Sở Tài chính tham mưu ', 'Sở Tài chính', '2026-10-20'],
      ['Thuế tỉnh chống thất t', 'Thuế tỉnh', undefined],
      ['Sở Xây dựng đẩy nhanh ', 'Sở Xây dựng', undefined],
    ]);
  });

  test('a list item that names two bodies stays one item', () => {
    const r = extract(
      'III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì hướng dẫn các địa phương rà soát biên chế; Sở Tài chính bố trí kinh phí thực hiện.\n2. Ủy ban nhân dân các xã báo cáo kết quả trước ngày 15/12 hằng năm.',
    );
    expect(r.tasks).toHaveLength(2);
    expect(r.tasks[0].text).toContain('Sở Tài chính bố trí kinh phí');
  });
});

describe('a ministry asks the provinces', () => {
  const letter = [
    'BỘ NỘI VỤ',
    'Số: 1234/BNV-CQĐP',
    'Hà Nội, ngày 05 tháng 8 năm 2026',
    'Kính gửi: UBND các tỉnh, thành phố.',
    'Bộ Nội vụ có ý kiến như sau:',
    '1. Theo tổng hợp, đến ngày 31/7/2026 các địa phương đã bố trí đủ công chức cho 2.950 xã, phường.',
    '2. Đề nghị UBND các tỉnh, thành phố:',
    'a) Chỉ đạo Sở Nội vụ rà soát vị trí việc làm của công chức cấp xã; gửi báo cáo về Bộ Nội vụ trước ngày 20/8/2026.',
    'b) Hoàn thành việc chi trả chế độ cho người nghỉ việc trong quý III.',
    '3. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Bộ Nội vụ để được hướng dẫn.',
  ].join('\n');

  test('"Đề nghị UBND các tỉnh:" from a ministry leads tasks; a report and a way to ask are not tasks', () => {
    const r = extract(letter);
    expect(r.tasks.map((t) => [t.text.slice(0, 26), t.deadline])).toEqual([
      ['Chỉ đạo Sở Nội vụ rà soát ', '2026-08-20'],
      ['Hoàn thành việc chi trả ch', '2026-Q3'],
    ]);
    expect(r.recommendations).toEqual([]);
  });

  test('a province\'s "Đề nghị" to a ministry stays a recommendation', () => {
    const r = extract(
      'ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 88/BC-UBND\nIII. ĐỀ NGHỊ\n1. Đề nghị Bộ Tài chính bổ sung vốn cho các dự án đường biên giới.',
    );
    expect(r.tasks).toEqual([]);
    expect(r.recommendations.length).toBeGreaterThan(0);
  });
});

describe('what a body says it will do, what a signed letter asks', () => {
  test('"… cho biết Sở sẽ phối hợp …; tổ chức …" gives a task a clause, from after "sẽ"', () => {
    const r = extract(
      'Ông Trần Văn Bình, Phó Giám đốc Sở Nông nghiệp và Môi trường, cho biết Sở sẽ phối hợp với Bộ đội Biên phòng tỉnh kiểm soát tàu cá xuất, nhập bến; tổ chức tập huấn phòng dịch trên tôm nuôi cho các xã ven biển trong tháng 10/2026.',
    );
    expect(r.tasks.map((t) => [t.text.slice(0, 24), t.deadline])).toEqual([
      ['phối hợp với Bộ đội Biên', undefined],
      ['tổ chức tập huấn phòng d', '2026-10'],
    ]);
  });

  test('"… đã ký ban hành Công văn …, yêu cầu A …; B …" is the signer\'s directive', () => {
    const r = extract(
      'Ngày 2/10/2026, Chủ tịch UBND tỉnh Phạm Văn Tú đã ký ban hành Công văn số 3415/UBND-KTTH, yêu cầu Sở Tài chính tham mưu điều chuyển vốn, trình UBND tỉnh trước ngày 20/10/2026; các địa phương hoàn thành giải phóng mặt bằng trong quý IV/2026.',
    );
    expect(r.tasks.map((t) => [t.text.slice(0, 22), t.deadline])).toEqual([
      ['Sở Tài chính tham mưu ', '2026-10-20'],
      ['các địa phương hoàn th', '2026-Q4'],
    ]);
  });
});

describe('who does a listed task and by when, said after it', () => {
  test('"… một cửa. Cơ quan chủ trì: Sở Nội vụ; phối hợp: …" is the work, led by the body named', () => {
    const r = extract(
      'II. NHIỆM VỤ VÀ GIẢI PHÁP\n- Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính tại bộ phận một cửa các cấp. Cơ quan chủ trì: Sở Nội vụ; phối hợp: Văn phòng UBND tỉnh; hoàn thành trước ngày 30/9/2026.',
    );
    expect(r.tasks.map((t) => [t.text, t.lead])).toEqual([
      [
        'Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính tại bộ phận một cửa các cấp',
        'Sở Nội vụ',
      ],
    ]);
  });

  test('a deadline after a hard-wrapped semicolon stays with its task', () => {
    const r = extract(
      'II. NHIỆM VỤ CỤ THỂ\n1. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát biên chế các cơ quan, đơn vị;\nhoàn thành trước ngày 20/3/2026.\n2. Sở Tài chính bố trí kinh phí thực hiện.',
    );
    expect(r.tasks.map((t) => t.text)).toEqual([
      'Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát biên chế các cơ quan, đơn vị; hoàn thành trước ngày 20/3/2026',
      'Sở Tài chính bố trí kinh phí thực hiện',
    ]);
  });
});

describe('a directive "trong đó" after a signed telegram', () => {
  test('"… đã ký công điện chỉ đạo …, trong đó yêu cầu A …; B …" gives A\'s and B\'s tasks', () => {
    const r = extract(
      'Thủ tướng Chính phủ Phạm Minh Chính đã ký công điện chỉ đạo khắc phục hậu quả bão số 3, trong đó yêu cầu Chủ tịch UBND các tỉnh Quảng Ninh, Hải Phòng tập trung lực lượng tìm kiếm người mất tích; Bộ Quốc phòng huy động phương tiện hỗ trợ các địa phương.',
    );
    expect(r.tasks.map((t) => t.text)).toEqual([
      'Chủ tịch UBND các tỉnh Quảng Ninh, Hải Phòng tập trung lực lượng tìm kiếm người mất tích',
      'Bộ Quốc phòng huy động phương tiện hỗ trợ các địa phương',
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { extract } from './index.ts';
import { parseNumber } from './values.ts';

const brief = (
  items: Array<{ value: number; year?: number; indicator: string; valueMax?: number; period?: number[] }>,
) =>
  items.map((t) => ({
    value: t.value,
    year: t.year,
    indicator: t.indicator,
    valueMax: t.valueMax,
    period: t.period,
  }));

describe('numbers', () => {
  test.each([
    ['40,5', 40.5],
    ['1.234', 1234],
    ['12.000', 12000],
    ['1.234.567,89', 1234567.89],
    ['7,07', 7.07],
    ['36', 36],
    ['10.5', 10.5],
  ])('%s is %d', (s, n) => expect(parseNumber(s)).toBe(n));
});

describe('targets', () => {
  test('a list with "tương ứng" pairs values with years', () => {
    const r = extract(
      'Quy hoạch của tỉnh Bắc Giang đặt ra tỷ lệ hộ dùng nước sạch là: 80% vào năm 2025 và nâng lên tương ứng 90% - 98% vào năm 2030 và 2035.',
    );
    expect(brief(r.targets)).toMatchObject([
      { value: 80, year: 2025 },
      { value: 90, year: 2030 },
      { value: 98, year: 2035 },
    ]);
    for (const t of r.targets) expect(t.indicator).toContain('tỷ lệ hộ dùng nước sạch');
    expect(r.results).toEqual([]);
  });

  test('a range with its period', () => {
    const r = extract('Phấn đấu tốc độ tăng trưởng kinh tế bình quân giai đoạn 2026-2030 đạt 8-8,5%/năm.');
    expect(r.targets).toHaveLength(1);
    expect(r.targets[0]).toMatchObject({
      value: 8,
      valueMax: 8.5,
      unit: '%/năm',
      year: 2030,
      period: [2026, 2030],
    });
    expect(r.targets[0].indicator).toMatch(/^tốc độ tăng trưởng kinh tế/i);
  });

  test('a value before its noun phrase under a heading with the year', () => {
    const r = extract(
      '1. Mục tiêu đến năm 2027\n- 95% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.',
    );
    expect(r.targets).toMatchObject([{ value: 95, year: 2027, unit: '%' }]);
    expect(r.targets[0].indicator).toContain('hồ sơ công việc cấp tỉnh');
  });

  test('money with thousands dot', () => {
    const r = extract('Phấn đấu đến năm 2030 thu ngân sách trên địa bàn đạt 12.000 tỷ đồng.');
    expect(r.targets).toMatchObject([{ value: 12000, unit: 'tỷ đồng', year: 2030 }]);
    expect(r.targets[0].indicator).toContain('thu ngân sách');
  });

  test('income per person', () => {
    const r = extract('Mục tiêu đến năm 2025, thu nhập bình quân đầu người đạt 60 triệu đồng/người.');
    expect(r.targets).toMatchObject([{ value: 60, unit: 'triệu đồng/người', year: 2025 }]);
  });
});

describe('results', () => {
  test('growth so far with the same period last year in brackets', () => {
    const r = extract('Trong 9 tháng năm 2024, tổng thu ngân sách của tỉnh tăng 8,2% (cùng kỳ 5,1%).');
    expect(r.results).toMatchObject([{ value: 8.2, year: 2024, baseline: 5.1, unit: '%' }]);
    expect(r.results[0].indicator).toContain('tổng thu ngân sách');
    expect(r.targets).toEqual([]);
  });

  test('estimated values are results', () => {
    const r = extract('Năm 2023, tỷ lệ che phủ rừng ước đạt 58,6%.');
    expect(brief(r.results)).toMatchObject([{ value: 58.6, year: 2023 }]);
  });

  test('a rank among provinces and a step up', () => {
    const r = extract('Năm 2022 chỉ số PCI của tỉnh tăng 3 bậc, đứng thứ 20/63 tỉnh, thành phố.');
    const vals = r.results.map((x) => x.value).sort((a, b) => a - b);
    expect(vals).toEqual([3, 20]);
    for (const x of r.results) expect(x.indicator).toContain('chỉ số PCI');
  });

  test('no year anywhere: not an item', () => {
    const r = extract('Tỷ lệ hộ nghèo giảm 1,5%.');
    expect(r.results).toEqual([]);
    expect(r.targets).toEqual([]);
  });

  test('periods and counts are not values', () => {
    const r = extract('Sau 17 năm thực hiện, 6 tháng đầu năm 2020 tỉnh triển khai 2 đề án và 188 nhiệm vụ.');
    expect(r.results).toEqual([]);
    expect(r.targets).toEqual([]);
  });
});

describe('values in a plan', () => {
  test('items under "Mục tiêu cụ thể đến năm 2030" are targets even with "so với"', () => {
    const r = extract(
      'b) Mục tiêu cụ thể đến năm 2030:\n- Tỷ lệ lao động qua đào tạo đạt trên 80%.\n- Thu nhập của lao động nông thôn tăng 2,5 lần so với năm 2020.',
    );
    expect(r.targets.map((t) => [t.value, t.year])).toEqual([
      [80, 2030],
      [2.5, 2030],
    ]);
    expect(r.results).toEqual([]);
    expect(r.tasks).toEqual([]);
  });
  test('a rank reuses the quantity reported before it', () => {
    const r = extract('Năm 2022, kinh tế của tỉnh tăng trưởng 9,1%, xếp thứ 17/63 tỉnh, thành phố.');
    expect(r.results.map((x) => x.value)).toEqual([9.1, 17]);
    expect(r.results[1].indicator).toBe(`xếp hạng ${r.results[0].indicator}`);
  });
  test('per-capita indicators keep "bình quân đầu người"', () => {
    const r = extract('Phấn đấu đến năm 2025 GRDP bình quân đầu người đạt 60-65 triệu đồng.');
    expect(r.targets[0]).toMatchObject({ indicator: 'GRDP bình quân đầu người', value: 60, valueMax: 65 });
  });
  test('trillions', () => {
    const r = extract('Năm 2024 tổng vốn đầu tư toàn xã hội ước đạt 1,2 triệu tỷ đồng.');
    expect(r.results).toMatchObject([{ value: 1.2, unit: 'triệu tỷ đồng', year: 2024 }]);
  });
});

describe('values in a meeting conclusion', () => {
  const text =
    'Phó Thủ tướng kết luận như sau:\n1. Đến hết tháng 8/2023, giải ngân vốn đầu tư công đạt 42,35% kế hoạch, cao hơn cùng kỳ năm 2022 (35,5%).\n2. Các bộ, ngành phấn đấu giải ngân trên 95% kế hoạch năm 2023.';
  const r = extract(text);
  test('the year of a dated month, the bracketed comparison as baseline', () => {
    expect(r.results).toMatchObject([{ value: 42.35, year: 2023, baseline: 35.5 }]);
  });
  test('"kế hoạch năm 2023" after the value gives its year', () => {
    expect(r.targets).toMatchObject([{ value: 95, year: 2023 }]);
  });
  test('a reporting item is not a task, the directive item is', () => {
    expect(r.tasks.map((t) => t.text)).toEqual([
      'Các bộ, ngành phấn đấu giải ngân trên 95% kế hoạch năm 2023',
    ]);
  });
});

describe('a table of indicators in a resolution', () => {
  const r = extract(
    '1. Các chỉ tiêu chủ yếu năm 2024\n- Tốc độ tăng trưởng kinh tế (GRDP): 11% trở lên.\n- Số xã đạt chuẩn nông thôn mới: 25 xã.\n2. Đánh giá tình hình năm 2023\nNăm 2023, thu ngân sách ước đạt 47.160 tỷ đồng, vượt 22% dự toán, đứng thứ 5 cả nước.',
  );
  test('indicator before a colon keeps its bracketed acronym', () => {
    expect(r.targets[0]).toMatchObject({
      indicator: 'Tốc độ tăng trưởng kinh tế (GRDP)',
      value: 11,
      year: 2024,
    });
  });
  test('a counted target under a heading of indicators', () => {
    expect(r.targets[1]).toMatchObject({ value: 25, unit: 'xã', year: 2024 });
  });
  test('"vượt 22%" and a national rank report on the same quantity', () => {
    expect(r.results.map((x) => [x.indicator, x.value])).toEqual([
      ['thu ngân sách', 47160],
      ['thu ngân sách', 22],
      ['xếp hạng thu ngân sách', 5],
    ]);
  });
  test('a numbered heading is not a task', () => {
    expect(r.tasks).toEqual([]);
  });
});

describe('planned or achieved', () => {
  test('a past year in a news report is a result even next to a ministry named "Kế hoạch"', () => {
    const r = extract('Giám đốc Sở Kế hoạch và Đầu tư cho biết, năm 2022 GRDP của tỉnh tăng 8,4%.', {
      date: '2023-03-06',
    });
    expect(r.results).toMatchObject([{ value: 8.4, year: 2022 }]);
    expect(r.targets).toEqual([]);
  });
  test('"6 tháng đầu năm" takes the year of the publication date', () => {
    const r = extract('Trong 6 tháng đầu năm, tổng sản phẩm trên địa bàn tỉnh (GRDP) ước tăng 7,2%.', {
      date: '2024-07-05',
    });
    expect(r.results).toMatchObject([{ value: 7.2, year: 2024 }]);
  });
  test('a future year is a target without any cue word', () => {
    const r = extract('Năm 2030 tỷ lệ đô thị hóa của tỉnh là 50%.', { date: '2024-01-01' });
    expect(r.targets).toMatchObject([{ value: 50, year: 2030 }]);
  });
});

describe('directives by a person named earlier', () => {
  test('a second mention of a person is an agent too', () => {
    const r = extract(
      'Ông Nguyễn Văn Hải, Thứ trưởng Bộ Xây dựng dự họp. Kết luận buổi làm việc, ông Nguyễn Văn Hải đề nghị tỉnh đẩy nhanh tiến độ lập quy hoạch.',
    );
    expect(r.tasks.map((t) => t.text)).toEqual(['tỉnh đẩy nhanh tiến độ lập quy hoạch']);
  });
});

describe('clauses after a semicolon', () => {
  test('a new clause does not borrow the indicator before the semicolon', () => {
    const r = extract(
      'Phấn đấu tăng trưởng kinh tế giai đoạn 2026-2030 đạt 10,5%/năm; đến năm 2030 có 19 bác sĩ/vạn dân.',
    );
    expect(r.targets.map((t) => [t.indicator, t.value, t.year])).toEqual([
      ['tăng trưởng kinh tế', 10.5, 2030],
      ['bác sĩ/vạn dân', 19, 2030],
    ]);
    expect(r.targets[0].period).toEqual([2026, 2030]);
  });
});

describe('counted things after a bare verb', () => {
  test('"đón 12 triệu lượt khách" is about visitors, not about "đón"', () => {
    const r = extract(
      'Đến năm 2025, tỉnh đón 12 triệu lượt khách; tổng thu từ khách du lịch đạt 45.000 tỷ đồng.',
    );
    expect(r.targets.map((t) => [t.indicator, t.value, t.year])).toEqual([
      ['lượt khách', 12, 2025],
      ['tổng thu từ khách du lịch', 45000, 2025],
    ]);
  });
});

describe('where the indicator and the cue are', () => {
  test('after "Mục tiêu …:" the value comes first and the indicator after it', () => {
    const r = extract(
      'Điều 2. Mục tiêu đến hết năm 2026: 95% hồ sơ khám chữa bệnh được điện tử hóa; tỷ lệ hộ gia đình có nước sạch đạt 98%.',
    );
    expect(brief(r.targets)).toEqual([
      {
        value: 95,
        year: 2026,
        indicator: 'hồ sơ khám chữa bệnh được điện tử hóa',
        valueMax: undefined,
        period: undefined,
      },
      {
        value: 98,
        year: 2026,
        indicator: 'tỷ lệ hộ gia đình có nước sạch',
        valueMax: undefined,
        period: undefined,
      },
    ]);
  });

  test('a cue in the next sentence does not change what this one reports', () => {
    const r = extract(
      'Năm 2024, tổng thu ngân sách ước đạt 9.800 tỷ đồng, thu nhập bình quân đầu người đạt 71,2 triệu đồng. Phấn đấu đến năm 2027 tỷ lệ lao động qua đào tạo đạt 75%.',
    );
    expect(r.results.map((x) => [x.indicator, x.value, x.year])).toEqual([
      ['tổng thu ngân sách', 9800, 2024],
      ['thu nhập bình quân đầu người', 71.2, 2024],
    ]);
    expect(r.targets.map((x) => [x.indicator, x.value, x.year])).toEqual([
      ['tỷ lệ lao động qua đào tạo', 75, 2027],
    ]);
  });
});

describe('planned or achieved, and what is measured', () => {
  test('"nhà nước đạt" is not the cue "ước đạt"; "đặt mục tiêu" plans', () => {
    const r = extract(
      'Năm 2026, thành phố đặt mục tiêu thu ngân sách nhà nước đạt 61.000 tỷ đồng và giải ngân 100% kế hoạch vốn.',
      { date: '2026-01-10' },
    );
    expect(r.results).toEqual([]);
    expect(r.targets).toMatchObject([
      { value: 61000, unit: 'tỷ đồng', year: 2026, indicator: 'thu ngân sách nhà nước' },
      { value: 100, year: 2026, indicator: 'giải ngân' },
    ]);
  });
  test('the subject after the cue, and a share of what follows the value', () => {
    const r = extract(
      'Đề án của Thành ủy đặt mục tiêu đến năm 2030 kinh tế số chiếm 35% GRDP và 100% trường học kết nối mạng tốc độ cao.',
    );
    expect(r.targets).toMatchObject([
      { value: 35, year: 2030, indicator: 'kinh tế số' },
      { value: 100, year: 2030, indicator: 'trường học kết nối mạng tốc độ cao' },
    ]);
  });
  test('"vượt mục tiêu đề ra" and "chỉ tiêu chưa đạt" report results', () => {
    const r = extract(
      'Giai đoạn 2016-2020, giá trị sản xuất nông, lâm, thủy sản của huyện tăng bình quân 3,8%/năm, vượt mục tiêu Nghị quyết đề ra. Một số chỉ tiêu chưa đạt: tỷ lệ hộ nghèo năm 2020 còn 7,2%, trong khi mục tiêu là dưới 5% vào năm 2020.',
      { date: '2021-03-01' },
    );
    expect(r.results).toMatchObject([
      {
        value: 3.8,
        period: [2016, 2020],
        indicator: 'giá trị sản xuất nông, lâm, thủy sản của huyện tăng bình quân',
      },
      { value: 7.2, year: 2020, indicator: 'tỷ lệ hộ nghèo' },
    ]);
    expect(r.targets).toMatchObject([{ value: 5, year: 2020, indicator: 'tỷ lệ hộ nghèo' }]);
  });
  test('a place as subject gives way to what is counted; a ratio keeps the sentence year', () => {
    const r = extract(
      'Đến hết năm 2024, toàn tỉnh có 96 xã đạt chuẩn nông thôn mới, chiếm 80,7% tổng số xã. Thu nhập bình quân của người dân nông thôn năm 2024 đạt 52 triệu đồng/người, gấp 2,1 lần năm 2015.',
      { date: '2025-01-05' },
    );
    expect(r.results).toMatchObject([
      { value: 96, unit: 'xã', year: 2024, indicator: 'xã đạt chuẩn nông thôn mới' },
      { value: 80.7, year: 2024, indicator: 'xã đạt chuẩn nông thôn mới' },
      { value: 52, year: 2024, indicator: 'Thu nhập bình quân của người dân nông thôn' },
      { value: 2.1, unit: 'lần', year: 2024, indicator: 'Thu nhập bình quân của người dân nông thôn' },
    ]);
  });
  test('"trên địa bàn" is part of the indicator; a year earlier in the paragraph carries on', () => {
    const r = extract(
      'Quý I/2026, tổng sản phẩm trên địa bàn (GRDP) ước tăng 7,4% so với cùng kỳ. Công nghiệp tăng 9,1%. Kim ngạch xuất khẩu ước đạt 1,2 tỷ USD.',
      { date: '2026-04-02' },
    );
    expect(r.results).toMatchObject([
      { value: 7.4, year: 2026, indicator: 'tổng sản phẩm trên địa bàn (GRDP) tăng so với cùng kỳ' },
      { value: 9.1, year: 2026 },
      { value: 1.2, unit: 'tỷ USD', year: 2026, indicator: 'Kim ngạch xuất khẩu' },
    ]);
  });
});

describe('subjects in interviews and lists of figures', () => {
  test('a speaker before a colon is no indicator; each value keeps its own unit', () => {
    const r = extract(
      'Ông Hoàng Văn Minh: Năm 2025, toàn tỉnh đạt 10,2 bác sĩ/vạn dân và 30 giường bệnh/vạn dân. Chúng tôi phấn đấu đạt 12 và 14 bác sĩ/vạn dân, tương ứng vào năm 2027 và năm 2030.',
      { date: '2026-02-01' },
    );
    expect(brief(r.results)).toMatchObject([
      { value: 10.2, year: 2025, indicator: 'bác sĩ/vạn dân' },
      { value: 30, year: 2025, indicator: 'giường bệnh/vạn dân' },
    ]);
    expect(brief(r.targets)).toMatchObject([
      { value: 12, year: 2027, indicator: 'bác sĩ/vạn dân' },
      { value: 14, year: 2030, indicator: 'bác sĩ/vạn dân' },
    ]);
  });
  test('"trong đó" names a part; "lần lượt" after a cue keeps the subject before it', () => {
    const r = extract(
      'Đến năm 2030, tỉnh đón 5 triệu lượt khách, trong đó khách quốc tế đạt 600.000 lượt. Tỷ lệ hộ gia đình dùng nước sạch phấn đấu đạt lần lượt 90% và 95% vào các năm 2027 và 2030.',
    );
    expect(brief(r.targets)).toMatchObject([
      { value: 5, year: 2030, indicator: 'lượt khách' },
      { value: 600000, year: 2030, indicator: 'khách quốc tế' },
      { value: 90, year: 2027, indicator: 'Tỷ lệ hộ gia đình dùng nước sạch' },
      { value: 95, year: 2030, indicator: 'Tỷ lệ hộ gia đình dùng nước sạch' },
    ]);
  });
});

describe('statistics releases', () => {
  const r = extract(
    [
      'Sáng 5/4/2026, Cục Thống kê tỉnh công bố số liệu quý I/2026.',
      'Trong đó, khu vực nông, lâm nghiệp và thủy sản, khu vực công nghiệp và xây dựng, khu vực dịch vụ tăng lần lượt 2,9%, 9,4% và 7,1%.',
      'Tổng vốn đăng ký, gồm vốn cấp mới, vốn điều chỉnh và góp vốn, đạt 1,2 tỷ USD. Tỷ lệ lao động qua đào tạo và tỷ lệ lao động có bằng cấp, chứng chỉ lần lượt đạt 71% và 30-31%.',
      'Chỉ số sản xuất công nghiệp tăng 8,8%.',
      'Chương trình giai đoạn 2026-2030, phê duyệt tại Quyết định số 12/QĐ-UBND ngày 10/01/2026, đặt mục tiêu có ít nhất 60% số xã đạt chuẩn.',
    ].join('\n'),
  );
  test('subjects in order of a respective list, ranges kept whole', () => {
    expect(brief(r.results).slice(0, 3)).toMatchObject([
      { value: 2.9, indicator: 'khu vực nông, lâm nghiệp và thủy sản' },
      { value: 9.4, indicator: 'khu vực công nghiệp và xây dựng' },
      { value: 7.1, indicator: 'khu vực dịch vụ' },
    ]);
    expect(brief(r.results).slice(4, 6)).toMatchObject([
      { value: 71, indicator: 'Tỷ lệ lao động qua đào tạo' },
      { value: 30, valueMax: 31, indicator: 'tỷ lệ lao động có bằng cấp, chứng chỉ' },
    ]);
  });
  test('what a total is made of is an aside; a figure without a year takes the year the passage opens with', () => {
    expect(brief(r.results)[3]).toMatchObject({ value: 1.2, year: 2026, indicator: 'Tổng vốn đăng ký' });
    expect(brief(r.results)[6]).toMatchObject({
      value: 8.8,
      year: 2026,
      indicator: 'Chỉ số sản xuất công nghiệp tăng',
    });
  });
  test("a document's date does not date a target; 'ít nhất' is not the indicator", () => {
    expect(brief(r.targets)).toMatchObject([{ value: 60, year: 2030, indicator: 'xã đạt chuẩn' }]);
  });
});

describe('bare figures and respective years', () => {
  test('a bare number after a verb and before a year; "tương ứng" takes the years just read', () => {
    const r = extract(
      'Theo đề án, số bác sĩ trên 1 vạn dân phấn đấu đạt 12 vào năm 2027 và 15 vào năm 2030; số giường bệnh trên 1 vạn dân tương ứng đạt 33 và 36 giường; tỷ lệ hộ nghèo giảm 0,8-1 điểm phần trăm mỗi năm.',
    );
    expect(r.targets.map((x) => [x.value, x.valueMax, x.year, x.unit])).toEqual([
      [12, undefined, 2027, undefined],
      [15, undefined, 2030, undefined],
      [33, undefined, 2027, 'giường'],
      [36, undefined, 2030, 'giường'],
      [0.8, 1, 2030, 'điểm phần trăm'],
    ]);
    expect(r.targets[0].indicator).toBe('số bác sĩ trên 1 vạn dân');
  });
  test('a headline with the cue at its end', () => {
    const r = extract(
      'Tỉnh đặt mục tiêu 90% hộ dân dùng nước sạch vào năm 2030\n\nUBND tỉnh vừa ban hành kế hoạch.',
    );
    expect(r.targets).toMatchObject([{ value: 90, year: 2030, indicator: 'hộ dân dùng nước sạch' }]);
  });
});

describe('a plan measured against, counts with a share in brackets', () => {
  test('"chưa đạt mục tiêu tăng 14,5%" plans that figure for the subject just reported', () => {
    const r = extract(
      'Năm 2025, GRDP của tỉnh ước tăng 9,2%, tuy chưa đạt mục tiêu tăng 10% mà HĐND tỉnh đề ra.',
    );
    expect(r.results).toMatchObject([{ value: 9.2, year: 2025, indicator: 'GRDP tăng' }]);
    expect(r.targets).toMatchObject([{ value: 10, year: 2025, indicator: 'GRDP tăng' }]);
  });
  test('"có 412 xã (68,2%) đạt chuẩn", a second subject after "và" with a bracket', () => {
    const r = extract(
      'Tính đến tháng 12/2025, cả nước có 412 xã (68,2%) đạt chuẩn an toàn thực phẩm. Khu vực kinh tế trong nước đạt 98 tỷ USD và khu vực có vốn đầu tư nước ngoài (kể cả dầu thô) đạt 270 tỷ USD.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [412, 'xã đạt chuẩn an toàn thực phẩm'],
      [68.2, 'xã đạt chuẩn an toàn thực phẩm'],
      [98, 'Khu vực kinh tế trong nước'],
      [270, 'khu vực có vốn đầu tư nước ngoài (kể cả dầu thô)'],
    ]);
  });
});

describe('asides and adverbs around the subject', () => {
  test('an aside in brackets, "mỗi năm", a reporting verb, "hằng năm"', () => {
    const r = extract(
      'Nghị quyết đặt mục tiêu đến năm 2030 nâng độ che phủ rừng của tỉnh (không tính cây cao su) lên 58%, mỗi năm trồng mới ít nhất 1.500 ha rừng gỗ lớn. Năm 2025, đồng chí Trưởng ban cho biết toàn tỉnh kết nạp được 2.100 đảng viên, tăng 4,5% so với năm 2024. Nhiệm kỳ 2025-2030, hằng năm trên 90% chi bộ hoàn thành tốt nhiệm vụ.',
      { date: '2025-10-12' },
    );
    expect(r.targets.map((x) => [x.value, x.year, x.indicator])).toEqual([
      [58, 2030, 'độ che phủ rừng'],
      [1500, 2030, 'trồng mới rừng gỗ lớn'],
      [90, 2030, 'chi bộ hoàn thành tốt nhiệm vụ'],
    ]);
    expect(r.results.map((x) => [x.value, x.year, x.indicator])).toEqual([
      [2100, 2025, 'đảng viên'],
      // A change is named with its subject: what grew, and against what.
      [4.5, 2025, 'đảng viên tăng so với năm 2024'],
    ]);
  });
});

describe('counts reported in prose', () => {
  test('a count after a verb of what happened, and its change', () => {
    const r = extract(
      'Năm 2025, lực lượng chức năng của tỉnh đã phát hiện 860 vụ vi phạm, giảm 9% so với năm 2024. Trên địa bàn xảy ra 41 vụ cháy, làm chết 2 người. Toàn tỉnh cấp mới 35 dự án với tổng vốn đăng ký 2.900 tỷ đồng.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [860, 'vụ vi phạm'],
      [9, 'vụ vi phạm giảm so với năm 2024'],
      [41, 'vụ cháy'],
      [2, 'số người chết'],
      [35, 'dự án'],
      [2900, 'tổng vốn đăng ký'],
    ]);
  });

  test('a count whose share stands between commas is named by what follows the share', () => {
    const r = extract('Năm 2024, toàn tỉnh có 312 xã, chiếm 78,2% số xã, đạt chuẩn nông thôn mới.', {
      date: '2024-12-30',
    });
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [312, 'xã đạt chuẩn nông thôn mới'],
      [78.2, 'xã đạt chuẩn nông thôn mới'],
    ]);
  });
});

describe('the year that closes a clause', () => {
  test('with no year before it in its clause; not a period in brackets', () => {
    const r = extract(
      'Đến năm 2030, số bác sĩ trên 1 vạn dân đạt 15 bác sĩ/vạn dân; tỷ lệ bao phủ bảo hiểm y tế đạt 96% và 100% trạm y tế xã có bác sĩ vào năm 2027. Chỉ tiêu năm 2026: tỷ lệ hộ nghèo giảm 2% (theo chuẩn nghèo giai đoạn 2022 - 2025).',
    );
    expect(r.targets.map((x) => [x.value, x.year])).toEqual([
      [15, 2030],
      [96, 2027],
      [100, 2027],
      [2, 2026],
    ]);
  });
});

describe('years and subjects carried from the sentence before', () => {
  test('the year the sentence before gave its figures; a month compared with; "khu vực này"', () => {
    const r = extract(
      'Năm 2025, GRDP của tỉnh ước tăng 8,1% so với năm 2024, thấp hơn mục tiêu đề ra tại kỳ họp cuối năm 2024. Khu vực dịch vụ tăng 9,3%; tỷ trọng của khu vực này trong GRDP đạt 41,2%. Chỉ số giá tiêu dùng tháng 12/2025 tăng 3,1% so với tháng 12/2024. Kim ngạch xuất khẩu cả năm ước đạt 2,4 tỷ USD.',
    );
    expect(r.results.map((x) => [x.value, x.year])).toEqual([
      [8.1, 2025],
      [9.3, 2025],
      [41.2, 2025],
      [3.1, 2025],
      [2.4, 2025],
    ]);
    expect(r.results[2].indicator).toBe('tỷ trọng Khu vực dịch vụ tăng');
  });
});

describe('a figure that is a change', () => {
  test('names the change with its subject; "riêng" keeps the subject for a part', () => {
    const r = extract(
      'Năm 2024, tổng sản phẩm trên địa bàn tỉnh tăng 8,1%, riêng quý IV/2024 tăng 9,3%; thu hút vốn FDI đạt 1,2 tỷ USD, tăng 15% so với cùng kỳ. Khu vực công nghiệp tăng bình quân 11%/năm, riêng chế biến chế tạo tăng 13%.',
      { date: '2025-01-10' },
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [8.1, 'tổng sản phẩm trên địa bàn tỉnh tăng'],
      [9.3, 'tổng sản phẩm trên địa bàn tỉnh quý IV/2024 tăng'],
      [1.2, 'thu hút vốn FDI'],
      [15, 'thu hút vốn FDI tăng so với cùng kỳ'],
      [11, 'Khu vực công nghiệp tăng bình quân'],
      [13, 'Khu vực công nghiệp chế biến chế tạo tăng'],
    ]);
  });
});

describe('planned or achieved, clause by clause', () => {
  test('a share of the plan aimed for is planned; a semicolon ends what a cue says; "ước tăng" reports', () => {
    const r = extract(
      'I. MỤC TIÊU\nPhấn đấu năm 2027 thu hút vốn đầu tư nước ngoài tối thiểu 800 triệu USD; giải ngân vốn đầu tư công đạt 100% kế hoạch vốn được giao. Năm 2026, tổng sản phẩm trên địa bàn ước tăng 7,8%.',
      { date: '2027-01-15' },
    );
    expect(r.targets.map((x) => [x.value, x.year])).toEqual([
      [800, 2027],
      [100, 2027],
    ]);
    expect(r.results.map((x) => [x.value, x.year])).toEqual([[7.8, 2026]]);
  });
});

describe('words around a figure that are not its subject', () => {
  test('"lần lượt" after a bare number is no unit; "chiếm tỷ trọng không dưới" keeps the subject', () => {
    const r = extract(
      'Mục tiêu: tỷ lệ người dân có chữ ký số cấp độ 3 lần lượt đạt 40%, 60% vào các năm 2026 và 2028; đến năm 2030 công nghiệp chế biến chiếm tỷ trọng không dưới 30% GRDP.',
      { date: '2025-12-01' },
    );
    expect(r.targets.map((x) => [x.value, x.year, x.unit, x.indicator])).toEqual([
      [40, 2026, '%', 'tỷ lệ người dân có chữ ký số cấp độ 3'],
      [60, 2028, '%', 'tỷ lệ người dân có chữ ký số cấp độ 3'],
      [30, 2030, '%', 'công nghiệp chế biến'],
    ]);
    expect(r.results).toEqual([]);
  });
});

describe('a plan named with its figure', () => {
  test('"hoàn thành chỉ tiêu … 43.000 lao động" plans; "(cùng kỳ tăng 6,1%)" is the baseline; "tương đương" keeps the subject', () => {
    const r = extract(
      'Năm 2026, tổng sản phẩm trên địa bàn ước tăng 7,4% (cùng kỳ tăng 6,8%); GRDP bình quân đầu người đạt 96 triệu đồng, tương đương 3.700 USD. Chủ tịch UBND tỉnh yêu cầu Sở Nội vụ hoàn thành chỉ tiêu giải quyết việc làm cho 28.000 lao động trong năm 2026; các ngành quyết tâm giải ngân 100% vốn được giao.',
      { date: '2026-11-20' },
    );
    expect(r.results.map((x) => [x.value, x.baseline, x.indicator])).toEqual([
      [7.4, 6.8, 'tổng sản phẩm trên địa bàn tăng'],
      [96, undefined, 'GRDP bình quân đầu người'],
      [3700, undefined, 'GRDP bình quân đầu người'],
    ]);
    expect(r.targets.map((x) => [x.value, x.year])).toEqual([
      [28000, 2026],
      [100, 2026],
    ]);
  });
});

describe('counts of many kinds', () => {
  test('animals, houses, dossiers, works; a count of other things names its own', () => {
    const r = extract(
      'Năm 2026, đợt mưa lũ đã làm 3 người chết, 860 ngôi nhà bị hư hỏng; dịch bệnh buộc phải tiêu hủy 4.500 con lợn. Trung tâm phục vụ hành chính công đã tiếp nhận 52.000 hồ sơ, tăng 11% so với năm 2025.',
      { date: '2026-12-01' },
    );
    expect(r.results.map((x) => [x.value, x.unit, x.indicator])).toEqual([
      [3, 'người', 'người chết'],
      [860, 'ngôi nhà', 'ngôi nhà bị hư hỏng'],
      [4500, 'con', 'con lợn'],
      [52000, 'hồ sơ', 'hồ sơ tiếp nhận'],
      [11, '%', 'hồ sơ tiếp nhận tăng so với năm 2025'],
    ]);
  });
});

describe('a lead-in naming the targets', () => {
  test('"Thông qua các chỉ tiêu chủ yếu năm 2027 như sau:" plans the items under it', () => {
    const r = extract(
      'Nghị quyết có hiệu lực từ ngày 01/01/2027.\nĐiều 1. Thông qua các chỉ tiêu chủ yếu năm 2027 như sau:\n1. GRDP bình quân đầu người đạt 112 triệu đồng.\n2. Thu ngân sách nhà nước trên địa bàn đạt 9.400 tỷ đồng.',
    );
    expect(r.targets.map((x) => [x.value, x.year])).toEqual([
      [112, 2027],
      [9400, 2027],
    ]);
    expect(r.results).toEqual([]);
  });
});

describe('seasons that span two years', () => {
  test('"Mùa khô 2024 - 2025" dates the figures reported for it', () => {
    const r = extract(
      'Chỉ thị về phòng cháy rừng mùa khô năm 2025 - 2026.\nMùa khô 2024 - 2025, trên địa bàn tỉnh xảy ra 5 vụ cháy rừng, làm thiệt hại 8,2 ha rừng trồng.',
      { date: '2025-11-20' },
    );
    expect(r.results.map((x) => [x.value, x.year, x.period])).toEqual([
      [5, 2025, [2024, 2025]],
      [8.2, 2025, [2024, 2025]],
    ]);
  });
});

describe('dates that are not the day a text speaks from', () => {
  test('a deadline still to come does not make a planned figure past', () => {
    const r = extract(
      'Ngày 10/12/2021, HĐND tỉnh thông qua kế hoạch đầu tư công năm 2022. Theo đó, tổng vốn đầu tư công năm 2022 là 3.400 tỷ đồng. UBND tỉnh hoàn thành phân bổ vốn trước ngày 31/1/2023.',
    );
    expect(brief(r.targets)).toEqual([
      { value: 3400, year: 2022, indicator: 'tổng vốn đầu tư công', valueMax: undefined, period: undefined },
    ]);
    expect(r.results).toEqual([]);
  });

  test('the signing day of a Party document dates no figure, and the document cited is not what is counted', () => {
    const r = extract(
      'Ngày 8/1/2024, Tỉnh ủy tổng kết năm 2023. Toàn tỉnh có 100% xã thành lập tổ công tác theo Chỉ thị số 12-CT/TU ngày 5/3/2019 của Tỉnh ủy về công tác dân vận.',
    );
    expect(brief(r.results)).toEqual([
      {
        value: 100,
        year: 2023,
        indicator: 'xã thành lập tổ công tác',
        valueMax: undefined,
        period: undefined,
      },
    ]);
  });
});

describe('figures after a table of indicators', () => {
  test('take no year from the header row of the table, and "3 năm" is the time, not the name', () => {
    const r = extract(
      'BÁO CÁO\nKết quả 3 năm thực hiện Chương trình\nChỉ tiêu | Năm 2021 | Năm 2022 | Ước 2023 | Mục tiêu 2025\nTỷ lệ hộ dùng nước sạch (%) | 78,5 | 82 | 85,3 | 90\nTổng vốn huy động 3 năm ước đạt 1.250 tỷ đồng, trong đó nhân dân đóng góp 210 tỷ đồng.',
      { date: '2023-11-20' },
    );
    const prose = r.results.filter((x) => x.unit === 'tỷ đồng');
    expect(prose.map((x) => [x.value, x.year, x.indicator])).toEqual([
      [1250, 2023, 'Tổng vốn huy động'],
      [210, 2023, 'nhân dân đóng góp'],
    ]);
    // The cells keep the years of their columns.
    expect(r.results.filter((x) => x.unit === '%').map((x) => [x.value, x.year])).toEqual([
      [78.5, 2021],
      [82, 2022],
      [85.3, 2023],
    ]);
  });
});

describe('health care per ten thousand people, counts added', () => {
  test('"giường bệnh trên 1 vạn dân" is a figure per ten thousand, and so is the one joined to it', () => {
    const r = extract('Năm 2025, toàn tỉnh đạt 10,4 bác sĩ và 31,5 giường bệnh trên 1 vạn dân.', {
      date: '2025-12-20',
    });
    expect(r.results.map((x) => [x.value, x.unit])).toEqual([
      [10.4, 'bác sĩ/vạn dân'],
      [31.5, 'giường bệnh/vạn dân'],
    ]);
  });

  test('"có thêm 12 xã đạt chuẩn" reports a count', () => {
    const r = extract('Trong năm 2025, huyện có thêm 12 xã đạt chuẩn nông thôn mới kiểu mẫu.', {
      date: '2025-12-20',
    });
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [12, 'xã đạt chuẩn nông thôn mới kiểu mẫu'],
    ]);
  });
});

describe('sections of a plan and of a report', () => {
  test('"giảm còn" under "Mục tiêu" plans', () => {
    const r = extract(
      'KẾ HOẠCH\nI. MỤC TIÊU\n1. Đến hết năm 2026: thu ngân sách trên địa bàn đạt 40 tỷ đồng; tỷ lệ hộ nghèo giảm còn 6,5%.',
      { date: '2026-01-15' },
    );
    expect(r.targets.map((x) => [x.value, x.indicator])).toEqual([
      [40, 'thu ngân sách trên địa bàn'],
      [6.5, 'tỷ lệ hộ nghèo'],
    ]);
    expect(r.results).toEqual([]);
  });

  test('a table header row "Chỉ tiêu | …" in a report section does not make the prose after it a plan', () => {
    const r = extract(
      'I. KẾT QUẢ THỰC HIỆN NĂM 2025\nChỉ tiêu | Đơn vị | Kế hoạch 2025 | Ước TH 2025\nThu ngân sách | tỷ đồng | 52 | 55,4\nTỷ lệ hộ nghèo giảm còn 7,2%.',
      { date: '2025-12-05' },
    );
    expect(r.results.filter((x) => x.unit === '%').map((x) => [x.value, x.indicator])).toEqual([
      [7.2, 'Tỷ lệ hộ nghèo'],
    ]);
    expect(r.targets.filter((x) => x.unit === '%')).toEqual([]);
  });
});

describe('figures per a unit named in the subject', () => {
  test('"số bác sĩ trên một vạn dân đạt 12,5": a bare figure whose subject names the ratio', () => {
    const r = extract(
      'Năm 2026, ngành phấn đấu số bác sĩ trên một vạn dân đạt 12,5 và số giường bệnh trên một vạn dân đạt 32.',
      { date: '2026-01-10' },
    );
    expect(r.targets.map((x) => [x.value, x.unit, x.indicator])).toEqual([
      [12.5, 'bác sĩ/vạn dân', 'số bác sĩ trên một vạn dân'],
      [32, 'giường bệnh/vạn dân', 'số giường bệnh trên một vạn dân'],
    ]);
  });

  test('"trên 1 ha đất canh tác" is what a figure is per, not a figure; "trên 1 triệu lượt khách" is one', () => {
    const r = extract(
      '1. Chỉ tiêu chủ yếu\n- Giá trị sản xuất trên 1 ha đất canh tác đạt 95 triệu đồng;\n- Thu hút trên 1 triệu lượt khách du lịch.',
      { date: '2026-01-10' },
    );
    expect(r.targets.map((x) => [x.value, x.unit, x.indicator])).toEqual([
      [95, 'triệu đồng', 'Giá trị sản xuất trên 1 ha đất canh tác'],
      [1, 'triệu lượt khách', 'lượt khách du lịch'],
    ]);
  });
});

describe('a time said right after the figure', () => {
  test("is the figure's own, though another date came before it in the clause", () => {
    const r = extract(
      'Thành phố phấn đấu bàn giao 60% mặt bằng trước 31/12/2026 và bàn giao toàn bộ 100% mặt bằng trong quý II/2027.',
      { date: '2026-09-01' },
    );
    expect(r.targets.map((x) => [x.value, x.year])).toEqual([
      [60, 2026],
      [100, 2027],
    ]);
  });
});

describe('a paragraph led by its heading', () => {
  test('"1. Các chỉ tiêu chủ yếu: …" plans the figures after it, with no date in the text', () => {
    const r = extract(
      'QUYẾT NGHỊ:\n1. Các chỉ tiêu chủ yếu: Tốc độ tăng trưởng GRDP bình quân giai đoạn 2026-2030 đạt 8%/năm. Trong nhiệm kỳ, kết nạp mới 6.500 đảng viên; hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.',
    );
    expect(r.targets.map((x) => x.value)).toEqual([8, 6500, 90]);
    expect(r.results).toEqual([]);
  });
});

describe('a list of targets after a semicolon', () => {
  test('a share after ";" names its own subject; towns are counted', () => {
    const r = extract(
      'I. MỤC TIÊU\na) Đến năm 2027: kinh tế số chiếm 25% GRDP; tỷ trọng kinh tế số trong từng ngành đạt tối thiểu 12%; 85% hồ sơ thủ tục hành chính được giải quyết trực tuyến. Giai đoạn 2026 - 2030 có thêm 6 đô thị loại V.',
      { date: '2025-06-03' },
    );
    expect(r.targets.map((x) => [x.value, x.indicator])).toEqual([
      [25, 'kinh tế số'],
      [12, 'tỷ trọng kinh tế số'],
      [85, 'hồ sơ thủ tục hành chính được giải quyết trực tuyến'],
      [6, 'đô thị loại V'],
    ]);
  });
});

describe('money named after the figure', () => {
  test('"thu hút 300 triệu USD vốn FDI": the funds name the figure, not the verb', () => {
    const r = extract('Năm 2026, tỉnh phấn đấu thu hút tối thiểu 300 triệu USD vốn FDI trong năm 2026.', {
      date: '2026-01-05',
    });
    expect(r.targets.map((x) => [x.value, x.unit, x.indicator])).toEqual([[300, 'triệu USD', 'vốn FDI']]);
  });
});

describe('counts in millions, rates "ở mức"', () => {
  test('"65,2 triệu tài khoản", "90,5 triệu thẻ": counts in millions named by what is counted', () => {
    const r = extract(
      'Tính đến ngày 31/12/2026, Bộ đã cấp 90,5 triệu thẻ căn cước và kích hoạt 65,2 triệu tài khoản định danh điện tử mức 2. Số trẻ được tiêm đạt 1.052.300 trẻ.',
      { date: '2027-01-08' },
    );
    expect(r.results.map((x) => [x.value, x.unit, x.indicator])).toEqual([
      [90.5, 'triệu thẻ', 'thẻ căn cước'],
      [65.2, 'triệu tài khoản', 'tài khoản định danh điện tử mức 2'],
      [1052300, 'trẻ', 'Số trẻ được tiêm'],
    ]);
  });

  test('"lãi suất cho vay bình quân … ở mức 6,2%/năm" is named by the whole subject', () => {
    const r = extract(
      'Đến ngày 30/9/2026, lãi suất cho vay bình quân đối với các khoản vay mới ở mức 6,2%/năm.',
      { date: '2026-10-08' },
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [6.2, 'lãi suất cho vay bình quân đối với các khoản vay mới'],
    ]);
  });
});

describe('counts said after "đã", of communes and wards, of money disbursed', () => {
  test('each count names what it counts', () => {
    const r = extract(
      'Năm 2026, có 58 xã, phường hoàn thành số hóa hồ sơ địa chính. Riêng năm 2026 đã xác thực hơn 1,45 tỷ lượt thông tin công dân. Toàn ngành giải ngân được 16.250 tỷ đồng vốn đầu tư công.',
      { date: '2026-12-20' },
    );
    expect(r.results.map((x) => [x.value, x.unit, x.indicator])).toEqual([
      [58, 'xã, phường', 'xã, phường hoàn thành số hóa hồ sơ địa chính'],
      [1.45, 'tỷ lượt', 'lượt thông tin công dân'],
      [16250, 'tỷ đồng', 'vốn đầu tư công'],
    ]);
  });
});

describe('cases, the aim of a directive, "cần" inside a noun', () => {
  test('reported counts stay results; the figure a directive aims at is a target', () => {
    const r = extract(
      'Từ đầu năm 2026 đến ngày 16/3/2026, cả nước ghi nhận 12.400 trường hợp nghi mắc sởi. Số trẻ được tiêm vắc xin trong chiến dịch đạt 905.000 trẻ, bằng 82,5% số đối tượng cần tiêm.\n\nĐể chủ động kiểm soát dịch, bảo đảm tỷ lệ tiêm chủng đạt trên 95% trong năm 2026, Bộ Y tế đề nghị Sở Y tế các tỉnh khẩn trương thực hiện.',
    );
    expect(r.results.map((x) => [x.value, x.unit])).toEqual([
      [12400, 'trường hợp'],
      [905000, 'trẻ'],
      [82.5, '%'],
    ]);
    expect(r.targets.map((x) => [x.value, x.indicator])).toEqual([[95, 'tỷ lệ tiêm chủng']]);
  });
});

describe('counts out of a total, counts in a row, counts said to be the subject', () => {
  test('"97/132 xã" counts 97 communes; a count joined by "và" to it is read too', () => {
    const r = extract(
      'Đến hết tháng 10/2026, toàn tỉnh có 97/132 xã đạt chuẩn nông thôn mới và 3 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới.',
    );
    expect(r.results.map((x) => [x.value, x.unit, x.year])).toEqual([
      [97, 'xã', 2026],
      [3, 'đơn vị', 2026],
    ]);
    expect(r.results[1].indicator).toContain('đơn vị cấp huyện hoàn thành');
  });

  test('"số người … là 21.400 người" is a count of the subject', () => {
    const r = extract(
      'Đến hết năm 2026, số người tham gia bảo hiểm thất nghiệp là 21.400 người, số doanh nghiệp đóng đủ là 1.250 doanh nghiệp.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [21400, 'số người tham gia bảo hiểm thất nghiệp'],
      [1250, 'số doanh nghiệp đóng đủ'],
    ]);
  });
});

describe('years, baselines and sums asked for', () => {
  test('"tương ứng … vào năm 2027 và năm 2030" dates each figure', () => {
    const r = extract('Tỉnh phấn đấu tỷ lệ đô thị hóa đạt tương ứng 31% và 35% vào năm 2027 và năm 2030.');
    expect(r.targets.map((x) => [x.value, x.year])).toEqual([
      [31, 2027],
      [35, 2030],
    ]);
  });

  test('"cao hơn mức 4,8% của cùng kỳ" is the baseline, not an item', () => {
    const r = extract(
      'Tốc độ tăng trưởng GRDP 9 tháng năm 2026 ước đạt 6,9%, cao hơn mức 4,8% của cùng kỳ năm 2025.',
    );
    expect(r.results.map((x) => [x.value, x.baseline])).toEqual([[6.9, 4.8]]);
  });

  test('the figure a change starts from, with a year of its own, was reached that year', () => {
    const r = extract('Tỷ lệ hộ nghèo của huyện giảm từ 27,3% năm 2016 xuống còn 9,1% năm 2021.');
    expect(r.results.map((x) => [x.value, x.year, x.baseline])).toEqual([
      [27.3, 2016, undefined],
      [9.1, 2021, 27.3],
    ]);
    expect(r.results[0].indicator).toMatch(/^tỷ lệ hộ nghèo/i);
  });

  test('a sum a province asks for is neither planned nor done', () => {
    const r = extract(
      'Năm 2026, thành phố đã giải ngân 2.100 tỷ đồng. Thành phố kiến nghị Trung ương hỗ trợ 900 tỷ đồng để nạo vét 12 km kênh thoát nước.',
    );
    expect(r.results.map((x) => x.value)).toEqual([2100]);
    expect(r.targets).toEqual([]);
  });
});

describe('measures named by the words after them', () => {
  test('two lengths in a row each take the words after them', () => {
    const r = extract(
      'Đến cuối năm 2026, toàn tỉnh có 64,2 km đê biển và 18,5 km kè sông bị xuống cấp. Giai đoạn 2021 - 2026, tỉnh đã nâng cấp 40 km đường tỉnh, huyện lộ.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [64.2, 'đê biển'],
      [18.5, 'kè sông bị xuống cấp'],
      [40, 'nâng cấp đường tỉnh, huyện lộ'],
    ]);
  });
});

describe('plans, aims and the terms of a policy', () => {
  test('"chương trình mục tiêu quốc gia" names a programme, not an aim', () => {
    const r = extract(
      'Đến ngày 30/9/2026, vốn ngân sách tỉnh đạt 52,4%, vốn các chương trình mục tiêu quốc gia đạt 31,7%.',
    );
    expect(r.targets).toEqual([]);
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [52.4, 'vốn ngân sách tỉnh'],
      [31.7, 'vốn các chương trình mục tiêu quốc gia'],
    ]);
  });

  test('"giảm còn" after "phấn đấu" in the same sentence plans the figure', () => {
    const r = extract(
      'Năm 2027, huyện phấn đấu thu ngân sách đạt 640 tỷ đồng; tỷ lệ hộ nghèo giảm còn dưới 2%.',
    );
    expect(r.targets.map((x) => [x.value, x.year])).toEqual([
      [640, 2027],
      [2, 2027],
    ]);
    expect(r.results).toEqual([]);
  });

  test('the figure of a plan said with "là" is planned; what was paid out is done', () => {
    const r = extract(
      'Tổng kế hoạch vốn đầu tư công năm 2026 của huyện là 812 tỷ đồng. Đến ngày 31/8/2026, huyện đã giải ngân được 390 tỷ đồng.',
    );
    expect(r.targets.map((x) => x.value)).toEqual([812]);
    expect(r.results.map((x) => x.value)).toEqual([390]);
  });

  test('"cho 100% người …" is named by those the work is for', () => {
    const r = extract(
      'Sở Y tế tiếp tục rà soát, phấn đấu đến ngày 31/12/2026 hoàn thành cấp thẻ bảo hiểm y tế cho 100% người cao tuổi trên địa bàn.',
    );
    expect(r.targets.map((x) => [x.value, x.indicator])).toEqual([[100, 'người cao tuổi trên địa bàn']]);
  });

  test('shares of costs granted and sums per project are the terms of a policy', () => {
    const r = extract(
      'Mục tiêu đến năm 2028: diện tích nhà màng đạt 900 ha.\nHỗ trợ 40% chi phí mua giống, tối đa 300 triệu đồng/dự án. Mỗi hộ tham gia được hỗ trợ 5 triệu đồng.',
    );
    expect(r.targets.map((x) => [x.value, x.unit])).toEqual([[900, 'ha']]);
    expect(r.results).toEqual([]);
  });
});

describe('what is counted and where', () => {
  test('regions, criteria and doses are counted', () => {
    const r = extract(
      'Đến năm 2028, tỉnh phấn đấu hình thành 6 - 8 vùng trồng dược liệu tập trung. Năm 2026, ngành y tế đã tiêm 412.300 liều vắc xin sởi.',
    );
    expect(r.targets.map((x) => [x.value, x.valueMax, x.unit])).toEqual([[6, 8, 'vùng']]);
    expect(r.targets[0].indicator).toContain('vùng trồng dược liệu');
    expect(r.results.map((x) => [x.value, x.unit])).toEqual([[412300, 'liều']]);
    expect(r.results[0].indicator).toContain('liều vắc xin sởi');
  });

  test('"19 tiêu chí" names the standard; "xã dưới 15 tiêu chí" says which communes', () => {
    const r = extract(
      'Năm 2026, số xã đạt 19 tiêu chí tăng lên. Phấn đấu đến năm 2027 không còn xã dưới 15 tiêu chí; bình quân đạt 17,2 tiêu chí/xã.',
    );
    expect(r.results).toEqual([]);
    expect(r.targets.map((x) => x.value)).toEqual([17.2]);
  });

  test('places before a count are its scope', () => {
    const r = extract(
      'II. MỤC TIÊU NĂM 2026\n- Xã Tân Lập và xã Hòa Bình đạt 16 - 17 tiêu chí nông thôn mới.',
    );
    expect(r.targets).toMatchObject([
      { value: 16, valueMax: 17, unit: 'tiêu chí', scope: 'Xã Tân Lập và xã Hòa Bình' },
    ]);
    expect(r.targets[0].indicator).toContain('tiêu chí nông thôn mới');
  });

  test('places listed with "tương ứng" are scopes of one quantity', () => {
    const r = extract(
      'Năm 2026, tỉnh Hòa Bình giải ngân đạt 61% kế hoạch. Cùng thời điểm, tỉnh Sơn La và tỉnh Lai Châu giải ngân đạt tương ứng 48,5% và 39,2%.',
    );
    expect(r.results.slice(1).map((x) => [x.value, x.indicator, x.scope])).toEqual([
      [48.5, 'giải ngân', 'tỉnh Sơn La'],
      [39.2, 'giải ngân', 'tỉnh Lai Châu'],
    ]);
  });
});

describe('subjects after a cue, places after a measure, plans in brackets', () => {
  test('"phấn đấu đến năm 2028 đón 2 triệu lượt khách" is named by what is counted, not by the clause before', () => {
    const r = extract(
      'Thực hiện Nghị quyết về phát triển du lịch thành ngành kinh tế mũi nhọn, huyện phấn đấu đến năm 2028 đón 2 triệu lượt khách, trong đó có 150.000 lượt khách quốc tế.',
    );
    expect(r.targets.map((x) => [x.value, x.year])).toEqual([
      [2, 2028],
      [150000, 2028],
    ]);
    for (const t of r.targets) expect(t.indicator).toMatch(/^lượt khách/);
  });

  test('a year compared with, and its figure in brackets, are the baseline', () => {
    const r = extract(
      'Năm 2026, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 93,1%, thấp hơn năm 2025 (95,4%).',
    );
    expect(r.results).toMatchObject([{ value: 93.1, year: 2026, baseline: 95.4 }]);
    expect(r.results[0].indicator).toBe('tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ');
  });

  test('the plan in brackets is planned, of the same quantity', () => {
    const r = extract(
      'Năm 2026, tổng vốn FDI thu hút đạt 410 triệu USD, bằng 136,7% kế hoạch năm (kế hoạch 300 triệu USD).',
    );
    expect(r.targets.map((x) => [x.value, x.indicator])).toEqual([[300, 'tổng vốn FDI thu hút']]);
    expect(r.results.map((x) => x.value)).toEqual([410, 136.7]);
  });

  test('places listed after the measure do not name it', () => {
    const r = extract(
      'Giai đoạn 2021 - 2025, tốc độ tăng trưởng kinh tế bình quân của tỉnh Tuyên Quang, tỉnh Hà Giang (trước sắp xếp) ước đạt 7,1%/năm.',
    );
    expect(r.results).toHaveLength(1);
    expect(r.results[0].indicator).toMatch(/^tốc độ tăng trưởng kinh tế/);
  });

  test('under "Mục tiêu", a figure of a year before the text is where things start', () => {
    const r = extract(
      'Hà Nội, ngày 10 tháng 8 năm 2026\nKẾ HOẠCH\nI. MỤC TIÊU\nNăm 2025, toàn tỉnh có 9.400 doanh nghiệp đang hoạt động. Đến năm 2030, toàn tỉnh có khoảng 15.000 doanh nghiệp.',
    );
    expect(r.results.map((x) => [x.value, x.year])).toEqual([[9400, 2025]]);
    expect(r.targets.map((x) => [x.value, x.year])).toEqual([[15000, 2030]]);
  });
});

describe('counts in a list, counts recognised, totals raised', () => {
  test('"… và 40 doanh nghiệp khởi nghiệp" names its own count', () => {
    const r = extract(
      'Mục tiêu đến năm 2030:\n- Có ít nhất 120 doanh nghiệp khoa học và công nghệ và 35 doanh nghiệp khởi nghiệp sáng tạo.',
    );
    expect(r.targets.map((x) => [x.value, x.indicator])).toEqual([
      [120, 'doanh nghiệp khoa học và công nghệ'],
      [35, 'doanh nghiệp khởi nghiệp sáng tạo'],
    ]);
  });

  test('"Công nhận 9 xã …, nâng tổng số … lên 47/98 xã, chiếm 48%"', () => {
    const r = extract(
      'Điều 1. Công nhận 9 xã đạt chuẩn nông thôn mới kiểu mẫu năm 2026, nâng tổng số xã đạt chuẩn nông thôn mới kiểu mẫu của tỉnh lên 47/98 xã, chiếm 48%.',
    );
    expect(r.results.map((x) => [x.value, x.unit, x.indicator])).toEqual([
      [9, 'xã', 'xã đạt chuẩn nông thôn mới kiểu mẫu'],
      [47, 'xã', 'tổng số xã đạt chuẩn nông thôn mới kiểu mẫu'],
      [48, '%', 'tổng số xã đạt chuẩn nông thôn mới kiểu mẫu'],
    ]);
  });

  test('"…, đạt 95,1% số hồ sơ …" is the share of the count just read', () => {
    const r = extract(
      'Năm 2026, toàn tỉnh đã kích hoạt 640.200 tài khoản định danh điện tử mức 2, đạt 95,1% số hồ sơ đủ điều kiện.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [640200, 'tài khoản định danh điện tử mức 2'],
      [95.1, 'tài khoản định danh điện tử mức 2'],
    ]);
  });
});

describe('the year of a report and of a change', () => {
  test('a heading with the year reported and the year planned dates figures by the first', () => {
    const r = extract(
      'BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2026,\nphương hướng, nhiệm vụ năm 2027\nTrong bối cảnh nhiều khó khăn, ngành vẫn đạt kết quả khá.\nKim ngạch xuất khẩu ước đạt 2,4 tỷ USD; kim ngạch nhập khẩu đạt 1,9 tỷ USD.',
    );
    expect(r.results.map((x) => [x.value, x.year])).toEqual([
      [2.4, 2026],
      [1.9, 2026],
    ]);
  });

  test('the year a change starts from dates no figure after it', () => {
    const r = extract(
      'Năm 2026, tỷ trọng nông nghiệp giảm từ 31,4% năm 2025 xuống còn 29,8%; công nghiệp - xây dựng chiếm 33,1%. Thu nhập bình quân đầu người đạt 58 triệu đồng.',
    );
    expect(r.results.map((x) => [x.value, x.year])).toEqual([
      [31.4, 2025],
      [29.8, 2026],
      [33.1, 2026],
      [58, 2026],
    ]);
  });

  test('the funds paid out name the figure', () => {
    const r = extract(
      'Đến ngày 30/9/2026, riêng vốn thuộc Chương trình phục hồi kinh tế mới giải ngân được 4.120 tỷ đồng.',
    );
    expect(r.results).toHaveLength(1);
    expect(r.results[0].indicator).toMatch(/^vốn thuộc Chương trình phục hồi kinh tế/);
  });
});

describe('reports of a half year: baselines, running totals, ranks, headlines', () => {
  test('"(cùng kỳ năm 2025 tăng 5,1%)" is the baseline; the rank names the quantity it ranks', () => {
    const r = extract(
      'Tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2026 ước tăng 6,3% so với cùng kỳ (cùng kỳ năm 2025 tăng 5,1%), xếp thứ 7/14 tỉnh trong vùng.',
    );
    expect(r.results.map((x) => [x.value, x.baseline, x.unit])).toEqual([
      [6.3, 5.1, '%'],
      [7, undefined, 'thứ hạng/14 tỉnh'],
    ]);
    expect(r.results[1].indicator).toMatch(/^xếp hạng .*GRDP/);
  });

  test('"lũy kế đến …" and "nửa đầu năm" say when, not what', () => {
    const r = extract(
      'Năm 2026, lũy kế đến tháng 6/2026 toàn tỉnh có 1.210 dự án còn hiệu lực. Nửa đầu năm đã giải quyết việc làm mới cho 9.300 lao động.',
    );
    expect(r.results.map((x) => x.value)).toEqual([1210, 9300]);
    expect(r.results[0].indicator).toContain('dự án còn hiệu lực');
    expect(r.results[1].indicator).toContain('giải quyết việc làm mới');
  });

  test('"nâng tỷ lệ … lên" after what was done reports it', () => {
    const r = extract(
      'Trong năm 2026, toàn huyện đã cứng hóa 52 km đường xã, vượt 4% kế hoạch; nâng tỷ lệ cứng hóa đường xã lên 71,5%.',
      { date: '2026-12-20' },
    );
    expect(r.targets).toEqual([]);
    expect(r.results.map((x) => x.value)).toEqual([52, 4, 71.5]);
  });

  test('the year compared with ("so với ước thực hiện năm 2025") is not the figure\'s', () => {
    const r = extract(
      'NGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội năm 2026\nĐiều 1. Thông qua các chỉ tiêu chủ yếu của kế hoạch năm 2026 như sau:\n1. Tổng vốn đầu tư toàn xã hội 21.400 tỷ đồng.\n2. Kim ngạch xuất khẩu đạt 2,6 tỷ USD, tăng 11% so với ước thực hiện năm 2025.',
    );
    expect(r.targets.map((x) => [x.value, x.year])).toEqual([
      [21400, 2026],
      [2.6, 2026],
      [11, 2026],
    ]);
  });

  test('a headline that says a figure of the article again is not a second item', () => {
    const r = extract(
      'Hòa Bình: thu ngân sách 6 tháng đạt 1.950 tỷ đồng\nNgày 2/7/2026, Sở Tài chính cho biết, 6 tháng đầu năm 2026 thu ngân sách trên địa bàn đạt 1.950 tỷ đồng, bằng 52% dự toán.',
    );
    expect(r.results.map((x) => x.value)).toEqual([1950, 52]);
  });
});

describe('lists of figures, levels, shares after a verb, "các tỷ lệ tương ứng"', () => {
  test('a figure with its unit ends a list before a bare number', () => {
    const r = extract(
      'Năm 2025, giá trị sản xuất lâm nghiệp đạt 3.150 tỷ đồng; 9 tháng đầu năm 2026, kim ngạch xuất khẩu gỗ ước đạt 410 triệu USD.',
    );
    expect(r.results.map((x) => [x.value, x.year])).toEqual([
      [3150, 2025],
      [410, 2026],
    ]);
  });

  test('what comes before "đến cuối năm …" and after a verb of attraction', () => {
    const r = extract(
      'Sau hơn 5 năm thực hiện Luật, đến cuối năm 2026 toàn huyện có 64 hợp tác xã nông nghiệp hoạt động theo Luật, thu hút 88% số hộ nông dân tham gia.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [64, 'hợp tác xã nông nghiệp hoạt động theo Luật'],
      [88, 'hộ nông dân tham gia'],
    ]);
  });

  test('"góp phần", "còn thiếu", "từ 10 tiêu chí trở lên"', () => {
    const r = extract(
      'Chính sách này góp phần đến năm 2030 có 80.000 ha lúa tham gia liên kết. Đến tháng 9/2026, toàn tỉnh có 15 xã đạt từ 12 tiêu chí trở lên; toàn ngành vẫn còn thiếu 1.300 giáo viên.',
      { date: '2026-10-02' },
    );
    expect(r.targets.map((x) => x.value)).toEqual([80000]);
    expect(r.targets[0].indicator).toContain('lúa tham gia liên kết');
    expect(r.results.map((x) => [x.value, x.unit])).toEqual([
      [15, 'xã'],
      [1300, 'giáo viên'],
    ]);
    expect(r.results[1].indicator).toMatch(/^giáo viên/);
  });

  test('"mức 2" names a level, it is no figure', () => {
    const r = extract(
      'Phấn đấu đến hết năm 2026 có 90% công dân có tài khoản định danh điện tử mức 2 và 100% thủ tục hành chính được cung cấp trực tuyến.',
    );
    expect(r.targets.map((x) => x.value)).toEqual([90, 100]);
  });

  test('"các tỷ lệ tương ứng đạt 85% và 70%" are of the quantities just read', () => {
    const r = extract(
      'Phấn đấu đến năm 2027 có 65% dân số nông thôn được dùng nước sạch, 55% hộ gia đình có nhà tiêu hợp vệ sinh; đến năm 2030 các tỷ lệ tương ứng đạt 85% và 70%.',
    );
    expect(r.targets.map((x) => [x.value, x.year, x.indicator])).toEqual([
      [65, 2027, 'dân số nông thôn được dùng nước sạch'],
      [55, 2027, 'hộ gia đình có nhà tiêu hợp vệ sinh'],
      [85, 2030, 'dân số nông thôn được dùng nước sạch'],
      [70, 2030, 'hộ gia đình có nhà tiêu hợp vệ sinh'],
    ]);
  });
});

describe('prices, indicators met, staff per ten thousand, a plan share column', () => {
  test('"… so với tháng trước và tăng 3,12% …": the same index, compared twice', () => {
    const r = extract(
      'Chỉ số giá tiêu dùng (CPI) tháng 10/2026 tăng 0,28% so với tháng trước và tăng 2,95% so với tháng 12/2025. Tính chung 10 tháng năm 2026, GRDP tăng 7,1%.',
    );
    expect(r.results.map((x) => x.value)).toEqual([0.28, 2.95, 7.1]);
    expect(r.results[1].indicator).toMatch(/^chỉ số giá tiêu dùng/i);
    expect(r.results[2].indicator).toMatch(/^GRDP/);
  });

  test('indicators met are counted as done; how many a resolution set is not', () => {
    const r = extract(
      'Báo cáo ngày 15/7/2026 cho biết, Nghị quyết Đại hội đề ra 24 chỉ tiêu; đến giữa nhiệm kỳ 2025 - 2030 có 14 chỉ tiêu đạt và vượt, 7 chỉ tiêu có khả năng đạt, 3 chỉ tiêu khó đạt.',
    );
    expect(r.targets).toEqual([]);
    expect(r.results.map((x) => [x.value, x.unit, x.year])).toEqual([
      [14, 'chỉ tiêu', 2026],
      [7, 'chỉ tiêu', 2026],
      [3, 'chỉ tiêu', 2026],
    ]);
    // Each count in the list names its own.
    expect(r.results.map((x) => x.indicator)).toEqual([
      'chỉ tiêu đạt và vượt',
      'chỉ tiêu có khả năng đạt',
      'chỉ tiêu khó đạt',
    ]);
  });

  test('staff and beds per ten thousand people are named by what they count', () => {
    const r = extract(
      'Năm 2027, ngành đặt chỉ tiêu đạt 11 bác sĩ/vạn dân và 34 giường bệnh/vạn dân. Đến năm 2030, khi đó toàn tỉnh có 15 bác sĩ và 40 giường bệnh trên một vạn dân.',
    );
    expect(r.targets.map((x) => [x.value, x.indicator])).toEqual([
      [11, 'bác sĩ/vạn dân'],
      [34, 'giường bệnh/vạn dân'],
      [15, 'bác sĩ/vạn dân'],
      [40, 'giường bệnh/vạn dân'],
    ]);
  });

  test('a column of what was done as a share of the plan', () => {
    const r = extract(
      'Chỉ tiêu | Kế hoạch 2026 | Thực hiện 2026 | Tỷ lệ (%)\nThu ngân sách (tỷ đồng) | 5.200 | 5.460 | 105,0\nKim ngạch xuất khẩu (triệu USD) | 900 | 846 | 94,0',
      { date: '2026-12-30' },
    );
    expect(r.results.map((x) => [x.value, x.unit])).toEqual([
      [5460, 'tỷ đồng'],
      [105, '% kế hoạch'],
      [846, 'triệu USD'],
      [94, '% kế hoạch'],
    ]);
  });

  test('the area converted, and by how much it passed the plan', () => {
    const r = extract(
      'Thực hiện Nghị quyết số 09/2000/NQ-CP, năm 2026 toàn tỉnh đã chuyển 12.400 ha đất lúa kém hiệu quả sang trồng cây ăn quả, vượt 8,2% so với quy hoạch.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [12400, 'chuyển đất lúa kém hiệu quả sang trồng cây ăn quả'],
      [8.2, 'chuyển đất lúa kém hiệu quả sang trồng cây ăn quả'],
    ]);
  });
});

describe('subjects with "đạt chuẩn", pairs of levels, lists of things counted', () => {
  test('"tỷ lệ trường đạt chuẩn quốc gia đạt 78%"; "100% xã, phường …" after a semicolon', () => {
    const r = extract(
      'Năm học 2026 - 2027, ngành phấn đấu tỷ lệ trường đạt chuẩn quốc gia đạt 80%; tỷ lệ tốt nghiệp THPT từ 99% trở lên; 100% xã, phường duy trì đạt chuẩn phổ cập giáo dục tiểu học.',
    );
    expect(r.targets.map((x) => [x.value, x.indicator])).toEqual([
      [80, 'tỷ lệ trường đạt chuẩn quốc gia'],
      [99, 'tỷ lệ tốt nghiệp THPT'],
      [100, 'xã, phường duy trì đạt chuẩn phổ cập giáo dục tiểu học'],
    ]);
  });

  test('"kéo giảm 5 - 10% số vụ, số người chết …" is a share of those counted', () => {
    const r = extract(
      'Năm 2027, ngành phấn đấu kéo giảm từ 5 - 10% số vụ, số người chết do tai nạn giao thông.',
    );
    expect(r.targets).toMatchObject([{ value: 5, valueMax: 10, year: 2027 }]);
    expect(r.targets[0].indicator).toBe('vụ, số người chết do tai nạn giao thông');
  });
});

describe('a plan named without a verb, a sum asked for far from its verb, counts of where', () => {
  test('"kế hoạch vốn đầu tư công năm 2026 của thành phố khoảng 52.000 tỷ đồng" states the plan', () => {
    const r = extract(
      'Kế hoạch vốn đầu tư công năm 2026 của thành phố khoảng 52.000 tỷ đồng, nhưng đến hết tháng 6/2026 mới giải ngân được 9.100 tỷ đồng.',
    );
    expect(r.targets.map((x) => x.value)).toEqual([52000]);
    expect(r.results.map((x) => x.value)).toEqual([9100]);
  });

  test('every figure of a request is asked for, however long the sentence', () => {
    const r = extract(
      'Năm 2026, Phó Chủ tịch UBND tỉnh kiến nghị Bộ Nông nghiệp và Môi trường sớm tham mưu Thủ tướng Chính phủ bố trí khoảng 950 tỷ đồng từ nguồn dự phòng ngân sách Trung ương để xử lý khẩn cấp 18 km đê biển xung yếu.',
    );
    expect(r.results).toEqual([]);
    expect(r.targets).toEqual([]);
  });

  test('"dịch đã xuất hiện tại 9 hộ chăn nuôi" counts the farms', () => {
    const r = extract('Tính đến ngày 12/3/2026, dịch đã xuất hiện tại 9 hộ chăn nuôi ở các xã ven sông.');
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([[9, 'hộ chăn nuôi ở các xã ven sông']]);
  });
});

describe('the year of the next clause, a day before the subject, what a rank is on', () => {
  test('"… đạt 47%, đến năm 2030 đạt 50%": the second year opens the next clause', () => {
    const r = extract('Phấn đấu đến năm 2027 tỷ lệ che phủ rừng của tỉnh đạt 48%, đến năm 2030 đạt 51%.');
    expect(r.targets.map((x) => [x.value, x.year])).toEqual([
      [48, 2027],
      [51, 2030],
    ]);
  });

  test('"đến ngày …" before the subject says when; "tính chung 10 tháng" too', () => {
    const r = extract(
      'Theo tổng hợp, đến ngày 31/7/2026 các địa phương đã giải quyết chính sách nghỉ việc cho 21.300 người. Chỉ số sản xuất công nghiệp tháng 10/2026 tăng 9,1%; tính chung 10 tháng tăng 8,4%.',
    );
    expect(r.results.map((x) => x.value)).toEqual([21300, 9.1, 8.4]);
    expect(r.results[0].indicator).toContain('giải quyết chính sách nghỉ việc');
    expect(r.results[2].indicator).toMatch(/^chỉ số sản xuất công nghiệp/i);
  });

  test('"xếp thứ 8/63 tỉnh, thành phố về …" is a rank on what follows "về"', () => {
    const r = extract('Năm 2026, tỉnh xếp thứ 6/34 tỉnh, thành phố về chỉ số cải cách hành chính.');
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [6, 'xếp hạng chỉ số cải cách hành chính'],
    ]);
  });
});

describe('a quarter and a source between the subject and its verb', () => {
  test('"GRDP quý III/2026 tăng 9,4%" and "tổng thu từ du lịch" keep their words', () => {
    const r = extract(
      'Năm 2026, GRDP quý III tăng 9,4% so với cùng kỳ. Năm 2026, tổng thu từ du lịch ước đạt 5.300 tỷ đồng, tăng 12%.',
    );
    expect(r.results.map((x) => x.value)).toEqual([9.4, 5300, 12]);
    expect(r.results[0].indicator).toMatch(/^GRDP quý III/);
    expect(r.results[1].indicator).toBe('tổng thu từ du lịch');
  });
});

describe('visitors and revenue as the head of a subject', () => {
  test('"tổng lượt khách tham quan, lưu trú tại …" is one subject across its comma', () => {
    const r = extract(
      'Năm 2026, tổng lượt khách tham quan, lưu trú tại Ninh Bình ước đạt 9,2 triệu lượt, tăng 11% so với năm 2025.',
    );
    expect(r.results.map((x) => x.value)).toEqual([9.2, 11]);
    expect(r.results[0].indicator).toContain('lượt khách tham quan, lưu trú');
  });
});

describe('the year a passage speaks of, from its headline and lead', () => {
  test('"… đánh giá kết quả nửa đầu năm 2026" dates "6 tháng đầu năm"', () => {
    const r = extract(
      'Kinh tế Hòa Bình 6 tháng đầu năm: tăng trưởng khá\n\nChiều 3/7, UBND tỉnh tổ chức phiên họp đánh giá kết quả nửa đầu năm 2026, định hướng đến năm 2030.\n\nKim ngạch xuất khẩu 6 tháng đầu năm ước đạt 1,8 tỷ USD, tăng 12,4%.',
    );
    expect(r.results.map((x) => [x.value, x.year])).toEqual([
      [1.8, 2026],
      [12.4, 2026],
    ]);
  });

  test('a period in the lead gives its end; a horizon does not', () => {
    const r = extract(
      'Sáng 17/3, Tỉnh ủy tổng kết 5 năm thực hiện Nghị quyết về nông nghiệp công nghệ cao giai đoạn 2021 - 2025, định hướng đến năm 2030.\nSau 5 năm, diện tích nông nghiệp công nghệ cao toàn tỉnh đạt 52.300 ha.',
    );
    expect(r.results.map((x) => [x.value, x.year])).toEqual([[52300, 2025]]);
  });
});

describe('a count after any verb done by a subject', () => {
  test('"lực lượng chức năng đã xử phạt 38 trường hợp vi phạm" counts the cases', () => {
    const r = extract(
      'Năm 2026, lực lượng chức năng đã xử phạt 38 trường hợp vi phạm quy định khai thác thủy sản.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [38, 'trường hợp vi phạm quy định khai thác thủy sản'],
    ]);
  });
});

describe('casualties and changes counted against the year before', () => {
  test('"làm chết 41 người, bị thương 57 người" counts the dead and the injured', () => {
    const r = extract(
      'Năm 2026, trên địa bàn huyện xảy ra 64 vụ tai nạn giao thông, làm chết 41 người, bị thương 57 người.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [64, 'vụ tai nạn giao thông'],
      [41, 'số người chết'],
      [57, 'số người bị thương'],
    ]);
  });

  test('"giảm 8 vụ (11,1%)" is a change of the count named before, in number and in percent', () => {
    const r = extract(
      'Năm 2026, toàn huyện xảy ra 64 vụ tai nạn giao thông; so với năm 2025 giảm 8 vụ (11,1%), giảm 5 người chết (10,9%).',
    );
    expect(r.results.map((x) => [x.value, x.indicator, x.baseline])).toEqual([
      [64, 'vụ tai nạn giao thông', undefined],
      [8, 'vụ tai nạn giao thông giảm', undefined],
      [11.1, 'vụ tai nạn giao thông giảm', undefined],
      [5, 'người chết giảm', undefined],
      [10.9, 'người chết giảm', undefined],
    ]);
  });
});

describe('who did the work and what was counted', () => {
  test('a measure whose name ends in a verb keeps it: "sản lượng nuôi trồng đạt 52.400 tấn"', () => {
    const r = extract('Năm 2026, sản lượng nuôi trồng đạt 52.400 tấn, khai thác 18.300 tấn.');
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [52400, 'sản lượng nuôi trồng'],
      [18300, 'khai thác'],
    ]);
  });

  test('the work done, not the sector that did it: "ngành lâm nghiệp huyện trồng 1.250 ha rừng"', () => {
    const r = extract(
      'Năm 2026, ngành lâm nghiệp huyện Mường Tè trồng 1.250 ha rừng phòng hộ, đạt 104% kế hoạch.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [1250, 'trồng rừng phòng hộ'],
      [104, 'trồng rừng phòng hộ so với kế hoạch'],
    ]);
  });

  test('"Ngành đã tuyển dụng 420 giáo viên, nhưng vẫn còn thiếu 650 giáo viên"', () => {
    const r = extract(
      'Năm học 2025 - 2026, ngành đã tuyển dụng 420 giáo viên, nhưng vẫn còn thiếu khoảng 650 giáo viên so với định mức.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [420, 'giáo viên tuyển dụng'],
      [650, 'giáo viên thiếu'],
    ]);
  });

  test('what a subject has, with no noun after the count, is named by the subject', () => {
    const r = extract(
      'Năm 2026, đội tàu cá toàn huyện có 815 chiếc, 100% tàu dài từ 15 m trở lên đã lắp thiết bị giám sát hành trình. Hiện huyện có 3 khu công nghiệp đang hoạt động.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [815, 'đội tàu cá toàn huyện'],
      [100, 'tàu dài từ 15 m trở lên đã lắp thiết bị giám sát hành trình'],
      [3, 'khu công nghiệp đang hoạt động'],
    ]);
  });
});

describe('hard-wrapped lines', () => {
  test('a length is of the thing after it, read across a line break, and of the work done', () => {
    const r = extract(
      'Năm 2026, dự án chống ngập đã hoàn thành 12 km cống\nthoát nước và nạo vét 8 km kênh.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [12, 'cống thoát nước hoàn thành'],
      [8, 'nạo vét kênh'],
    ]);
  });

  test('"so\\nvới năm 2025" across a line break still compares, it does not date the figure', () => {
    const r = extract(
      'I. KẾT QUẢ NĂM 2026\nNăm 2026, nông nghiệp giữ vững đà tăng trưởng. Giá trị sản xuất nông nghiệp ước đạt 12.400\ntỷ đồng, tăng 4,2% so\nvới năm 2025.\nII. KẾ HOẠCH NĂM 2027',
    );
    expect(r.results.map((x) => [x.value, x.year])).toEqual([
      [12400, 2026],
      [4.2, 2026],
    ]);
  });
});

describe('articles of a resolution as sections', () => {
  test('"Điều 2. Các chỉ tiêu chủ yếu năm 2027" plans what follows, even after "đạt"; a section of tasks plans its shares', () => {
    const r = extract(
      'Điều 1. Năm 2026, tốc độ tăng trưởng GRDP của tỉnh ước đạt 8,1%.\nĐiều 2. Các chỉ tiêu chủ yếu năm 2027\n1. GRDP bình quân đầu người đạt khoảng 5.200 USD.\n2. Tỷ lệ hộ nghèo giảm xuống dưới 1,5%.\nĐiều 3. Nhiệm vụ, giải pháp chủ yếu\n1. Bảo đảm 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.\n2. Nâng cấp Bệnh viện Đa khoa tỉnh lên quy mô 500 giường.',
    );
    expect(r.results.map((x) => [x.value, x.year])).toEqual([[8.1, 2026]]);
    expect(r.targets.map((x) => [x.value, x.year])).toEqual([
      [5200, 2027],
      [1.5, 2027],
      [100, 2027],
    ]);
  });
});

describe('yields, and going past the plan as an aim', () => {
  test('"61,5 tạ/ha" is a yield; "phấn đấu thu vượt 5% dự toán" is aimed for, not done', () => {
    const r = extract(
      'I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026\n1. Năng suất lúa bình quân ước đạt 61,5 tạ/ha.\nII. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026\n1. Tập trung các biện pháp tăng thu ngân sách, phấn đấu thu vượt 5% dự toán năm.',
    );
    expect(r.results.map((x) => [x.value, x.unit, x.year])).toEqual([[61.5, 'tạ/ha', 2026]]);
    expect(r.targets.map((x) => [x.value, x.unit, x.year])).toEqual([[5, '%', 2026]]);
  });
});

describe('the year a text speaks from, when it has no date', () => {
  test("the latest year it speaks of as a time, not a cited document's date nor a year ahead", () => {
    const text =
      'Ngày 12-3, Huyện ủy tổng kết việc thực hiện Kết luận số 15-KL/HU ngày 20-5-2019 của Ban Thường vụ Huyện ủy. Thu nhập bình quân đầu người năm 2024 là 52 triệu đồng; toàn huyện có 14/16 xã đạt chuẩn nông thôn mới. Huyện phấn đấu đến năm 2030 có 100% số xã đạt chuẩn nông thôn mới nâng cao.';
    const r = extract(text);
    expect(r.results.map((x) => [x.value, x.year])).toEqual([
      [52, 2024],
      [14, 2024],
    ]);
    expect(r.targets.map((x) => [x.value, x.year])).toEqual([[100, 2030]]);
  });
});

describe('a province named as the subject', () => {
  test('"Năm 2026, Nghệ An có 96 học sinh đạt giải …, xếp thứ 3 toàn quốc": the province is the scope', () => {
    const r = extract(
      'Năm 2026, Nghệ An có 96 học sinh đạt giải trong kỳ thi chọn học sinh giỏi quốc gia, xếp thứ 3 toàn quốc.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [96, 'học sinh đạt giải'],
      [3, 'xếp hạng học sinh đạt giải'],
    ]);
  });
});

describe('whose a figure is, and the year of the figure after a comma', () => {
  test('"kinh tế số của tỉnh chiếm tỷ trọng 30% GRDP": the province is the scope', () => {
    const r = extract('Theo Kế hoạch, đến năm 2030, kinh tế số của tỉnh chiếm tỷ trọng 30% GRDP.');
    expect(r.targets.map((x) => [x.value, x.indicator])).toEqual([[30, 'kinh tế số']]);
  });

  test('"… đạt 40%, hướng tới mục tiêu 44% vào năm 2027": the year is the second figure\'s', () => {
    const r = extract(
      'Năm 2026, ngành phấn đấu tỷ lệ người trong độ tuổi lao động tham gia bảo hiểm xã hội đạt 40%, hướng tới mục tiêu 44% vào năm 2027.',
    );
    expect(r.targets.map((x) => [x.value, x.year, x.indicator])).toEqual([
      [40, 2026, 'tỷ lệ người trong độ tuổi lao động tham gia bảo hiểm xã hội'],
      [44, 2027, 'tỷ lệ người trong độ tuổi lao động tham gia bảo hiểm xã hội'],
    ]);
  });
});

describe('now, and counts out of a total with a thousands dot', () => {
  test('"đến nay … đã bàn giao 1.040/1.188 km mặt bằng" is of the year the text speaks from', () => {
    const r = extract(
      'Sáng 9/10/2026, Bộ trưởng chủ trì cuộc họp về dự án đường vành đai giai đoạn 2021 - 2030.\n\nTheo báo cáo, đến nay các địa phương đã bàn giao 1.040/1.188 km mặt bằng, đạt 87,5%.',
    );
    expect(r.results.map((x) => [x.value, x.unit, x.year])).toEqual([
      [1040, 'km', 2026],
      [87.5, '%', 2026],
    ]);
  });
});

describe("a report's numbered heading, a time before the scope, a plan in brackets", () => {
  test('"2. Việc làm: … (kế hoạch năm 30.000 lao động), 9 tháng đầu năm toàn tỉnh đã giải quyết việc làm cho 21.400 lao động"', () => {
    const r = extract(
      '2. Việc làm: Thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2026 của UBND tỉnh về việc làm năm 2026 (kế hoạch năm 30.000 lao động), 9\ntháng đầu năm toàn tỉnh đã giải quyết việc làm cho 21.400 lao động.',
    );
    expect(r.targets.map((x) => [x.value, x.year, x.indicator])).toEqual([[30000, 2026, 'Việc làm']]);
    expect(r.results.map((x) => [x.value, x.year, x.indicator])).toEqual([
      [21400, 2026, 'giải quyết việc làm'],
    ]);
  });
});

describe('aims after a directive, damage, ceilings, crop seasons', () => {
  test('"… đẩy nhanh giải ngân vốn đầu tư công, phấn đấu hết quý II/2026 đạt trên 50% kế hoạch"', () => {
    const r = extract(
      'Chủ tịch UBND tỉnh yêu cầu các sở, ngành đẩy nhanh giải ngân vốn đầu tư công, phấn đấu hết quý II/2026 đạt trên 50% kế hoạch.',
    );
    expect(r.targets.map((x) => [x.value, x.year])).toEqual([[50, 2026]]);
    expect(r.targets[0].indicator).toContain('giải ngân vốn đầu tư công');
  });

  test('"đã làm thiệt hại 2.300 ha lúa" names what was damaged', () => {
    const r = extract('Năm 2026, đợt rét đậm đã làm thiệt hại 2.300 ha lúa xuân.');
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([[2300, 'làm thiệt hại lúa xuân']]);
  });

  test('"không để tỷ lệ nợ quá hạn vượt 0,5%" is a ceiling aimed for', () => {
    const r = extract(
      'Năm 2026, chi nhánh ngân hàng phối hợp với các hội, đoàn thể nâng cao chất lượng cho vay, không để tỷ lệ nợ quá hạn vượt 0,5%.',
    );
    expect(r.targets.map((x) => x.value)).toEqual([0.5]);
    expect(r.targets[0].indicator).toContain('tỷ lệ nợ quá hạn');
    expect(r.results).toEqual([]);
  });

  test('"vụ Đông Xuân 2026 - 2027" dates its figures by the harvest\'s year', () => {
    const r = extract(
      'Kế hoạch vụ Đông Xuân 2026 - 2027, toàn vùng phấn đấu năng suất lúa bình quân 66 tạ/ha.',
    );
    expect(r.targets.map((x) => [x.value, x.year])).toEqual([[66, 2027]]);
  });

  test('"tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều" keeps the standard in the indicator', () => {
    const r = extract('Năm 2026, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều của huyện còn 3,1%.');
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [3.1, 'tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều'],
    ]);
  });
});

describe('counts of those the work was for, of what was added, and of a part', () => {
  test('"giải quyết việc làm mới cho 2.400 lao động", "đào tạo nghề cho 1.800 người"', () => {
    const r = extract(
      'Năm 2026, huyện giải quyết việc làm mới cho 2.400 lao động; đào tạo nghề cho 1.800 người.',
    );
    expect(r.results.map((x) => x.value)).toEqual([2400, 1800]);
  });

  test('"đưa vào hoạt động thêm 2 cụm công nghiệp, nâng tổng số … lên 15"', () => {
    const r = extract(
      'Trong năm 2026, tỉnh đưa vào hoạt động thêm 2 cụm công nghiệp, nâng tổng số cụm công nghiệp đang hoạt động lên 15.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [2, 'cụm công nghiệp'],
      [15, 'tổng số cụm công nghiệp đang hoạt động'],
    ]);
  });

  test('"giới thiệu 640 đoàn viên ưu tú, trong đó 410 đoàn viên được kết nạp": a part names its own', () => {
    const r = extract(
      'Năm 2026, toàn tỉnh giới thiệu 640 đoàn viên ưu tú cho Đảng, trong đó 410 đoàn viên được kết nạp vào Đảng.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [640, 'đoàn viên ưu tú'],
      [410, 'đoàn viên được kết nạp'],
    ]);
  });
});

describe('an outbreak: where it is, and the animals it struck', () => {
  test('"dịch … đã xảy ra tại 14 xã của 3 huyện, làm 620 con trâu, bò, lợn mắc bệnh"', () => {
    const r = extract(
      'Từ đầu năm 2026 đến nay, dịch viêm da nổi cục (VDNC) đã xảy ra tại 14 xã của 3 huyện, làm 620 con trâu, bò, lợn mắc bệnh.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [14, 'xã có dịch viêm da nổi cục'],
      [620, 'con trâu, bò, lợn mắc bệnh'],
    ]);
  });
});

describe('the aim of the work, counts left and counts of those that achieved', () => {
  test('"… làm việc với địa phương để hoàn thành bàn giao 100% mặt bằng" is named by the work aimed at', () => {
    const r = extract(
      'Năm 2026, Bộ trưởng yêu cầu các Ban Quản lý dự án làm việc với địa phương để hoàn thành bàn giao 100% mặt bằng trước ngày 31/12/2026.',
    );
    expect(r.targets.map((x) => [x.value, x.indicator])).toEqual([[100, 'hoàn thành bàn giao']]);
  });

  test('"số ca mắc giảm mạnh, còn 820 ca"; "; 5 học sinh đạt huy chương"; "xóa 40 nhà tạm"', () => {
    const r = extract(
      'Năm 2026, số ca mắc sốt xuất huyết giảm mạnh, còn 820 ca. Toàn tỉnh có 96 học sinh đạt giải quốc gia, xếp thứ 5 toàn quốc; 5 học sinh đạt huy chương Olympic quốc tế. Xã đã hoàn thành xóa 40 nhà tạm.',
    );
    expect(r.results.map((x) => x.value)).toEqual([820, 96, 5, 5, 40]);
  });
});

describe("the day a document speaks from is its header's", () => {
  test('a plan of 2026 with deadlines in 2027: the figures for 2026 are still planned', () => {
    const r = extract(
      'ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nSố: 88/KH-UBND\nĐiện Biên, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\nI. MỤC TIÊU\n1. Năm 2026\n- Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 55%.\n2. Năm 2027\n- Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 70%.\nII. NHIỆM VỤ\n1. Sở Khoa học và Công nghệ nâng cấp hệ thống, hoàn thành trong quý II/2027.',
    );
    expect(r.targets.map((x) => [x.value, x.year])).toEqual([
      [55, 2026],
      [70, 2027],
    ]);
    expect(r.results).toEqual([]);
  });
});

describe('a pair of kinds in the subject', () => {
  test('"Chỉ số cải cách hành chính trung bình của khối sở, ngành đạt 85,2%"', () => {
    const r = extract('Năm 2026, Chỉ số cải cách hành chính trung bình của khối sở, ngành đạt 85,2%.');
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [85.2, 'Chỉ số cải cách hành chính trung bình của khối sở, ngành'],
    ]);
  });
});

describe("totals raised, and the year a sentence speaks of before a programme's name", () => {
  test('"có thêm 12 xã đạt chuẩn, nâng tổng số lên 96 xã, chiếm 48,5% tổng số xã"', () => {
    const r = extract(
      'Năm 2026, toàn tỉnh có thêm 12 xã đạt chuẩn, nâng tổng số lên 96 xã, chiếm 48,5% tổng số xã.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [12, 'xã đạt chuẩn'],
      [96, 'tổng số xã'],
      [48.5, 'tổng số xã'],
    ]);
  });

  test('"Năm 2026 là năm đầu tiên … Chương trình … giai đoạn 2026 - 2030." dates the next sentence by 2026', () => {
    const r = extract(
      'Năm 2026 là năm đầu tiên tỉnh triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2026 - 2030. Trong năm, toàn tỉnh có thêm 15 xã đạt chuẩn.',
    );
    expect(r.results.map((x) => [x.value, x.year])).toEqual([[15, 2026]]);
    expect(r.targets).toEqual([]);
  });
});

describe('a part of the scope with a bare verb, those a campaign reached, more counted things', () => {
  test('"Riêng huyện đảo Cô Tô đón 5,1 triệu lượt khách" counts the visitors, there', () => {
    const r = extract(
      'Năm 2026, toàn tỉnh đón 8,2 triệu lượt khách. Riêng huyện đảo Cô Tô đón 5,1 triệu lượt khách.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [8.2, 'lượt khách'],
      [5.1, 'lượt khách huyện đảo Cô Tô'],
    ]);
  });

  test('"đã tiêm cho 118.430 trẻ từ 1 đến 14 tuổi, đạt 92,4% kế hoạch"', () => {
    const r = extract(
      'Sau một tháng triển khai chiến dịch năm 2026, toàn tỉnh đã tiêm cho 118.430 trẻ từ 1 đến 14 tuổi, đạt 92,4% kế hoạch.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [118430, 'trẻ từ 1 đến 14 tuổi'],
      [92.4, 'trẻ từ 1 đến 14 tuổi so với kế hoạch'],
    ]);
  });

  test('candidates, volunteers, grants, trees; a name in quotes stays with the counted thing', () => {
    const r = extract(
      'Năm 2026, toàn tỉnh có 9.820 thí sinh dự thi; chiến dịch có 410 chiến sĩ tình nguyện, trao 96 suất học bổng, trồng mới 12.000 cây xanh và xây dựng 85 căn nhà "Đại đoàn kết" cho hộ nghèo.',
    );
    expect(r.results.map((x) => [x.value, x.unit])).toEqual([
      [9820, 'thí sinh'],
      [410, 'chiến sĩ'],
      [96, 'suất'],
      [12000, 'cây'],
      [85, 'căn nhà'],
    ]);
    expect(r.results.map((x) => x.indicator).slice(2)).toEqual([
      'suất học bổng',
      'cây xanh',
      'căn nhà "Đại đoàn kết"',
    ]);
  });
});

describe('parts, sectors, provinces listed, output of a group', () => {
  test('"… đạt 31.200 ha, trong đó 14.650 ha đã cho thu hoạch": the part named by what follows it', () => {
    const r = extract(
      'Năm 2026, diện tích sầu riêng toàn tỉnh đạt 31.200 ha, trong đó 14.650 ha đã cho thu hoạch.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [31200, 'diện tích sầu riêng toàn tỉnh'],
      [14650, 'diện tích sầu riêng toàn tỉnh đã cho thu hoạch'],
    ]);
  });

  test('"trong đó: nông, lâm, thủy sản tăng 3,1%" keeps the sectors; "trên địa bàn tỉnh có 9.000 ha lúa …"', () => {
    const r = extract(
      'Năm 2026, GRDP tăng 8,2%, trong đó: nông, lâm, thủy sản tăng 3,1%. Tính đến ngày 20/3/2026, trên địa bàn tỉnh có khoảng 9.000 ha lúa bị nhiễm mặn.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [8.2, 'GRDP tăng'],
      [3.1, 'nông, lâm, thủy sản tăng'],
      [9000, 'lúa bị nhiễm mặn'],
    ]);
  });

  test('provinces listed after the measure; what a group produced', () => {
    const r = extract(
      'Năm 2026, tốc độ tăng trưởng GRDP của tỉnh sau hợp nhất Tuyên Quang, Hà Giang ước đạt 7,9%. Tập đoàn sản xuất được 40,1 triệu tấn than nguyên khai, tiêu thụ 44 triệu tấn than.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [7.9, 'tốc độ tăng trưởng GRDP của tỉnh sau hợp nhất Tuyên Quang'],
      [40.1, 'sản xuất than nguyên khai'],
      [44, 'tiêu thụ than'],
    ]);
  });
});

describe('an aim after "bảo đảm"', () => {
  test('"…, bảo đảm 100% thôn, tổ dân phố có sóng di động băng rộng" in a directive is planned', () => {
    const r = extract(
      'Năm 2026, đồng chí đề nghị UBND các xã, phường rà soát hạ tầng số, bảo đảm 100% thôn, tổ dân phố có sóng di động băng rộng.',
    );
    expect(r.targets.map((x) => [x.value, x.indicator])).toEqual([
      [100, 'thôn, tổ dân phố có sóng di động băng rộng'],
    ]);
    expect(r.results).toEqual([]);
  });

  test('"bảo đảm giải ngân vốn đầu tư công năm 2026 đạt 100% kế hoạch" is the aim, not what was done', () => {
    const r = extract(
      'Chủ tịch UBND tỉnh yêu cầu Sở Tài chính rà soát, điều chuyển vốn, bảo đảm giải ngân vốn đầu tư công năm 2026 đạt 100% kế hoạch.',
    );
    expect(r.targets.map((x) => [x.value, x.year])).toEqual([[100, 2026]]);
    expect(r.results).toEqual([]);
  });
});

describe('a part of visitors', () => {
  test('"… đón 9 triệu lượt khách du lịch, trong đó 1,5 triệu lượt khách quốc tế"', () => {
    const r = extract(
      'Đến năm 2030, tỉnh phấn đấu đón 9 triệu lượt khách du lịch, trong đó 1,5 triệu lượt khách quốc tế.',
    );
    expect(r.targets.map((x) => [x.value, x.indicator])).toEqual([
      [9, 'lượt khách du lịch'],
      [1.5, 'lượt khách du lịch quốc tế'],
    ]);
  });
});

describe('the year compared with, in brackets', () => {
  test('"giảm còn 17,2% (đầu năm 2021 là 24,1%)": the bracket is the baseline, its year dates nothing after', () => {
    const r = extract(
      'Đến cuối năm 2023, tỷ lệ hộ nghèo toàn tỉnh giảm còn 17,2% (đầu năm 2021 là 24,1%); 100% số xã có trạm y tế.',
    );
    expect(r.results.map((x) => [x.value, x.year, x.baseline])).toEqual([
      [17.2, 2023, 24.1],
      [100, 2023, undefined],
    ]);
  });

  test('"(năm 2014 lần lượt là 86,5% và 79,3%)" compares; the figures before are of the year said', () => {
    const r = extract(
      'Đến cuối năm 2023, 93% hộ gia đình đạt danh hiệu gia đình văn hóa, 90% thôn đạt danh hiệu thôn văn hóa (năm 2014 lần lượt là 86,5% và 79,3%). 100% xã có nhà văn hóa.',
      { date: '2024-03-01' },
    );
    expect(r.results.map((x) => [x.value, x.year])).toEqual([
      [93, 2023],
      [90, 2023],
      [100, 2023],
    ]);
  });

  test('"… mới giảm xuống 42% (mục tiêu … đến năm 2020 là dưới 30%)": done, and the aim in brackets', () => {
    const r = extract(
      'Năm 2022, tỷ lệ lao động nông nghiệp mới giảm xuống 42% (mục tiêu Nghị quyết đến năm 2020 là dưới 30%).',
    );
    expect(r.results.map((x) => [x.value, x.year])).toEqual([[42, 2022]]);
  });
});

describe('those the work was for, after "cho"', () => {
  test('"cấp mới và điều chỉnh tăng vốn cho 96 dự án"; not "bố trí công chức cho 120 xã" in a directive', () => {
    const r = extract(
      'Năm 2026, toàn tỉnh cấp mới và điều chỉnh tăng vốn cho 96 dự án. Chủ tịch UBND tỉnh yêu cầu Sở Nội vụ bố trí đủ công chức cho 120 xã, phường.',
    );
    expect(r.results.map((x) => x.value)).toEqual([96]);
    expect(r.targets).toEqual([]);
  });
});

describe('a share of the plan', () => {
  test('"… đạt 912 tỷ đồng, bằng 58,3% dự toán huyện giao" names the plan; a short name stays short', () => {
    const r = extract(
      'Năm 2026, tổng thu ngân sách trên địa bàn huyện đạt 912 tỷ đồng, bằng 58,3% dự toán huyện giao. Giải ngân đạt 33% kế hoạch.',
    );
    expect(r.results.map((x) => [x.value, x.indicator])).toEqual([
      [912, 'tổng thu ngân sách trên địa bàn huyện'],
      [58.3, 'tổng thu ngân sách trên địa bàn huyện so với dự toán huyện giao'],
      [33, 'Giải ngân'],
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { extract } from './index.ts';

const brief = (
  items: Array<{ value: number; valueMax?: number; year?: number; unit?: string; indicator: string }>,
) => items.map(({ value, valueMax, year, unit, indicator }) => ({ value, valueMax, year, unit, indicator }));

describe('a table of indicators flattened to lines of cells', () => {
  test('columns of estimate and plan, a unit column, ranges', () => {
    const r = extract(
      [
        'Điều 1. Các chỉ tiêu chủ yếu năm 2027:',
        'STT | Chỉ tiêu | Đơn vị | Ước thực hiện năm 2026 | Kế hoạch năm 2027',
        '1 | Tốc độ tăng trưởng kinh tế | % | 7,6 | 8-8,5',
        '2 | Thu ngân sách trên địa bàn | tỷ đồng | 21.300 | 23.000',
        'Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện.',
      ].join('\n'),
      { date: '2026-12-08' },
    );
    expect(brief(r.results)).toEqual([
      { value: 7.6, valueMax: undefined, year: 2026, unit: '%', indicator: 'Tốc độ tăng trưởng kinh tế' },
      {
        value: 21300,
        valueMax: undefined,
        year: 2026,
        unit: 'tỷ đồng',
        indicator: 'Thu ngân sách trên địa bàn',
      },
    ]);
    expect(brief(r.targets)).toEqual([
      { value: 8, valueMax: 8.5, year: 2027, unit: '%', indicator: 'Tốc độ tăng trưởng kinh tế' },
      {
        value: 23000,
        valueMax: undefined,
        year: 2027,
        unit: 'tỷ đồng',
        indicator: 'Thu ngân sách trên địa bàn',
      },
    ]);
  });
  test('year columns without a word: before the text is done, after it is planned; the unit in brackets', () => {
    const r = extract(
      [
        'Chỉ tiêu | Năm 2020 | Năm 2025 | Năm 2030',
        'Tỷ lệ dân số được dùng nước sạch (%) | 81 | 90 | 98',
        'Không có dòng bảng ở đây, 55 | 60 không phải số liệu.',
      ].join('\n'),
      { date: '2021-05-01' },
    );
    expect(brief(r.results)).toEqual([
      {
        value: 81,
        valueMax: undefined,
        year: 2020,
        unit: '%',
        indicator: 'Tỷ lệ dân số được dùng nước sạch',
      },
    ]);
    expect(r.targets.map((t) => [t.value, t.year])).toEqual([
      [90, 2025],
      [98, 2030],
    ]);
  });
  test('a header line with a date is not a table of figures', () => {
    const r = extract(
      'Số: 12/KH-UBND | Hà Giang, ngày 08 tháng 3 năm 2024 |\nKẾ HOẠCH\nTriển khai công tác năm 2024',
    );
    expect(r.targets).toEqual([]);
    expect(r.results).toEqual([]);
  });
});

describe('other shapes of tables', () => {
  test('a column "Thực hiện" without a year: what was done in the year of the plan before it', () => {
    const r = extract(
      [
        'Kết quả thực hiện các chỉ tiêu năm 2026:',
        '',
        'Chỉ tiêu | Kế hoạch 2026 | Thực hiện | Đánh giá',
        'Tổng vốn đầu tư toàn xã hội (tỷ đồng) | 5.400 | 5.612 | Vượt',
        'Số trường đạt chuẩn quốc gia (trường) | 310 | 305 | Không đạt',
      ].join('\n'),
    );
    expect(brief(r.results)).toEqual([
      {
        value: 5612,
        valueMax: undefined,
        year: 2026,
        unit: 'tỷ đồng',
        indicator: 'Tổng vốn đầu tư toàn xã hội',
      },
      {
        value: 305,
        valueMax: undefined,
        year: 2026,
        unit: 'trường',
        indicator: 'Số trường đạt chuẩn quốc gia',
      },
    ]);
    expect(brief(r.targets).map((t) => t.value)).toEqual([5400, 310]);
  });

  test('a row a year, a column an indicator', () => {
    const r = extract('Năm | Số hộ nghèo | Tỷ lệ hộ nghèo (%)\n2024 | 3.120 | 6,4\n2025 | 2.870 | 5,8\n', {
      date: '2026-01-15',
    });
    expect(r.results.map((x) => [x.indicator, x.value, x.year, x.unit])).toEqual([
      ['Số hộ nghèo', 3120, 2024, undefined],
      ['Tỷ lệ hộ nghèo', 6.4, 2024, '%'],
      ['Số hộ nghèo', 2870, 2025, undefined],
      ['Tỷ lệ hộ nghèo', 5.8, 2025, '%'],
    ]);
  });
  test('a column of change after the estimate', () => {
    const r = extract(
      'Chỉ tiêu | Đơn vị | Kế hoạch 2026 | Ước TH 2026 | So với cùng kỳ (%)\nThu ngân sách | tỷ đồng | 900 | 948 | 108,5\n',
      { date: '2026-12-01' },
    );
    expect(r.targets.map((x) => [x.value, x.year])).toEqual([[900, 2026]]);
    expect(r.results.map((x) => [x.indicator, x.value, x.unit])).toEqual([
      ['Thu ngân sách', 948, 'tỷ đồng'],
      ['Thu ngân sách so với cùng kỳ', 108.5, '%'],
    ]);
  });
  test("a header without a year speaks of the text's year; the unit said above the table", () => {
    const r = extract(
      'Báo cáo tình hình thu ngân sách đến hết quý III năm 2026 như sau:\n(Đơn vị tính: triệu đồng)\nChỉ tiêu | Dự toán năm | Thực hiện 9 tháng | Tỷ lệ (%)\nTổng thu ngân sách | 412.000 | 301.760 | 73,2\n- Thu nội địa | 380.000 | 284.100 | 74,8\n',
    );
    expect(r.targets.map((x) => [x.indicator, x.value, x.year, x.unit])).toEqual([
      ['Tổng thu ngân sách', 412000, 2026, 'triệu đồng'],
      ['Thu nội địa', 380000, 2026, 'triệu đồng'],
    ]);
    expect(r.results.map((x) => [x.indicator, x.value, x.unit])).toEqual([
      ['Tổng thu ngân sách', 301760, 'triệu đồng'],
      ['Tổng thu ngân sách', 73.2, '% kế hoạch'],
      ['Thu nội địa', 284100, 'triệu đồng'],
      ['Thu nội địa', 74.8, '% kế hoạch'],
    ]);
  });
});

describe('a column of what was done after a plan ahead', () => {
  test('"Kế hoạch đến năm 2020 | Thực hiện" in a text of 2019: done in 2019', () => {
    const r = extract(
      'Chỉ tiêu | Kế hoạch đến năm 2020 | Thực hiện\nSố xã đạt chuẩn nông thôn mới | 320 | 287\n',
      {
        date: '2019-07-10',
      },
    );
    expect(r.targets.map((x) => [x.value, x.year])).toEqual([[320, 2020]]);
    expect(r.results.map((x) => [x.value, x.year])).toEqual([[287, 2019]]);
  });
});

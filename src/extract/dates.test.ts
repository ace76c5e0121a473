import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { GUARDED_AT_NUMBERS } from './dates.ts';
import { extract } from './index.ts';

const values = (t: string) => extract(t).dates.map((d) => d.value);

describe('dates: every form of the SPEC', () => {
  test.each([
    ['Hội nghị diễn ra ngày 16 tháng 6 năm 2023 tại tỉnh.', '2023-06-16', '16 tháng 6 năm 2023'],
    ['ký ngày 16/6/2023', '2023-06-16', '16/6/2023'],
    ['ký ngày 16-6-2023', '2023-06-16', '16-6-2023'],
    ['ký ngày 16.6.2023', '2023-06-16', '16.6.2023'],
    ['Lào Cai, ngày 05\ntháng 3 năm 2007', '2007-03-05', '05\ntháng 3 năm 2007'],
    ['NGÀY 09 THÁNG 9 NĂM 2025 CỦA BỘ CHÍNH TRỊ', '2025-09-09', '09 THÁNG 9 NĂM 2025'],
    ['Lễ kỷ niệm tổ chức sáng 30-4 tại quảng trường.', '--04-30', '30-4'],
    ['dịp 30.4 năm nay', '--04-30', '30.4'],
    ['chiều 2/9 đoàn về đến tỉnh', '--09-02', '2/9'],
    ['thông xe tuyến đường trước 30.4. Các huyện', '--04-30', '30.4'],
    ['khai trương vào 19/5 tại thành phố', '--05-19', '19/5'],
    ['ngày 15 tháng 4 các đại biểu khảo sát', '--04-15', '15 tháng 4'],
    ['Số liệu đến tháng 6/2023 cho thấy', '2023-06', 'tháng 6/2023'],
    ['từ tháng 10 năm 2024 trở đi', '2024-10', 'tháng 10 năm 2024'],
    ['hoàn thành trong quý IV/2020', '2020-Q4', 'quý IV/2020'],
    ['trình vào quý 4 năm 2020', '2020-Q4', 'quý 4 năm 2020'],
    ['báo cáo trước quý II-2025', '2025-Q2', 'quý II-2025'],
    ['kết thúc quý I năm 2026', '2026-Q1', 'quý I năm 2026'],
  ])('%s', (text, value, written) => {
    const d = extract(text).dates;
    expect(d.map((x) => x.value)).toEqual([value]);
    expect(d[0].text).toBe(written);
    expect(text.slice(d[0].span[0], d[0].span[1])).toBe(written);
  });

  test('two short dates joined by "và"', () => {
    expect(values('nghỉ lễ ngày 30/4 và 1/5')).toEqual(['--04-30', '--05-01']);
  });

  test.each([
    ['Kết quả 6 tháng đầu năm 2024 khả quan.'],
    ['GRDP 9 tháng năm 2024 tăng khá.'],
    ['trong giai đoạn 2021-2025'],
    ['đến năm 2030'],
    ['tỷ lệ 3/4 số hộ'],
    ['tăng 15-20% so với cùng kỳ'],
    ['đạt 12,5 triệu đồng'],
    ['ngày 32/13/2020 không có thật'],
    ['Quyết định số 12/2020/QĐ-UBND'],
    ['từ 2-3 năm'],
  ])('not a date: %s', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('dates with a range word', () => {
  test('"từ 1/7 đến 31/12" with slashes', () => {
    expect(values('áp dụng từ 1/7 đến 31/12')).toEqual(['--07-01', '--12-31']);
  });
  test('"từ 2-3 năm" is a range, not a date', () => {
    expect(values('mất từ 2-3 năm')).toEqual([]);
  });
});

describe('guards before the patterns at numbers', () => {
  test('pass wherever the pattern matches', () => {
    const piece = fc.constantFrom(
      '1',
      '12',
      '123',
      '2023',
      '/',
      '.',
      '-',
      ',',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      'tháng',
      'năm',
      'a',
      '%',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const s = parts.join('');
        for (const [re, guard] of GUARDED_AT_NUMBERS)
          for (let at = 0; at < s.length; at++) {
            re.lastIndex = at;
            if (re.exec(s)) expect(guard(s, at)).toBe(true);
          }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('holidays and quarters without a year', () => {
  test('"dịp lễ 30.4 - 1.5", "nghỉ lễ 2/9", "Quốc khánh 2-9" are days', () => {
    const r = extract(
      'Dịp nghỉ lễ 30.4 - 1.5, tỉnh đón 120.000 lượt khách; dịp lễ 2/9 đón 95.000 lượt. Nhân dịp Quốc khánh 2-9, xã phát động thi đua.',
    );
    expect(r.dates.map((d) => [d.value, d.text])).toEqual([
      ['--04-30', '30.4'],
      ['--05-01', '1.5'],
      ['--09-02', '2/9'],
      ['--09-02', '2-9'],
    ]);
  });

  test("a quarter without a year takes the year said right after it, else the text's own", () => {
    const a = extract('Báo cáo tình hình kinh tế - xã hội quý III và 9 tháng năm 2026.');
    expect(a.dates.map((d) => d.value)).toEqual(['2026-Q3']);
    const b = extract('Ngày 12/8/2026, Bộ Nội vụ đề nghị các tỉnh hoàn thành chi trả chế độ trong quý III.');
    expect(b.dates.map((d) => d.value)).toEqual(['2026-08-12', '2026-Q3']);
    // With no year anywhere, a quarter is no date.
    expect(extract('Trong quý IV, huyện hoàn thành giải phóng mặt bằng.').dates).toEqual([]);
  });
});

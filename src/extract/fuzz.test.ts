import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extract } from './index.ts';
import type { ExtractionResult } from './types.ts';

const KEYS = [
  'documents',
  'targets',
  'results',
  'dates',
  'people',
  'organizations',
  'tasks',
  'horizons',
  'locations',
  'meetings',
  'recommendations',
] as const;

function sane(r: ExtractionResult, length: number): void {
  for (const k of KEYS) {
    expect(Array.isArray(r[k])).toBe(true);
    for (const item of r[k] as Array<{ span: [number, number] }>) {
      expect(item.span[0]).toBeGreaterThanOrEqual(0);
      expect(item.span[1]).toBeGreaterThanOrEqual(item.span[0]);
      expect(item.span[1]).toBeLessThanOrEqual(length);
    }
  }
  for (const t of [...r.targets, ...r.results]) expect(Number.isFinite(t.value)).toBe(true);
  expect(() => JSON.stringify(r)).not.toThrow();
}

// Pieces of real official language, so that random texts reach the deeper rules, not only the scanners.
const PIECES = [
  'Nghị quyết số 11-NQ/TW',
  ' ngày 10/2/2022',
  ' của Bộ Chính trị',
  'Quyết định số 123/QĐ-UBND',
  ' quý IV/2020',
  'sáng 15-4',
  ' tỷ lệ đô thị hóa',
  ' đạt 40,5%',
  ' - 45%',
  ' vào năm 2025 và 2030',
  ' tương ứng',
  'Giao Sở Y tế chủ trì',
  ', phối hợp với',
  ' các sở, ngành',
  'Chủ tịch UBND tỉnh yêu cầu',
  ' Tổng Bí thư Nguyễn Phú Trọng',
  ', Bí thư Tỉnh ủy',
  '"Đề án ',
  '"',
  ':',
  ';',
  '.',
  '\n',
  '\n- ',
  '1. ',
  'Điều 3. ',
  ' chịu trách nhiệm thi hành',
  'I. MỤC TIÊU\n',
  'II. NHIỆM VỤ\n',
  ' 12.000 tỷ đồng',
  ' đến năm 2030, tầm nhìn đến năm 2045',
  '(',
  ')',
  ' thứ 13/63',
  ' ông',
  ' bà ',
  ' | ',
  '\nSTT | Chỉ tiêu | Đơn vị | Năm 2020 | Kế hoạch năm 2025\n',
  '1 | Tỷ lệ hộ nghèo | % | 40,5 | 8-8,5\n',
];

describe('robustness (property-based)', () => {
  test('random Unicode never crashes and gives sane spans', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        sane(extract(s), s.normalize('NFC').length);
      }),
      { numRuns: 300 },
    );
  });

  test('random official-language collages never crash', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), (parts) => {
        const s = parts.join('');
        sane(extract(s), s.normalize('NFC').length);
      }),
      { numRuns: 400 },
    );
  });

  test('every span of a collage points at its own text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (parts) => {
        const s = parts.join('');
        const r = extract(s);
        for (const d of r.dates) expect(s.slice(d.span[0], d.span[1])).toBe(d.text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('robustness (pathological inputs)', () => {
  // Sizes are kept so the suite stays fast; the benchmark measures time on larger inputs.
  test('10 MB of one digit', () => {
    const s = '7'.repeat(10_000_000);
    sane(extract(s), s.length);
  });
  test('thousands of nested quotes and brackets', () => {
    const s = `${'("[“'.repeat(20_000)}Đề án${'”]")'.repeat(20_000)}`;
    sane(extract(s), s.normalize('NFC').length);
  });
  test('a 5 MB line with no punctuation', () => {
    const words = 'phát triển kinh tế xã hội vùng trung du miền núi Sở Ban Bộ Nguyễn Văn ';
    const s = words.repeat(Math.ceil(5_000_000 / words.length)).slice(0, 5_000_000);
    sane(extract(s), s.length);
  });
  test('many short lines and many colons', () => {
    const s = 'Sở Y tế\nnhiệm vụ là: a; b\n'.repeat(20_000);
    sane(extract(s), s.length);
  });
  // Inputs that would make an ambiguous pattern backtrack: long runs of dots or blanks next to optional pieces.
  test.each([
    ['a million dots', '.'.repeat(1_000_000)],
    ['blanks after a horizon', `đến năm 2030${' '.repeat(200_000)}x`],
    ['blanks after a month', `tháng 6${' '.repeat(200_000)}x`],
    ['blanks after a quarter', `quý 4${' '.repeat(200_000)}x`],
    ['values followed by blanks', `5%${' '.repeat(70)}`.repeat(3_000)],
    ['directives after blanks', `Bộ Y tế${' '.repeat(60)}yêu cầu `.repeat(3_000)],
    ['symbols after blanks', `${' '.repeat(60)}1/QĐ-UB `.repeat(3_000)],
    ['a huge word before a body', `${'a'.repeat(1_000_000)} Bộ Y tế`],
    ['many lines and one bar at the end', `${'Sở Y tế thực hiện.\n'.repeat(100_000)}|`],
    ['a table of many rows', `Chỉ tiêu | Năm 2020 | Năm 2025\n${'Tỷ lệ (%) | 40,5 | 45\n'.repeat(50_000)}`],
    ['a row of many cells', `Chỉ tiêu | Năm 2025\n${'1 | '.repeat(200_000)}`],
    // Searches for the clause's ";" bounded: unbounded, each figure or verb read back to the start.
    [
      'figures on a long line without a semicolon',
      `${'tỷ lệ đạt 5% và 6% tương ứng '.repeat(20_000)}năm 2030`,
    ],
    [
      'directive verbs in one long sentence',
      'Bộ Y tế giao các đơn vị, đề nghị kiến nghị giao '.repeat(20_000),
    ],
    ['one long line of many sentences', 'Giao Sở Y tế chủ trì. Tỉnh ủy yêu cầu các sở. '.repeat(5_000)],
    // Each read once, not against all the others before it in a long sentence or paragraph.
    [
      "programmes' periods after a year in one long sentence",
      `Năm 2026 ${'thực hiện Chương trình mục tiêu quốc gia giai đoạn 2026 - 2030, '.repeat(20_000)}`,
    ],
    ['bare counts in one paragraph', 'năm 2026 có 5 xã, tăng 2 xã, '.repeat(30_000)],
    ['hard-wrapped lines', 'tăng 5% so\nvới năm 2025 và\n'.repeat(50_000)],
    // A name built from the one before it does not grow along a chain.
    [
      'a chain of parts',
      `Năm 2026, ${'đạt 31.200 ha, trong đó 14.650 ha đã cho thu hoạch, '.repeat(20_000)}`,
    ],
  ])('%s', (_name, s) => {
    sane(extract(s), s.length);
  });
  test('empty and whitespace input', () => {
    sane(extract(''), 0);
    sane(extract(' \n\t\r\n'), 5);
  });
});

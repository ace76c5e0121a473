import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  Coverage,
  isBarOrSpace,
  isJsSpace,
  isNameTrail,
  isTaskTrail,
  isUpperStart,
  lastMatchIndex,
  phraseBefore,
  phraseSet,
  segment,
  spacesAtLeast,
  wordsBefore,
} from './text.ts';

/** What Coverage was before it listed its first claims: one mask over the text. */
class MaskCoverage {
  private readonly mask: Uint8Array;
  constructor(length: number) {
    this.mask = new Uint8Array(length + 1);
  }
  overlaps(s: number, e: number): boolean {
    for (let i = s; i < e; i++) if (this.mask[i]) return true;
    return false;
  }
  claim(s: number, e: number): void {
    this.mask.fill(1, s, e);
  }
}

test('Coverage answers as a mask over the text would, before and after it switches to one', () => {
  const offset = fc.integer({ min: -5, max: 70 });
  // Claims read their offsets as `fill` does, odd ones included.
  const claimOffset = fc.oneof(
    offset,
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2.5, -1.5, -0.5),
  );
  const op = fc.oneof(
    fc.record({ claim: fc.constant(true), s: claimOffset, e: claimOffset }),
    fc.record({ claim: fc.constant(false), s: offset, e: offset }),
  );
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 60 }), fc.array(op, { maxLength: 150 }), (length, ops) => {
      const cov = new Coverage(length);
      const ref = new MaskCoverage(length);
      for (const { claim, s, e } of ops) {
        if (claim) {
          cov.claim(s, e);
          ref.claim(s, e);
        } else expect(cov.overlaps(s, e)).toBe(ref.overlaps(s, e));
      }
    }),
    { numRuns: 2000 },
  );
});

test('phraseBefore finds the first of wordsBefore that is in the set', () => {
  const set = new Set(['ông', 'đồng chí', 'Bộ trưởng', 'tham gia', 'các', 'a b', 'b', 'x'.repeat(45)]);
  const phrases = phraseSet(set);
  const piece = fc.constantFrom(
    'ông',
    'đồng',
    'chí',
    'Bộ',
    'trưởng',
    'tham',
    'gia',
    'các',
    'a',
    'b',
    ' ',
    '  ',
    '\t',
    '\n',
    ',',
    '.',
    '-',
    '/',
    'x'.repeat(45),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), fc.integer({ min: 1, max: 4 }), (parts, max) => {
      const text = parts.join('');
      for (let pos = 0; pos <= text.length; pos++)
        expect(phraseBefore(text, pos, max, phrases)).toBe(
          wordsBefore(text, pos, max).find((w) => set.has(w)),
        );
    }),
    { numRuns: 1000 },
  );
});

test('isUpperStart by table is the case-mapping test on the first unit', () => {
  const byCase = (s: string) => {
    const c = s.charAt(0);
    return c !== c.toLowerCase() && c === c.toUpperCase();
  };
  expect(isUpperStart('')).toBe(false);
  for (let c = 0; c < 0x10000; c++) {
    const s = `${String.fromCharCode(c)}x`;
    if (isUpperStart(s) !== byCase(s)) expect([c, isUpperStart(s)]).toEqual([c, byCase(s)]);
  }
  fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => isUpperStart(s) === byCase(s)));
});

test('isNameTrail and isTaskTrail are the classes [\\s,.;:-] and [\\s.…;,/]', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (isNameTrail(c) !== /[\s,.;:-]/.test(ch)) throw new Error(`isNameTrail differs at ${c}`);
    if (isTaskTrail(c) !== /[\s.…;,/]/.test(ch)) throw new Error(`isTaskTrail differs at ${c}`);
  }
});

test('isBarOrSpace is the class [|\\s]', () => {
  for (let c = 0; c < 0x10000; c++)
    if (isBarOrSpace(c) !== /[|\s]/.test(String.fromCharCode(c))) throw new Error(`differs at ${c}`);
});

test('isJsSpace is the class \\s', () => {
  for (let c = 0; c < 0x10000; c++)
    if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c)))
      expect([c, isJsSpace(c)]).toEqual([c, !isJsSpace(c)]);
  expect(isJsSpace(Number.NaN)).toBe(false);
});

const paragraphs = (t: string) => segment(t).paras.map(([a, b]) => t.slice(a, b));

describe('paragraphs', () => {
  test('a text wrapped at a fixed width is read as prose', () => {
    const text = [
      'Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với các sở, ngành',
      'liên quan rà soát nguồn vốn đầu tư công năm 2026 và báo cáo kết quả trước ngày',
      '30/6/2026. Sở Kế hoạch và Đầu tư tổng hợp danh mục dự án trọng điểm của tỉnh',
      'Thái Nguyên để trình Hội đồng nhân dân tỉnh tại kỳ họp cuối năm.',
    ].join('\n');
    expect(paragraphs(text)).toHaveLength(1);
  });
  test('in a text of one-line paragraphs, a line under a heading ends before a capital', () => {
    const text = [
      'CHỈ THỊ',
      'về tăng cường kỷ luật, kỷ cương hành chính trong các cơ quan nhà nước',
      'Thực hiện chỉ đạo của Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu thủ trưởng các sở, ban, ngành nghiêm túc thực hiện các nội dung sau đây về giờ giấc làm việc, thái độ phục vụ người dân và doanh nghiệp.',
      'Các cơ quan công khai đường dây nóng để người dân phản ánh kịp thời.',
    ].join('\n');
    expect(paragraphs(text)).toHaveLength(4);
  });
});

test('lastMatchIndex is the index of the last of matchAll', () => {
  const patterns = [
    /mục tiêu|mục đích|kết quả/g,
    /a*/g,
    /(?:)/g,
    /b?/gu,
    /\p{L}*/gu,
    /(?<![a-z])đạt(?![a-z])/g,
    /x|(?=y)/g,
  ];
  const piece = fc.constantFrom('a', 'b', 'x', 'y', 'đạt', 'mục tiêu', 'kết quả', ' ', '😀', '\ud83d', 'ạ');
  fc.assert(
    fc.property(fc.constantFrom(...patterns), fc.array(piece, { maxLength: 12 }), (re, parts) => {
      const s = parts.join('');
      let last = -1;
      for (const m of s.matchAll(re)) last = m.index;
      expect(lastMatchIndex(re, s)).toBe(last);
      expect(re.lastIndex).toBe(0);
    }),
    { numRuns: 3000 },
  );
});

test('spacesAtLeast(s, n) is s.split(" ").length >= n + 1', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('a', ' ', '  ', 'ạ', '\t'), { maxLength: 10 }),
      fc.integer({ min: 0, max: 5 }),
      (parts, n) => {
        const s = parts.join('');
        expect(spacesAtLeast(s, n)).toBe(s.split(' ').length >= n + 1);
      },
    ),
  );
});

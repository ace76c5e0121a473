import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extract } from './index.ts';
import { CAP_RUN_GUARD } from './people.ts';

const people = (t: string) => extract(t).people.map((p) => ({ name: p.name, titles: p.titles }));

describe('people', () => {
  test('title before the name', () => {
    expect(people('Phó Thủ tướng Trần Hồng Hà dự và phát biểu.')).toEqual([
      { name: 'Trần Hồng Hà', titles: ['Phó Thủ tướng'] },
    ]);
  });
  test('titles after the name, separated by commas', () => {
    expect(
      people('Đến dự có đồng chí Lê Minh Hưng, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương (ảnh).'),
    ).toEqual([{ name: 'Lê Minh Hưng', titles: ['Ủy viên Bộ Chính trị', 'Trưởng Ban Tổ chức Trung ương'] }]);
  });
  test('a list after "các đồng chí:"', () => {
    expect(
      people(
        'Tham dự có các đồng chí: Chủ tịch Quốc hội Trần Thanh Mẫn, Thủ tướng Chính phủ Phạm Minh Chính.',
      ),
    ).toEqual([
      { name: 'Trần Thanh Mẫn', titles: ['Chủ tịch Quốc hội'] },
      { name: 'Phạm Minh Chính', titles: ['Thủ tướng Chính phủ'] },
    ]);
  });
  test('ông / bà with no title', () => {
    expect(people('Bà Nguyễn Thị Hoa thay ông Đỗ Văn Nam làm thành viên.')).toEqual([
      { name: 'Nguyễn Thị Hoa', titles: [] },
      { name: 'Đỗ Văn Nam', titles: [] },
    ]);
  });
  test('a province name after a title does not swallow the person', () => {
    expect(people('Chủ tịch UBND tỉnh Thái Nguyên Trịnh Việt Hùng chủ trì.')).toEqual([
      { name: 'Trịnh Việt Hùng', titles: ['Chủ tịch UBND tỉnh Thái Nguyên'] },
    ]);
  });
  test('the title of a person after the name, with the body', () => {
    expect(people('ông Vũ Đức Minh, Thứ trưởng Bộ Tài chính cho biết')).toEqual([
      { name: 'Vũ Đức Minh', titles: ['Thứ trưởng Bộ Tài chính'] },
    ]);
  });
  test('one item per person, titles merged', () => {
    const p = people('Bí thư Tỉnh ủy Hoàng Văn An phát biểu. Đồng chí Hoàng Văn An nhấn mạnh.');
    expect(p).toEqual([{ name: 'Hoàng Văn An', titles: ['Bí thư Tỉnh ủy'] }]);
  });
  test.each([
    ['Đồng chí Phó Chủ tịch UBND tỉnh đề nghị các sở.'],
    ['Tổng Bí thư yêu cầu các cấp ủy.'],
    ['Thành phố Hà Nội và tỉnh Lâm Đồng hợp tác.'],
    ['Bộ Kế Hoạch Và Đầu Tư'],
    ['Tại Hà Nội, hội nghị diễn ra.'],
  ])('no person: %s', (t) => expect(people(t)).toEqual([]));
});

describe('people without a Vietnamese surname', () => {
  test('a title vouches for the name', () => {
    expect(people('Tổng thống Joe Biden thăm Hà Nội.')).toEqual([
      { name: 'Joe Biden', titles: ['Tổng thống'] },
    ]);
  });
});

describe('places named after people', () => {
  test('a street is not a person', () => {
    expect(people('Trụ sở nằm trên đường Trần Hưng Đạo, gần trường Lê Quý Đôn.')).toEqual([]);
  });
});

describe('names that share a word with a body', () => {
  const names = (t: string) => people(t).map((p) => p.name);
  test('the surname Đoàn and the given names Công, Nghĩa', () => {
    expect(
      names(
        'Ông Đoàn Văn Việt, Phó Chủ tịch UBND tỉnh, cùng ông Nguyễn Công Thành và bà Trần Thị Nghĩa dự họp.',
      ),
    ).toEqual(['Đoàn Văn Việt', 'Nguyễn Công Thành', 'Trần Thị Nghĩa']);
  });
  test('an honorific opening a sentence is not the surname Ông', () => {
    expect(names('Ông Lê Văn Hưng – Giám đốc Sở Xây dựng cho biết tiến độ đạt yêu cầu.')).toEqual([
      'Lê Văn Hưng',
    ]);
  });
  test('a signature block', () => {
    expect(names('T/M BAN THƯỜNG VỤ\nBÍ THƯ\nĐoàn Thị Hậu')).toEqual(['Đoàn Thị Hậu']);
  });
  test('a delegation is not a person', () => {
    expect(names('Đoàn Công Tác Của Bộ Y Tế đã làm việc với tỉnh. Đoàn Thanh Niên tỉnh ra quân.')).toEqual(
      [],
    );
  });
});

describe('the guard before the run of capitalised words', () => {
  test('passes wherever the pattern matches', () => {
    const piece = fc.constantFrom(
      'Nguyễn',
      'Văn',
      'An',
      'ThS',
      "H'Hen",
      'Ā',
      'ā',
      'ban',
      'đó',
      ' ',
      '  ',
      '   ',
      '\t',
      "'",
      '.',
      '1',
      'Đ',
      'Ư',
      'ư',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const s = parts.join('');
        const { at: re, guard } = CAP_RUN_GUARD;
        for (let at = 0; at < s.length; at++) {
          re.lastIndex = at;
          if (re.exec(s)) expect(guard(s, at)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('given names that are also the words of a document', () => {
  test('"Nghị" and "Quyết" name people; "Nghị quyết" does not', () => {
    const r = extract(
      'Chủ tịch HĐND tỉnh Phạm Văn Nghị chủ trì kỳ họp, thông qua Nghị quyết về kế hoạch năm 2027.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nLê Đình Quyết',
    );
    expect(r.people.map((p) => p.name)).toEqual(['Phạm Văn Nghị', 'Lê Đình Quyết']);
  });
});

describe('"Đoàn" at the end of a full name', () => {
  test('"Cầm Văn Đoàn" is a person; "Đoàn công tác" is not', () => {
    const r = extract('Đồng chí Cầm Văn Đoàn, Bí thư Huyện ủy, làm Trưởng Đoàn công tác của tỉnh.');
    expect(r.people.map((p) => p.name)).toEqual(['Cầm Văn Đoàn']);
  });
});

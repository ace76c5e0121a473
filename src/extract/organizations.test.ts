import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  AGENCY_HEADS,
  AGENCY_NAMES,
  NAME_PAIR_SECONDS,
  NAME_WORDS,
  PROVINCE_AT,
  PROVINCE_WORDS,
  PROVINCES,
  TITLE_HEADS,
} from './gazetteer.ts';
import { extract } from './index.ts';
import { hitsOf, keywordHits } from './keywords.ts';
import { fold, normalize } from './normalize.ts';
import { endsWithLevel, findOrgMentions, TOKEN, tokenAt } from './organizations.ts';
import { findTitleHits } from './people.ts';
import { capitalStarts, titleCase } from './text.ts';

const names = (t: string) => extract(t).organizations.map((o) => o.name);

describe('organizations', () => {
  test('bodies that act, issue or are assigned', () => {
    expect(names('Bộ Tài chính phối hợp với Sở Kế hoạch và Đầu tư trình Chính phủ.')).toEqual([
      'Bộ Tài chính',
      'Sở Kế hoạch và Đầu tư',
      'Chính phủ',
    ]);
  });
  test('the lower-case spelling of a known body', () => {
    expect(names('Đề án sẽ trình Bộ chính trị trong năm nay.')).toEqual(['Bộ chính trị']);
  });
  test('a body inside a title is not an item', () => {
    expect(names('Phó Chủ tịch UBND tỉnh và Giám đốc Sở Y tế dự họp.')).toEqual([]);
    expect(names('Thủ tướng Chính phủ và Bộ trưởng Bộ Công an chỉ đạo.')).toEqual([]);
  });
  test('generic groups are not items', () => {
    expect(names('các sở, ngành và các Bộ, cơ quan ngang bộ thực hiện.')).toEqual([]);
    expect(names('Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm.')).toEqual([]);
  });
  test('the fullest form wins, abbreviations fold together', () => {
    const r = extract(
      'UBND tỉnh giao nhiệm vụ. Ủy ban nhân dân tỉnh Cao Bằng yêu cầu. Ủy ban nhân dân tỉnh nhận được.',
    );
    expect(r.organizations.map((o) => o.name)).toEqual(['Ủy ban nhân dân tỉnh Cao Bằng']);
  });
  test('an all-capital header names the issuing body', () => {
    expect(names('ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 10/KH-UBND')).toEqual(['Ủy ban nhân dân tỉnh Hà Giang']);
  });
  test('two bodies joined by "và" stay two', () => {
    expect(names('Ban Tuyên giáo Trung ương và Tổ biên tập nghiên cứu.')).toEqual([
      'Ban Tuyên giáo Trung ương',
      'Tổ biên tập',
    ]);
  });
  test('a generic head with a capitalised name', () => {
    expect(names('Cục Thuế tỉnh và Ban Quản lý dự án đầu tư xây dựng tổ chức thực hiện.')).toContain(
      'Cục Thuế tỉnh',
    );
  });
  test('not bodies: e-government, ban hành, Hội nghị', () => {
    expect(names('Xây dựng Chính phủ điện tử; ban hành kế hoạch; Hội nghị diễn ra.')).toEqual([]);
  });
  test('a party committee of a province', () => {
    expect(names('Ban Thường vụ Tỉnh ủy Nghệ An ban hành Nghị quyết.')).toEqual([
      'Ban Thường vụ Tỉnh ủy Nghệ An',
    ]);
  });
});

describe('bodies named inside a law', () => {
  test('"Luật Tổ chức Chính phủ" is a law', () => {
    expect(names('Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;')).toEqual([]);
  });
});

describe('recipients', () => {
  test('bodies listed under "Nơi nhận" receive a copy, they do not act', () => {
    expect(
      names(
        'Giao Sở Y tế chủ trì thực hiện kế hoạch này trong năm 2024.\nNơi nhận:\n- Bộ Tài chính;\n- Thường trực Tỉnh ủy;\n- Lưu: VT.',
      ),
    ).toEqual(['Sở Y tế']);
  });
});

describe('issuers that are offices', () => {
  test('"của Thủ tướng Chính phủ" names the office as issuer, no body', () => {
    const r = extract('Căn cứ Quyết định số 80/QĐ-TTg của Thủ tướng Chính phủ;');
    expect(r.documents[0].issuer).toBe('Thủ tướng Chính phủ');
    expect(r.organizations).toEqual([]);
  });
});

describe('generic heads', () => {
  test('a centre with its district', () => {
    expect(names('Trung tâm Y tế huyện Ba Vì thực hiện tiêm chủng.')).toEqual(['Trung tâm Y tế huyện Ba Vì']);
  });
  test('the nation, a code of law and places are not bodies', () => {
    expect(names('Bảo vệ Tổ Quốc theo Bộ Luật Hình sự; khách đến Hội An.')).toEqual([]);
  });
});

describe('where a name ends', () => {
  test('a document kind after "và" is not part of the body', () => {
    expect(
      names(
        'Thực hiện Kết luận số 12-KL/TW của Bộ Chính trị và Quy định số 131-QĐ/TW, Sở Y tế và Hướng dẫn số 3/HD-SYT.',
      ),
    ).toEqual(['Bộ Chính trị', 'Sở Y tế']);
    expect(names('Bộ Kế hoạch và Đầu tư, Bộ Văn hóa, Thể thao và Du lịch cùng tham gia.')).toEqual([
      'Bộ Kế hoạch và Đầu tư',
      'Bộ Văn hóa, Thể thao và Du lịch',
    ]);
  });
  test('the party unit of a body', () => {
    expect(names('Ban cán sự đảng UBND tỉnh và Đảng đoàn HĐND tỉnh lãnh đạo việc sắp xếp bộ máy.')).toEqual([
      'Ban cán sự đảng UBND tỉnh',
      'Đảng đoàn HĐND tỉnh',
    ]);
  });
});

describe('companies, local forces, standing bodies', () => {
  test('a company and a commune police', () => {
    expect(
      names(
        'Sở Công Thương chỉ đạo Công ty Điện lực Hà Giang; Công an xã phối hợp với Ban Chỉ huy Quân sự xã.',
      ),
    ).toEqual(['Sở Công Thương', 'Công ty Điện lực Hà Giang', 'Công an xã', 'Ban Chỉ huy Quân sự xã']);
  });
  test('the standing body of a council, not the standing role of a board', () => {
    expect(
      names(
        'Thường trực HĐND tỉnh giám sát. Sở Nội vụ (Thường trực Ban Thi đua - Khen thưởng tỉnh) tổng hợp.',
      ),
    ).toEqual(['Thường trực HĐND tỉnh', 'Sở Nội vụ', 'Ban Thi đua - Khen thưởng']);
  });
  test('a crop season is not a department', () => {
    expect(names('Vụ Đông Xuân 2026 - 2027, Vụ Kế hoạch - Tài chính hướng dẫn các địa phương.')).toEqual([
      'Vụ Kế hoạch - Tài chính',
    ]);
  });
});

describe('tries walked only where their first words start', () => {
  const names = [...AGENCY_NAMES, ...AGENCY_HEADS, ...TITLE_HEADS, ...PROVINCES.map((p) => p.name)];
  const cased = fc
    .tuple(fc.constantFrom(...names), fc.constantFrom('as is', 'upper', 'lower', 'title'))
    .map(([n, c]) =>
      c === 'upper' ? n.toUpperCase() : c === 'lower' ? n.toLowerCase() : c === 'title' ? titleCase(n) : n,
    );
  const glue = fc.constantFrom(
    ' ',
    '  ',
    ', ',
    '. ',
    '\n',
    ' và ',
    ' tỉnh ',
    ' huyện ',
    'x',
    '-',
    ' Nguyễn Văn A ',
    ' Theo ',
    '1',
  );
  const text = fc.array(fc.oneof(cased, glue), { maxLength: 24 }).map((parts) => normalize(parts.join('')));
  test('give what walking them at every capital gives', () => {
    fc.assert(
      fc.property(text, (t) => {
        const lower = t.toLowerCase();
        const hits = keywordHits(lower, t);
        const caps = hits.caps ?? capitalStarts(t);
        expect(findOrgMentions(t, lower, caps, hits)).toEqual(findOrgMentions(t, lower, caps));
        expect(findTitleHits(t, lower, caps, hits)).toEqual(findTitleHits(t, lower, caps));
        const provinceStarts = new Set(hitsOf(hits, PROVINCE_WORDS));
        for (const p of caps) {
          PROVINCE_AT.lastIndex = p;
          if (PROVINCE_AT.exec(lower)) expect(provinceStarts.has(p)).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('local services and abbreviations', () => {
  test('stations, a national park, a committee of an abbreviated city', () => {
    expect(
      names(
        'Trạm Khuyến nông huyện, Trạm Thú y huyện và Vườn quốc gia Ba Vì phối hợp; UBND TP Hồ Chí Minh chỉ đạo.',
      ),
    ).toEqual(['Trạm Khuyến nông', 'Trạm Thú y', 'Vườn quốc gia Ba Vì', 'UBND TP Hồ Chí Minh']);
  });
});

test('a pair of tokens is in NAME_WORDS only if its second folds into NAME_PAIR_SECONDS (the guard of genericTail)', () => {
  // Tokens as TOKEN_AT reads them: letters of the Vietnamese class, digits and apostrophes, in any case.
  const words = [...NAME_WORDS].flatMap((w) => w.split(' '));
  const letter = fc.constantFrom(..."aăâbdđeêghiklmnoôơpqrstuưvxyàáảãạđĐÁÀẢẠẤẦỂỆỜỞƯỨ0'".split(''));
  const token = fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom(...words).map((w) => w.toUpperCase()),
    fc.constantFrom(...words).map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
    fc.array(letter, { minLength: 1, maxLength: 8 }).map((l) => l.join('')),
  );
  fc.assert(
    fc.property(token, token, (a, b) => {
      if (NAME_WORDS.has(fold(`${a} ${b}`))) expect(NAME_PAIR_SECONDS.has(fold(b))).toBe(true);
    }),
    { numRuns: 5000 },
  );
  // Every two-word entry, in the forms the text may give it.
  for (const w of NAME_WORDS) {
    const [a, b, more] = w.split(' ');
    if (b === undefined || more !== undefined) continue;
    for (const [x, y] of [
      [a, b],
      [a.toUpperCase(), b.toUpperCase()],
    ]) {
      expect(NAME_WORDS.has(fold(`${x} ${y}`))).toBe(true);
      expect(NAME_PAIR_SECONDS.has(fold(y))).toBe(true);
    }
  }
});

test('endsWithLevel is /(?:level words)$/ on the lower-cased slice', () => {
  const levelEnd = /(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn)$/;
  const piece = fc.constantFrom(
    'Tỉnh',
    'tỉnh',
    'THÀNH PHỐ',
    'thành',
    ' ',
    'phố',
    'TP',
    'tp.',
    '.',
    'Xã',
    'thị',
    'xã',
    'trấn',
    'Σ',
    'a',
    'huyện',
    'Quận',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
      const text = parts.join('');
      const lower = text.toLowerCase();
      for (let a = 0; a <= text.length; a++)
        for (let b = a; b <= text.length; b++)
          expect(endsWithLevel(lower, a, b)).toBe(levelEnd.test(text.slice(a, b).toLowerCase()));
    }),
    { numRuns: 500 },
  );
});

test('tokenAt reads what the pattern it replaces matches, at every offset', () => {
  const tokenRe =
    /[ \t]{1,3}(?:-[ \t]{1,3})?([A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF'][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF0-9']*)/y;
  const piece = fc.constantFrom(
    ' ',
    '  ',
    '\t',
    '\n',
    '-',
    "'",
    'Sở',
    'tế',
    'y',
    '1',
    '2a',
    'Đ',
    ',',
    '.',
    '\u00a0',
    '\ud83d',
    'ǅ',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
      const s = parts.join('');
      for (let i = 0; i <= s.length; i++) {
        tokenRe.lastIndex = i;
        const m = tokenRe.exec(s);
        const end = tokenAt(s, i);
        if (!m) expect(end).toBe(-1);
        else {
          expect(end).toBe(tokenRe.lastIndex);
          expect(s.slice(TOKEN.start, end)).toBe(m[1]);
          expect(TOKEN.dashed).toBe(m[0].includes('-'));
        }
      }
    }),
    { numRuns: 2000 },
  );
});

describe('bodies named after the 2025 reorganisation', () => {
  test('"Thuế tỉnh …", "Thống kê tỉnh …", "Kho bạc Nhà nước khu vực XII"', () => {
    const r = extract(
      'UBND tỉnh giao Thuế tỉnh Gia Lai chủ trì, phối hợp với Thống kê tỉnh Gia Lai rà soát số thu; Kho bạc Nhà nước khu vực XII kiểm soát chi. Người dân nộp thuế đầy đủ.',
    );
    expect(r.organizations.map((o) => o.name)).toEqual([
      'UBND tỉnh',
      'Thuế tỉnh Gia Lai',
      'Thống kê tỉnh Gia Lai',
      'Kho bạc Nhà nước khu vực XII',
    ]);
  });
});

describe('a body named again by its initials, and bodies of the mass organisations', () => {
  test('"Sở Giao thông vận tải (GTVT) … Sở GTVT" is one body', () => {
    const r = extract(
      'Sở Giao thông vận tải (GTVT) tỉnh Quảng Ngãi tổ chức hội nghị tổng kết năm 2026. Sở GTVT phối hợp với Sở Tài chính rà soát vốn.',
    );
    expect(r.organizations.map((o) => [o.name, o.abbreviation])).toEqual([
      ['Sở Giao thông vận tải', 'Sở GTVT'],
      ['Sở Tài chính', undefined],
    ]);
  });

  test('the border guard, the cooperative alliance and the youth union of a commune', () => {
    const r = extract(
      'Chi cục Thủy sản phối hợp với Bộ đội Biên phòng tỉnh tuần tra vùng biển. Liên minh Hợp tác xã tỉnh mở lớp bồi dưỡng. Công an xã phối hợp với Đoàn Thanh niên Cộng sản Hồ Chí Minh xã hỗ trợ người dân.',
    );
    expect(r.organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'Bộ đội Biên phòng tỉnh',
        'Liên minh Hợp tác xã tỉnh',
        'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
      ]),
    );
  });
});

describe('bodies named in the name of an event or a venue', () => {
  test('"Đại hội đại biểu Đảng bộ tỉnh …" and "Trung tâm Hội nghị tỉnh" name no acting body', () => {
    const r = extract(
      'Sáng 12-10, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Đảng bộ tỉnh Sơn La lần thứ XVI khai mạc. Ban Chấp hành Đảng bộ tỉnh trình báo cáo chính trị.',
    );
    expect(r.organizations.map((o) => o.name)).toEqual(['Ban Chấp hành Đảng bộ tỉnh']);
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { kindAtEnd, kindBefore } from './documents.ts';
import { extract } from './index.ts';

const docs = (t: string) => extract(t).documents;
const symbols = (t: string) => docs(t).map((d) => d.symbol ?? d.title);

describe('documents: number-symbol forms (Nghị định 30/2020, Hướng dẫn 36-HD/VPTW)', () => {
  test.each([
    ['Ban Thường vụ quán triệt Nghị quyết số 19-NQ/TW về nông nghiệp.', '19-NQ/TW', 'Nghị quyết'],
    ['Thực hiện Kết luận số 202-KL/TW của Ban Bí thư.', '202-KL/TW', 'Kết luận'],
    ['Theo Chỉ thị số 32-CT/TU của Tỉnh ủy Lạng Sơn.', '32-CT/TU', 'Chỉ thị'],
    ['Chương trình hành động số 05-CTr/TU được ban hành kịp thời.', '05-CTr/TU', 'Chương trình hành động'],
    ['Căn cứ Nghị định số 45/2020/NĐ-CP về thủ tục hành chính.', '45/2020/NĐ-CP', 'Nghị định'],
    ['Ủy ban ban hành Quyết định số 1234/QĐ-UBND phê duyệt danh mục.', '1234/QĐ-UBND', 'Quyết định'],
    ['Luật số 81/2023/QH15 có hiệu lực từ năm sau.', '81/2023/QH15', 'Luật'],
    ['Văn phòng gửi Công văn số 15/UBND-VP tới các huyện.', '15/UBND-VP', 'Công văn'],
    ['Kèm theo Tờ trình số 06/TTr.SKHĐT của Sở.', '06/TTr.SKHĐT', 'Tờ trình'],
    ['Bộ đã có Thông tư số 01/2021/TT-BTC hướng dẫn.', '01/2021/TT-BTC', 'Thông tư'],
    ['Xem Hướng dẫn số 36-HD/VPTW của Văn phòng Trung ương Đảng.', '36-HD/VPTW', 'Hướng dẫn'],
    ['Quy định số 08-QĐi/TW về trách nhiệm nêu gương.', '08-QĐi/TW', 'Quy định'],
    ['Pháp lệnh số 02/2022/UBTVQH15 đã được thông qua.', '02/2022/UBTVQH15', 'Pháp lệnh'],
    ['Công điện số 12/CĐ-TTg yêu cầu ứng phó bão.', '12/CĐ-TTg', 'Công điện'],
    [
      'Chương trình giảm nghèo theo Nghị quyết số 30a/2008/NQ-CP của Chính phủ.',
      '30a/2008/NQ-CP',
      'Nghị quyết',
    ],
  ])('%s', (text, symbol, kind) => {
    const d = docs(text);
    expect(d).toHaveLength(1);
    expect(d[0].symbol).toBe(symbol);
    expect(d[0].kind).toBe(kind);
    expect(text.slice(d[0].span[0], d[0].span[1])).toBe(symbol);
  });

  test('kind from the abbreviation when no word names it', () => {
    const d = docs('Các Nghị quyết của Hội đồng nhân dân tỉnh: số 12/NQ-HĐND và số 13/KH-UBND đã ban hành.');
    expect(d.map((x) => [x.symbol, x.kind])).toEqual([
      ['12/NQ-HĐND', 'Nghị quyết'],
      ['13/KH-UBND', 'Kế hoạch'],
    ]);
  });

  test('date and issuer after the symbol', () => {
    const [d] = docs(
      'Triển khai Nghị quyết số 26-NQ/TW ngày 05/8/2008 của Ban Chấp hành Trung ương Đảng về nông dân.',
    );
    expect(d).toMatchObject({
      symbol: '26-NQ/TW',
      date: '2008-08-05',
      issuer: 'Ban Chấp hành Trung ương Đảng',
    });
    const [e] = docs('Quyết định số 99/QĐ-TTg, ngày 2 tháng 3 năm 2021 của Thủ tướng Chính phủ');
    expect(e.date).toBe('2021-03-02');
  });

  test('issuer from the symbol when the text does not name it', () => {
    expect(docs('theo Nghị định số 10/2024/NĐ-CP')[0].issuer).toBe('Chính phủ');
    expect(docs('theo Quyết định 77/QĐ-TTg')[0].issuer).toBe('Thủ tướng Chính phủ');
    expect(docs('xem Văn bản 400/BYT-KH')[0].issuer).toBe('Bộ Y tế');
  });

  test('symbol on the line after the kind word in a capitalised heading', () => {
    const d = docs('KẾ HOẠCH TRIỂN KHAI NGHỊ QUYẾT SỐ\n52/2022/QH15 CỦA QUỐC HỘI');
    expect(d).toMatchObject([{ symbol: '52/2022/QH15', kind: 'Nghị quyết', issuer: 'QUỐC HỘI' }]);
  });

  test('symbol broken after its hyphen by a hard line wrap', () => {
    expect(symbols('ban hành Kế hoạch số 77/KH-\nUBND ngày 1/2/2023')).toEqual(['77/KH-UBND']);
  });

  test("the text's own number in its header takes the header date", () => {
    const [d] = docs('Số: 185/KH-UBND\nLạng Sơn, ngày 3 tháng 5 năm 2021\nKẾ HOẠCH');
    expect(d).toMatchObject({ symbol: '185/KH-UBND', date: '2021-05-03', kind: 'Kế hoạch' });
  });

  test('one item per symbol however often it is cited', () => {
    expect(symbols('Nghị quyết 19-NQ/TW ... thực hiện Nghị quyết số 19-NQ/TW')).toEqual(['19-NQ/TW']);
  });

  test.each([
    ['tỷ lệ 13/63 tỉnh đạt chuẩn'],
    ['khoảng 2/3 số xã'],
    ['COVID-19 lan rộng'],
    ['giai đoạn 2021-2025'],
    ['Nghị quyết 11 của Bộ Chính trị'],
    ['đường 1/5 ở thành phố'],
  ])('not a symbol: %s', (text) => {
    expect(docs(text)).toEqual([]);
  });
});

describe('documents: quoted titles', () => {
  test('kind word before the quotes', () => {
    const d = docs('Tỉnh xây dựng Đề án "Phát triển du lịch cộng đồng giai đoạn 2021-2025" trình Tỉnh ủy.');
    expect(d).toMatchObject([{ kind: 'Đề án', title: 'Phát triển du lịch cộng đồng giai đoạn 2021-2025' }]);
  });
  test('kind word inside curly quotes', () => {
    const d = docs('Ban hành kèm theo Quyết định này “Chương trình chuyển đổi số ngành giáo dục năm 2024”.');
    expect(d).toMatchObject([
      { kind: 'Chương trình', title: 'Chương trình chuyển đổi số ngành giáo dục năm 2024' },
    ]);
  });
  test('quoted words that are not a title', () => {
    expect(docs('đây vẫn là "điểm nghẽn" của vùng và là “lõi nghèo” cả nước')).toEqual([]);
  });
  test('a title hard-wrapped across a line, but not across a blank line', () => {
    expect(
      docs('Sở triển khai Đề án "Nâng cao kỹ năng số cho cán bộ\ncấp xã giai đoạn 2026 - 2030".'),
    ).toMatchObject([
      { kind: 'Đề án', title: 'Nâng cao kỹ năng số cho cán bộ cấp xã giai đoạn 2026 - 2030' },
    ]);
    expect(docs('Đề án "Nâng cao kỹ năng số\n\ncho cán bộ cấp xã".')).toEqual([]);
  });
});

describe('documents: a header in capitals', () => {
  test('"SGD&ĐT" in a symbol; the header body issues in its display form', () => {
    const d = docs(
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 318/BC-SGD&ĐT\nNgày 12 tháng 6 năm 2026\nBÁO CÁO\nTổng kết năm học.',
    );
    expect(d).toMatchObject([
      { symbol: '318/BC-SGD&ĐT', kind: 'Báo cáo', date: '2026-06-12', issuer: 'Sở Giáo dục và Đào tạo' },
    ]);
  });
});

describe('documents: spacing copied from the web', () => {
  test('spaces around the hyphen are dropped from the symbol', () => {
    expect(symbols('Thực hiện Nghị quyết số 11 - NQ/TW và Nghị định 45/2020/NĐ - CP.')).toEqual([
      '11-NQ/TW',
      '45/2020/NĐ-CP',
    ]);
  });
});

test('kindBefore, with its guard on the last letter, is kindAtEnd of the 60 characters before', () => {
  const piece = fc.constantFrom(
    'nghị quyết',
    'quyết định',
    'kế hoạch',
    'văn bản',
    'công văn',
    'số',
    'số:',
    ':',
    ' ',
    '  ',
    '\n',
    '\t',
    'x',
    'ạ',
    '1',
    'ố',
    's',
    'nghị',
    'định',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const lower = parts.join('');
      for (let start = 0; start <= lower.length; start++)
        expect(kindBefore(lower, start)).toBe(kindAtEnd(lower.slice(Math.max(0, start - 60), start)));
    }),
    { numRuns: 1000 },
  );
});

describe('a slogan in quotes', () => {
  test('"chương trình "1 phải 5 giảm"" is a farming practice, not a document', () => {
    const r = extract(
      'Vụ này, diện tích áp dụng chương trình "1 phải 5 giảm" trên địa bàn tỉnh đạt 85.000 ha.',
    );
    expect(r.documents).toEqual([]);
  });
});

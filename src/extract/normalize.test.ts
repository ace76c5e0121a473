import { describe, expect, test } from 'vitest';
import { extract, fold, normalize } from './index.ts';

describe('normalize', () => {
  test('NFD input becomes NFC', () => {
    const nfd = 'Nghị quyết'.normalize('NFD');
    expect(normalize(nfd)).toBe('Nghị quyết');
  });
  test('tone marks on oa, oe, uy move to the traditional place; quý keeps its mark', () => {
    expect(normalize('hoà bình, khoẻ mạnh, thuỷ lợi, Uỷ ban, quý IV, hoàn thành')).toBe(
      'hòa bình, khỏe mạnh, thủy lợi, Ủy ban, quý IV, hoàn thành',
    );
    expect(normalize('HOÀ BÌNH')).toBe('HÒA BÌNH');
  });
  test('legacy Ð, spaces, quotes, dashes, CRLF', () => {
    expect(normalize('\u00d0ảng\u00a0bộ “xanh” – ‘sạch’\r\nhết')).toBe('Đảng bộ "xanh" - \'sạch\' \nhết');
  });
  test('length equals the NFC length, so spans stay valid', () => {
    for (const s of ['a\r\nb\rc', 'hoà\u00a0thuỷ', 'Ð“x”', 'İstanbul', 'ti\u0301nh'.normalize('NFD')]) {
      expect(normalize(s).length).toBe(s.normalize('NFC').length);
      expect(normalize(s).toLowerCase().length).toBe(normalize(s).length);
    }
  });
  test('a mapped character before decomposed letters: both are handled', () => {
    // The no-break space comes first, the decomposed "ị" and "ò" after it.
    const mixed = `Sở\u00a0${'Nghị quyết hoà nhập'.normalize('NFD')}`;
    expect(normalize(mixed)).toBe('Sở Nghị quyết hòa nhập');
    expect(normalize('Hà Nội, Thanh Hóa')).toBe('Hà Nội, Thanh Hóa');
  });
  test('fold removes case and diacritics, đ → d', () => {
    expect(fold('Đô thị HÓA Ủy ban')).toBe('do thi hoa uy ban');
  });
});

describe('extraction is the same for every spelling of the same text', () => {
  const base = 'Ủy ban nhân dân tỉnh Khánh Hòa giao Sở Tài chính chủ trì thực hiện trong quý II/2025.';
  const variants = [
    base.normalize('NFD'),
    base.replace('Ủy', 'Uỷ').replace('Hòa', 'Hoà'),
    base.replace(/ /g, '\u00a0'),
    base.replace('Đ', '\u00d0'),
  ];
  test.each(variants)('%#', (v) => {
    const a = extract(base);
    const b = extract(v);
    expect(b.organizations.map((o) => o.name)).toEqual(a.organizations.map((o) => o.name));
    expect(b.dates.map((d) => d.value)).toEqual(['2025-Q2']);
    expect(b.tasks.length).toBe(a.tasks.length);
  });
  test('spans index the normalised text', () => {
    const input = 'Ngày 01/7/2004\r\nBộ Chính trị ban hành Nghị quyết số 37-NQ/TW.';
    const r = extract(input);
    const n = normalize(input);
    for (const d of r.dates) expect(n.slice(d.span[0], d.span[1])).toBe(d.text);
    for (const d of r.documents) expect(n.slice(d.span[0], d.span[1])).toBe(d.symbol);
    for (const o of r.organizations) expect(n.slice(o.span[0], o.span[1])).toBe(o.name);
  });
});

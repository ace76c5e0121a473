import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAdminUnits, DEFAULT_CSV, DEFAULT_JSON, slugify } from './build-admin-units.ts';

const CSV = `former_gso_code,former_name,former_kind,successor_name,successor_kind
06,Bắc Kạn,tỉnh,Thái Nguyên,tỉnh
19,Thái Nguyên,tỉnh,Thái Nguyên,tỉnh
04,Cao Bằng,tỉnh,Cao Bằng,tỉnh
74,Bình Dương,tỉnh,Hồ Chí Minh,thành phố
`;

describe('slugify', () => {
  it('makes ASCII keys from Vietnamese names', () => {
    expect(slugify('Bắc Kạn')).toBe('bac-kan');
    expect(slugify('Đắk Lắk')).toBe('dak-lak');
    expect(slugify('Bà Rịa - Vũng Tàu')).toBe('ba-ria-vung-tau');
    expect(slugify('Thừa Thiên Huế'.normalize('NFD'))).toBe('thua-thien-hue');
  });
});

describe('buildAdminUnits', () => {
  it('keeps unchanged units as one row and splits merged ones into former and new rows', () => {
    const rows = buildAdminUnits(CSV);
    expect(rows.map((r) => [r.key, r.gsoCode, r.validFrom, r.validTo, r.successorKey])).toEqual([
      ['cao-bang', '04', null, null, null],
      ['bac-kan', '06', null, '2025-06-30', 'thai-nguyen-2025'],
      ['thai-nguyen', '19', null, '2025-06-30', 'thai-nguyen-2025'],
      ['binh-duong', '74', null, '2025-06-30', 'ho-chi-minh-2025'],
      ['thai-nguyen-2025', null, '2025-07-01', null, null],
      ['ho-chi-minh-2025', null, '2025-07-01', null, null],
    ]);
    expect(rows.find((r) => r.key === 'ho-chi-minh-2025')?.kind).toBe('thành phố');
  });
  it('rejects a malformed file', () => {
    expect(() => buildAdminUnits('code,name\n01,Hà Nội')).toThrow(/header/);
    expect(() => buildAdminUnits(`${CSV}99,Nơi nào,huyện,Nơi nào,tỉnh\n`)).toThrow(/kind/);
  });
  it.skipIf(!existsSync(DEFAULT_CSV))('data/admin-units.json is up to date with ../shared', () => {
    const built = buildAdminUnits(readFileSync(DEFAULT_CSV, 'utf8'));
    expect(JSON.parse(readFileSync(DEFAULT_JSON, 'utf8'))).toEqual(built);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type AdminUnit,
  currentUnits,
  findUnitByName,
  formerUnits,
  historyKeys,
  rollUpKey,
  unitOn,
  unitsOn,
} from './adminUnits.ts';
import { isIsoDate } from './dates.ts';

const units: AdminUnit[] = JSON.parse(
  readFileSync(new URL('../../data/admin-units.json', import.meta.url), 'utf8'),
);
const get = (key: string) => units.find((u) => u.key === key)!;

describe('data/admin-units.json', () => {
  it('holds 86 rows: 11 unchanged, 52 former members, 23 merged units', () => {
    expect(units).toHaveLength(86);
    expect(units.filter((u) => u.validTo === null && u.validFrom === null)).toHaveLength(11);
    expect(units.filter((u) => u.validTo === '2025-06-30')).toHaveLength(52);
    expect(units.filter((u) => u.validFrom === '2025-07-01')).toHaveLength(23);
  });
  it('has unique ASCII keys, NFC names and consistent fields', () => {
    const keys = new Set(units.map((u) => u.key));
    expect(keys.size).toBe(units.length);
    for (const u of units) {
      expect(u.key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(u.name.normalize('NFC')).toBe(u.name);
      expect(['tỉnh', 'thành phố']).toContain(u.kind);
      expect(u.level).toBe('province');
      if (u.validFrom !== null) expect(isIsoDate(u.validFrom)).toBe(true);
      if (u.validTo !== null) expect(isIsoDate(u.validTo)).toBe(true);
      // a unit ends exactly when it has a successor, and the successor starts the next day
      expect(u.validTo === null).toBe(u.successorKey === null);
      if (u.successorKey !== null) {
        expect(keys.has(u.successorKey)).toBe(true);
        expect(get(u.successorKey).validFrom).toBe('2025-07-01');
      }
      // codes are known for former units only
      expect(u.gsoCode === null).toBe(u.validFrom === '2025-07-01');
    }
    expect(new Set(units.map((u) => u.gsoCode).filter((c) => c !== null)).size).toBe(63);
  });
  it('the six centrally-run cities since 1/7/2025', () => {
    expect(
      currentUnits(units)
        .filter((u) => u.kind === 'thành phố')
        .map((u) => u.name)
        .sort(),
    ).toEqual(['Cần Thơ', 'Hà Nội', 'Hải Phòng', 'Huế', 'Hồ Chí Minh', 'Đà Nẵng'].sort());
  });
  it('Huế is one unchanged row, a city with code 46', () => {
    expect(units.filter((u) => u.name === 'Huế')).toEqual([
      {
        key: 'hue',
        name: 'Huế',
        kind: 'thành phố',
        level: 'province',
        gsoCode: '46',
        validFrom: null,
        validTo: null,
        successorKey: null,
      },
    ]);
  });
  it('Thái Nguyên (2025) is made of Bắc Kạn and the former Thái Nguyên', () => {
    expect(get('thai-nguyen-2025')).toMatchObject({ name: 'Thái Nguyên', kind: 'tỉnh', gsoCode: null });
    expect(get('bac-kan')).toMatchObject({
      gsoCode: '06',
      validTo: '2025-06-30',
      successorKey: 'thai-nguyen-2025',
    });
    expect(get('thai-nguyen')).toMatchObject({ gsoCode: '19', successorKey: 'thai-nguyen-2025' });
    expect(get('ba-ria-vung-tau')).toMatchObject({
      name: 'Bà Rịa - Vũng Tàu',
      successorKey: 'ho-chi-minh-2025',
    });
    expect(get('ho-chi-minh-2025')).toMatchObject({ kind: 'thành phố' });
    expect(get('hai-duong')).toMatchObject({ kind: 'tỉnh', successorKey: 'hai-phong-2025' });
  });
});

describe('currentUnits / formerUnits / unitsOn', () => {
  it('34 current units, 63 former ones', () => {
    expect(currentUnits(units)).toHaveLength(34);
    expect(formerUnits(units)).toHaveLength(63);
    expect(formerUnits(units).every((u) => u.gsoCode !== null)).toBe(true);
  });
  it('unitsOn the eve and the day of the merger', () => {
    expect(unitsOn(units, '2025-06-30')).toHaveLength(63);
    expect(unitsOn(units, '2025-07-01')).toHaveLength(34);
    expect(unitsOn(units, '2004-07-01')).toHaveLength(63);
  });
  it('with no reorganisation in the rows, formerUnits are all of them', () => {
    const hanoi = [get('ha-noi')];
    expect(formerUnits(hanoi)).toEqual(hanoi);
  });
});

describe('unitOn and rollUpKey', () => {
  it('a former province is itself until 30/6/2025, then its successor', () => {
    expect(unitOn(units, 'bac-kan', '2024-12-31')?.key).toBe('bac-kan');
    expect(unitOn(units, 'bac-kan', '2025-06-30')?.key).toBe('bac-kan');
    expect(unitOn(units, 'bac-kan', '2025-07-01')?.key).toBe('thai-nguyen-2025');
    expect(rollUpKey(units, 'bac-kan', '2025-09-30')).toBe('thai-nguyen-2025');
    expect(rollUpKey(units, 'thai-nguyen', '2026-01-01')).toBe('thai-nguyen-2025');
    expect(rollUpKey(units, 'thai-nguyen', '2022-02-10')).toBe('thai-nguyen');
  });
  it('an unchanged unit is always itself', () => {
    expect(rollUpKey(units, 'cao-bang', '2020-01-01')).toBe('cao-bang');
    expect(rollUpKey(units, 'cao-bang', '2030-01-01')).toBe('cao-bang');
    expect(rollUpKey(units, 'hue', '2026-05-01')).toBe('hue');
  });
  it('a merged unit did not exist before 1/7/2025; unknown keys give null', () => {
    expect(unitOn(units, 'thai-nguyen-2025', '2025-06-30')).toBeNull();
    expect(unitOn(units, 'thai-nguyen-2025', '2025-07-01')?.name).toBe('Thái Nguyên');
    expect(rollUpKey(units, 'quang-binh-2025', '2025-07-01')).toBeNull();
  });
  it('follows successors transitively', () => {
    const chain: AdminUnit[] = [
      { ...get('bac-kan'), validTo: '2010-12-31', successorKey: 'a' },
      {
        ...get('thai-nguyen-2025'),
        key: 'a',
        validFrom: '2011-01-01',
        validTo: '2020-12-31',
        successorKey: 'b',
      },
      { ...get('thai-nguyen-2025'), key: 'b', validFrom: '2021-01-01' },
    ];
    expect(rollUpKey(chain, 'bac-kan', '2015-06-01')).toBe('a');
    expect(rollUpKey(chain, 'bac-kan', '2022-06-01')).toBe('b');
    expect(historyKeys(chain, 'b')).toEqual(['b', 'a', 'bac-kan']);
  });
  it('fails loudly on a successor cycle', () => {
    const cycle: AdminUnit[] = [
      { ...get('bac-kan'), key: 'x', validTo: '2000-01-01', successorKey: 'y' },
      { ...get('bac-kan'), key: 'y', validTo: '2000-01-01', successorKey: 'x' },
    ];
    expect(() => unitOn(cycle, 'x', '2020-01-01')).toThrow(/cycle/);
  });
});

describe('historyKeys', () => {
  it('the new Thái Nguyên includes former Bắc Kạn and former Thái Nguyên', () => {
    expect(historyKeys(units, 'thai-nguyen-2025').sort()).toEqual([
      'bac-kan',
      'thai-nguyen',
      'thai-nguyen-2025',
    ]);
    expect(historyKeys(units, 'thai-nguyen-2025')[0]).toBe('thai-nguyen-2025');
  });
  it('Hồ Chí Minh (2025) includes Bình Dương and Bà Rịa - Vũng Tàu', () => {
    expect(historyKeys(units, 'ho-chi-minh-2025').sort()).toEqual([
      'ba-ria-vung-tau',
      'binh-duong',
      'ho-chi-minh',
      'ho-chi-minh-2025',
    ]);
  });
  it('every former member appears in exactly one current unit’s history', () => {
    const all = currentUnits(units).flatMap((u) => historyKeys(units, u.key));
    expect(all).toHaveLength(86);
    expect(new Set(all).size).toBe(86);
  });
  it('an unchanged or former unit is just itself; unknown keys give nothing', () => {
    expect(historyKeys(units, 'ha-noi')).toEqual(['ha-noi']);
    expect(historyKeys(units, 'bac-kan')).toEqual(['bac-kan']);
    expect(historyKeys(units, 'khong-co')).toEqual([]);
  });
});

describe('findUnitByName', () => {
  it('matches names as people write them', () => {
    expect(findUnitByName(units, 'Tỉnh Bắc Kạn')?.key).toBe('bac-kan');
    expect(findUnitByName(units, 'bac kan')?.key).toBe('bac-kan');
    expect(findUnitByName(units, 'Hoà Bình')?.key).toBe('hoa-binh');
    expect(findUnitByName(units, 'TP. Hồ Chí Minh')?.key).toBe('ho-chi-minh-2025');
    expect(findUnitByName(units, 'Thừa Thiên Huế')?.key).toBe('hue');
    expect(findUnitByName(units, 'Bà Rịa – Vũng Tàu'.replace('–', '-'))?.key).toBe('ba-ria-vung-tau');
    expect(findUnitByName(units, 'Atlantis')).toBeNull();
  });
  it('with a date, the unit of that name valid then', () => {
    expect(findUnitByName(units, 'Thái Nguyên', '2022-02-10')?.key).toBe('thai-nguyen');
    expect(findUnitByName(units, 'Thái Nguyên', '2025-08-01')?.key).toBe('thai-nguyen-2025');
    expect(findUnitByName(units, 'Thái Nguyên')?.key).toBe('thai-nguyen-2025');
    expect(findUnitByName(units, 'Bắc Kạn', '2025-08-01')).toBeNull();
  });
});

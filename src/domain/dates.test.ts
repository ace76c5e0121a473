import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  daysInMonth,
  formatDateVi,
  isIsoDate,
  isoDateOf,
  isoFromParts,
  isoParts,
  lastDayOfMonth,
  lastDayOfQuarter,
  lastDayOfYear,
  parseVietnameseDate,
} from './dates.ts';

describe('isIsoDate', () => {
  it('accepts real calendar dates', () => {
    expect(isIsoDate('2022-02-10')).toBe(true); // Nghị quyết 11-NQ/TW
    expect(isIsoDate('2004-07-01')).toBe(true); // Nghị quyết 37-NQ/TW
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });
  it('rejects impossible days and other shapes', () => {
    expect(isIsoDate('2025-02-31')).toBe(false);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-00-10')).toBe(false);
    expect(isIsoDate('2025-1-5')).toBe(false);
    expect(isIsoDate('10/02/2022')).toBe(false);
    expect(isIsoDate('2025-06-30T00:00:00Z')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate(20250630)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('parseVietnameseDate', () => {
  it.each([
    ['10/02/2022', '2022-02-10'],
    ['10/2/2022', '2022-02-10'],
    ['1/7/2004', '2004-07-01'],
    ['30-06-2023', '2023-06-30'],
    ['30.06.2023', '2023-06-30'],
    [' 05/11/2025 ', '2025-11-05'],
    ['2025-07-01', '2025-07-01'],
    ['ngày 01 tháng 7 năm 2004', '2004-07-01'],
    ['Ngày 12 tháng 6 năm 2025', '2025-06-12'],
    ['29/2/2024', '2024-02-29'],
  ])('%s → %s', (text, iso) => {
    expect(parseVietnameseDate(text)).toBe(iso);
  });

  it.each([
    '31/02/2025',
    '29/02/2025',
    '32/01/2025',
    '15/13/2025',
    '0/1/2025',
    '2025-02-31',
    '10/2',
    '10/02/22',
    'mười tháng hai',
    '',
  ])('%s → null', (text) => {
    expect(parseVietnameseDate(text)).toBeNull();
  });

  it('reads decomposed (NFD) input like NFC', () => {
    expect(parseVietnameseDate('ngày 01 tháng 7 năm 2004'.normalize('NFD'))).toBe('2004-07-01');
  });
});

describe('formatDateVi', () => {
  it('shows dd/mm/yyyy', () => {
    expect(formatDateVi('2022-02-10')).toBe('10/02/2022');
    expect(formatDateVi('2025-12-31')).toBe('31/12/2025');
  });
  it('refuses what is not an ISO date', () => {
    expect(() => formatDateVi('2025-02-31')).toThrow(RangeError);
    expect(() => formatDateVi('10/02/2022')).toThrow(RangeError);
  });
  it('round-trips with parseVietnameseDate', () => {
    for (const iso of ['2020-12-31', '2004-07-01', '2024-02-29']) {
      expect(parseVietnameseDate(formatDateVi(iso))).toBe(iso);
    }
  });
});

describe('month, quarter and year ends', () => {
  it('lastDayOfMonth knows leap years', () => {
    expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29');
    expect(lastDayOfMonth(2025, 2)).toBe('2025-02-28');
    expect(lastDayOfMonth(2023, 6)).toBe('2023-06-30');
    expect(lastDayOfMonth(2025, 12)).toBe('2025-12-31');
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(() => lastDayOfMonth(2025, 13)).toThrow(RangeError);
  });
  it('lastDayOfQuarter', () => {
    expect(lastDayOfQuarter(2020, 1)).toBe('2020-03-31');
    expect(lastDayOfQuarter(2020, 2)).toBe('2020-06-30');
    expect(lastDayOfQuarter(2020, 3)).toBe('2020-09-30');
    expect(lastDayOfQuarter(2020, 4)).toBe('2020-12-31');
    expect(() => lastDayOfQuarter(2020, 5)).toThrow(RangeError);
    expect(() => lastDayOfQuarter(2020, 0)).toThrow(RangeError);
  });
  it('lastDayOfYear', () => {
    expect(lastDayOfYear(2030)).toBe('2030-12-31');
  });
});

describe('daysBetween and addDays', () => {
  it('counts signed whole days', () => {
    expect(daysBetween('2025-06-30', '2025-07-01')).toBe(1);
    expect(daysBetween('2025-07-01', '2025-06-30')).toBe(-1);
    expect(daysBetween('2025-01-01', '2025-01-01')).toBe(0);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    // 37-NQ/TW (1/7/2004) to 11-NQ/TW (10/2/2022): "after 17 years"
    expect(daysBetween('2004-07-01', '2022-02-10')).toBe(6433);
  });
  it('is not moved by daylight-saving changes of the host', () => {
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
  });
  it('addDays crosses months and years', () => {
    expect(addDays('2025-06-30', 1)).toBe('2025-07-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
  it('throws on bad input', () => {
    expect(() => daysBetween('2025-02-31', '2025-03-01')).toThrow(RangeError);
  });
});

describe('parts and time zones', () => {
  it('isoParts / isoFromParts', () => {
    expect(isoParts('2025-07-01')).toEqual({ year: 2025, month: 7, day: 1 });
    expect(isoFromParts(2025, 2, 31)).toBeNull();
    expect(isoFromParts(2025, 2, 28)).toBe('2025-02-28');
    expect(isoFromParts(5, 1, 1)).toBe('0005-01-01');
  });
  it("isoDateOf gives Vietnam's calendar day", () => {
    // 18:00 UTC on 30/6 is already 1/7 in Hà Nội.
    expect(isoDateOf(new Date('2025-06-30T18:00:00Z'))).toBe('2025-07-01');
    expect(isoDateOf(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
    expect(isoDateOf(new Date('2025-06-30T18:00:00Z'), 'UTC')).toBe('2025-06-30');
  });
});

import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatRate,
  formatValue,
  parseNumber,
  romanQuarter,
} from './format.ts';

describe('formatDate', () => {
  it('shows ISO dates as dd/mm/yyyy without shifting the day', () => {
    expect(formatDate('2022-02-10')).toBe('10/02/2022');
    expect(formatDate('2004-07-01')).toBe('01/07/2004');
  });
  it('shows nothing known as a dash', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('')).toBe('—');
  });
  it('shows a moment as its local day and time', () => {
    const iso = new Date(2025, 5, 30, 9, 5).toISOString();
    expect(formatDate(iso)).toBe('30/06/2025');
    expect(formatDateTime(iso)).toBe('30/06/2025 09:05');
  });
});

describe('numbers', () => {
  it('uses the decimal comma and the thousands dot in Vietnamese', () => {
    expect(formatNumber(40.5, 'vi')).toBe('40,5');
    expect(formatNumber(12000, 'vi')).toBe('12.000');
    expect(formatNumber(1234567.891, 'vi')).toBe('1.234.567,89');
  });
  it('uses the decimal point in English', () => {
    expect(formatNumber(40.5, 'en')).toBe('40.5');
    expect(formatNumber(12000, 'en')).toBe('12,000');
  });
  it('formats percentages and rates', () => {
    expect(formatPercent(40.5, 'vi')).toBe('40,5%');
    expect(formatPercent(45, 'vi')).toBe('45%');
    expect(formatRate(0.405, 'vi')).toBe('40,5%');
    expect(formatRate(null, 'vi')).toBe('—');
    expect(formatPercent(40.5, 'en')).toBe('40.5%');
  });
  it('puts the unit after the value', () => {
    expect(formatValue(40.5, '%', 'vi')).toBe('40,5%');
    expect(formatValue(12000, 'tỷ đồng', 'vi')).toBe('12.000 tỷ đồng');
    expect(formatValue(null, '%', 'vi')).toBe('—');
  });
});

describe('parseNumber', () => {
  it('reads what Vietnamese officials type', () => {
    expect(parseNumber('40,5', 'vi')).toBe(40.5);
    expect(parseNumber('12.000', 'vi')).toBe(12000);
    expect(parseNumber('12.000,75', 'vi')).toBe(12000.75);
    expect(parseNumber('40.5', 'vi')).toBe(40.5);
    expect(parseNumber(' 45 ', 'vi')).toBe(45);
    expect(parseNumber('-3,2', 'vi')).toBe(-3.2);
  });
  it('reads English numbers', () => {
    expect(parseNumber('40.5', 'en')).toBe(40.5);
    expect(parseNumber('12,000', 'en')).toBe(12000);
  });
  it('refuses what is not a number', () => {
    expect(parseNumber('', 'vi')).toBeNull();
    expect(parseNumber('abc', 'vi')).toBeNull();
    expect(parseNumber('4,5,6', 'vi')).toBeNull();
    expect(parseNumber('40%', 'vi')).toBeNull();
  });
});

it('writes quarters in Roman numerals', () => {
  expect(romanQuarter(4)).toBe('IV');
  expect(romanQuarter(1)).toBe('I');
});

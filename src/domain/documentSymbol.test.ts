import { describe, expect, it } from 'vitest';
import { symbolKey } from './documentSymbol.ts';

describe('symbolKey', () => {
  it('folds case, spacing, separators and a leading "số"', () => {
    for (const s of ['11-NQ/TW', '11 nq/tw', '11-nq-tw', 'số 11-NQ/TW', 'Số: 11 - NQ / TW'])
      expect(symbolKey(s)).toBe('11nqtw');
  });

  it('folds Đ in State symbols', () => {
    expect(symbolKey('45/2020/NĐ-CP')).toBe(symbolKey('45/2020/nd-cp'));
    expect(symbolKey('123/QĐ-UBND')).toBe('123qdubnd');
  });

  it('keeps different documents apart', () => {
    expect(symbolKey('11/NQ-CP')).not.toBe(symbolKey('11-NQ/TW'));
    expect(symbolKey('37-NQ/TW')).not.toBe(symbolKey('11-NQ/TW'));
  });
});

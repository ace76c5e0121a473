import { describe, expect, it } from 'vitest';
import { foldVietnamese } from './fold.ts';

describe('foldVietnamese', () => {
  it('drops marks, folds đ and case, collapses spaces', () => {
    expect(foldVietnamese('Đô thị hóa')).toBe('do thi hoa');
    expect(foldVietnamese('  Quý   IV/2020 ')).toBe('quy iv/2020');
    expect(foldVietnamese('Ủy ban nhân dân tỉnh Thái Nguyên')).toBe('uy ban nhan dan tinh thai nguyen');
  });
  it('both tone-mark placements and both normal forms fold alike', () => {
    expect(foldVietnamese('Hòa Bình')).toBe(foldVietnamese('Hoà Bình'));
    expect(foldVietnamese('Thanh Hóa'.normalize('NFD'))).toBe(foldVietnamese('Thanh Hoá'));
  });
});

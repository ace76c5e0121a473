import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { translate, translateCode } from './messages.ts';
import { vi } from './vi.ts';

describe('dictionaries', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });
  it('have no empty text', () => {
    for (const [key, text] of [...Object.entries(vi), ...Object.entries(en)])
      expect(text.trim(), key).not.toBe('');
  });
  it('keep the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[])
      expect(names(en[key]), key).toEqual(names(vi[key]));
  });
  it('use the glossary words for task and progress statuses', () => {
    expect(vi['status.done_on_time']).toBe('Hoàn thành đúng hạn');
    expect(vi['status.done_late']).toBe('Hoàn thành quá hạn');
    expect(vi['status.in_progress']).toBe('Đang thực hiện, trong hạn');
    expect(vi['status.overdue']).toBe('Quá hạn');
    expect(en['status.in_progress']).toBe('In progress');
    expect(vi['progress.moderate']).toBe('Cần đẩy nhanh');
    expect(en['progress.moderate']).toBe('Needs acceleration');
    expect(vi['progress.not_assessable']).toBe('Chưa đủ dữ liệu');
    expect(vi['nav.dashboard']).toBe('Tổng quan');
    expect(en['nav.dashboard']).toBe('Overview');
    expect(vi['common.illustrative']).toBe('Minh họa');
    expect(en['common.illustrative']).toBe('Illustrative');
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('vi', 'deadline.quarter', { q: 'IV', y: 2020 })).toBe('Quý IV/2020');
    expect(translate('en', 'dash.lateBy', { n: 12 })).toBe('12 days late');
  });
  it('leaves unknown placeholders as written', () => {
    expect(translate('vi', 'dash.lateBy')).toBe('quá {n} ngày');
  });
  it('translates API codes and shows unknown ones as they are', () => {
    expect(translateCode('en', 'status', 'overdue')).toBe('Overdue');
    expect(translateCode('vi', 'status', 'something_new')).toBe('something_new');
    expect(translateCode('vi', 'status', null)).toBe('');
  });
});

import { describe, expect, test } from 'vitest';
import { extract } from './index.ts';

describe('extract: a first smoke test in our own words', () => {
  test('a Party resolution with date and issuer', () => {
    const r = extract(
      'Tỉnh ủy quán triệt Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.',
    );
    expect(r.documents).toMatchObject([
      { symbol: '18-NQ/TW', kind: 'Nghị quyết', date: '2017-10-25', issuer: 'Ban Chấp hành Trung ương' },
    ]);
    expect(r.dates.map((d) => d.value)).toEqual(['2017-10-25']);
  });
});

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

describe('the year a text speaks from', () => {
  test('a cited document’s date is not it; "Năm 2016, …" at the opening is', () => {
    const r = extract(
      'Năm 2016, huyện Lục Nam hoàn thành kế hoạch theo Quyết định số 1600/QĐ-TTg ngày 16/8/2011 của Thủ tướng Chính phủ. Thu nhập bình quân đầu người năm 2016 đạt 31 triệu đồng; huyện phấn đấu đến năm 2020 đạt 42 triệu đồng.',
    );
    expect(r.results.map((x) => [x.value, x.year])).toEqual([[31, 2016]]);
    expect(r.targets.map((x) => [x.value, x.year])).toEqual([[42, 2020]]);
  });
});

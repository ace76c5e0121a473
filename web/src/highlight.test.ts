import { describe, expect, it } from 'vitest';
import { type Highlight, highlightsOf, segment } from './highlight.ts';

const h = (type: Highlight['type'], start: number, end: number): Highlight => ({
  type,
  span: [start, end],
  title: '',
});

describe('segment', () => {
  it('covers the whole text, in order, without gaps', () => {
    const segs = segment(20, [h('dates', 2, 5), h('targets', 10, 14)]);
    expect(segs[0].start).toBe(0);
    expect(segs.at(-1)!.end).toBe(20);
    for (let i = 1; i < segs.length; i++) expect(segs[i].start).toBe(segs[i - 1].end);
    expect(segs.filter((s) => s.primary).map((s) => [s.start, s.end, s.primary!.type])).toEqual([
      [2, 5, 'dates'],
      [10, 14, 'targets'],
    ]);
  });
  it('colours a piece by the narrowest item and marks items inside a task', () => {
    const segs = segment(30, [h('tasks', 0, 30), h('dates', 10, 15)]);
    const inner = segs.find((s) => s.start === 10)!;
    expect(inner.primary!.type).toBe('dates');
    expect(inner.inTask).toBe(true);
    expect(segs.find((s) => s.start === 0)!.primary!.type).toBe('tasks');
    expect(segs.find((s) => s.start === 0)!.inTask).toBe(false);
  });
  it('ignores empty, reversed or negative spans and clamps to the text', () => {
    const segs = segment(10, [h('dates', 5, 5), h('dates', 7, 3), h('dates', -1, 2), h('people', 8, 50)]);
    expect(segs.filter((s) => s.primary).map((s) => [s.start, s.end])).toEqual([[8, 10]]);
  });
  it('marks the document’s own span apart from extracted items', () => {
    const segs = segment(10, [h('self', 0, 4), h('documents', 2, 4)]);
    expect(segs.find((s) => s.start === 0)!.inSelf).toBe(true);
    expect(segs.find((s) => s.start === 0)!.primary).toBeNull();
    expect(segs.find((s) => s.start === 2)!.primary!.type).toBe('documents');
  });
});

describe('highlightsOf', () => {
  it('reads every item with a span from an extraction result', () => {
    const hs = highlightsOf({
      documents: [{ symbol: '11-NQ/TW', span: [5, 13] }],
      targets: [{ indicator: 'tỷ lệ đô thị hóa', value: 40.5, unit: '%', year: 2025, span: [20, 25] }],
      tasks: [{ text: 'x' }],
      unknown: [{ span: [0, 1] }],
    });
    expect(hs.map((x) => [x.type, x.span])).toEqual([
      ['documents', [5, 13]],
      ['targets', [20, 25]],
    ]);
    expect(hs[1].title).toContain('40.5%');
  });
  it('copes with no extraction', () => {
    expect(highlightsOf(null)).toEqual([]);
  });
});

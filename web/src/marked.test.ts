import { expect, it } from 'vitest';
import { markedPieces } from './marked.ts';

it('reads <mark> pieces and unescapes the text', () => {
  expect(markedPieces('Quy hoạch &lt;b&gt; <mark>Đô thị</mark> hóa')).toMatchObject([
    { text: 'Quy hoạch <b> ', marked: false },
    { text: 'Đô thị', marked: true },
    { text: ' hóa', marked: false },
  ]);
  expect(markedPieces('')).toEqual([]);
  expect(markedPieces('<mark>a</mark><mark>b</mark>')).toEqual([
    { text: 'a', marked: true, at: 0 },
    { text: 'b', marked: true, at: 14 },
  ]);
});

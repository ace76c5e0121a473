import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DIGIT_RUN, keywordGroup, keywordHits, matchesAt, PAREN_DIGIT } from './keywords.ts';
import { normalize } from './normalize.ts';
import { alternation, capitalStarts, LB, phraseSticky, RB, type StickyPattern } from './text.ts';

// Patterns shaped like the ones that use the index: a look-behind, then one of a few phrases.
const YEARISH = `${LB}(?:(so với|từ)\\s+)?(?:năm|giai đoạn)\\s+(\\d{4})(?!\\d)|\\((\\d{4})\\s*-\\s*(\\d{4})\\)`;
const YEARISH_WORDS = keywordGroup(['so với', 'từ', 'năm', 'giai đoạn']) | PAREN_DIGIT;
const MEETINGISH = `(?<![A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF])(Hội nghị|hội nghị|Kỳ họp|kỳ họp|Đại hội)${RB}([^.;\\n]{0,40})`;
const MEETINGISH_WORDS = keywordGroup(['hội nghị', 'kỳ họp', 'đại hội']);

const DATEISH =
  '(?<![A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF0-9/.,-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?!\\d)';

function both(source: string, group: number, text: string, lower = false) {
  const s = lower ? text.toLowerCase() : text;
  const scanned = [...s.matchAll(new RegExp(source, 'g'))].map((m) => [m.index, m[0]]);
  const indexed = [...matchesAt(new RegExp(source, 'y'), s, keywordHits(text.toLowerCase()), group)].map(
    (m) => [m.index, m[0]],
  );
  return { scanned, indexed };
}

describe('keyword index', () => {
  test('finds what a scan of the whole text finds', () => {
    const text =
      'Từ năm 2020 đến giai đoạn 2021 (2021-2025), Hội nghị lần thứ nhất; 3năm 2024, ĐẠI HỘI XIII, Đại hội đảng bộ tỉnh.';
    const y = both(YEARISH, YEARISH_WORDS, text, true);
    expect(y.indexed).toEqual(y.scanned);
    expect(y.indexed.map(([, t]) => t)).toEqual(['từ năm 2020', 'giai đoạn 2021', '(2021-2025)']); // "3năm": a digit before is no boundary
    const m = both(MEETINGISH, MEETINGISH_WORDS, text);
    expect(m.indexed).toEqual(m.scanned);
    expect(m.indexed).toHaveLength(2); // "ĐẠI HỘI" is not one of the spellings
  });

  test('a keyword inside a longer word is not a start', () => {
    const y = both(YEARISH, YEARISH_WORDS, 'thanăm 2020, nămx 2021, năm 2022', true);
    expect(y.indexed).toEqual(y.scanned);
    expect(y.indexed).toEqual([[24, 'năm 2022']]);
  });

  test('agrees with the scan on random text made of keywords, near-keywords and noise', () => {
    const piece = fc.constantFrom(
      'năm',
      'Năm',
      'NĂM',
      'nămx',
      'so với',
      'từ',
      'giai đoạn',
      'Hội nghị',
      'hội nghị',
      'Kỳ họp',
      'Đại hội',
      'hội',
      '2020',
      '12',
      '(',
      ')',
      '-',
      '.',
      ';',
      '\n',
      ' ',
      '  ',
      'x',
      'Đ',
      '3',
      '30/4/2025',
      '1/5',
      '/',
      '15.6.2024',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const y = both(YEARISH, YEARISH_WORDS, text, true);
        expect(y.indexed).toEqual(y.scanned);
        const m = both(MEETINGISH, MEETINGISH_WORDS, text);
        expect(m.indexed).toEqual(m.scanned);
        const d = both(DATEISH, DIGIT_RUN, text);
        expect(d.indexed).toEqual(d.scanned);
      }),
      { numRuns: 500 },
    );
  });

  test('capital starts found in the same pass are those of capitalStarts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ maxLength: 40 }), (a, b) => {
        const text = normalize(`${a} Đảng ủy 3Hà Nội x${b}Ủy ban`);
        const caps = keywordHits(text.toLowerCase(), text).caps;
        expect(Array.from(caps ?? [])).toEqual(Array.from(capitalStarts(text)));
      }),
      { numRuns: 500 },
    );
  });

  test('a phrase must begin with a lower-case word', () => {
    expect(() => keywordGroup(['Hội nghị'])).toThrow();
    expect(() => keywordGroup([' năm'])).toThrow();
  });
});

describe('phrase trie', () => {
  const phrases = [
    'bộ tài chính',
    'bộ tài',
    'sở y tế',
    'bộ lao động - thương binh và xã hội',
    'hà nội',
    'hà',
  ];
  const re = new RegExp(`(?:${alternation(phrases)})${RB}`, 'y');
  const trie = phraseSticky(phrases);
  const at = (p: StickyPattern, s: string, i: number) => {
    p.lastIndex = i;
    const m = p.exec(s);
    return m ? [m[0], p.lastIndex] : null;
  };
  test('matches what the alternation matches, at every offset', () => {
    const piece = fc.constantFrom(...phrases, 'bộ', 'tài', 'chínhx', ' ', '  ', '\n', '-', ',', 'x', '2');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        for (let i = 0; i <= s.length; i++) expect(at(trie, s, i)).toEqual(at(re, s, i));
      }),
      { numRuns: 300 },
    );
  });
  test('with the look-ahead of generic heads, matches what the alternation matches', () => {
    const heads = ['Sở', 'Trung tâm', 'Trung', 'Bộ Chỉ huy', 'Bộ'];
    const headRe = new RegExp(`(?:${alternation(heads)})(?=[ \\t]+\\S)`, 'y');
    const headTrie = phraseSticky(heads, { end: 'before-word' });
    const piece = fc.constantFrom(...heads, 'Chỉ', 'huy', 'tâm', ' ', '\t', '\n', 'x', ',');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
        const s = parts.join('');
        for (let i = 0; i <= s.length; i++) expect(at(headTrie, s, i)).toEqual(at(headRe, s, i));
      }),
      { numRuns: 300 },
    );
  });
  test('test gives what exec gives (whether it matches, lastIndex after), without the match', () => {
    const tested = (p: StickyPattern, s: string, i: number) => {
      p.lastIndex = i;
      const ok = p.test(s);
      return [ok, p.lastIndex];
    };
    const execed = (p: StickyPattern, s: string, i: number) => {
      p.lastIndex = i;
      const ok = p.exec(s) !== null;
      return [ok, p.lastIndex];
    };
    const tries = [
      trie,
      phraseSticky(phrases, { prefix: 'nguyên' }),
      phraseSticky(['Sở', 'Trung tâm', 'Trung', 'Bộ'], { end: 'before-word' }),
    ];
    const piece = fc.constantFrom(
      ...phrases,
      'nguyên',
      'Sở',
      'Trung',
      'tâm',
      'bộ',
      ' ',
      '\t',
      '\n',
      'x',
      ',',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
        const s = parts.join('');
        for (const p of tries)
          for (let i = 0; i <= s.length; i++) expect(tested(p, s, i)).toEqual(execed(p, s, i));
      }),
      { numRuns: 300 },
    );
  });
  test('the longest phrase that ends at a boundary', () => {
    expect(at(trie, 'bộ tài chính,', 0)).toEqual(['bộ tài chính', 12]);
    expect(at(trie, 'bộ tài chínhx', 0)).toEqual(['bộ tài', 6]);
    expect(at(trie, 'bộ  tài\nchính', 0)).toEqual(['bộ  tài\nchính', 13]);
    expect(at(trie, 'hà nộii', 0)).toEqual(['hà', 2]);
  });
});

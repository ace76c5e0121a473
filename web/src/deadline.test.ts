import { expect, it } from 'vitest';
import type { Deadline } from './api/types.ts';
import { deadlineText } from './deadline.ts';

const d = (x: Partial<Deadline>): Deadline => ({
  kind: 'none',
  dueOn: null,
  year: null,
  part: null,
  recurrence: null,
  ...x,
});

it('writes deadlines as officials do, in both languages', () => {
  expect(deadlineText(d({ kind: 'date', dueOn: '2022-06-30' }), 'vi')).toBe('30/06/2022');
  expect(deadlineText(d({ kind: 'quarter', year: 2020, part: 4, dueOn: '2020-12-31' }), 'vi')).toBe(
    'Quý IV/2020',
  );
  expect(deadlineText(d({ kind: 'quarter', year: 2020, part: 4 }), 'en')).toBe('Q4 2020');
  expect(deadlineText(d({ kind: 'month', year: 2025, part: 6 }), 'vi')).toBe('Tháng 06/2025');
  expect(deadlineText(d({ kind: 'year', year: 2025 }), 'vi')).toBe('Năm 2025');
  expect(deadlineText(d({ kind: 'recurring', recurrence: 'quarter' }), 'vi')).toBe('Thường xuyên (hằng quý)');
  expect(deadlineText(d({ kind: 'recurring', recurrence: 'quarter' }), 'en')).toBe('Recurring (quarterly)');
  expect(deadlineText(d({ kind: 'none' }), 'vi')).toBe('Không có thời hạn');
  expect(deadlineText(null, 'en')).toBe('No deadline');
});

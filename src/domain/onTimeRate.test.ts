import { describe, expect, it } from 'vitest';
import { emptyCounts, onTimeRate } from './onTimeRate.ts';

describe('onTimeRate', () => {
  it('judges only the tasks that came due', () => {
    expect(onTimeRate({ done_on_time: 3, done_late: 1, in_progress: 10, overdue: 0 })).toBe(0.75);
    expect(onTimeRate({ done_on_time: 1, done_late: 0, in_progress: 0, overdue: 1 })).toBe(0.5);
  });

  it('is null when nothing has come due yet', () => {
    expect(onTimeRate({ ...emptyCounts(), in_progress: 4 })).toBeNull();
  });
});

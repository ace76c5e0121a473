import { describe, expect, it } from 'vitest';
import { meetsTarget, progressColour, type TargetProgressInput, targetProgress } from './targetProgress.ts';

// Thái Nguyên's master plan: urbanisation rate 36% (2020), 40,5% (2025), 45% (2030).
const doThiHoa = (observations: TargetProgressInput['observations']): TargetProgressInput => ({
  direction: 'higher',
  baseline: { year: 2020, value: 36 },
  target: { year: 2030, value: 45 },
  observations,
});

describe('targetProgress — urbanisation rate of Thái Nguyên, 36% (2020) → 45% (2030)', () => {
  // Needed CAGR: (45/36)^(1/10) − 1 = 2.2565% a year.
  it('38.5% in 2023 is on track: R ≈ 1.003, reaches 45% in 2030', () => {
    const p = targetProgress(doThiHoa([{ year: 2023, value: 38.5 }]));
    expect(p.status).toBe('on_track');
    expect(p.colour).toBe('green');
    expect(p.method).toBe('cagr');
    expect(p.ratio).toBeCloseTo(1.00296, 4);
    expect(p.latest).toEqual({ year: 2023, value: 38.5 });
    expect(p.projection?.year).toBe(2030);
    expect(p.projection?.value).toBeCloseTo(45.029, 2);
    expect(p.yearMeetsTarget).toBe(2030);
  });

  it('37.5% in 2023 needs acceleration: R ≈ 0.607, 45% only in 2037', () => {
    const p = targetProgress(doThiHoa([{ year: 2023, value: 37.5 }]));
    expect(p.status).toBe('moderate');
    expect(p.colour).toBe('orange');
    expect(p.ratio).toBeCloseTo(0.6071, 4);
    expect(p.projection?.value).toBeCloseTo(41.2476, 3);
    expect(p.yearMeetsTarget).toBe(2037);
  });

  it('36.5% in 2023 is limited progress: R ≈ 0.204', () => {
    const p = targetProgress(doThiHoa([{ year: 2023, value: 36.5 }]));
    expect(p.status).toBe('limited');
    expect(p.colour).toBe('red');
    expect(p.ratio).toBeCloseTo(0.2042, 4);
  });

  it('35% in 2023 is deterioration: R < 0, never meets the target', () => {
    const p = targetProgress(doThiHoa([{ year: 2023, value: 35 }]));
    expect(p.status).toBe('deterioration');
    expect(p.colour).toBe('red');
    expect(p.ratio).toBeCloseTo(-0.4142, 4);
    expect(p.yearMeetsTarget).toBeNull();
    expect(p.projection!.value).toBeLessThan(35);
  });

  it('no change at all is limited (R = 0), with no year of meeting the target', () => {
    const p = targetProgress(doThiHoa([{ year: 2024, value: 36 }]));
    expect(p.status).toBe('limited');
    expect(p.ratio).toBe(0);
    expect(p.yearMeetsTarget).toBeNull();
  });

  it('the interim target 40.5% in 2025 reached is ahead of pace (R ≈ 1.056)', () => {
    const p = targetProgress(doThiHoa([{ year: 2025, value: 40.5 }]));
    expect(p.status).toBe('on_track');
    expect(p.ratio).toBeCloseTo(1.0563, 4);
  });

  it('45.2% reported in 2029 → achieved, met in 2029', () => {
    const p = targetProgress(
      doThiHoa([
        { year: 2025, value: 40.5 },
        { year: 2029, value: 45.2 },
      ]),
    );
    expect(p.status).toBe('achieved');
    expect(p.colour).toBe('green');
    expect(p.yearMeetsTarget).toBe(2029);
    expect(p.ratio).toBeNull();
  });

  it('uses the latest observation, whatever order they come in', () => {
    const p = targetProgress(
      doThiHoa([
        { year: 2024, value: 38.0 },
        { year: 2021, value: 39.9 },
        { year: 2023, value: 37.5 },
      ]),
    );
    expect(p.latest).toEqual({ year: 2024, value: 38 });
  });

  it('without an explicit baseline, the earliest observation is the baseline', () => {
    const p = targetProgress({
      direction: 'higher',
      target: { year: 2030, value: 45 },
      observations: [
        { year: 2023, value: 38.5 },
        { year: 2020, value: 36 },
      ],
    });
    expect(p.baseline).toEqual({ year: 2020, value: 36 });
    expect(p.ratio).toBeCloseTo(1.00296, 4);
  });

  it('fewer than two points → not_assessable (grey)', () => {
    expect(targetProgress(doThiHoa([])).status).toBe('not_assessable');
    const onlyBaselineYear = targetProgress(doThiHoa([{ year: 2020, value: 36 }]));
    expect(onlyBaselineYear.status).toBe('not_assessable');
    expect(onlyBaselineYear.colour).toBe('grey');
    const oneObservation = targetProgress({
      direction: 'higher',
      target: { year: 2030, value: 45 },
      observations: [{ year: 2023, value: 38.5 }],
    });
    expect(oneObservation.status).toBe('not_assessable');
    expect(oneObservation.latest).toEqual({ year: 2023, value: 38.5 });
    expect(oneObservation.ratio).toBeNull();
  });

  it('one value already at the target is achieved even without a trend', () => {
    const p = targetProgress({
      direction: 'higher',
      target: { year: 2030, value: 45 },
      observations: [{ year: 2023, value: 46 }],
    });
    expect(p.status).toBe('achieved');
  });

  it('observations before the baseline year are ignored', () => {
    const p = targetProgress(doThiHoa([{ year: 2018, value: 50 }]));
    expect(p.status).toBe('not_assessable');
    expect(p.latest).toBeUndefined();
  });

  it('the target year reached and the target not met: at best moderate', () => {
    const p = targetProgress({
      direction: 'higher',
      baseline: { year: 2020, value: 36 },
      target: { year: 2025, value: 40.5 },
      observations: [{ year: 2025, value: 40.3 }],
    });
    expect(p.ratio).toBeCloseTo(0.957, 3);
    expect(p.status).toBe('moderate');
    expect(p.projection).toEqual({ year: 2025, value: 40.3 });
    expect(p.yearMeetsTarget).toBe(2026);
  });

  it('after the target year: no projection, and the ratio as observed', () => {
    const p = targetProgress({
      direction: 'higher',
      baseline: { year: 2020, value: 36 },
      target: { year: 2025, value: 40.5 },
      observations: [{ year: 2026, value: 40.4 }],
    });
    expect(p.projection).toBeUndefined();
    expect(p.ratio).toBeCloseTo(0.814, 3);
    expect(p.status).toBe('moderate');
    expect(p.yearMeetsTarget).toBe(2027);
  });
});

describe('targetProgress — lower is better', () => {
  // "Tỷ lệ hộ nghèo" (poverty rate) 10% in 2020 → 5% by 2030.
  const ngheo = (value: number, year = 2023): TargetProgressInput => ({
    direction: 'lower',
    baseline: { year: 2020, value: 10 },
    target: { year: 2030, value: 5 },
    observations: [{ year, value }],
  });

  it('falling fast enough → on_track (R ≈ 1.07)', () => {
    const p = targetProgress(ngheo(8));
    expect(p.status).toBe('on_track');
    expect(p.ratio).toBeCloseTo(1.0704, 4);
    expect(p.projection!.value).toBeLessThan(5);
    expect(p.yearMeetsTarget).toBe(2030);
  });
  it('falling slowly → limited (R ≈ 0.515)', () => {
    const p = targetProgress(ngheo(9));
    expect(p.status).toBe('limited');
    expect(p.ratio).toBeCloseTo(0.5153, 4);
  });
  it('rising → deterioration (R < 0)', () => {
    const p = targetProgress(ngheo(11));
    expect(p.status).toBe('deterioration');
    expect(p.ratio).toBeCloseTo(-0.482, 3);
    expect(p.yearMeetsTarget).toBeNull();
  });
  it('at or under the target → achieved', () => {
    expect(targetProgress(ngheo(5)).status).toBe('achieved');
    expect(targetProgress(ngheo(4.2)).status).toBe('achieved');
  });
});

describe('targetProgress — values where CAGR is undefined fall back to linear rates', () => {
  it('a target of zero: "0 xã chưa có đường ô tô đến trung tâm" from 12 in 2020 by 2025', () => {
    const p = targetProgress({
      direction: 'lower',
      baseline: { year: 2020, value: 12 },
      target: { year: 2025, value: 0 },
      observations: [{ year: 2022, value: 6 }],
    });
    // needed −2.4 a year, observed −3 a year
    expect(p.method).toBe('linear');
    expect(p.ratio).toBeCloseTo(1.25, 10);
    expect(p.status).toBe('on_track');
    expect(p.projection).toEqual({ year: 2025, value: -3 });
    expect(p.yearMeetsTarget).toBe(2024);
  });
  it('a baseline of zero: "số doanh nghiệp công nghệ số" 0 (2020) → 100 (2030)', () => {
    const p = targetProgress({
      direction: 'higher',
      baseline: { year: 2020, value: 0 },
      target: { year: 2030, value: 100 },
      observations: [{ year: 2022, value: 12 }],
    });
    expect(p.method).toBe('linear');
    expect(p.ratio).toBeCloseTo(0.6, 10);
    expect(p.status).toBe('moderate');
    expect(p.yearMeetsTarget).toBe(2037); // 2022 + 88/6 = 2036.67
  });
  it('a negative latest value (a budget balance)', () => {
    const p = targetProgress({
      direction: 'higher',
      baseline: { year: 2020, value: 2 },
      target: { year: 2030, value: 12 },
      observations: [{ year: 2022, value: -1 }],
    });
    expect(p.method).toBe('linear');
    expect(p.status).toBe('deterioration');
    expect(p.ratio).toBeCloseTo(-1.5, 10);
  });
});

describe('targetProgress — other edges', () => {
  it('a baseline that already met the target, then fell below it → deterioration without R', () => {
    const p = targetProgress({
      direction: 'higher',
      baseline: { year: 2020, value: 96 },
      target: { year: 2025, value: 95 },
      observations: [{ year: 2023, value: 93 }],
    });
    expect(p.status).toBe('deterioration');
    expect(p.ratio).toBeNull();
  });
  it('a target year not after the baseline → not_assessable', () => {
    const p = targetProgress({
      direction: 'higher',
      baseline: { year: 2020, value: 36 },
      target: { year: 2020, value: 45 },
      observations: [{ year: 2022, value: 38 }],
    });
    expect(p.status).toBe('not_assessable');
  });
  it('R exactly at the thresholds counts for the better band', () => {
    const base = { year: 2020, value: 0 };
    const target = { year: 2030, value: 100 };
    const at = (value: number) =>
      targetProgress({
        direction: 'higher',
        baseline: base,
        target,
        observations: [{ year: 2030 - 10 + 1, value }],
      });
    expect(at(9.5).status).toBe('on_track'); // R = 0.95
    expect(at(6).status).toBe('moderate'); // R = 0.6
    expect(at(5.9).status).toBe('limited');
  });
  it('non-finite values and duplicate years: the last value given for a year wins', () => {
    const p = targetProgress(
      doThiHoa([
        { year: 2023, value: 30 },
        { year: 2023, value: 38.5 },
        { year: 2024, value: Number.NaN },
      ]),
    );
    expect(p.latest).toEqual({ year: 2023, value: 38.5 });
    expect(p.status).toBe('on_track');
  });
});

describe('meetsTarget and progressColour', () => {
  it('direction decides what meeting a target means', () => {
    expect(meetsTarget('higher', 45, 45)).toBe(true);
    expect(meetsTarget('higher', 44.99, 45)).toBe(false);
    expect(meetsTarget('lower', 5, 5)).toBe(true);
    expect(meetsTarget('lower', 5.01, 5)).toBe(false);
    expect(meetsTarget('higher', 0.1 + 0.2, 0.3)).toBe(true);
  });
  it('colours as in Ho Chi Minh City’s system', () => {
    expect(progressColour('achieved')).toBe('green');
    expect(progressColour('on_track')).toBe('green');
    expect(progressColour('moderate')).toBe('orange');
    expect(progressColour('limited')).toBe('red');
    expect(progressColour('deterioration')).toBe('red');
    expect(progressColour('not_assessable')).toBe('grey');
  });
});

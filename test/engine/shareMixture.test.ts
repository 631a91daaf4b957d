// The share mixture the validation scores (src/engine/validation/shareMixture.ts): the runs and the quantiles of where
// those that stood alike went, weighted w and 1 − w in one ensemble; its weight the grid point with the lowest mean
// CRPS, the runs alone on a tie; the cases of a hindcast only from years up to the fit's last year.
import { describe, expect, it } from 'vitest';
import {
  fitShareMixWeight,
  hindcastShareCases,
  MIX_WEIGHT_GRID,
  mixedEnsemble,
  type ShareCase,
} from '../../src/engine/validation/shareMixture.ts';
import { runHindcast } from '../../src/engine/validation/hindcast.ts';
import { crpsEnsemble } from '../../src/engine/validation/scores.ts';

const evenly = (n: number, lo: number, hi: number) =>
  Float64Array.from({ length: n }, (_, i) => lo + ((hi - lo) * (i + 0.5)) / n);

describe('mixedEnsemble', () => {
  const runs = Float64Array.of(0, 0, 0.1, 0.2);
  const pairs = evenly(100, 0, 1);
  it('is the runs alone at weight 1, or without pairs', () => {
    expect(mixedEnsemble(runs, pairs, 1)).toEqual(runs);
    expect(mixedEnsemble(runs, new Float64Array(0), 0.5)).toEqual(runs);
  });

  it('adds n · (1 − w) / w evenly spaced quantiles of the pairs', () => {
    const half = mixedEnsemble(runs, pairs, 0.5);
    expect(half).toHaveLength(8);
    expect([...half.subarray(0, 4)]).toEqual([...runs]);
    // the pairs' quantiles at 1/8, 3/8, 5/8, 7/8
    [0.125, 0.375, 0.625, 0.875].forEach((q, i) => expect(half[4 + i]).toBeCloseTo(q, 2));
    expect(mixedEnsemble(runs, pairs, 0.8)).toHaveLength(5);
  });

  it('refuses a weight outside (0, 1]', () => {
    expect(() => mixedEnsemble(runs, pairs, 0)).toThrow(/mixture weight: expected a number in \(0, 1\], got 0/);
    expect(() => mixedEnsemble(runs, pairs, Number.NaN)).toThrow(/mixture weight/);
  });
});

describe('fitShareMixWeight', () => {
  const narrow = evenly(50, 0, 0.01);
  const wide = evenly(200, 0, 0.4).sort();
  it('gives the pairs weight where the outcomes spread as theirs do', () => {
    const cases: ShareCase[] = Array.from(evenly(40, 0, 0.4), (observed) => ({ runs: narrow, pairs: wide, observed }));
    const fit = fitShareMixWeight(cases);
    expect(fit.weight).toBeLessThan(1);
    expect(fit.n).toBe(40);
    const at = (w: number) =>
      cases.reduce((s, c) => s + crpsEnsemble(mixedEnsemble(c.runs, c.pairs, w), c.observed), 0) / cases.length;
    MIX_WEIGHT_GRID.forEach((w, i) => expect(fit.crpsByWeight[i]).toBeCloseTo(at(w), 12));
  });

  it('keeps the runs alone where they hold what happened', () => {
    const cases: ShareCase[] = Array.from(evenly(40, 0, 0.01), (observed) => ({ runs: narrow, pairs: wide, observed }));
    expect(fitShareMixWeight(cases).weight).toBe(1);
  });

  it('takes the runs alone on a tie (no pairs to mix)', () => {
    const cases: ShareCase[] = [{ runs: narrow, pairs: new Float64Array(0), observed: 0.005 }];
    expect(fitShareMixWeight(cases).weight).toBe(1);
    expect(() => fitShareMixWeight([])).toThrow(/no cases/);
  });
});

describe('hindcastShareCases', () => {
  it('reads the years up to the fit’s last year only, on the observations’ basis', { timeout: 60_000 }, () => {
    const ens = runHindcast({ origin: 2020, endYear: 2023, runs: 4, seed: 1 });
    const upTo2021 = hindcastShareCases(ens, 2021);
    const upTo2023 = hindcastShareCases(ens, 2023);
    expect(upTo2021.length).toBeGreaterThan(100);
    expect(upTo2023.length).toBeGreaterThan(upTo2021.length);
    for (const c of upTo2021) {
      expect(c.runs).toHaveLength(4);
      expect(c.pairs.length).toBeGreaterThan(0);
      // ascending, and shares
      for (let i = 1; i < c.pairs.length; i++) expect(c.pairs[i]!).toBeGreaterThanOrEqual(c.pairs[i - 1]!);
      expect(c.observed).toBeGreaterThanOrEqual(0);
      expect(c.observed).toBeLessThanOrEqual(1);
    }
  });
});

// Scoring rules and forecast-evaluation statistics (src/engine/validation/scores.ts) against hand-computed values
// and independent brute-force implementations: O(n²) CRPS and the CRPS integral of the empirical CDF, O(n²)
// pairwise AUC, plus sanity checks (properness, PIT uniformity, bootstrap determinism and cluster resampling).
import { describe, expect, it } from 'vitest';
import {
  auc,
  brierScore,
  crpsEnsemble,
  intervalCovers,
  mae,
  mean,
  pairedBootstrap,
  pitHistogram,
  pitValue,
  quantile,
  reliabilityTable,
} from '../../src/engine/validation/scores.ts';

/** Tiny seeded LCG (Numerical Recipes constants) returning values in [0, 1). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Standard normal draw by Box-Muller from a [0, 1) generator. */
function normal(rng: () => number): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Textbook O(n²) CRPS of the empirical distribution: mean|X − y| − ½ mean|X − X'|. */
function crpsBrute(xs: readonly number[], y: number): number {
  const n = xs.length;
  let a = 0;
  let b = 0;
  for (const x of xs) {
    a += Math.abs(x - y);
    for (const x2 of xs) b += Math.abs(x - x2);
  }
  return a / n - b / (2 * n * n);
}

/** ∫(F(x) − 1{x ≥ y})² dx with the empirical CDF F, by a midpoint rule on a fine grid. */
function crpsIntegral(xs: readonly number[], y: number, steps = 200_000): number {
  const lo = Math.min(y, ...xs) - 1;
  const hi = Math.max(y, ...xs) + 1;
  const dx = (hi - lo) / steps;
  let sum = 0;
  for (let s = 0; s < steps; s++) {
    const x = lo + (s + 0.5) * dx;
    const F = xs.filter((v) => v <= x).length / xs.length;
    const d = F - (x >= y ? 1 : 0);
    sum += d * d * dx;
  }
  return sum;
}

/** O(n²) AUC over all positive-negative pairs, ties ½. */
function aucBrute(scores: readonly number[], outcomes: readonly boolean[]): number {
  let wins = 0;
  let pairs = 0;
  for (let i = 0; i < scores.length; i++) {
    if (!outcomes[i]) continue;
    for (let j = 0; j < scores.length; j++) {
      if (outcomes[j]) continue;
      pairs++;
      if (scores[i]! > scores[j]!) wins += 1;
      else if (scores[i] === scores[j]) wins += 0.5;
    }
  }
  return wins / pairs;
}

describe('mean and mae', () => {
  it('computes plain averages and NaN for empty input', () => {
    expect(mean([1, 2, 3, 6])).toBe(3);
    expect(mean(new Float64Array([0.5, 1.5]))).toBe(1);
    expect(mean([])).toBeNaN();
    expect(mae([1, 2, 3], [2, 2, 0])).toBe(4 / 3);
  });

  it('names the arguments when lengths differ', () => {
    expect(() => mae([1, 2], [1])).toThrow(/points and obs/);
  });
});

describe('crpsEnsemble', () => {
  it('gives the absolute error for a one-member ensemble', () => {
    expect(crpsEnsemble([3], 5)).toBe(2);
    expect(crpsEnsemble([5], 3)).toBe(2);
    expect(crpsEnsemble([-1.25], -1.25)).toBe(0);
  });

  it('is 0 for {0, 0, 0} with obs 0', () => {
    expect(crpsEnsemble([0, 0, 0], 0)).toBe(0);
  });

  it('matches hand-computed values', () => {
    // {0, 1}, y = 0: mean|X − y| = 0.5, ½ mean|X − X'| = ½ · 2/4 = 0.25
    expect(crpsEnsemble([1, 0], 0)).toBeCloseTo(0.25, 15);
    // {1, 2, 3}, y = 2: 2/3 − ½ · 8/9 = 2/9
    expect(crpsEnsemble([3, 1, 2], 2)).toBeCloseTo(2 / 9, 15);
    // obs beyond the ensemble: {0, 2}, y = 5 → 4 − ½ · 1 = 3.5
    expect(crpsEnsemble([0, 2], 5)).toBeCloseTo(3.5, 15);
  });

  it('matches the O(n²) formula on random ensembles, with ties and unsorted input', () => {
    const rng = lcg(12345);
    for (let t = 0; t < 200; t++) {
      const n = 1 + Math.floor(rng() * 40);
      const discrete = t % 2 === 0;
      const xs = Array.from({ length: n }, () => (discrete ? Math.floor(rng() * 6) : 10 * normal(rng)));
      const y = discrete ? Math.floor(rng() * 8) - 1 : 10 * normal(rng);
      const want = crpsBrute(xs, y);
      expect(Math.abs(crpsEnsemble(xs, y) - want)).toBeLessThan(1e-12 * Math.max(1, Math.abs(want)));
    }
  });

  it('matches the integral of (F(x) − 1{x ≥ y})² on a fine grid', () => {
    const cases: [number[], number][] = [
      [[0.3, 1.7, 2.2, 2.2, 4.0], 1.9],
      [[-1, 0.5, 3], -2],
      [[2, 2, 2, 7], 2],
    ];
    for (const [xs, y] of cases) expect(crpsEnsemble(xs, y)).toBeCloseTo(crpsIntegral(xs, y), 4);
  });

  it('does not mutate its input and accepts typed arrays', () => {
    const xs = [5, 1, 4, 2, 3];
    crpsEnsemble(xs, 2.5);
    expect(xs).toEqual([5, 1, 4, 2, 3]);
    const typed = new Float64Array([5, 1, 4]);
    crpsEnsemble(typed, 0);
    expect(Array.from(typed)).toEqual([5, 1, 4]);
    expect(crpsEnsemble(Object.freeze([3, 1, 2]), 2)).toBeCloseTo(2 / 9, 15);
  });

  it('is proper: the true distribution scores lower on average than a shifted one', () => {
    const rng = lcg(2024);
    let trueSum = 0;
    let shiftedSum = 0;
    let wideSum = 0;
    for (let t = 0; t < 2000; t++) {
      const ens = Array.from({ length: 50 }, () => normal(rng));
      const y = normal(rng);
      trueSum += crpsEnsemble(ens, y);
      shiftedSum += crpsEnsemble(
        ens.map((x) => x + 0.5),
        y,
      );
      wideSum += crpsEnsemble(
        ens.map((x) => 2 * x),
        y,
      );
    }
    expect(trueSum).toBeLessThan(shiftedSum);
    expect(trueSum).toBeLessThan(wideSum);
  });

  it('throws on an empty ensemble', () => {
    expect(() => crpsEnsemble([], 1)).toThrow(/ensemble is empty/);
  });
});

describe('quantile', () => {
  it('interpolates linearly like numpy (type 7)', () => {
    const x = [1, 2, 3, 4];
    expect(quantile(x, 0)).toBe(1);
    expect(quantile(x, 1)).toBe(4);
    expect(quantile(x, 0.5)).toBe(2.5);
    expect(quantile(x, 0.25)).toBeCloseTo(1.75, 15); // numpy.quantile([1,2,3,4], .25) = 1.75
    expect(quantile([10, 20, 30, 40, 50], 0.9)).toBeCloseTo(46, 12); // numpy: 46.0
    expect(quantile([7], 0.3)).toBe(7);
    expect(quantile([2, 2, 2], 0.37)).toBe(2);
  });

  it('rejects an empty array and q outside [0, 1]', () => {
    expect(() => quantile([], 0.5)).toThrow(/sorted is empty/);
    expect(() => quantile([1, 2], 1.5)).toThrow(/q must lie/);
    expect(() => quantile([1, 2], NaN)).toThrow(/q must lie/);
  });
});

describe('intervalCovers', () => {
  const ens = [9, 1, 5, 3, 7]; // sorted 1 3 5 7 9; q.1 = 1.8, q.9 = 8.2
  it('includes both ends and excludes outside values', () => {
    expect(intervalCovers(ens, 1.8, 0.1, 0.9)).toBe(true);
    expect(intervalCovers(ens, 8.2, 0.1, 0.9)).toBe(true);
    expect(intervalCovers(ens, 5, 0.1, 0.9)).toBe(true);
    expect(intervalCovers(ens, 1.7, 0.1, 0.9)).toBe(false);
    expect(intervalCovers(ens, 8.3, 0.1, 0.9)).toBe(false);
    expect(intervalCovers(ens, 1, 0, 1)).toBe(true);
    expect(intervalCovers([4, 4, 4], 4, 0.05, 0.95)).toBe(true);
    expect(ens).toEqual([9, 1, 5, 3, 7]);
  });

  it('throws on an empty ensemble', () => {
    expect(() => intervalCovers([], 1, 0.05, 0.95)).toThrow(/ensemble is empty/);
  });
});

describe('pitValue and pitHistogram', () => {
  it('randomizes over ties', () => {
    const ens = [1, 2, 2, 3];
    expect(pitValue(ens, 2, 0)).toBe(0.25);
    expect(pitValue(ens, 2, 0.5)).toBe(0.5);
    expect(pitValue(ens, 2.5, 0.9)).toBe(0.75);
    expect(pitValue(ens, 0, 0.3)).toBe(0);
    expect(pitValue(ens, 3, 0.5)).toBe(0.875);
    expect(pitValue(ens, 10, 0.5)).toBe(1);
    expect(() => pitValue(ens, 2, 1)).toThrow(/u must lie/);
    expect(() => pitValue([], 2, 0.5)).toThrow(/ensemble is empty/);
  });

  it('bins PIT values, with 1 in the last bin', () => {
    expect(pitHistogram([0, 0.05, 0.1, 0.55, 0.99, 1], 10)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
    expect(pitHistogram([0.2, 0.3, 0.7], 2)).toEqual([2, 1]);
    expect(pitHistogram([], 4)).toEqual([0, 0, 0, 0]);
    expect(() => pitHistogram([1.2])).toThrow(/pits must lie/);
    expect(() => pitHistogram([0.5], 0)).toThrow(/bins/);
  });

  it('is near uniform for calibrated continuous and discrete ensembles', () => {
    // With m members and no ties the PIT is k/m with k uniform on 0..m; m = 29 puts three of those values in each
    // of 10 bins, so the histogram is flat in expectation (m = 30 would give the last bin 4/31).
    const rng = lcg(777);
    const n = 4000;
    for (const discrete of [false, true]) {
      const draw = (): number => (discrete ? Math.round(2 * normal(rng)) : normal(rng));
      const pits: number[] = [];
      for (let t = 0; t < n; t++) {
        const ens = Array.from({ length: 29 }, draw);
        pits.push(pitValue(ens, draw(), rng()));
      }
      const hist = pitHistogram(pits, 10);
      expect(hist.reduce((s, c) => s + c, 0)).toBe(n);
      for (const c of hist) expect(Math.abs(c / n - 0.1)).toBeLessThan(0.025);
    }
  });
});

describe('brierScore', () => {
  it('is 0 for perfect forecasts and matches a hand value', () => {
    expect(brierScore([1, 0, 1], [true, false, true])).toBe(0);
    expect(brierScore([0.8, 0.3], [true, true])).toBeCloseTo((0.04 + 0.49) / 2, 15);
    expect(brierScore([0, 1], [true, false])).toBe(1);
  });

  it('names the arguments when lengths differ', () => {
    expect(() => brierScore([0.5], [true, false])).toThrow(/probs and outcomes/);
  });
});

describe('reliabilityTable', () => {
  it('counts forecasts per non-empty bin, p = 1 in the last bin', () => {
    const probs = [0.05, 0.15, 0.15, 0.5, 0.95, 1];
    const outcomes = [false, true, false, true, true, true];
    const table = reliabilityTable(probs, outcomes, 10);
    expect(table.map((r) => [r.lo, r.hi, r.n])).toEqual([
      [0, 0.1, 1],
      [0.1, 0.2, 2],
      [0.5, 0.6, 1],
      [0.9, 1, 2],
    ]);
    expect(table[1]!.meanProb).toBeCloseTo(0.15, 15);
    expect(table[1]!.observedRate).toBe(0.5);
    expect(table[3]!.meanProb).toBeCloseTo(0.975, 15);
    expect(table[3]!.observedRate).toBe(1);
    expect(table.reduce((s, r) => s + r.n, 0)).toBe(probs.length);
  });

  it('puts bin-edge probabilities into the bin they open', () => {
    const table = reliabilityTable([0.3, 0.6, 0.7], [false, false, true], 10);
    expect(table.map((r) => r.lo)).toEqual([0.3, 0.6, 0.7]);
  });

  it('validates its arguments', () => {
    expect(() => reliabilityTable([0.5], [])).toThrow(/probs and outcomes/);
    expect(() => reliabilityTable([-0.1], [true])).toThrow(/probs must lie/);
  });
});

describe('auc', () => {
  it('is 1 for perfect separation, 0 reversed, 0.5 for all ties', () => {
    const outcomes = [false, false, true, true];
    expect(auc([0.1, 0.2, 0.8, 0.9], outcomes)).toBe(1);
    expect(auc([0.9, 0.8, 0.2, 0.1], outcomes)).toBe(0);
    expect(auc([0.5, 0.5, 0.5, 0.5], outcomes)).toBe(0.5);
  });

  it('counts partial ties as ½', () => {
    // pairs (pos, neg): (0.5 vs 0.5) ½, (0.5 vs 0.2) 1, (0.9 vs 0.5) 1, (0.9 vs 0.2) 1 → 3.5 / 4
    expect(auc([0.5, 0.2, 0.5, 0.9], [false, false, true, true])).toBe(0.875);
  });

  it('matches the O(n²) pairwise count on random data with ties', () => {
    const rng = lcg(99);
    for (let t = 0; t < 50; t++) {
      const n = 2 + Math.floor(rng() * 60);
      const scores = Array.from({ length: n }, () => Math.floor(rng() * 8) / 8);
      const outcomes = Array.from({ length: n }, () => rng() < 0.4);
      if (!outcomes.some((o) => o) || outcomes.every((o) => o)) continue;
      expect(auc(scores, outcomes)).toBeCloseTo(aucBrute(scores, outcomes), 12);
    }
  });

  it('is NaN when one class is empty and throws on mismatched lengths', () => {
    expect(auc([0.1, 0.2], [true, true])).toBeNaN();
    expect(auc([0.1, 0.2], [false, false])).toBeNaN();
    expect(() => auc([0.1], [true, false])).toThrow(/scores and outcomes/);
  });
});

describe('pairedBootstrap', () => {
  const rng = lcg(5);
  const a = Array.from({ length: 60 }, () => 1 + normal(rng));
  const b = Array.from({ length: 60 }, () => normal(rng));

  it('is deterministic with a seeded generator and its interval contains the mean difference', () => {
    const r1 = pairedBootstrap(a, b, { rng: lcg(42) });
    const r2 = pairedBootstrap(a, b, { rng: lcg(42) });
    expect(r1).toEqual(r2);
    expect(r1.meanDiff).toBeCloseTo(mean(a) - mean(b), 12);
    expect(r1.lo).toBeLessThanOrEqual(r1.meanDiff);
    expect(r1.hi).toBeGreaterThanOrEqual(r1.meanDiff);
    expect(r1.lo).toBeLessThan(r1.hi);
    expect(r1.shareAbove0).toBeGreaterThan(0.99);
    const r3 = pairedBootstrap(a, b, { rng: lcg(43), reps: 500 });
    expect(r3.meanDiff).toBe(r1.meanDiff);
    expect(r3.lo).not.toBe(r1.lo);
  });

  it('has a negative share above 0 for a clearly negative difference', () => {
    const r = pairedBootstrap(b, a, { rng: lcg(1), reps: 1000 });
    expect(r.shareAbove0).toBeLessThan(0.01);
    expect(r.hi).toBeLessThan(0);
  });

  it('has zero width when all differences are equal, with or without clusters', () => {
    const x = [3, 5, 8, 1, 4, 6];
    const y = x.map((v) => v - 2);
    const clusters = ['a', 'a', 'b', 'b', 'c', 'c'];
    for (const r of [
      pairedBootstrap(x, y, { rng: lcg(7), reps: 300 }),
      pairedBootstrap(x, y, { rng: lcg(7), reps: 300, clusters }),
    ]) {
      expect(r.meanDiff).toBe(2);
      expect(r.lo).toBe(2);
      expect(r.hi).toBe(2);
      expect(r.shareAbove0).toBe(1);
    }
  });

  it('resamples whole clusters: equal cluster means give zero width where pairs do not', () => {
    // cluster means all 2 with equal sizes, but the differences vary within clusters
    const diffs = [1, 3, 2, 2, 0, 4];
    const zeros = diffs.map(() => 0);
    const clusters = [101, 101, 202, 202, 303, 303];
    const byCluster = pairedBootstrap(diffs, zeros, { rng: lcg(11), reps: 500, clusters });
    expect(byCluster.lo).toBe(2);
    expect(byCluster.hi).toBe(2);
    const byPair = pairedBootstrap(diffs, zeros, { rng: lcg(11), reps: 500 });
    expect(byPair.hi - byPair.lo).toBeGreaterThan(0.5);
  });

  it('equals the pair bootstrap when every pair is its own cluster', () => {
    const clusters = a.map((_, i) => `k${i}`);
    expect(pairedBootstrap(a, b, { rng: lcg(3), reps: 400, clusters })).toEqual(
      pairedBootstrap(a, b, { rng: lcg(3), reps: 400 }),
    );
  });

  it('validates its arguments', () => {
    expect(() => pairedBootstrap([1, 2], [1], { rng: lcg(1) })).toThrow(/a and b/);
    expect(() => pairedBootstrap([1, 2], [1, 2], { rng: lcg(1), clusters: ['x'] })).toThrow(/a and clusters/);
    expect(() => pairedBootstrap([], [], { rng: lcg(1) })).toThrow(/empty/);
    expect(() => pairedBootstrap([1], [0], { rng: lcg(1), reps: 0 })).toThrow(/reps/);
  });
});

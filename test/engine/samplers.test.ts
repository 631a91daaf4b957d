// The samplers behind Monte Carlo: Poisson counts and triangular draws from one seeded uniform each (so
// scenarios stay coupled draw by draw), with the right moments; the normal quantile behind large-mean Poisson.
import { describe, expect, it } from 'vitest';
import {
  POISSON_NORMAL_THRESHOLD,
  makeStream,
  normalQuantile,
  samplePoisson,
  sampleTriangular,
  type Rng,
} from '../../src/engine/index.ts';

const N = 10000;

function moments(xs: readonly number[]): { mean: number; variance: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
  return { mean, variance };
}

/** A generator that returns the given uniforms in turn and counts calls. */
function fixed(us: readonly number[]): Rng & { calls: number } {
  let i = 0;
  const f = (() => {
    f.calls++;
    return us[i++ % us.length]!;
  }) as Rng & { calls: number };
  f.calls = 0;
  return f;
}

describe('samplePoisson', () => {
  it.each([0.1, 2, 15, 100])('mean %d: sample mean and variance within 5 standard errors (10 000 draws)', (lambda) => {
    const rng = makeStream(2024, Math.round(lambda * 10), 'events');
    const xs = Array.from({ length: N }, () => samplePoisson(rng, lambda));
    const { mean, variance } = moments(xs);
    // large means use a rounded normal: variance λ + 1/12
    const trueVar = lambda >= POISSON_NORMAL_THRESHOLD ? lambda + 1 / 12 : lambda;
    expect(Math.abs(mean - lambda)).toBeLessThan(5 * Math.sqrt(trueVar / N));
    // sd of the sample variance of a Poisson: sqrt((λ + 2λ²) / n)
    expect(Math.abs(variance - trueVar)).toBeLessThan(5 * Math.sqrt((lambda + 2 * lambda * lambda) / N));
    for (const x of xs) expect(Number.isInteger(x) && x >= 0).toBe(true);
  });

  it('uses exactly one uniform per draw, also for mean 0 and for large means (keeps streams aligned)', () => {
    for (const lambda of [0, -1, Number.NaN, 0.5, 30, 40, 1000]) {
      const rng = fixed([0.3, 0.7, 0.99]);
      for (let i = 0; i < 7; i++) samplePoisson(rng, lambda);
      expect(rng.calls, `mean ${lambda}`).toBe(7);
    }
  });

  it('gives 0 for a mean of 0 or less', () => {
    expect(samplePoisson(fixed([0.999]), 0)).toBe(0);
    expect(samplePoisson(fixed([0.999]), -3)).toBe(0);
  });

  it.each([0.1, 2, 15, 39, 40, 100, 5000])(
    'mean %d: the count is non-decreasing in the uniform (coupling)',
    (lambda) => {
      const ks = Array.from({ length: 1999 }, (_, i) => samplePoisson(fixed([(i + 1) / 2000]), lambda));
      const drops = ks.filter((k, i) => i > 0 && k < ks[i - 1]!);
      expect(drops).toEqual([]);
      expect(ks[ks.length - 1]!).toBeGreaterThan(ks[0]!);
    },
  );

  it('for a fixed uniform, the count is non-decreasing in the mean (below and above the normal threshold)', () => {
    for (const u of [0.01, 0.2, 0.5, 0.8, 0.99]) {
      let prev = 0;
      for (let lambda = 0.05; lambda < POISSON_NORMAL_THRESHOLD; lambda += 0.05) {
        const k = samplePoisson(fixed([u]), lambda);
        expect(k, `u ${u}, mean ${lambda}`).toBeGreaterThanOrEqual(prev);
        prev = k;
      }
      prev = 0;
      for (let lambda = POISSON_NORMAL_THRESHOLD; lambda < 2000; lambda += 7) {
        const k = samplePoisson(fixed([u]), lambda);
        expect(k, `u ${u}, mean ${lambda}`).toBeGreaterThanOrEqual(prev);
        prev = k;
      }
    }
  });
});

describe('sampleTriangular', () => {
  it.each([
    [0, 1, 2],
    [0.2, 0.37, 0.5],
    [1.5, 1.5, 4],
    [10, 30, 30],
  ])('(%d, %d, %d): within bounds, mean ≈ (a + b + c) / 3', (a, b, c) => {
    const rng = makeStream(7, 0, 'assumptions');
    const xs = Array.from({ length: N }, () => sampleTriangular(rng, a, b, c));
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(a);
      expect(x).toBeLessThanOrEqual(c);
    }
    const { mean, variance } = moments(xs);
    const sd = Math.sqrt((a * a + b * b + c * c - a * b - a * c - b * c) / 18);
    expect(Math.abs(mean - (a + b + c) / 3)).toBeLessThan(5 * (sd / Math.sqrt(N)));
    expect(Math.sqrt(variance)).toBeCloseTo(sd, 2);
  });

  it('is monotone in the uniform and hits the ends at u = 0 and u → 1', () => {
    let prev = -Infinity;
    for (let i = 0; i < 1000; i++) {
      const x = sampleTriangular(fixed([i / 1000]), 1, 2, 5);
      expect(x).toBeGreaterThanOrEqual(prev);
      prev = x;
    }
    expect(sampleTriangular(fixed([0]), 1, 2, 5)).toBe(1);
    expect(sampleTriangular(fixed([1 - 1e-12]), 1, 2, 5)).toBeCloseTo(5, 4);
  });

  it('returns the mode for an empty range and uses one uniform per draw', () => {
    const rng = fixed([0.4]);
    expect(sampleTriangular(rng, 3, 3, 3)).toBe(3);
    sampleTriangular(rng, 0, 1, 2);
    expect(rng.calls).toBe(2);
  });
});

describe('normalQuantile', () => {
  it('normalQuantile(0.975) ≈ 1.959964 and is antisymmetric', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959964, 6);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    expect(normalQuantile(0.84134474606854)).toBeCloseTo(1, 6);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
  });

  it('stays finite at 0 and 1', () => {
    expect(Number.isFinite(normalQuantile(0))).toBe(true);
    expect(Number.isFinite(normalQuantile(1))).toBe(true);
    expect(normalQuantile(0)).toBeLessThan(-7);
    expect(normalQuantile(1)).toBeGreaterThan(7);
  });
});

describe('makeStream', () => {
  it('is reproducible per (seed, run, name) and differs between names and runs', () => {
    const draw = (s: Rng) => Array.from({ length: 5 }, () => s());
    expect(draw(makeStream(1, 2, 'events'))).toEqual(draw(makeStream(1, 2, 'events')));
    expect(draw(makeStream(1, 2, 'events'))).not.toEqual(draw(makeStream(1, 2, 'assumptions')));
    expect(draw(makeStream(1, 2, 'events'))).not.toEqual(draw(makeStream(1, 3, 'events')));
    for (const u of draw(makeStream(5, 0, 'events'))) {
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
    }
  });
});

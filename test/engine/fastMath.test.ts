// The engine's own exp and log (fastMath.ts) against V8's Math.exp and Math.log: accuracy over their ranges on
// seeded random and edge-case arguments, exact values at 0 and 1, and Math's own answers outside the ranges.
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { fastExp, fastLog } from '../../src/engine/fastMath.ts';

const rng = seedrandom.alea('fastMath');
const uniform = (lo: number, hi: number): number => lo + (hi - lo) * rng();

/** Worst relative error of f against g over the arguments. */
function worstRelative(f: (x: number) => number, g: (x: number) => number, xs: readonly number[]): number {
  let worst = 0;
  for (const x of xs) {
    const want = g(x);
    worst = Math.max(worst, want === 0 ? Math.abs(f(x)) : Math.abs(f(x) - want) / Math.abs(want));
  }
  return worst;
}

describe('fastExp', () => {
  it('is within 5e-16 relative of Math.exp on (-16, 16), near 0 and at the table seams', () => {
    const xs = [
      ...Array.from({ length: 200_000 }, () => uniform(-16, 16)),
      ...Array.from({ length: 200_000 }, () => uniform(-3, 3)),
      ...Array.from({ length: 20_000 }, () => uniform(-1e-6, 1e-6)),
      // halfway between table points, where |r| is largest, over the whole table
      ...Array.from({ length: 11_820 }, (_, i) => ((i - 5910 + 0.5) * Math.LN2) / 256),
      -15.999999,
      15.999999,
    ];
    expect(worstRelative(fastExp, Math.exp, xs)).toBeLessThanOrEqual(5e-16);
  });

  it('gives exactly 1 at 0 and exactly Math.exp outside its range', () => {
    expect(fastExp(0)).toBe(1);
    expect(fastExp(-0)).toBe(1);
    for (const x of [-16, 16, -16.5, 20, -745.2, 709.7, -1e6, 1e6, -Infinity, Infinity, Number.NaN])
      expect(Object.is(fastExp(x), Math.exp(x)), String(x)).toBe(true);
  });
});

describe('fastLog', () => {
  it('is within 2e-16 absolute and 4e-16 relative of Math.log on [0.5, 2 - 1/1024)', () => {
    const xs = [
      ...Array.from({ length: 400_000 }, () => uniform(0.5, 1.9990234375)),
      ...Array.from({ length: 50_000 }, () => uniform(1 - 1e-3, 1 + 1e-3)),
      ...Array.from({ length: 20_000 }, () => uniform(1 - 1e-9, 1 + 1e-9)),
      // halfway between grid points, where |r| is largest
      ...Array.from({ length: 767 }, (_, j) => 0.5 + (j + 0.5) / 512),
      0.5,
      1.9990234375 - 2 ** -52,
    ];
    let worstAbs = 0;
    for (const x of xs) worstAbs = Math.max(worstAbs, Math.abs(fastLog(x) - Math.log(x)));
    expect(worstAbs).toBeLessThanOrEqual(2e-16);
    expect(worstRelative(fastLog, Math.log, xs)).toBeLessThanOrEqual(4e-16);
  });

  it('gives exactly 0 at 1 and exactly Math.log outside its range', () => {
    expect(fastLog(1)).toBe(0);
    for (const x of [0, -0, -1, 1e-300, 0.4999999, 1.9990234375, 2, 1e300, Infinity, -Infinity, Number.NaN])
      expect(Object.is(fastLog(x), Math.log(x)), String(x)).toBe(true);
  });
});

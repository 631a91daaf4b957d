// The projected population and need (step/exogenous.ts): a run of a plan without a population shock copies each
// month's values from projectedMonths (fillProjected) instead of interpolating them (fillExogenous); the copy must give
// the same state, bit for bit, and the same national need and population.
import { describe, expect, it } from 'vitest';
import { createWorkspace, preparePlan } from '../../src/engine/index.ts';
import { fillExogenous, fillProjected, projectedMonths } from '../../src/engine/step/exogenous.ts';
import { NEED, POP, STRIDE } from '../../src/engine/stateFields.ts';
import { SUM_POP } from '../../src/engine/workspace.ts';

const start = preparePlan({ endYear: 2040 }).start;
// as the model steps: month k at t0 + (k + 0.5) / 12, t0 1 January after the start year (start/calibration.ts)
const t0 = start.year + 1;
const MONTHS = 15 * 12;

/** A field of every municipality, as the bits of its doubles (so that the comparison is exact, -0 and NaN too). */
const bitsOf = (st: Float64Array, field: number) =>
  new BigUint64Array(Float64Array.from({ length: start.nM }, (_, m) => st[m * STRIDE + field]!).buffer);

describe('projected population and need', () => {
  it('fillProjected gives what fillExogenous computes, bit for bit, in every month of a run', () => {
    const months = projectedMonths(start, t0, MONTHS);
    const interpolated = createWorkspace(start);
    const copied = createWorkspace(start);
    for (const k of [0, 1, 11, 12, 59, 100, MONTHS - 1]) {
      const needExo = fillExogenous(start, t0 + (k + 0.5) / 12, interpolated);
      const needCopied = fillProjected(months[k]!, copied);
      expect(Object.is(needCopied, needExo)).toBe(true);
      expect(Object.is(copied.sums[SUM_POP], interpolated.sums[SUM_POP])).toBe(true);
      expect(bitsOf(copied.st, POP)).toEqual(bitsOf(interpolated.st, POP));
      expect(bitsOf(copied.st, NEED)).toEqual(bitsOf(interpolated.st, NEED));
    }
  });

  it('a longer run adds its further months and keeps those already computed', () => {
    const first = projectedMonths(start, t0, 12);
    const kept = first[5];
    const longer = projectedMonths(start, t0, 24);
    expect(longer.length).toBeGreaterThanOrEqual(24);
    expect(longer[5]).toBe(kept);
  });
});

// Scenario comparison from shared-seed Monte Carlo runs: paired differences (exactly zero for a scenario
// against itself; the band of a difference is narrower than the bands of the two outcomes), and the budget row.
import { describe, expect, it } from 'vitest';
import { budgetRow, clearDifference, outcome, pairedDifference } from '../../src/ui/compare/diff.ts';
import { monteCarloChunk } from '../../src/ui/sim/compute.ts';
import type { McRuns } from '../../src/engine/run/mcSummary.ts';
import { N_RESULTS, RESULT_IDS } from '../../src/engine/run/results.ts';
import type { RunRequest } from '../../src/ui/sim/protocol.ts';

const req = (levers: RunRequest['levers']): RunRequest => ({
  levers,
  assumptions: {},
  formulas: {},
  region: 'fylke:18',
  endYear: 2035,
});
async function runs(levers: RunRequest['levers']): Promise<McRuns> {
  const r = await monteCarloChunk(req(levers), 24, 0, 1, false, () => {});
  return { years: r.years, runs: 24, firstRun: 0, seed: 1, values: r.current };
}

/** Runs of one year (2030) whose residents without a GP are `values`, one a run (the other results 0). */
function oneResult(values: number[]): McRuns {
  const k = RESULT_IDS.indexOf('nResidentsWithoutGp');
  const out = new Float64Array(values.length * N_RESULTS);
  values.forEach((v, r) => (out[r * N_RESULTS + k] = v));
  return { years: [2030], runs: values.length, firstRun: 0, seed: 1, values: out };
}

describe('the standard error of a mean and a clear difference', () => {
  it("se is the runs' standard deviation over √runs; a difference is clear at twice it from 0", () => {
    // 200 runs: 197 with no difference, 3 that lose a whole list (+1 000 residents without a GP)
    const d = Array.from({ length: 200 }, (_, i) => (i < 3 ? 1000 : 0));
    const q = outcome(oneResult(d), 'nResidentsWithoutGp', 2030);
    const sd = Math.sqrt((3 * (1000 - 15) ** 2 + 197 * 15 ** 2) / 199);
    expect(q.mean).toBe(15);
    expect(q.se).toBeCloseTo(sd / Math.sqrt(200), 10);
    // a mean of 15 beside an 80 % interval of 0-0: 1.7 standard errors, not clear
    expect([q.p10, q.p90]).toEqual([0, 0]);
    expect(clearDifference(q)).toBe(false);
    // 20 runs that lose a list: the mean (100) is 4.7 standard errors from 0
    expect(clearDifference(outcome(oneResult(d.map((_, i) => (i < 20 ? 1000 : 0))), 'nResidentsWithoutGp', 2030))).toBe(
      true,
    );
    // the same difference in every run is clear however small; none is not
    expect(clearDifference(outcome(oneResult(d.map(() => 3)), 'nResidentsWithoutGp', 2030))).toBe(true);
    expect(clearDifference(outcome(oneResult(d.map(() => 0)), 'nResidentsWithoutGp', 2030))).toBe(false);
  });
});

describe('paired comparison', async () => {
  const base = await runs({});
  const more = await runs({ lis1Positions: 1600, alisGrants: 3000 });

  it('a scenario against itself differs by exactly zero in every run', () => {
    expect(pairedDifference(base, base, 'nGps', 2035)).toEqual({ mean: 0, p10: 0, p50: 0, p90: 0, se: 0 });
  });

  it('pairing removes the shared noise: the difference band is narrower than either outcome band', () => {
    const d = pairedDifference(more, base, 'nGps', 2035);
    const a = outcome(more, 'nGps', 2035);
    const b = outcome(base, 'nGps', 2035);
    expect(d.p50).toBeGreaterThan(0);
    expect(d.p90 - d.p10).toBeLessThan(Math.min(a.p90 - a.p10, b.p90 - b.p10));
  });

  it('budget: total = municipal + state in medians roughly, extra cost and residents gaining against the reference', () => {
    const b = budgetRow(more, base, 2030);
    expect(b.total.p50).toBeGreaterThan(0);
    expect(Math.abs(b.municipal.p50 + b.state.p50 - b.total.p50) / b.total.p50).toBeLessThan(0.05);
    expect(b.extra.p50).toBeGreaterThan(0);
    const self = budgetRow(base, base, 2030);
    expect(self.extra).toEqual({ mean: 0, p10: 0, p50: 0, p90: 0, se: 0 });
    expect(self.costPerResidentGaining).toBeNull();
  });

  it('one definition: the expected difference is the difference of the expected levels, whatever the median does', () => {
    for (const id of ['nResidentsWithoutGp', 'nGps', 'publicCostNok'] as const) {
      const d = pairedDifference(more, base, id, 2035);
      const a = outcome(more, id, 2035);
      const b = outcome(base, id, 2035);
      expect(d.mean).toBeCloseTo(a.mean - b.mean, 6);
      expect(d.p10).toBeLessThanOrEqual(d.p90);
    }
  });

  it('budget: the extra cost splits exactly into the municipalities’ and the state’s', () => {
    const b = budgetRow(more, base, 2030);
    expect(b.extraMunicipal.mean + b.extraState.mean).toBeCloseTo(b.extra.mean, 0);
    expect(b.residentsGaining.mean).toBeGreaterThan(0);
    if (b.costPerResidentGaining !== null)
      expect(b.costPerResidentGaining).toBeCloseTo(b.extra.mean / b.residentsGaining.mean, 6);
  });

  it('refuses runs that are not paired, and years outside the runs', () => {
    expect(() => pairedDifference(base, { ...more, seed: 2 }, 'nGps', 2030)).toThrow(/same seed/);
    expect(() => outcome(base, 'nGps', 2045)).toThrow(/year 2045/);
  });
});

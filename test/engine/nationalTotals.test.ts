/**
 * The national total of a hindcast (validate.ts nationalTotals): the ensemble's national residents without a GP are
 * the sum over every municipality of each run, the central run is the deterministic run of the same plan, the truth
 * is the national series, and the registered basis applies before 2022 to the model values, as in the backtest.
 */
import { describe, expect, it } from 'vitest';
import { NATIONAL } from '../../src/data/index.ts';
import { regionResults, resultIndex } from '../../src/engine/run/results.ts';
import { runDeterministic } from '../../src/engine/run/simulate.ts';
import { registeredBasis } from '../../src/engine/start/startState.ts';
import { runHindcast } from '../../src/engine/validation/hindcast.ts';
import { nationalTotals } from '../../src/engine/validation/validate.ts';

describe('national totals of a hindcast', () => {
  const ens = runHindcast({ origin: 2020, endYear: 2023, runs: 6, seed: 3 });
  const rows = nationalTotals(ens);

  it('sums every municipality of every run', () => {
    const nYears = ens.years.length;
    for (let r = 0; r < ens.runs; r++) {
      for (let y = 0; y < nYears; y++) {
        let sum = 0;
        for (let m = 0; m < ens.nM; m++) {
          const pop = ens.plan.start.pop[(ens.years[y]! + 1 - ens.plan.start.popFirstYear) * ens.nM + m]!;
          sum += ens.share[(r * nYears + y) * ens.nM + m]! * pop;
        }
        // the run's December population is within a few residents per municipality of the data's 1 January figure
        expect(Math.abs(ens.nationalWithout[r * nYears + y]! / sum - 1)).toBeLessThan(0.002);
      }
    }
  });

  it('gives the truth, the central run and the ensemble on the observation basis', () => {
    expect(rows.map((r) => r.year)).toEqual([2021, 2022, 2023]);
    const det = regionResults(
      runDeterministic(ens.plan),
      Int32Array.from({ length: ens.nM }, (_, i) => i),
      ens.plan.assumptions.shiftHours,
    );
    const k = resultIndex('nResidentsWithoutGp');
    rows.forEach((row, y) => {
      expect(row.actual).toBe(NATIONAL.series['listeinnbyggere_uten_fast_lege']![String(row.year)]);
      expect(row.deterministic).toBeCloseTo(det[k * rows.length + y]! * registeredBasis(row.year), 6);
      expect(row.p10).toBeLessThanOrEqual(row.p50);
      expect(row.p50).toBeLessThanOrEqual(row.p90);
      expect(row.mean).toBeGreaterThan(0);
    });
    expect(registeredBasis(2021)).toBeLessThan(1);
    expect(registeredBasis(2023)).toBe(1);
  });
});

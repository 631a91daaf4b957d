// The municipal validation as a test (src/engine/validation/validate.ts): origin 31 Dec 2022, assumptions calibrated
// on 2019-2022, 2023-2025 held out, 100 Monte Carlo runs. Thresholds are the (#13), not loosened to pass:
// where the model does not meet one today, the test is `it.fails` with the measured value in its title (npm run
// validate prints the full tables; README "Validation"). About 30 s: the calibration and the in-sample choice of
// the municipal spread are part of what is tested.
import { describe, expect, it } from 'vitest';
import {
  FILL_YEARS_GRID,
  LIST_PATIENT_DRIFT_GRID,
  parsimoniousChoice,
  SPREAD_TOLERANCE,
} from '../../src/engine/validation/spread.ts';
import { validateOrigin, type OriginReport } from '../../src/engine/validation/validate.ts';
import { MIX_WEIGHT_GRID } from '../../src/engine/validation/shareMixture.ts';

let cached: OriginReport | undefined;
const report = (): OriginReport => (cached ??= validateOrigin(2022, { runs: 100, seed: 1, bootstrapReps: 500 }));
const outcome = (id: 'share' | 'listLength') => report().outcomes.find((o) => o.outcome === id)!;

describe('municipal validation, origin 2022 → 2023-2025', () => {
  // (this test computes the report the others read: about 45 s on an idle 2-core machine, twice that when it is busy)
  it(
    'scores only municipalities with their own SSB row at the origin, in every test year',
    { timeout: 240_000 },
    () => {
      const r = report();
      expect(r.testYears).toEqual([2023, 2024, 2025]);
      expect(r.municipalitiesScored).toBe(238);
      expect(r.cases).toBeGreaterThanOrEqual(3 * 230);
      expect(r.calibration.until).toBe(2022);
    },
  );

  it.each(['share', 'listLength'] as const)(
    'the model beats persistence on CRPS (%s), with a bootstrap interval below 0',
    (id) => {
      const f = outcome(id).forecasters;
      expect(f.model!.crps).toBeLessThan(f.persistence!.crps);
      expect(f.persistence!.modelMinus!.hi).toBeLessThan(0);
    },
  );

  it('the groups by where municipalities stood at the origin split the cases, and their means add up to all', () => {
    for (const id of ['share', 'listLength'] as const) {
      const o = outcome(id);
      const bands = o.byOriginBand;
      expect(bands.map((g) => g.group)).toEqual(['0', '1', '2', '3']);
      expect(bands.reduce((s, g) => s + g.n, 0)).toBe(o.all.n);
      expect(o.all.n).toBe(o.forecasters.model!.n);
      expect(o.all.crps.model).toBeCloseTo(o.forecasters.model!.crps, 12);
      for (const key of ['meanModel', 'meanPersistence', 'meanObserved'] as const)
        expect(bands.reduce((s, g) => s + g[key] * g.n, 0) / o.all.n).toBeCloseTo(o.all[key], 10);
    }
    // where nobody was without a GP, "no change" says 0; in the band of 20 % or more, at least 20 %
    const share = outcome('share').byOriginBand;
    expect(share[0]!.meanPersistence).toBe(0);
    expect(share[3]!.meanPersistence).toBeGreaterThanOrEqual(0.2);
  });

  it('scores where those that stood alike went on the share only, as an ensemble', () => {
    const standing = outcome('share').forecasters.standing!;
    expect(standing.n).toBe(outcome('share').forecasters.model!.n);
    expect(standing.crps).toBeGreaterThan(0);
    expect(standing.coverage80).toBeGreaterThan(0);
    expect(standing.modelMinus).toBeDefined();
    expect(outcome('listLength').forecasters.standing).toBeUndefined();
    // (for the events it is the base rate "where it stands", scored once)
    expect(report().events.shareAtLeast5pct.brier).not.toHaveProperty('standing');
  });

  it('scores the model mixed with where those that stood alike went, its weight chosen on years up to the origin', () => {
    const mix = report().shareMix;
    expect(MIX_WEIGHT_GRID).toContain(mix.weight);
    expect(mix.crpsByWeight).toHaveLength(MIX_WEIGHT_GRID.length);
    // the weight is the grid's lowest in-sample CRPS
    expect(mix.crpsByWeight[MIX_WEIGHT_GRID.indexOf(mix.weight)]).toBe(Math.min(...mix.crpsByWeight));
    const mixed = outcome('share').forecasters.modelMixed!;
    expect(mixed.n).toBe(outcome('share').forecasters.model!.n);
    expect(mixed.coverage80).toBeGreaterThan(0);
    expect(mixed.modelMinus).toBeDefined();
    expect(outcome('listLength').forecasters.modelMixed).toBeUndefined();
  });

  it('share without a GP: p10-p90 covers 60-95 % of what happened', () => {
    const c = outcome('share').forecasters.model!.coverage80;
    expect(c).toBeGreaterThanOrEqual(0.6);
    expect(c).toBeLessThanOrEqual(0.95);
  });

  it('mean list length: p10-p90 covers 60-95 % of what happened', () => {
    const c = outcome('listLength').forecasters.model!.coverage80;
    expect(c).toBeGreaterThanOrEqual(0.6);
    expect(c).toBeLessThanOrEqual(0.95);
  });

  it('the municipal spread was chosen in sample, on a hindcast 2020 → 2022', () => {
    expect(report().spread.innerOrigin).toBe(2020);
    expect(report().spread.listCrps.length).toBeGreaterThan(2);
  });

  it('the fill time of new lists was chosen in sample, on the Brier score of a list without a GP', () => {
    const s = report().spread;
    expect(FILL_YEARS_GRID).toContain(s.emptyListFillYears);
    expect(s.brierByFillYears).toHaveLength(FILL_YEARS_GRID.length);
    // the longest fill time within the tolerance of the best (a list opened stands empty: the rule; spread.ts)
    const best = Math.min(...s.brierByFillYears);
    const within = FILL_YEARS_GRID.filter((_, i) => s.brierByFillYears[i]! <= best * (1 + SPREAD_TOLERANCE));
    expect(s.emptyListFillYears).toBe(Math.max(...within));
  });

  it('the list-patient drift was chosen in sample, on the list length’s CRPS', () => {
    const s = report().spread;
    expect(s.listCrpsByDrift).toHaveLength(LIST_PATIENT_DRIFT_GRID.length);
    expect(s.listPatientDriftScale).toBe(parsimoniousChoice(LIST_PATIENT_DRIFT_GRID, s.listCrpsByDrift));
    // no drift scores worse than the one chosen: the list length moves for reasons the model does not see
    expect(s.listCrpsByDrift[0]!).toBeGreaterThan(Math.min(...s.listCrpsByDrift));
  });

  it.each(['shareAtLeast5pct', 'anyListWithoutGp'] as const)(
    'the runs’ own %s probabilities beat class climatology on Brier, held out',
    (id) => {
      const e = report().events[id];
      expect(e.brier.model!).toBeLessThan(e.brier.climatology!);
    },
  );

  it('the share without a GP: the model’s CRPS beats class climatology’s, held out', () => {
    const f = outcome('share').forecasters;
    expect(f.model!.crps).toBeLessThan(f.climatology!.crps);
  });

  it.each(['shareAtLeast5pct', 'anyListWithoutGp'] as const)(
    'recalibrated in sample, the %s probabilities beat class climatology and the runs’ own on Brier, held out',
    (id) => {
      const e = report().events[id];
      expect(e.brier.modelRecalibrated!).toBeLessThan(e.brier.climatology!);
      expect(e.brier.modelRecalibrated!).toBeLessThan(e.brier.model!);
      // the map is monotone: the ranking (AUC) is the runs' own (ties at the probability floor aside)
      expect(Math.abs(e.auc.modelRecalibrated! - e.auc.model!)).toBeLessThan(0.01);
    },
  );

  it.each(['shareAtLeast5pct', 'anyListWithoutGp'] as const)(
    'pooled in sample with the base rate from where it stands (the app), the %s probabilities beat class climatology, the runs’ own and the Platt map on Brier, held out',
    (id) => {
      const e = report().events[id];
      expect(e.brier.modelPooled!).toBeLessThan(e.brier.climatology!);
      expect(e.brier.modelPooled!).toBeLessThan(e.brier.model!);
      expect(e.brier.modelPooled!).toBeLessThan(e.brier.modelRecalibrated!);
      expect(e.calibration.poolWeight).toBeGreaterThan(0);
      expect(e.calibration.poolWeight).toBeLessThanOrEqual(1);
    },
  );

  // the naive forecast that knows where a municipality stands (baseRates.ts): the model ranks better, but the app's
  // probabilities lose to it on Brier from 2022 (README "Validation"); these turn red when that changes
  it.each(['shareAtLeast5pct', 'anyListWithoutGp'] as const)(
    'the model ranks the %s event better than the base rate from where a municipality stands (AUC), held out',
    (id) => {
      const e = report().events[id];
      expect(e.auc.model!).toBeGreaterThan(e.auc.stateBaseRate!);
    },
  );

  it.fails.each([
    ['shareAtLeast5pct', '0.1792 vs 0.1790'],
    ['anyListWithoutGp', '0.2108 vs 0.2023'],
  ] as const)(
    'KNOWN MISS (%s, Brier %s): the app’s pooled probabilities beat the base rate from where a municipality stands, held out',
    (id, _measured) => {
      const e = report().events[id];
      expect(e.brier.modelPooled!).toBeLessThan(e.brier.stateBaseRate!);
    },
  );

  it('the event maps were fitted on hindcasts from 2019-2021 scored up to the origin only', () => {
    for (const c of Object.values(report().eventCalibration)) {
      expect(c.origins).toEqual([2019, 2020, 2021]);
      expect(c.until).toBe(2022);
      expect(c.b).toBeGreaterThan(0);
      expect(c.b).toBeLessThan(1); // the runs are overconfident: the map pulls toward the middle
    }
  });

  it('the crisis events are ranked better than by class climatology (AUC)', () => {
    for (const e of Object.values(report().events)) expect(e.auc.model!).toBeGreaterThan(e.auc.climatology!);
  });

  it('point forecasts have CRPS equal to their absolute error; PIT histogram counts every case', () => {
    for (const o of report().outcomes) {
      expect(o.forecasters.persistence!.crps).toBeCloseTo(o.forecasters.persistence!.maeMedian, 12);
      expect(o.pitHistogram.reduce((a, b) => a + b, 0)).toBe(report().cases);
    }
  });
});

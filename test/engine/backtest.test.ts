// National backtest from 31 Dec 2019, the start built from 2019 data only (leak-free, hindcastStart.test.ts).
// (1) Out of sample: the calibrated assumptions and the municipal response fitted on 2019-2022 only (fit.ts);
// 2023-2025 held out. Targets: GPs and
// mean list length within ±5 %, residents on lists without a GP within ±30 % and falling after 2023.
// (2) With the registry defaults (fitted on 2019-2025, every year in sample). Known misses are written as
// `it.fails` with the measured numbers in their titles: they fail the suite as soon as the model meets them, so the
// titles must then be updated, never silently kept.
import { describe, expect, it } from 'vitest';
import { backtestPlan, evaluateBacktest, preparePlan, type BacktestReport } from '../../src/engine/index.ts';
import { backtestMonteCarlo, type BacktestMonteCarloRow } from '../../src/engine/run/backtest.ts';
import { runMonteCarlo, runValues } from '../../src/engine/run/monteCarlo.ts';
import { fitUntil } from '../../src/engine/validation/fit.ts';

const TOLERANCE = { nGps: 0.05, meanListLength: 0.05, nResidentsWithoutGp: 0.3 } as const;

let defaults: BacktestReport | undefined;
const defaultReport = (): BacktestReport => (defaults ??= evaluateBacktest(backtestPlan()));
let held: BacktestReport | undefined;
let heldPlan: ReturnType<typeof preparePlan> | undefined;
const heldOut = (): BacktestReport => {
  if (held) return held;
  const fit = fitUntil(2022);
  heldPlan = preparePlan({ start: 'backtest', endYear: 2025, assumptions: fit.assumptions, knownUntil: 2022 });
  return (held = evaluateBacktest(heldPlan, undefined, 2022));
};
let heldMc: BacktestMonteCarloRow[] | undefined;
const heldOutMonteCarlo = (): BacktestMonteCarloRow[] => {
  heldOut();
  return (heldMc ??= backtestMonteCarlo(heldPlan!, 200, 1, 2022));
};
const failing = (rows: BacktestReport['rows']) =>
  rows
    .filter((r) => !r.pass)
    .map((r) => `${r.indicator} ${r.year}: ${Math.round(r.model)} vs ${r.actual} (${(r.error * 100).toFixed(1)} %)`);

describe('backtest 2019-2025, calibrated on 2019-2022 only (2023-2025 out of sample)', () => {
  // (this test computes the fit until 2022 the others read: a calibration and the in-sample choice of the spread,
  // about 40 s on an idle 2-core machine, twice that when the machine is busy)
  it('marks the start, in-sample and out-of-sample years', { timeout: 240_000 }, () => {
    const rows = heldOut().rows;
    for (const r of rows)
      expect(r.sample, `${r.indicator} ${r.year}`).toBe(r.year === 2019 ? 'start' : r.year <= 2022 ? 'in' : 'out');
    expect(heldOut().calibratedUntil).toBe(2022);
  });

  it('in sample, GPs and mean list length are within ±5 % every year', () => {
    expect(failing(heldOut().rows.filter((r) => r.sample === 'in' && r.indicator !== 'nResidentsWithoutGp'))).toEqual(
      [],
    );
  });

  it.fails(
    'known miss: the central run has residents without a GP −41 … −68 % in 2020-2022, in sample (not fitted: the national count is whole lists vacant in the Monte Carlo, npm run validate; calibrate.ts)',
    () => {
      expect(failing(heldOut().rows.filter((r) => r.sample === 'in'))).toEqual([]);
    },
  );

  it('out of sample, GPs and mean list length are within ±5 % and residents without a GP fall from 2023 to 2025', () => {
    expect(failing(heldOut().rows.filter((r) => r.sample === 'out' && r.indicator !== 'nResidentsWithoutGp'))).toEqual(
      [],
    );
    expect(heldOut().turnsDownAfter2023).toBe(true);
  });

  it.fails('known miss: out of sample, the central run’s residents without a GP −72 % (2023) and −64 % (2025)', () => {
    expect(failing(heldOut().rows.filter((r) => r.sample === 'out'))).toEqual([]);
  });
});

describe('the national count as the app estimates it: the Monte Carlo mean from the same start', () => {
  it('compares every published year, on the registered basis before the 2022 change, seeded', () => {
    const plan = backtestPlan();
    const rows = backtestMonteCarlo(plan, 12, 5, 2022);
    expect(rows.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2025]);
    expect(rows.map((r) => r.sample)).toEqual(['in', 'in', 'in', 'out', 'out']);
    expect(backtestMonteCarlo(plan, 12, 5, 2022)).toEqual(rows);
    // the mean of the same runs' values, × the registered share in 2020 and 2021 only
    const members = Int32Array.from({ length: plan.start.nM }, (_, i) => i);
    const mc = runMonteCarlo(plan, { runs: 12, seed: 5, members });
    const mean = (year: number) => {
      const v = runValues(mc, 'nResidentsWithoutGp', mc.years.indexOf(year));
      return v.reduce((a, b) => a + b, 0) / v.length;
    };
    expect(rows[0]!.mean / mean(2020)).toBeCloseTo(0.82, 10);
    expect(rows[3]!.mean).toBeCloseTo(mean(2023), 6);
    for (const r of rows) {
      expect(r.p10).toBeLessThanOrEqual(r.p90);
      expect(r.error).toBeCloseTo((r.mean - r.actual) / r.actual, 12);
      expect(r.pass).toBe(Math.abs(r.error) <= 0.3);
      expect(r.covered).toBe(r.actual >= r.p10 && r.actual <= r.p90);
    }
  });

  it.fails(
    'known miss: calibrated on 2019-2022, the Monte Carlo mean is −35 … −62 % in sample and −66 % (2023), −59 % (2025) out of sample, the actual above p90 every year (200 runs): the 2019 start, 246 of its municipalities rebuilt from peers, misses the crisis, not only the central run',
    { timeout: 240_000 },
    () => {
      const missed = heldOutMonteCarlo()
        .filter((r) => !r.pass || !r.covered)
        .map((r) => `${r.year}: ${Math.round(r.mean)} vs ${r.actual} (${(r.error * 100).toFixed(1)} %)`);
      expect(missed).toEqual([]);
    },
  );
});

describe('backtest 2019-2025 with the registry defaults (every year in sample)', () => {
  it('compares every indicator in every year with a published value, with the documented tolerances', () => {
    const rows = defaultReport().rows;
    for (const ind of Object.keys(TOLERANCE) as (keyof typeof TOLERANCE)[]) {
      const mine = rows.filter((r) => r.indicator === ind);
      expect(mine.length, ind).toBeGreaterThanOrEqual(5);
      for (const r of mine) {
        expect(r.tolerance, `${ind} ${r.year}`).toBe(TOLERANCE[ind]);
        expect(Number.isFinite(r.model) && r.model > 0, `${ind} ${r.year} model`).toBe(true);
        expect(r.error).toBeCloseTo((r.model - r.actual) / r.actual, 12);
        expect(r.pass).toBe(Math.abs(r.error) <= r.tolerance);
      }
    }
    expect(rows.map((r) => r.year)).toContain(2019);
    expect(rows.map((r) => r.year)).toContain(2025);
  });

  it('the start year (2019) reproduces the published GPs and residents without a GP', () => {
    const start = defaultReport().rows.filter((r) => r.year === 2019);
    for (const r of start.filter((x) => x.indicator !== 'meanListLength'))
      expect(Math.abs(r.error), `${r.indicator} 2019`).toBeLessThan(0.01);
  });

  it('GPs and mean list length are within ±5 % every year', () => {
    expect(failing(defaultReport().rows.filter((r) => r.indicator !== 'nResidentsWithoutGp'))).toEqual([]);
  });

  it.fails(
    'known miss: the central run’s residents without a GP −41 … −70 % in 2020-2025 (not fitted; GPs within ±5 % with five assumptions at the edge of their ranges)',
    () => {
      expect(failing(defaultReport().rows.filter((r) => r.indicator === 'nResidentsWithoutGp'))).toEqual([]);
    },
  );

  it('report.pass is true exactly when every row passes and the turn holds', () => {
    const r = defaultReport();
    expect(r.pass).toBe(r.rows.every((x) => x.pass) && r.turnsDownAfter2023);
    expect(r.notes.length).toBeGreaterThan(0);
  });
});

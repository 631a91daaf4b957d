// The recalibration of event probabilities (run/eventCalibration.ts, validation/eventCalibrationFit.ts): the fit
// recovers a known map, leaves calibrated probabilities alone, stays monotone; the hindcast cases read no year
// after the origin; summarizeEvents applies the maps and keeps the runs' own shares; the app's maps
// (src/data/eventCalibration.json) were fitted with the current engine on outcomes up to the forecast origin.
import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import mapsJson from '../../src/data/eventCalibration.json';
import {
  applyEventCalibration,
  applyEventPool,
  EVENT_PROBABILITY_FLOOR,
  pooledEventPair,
  logit,
  sigmoid,
  type EventCalibrationFile,
} from '../../src/engine/run/eventCalibration.ts';
import {
  fitEventCalibration,
  fitEventCalibrationsUntil,
  fitPoolWeight,
  hindcastEventCases,
  MIN_CALIBRATION_SLOPE,
  type EventCase,
} from '../../src/engine/validation/eventCalibrationFit.ts';
import { runHindcast } from '../../src/engine/validation/hindcast.ts';
import { baseRateBand, baseRatesByYear } from '../../src/engine/validation/baseRates.ts';
import { EVENT_SHARE_THRESHOLDS } from '../../src/engine/run/mcSummary.ts';
import { registeredBasis } from '../../src/engine/start/startState.ts';
import { summarizeEvents, type McRuns } from '../../src/engine/run/mcSummary.ts';
import { N_RESULTS, RESULT_IDS } from '../../src/engine/run/results.ts';
import { FORECAST_ORIGIN, trackRecordInputsHash } from '../../src/cli/trackRecord.ts';

const meta = { origins: [2019], until: 2020 };

/** Cases whose events happen with probability σ(a + b·logit p), p spread over (0, 1). */
function synthetic(a: number, b: number, n: number, seed: string): EventCase[] {
  const rng = seedrandom(seed);
  return Array.from({ length: n }, () => {
    const p = 0.02 + 0.96 * rng();
    return { p, happened: rng() < sigmoid(a + b * logit(p)) };
  });
}

describe('fitEventCalibration', () => {
  it('recovers a known overconfident map from 20 000 cases', () => {
    const c = fitEventCalibration(synthetic(-0.5, 0.45, 20000, 'known'), meta);
    expect(c.a).toBeCloseTo(-0.5, 1);
    expect(c.b).toBeCloseTo(0.45, 1);
    expect(c.n).toBe(20000);
    expect(c.until).toBe(2020);
  });

  it('leaves calibrated probabilities about as they are', () => {
    const c = fitEventCalibration(synthetic(0, 1, 20000, 'calibrated'), meta);
    expect(Math.abs(c.a)).toBeLessThan(0.08);
    expect(Math.abs(c.b - 1)).toBeLessThan(0.08);
  });

  it('stays monotone when the probabilities run against the outcomes', () => {
    const cases = synthetic(0, -1, 5000, 'reversed');
    const c = fitEventCalibration(cases, meta);
    expect(c.b).toBeGreaterThanOrEqual(MIN_CALIBRATION_SLOPE);
    expect(applyEventCalibration(0.9, c)).toBeGreaterThanOrEqual(applyEventCalibration(0.1, c));
  });

  it('a handful of cases cannot produce an extreme map (the ridge toward the identity)', () => {
    const c = fitEventCalibration(
      [
        { p: 0.9, happened: false },
        { p: 0.8, happened: false },
      ],
      meta,
    );
    expect(Number.isFinite(c.a) && Number.isFinite(c.b)).toBe(true);
    expect(applyEventCalibration(0.9, c)).toBeGreaterThan(0.05);
  });

  it('refuses an empty sample', () => {
    expect(() => fitEventCalibration([], meta)).toThrow(/no cases/);
  });
});

describe('fitPoolWeight', () => {
  /** Cases whose events happen with probability w·p + (1 − w)·base, p and base independent over (0, 1). */
  function pooled(w: number, n: number, seed: string): EventCase[] {
    const rng = seedrandom(seed);
    return Array.from({ length: n }, () => {
      const p = rng();
      const base = rng();
      return { p, base, happened: rng() < w * p + (1 - w) * base };
    });
  }

  it('recovers a known weight from 20 000 cases, and takes the runs alone or the base rate alone when one is right', () => {
    expect(fitPoolWeight(pooled(0.7, 20000, 'w07'))).toBeCloseTo(0.7, 1);
    expect(fitPoolWeight(pooled(1, 20000, 'w1'))).toBeGreaterThan(0.95);
    expect(fitPoolWeight(pooled(0, 20000, 'w0'))).toBeLessThan(0.05);
  });

  it('is the weight with the least Brier score (against a fine grid), kept in 0-1', () => {
    const cases = pooled(0.4, 3000, 'grid');
    const brier = (w: number) =>
      cases.reduce((s, c) => s + (w * c.p + (1 - w) * c.base! - (c.happened ? 1 : 0)) ** 2, 0) / cases.length;
    const w = fitPoolWeight(cases);
    for (let g = 0; g <= 1; g += 0.01) expect(brier(w)).toBeLessThanOrEqual(brier(g) + 1e-12);
    const against = cases.map((c) => ({ ...c, happened: !c.happened, base: c.p }));
    expect(fitPoolWeight(against)).toBe(1);
  });

  it('the runs alone (1) when no case has a base rate, and fitEventCalibration carries the weight', () => {
    expect(fitPoolWeight([{ p: 0.3, happened: true }])).toBe(1);
    const c = fitEventCalibration(pooled(0.7, 20000, 'fit'), meta);
    expect(c.poolWeight).toBeCloseTo(0.7, 1);
  });
});

describe('applyEventPool', () => {
  const c = { a: 0, b: 1, n: 1, origins: [2019], until: 2022, poolWeight: 0.75 };
  it('weighs the runs’ share against the base rate', () => {
    expect(applyEventPool(0.8, 0.4, c)).toBeCloseTo(0.7, 12);
    expect(applyEventPool(0, 0.4, { ...c, poolWeight: 1 })).toBe(0);
  });

  it('refuses NaN', () => {
    expect(() => applyEventPool(0.5, Number.NaN, c)).toThrow(/event probability/);
  });
});

describe('pooledEventPair', () => {
  const maps = {
    anyListWithoutGp: { a: 0, b: 1, n: 1, origins: [2019], until: 2022, poolWeight: 0.5 },
    shareAtLeast5pct: { a: 0, b: 1, n: 1, origins: [2019], until: 2022, poolWeight: 0.25 },
  };
  it('pools each event with its own base rate and weight', () => {
    const p = pooledEventPair(
      { anyListWithoutGp: 0.6, shareAtLeast5pct: 0.2 },
      { anyListWithoutGp: 0.4, shareAtLeast5pct: 0.3 },
      maps,
    );
    expect(p.anyListWithoutGp).toBeCloseTo(0.5, 12);
    expect(p.shareAtLeast5pct).toBeCloseTo(0.275, 12);
  });

  it('keeps "share ≥ 5 %" at or below "at least one list without a GP"', () => {
    // pooled alone: any 0.5 · 0.2 + 0.5 · 0.3 = 0.25, share 0.25 · 0.2 + 0.75 · 0.29 = 0.2675 … capped at 0.25
    const p = pooledEventPair(
      { anyListWithoutGp: 0.2, shareAtLeast5pct: 0.2 },
      { anyListWithoutGp: 0.3, shareAtLeast5pct: 0.29 },
      maps,
    );
    expect(p.anyListWithoutGp).toBeCloseTo(0.25, 12);
    expect(p.shareAtLeast5pct).toBe(p.anyListWithoutGp);
  });

  it('keeps the runs’ share where a base rate is missing', () => {
    const p = pooledEventPair(
      { anyListWithoutGp: 0.6, shareAtLeast5pct: 0.2 },
      { anyListWithoutGp: Number.NaN, shareAtLeast5pct: 0.3 },
      maps,
    );
    expect(p.anyListWithoutGp).toBe(0.6);
    expect(p.shareAtLeast5pct).toBeCloseTo(0.275, 12);
  });
});

describe('applyEventCalibration', () => {
  const c = { a: -0.5, b: 0.5, n: 1, origins: [2019], until: 2022, poolWeight: 1 };
  it('is monotone and finite from 0 to 1, with 0 and 1 read as the probability floor', () => {
    let last = -1;
    for (let p = 0; p <= 1.0000001; p += 0.01) {
      const q = applyEventCalibration(Math.min(1, p), c);
      expect(q).toBeGreaterThanOrEqual(last);
      expect(q > 0 && q < 1).toBe(true);
      last = q;
    }
    expect(applyEventCalibration(0, c)).toBe(applyEventCalibration(EVENT_PROBABILITY_FLOOR, c));
  });

  it('the identity map returns the probability (inside the floor)', () => {
    const id = { a: 0, b: 1, n: 0, origins: [], until: 0, poolWeight: 1 };
    expect(applyEventCalibration(0.37, id)).toBeCloseTo(0.37, 12);
  });

  it('refuses NaN', () => {
    expect(() => applyEventCalibration(Number.NaN, c)).toThrow(/event probability/);
  });
});

describe('leak-free cases', () => {
  it('a hindcast from 2019 run to 2022 gives cases of 2020 only when scored up to 2020', () => {
    const ens = runHindcast({ origin: 2019, endYear: 2022, runs: 4, seed: 3, knownUntil: 2020 });
    const cases = hindcastEventCases(ens, 2020);
    const start = ens.plan.start;
    const expected = start.records.filter(
      (r, m) => !start.reconstructed[m] && r.trend.some((t) => t.year === 2020 && t.shareWithoutGpPct !== null),
    ).length;
    expect(cases.shareAtLeast5pct).toHaveLength(expected);
    expect(cases.anyListWithoutGp).toHaveLength(expected);
    const to2022 = hindcastEventCases(ens, 2022);
    expect(to2022.shareAtLeast5pct.length).toBeGreaterThan(2 * expected);
    // each case's base rate is counted from where it stood in 2019 on rows up to 2019: the same with later rows gone
    const cut = start.records.map((r) => ({ ...r, trend: r.trend.filter((t) => t.year <= 2019) }));
    const rates = baseRatesByYear(cut, 2019, EVENT_SHARE_THRESHOLDS.shareAtLeast5pct, registeredBasis)(2020);
    const bases = start.records.flatMap((r, m) => {
      if (start.reconstructed[m] || !r.trend.some((t) => t.year === 2020 && t.shareWithoutGpPct !== null)) return [];
      const at2019 = r.trend.find((t) => t.year === 2019)!.shareWithoutGpPct!;
      return [rates.rate[baseRateBand(at2019 / 100 / registeredBasis(2019))]!];
    });
    expect(cases.shareAtLeast5pct.map((c) => c.base)).toEqual(bases);
  });

  it('inner origins must lie before the origin', () => {
    expect(() => fitEventCalibrationsUntil(2021, { runs: 2, seed: 1, innerOrigins: [2021] })).toThrow(/2019-2020/);
    expect(() => fitEventCalibrationsUntil(2021, { runs: 2, seed: 1, innerOrigins: [2018] })).toThrow(/inner origins/);
  });
});

describe('summarizeEvents with the weights and the base rates', () => {
  const years = [2026, 2027];
  const runs = 10;
  const values = new Float64Array(runs * N_RESULTS * years.length);
  const share = RESULT_IDS.indexOf('residentsWithoutGpShare');
  const vacant = RESULT_IDS.indexOf('nVacantLists');
  for (let r = 0; r < runs; r++) {
    values[(r * N_RESULTS + share) * 2 + 1] = r < 7 ? 0.08 : r < 9 ? 0.01 : 0; // 70 % of runs ≥ 5 % in 2027
    values[(r * N_RESULTS + vacant) * 2 + 1] = r < 9 ? 1 : 0; // 90 % with a vacant list
  }
  const mc: McRuns = { years, runs, firstRun: 0, seed: 1, values };
  const maps = {
    anyListWithoutGp: { a: -0.4, b: 0.5, n: 1, origins: [2019], until: 2025, poolWeight: 0.6 },
    shareAtLeast5pct: { a: -0.6, b: 0.4, n: 1, origins: [2019], until: 2025, poolWeight: 0.8 },
  };
  // the base rates from where the municipality stands, by year (2026 has none: the runs' share stands)
  const base = {
    years: [2025, 2026, 2027],
    poolAnyListWithoutGp: [0.9, Number.NaN, 0.5],
    poolShareAtLeast5pct: [0.9, Number.NaN, 0.2],
  };

  it('without maps: the runs’ shares, not pooled', () => {
    const ev = summarizeEvents(mc, 'municipality');
    expect(ev.pooled).toBe(false);
    expect(ev.pShareAtLeast5pct).toEqual([0, 0.7]);
    expect(ev.pAnyListWithoutGpRuns).toEqual(ev.pAnyListWithoutGp);
  });

  it('pooled: the runs’ shares weighed with the base rates of the same year, the runs’ shares kept beside them', () => {
    const ev = summarizeEvents(mc, 'municipality', maps, base);
    expect(ev.pooled).toBe(true);
    expect(ev.pShareAtLeast5pctRuns).toEqual([0, 0.7]);
    expect(ev.pAnyListWithoutGpRuns).toEqual([0, 0.9]);
    expect(ev.pShareAtLeast5pct[1]).toBeCloseTo(0.8 * 0.7 + 0.2 * 0.2, 12);
    expect(ev.pAnyListWithoutGp[1]).toBeCloseTo(0.6 * 0.9 + 0.4 * 0.5, 12);
    // a year without a base rate keeps the runs' share
    expect(ev.pAnyListWithoutGp[0]).toBe(0);
  });

  it('weights without base rates (a municipality with nothing of its own to stand on): the runs’ shares', () => {
    const ev = summarizeEvents(mc, 'municipality', maps);
    expect(ev.pooled).toBe(false);
    expect(ev.pAnyListWithoutGp).toEqual([0, 0.9]);
  });
});

describe('the app’s maps (src/data/eventCalibration.json)', () => {
  const file = mapsJson as unknown as EventCalibrationFile;
  it('were fitted with the current engine, levers and data (else run `npm run track-record`)', () => {
    expect(file.inputsHash).toBe(trackRecordInputsHash());
  });

  it('were fitted on outcomes up to the forecast origin only, with monotone, shrinking maps', () => {
    expect(file.origin).toBe(FORECAST_ORIGIN);
    for (const c of Object.values(file.maps)) {
      expect(c.until).toBeLessThanOrEqual(FORECAST_ORIGIN);
      expect(Math.max(...c.origins)).toBeLessThan(FORECAST_ORIGIN);
      expect(c.n).toBeGreaterThan(1000);
      expect(c.b).toBeGreaterThan(0);
      expect(c.b).toBeLessThan(1);
    }
  });
});

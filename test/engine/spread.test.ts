// The in-sample choice of the municipal spread (spread.ts) reads nothing after the origin: its inner hindcast ends
// at the origin, and its score is the same when every SSB row after the scored years is garbage.
import { describe, expect, it } from 'vitest';
import type { HindcastEnsemble } from '../../src/engine/validation/hindcast.ts';
import { forEachScoredRow, runHindcast, withListPatientDrift } from '../../src/engine/validation/hindcast.ts';
import { BEFORE_SPREAD_CHOICE } from '../../src/engine/validation/calibrate.ts';
import {
  FILL_YEARS_GRID,
  innerBrier,
  innerCrps,
  parsimoniousChoice,
  SPREAD_TOLERANCE,
} from '../../src/engine/validation/spread.ts';

function withLaterRowsGarbled(ens: HindcastEnsemble, after: number): HindcastEnsemble {
  const records = ens.plan.start.records.map((r) => ({
    ...r,
    trend: r.trend.map((t) => (t.year > after ? { ...t, shareWithoutGpPct: 99, meanListLength: 1 } : t)),
  }));
  return { ...ens, plan: { ...ens.plan, start: { ...ens.plan.start, records } } };
}

describe('spread: the in-sample score', () => {
  const ens = runHindcast({ origin: 2020, endYear: 2022, runs: 8, seed: 1 });
  it('scores only the years up to `until` and no row after it', () => {
    for (const until of [2021, 2022]) {
      for (const outcome of ['share', 'listLength'] as const) {
        const a = innerCrps(ens, outcome, until);
        const b = innerCrps(withLaterRowsGarbled(ens, until), outcome, until);
        expect(b).toEqual(a);
      }
    }
    expect(innerCrps(ens, 'share', 2021)).not.toEqual(innerCrps(ens, 'share', 2022));
  });
  it('the scored rows (forEachScoredRow, the loop of every inner fit): years up to `until`, own rows only', () => {
    const start = ens.plan.start;
    const seen: string[] = [];
    forEachScoredRow(ens, 2021, (m, yi, row, share) => {
      const year = ens.years[yi]!;
      expect(year).toBeLessThanOrEqual(2021);
      expect(row.year).toBe(year);
      expect(start.reconstructed[m]).toBeFalsy();
      expect(share).toBe(row.shareWithoutGpPct! / 100);
      seen.push(`${year}:${m}`);
    });
    // every municipality with its own row at the origin and a share in 2021, once, in municipality order
    const expected = start.records.flatMap((r, m) =>
      !start.reconstructed[m] && r.trend.some((t) => t.year === 2021 && t.shareWithoutGpPct !== null)
        ? [`2021:${m}`]
        : [],
    );
    expect(expected.length).toBeGreaterThan(200);
    expect(seen).toEqual(expected);
  });
  it('the Brier score of the fill time reads no row after `until` either, and lies in 0-1', () => {
    for (const until of [2021, 2022]) {
      const a = innerBrier(ens, 'anyListWithoutGp', until);
      expect(innerBrier(withLaterRowsGarbled(ens, until), 'anyListWithoutGp', until)).toBe(a);
      expect(a).toBeGreaterThan(0);
      expect(a).toBeLessThan(1);
    }
  });

  it('the first calibration runs with the fill grid’s first point and no response, not the registry’s defaults', () => {
    expect(BEFORE_SPREAD_CHOICE).toEqual({ localResponseRate: 0, emptyListFillYears: FILL_YEARS_GRID[0] });
  });

  it('persistence is the inner origin’s value: its CRPS is its absolute error, positive where anything changed', () => {
    const s = innerCrps(ens, 'listLength', 2022);
    expect(s.persistence).toBeGreaterThan(0);
    expect(s.model).toBeGreaterThan(0);
  });

  it('one ensemble serves every list-patient drift: derived from a run at scale 1, it is the run at that scale', () => {
    const at = (scale: number) =>
      runHindcast({ origin: 2022, endYear: 2024, runs: 6, seed: 3, assumptions: { listPatientDriftScale: scale } });
    const one = at(1);
    for (const scale of [0, 0.5, 2]) {
      const derived = withListPatientDrift(one, 1, scale).listLength;
      const direct = at(scale).listLength;
      let worst = 0;
      for (let i = 0; i < direct.length; i++)
        worst = Math.max(worst, Math.abs(derived[i]! - direct[i]!) / Math.max(1, direct[i]!));
      expect(worst, `scale ${scale}`).toBeLessThan(1e-9);
    }
    // the drift moves only the list length
    expect(Array.from(at(0).share)).toEqual(Array.from(one.share));
    expect(Array.from(at(0).listLengthBase)).toEqual(Array.from(one.listLengthBase));
  });

  it('takes the smallest grid point within the tolerance of the best score, the best one when nothing is close', () => {
    const grid = [0.2, 0.35, 0.5, 0.75, 1];
    expect(SPREAD_TOLERANCE).toBe(0.01);
    expect(parsimoniousChoice(grid, [1.009, 1.005, 1.002, 1, 1.1])).toBe(0.2);
    expect(parsimoniousChoice(grid, [1.02, 1.011, 1.009, 1, 1.1])).toBe(0.5);
    expect(parsimoniousChoice(grid, [2, 1.5, 1.2, 1.1, 1])).toBe(1);
  });
});

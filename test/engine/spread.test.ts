// The in-sample choice of the municipal spread (spread.ts) reads nothing after the origin: its inner hindcast ends
// at the origin, and its score is the same when every SSB row after the scored years is garbage.
import { describe, expect, it } from 'vitest';
import type { HindcastEnsemble } from '../../src/engine/validation/hindcast.ts';
import { runHindcast } from '../../src/engine/validation/hindcast.ts';
import { innerCrps } from '../../src/engine/validation/spread.ts';

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
  it('persistence is the inner origin’s value: its CRPS is its absolute error, positive where anything changed', () => {
    const s = innerCrps(ens, 'listLength', 2022);
    expect(s.persistence).toBeGreaterThan(0);
    expect(s.model).toBeGreaterThan(0);
  });
});

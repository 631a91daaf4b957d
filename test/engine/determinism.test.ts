// Reproducibility of Monte Carlo runs: same seed → same numbers, run i independent of how runs are split,
// common random numbers between scenarios (a later lever change cannot touch earlier years), ordered bands.
import { describe, expect, it } from 'vitest';
import {
  createWorkspace,
  N_RESULTS,
  RESULT_IDS,
  mergeRuns,
  runDeterministic,
  runMonteCarlo,
  runValues,
  summarizeRuns,
  type McRuns,
} from '../../src/engine/index.ts';
import { allMembers, cachedPlan, scenarioWith } from '../helpers/engine.ts';

const END = 2030;
const RUNS = 3;
const SEED = 11;

const baseline = cachedPlan({ endYear: END });
const members = allMembers(baseline);
const mcBaseline = runMonteCarlo(baseline, { runs: RUNS, seed: SEED, members });

/** Values of run r (all results and years) of a batch. */
function runSlice(mc: McRuns, r: number): Float64Array {
  const per = mc.values.length / mc.runs;
  return mc.values.slice(r * per, (r + 1) * per);
}

describe('deterministic runs', () => {
  it('give identical raw arrays on repeat', () => {
    const a = runDeterministic(baseline);
    const b = runDeterministic(baseline);
    expect(a.raw.length).toBe(b.raw.length);
    a.raw.forEach((arr, f) => expect(Array.from(arr), `raw field ${f}`).toEqual(Array.from(b.raw[f]!)));
  });

  it('overwrite every value of reused output buffers and a reused workspace (filled with NaN beforehand)', () => {
    const fresh = runDeterministic(baseline);
    const ws = createWorkspace(baseline.start);
    ws.st.fill(Number.NaN);
    const buffers = fresh.raw.map((arr) => new Float64Array(arr.length).fill(Number.NaN));
    const reused = runDeterministic(baseline, ws, buffers);
    fresh.raw.forEach((arr, f) => expect(Array.from(reused.raw[f]!), `raw field ${f}`).toEqual(Array.from(arr)));
  });
});

describe('Monte Carlo runs', () => {
  it('same seed → identical values (fresh plan, fresh workspace)', () => {
    const again = runMonteCarlo(cachedPlan({ endYear: END, scenario: scenarioWith({}, 'baseline-copy') }), {
      runs: RUNS,
      seed: SEED,
      members,
    });
    expect(Array.from(again.values)).toEqual(Array.from(mcBaseline.values));
    expect(again.years).toEqual([2026, 2027, 2028, 2029, 2030]);
  });

  it('different seed → different values', () => {
    const other = runMonteCarlo(baseline, { runs: RUNS, seed: SEED + 1, members });
    let differing = 0;
    for (let i = 0; i < other.values.length; i++) if (other.values[i] !== mcBaseline.values[i]) differing++;
    expect(differing).toBeGreaterThan(other.values.length / 2);
  });

  it('runs differ from each other within a batch', () => {
    expect(Array.from(runSlice(mcBaseline, 0))).not.toEqual(Array.from(runSlice(mcBaseline, 1)));
  });

  it('run i alone (firstRun = i) equals run i inside the batch', () => {
    for (let r = 0; r < RUNS; r++) {
      const alone = runMonteCarlo(baseline, { runs: 1, seed: SEED, members, firstRun: r });
      expect(alone.firstRun).toBe(r);
      expect(Array.from(alone.values), `run ${r}`).toEqual(Array.from(runSlice(mcBaseline, r)));
    }
  });

  it('mergeRuns of split chunks (in any order) equals one batch', () => {
    const a = runMonteCarlo(baseline, { runs: 1, seed: SEED, members, firstRun: 0 });
    const b = runMonteCarlo(baseline, { runs: 2, seed: SEED, members, firstRun: 1 });
    const merged = mergeRuns([b, a]);
    expect(merged.runs).toBe(RUNS);
    expect(merged.firstRun).toBe(0);
    expect(merged.years).toEqual(mcBaseline.years);
    expect(Array.from(merged.values)).toEqual(Array.from(mcBaseline.values));
    expect(summarizeRuns(merged)).toEqual(summarizeRuns(mcBaseline));
  });

  it('baseline minus baseline is exactly 0 run by run (paired difference)', () => {
    const twin = runMonteCarlo(cachedPlan({ endYear: END, scenario: scenarioWith({}, 'baseline-twin') }), {
      runs: RUNS,
      seed: SEED,
      members,
    });
    for (const id of RESULT_IDS) {
      for (let y = 0; y < mcBaseline.years.length; y++) {
        const a = runValues(mcBaseline, id, y);
        const b = runValues(twin, id, y);
        expect(
          Array.from(a, (v, r) => v - b[r]!),
          `${id} ${mcBaseline.years[y]}`,
        ).toEqual(Array.from({ length: RUNS }, () => 0));
      }
    }
  });

  it('a lever change from 2030 leaves 2026-2029 identical to the baseline for the same seed (common random numbers)', () => {
    const plan = cachedPlan({
      endYear: END,
      scenario: scenarioWith({ capitationRate: { value: 1683.6, from: '2030' } }, 'double-2030'),
    });
    const mc = runMonteCarlo(plan, { runs: RUNS, seed: SEED, members });
    const nYears = mc.years.length;
    const y2030 = mc.years.indexOf(2030);
    let changedIn2030 = 0;
    for (let r = 0; r < RUNS; r++) {
      for (let k = 0; k < N_RESULTS; k++) {
        const off = (r * N_RESULTS + k) * nYears;
        const id = RESULT_IDS[k]!;
        expect(Array.from(mc.values.subarray(off, off + y2030)), `run ${r} ${id} 2026-2029`).toEqual(
          Array.from(mcBaseline.values.subarray(off, off + y2030)),
        );
        if (mc.values[off + y2030] !== mcBaseline.values[off + y2030]) changedIn2030++;
      }
    }
    // the change does act from 2030 (capitation cost at least)
    expect(changedIn2030).toBeGreaterThan(0);
    for (let r = 0; r < RUNS; r++) {
      expect(runValues(mc, 'capitationCostNok', y2030)[r]!).toBeGreaterThan(
        runValues(mcBaseline, 'capitationCostNok', y2030)[r]!,
      );
    }
  });

  it('p10 ≤ p50 ≤ p90 for every result and year', () => {
    const summary = summarizeRuns(mcBaseline);
    for (const id of RESULT_IDS) {
      const b = summary[id];
      expect(b.p10).toHaveLength(mcBaseline.years.length);
      b.p50.forEach((p50, y) => {
        expect(b.p10[y]!, `${id} ${mcBaseline.years[y]}`).toBeLessThanOrEqual(p50);
        expect(p50, `${id} ${mcBaseline.years[y]}`).toBeLessThanOrEqual(b.p90[y]!);
      });
    }
  });

  it('rejects a run count that is not a whole number ≥ 1', () => {
    expect(() => runMonteCarlo(baseline, { runs: 0, seed: 1, members })).toThrow(
      'runs: expected a whole number ≥ 1, got 0',
    );
  });
});

// Probabilities over Monte Carlo runs (mcSummary.ts summarizeEvents): the share of runs with at least one list
// without a GP, with at least 5 % of residents without a GP, and the mean number without a GP, per year, from
// hand-built runs in the McRuns layout values[(run * N_RESULTS + result) * nYears + year].
import { describe, expect, it } from 'vitest';
import { mergeRuns, summarizeEvents, type McRuns } from '../../src/engine/run/mcSummary.ts';
import { N_RESULTS, RESULT_IDS, type ResultId } from '../../src/engine/run/results.ts';

const YEARS = [2025, 2026, 2027];

/** Runs where each run gives per result id a value per year (other results 0). */
function runsOf(
  perRun: readonly Partial<Record<ResultId, readonly number[]>>[],
  firstRun = 0,
  years: readonly number[] = YEARS,
): McRuns {
  const nYears = years.length;
  const values = new Float64Array(perRun.length * N_RESULTS * nYears);
  perRun.forEach((run, r) => {
    for (const [id, series] of Object.entries(run) as [ResultId, readonly number[]][]) {
      const k = RESULT_IDS.indexOf(id);
      series.forEach((v, y) => (values[(r * N_RESULTS + k) * nYears + y] = v));
    }
  });
  return { years, runs: perRun.length, firstRun, seed: 1, values };
}

/** A small municipality: 1 000 residents, lists of 280; each run has 0, 1 or 2 lists without a GP per year. */
function municipality(vacant: readonly number[]): Partial<Record<ResultId, readonly number[]>> {
  return {
    population: vacant.map(() => 1000),
    nVacantLists: vacant,
    nResidentsWithoutGp: vacant.map((v) => v * 280),
    residentsWithoutGpShare: vacant.map((v) => (v * 280) / 1000),
  };
}

describe('summarizeEvents', () => {
  it('counts runs with a list without a GP and with ≥ 5 % without a GP, and averages the residents without', () => {
    const mc = runsOf([
      municipality([0, 0, 1]),
      municipality([0, 1, 2]),
      municipality([0, 0, 0]),
      municipality([0, 1, 1]),
    ]);
    const ev = summarizeEvents(mc, 'municipality');
    expect(ev.years).toEqual(YEARS);
    expect(ev.runs).toBe(4);
    expect(ev.pAnyListWithoutGp).toEqual([0, 0.5, 0.75]);
    expect(ev.pShareAtLeast5pct).toEqual([0, 0.5, 0.75]);
    expect(ev.meanResidentsWithoutGp).toEqual([0, 140, 280]);
  });

  it('reads the results by their ids (the other results do not count) and each year apart', () => {
    // a large region: residents without a GP without any whole list vacant, and a share either side of 5 %
    const mc = runsOf([
      { nVacantLists: [0.49, 0.5, 3], residentsWithoutGpShare: [0.0499, 0.05, 0.2], nResidentsWithoutGp: [10, 20, 30] },
      {
        nVacantLists: [0, 0, 0],
        residentsWithoutGpShare: [0, 0.051, 0.01],
        nResidentsWithoutGp: [0, 0, 5],
        nGps: [9, 9, 9],
      },
    ]);
    const ev = summarizeEvents(mc, 'region');
    expect(ev.pAnyListWithoutGp).toEqual([0, 0.5, 0.5]);
    expect(ev.pShareAtLeast5pct).toEqual([0, 1, 0.5]);
    expect(ev.meanResidentsWithoutGp).toEqual([5, 10, 17.5]);
  });

  it('counts a municipality as SSB’s rows and the validation do: residents without a GP, not a vacant list', () => {
    const run = (vacant: number, share: number) => ({
      nVacantLists: [vacant],
      residentsWithoutGpShare: [share],
      nResidentsWithoutGp: [share * 1000],
    });
    const mc = runsOf(
      [
        run(1, 0), // a list opened that nobody is on yet: vacant, nobody without a GP
        run(0, 0.02), // residents beyond what the GPs' hours allow: without a GP, no whole list vacant
        run(0, 0.0004), // 0.04 % without a GP: SSB prints 0.0 %
        run(0, 0.0005), // 0.05 %: SSB prints 0.1 %
        run(2, 0.1),
      ],
      0,
      [2030],
    );
    expect(summarizeEvents(mc, 'municipality').pAnyListWithoutGp).toEqual([3 / 5]);
    // a region's sums hold no member's share: there it is a vacant list somewhere in the region
    expect(summarizeEvents(mc, 'region').pAnyListWithoutGp).toEqual([2 / 5]);
  });

  it('gives the same answer for runs merged from worker chunks in any order', () => {
    const all = [municipality([1, 0, 0]), municipality([0, 0, 2]), municipality([1, 1, 1])];
    const whole = summarizeEvents(runsOf(all), 'municipality');
    const merged = summarizeEvents(mergeRuns([runsOf(all.slice(2), 2), runsOf(all.slice(0, 2), 0)]), 'municipality');
    expect(merged).toEqual(whole);
    expect(whole.pAnyListWithoutGp).toEqual([2 / 3, 1 / 3, 2 / 3]);
  });

  it('gives probabilities in [0, 1] for one run', () => {
    const ev = summarizeEvents(runsOf([municipality([2, 0, 1])]), 'municipality');
    expect(ev.pAnyListWithoutGp).toEqual([1, 0, 1]);
    expect(ev.meanResidentsWithoutGp).toEqual([560, 0, 280]);
  });
});

// The CLI's output (src/cli/output.ts): per result and year the 10th, 50th and 90th percentile of the runs and their
// mean (the expected value, the line the app draws for GPs joining and leaving), in JSON and in CSV, from the year
// asked for.
import { describe, expect, it } from 'vitest';
import { toCsv, toOutput } from '../../src/cli/output.ts';
import { summarizeRuns, type McRuns } from '../../src/engine/run/mcSummary.ts';
import type { Region } from '../../src/engine/run/regions.ts';
import { N_RESULTS, RESULT_IDS } from '../../src/engine/run/results.ts';
import type { Scenario } from '../../src/engine/run/scenario.ts';

/** Ten runs over two years: every result is the run's new GPs, 0 or 1 in 2026 and twice that in 2027. */
function runs(): McRuns {
  const perRun = [0, 0, 1, 0, 1, 0, 0, 1, 0, 1];
  const values = new Float64Array(perRun.length * N_RESULTS * 2);
  perRun.forEach((v, r) => {
    for (let k = 0; k < N_RESULTS; k++) {
      values[(r * N_RESULTS + k) * 2] = v;
      values[(r * N_RESULTS + k) * 2 + 1] = 2 * v;
    }
  });
  return { years: [2026, 2027], runs: perRun.length, firstRun: 0, seed: 1, values };
}

const scenario = { id: 'baseline', name: { nb: 'Dagens politikk', en: 'Current policy' } } as unknown as Scenario;
const region = { type: 'kommune', code: '1811', name: 'Bindal', imputed: false } as Region;

describe('the CLI output', () => {
  it('gives each result its percentiles and its mean, from the year asked for', () => {
    const out = toOutput(scenario, region, 1, 10, [2026, 2027], summarizeRuns(runs()), 2027);
    expect(out.years).toEqual([2027]);
    expect(out.series.newGpEntrants).toEqual({ p10: [0], p50: [0], p90: [2], mean: [0.8] });
    expect(Object.keys(out.series)).toEqual([...RESULT_IDS]);
  });

  it('writes the mean as the last CSV column', () => {
    const csv = toCsv(toOutput(scenario, region, 1, 10, [2026, 2027], summarizeRuns(runs()), 2026));
    const lines = csv.split('\n');
    expect(lines[0]).toBe('result,year,p10,p50,p90,mean');
    expect(lines).toContain('newGpEntrants,2026,0,0,1,0.4');
    expect(lines).toContain('newGpEntrants,2027,0,0,2,0.8');
  });
});

// Lines that are the runs' mean (issue #13: a small municipality's joiners and leavers are 0, 1 or 2 doctors a year,
// so their median jumps between 0 and 1 from year to year and reads as a forecast of which years a GP comes): the
// summaries carry the mean, the charts of GPs joining and leaving draw it (chartSpecs.ts ChartSeries.line, lineOf)
// and say so under the chart once the lines come from the runs, in bokmål, nynorsk and English; every other chart
// keeps the median.
import { afterEach, describe, expect, it } from 'vitest';
import { N_RESULTS, RESULT_IDS, type ResultId } from '../../src/engine/run/results.ts';
import { summarizeRuns, type McRuns } from '../../src/engine/run/mcSummary.ts';
import { meanLineNote } from '../../src/ui/chartCautions.ts';
import { CHART_SPECS, centreOf, isMeanLine } from '../../src/ui/chartSpecs.ts';
import { lineOf, type ChartData } from '../../src/ui/chartView.ts';
import { registerLocale, setLocale } from '../../src/ui/i18n.ts';
import { EN } from '../../src/ui/strings/en.ts';
import { NN } from '../../src/ui/strings/nn.ts';

afterEach(() => setLocale('nb'));

/** Runs in which every result of year 0 is the run's value in `perRun` (one year). */
function runsOf(perRun: readonly number[]): McRuns {
  const values = new Float64Array(perRun.length * N_RESULTS);
  perRun.forEach((v, r) => {
    for (let k = 0; k < N_RESULTS; k++) values[r * N_RESULTS + k] = v;
  });
  return { years: [2026], runs: perRun.length, firstRun: 0, seed: 1, values };
}

const specOf = (id: string) => CHART_SPECS.find((c) => c.id === id)!;

describe('the runs’ mean', () => {
  it('is in every summary, beside a median that sits on a whole number', () => {
    // a small municipality's new GPs in ten runs: six years without one, four with one
    const sum = summarizeRuns(runsOf([0, 0, 1, 0, 1, 0, 0, 1, 0, 1]));
    for (const id of RESULT_IDS) {
      expect(sum[id].mean).toEqual([0.4]);
      expect(sum[id].p50).toEqual([0]);
    }
  });

  it('is the line of the joiners and leavers only', () => {
    const means = CHART_SPECS.flatMap((c) => c.series.filter((s) => isMeanLine(s.result)).map((s) => s.result));
    expect(means).toEqual(['newGpEntrants', 'newGpLeavers']);
    expect(specOf('flows').series.every((s) => s.line === 'mean')).toBe(true);
    const band = { p10: [0], p50: [0], p90: [1], mean: [0.4] };
    expect(centreOf(band, 'newGpEntrants')).toEqual([0.4]);
    expect(centreOf(band, 'nResidentsWithoutGp')).toEqual([0]);
  });

  it('is what lineOf draws once Monte Carlo has run, and the deterministic run before', () => {
    const mc = summarizeRuns(runsOf([0, 0, 1, 0, 1]));
    const det = Object.fromEntries(RESULT_IDS.map((id) => [id, [3]])) as unknown as Record<ResultId, number[]>;
    const data = { current: det, baseline: det, mc: { current: mc, baseline: mc } } as unknown as ChartData;
    expect(lineOf(data, 'current', 'newGpLeavers')).toEqual([0.4]);
    expect(lineOf(data, 'baseline', 'newGpEntrants')).toEqual([0.4]);
    expect(lineOf(data, 'current', 'nGps')).toEqual([0]);
    expect(lineOf({ ...data, mc: null } as ChartData, 'current', 'newGpEntrants')).toEqual([3]);
  });
});

describe('meanLineNote', () => {
  const mc = {} as ChartData['mc'];
  const compare = {} as ChartData['compare'];

  it('is under the joiners and leavers once their lines come from the runs', () => {
    const flows = specOf('flows');
    expect(meanLineNote(flows, { mc: null, compare: null })).toBe('');
    const note = meanLineNote(flows, { mc, compare: null });
    expect(note).toMatch(/^Linjene er gjennomsnittet av kjøringene, det forventede antallet per år, ikke medianen/);
    expect(meanLineNote(flows, { mc: null, compare })).toBe(note);
  });

  it('is under no other chart', () => {
    for (const spec of CHART_SPECS.filter((c) => c.id !== 'flows'))
      expect(meanLineNote(spec, { mc, compare })).toBe('');
  });

  it('is said in nynorsk and English', () => {
    registerLocale('nn', NN);
    setLocale('nn');
    expect(meanLineNote(specOf('flows'), { mc, compare: null })).toMatch(/^Linjene er gjennomsnittet av køyringane/);
    registerLocale('en', EN);
    setLocale('en');
    expect(meanLineNote(specOf('flows'), { mc, compare: null })).toMatch(/^The lines are the mean of the runs/);
  });
});

// The municipality's own measures apart from national policy (#14 item 5): the worker says which municipalities in
// the region set levers of their own and, when the scenario also changes national levers, runs those measures
// alone; the key-figure card gives their extra cost to the municipality and to the state and the residents who gain
// a GP; the cost card and the comparison table share one definition of "difference from current policy".
import { afterEach, describe, expect, it } from 'vitest';
import { outcome, pairedDifference } from '../../src/ui/compare/diff.ts';
import type { ChartData } from '../../src/ui/chartView.ts';
import { setLocale } from '../../src/ui/i18n.ts';
import { ownMeasuresContent, plainContent } from '../../src/ui/keyFigures.ts';
import { deterministic, monteCarloChunk } from '../../src/ui/sim/compute.ts';
import type { DeterministicResult, RunRequest } from '../../src/ui/sim/protocol.ts';
import type { McRuns } from '../../src/engine/run/mcSummary.ts';

afterEach(() => setLocale('nb'));

const req = (over: Partial<RunRequest> = {}): RunRequest => ({
  levers: {},
  assumptions: {},
  formulas: {},
  region: 'kommune:1811',
  endYear: 2035,
  ...over,
});
const BINDAL_SALARIED = { '1811': { levers: { salariedShare: { value: 1, from: '2027' } } } };

function chartData(det: DeterministicResult, runs?: { current: McRuns; baseline: McRuns }): ChartData {
  return {
    years: det.years,
    current: det.current,
    baseline: det.baseline,
    mc: runs ? { current: {} as never, baseline: {} as never, runs } : null,
    history: det.history,
    markers: [],
    regionName: det.regionName,
    regionType: 'kommune',
    ...(det.ownMeasures ? { ownMeasures: det.ownMeasures } : {}),
  };
}

async function mc(r: RunRequest): Promise<{ current: McRuns; baseline: McRuns }> {
  const out = await monteCarloChunk(r, 16, 0, 1, true, () => {});
  const mk = (values: Float64Array): McRuns => ({ years: out.years, runs: 16, firstRun: 0, seed: 1, values });
  return { current: mk(out.current), baseline: mk(out.baseline!) };
}

describe('the region’s own measures', () => {
  it('are absent without municipal levers, and for a region without the municipality that set them', async () => {
    expect((await deterministic(req())).ownMeasures).toBeUndefined();
    const elsewhere = await deterministic(req({ region: 'kommune:1865', municipalities: BINDAL_SALARIED }));
    expect(elsewhere.ownMeasures).toBeUndefined();
    // a municipality's figures alone are facts, not measures
    const factsOnly = await deterministic(req({ municipalities: { '1811': { start: { gps: 4 } } } }));
    expect(factsOnly.ownMeasures).toBeUndefined();
  });

  it('are the scenario itself when it changes no national lever', async () => {
    const det = await deterministic(req({ municipalities: BINDAL_SALARIED }));
    expect(det.ownMeasures).toEqual({ codes: ['1811'], series: null });
    const own = ownMeasuresContent(chartData(det))!;
    const yi = det.years.indexOf(2030);
    expect(own.municipal).toBeCloseTo(det.current.municipalCostNok[yi]! - det.baseline.municipalCostNok[yi]!, 3);
    expect(own.intervals).toBeNull();
  });

  it('leave the national changes out when the scenario has both', async () => {
    const both = req({ municipalities: BINDAL_SALARIED, levers: { capitationRate: 1500 } });
    const det = await deterministic(both);
    expect(det.ownMeasures?.codes).toEqual(['1811']);
    const alone = await deterministic(req({ municipalities: BINDAL_SALARIED }));
    // the measures-only run is the run of the municipal plan without the national lever
    expect(det.ownMeasures!.series).toEqual(alone.current);
    expect(det.ownMeasures!.series).not.toEqual(det.current);
    const own = ownMeasuresContent(chartData(det))!;
    const own2 = ownMeasuresContent(chartData(alone))!;
    expect(own.municipal).toBeCloseTo(own2.municipal, 3);
    expect(own.state).toBeCloseTo(own2.state, 3);
    expect(own.gaining).toBeCloseTo(own2.gaining, 6);
  });

  it('once Monte Carlo has run, are the expected run-by-run differences with intervals', async () => {
    const r = req({ municipalities: BINDAL_SALARIED });
    const det = await deterministic(r);
    const runs = await mc(r);
    const own = ownMeasuresContent(chartData(det, runs))!;
    const m = pairedDifference(runs.current, runs.baseline, 'municipalCostNok', 2030);
    expect(own.municipal).toBe(m.mean);
    expect(own.intervals!.municipal.p10).toBe(m.p10);
    expect(own.intervals!.municipal.p10).toBeLessThanOrEqual(own.intervals!.municipal.p90);
    expect(own.gaining).toBe(pairedDifference(runs.baseline, runs.current, 'nResidentsWithoutGp', 2030).mean);
  });
});

describe('one definition of a difference', () => {
  it('the cost card gives the expected value and the run-by-run difference the comparison table gives', async () => {
    const r = req({ region: 'fylke:18', levers: { capitationRate: 1500 } });
    const det = await deterministic(r);
    const runs = await mc(r);
    const spec = {
      id: 'cost2030',
      result: 'publicCostNok',
      title: 'kfCost',
      year: 2030,
      unit: 'millNokPerYear',
      value: () => 0,
      format: (v: number) => String(Math.round(v / 1e6)),
    } as const;
    const c = plainContent(spec as never, chartData(det, runs), det.years.indexOf(2030));
    const d = pairedDifference(runs.current, runs.baseline, 'publicCostNok', 2030);
    expect(c.value).toBe(outcome(runs.current, 'publicCostNok', 2030).mean);
    expect(c.delta).toBe(d.mean);
    expect(c.deltaText).toContain(`(${Math.round(d.p10 / 1e6)} – ${Math.round(d.p90 / 1e6)})`);
  });
});

// What the simulation worker computes, run in Node: the same numbers as the engine called directly, the
// baseline beside the scenario, region history, clear errors, formula checks and split-invariant Monte Carlo.
import { describe, expect, it } from 'vitest';
import {
  parseRegion,
  preparePlan,
  regionResults,
  resultIndex,
  runDeterministic,
  startStateFor,
} from '../../src/engine/index.ts';
import { checkFormula, deterministic, monteCarloChunk, regionOptions, scenarioOf } from '../../src/ui/sim/compute.ts';
import { ChunkCancelled } from '../../src/ui/sim/pieces.ts';
import type { RunRequest } from '../../src/ui/sim/protocol.ts';
import { currentPolicyRequest, isCurrentPolicy } from '../../src/ui/sim/currentPolicy.ts';

const req = (over: Partial<RunRequest> = {}): RunRequest => ({
  levers: {},
  assumptions: {},
  formulas: {},
  region: 'national',
  endYear: 2040,
  ...over,
});

describe('deterministic series for the page', () => {
  it('equals a direct engine run for the region', async () => {
    const res = await deterministic(req({ region: 'kommune:1811', levers: { capitationRate: 1200 } }));
    const plan = preparePlan({
      scenario: scenarioOf(req({ levers: { capitationRate: 1200 } })),
      endYear: 2040,
    });
    const region = parseRegion('kommune:1811', plan.start.records);
    if (!region.ok) throw new Error(region.error);
    const direct = regionResults(runDeterministic(plan), region.value.members, plan.assumptions.shiftHours);
    const k = resultIndex('nResidentsWithoutGp');
    const n = res.years.length;
    expect(res.years[0]).toBe(2026);
    expect(res.years[n - 1]).toBe(2040);
    expect(res.current.nResidentsWithoutGp).toEqual(Array.from(direct.subarray(k * n, (k + 1) * n)));
    expect(res.regionName).toBe('Bindal');
  });

  it('gives identical baseline and scenario without overrides, and moves only the scenario with a lever', async () => {
    const same = await deterministic(req());
    expect(same.current).toEqual(same.baseline);
    const more = await deterministic(req({ levers: { lis1Positions: 1600 } }));
    expect(more.baseline).toEqual(same.baseline);
    expect(more.current.nGps[14]!).toBeGreaterThan(same.current.nGps[14]!);
  });

  it('the baseline run beside a scenario is current policy’s own run (which, on screen, serves as both)', async () => {
    // a region no other test asks for: its baseline is run as the baseline here, beside a lever
    const beside = await deterministic(req({ region: 'fylke:46', levers: { lis1Positions: 1600 } }));
    const own = await deterministic(req({ region: 'fylke:46' }));
    expect(own.current).toEqual(beside.baseline);
    expect(own.baseline).toEqual(own.current);
  });

  it('names the field when a request is invalid', async () => {
    await expect(deterministic(req({ levers: { capitationRate: 99999 } }))).rejects.toThrow(/capitationRate/);
    await expect(deterministic(req({ assumptions: { noSuch: 1 } }))).rejects.toThrow(/assumptions\.noSuch/);
    await expect(deterministic(req({ region: 'kommune:9999' }))).rejects.toThrow(/no such kommune/);
  });

  it('ships history with the results: national series, municipal sums elsewhere', async () => {
    const nat = await deterministic(req());
    expect(nat.history.series.nResidentsWithoutGp?.find((p) => p.year === 2025)?.value).toBe(117899);
    const county = await deterministic(req({ region: 'fylke:18' }));
    expect(county.history.source).toMatch(/SSB/);
    expect(county.history.series.meanListLength?.length).toBeGreaterThan(5);
  });
});

describe('regions and formulas', () => {
  it('lists the country, every county, six centrality classes and 357 municipalities', () => {
    const opts = regionOptions();
    expect(opts[0]!.value).toBe('national');
    expect(opts.filter((o) => o.type === 'kommune')).toHaveLength(startStateFor('projection').records.length);
    expect(opts.filter((o) => o.type === 'sentralitet')).toHaveLength(6);
    expect(opts.some((o) => o.type === 'kommune' && o.imputed)).toBe(true);
  });

  it('accepts a valid formula and explains an invalid one', async () => {
    expect(await checkFormula('attritionFactor', 'exp(leaveHours * hoursChange)')).toBeNull();
    expect(await checkFormula('attritionFactor', 'exp(leaveHours * nonsense)')).toMatchObject({
      problem: 'unknownName',
      params: { name: 'nonsense' },
      message: expect.stringMatching(/unknown name "nonsense"/),
    });
    expect(await checkFormula('attritionFactor', 'exp(')).toMatchObject({ problem: 'syntax' });
    expect(await checkFormula('attritionFactor', '0 * hoursChange')).toMatchObject({ problem: 'probe' });
  });

  it('runs with an edited formula and changes the result', async () => {
    const base = await deterministic(req());
    const edited = await deterministic(req({ formulas: { attritionFactor: '1.5' } }));
    expect(edited.baseline.nGps[14]!).toBeLessThan(base.baseline.nGps[14]!);
    expect(edited.current).toEqual(edited.baseline);
  });
});

describe('Monte Carlo chunks', () => {
  it('give the same runs whatever the split (run i always uses seed (seed, i))', async () => {
    const r = req({ region: 'fylke:18', levers: { alisGrants: 2500 } });
    const whole = await monteCarloChunk(r, 4, 0, 7, true, () => {});
    const a = await monteCarloChunk(r, 2, 0, 7, true, () => {});
    const b = await monteCarloChunk(r, 2, 2, 7, true, () => {});
    expect(Array.from(whole.current)).toEqual([...a.current, ...b.current]);
    expect(Array.from(whole.baseline!)).toEqual([...a.baseline!, ...b.baseline!]);
  });

  it('run in pieces with a look for a cancel between them, give the same runs; a cancel stops the chunk', async () => {
    const r = req({ region: 'fylke:18', levers: { alisGrants: 2500 } });
    const whole = await monteCarloChunk(r, 6, 3, 7, true, () => {});
    const looks: number[] = [];
    const progress: number[] = [];
    const pieces = await monteCarloChunk(
      r,
      6,
      3,
      7,
      true,
      (d) => progress.push(d),
      () => {
        looks.push(progress.length);
        return false;
      },
    );
    expect(Array.from(pieces.current)).toEqual(Array.from(whole.current));
    expect(Array.from(pieces.baseline!)).toEqual(Array.from(whole.baseline!));
    // a look before each piece and one at the end of each scenario's runs; progress counts both scenarios
    expect(looks.length).toBeGreaterThanOrEqual(4);
    expect(progress.at(-1)).toBe(12);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
    // cancelled after the first look: no result
    let n = 0;
    await expect(
      monteCarloChunk(
        r,
        6,
        3,
        7,
        true,
        () => {},
        () => ++n > 1,
      ),
    ).rejects.toBeInstanceOf(ChunkCancelled);
  });

  it('the baseline beside a scenario gives the runs of its current policy request (which a comparison runs)', async () => {
    const r = req({
      region: 'kommune:1811',
      levers: { alisGrants: 2500 },
      assumptions: { workTrendLongRun: 0.01 },
      municipalities: {
        '1811': {
          start: { gps: 4 },
          events: [{ year: 2027, kind: 'retirements', count: 2 }],
          levers: { salariedShare: 0.6 },
        },
        '1812': { levers: { salariedShare: 0.5 } },
      },
    });
    const beside = await monteCarloChunk(r, 3, 0, 7, true, () => {});
    const policy = await monteCarloChunk(currentPolicyRequest(r), 3, 0, 7, false, () => {});
    expect(Array.from(policy.current)).toEqual(Array.from(beside.baseline!));
  });

  it('current policy as the scenario gives the baseline’s runs exactly (the page runs it once: isCurrentPolicy)', async () => {
    const requests = [
      req({ region: 'fylke:18' }),
      req({ region: 'kommune:1811', assumptions: { workTrendLongRun: 0.01 } }),
      req({
        region: 'kommune:1811',
        municipalities: {
          '1811': { start: { gps: 4 }, events: [{ year: 2027, kind: 'retirements', count: 2 }], levers: {} },
        },
      }),
    ];
    for (const r of requests) {
      expect(isCurrentPolicy(r)).toBe(true);
      const both = await monteCarloChunk(r, 3, 0, 7, true, () => {});
      expect(Array.from(both.current)).toEqual(Array.from(both.baseline!));
    }
  });
});

describe('a municipality’s base rates from where it stands (DeterministicResult.standing)', () => {
  it('Bindal, 21 % without a GP at the end of 2025: the band of 20 % or more, rates for the years after', async () => {
    const res = await deterministic(req({ region: 'kommune:1811' }));
    const s = res.standing!;
    expect([s.band, s.untilYear, s.fromYear]).toEqual([3, 2025, 2015]);
    expect(s.share).toBeCloseTo(351 / 1650, 2);
    expect(s.years).toEqual(res.years);
    const i2030 = s.years.indexOf(2030);
    expect(s.pairs[i2030]!).toBeGreaterThanOrEqual(20);
    expect(s.pAnyListWithoutGp[i2030]!).toBeGreaterThan(0.3);
    // no pairs 15 years apart in rows from 2015 to 2025
    expect(s.pAnyListWithoutGp[s.years.indexOf(2040)]).toBeNull();
  });

  it('follows the planner’s own start figures: with no list without a GP, the band of none', async () => {
    const res = await deterministic(
      req({ region: 'kommune:1811', municipalities: { '1811': { start: { listsWithoutGp: 0 } } } }),
    );
    expect(res.standing!.band).toBe(0);
  });

  it('none for the country, a county or a class', async () => {
    for (const region of ['national', 'fylke:18', 'sentralitet:6'])
      expect((await deterministic(req({ region }))).standing).toBeUndefined();
  });
});

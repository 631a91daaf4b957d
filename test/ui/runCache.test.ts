// The page's cache of Monte Carlo runs by request (sim/runCache.ts): equal requests share an entry whatever the order
// of their keys; another seed, number of runs, region or lever does not; the least recently used entry goes first; a
// part of the runs (from another first run) is not kept; current policy beside a request keeps the municipalities'
// figures and events, not their own measures. And the scenario's Monte Carlo (McRunner) leaves both scenarios' runs
// there.
import { describe, expect, it } from 'vitest';
import type { McRuns } from '../../src/engine/run/mcSummary.ts';
import { McRunner } from '../../src/ui/sim/mcRunner.ts';
import type { RunRequest } from '../../src/ui/sim/protocol.ts';
import { RunCache } from '../../src/ui/sim/runCache.ts';
import { currentPolicyRequest } from '../../src/ui/sim/currentPolicy.ts';
import type { SimClient } from '../../src/ui/sim/simClient.ts';
import { fakeMcResult } from '../helpers/mcResult.ts';

const REQ: RunRequest = {
  levers: { capitationRate: 1000, alisGrants: 2500 },
  assumptions: {},
  formulas: {},
  region: 'national',
  endYear: 2040,
};
const runs = (n: number, firstRun = 0, seed = 1): McRuns => ({
  years: [2026],
  runs: n,
  firstRun,
  seed,
  values: new Float64Array(n),
});

describe('RunCache', () => {
  it('finds a request built with its keys in another order, and nothing for another seed, count, region or lever', () => {
    const cache = new RunCache();
    const mc = runs(200);
    cache.set(REQ, mc);
    const reordered: RunRequest = {
      endYear: 2040,
      region: 'national',
      formulas: {},
      assumptions: {},
      levers: { alisGrants: 2500, capitationRate: 1000 },
    };
    expect(cache.get(reordered, 200, 1)).toBe(mc);
    expect(cache.get(REQ, 200, 2)).toBeUndefined();
    expect(cache.get(REQ, 100, 1)).toBeUndefined();
    expect(cache.get({ ...REQ, region: 'fylke:18' }, 200, 1)).toBeUndefined();
    expect(cache.get({ ...REQ, levers: { capitationRate: 1000 } }, 200, 1)).toBeUndefined();
  });

  it('keeps the most recently used entries, and never a part of the runs', () => {
    const cache = new RunCache(2);
    const at = (region: string): RunRequest => ({ ...REQ, region });
    cache.set(at('a'), runs(10));
    cache.set(at('b'), runs(10));
    expect(cache.get(at('a'), 10, 1)).toBeDefined();
    cache.set(at('c'), runs(10));
    expect(cache.get(at('b'), 10, 1)).toBeUndefined();
    expect(cache.get(at('a'), 10, 1)).toBeDefined();
    expect(cache.get(at('c'), 10, 1)).toBeDefined();
    cache.set(at('d'), runs(5, 5));
    expect(cache.get(at('d'), 5, 1)).toBeUndefined();
  });

  it('current policy beside a request keeps its assumptions, formulas and municipalities’ figures and events', () => {
    const req = { ...REQ, assumptions: { workTrendLongRun: 0.01 } };
    expect(currentPolicyRequest(req)).toEqual({ ...req, levers: {} });
    const municipalities = {
      '1811': { start: { gps: 4 }, levers: { salariedShare: { value: 0.6 } } },
      '1812': { levers: { salariedShare: { value: 0.5 } } },
    } as unknown as RunRequest['municipalities'];
    expect(currentPolicyRequest({ ...REQ, municipalities })).toEqual({
      ...REQ,
      levers: {},
      municipalities: { '1811': { start: { gps: 4 } } },
    });
  });

  it('the scenario’s Monte Carlo leaves its runs and current policy’s there', async () => {
    const cache = new RunCache();
    const current = runs(200);
    const baseline = runs(200);
    const client = {
      monteCarlo: (() =>
        Promise.resolve(fakeMcResult({ currentRuns: current, baselineRuns: baseline }))) as SimClient['monteCarlo'],
      cancelMonteCarlo: () => {},
    };
    const runner = new McRunner(
      client,
      { request: () => REQ, isComparing: () => false, threads: () => 2, onStatus: () => {}, onResult: () => {} },
      cache,
    );
    runner.start();
    await new Promise((r) => setTimeout(r, 0));
    expect(cache.get(REQ, 200, 1)).toBe(current);
    expect(cache.get({ ...REQ, levers: {} }, 200, 1)).toBe(baseline);
  });
});

/**
 * The page's Monte Carlo runs by what was run: the request, the number of runs and the seed. The same request with the
 * same seeds gives the same runs (run i always uses seed (seed, i)), so a comparison takes a scenario's runs from here
 * when the page has run it already (the scenario on screen, current policy) instead of running it again. A few
 * entries, the least recently used dropped first. DOM-free.
 */
import type { McRuns } from '../../engine/run/mcSummary.ts';
import type { RunRequest } from './protocol.ts';
import { stableJson } from '../stableJson.ts';

export class RunCache {
  private readonly entries = new Map<string, McRuns>();

  constructor(private readonly max = 8) {}

  private static key(req: RunRequest, runs: number, seed: number): string {
    const { levers, assumptions, formulas, region, endYear, municipalities } = req;
    return stableJson([{ levers, assumptions, formulas, region, endYear, municipalities }, runs, seed]);
  }

  /** The runs of this request, if the page has them (from run 0, all of them). */
  get(req: RunRequest, runs: number, seed: number): McRuns | undefined {
    const key = RunCache.key(req, runs, seed);
    const hit = this.entries.get(key);
    if (hit === undefined) return undefined;
    // the most recently used last
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  /** Keeps a request's runs (all of them: `mc.runs` runs from run 0 with `mc.seed`). */
  set(req: RunRequest, mc: McRuns): void {
    if (mc.firstRun !== 0) return;
    const key = RunCache.key(req, mc.runs, mc.seed);
    this.entries.delete(key);
    this.entries.set(key, mc);
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }
}

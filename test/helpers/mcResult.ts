// A Monte Carlo answer as the page's client gives it (SimClient.monteCarlo), for tests of what the page does with one:
// 200 runs of seed 1, empty bands and events unless `over` gives them.
import type { SimClient } from '../../src/ui/sim/simClient.ts';

export type McAnswer = Awaited<ReturnType<SimClient['monteCarlo']>>;

export function fakeMcResult(over: Record<string, unknown> = {}): McAnswer {
  return {
    years: [2026],
    runs: 200,
    seed: 1,
    current: {},
    baseline: {},
    currentEvents: {},
    baselineEvents: {},
    computeMs: 1,
    currentRuns: {},
    ...over,
  } as unknown as McAnswer;
}

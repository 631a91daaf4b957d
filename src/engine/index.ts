/**
 * The engine's public API. The UI, the CLI and the worker import only from here (and from ../levers).
 * Pure TypeScript: no DOM, no Node built-ins; runs in Node, a Web Worker or the page.
 *
 * @example
 * const plan = preparePlan({ scenario, endYear: 2040 });
 * const region = parseRegion('kommune:1811', plan.start.records);
 * const mc = runMonteCarlo(plan, { runs: 200, seed: 1, members: region.value.members });
 * const bands = summarizeRuns(mc); // bands.nResidentsWithoutGp.p50 …
 */
export * from './calendar.ts';
export * from './schedule.ts';
export * from './localLevers.ts';
export * from './start/startOverrides.ts';
export * from './step/localEvents.ts';
export * from './formulas/responses.ts';
export * from './rawFields.ts';
export * from './run/results.ts';
export * from './run/regions.ts';
export * from './run/scenario.ts';
export * from './start/startState.ts';
export * from './run/history.ts';
export * from './model.ts';
export * from './run/simulate.ts';
export * from './run/monteCarlo.ts';
export * from './rng.ts';
export * from './distributions.ts';

export * from './run/backtest.ts';
export * from './run/regionHistory.ts';

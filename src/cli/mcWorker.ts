/**
 * Worker thread: builds the plan of a RunSpec once, then runs the batches of Monte Carlo runs it is sent
 * (parallel.ts) and posts each batch's region values back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runMonteCarlo } from '../engine/run/monteCarlo.ts';
import { preparePlan, type Plan } from '../engine/run/simulate.ts';
import type { Batch, BatchResult } from './parallel.ts';
import type { RunSpec } from './runSpec.ts';

interface Job {
  spec: RunSpec;
  members: Int32Array;
  seed: number;
}

/**
 * The spec's plan, as planFromSpec builds it. runSpec.ts (and with it the formula compiler and mathjs, a third of a
 * second to load in every worker) is loaded only for a scenario that edits response formulas; any other plan is
 * planFromSpec's without compiled responses.
 */
async function planOf(spec: RunSpec): Promise<Plan> {
  const formulas = spec.scenario.formulas;
  if (formulas && Object.keys(formulas).length > 0) return (await import('./runSpec.ts')).planFromSpec(spec);
  return preparePlan({
    scenario: spec.scenario,
    start: spec.start,
    endYear: spec.endYear,
    ...(spec.assumptions ? { assumptions: spec.assumptions } : {}),
  });
}

const job = workerData as Job;
const plan = await planOf(job.spec);
parentPort?.on('message', (batch: Batch) => {
  const t0 = performance.now();
  const mc = runMonteCarlo(plan, { runs: batch.runs, seed: job.seed, members: job.members, firstRun: batch.firstRun });
  const ms = performance.now() - t0;
  const result: BatchResult = { firstRun: batch.firstRun, runs: batch.runs, values: mc.values, years: mc.years, ms };
  // copied, not transferred: detaching a buffer (a transfer) makes V8 check every typed array access for a
  // detached buffer from then on, and this thread's later batches ran 10 % slower
  parentPort?.postMessage(result);
});

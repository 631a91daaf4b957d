/** Worker thread: runs a chunk of Monte Carlo runs for a RunSpec and posts the region values back. */
import { parentPort, workerData } from 'node:worker_threads';
import { runMonteCarlo } from '../engine/run/monteCarlo.ts';
import { planFromSpec, type RunSpec } from './runSpec.ts';

interface Job {
  spec: RunSpec;
  members: Int32Array;
  seed: number;
  firstRun: number;
  runs: number;
}

const job = workerData as Job;
const plan = planFromSpec(job.spec);
const mc = runMonteCarlo(plan, { runs: job.runs, seed: job.seed, members: job.members, firstRun: job.firstRun });
parentPort?.postMessage({ values: mc.values, years: mc.years }, [mc.values.buffer as ArrayBuffer]);

/**
 * Monte Carlo over Node worker threads: runs are split into contiguous chunks, one per worker; since run i
 * is seeded by its index alone, the merged result is identical for any number of workers.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { mergeRuns, runMonteCarlo, type McRuns } from '../engine/run/monteCarlo.ts';
import { planFromSpec, type RunSpec } from './runSpec.ts';

export interface ParallelOptions {
  readonly runs: number;
  readonly seed: number;
  readonly members: Int32Array;
  /** Worker threads to use (default: available cores); 1 runs in this thread. */
  readonly threads?: number;
}

function runChunk(spec: RunSpec, members: Int32Array, seed: number, firstRun: number, runs: number): Promise<McRuns> {
  return new Promise((resolve, reject) => {
    // bundled (src/cli/run.mjs): the worker bundle sits beside this file; from TypeScript: boot tsx first
    const bundled = import.meta.url.endsWith('.mjs');
    const url = new URL(bundled ? './mcWorker.mjs' : './mcWorkerBoot.mjs', import.meta.url);
    const w = new Worker(url, { workerData: { spec, members, seed, firstRun, runs } });
    w.once('message', (msg: { values: Float64Array; years: number[] }) => {
      resolve({ years: msg.years, runs, firstRun, seed, values: msg.values });
      void w.terminate();
    });
    w.once('error', reject);
    w.once('exit', (code) => {
      if (code !== 0) reject(new Error(`Monte Carlo worker stopped with exit code ${code}`));
    });
  });
}

export async function runMonteCarloParallel(spec: RunSpec, opts: ParallelOptions): Promise<McRuns> {
  const threads = Math.max(1, Math.min(opts.threads ?? availableParallelism(), opts.runs));
  if (threads === 1)
    return runMonteCarlo(planFromSpec(spec), { runs: opts.runs, seed: opts.seed, members: opts.members });
  const chunks: Promise<McRuns>[] = [];
  const per = Math.ceil(opts.runs / threads);
  for (let first = 0; first < opts.runs; first += per) {
    chunks.push(runChunk(spec, opts.members, opts.seed, first, Math.min(per, opts.runs - first)));
  }
  return mergeRuns(await Promise.all(chunks));
}

/**
 * Monte Carlo over Node worker threads: runs are handed out in batches of consecutive runs to whichever worker is
 * free, the batches shrinking toward the end so that the workers finish together; since run i is seeded by its index
 * alone, the merged result is identical for any number of workers and any order of the batches.
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
  /** Called for each batch a worker finishes, with the milliseconds its runs took there (the benchmark's breakdown). */
  readonly onBatch?: (batch: Batch, workerMs: number) => void;
}

/** Consecutive runs firstRun … firstRun + runs - 1, as handed to a worker (mcWorker.ts); null: no more. */
export interface Batch {
  readonly firstRun: number;
  readonly runs: number;
}

/** A worker's answer to a batch (mcWorker.ts). */
export interface BatchResult extends Batch {
  readonly values: Float64Array;
  readonly years: readonly number[];
  /** Milliseconds the batch's runs took in the worker. */
  readonly ms: number;
}

/** The smallest batch: a few runs, so that a batch is long beside the messages that carry it. */
const MIN_BATCH = 4;

/**
 * Hands out the runs in batches: each a share 1 / (2 · threads) of the runs not yet handed out (at least MIN_BATCH),
 * so that the first batches are long and the last ones, which decide when the slower worker finishes, are short.
 * After stop() it hands out nothing more (a worker has failed: the others finish the batch they have).
 */
class Batcher {
  private next = 0;
  private stopped = false;

  constructor(
    private readonly runs: number,
    private readonly threads: number,
  ) {}

  take(): Batch | null {
    const left = this.runs - this.next;
    if (left <= 0 || this.stopped) return null;
    const size = Math.min(left, Math.max(MIN_BATCH, Math.ceil(left / (2 * this.threads))));
    const batch = { firstRun: this.next, runs: size };
    this.next += size;
    return batch;
  }

  stop(): void {
    this.stopped = true;
  }
}

/** One worker: runs the batches it takes until there are none left, adding each result to `done`. */
function runWorker(spec: RunSpec, opts: ParallelOptions, batches: Batcher, done: McRuns[]): Promise<void> {
  const { members, seed } = opts;
  return new Promise((resolve, reject) => {
    // bundled (src/cli/run.mjs): the worker bundle sits beside this file; from TypeScript: boot tsx first
    const bundled = import.meta.url.endsWith('.mjs');
    const url = new URL(bundled ? './mcWorker.mjs' : './mcWorkerBoot.mjs', import.meta.url);
    const w = new Worker(url, { workerData: { spec, members, seed } });
    let finished = false;
    const fail = (e: Error) => {
      batches.stop();
      reject(e);
    };
    const give = () => {
      const batch = batches.take();
      if (batch === null) {
        finished = true;
        void w.terminate();
        resolve();
      } else w.postMessage(batch);
    };
    w.on('message', (msg: BatchResult) => {
      done.push({ years: msg.years, runs: msg.runs, firstRun: msg.firstRun, seed, values: msg.values });
      opts.onBatch?.({ firstRun: msg.firstRun, runs: msg.runs }, msg.ms);
      give();
    });
    w.once('error', fail);
    w.once('exit', (code) => {
      if (!finished) fail(new Error(`Monte Carlo worker stopped with exit code ${code}`));
    });
    give();
  });
}

export async function runMonteCarloParallel(spec: RunSpec, opts: ParallelOptions): Promise<McRuns> {
  const threads = Math.max(1, Math.min(opts.threads ?? availableParallelism(), opts.runs));
  if (threads === 1)
    return runMonteCarlo(planFromSpec(spec), { runs: opts.runs, seed: opts.seed, members: opts.members });
  const batches = new Batcher(opts.runs, threads);
  const done: McRuns[] = [];
  await Promise.all(Array.from({ length: threads }, () => runWorker(spec, opts, batches, done)));
  return mergeRuns(done);
}

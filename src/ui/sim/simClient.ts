/**
 * The page's side of the simulation workers. Deterministic runs: one persistent worker, latest request
 * wins (an answer to a request that a newer one has replaced is dropped), a run that takes too long is
 * stopped by restarting the worker. Monte Carlo: the runs are split over fresh workers (same numbers for any
 * split: run i always uses seed (seed, i)), merged and summarised here (bands and probabilities); cancel
 * terminates them.
 */
import { mergeRuns, summarizeEvents, summarizeRuns, type McRuns } from '../../engine/run/mcSummary.ts';
import type {
  DeterministicResult,
  FormulaCheck,
  McResult,
  RegionOption,
  RunRequest,
  WorkerRequest,
  WorkerResponse,
} from './protocol.ts';

/** A deterministic run or formula check slower than this restarts the worker (a runaway formula). */
export const DETERMINISTIC_TIMEOUT_MS = 8000;

export class TimeoutError extends Error {}
export class CancelledError extends Error {}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Pending<T> = { resolve: (v: T) => void; reject: (e: Error) => void };

function spawn(): Worker {
  return new Worker(new URL('./simWorker.ts', import.meta.url), { type: 'module' });
}

export class SimClient {
  private worker: Worker;
  private nextId = 1;
  private waiting = new Map<number, Pending<WorkerResponse>>();
  private timers = new Map<number, ReturnType<typeof setTimeout>>();
  private inFlight: number | null = null;
  private queued: { req: RunRequest; pending: Pending<DeterministicResult | null> } | null = null;
  private mcWorkers: Worker[] = [];

  constructor() {
    this.worker = this.start();
  }

  private start(): Worker {
    const w = spawn();
    w.onmessage = (ev: MessageEvent<WorkerResponse>) => this.answer(ev.data);
    w.onerror = (ev) => {
      ev.preventDefault();
      for (const [id, p] of this.waiting) {
        p.reject(new Error(ev.message || 'simulation worker failed'));
        this.clear(id);
      }
    };
    return w;
  }

  private answer(msg: WorkerResponse): void {
    const p = this.waiting.get(msg.id);
    if (!p) return;
    this.clear(msg.id);
    if (msg.type === 'error') p.reject(new Error(msg.message));
    else p.resolve(msg);
  }

  private clear(id: number): void {
    this.waiting.delete(id);
    const t = this.timers.get(id);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(id);
  }

  private call(req: DistributiveOmit<WorkerRequest, 'id'>, timeoutMs: number): Promise<WorkerResponse> {
    const id = this.nextId++;
    return new Promise<WorkerResponse>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.timers.set(
        id,
        setTimeout(() => {
          // a runaway computation: restart the worker; everything waiting on it fails
          this.worker.terminate();
          const all = [...this.waiting];
          for (const [wid] of all) this.clear(wid);
          this.worker = this.start();
          this.inFlight = null;
          for (const [, p] of all) p.reject(new TimeoutError(`no answer within ${timeoutMs} ms`));
        }, timeoutMs),
      );
      this.worker.postMessage({ ...req, id } as WorkerRequest);
    });
  }

  async init(): Promise<RegionOption[]> {
    const res = await this.call({ type: 'init' }, 60_000);
    if (res.type !== 'ready') throw new Error('unexpected answer to init');
    return res.regions;
  }

  /**
   * A deterministic run; resolves null when a newer request replaced this one before it started (only the
   * latest request is ever queued behind the one in flight).
   */
  deterministic(req: RunRequest): Promise<DeterministicResult | null> {
    return new Promise((resolve, reject) => {
      if (this.queued) this.queued.pending.resolve(null);
      this.queued = { req, pending: { resolve, reject } };
      this.pump();
    });
  }

  private pump(): void {
    if (this.inFlight !== null || !this.queued) return;
    const { req, pending } = this.queued;
    this.queued = null;
    const id = this.nextId;
    this.inFlight = id;
    this.call({ type: 'deterministic', request: req }, DETERMINISTIC_TIMEOUT_MS)
      .then((res) => {
        if (res.type === 'deterministic') pending.resolve(res.result);
        else pending.reject(new Error('unexpected answer'));
      })
      .catch((e: Error) => pending.reject(e))
      .finally(() => {
        if (this.inFlight === id) this.inFlight = null;
        this.pump();
      });
  }

  /** Checks an edited response formula: null when valid, else the message. */
  async checkFormula(responseId: string, expression: string): Promise<FormulaCheck | null> {
    const res = await this.call({ type: 'checkFormula', responseId, expression }, DETERMINISTIC_TIMEOUT_MS);
    if (res.type !== 'formulaChecked') throw new Error('unexpected answer');
    return res.error;
  }

  /** Cancels the Monte Carlo run in progress, if any. */
  cancelMonteCarlo(): void {
    for (const w of this.mcWorkers) w.terminate();
    this.mcWorkers = [];
    this.mcCancel?.(new CancelledError('cancelled'));
    this.mcCancel = null;
  }
  private mcCancel: ((e: Error) => void) | null = null;

  /**
   * Monte Carlo over `threads` workers (a new run cancels the previous one). Progress counts runs of both
   * scenarios.
   */
  monteCarlo(
    req: RunRequest,
    runs: number,
    seed: number,
    withBaseline: boolean,
    threads: number,
    onProgress: (done: number, total: number) => void,
  ): Promise<McResult & { readonly currentRuns: McRuns }> {
    this.cancelMonteCarlo();
    const t0 = performance.now();
    const n = Math.max(1, Math.min(threads, runs));
    const per = Math.ceil(runs / n);
    const done = new Array<number>(n).fill(0);
    const total = withBaseline ? 2 * runs : runs;
    return new Promise((resolve, reject) => {
      this.mcCancel = reject;
      const parts: { current: McRuns; baseline: McRuns | null }[] = [];
      for (let i = 0; i < n; i++) {
        const firstRun = i * per;
        const count = Math.min(per, runs - firstRun);
        if (count <= 0) continue;
        const w = spawn();
        this.mcWorkers.push(w);
        w.onerror = (ev) => {
          ev.preventDefault();
          this.cancelMonteCarlo();
          reject(new Error(ev.message || 'Monte Carlo worker failed'));
        };
        w.onmessage = (ev: MessageEvent<WorkerResponse>) => {
          const msg = ev.data;
          if (msg.type === 'progress') {
            done[i] = msg.done;
            onProgress(
              done.reduce((a, b) => a + b, 0),
              total,
            );
          } else if (msg.type === 'error') {
            this.cancelMonteCarlo();
            reject(new Error(msg.message));
          } else if (msg.type === 'monteCarlo') {
            w.terminate();
            const mk = (values: Float64Array): McRuns => ({
              years: msg.years,
              runs: msg.runs,
              firstRun: msg.firstRun,
              seed,
              values,
            });
            parts.push({ current: mk(msg.current), baseline: msg.baseline ? mk(msg.baseline) : null });
            if (parts.length === this.mcWorkers.length) {
              this.mcWorkers = [];
              this.mcCancel = null;
              const current = mergeRuns(parts.map((p) => p.current));
              const baseline = withBaseline ? mergeRuns(parts.map((p) => p.baseline!)) : null;
              resolve({
                years: msg.years,
                runs,
                seed,
                current: summarizeRuns(current),
                baseline: baseline ? summarizeRuns(baseline) : null,
                currentEvents: summarizeEvents(current),
                baselineEvents: baseline ? summarizeEvents(baseline) : null,
                currentRuns: current,
                computeMs: performance.now() - t0,
              });
            }
          }
        };
        w.postMessage({
          type: 'monteCarlo',
          id: i + 1,
          request: req,
          runs: count,
          firstRun,
          seed,
          withBaseline,
        } satisfies WorkerRequest);
      }
    });
  }
}

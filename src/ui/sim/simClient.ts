/**
 * The page's side of the simulation workers. Deterministic runs: one persistent worker, latest request
 * wins (an answer to a request that a newer one has replaced is dropped), a run that takes too long is
 * stopped by restarting the worker. Monte Carlo: the runs are split over workers (same numbers for any split: run i
 * always uses seed (seed, i)), merged and summarised here (bands and probabilities). A worker that finished its part is
 * kept for the next Monte Carlo (its data loaded, its plans cached and the engine compiled: a fresh worker spends a
 * few hundred milliseconds on these before its runs reach full speed); a cancel tells those still running to stop
 * their part (they look between pieces of runs, about 40 ms apart) and keeps them too, so the Monte Carlo that
 * follows a moved slider starts on warm workers. One that does not answer a cancel within MC_CANCEL_MS is ended.
 *
 * Faults. A worker can end without a word (the browser ends it, it runs out of memory, its script fails): each
 * worker holds a Web Lock named for it while it lives, and the page waits for that lock, which it gets the moment
 * the worker is gone. The deterministic worker is then restarted at once and what it was asked is asked again
 * (once: a request that the new worker also dies on fails with WorkerCrashError, never blamed on a formula). A
 * Monte Carlo worker that ends, fails, or says nothing for MC_STALL_MS (where Web Locks are missing) ends its run
 * with WorkerCrashError, so the progress never stays stuck. Errors carry a message in the user's language (what
 * a panel may show) and the raw text as `detail`.
 *
 * Test hook: with `?fls-test-hooks` in the page's address (the e2e tests only), `window.__flsTestHooks.killWorker`
 * ends a worker as a crash would, without telling this client; nothing else is exposed, and without the flag
 * nothing is.
 */
import type { StandingRates } from '../../engine/validation/baseRates.ts';
import { mergeRuns, summarizeEvents, summarizeRuns, type McRuns } from '../../engine/run/mcSummary.ts';
import { t } from '../i18n.ts';
import { eventMapsFor, eventScopeOf } from '../eventMaps.ts';
import type {
  DeterministicResult,
  FormulaCheck,
  McResult,
  RegionOption,
  RunRequest,
  StartFigures,
  WorkerRequest,
  WorkerResponse,
} from './protocol.ts';

/** A deterministic run or formula check slower than this restarts the worker (a runaway formula). */
export const DETERMINISTIC_TIMEOUT_MS = 8000;
/** A request asked again of a restarted worker may take this long (the new worker loads its data first). */
const RESENT_TIMEOUT_MS = 30_000;
/** A Monte Carlo worker that says nothing for this long is taken for dead (progress comes every 0.1 s). */
export const MC_STALL_MS = 30_000;
/**
 * A Monte Carlo worker told to cancel its part answers within a piece of runs (about 40 ms, or one run: simWorker.ts);
 * one that has not within this time is ended (a run that hangs), and a Monte Carlo that took it gets a new one.
 */
export const MC_CANCEL_MS = 2000;

/** No answer in time: the worker was restarted. `formula`: the request had edited formulas (a likely cause). */
export class TimeoutError extends Error {
  constructor(
    readonly formula: boolean,
    readonly detail = '',
  ) {
    super(formula ? t('simFormulaTimeout') : t('simTimeout', { seconds: DETERMINISTIC_TIMEOUT_MS / 1000 }));
  }
}
export class CancelledError extends Error {
  constructor() {
    // comparePanel.ts recognises a cancelled run by this message
    super('cancelled');
  }
}
/** A worker ended unexpectedly (crash, out of memory, script failure): not the request's fault. */
export class WorkerCrashError extends Error {
  constructor(readonly detail = '') {
    super(t('simCrashed'));
  }
}
/** The engine refused or failed the request; `detail` is its text, `formula` the edited formula it names. */
export class RunError extends Error {
  constructor(
    readonly detail: string,
    readonly formula?: { readonly id: string; readonly check: FormulaCheck },
  ) {
    super(t('simRunFailed'));
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A worker and whether this client ended it on purpose (then its end is no crash). */
interface Handle {
  readonly worker: Worker;
  retired: boolean;
  /** A kept Monte Carlo worker: what its end means now (the run it serves fails; an idle one leaves the pool). */
  onDeath?: (detail: string) => void;
  /** A Monte Carlo worker told to cancel the part asked for under this id, until it answers for it. */
  drainId?: number;
  /** When that answer is overdue (performance.now()); the worker is then ended. */
  drainDeadline?: number;
}

/** A worker's answers that end the part asked for under their id. */
const ENDS_A_PART: ReadonlySet<WorkerResponse['type']> = new Set([
  'monteCarlo',
  'cancelled',
  'error',
  'mapProbabilities',
]);

interface Call {
  readonly msg: WorkerRequest;
  readonly resolve: (v: WorkerResponse) => void;
  readonly reject: (e: Error) => void;
  readonly timeoutMs: number;
  /** Edited formulas are involved (a timeout is then put down to them). */
  readonly formula: boolean;
  attempts: number;
  timer?: ReturnType<typeof setTimeout>;
}

/** What the client needs of Web Locks (navigator.locks). */
export interface LockRequester {
  request(name: string, callback: () => unknown): Promise<unknown>;
}

export interface SimClientOptions {
  /** Starts a worker (tests pass fakes). */
  readonly spawn?: () => Worker;
  /** Web Locks, for noticing a worker's end at once; null: only timeouts and the stall watchdog notice it. */
  readonly locks?: LockRequester | null;
  readonly stallMs?: number;
}

function spawnWorker(): Worker {
  return new Worker(new URL('./simWorker.ts', import.meta.url), { type: 'module' });
}

let lockSeq = 0;
const lockPrefix = `fls-sim-${Math.random().toString(36).slice(2)}`;

export class SimClient {
  private det: Handle;
  private nextId = 1;
  private waiting = new Map<number, Call>();
  private inFlight: number | null = null;
  private queued: {
    req: RunRequest;
    resolve: (v: DeterministicResult | null) => void;
    reject: (e: Error) => void;
  } | null = null;
  private mcWorkers: Handle[] = [];
  /** Monte Carlo workers that finished their part and wait, warm, for the next Monte Carlo. */
  private mcIdle: Handle[] = [];
  /** Monte Carlo workers still finishing a cancelled part (drainMcWorker), oldest first. */
  private mcCancelling: Handle[] = [];
  /** The threads of the last Monte Carlo: as many workers are kept. */
  private mcThreads = 2;
  private mcFail: ((e: Error) => void) | null = null;
  private readonly spawn: () => Worker;
  private readonly locks: LockRequester | null;
  private readonly stallMs: number;
  /** Called after the deterministic worker was restarted because it ended or hung ('crash') or timed out. */
  onRestart: ((why: 'crash' | 'timeout') => void) | null = null;

  constructor(opts: SimClientOptions = {}) {
    this.spawn = opts.spawn ?? spawnWorker;
    this.locks =
      opts.locks !== undefined
        ? opts.locks
        : typeof navigator !== 'undefined' && navigator.locks
          ? navigator.locks
          : null;
    this.stallMs = opts.stallMs ?? MC_STALL_MS;
    this.det = this.startDeterministic();
    if (typeof location !== 'undefined' && new URLSearchParams(location.search).has('fls-test-hooks'))
      (globalThis as unknown as { __flsTestHooks: unknown }).__flsTestHooks = {
        killWorker: (kind: 'deterministic' | 'monteCarlo') => this.killForTest(kind),
      };
  }

  /** Ends a worker as a crash would (the client is not told): for the e2e tests behind ?fls-test-hooks only. */
  private killForTest(kind: 'deterministic' | 'monteCarlo'): boolean {
    const h = kind === 'deterministic' ? this.det : this.mcWorkers.find((w) => !w.retired);
    h?.worker.terminate();
    return h !== undefined;
  }

  /** Waits for the worker's lock (held while it lives) and calls `onDeath` when it is gone, unless retired. */
  private watch(h: Handle, onDeath: () => void): void {
    const locks = this.locks;
    if (!locks) return;
    const lock = `${lockPrefix}-${++lockSeq}`;
    const id = this.nextId++;
    const seen = (ev: MessageEvent<WorkerResponse>) => {
      if (ev.data?.type !== 'watching' || ev.data.id !== id) return;
      h.worker.removeEventListener('message', seen);
      void locks
        .request(lock, () => {
          if (!h.retired) onDeath();
        })
        .catch(() => {});
    };
    h.worker.addEventListener('message', seen);
    h.worker.postMessage({ type: 'watch', id, lock } satisfies WorkerRequest);
  }

  private retire(h: Handle): void {
    h.retired = true;
    h.worker.terminate();
  }

  private startDeterministic(): Handle {
    const h: Handle = { worker: this.spawn(), retired: false };
    h.worker.onmessage = (ev: MessageEvent<WorkerResponse>) => this.answer(ev.data);
    h.worker.onerror = (ev) => {
      ev.preventDefault();
      if (!h.retired) this.restart('crash', ev.message || 'error event');
    };
    h.worker.onmessageerror = () => {
      if (!h.retired) this.restart('crash', 'messageerror');
    };
    this.watch(h, () => this.restart('crash', 'the worker ended'));
    return h;
  }

  /**
   * A new deterministic worker at once; what the old one was asked is asked again, once. After a timeout the call
   * that timed out fails instead when edited formulas are involved (a runaway formula would hang the new one too).
   */
  private restart(why: 'crash' | 'timeout', detail: string, timedOut?: Call): void {
    this.retire(this.det);
    this.det = this.startDeterministic();
    for (const call of [...this.waiting.values()]) {
      if (call === timedOut && (call.formula || call.attempts >= 2)) {
        this.settle(call);
        call.reject(new TimeoutError(call.formula, detail));
      } else if (call.attempts >= 2) {
        this.settle(call);
        call.reject(why === 'crash' ? new WorkerCrashError(detail) : new TimeoutError(call.formula, detail));
      } else this.send(call, RESENT_TIMEOUT_MS);
    }
    this.onRestart?.(why);
  }

  private answer(msg: WorkerResponse): void {
    const call = this.waiting.get(msg.id);
    if (!call) return;
    this.settle(call);
    if (msg.type === 'error') call.reject(new RunError(msg.message, msg.formula));
    else call.resolve(msg);
  }

  private settle(call: Call): void {
    this.waiting.delete(call.msg.id);
    clearTimeout(call.timer);
  }

  private send(call: Call, timeoutMs = call.timeoutMs): void {
    call.attempts++;
    clearTimeout(call.timer);
    call.timer = setTimeout(() => {
      if (this.waiting.get(call.msg.id) === call)
        this.restart('timeout', `no answer within ${Math.round(timeoutMs / 1000)} s`, call);
    }, timeoutMs);
    this.det.worker.postMessage(call.msg);
  }

  private call(
    req: DistributiveOmit<WorkerRequest, 'id'>,
    timeoutMs: number,
    formula: boolean,
  ): Promise<WorkerResponse> {
    const id = this.nextId++;
    return new Promise<WorkerResponse>((resolve, reject) => {
      const call: Call = { msg: { ...req, id } as WorkerRequest, resolve, reject, timeoutMs, formula, attempts: 0 };
      this.waiting.set(id, call);
      this.send(call);
    });
  }

  async init(): Promise<RegionOption[]> {
    const res = await this.call({ type: 'init' }, 60_000, false);
    if (res.type !== 'ready') throw new RunError('unexpected answer to init');
    return res.regions;
  }

  /**
   * A deterministic run; resolves null when a newer request replaced this one before it started (only the
   * latest request is ever queued behind the one in flight).
   */
  deterministic(req: RunRequest): Promise<DeterministicResult | null> {
    return new Promise((resolve, reject) => {
      if (this.queued) this.queued.resolve(null);
      this.queued = { req, resolve, reject };
      this.pump();
    });
  }

  private pump(): void {
    if (this.inFlight !== null || !this.queued) return;
    const { req, resolve, reject } = this.queued;
    this.queued = null;
    const id = this.nextId;
    this.inFlight = id;
    this.call({ type: 'deterministic', request: req }, DETERMINISTIC_TIMEOUT_MS, Object.keys(req.formulas).length > 0)
      .then((res) => {
        if (res.type === 'deterministic') resolve(res.result);
        else reject(new RunError('unexpected answer'));
      })
      .catch((e: Error) => reject(e))
      .finally(() => {
        if (this.inFlight === id) this.inFlight = null;
        this.pump();
      });
  }

  /** A municipality's start figures as the model has them (the form "Kommunens tall" is prefilled with them). */
  async startFigures(code: string, assumptions?: Readonly<Record<string, number>>): Promise<StartFigures> {
    const res = await this.call(
      { type: 'startFigures', code, ...(assumptions ? { assumptions } : {}) },
      DETERMINISTIC_TIMEOUT_MS,
      false,
    );
    if (res.type !== 'startFigures') throw new RunError('unexpected answer');
    return res.figures;
  }

  /** Checks an edited response formula (with the scenario's assumptions when given): null when valid. */
  async checkFormula(
    responseId: string,
    expression: string,
    assumptions?: Readonly<Record<string, number>>,
  ): Promise<FormulaCheck | null> {
    const res = await this.call(
      { type: 'checkFormula', responseId, expression, ...(assumptions ? { assumptions } : {}) },
      DETERMINISTIC_TIMEOUT_MS,
      true,
    );
    if (res.type !== 'formulaChecked') throw new RunError('unexpected answer');
    return res.error;
  }

  /** Cancels the Monte Carlo run in progress, if any. */
  cancelMonteCarlo(): void {
    this.mcFail?.(new CancelledError());
  }

  /**
   * Monte Carlo over `threads` workers (a new run cancels the previous one). Progress counts runs of both
   * scenarios. Rejects with CancelledError (cancelled), WorkerCrashError (a worker ended or stalled) or RunError.
   */
  monteCarlo(
    req: RunRequest,
    runs: number,
    seed: number,
    withBaseline: boolean,
    threads: number,
    onProgress: (done: number, total: number) => void,
  ): Promise<McResult & { readonly currentRuns: McRuns; readonly baselineRuns: McRuns | null }> {
    this.cancelMonteCarlo();
    const t0 = performance.now();
    const n = Math.max(1, Math.min(threads, runs));
    this.mcThreads = Math.max(1, threads);
    const per = Math.ceil(runs / n);
    const done = new Array<number>(n).fill(0);
    const total = withBaseline ? 2 * runs : runs;
    return new Promise((resolve, reject) => {
      // part i's worker and the id of its request
      const owner = new Map<number, { h: Handle; id: number }>();
      const heard = new Map<Handle, number>();
      let settled = false;
      // workers that delivered their part; when this Monte Carlo ends the others are told to cancel theirs (and are
      // kept, warm, once they have), and a worker that failed it is ended
      const finished = new Set<Handle>();
      const stop = (culprit?: Handle) => {
        settled = true;
        clearInterval(stallTimer);
        const mine = [...owner.values()];
        for (const { h, id } of mine) {
          if (h.retired) continue;
          if (finished.has(h)) this.keepMcWorker(h, n);
          else if (h === culprit) this.retire(h);
          else this.drainMcWorker(h, id);
        }
        if (this.mcFail === fail) this.mcFail = null;
        this.mcWorkers = this.mcWorkers.filter((h) => !mine.some((o) => o.h === h));
      };
      const fail = (e: Error, culprit?: Handle) => {
        if (settled) return;
        stop(culprit);
        reject(e);
      };
      this.mcFail = fail;
      // without Web Locks a worker's silent end shows only as silence: none is that quiet while it works. A worker
      // taken while it still finished a cancelled part, and that has not answered for it in time, is replaced
      const stallTimer = setInterval(
        () => {
          const now = performance.now();
          for (const [i, { h }] of owner)
            if (!h.retired && h.drainId !== undefined && now > (h.drainDeadline ?? 0)) {
              this.retire(h);
              heard.delete(h);
              this.mcWorkers = this.mcWorkers.filter((x) => x !== h);
              assign(i, this.takeMcWorker(false));
            }
          for (const [h, at] of heard)
            if (!h.retired && now - at > this.stallMs) fail(new WorkerCrashError('no word from a worker'), h);
        },
        Math.min(1000, this.stallMs),
      );
      const parts: { current: McRuns; baseline: McRuns | null }[] = [];
      let standing: StandingRates | undefined;
      let expected = 0;
      const assign = (i: number, h: Handle) => {
        const firstRun = i * per;
        const count = Math.min(per, runs - firstRun);
        const id = this.nextId++;
        owner.set(i, { h, id });
        this.mcWorkers.push(h);
        heard.set(h, performance.now());
        done[i] = 0;
        const w = h.worker;
        w.onerror = (ev) => {
          ev.preventDefault();
          fail(new WorkerCrashError(ev.message || 'error event'), h);
        };
        w.onmessageerror = () => fail(new WorkerCrashError('messageerror'), h);
        h.onDeath = (detail) => fail(new WorkerCrashError(detail), h);
        w.onmessage = (ev: MessageEvent<WorkerResponse>) => {
          const msg = ev.data;
          if (settled || h.retired || msg.id !== id) return;
          heard.set(h, performance.now());
          if (msg.type === 'progress') {
            done[i] = msg.done;
            onProgress(
              done.reduce((a, b) => a + b, 0),
              total,
            );
          } else if (msg.type === 'error') {
            // the worker answered (the engine refused the request): kept, like one that finished its part
            heard.delete(h);
            finished.add(h);
            fail(new RunError(msg.message, msg.formula));
          } else if (msg.type === 'monteCarlo') {
            // finished: kept for the next Monte Carlo; its end from now on is no failure of this one (it is then
            // not kept)
            heard.delete(h);
            finished.add(h);
            const gone = () => {
              finished.delete(h);
              if (!h.retired) this.retire(h);
            };
            h.onDeath = gone;
            w.onmessageerror = gone;
            w.onerror = (ev) => {
              ev.preventDefault();
              gone();
            };
            const mk = (values: Float64Array): McRuns => ({
              years: msg.years,
              runs: msg.runs,
              firstRun: msg.firstRun,
              seed,
              values,
            });
            parts.push({ current: mk(msg.current), baseline: msg.baseline ? mk(msg.baseline) : null });
            standing ??= msg.standing;
            if (parts.length === expected) {
              stop();
              const current = mergeRuns(parts.map((p) => p.current));
              const baseline = withBaseline ? mergeRuns(parts.map((p) => p.baseline!)) : null;
              const scope = eventScopeOf(req.region);
              resolve({
                years: msg.years,
                runs,
                seed,
                current: summarizeRuns(current),
                baseline: baseline ? summarizeRuns(baseline) : null,
                // a municipality's probabilities pooled with the base rates from where it stands, as the map, the
                // comparison and the validation's "pooled (the app)" have them (eventMaps.ts); other regions keep
                // the runs' shares
                currentEvents: summarizeEvents(current, scope, eventMapsFor(req.region), standing),
                baselineEvents: baseline ? summarizeEvents(baseline, scope, eventMapsFor(req.region), standing) : null,
                currentRuns: current,
                baselineRuns: baseline,
                computeMs: performance.now() - t0,
              });
            }
          }
        };
        w.postMessage({
          type: 'monteCarlo',
          id,
          request: req,
          runs: count,
          firstRun,
          seed,
          withBaseline,
        } satisfies WorkerRequest);
      };
      for (let i = 0; i < n; i++) {
        if (Math.min(per, runs - i * per) <= 0) continue;
        expected++;
        assign(i, this.takeMcWorker(true));
      }
    });
  }

  /**
   * A kept Monte Carlo worker; with `orCancelling`, else one still finishing a cancelled part (it takes the new
   * request once it has: within a piece of runs, simWorker.ts); else a new one (watched: its end calls its current
   * `onDeath`; its answer for a cancelled part makes it idle, or lets the part it now serves go on).
   */
  private takeMcWorker(orCancelling: boolean): Handle {
    const kept = this.mcIdle.pop();
    if (kept) return kept;
    const cancelling = orCancelling ? this.mcCancelling.shift() : undefined;
    if (cancelling) return cancelling;
    const h: Handle = { worker: this.spawn(), retired: false };
    this.watch(h, () => h.onDeath?.('a Monte Carlo worker ended'));
    h.worker.addEventListener('message', (ev: MessageEvent<WorkerResponse>) => {
      const msg = ev.data;
      if (h.drainId === undefined || msg?.id !== h.drainId || !ENDS_A_PART.has(msg.type)) return;
      h.drainId = undefined;
      const waiting = this.mcCancelling.indexOf(h);
      if (waiting < 0) return;
      this.mcCancelling.splice(waiting, 1);
      this.keepMcWorker(h, this.mcThreads);
    });
    return h;
  }

  /**
   * Tells a Monte Carlo worker to stop the part it was asked for under `id`: it stays warm and waits beside the kept
   * ones (a new Monte Carlo may take it at once) until it has answered for that part, or is ended after MC_CANCEL_MS.
   */
  private drainMcWorker(h: Handle, id: number): void {
    h.drainId = id;
    h.drainDeadline = performance.now() + MC_CANCEL_MS;
    h.worker.postMessage({ type: 'cancel', id } satisfies WorkerRequest);
    const drop = this.waitIn(h, 'mcCancelling');
    setTimeout(() => {
      if (h.drainId === id && this.mcCancelling.includes(h)) drop();
    }, MC_CANCEL_MS);
  }

  /** Keeps a Monte Carlo worker that finished its part for the next Monte Carlo (at most as many as it used). */
  private keepMcWorker(h: Handle, threads: number): void {
    if (this.mcIdle.length >= threads) this.retire(h);
    else this.waitIn(h, 'mcIdle');
  }

  /**
   * Puts a Monte Carlo worker that serves no run in a pool (kept, or cancelling): no handler of a run is left on it,
   * and its end or failure takes it out and ends it. Returns that: its removal.
   */
  private waitIn(h: Handle, pool: 'mcIdle' | 'mcCancelling'): () => void {
    const drop = () => {
      this[pool] = this[pool].filter((x) => x !== h);
      if (!h.retired) this.retire(h);
    };
    h.onDeath = drop;
    h.worker.onmessage = null;
    h.worker.onmessageerror = drop;
    h.worker.onerror = (ev) => {
      ev.preventDefault();
      drop();
    };
    this[pool].push(h);
    return drop;
  }

  /**
   * The map's per-municipality series from one national run per scenario (src/ui/map, issue #16), asked of the
   * deterministic worker. With `mc`, the per-municipality probabilities from one national Monte Carlo instead, in a
   * Monte Carlo worker of its own (a kept one when one waits; told to stop when `mc.signal` aborts and kept once it
   * has, kept when done) so the live runs are not held up.
   */
  async mapSeries(
    req: RunRequest,
    mc?: { runs: number; seed: number; onProgress?: (done: number, total: number) => void; signal?: AbortSignal },
  ): Promise<import('./protocol.ts').MapSeries | import('./protocol.ts').MapProbabilities> {
    if (!mc) {
      const res = await this.call({ type: 'mapSeries', request: req }, 30_000, Object.keys(req.formulas).length > 0);
      if (res.type !== 'mapSeries') throw new RunError('unexpected answer');
      return res.series;
    }
    // a kept Monte Carlo worker, given back when done (ended when cancelled or failed)
    const h = this.takeMcWorker(false);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      let settled = false;
      // done or refused: the worker is kept; cancelled: told to stop (kept once it has); failed: ended
      const end = (e?: Error, how: 'keep' | 'cancel' | 'end' = 'keep') => {
        if (settled) return;
        settled = true;
        if (!h.retired) {
          if (how === 'keep') this.keepMcWorker(h, this.mcThreads);
          else if (how === 'cancel') this.drainMcWorker(h, id);
          else this.retire(h);
        }
        if (e) reject(e);
      };
      mc.signal?.addEventListener('abort', () => end(new CancelledError(), 'cancel'));
      h.onDeath = (detail) => end(new WorkerCrashError(detail), 'end');
      h.worker.onerror = (ev) => {
        ev.preventDefault();
        end(new WorkerCrashError(ev.message || 'error event'), 'end');
      };
      h.worker.onmessageerror = () => end(new WorkerCrashError('messageerror'), 'end');
      h.worker.onmessage = (ev: MessageEvent<WorkerResponse>) => {
        const msg = ev.data;
        if (settled || h.retired || msg.id !== id) return;
        if (msg.type === 'progress') mc.onProgress?.(msg.done, msg.total);
        else if (msg.type === 'error') end(new RunError(msg.message, msg.formula));
        else if (msg.type === 'mapProbabilities') {
          end();
          resolve(msg.probabilities);
        }
      };
      h.worker.postMessage({
        type: 'mapSeries',
        id,
        request: req,
        runs: mc.runs,
        seed: mc.seed,
      } satisfies WorkerRequest);
    });
  }

  // ---- Issue #17: the analyses (src/ui/analysis), in a worker of their own ----

  /** The analysis worker, kept between analyses (its data and the last scenario's Evaluator stay warm). */
  private analysisHandle: Handle | null = null;
  /** Ends the analysis in progress, if any (its promise rejects with the error). */
  private analysisStop: ((e: Error) => void) | null = null;
  private analysisSeq = 0;

  /**
   * One analysis ("Hva betyr mest?", "Hva skal til?", "Billigste pakke"; sim/analysisCompute.ts) in a worker of its
   * own, so the page's live runs and Monte Carlo never wait for it. A new analysis cancels the one in progress;
   * cancelAnalysis() or `signal` ends it by ending the worker, and a fresh one is started at once, so that it has
   * loaded the engine and the data by the time the next analysis is asked for (after a crash, the next analysis
   * starts one). Rejects with CancelledError, WorkerCrashError (the worker ended or failed) or RunError (the engine
   * refused the request).
   */
  analysis(
    req: RunRequest,
    spec: import('./protocol.ts').AnalysisSpec,
    onProgress?: (done: number, total: number | null, bestCost: number | null) => void,
    signal?: AbortSignal,
  ): Promise<import('./protocol.ts').AnalysisAnswer> {
    this.cancelAnalysis();
    const h = this.analysisHandle ?? this.startAnalysisWorker();
    const id = ++this.analysisSeq;
    return new Promise((resolve, reject) => {
      let settled = false;
      const finish = () => {
        settled = true;
        h.worker.removeEventListener('message', onMessage);
        if (this.analysisStop === stop) this.analysisStop = null;
      };
      const stop = (e: Error) => {
        if (settled) return;
        finish();
        // the computation is synchronous in the worker: only ending it stops it
        this.retire(h);
        if (this.analysisHandle === h) this.analysisHandle = null;
        if (e instanceof CancelledError && this.analysisHandle === null) this.startAnalysisWorker();
        reject(e);
      };
      const onMessage = (ev: MessageEvent<import('./protocol.ts').AnalysisWorkerResponse>) => {
        const msg = ev.data;
        if (settled || msg?.id !== id) return;
        if (msg.type === 'analysisProgress') onProgress?.(msg.done, msg.total, msg.bestCost);
        else if (msg.type === 'analysisError') {
          finish();
          reject(new RunError(msg.message));
        } else if (msg.type === 'analysisDone') {
          finish();
          resolve(msg.answer);
        }
      };
      this.analysisStop = stop;
      signal?.addEventListener('abort', () => stop(new CancelledError()));
      h.worker.addEventListener('message', onMessage);
      h.worker.postMessage({
        type: 'analysis',
        id,
        request: req,
        spec,
      } satisfies import('./protocol.ts').AnalysisWorkerRequest);
    });
  }

  /** A new analysis worker; its end (a crash, out of memory) fails the analysis in progress, if any. */
  private startAnalysisWorker(): Handle {
    const h: Handle = { worker: this.spawn(), retired: false };
    this.analysisHandle = h;
    const died = (detail: string) => {
      if (h.retired) return;
      if (this.analysisStop) this.analysisStop(new WorkerCrashError(detail));
      else {
        this.retire(h);
        if (this.analysisHandle === h) this.analysisHandle = null;
      }
    };
    h.worker.onerror = (ev) => {
      ev.preventDefault();
      died(ev.message || 'error event');
    };
    h.worker.onmessageerror = () => died('messageerror');
    this.watch(h, () => died('the analysis worker ended'));
    return h;
  }

  /** Cancels the analysis in progress, if any. */
  cancelAnalysis(): void {
    this.analysisStop?.(new CancelledError());
  }
}

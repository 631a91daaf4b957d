/**
 * The simulation Web Worker: answers protocol.ts requests with compute.ts. One worker serves the live
 * deterministic runs; Monte Carlo runs (the page's and the map's) go to separate workers, one chunk at a time (a later
 * chunk waits for the one before), which the page stops with 'cancel' (the chunk looks at its messages between pieces
 * of runs, pieces.ts) and keeps, warm, for its next Monte Carlo.
 */
/// <reference lib="webworker" />
import {
  checkFormula,
  deterministic,
  formulaFailure,
  monteCarloChunk,
  regionOptions,
  startFigures,
} from './compute.ts';
import { ChunkCancelled } from './pieces.ts';
import type { AnalysisWorkerRequest, AnalysisWorkerResponse, WorkerRequest, WorkerResponse } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
/**
 * Every answer is copied (structured clone), never transferred: the first buffer a thread transfers away (detaches)
 * breaks V8's "no buffer was ever detached" assumption for the whole thread, and every optimised function that reads
 * typed arrays (the whole engine) is thrown away and compiled again with a detach check on each access. A Monte Carlo
 * worker that transferred its first result ran the first runs of its next Monte Carlo at 100-460 ms each instead of
 * about 10 ms (V8's --trace-deopt: "dependent property cell changed"), and later runs slower. A copy of a result
 * (at most a few MB) takes a millisecond or two. (The CLI's worker threads copy for the same reason: mcWorker.ts.)
 */
const post = (msg: WorkerResponse) => scope.postMessage(msg);

/**
 * Resolves once this worker holds its liveness lock (see 'watch'). A computation waits for it first: a long
 * synchronous Monte Carlo chunk would otherwise keep the lock from being granted until it ends, and the page could
 * not notice this worker's end meanwhile.
 */
let holding: Promise<void> = Promise.resolve();

/** Monte Carlo chunks (the page's, the map's) asked for and not yet answered (their ids). */
const pending = new Set<number>();
/**
 * Those of them the page has cancelled. A cancel for a chunk already answered (the answer and the cancel crossed) is
 * dropped, so that no id stays here for the worker's life.
 */
const cancelled = new Set<number>();
/** The Monte Carlo chunk in progress, if any: the next one starts when it ends (one workspace, full speed). */
let chunkQueue: Promise<void> = Promise.resolve();

scope.onmessage = async (ev: MessageEvent<WorkerRequest>) => {
  const msg = ev.data;
  if (msg.type === 'cancel') {
    if (pending.has(msg.id)) cancelled.add(msg.id);
    return;
  }
  if (msg.type === 'monteCarlo' || (msg.type === 'mapSeries' && msg.runs)) {
    const id = msg.id;
    pending.add(id);
    const turn = chunkQueue
      .then(() => answer(msg))
      .finally(() => {
        pending.delete(id);
        cancelled.delete(id);
      });
    chunkQueue = turn.catch(() => {});
    return turn;
  }
  return answer(msg);
};

async function answer(msg: Exclude<WorkerRequest, { type: 'cancel' }>): Promise<void> {
  if (msg.type !== 'watch' && msg.type !== 'init') await holding;
  try {
    switch (msg.type) {
      case 'init':
        post({ type: 'ready', id: msg.id, regions: regionOptions() });
        break;
      case 'deterministic':
        post({ type: 'deterministic', id: msg.id, result: await deterministic(msg.request) });
        break;
      case 'startFigures':
        post({ type: 'startFigures', id: msg.id, figures: startFigures(msg.code, msg.assumptions) });
        break;
      case 'checkFormula':
        post({
          type: 'formulaChecked',
          id: msg.id,
          error: await checkFormula(msg.responseId, msg.expression, msg.assumptions),
        });
        break;
      case 'watch': {
        // held until this worker ends (crash, close, terminate): the page's request for the same lock then
        // succeeds, which is how it learns at once that this worker is gone
        const id = msg.id;
        const locks = scope.navigator.locks as LockManager | undefined;
        if (!locks) break;
        holding = new Promise<void>((held) => {
          void locks.request(msg.lock, () => {
            post({ type: 'watching', id });
            held();
            return new Promise<never>(() => {});
          });
          // never wait long for it: the page's timeouts and stall watchdog remain
          setTimeout(held, 2000);
        });
        break;
      }
      case 'mapSeries': {
        const { mapSeries, mapProbabilities } = await import('./mapCompute.ts');
        if (msg.runs) {
          if (cancelled.has(msg.id)) {
            post({ type: 'cancelled', id: msg.id });
            break;
          }
          const probabilities = await mapProbabilities(
            msg.request,
            msg.runs,
            msg.seed ?? 1,
            (done, total) => post({ type: 'progress', id: msg.id, done, total }),
            () => cancelled.has(msg.id),
          );
          // copied, not transferred (see post)
          post({ type: 'mapProbabilities', id: msg.id, probabilities });
        } else post({ type: 'mapSeries', id: msg.id, series: await mapSeries(msg.request) });
        break;
      }
      case 'monteCarlo': {
        if (cancelled.has(msg.id)) {
          post({ type: 'cancelled', id: msg.id });
          break;
        }
        let last = 0;
        const res = await monteCarloChunk(
          msg.request,
          msg.runs,
          msg.firstRun,
          msg.seed,
          msg.withBaseline,
          (done, total) => {
            const now = performance.now();
            if (now - last > 100 || done === total) {
              last = now;
              post({ type: 'progress', id: msg.id, done, total });
            }
          },
          () => cancelled.has(msg.id),
        );
        // copied, not transferred (see post)
        post({
          type: 'monteCarlo',
          id: msg.id,
          current: res.current,
          baseline: res.baseline,
          years: res.years,
          runs: msg.runs,
          firstRun: msg.firstRun,
          ...(res.standing ? { standing: res.standing } : {}),
        });
        break;
      }
    }
  } catch (e) {
    if (e instanceof ChunkCancelled) {
      post({ type: 'cancelled', id: msg.id });
      return;
    }
    const formula = formulaFailure(e);
    post({ type: 'error', id: msg.id, message: String((e as Error)?.message ?? e), ...(formula ? { formula } : {}) });
  }
}

// Issue #17: the analyses ("Hva betyr mest? · Hva skal til?"), asked of a worker of their own (simClient.analysis);
// the handler above ignores these messages. Progress at most every 0.1 s; cancelled by ending the worker.
scope.addEventListener('message', (ev: MessageEvent<AnalysisWorkerRequest | { type: string }>) => {
  const msg = ev.data;
  if (msg.type !== 'analysis') return;
  const { id, request, spec } = msg as AnalysisWorkerRequest;
  const send = (m: AnalysisWorkerResponse) => scope.postMessage(m);
  void (async () => {
    try {
      const { runAnalysis } = await import('./analysisCompute.ts');
      let last = 0;
      const answer = await runAnalysis(request, spec, (done, total, bestCost) => {
        const now = performance.now();
        if (now - last < 100) return;
        last = now;
        send({ type: 'analysisProgress', id, done, total, bestCost });
      });
      send({ type: 'analysisDone', id, answer });
    } catch (e) {
      send({ type: 'analysisError', id, message: String((e as Error)?.message ?? e) });
    }
  })();
});

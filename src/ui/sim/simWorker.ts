/**
 * The simulation Web Worker: answers protocol.ts requests with compute.ts. One worker serves the live
 * deterministic runs; Monte Carlo runs go to separate workers that the page terminates to cancel.
 */
/// <reference lib="webworker" />
import { checkFormula, deterministic, monteCarloChunk, regionOptions } from './compute.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (msg: WorkerResponse, transfer: Transferable[] = []) => scope.postMessage(msg, transfer);

scope.onmessage = async (ev: MessageEvent<WorkerRequest>) => {
  const msg = ev.data;
  try {
    switch (msg.type) {
      case 'init':
        post({ type: 'ready', id: msg.id, regions: regionOptions() });
        break;
      case 'deterministic':
        post({ type: 'deterministic', id: msg.id, result: await deterministic(msg.request) });
        break;
      case 'checkFormula':
        post({ type: 'formulaChecked', id: msg.id, error: await checkFormula(msg.responseId, msg.expression) });
        break;
      case 'monteCarlo': {
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
        );
        const transfer: Transferable[] = [res.current.buffer];
        if (res.baseline) transfer.push(res.baseline.buffer);
        post(
          {
            type: 'monteCarlo',
            id: msg.id,
            current: res.current,
            baseline: res.baseline,
            years: res.years,
            runs: msg.runs,
            firstRun: msg.firstRun,
          },
          transfer,
        );
        break;
      }
    }
  } catch (e) {
    post({ type: 'error', id: msg.id, message: (e as Error).message });
  }
};

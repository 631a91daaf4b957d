/**
 * The simulation worker module (src/ui/sim/simWorker.ts) loaded on a fake worker scope, for tests that talk to it
 * in Node: `send` hands it a message as the page would, `posted` keeps every postMessage call's arguments. Each test
 * file that calls `useFakeWorker` gets a worker of its own (vitest isolates modules per file).
 */
import { afterAll, beforeAll, vi } from 'vitest';
import type { RunRequest, WorkerRequest } from '../../src/ui/sim/protocol.ts';

export interface FakeWorker {
  /** The arguments of every postMessage call, in order. */
  readonly posted: unknown[][];
  /** Delivers one message to the worker; resolves when its handler has finished with it. */
  send(msg: WorkerRequest): Promise<void>;
}

/** A small request (Bindal, to 2030), for chunks that should run quickly. */
export const SMALL_REQUEST: RunRequest = {
  levers: {},
  assumptions: {},
  formulas: {},
  region: 'kommune:1811',
  endYear: 2030,
};

/** Stubs `self` with a fake scope and imports the worker module into it before the file's tests. */
export function useFakeWorker(): FakeWorker {
  const posted: unknown[][] = [];
  const scope: { onmessage: ((ev: MessageEvent<WorkerRequest>) => Promise<void> | void) | null } & Record<
    string,
    unknown
  > = {
    onmessage: null,
    postMessage: (...args: unknown[]) => posted.push(args),
    addEventListener: () => {},
    navigator: {},
  };
  beforeAll(async () => {
    vi.stubGlobal('self', scope);
    await import('../../src/ui/sim/simWorker.ts');
  });
  afterAll(() => vi.unstubAllGlobals());
  return {
    posted,
    send: async (msg) => {
      await scope.onmessage!({ data: msg } as MessageEvent<WorkerRequest>);
    },
  };
}

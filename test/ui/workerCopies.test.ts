/**
 * The simulation worker posts every answer as a copy, never with a transfer list: the first buffer a thread
 * transfers away breaks V8's assumption that no buffer was ever detached, and the whole engine's optimised code is
 * thrown away (simWorker.ts, `post`). The worker module runs here on a fake worker scope.
 */
import { describe, expect, it } from 'vitest';
import type { WorkerRequest } from '../../src/ui/sim/protocol.ts';
import { SMALL_REQUEST as request, useFakeWorker } from '../helpers/fakeWorker.ts';

const worker = useFakeWorker();

/** Sends one request and returns what the worker posted for it (its progress and its answer), each call's arguments. */
async function ask(msg: WorkerRequest): Promise<unknown[][]> {
  const from = worker.posted.length;
  await worker.send(msg);
  return worker.posted.slice(from);
}

/** Every typed array in a message, however deep. */
function typedArrays(x: unknown, out: ArrayBufferView[] = []): ArrayBufferView[] {
  if (ArrayBuffer.isView(x)) out.push(x);
  else if (x && typeof x === 'object') for (const v of Object.values(x)) typedArrays(v, out);
  return out;
}

/** The answer of type `type` among what was posted: every message posted without a transfer list, its arrays attached. */
function expectCopied(out: readonly unknown[][], type: string, minArrays: number): void {
  const answer = out.find((args) => (args[0] as { type: string }).type === type);
  expect(answer).toBeDefined();
  for (const args of out) expect(args).toHaveLength(1);
  const arrays = typedArrays(answer![0]);
  expect(arrays.length).toBeGreaterThanOrEqual(minArrays);
  for (const a of arrays) expect(a.buffer.byteLength).toBeGreaterThan(0);
}

describe('the simulation worker copies its answers', () => {
  it('posts a Monte Carlo result with no transfer list, its arrays still attached', async () => {
    const out = await ask({ type: 'monteCarlo', id: 1, request, runs: 3, firstRun: 0, seed: 1, withBaseline: true });
    expectCopied(out, 'monteCarlo', 2);
  });

  it("posts the map's probabilities with no transfer list, its arrays still attached", async () => {
    expectCopied(await ask({ type: 'mapSeries', id: 2, request, runs: 2, seed: 1 }), 'mapProbabilities', 3);
  });
});

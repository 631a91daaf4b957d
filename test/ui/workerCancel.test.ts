/**
 * The simulation worker's cancels (simWorker.ts): a cancel stops a Monte Carlo chunk that waits for its turn, and a
 * cancel that crosses the chunk's answer (it arrives after the chunk was answered) is dropped, not kept for the
 * worker's life. The worker module runs here on a fake worker scope.
 */
import { describe, expect, it } from 'vitest';
import type { WorkerRequest } from '../../src/ui/sim/protocol.ts';
import { SMALL_REQUEST as request, useFakeWorker } from '../helpers/fakeWorker.ts';

const worker = useFakeWorker();
const send = (msg: WorkerRequest) => worker.send(msg);
const chunk = (id: number): WorkerRequest => ({
  type: 'monteCarlo',
  id,
  request,
  runs: 2,
  firstRun: 0,
  seed: 1,
  withBaseline: false,
});
/** The answer (not progress) posted for `id`, the last one. */
const answerFor = (id: number) =>
  worker.posted
    .map((args) => args[0] as { type: string; id: number })
    .filter((msg) => msg.id === id && msg.type !== 'progress')
    .at(-1)?.type;

describe('the simulation worker’s cancels', () => {
  it('a chunk cancelled while it waits for the one before answers "cancelled"; the one before answers', async () => {
    const first = send(chunk(1));
    const second = send(chunk(2));
    await send({ type: 'cancel', id: 2 });
    await Promise.all([first, second]);
    expect(answerFor(1)).toBe('monteCarlo');
    expect(answerFor(2)).toBe('cancelled');
  });

  it('a cancel that arrives after its chunk was answered is dropped: it holds nothing back', async () => {
    await send(chunk(3));
    expect(answerFor(3)).toBe('monteCarlo');
    // the page cancelled while the answer was on its way
    await send({ type: 'cancel', id: 3 });
    // had the late cancel been kept, a chunk under that id would answer "cancelled" without running
    await send(chunk(3));
    expect(answerFor(3)).toBe('monteCarlo');
  });
});

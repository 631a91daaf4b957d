/**
 * Work in pieces with a look at the worker's messages between them: a Monte Carlo chunk or the map's Monte Carlo
 * (simWorker.ts) runs a few runs at a time (about PIECE_MS), so that a 'cancel' from the page is read within a piece
 * and the worker, warm, takes its next request instead of being ended. No DOM (Node runs it in the tests).
 */

/** Work stopped on the page's word ('cancel'): the worker answers 'cancelled'. */
export class ChunkCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'ChunkCancelled';
  }
}

/** A piece of work takes about this long (a cancel waits at most that, or one item). */
export const PIECE_MS = 40;

/** The channel nextTask posts to: one for the thread (opening a channel costs a browser some milliseconds). */
let taskChannel: { readonly port: MessagePort; readonly waiting: (() => void)[] } | null = null;

/**
 * Resolves in a task of its own, after the messages already queued (a MessageChannel's: no timer clamping, which
 * adds 4 ms to each nested timeout).
 */
export function nextTask(): Promise<void> {
  if (!taskChannel) {
    const { port1, port2 } = new MessageChannel();
    const waiting: (() => void)[] = [];
    port1.onmessage = () => waiting.shift()?.();
    // in Node (the tests) an open port would keep the process alive
    (port1 as MessagePort & { unref?: () => void }).unref?.();
    taskChannel = { port: port2, waiting };
  }
  const ch = taskChannel;
  return new Promise((resolve) => {
    ch.waiting.push(resolve);
    ch.port.postMessage(null);
  });
}

/**
 * Does `total` items by `advance(count)` (the next `count` of them): without `stopped` in one call; with it in pieces
 * of about PIECE_MS (the first of one item, then as many as took that long), each after a look at `stopped()` and,
 * but for the first, at the thread's messages. Throws ChunkCancelled when `stopped()` says so.
 */
export async function inPieces(
  total: number,
  advance: (count: number) => void,
  stopped?: () => boolean,
): Promise<void> {
  if (!stopped) {
    advance(total);
    return;
  }
  let piece = 1;
  for (let done = 0; done < total;) {
    if (done > 0) await nextTask();
    if (stopped()) throw new ChunkCancelled();
    const n = Math.min(piece, total - done);
    const t = performance.now();
    advance(n);
    done += n;
    piece = Math.max(1, Math.floor(PIECE_MS / Math.max((performance.now() - t) / n, 0.1)));
  }
}

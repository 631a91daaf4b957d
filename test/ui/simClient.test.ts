// Worker faults in the page's simulation client (issue 19, finding 6), with fake workers and fake Web Locks: a
// deterministic worker that ends is restarted at once and asked again (no formula is blamed, no 8-second wait); one
// that ends twice on the same request fails as a crash; a timeout is put down to a formula only when the request
// has edited formulas; a Monte Carlo worker that ends, fails or goes silent ends its run, so the progress never
// stays stuck; a Monte Carlo worker that finished its part is kept for the next one (and dropped if it ends while it
// waits); a cancelled one is told to stop its part and kept once it has (ended if it does not answer in time); the
// errors speak the user's language and keep the raw text apart. A cancelled analysis ends its worker and starts the
// next one at once; a crashed one is replaced only when the next analysis is asked for.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { N_RESULTS } from '../../src/engine/run/results.ts';
import { setLocale } from '../../src/ui/i18n.ts';
import type { RunRequest, WorkerRequest, WorkerResponse } from '../../src/ui/sim/protocol.ts';
import {
  CancelledError,
  DETERMINISTIC_TIMEOUT_MS,
  MC_CANCEL_MS,
  RunError,
  SimClient,
  TimeoutError,
  WorkerCrashError,
} from '../../src/ui/sim/simClient.ts';

/** Web Locks in one page: a lock held by a worker is granted to the page's request when the worker ends. */
class FakeLocks {
  private held = new Map<string, FakeWorker>();
  private waiters = new Map<string, (() => void)[]>();
  hold(name: string, w: FakeWorker): void {
    this.held.set(name, w);
  }
  releaseAll(w: FakeWorker): void {
    for (const [name, holder] of [...this.held])
      if (holder === w) {
        this.held.delete(name);
        for (const f of this.waiters.get(name) ?? []) f();
        this.waiters.delete(name);
      }
  }
  request(name: string, cb: () => unknown): Promise<unknown> {
    return new Promise((resolve) => {
      const grant = () => resolve(cb());
      if (!this.held.has(name)) grant();
      else this.waiters.set(name, [...(this.waiters.get(name) ?? []), grant]);
    });
  }
}

/** A worker the test answers for; 'watch' is answered as the real one does (it takes the lock). */
class FakeWorker {
  received: WorkerRequest[] = [];
  dead = false;
  terminated = false;
  onmessage: ((ev: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  private listeners: ((ev: MessageEvent<WorkerResponse>) => void)[] = [];
  constructor(private readonly locks: FakeLocks | null) {}
  postMessage(msg: WorkerRequest): void {
    if (this.dead) return;
    this.received.push(msg);
    if (msg.type === 'watch' && this.locks) {
      this.locks.hold(msg.lock, this);
      queueMicrotask(() => this.reply({ type: 'watching', id: msg.id }));
    }
  }
  addEventListener(_type: 'message', f: (ev: MessageEvent<WorkerResponse>) => void): void {
    this.listeners.push(f);
  }
  removeEventListener(_type: 'message', f: (ev: MessageEvent<WorkerResponse>) => void): void {
    this.listeners = this.listeners.filter((g) => g !== f);
  }
  reply(msg: WorkerResponse): void {
    if (this.dead) return;
    const ev = { data: msg } as MessageEvent<WorkerResponse>;
    for (const f of [...this.listeners]) f(ev);
    this.onmessage?.(ev);
  }
  /** Ends as a crash does: no event, its locks released. */
  die(): void {
    this.dead = true;
    this.locks?.releaseAll(this);
  }
  terminate(): void {
    this.terminated = true;
    this.die();
  }
  /** The requests of a type it was sent. */
  sent<T extends WorkerRequest['type']>(type: T): Extract<WorkerRequest, { type: T }>[] {
    return this.received.filter((m): m is Extract<WorkerRequest, { type: T }> => m.type === type);
  }
}

const REQ: RunRequest = {
  levers: { capitationRate: 1000 },
  assumptions: {},
  formulas: {},
  region: 'national',
  endYear: 2040,
};
const WITH_FORMULA: RunRequest = { ...REQ, formulas: { attritionFactor: '1' } };
const RESULT = { years: [2026], computeMs: 1 } as unknown as import('../../src/ui/sim/protocol.ts').DeterministicResult;

function setup(locks: FakeLocks | null = new FakeLocks(), stallMs?: number) {
  const workers: FakeWorker[] = [];
  const client = new SimClient({
    spawn: () => {
      const w = new FakeWorker(locks);
      workers.push(w);
      return w as unknown as Worker;
    },
    locks,
    ...(stallMs !== undefined ? { stallMs } : {}),
  });
  const restarts: string[] = [];
  client.onRestart = (why) => restarts.push(why);
  return { client, workers, restarts };
}

const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
  setLocale('nb');
});

describe('the deterministic worker', () => {
  it('that ends is restarted at once and the request in flight is asked again (no timeout, no formula blamed)', async () => {
    const { client, workers, restarts } = setup();
    await flush();
    const p = client.deterministic(REQ);
    const first = workers[0]!;
    expect(first.sent('deterministic')).toHaveLength(1);
    first.die();
    await flush();
    // a new worker within microtasks: no timer had to fire
    expect(workers).toHaveLength(2);
    expect(restarts).toEqual(['crash']);
    const again = workers[1]!.sent('deterministic');
    expect(again).toHaveLength(1);
    expect(again[0]!.request).toEqual(REQ);
    workers[1]!.reply({ type: 'deterministic', id: again[0]!.id, result: RESULT });
    await expect(p).resolves.toBe(RESULT);
    expect(first.terminated).toBe(true);
  });

  it('that ends while idle is replaced before the next request, which goes to the new one', async () => {
    const { client, workers } = setup();
    await flush();
    workers[0]!.die();
    await flush();
    expect(workers).toHaveLength(2);
    const p = client.deterministic(REQ);
    const sent = workers[1]!.sent('deterministic');
    expect(sent).toHaveLength(1);
    expect(workers[0]!.sent('deterministic')).toHaveLength(0);
    workers[1]!.reply({ type: 'deterministic', id: sent[0]!.id, result: RESULT });
    await expect(p).resolves.toBe(RESULT);
  });

  it('that ends twice on the same request fails it as a crash, in the user’s words', async () => {
    const { client, workers } = setup();
    await flush();
    const p = client.deterministic(REQ);
    const caught = p.catch((e: unknown) => e);
    workers[0]!.die();
    await flush();
    workers[1]!.die();
    await flush();
    const e = await caught;
    expect(e).toBeInstanceOf(WorkerCrashError);
    expect((e as Error).message).toBe('Beregningen i bakgrunnen stoppet uventet (nettleseren avsluttet den)');
    expect((e as Error).message).not.toMatch(/formel/i);
    // and a third worker serves what comes next
    expect(workers).toHaveLength(3);
  });

  it('an error event (its script failed) restarts it too', async () => {
    const { client, workers } = setup();
    await flush();
    const p = client.deterministic(REQ);
    workers[0]!.onerror?.({ message: 'Uncaught SyntaxError', preventDefault() {} } as ErrorEvent);
    await flush();
    const again = workers[1]!.sent('deterministic');
    workers[1]!.reply({ type: 'deterministic', id: again[0]!.id, result: RESULT });
    await expect(p).resolves.toBe(RESULT);
  });

  it('without Web Locks, a request with no edited formula that times out is asked again, then fails as a timeout not blamed on a formula', async () => {
    const { client, workers, restarts } = setup(null);
    const p = client.deterministic(REQ);
    const caught = p.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(DETERMINISTIC_TIMEOUT_MS + 1);
    expect(restarts).toEqual(['timeout']);
    expect(workers[1]!.sent('deterministic')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60_000);
    const e = await caught;
    expect(e).toBeInstanceOf(TimeoutError);
    expect((e as TimeoutError).formula).toBe(false);
    expect((e as Error).message).toBe('Beregningen svarte ikke innen 8 sekunder og ble startet på nytt');
  });

  it('a request with edited formulas that times out fails at once as the formula’s; a request waiting behind it is asked again', async () => {
    const { client, workers } = setup(null);
    const p = client.deterministic(WITH_FORMULA);
    const caught = p.catch((e: unknown) => e);
    const check = client.checkFormula('attritionFactor', '1');
    await vi.advanceTimersByTimeAsync(DETERMINISTIC_TIMEOUT_MS + 1);
    const e = await caught;
    expect(e).toBeInstanceOf(TimeoutError);
    expect((e as TimeoutError).formula).toBe(true);
    expect((e as Error).message).toMatch(/^Formelen gjorde beregningen for treg/);
    // the formula check sent after it was waiting too: asked again of the new worker (its own timer started later)
    await vi.advanceTimersByTimeAsync(10);
    const resent = workers.at(-1)!.sent('checkFormula');
    expect(resent.length).toBeGreaterThan(0);
    workers.at(-1)!.reply({ type: 'formulaChecked', id: resent.at(-1)!.id, error: null });
    await expect(check).resolves.toBeNull();
  });

  it('an engine error becomes a RunError in the user’s words, with the raw text and the formula apart', async () => {
    const { client, workers } = setup();
    await flush();
    const p = client.deterministic(WITH_FORMULA);
    const sent = workers[0]!.sent('deterministic')[0]!;
    const check = { problem: 'number' as const, params: { value: 'undefined' }, message: 'formula …' };
    workers[0]!.reply({
      type: 'error',
      id: sent.id,
      message: 'undefined is not a function',
      formula: { id: 'attritionFactor', check },
    });
    const e = await p.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RunError);
    expect((e as RunError).message).toBe('Modellen kunne ikke regne ferdig denne innstillingen');
    expect((e as RunError).detail).toBe('undefined is not a function');
    expect((e as RunError).formula).toEqual({ id: 'attritionFactor', check });
  });
});

describe('Monte Carlo workers', () => {
  const run = (client: SimClient, progress: number[][] = []) =>
    client.monteCarlo(REQ, 100, 1, false, 2, (d, t) => progress.push([d, t])).catch((e: unknown) => e);
  /** The id of the Monte Carlo request a worker was sent last (its answers carry it). */
  const idOf = (w: FakeWorker) => w.sent('monteCarlo').at(-1)!.id;
  /** A client whose Monte Carlo of 100 runs has gone to its two workers, a and b, and is not yet answered. */
  const runningOnTwo = async () => {
    const { client, workers } = setup();
    await flush();
    void run(client);
    await flush();
    const [a, b] = workers.slice(1) as [FakeWorker, FakeWorker];
    return { client, workers, a, b };
  };
  /** A worker's finished part of `runs` runs from `firstRun`. */
  const chunk = (w: FakeWorker, firstRun: number, runs = 2) =>
    ({
      type: 'monteCarlo',
      id: idOf(w),
      current: new Float64Array(runs * N_RESULTS).fill(1),
      baseline: null,
      years: [2026],
      runs,
      firstRun,
    }) as unknown as WorkerResponse;

  /** A client whose first Monte Carlo (4 runs over two workers, a and b) has finished. */
  const afterOneRun = async () => {
    const s = setup();
    await flush();
    const p = s.client.monteCarlo(REQ, 4, 1, false, 2, () => {});
    await flush();
    const [a, b] = s.workers.slice(1) as [FakeWorker, FakeWorker];
    a.reply(chunk(a, 0));
    b.reply(chunk(b, 2));
    return { ...s, a, b, result: await p };
  };

  it('one that ends mid-run ends the run as a crash at once, and the other is told to cancel its part', async () => {
    const { client, workers } = setup();
    await flush();
    const progress: number[][] = [];
    const p = run(client, progress);
    await flush();
    const [a, b] = workers.slice(1);
    a!.reply({ type: 'progress', id: idOf(a!), done: 20, total: 50 });
    expect(progress).toEqual([[20, 100]]);
    b!.die();
    await flush();
    const e = await p;
    expect(e).toBeInstanceOf(WorkerCrashError);
    expect(a!.terminated).toBe(false);
    expect(a!.sent('cancel').map((m) => m.id)).toEqual([idOf(a!)]);
    // a late message of the stopped worker changes nothing
    a!.reply({ type: 'progress', id: idOf(a!), done: 40, total: 50 });
    expect(progress).toEqual([[20, 100]]);
  });

  it('without Web Locks, a worker silent for the stall time ends the run', async () => {
    const { client, workers } = setup(null, 5000);
    const p = run(client);
    const [a] = workers.slice(1);
    await vi.advanceTimersByTimeAsync(3000);
    a!.reply({ type: 'progress', id: idOf(a!), done: 10, total: 50 });
    await vi.advanceTimersByTimeAsync(4000);
    // the other worker has said nothing for 7 s
    const e = await p;
    expect(e).toBeInstanceOf(WorkerCrashError);
  });

  it('an error from a worker ends the run with that error (not as a cancel); that worker is kept, the other cancels', async () => {
    const { client, workers } = setup();
    await flush();
    const p = run(client);
    workers[1]!.reply({ type: 'error', id: idOf(workers[1]!), message: 'Maximum call stack size exceeded' });
    const e = await p;
    expect(e).toBeInstanceOf(RunError);
    expect((e as RunError).detail).toBe('Maximum call stack size exceeded');
    expect((e as Error).message).not.toMatch(/call stack/);
    expect(workers.slice(1).map((w) => w.sent('cancel').length)).toEqual([0, 1]);
    expect(workers.slice(1).map((w) => w.terminated)).toEqual([false, false]);
  });

  it('a cancelled run rejects with CancelledError; its workers are told to cancel, not ended, and kept once they have', async () => {
    const { client, workers, restarts } = setup();
    await flush();
    const p = run(client);
    await flush();
    const [a, b] = workers.slice(1) as [FakeWorker, FakeWorker];
    client.cancelMonteCarlo();
    expect(await p).toBeInstanceOf(CancelledError);
    expect([a.terminated, b.terminated]).toEqual([false, false]);
    expect([a, b].map((w) => w.sent('cancel').map((m) => m.id))).toEqual([[idOf(a)], [idOf(b)]]);
    a.reply({ type: 'cancelled', id: idOf(a) });
    b.reply({ type: 'cancelled', id: idOf(b) });
    await flush();
    expect(restarts).toEqual([]);
    // both warm for the next run: no new worker
    void run(client);
    await flush();
    expect(workers).toHaveLength(3);
    expect([a, b].map((w) => w.sent('monteCarlo').length)).toEqual([2, 2]);
    // the end of a kept worker's last run (ended by the page, as a reload does) is no crash either
    a.terminate();
    await flush();
    expect(restarts).toEqual([]);
  });

  it('a run started right after a cancel takes the workers still cancelling: its request follows the cancel, and their late answers are not taken for it', async () => {
    const { client, workers, a, b } = await runningOnTwo();
    const old = [idOf(a), idOf(b)];
    const progress: number[][] = [];
    const q = client.monteCarlo(REQ, 4, 1, false, 2, (d, t) => progress.push([d, t]));
    await flush();
    expect(workers).toHaveLength(3);
    expect(a.received.map((m) => m.type).slice(-2)).toEqual(['cancel', 'monteCarlo']);
    expect(b.received.map((m) => m.type).slice(-2)).toEqual(['cancel', 'monteCarlo']);
    a.reply({ type: 'progress', id: old[0]!, done: 30, total: 50 });
    a.reply({ type: 'cancelled', id: old[0]! });
    expect(progress).toEqual([]);
    a.reply(chunk(a, 0));
    b.reply({ type: 'cancelled', id: old[1]! });
    b.reply(chunk(b, 2));
    expect((await q).runs).toBe(4);
  });

  it('a worker that does not answer a cancel in time is ended; one a new run took is replaced there by a new worker', async () => {
    const { client, workers, a, b } = await runningOnTwo();
    const oldB = idOf(b);
    // a new run takes both while they cancel; a answers at once, b hangs
    const q = client.monteCarlo(REQ, 4, 1, false, 2, () => {});
    await flush();
    a.reply({ type: 'cancelled', id: a.sent('cancel')[0]!.id });
    a.reply(chunk(a, 0));
    await vi.advanceTimersByTimeAsync(MC_CANCEL_MS + 1000);
    expect(b.terminated).toBe(true);
    expect(workers).toHaveLength(4);
    const c = workers[3]!;
    expect(c.sent('monteCarlo')).toHaveLength(1);
    expect(c.sent('monteCarlo')[0]!.firstRun).toBe(2);
    b.reply({ type: 'cancelled', id: oldB });
    c.reply(chunk(c, 2));
    expect((await q).runs).toBe(4);
    // a cancelled worker that nobody takes and that hangs is ended after the same time
    const r = run(client);
    await flush();
    client.cancelMonteCarlo();
    expect(await r).toBeInstanceOf(CancelledError);
    const [x, y] = [a, c];
    x.reply({ type: 'cancelled', id: idOf(x) });
    await vi.advanceTimersByTimeAsync(MC_CANCEL_MS + 10);
    expect([x.terminated, y.terminated]).toEqual([false, true]);
  });

  it('a finished run resolves with the merged runs; its workers are kept, warm, for the next one', async () => {
    const { client, workers, a, b, result: r } = await afterOneRun();
    expect(r.runs).toBe(4);
    expect(r.currentRuns.runs).toBe(4);
    expect([a!.terminated, b!.terminated]).toEqual([false, false]);
    // the next Monte Carlo goes to the same two workers, with a request of its own
    const firstIds = [idOf(a!), idOf(b!)];
    const progress: number[][] = [];
    const q = client.monteCarlo(REQ, 4, 1, false, 2, (d, t) => progress.push([d, t]));
    await flush();
    expect(workers).toHaveLength(3);
    expect([a!.sent('monteCarlo'), b!.sent('monteCarlo')].map((m) => m.length)).toEqual([2, 2]);
    expect(firstIds).not.toContain(idOf(a!));
    // an answer under the last request's id is not taken for this one's
    a!.reply({ type: 'progress', id: firstIds[0]!, done: 2, total: 2 });
    expect(progress).toEqual([]);
    a!.reply({ type: 'progress', id: idOf(a!), done: 1, total: 2 });
    expect(progress).toEqual([[1, 4]]);
    a!.reply(chunk(a!, 0));
    b!.reply(chunk(b!, 2));
    expect((await q).runs).toBe(4);
  });

  it('a worker that ends after it delivered its part, while the other still runs, fails nothing and is not kept', async () => {
    const { client, workers } = setup();
    await flush();
    const p = client.monteCarlo(REQ, 4, 1, false, 2, () => {});
    await flush();
    const [a, b] = workers.slice(1);
    a!.reply(chunk(a!, 0));
    a!.die();
    await flush();
    b!.reply(chunk(b!, 2));
    expect((await p).runs).toBe(4);
    void run(client);
    await flush();
    // b kept, a replaced
    expect(workers).toHaveLength(4);
    expect(b!.sent('monteCarlo')).toHaveLength(2);
  });

  it('the map’s Monte Carlo takes a kept worker and gives it back when done; cancelled, it tells it to stop and keeps it once it has', async () => {
    const { client, workers, a, b } = await afterOneRun();
    const mapId = (w: FakeWorker) => w.sent('mapSeries').at(-1)!.id;
    const probabilities = { runs: 3 } as unknown as import('../../src/ui/sim/protocol.ts').MapProbabilities;
    const m = client.mapSeries(REQ, { runs: 3, seed: 1 });
    await flush();
    expect(workers).toHaveLength(3);
    const used = [a!, b!].find((w) => w.sent('mapSeries').length === 1)!;
    used.reply({ type: 'mapProbabilities', id: mapId(used), probabilities });
    expect(await m).toBe(probabilities);
    expect(used.terminated).toBe(false);
    // given back: the next map request takes it again, and its abort ends it
    const abort = new AbortController();
    const again = client.mapSeries(REQ, { runs: 3, seed: 1, signal: abort.signal }).catch((e: unknown) => e);
    await flush();
    expect(workers).toHaveLength(3);
    abort.abort();
    expect(await again).toBeInstanceOf(CancelledError);
    expect([a!, b!].filter((w) => w.terminated)).toHaveLength(0);
    const stopping = [a!, b!].find((w) => w.sent('cancel').length === 1)!;
    expect(stopping.sent('cancel')[0]!.id).toBe(mapId(stopping));
    stopping.reply({ type: 'cancelled', id: mapId(stopping) });
    await flush();
    // kept: the page's next Monte Carlo starts no new worker
    void run(client);
    await flush();
    expect(workers).toHaveLength(3);
  });

  it('a kept worker that ends while it waits is dropped, and a cancel keeps the finished ones only', async () => {
    const { client, workers, restarts, a, b } = await afterOneRun();
    b!.die();
    await flush();
    expect(restarts).toEqual([]);
    // the next run: the kept worker a and a new one in place of b
    const q = run(client);
    await flush();
    expect(workers).toHaveLength(4);
    const c = workers[3]!;
    expect(a!.sent('monteCarlo')).toHaveLength(2);
    expect(c.sent('monteCarlo')).toHaveLength(1);
    // a finishes its part, c is still running when the run is cancelled: c is told to cancel, a is kept
    a!.reply(chunk(a!, 0, 50));
    client.cancelMonteCarlo();
    expect(await q).toBeInstanceOf(CancelledError);
    expect([a!.terminated, c.terminated]).toEqual([false, false]);
    expect([a!.sent('cancel').length, c.sent('cancel').length]).toEqual([0, 1]);
    // c ends before it answers: dropped, no crash; the next run has a and a new worker
    c.die();
    await flush();
    expect(restarts).toEqual([]);
    void run(client);
    await flush();
    expect(workers).toHaveLength(5);
    expect(a!.sent('monteCarlo')).toHaveLength(3);
  });
});

describe('the analysis worker', () => {
  const SPEC = {
    kind: 'sensitivity',
    outcome: 'nResidentsWithoutGp',
    year: 2030,
    assumptions: false,
    runs: 0,
    seed: 1,
  } as const;
  /** The analysis requests a fake worker was sent (the analysis protocol is apart from WorkerRequest). */
  const analysesOf = (w: FakeWorker) => w.received.filter((m) => (m.type as string) === 'analysis');

  it('cancelled, is ended (its computation is synchronous) and a fresh one is started at once for the next analysis', async () => {
    const { client, workers } = setup();
    await flush();
    const p = client.analysis(REQ, SPEC);
    await flush();
    const first = workers.at(-1)!;
    expect(analysesOf(first)).toHaveLength(1);
    const spawned = workers.length;
    client.cancelAnalysis();
    await expect(p).rejects.toBeInstanceOf(CancelledError);
    expect(first.terminated).toBe(true);
    // the next worker is already there, loading, before the next analysis is asked for
    expect(workers).toHaveLength(spawned + 1);
    const fresh = workers.at(-1)!;
    void client.analysis(REQ, SPEC).catch(() => {});
    await flush();
    expect(workers).toHaveLength(spawned + 1);
    expect(analysesOf(fresh)).toHaveLength(1);
  });

  it('that ends mid-analysis fails it as a crash and is not replaced until the next analysis', async () => {
    const { client, workers } = setup();
    await flush();
    const p = client.analysis(REQ, SPEC);
    await flush();
    const first = workers.at(-1)!;
    const spawned = workers.length;
    first.die();
    await expect(p).rejects.toBeInstanceOf(WorkerCrashError);
    expect(workers).toHaveLength(spawned);
    void client.analysis(REQ, SPEC).catch(() => {});
    await flush();
    expect(workers).toHaveLength(spawned + 1);
    expect(analysesOf(workers.at(-1)!)).toHaveLength(1);
  });

  it('a new analysis cancels the one in progress and goes to one fresh worker', async () => {
    const { client, workers } = setup();
    await flush();
    const p = client.analysis(REQ, SPEC);
    await flush();
    const spawned = workers.length;
    const q = client.analysis(REQ, SPEC);
    await expect(p).rejects.toBeInstanceOf(CancelledError);
    await flush();
    expect(workers).toHaveLength(spawned + 1);
    expect(analysesOf(workers.at(-1)!)).toHaveLength(1);
    void q.catch(() => {});
  });
});

// The scenario's Monte Carlo run when a worker dies or the engine fails (issue 19, finding 6): the run ends as
// 'failed' with its reason (never left 'running' with its last progress), and start() retries it. Current policy on
// screen is run once, as the scenario and the baseline both.
import { describe, expect, it } from 'vitest';
import { McRunner, type McStatus } from '../../src/ui/sim/mcRunner.ts';
import { isCurrentPolicy } from '../../src/ui/sim/currentPolicy.ts';
import { fakeMcResult } from '../helpers/mcResult.ts';
import type { RunRequest } from '../../src/ui/sim/protocol.ts';
import { CancelledError, RunError, WorkerCrashError, type SimClient } from '../../src/ui/sim/simClient.ts';

const CURRENT: RunRequest = { levers: {}, assumptions: {}, formulas: {}, region: 'national', endYear: 2040 };
const REQ: RunRequest = { ...CURRENT, levers: { capitationRate: 1000 } };

type Mc = SimClient['monteCarlo'];

function setup(
  outcomes: ((onProgress: (d: number, t: number) => void, withBaseline: boolean) => ReturnType<Mc>)[],
  request: () => RunRequest = () => REQ,
) {
  const statuses: McStatus[] = [];
  let results = 0;
  const client = {
    monteCarlo: ((_req, _runs, _seed, withBaseline, _threads, onProgress) =>
      outcomes.shift()!(onProgress, withBaseline)) as Mc,
    cancelMonteCarlo: () => {},
  };
  const runner = new McRunner(client, {
    request,
    isComparing: () => false,
    threads: () => 2,
    onStatus: (s) => statuses.push(s),
    onResult: () => results++,
  });
  return { runner, statuses, results: () => results };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('McRunner', () => {
  it('a worker that dies mid-run ends it as failed (crash); the progress does not stay', async () => {
    const { runner, statuses } = setup([
      (onProgress) => {
        onProgress(1005, 2000);
        return Promise.reject(new WorkerCrashError('a Monte Carlo worker ended'));
      },
    ]);
    runner.start();
    await tick();
    expect(statuses.map((s) => s.kind)).toEqual(['running', 'running', 'failed']);
    expect(runner.status).toEqual({ kind: 'failed', reason: 'crash', detail: 'a Monte Carlo worker ended' });
  });

  it('an engine error ends it as failed (error) with the raw text as detail only', async () => {
    const { runner } = setup([() => Promise.reject(new RunError('Maximum call stack size exceeded'))]);
    runner.start();
    await tick();
    expect(runner.status).toEqual({ kind: 'failed', reason: 'error', detail: 'Maximum call stack size exceeded' });
  });

  it('start() after a failure runs again and finishes', async () => {
    const result = fakeMcResult({ computeMs: 1500 });
    const { runner, results } = setup([() => Promise.reject(new WorkerCrashError()), () => Promise.resolve(result)]);
    runner.start();
    await tick();
    expect(runner.status.kind).toBe('failed');
    runner.start();
    expect(runner.status.kind).toBe('running');
    await tick();
    expect(runner.status).toEqual({ kind: 'done', seconds: 1.5 });
    expect(results()).toBe(1);
  });

  it('a running status says how many runs per scenario and whether current policy runs too (issue #15)', () => {
    const { runner, statuses } = setup([(onProgress) => (onProgress(50, 400), new Promise(() => {}))]);
    runner.start();
    expect(statuses[0]).toEqual({ kind: 'running', done: 0, total: 400, runs: 200, withBaseline: true });
    expect(runner.status).toEqual({ kind: 'running', done: 50, total: 400, runs: 200, withBaseline: true });
  });

  it('current policy on screen is run once, as scenario and baseline, and a later scenario reuses it', async () => {
    const asked: boolean[] = [];
    const result = (withBaseline: boolean) =>
      ({
        years: [2026],
        runs: 200,
        seed: 1,
        current: { tag: withBaseline ? 'scenario' : 'current policy' },
        baseline: withBaseline ? { tag: 'baseline' } : null,
        currentEvents: { tag: 'events' },
        baselineEvents: withBaseline ? { tag: 'baseline events' } : null,
        computeMs: 1000,
        currentRuns: { tag: 'runs' },
        baselineRuns: null,
      }) as unknown as Awaited<ReturnType<Mc>>;
    const answer = (_p: unknown, withBaseline: boolean) => (asked.push(withBaseline), Promise.resolve(result(false)));
    let request = CURRENT;
    const { runner, statuses } = setup([answer, answer], () => request);
    runner.start();
    expect(statuses[0]).toEqual({
      kind: 'running',
      done: 0,
      total: 200,
      runs: 200,
      withBaseline: false,
      currentPolicy: true,
    });
    await tick();
    const first = runner.result!;
    expect(first.baseline).toBe(first.result.current);
    expect(first.baselineEvents).toBe(first.result.currentEvents);
    expect(first.baselineRuns).toBe(first.currentRuns);
    // a scenario: the baseline's runs are cached from current policy's
    request = REQ;
    runner.start();
    await tick();
    expect(asked).toEqual([false, false]);
    expect(runner.result!.baseline).toBe(first.result.current);
  });

  it('current policy means no national lever and no municipality’s own measure (its figures and events are facts)', () => {
    expect(isCurrentPolicy(CURRENT)).toBe(true);
    expect(isCurrentPolicy(REQ)).toBe(false);
    const facts = { '1811': { start: { gps: 5 }, events: [] }, '1812': { levers: {} } } as RunRequest['municipalities'];
    expect(isCurrentPolicy({ ...CURRENT, municipalities: facts })).toBe(true);
    const measure = { '1811': { levers: { salariedShare: 0.6 } } } as unknown as RunRequest['municipalities'];
    expect(isCurrentPolicy({ ...CURRENT, municipalities: measure })).toBe(false);
  });

  it('a cancel is still a cancel, not a failure', async () => {
    const { runner } = setup([() => Promise.reject(new CancelledError())]);
    runner.start();
    await tick();
    expect(runner.status.kind).toBe('cancelled');
  });
});

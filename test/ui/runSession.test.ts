// The deterministic run of the scenario on screen (src/ui/sim/runSession.ts): answers replaced by a newer request
// are dropped, a committed change's result is followed by Monte Carlo only while it is still the request on screen,
// a share link's comparison opens after the next run, and a state that cannot run is rolled back to the last
// state that ran (a crashed worker restores nothing).
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../src/ui/notice.ts';
import type { LinkComparison } from '../../src/ui/scenarios/shareLink.ts';
import type { DeterministicResult, RunRequest } from '../../src/ui/sim/protocol.ts';
import { requestKey, restoresLastGood, RunSession, type RunTimings } from '../../src/ui/sim/runSession.ts';
import { RunError, WorkerCrashError } from '../../src/ui/sim/simClient.ts';
import { EMPTY_SCENARIO, requestOf, withAssumption, type ScenarioState } from '../../src/ui/state.ts';

const RESULT = { years: [2026], computeMs: 12 } as unknown as DeterministicResult;
const EDITED = withAssumption(EMPTY_SCENARIO, 'leaveHours', 0.05);
const COMPARISON = { reference: 0, scenarios: [] } as unknown as LinkComparison;

interface Call {
  readonly req: RunRequest;
  resolve(r: DeterministicResult | null): void;
  reject(e: unknown): void;
}

function setup(initial: ScenarioState = EMPTY_SCENARIO) {
  const page = { state: initial, region: 'national' };
  const calls: Call[] = [];
  const log: string[] = [];
  const notices: (Notice | null)[] = [];
  const timings: RunTimings = { renders: 0, lastRenderMs: 0, lastComputeMs: 0 };
  const client = {
    deterministic: (req: RunRequest) =>
      new Promise<DeterministicResult | null>((resolve, reject) => calls.push({ req, resolve, reject })),
  };
  const mc = {
    requestChanged: (key: string, committed: boolean) => log.push(`mc.requestChanged ${committed} ${key}`),
    schedule: () => log.push('mc.schedule'),
  };
  const session = new RunSession(
    client,
    mc,
    {
      state: () => page.state,
      region: () => page.region,
      committed: () => log.push('committed'),
      show: (r) => log.push(`show ${r.computeMs}`),
      notice: (n) => notices.push(n),
      restore: (state, what) => {
        page.state = state;
        log.push(`restore ${what}`);
      },
      openComparison: (c) => log.push(`openComparison ${c === COMPARISON}`),
    },
    timings,
  );
  return { page, calls, log, notices, timings, session };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

/** A first state runs, the scenario is edited, and the edited state's run fails with `error`. */
async function editedRunFails(error: unknown) {
  const parts = setup();
  const { page, calls, log, session } = parts;
  session.refresh(true);
  calls[0]!.resolve(RESULT);
  await tick();
  page.state = EDITED;
  log.length = 0;
  session.refresh(true);
  calls[1]!.reject(error);
  await tick();
  return parts;
}

describe('requestKey and restoresLastGood', () => {
  const req = requestOf(EMPTY_SCENARIO, 'national');

  it('two requests with the same content have the same key; another region another', () => {
    expect(requestKey(requestOf(EMPTY_SCENARIO, 'national'))).toBe(requestKey(req));
    expect(requestKey(requestOf(EMPTY_SCENARIO, 'kommune:1811'))).not.toBe(requestKey(req));
  });

  it('restores only when the state is to blame and the last good state is another one', () => {
    const failed = requestKey(requestOf(EDITED, 'national'));
    expect(restoresLastGood(true, req, failed)).toBe(true);
    expect(restoresLastGood(false, req, failed)).toBe(false);
    expect(restoresLastGood(true, req, requestKey(req))).toBe(false);
  });
});

describe('RunSession', () => {
  it('asks for the request on screen and hands a committed result over, then schedules Monte Carlo', async () => {
    const { calls, log, notices, timings, session } = setup(EDITED);
    session.refresh(true);
    const key = requestKey(requestOf(EDITED, 'national'));
    expect(calls.map((c) => c.req)).toEqual([requestOf(EDITED, 'national')]);
    expect(log).toEqual([`mc.requestChanged true ${key}`, 'committed']);
    calls[0]!.resolve(RESULT);
    await tick();
    expect(log.slice(2)).toEqual(['show 12', 'mc.schedule']);
    expect(session.result).toBe(RESULT);
    expect(notices).toEqual([null]);
    expect(timings.renders).toBe(1);
    expect(timings.lastComputeMs).toBe(12);
    expect(timings.lastRenderMs).toBeGreaterThanOrEqual(0);
  });

  it('a preview neither tells the page of a commit nor schedules Monte Carlo', async () => {
    const { calls, log, session } = setup();
    session.refresh(false);
    calls[0]!.resolve(RESULT);
    await tick();
    expect(log).toEqual([`mc.requestChanged false ${requestKey(session.request())}`, 'show 12']);
  });

  it('drops an answer replaced by a newer request', async () => {
    const { calls, log, notices, timings, session } = setup();
    session.refresh(true);
    calls[0]!.resolve(null);
    await tick();
    expect(log).toEqual([`mc.requestChanged true ${requestKey(session.request())}`, 'committed']);
    expect(session.result).toBeNull();
    expect(notices).toEqual([]);
    expect(timings.renders).toBe(0);
  });

  it('does not schedule Monte Carlo when the request on screen changed while it ran', async () => {
    const { page, calls, log, session } = setup();
    session.refresh(true);
    page.state = EDITED;
    calls[0]!.resolve(RESULT);
    await tick();
    expect(log).toContain('show 12');
    expect(log).not.toContain('mc.schedule');
  });

  it("opens a share link's comparison after the next run, once, and queues the scenario's own Monte Carlo", async () => {
    const { page, calls, log, session } = setup();
    session.openAfterRun(COMPARISON);
    session.refresh(true);
    page.state = EDITED; // the hand-over does not wait for the request to be the same
    calls[0]!.resolve(RESULT);
    await tick();
    expect(log.slice(2)).toEqual(['show 12', 'openComparison true', 'mc.schedule']);
    log.length = 0;
    session.refresh(true);
    calls[1]!.resolve(RESULT);
    await tick();
    expect(log).not.toContain('openComparison true');
  });

  it('a comparison waiting is replaced (undefined: none)', async () => {
    const { calls, log, session } = setup();
    session.openAfterRun(COMPARISON);
    session.openAfterRun(undefined);
    session.refresh(true);
    calls[0]!.resolve(RESULT);
    await tick();
    expect(log).not.toContain('openComparison true');
  });

  it('a state that cannot run goes back to the last state that ran, runs it, and the notice stays', async () => {
    const { page, calls, log, notices } = await editedRunFails(new RunError('Maximum call stack size exceeded'));
    expect(page.state).toBe(EMPTY_SCENARIO);
    const failed = notices[notices.length - 1]!;
    expect(failed.dismissible).toBe(true);
    expect(failed.detail).toBe('Maximum call stack size exceeded');
    expect(log.slice(2, 3)).toEqual([`restore ${failed.text}`]);
    // the restored state runs at once (committed), before the notice is shown
    expect(calls[2]!.req).toEqual(requestOf(EMPTY_SCENARIO, 'national'));
    expect(log[3]).toBe(`mc.requestChanged true ${requestKey(requestOf(EMPTY_SCENARIO, 'national'))}`);
  });

  it('restores nothing when the last good state is the one that failed', async () => {
    const { page, calls, log, notices, session } = setup();
    session.refresh(true);
    calls[0]!.reject(new RunError('boom'));
    await tick();
    expect(page.state).toBe(EMPTY_SCENARIO);
    expect(log.some((l) => l.startsWith('restore'))).toBe(false);
    expect(calls).toHaveLength(1);
    expect(notices).toHaveLength(1);
  });

  it('a crashed worker is not the state’s fault: nothing is restored', async () => {
    const { page, calls, log, notices } = await editedRunFails(new WorkerCrashError('worker ended'));
    expect(page.state).toBe(EDITED);
    expect(log.some((l) => l.startsWith('restore'))).toBe(false);
    expect(calls).toHaveLength(2);
    expect(notices[notices.length - 1]!.detail).toBe('worker ended');
  });
});

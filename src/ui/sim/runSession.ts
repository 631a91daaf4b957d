/**
 * The deterministic run of the scenario on screen: each change asks the worker for the current request (an answer
 * replaced by a newer request is dropped), keeps the last state that ran and its result, and on a failure the state
 * is to blame for (a runaway or failing formula) restores that state and runs it again. A committed change's run
 * is followed by the scenario's Monte Carlo (sim/mcRunner.ts); a comparison that came with a share link opens
 * after the next run instead. Timings go to the latency probe. No DOM: the page renders what it hands over.
 */
import type { LinkComparison } from '../scenarios/shareLink.ts';
import type { Notice } from '../notice.ts';
import { EMPTY_SCENARIO, requestOf, type ScenarioState } from '../state.ts';
import { runFailure } from './failure.ts';
import type { McRunner } from './mcRunner.ts';
import type { DeterministicResult, RunRequest } from './protocol.ts';
import type { SimClient } from './simClient.ts';

/** A request's identity: two requests with the same key run the same. */
export function requestKey(req: RunRequest): string {
  return JSON.stringify(req);
}

/**
 * Whether a failed run restores the last state that ran: only when the state is to blame, and the last good state
 * is not the one that failed (nothing to go back to).
 */
export function restoresLastGood(rollback: boolean, lastGood: RunRequest, failedKey: string): boolean {
  return rollback && requestKey(lastGood) !== failedKey;
}

/** The latency probe's marks the run sets (read by the e2e scripts through `window.__fls`). */
export interface RunTimings {
  renders: number;
  /** Request to rendered charts, and the worker's share of it (ms). */
  lastRenderMs: number;
  lastComputeMs: number;
}

/** What the run needs from the page. */
export interface RunSessionHost {
  /** The scenario and region on screen. */
  state(): ScenarioState;
  region(): string;
  /** A committed change is about to run (the comparison checks whether it went stale, the link follows). */
  committed(): void;
  /** The run's result for the current request: render it. */
  show(result: DeterministicResult): void;
  /** A failure's notice (null: hides one not meant to stay). */
  notice(notice: Notice | null): void;
  /** The state cannot run: commit the last state that ran (`what`: the undo label) and bring the panels in line. */
  restore(state: ScenarioState, what: string): void;
  /** A comparison that came with a share link: it opens now that the scenario on screen has run. */
  openComparison(comparison: LinkComparison): void;
}

export class RunSession {
  private det: DeterministicResult | null = null;
  private lastGood: ScenarioState = EMPTY_SCENARIO;
  private pendingComparison: LinkComparison | undefined;

  constructor(
    private readonly client: Pick<SimClient, 'deterministic'>,
    private readonly mc: Pick<McRunner, 'requestChanged' | 'schedule'>,
    private readonly host: RunSessionHost,
    private readonly timings: RunTimings,
  ) {}

  /** The last result on screen (null until the first run). */
  get result(): DeterministicResult | null {
    return this.det;
  }

  /** The request the page shows now. */
  request(): RunRequest {
    return requestOf(this.host.state(), this.host.region());
  }

  /** A share link's comparison, opened after the next run (undefined: none; replaces one still waiting). */
  openAfterRun(comparison: LinkComparison | undefined): void {
    this.pendingComparison = comparison;
  }

  /** Runs the deterministic model for the current state; on commit, Monte Carlo follows. */
  refresh(committed: boolean): void {
    const req = this.request();
    const key = requestKey(req);
    this.mc.requestChanged(key, committed);
    const state = this.host.state();
    // a comparison whose scenarios changed is marked stale (or current again after an undo)
    if (committed) this.host.committed();
    const t0 = performance.now();
    this.client
      .deterministic(req)
      .then((res) => {
        if (!res) return; // replaced by a newer request
        this.lastGood = state;
        this.det = res;
        this.host.show(res);
        this.timings.renders++;
        this.timings.lastRenderMs = performance.now() - t0;
        this.timings.lastComputeMs = res.computeMs;
        this.host.notice(null);
        if (this.pendingComparison) {
          const c = this.pendingComparison;
          this.pendingComparison = undefined;
          this.host.openComparison(c);
          // the scenario's own uncertainty is queued too: it runs when the comparison has the workers no more
          if (committed) this.mc.schedule();
        } else if (committed && requestKey(this.request()) === key) {
          this.mc.schedule();
        }
      })
      .catch((e: unknown) => {
        // in the user's words; a crashed or hung worker is not the state's fault and restores nothing
        const failure = runFailure(e);
        if (restoresLastGood(failure.rollback, requestOf(this.lastGood, this.host.region()), key)) {
          // the state cannot run (a runaway or failing formula): back to the last state that ran, on screen too
          this.host.restore(this.lastGood, failure.notice.text);
          this.refresh(true);
        }
        // stays until the user closes it (the restored state's own run does not hide it)
        this.host.notice(failure.notice);
      });
  }
}

/**
 * The scenario's Monte Carlo run in the page: when it starts (150 ms after a committed change, or on request), the
 * cache of baseline runs per region and assumptions, the result that belongs to the current request, its status
 * (running with progress, done, cancelled, stale, waiting for a comparison) and the hand-over with a comparison,
 * which has the workers first: a run it interrupts, or one asked for while it runs, follows when it ends. A run that
 * fails (a worker ended, went silent or reported an error) ends as 'failed' with its reason; start() retries. No
 * DOM: the page renders what it reports (main.ts).
 */
import type { McEvents, McRuns } from '../../engine/run/mcSummary.ts';
import type { McResult, RunRequest } from './protocol.ts';
import { CancelledError, RunError, WorkerCrashError, type SimClient } from './simClient.ts';
import type { RunCache } from './runCache.ts';
import { stableJson } from '../stableJson.ts';
import { currentPolicyRequest, isCurrentPolicy } from './currentPolicy.ts';
import { formatNumber } from '../format.ts';
import { t } from '../i18n.ts';

/**
 * The progress of a running Monte Carlo in words, honest about what is counted: with current policy too,
 * "0 av 400 kjøringer (200 for ditt scenario og 200 for dagens politikk)"; current policy on screen, "for dagens
 * politikk"; else the scenario's runs alone (current policy's already computed).
 */
export function mcProgressText(s: McStatus): string {
  const done = formatNumber(s.done ?? 0);
  const total = formatNumber(s.total ?? 0);
  if (s.runs === undefined) return t('mcRunning', { done, total });
  if (s.withBaseline) return t('mcRunningBoth', { done, total, runs: formatNumber(s.runs) });
  return s.currentPolicy ? t('mcRunningPolicy', { done, total }) : t('mcRunningOne', { done, total });
}

export type McStatusKind = 'idle' | 'running' | 'done' | 'cancelled' | 'stale' | 'waiting' | 'failed';

export interface McStatus {
  readonly kind: McStatusKind;
  readonly done?: number;
  /** Runs in all: `runs` of the scenario, and as many of current policy when `withBaseline` (not cached). */
  readonly total?: number;
  /** 'running': the runs per scenario (the "Antall kjøringer" chosen). */
  readonly runs?: number;
  /** 'running': current policy runs too (its runs for this region and assumptions are not cached yet). */
  readonly withBaseline?: boolean;
  /** 'running': the scenario on screen is current policy itself, run once as both. */
  readonly currentPolicy?: boolean;
  readonly seconds?: number;
  /** 'failed': a worker ended or went silent ('crash'), or the engine failed the run ('error', with its text). */
  readonly reason?: 'crash' | 'error';
  readonly detail?: string;
}

/**
 * A finished run for one request, with the baseline's bands and probabilities for the same seeds, and both
 * scenarios' runs (the differences from current policy are taken run by run: compare/diff.ts).
 */
export interface McOutcome {
  readonly key: string;
  readonly result: McResult;
  readonly baseline: McResult['current'];
  readonly baselineEvents: McEvents;
  readonly currentRuns?: McRuns;
  readonly baselineRuns?: McRuns;
}

interface CachedBaseline {
  readonly bands: McResult['current'];
  readonly events: McEvents;
  readonly runs?: McRuns;
}

/** What the runner needs from the page. */
export interface McRunnerHost {
  /** The request the page shows now. */
  request(): RunRequest;
  /** True while a comparison holds the workers. */
  isComparing(): boolean;
  threads(): number;
  onStatus(status: McStatus): void;
  /** A run for the current request finished. */
  onResult(): void;
}

export const MC_SEED = 1;
/** Delay after a committed change before Monte Carlo starts (a quick second change cancels it). */
const START_DELAY_MS = 150;

export class McRunner {
  /** Runs per Monte Carlo (the "Antall kjøringer" select). */
  runs = 200;
  private state: McStatus = { kind: 'idle' };
  private outcome: McOutcome | null = null;
  private readonly baselines = new Map<string, CachedBaseline>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private deferred = false;

  constructor(
    private readonly client: Pick<SimClient, 'monteCarlo' | 'cancelMonteCarlo'>,
    private readonly host: McRunnerHost,
    /** Where the runs it makes are kept for a comparison (runCache.ts), if anywhere. */
    private readonly cache?: RunCache,
  ) {}

  get status(): McStatus {
    return this.state;
  }

  /** The finished run, when it belongs to the current request. */
  get result(): McOutcome | null {
    return this.outcome;
  }

  /** The request changed: forget a result for another one; while a slider moves, the scenario's own run stops. */
  requestChanged(key: string, committed: boolean): void {
    if (this.outcome && this.outcome.key !== key) this.outcome = null;
    clearTimeout(this.timer);
    if (!committed) {
      // a running comparison keeps the workers (its runs were asked for); only the scenario's own run stops
      if (!this.host.isComparing()) this.client.cancelMonteCarlo();
      this.setStatus({ kind: 'stale' });
    }
  }

  /** Starts a run shortly (a committed change whose deterministic run has arrived). */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.start(), START_DELAY_MS);
  }

  /** The user's "Avbryt". */
  cancel(): void {
    clearTimeout(this.timer);
    this.client.cancelMonteCarlo();
    this.setStatus({ kind: 'cancelled' });
  }

  /** A comparison ended: a run that waited for it starts now. */
  comparisonEnded(): void {
    if (!this.deferred) return;
    this.deferred = false;
    this.start();
  }

  start(): void {
    clearTimeout(this.timer);
    if (this.host.isComparing()) {
      this.defer();
      return;
    }
    const req = this.host.request();
    const key = JSON.stringify(req);
    const runs = this.runs;
    // current policy beside the request (its assumptions, formulas and the municipalities' figures and events, not
    // their measures): the baseline's key
    const baseKey = stableJson([currentPolicyRequest(req), runs, MC_SEED]);
    const cachedBase = this.baselines.get(baseKey);
    // the scenario on screen is current policy (as on every first load and new region): its runs are the baseline's,
    // run by run (same plan, same seeds), so they are run once and serve as both
    const isBaseline = isCurrentPolicy(req);
    const withBaseline = !cachedBase && !isBaseline;
    const policy = isBaseline ? { currentPolicy: true } : {};
    this.setStatus({ kind: 'running', done: 0, total: withBaseline ? 2 * runs : runs, runs, withBaseline, ...policy });
    this.client
      .monteCarlo(req, runs, MC_SEED, withBaseline, this.host.threads(), (done, total) =>
        this.setStatus({ kind: 'running', done, total, runs, withBaseline, ...policy }),
      )
      .then((result) => {
        const fresh = result as McResult & { currentRuns?: McRuns; baselineRuns?: McRuns | null };
        const ran: CachedBaseline | null =
          result.baseline && result.baselineEvents
            ? {
                bands: result.baseline,
                events: result.baselineEvents,
                ...(fresh.baselineRuns ? { runs: fresh.baselineRuns } : {}),
              }
            : isBaseline
              ? {
                  bands: result.current,
                  events: result.currentEvents,
                  ...(fresh.currentRuns ? { runs: fresh.currentRuns } : {}),
                }
              : null;
        const baseline = ran ?? cachedBase!;
        if (ran && !cachedBase) this.baselines.set(baseKey, ran);
        // both scenarios' runs for a comparison that asks for the same
        if (fresh.currentRuns) this.cache?.set(req, fresh.currentRuns);
        if (baseline.runs) this.cache?.set(currentPolicyRequest(req), baseline.runs);
        if (JSON.stringify(this.host.request()) !== key) return;
        this.outcome = {
          key,
          result,
          baseline: baseline.bands,
          baselineEvents: baseline.events,
          ...(fresh.currentRuns ? { currentRuns: fresh.currentRuns } : {}),
          ...(baseline.runs ? { baselineRuns: baseline.runs } : {}),
        };
        this.setStatus({ kind: 'done', seconds: result.computeMs / 1000 });
        this.host.onResult();
      })
      .catch((e: Error) => {
        if (e instanceof CancelledError) {
          // a comparison started meanwhile took the workers: this run follows it
          if (this.host.isComparing()) this.defer();
          else if (this.state.kind === 'running') this.setStatus({ kind: 'cancelled' });
          return;
        }
        // a run that cannot finish ends with its reason and a retry; the progress never stays behind
        this.setStatus({
          kind: 'failed',
          reason: e instanceof RunError ? 'error' : 'crash',
          detail: e instanceof RunError || e instanceof WorkerCrashError ? e.detail : e.message,
        });
      });
  }

  private defer(): void {
    this.deferred = true;
    this.setStatus({ kind: 'waiting' });
  }

  private setStatus(status: McStatus): void {
    this.state = status;
    this.host.onStatus(status);
  }
}

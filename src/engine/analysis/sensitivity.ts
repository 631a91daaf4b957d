/**
 * Sensitivity ("Hva betyr mest?") of one outcome in one year for a region:
 *  - levers: each moved from today's value by a quarter of its range down and up (clipped to the range; a toggle
 *    switched, a choice tried at each option; a lever with no value today tried at both ends), the change in the
 *    outcome and the yearly public cost in that year, ranked by the larger change (a tornado);
 *  - assumptions: each at the two ends of its range, the same way;
 *  - the outcome's uncertainty split by its sources: the variance over Monte Carlo runs, the part left when only
 *    events are random (assumptions at their values), and each assumption's first-order share estimated by the
 *    correlation ratio over its sampled values (10 equal-count bins, minus the share chance alone would give; shown
 *    only where it stands out of that noise by two standard deviations, so few runs show few shares).
 * All runs deterministic except the decomposition's, which use the seed's runs.
 */
import { ASSUMPTIONS } from '../../levers/assumptionCore.ts';
import { LEVERS } from '../../levers/registry.ts';
import type { LeverValue, NumberLeverSpec } from '../../levers/types.ts';
import { runValues } from '../run/mcSummary.ts';
import { sampleAssumptions } from '../run/monteCarlo.ts';
import type { ResultId } from '../run/results.ts';
import type { Evaluator } from './evaluator.ts';
import { todayValue } from './leverGrid.ts';

/** A lever or assumption at one setting: the outcome, its change and (levers) the change in public cost. */
export interface Move {
  readonly value: LeverValue;
  readonly outcome: number;
  readonly delta: number;
  readonly extraCostNok?: number;
}

export interface Effect {
  readonly id: string;
  readonly today: LeverValue;
  readonly low: Move | null;
  readonly high: Move | null;
  /** The larger absolute change of the two moves (the rank). */
  readonly swing: number;
}

export interface VarianceSplit {
  readonly runs: number;
  /** Variance of the outcome over the runs (assumptions and events random). */
  readonly total: number;
  /** Share left when only events are random (run-by-run noise: entrants, leavers, vacancies). */
  readonly eventsShare: number;
  /** The rest: uncertainty in the assumptions (never below 0). */
  readonly assumptionsShare: number;
  /** Each sampled assumption's first-order share, largest first (those above 1 %). */
  readonly firstOrder: readonly { readonly id: string; readonly share: number }[];
}

export interface SensitivityResult {
  readonly outcome: ResultId;
  readonly year: number;
  readonly base: number;
  readonly levers: readonly Effect[];
  readonly assumptions?: readonly Effect[];
  readonly variance?: VarianceSplit;
  readonly evaluations: number;
}

export interface SensitivityOptions {
  readonly outcome: ResultId;
  /** Also the assumptions and the variance split (slower). */
  readonly assumptions?: boolean;
  readonly runs?: number;
  readonly seed?: number;
  /** Only these levers (default: all). */
  readonly levers?: readonly string[];
  readonly onProgress?: (done: number, total: number) => void;
}

/** The two settings a lever is tried at (see the module comment). */
export function leverMoves(
  spec: (typeof LEVERS)[number],
  today: LeverValue,
): [LeverValue | undefined, LeverValue | undefined] {
  if (spec.kind === 'toggle') return [undefined, today === 1 ? 0 : 1];
  if (spec.kind === 'choice') {
    const others = spec.choices.map((c) => c.value).filter((v) => v !== today);
    return [others[0], others[1]];
  }
  const num = spec as NumberLeverSpec;
  if (typeof today !== 'number') return [num.min, num.max];
  const quarter = (num.max - num.min) / 4;
  const round = (v: number) => Math.round(v / num.step) * num.step;
  const clip = (v: number) => Number(Math.min(num.max, Math.max(num.min, round(v))).toPrecision(12));
  const low = clip(today - quarter);
  const high = clip(today + quarter);
  return [low === today ? undefined : low, high === today ? undefined : high];
}

function effectOf(id: string, today: LeverValue, low: Move | null, high: Move | null): Effect {
  return { id, today, low, high, swing: Math.max(Math.abs(low?.delta ?? 0), Math.abs(high?.delta ?? 0)) };
}

const variance = (v: Float64Array): number => {
  let m = 0;
  for (const x of v) m += x;
  m /= v.length;
  let s = 0;
  for (const x of v) s += (x - m) ** 2;
  return v.length > 1 ? s / (v.length - 1) : 0;
};

/** Correlation ratio η² of y on x in `bins` equal-count bins. */
export function correlationRatio(x: Float64Array, y: Float64Array, bins = 10): number {
  const n = x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a]! - x[b]!);
  let mean = 0;
  for (const v of y) mean += v;
  mean /= n;
  let between = 0;
  let total = 0;
  for (const v of y) total += (v - mean) ** 2;
  if (total <= 0) return 0;
  for (let b = 0; b < bins; b++) {
    const lo = Math.floor((b * n) / bins);
    const hi = Math.floor(((b + 1) * n) / bins);
    if (hi <= lo) continue;
    let m = 0;
    for (let k = lo; k < hi; k++) m += y[order[k]!]!;
    m /= hi - lo;
    between += (hi - lo) * (m - mean) ** 2;
  }
  return between / total;
}

export function sensitivity(ev: Evaluator, opts: SensitivityOptions): SensitivityResult {
  const start = ev.count;
  const year = ev.setup.year;
  const base = ev.evaluate({});
  const baseOutcome = ev.outcome(base, opts.outcome);
  const levers = LEVERS.filter((l) => !opts.levers || opts.levers.includes(l.id));
  const assumptions = opts.assumptions ? ASSUMPTIONS : [];
  const total = levers.length + assumptions.length + (opts.assumptions ? 1 : 0);
  let done = 0;
  const tick = () => opts.onProgress?.(++done, total);

  const leverEffects = levers.map((spec) => {
    const today = todayValue(ev.setup.scenario, spec.id);
    const [lo, hi] = leverMoves(spec, today);
    const move = (value: LeverValue | undefined): Move | null => {
      if (value === undefined) return null;
      const e = ev.evaluate({ [spec.id]: value });
      const outcome = ev.outcome(e, opts.outcome);
      return {
        value,
        outcome,
        delta: outcome - baseOutcome,
        extraCostNok: ev.extraCost(e, 'public', { from: year, to: year }),
      };
    };
    const eff = effectOf(spec.id, today, move(lo), move(hi));
    tick();
    return eff;
  });
  leverEffects.sort((a, b) => b.swing - a.swing);

  let assumptionEffects: Effect[] | undefined;
  let split: VarianceSplit | undefined;
  if (opts.assumptions) {
    const values = ev.plan({}).assumptions;
    assumptionEffects = assumptions.map((a) => {
      const today = values[a.id];
      const move = (value: number): Move | null => {
        if (value === today) return null;
        const outcome = ev.outcome(ev.evaluate({}, { [a.id]: value }), opts.outcome);
        return { value, outcome, delta: outcome - baseOutcome };
      };
      const eff = effectOf(a.id, today, move(a.min), move(a.max));
      tick();
      return eff;
    });
    assumptionEffects.sort((a, b) => b.swing - a.swing);
    split = varianceSplit(ev, opts.outcome, opts.runs ?? 200, opts.seed ?? 1);
    tick();
  }
  return {
    outcome: opts.outcome,
    year,
    base: baseOutcome,
    levers: leverEffects,
    ...(assumptionEffects ? { assumptions: assumptionEffects } : {}),
    ...(split ? { variance: split } : {}),
    evaluations: ev.count - start,
  };
}

/** The outcome's variance over runs split into events and assumptions, and each assumption's first-order share. */
export function varianceSplit(ev: Evaluator, outcome: ResultId, runs: number, seed: number): VarianceSplit {
  const full = runValues(ev.monteCarlo({}, runs, seed), outcome, ev.yearIndex);
  const events = runValues(ev.monteCarlo({}, runs, seed, false), outcome, ev.yearIndex);
  const total = variance(full);
  const eventsShare = total > 0 ? Math.min(1, variance(events) / total) : 0;
  const base = ev.plan({}).assumptions;
  const drawn = Array.from({ length: runs }, (_, r) => sampleAssumptions(base, seed, r));
  const bins = 10;
  // what chance alone gives (the estimator's bias) and its spread: a share is kept only when it stands out of the noise
  const chance = (bins - 1) / (runs - 1);
  const noise = Math.sqrt(2 * (bins - 1)) / (runs - 1);
  const firstOrder = ASSUMPTIONS.filter((a) => a.uncertain)
    .map((a) => {
      const x = Float64Array.from(drawn, (d) => d[a.id]);
      return { id: a.id, share: Math.max(0, correlationRatio(x, full, bins) - chance) };
    })
    .filter((s) => s.share >= Math.max(0.01, 2 * noise))
    .sort((a, b) => b.share - a.share);
  return { runs, total, eventsShare, assumptionsShare: Math.max(0, 1 - eventsShare), firstOrder };
}

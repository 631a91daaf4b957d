/**
 * Goal seek ("Hva skal til?"): the value of one lever that makes an outcome in a year reach a target, e.g. residents
 * without a GP ≤ 1 % in 2030 in Nordland. The outcome is taken as monotone in the lever: both ends of the lever's
 * range are run, the favourable one found, and the lever's grid bisected between today's value and that end for the
 * smallest change that reaches the target (so one grid step less leaves it unreached). On the central (deterministic)
 * run, or on a probability: the share of Monte Carlo runs (same seeds for every value) that reach it. When no value in
 * the range reaches the target, it says so and gives the best the lever can do.
 */
import type { LeverValue, NumberLeverSpec } from '../../levers/types.ts';
import { summarizeRuns, runValues } from '../run/mcSummary.ts';
import type { ResultId } from '../run/results.ts';
import type { Evaluator } from './evaluator.ts';
import { gridIndex, gridSize, gridValue, restrictedSpec, todayValue, type LeverRange } from './leverGrid.ts';
import { meets, type Target } from './target.ts';

export interface GoalSeekOptions {
  readonly lever: string;
  readonly outcome: ResultId;
  readonly target: Target;
  /** Only this part of a number lever's range (e.g. no cuts below today's value). */
  readonly range?: LeverRange;
  /** Seek on the probability that the target is met (share of runs), not on the central run. */
  readonly probability?: number;
  readonly runs?: number;
  readonly seed?: number;
  readonly onProgress?: (evaluations: number) => void;
}

/** A lever value with what it gives: the outcome (central run, or median of runs) and the probability if asked. */
export interface Point {
  readonly value: LeverValue;
  readonly outcome: number;
  readonly probability?: number;
  readonly meets: boolean;
}

export interface GoalSeekResult {
  /** reached: `answer` is the least change that reaches it; alreadyMet: today's value does; unreachable: no value. */
  readonly status: 'reached' | 'alreadyMet' | 'unreachable';
  readonly lever: string;
  readonly today: Point;
  /** The answer (reached, alreadyMet) or the best the lever can do (unreachable). */
  readonly answer: Point;
  /** One grid step less favourable than the answer (reached): it does not reach the target. */
  readonly neighbour?: Point;
  readonly evaluations: number;
}

export function goalSeek(ev: Evaluator, opts: GoalSeekOptions): GoalSeekResult {
  const spec = restrictedSpec(opts.lever, opts.range);
  const runs = opts.runs ?? 200;
  const seed = opts.seed ?? 1;
  const start = ev.count;
  const points = new Map<string, Point>();
  const at = (value: LeverValue): Point => {
    const key = JSON.stringify(value);
    const hit = points.get(key);
    if (hit) return hit;
    let p: Point;
    if (opts.probability === undefined) {
      const outcome = ev.outcome(ev.evaluate({ [opts.lever]: value }), opts.outcome);
      p = { value, outcome, meets: meets(outcome, opts.target) };
    } else {
      const mc = ev.monteCarlo({ [opts.lever]: value }, runs, seed);
      const vals = runValues(mc, opts.outcome, ev.yearIndex);
      let n = 0;
      for (const v of vals) if (meets(v, opts.target)) n++;
      const probability = n / vals.length;
      const outcome = summarizeRuns(mc)[opts.outcome].p50[ev.yearIndex]!;
      p = { value, outcome, probability, meets: probability >= opts.probability - 1e-12 };
    }
    points.set(key, p);
    opts.onProgress?.(ev.count - start);
    return p;
  };
  const done = (r: Omit<GoalSeekResult, 'lever' | 'evaluations'>): GoalSeekResult => ({
    ...r,
    lever: opts.lever,
    evaluations: ev.count - start,
  });
  // a probability is better the higher; an outcome by the target's direction
  const better = (a: Point, b: Point): boolean =>
    opts.probability !== undefined
      ? a.probability! > b.probability!
      : opts.target.op === '<='
        ? a.outcome < b.outcome
        : a.outcome > b.outcome;

  const today = at(todayValue(ev.setup.scenario, opts.lever));
  if (today.meets) return done({ status: 'alreadyMet', today, answer: today });

  if (spec.kind !== 'number') {
    const options = spec.kind === 'toggle' ? [0, 1] : spec.choices.map((c) => c.value);
    const tried = options.map(at);
    const hit = tried.find((p) => p.meets);
    if (hit) return done({ status: 'reached', today, answer: hit });
    return done({ status: 'unreachable', today, answer: tried.reduce((a, b) => (better(b, a) ? b : a)) });
  }

  const num = spec as NumberLeverSpec;
  const lo = at(gridValue(num, 0));
  const hi = at(gridValue(num, gridSize(num)));
  const favourHigh = hi.meets || (!lo.meets && better(hi, lo));
  const fav = favourHigh ? hi : lo;
  if (!fav.meets) return done({ status: 'unreachable', today, answer: fav });
  // bisect between a grid index that does not reach the target and one that does
  const todayRaw = typeof today.value === 'number' ? today.value : favourHigh ? num.min : num.max;
  const todayNum = Math.min(num.max, Math.max(num.min, todayRaw));
  let bad = gridIndex(num, todayNum);
  let good = favourHigh ? gridSize(num) : 0;
  if (at(gridValue(num, bad)).meets) {
    // today's value rounds onto a grid point that reaches it: the grid point next to it toward the other end
    bad = favourHigh ? Math.max(0, bad - 1) : Math.min(gridSize(num), bad + 1);
  }
  while (Math.abs(good - bad) > 1) {
    const mid = Math.round((good + bad) / 2);
    if (at(gridValue(num, mid)).meets) good = mid;
    else bad = mid;
  }
  const answer = at(gridValue(num, good));
  const neighbour = at(gridValue(num, bad));
  return done({ status: 'reached', today, answer, neighbour });
}

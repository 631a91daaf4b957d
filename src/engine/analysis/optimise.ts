/**
 * The cheapest package ("Billigste pakke"): among the allowed levers, the settings with the lowest extra public cost
 * (municipal, state or both, summed over a period) that make an outcome reach a target in a year, on the central
 * (deterministic) run. A documented local search, not a proof of optimality:
 *  1. each allowed lever alone is goal-sought (goalSeek.ts): the single-lever solutions, and each lever's
 *     favourable end; if even all levers at their favourable ends miss the target, no package in the ranges reaches it;
 *  2. starts: every single-lever solution, all levers at their favourable ends, and two seeded random points moved
 *     toward the favourable ends until the target is reached (a bisection on the line between);
 *  3. from each start, a reduce-and-repair coordinate search: each number lever is moved one step either way (steps
 *     from a quarter of its range, halved down to 1 % of the range or its grid); a move that keeps the target and
 *     costs less is taken; a move that saves but loses the target is repaired by the two most cost-effective other
 *     levers (a bisection on one of them) and taken if the repaired package costs less; toggles and choices are
 *     flipped the same way;
 *  4. the cheapest package found that reaches the target (and stays within the budget, if one is given) is the
 *     answer; every evaluated package is kept for the cost-versus-outcome frontier.
 * Deterministic: the random starts come from the seed.
 */
import type { LeverValue, NumberLeverSpec } from '../../levers/types.ts';
import { makeStream } from '../rng.ts';
import type { ResultId } from '../run/results.ts';
import type { CostKind, Evaluator, Package } from './evaluator.ts';
import { goalSeek, type GoalSeekResult } from './goalSeek.ts';
import { gridIndex, gridSize, gridValue, restrictedSpec, todayValue, type LeverRange } from './leverGrid.ts';
import { meets, shortfall, type Target } from './target.ts';

export interface OptimiseOptions {
  readonly outcome: ResultId;
  readonly target: Target;
  readonly levers: readonly string[];
  /** Parts of number levers' ranges the package may use (e.g. "no cuts": from today's value up). */
  readonly ranges?: Readonly<Record<string, LeverRange>>;
  readonly cost: CostKind;
  /** Years whose extra cost is summed (default: from the levers' start to the analysis year). */
  readonly period?: { readonly from: number; readonly to: number };
  /** Most extra cost allowed over the period (NOK). */
  readonly budget?: number;
  readonly seed?: number;
  /** Stop after this many runs (default 6000). */
  readonly maxEvaluations?: number;
  readonly onProgress?: (evaluations: number, bestCost: number | null) => void;
}

export interface Candidate {
  readonly package: Package;
  readonly outcome: number;
  /** Extra cost over the period against the base scenario (NOK). */
  readonly cost: number;
  readonly meets: boolean;
}

export interface OptimiseResult {
  /**
   * found: `best` reaches the target within the budget; alreadyMet: the base scenario does; unreachable: no package in
   * the ranges does (`closest` is the nearest); overBudget: only above the budget (`best` is the cheapest that does).
   */
  readonly status: 'found' | 'alreadyMet' | 'unreachable' | 'overBudget';
  readonly best: Candidate | null;
  readonly closest: Candidate;
  readonly base: Candidate;
  readonly singles: readonly {
    readonly lever: string;
    readonly result: GoalSeekResult;
    readonly cost: number | null;
  }[];
  /** Cost-versus-outcome frontier of the packages evaluated: cost ascending, each better than every cheaper one. */
  readonly frontier: readonly Candidate[];
  readonly evaluations: number;
}

export function optimise(ev: Evaluator, opts: OptimiseOptions): OptimiseResult {
  const start = ev.count;
  const maxEval = opts.maxEvaluations ?? 6000;
  const specs = opts.levers.map((id) => restrictedSpec(id, opts.ranges?.[id]));
  const specOf = new Map(specs.map((s) => [s.id, s]));
  const seen = new Map<string, Candidate>();
  const keyOf = (p: Package) => JSON.stringify(opts.levers.map((id) => p[id] ?? null));
  let best: Candidate | null = null;
  const within = (c: Candidate) => opts.budget === undefined || c.cost <= opts.budget;
  const evaluate = (p: Package): Candidate => {
    const k = keyOf(p);
    const hit = seen.get(k);
    if (hit) return hit;
    const e = ev.evaluate(p);
    const outcome = ev.outcome(e, opts.outcome);
    const c: Candidate = {
      package: p,
      outcome,
      cost: ev.extraCost(e, opts.cost, opts.period),
      meets: meets(outcome, opts.target),
    };
    seen.set(k, c);
    if (c.meets && within(c) && (!best || c.cost < best.cost)) best = c;
    opts.onProgress?.(ev.count - start, best ? best.cost : null);
    return c;
  };
  const exhausted = () => ev.count - start >= maxEval;
  // today's values, moved into the allowed range where a range leaves them out
  const today: Package = Object.fromEntries(
    specs.map((s) => {
      const v = todayValue(ev.setup.scenario, s.id);
      if (s.kind !== 'number' || typeof v !== 'number') return [s.id, v];
      return [s.id, Math.min(s.max, Math.max(s.min, v))];
    }),
  );
  const base = evaluate(today);
  const frontierOf = () => frontier([...seen.values()], opts.target);
  if (base.meets && within(base))
    return {
      status: 'alreadyMet',
      best: base,
      closest: base,
      base,
      singles: [],
      frontier: frontierOf(),
      evaluations: ev.count - start,
    };

  // 1. each lever alone
  const singles = opts.levers.map((id) => {
    const range = opts.ranges?.[id];
    const result = goalSeek(ev, { lever: id, outcome: opts.outcome, target: opts.target, ...(range ? { range } : {}) });
    const pkg = { ...today, [id]: result.answer.value };
    const c = evaluate(pkg);
    return { lever: id, result, cost: result.status === 'reached' ? c.cost : null };
  });
  // a lever's favourable end: its goal-seek answer's side, or the best end it tried
  const favourable: Package = Object.fromEntries(
    specs.map((s, i) => {
      const r = singles[i]!.result;
      if (s.kind !== 'number') return [s.id, r.answer.value];
      const num = s as NumberLeverSpec;
      const t = today[s.id];
      const a = r.answer.value as number;
      const up = typeof t === 'number' ? a >= t : a >= (num.min + num.max) / 2;
      return [s.id, up ? num.max : num.min];
    }),
  );
  const allFav = evaluate(favourable);
  if (!allFav.meets) {
    const closest = [...seen.values()].reduce((a, b) =>
      shortfall(b.outcome, opts.target) < shortfall(a.outcome, opts.target) ? b : a,
    );
    return {
      status: 'unreachable',
      best: null,
      closest,
      base,
      singles,
      frontier: frontierOf(),
      evaluations: ev.count - start,
    };
  }

  // efficiency of each lever alone (outcome gained per NOK), for choosing which levers repair a move
  const gain = (c: Candidate) => Math.abs(c.outcome - base.outcome);
  const efficiency = new Map(
    singles.map((s, i) => {
      const c = evaluate({ ...today, [opts.levers[i]!]: favourable[opts.levers[i]!]! });
      return [s.lever, gain(c) / Math.max(1, Math.abs(c.cost))];
    }),
  );
  const repairers = [...opts.levers].sort((a, b) => efficiency.get(b)! - efficiency.get(a)!);

  /** The least move of lever `id` from p toward its favourable end that reaches the target, if any. */
  const repairWith = (p: Package, id: string): Candidate | null => {
    const spec = specOf.get(id)!;
    if (spec.kind !== 'number') {
      const c = evaluate({ ...p, [id]: favourable[id]! });
      return c.meets ? c : null;
    }
    const num = spec as NumberLeverSpec;
    const from = p[id] as number | null;
    const favHigh = favourable[id] === num.max;
    let bad = typeof from === 'number' ? gridIndex(num, from) : favHigh ? 0 : gridSize(num);
    let good = favHigh ? gridSize(num) : 0;
    if (!evaluate({ ...p, [id]: gridValue(num, good) }).meets) return null;
    const minStep = Math.max(1, Math.round(gridSize(num) / 100));
    while (Math.abs(good - bad) > minStep && !exhausted()) {
      const mid = Math.round((good + bad) / 2);
      if (evaluate({ ...p, [id]: gridValue(num, mid) }).meets) good = mid;
      else bad = mid;
    }
    return evaluate({ ...p, [id]: gridValue(num, good) });
  };

  /** Moves p toward the favourable ends (a bisection on the line between) until the target is reached. */
  const lineRepair = (p: Package): Candidate => {
    const mix = (t: number): Package =>
      Object.fromEntries(
        specs.map((s) => {
          if (s.kind !== 'number') return [s.id, t >= 1 ? favourable[s.id]! : p[s.id]!];
          const num = s as NumberLeverSpec;
          const a = typeof p[s.id] === 'number' ? (p[s.id] as number) : num.min;
          return [s.id, gridValue(num, gridIndex(num, a + t * ((favourable[s.id] as number) - a)))];
        }),
      );
    let lo = 0;
    let hi = 1;
    if (evaluate(mix(0)).meets) return evaluate(mix(0));
    for (let k = 0; k < 10 && !exhausted(); k++) {
      const mid = (lo + hi) / 2;
      if (evaluate(mix(mid)).meets) hi = mid;
      else lo = mid;
    }
    return evaluate(mix(hi));
  };

  /** Reduce and repair from a start that reaches the target (see the module comment). */
  const search = (startC: Candidate): void => {
    let cur = startC;
    const steps = new Map(
      specs
        .filter((s) => s.kind === 'number')
        .map((s) => [s.id, Math.max(1, Math.round(gridSize(s as NumberLeverSpec) / 4))]),
    );
    const minSteps = new Map(
      specs
        .filter((s) => s.kind === 'number')
        .map((s) => [s.id, Math.max(1, Math.round(gridSize(s as NumberLeverSpec) / 100))]),
    );
    for (;;) {
      let improved = false;
      for (const s of specs) {
        if (exhausted()) return;
        const moves: LeverValue[] = [];
        if (s.kind === 'number') {
          const num = s as NumberLeverSpec;
          const v = cur.package[s.id];
          const i = typeof v === 'number' ? gridIndex(num, v) : 0;
          const st = steps.get(s.id)!;
          for (const j of [i - st, i + st]) if (j >= 0 && j <= gridSize(num)) moves.push(gridValue(num, j));
        } else {
          const options = s.kind === 'toggle' ? [0, 1] : s.choices.map((c) => c.value);
          moves.push(...options.filter((o) => o !== cur.package[s.id]));
        }
        for (const m of moves) {
          const next = evaluate({ ...cur.package, [s.id]: m });
          if (next.cost >= cur.cost) continue;
          if (next.meets && within(next)) {
            cur = next;
            improved = true;
            continue;
          }
          for (const r of repairers.filter((id) => id !== s.id).slice(0, 2)) {
            const fixed = repairWith(next.package, r);
            if (fixed && fixed.cost < cur.cost && within(fixed)) {
              cur = fixed;
              improved = true;
              break;
            }
          }
        }
      }
      if (!improved) {
        let shrunk = false;
        for (const [id, st] of steps) {
          const min = minSteps.get(id)!;
          if (st > min) {
            steps.set(id, Math.max(min, Math.floor(st / 2)));
            shrunk = true;
          }
        }
        if (!shrunk) return;
      }
    }
  };

  // 2-3. starts and searches
  const starts: Candidate[] = singles
    .map((s) => evaluate({ ...today, [s.lever]: s.result.answer.value }))
    .filter((c) => c.meets);
  starts.push(allFav);
  const rng = makeStream(opts.seed ?? 1, 0, 'analysis');
  for (let k = 0; k < 2; k++) {
    const p: Package = Object.fromEntries(
      specs.map((s) => {
        if (s.kind === 'number')
          return [s.id, gridValue(s as NumberLeverSpec, Math.floor(rng() * (gridSize(s as NumberLeverSpec) + 1)))];
        const options = s.kind === 'toggle' ? [0, 1] : s.choices.map((c) => c.value);
        return [s.id, options[Math.floor(rng() * options.length)]!];
      }),
    );
    starts.push(lineRepair(p));
  }
  starts.sort((a, b) => a.cost - b.cost);
  for (const s of starts) if (!exhausted()) search(s);

  const found = best as Candidate | null;
  if (found)
    return {
      status: 'found',
      best: found,
      closest: found,
      base,
      singles,
      frontier: frontierOf(),
      evaluations: ev.count - start,
    };
  // the target is reachable, but not within the budget: the cheapest package that reaches it
  const cheapest = [...seen.values()].filter((c) => c.meets).reduce((a, b) => (b.cost < a.cost ? b : a));
  return {
    status: 'overBudget',
    best: cheapest,
    closest: cheapest,
    base,
    singles,
    frontier: frontierOf(),
    evaluations: ev.count - start,
  };
}

/** The cost-versus-outcome frontier: cost ascending, each point better (toward the target) than every cheaper one. */
export function frontier(cands: readonly Candidate[], target: Target): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.cost - b.cost);
  const out: Candidate[] = [];
  let bestOutcome = target.op === '<=' ? Infinity : -Infinity;
  for (const c of sorted) {
    const better = target.op === '<=' ? c.outcome < bestOutcome - 1e-12 : c.outcome > bestOutcome + 1e-12;
    if (better) {
      out.push(c);
      bestOutcome = c.outcome;
    }
  }
  return out;
}

/**
 * What the analysis worker computes for "Hva betyr mest? · Hva skal til?" (issue #17), without any worker or DOM
 * code (tests run it in Node): the scenario of a RunRequest (as compute.ts's scenarioOf builds it; edited formulas
 * compiled with its assumptions), the region, and the engine's analyses (src/engine/analysis) on top of it. The
 * Evaluator of the last request is kept, so a second analysis of the same scenario, region and year starts warm.
 */
import { Evaluator, goalSeek, optimise, sensitivity, todayValue, type Package } from '../../engine/analysis/index.ts';
import { resolveRegion, responsesFor, scenarioOf } from './compute.ts';
import type { AnalysisAnswer, AnalysisSpec, PackageSettings, RunRequest } from './protocol.ts';

/** Progress: done of total (null when open-ended), and the optimiser's cheapest package so far (NOK). */
export type AnalysisProgress = (done: number, total: number | null, bestCost: number | null) => void;

let cached: { key: string; ev: Evaluator } | null = null;

/** The last year an analysis needs runs for: its year, or the end of the optimiser's cost period. */
function endYearOf(spec: AnalysisSpec): number {
  return spec.kind === 'optimise' && spec.period ? Math.max(spec.year, spec.period.to) : spec.year;
}

/**
 * The Evaluator for the request's scenario and region, the analysis year and the year the levers change from (reused
 * while they are the same).
 */
export async function evaluatorFor(req: RunRequest, year: number, endYear = year, from?: number): Promise<Evaluator> {
  const key = JSON.stringify([req, year, endYear, from ?? null]);
  if (cached?.key === key) return cached.ev;
  const scenario = scenarioOf(req);
  const responses = await responsesFor(req);
  cached = null; // the old one's buffers can go before the new one allocates its own
  const ev = new Evaluator({
    scenario,
    region: resolveRegion(req.region),
    year,
    endYear,
    ...(from !== undefined ? { from } : {}),
    ...(responses ? { responses } : {}),
  });
  cached = { key, ev };
  return ev;
}

/** The package's settings on the scenario: only the levers it changes from today's values (see PackageSettings). */
export function packageSettings(ev: Evaluator, pkg: Package): PackageSettings {
  const scenario = ev.setup.scenario;
  const changed: Record<string, Package[string]> = {};
  for (const [id, v] of Object.entries(pkg)) if (v !== todayValue(scenario, id)) changed[id] = v;
  const s = ev.scenarioWith(changed);
  return { levers: s.levers, ...(s.municipalities ? { municipalities: s.municipalities } : {}) };
}

/** Runs one analysis (synchronous inside: a worker cancels it by being ended). */
export async function runAnalysis(
  req: RunRequest,
  spec: AnalysisSpec,
  onProgress: AnalysisProgress = () => {},
): Promise<AnalysisAnswer> {
  const t0 = performance.now();
  const ev = await evaluatorFor(req, spec.year, endYearOf(spec), spec.from);
  switch (spec.kind) {
    case 'sensitivity': {
      const result = sensitivity(ev, {
        outcome: spec.outcome,
        assumptions: spec.assumptions,
        runs: spec.runs,
        seed: spec.seed,
        onProgress: (done, total) => onProgress(done, total, null),
      });
      return { kind: 'sensitivity', result, computeMs: performance.now() - t0 };
    }
    case 'goalSeek': {
      const result = goalSeek(ev, {
        lever: spec.lever,
        outcome: spec.outcome,
        target: spec.target,
        ...(spec.range ? { range: spec.range } : {}),
        ...(spec.probability !== undefined ? { probability: spec.probability } : {}),
        runs: spec.runs,
        seed: spec.seed,
        onProgress: (n) => onProgress(n, null, null),
      });
      return { kind: 'goalSeek', result, computeMs: performance.now() - t0 };
    }
    case 'optimise': {
      const maxEvaluations = spec.maxEvaluations ?? 6000;
      const result = optimise(ev, {
        outcome: spec.outcome,
        target: spec.target,
        levers: spec.levers,
        ...(spec.ranges ? { ranges: spec.ranges } : {}),
        cost: spec.cost,
        ...(spec.period ? { period: spec.period } : {}),
        ...(spec.budget !== undefined ? { budget: spec.budget } : {}),
        seed: spec.seed,
        maxEvaluations,
        onProgress: (n, best) => onProgress(n, maxEvaluations, best),
      });
      const pkg = result.best && result.status !== 'alreadyMet' ? packageSettings(ev, result.best.package) : null;
      return { kind: 'optimise', result, package: pkg, computeMs: performance.now() - t0 };
    }
  }
}

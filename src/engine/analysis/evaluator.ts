/**
 * Runs for the analyses (sensitivity, goal seek, cheapest package): a base scenario with lever values put on top
 * from a year, run deterministically (or as a Monte Carlo for probabilities), read for a region and for the whole
 * country. National levers are set nationally; a local lever is set for the region's municipalities (its own
 * measure), or for all municipalities when the region is the country. One workspace and output buffers are reused,
 * so an evaluation costs one national run.
 */
import { getLever } from '../../levers/registry.ts';
import type { LeverValue } from '../../levers/types.ts';
import { simulatedYears } from '../calendar.ts';
import { createWorkspace, type Workspace } from '../model.ts';
import { N_RAW } from '../rawFields.ts';
import { runMonteCarlo, type McRuns } from '../run/monteCarlo.ts';
import type { LeverSetting } from '../run/leverSetting.ts';
import type { MunicipalScenario } from '../run/municipalScenario.ts';
import type { Region } from '../run/regions.ts';
import { RESULT_IDS, N_RESULTS, regionResults, type ResultId } from '../run/results.ts';
import type { Scenario } from '../run/scenario.ts';
import { preparePlan, runDeterministic, type Plan } from '../run/simulate.ts';
import type { ResponseFunctions } from '../formulas/responses.ts';

/** Lever values put on top of the base scenario, by lever id. */
export type Package = Readonly<Record<string, LeverValue>>;

/** Which public cost a package is judged by. */
export type CostKind = 'public' | 'municipal' | 'state';

export interface AnalysisSetup {
  /** The scenario the analysis starts from (current policy, or the user's). */
  readonly scenario: Scenario;
  readonly region: Region;
  /** The year the outcome is read in (≤ endYear). */
  readonly year: number;
  readonly endYear: number;
  /** The year the package's levers change (default: each lever's default start year). */
  readonly from?: number;
  readonly responses?: ResponseFunctions;
}

/** One evaluated package: the region's results and the country's cost, per year. */
export interface Evaluation {
  /** Region results: values[result * nYears + yearIndex]. */
  readonly region: Float64Array;
  /** Results over all municipalities (for the cost of national levers, which falls everywhere). */
  readonly country: Float64Array;
  readonly years: readonly number[];
}

const K = (id: ResultId): number => RESULT_IDS.indexOf(id);

export class Evaluator {
  /** Evaluations so far (deterministic runs, and Monte Carlo runs counted one each). */
  count = 0;
  private ws: Workspace | undefined;
  private raw: Float64Array[] | undefined;
  private readonly all: Int32Array;
  private readonly cache = new Map<string, Evaluation>();
  readonly years: readonly number[];
  readonly yearIndex: number;
  private readonly regionCodes: readonly string[];

  constructor(readonly setup: AnalysisSetup) {
    const plan = this.plan({});
    this.all = Int32Array.from({ length: plan.start.nM }, (_, i) => i);
    this.regionCodes = Array.from(setup.region.members, (i) => plan.start.records[i]!.code);
    const base = this.evaluate({});
    this.years = base.years;
    this.yearIndex = base.years.indexOf(setup.year);
    if (this.yearIndex < 0)
      throw new Error(
        `year: expected a year from ${base.years[0]} to ${base.years[base.years.length - 1]}, got ${setup.year}`,
      );
  }

  /** The scenario with the package on top. */
  scenarioWith(pkg: Package): Scenario {
    const s = this.setup.scenario;
    const levers: Record<string, LeverSetting> = { ...s.levers };
    const municipalities: Record<string, MunicipalScenario> = { ...(s.municipalities ?? {}) };
    const national = this.setup.region.type === 'national';
    for (const [id, value] of Object.entries(pkg)) {
      const spec = getLever(id);
      if (!spec) throw new Error(`levers: unknown lever "${id}"`);
      const from = String(this.setup.from ?? spec.defaultStartYear);
      const setting: LeverSetting = { value, from };
      if (spec.scope === 'local' && !national) {
        for (const code of this.regionCodes) {
          const m = municipalities[code] ?? {};
          municipalities[code] = { ...m, levers: { ...(m.levers ?? {}), [id]: setting } };
        }
      } else levers[id] = setting;
    }
    return {
      ...s,
      schemaVersion: 2,
      levers,
      ...(Object.keys(municipalities).length > 0 ? { municipalities } : {}),
    };
  }

  /** The plan of the package, with assumption overrides on top of the scenario's (sensitivity to assumptions). */
  plan(pkg: Package, assumptions?: Readonly<Record<string, number>>): Plan {
    return preparePlan({
      scenario: this.scenarioWith(pkg),
      endYear: this.setup.endYear,
      ...(this.setup.responses ? { responses: this.setup.responses } : {}),
      ...(assumptions ? { assumptions } : {}),
    });
  }

  /** The package's deterministic run, read for the region and the country (cached by package). */
  evaluate(pkg: Package, assumptions?: Readonly<Record<string, number>>): Evaluation {
    const key = JSON.stringify([Object.entries(pkg).sort((a, b) => a[0].localeCompare(b[0])), assumptions ?? null]);
    const hit = this.cache.get(key);
    if (hit) return hit;
    const plan = this.plan(pkg, assumptions);
    this.ws ??= createWorkspace(plan.start);
    this.raw ??= Array.from({ length: N_RAW }, () => new Float64Array(plan.calendar.nYears * plan.start.nM));
    const out = runDeterministic(plan, this.ws, this.raw);
    this.count++;
    const ev: Evaluation = {
      region: regionResults(out, this.setup.region.members, plan.assumptions.shiftHours),
      country: regionResults(out, this.all, plan.assumptions.shiftHours),
      years: simulatedYears(plan.calendar),
    };
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(key, ev);
    return ev;
  }

  /** The region's outcome in the analysis year. */
  outcome(ev: Evaluation, id: ResultId): number {
    return ev.region[K(id) * this.years.length + this.yearIndex]!;
  }

  /**
   * The package's extra public cost against the base scenario over the years from..year (NOK, summed over the
   * country: a national lever costs everywhere; a local one where it is set, and where its effects reach).
   */
  extraCost(ev: Evaluation, kind: CostKind, period?: { from: number; to: number }): number {
    const base = this.evaluate({});
    const from = period?.from ?? this.setup.from ?? this.years[0]!;
    const to = period?.to ?? this.setup.year;
    const ids: ResultId[] =
      kind === 'public'
        ? ['municipalCostNok', 'stateCostNok']
        : [kind === 'municipal' ? 'municipalCostNok' : 'stateCostNok'];
    let sum = 0;
    const n = this.years.length;
    for (let y = 0; y < n; y++) {
      const year = this.years[y]!;
      if (year < from || year > to) continue;
      for (const id of ids) sum += ev.country[K(id) * n + y]! - base.country[K(id) * n + y]!;
    }
    return sum;
  }

  /** The package's Monte Carlo runs for the region (seeded: run i of every package meets the same events). */
  monteCarlo(pkg: Package, runs: number, seed: number, sampleAssumptions = true): McRuns {
    this.count += runs;
    return runMonteCarlo(this.plan(pkg), { runs, seed, members: this.setup.region.members, sampleAssumptions });
  }
}

export { N_RESULTS };

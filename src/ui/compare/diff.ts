/**
 * Scenario comparison from Monte Carlo runs that share their seeds: each scenario's p50 and p10-p90, and the
 * difference to the reference run by run (paired), so the band of a difference is policy, not noise. Also the
 * budget view: yearly public cost split municipality/state, the extra against the reference and the extra
 * cost per resident who gains a GP. DOM-free: tested in Node.
 */
import { quantileSorted, runValues, type McRuns } from '../../engine/run/mcSummary.ts';
import type { ResultId } from '../../engine/run/results.ts';

export interface Quantiles {
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

function quantiles(values: Float64Array): Quantiles {
  const sorted = Float64Array.from(values).sort();
  return { p10: quantileSorted(sorted, 0.1), p50: quantileSorted(sorted, 0.5), p90: quantileSorted(sorted, 0.9) };
}

/** The outcome's spread over runs in a year. */
export function outcome(mc: McRuns, id: ResultId, year: number): Quantiles {
  const yi = mc.years.indexOf(year);
  if (yi < 0) throw new Error(`year ${year} is not in the runs (${mc.years[0]}-${mc.years[mc.years.length - 1]})`);
  return quantiles(runValues(mc, id, yi));
}

/** scenario − reference per run (the runs must share seed and run numbers), summarised. */
export function pairedDifference(scenario: McRuns, reference: McRuns, id: ResultId, year: number): Quantiles {
  if (scenario.seed !== reference.seed || scenario.runs !== reference.runs || scenario.firstRun !== reference.firstRun)
    throw new Error('paired differences need the same seed and runs in both scenarios');
  const yi = scenario.years.indexOf(year);
  if (yi < 0 || reference.years.indexOf(year) !== yi) throw new Error(`year ${year} is not in both runs`);
  const a = runValues(scenario, id, yi);
  const b = runValues(reference, id, yi);
  const d = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) d[i] = a[i]! - b[i]!;
  return quantiles(d);
}

export interface BudgetRow {
  readonly municipal: Quantiles;
  readonly state: Quantiles;
  readonly total: Quantiles;
  /** Extra public cost against the reference (paired). */
  readonly extra: Quantiles;
  /** Residents who gain a GP against the reference (reference without − scenario without, paired). */
  readonly residentsGaining: Quantiles;
  /** Median extra cost / median residents gaining; null when fewer than one resident gains. */
  readonly costPerResidentGaining: number | null;
}

export function budgetRow(scenario: McRuns, reference: McRuns, year: number): BudgetRow {
  const extra = pairedDifference(scenario, reference, 'publicCostNok', year);
  const lessWithout = pairedDifference(reference, scenario, 'nResidentsWithoutGp', year);
  return {
    municipal: outcome(scenario, 'municipalCostNok', year),
    state: outcome(scenario, 'stateCostNok', year),
    total: outcome(scenario, 'publicCostNok', year),
    extra,
    residentsGaining: lessWithout,
    costPerResidentGaining: lessWithout.p50 >= 1 ? extra.p50 / lessWithout.p50 : null,
  };
}

/**
 * Scenario comparison from Monte Carlo runs that share their seeds, and the one definition of a scenario's
 * difference from current policy (or any reference) that the key figures, the comparison tables and the exports
 * share: the expected difference, i.e. the mean over runs of (scenario − reference) taken run by run (both
 * scenarios meet the same random events), with the 10th-90th percentile of those run-by-run differences as its
 * 80 % interval. A level is shown the same way: its expected value (mean over runs) and p10-p90. The mean, not the
 * median, because a difference of means is the mean of the differences, so a level and its difference always add
 * up; in a small municipality the median of "residents without a GP" is often 0 while a whole list is at stake.
 *
 * Also the budget view: yearly public cost split municipality/state, the extra cost against the reference split
 * the same way (the municipality's extra cost apart from the state's), and the extra public cost per resident who
 * gains a GP. DOM-free: tested in Node.
 */
import { quantileSorted, runValues, type McRuns } from '../../engine/run/mcSummary.ts';
import type { ResultId } from '../../engine/run/results.ts';

export interface Quantiles {
  /** The expected value: the mean over runs (the central number shown). */
  readonly mean: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  /**
   * The mean's Monte Carlo standard error (the runs' standard deviation over √runs): how far another set of as many
   * runs could move the mean. 0 for one run.
   */
  readonly se: number;
}

function quantiles(values: Float64Array): Quantiles {
  const sorted = Float64Array.from(values).sort();
  const n = values.length;
  let sum = 0;
  for (const v of values) sum += v;
  const mean = n > 0 ? sum / n : NaN;
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  return {
    mean,
    p10: quantileSorted(sorted, 0.1),
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    se: n > 1 ? Math.sqrt(squares / (n - 1) / n) : 0,
  };
}

/**
 * Whether the runs tell an expected difference from none: its mean at least twice its standard error from 0. In a
 * municipality where a few runs gain or lose a whole list, a policy can move the mean by a few residents either way
 * by chance (+10 beside an 80 % interval of −10 to 0, say); the key figures and the report then say that the runs show
 * no clear difference instead of the mean.
 */
export function clearDifference(q: Quantiles): boolean {
  return q.mean !== 0 && Math.abs(q.mean) >= 2 * q.se;
}

/** The outcome's spread over runs in a year. */
export function outcome(mc: McRuns, id: ResultId, year: number): Quantiles {
  const yi = mc.years.indexOf(year);
  if (yi < 0) throw new Error(`year ${year} is not in the runs (${mc.years[0]}-${mc.years[mc.years.length - 1]})`);
  return quantiles(runValues(mc, id, yi));
}

/** Whether two sets of runs can be paired run by run (same seed, runs and first run). */
export function arePaired(a: McRuns, b: McRuns): boolean {
  return a.seed === b.seed && a.runs === b.runs && a.firstRun === b.firstRun;
}

/** scenario − reference per run (the runs must share seed and run numbers), summarised. */
export function pairedDifference(scenario: McRuns, reference: McRuns, id: ResultId, year: number): Quantiles {
  if (!arePaired(scenario, reference))
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
  /** The municipalities' share of the extra cost (paired): what their budget pays. */
  readonly extraMunicipal: Quantiles;
  /** The state's share of the extra cost (paired). */
  readonly extraState: Quantiles;
  /** Residents who gain a GP against the reference (reference without − scenario without, paired). */
  readonly residentsGaining: Quantiles;
  /** Expected extra public cost / expected residents gaining; null when fewer than one resident gains. */
  readonly costPerResidentGaining: number | null;
  /** The same for the municipalities' extra cost alone. */
  readonly municipalCostPerResidentGaining: number | null;
}

export function budgetRow(scenario: McRuns, reference: McRuns, year: number): BudgetRow {
  const extra = pairedDifference(scenario, reference, 'publicCostNok', year);
  const extraMunicipal = pairedDifference(scenario, reference, 'municipalCostNok', year);
  const lessWithout = pairedDifference(reference, scenario, 'nResidentsWithoutGp', year);
  const gains = lessWithout.mean >= 1;
  return {
    municipal: outcome(scenario, 'municipalCostNok', year),
    state: outcome(scenario, 'stateCostNok', year),
    total: outcome(scenario, 'publicCostNok', year),
    extra,
    extraMunicipal,
    extraState: pairedDifference(scenario, reference, 'stateCostNok', year),
    residentsGaining: lessWithout,
    costPerResidentGaining: gains ? extra.mean / lessWithout.mean : null,
    municipalCostPerResidentGaining: gains ? extraMunicipal.mean / lessWithout.mean : null,
  };
}

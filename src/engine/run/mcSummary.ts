/**
 * Monte Carlo results: the region results of every run, how chunks from several workers are joined, and the
 * p10 / p50 / p90 and mean summaries. No model code, so the page can summarise without loading the engine.
 */
import { N_RESULTS, RESULT_IDS, type ResultId } from './results.ts';
import { pooledEventPair, type CalibratedEvent, type EventCalibrations } from './eventCalibration.ts';

/** Region results of every run: values[(run * N_RESULTS + result) * nYears + year]. */
export interface McRuns {
  readonly years: readonly number[];
  readonly runs: number;
  readonly firstRun: number;
  readonly seed: number;
  readonly values: Float64Array;
}

export interface Band {
  readonly p10: number[];
  readonly p50: number[];
  readonly p90: number[];
  /** The mean over runs: the expected value (the line of a count that is a few whole doctors a year, chartSpecs.ts). */
  readonly mean: number[];
}

export type McSummary = Record<ResultId, Band>;

/** Joins run chunks (e.g. from workers) in run order. */
export function mergeRuns(parts: readonly McRuns[]): McRuns {
  const sorted = [...parts].sort((a, b) => a.firstRun - b.firstRun);
  const first = sorted[0];
  if (!first) throw new Error('no Monte Carlo runs to merge');
  const total = sorted.reduce((s, p) => s + p.runs, 0);
  const values = new Float64Array(total * (first.values.length / first.runs));
  let off = 0;
  for (const p of sorted) {
    values.set(p.values, off);
    off += p.values.length;
  }
  return { years: first.years, runs: total, firstRun: first.firstRun, seed: first.seed, values };
}

/** Linear-interpolated quantile of sorted values. */
export function quantileSorted(sorted: Float64Array, q: number): number {
  if (sorted.length === 1) return sorted[0]!;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** p10 / p50 / p90 and the mean per result and year over runs. */
export function summarizeRuns(mc: McRuns): McSummary {
  const nYears = mc.years.length;
  const col = new Float64Array(mc.runs);
  const out = {} as McSummary;
  RESULT_IDS.forEach((id, k) => {
    const band: Band = { p10: [], p50: [], p90: [], mean: [] };
    for (let y = 0; y < nYears; y++) {
      let sum = 0;
      for (let r = 0; r < mc.runs; r++) {
        col[r] = mc.values[(r * N_RESULTS + k) * nYears + y]!;
        sum += col[r]!;
      }
      band.mean.push(mc.runs > 0 ? sum / mc.runs : Number.NaN);
      col.sort();
      band.p10.push(quantileSorted(col, 0.1));
      band.p50.push(quantileSorted(col, 0.5));
      band.p90.push(quantileSorted(col, 0.9));
    }
    out[id] = band;
  });
  return out;
}

/** The values of one result over runs for one year (for paired differences between scenarios). */
export function runValues(mc: McRuns, resultId: ResultId, yearIndex: number): Float64Array {
  const k = RESULT_IDS.indexOf(resultId);
  const nYears = mc.years.length;
  return Float64Array.from({ length: mc.runs }, (_, r) => mc.values[(r * N_RESULTS + k) * nYears + yearIndex]!);
}

/**
 * What can be known as a probability, per year over runs: the share of runs with at least one list without a
 * GP (EventScope), the share of runs where at least 5 % of the residents are without a GP, and the expected (mean)
 * number of residents without a GP. A small
 * municipality's outcome is 0 or a whole list; these say it better than a median under a wide band.
 * For a municipality with the base rates from where it stands at the start, the two probabilities are the runs' shares
 * pooled with them by the weights fitted in sample (run/eventCalibration.ts applyEventPool), and the runs' own shares
 * are kept beside them.
 */
export interface McEvents {
  readonly years: readonly number[];
  readonly runs: number;
  readonly pAnyListWithoutGp: number[];
  readonly pShareAtLeast5pct: number[];
  readonly meanResidentsWithoutGp: number[];
  /** True when the probabilities were pooled with the base rates from where the municipality stands. */
  readonly pooled: boolean;
  /** The share of runs with each event (the probabilities before pooling; equal to them when not pooled). */
  readonly pAnyListWithoutGpRuns: number[];
  readonly pShareAtLeast5pctRuns: number[];
}

/** The share of residents without a GP from which a year counts in pShareAtLeast5pct. */
export const SHARE_WITHOUT_GP_THRESHOLD = 0.05;

/**
 * The events' thresholds on the share without a GP in SSB's rows (a fraction), as the validation scores them and the
 * base rates count them: 5 % or more, and at least one list without a GP (SSB prints one decimal, so 0.05 %).
 */
export const EVENT_SHARE_THRESHOLDS: Readonly<Record<CalibratedEvent, number>> = {
  shareAtLeast5pct: SHARE_WITHOUT_GP_THRESHOLD,
  anyListWithoutGp: 0.0005,
};

/**
 * How a run counts "at least one list without a GP". For a municipality ('municipality') as SSB's rows show it and as
 * the validation and the pooling weights score it: at least 0.05 % of the residents without a GP
 * (EVENT_SHARE_THRESHOLDS; residents without a GP are residents on a list without one, while a list the municipality
 * opened that nobody is on yet is not in SSB's share). For a county, a centrality class or the country ('region') the
 * runs hold only the region's sums, so there it is a vacant list somewhere in the region (in stochastic runs
 * vacancies are whole lists, so ≥ 0.5 counts one). Until December 2026 a municipality's runs were counted the region's way too: the app showed
 * another event than the one validated (an opened, empty list counted; residents beyond what the GPs' hours allow,
 * without a vacant whole list, did not).
 */
export type EventScope = 'municipality' | 'region';

/**
 * A municipality's base rates from where it stands at the start, per year (validation/baseRates.ts StandingRates; NaN
 * for a year it has none).
 */
export interface EventBase {
  readonly years: readonly number[];
  readonly poolAnyListWithoutGp: readonly number[];
  readonly poolShareAtLeast5pct: readonly number[];
}

/**
 * The events of a region's runs, "at least one list without a GP" counted as `scope` says; with a municipality's
 * weights (`maps`, only for scope 'municipality') and its base rates (`base`), the probabilities pooled as
 * pooledEventPair pools them (a year without a base rate keeps the runs' share).
 */
export function summarizeEvents(mc: McRuns, scope: EventScope, maps?: EventCalibrations, base?: EventBase): McEvents {
  const nYears = mc.years.length;
  const vacant = RESULT_IDS.indexOf('nVacantLists');
  const share = RESULT_IDS.indexOf('residentsWithoutGpShare');
  const without = RESULT_IDS.indexOf('nResidentsWithoutGp');
  const at = (r: number, k: number, y: number) => mc.values[(r * N_RESULTS + k) * nYears + y]!;
  const byShare = scope === 'municipality';
  const anyShare = EVENT_SHARE_THRESHOLDS.anyListWithoutGp;
  const out: McEvents = {
    years: mc.years,
    runs: mc.runs,
    pAnyListWithoutGp: [],
    pShareAtLeast5pct: [],
    meanResidentsWithoutGp: [],
    pooled: maps !== undefined && base !== undefined,
    pAnyListWithoutGpRuns: [],
    pShareAtLeast5pctRuns: [],
  };
  for (let y = 0; y < nYears; y++) {
    let any = 0;
    let over = 0;
    let sum = 0;
    for (let r = 0; r < mc.runs; r++) {
      if (byShare ? at(r, share, y) >= anyShare : at(r, vacant, y) >= 0.5) any++;
      if (at(r, share, y) >= SHARE_WITHOUT_GP_THRESHOLD) over++;
      sum += at(r, without, y);
    }
    const pAny = mc.runs > 0 ? any / mc.runs : 0;
    const pOver = mc.runs > 0 ? over / mc.runs : 0;
    out.pAnyListWithoutGpRuns.push(pAny);
    out.pShareAtLeast5pctRuns.push(pOver);
    const bi = base ? base.years.indexOf(mc.years[y]!) : -1;
    const runs = { anyListWithoutGp: pAny, shareAtLeast5pct: pOver };
    // (a municipality's runs have the two in order by construction: 5 % or more is 0.05 % or more; the pooling caps)
    const shown =
      maps !== undefined
        ? pooledEventPair(
            runs,
            {
              anyListWithoutGp: bi >= 0 ? base!.poolAnyListWithoutGp[bi]! : Number.NaN,
              shareAtLeast5pct: bi >= 0 ? base!.poolShareAtLeast5pct[bi]! : Number.NaN,
            },
            maps,
          )
        : runs;
    out.pAnyListWithoutGp.push(shown.anyListWithoutGp);
    out.pShareAtLeast5pct.push(shown.shareAtLeast5pct);
    out.meanResidentsWithoutGp.push(mc.runs > 0 ? sum / mc.runs : 0);
  }
  return out;
}

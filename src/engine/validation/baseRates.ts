/**
 * A naive event forecast that knows where a municipality stands: how often municipalities that stood where it stands
 * at the origin had the event `horizon` years later, in the SSB rows up to the origin (a Markov chain over bands of
 * the share without a GP, no model). It is the honest competitor for "a municipality in crisis now": the class
 * climatology does not know the crisis, "no change" does not know that crises ease. Leak-free: only pairs of rows
 * whose later year is at most the origin. Shares are compared on the complete basis (`basis`, the registration change
 * of 2022) and the event on the basis of the year forecast.
 */
import type { MunicipalityRecord } from '../../data/types.ts';
import { EVENT_SHARE_THRESHOLDS } from '../run/mcSummary.ts';

/** Lower edges of the bands of the share without a GP at the origin (a fraction, complete basis): none, under 5 %,
 * 5-20 %, 20 % or more. SSB prints the share with one decimal, so "none" is below 0.05 %. */
export const BASE_RATE_BAND_EDGES = [0, 0.0005, 0.05, 0.2] as const;
/** The bands as the CLI's tables name them (the app's names are its strings standingBand0-3). */
export const BASE_RATE_BAND_LABELS = ['none', 'under 5 %', '5-20 %', '20 % or more'] as const;

/** Pairs a band needs for a rate of its own; with fewer it takes the rate over all bands. */
export const BASE_RATE_MIN_PAIRS = 20;

/** The band of a share (BASE_RATE_BAND_EDGES). */
export function baseRateBand(share: number): number {
  let b = 0;
  for (let i = 1; i < BASE_RATE_BAND_EDGES.length; i++) if (share >= BASE_RATE_BAND_EDGES[i]!) b = i;
  return b;
}

/**
 * The band a municipality stood in at the origin: its own SSB share without a GP that year on the complete basis
 * (`basis`, the registration change of 2022); undefined without a row with a share. One definition for the
 * validation, the track record and the event fits, which each ask it only of the municipalities they score.
 */
export function originBandOf(
  record: MunicipalityRecord,
  origin: number,
  basis: (year: number) => number,
): number | undefined {
  const pct = record.trend.find((t) => t.year === origin)?.shareWithoutGpPct ?? null;
  return pct === null ? undefined : baseRateBand(pct / 100 / basis(origin));
}

export interface BaseRates {
  /** Per band: the share of pairs with the event, and the number of pairs (0: the pooled rate stands in). */
  readonly rate: readonly number[];
  readonly pairs: readonly number[];
  /** Pairs over all bands. */
  readonly allPairs: number;
}

/**
 * Every pair of rows (y, y + horizon) with y + horizon at most `untilYear` of municipalities with their own rows: the
 * share without a GP at y and at y + horizon, both on the complete basis (`basis`). The pairs the base rates and the
 * samples of where municipalities went are counted from.
 */
function forEachPair(
  records: readonly MunicipalityRecord[],
  untilYear: number,
  horizon: number,
  basis: (year: number) => number,
  visit: (then: number, later: number) => void,
): void {
  for (const rec of records) {
    if (rec.imputed) continue;
    const share = new Map<number, number>();
    for (const row of rec.trend)
      if (row.year <= untilYear && row.shareWithoutGpPct !== null && Number.isFinite(row.shareWithoutGpPct))
        share.set(row.year, row.shareWithoutGpPct / 100 / basis(row.year));
    for (const [y, s] of share) {
      const later = share.get(y + horizon);
      if (later !== undefined) visit(s, later);
    }
  }
}

/** `compute` by the year forecast, each year computed once (the validation and the track record read case by case). */
function byYear<T>(compute: (year: number) => T): (year: number) => T {
  const counted = new Map<number, T>();
  return (year) => {
    let r = counted.get(year);
    if (r === undefined) counted.set(year, (r = compute(year)));
    return r;
  };
}

/**
 * Event rates `horizon` years after a year in each band, from every pair of rows (y, y + horizon) with y + horizon at
 * most `untilYear` of municipalities with their own rows. The event: the share at y + horizon, on the complete basis,
 * times `targetBasis` (the basis of the year being forecast) at least `threshold`.
 */
export function eventBaseRates(
  records: readonly MunicipalityRecord[],
  untilYear: number,
  horizon: number,
  threshold: number,
  basis: (year: number) => number,
  targetBasis: number,
): BaseRates {
  const nB = BASE_RATE_BAND_EDGES.length;
  const hits = new Array<number>(nB).fill(0);
  const pairs = new Array<number>(nB).fill(0);
  forEachPair(records, untilYear, horizon, basis, (then, later) => {
    const b = baseRateBand(then);
    pairs[b]!++;
    if (later * targetBasis >= threshold) hits[b]!++;
  });
  const allPairs = pairs.reduce((a, x) => a + x, 0);
  const pooled = allPairs > 0 ? hits.reduce((a, x) => a + x, 0) / allPairs : 0;
  return {
    rate: pairs.map((n, b) => (n >= BASE_RATE_MIN_PAIRS ? hits[b]! / n : pooled)),
    pairs: pairs.map((n) => (n >= BASE_RATE_MIN_PAIRS ? n : 0)),
    allPairs,
  };
}

/**
 * eventBaseRates from `untilYear` by the year forecast (horizon = year − untilYear, the event on that year's basis),
 * each year counted once: the validation scores and the track record read them case by case.
 */
export function baseRatesByYear(
  records: readonly MunicipalityRecord[],
  untilYear: number,
  threshold: number,
  basis: (year: number) => number,
): (year: number) => BaseRates {
  return byYear((year) => eventBaseRates(records, untilYear, year - untilYear, threshold, basis, basis(year)));
}

/**
 * The base rate of band `band` for `year` as the naive forecast and the pool use it: the band's own rate at the
 * year's horizon; where the band has fewer than BASE_RATE_MIN_PAIRS pairs that far apart, its own rate at the longest
 * shorter horizon where it has them (crises ease slowly in the rows, and the rate over all bands, which does not know
 * the crisis, made a municipality in crisis fall to the all-band rate the year its band ran out of pairs); where it
 * has them at no horizon, the rate over all bands at the longest horizon the rows reach.
 */
export function bandRateAt(
  ratesAt: (year: number) => BaseRates,
  untilYear: number,
  year: number,
  band: number,
): number {
  return reachBack(
    untilYear,
    year,
    (y) => (ratesAt(y).pairs[band]! > 0 ? ratesAt(y).rate[band]! : undefined),
    (y) => ratesAt(y).allPairs >= BASE_RATE_MIN_PAIRS,
    (y) => ratesAt(y).rate[band]!,
  );
}

/**
 * The rule bandRateAt and bandSamplesAt read a band by: its own value at the year's horizon (`own`, undefined with
 * fewer than BASE_RATE_MIN_PAIRS pairs); without one there, its own at the longest shorter horizon that has one; with
 * none, the value over all bands (`pooled`) at the longest horizon with enough pairs in all (`pooledEnough`), else at
 * the shortest.
 */
function reachBack<T>(
  untilYear: number,
  year: number,
  own: (year: number) => T | undefined,
  pooledEnough: (year: number) => boolean,
  pooled: (year: number) => T,
): T {
  for (let y = year; y - untilYear >= 1; y--) {
    const v = own(y);
    if (v !== undefined) return v;
  }
  let reach = year;
  while (reach - untilYear > 1 && !pooledEnough(reach)) reach--;
  return pooled(reach);
}

/** What municipalities that stood where one municipality stands had, year by year after its start (standingBaseRates). */
export interface StandingRates {
  /** The municipality's band at the start (BASE_RATE_BAND_EDGES) and its share then (a fraction). */
  readonly band: number;
  readonly share: number;
  /** The rows' first year and the start year: rows up to it only. */
  readonly fromYear: number;
  readonly untilYear: number;
  readonly years: readonly number[];
  /** Per year: how often the band's municipalities had the event as many years later; null with too few pairs. */
  readonly pAnyListWithoutGp: readonly (number | null)[];
  readonly pShareAtLeast5pct: readonly (number | null)[];
  /** Per year: the pairs of the band behind the rates (0: too few, the rates are null). */
  readonly pairs: readonly number[];
  /**
   * Per year: the mean share without a GP (a fraction, complete basis) the band's municipalities had as many years
   * later, from the same pairs (bandShareSamples); null with too few.
   */
  readonly meanShare: readonly (number | null)[];
  /**
   * Per year, the rates the app pools the runs' share with (run/eventCalibration.ts applyEventPool), as validation
   * scores them (bandRateAt: where the band has too few pairs that far apart, its own rate at the longest horizon where
   * it has them). NaN for a year not after the start.
   */
  readonly poolAnyListWithoutGp: readonly number[];
  readonly poolShareAtLeast5pct: readonly number[];
}

/**
 * The naive forecast beside a municipality's probabilities in the app: for each year after `untilYear`, how often
 * municipalities in the band of `share` at some year had each event as many years later, in the SSB rows up to
 * `untilYear` (eventBaseRates); null where the band had fewer than BASE_RATE_MIN_PAIRS such pairs (the pooled rate is
 * not shown as the band's). Years after `untilYear` are on the complete basis.
 */
export function standingBaseRates(
  records: readonly MunicipalityRecord[],
  untilYear: number,
  share: number,
  years: readonly number[],
  basis: (year: number) => number,
): StandingRates {
  if (!Number.isFinite(share) || share < 0 || share > 1)
    throw new Error(`share: expected a fraction from 0 to 1, got ${share}`);
  const band = baseRateBand(share);
  const pAny: (number | null)[] = [];
  const pShare: (number | null)[] = [];
  const pairs: number[] = [];
  const poolAny: number[] = [];
  const poolShare: number[] = [];
  const meanShare: (number | null)[] = [];
  const anyAt = baseRatesByYear(records, untilYear, EVENT_SHARE_THRESHOLDS.anyListWithoutGp, basis);
  const overAt = baseRatesByYear(records, untilYear, EVENT_SHARE_THRESHOLDS.shareAtLeast5pct, basis);
  const samplesAt = bandSamplesByYear(records, untilYear, basis);
  for (const year of years) {
    if (year - untilYear < 1) {
      pAny.push(null);
      pShare.push(null);
      pairs.push(0);
      meanShare.push(null);
      poolAny.push(Number.NaN);
      poolShare.push(Number.NaN);
      continue;
    }
    // (the same tables the pool reads, poolBaseRates: counted once)
    poolAny.push(bandRateAt(anyAt, untilYear, year, band));
    poolShare.push(bandRateAt(overAt, untilYear, year, band));
    const any = anyAt(year);
    const over = overAt(year);
    const n = any.pairs[band]!;
    pAny.push(n > 0 ? any.rate[band]! : null);
    pShare.push(n > 0 ? over.rate[band]! : null);
    pairs.push(n);
    const later = samplesAt(year).byBand[band]!;
    let sum = 0;
    for (let i = 0; i < later.length; i++) sum += later[i]!;
    meanShare.push(n > 0 ? sum / later.length : null);
  }
  let fromYear = untilYear;
  for (const rec of records) for (const row of rec.trend) if (row.year < fromYear) fromYear = row.year;
  return {
    band,
    share,
    fromYear,
    untilYear,
    years,
    pAnyListWithoutGp: pAny,
    pShareAtLeast5pct: pShare,
    pairs,
    meanShare,
    poolAnyListWithoutGp: poolAny,
    poolShareAtLeast5pct: poolShare,
  };
}

/** Per band (BASE_RATE_BAND_EDGES) and year, the rates the app pools with (StandingRates.poolAnyListWithoutGp). */
export interface PoolBaseRates {
  readonly years: readonly number[];
  readonly anyListWithoutGp: readonly (readonly number[])[];
  readonly shareAtLeast5pct: readonly (readonly number[])[];
}

/**
 * The base rates a municipality's probabilities are pooled with, for every band at once (the map pools all
 * municipalities): as StandingRates.poolAnyListWithoutGp and poolShareAtLeast5pct describe them.
 */
export function poolBaseRates(
  records: readonly MunicipalityRecord[],
  untilYear: number,
  years: readonly number[],
  basis: (year: number) => number,
): PoolBaseRates {
  const anyAt = baseRatesByYear(records, untilYear, EVENT_SHARE_THRESHOLDS.anyListWithoutGp, basis);
  const overAt = baseRatesByYear(records, untilYear, EVENT_SHARE_THRESHOLDS.shareAtLeast5pct, basis);
  const nB = BASE_RATE_BAND_EDGES.length;
  const any = Array.from({ length: nB }, () => [] as number[]);
  const over = Array.from({ length: nB }, () => [] as number[]);
  for (const year of years) {
    for (let b = 0; b < nB; b++) {
      any[b]!.push(year - untilYear < 1 ? Number.NaN : bandRateAt(anyAt, untilYear, year, b));
      over[b]!.push(year - untilYear < 1 ? Number.NaN : bandRateAt(overAt, untilYear, year, b));
    }
  }
  return { years, anyListWithoutGp: any, shareAtLeast5pct: over };
}

/**
 * The shares (complete basis) `horizon` years after a year in each band, from the same pairs of rows as
 * eventBaseRates: where municipalities that stood alike went, for a naive forecast of the share itself (validate.ts,
 * "standing"). `all` holds every pair's later share.
 */
export interface BandSamples {
  readonly byBand: readonly Float64Array[];
  readonly all: Float64Array;
}

export function bandShareSamples(
  records: readonly MunicipalityRecord[],
  untilYear: number,
  horizon: number,
  basis: (year: number) => number,
): BandSamples {
  const byBand: number[][] = BASE_RATE_BAND_EDGES.map(() => []);
  forEachPair(records, untilYear, horizon, basis, (then, later) => byBand[baseRateBand(then)]!.push(later));
  return { byBand: byBand.map((x) => Float64Array.from(x)), all: Float64Array.from(byBand.flat()) };
}

/** bandShareSamples from `untilYear` by the year forecast (horizon = year − untilYear), each year counted once. */
export function bandSamplesByYear(
  records: readonly MunicipalityRecord[],
  untilYear: number,
  basis: (year: number) => number,
): (year: number) => BandSamples {
  return byYear((year) => bandShareSamples(records, untilYear, year - untilYear, basis));
}

/**
 * The later shares of band `band` for `year`, by bandRateAt's rule: the band's own at the year's horizon; with fewer
 * than BASE_RATE_MIN_PAIRS there, its own at the longest shorter horizon where it has them; with them at no horizon,
 * every band's at the longest horizon with BASE_RATE_MIN_PAIRS pairs in all. Its share of values at or above a
 * threshold is then bandRateAt's rate.
 */
export function bandSamplesAt(
  samplesAt: (year: number) => BandSamples,
  untilYear: number,
  year: number,
  band: number,
): Float64Array {
  return reachBack(
    untilYear,
    year,
    (y) => (samplesAt(y).byBand[band]!.length >= BASE_RATE_MIN_PAIRS ? samplesAt(y).byBand[band]! : undefined),
    (y) => samplesAt(y).all.length >= BASE_RATE_MIN_PAIRS,
    (y) => samplesAt(y).all,
  );
}

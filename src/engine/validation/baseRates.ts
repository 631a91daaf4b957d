/**
 * A naive event forecast that knows where a municipality stands: how often municipalities that stood where it stands
 * at the origin had the event `horizon` years later, in the SSB rows up to the origin (a Markov chain over bands of
 * the share without a GP, no model). It is the honest competitor for "a municipality in crisis now": the class
 * climatology does not know the crisis, "no change" does not know that crises ease. Leak-free: only pairs of rows
 * whose later year is at most the origin. Shares are compared on the complete basis (`basis`, the registration change
 * of 2022) and the event on the basis of the year forecast.
 */
import type { MunicipalityRecord } from '../../data/types.ts';

/** Lower edges of the bands of the share without a GP at the origin (a fraction, complete basis): none, under 5 %,
 * 5-20 %, 20 % or more. SSB prints the share with one decimal, so "none" is below 0.05 %. */
export const BASE_RATE_BAND_EDGES = [0, 0.0005, 0.05, 0.2] as const;

/** Pairs a band needs for a rate of its own; with fewer it takes the rate over all bands. */
export const BASE_RATE_MIN_PAIRS = 20;

/** The band of a share (BASE_RATE_BAND_EDGES). */
export function baseRateBand(share: number): number {
  let b = 0;
  for (let i = 1; i < BASE_RATE_BAND_EDGES.length; i++) if (share >= BASE_RATE_BAND_EDGES[i]!) b = i;
  return b;
}

export interface BaseRates {
  /** Per band: the share of pairs with the event, and the number of pairs (0: the pooled rate stands in). */
  readonly rate: readonly number[];
  readonly pairs: readonly number[];
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
  for (const rec of records) {
    if (rec.imputed) continue;
    const share = new Map<number, number>();
    for (const row of rec.trend)
      if (row.year <= untilYear && row.shareWithoutGpPct !== null && Number.isFinite(row.shareWithoutGpPct))
        share.set(row.year, row.shareWithoutGpPct / 100 / basis(row.year));
    for (const [y, s] of share) {
      const later = share.get(y + horizon);
      if (later === undefined) continue;
      const b = baseRateBand(s);
      pairs[b]!++;
      if (later * targetBasis >= threshold) hits[b]!++;
    }
  }
  const allPairs = pairs.reduce((a, x) => a + x, 0);
  const pooled = allPairs > 0 ? hits.reduce((a, x) => a + x, 0) / allPairs : 0;
  return {
    rate: pairs.map((n, b) => (n >= BASE_RATE_MIN_PAIRS ? hits[b]! / n : pooled)),
    pairs: pairs.map((n) => (n >= BASE_RATE_MIN_PAIRS ? n : 0)),
  };
}

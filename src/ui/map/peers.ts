/**
 * "Kommuner som ligner", DOM-free: a municipality's peers are those of the same centrality class and size band
 * (residents 1 January 2025), nearest first by three named indicators (residents on a log scale, the share without a
 * GP and the mean list length in the last observed year, each scaled by its spread over the country; an indicator
 * either of the two lacks, such as SSB's figures for a municipality whose start is imputed, counts as two spreads
 * apart, so that those rank after the ones that can be compared unless much closer). When the band has fewer than
 * the number asked for, the nearest of the same centrality class fill the list.
 */
import type { MapMunicipality } from '../sim/protocol.ts';
import { valueAt, type MapNumbers } from './mapData.ts';

/** Upper bounds of the size bands (residents); the last band is open. */
export const SIZE_BANDS = [2_000, 5_000, 10_000, 20_000, 50_000] as const;

export function sizeBand(population: number): number {
  let i = 0;
  while (i < SIZE_BANDS.length && population >= SIZE_BANDS[i]!) i++;
  return i;
}

export interface Peer {
  readonly m: number;
  /** True when in the same centrality class and size band; false when added as nearest in the class. */
  readonly sameBand: boolean;
  readonly distance: number;
}

function spread(xs: readonly number[]): number {
  const v = xs.filter(Number.isFinite);
  if (v.length < 2) return 1;
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / (v.length - 1));
  return sd > 0 ? sd : 1;
}

/** The indicators of every municipality (log residents, share without a GP, mean list length), scaled. */
export function peerIndicators(n: MapNumbers): number[][] {
  const muns: readonly MapMunicipality[] = n.series.municipalities;
  const year = n.series.firstProjected - 1;
  const logPop = muns.map((r) => Math.log(Math.max(1, r.population)));
  const share = muns.map((_, m) => valueAt(n, 'withoutGpShare', 'baseline', m, year));
  const list = muns.map((_, m) => valueAt(n, 'meanListLength', 'baseline', m, year));
  const cols = [logPop, share, list];
  const sds = cols.map(spread);
  return muns.map((_, m) => cols.map((c, k) => c[m]! / sds[k]!));
}

/** How far apart an indicator that either municipality lacks counts (in spreads). */
export const MISSING_INDICATOR_DISTANCE = 2;

/** Euclidean distance over the scaled indicators, a missing one counting MISSING_INDICATOR_DISTANCE. */
function distance(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    s += Number.isFinite(d) ? d * d : MISSING_INDICATOR_DISTANCE ** 2;
  }
  return Math.sqrt(s);
}

export function peersOf(n: MapNumbers, m: number, count = 5, indicators = peerIndicators(n)): Peer[] {
  const muns = n.series.municipalities;
  const self = muns[m]!;
  const band = sizeBand(self.population);
  const byDistance = (a: Peer, b: Peer) => a.distance - b.distance || muns[a.m]!.name.localeCompare(muns[b.m]!.name);
  const sameClass = muns
    .map((r, i) => ({ r, i }))
    .filter(({ r, i }) => i !== m && r.centrality === self.centrality)
    .map(({ r, i }) => ({
      m: i,
      sameBand: sizeBand(r.population) === band,
      distance: distance(indicators[m]!, indicators[i]!),
    }));
  const inBand = sameClass.filter((p) => p.sameBand).sort(byDistance);
  if (inBand.length >= count) return inBand.slice(0, count);
  const rest = sameClass.filter((p) => !p.sameBand).sort(byDistance);
  return [...inBand, ...rest].slice(0, count);
}

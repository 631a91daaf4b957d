// GP-scheme figures per municipality (SSB table 12005, 31 Dec 2025), trend rows, and peer imputation for municipalities without an SSB row.
import type { CsvRow } from './csv.ts';
import { num, numOrNull, str } from './csv.ts';
import type { Gp2025, TrendPoint } from './types.ts';

export function parseGp2025(row: CsvRow): Gp2025 {
  return {
    listsWithGp: num(row, 'lister_med_fastlege'),
    listsWithoutGp: num(row, 'lister_uten_fastlege'),
    residentsWithGp: num(row, 'listeinnbyggere_med_fastlege'),
    residentsWithoutGp: num(row, 'listeinnbyggere_uten_fastlege'),
    openLists: num(row, 'apne_lister'),
    meanListLength: num(row, 'gjsn_listelengde'),
    femaleGps: num(row, 'kvinnelige_fastleger'),
    listCeilingSum: num(row, 'kapasitet_listetak_sum'),
    computedCapacity: num(row, 'beregnet_kapasitet'),
    reserveCapacityIndex: num(row, 'reservekapasitet_indeks'),
  };
}

export function parseTrend(row: CsvRow): TrendPoint {
  return {
    year: num(row, 'aar'),
    shareWithoutGpPct: numOrNull(row, 'andel_listeinnbyggere_uten_fastlege_pst'),
    meanListLength: numOrNull(row, 'gjsn_listelengde'),
    reserveCapacityIndex: numOrNull(row, 'reservekapasitet_indeks'),
  };
}

export function codeOf(row: CsvRow): string {
  return str(row, 'kommunenummer');
}

/** A municipality as seen by the imputation: code, centrality class, population 2024 and 1 Jan 2026. */
export interface PeerCandidate {
  code: string;
  centralityClass: number;
  pop2024: number;
  /** Population on 1 January 2026 (≈ 31 December 2025, the reference date of table 12005). */
  popRef: number;
  gp: Gp2025 | null;
}

export const MIN_PEERS = 5;

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of an empty list');
  const s = xs.slice().sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * Peers: municipalities with an SSB row, the same centrality class and 2024 population within a
 * factor F of the target's (pop/F <= peer <= pop*F), F = 2, widened by 0.5 until at least MIN_PEERS.
 * Sorted by code.
 */
export function findPeers(
  target: PeerCandidate,
  all: readonly PeerCandidate[],
): { peers: PeerCandidate[]; factor: number } {
  const pool = all.filter(
    (c) => c.gp !== null && c.code !== target.code && c.centralityClass === target.centralityClass,
  );
  for (let factor = 2; factor <= 50; factor += 0.5) {
    const peers = pool.filter((c) => c.pop2024 >= target.pop2024 / factor && c.pop2024 <= target.pop2024 * factor);
    if (peers.length >= MIN_PEERS) return { peers: peers.sort((a, b) => a.code.localeCompare(b.code)), factor };
  }
  throw new Error(`${target.code}: fewer than ${MIN_PEERS} peers`);
}

/** Peer medians used by the imputation (exposed for reporting). */
export interface PeerMedians {
  gpsPer1000: number;
  shareWithoutGp: number;
  listLength: number;
  openShare: number;
  ceilingPerResidentWithGp: number;
  computedCapacityPerResidentWithGp: number;
  femaleShare: number;
  vacantListSize: number;
}

export function peerMedians(peers: readonly PeerCandidate[]): PeerMedians {
  const gps = peers.map((p) => p.gp as Gp2025);
  const with0 = (f: (g: Gp2025, p: PeerCandidate) => number | null): number[] =>
    peers.map((p, i) => f(gps[i] as Gp2025, p)).filter((v): v is number => v !== null && Number.isFinite(v));
  const withGpLists = (g: Gp2025): boolean => g.listsWithGp > 0;
  const vacant = with0((g) => (g.listsWithoutGp > 0 ? g.residentsWithoutGp / g.listsWithoutGp : null));
  const listLength = median(with0((g) => (withGpLists(g) ? g.residentsWithGp / g.listsWithGp : null)));
  return {
    gpsPer1000: median(with0((g, p) => (g.listsWithGp * 1000) / p.popRef)),
    shareWithoutGp: median(with0((g) => g.residentsWithoutGp / Math.max(1, g.residentsWithGp + g.residentsWithoutGp))),
    listLength,
    openShare: median(with0((g) => (withGpLists(g) ? g.openLists / g.listsWithGp : null))),
    ceilingPerResidentWithGp: median(
      with0((g) => (g.residentsWithGp > 0 ? g.listCeilingSum / g.residentsWithGp : null)),
    ),
    computedCapacityPerResidentWithGp: median(
      with0((g) => (g.residentsWithGp > 0 ? g.computedCapacity / g.residentsWithGp : null)),
    ),
    femaleShare: median(with0((g) => (withGpLists(g) ? g.femaleGps / g.listsWithGp : null))),
    vacantListSize: vacant.length > 0 ? median(vacant) : listLength,
  };
}

/**
 * Imputes the 31 Dec 2025 figures of a municipality without an SSB row from its peers' medians,
 * keeping the figures internally consistent:
 * - residents on lists = population 1 Jan 2026; residentsWithoutGp = round(share * pop), the rest with a GP;
 * - listsWithGp = max(1, round(GPs per 1 000 * pop / 1000));
 * - meanListLength = round(residentsWithGp / listsWithGp) (SSB definition);
 * - listsWithoutGp = round(residentsWithoutGp / median vacant list size), at least 1 if anyone is without a GP;
 * - openLists, femaleGps = round(median share * listsWithGp), capped at listsWithGp;
 * - listCeilingSum, computedCapacity = round(median ratio * residentsWithGp);
 * - reserveCapacityIndex = round(100 * listCeilingSum / residentsWithGp) (SSB definition).
 */
export function imputeGp2025(target: PeerCandidate, m: PeerMedians): Gp2025 {
  const pop = target.popRef;
  const residentsWithoutGp = Math.round(m.shareWithoutGp * pop);
  const residentsWithGp = pop - residentsWithoutGp;
  const listsWithGp = Math.max(1, Math.round((m.gpsPer1000 * pop) / 1000));
  const listsWithoutGp = residentsWithoutGp > 0 ? Math.max(1, Math.round(residentsWithoutGp / m.vacantListSize)) : 0;
  const listCeilingSum = Math.round(m.ceilingPerResidentWithGp * residentsWithGp);
  return {
    listsWithGp,
    listsWithoutGp,
    residentsWithGp,
    residentsWithoutGp,
    openLists: Math.min(listsWithGp, Math.round(m.openShare * listsWithGp)),
    meanListLength: Math.round(residentsWithGp / listsWithGp),
    femaleGps: Math.min(listsWithGp, Math.round(m.femaleShare * listsWithGp)),
    listCeilingSum,
    computedCapacity: Math.round(m.computedCapacityPerResidentWithGp * residentsWithGp),
    reserveCapacityIndex: residentsWithGp > 0 ? Math.round((100 * listCeilingSum) / residentsWithGp) : 0,
  };
}

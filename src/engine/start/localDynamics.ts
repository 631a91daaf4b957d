/**
 * Local year-to-year dynamics of municipal GP vacancy and list length, estimated from SSB table 12005
 * trend rows (31 December of each year), by size band and by centrality group, for leak-free hindcasts.
 *
 * Leak-freeness: every estimate uses only trend rows with year <= untilYear. The first thing each exported
 * estimator does is drop later rows, reading nothing of them but `year`; population is read at 1 January
 * of year + 1 for a row of `year` <= untilYear (that is 31 December of `year`, known at the row's date).
 *
 * Method (pairs are consecutive years (y, y + 1) with y + 1 <= untilYear where both rows have the value):
 * - A municipality is "vacant" in a year when shareWithoutGpPct > 0 (SSB reports one decimal, so > 0 means
 *   at least 0.05 %). pOnset = P(vacant at y + 1 | not vacant at y), pRecovery = P(not vacant at y + 1 |
 *   vacant at y). Each cell is shrunk toward the pooled rate with a beta prior of LOCAL_DYNAMICS_PRIOR_PSEUDO
 *   pseudo-observations: p = (events + k * p0) / (n + k), where the pooled p0 = (events + 0.5) / (n + 1)
 *   over all pairs (Jeffreys posterior mean, so p0 itself is never 0 or 1). The same formula is used for
 *   the pooled "all" cell. A cell with no pairs gets p0.
 * - sdLogListChange: robust SD (1.4826 × MAD) of Δ ln(meanListLength) minus that year's median Δ over all
 *   municipalities with a pair (the national, common part).
 * - decileSdLogListChange: the same changes' 10-90 % range over that of a standard normal (heavy tails).
 * - sdShareChangeGivenVacancy: robust SD of Δ share (fraction) over pairs where either year is vacant.
 * - Cells with fewer than opts.minObsForSd observations take the pooled SD (flagged in the cell).
 * - meanShareGivenVacancy: mean share (fraction) over rows (year <= untilYear) with share > 0.
 *
 * Series break: before autumn 2022 residents on unfilled lists were counted on a "registered" basis that
 * undercounts; this matters for the share levels (meanShareGivenVacancy, sdShareChangeGivenVacancy) and much
 * less for whether the share is 0. opts.fromYear restricts pairs (y >= fromYear) and rows (year >= fromYear).
 * Imputed municipalities (no SSB row) are skipped. Pure module: no DOM, no I/O.
 */
import type { MunicipalityRecord, TrendPoint } from '../../data/types.ts';

export type SizeBand = 0 | 1 | 2 | 3;
export type CentralityGroup = 0 | 1 | 2;

/** Labels of the size bands (residents on 1 January). */
export const SIZE_BAND_LABELS: readonly { readonly nb: string; readonly en: string }[] = [
  { nb: 'under 2 000', en: 'under 2,000' },
  { nb: '2 000-4 999', en: '2,000-4,999' },
  { nb: '5 000-19 999', en: '5,000-19,999' },
  { nb: '20 000 og over', en: '20,000 and over' },
];

/** Labels of the centrality groups (SSB centrality classes). */
export const CENTRALITY_GROUP_LABELS: readonly { readonly nb: string; readonly en: string }[] = [
  { nb: 'sentralitet 1-2', en: 'centrality 1-2' },
  { nb: 'sentralitet 3-4', en: 'centrality 3-4' },
  { nb: 'sentralitet 5-6', en: 'centrality 5-6' },
];

/** Pseudo-observations of the beta prior that shrinks each cell's pOnset / pRecovery toward the pooled rate. */
export const LOCAL_DYNAMICS_PRIOR_PSEUDO = 2;

/** Consistency constant turning a MAD into an SD for normal data. */
const MAD_TO_SD = 1.4826;

/** Size band of a municipality with `pop` residents: < 2 000, 2 000-4 999, 5 000-19 999, >= 20 000. */
export function sizeBandOf(pop: number): SizeBand {
  if (pop < 2000) return 0;
  if (pop < 5000) return 1;
  if (pop < 20000) return 2;
  return 3;
}

/** Centrality group of SSB centrality class 1..6: classes 1-2 -> 0, 3-4 -> 1, 5-6 -> 2. */
export function centralityGroupOf(cls: number): CentralityGroup {
  if (cls <= 2) return 0;
  if (cls <= 4) return 1;
  return 2;
}

export interface LocalDynamicsCell {
  /** Consecutive-year pairs with a non-null share in both years. */
  readonly pairs: number;
  /** Pairs with share = 0 at y, and of those with share > 0 at y + 1. */
  readonly onsetPairs: number;
  readonly onsets: number;
  /** Pairs with share > 0 at y, and of those with share = 0 at y + 1. */
  readonly recoveryPairs: number;
  readonly recoveries: number;
  /** P(share > 0 at y + 1 | share = 0 at y), with the beta prior. */
  readonly pOnset: number;
  /** P(share = 0 at y + 1 | share > 0 at y), with the beta prior. */
  readonly pRecovery: number;
  /** 1 / pRecovery: expected length of a vacancy spell in years. */
  readonly meanCrisisYears: number;
  /** Pairs with a positive meanListLength in both years. */
  readonly listPairs: number;
  /** Robust SD of the yearly change in ln(meanListLength) net of that year's national median change. */
  readonly sdLogListChange: number;
  /** The same changes' 10-90 % range as a normal SD ((q90 - q10) / 2.5631; heavy tails make it the larger). */
  readonly decileSdLogListChange: number;
  /** True when listPairs < minObsForSd and sdLogListChange is the pooled value. */
  readonly sdLogListChangePooled: boolean;
  /** Pairs where either year has share > 0. */
  readonly vacancyPairs: number;
  /** Robust SD of the yearly change in share (fraction) over vacancyPairs. */
  readonly sdShareChangeGivenVacancy: number;
  /** True when vacancyPairs < minObsForSd and sdShareChangeGivenVacancy is the pooled value. */
  readonly sdShareChangeGivenVacancyPooled: boolean;
  /** Rows (year <= untilYear) with share > 0. */
  readonly vacancyRows: number;
  /** Mean share (fraction) over vacancyRows; the pooled value when vacancyRows = 0 (NaN if none at all). */
  readonly meanShareGivenVacancy: number;
}

export interface LocalDynamics {
  readonly untilYear: number;
  /** First year y + 1 of any pair used (pairs run over y + 1 in [firstPairYear, untilYear]). */
  readonly firstPairYear: number;
  readonly priorPseudo: number;
  readonly minObsForSd: number;
  readonly all: LocalDynamicsCell;
  /** Indexed by SizeBand (population at 1 January of y + 1). */
  readonly bySizeBand: readonly [LocalDynamicsCell, LocalDynamicsCell, LocalDynamicsCell, LocalDynamicsCell];
  /** Indexed by CentralityGroup. */
  readonly byCentralityGroup: readonly [LocalDynamicsCell, LocalDynamicsCell, LocalDynamicsCell];
  /** Year y + 1 -> median Δ ln(meanListLength) over all municipalities (the common part removed). */
  readonly commonLogListChange: Readonly<Record<number, number>>;
}

export interface LocalDynamicsOptions {
  /** Pseudo-observations of the beta prior (default LOCAL_DYNAMICS_PRIOR_PSEUDO). */
  readonly priorPseudo?: number;
  /** Cells with fewer observations take the pooled robust SD (default 5). */
  readonly minObsForSd?: number;
  /** Use only pairs with y >= fromYear and rows with year >= fromYear (default: no limit). */
  readonly fromYear?: number;
}

/** Trend rows with year <= untilYear, keyed by year. Reads nothing of a later row but its `year`. */
function rowsUntil(trend: readonly TrendPoint[], untilYear: number, fromYear: number): Map<number, TrendPoint> {
  const out = new Map<number, TrendPoint>();
  for (const row of trend) {
    const year = row.year;
    if (year > untilYear || year < fromYear) continue;
    out.set(year, row);
  }
  return out;
}

function checkYear(name: string, untilYear: number): void {
  if (!Number.isInteger(untilYear)) throw new Error(`${name}: untilYear must be an integer year, got ${untilYear}`);
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return NaN;
  const h = n >> 1;
  return n % 2 === 1 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

/**
 * The SD of a normal distribution with the same 10-90 % range: (q90 - q10) / 2.5631. Yearly list-length changes
 * have heavy tails (lists are split or merged in steps), so this is about twice the robust SD; it is the spread
 * that an 80 % band must cover. NaN for no data.
 */
function decileSd(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => {
    const pos = (s.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.min(s.length - 1, lo + 1);
    return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
  };
  return (at(0.9) - at(0.1)) / DECILE_RANGE_OF_NORMAL;
}
/** q90 - q10 of the standard normal. */
const DECILE_RANGE_OF_NORMAL = 2.5631;

/** 1.4826 × median absolute deviation from the median; NaN for no data. */
function robustSd(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const m = median(xs);
  return MAD_TO_SD * median(xs.map((x) => Math.abs(x - m)));
}

function popAt(rec: MunicipalityRecord, year: number): number {
  const v = rec.pop.values[year - rec.pop.firstYear];
  if (v === undefined || !Number.isFinite(v)) {
    throw new Error(`localDynamics: municipality ${rec.code} has no population for 1 January ${year}`);
  }
  return v;
}

interface Acc {
  pairs: number;
  onsetPairs: number;
  onsets: number;
  recoveryPairs: number;
  recoveries: number;
  listResiduals: number[];
  shareChanges: number[];
  vacancyShares: number[];
}

const newAcc = (): Acc => ({
  pairs: 0,
  onsetPairs: 0,
  onsets: 0,
  recoveryPairs: 0,
  recoveries: 0,
  listResiduals: [],
  shareChanges: [],
  vacancyShares: [],
});

interface ListPair {
  year: number;
  dLog: number;
  cells: Acc[];
}

/**
 * Year-to-year vacancy and list-length dynamics from trend rows with year <= untilYear only, pooled and by
 * size band and centrality group. Throws when there is no consecutive-year pair up to untilYear.
 */
export function estimateLocalDynamics(
  records: readonly MunicipalityRecord[],
  untilYear: number,
  opts: LocalDynamicsOptions = {},
): LocalDynamics {
  checkYear('estimateLocalDynamics', untilYear);
  const k = opts.priorPseudo ?? LOCAL_DYNAMICS_PRIOR_PSEUDO;
  const minObsForSd = opts.minObsForSd ?? 5;
  const fromYear = opts.fromYear ?? -Infinity;
  if (!(k >= 0)) throw new Error(`estimateLocalDynamics: priorPseudo must be >= 0, got ${k}`);

  const all = newAcc();
  const bands = [newAcc(), newAcc(), newAcc(), newAcc()] as const;
  const groups = [newAcc(), newAcc(), newAcc()] as const;
  const listPairs: ListPair[] = [];
  let firstPairYear = Infinity;
  let earliestRow = Infinity;

  for (const rec of records) {
    if (rec.imputed) continue;
    const rows = rowsUntil(rec.trend, untilYear, fromYear);
    const group = groups[centralityGroupOf(rec.centralityClass)];
    for (const [year, row] of rows) {
      earliestRow = Math.min(earliestRow, year);
      const cells = [all, bands[sizeBandOf(popAt(rec, year + 1))], group];
      // Row-level: share level when vacant.
      const s = row.shareWithoutGpPct;
      if (s !== null && s > 0) for (const c of cells) c.vacancyShares.push(s / 100);

      // Pair (year - 1, year): population at 1 January of `year` sets the band.
      const prev = rows.get(year - 1);
      if (prev === undefined) continue;
      const pairCells = [all, bands[sizeBandOf(popAt(rec, year))], group];
      const s0 = prev.shareWithoutGpPct;
      if (s0 !== null && s !== null) {
        firstPairYear = Math.min(firstPairYear, year);
        const v0 = s0 > 0;
        const v1 = s > 0;
        for (const c of pairCells) {
          c.pairs++;
          if (v0) {
            c.recoveryPairs++;
            if (!v1) c.recoveries++;
          } else {
            c.onsetPairs++;
            if (v1) c.onsets++;
          }
          if (v0 || v1) c.shareChanges.push((s - s0) / 100);
        }
      }
      const l0 = prev.meanListLength;
      const l1 = row.meanListLength;
      if (l0 !== null && l1 !== null && l0 > 0 && l1 > 0) {
        listPairs.push({ year, dLog: Math.log(l1) - Math.log(l0), cells: pairCells });
      }
    }
  }

  if (all.pairs === 0) {
    const data = Number.isFinite(earliestRow)
      ? `the earliest trend row used is ${earliestRow}`
      : 'no trend row is used';
    throw new Error(
      `estimateLocalDynamics: no consecutive-year pair (y, y+1) of SSB 12005 trend rows with a share in both ` +
        `years and y+1 <= untilYear = ${untilYear} (${data}); untilYear must be at least one year after the ` +
        `first data year`,
    );
  }

  // Remove the common (national) part: that year's median change over all municipalities with a pair.
  const byYear = new Map<number, number[]>();
  for (const p of listPairs) {
    const list = byYear.get(p.year);
    if (list) list.push(p.dLog);
    else byYear.set(p.year, [p.dLog]);
  }
  const commonLogListChange: Record<number, number> = {};
  for (const [year, ds] of [...byYear].sort((a, b) => a[0] - b[0])) commonLogListChange[year] = median(ds);
  for (const p of listPairs) {
    const r = p.dLog - commonLogListChange[p.year]!;
    for (const c of p.cells) c.listResiduals.push(r);
  }

  const p0Onset = (all.onsets + 0.5) / (all.onsetPairs + 1);
  const p0Recovery = (all.recoveries + 0.5) / (all.recoveryPairs + 1);
  const pooledListSd = robustSd(all.listResiduals);
  const pooledListDecileSd = decileSd(all.listResiduals);
  const pooledShareSd = robustSd(all.shareChanges);
  const pooledMeanShare = mean(all.vacancyShares);

  const finish = (c: Acc): LocalDynamicsCell => {
    const pOnset = shrink(c.onsets, c.onsetPairs, p0Onset, k);
    const pRecovery = shrink(c.recoveries, c.recoveryPairs, p0Recovery, k);
    const listPooled = c.listResiduals.length < minObsForSd;
    const sharePooled = c.shareChanges.length < minObsForSd;
    return {
      pairs: c.pairs,
      onsetPairs: c.onsetPairs,
      onsets: c.onsets,
      recoveryPairs: c.recoveryPairs,
      recoveries: c.recoveries,
      pOnset,
      pRecovery,
      meanCrisisYears: 1 / pRecovery,
      listPairs: c.listResiduals.length,
      sdLogListChange: listPooled ? pooledListSd : robustSd(c.listResiduals),
      decileSdLogListChange: listPooled ? pooledListDecileSd : decileSd(c.listResiduals),
      sdLogListChangePooled: listPooled,
      vacancyPairs: c.shareChanges.length,
      sdShareChangeGivenVacancy: sharePooled ? pooledShareSd : robustSd(c.shareChanges),
      sdShareChangeGivenVacancyPooled: sharePooled,
      vacancyRows: c.vacancyShares.length,
      meanShareGivenVacancy: c.vacancyShares.length > 0 ? mean(c.vacancyShares) : pooledMeanShare,
    };
  };

  return {
    untilYear,
    firstPairYear,
    priorPseudo: k,
    minObsForSd,
    all: finish(all),
    bySizeBand: [finish(bands[0]), finish(bands[1]), finish(bands[2]), finish(bands[3])],
    byCentralityGroup: [finish(groups[0]), finish(groups[1]), finish(groups[2])],
    commonLogListChange,
  };
}

function shrink(events: number, n: number, p0: number, k: number): number {
  return n + k > 0 ? (events + k * p0) / (n + k) : p0;
}

function mean(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/**
 * For each municipality code: the number of consecutive years ending at untilYear with share > 0, from
 * trend rows with year <= untilYear only. 0 when the untilYear row is missing, null or 0; a missing row or
 * null share ends the run. Imputed municipalities get 0.
 */
export function persistenceOfVacancy(
  records: readonly MunicipalityRecord[],
  untilYear: number,
): ReadonlyMap<string, number> {
  checkYear('persistenceOfVacancy', untilYear);
  const out = new Map<string, number>();
  for (const rec of records) {
    const rows = rec.imputed ? new Map<number, TrendPoint>() : rowsUntil(rec.trend, untilYear, -Infinity);
    let run = 0;
    for (let y = untilYear; ; y--) {
      const s = rows.get(y)?.shareWithoutGpPct;
      if (s === undefined || s === null || !(s > 0)) break;
      run++;
    }
    out.set(rec.code, run);
  }
  return out;
}

/** Years between the two rows of a pair in vacancyPersistence: about the plateau of the lagged slopes (judgement). */
export const VACANCY_PERSISTENCE_LAG = 3;

/** Pairs below which vacancyPersistence has no estimate and returns 1 (all of a municipality's vacancy lasts). */
export const VACANCY_PERSISTENCE_MIN_PAIRS = 30;

/**
 * How much of a municipality's departure from the other municipalities' share without a GP is still there `lag`
 * years later: the least-squares slope of (share at y + lag − that year's mean) on (share at y − that year's mean),
 * pooled over all pairs with y + lag <= untilYear (means over the pairs of the same years), clamped to 0-1. Shares are
 * on the complete basis (`basis(year)`, the share of the complete count a year's figures register). Crises come and
 * go: in the rows up to 2022 about half of a departure is left three years later (0.49; 0.56 up to 2020, 0.31 up to
 * 2025), where one year later 0.6-0.7 is. 1 when there are fewer than VACANCY_PERSISTENCE_MIN_PAIRS pairs.
 */
export function vacancyPersistence(
  records: readonly MunicipalityRecord[],
  untilYear: number,
  basis: (year: number) => number,
  lag = VACANCY_PERSISTENCE_LAG,
): number {
  checkYear('vacancyPersistence', untilYear);
  const shares = records.map((rec) => {
    const out = new Map<number, number>();
    if (rec.imputed) return out;
    for (const [year, row] of rowsUntil(rec.trend, untilYear, -Infinity)) {
      const s = row.shareWithoutGpPct;
      if (s !== null && Number.isFinite(s)) out.set(year, s / 100 / basis(year));
    }
    return out;
  });
  let sxy = 0;
  let sxx = 0;
  let pairs = 0;
  const firstYear = Math.min(...shares.flatMap((m) => [...m.keys()]));
  for (let y = firstYear; y + lag <= untilYear; y++) {
    const both = shares.filter((m) => m.has(y) && m.has(y + lag));
    if (both.length < 2) continue;
    const mean0 = mean(both.map((m) => m.get(y)!));
    const mean1 = mean(both.map((m) => m.get(y + lag)!));
    for (const m of both) {
      const x = m.get(y)! - mean0;
      sxy += x * (m.get(y + lag)! - mean1);
      sxx += x * x;
    }
    pairs += both.length;
  }
  if (pairs < VACANCY_PERSISTENCE_MIN_PAIRS || !(sxx > 0)) return 1;
  return Math.min(1, Math.max(0, sxy / sxx));
}

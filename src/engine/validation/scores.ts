/**
 * Proper scoring rules and forecast-evaluation statistics for validating the municipal Monte Carlo forecasts
 * against observations and against naive forecasts: CRPS of an ensemble, quantiles and interval coverage,
 * randomized PIT values and histograms, Brier score, reliability tables, ROC AUC, and a paired (optionally
 * cluster) percentile bootstrap for score differences. Pure functions: no DOM, no Node built-ins, and all
 * randomness comes from a generator the caller supplies, so results are deterministic.
 */

/** Throws unless the two arrays have the same length, naming both arguments. */
function sameLength(fn: string, nameA: string, a: ArrayLike<unknown>, nameB: string, b: ArrayLike<unknown>): void {
  if (a.length !== b.length) {
    throw new Error(`${fn}: ${nameA} and ${nameB} differ in length (${a.length} vs ${b.length})`);
  }
}

/** Throws if the ensemble is empty; returns its length. */
function nonEmpty(fn: string, ensemble: ArrayLike<number>): number {
  if (ensemble.length === 0) throw new Error(`${fn}: ensemble is empty`);
  return ensemble.length;
}

/** Sorted (ascending) copy of the values; the input is left untouched. */
function sortedCopy(xs: ArrayLike<number>): Float64Array {
  return Float64Array.from(xs).sort();
}

/** Throws unless bins is a positive integer. */
function checkBins(fn: string, bins: number): void {
  if (!Number.isInteger(bins) || bins < 1) throw new Error(`${fn}: bins must be a positive integer (got ${bins})`);
}

/** Index of the bin [k/bins, (k+1)/bins) holding p in [0, 1]; p = 1 goes into the last bin. */
function binIndex(fn: string, name: string, p: number, bins: number): number {
  if (!(p >= 0 && p <= 1)) throw new Error(`${fn}: ${name} must lie in [0, 1] (got ${p})`);
  let k = Math.min(Math.floor(p * bins), bins - 1);
  // guard against rounding in p * bins so that the bin agrees with its stated edges k/bins and (k+1)/bins
  if (k < bins - 1 && p >= (k + 1) / bins) k++;
  if (k > 0 && p < k / bins) k--;
  return k;
}

/** Arithmetic mean; NaN for an empty array. */
export function mean(xs: ArrayLike<number>): number {
  if (xs.length === 0) return NaN;
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i]!;
  return sum / xs.length;
}

/** Mean absolute error of point forecasts against observations; NaN when both are empty. */
export function mae(points: ArrayLike<number>, obs: ArrayLike<number>): number {
  sameLength('mae', 'points', points, 'obs', obs);
  if (points.length === 0) return NaN;
  let sum = 0;
  for (let i = 0; i < points.length; i++) sum += Math.abs(points[i]! - obs[i]!);
  return sum / points.length;
}

/** CRPS of an ensemble's empirical distribution against an observation, exact, in O(n log n); n = 1 gives |x − y|. */
export function crpsEnsemble(ensemble: ArrayLike<number>, obs: number): number {
  const n = nonEmpty('crpsEnsemble', ensemble);
  const x = sortedCopy(ensemble);
  // E|X − y| − ½E|X − X'| = (2/n²) Σ_i (x_(i) − y)(n·1{y < x_(i)} − i + ½), i = 1..n over the sorted members
  // (the piecewise integral of (F − 1{· ≥ y})²); centred on y, so no large-sum cancellation.
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    sum += (xi - obs) * ((obs < xi ? n : 0) - i - 0.5);
  }
  return (2 * sum) / (n * n);
}

/** Quantile q ∈ [0, 1] of ascending-sorted values by linear interpolation (Hyndman-Fan type 7, numpy's default). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) throw new Error('quantile: sorted is empty');
  if (!(q >= 0 && q <= 1)) throw new Error(`quantile: q must lie in [0, 1] (got ${q})`);
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const frac = h - lo;
  const xlo = sorted[lo]!;
  if (frac === 0 || lo + 1 >= n) return xlo;
  const xhi = sorted[lo + 1]!;
  return xlo === xhi ? xlo : xlo + frac * (xhi - xlo);
}

/** Whether obs lies in the closed interval [quantile lo, quantile hi] of the ensemble. */
export function intervalCovers(ensemble: ArrayLike<number>, obs: number, lo: number, hi: number): boolean {
  nonEmpty('intervalCovers', ensemble);
  if (!(lo <= hi)) throw new Error(`intervalCovers: lo must not exceed hi (got lo=${lo}, hi=${hi})`);
  const x = sortedCopy(ensemble);
  return obs >= quantile(x, lo) && obs <= quantile(x, hi);
}

/** Randomized PIT F(y−) + u·(F(y) − F(y−)) of obs under the ensemble's empirical CDF F, with u ∈ [0, 1) from the caller. */
export function pitValue(ensemble: ArrayLike<number>, obs: number, u: number): number {
  const n = nonEmpty('pitValue', ensemble);
  if (!(u >= 0 && u < 1)) throw new Error(`pitValue: u must lie in [0, 1) (got ${u})`);
  let below = 0;
  let equal = 0;
  for (let i = 0; i < n; i++) {
    const xi = ensemble[i]!;
    if (xi < obs) below++;
    else if (xi === obs) equal++;
  }
  return (below + u * equal) / n;
}

/** Counts of PIT values in `bins` equal-width bins over [0, 1] (a PIT of 1 goes into the last bin). */
export function pitHistogram(pits: readonly number[], bins = 10): number[] {
  checkBins('pitHistogram', bins);
  const counts = new Array<number>(bins).fill(0);
  for (const p of pits) counts[binIndex('pitHistogram', 'pits', p, bins)]!++;
  return counts;
}

/** Brier score: mean squared difference between forecast probabilities and 0/1 outcomes; NaN when empty. */
export function brierScore(probs: readonly number[], outcomes: readonly boolean[]): number {
  sameLength('brierScore', 'probs', probs, 'outcomes', outcomes);
  if (probs.length === 0) return NaN;
  let sum = 0;
  for (let i = 0; i < probs.length; i++) {
    const d = probs[i]! - (outcomes[i] ? 1 : 0);
    sum += d * d;
  }
  return sum / probs.length;
}

/** One row of a reliability table: the probability bin [lo, hi), its count, mean forecast and observed frequency. */
export interface ReliabilityBin {
  lo: number;
  hi: number;
  n: number;
  meanProb: number;
  observedRate: number;
}

/** Reliability table over `bins` equal-width probability bins; only non-empty bins, p = 1 in the last bin. */
export function reliabilityTable(probs: readonly number[], outcomes: readonly boolean[], bins = 10): ReliabilityBin[] {
  sameLength('reliabilityTable', 'probs', probs, 'outcomes', outcomes);
  checkBins('reliabilityTable', bins);
  const n = new Array<number>(bins).fill(0);
  const sumProb = new Array<number>(bins).fill(0);
  const hits = new Array<number>(bins).fill(0);
  for (let i = 0; i < probs.length; i++) {
    const p = probs[i]!;
    const k = binIndex('reliabilityTable', 'probs', p, bins);
    n[k]!++;
    sumProb[k]! += p;
    if (outcomes[i]) hits[k]!++;
  }
  const rows: ReliabilityBin[] = [];
  for (let k = 0; k < bins; k++) {
    const nk = n[k]!;
    if (nk === 0) continue;
    rows.push({ lo: k / bins, hi: (k + 1) / bins, n: nk, meanProb: sumProb[k]! / nk, observedRate: hits[k]! / nk });
  }
  return rows;
}

/** ROC AUC as the Mann-Whitney statistic P(score₊ > score₋) with ties counted ½; NaN when a class is empty. */
export function auc(scores: readonly number[], outcomes: readonly boolean[]): number {
  sameLength('auc', 'scores', scores, 'outcomes', outcomes);
  const n = scores.length;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(scores[i])) throw new Error(`auc: scores[${i}] is NaN`);
  }
  let nPos = 0;
  for (const o of outcomes) if (o) nPos++;
  const nNeg = n - nPos;
  if (nPos === 0 || nNeg === 0) return NaN;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => scores[i]! - scores[j]!);
  // sum of the positives' mid-ranks (1-based); ties share the average rank, which counts each tie as ½
  let rankSumPos = 0;
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && scores[order[end]!] === scores[order[start]!]) end++;
    const midRank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) if (outcomes[order[k]!]) rankSumPos += midRank;
    start = end;
  }
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

/** Options of pairedBootstrap: replicates (default 2000), a [0, 1) generator, and optional cluster labels per pair. */
export interface PairedBootstrapOptions {
  reps?: number;
  rng: () => number;
  clusters?: readonly (string | number)[];
}

/** Result of pairedBootstrap: mean of a − b, its 90 % percentile interval, and the share of replicate means above 0. */
export interface PairedBootstrapResult {
  meanDiff: number;
  lo: number;
  hi: number;
  shareAbove0: number;
}

/** Paired percentile bootstrap of mean(a − b): resamples pairs, or whole clusters when `clusters` is given, with replacement. */
export function pairedBootstrap(
  a: readonly number[],
  b: readonly number[],
  opts: PairedBootstrapOptions,
): PairedBootstrapResult {
  sameLength('pairedBootstrap', 'a', a, 'b', b);
  const n = a.length;
  if (n === 0) throw new Error('pairedBootstrap: a and b are empty');
  const reps = opts.reps ?? 2000;
  if (!Number.isInteger(reps) || reps < 1) {
    throw new Error(`pairedBootstrap: reps must be a positive integer (got ${reps})`);
  }
  const { rng, clusters } = opts;
  const diffs = new Float64Array(n);
  for (let i = 0; i < n; i++) diffs[i] = a[i]! - b[i]!;

  // resampling units: single pairs, or the member pairs of each cluster (in order of first appearance)
  let unitSum: Float64Array;
  let unitCount: Float64Array;
  if (clusters) {
    sameLength('pairedBootstrap', 'a', a, 'clusters', clusters);
    const index = new Map<string | number, number>();
    const sums: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < n; i++) {
      const key = clusters[i]!;
      let k = index.get(key);
      if (k === undefined) {
        k = sums.length;
        index.set(key, k);
        sums.push(0);
        counts.push(0);
      }
      sums[k]! += diffs[i]!;
      counts[k]!++;
    }
    unitSum = Float64Array.from(sums);
    unitCount = Float64Array.from(counts);
  } else {
    unitSum = diffs;
    unitCount = new Float64Array(n).fill(1);
  }

  const units = unitSum.length;
  const boot = new Float64Array(reps);
  let above = 0;
  for (let r = 0; r < reps; r++) {
    let sum = 0;
    let count = 0;
    for (let j = 0; j < units; j++) {
      const k = Math.min(Math.floor(rng() * units), units - 1);
      sum += unitSum[k]!;
      count += unitCount[k]!;
    }
    const m = sum / count;
    boot[r] = m;
    if (m > 0) above++;
  }
  boot.sort();
  return { meanDiff: mean(diffs), lo: quantile(boot, 0.05), hi: quantile(boot, 0.95), shareAbove0: above / reps };
}

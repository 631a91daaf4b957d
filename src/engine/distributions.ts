/**
 * Samplers. Each takes the generator as an argument and uses exactly one uniform per draw, by inversion,
 * so that two scenarios with the same stream stay coupled draw by draw (common random numbers).
 */
import type { Rng } from './rng.ts';

/**
 * Inverse of the standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9). The coefficients are
 * literals in the expressions: as arrays built in the function, every call allocated four of them. The tails (one
 * draw in twenty) are a function of their own, so that this one is small enough for V8 to inline at both calls of
 * the municipal effects (a call that is not inlined also boxes the returned number: an allocation per draw).
 */
export function normalQuantile(p: number): number {
  const pl = 0.02425;
  const q0 = Math.min(Math.max(p, 1e-15), 1 - 1e-15);
  if (q0 < pl || q0 > 1 - pl) return +normalTail(q0);
  const q = q0 - 0.5;
  const r = q * q;
  return (
    ((((((-39.69683028665376 * r + 220.9460984245205) * r + -275.9285104469687) * r + 138.357751867269) * r +
      -30.66479806614716) *
      r +
      2.506628277459239) *
      q) /
    (((((-54.47609879822406 * r + 161.5858368580409) * r + -155.6989798598866) * r + 66.80131188771972) * r +
      -13.28068155288572) *
      r +
      1)
  );
}

/** normalQuantile below 0.02425 and above 1 - 0.02425 (q0 already clamped). */
function normalTail(q0: number): number {
  const pl = 0.02425;
  const q = Math.sqrt(-2 * Math.log(q0 < pl ? q0 : 1 - q0));
  const x =
    (((((-0.007784894002430293 * q + -0.3223964580411365) * q + -2.400758277161838) * q + -2.549732539343734) * q +
      4.374664141464968) *
      q +
      2.938163982698783) /
    ((((0.007784695709041462 * q + 0.3224671290700398) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1);
  return q0 < pl ? x : -x;
}

/**
 * Means at or above this use the normal approximation (rounded, non-negative). The samplers below write it, and
 * BINOMIAL_NORMAL_THRESHOLD, as the literal 40: a module constant is a module variable in the bundle, which the flow
 * pass loaded and checked at every use (see fastMath.ts).
 */
export const POISSON_NORMAL_THRESHOLD = 40;

/**
 * Poisson count with mean `mean` from one uniform, by sequential inversion (exact) for small means and
 * a continuity-corrected normal approximation above POISSON_NORMAL_THRESHOLD.
 */
export function samplePoisson(rng: Rng, mean: number): number {
  return poissonFromUniform(rng(), mean);
}

/** samplePoisson with its uniform drawn already (the flow pass takes a month's uniforms in bulk, rng.ts). */
export function poissonFromUniform(u: number, mean: number): number {
  if (!(mean > 0)) return 0;
  // (the normal approximation, rare, in a function of its own: small enough, this one is inlined in the flow pass,
  // where a call boxes the numbers it is passed)
  if (mean >= 40) return poissonNormal(u, mean);
  // exact shortcut: e^(-mean) ≥ 1 - mean, so u ≤ 1 - mean means no event (most months, for small means)
  if (u <= 1 - mean) return 0;
  let k = 0;
  let pk = Math.exp(-mean);
  let cdf = pk;
  while (u > cdf && k < 1000) {
    k++;
    pk *= mean / k;
    cdf += pk;
  }
  return k;
}

function poissonNormal(u: number, mean: number): number {
  const x = Math.round(mean + Math.sqrt(mean) * normalQuantile(u));
  return x > 0 ? x : 0;
}

/**
 * 0 where poissonFromUniform(u, mean) is 0 without a draw (no mean, or u within the shortcut), else 1. From the
 * comparisons as numbers, so that it compiles without a branch: the flow pass asks for every municipality every
 * month, and whether a draw gives anything is chance, which a branch predictor cannot learn.
 */
export function poissonMayHit(u: number, mean: number): number {
  return Number(mean > 0) & (Number(u > 1 - mean) | Number(mean >= 40));
}

/** Triangular draw on [min, max] with the given mode, from one uniform. */
export function sampleTriangular(rng: Rng, min: number, mode: number, max: number): number {
  const u = rng();
  if (max <= min) return mode;
  const fc = (mode - min) / (max - min);
  return u < fc
    ? min + Math.sqrt(u * (max - min) * (mode - min))
    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}

/** Trials above which the binomial uses the normal approximation (rounded, clamped to 0…n). */
export const BINOMIAL_NORMAL_THRESHOLD = 40;

/**
 * Binomial count of successes in n trials with probability q each, from one uniform by sequential inversion
 * (exact) for small n, a continuity-corrected normal approximation above BINOMIAL_NORMAL_THRESHOLD.
 */
export function sampleBinomial(rng: Rng, n: number, q: number): number {
  return binomialFromUniform(rng(), n, q);
}

/** As poissonMayHit, for binomialFromUniform(u, n, q): 0 without trials or with u within the shortcut, else 1. */
export function binomialMayHit(u: number, n: number, q: number): number {
  return Number(n > 0) & (Number(u > 1 - n * q) | Number(q >= 1) | Number(n > 40));
}

/** sampleBinomial with its uniform drawn already (the flow pass takes a month's uniforms in bulk, rng.ts). */
export function binomialFromUniform(u: number, n: number, q: number): number {
  if (n <= 0 || !(q > 0)) return 0;
  if (q >= 1) return n;
  if (n > 40) return binomialNormal(u, n, q);
  // exact shortcut: (1 - q)^n ≥ 1 - n·q, so u ≤ 1 - n·q means no success
  if (u <= 1 - n * q) return 0;
  let k = 0;
  // (1 - q)^n by multiplication for the usual handful of vacant lists (Math.pow is slow for fractional bases)
  let pk = 1 - q;
  if (n <= 16) for (let i = 1; i < n; i++) pk *= 1 - q;
  else pk = Math.pow(1 - q, n);
  let cdf = pk;
  const ratio = q / (1 - q);
  while (u > cdf && k < n) {
    pk *= ((n - k) / (k + 1)) * ratio;
    k++;
    cdf += pk;
  }
  return k;
}

/** binomialFromUniform above BINOMIAL_NORMAL_THRESHOLD trials (apart, as poissonNormal). */
function binomialNormal(u: number, n: number, q: number): number {
  const mean = n * q;
  const x = Math.round(mean + Math.sqrt(mean * (1 - q)) * normalQuantile(u));
  return x < 0 ? 0 : x > n ? n : x;
}

/**
 * Runs the samplers' rare paths a few dozen times at load (the normal approximations, and (1 - q)^n by Math.pow), as
 * fastMath.ts runs its fallbacks: unseen, each was compiled as a deoptimisation of the flow pass, which the first
 * municipality with more than 16 vacant lists threw away, in every thread.
 */
function runRarePaths(): void {
  for (let i = 0; i < 64; i++) {
    binomialFromUniform(0.999, 50, 0.5);
    binomialFromUniform(0.999, 20, 0.1);
    poissonFromUniform(0.999, 50);
  }
}
runRarePaths();

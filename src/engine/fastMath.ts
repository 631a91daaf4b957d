/**
 * exp and log (and max(0, x)) in plain JavaScript for the engine's hot loops (the built-in response functions and the monthly
 * hires). In V8, Math.exp and Math.log are calls into C: each spills every live register and ends the CPU's
 * overlap of one municipality's work with the next. These inline instead, and make a national run about 9 %
 * faster. Accuracy (fastMath.test.ts): fastExp within 5e-16 relative of Math.exp, fastLog within 2e-16 absolute
 * and 4e-16 relative of Math.log. Outside their ranges, and for NaN, both fall back to Math.
 *
 * The numbers are written as literals inside the functions: a module constant would be a module variable in the
 * bundle, loaded and type-checked at every call (see constants.ts).
 */

/** 2^(k/256) for k = -6144 … 6144, at index k + 6144 (|x| < 16 needs |k| ≤ 5910). */
const EXP_TABLE = new Float64Array(12289);
for (let i = 0; i < 12289; i++) EXP_TABLE[i] = Math.pow(2, (i - 6144) / 256);

/**
 * e^x = 2^(k/256) · e^r with k = round(x · 256 / ln 2) and |r| ≤ ln 2 / 512; e^r by its Taylor polynomial of
 * degree 4 (truncation below 4e-17). ln 2 / 256 is split into a high part with 32 significant bits (so that
 * k times it is exact) and a low part (fdlibm's ln2_hi and ln2_lo, divided by 256). One table (96 kB, of which
 * a run touches a few lines): one bounds check and one load per call. For |x| < 16; else Math.exp.
 */
export function fastExp(x: number): number {
  if (!(x > -16 && x < 16)) return Math.exp(x);
  // adding and subtracting 1.5 · 2^52 rounds to the nearest integer
  const kf = x * 369.3299304675746 + 6755399441055744 - 6755399441055744;
  const r = x - kf * 0.00270760617331689 - kf * 7.453964567463233e-13;
  const r2 = r * r;
  const p = 1 + r + r2 * (0.5 + r * 0.16666666666666666 + r2 * 0.041666666666666664);
  return EXP_TABLE[(kf | 0) + 6144]! * p;
}

/** 1 / c and ln c at the grid points c = 0.5 + j / 512, j = 0 … 768. */
const LOG_INV_C = new Float64Array(769);
const LOG_C = new Float64Array(769);
for (let j = 0; j <= 768; j++) {
  const c = 0.5 + j / 512;
  LOG_INV_C[j] = 1 / c;
  LOG_C[j] = Math.log(c);
}

/**
 * ln x = ln c + ln(1 + r) with c the grid point nearest x (spacing 1/512) and r = (x - c) / c, |r| ≤ 1/512;
 * x - c is exact, and ln(1 + r) is its Taylor polynomial of degree 5 (truncation below 1e-17). c = 1 is a grid
 * point, so values near 1 keep their relative accuracy. For 0.5 ≤ x < 2 - 1/1024 (the ratios the responses see);
 * else Math.log.
 */
export function fastLog(x: number): number {
  if (!(x >= 0.5 && x < 1.9990234375)) return Math.log(x);
  const j = ((x - 0.5) * 512 + 6755399441055744 - 6755399441055744) | 0;
  const r = (x - (0.5 + j * 0.001953125)) * LOG_INV_C[j]!;
  const r2 = r * r;
  const p = r + r2 * (-0.5 + r * 0.3333333333333333 + r2 * (-0.25 + r * 0.2));
  return LOG_C[j]! + p;
}

/**
 * Runs both fallbacks to Math a few dozen times at load (a few calls are not enough: V8 keeps no feedback in a
 * function's first calls). V8 compiles a path it has never seen run as a deoptimisation, so the first value outside a
 * range (some municipality's income ratio, in a worker's first run) threw away every optimised pass that inlines these,
 * half a dozen recompilations per thread; with the fallback seen, the passes are compiled with it from the start, as
 * they were after those deoptimisations. With distributions.ts's rare paths: a thread's first runs take 20-30 ms less.
 */
function runFallbacks(): void {
  for (let i = 0; i < 64; i++) {
    fastExp(i % 2 === 0 ? 20 : -20);
    fastLog(i % 2 === 0 ? 4 : 0.25);
  }
}
runFallbacks();

/**
 * max(0, x) exactly and without a branch: x + |x| is 2x or 0 (NaN for NaN, as Math.max gives). For hot loops whose
 * branches a stochastic run cannot predict (V8 compiles Math.max on doubles to a branch).
 */
export function positivePart(x: number): number {
  return (x + Math.abs(x)) * 0.5;
}

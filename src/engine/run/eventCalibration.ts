/**
 * Event probabilities a municipality can trust. The Monte Carlo's share of runs in which an event happens (a
 * municipality has at least one list without a GP; at least 5 % of its residents are without one) ranks
 * municipalities well but is overconfident (README "Validation"). What the app shows is that share pooled with the
 * naive forecast that knows where the municipality stands (how often municipalities that stood in its band at the
 * origin had the event as many years later, validation/baseRates.ts):
 *
 *   p'' = w · p + (1 − w) · base
 *
 * with w the least-squares (Brier) weight on hindcasts whose outcomes were known at the forecast's origin
 * (validation/eventCalibrationFit.ts; poolWeight). It is monotone in p (w ≥ 0), so it never reverses a lever's effect;
 * with w < 1 it damps it, as the hindcasts say the runs alone overstate what is known.
 *
 * The same fit also gives a logistic map of the runs' share alone (Platt scaling; what the app showed until December
 * 2026, kept as a forecaster of the validation):
 *
 *   p' = σ(a + b · logit(clamp(p, ε, 1 − ε)))
 *
 * (b < 1 pulls overconfident probabilities toward the middle, a shifts them; b > 0 is enforced by the fit). ε bounds
 * what a finite ensemble can say: no run with the event is "at most about 1 %", not "impossible". Out of sample the
 * pool did better than the map in 4 of the 6 origin-event pairs (README "Validation").
 */

export const CALIBRATED_EVENTS = ['anyListWithoutGp', 'shareAtLeast5pct'] as const;
export type CalibratedEvent = (typeof CALIBRATED_EVENTS)[number];

/** Probabilities are clamped to [ε, 1 − ε] before the logit. */
export const EVENT_PROBABILITY_FLOOR = 0.01;

export interface EventCalibration {
  /** Intercept and slope of the map on the logit scale (a = 0, b = 1 is the identity). */
  readonly a: number;
  readonly b: number;
  /** Municipality-years the map was fitted on. */
  readonly n: number;
  /** The hindcast origins and the last outcome year it was fitted on (all ≤ the origin it is used from). */
  readonly origins: readonly number[];
  readonly until: number;
  /**
   * Weight on the runs' share when it is pooled with the base rate from where the municipality stands (0-1; 1: the
   * runs alone), fitted on the same cases.
   */
  readonly poolWeight: number;
}

export type EventCalibrations = Readonly<Record<CalibratedEvent, EventCalibration>>;

export const IDENTITY_CALIBRATION: EventCalibration = { a: 0, b: 1, n: 0, origins: [], until: 0, poolWeight: 1 };

export function logit(p: number): number {
  const q = Math.min(1 - EVENT_PROBABILITY_FLOOR, Math.max(EVENT_PROBABILITY_FLOOR, p));
  return Math.log(q / (1 - q));
}

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/** The recalibrated probability of an ensemble probability p. */
export function applyEventCalibration(p: number, c: EventCalibration): number {
  if (!Number.isFinite(p)) throw new Error(`event probability: expected a number in 0-1, got ${p}`);
  return sigmoid(c.a + c.b * logit(p));
}

/** The runs' share p pooled with the base rate from where the municipality stands (both probabilities, 0-1). */
export function applyEventPool(p: number, base: number, c: EventCalibration): number {
  if (!Number.isFinite(p) || !Number.isFinite(base))
    throw new Error(`event probability: expected numbers in 0-1, got ${p} and ${base}`);
  return c.poolWeight * p + (1 - c.poolWeight) * base;
}

/**
 * A municipality's pooled probability of "share ≥ 5 %" kept at or below its pooled probability of "at least one list
 * without a GP": the first event is part of the second (5 % or more without a GP is 0.05 % or more), but each is pooled
 * with its own base rate and weight, and a municipality in crisis, where the two base rates are close, got the first
 * higher in 463 of the 2 247 municipality-years of the track record (by up to 8 points). The validation scores the
 * probabilities capped as the app shows them (when introduced, December 2026: Brier 0.1910 / 0.1797 / 0.1258 from
 * 2020 / 2022 / 2024, uncapped 0.1912 / 0.1792 / 0.1257).
 */
export function coherentShareEvent(pShareAtLeast5pct: number, pAnyListWithoutGp: number): number {
  return Math.min(pShareAtLeast5pct, pAnyListWithoutGp);
}

/** A municipality's two event probabilities (0-1). */
export interface EventPair {
  readonly anyListWithoutGp: number;
  readonly shareAtLeast5pct: number;
}

/**
 * A municipality's two probabilities as the app shows them, from its runs' shares and its base rates from where it
 * stands: each pooled with its own base rate and weight (applyEventPool; a base rate that is not a number leaves the
 * runs' share), then "share ≥ 5 %" capped at "at least one list without a GP" (coherentShareEvent). The key figures
 * and the chart (mcSummary.ts), the track record and the validation all take them from here.
 */
export function pooledEventPair(runs: EventPair, base: EventPair, maps: EventCalibrations): EventPair {
  const pool = (event: CalibratedEvent) =>
    Number.isFinite(base[event]) ? applyEventPool(runs[event], base[event], maps[event]) : runs[event];
  const anyListWithoutGp = pool('anyListWithoutGp');
  return { anyListWithoutGp, shareAtLeast5pct: coherentShareEvent(pool('shareAtLeast5pct'), anyListWithoutGp) };
}

/** src/data/eventCalibration.json: the maps the app applies to a municipality's forecast from the last data year. */
export interface EventCalibrationFile {
  readonly schemaVersion: 1;
  /** Hash of the engine, levers and data they were fitted with (as the track record's; a test checks it). */
  readonly inputsHash: string;
  /** The forecast origin the maps are for: every outcome they were fitted on is from this year or before. */
  readonly origin: number;
  readonly runs: number;
  readonly seed: number;
  readonly maps: EventCalibrations;
}

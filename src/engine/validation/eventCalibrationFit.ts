/**
 * Fits the logistic recalibration of event probabilities (run/eventCalibration.ts) by penalised maximum likelihood:
 * Newton's method on the log-likelihood of the observed events given σ(a + b · logit p), with a weak ridge toward
 * the identity map (a = 0, b = 1) so that a small or one-sided sample cannot produce an extreme map, and b kept
 * positive so the map stays monotone. The cases must come from hindcasts whose outcomes are all known at the origin
 * the map is used from (validate.ts, trackRecord.ts); nothing here reads data.
 */
import {
  CALIBRATED_EVENTS,
  logit,
  sigmoid,
  type CalibratedEvent,
  type EventCalibration,
  type EventCalibrations,
} from '../run/eventCalibration.ts';
import { FIRST_HINDCAST_ORIGIN, registeredBasis } from '../start/startState.ts';
import { EVENT_SHARE_THRESHOLDS } from '../run/mcSummary.ts';
import { forEachScoredRow, runHindcast, type HindcastEnsemble } from './hindcast.ts';
import { bandRateAt, baseRatesByYear, originBandOf } from './baseRates.ts';

/** Ridge weight toward the identity, in units of cases (a prior worth about this many observations). */
export const CALIBRATION_RIDGE = 2;
/** Smallest slope the fit may return (a flat map would say the same probability everywhere). */
export const MIN_CALIBRATION_SLOPE = 0.05;

export interface EventCase {
  readonly p: number;
  readonly happened: boolean;
  /**
   * The base rate from where the municipality stood at the hindcast's origin (baseRates.ts, rows up to that origin),
   * for the pool weight; cases without one do not count toward it.
   */
  readonly base?: number;
}

/**
 * The weight w on the runs' share that minimises the Brier score of w · p + (1 − w) · base over the cases with a base
 * rate (least squares, closed form), kept in 0-1; 1 (the runs alone) when no case has a base rate or the two never
 * differ.
 */
export function fitPoolWeight(cases: readonly EventCase[]): number {
  let num = 0;
  let den = 0;
  for (const c of cases) {
    if (c.base === undefined) continue;
    const d = c.p - c.base;
    num += d * ((c.happened ? 1 : 0) - c.base);
    den += d * d;
  }
  return den > 0 ? Math.min(1, Math.max(0, num / den)) : 1;
}

export function fitEventCalibration(
  cases: readonly EventCase[],
  meta: { readonly origins: readonly number[]; readonly until: number },
): EventCalibration {
  if (cases.length === 0) throw new Error('event calibration: no cases to fit on');
  const xs = cases.map((c) => logit(c.p));
  const ys = cases.map((c) => (c.happened ? 1 : 0));
  let a = 0;
  let b = 1;
  const lambda = CALIBRATION_RIDGE;
  for (let it = 0; it < 100; it++) {
    // gradient and Hessian of the penalised negative log-likelihood
    let ga = lambda * a;
    let gb = lambda * (b - 1);
    let haa = lambda;
    let hab = 0;
    let hbb = lambda;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i]!;
      const p = sigmoid(a + b * x);
      const r = p - ys[i]!;
      const w = p * (1 - p);
      ga += r;
      gb += r * x;
      haa += w;
      hab += w * x;
      hbb += w * x * x;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b = Math.max(MIN_CALIBRATION_SLOPE, b - db);
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { a, b, n: cases.length, origins: [...meta.origins], until: meta.until, poolWeight: fitPoolWeight(cases) };
}

/** Event thresholds on the share without a GP (a fraction), as scored in validate.ts (defined in mcSummary.ts). */
export { EVENT_SHARE_THRESHOLDS };

/**
 * The (ensemble probability, happened) pairs of a hindcast for both events: every municipality with its own SSB rows
 * at the hindcast's origin and in a year up to `until`. Before the 2022 registration change the model's share is put
 * on the registered basis, as in validate.ts. Each case carries the base rate from where the municipality stood at the
 * origin, counted on the rows up to the origin (as validate.ts's "where it stands").
 */
export function hindcastEventCases(ens: HindcastEnsemble, until: number): Record<CalibratedEvent, EventCase[]> {
  const start = ens.plan.start;
  const records = start.records;
  const out: Record<CalibratedEvent, EventCase[]> = { anyListWithoutGp: [], shareAtLeast5pct: [] };
  const nYears = ens.years.length;
  const ratesAt = Object.fromEntries(
    CALIBRATED_EVENTS.map((e) => [e, baseRatesByYear(records, ens.origin, EVENT_SHARE_THRESHOLDS[e], registeredBasis)]),
  ) as Record<CalibratedEvent, ReturnType<typeof baseRatesByYear>>;
  // each municipality's band at the origin (its own row; undefined without one), once, not once per year
  const bands = records.map((r) => originBandOf(r, ens.origin, registeredBasis));
  forEachScoredRow(ens, until, (m, yi, _row, observed) => {
    const year = ens.years[yi]!;
    const basis = registeredBasis(year);
    const band = bands[m];
    for (const event of CALIBRATED_EVENTS) {
      const threshold = EVENT_SHARE_THRESHOLDS[event];
      let hits = 0;
      for (let r = 0; r < ens.runs; r++) if (ens.share[(r * nYears + yi) * ens.nM + m]! * basis >= threshold) hits++;
      const base = band === undefined ? undefined : bandRateAt(ratesAt[event], ens.origin, year, band);
      out[event].push({
        p: hits / ens.runs,
        happened: observed >= threshold,
        ...(base === undefined ? {} : { base }),
      });
    }
  });
  return out;
}

export interface EventFitOptions {
  /** The assumptions of the forecast the map is for (calibrated until the origin, with its municipal spread). */
  readonly assumptions?: Readonly<Record<string, number>>;
  readonly runs: number;
  readonly seed: number;
  /** Inner hindcast origins (default: every origin from FIRST_HINDCAST_ORIGIN to origin − 1). */
  readonly innerOrigins?: readonly number[];
  /** Called with each inner hindcast (run to the origin), for other fits on the same runs (shareMixture.ts). */
  readonly onHindcast?: (ens: HindcastEnsemble) => void;
}

/**
 * The event maps for forecasts from `origin`: hindcasts from earlier origins, run to `origin` with the forecast's
 * assumptions, scored on the years up to `origin` only and pooled. Nothing after the origin is read.
 */
export function fitEventCalibrationsUntil(origin: number, opts: EventFitOptions): EventCalibrations {
  const inner =
    opts.innerOrigins ??
    Array.from({ length: Math.max(0, origin - FIRST_HINDCAST_ORIGIN) }, (_, i) => FIRST_HINDCAST_ORIGIN + i);
  if (inner.length === 0 || inner.some((o) => o >= origin || o < FIRST_HINDCAST_ORIGIN))
    throw new Error(`event calibration: inner origins must lie in ${FIRST_HINDCAST_ORIGIN}-${origin - 1}`);
  const pooled: Record<CalibratedEvent, EventCase[]> = { anyListWithoutGp: [], shareAtLeast5pct: [] };
  for (const o of inner) {
    const ens = runHindcast({
      origin: o,
      endYear: origin,
      runs: opts.runs,
      seed: opts.seed,
      ...(opts.assumptions ? { assumptions: opts.assumptions } : {}),
      knownUntil: origin,
    });
    opts.onHindcast?.(ens);
    const cases = hindcastEventCases(ens, origin);
    for (const e of CALIBRATED_EVENTS) pooled[e].push(...cases[e]);
  }
  const meta = { origins: inner, until: origin };
  return {
    anyListWithoutGp: fitEventCalibration(pooled.anyListWithoutGp, meta),
    shareAtLeast5pct: fitEventCalibration(pooled.shareAtLeast5pct, meta),
  };
}

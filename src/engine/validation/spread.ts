/**
 * In-sample choice of the municipal spread of the Monte Carlo (localEffects.ts): the scale of each municipality's
 * list-length walk (`localListNoiseScale`), the size of its swings in recruitment (`localAttractivenessSd`), and how
 * strongly a municipality answers its own shortage (`localResponseRate`); and how soon a new list no GP has taken gets
 * residents (`emptyListFillYears`, lists.ts).
 * For a forecast from an origin, an inner hindcast starts two years earlier (never before 2019) and is scored on the
 * years up to the origin only, with the assumptions calibrated on data up to the origin. The fill time decides
 * whether a list without a GP leaves residents without one, so it is chosen by the Brier score of the event "at
 * least one list without a GP" (share ≥ 0.05 %), with the walk at the scale of the SSB rows (1): the longest grid
 * point within SPREAD_TOLERANCE of the best, since a list opened stands empty until a GP takes it (lists.ts) and a
 * short fill time is the exception (the scores are flat within seed noise: from 2022, 1 year was best with seed 1,
 * 5 years with seed 2, 10 with seed 3; chosen without a tolerance, 1 year made the held-out years from 2022 worse).
 * The list-patient drift (`listPatientDriftScale`, localEffects.ts) moves the list length only, so it is the grid
 * point with the lowest list-length CRPS (the smallest within the tolerance), with that fill time and the walk at 1.
 * The walk moves both outcomes (a lower ceiling opens lists), so its scale, with that fill time, is the grid point
 * with the lowest sum of the two outcomes' CRPS, each relative to persistence's on the same cases; then the
 * municipalities' response to their own
 * trouble (`localResponseRate`, localEffects.ts) is the grid point with the lowest CRPS of the share without a GP,
 * with no swings beyond the narrowest; then the swings' size is the grid point with the lowest share CRPS with that
 * response. Each takes the smallest grid point within SPREAD_TOLERANCE of its best score
 * (parsimony, as the one-standard-error rule of cross-validation): the scores are nearly flat near their minimum,
 * while a wider municipal spread raises the ensemble's national total (a municipality's swings add vacancies where it
 * falls short and cannot go below none where it does well), so an indistinguishable wider point would bring a bias
 * the municipal scores do not see. Scored over the municipalities with their own rows. Nothing after the origin is
 * read, so the outer validation stays out of sample.
 */
import { calibrate } from './calibrate.ts';
import {
  forEachScoredRow,
  memberValues,
  runHindcast,
  withListPatientDrift,
  type HindcastEnsemble,
} from './hindcast.ts';
import { brierScore, crpsEnsemble } from './scores.ts';
import { FIRST_HINDCAST_ORIGIN, registeredBasis } from '../start/startState.ts';
import { hindcastEventCases } from './eventCalibrationFit.ts';
import type { CalibratedEvent } from '../run/eventCalibration.ts';

export const FILL_YEARS_GRID: readonly number[] = [0.5, 1, 2, 5, 10];
export const LIST_SCALE_GRID: readonly number[] = [0.5, 1, 2, 3, 4, 6];
export const LIST_PATIENT_DRIFT_GRID: readonly number[] = [0, 0.25, 0.5, 1, 1.5, 2];
export const ATTRACTIVENESS_SD_GRID: readonly number[] = [0.2, 0.35, 0.5, 0.75, 1];
export const RESPONSE_RATE_GRID: readonly number[] = [0, 2.5, 5, 10, 20];
/** Where a stage has not chosen them yet: no response, the narrowest swings (never the registry's, fitted later). */
const NO_RESPONSE_NARROWEST_SWINGS = {
  localResponseRate: RESPONSE_RATE_GRID[0]!,
  localAttractivenessSd: ATTRACTIVENESS_SD_GRID[0]!,
};
/**
 * Monte Carlo runs of each inner hindcast: with 60 the choice moved between neighbouring grid points from one seed's
 * noise (the swings for origin 2020: 0.35 with 60 runs, 0.2 with 120 and 200).
 */
export const SPREAD_RUNS = 120;
/** A grid point whose in-sample score is within this fraction of the best counts as just as good. */
export const SPREAD_TOLERANCE = 0.01;

/** The smallest value of an ascending grid whose score is within SPREAD_TOLERANCE of the lowest score. */
export function parsimoniousChoice(grid: readonly number[], scores: readonly number[]): number {
  const best = Math.min(...scores);
  const i = scores.findIndex((s) => s <= best * (1 + SPREAD_TOLERANCE));
  return grid[i]!;
}

export interface SpreadChoice {
  readonly origin: number;
  readonly innerOrigin: number;
  readonly localListNoiseScale: number;
  readonly localAttractivenessSd: number;
  readonly localResponseRate: number;
  readonly listPatientDriftScale: number;
  /** In-sample list-length CRPS at each drift grid point (the fill time chosen, walk × 1). */
  readonly listCrpsByDrift: readonly number[];
  readonly emptyListFillYears: number;
  /** In-sample Brier score of "at least one list without a GP" at each fill-time grid point (walk × 1). */
  readonly brierByFillYears: readonly number[];
  /** In-sample CRPS at each grid point (list length in patients, share as a fraction). */
  readonly listCrps: readonly number[];
  /** In-sample share CRPS at each list-scale grid point (no response, the narrowest swings). */
  readonly shareCrpsByListScale: readonly number[];
  /** Sum of both outcomes' CRPS relative to persistence at each list-scale grid point (the walk's criterion). */
  readonly jointByListScale: readonly number[];
  readonly shareCrps: readonly number[];
  /** In-sample share CRPS at each response-rate grid point (with the chosen walk and the narrowest swings). */
  readonly shareCrpsByResponseRate: readonly number[];
}

/**
 * Mean CRPS of one outcome of an inner hindcast over municipalities with their own rows, years ≤ `until`, and of
 * persistence (the inner origin's value, raised to the complete basis before 2022) on the same cases.
 */
export function innerCrps(
  ens: HindcastEnsemble,
  outcome: 'share' | 'listLength',
  until: number,
): { model: number; persistence: number } {
  const start = ens.plan.start;
  let sum = 0;
  let sumPersistence = 0;
  let n = 0;
  forEachScoredRow(ens, until, (m, yi, row, share) => {
    const first = start.records[m]!.trend.find((t) => t.year === start.year);
    if (row.meanListLength === null) return;
    if (!first || first.shareWithoutGpPct === null || first.meanListLength === null) return;
    const basis = outcome === 'share' ? registeredBasis(ens.years[yi]!) : 1;
    const firstValue =
      outcome === 'share'
        ? (first.shareWithoutGpPct / 100 / registeredBasis(start.year)) * basis
        : first.meanListLength;
    const obs = outcome === 'share' ? share : row.meanListLength;
    const ensemble = memberValues(ens, outcome === 'share' ? ens.share : ens.listLength, yi, m);
    if (basis !== 1) for (let i = 0; i < ensemble.length; i++) ensemble[i] = ensemble[i]! * basis;
    sum += crpsEnsemble(ensemble, obs);
    sumPersistence += Math.abs(firstValue - obs);
    n++;
  });
  if (n === 0) throw new Error(`spread: no municipality with rows to score up to ${until}`);
  return { model: sum / n, persistence: sumPersistence / n };
}

/**
 * Mean Brier score of `event` in an inner hindcast over municipalities with their own rows, years ≤ `until`: the
 * cases the event maps are fitted on (hindcastEventCases, eventCalibrationFit.ts).
 */
export function innerBrier(ens: HindcastEnsemble, event: CalibratedEvent, until: number): number {
  const cases = hindcastEventCases(ens, until)[event];
  if (cases.length === 0) throw new Error(`spread: no municipality with rows to score up to ${until}`);
  return brierScore(
    cases.map((c) => c.p),
    cases.map((c) => c.happened),
  );
}

export interface SpreadOptions {
  readonly runs?: number;
  readonly seed?: number;
  /** Assumptions calibrated on data up to the origin (calibrate({until: origin}).best); computed when absent. */
  readonly calibrated?: Readonly<Record<string, number>>;
}

/** Chooses the municipal spread for forecasts from `origin` on data up to the origin only. */
export function chooseSpread(origin: number, opts: SpreadOptions = {}): SpreadChoice {
  const innerOrigin = Math.max(FIRST_HINDCAST_ORIGIN, origin - 2);
  if (innerOrigin >= origin) throw new Error(`origin: expected a year after ${FIRST_HINDCAST_ORIGIN}, got ${origin}`);
  const calibrated = opts.calibrated ?? calibrate({ until: origin }).best;
  const runs = opts.runs ?? SPREAD_RUNS;
  const seed = opts.seed ?? 1;
  const run = (extra: Record<string, number>) =>
    runHindcast({
      origin: innerOrigin,
      endYear: origin,
      runs,
      seed,
      assumptions: { ...NO_RESPONSE_NARROWEST_SWINGS, ...calibrated, ...extra },
      knownUntil: origin,
    });
  // both outcomes' CRPS, each relative to persistence's
  const jointOf = (e: HindcastEnsemble) => {
    const l = innerCrps(e, 'listLength', origin);
    const sh = innerCrps(e, 'share', origin);
    return { joint: l.model / l.persistence + sh.model / sh.persistence, list: l.model, share: sh.model };
  };
  // the fill-time runs carry the list-patient drift at scale 1, so the chosen one serves every drift grid point
  const fillRuns = FILL_YEARS_GRID.map((years) =>
    run({ localListNoiseScale: 1, emptyListFillYears: years, listPatientDriftScale: 1 }),
  );
  const brierByFillYears = fillRuns.map((e) => innerBrier(e, 'anyListWithoutGp', origin));
  // the longest fill time within the tolerance: a list opened stands empty until a GP takes it (lists.ts), and a
  // fill time is an exception to that rule which the scores must ask for; the parsimonious choice on the reversed grid
  const fill = parsimoniousChoice([...FILL_YEARS_GRID].reverse(), [...brierByFillYears].reverse());
  const atFill = fillRuns[FILL_YEARS_GRID.indexOf(fill)]!;
  const listCrpsByDrift = LIST_PATIENT_DRIFT_GRID.map(
    (scale) => innerCrps(withListPatientDrift(atFill, 1, scale), 'listLength', origin).model,
  );
  const drift = parsimoniousChoice(LIST_PATIENT_DRIFT_GRID, listCrpsByDrift);
  const listScores = LIST_SCALE_GRID.map((s) =>
    jointOf(run({ emptyListFillYears: fill, listPatientDriftScale: drift, localListNoiseScale: s })),
  );
  const joint = listScores.map((x) => x.joint);
  const listCrps = listScores.map((x) => x.list);
  const bestList = parsimoniousChoice(LIST_SCALE_GRID, joint);
  const walk = { emptyListFillYears: fill, listPatientDriftScale: drift, localListNoiseScale: bestList };
  const byRate = RESPONSE_RATE_GRID.map(
    (rate) => innerCrps(run({ ...walk, localResponseRate: rate }), 'share', origin).model,
  );
  const bestRate = parsimoniousChoice(RESPONSE_RATE_GRID, byRate);
  const shareCrps = ATTRACTIVENESS_SD_GRID.map(
    (sd) => innerCrps(run({ ...walk, localResponseRate: bestRate, localAttractivenessSd: sd }), 'share', origin).model,
  );
  const bestSd = parsimoniousChoice(ATTRACTIVENESS_SD_GRID, shareCrps);
  return {
    origin,
    innerOrigin,
    localListNoiseScale: bestList,
    localAttractivenessSd: bestSd,
    localResponseRate: bestRate,
    emptyListFillYears: fill,
    listPatientDriftScale: drift,
    listCrpsByDrift,
    brierByFillYears,
    listCrps,
    shareCrpsByListScale: listScores.map((x) => x.share),
    jointByListScale: joint,
    shareCrps,
    shareCrpsByResponseRate: byRate,
  };
}

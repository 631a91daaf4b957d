/**
 * The whole in-sample fit for forecasts from an origin, on data up to it only: (1) the national assumptions
 * calibrated on the backtest with no response and a short fill time (BEFORE_SPREAD_CHOICE, calibrate.ts), (2) the
 * municipal spread, the municipalities' response to their own trouble and the time before a new list gets residents
 * chosen on an inner hindcast that ends at the origin (spread.ts), (3) the national assumptions calibrated again with
 * the response and the fill time held, since they move the deterministic run too.
 * `npm run validate`, `npm run backtest` and `npm run calibrate` all fit this way, so the registry's defaults (fitted
 * up to 2025) and every hindcast's assumptions (fitted up to its origin) come from the same procedure.
 */
import { BEFORE_SPREAD_CHOICE, calibrate, type CalibrationResult } from './calibrate.ts';
import { chooseSpread, SPREAD_RUNS, type SpreadChoice } from './spread.ts';
import { evaluateBacktest, type BacktestReport } from '../run/backtest.ts';
import { preparePlan, type Plan } from '../run/simulate.ts';

export interface FitOptions {
  /** Passes of each calibration's coordinate search (default 4). */
  readonly passes?: number;
  /** Where each calibration's search starts (calibrate.ts; default the middle of each range). */
  readonly from?: 'defaults' | 'midpoint';
  readonly onPass?: (pass: number, loss: number) => void;
  /** Monte Carlo runs of each inner hindcast of the spread choice (default SPREAD_RUNS). */
  readonly spreadRuns?: number;
  readonly seed?: number;
  readonly onStep?: (step: 'calibrating' | 'choosing the municipal spread' | 'calibrating with the response') => void;
}

export interface FitResult {
  readonly until: number;
  /** The final calibration (with the chosen response held). */
  readonly calibration: CalibrationResult;
  readonly spread: SpreadChoice;
  /** Calibrated assumptions, spread and response: what a hindcast from `until` runs with. */
  readonly assumptions: Readonly<Record<string, number>>;
}

/** Fits every assumption that is fitted to data, on data up to `until` only. */
export function fitUntil(until: number, opts: FitOptions = {}): FitResult {
  const passes = opts.passes ?? 4;
  opts.onStep?.('calibrating');
  const { from, onPass } = opts;
  const first = calibrate({ until, passes, from, onPass });
  opts.onStep?.('choosing the municipal spread');
  const spread = chooseSpread(until, { calibrated: first.best, runs: opts.spreadRuns ?? SPREAD_RUNS, seed: opts.seed });
  const chosen = {
    localListNoiseScale: spread.localListNoiseScale,
    localAttractivenessSd: spread.localAttractivenessSd,
    localResponseRate: spread.localResponseRate,
    emptyListFillYears: spread.emptyListFillYears,
    listPatientDriftScale: spread.listPatientDriftScale,
  };
  opts.onStep?.('calibrating with the response');
  // the spread does not move the deterministic run the calibration compares; the response and the fill time do
  const held = { localResponseRate: spread.localResponseRate, emptyListFillYears: spread.emptyListFillYears };
  const unchanged = Object.entries(held).every(([id, v]) => BEFORE_SPREAD_CHOICE[id] === v);
  const calibration = unchanged ? first : calibrate({ until, passes, from, onPass, fixed: held });
  return { until, calibration, spread, assumptions: { ...calibration.best, ...chosen } };
}

/**
 * The national backtest from 2019 with every fitted assumption fitted on data up to `until` (later years out of
 * sample): what `npm run backtest` prints and what the track record carries for "Om modellen".
 */
export function backtestFittedUntil(
  until: number,
  opts: FitOptions = {},
): { fit: FitResult; report: BacktestReport; startYear: number; plan: Plan } {
  const fit = fitUntil(until, opts);
  const plan = preparePlan({ start: 'backtest', endYear: 2025, assumptions: fit.assumptions, knownUntil: until });
  return { fit, report: evaluateBacktest(plan, undefined, until), startYear: plan.start.year, plan };
}

/**
 * The whole in-sample fit for forecasts from an origin, on data up to it only: (1) the national assumptions
 * calibrated on the backtest without a municipal response (calibrate.ts), (2) the municipal spread and the
 * municipalities' response to their own trouble chosen on an inner hindcast that ends at the origin (spread.ts),
 * (3) the national assumptions calibrated again with that response held, since it moves the deterministic run too.
 * `npm run validate`, `npm run backtest` and `npm run calibrate` all fit this way, so the registry's defaults (fitted
 * up to 2025) and every hindcast's assumptions (fitted up to its origin) come from the same procedure.
 */
import { calibrate, type CalibrationResult } from './calibrate.ts';
import { chooseSpread, SPREAD_RUNS, type SpreadChoice } from './spread.ts';

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
  };
  opts.onStep?.('calibrating with the response');
  const calibration =
    spread.localResponseRate === 0
      ? first
      : calibrate({ until, passes, from, onPass, fixed: { localResponseRate: spread.localResponseRate } });
  return { until, calibration, spread, assumptions: { ...calibration.best, ...chosen } };
}

/**
 * `npm run track-record`: runs the validation (origins 2020, 2022 and 2024, 200 runs, seed 1) and writes the track
 * record the app shows ("Treffsikkerhet") to src/data/trackRecord.json, and fits the event maps the app applies to a
 * municipality's probabilities from the last data year (hindcasts from 2019-2024 with the registry's assumptions,
 * scored up to 2025) into src/data/eventCalibration.json, and the bands' hits by kind of area (areaCoverage.ts) into
 * src/data/bandCoverage.json for the charts' notes; the first two carry a hash of the engine, levers and data they were
 * built from, and test/engine/trackRecord.test.ts fails when that hash is stale, so the app never shows the track
 * record or probabilities of an older model. It carries the national backtest from 2019 too (as `npm run backtest`
 * prints it), for "Om modellen". About a minute.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { backtestTrack, originTrack, TRACK_RECORD_SCHEMA, type TrackRecord } from '../engine/validation/trackRecord.ts';
import { backtestFittedUntil } from '../engine/validation/fit.ts';
import { backtestMonteCarlo } from '../engine/run/backtest.ts';
import { validateOriginWithEnsemble } from '../engine/validation/validate.ts';
import { fitEventCalibrationsUntil } from '../engine/validation/eventCalibrationFit.ts';
import type { EventCalibrationFile } from '../engine/run/eventCalibration.ts';
import { FIRST_HINDCAST_ORIGIN, LAST_HINDCAST_ORIGIN } from '../engine/start/startState.ts';
import { bandCoverageFile } from '../engine/validation/areaCoverage.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TRACK_RECORD_PATH = path.join(ROOT, 'src/data/trackRecord.json');
export const TRACK_RECORD_ORIGINS = [2020, 2022, 2024] as const;
export const TRACK_RECORD_RUNS = 200;
export const TRACK_RECORD_SEED = 1;
/** The national backtest's calibration: until 2022, so that 2023 and 2025 are out of sample (npm run backtest). */
export const BACKTEST_CALIBRATED_UNTIL = 2022;
export const EVENT_CALIBRATION_PATH = path.join(ROOT, 'src/data/eventCalibration.json');
export const BAND_COVERAGE_PATH = path.join(ROOT, 'src/data/bandCoverage.json');
/** The app's forecasts start from the end of this year (the last SSB year in the data). */
export const FORECAST_ORIGIN = 2025;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.ts$/.test(e.name) ? [p] : [];
  });
}

/** Hash of what the track record depends on: the engine and lever sources and the built data. */
export function trackRecordInputsHash(): string {
  const files = [
    ...filesUnder(path.join(ROOT, 'src/engine')),
    ...filesUnder(path.join(ROOT, 'src/levers')),
    path.join(ROOT, 'src/data/municipalities.json'),
    path.join(ROOT, 'src/data/national.json'),
  ].sort();
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(path.relative(ROOT, f).replace(/\\/g, '/'));
    hash.update('\0');
    hash.update(readFileSync(f));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

export function buildTrackRecord(onProgress?: (origin: number, stage: string) => void): TrackRecord {
  const origins = TRACK_RECORD_ORIGINS.map((origin) => {
    const { report, ensemble } = validateOriginWithEnsemble(origin, {
      runs: TRACK_RECORD_RUNS,
      seed: TRACK_RECORD_SEED,
      ...(onProgress ? { onProgress } : {}),
    });
    return originTrack(report, ensemble);
  });
  onProgress?.(2019, 'national backtest');
  // as `npm run backtest` runs it (src/cli/backtest.ts)
  const { report, startYear, plan } = backtestFittedUntil(BACKTEST_CALIBRATED_UNTIL);
  onProgress?.(2019, 'national backtest, Monte Carlo');
  const mcRows = backtestMonteCarlo(plan, TRACK_RECORD_RUNS, TRACK_RECORD_SEED, report.calibratedUntil);
  const backtest = backtestTrack(report, startYear, { runs: TRACK_RECORD_RUNS, seed: TRACK_RECORD_SEED, rows: mcRows });
  return {
    schemaVersion: TRACK_RECORD_SCHEMA,
    inputsHash: trackRecordInputsHash(),
    runs: TRACK_RECORD_RUNS,
    seed: TRACK_RECORD_SEED,
    origins,
    backtest,
  };
}

/**
 * The event maps for the app's forecasts from FORECAST_ORIGIN: hindcasts from every supported origin run with the
 * registry's assumptions (what the app runs), scored on the years up to FORECAST_ORIGIN.
 */
export function buildEventCalibration(): EventCalibrationFile {
  const innerOrigins = Array.from(
    { length: LAST_HINDCAST_ORIGIN - FIRST_HINDCAST_ORIGIN + 1 },
    (_, i) => FIRST_HINDCAST_ORIGIN + i,
  );
  const maps = fitEventCalibrationsUntil(FORECAST_ORIGIN, {
    runs: TRACK_RECORD_RUNS,
    seed: TRACK_RECORD_SEED,
    innerOrigins,
  });
  return {
    schemaVersion: 1,
    inputsHash: trackRecordInputsHash(),
    origin: FORECAST_ORIGIN,
    runs: TRACK_RECORD_RUNS,
    seed: TRACK_RECORD_SEED,
    maps,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const record = buildTrackRecord((origin, stage) => process.stderr.write(`origin ${origin}: ${stage} …\n`));
  writeFileSync(TRACK_RECORD_PATH, JSON.stringify(record) + '\n');
  process.stderr.write(`wrote ${path.relative(ROOT, TRACK_RECORD_PATH)} (inputs ${record.inputsHash})\n`);
  writeFileSync(BAND_COVERAGE_PATH, JSON.stringify(bandCoverageFile(record.origins), null, 1) + '\n');
  process.stderr.write(`wrote ${path.relative(ROOT, BAND_COVERAGE_PATH)}\n`);
  process.stderr.write(`fitting the event maps for forecasts from ${FORECAST_ORIGIN} …\n`);
  const maps = buildEventCalibration();
  writeFileSync(EVENT_CALIBRATION_PATH, JSON.stringify(maps, null, 1) + '\n');
  for (const [event, c] of Object.entries(maps.maps))
    process.stderr.write(`  ${event}: σ(${c.a.toFixed(3)} + ${c.b.toFixed(3)} · logit p), ${c.n} municipality-years\n`);
  process.stderr.write(`wrote ${path.relative(ROOT, EVENT_CALIBRATION_PATH)}\n`);
}

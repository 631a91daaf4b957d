/**
 * `npm run track-record`: runs the validation (origins 2020 and 2022, 200 runs, seed 1) and writes the track record
 * the app shows ("Treffsikkerhet") to src/data/trackRecord.json, with a hash of the engine, levers and data it was
 * built from; test/engine/trackRecord.test.ts fails when that hash is stale, so the app never shows the track record
 * of an older model. About a minute.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { originTrack, TRACK_RECORD_SCHEMA, type TrackRecord } from '../engine/validation/trackRecord.ts';
import { validateOriginWithEnsemble } from '../engine/validation/validate.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TRACK_RECORD_PATH = path.join(ROOT, 'src/data/trackRecord.json');
export const TRACK_RECORD_ORIGINS = [2020, 2022] as const;
export const TRACK_RECORD_RUNS = 200;
export const TRACK_RECORD_SEED = 1;

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
  return {
    schemaVersion: TRACK_RECORD_SCHEMA,
    inputsHash: trackRecordInputsHash(),
    runs: TRACK_RECORD_RUNS,
    seed: TRACK_RECORD_SEED,
    origins,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const record = buildTrackRecord((origin, stage) => process.stderr.write(`origin ${origin}: ${stage} …\n`));
  writeFileSync(TRACK_RECORD_PATH, JSON.stringify(record) + '\n');
  process.stderr.write(`wrote ${path.relative(ROOT, TRACK_RECORD_PATH)} (inputs ${record.inputsHash})\n`);
}

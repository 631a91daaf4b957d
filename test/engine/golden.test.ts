// Golden summary of the deterministic baseline (national and Bindal, kommune 1811, 2026-2040): the CLI's
// headline results at 2026, 2030, 2035 and 2040, rounded to 4 significant digits, compared with
// test/golden/baseline-summary.json. Any change to the model or its parameters shows up here on purpose.
// Regenerate after a deliberate change with `npm run test:update-golden` (UPDATE_GOLDEN=1); on a mismatch the
// new values are written to test/golden/baseline-summary-changed.json for review.
import fs from 'node:fs';
import path from 'node:path';
import { REQUIRED_RESULT_IDS } from '../helpers/issueResults.ts';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allMembers, cachedPlan, cachedRun, regionMembers, resultSeries, yearIndex } from '../helpers/engine.ts';

const goldenDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'golden');
const goldenFile = path.join(goldenDir, 'baseline-summary.json');
const changedFile = path.join(goldenDir, 'baseline-summary-changed.json');

const RESULTS = REQUIRED_RESULT_IDS;
const YEARS = [2026, 2030, 2035, 2040];
const REGIONS = ['national', 'kommune:1811'];

type Summary = Record<string, Record<string, Record<string, number>>>;

const round4 = (x: number): number => (x === 0 ? 0 : Number(x.toPrecision(4)));

function currentSummary(): Summary {
  const plan = cachedPlan({ endYear: 2040 });
  const run = cachedRun(plan);
  const out: Summary = {};
  for (const region of REGIONS) {
    const members = region === 'national' ? allMembers(plan) : regionMembers(plan, region);
    const byResult: Record<string, Record<string, number>> = {};
    for (const id of RESULTS) {
      const series = resultSeries(run, plan, id, members);
      byResult[id] = Object.fromEntries(YEARS.map((y) => [String(y), round4(series[yearIndex(plan, y)]!)]));
    }
    out[region] = byResult;
  }
  return out;
}

const toText = (s: Summary) => JSON.stringify(s, null, 2) + '\n';

describe('golden baseline summary', () => {
  it('deterministic baseline (national, kommune:1811; 2026/2030/2035/2040) matches test/golden/baseline-summary.json', () => {
    const current = currentSummary();
    if (process.env.UPDATE_GOLDEN === '1') {
      fs.mkdirSync(goldenDir, { recursive: true });
      fs.writeFileSync(goldenFile, toText(current));
      if (fs.existsSync(changedFile)) fs.rmSync(changedFile);
      console.info(`golden.test: wrote ${path.relative(process.cwd(), goldenFile)}`);
      return;
    }
    expect(fs.existsSync(goldenFile), `${goldenFile} is missing: run npm run test:update-golden`).toBe(true);
    const golden = JSON.parse(fs.readFileSync(goldenFile, 'utf8')) as Summary;
    const same = JSON.stringify(golden) === JSON.stringify(current);
    if (!same) fs.writeFileSync(changedFile, toText(current));
    else if (fs.existsSync(changedFile)) fs.rmSync(changedFile);
    expect(
      current,
      `baseline changed; new values in ${path.relative(process.cwd(), changedFile)} (npm run test:update-golden to accept)`,
    ).toEqual(golden);
  });
});

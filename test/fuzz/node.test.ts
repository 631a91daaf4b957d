// A seeded sample of `npm run fuzz` in Node (issue 19): share links, scenario files as `simulate --scenario` reads
// them, imported saved-scenario files, response formulas, and a few spawned `simulate` runs. No case may fail
// unhandled or lose a save (accepted input must read back the same); a refusal must name a field without raw
// JavaScript text. Should the sample find such refusals again, a test that cannot be fixed at once becomes
// `it.fails` with the finding in its title (red when fixed, then a plain `it` again). The full suite (10 000
// cases, and Chromium) is `npm run fuzz`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cliCase, judgeCli } from '../../src/cli/fuzzCli.ts';
import {
  formulaCase,
  importFileCase,
  judgeFormula,
  judgeImportFile,
  judgeLink,
  judgeScenarioFile,
  linkCase,
  scenarioFileCase,
  type Judged,
} from '../../src/cli/fuzzNode.ts';
import { knownRegions } from '../../src/cli/fuzzPlan.ts';
import { rand } from '../../src/cli/fuzzRandom.ts';
import { Tally, type Failure } from '../../src/cli/fuzzVerdict.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const r = rand('npm-test');

/** n cases of a category, run once (on first use) and shared by its tests. */
function sample(n: number, one: (i: number) => Judged): () => Tally {
  let tally: Tally | undefined;
  return () => {
    if (tally) return tally;
    tally = new Tally(3);
    for (let i = 0; i < n; i++) {
      const j = one(i);
      tally.add('sample', j.label, j.verdict);
    }
    return tally;
  };
}

/** None of these kinds of failure; the failures found are the message. */
function expectNone(t: Tally, kinds: readonly Failure['kind'][]): void {
  const found = t.failures
    .filter((f) => kinds.includes(f.kind))
    .map((f) => `${f.kind}: ${f.detail}\n    input: ${f.input}`)
    .join('\n');
  expect(found, found).toBe('');
  for (const c of t.counts.values()) for (const k of kinds) expect(c[k], k).toBe(0);
}

const SAFE: readonly Failure['kind'][] = ['unhandled', 'lost'];
const WORDED: readonly Failure['kind'][] = ['unnamed', 'raw'];

describe('fuzz sample (Node)', () => {
  const files = sample(100, (i) => judgeScenarioFile(scenarioFileCase(r.fork(`file/${i}`), 100_000)));
  it('scenario files as `simulate --scenario` reads them (100): refused naming a field, or accepted intact', () => {
    expectNone(files(), [...SAFE, ...WORDED]);
    expect(files().counts.get('sample')!.accepted).toBeGreaterThan(5);
  });

  const links = sample(100, (i) => judgeLink(linkCase(r.fork(`link/${i}`), 100_000)));
  it('share links (100): never throw; an accepted link re-encodes to the same view', () => {
    expectNone(links(), SAFE);
  });
  it('share links: every refusal names a field in words (no valibot wording, regex, "undefined" or line break)', () =>
    expectNone(links(), WORDED));

  const regions = knownRegions();
  const imports = sample(60, (i) => judgeImportFile(importFileCase(r.fork(`import/${i}`), 100_000), regions));
  it('imported files (60): never throw; an accepted scenario re-validates unchanged', () => {
    expectNone(imports(), SAFE);
  });
  it('imported files: every refusal names a field in words (unknown keys and "format" quoted and cut, "got nothing")', () =>
    expectNone(imports(), WORDED));

  const formulas = sample(60, (i) => judgeFormula(formulaCase(r.fork(`formula/${i}`))));
  it('response formulas (60): compile or are refused with a FormulaError; compiled ones always return numbers', () => {
    expectNone(formulas(), SAFE);
  });
  it('response formulas: the app words every refusal without raw text (a formula that gives NaN says "ikke et tall")', () =>
    expectNone(formulas(), WORDED));
});

describe('fuzz sample (the spawned CLI)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fls-fuzz-sample-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('simulate with 16 mutated argument lists: exit 2 naming the field, or clean JSON', async () => {
    const built = spawnSync(process.execPath, [path.join(repoRoot, 'src/cli/run.mjs'), 'simulate', '--help'], {
      encoding: 'utf8',
    });
    expect(built.status, built.stderr).toBe(0);
    const bundle = path.join(repoRoot, 'node_modules/.cache/fastlegesimulatoren/simulate.mjs');
    const tally = new Tally(3);
    for (let i = 0; i < 16; i += 2) {
      const pair = await Promise.all(
        [i, i + 1].map((k) => judgeCli(cliCase(r.fork(`cli/${k}`), dir, k), bundle, 90_000)),
      );
      for (const j of pair) tally.add('CLI', j.label, j.verdict);
    }
    expectNone(tally, [...SAFE, ...WORDED]);
  }, 180_000);
});

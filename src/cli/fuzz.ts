/**
 * `npm run fuzz [-- --cases N] [--seed S] [--only node|browser]`: a seeded fuzz suite over share links, scenario
 * files, saved-scenario imports, response formulas and `simulate` arguments, in Node and in headless Chromium
 * (10 000 cases by default). Prints a table of counts per category and the first failures of each kind, and
 * exits 1 when any case was refused without naming a field, failed unhandled, showed raw JavaScript text or
 * lost a save. Not part of `npm test` (test/fuzz holds a small seeded sample that is).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os, { availableParallelism } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './browserHarness.ts';
import { cliCase, judgeCli } from './fuzzCli.ts';
import {
  formulaCase,
  importFileCase,
  judgeFormula,
  judgeImportFile,
  judgeLink,
  judgeScenarioFile,
  linkCase,
  scenarioFileCase,
} from './fuzzNode.ts';
import { knownRegions, planCases, type Plan } from './fuzzPlan.ts';
import { rand } from './fuzzRandom.ts';
import { Tally } from './fuzzVerdict.ts';

const USAGE = 'usage: npm run fuzz -- [--cases N] [--seed S] [--only node|browser]';

interface Options {
  cases: number;
  seed: string;
  only: 'node' | 'browser' | undefined;
}

function parseOptions(argv: readonly string[]): Options | string {
  const o: Options = { cases: 10_000, seed: '1', only: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [name, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const value = inline ?? argv[++i];
    if (value === undefined) return `${name}: expected a value`;
    if (name === '--cases') {
      if (!/^\d{1,7}$/.test(value) || Number(value) < 1)
        return `--cases: expected a whole number from 1 to 9999999, got ${JSON.stringify(value)}`;
      o.cases = Number(value);
    } else if (name === '--seed') {
      if (!/^[\w-]{1,40}$/.test(value))
        return `--seed: expected 1-40 letters, digits, "-" or "_", got ${JSON.stringify(value.slice(0, 40))}`;
      o.seed = value;
    } else if (name === '--only') {
      if (value !== 'node' && value !== 'browser')
        return `--only: expected "node" or "browser", got ${JSON.stringify(value.slice(0, 40))}`;
      o.only = value;
    } else return `unknown option ${JSON.stringify(a.slice(0, 40))} (${USAGE})`;
  }
  return o;
}

/** Runs `tasks` with at most `limit` at a time. */
async function pool<T>(tasks: readonly (() => Promise<T>)[], limit: number, each: (x: T) => void): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) each(await tasks[next++]!());
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}

async function runNode(plan: Plan, seed: string, tally: Tally, progress: (n: number) => void): Promise<void> {
  const r = rand(seed);
  const regions = knownRegions();
  for (let i = 0; i < plan['node: share links']; i++) {
    const j = judgeLink(linkCase(r.fork(`link/${i}`), 300_000));
    tally.add('node: share links', j.label, j.verdict);
    progress(1);
  }
  for (let i = 0; i < plan['node: scenario files']; i++) {
    const j = judgeScenarioFile(scenarioFileCase(r.fork(`file/${i}`), 300_000));
    tally.add('node: scenario files', j.label, j.verdict);
    progress(1);
  }
  for (let i = 0; i < plan['node: imported files']; i++) {
    const j = judgeImportFile(importFileCase(r.fork(`import/${i}`), 300_000), regions);
    tally.add('node: imported files', j.label, j.verdict);
    progress(1);
  }
  for (let i = 0; i < plan['node: formulas']; i++) {
    const j = judgeFormula(formulaCase(r.fork(`formula/${i}`)));
    tally.add('node: formulas', j.label, j.verdict);
    progress(1);
  }
  const n = plan['node: CLI arguments'];
  if (n === 0) return;
  // the CLI as `npm run simulate` runs it: build the bundle once, then spawn it directly
  const built = spawnSync(process.execPath, [path.join(REPO_ROOT, 'src/cli/run.mjs'), 'simulate', '--help'], {
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`could not build the simulate bundle: ${built.stderr.split('\n')[0]}`);
  const bundle = path.join(REPO_ROOT, 'node_modules/.cache/fastlegesimulatoren/simulate.mjs');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fls-fuzz-cli-'));
  try {
    const tasks = Array.from({ length: n }, (_, i) => () => judgeCli(cliCase(r.fork(`cli/${i}`), dir, i), bundle));
    await pool(tasks, Math.max(1, availableParallelism()), (j) => {
      tally.add('node: CLI arguments', j.label, j.verdict);
      progress(1);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const o = parseOptions(process.argv.slice(2));
  if (typeof o === 'string') {
    process.stderr.write(`error: ${o}\n`);
    return 2;
  }
  const plan = planCases(o.cases, o.only);
  const started = performance.now();
  const tally = new Tally();
  let done = 0;
  let shown = 0;
  const progress = (n: number) => {
    done += n;
    const pct = Math.floor((done / o.cases) * 10);
    if (pct > shown) {
      shown = pct;
      process.stderr.write(`fuzz: ${done}/${o.cases} cases (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
    }
  };
  await runNode(plan, o.seed, tally, progress);
  const browserCases = plan['browser: share links'] + plan['browser: imported files'];
  if (browserCases > 0) {
    const { runBrowserFuzz } = await import('./fuzzBrowser.ts');
    await runBrowserFuzz(plan, o.seed, tally, progress);
  }
  const seconds = (performance.now() - started) / 1000;
  const out: string[] = [
    `Fuzz: ${o.cases} cases, seed ${o.seed}${o.only ? `, ${o.only} only` : ''}, ${seconds.toFixed(0)} s`,
    '',
    tally.table(),
  ];
  if (tally.failures.length > 0) {
    out.push('', 'Failures (the first of each kind per category):');
    for (const f of tally.failures) out.push(`- [${f.category}] ${f.kind}: ${f.detail}`, `    input: ${f.input}`);
  }
  process.stdout.write(out.join('\n') + '\n');
  return tally.problems() > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);

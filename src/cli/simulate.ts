/**
 * `npm run simulate`: Monte Carlo projection for a scenario and region, printed to stdout as JSON or CSV.
 * Bad input exits with code 2 and one message on stderr naming the field; nothing is printed to stdout.
 */
import { readFileSync } from 'node:fs';
import { summarizeRuns } from '../engine/run/monteCarlo.ts';
import { runMonteCarloParallel } from './parallel.ts';
import { parseSimulateArgs, SIMULATE_USAGE } from './simulateArgs.ts';
import { toCsv, toOutput } from './output.ts';

async function main(): Promise<number> {
  const args = parseSimulateArgs(process.argv.slice(2), (p) => readFileSync(p, 'utf8'));
  if (!args.ok) {
    process.stderr.write(`error: ${args.error}\n`);
    return 2;
  }
  if ('help' in args) {
    process.stdout.write(SIMULATE_USAGE + '\n');
    return 0;
  }
  const req = args.request;
  const mc = await runMonteCarloParallel(
    { scenario: req.scenario, start: 'projection', endYear: req.to },
    { runs: req.runs, seed: req.seed, members: req.region.members, ...(req.threads ? { threads: req.threads } : {}) },
  );
  const out = toOutput(req.scenario, req.region, req.seed, req.runs, mc.years, summarizeRuns(mc), req.from);
  process.stdout.write(req.format === 'csv' ? toCsv(out) : JSON.stringify(out, null, 1) + '\n');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`error: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);

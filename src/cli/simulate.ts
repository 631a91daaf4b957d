/**
 * `npm run -s simulate`: Monte Carlo projection for a scenario and region, printed to stdout as JSON or CSV.
 * Bad input exits with code 2 and one line on stderr naming the field; nothing is printed to stdout. An internal
 * failure exits 1 with one line (no stack trace); a reader that closes the pipe early (`| head`) ends it quietly.
 */
import { summarizeRuns } from '../engine/run/monteCarlo.ts';
import { runMonteCarloParallel } from './parallel.ts';
import { oneLine } from './oneLine.ts';
import { readTextFile } from './readTextFile.ts';
import { parseSimulateArgs, SIMULATE_USAGE } from './simulateArgs.ts';
import { toCsv, toOutput } from './output.ts';

async function main(): Promise<number> {
  const args = parseSimulateArgs(process.argv.slice(2), (p) => readTextFile(p));
  if (!args.ok) {
    process.stderr.write(`error: ${oneLine(args.error)}\n`);
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

// `simulate | head`: the reader has gone, so there is no one left to tell
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`error: cannot write the output (${e.code ?? oneLine(e.message)})\n`);
  process.exit(1);
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`error: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    process.exitCode = 1;
  },
);

/**
 * `npm run backtest [-- --until YEAR | --defaults] [--runs N] [--format json]`: runs the engine from 31 Dec 2019
 * (built from 2019 data only) with the real 2020-2025 policy history and prints model vs actual, the error and the
 * target for every year and indicator: the central (deterministic) run, and the national count of residents without a
 * GP as the app estimates it, the mean of N Monte Carlo runs (default 200, seed 1; 0 leaves it out). By default the
 * calibrated assumptions and the municipal response are fitted on 2019-2022 only (fit.ts) and 2023-2025 are out of
 * sample; `--defaults` uses the registry defaults (fitted on 2019-2025: all in sample).
 * Exits 1 when a target of the central run is missed, 2 on bad arguments.
 */
import { backtestPlan, evaluateBacktest } from '../engine/index.ts';
import { backtestMonteCarlo } from '../engine/run/backtest.ts';
import { LAST_OBSERVED_YEAR } from '../engine/validation/calibrate.ts';
import { backtestFittedUntil } from '../engine/validation/fit.ts';
import { option } from './option.ts';

function main(args: readonly string[]): number {
  const format = option(args, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json') {
    process.stderr.write(`error: --format: expected "text" or "json", got "${format}"\n`);
    return 2;
  }
  const runsText = option(args, 'runs') ?? '200';
  const runs = Number(runsText);
  if (!/^\d+$/.test(runsText) || runs > 5000) {
    process.stderr.write(`error: --runs: expected a whole number from 0 to 5000, got "${runsText}"\n`);
    return 2;
  }
  const useDefaults = args.includes('--defaults');
  const untilText = option(args, 'until') ?? '2022';
  const until = Number(untilText);
  if (!/^\d{4}$/.test(untilText) || until < 2020 || until > LAST_OBSERVED_YEAR) {
    process.stderr.write(`error: --until: expected a year from 2020 to ${LAST_OBSERVED_YEAR}, got "${untilText}"\n`);
    return 2;
  }
  let report;
  let heading;
  let plan;
  if (useDefaults) {
    plan = backtestPlan();
    report = evaluateBacktest(plan);
    heading = 'registry defaults (calibrated on 2019-2025: every year is in sample)';
  } else {
    const fitted = backtestFittedUntil(until, {
      onStep: (step) => process.stderr.write(`${step} on data up to ${until}\n`),
    });
    const fit = fitted.fit;
    report = fitted.report;
    plan = fitted.plan;
    heading = `assumptions calibrated on 2019-${until} only, municipal response ${fit.spread.localResponseRate} chosen on the same years (npm run calibrate -- --until ${until}); later years are out of sample`;
  }
  const seed = 1;
  if (runs > 0) process.stderr.write(`${runs} Monte Carlo runs\n`);
  const mcRows = runs > 0 ? backtestMonteCarlo(plan, runs, seed, report.calibratedUntil) : [];
  if (format === 'json') {
    const out = runs > 0 ? { ...report, monteCarlo: { runs, seed, rows: mcRows } } : report;
    process.stdout.write(JSON.stringify(out, null, 1) + '\n');
    return report.pass ? 0 : 1;
  }
  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (x: number) => Math.round(x).toLocaleString('en-US');
  const lines = [
    `Backtest: start 31 Dec 2019 from 2019 data only, real policy 2020-2025, central (deterministic) run, ${heading}`,
    '',
    `${pad('indicator', 22)}${pad('year', 6)}${pad('sample', 8)}${pad('model', 12)}${pad('actual', 12)}${pad('error', 9)}${pad('target', 8)}result`,
  ];
  for (const r of report.rows) {
    lines.push(
      `${pad(r.indicator, 22)}${pad(String(r.year), 6)}${pad(r.sample, 8)}${pad(num(r.model), 12)}${pad(num(r.actual), 12)}${pad(`${(r.error * 100).toFixed(1)} %`, 9)}${pad(`±${r.tolerance * 100} %`, 8)}${r.pass ? 'ok' : 'MISS'}${r.note ? `  (${r.note})` : ''}`,
    );
  }
  const missed = (sample: 'in' | 'out') => report.rows.filter((r) => r.sample === sample && !r.pass).length;
  const count = (sample: 'in' | 'out') => report.rows.filter((r) => r.sample === sample).length;
  if (mcRows.length > 0) {
    lines.push(
      '',
      `Residents without a GP as the app estimates them: the mean of ${runs} Monte Carlo runs (seed ${seed}), same start and assumptions`,
      '',
      `${pad('year', 6)}${pad('sample', 8)}${pad('mean', 12)}${pad('p10-p90', 20)}${pad('actual', 12)}${pad('error', 9)}${pad('target', 8)}result`,
    );
    for (const r of mcRows)
      lines.push(
        `${pad(String(r.year), 6)}${pad(r.sample, 8)}${pad(num(r.mean), 12)}${pad(`${num(r.p10)}-${num(r.p90)}`, 20)}${pad(num(r.actual), 12)}${pad(`${(r.error * 100).toFixed(1)} %`, 9)}${pad(`±${r.tolerance * 100} %`, 8)}${r.pass ? 'ok' : 'MISS'}${r.covered ? '' : '  (outside p10-p90)'}`,
      );
  }
  lines.push('', `Residents without a GP fall after 2023: ${report.turnsDownAfter2023 ? 'yes' : 'NO'}`);
  lines.push(
    `In sample: ${count('in') - missed('in')} of ${count('in')} rows within target; out of sample: ${count('out') - missed('out')} of ${count('out')}.`,
    `Overall: ${report.pass ? 'all targets met' : 'targets missed'}`,
    '',
    ...report.notes.map((n) => `note: ${n}`),
  );
  process.stdout.write(lines.join('\n') + '\n');
  return report.pass ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));

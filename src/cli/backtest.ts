/**
 * `npm run backtest [-- --until YEAR | --defaults] [--format json]`: runs the engine from 31 Dec 2019 (built from
 * 2019 data only) with the real 2020-2025 policy history and prints model vs actual, the error and the target for
 * every year and indicator. By default the calibrated assumptions and the municipal response are fitted on 2019-2022
 * only (fit.ts) and 2023-2025 are out of sample; `--defaults` uses the registry defaults (fitted on 2019-2025: all in sample).
 * Exits 1 when a target is missed, 2 on bad arguments.
 */
import { backtestPlan, evaluateBacktest } from '../engine/index.ts';
import { LAST_OBSERVED_YEAR } from '../engine/validation/calibrate.ts';
import { backtestFittedUntil } from '../engine/validation/fit.ts';
import { option } from './option.ts';

function main(args: readonly string[]): number {
  const format = option(args, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json') {
    process.stderr.write(`error: --format: expected "text" or "json", got "${format}"\n`);
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
  if (useDefaults) {
    report = evaluateBacktest(backtestPlan());
    heading = 'registry defaults (calibrated on 2019-2025: every year is in sample)';
  } else {
    const fitted = backtestFittedUntil(until, {
      onStep: (step) => process.stderr.write(`${step} on data up to ${until}\n`),
    });
    const fit = fitted.fit;
    report = fitted.report;
    heading = `assumptions calibrated on 2019-${until} only, municipal response ${fit.spread.localResponseRate} chosen on the same years (npm run calibrate -- --until ${until}); later years are out of sample`;
  }
  if (format === 'json') {
    process.stdout.write(JSON.stringify(report, null, 1) + '\n');
    return report.pass ? 0 : 1;
  }
  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (x: number) => Math.round(x).toLocaleString('en-US');
  const lines = [
    `Backtest: start 31 Dec 2019 from 2019 data only, real policy 2020-2025, deterministic run, ${heading}`,
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

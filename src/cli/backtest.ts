/**
 * `npm run backtest [-- --format json]`: runs the engine from 31 Dec 2019 with the real 2020-2025 policy
 * history and prints model vs actual, the error and the target for every year and indicator.
 * Exits 1 when a target is missed.
 */
import { backtestPlan, evaluateBacktest } from '../engine/backtest.ts';

const args = process.argv.slice(2);
const fmtIdx = args.indexOf('--format');
const format = fmtIdx >= 0 ? args[fmtIdx + 1] : (args.find((a) => a.startsWith('--format='))?.slice(9) ?? 'text');
if (format !== 'text' && format !== 'json') {
  process.stderr.write(`error: --format: expected "text" or "json", got "${format}"\n`);
  process.exit(2);
}
const report = evaluateBacktest(backtestPlan());
if (format === 'json') {
  process.stdout.write(JSON.stringify(report, null, 1) + '\n');
} else {
  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (x: number) => Math.round(x).toLocaleString('en-US');
  const lines = [
    'Backtest: start 31 Dec 2019, real policy 2020-2025, deterministic run, default assumptions',
    '',
    `${pad('indicator', 22)}${pad('year', 6)}${pad('model', 12)}${pad('actual', 12)}${pad('error', 9)}${pad('target', 8)}result`,
  ];
  for (const r of report.rows) {
    lines.push(
      `${pad(r.indicator, 22)}${pad(String(r.year), 6)}${pad(num(r.model), 12)}${pad(num(r.actual), 12)}${pad(`${(r.error * 100).toFixed(1)} %`, 9)}${pad(`±${r.tolerance * 100} %`, 8)}${r.pass ? 'ok' : 'MISS'}${r.note ? `  (${r.note})` : ''}`,
    );
  }
  lines.push('', `Residents without a GP fall after 2023: ${report.turnsDownAfter2023 ? 'yes' : 'NO'}`);
  lines.push(
    `Overall: ${report.pass ? 'all targets met' : 'targets missed'}`,
    '',
    ...report.notes.map((n) => `note: ${n}`),
  );
  process.stdout.write(lines.join('\n') + '\n');
}
process.exitCode = report.pass ? 0 : 1;

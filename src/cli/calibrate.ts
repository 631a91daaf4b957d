/**
 * `npm run calibrate [-- --until YEAR] [--passes N] [--from defaults|midpoint]`: fits every assumption marked
 * "calibrated" on data up to YEAR only (default 2025; src/engine/validation/fit.ts): the national ones within their
 * registry ranges on the backtest from 2019, the municipal spread and response on a municipal hindcast, and prints
 * the best values. It never writes files: defaults are set by hand in
 * src/levers/assumptions.ts from its output, so every change is reviewed. See src/engine/validation/calibrate.ts.
 */
import { getAssumption } from '../levers/assumptions.ts';
import { LAST_OBSERVED_YEAR } from '../engine/validation/calibrate.ts';
import { fitUntil } from '../engine/validation/fit.ts';
import { option } from './option.ts';

function main(args: readonly string[]): number {
  const untilText = option(args, 'until') ?? String(LAST_OBSERVED_YEAR);
  const until = Number(untilText);
  if (!/^\d{4}$/.test(untilText) || until < 2020 || until > LAST_OBSERVED_YEAR) {
    process.stderr.write(`error: --until: expected a year from 2020 to ${LAST_OBSERVED_YEAR}, got "${untilText}"\n`);
    return 2;
  }
  const passesText = option(args, 'passes') ?? '6';
  const passes = Number(passesText);
  if (!Number.isInteger(passes) || passes < 1 || passes > 12) {
    process.stderr.write(`error: --passes: expected a whole number from 1 to 12, got "${passesText}"\n`);
    return 2;
  }
  const from = option(args, 'from') ?? 'midpoint';
  if (from !== 'midpoint' && from !== 'defaults') {
    process.stderr.write(`error: --from: expected "midpoint" or "defaults", got "${from}"\n`);
    return 2;
  }
  const fit = fitUntil(until, {
    passes,
    from,
    onStep: (step) => process.stderr.write(`${step}\n`),
    onPass: (pass, loss) => process.stderr.write(`pass ${pass}: loss ${loss.toFixed(3)}\n`),
  });
  const res = fit.calibration;
  const parts = Object.fromEntries(Object.entries(res.parts).map(([k, v]) => [k, +v.toFixed(3)]));
  process.stdout.write(
    `Calibrated assumptions on data 2019-${until} (loss ${res.loss.toFixed(3)}; parts ${JSON.stringify(parts)}):\n`,
  );
  process.stdout.write(
    `The last five chosen on a municipal hindcast ${fit.spread.innerOrigin}→${until} (spread.ts), the others calibrated with the response and the fill time held:\n`,
  );
  const fixed = (xs: readonly number[], scale: number, digits: number) =>
    xs.map((x) => (x * scale).toFixed(digits)).join(' ');
  process.stdout.write(
    `  (in sample: Brier of a list without a GP by fill time ${fixed(fit.spread.brierByFillYears, 1, 4)}; list CRPS by list-patient drift ${fixed(fit.spread.listCrpsByDrift, 1, 1)}; share CRPS by response ${fixed(fit.spread.shareCrpsByResponseRate, 100, 2)})\n`,
  );
  for (const [id, v] of Object.entries(fit.assumptions)) {
    const spec = getAssumption(id)!;
    process.stdout.write(
      `  ${id.padEnd(30)} ${v.toPrecision(4).padStart(9)}   (default ${spec.default}, range ${spec.min}-${spec.max})\n`,
    );
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));

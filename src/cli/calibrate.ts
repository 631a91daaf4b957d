/**
 * `npm run calibrate`: searches the assumptions marked "calibrated" (within their registry ranges) for the
 * values that best reproduce 2019-2025: GPs and mean list length (errors scaled by their ±5 % targets),
 * residents without a GP (scaled by ±30 %, plus a penalty if it does not fall after 2023) and GP legevakt
 * hours in 2020 (≈ 28.6 h/month, S14). Bounded coordinate search; it prints the result and never writes
 * files: defaults are set by hand in src/levers/assumptions.ts from its output, so every change is reviewed.
 * One parameter set for all years: nothing is fitted year by year.
 */
import { ASSUMPTIONS, getAssumption } from '../levers/assumptions.ts';
import { evaluateBacktest } from '../engine/backtest.ts';
import { regionResults, resultIndex } from '../engine/results.ts';
import { preparePlan, runDeterministic } from '../engine/simulate.ts';

const ON_CALL_2020 = 6.6 * (52 / 12); // S14: 55.6 - 49.0 h/week averaged over all GPs

export function calibrationLoss(overrides: Record<string, number>): { loss: number; parts: Record<string, number> } {
  const plan = preparePlan({ start: 'backtest', endYear: 2025, assumptions: overrides });
  const run = runDeterministic(plan);
  const rep = evaluateBacktest(plan, run);
  const parts: Record<string, number> = { nGps: 0, meanListLength: 0, nResidentsWithoutGp: 0, turn: 0, onCall: 0 };
  for (const r of rep.rows) {
    if (r.year === plan.start.year) continue;
    parts[r.indicator] = parts[r.indicator]! + (r.error / r.tolerance) ** 2;
  }
  parts.turn = rep.turnsDownAfter2023 ? 0 : 4;
  const all = Int32Array.from({ length: plan.start.nM }, (_, i) => i);
  const res = regionResults(run, all, plan.assumptions.shiftHours);
  const onCall = res[resultIndex('onCallHoursPerGpPerMonth') * plan.calendar.nYears]!;
  parts.onCall = ((onCall - ON_CALL_2020) / ON_CALL_2020 / 0.05) ** 2;
  return { loss: Object.values(parts).reduce((a, b) => a + b, 0), parts };
}

export const CALIBRATED_IDS = ASSUMPTIONS.filter((a) => a.source.kind === 'calibrated').map((a) => a.id);

export function calibrate(
  ids: readonly string[] = CALIBRATED_IDS,
  passes = 4,
  steps = 9,
): { best: Record<string, number>; loss: number } {
  const best: Record<string, number> = Object.fromEntries(ids.map((id) => [id, getAssumption(id)!.default]));
  let bestLoss = calibrationLoss(best).loss;
  for (let pass = 0; pass < passes; pass++) {
    for (const id of ids) {
      const spec = getAssumption(id)!;
      const width = (spec.max - spec.min) / 2 ** pass;
      const lo = Math.max(spec.min, best[id]! - width / 2);
      const hi = Math.min(spec.max, best[id]! + width / 2);
      for (let i = 0; i < steps; i++) {
        const v = lo + ((hi - lo) * i) / (steps - 1);
        const trial = { ...best, [id]: v };
        const l = calibrationLoss(trial).loss;
        if (l < bestLoss) {
          bestLoss = l;
          best[id] = v;
        }
      }
    }
    process.stderr.write(`pass ${pass + 1}: loss ${bestLoss.toFixed(3)}\n`);
  }
  return { best, loss: bestLoss };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { best, loss } = calibrate(CALIBRATED_IDS, Number(process.argv[2] ?? 6));
  const { parts } = calibrationLoss(best);
  process.stdout.write(
    `Calibrated assumptions (loss ${loss.toFixed(3)}; parts ${JSON.stringify(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, +v.toFixed(3)])))}):\n`,
  );
  for (const [id, v] of Object.entries(best)) {
    const spec = getAssumption(id)!;
    process.stdout.write(
      `  ${id.padEnd(30)} ${v.toPrecision(4).padStart(9)}   (default ${spec.default}, range ${spec.min}-${spec.max})\n`,
    );
  }
}

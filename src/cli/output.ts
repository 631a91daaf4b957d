/** Formats Monte Carlo summaries for the CLI: the documented JSON shape, or CSV (result,year,p10,p50,p90,mean). */
import type { McSummary } from '../engine/run/monteCarlo.ts';
import type { Region } from '../engine/run/regions.ts';
import type { Scenario } from '../engine/run/scenario.ts';
import { RESULT_IDS } from '../engine/run/results.ts';

export interface SimulationOutput {
  scenario: { id: string; name: string };
  region: { type: string; code: string; name: string; imputed: boolean };
  seed: number;
  runs: number;
  years: number[];
  /** Per result: the 10th, 50th and 90th percentile over the runs, and their mean (the expected value). */
  series: Record<string, { p10: number[]; p50: number[]; p90: number[]; mean: number[] }>;
}

const round = (x: number) => (Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 1e4) / 1e4);

export function toOutput(
  scenario: Scenario,
  region: Region,
  seed: number,
  runs: number,
  allYears: readonly number[],
  summary: McSummary,
  from: number,
): SimulationOutput {
  const first = allYears.indexOf(from);
  const years = allYears.slice(first);
  const series: SimulationOutput['series'] = {};
  for (const id of RESULT_IDS) {
    const b = summary[id];
    series[id] = {
      p10: b.p10.slice(first).map(round),
      p50: b.p50.slice(first).map(round),
      p90: b.p90.slice(first).map(round),
      mean: b.mean.slice(first).map(round),
    };
  }
  return {
    scenario: { id: scenario.id, name: scenario.name.nb },
    region: { type: region.type, code: region.code, name: region.name, imputed: region.imputed },
    seed,
    runs,
    years: [...years],
    series,
  };
}

export function toCsv(out: SimulationOutput): string {
  const lines = ['result,year,p10,p50,p90,mean'];
  for (const [id, b] of Object.entries(out.series)) {
    out.years.forEach((y, i) => lines.push(`${id},${y},${b.p10[i]},${b.p50[i]},${b.p90[i]},${b.mean[i]}`));
  }
  return lines.join('\n') + '\n';
}

/**
 * Compares a chart's table view with the engine's numbers: for each series of the chart (src/ui/chartSpecs.ts)
 * the "Dagens politikk" and "Ditt scenario" columns (and p10/p90 when given) must equal the engine's values,
 * scaled as the chart shows them, to the last digit the table prints.
 */
import { RESULT_SPECS } from '../../src/engine/run/results.ts';
import type { ResultId } from '../../src/engine/index.ts';
import type { ChartSpec } from '../../src/ui/chartSpecs.ts';
import { parseNb, type TableData } from './app.ts';

type Series = Readonly<Record<ResultId, readonly number[]>>;

export interface Expected {
  readonly years: readonly number[];
  readonly baseline: Series;
  readonly current: Series;
  readonly p10?: Series;
  readonly p90?: Series;
}

function scaled(spec: ChartSpec, v: number): number {
  return spec.scale === 'percent' ? v * 100 : spec.scale === 'millNok' ? v / 1e6 : v;
}

/** The column headers the table must have for these series (Norwegian). */
export function expectedColumns(spec: ChartSpec, exp: Expected): Map<string, (id: ResultId) => readonly number[]> {
  const multi = spec.series.length > 1;
  const cols = new Map<string, (id: ResultId) => readonly number[]>();
  for (const s of spec.series) {
    const label = RESULT_SPECS.find((r) => r.id === s.result)!.label.nb;
    const pre = multi ? `${label}: ` : '';
    cols.set(`${pre}Dagens politikk|${s.result}`, (id) => exp.baseline[id]);
    cols.set(`${pre}Ditt scenario|${s.result}`, (id) => exp.current[id]);
    if (exp.p10) cols.set(`${pre}p10|${s.result}`, (id) => exp.p10![id]);
    if (exp.p90) cols.set(`${pre}p90|${s.result}`, (id) => exp.p90![id]);
  }
  return cols;
}

/** Every mismatch between the table and the engine, as readable lines (empty when they agree). */
export function tableMismatches(spec: ChartSpec, table: TableData, exp: Expected): string[] {
  const out: string[] = [];
  for (const [key, pick] of expectedColumns(spec, exp)) {
    const [header, result] = key.split('|') as [string, ResultId];
    const col = table.headers.indexOf(header);
    if (col < 0) {
      out.push(`${spec.id}: no column "${header}" in ${JSON.stringify(table.headers)}`);
      continue;
    }
    const values = pick(result);
    exp.years.forEach((year, yi) => {
      const cell = table.rows.get(year)?.[col];
      if (cell === undefined) {
        out.push(`${spec.id} ${header} ${year}: no row`);
        return;
      }
      const want = scaled(spec, values[yi]!);
      const got = parseNb(cell);
      if (got === null) {
        out.push(`${spec.id} ${header} ${year}: empty cell, engine ${want}`);
        return;
      }
      const tol = 0.5 * 10 ** -got.decimals + 1e-9 * Math.abs(want);
      if (Math.abs(got.value - want) > tol) out.push(`${spec.id} ${header} ${year}: table ${cell}, engine ${want}`);
    });
  }
  return out;
}

/** Cells that break the Norwegian number format (grouping must be NBSP, minus U+2212, decimal comma). */
export function formatProblems(table: TableData): string[] {
  const out: string[] = [];
  for (const [year, cells] of table.rows)
    for (const cell of cells) {
      if (cell === '') continue;
      if (/[-. ]/.test(cell)) out.push(`${year}: hyphen-minus, dot or plain space in ${JSON.stringify(cell)}`);
      const digits = cell.replace(/[^\d,]/g, '').split(',')[0]!;
      if (digits.length >= 5 && !cell.includes('\u00a0'))
        out.push(`${year}: no NBSP grouping in ${JSON.stringify(cell)}`);
    }
  return out;
}

/**
 * Every mismatch between one column of a table and values per year (in the units the chart plots, e.g. per cent),
 * to the last digit the table prints; for charts whose lines are not RESULT_SPECS series (the probabilities).
 */
export function columnMismatches(
  table: TableData,
  header: string,
  years: readonly number[],
  values: readonly number[],
): string[] {
  const col = table.headers.indexOf(header);
  if (col < 0) return [`no column "${header}" in ${JSON.stringify(table.headers)}`];
  const out: string[] = [];
  years.forEach((year, yi) => {
    const cell = table.rows.get(year)?.[col];
    const want = values[yi]!;
    const got = cell === undefined ? null : parseNb(cell);
    if (got === null) out.push(`${header} ${year}: no value (${JSON.stringify(cell)}), engine ${want}`);
    else if (Math.abs(got.value - want) > 0.5 * 10 ** -got.decimals + 1e-9 * Math.abs(want))
      out.push(`${header} ${year}: table ${cell}, engine ${want}`);
  });
  return out;
}

/**
 * Number formats and precision of the CSV and Excel exports, per unit: persons and GPs as whole numbers, hours and
 * NOK million with one decimal, shares as percent with one decimal; and column widths from the texts, so that a
 * sheet opens readable without manual work. DOM-free.
 */
import type { ChartScale } from '../chartSpecs.ts';

/** Decimals of a chart's values (in chart units: percent ×100, NOK in millions). */
export const SCALE_DECIMALS: Readonly<Record<ChartScale, number>> = { count: 0, decimal: 1, percent: 1, millNok: 1 };

/** Excel number format of a chart's values (percent written as a fraction, shown as %). */
export const SCALE_XLSX_FORMAT: Readonly<Record<ChartScale, string>> = {
  count: '#,##0',
  decimal: '#,##0.0',
  percent: '0.0%',
  millNok: '#,##0.0',
};

/** A value rounded to `d` decimals (−0 as 0). */
export function roundTo(v: number, d: number): number {
  if (!Number.isFinite(v)) return v;
  const k = 10 ** d;
  const r = Math.round(v * k) / k;
  return Object.is(r, -0) ? 0 : r;
}

/**
 * Decimals for a row or column named by a label with its unit: NOK million, hours and shares get one, persons,
 * GPs, lists and NOK (per resident) none.
 */
export function labelDecimals(label: string): number {
  return /mill|timer|hours|time|%|prosent|percent|andel|share/i.test(label) ? 1 : 0;
}

/** Excel format for a number of `d` decimals. */
export const decimalsFormat = (d: number): string => (d === 0 ? '#,##0' : `#,##0.${'0'.repeat(d)}`);

/** Column widths (characters) that show the header and every cell, within [8, 60]. */
export function columnWidths(
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[],
): { width: number }[] {
  const n = Math.max(header.length, ...rows.map((r) => r.length));
  return Array.from({ length: n }, (_, i) => {
    const texts = [header[i], ...rows.map((r) => r[i])].map((c) =>
      c === undefined ? 0 : typeof c === 'number' ? String(Math.round(c)).length + 4 : c.length,
    );
    return { width: Math.min(60, Math.max(8, Math.max(...texts) + 2)) };
  });
}

/**
 * Exports of one chart: PNG (16:9, 1920×1080 at 2× pixel density, white background, title and stamp drawn
 * in), CSV (nb-NO) and Excel (.xlsx, write-excel-file, loaded on first use). The numbers are those behind the
 * chart (the line, p10 and p90 per scenario and year when Monte Carlo has run), in the chart's units, rounded and
 * formatted per unit (tableFormat.ts), with a header in the UI's language and column widths that show the headers.
 * The analysis panel's figures share the PNG drawing (configPng, which draws the charts' too) and a sheet with a
 * format per column (columnsXlsx).
 */
import { Chart, type ChartConfiguration, type ChartOptions } from 'chart.js';
import { formatYear } from '../format.ts';
import { t } from '../i18n.ts';
import type { ChartData, ChartView } from '../chartView.ts';
import { toCsv } from './csv.ts';
import {
  columnWidths,
  decimalsFormat,
  labelDecimals,
  roundTo,
  SCALE_DECIMALS,
  SCALE_XLSX_FORMAT,
} from './tableFormat.ts';
import { withLargeFonts } from '../largeFonts.ts';

export const PNG_WIDTH = 1920;
export const PNG_HEIGHT = 1080;
export const PNG_SCALE = 2;

/** Header (in the UI's language) and rows (years down) in the chart's units. */
export function exportTable(
  view: ChartView,
  data: ChartData,
): { header: string[]; rows: (number | string | undefined)[][] } {
  const { years, cols } = view.tableColumns(data, true);
  return {
    header: [t('year'), ...cols.map((c) => c.head)],
    rows: years.map((y) => [
      formatYear(y),
      ...cols.map((c) => {
        const v = c.value(y);
        return v === undefined ? undefined : view.plotted(v);
      }),
    ]),
  };
}

/** The chart's table as CSV: values rounded to the unit's precision (whole persons, one decimal otherwise). */
export function chartCsv(view: ChartView, data: ChartData, stamp: readonly string[]): string {
  const { header, rows } = exportTable(view, data);
  const d = SCALE_DECIMALS[view.spec.scale];
  return toCsv(
    stamp,
    header,
    rows.map((r) => r.map((c, i) => (i > 0 && typeof c === 'number' ? roundTo(c, d) : c))),
  );
}

/** The comparison's sheet rounded for CSV: each row by its label's unit, the budget rows by their column's. */
export function roundedTableRows(
  rows: readonly (readonly (string | number | undefined)[])[],
): (string | number | undefined)[][] {
  let budgetHead: readonly (string | number | undefined)[] | null = null;
  return rows.map((r) => {
    if (r.length === 0 || r.slice(2).every((c) => typeof c === 'string')) {
      if (r.length > 0) budgetHead = r;
      return [...r];
    }
    return r.map((c, i) => {
      if (typeof c !== 'number') return c;
      const label = budgetHead ? String(budgetHead[i] ?? '') : String(r[0] ?? '');
      return roundTo(c, labelDecimals(label));
    });
  });
}

type Cell = { value: string | number; format?: string; fontWeight?: 'bold' } | null;

async function writeSheet(
  stamp: readonly string[],
  header: readonly string[],
  body: Cell[][],
  widths: { width: number }[],
): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const sheet = [
    ...stamp.map((s) => [{ value: s }]),
    [],
    header.map((h) => ({ value: h, fontWeight: 'bold' as const, wrap: true })),
    ...body,
  ];
  return writeXlsxFile(sheet, { sheet: 'Data', columns: widths }).toBlob();
}

/**
 * A sheet (stamp, blank row, header, rows) as an .xlsx blob; text cells stay text, numbers numbers, each number
 * formatted by its row's unit (a label with "mill", hours or percent: one decimal; else whole numbers) or, below
 * a header row of texts (the budget), by its column's.
 */
export async function tableXlsx(
  stamp: readonly string[],
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[],
): Promise<Blob> {
  let budgetHead: readonly (string | number | undefined)[] | null = null;
  const body: Cell[][] = rows.map((r) => {
    if (r.length > 0 && r.slice(2).every((c) => typeof c === 'string')) budgetHead = r;
    return r.map((c, i) => {
      if (c === undefined) return null;
      if (typeof c !== 'number') return { value: c };
      const label = budgetHead ? String(budgetHead[i] ?? '') : String(r[0] ?? '');
      return { value: c, format: decimalsFormat(labelDecimals(label)) };
    });
  });
  return writeSheet(stamp, header, body, columnWidths(header, rows));
}

/** How a column's numbers are written to Excel: their decimals, and whether they are percent (given ×100). */
export interface ColumnFormat {
  readonly decimals: number;
  readonly percent?: boolean;
}

/**
 * The cells of a sheet whose columns each have one unit (the analysis panel's tables): text stays text, a number
 * gets its column's format (percent given as 12.3 written as 0.123 in a % format); undefined: an empty cell, and a
 * number of a column without a format is written as it is.
 */
export function columnCells(
  rows: readonly (readonly (string | number | undefined)[])[],
  formats: readonly (ColumnFormat | undefined)[],
): Cell[][] {
  return rows.map((r) =>
    r.map((c, i) => {
      if (c === undefined) return null;
      if (typeof c !== 'number') return { value: c };
      const f = formats[i];
      if (!f) return { value: c };
      if (f.percent) return { value: c / 100, format: f.decimals === 0 ? '0%' : `0.${'0'.repeat(f.decimals)}%` };
      return { value: c, format: decimalsFormat(f.decimals) };
    }),
  );
}

/** A sheet (stamp, blank row, header, rows) as an .xlsx blob, each column's numbers in its format (columnCells). */
export async function columnsXlsx(
  stamp: readonly string[],
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[],
  formats: readonly (ColumnFormat | undefined)[],
): Promise<Blob> {
  return writeSheet(stamp, header, columnCells(rows, formats), columnWidths(header, rows));
}

/** The chart's table as .xlsx: years as numbers, values in the unit's format (percent as %, one decimal). */
export async function chartXlsx(view: ChartView, data: ChartData, stamp: readonly string[]): Promise<Blob> {
  const { header, rows } = exportTable(view, data);
  const scale = view.spec.scale;
  const body: Cell[][] = rows.map((r) =>
    r.map((c, i) =>
      c === undefined
        ? null
        : i === 0
          ? { value: Number(c), format: '0' }
          : { value: scale === 'percent' ? (c as number) / 100 : (c as number), format: SCALE_XLSX_FORMAT[scale] },
    ),
  );
  return writeSheet(stamp, header, body, columnWidths(header, rows));
}

/** Draws the title above and the stamp below the plot, on white. */
function stampPlugin(title: string, stamp: readonly string[]) {
  return {
    id: 'exportStamp',
    beforeDraw(chart: Chart) {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, width, height);
      ctx.restore();
    },
    afterDraw(chart: Chart) {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.fillStyle = '#1a1a1a';
      ctx.textBaseline = 'top';
      ctx.font = '600 40px "Inter Variable", Inter, system-ui, sans-serif';
      ctx.fillText(title, 48, 28);
      ctx.font = '22px "Inter Variable", Inter, system-ui, sans-serif';
      stamp.forEach((line, i) => {
        ctx.fillText(line, 48, height - 40 - (stamp.length - i) * 30, width - 96);
      });
      ctx.restore();
    },
  };
}

/** The chart re-rendered off screen at presentation size, as a PNG blob (configPng: both its axes have titles). */
export async function chartPng(
  view: ChartView,
  data: ChartData,
  title: string,
  stamp: readonly string[],
): Promise<Blob> {
  const { datasets, options } = view.config(data);
  return configPng({ type: 'line', data: { datasets }, options } as ChartConfiguration, title, stamp);
}

/**
 * A chart configuration (a chart's, or the analysis panel's bars and frontier) drawn off screen at presentation size:
 * 16:9, 1920×1080 at 2×, white, larger text, title and stamp drawn in, no tooltip. `config` must be the caller's own copy
 * (Chart.js keeps and mutates what it is given); an axis without a title on the page gets none here.
 */
export async function configPng(config: ChartConfiguration, title: string, stamp: readonly string[]): Promise<Blob> {
  await document.fonts?.ready;
  const canvas = document.createElement('canvas');
  // the CSS size; Chart.js sets the backing store to devicePixelRatio times it
  canvas.width = PNG_WIDTH;
  canvas.height = PNG_HEIGHT;
  canvas.style.width = `${PNG_WIDTH}px`;
  canvas.style.height = `${PNG_HEIGHT}px`;
  const options = (config.options ?? {}) as ChartOptions<'line'>;
  const large = withLargeFonts(options, 20);
  for (const id of ['x', 'y'] as const) {
    const scale = large.scales?.[id];
    if (scale && !options.scales?.[id]?.title?.display) scale.title = { ...scale.title, display: false };
  }
  const chart = new Chart(canvas, {
    ...config,
    options: {
      ...options,
      responsive: false,
      maintainAspectRatio: false,
      animation: false,
      devicePixelRatio: PNG_SCALE,
      layout: { padding: { top: 100, bottom: 40 + stamp.length * 30 + 20, left: 40, right: 60 } },
      ...large,
      plugins: { ...large.plugins, tooltip: { enabled: false } },
    },
    plugins: [...(config.plugins ?? []), stampPlugin(title, stamp)],
  } as ChartConfiguration);
  try {
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
    );
  } finally {
    chart.destroy();
  }
}

/**
 * Exports of one chart: PNG (16:9, 1920×1080 at 2× pixel density, white background, title and stamp drawn
 * in), CSV (nb-NO) and Excel (.xlsx, write-excel-file, loaded on first use). The numbers are those behind the
 * chart (p10/p50/p90 per scenario and year when Monte Carlo has run), in the chart's units, rounded and formatted
 * per unit (tableFormat.ts), with a header in the UI's language and column widths that show the headers.
 */
import { Chart } from 'chart.js';
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

/** The chart re-rendered off screen at presentation size, as a PNG blob. */
export async function chartPng(
  view: ChartView,
  data: ChartData,
  title: string,
  stamp: readonly string[],
): Promise<Blob> {
  await document.fonts?.ready;
  const canvas = document.createElement('canvas');
  // the CSS size; Chart.js sets the backing store to devicePixelRatio times it
  canvas.width = PNG_WIDTH;
  canvas.height = PNG_HEIGHT;
  canvas.style.width = `${PNG_WIDTH}px`;
  canvas.style.height = `${PNG_HEIGHT}px`;
  const { datasets, options } = view.config(data);
  const large = withLargeFonts(options, 20);
  const chart = new Chart(canvas, {
    type: 'line',
    data: { datasets },
    options: {
      ...options,
      responsive: false,
      maintainAspectRatio: false,
      animation: false,
      devicePixelRatio: PNG_SCALE,
      layout: { padding: { top: 100, bottom: 40 + stamp.length * 30 + 20, left: 40, right: 60 } },
      ...large,
      plugins: {
        ...large.plugins,
        tooltip: { enabled: false },
      },
    },
    plugins: [stampPlugin(title, stamp)],
  });
  try {
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
    );
  } finally {
    chart.destroy();
  }
}

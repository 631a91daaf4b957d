/**
 * An analysis figure's "Eksporter" menu, the main charts' own (exportMenu.ts) with PNG, CSV and Excel; after a pick
 * the focus goes back to its button. The PNG is the
 * figure's chart drawn at presentation size with its title and stamp (export/chartExport.ts configPng), the CSV and
 * .xlsx its table with the units in the header (exportTable.ts), the files named as the charts' (export/fileName.ts).
 * The exporters load on first use.
 */
import type { ChartConfiguration } from 'chart.js';
import { downloadBlob } from '../download.ts';
import { t } from '../i18n.ts';
import '../strings/later.ts';
import { exportFileName } from '../export/fileName.ts';
import { exportMenu as chartExportMenu, exportMenuButton, type ExportFormat } from '../exportMenu.ts';
import { exportHeader, figureCsv } from './exportTable.ts';
import type { FigureSpec } from './figure.ts';

export const FIGURE_FORMATS = ['png', 'csv', 'xlsx'] as const satisfies readonly ExportFormat[];
export type FigureFormat = (typeof FIGURE_FORMATS)[number];

/** The export menu of a figure; `describedBy` names the figure's heading, `announce` says the outcome. */
export function exportMenu(
  spec: FigureSpec,
  describedBy: string,
  announce: (text: string) => void,
): HTMLDetailsElement {
  return chartExportMenu(
    FIGURE_FORMATS,
    (f, menu) => {
      exportMenuButton(menu)?.focus();
      void exportFigure(spec, f, announce);
    },
    { 'aria-describedby': describedBy },
  );
}

/** Builds the file in `format`, downloads it and says so (or why it failed). */
async function exportFigure(spec: FigureSpec, format: FigureFormat, announce: (text: string) => void): Promise<void> {
  try {
    const file = exportFileName(spec.file, format);
    downloadBlob(file, await figureBlob(spec, format));
    announce(t('exportDone', { file }));
  } catch (e) {
    announce(t('exportFailed', { message: String((e as Error)?.message ?? e) }));
  }
}

/** The figure as a PNG, CSV or .xlsx blob. */
export async function figureBlob(spec: FigureSpec, format: FigureFormat): Promise<Blob> {
  if (format === 'csv')
    return new Blob([figureCsv(spec.title, spec.stamp, spec.table)], { type: 'text/csv;charset=utf-8' });
  const ex = await import('../export/chartExport.ts');
  if (format === 'xlsx')
    return ex.columnsXlsx([spec.title, ...spec.stamp], exportHeader(spec.table), spec.table.csv, [
      ...(spec.table.units ?? []),
    ]);
  return ex.configPng(pngConfig(spec.config), spec.title, spec.stamp);
}

/**
 * A copy of the figure's chart for the PNG (Chart.js keeps what it is given): its own data arrays, and each label
 * that wraps on the page on one line (the names are at most some 50 characters; the picture is 1920 px wide).
 */
function pngConfig(config: ChartConfiguration): ChartConfiguration {
  const { labels, datasets } = config.data;
  return {
    ...config,
    data: {
      ...config.data,
      ...(labels ? { labels: labels.map((l) => (Array.isArray(l) ? l.join(' ') : l)) } : {}),
      datasets: datasets.map((d) => ({ ...d, data: [...d.data] })),
    },
  } as ChartConfiguration;
}

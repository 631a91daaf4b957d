/**
 * One chart as a file in any of the formats a chart's export menu offers but PowerPoint (which goes through the
 * report's deck): CSV and Excel (the numbers behind it), PNG, SVG and PDF (drawn with the title and stamp). Each
 * exporter loads on first use. The page's charts (pageExports.ts) and the Treffsikkerhet panel's share it.
 */
import type { ChartData, ChartView } from '../chartView.ts';

export type ChartFileFormat = 'csv' | 'xlsx' | 'png' | 'svg' | 'pdf';

export async function chartFileBlob(
  view: ChartView,
  data: ChartData,
  title: string,
  stamp: readonly string[],
  format: ChartFileFormat,
): Promise<Blob> {
  if (format === 'csv') {
    const ex = await import('./chartExport.ts');
    return new Blob([ex.chartCsv(view, data, stamp)], { type: 'text/csv;charset=utf-8' });
  }
  if (format === 'xlsx') return (await import('./chartExport.ts')).chartXlsx(view, data, stamp);
  if (format === 'png') return (await import('./chartExport.ts')).chartPng(view, data, title, stamp);
  if (format === 'svg') {
    const svg = await (await import('./svg.ts')).chartSvg(view, data, title, stamp);
    return new Blob([svg], { type: 'image/svg+xml' });
  }
  return (await import('./pdf.ts')).chartPdf(view, data, title, stamp);
}

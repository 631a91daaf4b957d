/** PDF export of one chart (vector, A4 landscape, title, legend, stamp). To be implemented (issue #5). */
import type { ChartData, ChartView } from '../chartView.ts';

export async function chartPdf(
  _view: ChartView,
  _data: ChartData,
  _title: string,
  _stamp: readonly string[],
): Promise<Blob> {
  throw new Error('PDF export is not available yet');
}

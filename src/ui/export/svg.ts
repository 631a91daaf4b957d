/**
 * SVG export of one chart (vector; series as paths), with title and stamp. To be implemented (issue #5): see
 * ECOSYSTEM.md §2c (svgcanvas with Chart.js's BasicPlatform).
 */
import type { ChartData, ChartView } from '../chartView.ts';

export async function chartSvg(
  _view: ChartView,
  _data: ChartData,
  _title: string,
  _stamp: readonly string[],
): Promise<string> {
  throw new Error('SVG export is not available yet');
}

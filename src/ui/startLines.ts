/**
 * A small Chart.js plugin that draws a dashed vertical line with a label at each lever's start (the first
 * day of the start year, i.e. the end of the year before on our year-end axis). Replaces
 * chartjs-plugin-annotation, which cost 13 kB gzip on first load for this one use.
 */
import type { Chart, ChartType, Plugin } from 'chart.js';

export interface StartLine {
  /** x position on the chart's linear year axis. */
  readonly x: number;
  readonly label: string;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    startLines?: { lines: readonly StartLine[] };
  }
}

export const startLinesPlugin: Plugin<'line'> = {
  id: 'startLines',
  afterDatasetsDraw(chart: Chart<'line'>) {
    const lines = (chart.options.plugins as { startLines?: { lines: readonly StartLine[] } }).startLines?.lines ?? [];
    if (lines.length === 0) return;
    const { ctx, chartArea, scales } = chart;
    const x = scales['x'];
    if (!x) return;
    ctx.save();
    ctx.font = '600 11px "Inter Variable", Inter, system-ui, sans-serif';
    ctx.textBaseline = 'top';
    lines.forEach((line, i) => {
      const px = x.getPixelForValue(line.x);
      if (px < chartArea.left - 0.5 || px > chartArea.right + 0.5) return;
      ctx.strokeStyle = '#595959';
      ctx.lineWidth = 1;
      ctx.setLineDash([3, 3]);
      ctx.beginPath();
      ctx.moveTo(px, chartArea.top);
      ctx.lineTo(px, chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      // label on a white box, stacked when several lines are close, kept inside the plot area
      const w = ctx.measureText(line.label).width + 8;
      const left = Math.min(Math.max(px + 3, chartArea.left), chartArea.right - w);
      const top = chartArea.top + 2 + (i % 3) * 16;
      ctx.fillStyle = 'rgba(255,255,255,0.92)';
      ctx.fillRect(left, top, w, 15);
      ctx.fillStyle = '#1a1a1a';
      ctx.fillText(line.label, left + 4, top + 2);
    });
    ctx.restore();
  },
};

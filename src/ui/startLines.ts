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

export interface StartLinesOptions {
  readonly lines: readonly StartLine[];
  /** Label size in CSS pixels (default 11; exports and presentation use larger). */
  readonly fontSize?: number;
  /** Font family of the label (exports whose viewers lack Inter pass their own). */
  readonly fontFamily?: string;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    startLines?: StartLinesOptions;
  }
}

export const startLinesPlugin: Plugin<'line'> = {
  id: 'startLines',
  afterDatasetsDraw(chart: Chart<'line'>) {
    const opts = (chart.options.plugins as { startLines?: StartLinesOptions }).startLines;
    const lines = opts?.lines ?? [];
    const size = opts?.fontSize ?? 11;
    if (lines.length === 0) return;
    const { ctx, chartArea, scales } = chart;
    const x = scales['x'];
    if (!x) return;
    ctx.save();
    ctx.font = `600 ${size}px ${opts?.fontFamily ?? '"Inter Variable", Inter, system-ui, sans-serif'}`;
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
      const top = chartArea.top + 2 + (i % 3) * (size + 5);
      ctx.fillStyle = 'rgba(255,255,255,0.92)';
      ctx.fillRect(left, top, w, size + 4);
      ctx.fillStyle = '#1a1a1a';
      ctx.fillText(line.label, left + 4, top + 2);
    });
    ctx.restore();
  },
};

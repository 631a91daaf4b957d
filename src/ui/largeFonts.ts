/**
 * Chart options with larger text for exports and the presentation mode: axis ticks and titles, the legend and
 * the start-line labels at the given size (the page's chart options are left as they are).
 */
import type { ChartOptions } from 'chart.js';

type Scales = NonNullable<ChartOptions<'line'>['scales']>;

export function withLargeFonts(
  options: ChartOptions<'line'>,
  size: number,
  startLines: { fontSize: number; fontFamily?: string } = { fontSize: size },
): Pick<ChartOptions<'line'>, 'scales' | 'plugins'> {
  const font = { size };
  const scale = (id: 'x' | 'y') =>
    ({
      ...options.scales?.[id],
      ticks: { ...options.scales?.[id]?.ticks, font },
      title: { ...options.scales?.[id]?.title, display: true, font },
    }) as Scales['x'];
  return {
    scales: { x: scale('x'), y: scale('y') },
    plugins: {
      ...options.plugins,
      legend: { ...options.plugins?.legend, labels: { ...options.plugins?.legend?.labels, font } },
      startLines: { lines: options.plugins?.startLines?.lines ?? [], ...startLines },
    },
  };
}

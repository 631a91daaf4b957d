/**
 * SVG export of one chart: the chart re-rendered by Chart.js into svgcanvas (a canvas 2D context that records
 * SVG) at 1920×1080 (16:9), white background, the title above and the stamp below as SVG text, the series as
 * <path> elements. See ECOSYSTEM.md §2c: Chart.js's BasicPlatform (the DOM platform reads computed styles of
 * a real canvas), and `segment: {}` on every dataset (else lines are stroked through a Path2D, which svgcanvas
 * drops). Loaded on first use; the PDF export renders its chart through renderChartSvg too.
 */
import { BasicPlatform, Chart, type ChartConfiguration, type Plugin } from 'chart.js';
import type { ChartData, ChartView } from '../chartView.ts';
import { withLargeFonts } from '../largeFonts.ts';

export const SVG_WIDTH = 1920;
export const SVG_HEIGHT = 1080;

const TEXT_COLOUR = '#1a1a1a';
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SvgRenderOptions {
  readonly width: number;
  readonly height: number;
  /** Font size of ticks, axis titles and legend, in px of the SVG. */
  readonly fontSize: number;
  /** Title drawn above the plot (the PNG's layout); none when the caller sets it itself (PDF). */
  readonly title?: string;
  /** Stamp lines drawn below the plot; none when the caller sets them itself (PDF). */
  readonly stamp?: readonly string[];
}

/** White background behind everything (svgcanvas starts transparent). */
const whiteBackground: Plugin<'line'> = {
  id: 'exportBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/**
 * A line of SVG text at (x, y) (top), at `size` px or smaller so that it fits `maxWidth`. The font is the
 * chart's own (Helvetica, Arial or the viewer's sans-serif: the page's Inter is not in the file); a line near
 * the limit also gets a textLength, so that a viewer with a wider fallback font squeezes it rather than clips.
 */
function textLine(
  measure: CanvasRenderingContext2D,
  o: { text: string; x: number; y: number; size: number; weight: string; maxWidth: number },
): SVGTextElement {
  const family = Chart.defaults.font.family ?? 'sans-serif';
  measure.font = `${o.weight} ${o.size}px ${family}`;
  const measured = measure.measureText(o.text).width;
  const size = measured > o.maxWidth ? Math.floor(((o.size * o.maxWidth) / measured) * 10) / 10 : o.size;
  const el = document.createElementNS(SVG_NS, 'text');
  for (const [k, v] of Object.entries({
    x: o.x,
    y: o.y,
    fill: TEXT_COLOUR,
    'font-family': family,
    'font-size': `${size}px`,
    'font-weight': o.weight,
    'dominant-baseline': 'text-before-edge',
  }))
    el.setAttribute(k, String(v));
  if (measured > 0.9 * o.maxWidth) {
    el.setAttribute('textLength', String(Math.min(measured, o.maxWidth)));
    el.setAttribute('lengthAdjust', 'spacingAndGlyphs');
  }
  el.textContent = o.text;
  return el;
}

/** The title above and the stamp below the plot, as SVG text (the layout of chartExport's PNG). */
function addTitleAndStamp(
  svg: SVGSVGElement,
  width: number,
  height: number,
  title: string | undefined,
  stamp: readonly string[],
) {
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('the browser has no canvas 2D context');
  const maxWidth = width - 96;
  const group = document.createElementNS(SVG_NS, 'g');
  if (title !== undefined)
    group.append(textLine(measure, { text: title, x: 48, y: 28, size: 40, weight: '600', maxWidth }));
  stamp.forEach((line, i) =>
    group.append(
      textLine(measure, {
        text: line,
        x: 48,
        y: height - 40 - (stamp.length - i) * 30,
        size: 22,
        weight: '400',
        maxWidth,
      }),
    ),
  );
  svg.append(group);
}

/**
 * svgcanvas applies stroke() and fill() to its current element, which after fillText() or fillRect() is that
 * text or rect: the path drawn since is lost and it logs "Attempted to apply path command to node text". A
 * canvas keeps its current path across those calls, so start a <path> element for it first.
 */
function keepPathAcrossText(ctx: Record<string, unknown>): void {
  for (const name of ['stroke', 'fill'] as const) {
    const original = ctx[name] as (this: unknown, ...args: unknown[]) => void;
    ctx[name] = function (this: Record<string, unknown>, ...args: unknown[]) {
      const current = this['__currentElement'] as Element;
      if (current.nodeName !== 'path') {
        if (!this['__currentDefaultPath']) return;
        const path = (this['__createElement'] as (n: string, p: object, reset: boolean) => Element).call(
          this,
          'path',
          {},
          true,
        );
        (this['__closestGroupOrSvg'] as () => Element).call(this).appendChild(path);
        this['__currentElement'] = path;
      }
      original.apply(this, args);
    };
  }
}

/** The chart drawn by Chart.js into svgcanvas; a detached <svg> element with a viewBox. */
export async function renderChartSvg(view: ChartView, data: ChartData, o: SvgRenderOptions): Promise<SVGSVGElement> {
  await document.fonts?.ready;
  const { Context } = await import('svgcanvas');
  const { width, height, fontSize } = o;
  const stamp = o.stamp ?? [];
  const ctx = new Context({ width, height });
  keepPathAcrossText(ctx as unknown as Record<string, unknown>);
  // Chart.js reads the size from the context's canvas; BasicPlatform sets width, height and style on it
  const canvas = { width, height, style: {}, getContext: () => ctx };
  ctx.canvas = canvas;
  const { datasets, options } = view.config(data);
  const framed = o.title !== undefined || stamp.length > 0;
  const large = withLargeFonts(options, fontSize, {
    fontSize: framed ? 20 : 14,
    fontFamily: Chart.defaults.font.family ?? 'sans-serif',
  });
  const config: ChartConfiguration<'line', { x: number; y: number }[]> = {
    type: 'line',
    data: { datasets: datasets.map((d) => ({ ...d, segment: {} })) },
    options: {
      ...options,
      responsive: false,
      maintainAspectRatio: false,
      animation: false,
      devicePixelRatio: 1,
      events: [],
      layout: {
        padding: framed
          ? { top: 100, bottom: 40 + stamp.length * 30 + 20, left: 40, right: 60 }
          : { top: 12, bottom: 8, left: 8, right: 24 },
      },
      ...large,
      plugins: {
        ...large.plugins,
        tooltip: { enabled: false },
      },
    },
    plugins: [whiteBackground],
    platform: BasicPlatform,
  };
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, config);
  try {
    // destroy() clears the canvas, which empties svgcanvas's document: copy it first
    const svg = ctx.getSvg().cloneNode(true) as SVGSVGElement;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    for (const text of svg.querySelectorAll('text')) {
      // the year axis labels only every fifth year: the others are empty
      if (!text.textContent) text.remove();
      // svgcanvas writes the canvas's missing underline state as "undefined"
      else if (text.getAttribute('text-decoration') === 'undefined') text.removeAttribute('text-decoration');
    }
    addTitleAndStamp(svg, width, height, o.title, stamp);
    if (o.title !== undefined) {
      const t = document.createElementNS(SVG_NS, 'title');
      t.textContent = o.title;
      svg.insertBefore(t, svg.firstChild);
    }
    return svg;
  } finally {
    chart.destroy();
  }
}

/** The chart as a standalone SVG document (1920×1080), title above and stamp below. */
export async function chartSvg(
  view: ChartView,
  data: ChartData,
  title: string,
  stamp: readonly string[],
): Promise<string> {
  const svg = await renderChartSvg(view, data, {
    width: SVG_WIDTH,
    height: SVG_HEIGHT,
    fontSize: 20,
    title,
    stamp,
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}

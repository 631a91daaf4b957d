/**
 * The on-screen legend of a chart, as HTML under the canvas instead of Chart.js's canvas legend: its entries wrap on a
 * 390 px phone (the canvas legend cut long names off at the card's edge, "… 80 % usikkerhet (p10–p"), and each entry
 * is a button that hides or shows its line or band by keyboard as well as by mouse (aria-pressed). The entries are
 * read from the chart's datasets (legendEntries, pure, so it can be tested without a DOM); a band's transparent p10
 * base is left out, as it was from the canvas legend. Exports keep drawing the legend on their canvas or slide.
 */
import type { ChartDataset } from 'chart.js';
import { clear, h } from './dom.ts';
import { t, type StringKey } from './i18n.ts';

type Dataset = ChartDataset<'line', { x: number; y: number }[]>;

/** How an entry's swatch is drawn: a filled band, or a line (solid or dashed) with the dataset's marker. */
export interface LegendEntry {
  readonly label: string;
  readonly kind: 'band' | 'line';
  readonly colour: string;
  /** SVG stroke-dasharray ('' for solid). */
  readonly dash: string;
  /** Chart.js point style of the line's markers, or '' for none; a line without a line (crosses) shows only it. */
  readonly marker: string;
  readonly showLine: boolean;
  /**
   * The line is the runs' median or their mean (said after its name, so that a line at 0 under a band is not read as
   * "nobody", and a mean is not read as a median); '' for another line or a band.
   */
  readonly centre: LineCentre | '';
}

/** What a line drawn from the Monte Carlo runs is: their median, or their mean (chartSpecs.ts ChartSeries.line). */
export type LineCentre = 'median' | 'mean';

/** The label that marks a band's lower edge, which has no entry of its own (as in the canvas legend). */
export function isBandBase(label: string): boolean {
  return /p10$/.test(label);
}

/**
 * The legend's entries, in dataset order, from the datasets a chart draws; `centres` says of each line drawn from the
 * runs what it is (their median or mean).
 */
export function legendEntries(
  datasets: readonly Dataset[],
  centres: { get(d: object): LineCentre | undefined } = new Map<object, LineCentre>(),
): LegendEntry[] {
  const out: LegendEntry[] = [];
  for (const d of datasets) {
    const label = d.label ?? '';
    if (label === '' || isBandBase(label)) continue;
    const band = d.fill === '-1' || d.fill === 'origin' || d.fill === true;
    const stroke = typeof d.borderColor === 'string' ? d.borderColor : '#1a1a1a';
    const fill = typeof d.backgroundColor === 'string' ? d.backgroundColor : stroke;
    const dash = Array.isArray(d.borderDash) ? d.borderDash.join(' ') : '';
    const style = typeof d.pointStyle === 'string' ? d.pointStyle : '';
    const radius = typeof d.pointRadius === 'number' ? d.pointRadius : 3;
    const markerShown = style !== '' && (radius > 0 || typeof d.pointRadius === 'function');
    out.push({
      label,
      kind: band ? 'band' : 'line',
      colour: band ? fill : stroke,
      dash,
      marker: band || !markerShown ? '' : style,
      showLine: d.showLine !== false,
      centre: band ? '' : (centres.get(d) ?? ''),
    });
  }
  return out;
}

/** The tag after a line's name in the legend, by what the line is. */
const CENTRE_TAG: Readonly<Record<LineCentre, StringKey>> = { median: 'legendMedian', mean: 'legendMean' };

const SVG_NS = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Readonly<Record<string, string | number>>): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** A marker of a Chart.js point style, centred at (cx, cy). */
function marker(style: string, colour: string, cx: number, cy: number): SVGElement {
  const r = 3.5;
  const stroke = { stroke: colour, 'stroke-width': 2, fill: 'none' };
  switch (style) {
    case 'triangle':
      return svg('polygon', { points: `${cx},${cy - r} ${cx + r},${cy + r} ${cx - r},${cy + r}`, fill: colour });
    case 'rect':
      return svg('rect', { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r, fill: colour });
    case 'rectRot':
      return svg('polygon', {
        points: `${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}`,
        fill: colour,
      });
    case 'cross':
      return svg('path', { d: `M${cx - r},${cy}H${cx + r}M${cx},${cy - r}V${cy + r}`, ...stroke });
    case 'crossRot':
      return svg('path', {
        d: `M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx + r},${cy - r}L${cx - r},${cy + r}`,
        ...stroke,
      });
    default:
      return svg('circle', { cx, cy, r: 3, fill: colour });
  }
}

/** The entry's swatch: 28 × 12 px, decorative (the label names the entry). */
function swatch(e: LegendEntry): SVGElement {
  const s = svg('svg', { width: 28, height: 12, viewBox: '0 0 28 12', 'aria-hidden': 'true', focusable: 'false' });
  if (e.kind === 'band') s.append(svg('rect', { x: 0, y: 1, width: 28, height: 10, fill: e.colour }));
  else {
    if (e.showLine)
      s.append(
        svg('line', {
          x1: 0,
          y1: 6,
          x2: 28,
          y2: 6,
          stroke: e.colour,
          'stroke-width': 3,
          ...(e.dash ? { 'stroke-dasharray': e.dash } : {}),
        }),
      );
    if (e.marker) s.append(marker(e.marker, e.colour, 14, 6));
  }
  return s;
}

/**
 * Fills `bar` (a toolbar) with the entries, each a toggle button; `hidden` holds the labels the user has hidden, and
 * `onToggle` is called with an entry's label when it is pressed. One tab stop per legend, as the toolbar pattern has
 * it: the arrow keys, Home and End move between the entries (a page of ten charts would otherwise add some fifty tab
 * stops). Rebuilt only when the entries or the hidden set change; the entry that had the focus keeps it.
 */
export function renderLegend(
  bar: HTMLElement,
  entries: readonly LegendEntry[],
  hidden: ReadonlySet<string>,
  onToggle: (label: string) => void,
): void {
  const key = JSON.stringify([entries, [...hidden].sort()]);
  if (bar.dataset.key === key) return;
  bar.dataset.key = key;
  const focused = bar.contains(document.activeElement)
    ? (document.activeElement as HTMLElement).dataset.label
    : undefined;
  const current = bar.dataset.current;
  clear(bar);
  const buttons = entries.map((e) => {
    const shown = !hidden.has(e.label);
    const button = h(
      'button',
      {
        type: 'button',
        class: 'chart-legend-item',
        'aria-pressed': String(shown),
        title: shown ? t('legendHide') : t('legendShow'),
        tabindex: -1,
        'data-label': e.label,
      },
      swatch(e),
      h('span', { text: e.label }),
      e.centre === '' ? null : h('span', { class: 'chart-legend-median', text: t(CENTRE_TAG[e.centre]) }),
    );
    button.addEventListener('click', () => {
      bar.dataset.current = e.label;
      onToggle(e.label);
    });
    return button;
  });
  const start = buttons.find((b) => b.dataset.label === current) ?? buttons[0];
  start?.setAttribute('tabindex', '0');
  bar.onkeydown = (ev: KeyboardEvent) => {
    const all = [...bar.querySelectorAll<HTMLButtonElement>('.chart-legend-item')];
    const i = all.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    const next =
      ev.key === 'ArrowRight' || ev.key === 'ArrowDown'
        ? (i + 1) % all.length
        : ev.key === 'ArrowLeft' || ev.key === 'ArrowUp'
          ? (i - 1 + all.length) % all.length
          : ev.key === 'Home'
            ? 0
            : ev.key === 'End'
              ? all.length - 1
              : -1;
    if (next < 0) return;
    ev.preventDefault();
    all[i]!.setAttribute('tabindex', '-1');
    all[next]!.setAttribute('tabindex', '0');
    bar.dataset.current = all[next]!.dataset.label ?? '';
    all[next]!.focus();
  };
  bar.append(...buttons);
  if (focused !== undefined) buttons.find((b) => b.dataset.label === focused)?.focus();
}

/** Hides the datasets whose entry is in `hidden` (a band's p10 base with its band), for the chart on screen. */
export function applyHidden(datasets: Dataset[], hidden: ReadonlySet<string>): void {
  if (hidden.size === 0) return;
  datasets.forEach((d, i) => {
    if (!hidden.has(d.label ?? '')) return;
    d.hidden = true;
    const base = datasets[i - 1];
    if (d.fill === '-1' && base && isBandBase(base.label ?? '')) base.hidden = true;
  });
}

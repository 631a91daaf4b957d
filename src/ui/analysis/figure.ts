/**
 * The panel's figures: a Chart.js chart (tree-shaken; loaded with the panel) with a text summary on the canvas, a
 * "Vis som tabell" toggle to the same numbers as a table and an "Eksporter" menu (PNG, CSV, Excel; figureExport.ts),
 * the pattern of chartView.ts. Chart builders for the tornado (horizontal floating bars, down and up from today), the
 * variance split and the cost-versus-outcome frontier.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type TooltipItem,
} from 'chart.js';
import { h } from '../dom.ts';
import { formatNumber, formatPercent } from '../format.ts';
import type { Effect, OptimiseResult, Target } from '../../engine/analysis/index.ts';
import {
  assumptionLabel,
  assumptionValueText,
  formatMillNok,
  formatOutcome,
  formatOutcomeDelta,
  leverLabel,
  outcomeLabel,
  outcomeScale,
  outcomeUnit,
  type Outcome,
  type TableRows,
} from './model.ts';
import { displayLeverValue } from '../leversPanel.ts';
import { at } from './strings.ts';
import { getLever } from '../../levers/registry.ts';
import { exportMenu } from './figureExport.ts';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
);

declare const __APP_VERSION__: string;

/** Okabe-Ito, at least 3:1 on white (as chartView.ts). */
const BLUE = '#0072B2';
const VERMILION = '#D55E00';
const GREEN = '#009E73';
const GREY = '#595959';
const FONT = { family: 'Inter Variable, Inter, system-ui, sans-serif' };

export interface FigureSpec {
  /** data-analysis-figure (tests find the figure by it). */
  readonly id: string;
  readonly title: string;
  /** The canvas's text for screen readers. */
  readonly summary: string;
  readonly config: ChartConfiguration;
  /** Canvas height in px. */
  readonly height: number;
  readonly table: TableRows;
  /** The exported files' name parts (export/fileName.ts: what, outcome, year, region, scenario). */
  readonly file: readonly string[];
  /** The stamp lines under the title in the exports (stampLines). */
  readonly stamp: readonly string[];
  readonly note?: string;
}

/**
 * A figure element with its chart drawn; `destroy` on the returned chart before the element is dropped. `announce`
 * says that an export is done (or failed).
 */
export function renderFigure(spec: FigureSpec, announce: (text: string) => void): { root: HTMLElement; chart: Chart } {
  const headingId = `an-fig-${spec.id}-title`;
  let showTable = false;
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'ds-button table-toggle',
      'data-variant': 'secondary',
      'data-size': 'sm',
      'aria-pressed': 'false',
    },
    at('showTable'),
  );
  const canvas = h('canvas', { role: 'img', 'aria-label': `${spec.title}. ${spec.summary}` });
  const chartWrap = h('div', { class: 'an-canvas' }, canvas);
  chartWrap.style.height = `${spec.height}px`;
  // focusable, so a table wider than the screen scrolls from the keyboard too (WCAG 2.1.1)
  const tableWrap = h(
    'div',
    { class: 'chart-table table-scroll', hidden: true, tabindex: 0, role: 'region', 'aria-label': spec.title },
    dataTable(spec.title, spec.table),
  );
  const root = h(
    'figure',
    { class: 'chart-card an-figure', 'data-analysis-figure': spec.id, 'aria-labelledby': headingId },
    h('figcaption', {}, h('h4', { id: headingId }, spec.title), toggle, exportMenu(spec, headingId, announce)),
    chartWrap,
    tableWrap,
    spec.note ? h('p', { class: 'chart-note' }, spec.note) : '',
  );
  toggle.addEventListener('click', () => {
    showTable = !showTable;
    toggle.textContent = at(showTable ? 'showChart' : 'showTable');
    toggle.setAttribute('aria-pressed', String(showTable));
    chartWrap.hidden = showTable;
    tableWrap.hidden = !showTable;
  });
  const chart = new Chart(canvas, spec.config);
  return { root, chart };
}

/** A table with a caption, a header row and text rows (the first cell a row header). */
export function dataTable(
  caption: string,
  t: { header: readonly string[]; rows: readonly (readonly string[])[] },
): HTMLTableElement {
  return h(
    'table',
    { class: 'data-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...t.header.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      ...t.rows.map((r) => h('tr', {}, ...r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c))))),
    ),
  );
}

/** The exports' stamp: the region and scenario, and the model version with the date. */
export function stampLines(region: string, scenario: string): string[] {
  const version = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '';
  return [
    at('csvStampRegion', { region, scenario }),
    at('csvStampModel', { version, date: new Date().toISOString().slice(0, 10) }),
  ];
}

/** A long label in lines of about `width` characters (the tornado's lever names on a narrow screen). */
function wrap(label: string, width = narrow() ? 18 : 28): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/** A phone-sized screen: shorter label lines. */
const narrow = (): boolean => typeof window !== 'undefined' && window.innerWidth < 600;

const baseOptions = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false as const,
  font: FONT,
};

/**
 * The tornado: one row per lever (or assumption) with a change in the outcome, largest first; the bar down (or to the
 * lowest value) and the bar up (or to the highest) from today, as floating bars from 0; the tooltip says the value
 * moved to, the change and (levers) the extra cost in the year.
 */
export function tornadoConfig(
  effects: readonly Effect[],
  o: Outcome,
  year: number,
  kind: 'lever' | 'assumption',
): { config: ChartConfiguration; rows: number } {
  const shown = effects.filter((e) => e.swing > 0);
  const scale = outcomeScale(o);
  const isLever = kind === 'lever';
  const value = (id: string, v: Effect['today']) =>
    isLever ? displayLeverValue(getLever(id)!, v) : assumptionValueText(id, v);
  const name = (id: string) => (isLever ? leverLabel(id) : assumptionLabel(id));
  const moveOf = (e: Effect, which: 0 | 1) => (which === 0 ? e.low : e.high);
  const dataset = (which: 0 | 1) => ({
    label: at(isLever ? (which === 0 ? 'tornadoDown' : 'tornadoUp') : which === 0 ? 'tornadoMin' : 'tornadoMax'),
    data: shown.map((e) => {
      const m = moveOf(e, which);
      return m ? ([0, m.delta * scale] as [number, number]) : null;
    }) as unknown as number[],
    backgroundColor: which === 0 ? VERMILION : BLUE,
    borderColor: which === 0 ? VERMILION : BLUE,
    borderWidth: 1,
    barPercentage: 0.9,
    categoryPercentage: 0.9,
  });
  const unit = o === 'residentsWithoutGpShare' ? at('points', { value: '' }).trim() : outcomeUnit(o);
  const config: ChartConfiguration = {
    type: 'bar',
    data: { labels: shown.map((e) => wrap(name(e.id))), datasets: [dataset(0), dataset(1)] },
    options: {
      ...baseOptions,
      indexAxis: 'y',
      scales: {
        x: {
          title: {
            display: true,
            text: at('tornadoAxis', { outcome: outcomeLabel(o).toLowerCase(), unit }),
            font: FONT,
          },
          ticks: { font: FONT, callback: (v) => formatNumber(Number(v), 2) },
          grid: { color: (c) => (c.tick?.value === 0 ? GREY : '#e0e0e0') },
        },
        y: { stacked: true, ticks: { font: FONT, autoSkip: false } },
      },
      plugins: {
        legend: { labels: { font: FONT } },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'bar'>[]) => {
              const e = shown[items[0]!.dataIndex]!;
              return `${name(e.id)} (${at('tornadoToday', { value: value(e.id, e.today) })})`;
            },
            label: (item: TooltipItem<'bar'>) => {
              const e = shown[item.dataIndex]!;
              const m = moveOf(e, item.datasetIndex as 0 | 1);
              if (!m) return '';
              const text = at('tornadoTip', {
                dir: item.dataset.label ?? '',
                value: value(e.id, m.value),
                delta: formatOutcomeDelta(o, m.delta),
              });
              return isLever && m.extraCostNok !== undefined
                ? `${text}; ${at('tornadoTipCost', { cost: formatMillNok(m.extraCostNok), year })}`
                : text;
            },
          },
        },
      },
    },
  };
  return { config, rows: shown.length };
}

/** The tornado's text summary: today's value and the three largest effects. */
export function tornadoSummary(
  effects: readonly Effect[],
  o: Outcome,
  year: number,
  base: number,
  kind: 'lever' | 'assumption',
): string {
  const top = effects.filter((e) => e.swing > 0).slice(0, 3);
  if (top.length === 0) return at('tornadoNone');
  const name = (id: string) => (kind === 'lever' ? leverLabel(id) : assumptionLabel(id));
  const list = top
    .map((e) => {
      const m = [e.low, e.high].filter((x) => x !== null).sort((a, b) => Math.abs(b!.delta) - Math.abs(a!.delta))[0]!;
      return `${name(e.id)} (${formatOutcomeDelta(o, m.delta)})`;
    })
    .join(', ');
  return at('tornadoSummary', { outcome: outcomeLabel(o), year, base: formatOutcome(o, base), list });
}

/** The variance split as horizontal bars in % (events, all assumptions, then each assumption alone). */
export function varianceConfig(
  rows: readonly { label: string; share: number; group: 'total' | 'assumption' }[],
): ChartConfiguration {
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => wrap(r.label)),
      datasets: [
        {
          label: at('colShare'),
          data: rows.map((r) => r.share * 100),
          backgroundColor: rows.map((r) => (r.group === 'total' ? BLUE : GREEN)),
          borderWidth: 0,
        },
      ],
    },
    options: {
      ...baseOptions,
      indexAxis: 'y',
      scales: {
        x: {
          min: 0,
          max: 100,
          title: { display: true, text: at('colShare'), font: FONT },
          ticks: { font: FONT, callback: (v) => formatPercent(Number(v) / 100, 0) },
        },
        y: { ticks: { font: FONT, autoSkip: false } },
      },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item: TooltipItem<'bar'>) => formatPercent(Number(item.raw) / 100, 0) } },
      },
    },
  };
}

/** The frontier: extra cost (NOK million) against the outcome, the chosen package marked, the target as a line. */
export function frontierConfig(
  r: OptimiseResult,
  o: Outcome,
  target: Target,
  period: { from: number; to: number },
): ChartConfiguration {
  const scale = outcomeScale(o);
  const pts = r.frontier.map((c) => ({ x: c.cost / 1e6, y: c.outcome * scale }));
  const xs = pts.map((p) => p.x);
  const best = r.best ?? null;
  const lo = Math.min(...xs, best ? best.cost / 1e6 : Infinity);
  const hi = Math.max(...xs, best ? best.cost / 1e6 : -Infinity);
  const fmtY = (v: number) => formatOutcome(o, v / scale);
  return {
    type: 'line',
    data: {
      datasets: [
        {
          label: at('frontierSeries'),
          data: pts,
          borderColor: BLUE,
          backgroundColor: BLUE,
          pointStyle: 'circle',
          pointRadius: 3,
          stepped: false,
        },
        ...(best
          ? [
              {
                label: at('frontierBest'),
                data: [{ x: best.cost / 1e6, y: best.outcome * scale }],
                borderColor: VERMILION,
                backgroundColor: VERMILION,
                pointStyle: 'rectRot' as const,
                pointRadius: 8,
                showLine: false,
              },
            ]
          : []),
        {
          label: at('frontierTarget'),
          data: [
            { x: lo, y: target.value * scale },
            { x: hi, y: target.value * scale },
          ],
          borderColor: GREY,
          borderDash: [6, 4],
          pointRadius: 0,
          borderWidth: 1.5,
        },
      ],
    },
    options: {
      ...baseOptions,
      scales: {
        x: {
          type: 'linear',
          title: { display: true, text: at('frontierAxisCost', period), font: FONT },
          ticks: { font: FONT, callback: (v) => formatNumber(Number(v), 1) },
        },
        y: {
          title: { display: true, text: outcomeLabel(o), font: FONT },
          ticks: { font: FONT, callback: (v) => fmtY(Number(v)) },
        },
      },
      plugins: {
        legend: { labels: { font: FONT, usePointStyle: true } },
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'line'>) => {
              const p = item.raw as { x: number; y: number };
              return `${item.dataset.label}: ${formatMillNok(p.x * 1e6)} → ${fmtY(p.y)}`;
            },
          },
        },
      },
    },
  };
}

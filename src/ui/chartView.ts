/**
 * One chart figure: a Chart.js line chart (tree-shaken) with the baseline (dashed), the current scenario
 * (solid), its p10-p90 band, the real history as points and a line at each lever's start year; colours are
 * colour-blind safe and every series also has its own marker and dash. "Vis som tabell" shows the same
 * numbers as a table; the canvas has a text summary for screen readers. Reference lines (kommuner som ligner, the
 * county, the country), when switched on, come computed in ChartData (map/peerLines.ts) and are drawn, tabled and
 * exported like the other lines.
 */
import {
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartDataset,
  type ChartOptions,
  type TooltipItem,
} from 'chart.js';
import type { Band, HistoryResultId, McEvents, McRuns, McSummary, RegionHistory, ResultId } from '../engine/index.ts';
import { RESULT_SPECS } from '../engine/run/results.ts';
import { centreOf, isMeanLine, type ChartSpec } from './chartSpecs.ts';
import type { DeckDash } from './export/deck.ts';
import { startLinesPlugin, type StartLine } from './startLines.ts';
import { clear, h } from './dom.ts';
import { EXPORT_FORMATS, exportMenu, type ExportFormat } from './exportMenu.ts';
import { formatNumber, formatPercent, formatYear } from './format.ts';
import { chartCautions, historyNote } from './chartCautions.ts';
import { applyHidden, legendEntries, renderLegend, type LineCentre } from './chartLegend.ts';
import { loc, localeTag, t } from './i18n.ts';
import type { DeterministicResult, RegionOption, SeriesSet } from './sim/protocol.ts';

Chart.register(LineController, LineElement, PointElement, LinearScale, Filler, Tooltip, Legend, startLinesPlugin);

/** Okabe-Ito colours with at least 3:1 contrast on white (WCAG 1.4.11). */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7'] as const;
export const POINT_STYLES = ['circle', 'triangle', 'rect', 'rectRot'] as const;
const BAND_FILLS = ['rgba(0,114,178,0.18)', 'rgba(213,94,0,0.16)', 'rgba(0,158,115,0.16)', 'rgba(204,121,167,0.16)'];
const HISTORY_COLOUR = '#1a1a1a';

export interface ChartData {
  readonly years: readonly number[];
  readonly baseline: SeriesSet;
  readonly current: SeriesSet;
  /**
   * Monte Carlo bands when available (then the lines are the medians, or the means: ChartSeries.line), and the
   * probabilities over the runs.
   */
  readonly mc: {
    readonly current: Record<ResultId, Band>;
    readonly baseline: Record<ResultId, Band>;
    readonly events?: { readonly current: McEvents; readonly baseline: McEvents };
    /** Both scenarios' runs, paired by seed: the differences from current policy are taken run by run. */
    readonly runs?: { readonly current: McRuns; readonly baseline: McRuns };
  } | null;
  /** The region's own measures (its municipalities' own levers): see DeterministicResult.ownMeasures. */
  readonly ownMeasures?: DeterministicResult['ownMeasures'];
  /** A municipality's base rates from where it stands at the start: see DeterministicResult.standing. */
  readonly standing?: DeterministicResult['standing'];
  readonly history: RegionHistory;
  /** Start years of changed levers with their labels. */
  readonly markers: readonly { readonly year: number; readonly labels: readonly string[] }[];
  readonly regionName: string;
  /** The kind of region (a municipality's key figures lead with probabilities). */
  readonly regionType?: RegionOption['type'];
  /** Scenarios compared (Monte Carlo summaries): when present the chart shows these instead of baseline/current. */
  readonly compare?: {
    readonly names: readonly string[];
    readonly summaries: readonly McSummary[];
    /** The runs behind the summaries (the probabilities chart counts them). */
    readonly runs?: readonly McRuns[];
  } | null;
  /** The scenario on screen's name (state.ts, scenarioDisplayName; absent: "Ditt scenario"). */
  readonly scenarioName?: string;
  /** The scenario's uncertainty run was cancelled (the key figures say it was not computed). */
  readonly mcStopped?: boolean;
  /** Reference lines switched on (issue #16: kommuner som ligner, the county, the country; map/peerLines.ts). */
  readonly references?: readonly ReferenceLine[];
}

/** Whether Monte Carlo runs are on their way for this view: not a comparison, not stopped (Avbryt), no runs yet. */
export function awaitingRuns(data: Pick<ChartData, 'mc' | 'compare' | 'mcStopped'>): boolean {
  return !data.mc && !data.compare && data.mcStopped !== true;
}

/** A reference line for one result: raw values by year (observed, then projected), named for the legend. */
export interface ReferenceLine {
  readonly result: ResultId;
  readonly kind: 'peers' | 'county' | 'country';
  readonly name: string;
  readonly points: readonly { readonly year: number; readonly value: number }[];
  /** How the chart draws it (colour, dash, marker: map/peerLines.ts REFERENCE_STYLES, loaded with the lines). */
  readonly draw: Partial<ChartDataset<'line', { x: number; y: number }[]>>;
  /** Its dash and colour ("RRGGBB") on a slide. */
  readonly deck: { readonly dash: DeckDash; readonly colour: string };
}

/** The name of the scenario on screen in legends and tables. */
export function scenarioNameOf(data: ChartData): string {
  return data.scenarioName ?? t('scenario');
}

/**
 * The line shown for a scenario: the Monte Carlo median (or mean: ChartSeries.line) once it has run, else the
 * deterministic run (the one rule the charts, tables, summaries and slides share).
 */
export function lineOf(data: ChartData, which: 'current' | 'baseline', id: ResultId): readonly number[] {
  return data.mc ? centreOf(data.mc[which][id], id) : data[which][id];
}

/** Dash patterns for compared scenarios, so that colour is never the only cue. */
export const COMPARE_DASHES: readonly number[][] = [[], [8, 4], [2, 3], [12, 3, 2, 3]];

export function resultLabel(id: ResultId): string {
  const spec = RESULT_SPECS.find((s) => s.id === id);
  return spec ? loc(spec.label) : id;
}

/** The chart views by their figure, so that printing can find the ones on the page (flushBeforePrint). */
const viewsByFigure = new WeakMap<Element, ChartView>();

/**
 * Before the page is printed, every chart on it that waits off screen for its redraw is drawn with its data: a chart
 * redraws only when it scrolls into view, so a planner who chose her municipality at the top and printed straight away
 * got the charts further down as they were before (the country's GPs under her municipality's name), their notes and
 * legends too.
 */
function flushBeforePrint(): void {
  for (const figure of document.querySelectorAll('figure.chart-card')) viewsByFigure.get(figure)?.drawNow();
}
if (typeof window !== 'undefined') window.addEventListener('beforeprint', flushBeforePrint);

export class ChartView {
  readonly root: HTMLElement;
  private chart: Chart<'line', { x: number; y: number }[]> | null = null;
  private canvas!: HTMLCanvasElement;
  private tableWrap!: HTMLElement;
  private chartWrap!: HTMLElement;
  private toggle!: HTMLButtonElement;
  private menu!: HTMLDetailsElement;
  private note!: HTMLElement;
  private pendingNote!: HTMLElement;
  /** The legend under the canvas (chartLegend.ts) and the entries the user has hidden there. */
  private legend!: HTMLDivElement;
  private readonly hiddenLabels = new Set<string>();
  /** Whether the card on screen shows the Monte Carlo band (or a comparison), for holdHeight. */
  private shownWithBand = false;
  /** The datasets last built that draw the runs' median or mean (lineOf), named so in the legend. */
  private centreLines = new WeakMap<object, LineCentre>();
  /** What the chart waits for (see pending()), null when it can be drawn. */
  private waiting: string | null = null;
  private showTable = false;
  /** Set by the app: export this chart in a format. */
  onExport?: (view: ChartView, format: ExportFormat) => void;

  get tableShown(): boolean {
    return this.showTable;
  }

  /** Shows the table view instead of the chart (or back). */
  setTable(show: boolean): void {
    if (show === this.showTable) return;
    this.showTable = show;
    this.render();
  }
  private data: ChartData | null = null;

  /** Whether the figure is on screen: charts off screen redraw when they scroll into view (faster slider updates). */
  private visible = true;
  private dirty = false;

  constructor(readonly spec: ChartSpec) {
    this.root = h('figure', { class: 'chart-card', 'data-chart': spec.id });
    viewsByFigure.set(this.root, this);
    this.render();
    if (typeof IntersectionObserver !== 'undefined') {
      new IntersectionObserver(
        (entries) => {
          this.visible = entries.some((e) => e.isIntersecting);
          if (this.visible && this.dirty && this.data) this.update(this.data);
        },
        { rootMargin: '200px' },
      ).observe(this.root);
    }
  }

  /** Rebuilds the figure's DOM (language change). */
  render(): void {
    this.chart?.destroy();
    this.chart = null;
    clear(this.root);
    const headingId = `chart-${this.spec.id}-title`;
    this.toggle = h(
      'button',
      {
        type: 'button',
        class: 'ds-button table-toggle',
        'data-variant': 'secondary',
        'data-size': 'sm',
        'aria-pressed': String(this.showTable),
      },
      this.showTable ? t('showChart') : t('showTable'),
    );
    this.toggle.addEventListener('click', () => {
      this.showTable = !this.showTable;
      this.toggle.textContent = this.showTable ? t('showChart') : t('showTable');
      this.toggle.setAttribute('aria-pressed', String(this.showTable));
      this.applyMode();
    });
    this.menu = exportMenu(EXPORT_FORMATS, (f) => this.onExport?.(this, f));
    this.canvas = h('canvas', { role: 'img' });
    this.chartWrap = h('div', { class: 'chart-canvas' }, this.canvas);
    // a table wider than the card scrolls: the scroll region takes the focus (WCAG 2.1.1; the reference lines add columns)
    this.tableWrap = h('div', {
      class: 'chart-table table-scroll',
      hidden: true,
      tabindex: 0,
      role: 'region',
      'aria-label': loc(this.spec.title),
    });
    this.note = h('p', { class: 'chart-note' });
    this.legend = h('div', { class: 'chart-legend', role: 'toolbar', 'aria-label': t('legendLabel') });
    this.pendingNote = h('p', { class: 'chart-pending', hidden: true });
    this.root.append(
      h(
        'figcaption',
        {},
        h('h3', { id: headingId }, loc(this.spec.title)),
        h('span', { class: 'chart-unit' }, loc(this.spec.unit)),
        this.toggle,
        this.menu,
      ),
      this.chartWrap,
      this.legend,
      this.pendingNote,
      this.tableWrap,
      this.note,
    );
    this.root.setAttribute('aria-labelledby', headingId);
    this.applyMode();
    if (this.data) this.update(this.data);
  }

  private applyMode(): void {
    const waiting = this.waiting !== null;
    this.chartWrap.hidden = this.showTable || waiting;
    this.legend.hidden = this.showTable || waiting;
    if (this.showTable) this.releaseHeight();
    this.tableWrap.hidden = !this.showTable || waiting;
    this.toggle.hidden = waiting;
    this.menu.hidden = waiting;
    this.pendingNote.hidden = !waiting;
    this.pendingNote.textContent = this.waiting ?? '';
    this.root.toggleAttribute('data-pending', waiting);
    if (this.showTable && this.data && !waiting) this.renderTable(this.data);
  }

  /**
   * What the chart waits for before it can be drawn (e.g. Monte Carlo runs), as a sentence; null when it can.
   * While it waits the figure shows the sentence instead of the chart, the table and the exports.
   */
  protected pending(_data: ChartData): string | null {
    return null;
  }

  /**
   * The chart's caveats (chartCautions.ts): under it on screen, and with it in every export and the council report.
   * The band has a track record only a few years ahead (issue #13): said wherever a band is drawn.
   */
  cautions(data: ChartData): string[] {
    return chartCautions(this.spec, data);
  }

  /** The note under the chart. */
  protected noteText(data: ChartData, hasHistory: boolean): string {
    const history = hasHistory ? historyNote(this.spec, data) : '';
    return [history, ...this.cautions(data)].filter(Boolean).join(' ');
  }

  /** Value as plotted (percent × 100, NOK in millions). */
  private scaled(v: number): number {
    switch (this.spec.scale) {
      case 'percent':
        return v * 100;
      case 'millNok':
        return v / 1e6;
      default:
        return v;
    }
  }

  /** A plotted value in the current language. */
  format(v: number): string {
    switch (this.spec.scale) {
      case 'percent':
        return formatPercent(v / 100, 2);
      case 'decimal':
        return formatNumber(v, 1);
      default:
        return formatNumber(v, 0);
    }
  }

  /**
   * While new Monte Carlo runs are on their way (after a change, and while a slider previews) the card keeps the
   * height it had with its band, the band's legend entry and notes, so that the charts below do not jump up by up to
   * 1 300 px on a phone and back down when the runs arrive. Taken here, before the update touches the card; let go
   * once the card is drawn again with its band (or the runs were stopped: Avbryt), in the table view, and by
   * releaseHeight. A card off screen is drawn when it scrolls into view, and holds until then.
   */
  private holdHeight(data: ChartData): void {
    if (
      awaitingRuns(data) &&
      !this.showTable &&
      this.shownWithBand &&
      this.root.style.minHeight === '' &&
      this.root.isConnected
    )
      this.root.style.minHeight = `${this.root.getBoundingClientRect().height}px`;
  }

  /** Lets go of a held height (holdHeight): the card is drawn with its band again, or the runs were stopped or failed. */
  releaseHeight(): void {
    this.root.style.minHeight = '';
  }

  update(data: ChartData): void {
    this.data = data;
    this.holdHeight(data);
    const waiting = this.pending(data);
    if (waiting !== this.waiting) {
      this.waiting = waiting;
      this.applyMode();
    }
    if (waiting !== null) {
      this.canvas.setAttribute('aria-label', `${loc(this.spec.title)}: ${waiting}`);
      this.chart?.destroy();
      this.chart = null;
      this.note.textContent = '';
      this.shownWithBand = false;
      return;
    }
    // the table and the text summary always follow; the canvas only on screen (or when first drawn)
    // the marked years (levers' starts, the municipality's events) are said too, as the chart shows them
    const marked = data.markers.map((m) => `${m.labels.join(', ')} (${m.year})`).join('; ');
    const refs = this.referenceLines(data)
      .map((r) => r.head)
      .join('; ');
    this.canvas.setAttribute(
      'aria-label',
      [this.summary(data), marked && t('chartMarked', { list: marked }), refs && t('chartRefs', { list: refs })]
        .filter(Boolean)
        .join(' '),
    );
    if (this.showTable) this.renderTable(data);
    if (!this.visible && this.chart) {
      this.dirty = true;
      return;
    }
    this.dirty = false;
    const { datasets, options, hasHistory, minX, startLines } = this.config(data);
    // on screen the legend is HTML under the canvas (it wraps on a phone, and its entries toggle by keyboard); the
    // exports, which take config() afresh, draw theirs
    const entries = legendEntries(datasets, this.centreLines);
    renderLegend(this.legend, entries, this.hiddenLabels, (label) => this.toggleEntry(label));
    applyHidden(datasets, this.hiddenLabels);
    if (!this.chart) {
      options.plugins!.legend = { ...options.plugins!.legend, display: false };
      this.chart = new Chart<'line', { x: number; y: number }[]>(this.canvas, {
        type: 'line',
        data: { datasets },
        options,
      });
    } else {
      this.chart.data.datasets = datasets;
      const x = this.chart.options.scales!['x']!;
      x.min = minX;
      x.max = data.years[data.years.length - 1];
      this.chart.options.plugins!.startLines = { lines: startLines };
      this.chart.update('none');
    }
    this.note.textContent = this.noteText(data, hasHistory);
    this.shownWithBand = !!(data.mc || data.compare);
    if (this.shownWithBand || data.mcStopped === true) this.releaseHeight();
  }

  /** Draws the chart now if it waits off screen for its redraw (printing: flushBeforePrint). */
  drawNow(): void {
    if (!this.dirty || !this.data) return;
    const visible = this.visible;
    this.visible = true;
    try {
      this.update(this.data);
    } finally {
      this.visible = visible;
    }
  }

  /** Hides or shows a legend entry's line or band on screen (the legend's buttons). */
  private toggleEntry(label: string): void {
    if (!this.hiddenLabels.delete(label)) this.hiddenLabels.add(label);
    if (this.data) this.update(this.data);
  }

  /** Datasets and options for the chart (the page's canvas and exports share them). */
  config(data: ChartData): {
    datasets: ChartDataset<'line', { x: number; y: number }[]>[];
    options: ChartOptions<'line'>;
    hasHistory: boolean;
    minX: number;
    startLines: StartLine[];
  } {
    const datasets = this.datasets(data);
    const hasHistory = datasets.some((d) => d.pointStyle === 'crossRot');
    const minX = Math.min(
      hasHistory
        ? Math.min(...(this.spec.history ?? []).flatMap((id) => data.history.series[id]?.map((p) => p.year) ?? []))
        : data.years[0]! - 1,
      ...this.referenceLines(data).flatMap((r) => r.line.points.map((p) => p.year)),
    );
    const startLines: StartLine[] = data.markers.map((m) => ({
      x: m.year - 1,
      label:
        m.labels.length === 1
          ? t('leverStarts', { label: m.labels[0]!, year: m.year })
          : t('leversStart', { n: m.labels.length, year: m.year }),
    }));
    const options: ChartOptions<'line'> = {
      locale: localeTag(),
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      parsing: false,
      normalized: true,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      // the first history year and the last projection year sit on the plot's edges: let their markers (radius
      // 5 plus a 2 px border at most) draw whole instead of clipped to half at the chart area
      datasets: { line: { clip: 8 } },
      scales: {
        x: {
          type: 'linear',
          min: minX,
          max: data.years[data.years.length - 1],
          ticks: {
            stepSize: 1,
            callback: (v) => (Number(v) % 5 === 0 ? formatYear(Number(v)) : ''),
            autoSkip: false,
            color: '#1a1a1a',
          },
          title: { display: true, text: `${t('year')} (31.12.)`, color: '#1a1a1a' },
          grid: { color: '#e6e6e6' },
        },
        y: {
          beginAtZero: this.spec.beginAtZero ?? false,
          ...(this.spec.max !== undefined ? { max: this.spec.max } : {}),
          // whole-number labels (counts, mill. kr) on whole-number ticks: a small municipality's 0-2 lists would
          // otherwise get ticks every 0.25 labelled 0, 0, 1, 1, 1, 1, 2
          ticks: {
            callback: (v) => this.format(Number(v)),
            color: '#1a1a1a',
            ...(this.spec.scale === 'percent' || this.spec.scale === 'decimal' ? {} : { precision: 0 }),
          },
          title: { display: true, text: loc(this.spec.unit), color: '#1a1a1a' },
          grid: { color: '#e6e6e6' },
        },
      },
      plugins: {
        legend: {
          position: 'bottom',
          labels: { boxWidth: 28, boxHeight: 6, color: '#1a1a1a', filter: (item) => !/p10$/.test(item.text) },
        },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'line'>[]) => formatYear(items[0]?.parsed.x ?? 0),
            label: (item: TooltipItem<'line'>) => `${item.dataset.label ?? ''}: ${this.format(item.parsed.y ?? 0)}`,
          },
        },
        startLines: { lines: startLines },
      },
    };
    return { datasets, options, hasHistory, minX, startLines };
  }

  /** The chart's datasets: the scenarios' lines and bands (or the compared scenarios'), and the history. */
  protected datasets(data: ChartData): ChartDataset<'line', { x: number; y: number }[]>[] {
    const datasets: ChartDataset<'line', { x: number; y: number }[]>[] = [];
    const pts = (years: readonly number[], values: readonly number[]) =>
      years.map((x, i) => ({ x, y: this.scaled(values[i]!) }));
    // the projection joins the history: its lines and band start from the real value of the start year (31 Dec
    // 2025), where the region has one, since the model starts from it
    const startYear = data.years[0]! - 1;
    const joined = (id: ResultId, values: readonly number[]) => {
      const real = (this.spec.history ?? []).includes(id as HistoryResultId)
        ? data.history.series[id as HistoryResultId]?.find((p) => p.year === startYear)
        : undefined;
      const line = pts(data.years, values);
      return real ? [{ x: startYear, y: this.scaled(real.value) }, ...line] : line;
    };
    // no marker on the joining point: it is the real value, drawn as history
    const markerRadius = (ctx: { raw: unknown }) => ((ctx.raw as { x: number }).x === startYear ? 0 : 3);
    const cmp = data.compare ?? null;
    // the scenarios' lines are the runs' medians (or means: ChartSeries.line) once Monte Carlo has run (lineOf), and
    // in a comparison
    const centres = new WeakMap<object, LineCentre>();
    this.centreLines = centres;
    const centre = <T extends object>(id: ResultId, d: T): T => {
      if (cmp || data.mc) centres.set(d, isMeanLine(id) ? 'mean' : 'median');
      return d;
    };
    if (cmp) {
      const compared = this.comparedSeries();
      cmp.summaries.forEach((sum, j) => {
        compared.forEach((id, k) => {
          const colour = SERIES_COLOURS[j % SERIES_COLOURS.length]!;
          datasets.push(
            centre(id, {
              label: `${compared.length > 1 ? `${resultLabel(id)}: ` : ''}${cmp.names[j]!}`,
              data: joined(id, centreOf(sum[id], id)),
              borderColor: colour,
              backgroundColor: colour,
              borderDash: COMPARE_DASHES[j % COMPARE_DASHES.length]!,
              borderWidth: 3,
              // colour and dash tell the scenarios apart; where the chart compares two series (GPs joining and
              // leaving, capitation and public cost) the marker tells them apart, so that a scenario's two lines are
              // not drawn alike
              pointStyle: POINT_STYLES[(compared.length > 1 ? k : j) % 4],
              pointRadius: markerRadius,
              fill: false,
            }),
          );
        });
      });
    }
    if (!cmp)
      this.spec.series.forEach((s, i) => {
        const colour = SERIES_COLOURS[i % SERIES_COLOURS.length]!;
        const label = resultLabel(s.result);
        const multi = this.spec.series.length > 1;
        const band = data.mc && (s.band ?? i === 0) ? data.mc.current[s.result] : null;
        if (band) {
          datasets.push({
            label: `${multi ? `${label}: ` : ''}p10`,
            data: joined(s.result, band.p10),
            borderWidth: 0,
            pointRadius: 0,
            fill: false,
            borderColor: 'transparent',
            backgroundColor: BAND_FILLS[i % 4],
          });
          datasets.push({
            label: `${multi ? `${label}: ` : ''}${t('bandOf', { name: scenarioNameOf(data) })}`,
            data: joined(s.result, band.p90),
            borderWidth: 0,
            pointRadius: 0,
            fill: '-1',
            borderColor: 'transparent',
            backgroundColor: BAND_FILLS[i % 4],
          });
        }
        const cur = lineOf(data, 'current', s.result);
        const base = lineOf(data, 'baseline', s.result);
        // the baseline for the series with a band (the main ones); secondary series show the scenario only
        if (s.band ?? i === 0)
          datasets.push(
            centre(s.result, {
              label: `${multi ? `${label}: ` : ''}${t('baseline')}`,
              data: joined(s.result, base),
              borderColor: colour,
              backgroundColor: colour,
              borderDash: [6, 4],
              borderWidth: 2,
              pointRadius: 0,
              fill: false,
            }),
          );
        datasets.push(
          centre(s.result, {
            label: `${multi ? `${label}: ` : ''}${scenarioNameOf(data)}`,
            data: joined(s.result, cur),
            borderColor: colour,
            backgroundColor: colour,
            borderWidth: 3,
            pointStyle: POINT_STYLES[i % 4],
            pointRadius: markerRadius,
            fill: false,
          }),
        );
      });
    for (const id of this.spec.history ?? []) {
      const hist = data.history.series[id];
      if (!hist || hist.length === 0) continue;
      const derived = data.history.derived.includes(id);
      datasets.push({
        label: derived ? t('historyDerived') : t('history'),
        data: hist.map((p) => ({ x: p.year, y: this.scaled(p.value) })),
        borderColor: HISTORY_COLOUR,
        backgroundColor: HISTORY_COLOUR,
        showLine: true,
        borderWidth: 1,
        borderDash: [2, 3],
        pointStyle: 'crossRot',
        pointRadius: 5,
        pointBorderWidth: 2,
        fill: false,
      });
    }
    for (const { line, head } of this.referenceLines(data))
      datasets.push({
        ...line.draw,
        label: head,
        data: line.points.map((p) => ({ x: p.year, y: this.scaled(p.value) })),
      });
    return datasets;
  }

  /** The reference lines of this chart's series, each with its legend and table name. */
  referenceLines(data: ChartData): { line: ReferenceLine; head: string }[] {
    const multi = this.spec.series.length > 1;
    return (data.references ?? [])
      .filter((r) => this.spec.series.some((s) => s.result === r.result))
      .map((line) => ({ line, head: `${multi ? `${resultLabel(line.result)}: ` : ''}${line.name}` }));
  }

  protected summary(data: ChartData): string {
    const s = this.spec.series[0]!.result;
    const cur = lineOf(data, 'current', s);
    const base = lineOf(data, 'baseline', s);
    const n = data.years.length - 1;
    return t('chartAlt', {
      title: loc(this.spec.title),
      region: data.regionName,
      summary: t('chartSummary', {
        first: this.format(this.scaled(cur[0]!)),
        y0: data.years[0]!,
        last: this.format(this.scaled(cur[n]!)),
        y1: data.years[n]!,
        base: this.format(this.scaled(base[n]!)),
      }),
    });
  }

  /** The series shown per scenario in comparison mode (those with a band), on screen and in the council report. */
  comparedSeries(): ResultId[] {
    return this.spec.series.filter((s, i) => s.band ?? i === 0).map((s) => s.result);
  }

  /**
   * The numbers behind the chart as columns over years (raw values; see scaled()). `full` adds the baseline's
   * p10 and p90 (exports carry every band).
   */
  tableColumns(
    data: ChartData,
    full = false,
  ): { years: number[]; cols: { head: string; value: (year: number) => number | undefined }[] } {
    const cols: { head: string; value: (year: number) => number | undefined }[] = [];
    const yearIndex = (y: number) => data.years.indexOf(y);
    const multi = this.spec.series.length > 1;
    const cmp = data.compare ?? null;
    for (const id of this.spec.history ?? []) {
      const hist = data.history.series[id];
      if (!hist || hist.length === 0) continue;
      cols.push({
        head: `${multi ? `${resultLabel(id)}: ` : ''}${t('history')}`,
        value: (y) => hist.find((p) => p.year === y)?.value,
      });
    }
    const at = (arr: readonly number[]) => (y: number) => (yearIndex(y) >= 0 ? arr[yearIndex(y)] : undefined);
    if (cmp) {
      const compared = this.comparedSeries();
      cmp.summaries.forEach((sum, j) => {
        for (const id of compared) {
          const pre = `${compared.length > 1 ? `${resultLabel(id)}: ` : ''}${cmp.names[j]!}`;
          cols.push({ head: pre, value: at(centreOf(sum[id], id)) });
          cols.push({ head: `${pre}: ${t('p10')}`, value: at(sum[id].p10) });
          cols.push({ head: `${pre}: ${t('p90')}`, value: at(sum[id].p90) });
        }
      });
    }
    for (const s of cmp ? [] : this.spec.series) {
      const pre = multi ? `${resultLabel(s.result)}: ` : '';
      cols.push({
        head: `${pre}${t('baseline')}`,
        value: at(lineOf(data, 'baseline', s.result)),
      });
      if (data.mc && full) {
        cols.push({ head: `${pre}${t('baseline')}: ${t('p10')}`, value: at(data.mc.baseline[s.result].p10) });
        cols.push({ head: `${pre}${t('baseline')}: ${t('p90')}`, value: at(data.mc.baseline[s.result].p90) });
      }
      cols.push({
        head: `${pre}${scenarioNameOf(data)}`,
        value: at(lineOf(data, 'current', s.result)),
      });
      if (data.mc) {
        const label = full ? `${scenarioNameOf(data)}: ` : '';
        cols.push({ head: `${pre}${label}${t('p10')}`, value: at(data.mc.current[s.result].p10) });
        cols.push({ head: `${pre}${label}${t('p90')}`, value: at(data.mc.current[s.result].p90) });
      }
    }
    const refYears: number[] = [];
    for (const { line, head } of this.referenceLines(data)) {
      cols.push({ head, value: (y) => line.points.find((p) => p.year === y)?.value });
      refYears.push(...line.points.map((p) => p.year));
    }
    const histYears = (this.spec.history ?? []).flatMap((id) => data.history.series[id]?.map((p) => p.year) ?? []);
    const years = [...new Set([...histYears, ...refYears, ...data.years])].sort((a, b) => a - b);
    return { years, cols };
  }

  /** The data the chart shows now (null before the first result, and while it waits: see pending()). */
  get current(): ChartData | null {
    return this.waiting === null ? this.data : null;
  }

  /** A plotted value (percent × 100, NOK in millions), for exports. */
  plotted(v: number): number {
    return this.scaled(v);
  }

  renderTable(data: ChartData): void {
    clear(this.tableWrap);
    const { years, cols } = this.tableColumns(data);
    const table = h(
      'table',
      { class: 'data-table' },
      h('caption', {}, `${loc(this.spec.title)} – ${data.regionName} (${loc(this.spec.unit)})`),
      h(
        'thead',
        {},
        h('tr', {}, h('th', { scope: 'col' }, t('year')), ...cols.map((c) => h('th', { scope: 'col' }, c.head))),
      ),
      h(
        'tbody',
        {},
        ...years.map((y) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, formatYear(y)),
            ...cols.map((c) => {
              const v = c.value(y);
              return h('td', { class: 'num' }, v === undefined ? '' : this.format(this.scaled(v)));
            }),
          ),
        ),
      ),
    );
    this.tableWrap.append(table);
  }

  destroy(): void {
    this.chart?.destroy();
  }
}

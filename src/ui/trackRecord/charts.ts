/**
 * The track record's figures, as ChartViews (so they share the page's Chart.js setup, table view, text summary and
 * exports): per outcome (share without a GP, mean list length) the hindcast's p10-p90 band and median, what happened
 * (crosses) and "no change" (dashed), all from the origin's value; and the probability the hindcast gave that at least
 * 5 % would be without a GP, with what happened as a cross at 100 % or 0 %. Every year of the hindcast is labelled.
 */
import type { ChartDataset, ChartOptions } from 'chart.js';
import type { Localized } from '../../levers/types.ts';
import type { OutcomeTrack } from '../../engine/validation/trackRecord.ts';
import type { ChartSpec } from '../chartSpecs.ts';
import { ChartView, POINT_STYLES, SERIES_COLOURS, type ChartData } from '../chartView.ts';
import type { StartLine } from '../startLines.ts';
import { formatNumber, formatPercent, formatProbability, formatYear } from '../format.ts';
import { loc, t } from '../i18n.ts';
import '../strings/later.ts';
import type { TrackOutcome, TrackView } from './select.ts';

type Points = { x: number; y: number }[];
type Column = { head: string; value: (year: number) => number | undefined };

const L = (nb: string, en: string): Localized => ({ nb, en });
const BAND_FILL = 'rgba(0,114,178,0.18)';
const ACTUAL_COLOUR = '#1a1a1a';

/** The base-rate line's grey (7:1 on white), as in the probability chart. */
const BASE_COLOUR = '#595959';

/** What really happened, as crosses without a line (the same look in every track-record chart). */
function crosses(label: string, data: Points): ChartDataset<'line', Points> {
  return {
    label,
    data,
    borderColor: ACTUAL_COLOUR,
    backgroundColor: ACTUAL_COLOUR,
    showLine: false,
    pointStyle: 'crossRot',
    pointRadius: 7,
    pointBorderWidth: 2.5,
    fill: false,
  };
}

export const TRACK_CHART_SPECS: Readonly<Record<TrackOutcome | 'probability', ChartSpec>> = {
  share: {
    id: 'track-share',
    title: L(
      'Andel uten fastlege: modellen mot det som skjedde',
      'Share without a GP: the model against what happened',
    ),
    unit: L('prosent av innbyggerne', 'per cent of residents'),
    scale: 'percent',
    series: [],
    beginAtZero: true,
  },
  listLength: {
    id: 'track-listLength',
    title: L(
      'Gjennomsnittlig listelengde: modellen mot det som skjedde',
      'Mean list length: the model against what happened',
    ),
    unit: L('pasienter per fastlege', 'patients per GP'),
    scale: 'count',
    series: [],
  },
  probability: {
    id: 'track-probability',
    title: L('Sannsynlighet for minst 5 % uten fastlege', 'Probability of at least 5% without a GP'),
    unit: L('sannsynlighet i prosent', 'probability in per cent'),
    scale: 'percent',
    series: [],
    beginAtZero: true,
    max: 100,
  },
};

/** The ChartData a track-record figure is drawn from: the test years and the region's name (no scenario). */
export function trackChartData(view: TrackView, regionName: string): ChartData {
  return {
    years: view.years,
    baseline: {} as ChartData['baseline'],
    current: {} as ChartData['current'],
    mc: null,
    history: { source: 'SSB 12005', derived: [], series: {} },
    markers: [],
    regionName,
  };
}

/** Shared by the three figures: the track view they show, and every year labelled on the x axis. */
abstract class TrackChart extends ChartView {
  protected view: TrackView | null = null;

  /** Draws the figure for a track view (call after construction and on every change). */
  show(view: TrackView, regionName: string): void {
    this.view = view;
    this.update(trackChartData(view, regionName));
  }

  override render(): void {
    super.render();
    // a PowerPoint slide is the deck of the scenario's charts; the track record exports as the other formats
    this.root.querySelector('[data-export="pptx"]')?.remove();
  }

  override config(data: ChartData): {
    datasets: ChartDataset<'line', Points>[];
    options: ChartOptions<'line'>;
    hasHistory: boolean;
    minX: number;
    startLines: StartLine[];
  } {
    const c = super.config(data);
    // the axis starts at the origin (the crosses are not a history series before the projection)
    const minX = this.view?.origin ?? data.years[0]! - 1;
    const x = c.options.scales?.['x'];
    if (x) {
      x.min = minX;
      if (x.ticks) x.ticks.callback = (v) => (Number.isInteger(Number(v)) ? formatYear(Number(v)) : '');
    }
    return { ...c, minX, hasHistory: false };
  }

  protected override noteText(): string {
    const v = this.view;
    return v ? t('trackMethod', { origin: v.origin, runs: formatNumber(v.runs), seed: v.seed }) : '';
  }
}

const at = (years: readonly number[], values: readonly (number | null)[]) => (y: number) => {
  const v = values[years.indexOf(y)];
  return v === null ? undefined : v;
};

/** One outcome: band, median, actual, "no change". */
export class TrackOutcomeChart extends TrackChart {
  constructor(readonly outcome: TrackOutcome) {
    super(TRACK_CHART_SPECS[outcome]);
  }

  private get series(): OutcomeTrack | null {
    return this.view?.track?.[this.outcome] ?? null;
  }

  /** Plotted points of a series (percent × 100 for the share), years without a value left out. */
  private points(values: readonly (number | null)[], years: readonly number[]): Points {
    return years.flatMap((x, i) => {
      const v = values[i];
      return v === null || v === undefined ? [] : [{ x, y: this.plotted(v) }];
    });
  }

  protected override datasets(data: ChartData): ChartDataset<'line', Points>[] {
    const s = this.series;
    if (!s) return [];
    const years = data.years;
    const origin = this.view!.origin;
    // "no change" is the origin's value carried on; the hindcast starts from that value too (a scored municipality's
    // start is its own row), so the band, the median and what happened all begin at the origin and the band fans
    // out from it (with one test year, as from 2024, it would otherwise be a lone point)
    const first = s.persistence.find((v) => v !== null);
    const fromOrigin = (values: readonly (number | null)[]): Points => {
      const pts = this.points(values, years);
      if (first !== undefined && first !== null) pts.unshift({ x: origin, y: this.plotted(first) });
      return pts;
    };
    const persistence = fromOrigin(s.persistence);
    return [
      {
        label: 'p10',
        data: fromOrigin(s.p10),
        borderWidth: 0,
        pointRadius: 0,
        fill: false,
        borderColor: 'transparent',
        backgroundColor: BAND_FILL,
      },
      {
        label: t('trackBand'),
        data: fromOrigin(s.p90),
        borderWidth: 0,
        pointRadius: 0,
        fill: '-1',
        borderColor: 'transparent',
        backgroundColor: BAND_FILL,
      },
      {
        label: t('trackMedian'),
        data: fromOrigin(s.p50),
        borderColor: SERIES_COLOURS[0],
        backgroundColor: SERIES_COLOURS[0],
        borderWidth: 3,
        pointStyle: POINT_STYLES[0],
        pointRadius: 3,
        fill: false,
      },
      {
        label: t('trackPersistence'),
        data: persistence,
        borderColor: SERIES_COLOURS[1],
        backgroundColor: SERIES_COLOURS[1],
        borderDash: [6, 4],
        borderWidth: 2,
        pointStyle: POINT_STYLES[2],
        pointRadius: 0,
        fill: false,
      },
      crosses(t('trackActual'), fromOrigin(s.actual)),
    ];
  }

  override tableColumns(data: ChartData): { years: number[]; cols: Column[] } {
    const s = this.series;
    const years = [...data.years];
    if (!s) return { years, cols: [] };
    return {
      years,
      cols: [
        { head: t('trackActual'), value: at(years, s.actual) },
        { head: t('trackMedian'), value: at(years, s.p50) },
        { head: `${t('trackBand')}: ${t('p10')}`, value: at(years, s.p10) },
        { head: `${t('trackBand')}: ${t('p90')}`, value: at(years, s.p90) },
        { head: t('trackPersistence'), value: at(years, s.persistence) },
      ],
    };
  }

  protected override summary(data: ChartData): string {
    const s = this.series;
    const years = data.years;
    // the last year with an actual value and a band
    let i = years.length - 1;
    while (i >= 0 && s && (s.actual[i] === null || s.p50[i] === null)) i--;
    if (!s || i < 0) return `${loc(this.spec.title)}, ${data.regionName}`;
    const f = (v: number | null | undefined) => (v === null || v === undefined ? '–' : this.format(this.plotted(v)));
    return t('chartAlt', {
      title: loc(this.spec.title),
      region: data.regionName,
      summary: t('trackChartSummary', {
        year: formatYear(years[i]!),
        actual: f(s.actual[i]),
        p50: f(s.p50[i]),
        p10: f(s.p10[i]),
        p90: f(s.p90[i]),
        persistence: f(s.persistence[i]),
      }),
    });
  }
}

/** The probability of at least 5 % without a GP per year, and whether it happened (a cross at 100 % or 0 %). */
export class TrackProbabilityChart extends TrackChart {
  constructor() {
    super(TRACK_CHART_SPECS.probability);
  }

  /** Whole per cent: a share of 200 runs has no decimals worth showing. */
  override format(v: number): string {
    return formatPercent(v / 100, 0);
  }

  protected override noteText(): string {
    const v = this.view;
    if (!v) return '';
    const note = t('trackProbNote', { runs: formatNumber(v.runs), origin: v.origin });
    return v.track?.pShareAtLeast5pctRuns !== undefined
      ? `${note} ${t('trackProbPooled', { origin: v.origin })}`
      : note;
  }

  protected override datasets(): ChartDataset<'line', Points>[] {
    const events = this.view?.events ?? [];
    return [
      {
        label: t('trackProb'),
        data: events.map((e) => ({ x: e.year, y: e.p * 100 })),
        borderColor: SERIES_COLOURS[0],
        backgroundColor: SERIES_COLOURS[0],
        borderWidth: 3,
        pointStyle: POINT_STYLES[0],
        pointRadius: 3,
        fill: false,
      },
      crosses(
        t('trackHappened'),
        events.map((e) => ({ x: e.year, y: e.happened ? 100 : 0 })),
      ),
      ...(this.hasBase()
        ? [
            {
              label: t('trackBase', { origin: this.view!.origin }),
              data: events.flatMap((e) => (e.base === undefined ? [] : [{ x: e.year, y: e.base * 100 }])),
              borderColor: BASE_COLOUR,
              backgroundColor: BASE_COLOUR,
              borderDash: [2, 3],
              borderWidth: 2,
              pointStyle: 'cross' as const,
              pointRadius: 5,
              pointBorderWidth: 2,
              fill: false,
            },
          ]
        : []),
    ];
  }

  /** A municipality's track carries the base rate of municipalities that stood alike (schema 4). */
  private hasBase(): boolean {
    return (this.view?.events ?? []).some((e) => e.base !== undefined);
  }

  /** The probability and what happened (as a share: 1 = it happened); the page's table says "ja"/"nei". */
  override tableColumns(data: ChartData, full = false): { years: number[]; cols: Column[] } {
    const events = this.view?.events ?? [];
    const byYear = (y: number) => events.find((e) => e.year === y);
    return {
      years: [...data.years],
      cols: [
        { head: t('trackProb'), value: (y) => byYear(y)?.p },
        {
          head: full ? t('trackHappenedExport') : t('trackHappened'),
          value: (y) => {
            const e = byYear(y);
            return e ? (e.happened ? 1 : 0) : undefined;
          },
        },
        ...(this.hasBase()
          ? [{ head: t('trackBase', { origin: this.view!.origin }), value: (y: number) => byYear(y)?.base }]
          : []),
      ],
    };
  }

  override renderTable(data: ChartData): void {
    super.renderTable(data);
    const events = this.view?.events ?? [];
    for (const row of this.root.querySelectorAll<HTMLTableRowElement>('.chart-table tbody tr')) {
      const e = events.find((x) => formatYear(x.year) === row.cells[0]?.textContent);
      const cell = row.cells[2];
      if (e && cell) cell.textContent = e.happened ? t('trackYes') : t('trackNo');
    }
  }

  protected override summary(data: ChartData): string {
    const events = this.view?.events ?? [];
    const list = events
      .map((e) =>
        t(e.happened ? 'trackEventYes' : 'trackEventNo', { p: formatProbability(e.p), year: formatYear(e.year) }),
      )
      .join('; ');
    return t('chartAlt', {
      title: loc(this.spec.title),
      region: data.regionName,
      summary: t('trackProbSummary', { list }),
    });
  }
}

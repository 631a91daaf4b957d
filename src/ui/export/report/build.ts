/**
 * The council report as a deck model (DOM-free; see ../deck.ts): title with the region and scenario names, the
 * summary in plain words, the key figures against the reference with their 80 % intervals (for a municipality with its
 * probabilities of a list without a GP and of 5 % or more without one), a slide per chart
 * (bands, history, the start line, the region in the title, the stamp once), how well the model's hindcast did
 * there (Treffsikkerhet in plain words, when given), the comparison's difference and
 * budget tables, the settings that differ from current policy (named per scenario; a scenario without changes
 * says so once, current policy is left out) and the sources with their links. collect.ts gathers the inputs in
 * the browser; pptx.ts and pdf.ts write the result.
 */
import type { McEvents, McRuns } from '../../../engine/run/mcSummary.ts';
import type { ResultId } from '../../../engine/run/results.ts';
import type { ChartScale } from '../../chartSpecs.ts';
import {
  formatInteger,
  formatNumber,
  formatProbability,
  formatSigned,
  roundCount,
  roundProbabilityPoints,
} from '../../format.ts';
import { localeTag } from '../../i18n.ts';
import type { Deck, DeckBand, DeckChartSlide, DeckDash, DeckLink, DeckMarker, DeckSeries, DeckTable } from '../deck.ts';
import {
  figureOf,
  summaryParagraphs,
  type Figure,
  type FigureId,
  type ProbabilityFigure,
  type StandingSummary,
} from './summary.ts';
import { rt } from './texts.ts';

/** A scenario's line (and band) on a chart, in the chart's units, one value per projection year. */
export interface ChartScenarioInput {
  readonly name: string;
  /** The line: the runs' median (or mean: chartSpecs.ts ChartSeries.line), or the deterministic run before them. */
  readonly line: readonly number[];
  readonly p10?: readonly number[];
  readonly p90?: readonly number[];
  readonly colour: string;
  readonly dash: DeckDash;
  /** Draw the band (the main series; a secondary series of the chart shows its line only). */
  readonly band?: boolean;
  /**
   * The series is what the chart's history measures, so its line and band start from the history's value in the start
   * year, as on screen (chartView.ts). A series of another quantity (the GP chart's specialists, trainees and salaried
   * GPs beside the history of all GPs) starts at its own first projected year.
   */
  readonly joinsHistory: boolean;
}

export interface ChartInput {
  readonly title: string;
  /** The lines are the runs' mean, not their median (chartSpecs.ts ChartSeries.line; its caveat says so). */
  readonly mean?: boolean;
  readonly unit: string;
  readonly scale: ChartScale;
  /** The projection's years (31 Dec each), e.g. 2026-2040. */
  readonly years: readonly number[];
  readonly scenarios: readonly ChartScenarioInput[];
  /** Observed values (chart units) by year; the projection joins the start year's value where there is one. */
  readonly history?: { readonly name: string; readonly points: readonly { year: number; value: number }[] } | null;
  /** Reference lines switched on (kommuner som ligner, the county, the country): values by year, chart units. */
  readonly references?: readonly {
    readonly name: string;
    readonly colour: string;
    readonly dash: DeckDash;
    readonly points: readonly { year: number; value: number }[];
  }[];
  /** Lever start years (the year the lever applies from) and their labels. */
  readonly markers?: readonly { readonly year: number; readonly label: string }[];
  /** A chart of probabilities: its series as they are (no band, no history). */
  readonly probability?: readonly DeckSeries[];
  readonly stamp: readonly string[];
  /** Monte Carlo has run (the caption says what the band is). */
  readonly uncertain: boolean;
  /** The chart's caveats as on screen (chartCautions.ts), after the caption. */
  readonly cautions?: readonly string[];
}

/**
 * The caption's words for a chart: the band and the median, the band alone (mean lines: their caveat says so), or one
 * run.
 */
function captionKey(c: ChartInput): 'chartCaptionBand' | 'chartCaptionBandMean' | 'chartCaptionDet' {
  if (!c.uncertain) return 'chartCaptionDet';
  return c.mean === true ? 'chartCaptionBandMean' : 'chartCaptionBand';
}

/** A chart slide from its input: categories from the first history year to the last projection year. */
export function chartSlide(c: ChartInput, region: string): DeckChartSlide {
  const start = c.years[0]! - 1;
  const title = `${c.title} – ${region}`;
  if (c.probability) {
    return {
      title,
      unit: c.unit,
      scale: c.scale,
      years: c.years,
      series: c.probability,
      markers: [],
      caption: rt('chartCaptionProbability', { start }),
      stamp: c.stamp,
    };
  }
  const hist = c.history?.points ?? [];
  const refs = c.references ?? [];
  const first = Math.min(start, ...hist.map((p) => p.year), ...refs.flatMap((r) => r.points.map((p) => p.year)));
  const last = c.years[c.years.length - 1]!;
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const real = hist.find((p) => p.year === start)?.value;
  const at = (arr: readonly number[] | undefined, y: number, joins: boolean): number | null => {
    if (joins && y === start && real !== undefined) return real;
    const i = c.years.indexOf(y);
    const v = i >= 0 && arr ? arr[i] : undefined;
    return v === undefined || !Number.isFinite(v) ? null : v;
  };
  const series: DeckSeries[] = c.scenarios.map((s) => ({
    name: s.name,
    values: years.map((y) => at(s.line, y, s.joinsHistory)),
    dashed: s.dash !== 'solid',
    dash: s.dash,
    colour: s.colour,
  }));
  if (hist.length > 0)
    series.push({
      name: c.history!.name,
      values: years.map((y) => hist.find((p) => p.year === y)?.value ?? null),
      dashed: true,
      dash: 'sysDot',
      colour: '1A1A1A',
      history: true,
    });
  for (const r of refs)
    series.push({
      name: r.name,
      values: years.map((y) => r.points.find((p) => p.year === y)?.value ?? null),
      dashed: true,
      dash: r.dash,
      colour: r.colour,
    });
  const bands: DeckBand[] = c.scenarios
    .filter((s) => s.band !== false && s.p10 && s.p90)
    .map((s) => ({
      name: rt('bandName', { name: s.name }),
      p10: years.map((y) => at(s.p10, y, s.joinsHistory)),
      p90: years.map((y) => at(s.p90, y, s.joinsHistory)),
      colour: s.colour,
    }));
  const markers: DeckMarker[] = [
    { year: start, label: rt('startMarker', { year: start }), start: true },
    // a lever from 1 January is drawn at 31 December of the year before, as on screen
    ...(c.markers ?? []).filter((m) => m.year - 1 > start).map((m) => ({ year: m.year - 1, label: m.label })),
  ];
  return {
    title,
    unit: c.unit,
    scale: c.scale,
    years,
    series,
    bands,
    markers,
    caption: [rt(captionKey(c), { start }), ...(c.cautions ?? [])].join(' '),
    stamp: c.stamp,
  };
}

/** A scenario of the report: its name, what it changes, its runs (or one run's values). */
export interface ReportScenario {
  readonly name: string;
  /** Rows [setting, value, current policy's value] of what differs from current policy. */
  readonly settings: readonly (readonly [string, string, string])[];
  /** Is current policy itself (left out of the settings). */
  readonly isBaseline: boolean;
  readonly runs: McRuns | null;
  /** A value of one run (used when there are no runs). */
  readonly value: (id: ResultId, year: number) => number;
  /**
   * A municipality's probabilities per year as its key figures show them (the runs pooled with the base rates where
   * `poolWeights` are given); absent for larger areas and before Monte Carlo.
   */
  readonly events?: McEvents | null;
  readonly poolWeights?: { readonly any: number; readonly share5: number };
}

export interface ReportInput {
  readonly region: string;
  readonly scenarios: readonly ReportScenario[];
  /** Index of the reference scenario (usually current policy). */
  readonly reference: number;
  readonly charts: readonly ChartInput[];
  /** The comparison's difference and budget tables (a comparison on screen). */
  readonly tables?: readonly DeckTable[];
  readonly sources: readonly DeckLink[];
  /** Monte Carlo runs per scenario (null: one deterministic run). */
  readonly runs: number | null;
  readonly lastYear: number;
  readonly date: Date;
  readonly appVersion: string;
  /** The year of the summary and key figures (2030). */
  readonly year?: number;
  /** The region's track record in plain words (Treffsikkerhet), when it could be loaded. */
  readonly trackRecord?: readonly string[];
  /** A municipality's naive forecast without a model for the summary's year (summary.ts StandingSummary). */
  readonly standing?: StandingSummary;
}

const FIGURES: readonly FigureId[] = ['withoutGp', 'gps', 'onCall', 'cost'];

/** The year of the summary and key figures unless the input names one. */
export const REPORT_YEAR = 2030;

function figureLabel(id: FigureId, year: number): string {
  return rt(id === 'withoutGp' ? 'kfWithout' : id === 'gps' ? 'kfGps' : id === 'onCall' ? 'kfOnCall' : 'kfCost', {
    year,
  });
}

function figureFormat(id: FigureId): (v: number) => string {
  if (id === 'withoutGp') return (v) => formatInteger(roundCount(v));
  if (id === 'onCall') return (v) => formatNumber(v, 1);
  if (id === 'cost') return (v) => formatNumber(v / 1e6, Math.abs(v) < 1e8 ? 1 : 0);
  return formatInteger;
}

/** A scenario's probabilities in `year` (null when it has none for that year). */
export function probabilityOf(s: ReportScenario, year: number): ProbabilityFigure | null {
  const yi = s.events?.years.indexOf(year) ?? -1;
  if (!s.events || yi < 0) return null;
  return {
    any: s.events.pAnyListWithoutGp[yi]!,
    share5: s.events.pShareAtLeast5pct[yi]!,
    ...(s.events.pooled && s.poolWeights !== undefined ? { poolWeights: s.poolWeights } : {}),
  };
}

/**
 * The key-figure table: a row per figure, a column per scenario with its expected value and 80 % interval, and for
 * the compared scenarios the difference from the reference with its interval (paired run by run); for a municipality
 * (every scenario with its probabilities) two rows more, the probabilities of at least one list without a GP and of at
 * least 5 % without one, with the compared scenarios' change in percentage points, as the app's key figures say them.
 */
export function keyFigureTable(
  scenarios: readonly {
    name: string;
    figures: Partial<Record<FigureId, Figure>> | null;
    own: Record<FigureId, Figure>;
    probability?: ProbabilityFigure | null;
  }[],
  reference: string,
  year: number,
  referenceIndex = 0,
): DeckTable {
  const range = (q: { p10: number; p90: number }, fmt: (v: number) => string) =>
    rt('kfRange', { lo: fmt(Math.min(q.p10, q.p90)), hi: fmt(Math.max(q.p10, q.p90)) });
  const rows = FIGURES.map((id) => {
    const fmt = figureFormat(id);
    return [
      figureLabel(id, year),
      ...scenarios.map((s) => {
        const own = s.own[id];
        const f = s.figures?.[id];
        const value = own.uncertain
          ? `${fmt(own.scenario.mean)} (${range(own.scenario, fmt)})`
          : fmt(own.scenario.mean);
        if (!f) return value;
        const signed = (v: number) => formatSigned(v, fmt);
        const diff = f.uncertain ? `${signed(f.diff.mean)} (${range(f.diff, signed)})` : signed(f.diff.mean);
        return `${value}\n${rt('kfDiffShort', { reference })}: ${diff}`;
      }),
    ];
  });
  const ref = scenarios[referenceIndex]?.probability;
  const probabilities = ref && scenarios.every((s) => s.probability) ? scenarios.map((s) => s.probability!) : null;
  if (probabilities)
    for (const [key, field] of [
      ['kfProbAny', 'any'],
      ['kfProbShare5', 'share5'],
    ] as const)
      rows.push([
        rt(key, { year }),
        ...probabilities.map((p, i) => {
          const value = formatProbability(p[field]);
          if (i === referenceIndex) return value;
          const points = roundProbabilityPoints(p[field] - ref![field]);
          return `${value}\n${rt('kfDiffShort', { reference })}: ${rt('kfPoints', { n: formatSigned(points) })}`;
        }),
      ]);
  const pooled = probabilities?.some((p) => p.poolWeights !== undefined) ?? false;
  return {
    heading: rt('keyFiguresHeading'),
    columns: [rt('kfFigure'), ...scenarios.map((s) => s.name)],
    rows,
    note: probabilities
      ? `${rt('kfNote')} ${rt(pooled ? 'kfNoteProbabilityPooled' : 'kfNoteProbability')}`
      : rt('kfNote'),
  };
}

/** The settings table: what each scenario changes; a scenario with none says so, current policy is left out. */
export function settingsTable(scenarios: readonly ReportScenario[]): DeckTable {
  const rows: string[][] = [];
  const named = scenarios.filter((s) => !s.isBaseline);
  for (const s of named) {
    if (s.settings.length === 0) rows.push([s.name, rt('settingsNone'), '', '']);
    for (const [setting, value, base] of s.settings) rows.push([s.name, setting, value, base]);
  }
  if (rows.length === 0) rows.push(['', rt('settingsNone'), '', '']);
  return {
    heading: rt('settingsHeading'),
    columns: [rt('settingsScenario'), rt('settingsSetting'), rt('settingsValue'), rt('settingsBaseline')],
    rows,
  };
}

/** The whole report. */
export function buildReport(input: ReportInput): Deck {
  const year = input.year ?? REPORT_YEAR;
  const tag = localeTag();
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long' }).format(input.date);
  const ref = input.scenarios[input.reference]!;
  const figuresOf = (s: ReportScenario, against: ReportScenario) =>
    Object.fromEntries(FIGURES.map((id) => [id, figureOf(id, year, s, against)])) as Record<FigureId, Figure>;
  const rows = input.scenarios.map((s, i) => ({
    name: s.name,
    own: figuresOf(s, s),
    figures: i === input.reference ? null : figuresOf(s, ref),
    probability: probabilityOf(s, year),
  }));
  const refProbability = rows[input.reference]!.probability;
  const compared = input.scenarios.filter((_, i) => i !== input.reference);
  const names = input.scenarios.map((s) => s.name);
  const scenariosLine =
    compared.length === 1
      ? rt('reportVs', { scenario: `«${compared[0]!.name}»`, reference: ref.name.toLowerCase() })
      : names.join(' · ');
  return {
    title: rt('reportTitle', { region: input.region }),
    subtitle: rt('reportSubtitle', { scenarios: scenariosLine, last: input.lastYear, date }),
    summary: {
      heading: `${rt('summaryHeading')} – ${input.region}`,
      paragraphs: summaryParagraphs({
        region: input.region,
        reference: ref.name,
        year,
        lastYear: input.lastYear,
        runs: input.runs,
        ...(input.standing ? { standing: input.standing } : {}),
        scenarios: input.scenarios.map((s, i) => ({
          name: s.name,
          changes: s.settings.map(([setting, value]) => `${setting}: ${value}`),
          figures: i === input.reference ? null : rows[i]!.figures,
          probability:
            i === input.reference || !rows[i]!.probability || !refProbability
              ? null
              : { own: rows[i]!.probability!, reference: refProbability },
        })),
      }),
    },
    keyFigures: {
      ...keyFigureTable(rows, ref.name.toLowerCase(), year, input.reference),
      heading: `${rt('keyFiguresHeading')} – ${input.region}`,
    },
    charts: input.charts.map((c) => chartSlide(c, input.region)),
    ...(input.trackRecord && input.trackRecord.length > 0
      ? { trackRecord: { heading: `${rt('trackReportHeading')} – ${input.region}`, paragraphs: input.trackRecord } }
      : {}),
    ...(input.tables && input.tables.length > 0 ? { tables: input.tables } : {}),
    settings: settingsTable(input.scenarios),
    sources: { heading: rt('sourcesHeading'), items: input.sources },
    footer: rt('reportFooter', { version: input.appVersion, region: input.region, date }),
  };
}

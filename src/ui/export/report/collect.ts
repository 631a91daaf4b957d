/**
 * The browser side of the council report and the PowerPoint exports: gathers what is on screen (the charts' data, the
 * comparison and its tables, the scenarios' settings and Monte Carlo runs, the stamps, the region's track record in
 * plain words) into the DOM-free report input (build.ts), and writes the deck (pptx.ts) and the A4 PDF (pdf.ts). Loaded
 * on first use.
 */
import type { McRuns } from '../../../engine/run/mcSummary.ts';
import { RESULT_SPECS, type ResultId } from '../../../engine/run/results.ts';
import type { LeverSetting } from '../../../engine/run/scenario.ts';
import { getAssumption } from '../../../levers/assumptions.ts';
import { getLever } from '../../../levers/registry.ts';
import { ChartView, lineOf, SERIES_COLOURS, type ChartData } from '../../chartView.ts';
import { centreOf, hasMeanLines } from '../../chartSpecs.ts';
import { dataSources, documentSources, humanCitations } from '../../citations.ts';
import type { CompareResult } from '../../compare/comparePanel.ts';
import { formatNumber } from '../../format.ts';
import { loc, t, type StringKey } from '../../i18n.ts';
import { displayLeverValue } from '../../leversPanel.ts';
import { ProbabilityChartView, shownScenarios } from '../../probabilityChart.ts';
import { EVENT_MAPS } from '../../eventMaps.ts';
import type { McOutcome } from '../../sim/mcRunner.ts';
import type { RegionOption, RunRequest } from '../../sim/protocol.ts';
import { overrideOfSetting } from '../../state.ts';
import type { Deck, DeckDash, DeckTable } from '../deck.ts';
import { exportFileName } from '../fileName.ts';
import { buildReport, REPORT_YEAR, type ChartInput, type ChartScenarioInput, type ReportScenario } from './build.ts';
import type { StandingSummary } from './summary.ts';
import { rt } from './texts.ts';

/** What the page hands over. */
export interface ReportContext {
  readonly views: readonly ChartView[];
  readonly regionName: string;
  /** The comparison that holds for the view, or null. */
  readonly compare: CompareResult | null;
  /** The scenario on screen and its display name. */
  readonly request: RunRequest;
  readonly scenarioName: string;
  /** The scenario's Monte Carlo (with both scenarios' runs), when it has run. */
  readonly mc: McOutcome | null;
  readonly municipalityNames: ReadonlyMap<string, string>;
  /** The stamp of a chart's exports; `title` in place of the chart's (one series' slide of a comparison). */
  readonly stampFor: (view: ChartView, data: ChartData, title?: string) => Promise<string[]>;
  readonly appVersion: string;
  /** The region on screen and the track record's start year shown (the report's "how well has the model done"). */
  readonly region: RegionOption;
  readonly trackOrigin: number;
}

/** Dashes per compared scenario, as on screen (COMPARE_DASHES). */
const DASHES: readonly DeckDash[] = ['solid', 'dash', 'sysDot', 'lgDashDot'];
const colour = (i: number) => SERIES_COLOURS[i % SERIES_COLOURS.length]!.slice(1);

/** What a request changes from current policy: [setting, value, current policy's value]. */
export function settingRows(req: RunRequest, names: ReadonlyMap<string, string>): [string, string, string][] {
  const rows: [string, string, string][] = [];
  const leverSets: [string, Readonly<Record<string, LeverSetting>>][] = [
    ['', req.levers],
    ...Object.entries(req.municipalities ?? {}).map(([code, p]): [string, Readonly<Record<string, LeverSetting>>] => [
      ` (${names.get(code) ?? code})`,
      p.levers ?? {},
    ]),
  ];
  for (const [where, levers] of leverSets)
    for (const [id, setting] of Object.entries(levers)) {
      const spec = getLever(id);
      if (!spec) continue;
      const o = overrideOfSetting(id, setting);
      const fromText = (y: number) => `${t('startYear').toLowerCase()} ${y}`;
      const steps = (o.steps ?? []).map((x) => `; ${displayLeverValue(spec, x.value)} ${fromText(x.from)}`);
      rows.push([
        `${loc(spec.label)}${where}`,
        `${displayLeverValue(spec, o.value)} (${fromText(o.from)}${steps.join('')}${
          o.until !== undefined ? `, ${t('untilSet', { year: o.until })}` : ''
        })`,
        displayLeverValue(spec, spec.default),
      ]);
    }
  for (const [id, v] of Object.entries(req.assumptions)) {
    const a = getAssumption(id);
    if (a) rows.push([loc(a.label), formatNumber(v, 4), formatNumber(a.default, 4)]);
  }
  for (const [id, expr] of Object.entries(req.formulas)) rows.push([id, expr, '']);
  return rows;
}

/** A table on screen (thead and tbody text) as a deck table. */
function screenTable(selector: string, heading: string, note?: string): DeckTable | null {
  const table = document.querySelector<HTMLTableElement>(selector);
  if (!table) return null;
  // a cell's parts (a value and its difference in their own elements) with a space between them
  const text = (n: Node): string =>
    n.nodeType === Node.TEXT_NODE ? (n.nodeValue ?? '') : [...n.childNodes].map(text).join(' ');
  const cells = (tr: Element) => [...tr.children].map((c) => text(c).replace(/\s+/g, ' ').trim());
  const head = table.tHead?.rows[table.tHead.rows.length - 1];
  const rows = [...(table.tBodies[0]?.rows ?? [])].map(cells);
  if (!head || rows.length === 0) return null;
  return { heading, columns: cells(head), rows, ...(note ? { note } : {}) };
}

/** The chart inputs: each chart on screen with its scenarios' lines and bands, history and lever start years. */
async function chartInputs(ctx: ReportContext, views: readonly ChartView[]): Promise<ChartInput[]> {
  const out: ChartInput[] = [];
  for (const view of views) {
    const data = view.current;
    if (!data) continue;
    const plot = (arr: readonly number[] | undefined) => arr?.map((v) => view.plotted(v));
    const stamp = await ctx.stampFor(view, data);
    const base = {
      title: loc(view.spec.title),
      unit: loc(view.spec.unit),
      scale: view.spec.scale,
      years: data.years,
      stamp,
      uncertain: !!(data.compare ?? data.mc),
      mean: hasMeanLines(view.spec),
      cautions: view.cautions(data),
      markers: data.markers.map((m) => ({
        year: m.year,
        label:
          m.labels.length === 1
            ? t('leverStarts', { label: m.labels[0]!, year: m.year })
            : t('leversStart', { n: m.labels.length, year: m.year }),
      })),
    };
    if (view instanceof ProbabilityChartView) {
      out.push({ ...base, scenarios: [], probability: view.deckSeries(data) });
      continue;
    }
    const histId = (view.spec.history ?? []).find((id) => (data.history.series[id]?.length ?? 0) > 0);
    const hist = histId ? data.history.series[histId]! : null;
    // a line joins the history only where it is the history's quantity (as on screen)
    const joins = (id: ResultId) => id === histId;
    const label = (id: ResultId) => loc(RESULT_SPECS.find((r) => r.id === id)!.label);
    const multi = view.spec.series.length > 1;
    // the reference lines of the chart's series (or of one of them), and the history where it is drawn
    const references = (only?: ResultId) =>
      view
        .referenceLines(data)
        .filter(({ line }) => only === undefined || line.result === only)
        .map(({ line, head }) => ({
          ...line.deck,
          name: head,
          points: line.points.map((p) => ({ year: p.year, value: view.plotted(p.value) })),
        }));
    const history = hist
      ? {
          name: data.history.derived.includes(histId!) ? t('historyDerived') : t('history'),
          points: hist.map((p) => ({ year: p.year, value: view.plotted(p.value) })),
        }
      : null;
    const cmp = data.compare;
    if (cmp) {
      // the series compared on screen (those with a band), each a chart of its own here: a scenario keeps its colour
      // and dash on every slide, and a slide has no markers to tell two series of one scenario apart (as the screen's
      // do: GPs joining and leaving, capitation and public cost)
      const compared = view.comparedSeries();
      for (const id of compared)
        out.push({
          ...base,
          ...(compared.length > 1 ? { title: label(id), stamp: await ctx.stampFor(view, data, label(id)) } : {}),
          scenarios: cmp.summaries.map((sum, j) => ({
            name: cmp.names[j]!,
            line: plot(centreOf(sum[id], id))!,
            p10: plot(sum[id].p10)!,
            p90: plot(sum[id].p90)!,
            colour: colour(j),
            dash: DASHES[j % DASHES.length]!,
            joinsHistory: joins(id),
          })),
          references: references(compared.length > 1 ? id : undefined),
          history: compared.length > 1 && !joins(id) ? null : history,
        });
      continue;
    }
    const scenarios: ChartScenarioInput[] = [];
    view.spec.series.forEach((s, i) => {
      const pre = multi ? `${label(s.result)}: ` : '';
      const main = s.band ?? i === 0;
      const mc = data.mc;
      if (main)
        scenarios.push({
          name: `${pre}${t('baseline')}`,
          line: plot(lineOf(data, 'baseline', s.result))!,
          colour: colour(i),
          dash: 'dash',
          band: false,
          joinsHistory: joins(s.result),
        });
      scenarios.push({
        name: `${pre}${ctx.scenarioName}`,
        line: plot(lineOf(data, 'current', s.result))!,
        ...(mc && main ? { p10: plot(mc.current[s.result].p10)!, p90: plot(mc.current[s.result].p90)! } : {}),
        colour: colour(i),
        dash: 'solid',
        band: main,
        joinsHistory: joins(s.result),
      });
    });
    out.push({ ...base, scenarios, references: references(), history });
  }
  return out;
}

/** The data the page's charts show (the first chart that has any). */
function dataOnScreen(ctx: ReportContext): ChartData | null {
  return ctx.views.find((v) => v.current)?.current ?? null;
}

/**
 * The report's scenarios: the comparison's, or current policy and the scenario on screen; for a municipality, each with
 * its probabilities as the key figures and the probability chart show them (in the same order as the scenarios).
 */
function reportScenarios(ctx: ReportContext): { scenarios: ReportScenario[]; reference: number; runs: number | null } {
  const plain = plainReportScenarios(ctx);
  const data = dataOnScreen(ctx);
  const shown = data && data.regionType === 'kommune' ? shownScenarios(data) : null;
  if (!shown || shown.length !== plain.scenarios.length) return plain;
  const poolWeights = {
    any: EVENT_MAPS.anyListWithoutGp.poolWeight,
    share5: EVENT_MAPS.shareAtLeast5pct.poolWeight,
  };
  return {
    ...plain,
    scenarios: plain.scenarios.map((s, i) => ({ ...s, events: shown[i]!.events, poolWeights })),
  };
}

/** The report's scenarios without probabilities (see reportScenarios). */
function plainReportScenarios(ctx: ReportContext): {
  scenarios: ReportScenario[];
  reference: number;
  runs: number | null;
} {
  const data = dataOnScreen(ctx);
  const cmp = ctx.compare;
  if (cmp) {
    const valueOf = (i: number) => (id: ResultId, year: number) => {
      const yi = cmp.runs[i]!.years.indexOf(year);
      return cmp.summaries[i]![id].p50[yi] ?? NaN;
    };
    return {
      reference: cmp.reference,
      runs: cmp.runs[0]?.runs ?? null,
      scenarios: cmp.names.map((name, i) => ({
        name,
        isBaseline: cmp.keys[i] === 'baseline',
        settings: settingRows(cmp.requests[i]!, ctx.municipalityNames),
        runs: cmp.runs[i]!,
        value: valueOf(i),
      })),
    };
  }
  const series = (which: 'baseline' | 'current') => (id: ResultId, year: number) => {
    const yi = data ? data.years.indexOf(year) : -1;
    return yi >= 0 ? (data![which][id][yi] ?? NaN) : NaN;
  };
  const runs = (r: McRuns | undefined): McRuns | null => r ?? null;
  const both = ctx.mc?.currentRuns && ctx.mc.baselineRuns;
  return {
    reference: 0,
    runs: both ? ctx.mc!.currentRuns!.runs : null,
    scenarios: [
      {
        name: t('baseline'),
        isBaseline: true,
        settings: [],
        runs: both ? runs(ctx.mc!.baselineRuns) : null,
        value: series('baseline'),
      },
      {
        name: ctx.scenarioName,
        isBaseline: false,
        settings: settingRows(ctx.request, ctx.municipalityNames),
        runs: both ? runs(ctx.mc!.currentRuns) : null,
        value: series('current'),
      },
    ],
  };
}

/**
 * A municipality's naive forecast for `year` (ChartData.standing, the key cards' "kommuner som sto likt"), or
 * undefined for other regions and where the start's rates are not there.
 */
export function standingSummary(data: ChartData | null, year: number): StandingSummary | undefined {
  const s = data?.standing;
  if (!s || data.regionType !== 'kommune') return undefined;
  const i = s.years.indexOf(year);
  if (i < 0) return undefined;
  return {
    start: s.untilYear,
    band: t(`standingBand${s.band}` as StringKey),
    years: year - s.untilYear,
    p: s.pAnyListWithoutGp[i] ?? null,
    cases: s.pairs[i] ?? 0,
    share: s.meanShare[i] ?? null,
    from: s.fromYear,
    until: s.untilYear,
  };
}

/** The sources with their links; the budget envelopes' internal references as human citations. */
function sources(): { text: string; url?: string }[] {
  return [...dataSources(), ...documentSources()];
}

/**
 * The region's track record in plain words, as Treffsikkerhet says it: from the start year shown there, or, where the
 * region has no band from it, from the latest start year where it has one (a municipality renumbered in 2024: 2024).
 * Undefined when the track record cannot be loaded (the report is made without it).
 */
async function trackParagraphs(ctx: ReportContext): Promise<string[] | undefined> {
  try {
    const [{ loadTrackData }, { latestScoredOrigin, originsOf, trackView }, { sentenceName, trackSummary }] =
      await Promise.all([
        import('../../trackRecord/data.ts'),
        import('../../trackRecord/select.ts'),
        import('../../trackRecord/summary.ts'),
      ]);
    const data = await loadTrackData();
    const viewFrom = (origin: number) => trackView(data.record, origin, ctx.region, data.municipalitiesAt(origin));
    const origins = originsOf(data.record);
    const shown = origins.includes(ctx.trackOrigin) ? ctx.trackOrigin : origins[0]!;
    let view = viewFrom(shown);
    if (!view.scored) {
      const other = latestScoredOrigin(data.record, ctx.region, (o) => data.municipalitiesAt(o));
      if (other !== undefined) view = viewFrom(other);
    }
    const last = view.years[view.years.length - 1] ?? view.origin;
    return [
      rt('trackReportIntro', { origin: view.origin, last }),
      ...trackSummary(view, sentenceName(ctx.region)),
      rt('trackReportMore'),
    ];
  } catch {
    return undefined;
  }
}

/** The report (or, `brief`, one chart's deck: title, key figures, the chart, the settings). */
export async function reportDeck(
  ctx: ReportContext,
  opts: { views?: readonly ChartView[]; brief?: boolean } = {},
): Promise<Deck> {
  const { scenarios, reference, runs } = reportScenarios(ctx);
  const charts = await chartInputs(ctx, opts.views ?? ctx.views);
  const tables: DeckTable[] = [];
  if (ctx.compare && !opts.brief) {
    const diff = screenTable('#compare-table', rt('diffHeading'));
    const envelopes = [...document.querySelectorAll('#budget-envelopes li')].map(
      (li) => humanCitations((li.textContent ?? '').trim()).text,
    );
    const budget = screenTable(
      '#budget-table',
      rt('budgetHeading'),
      envelopes.length > 0 ? `${t('budgetEnvelopes')}: ${envelopes.join(' · ')}` : undefined,
    );
    if (diff) tables.push(diff);
    if (budget) tables.push(budget);
  }
  const lastYear = Math.max(...(charts[0]?.years ?? [2040]));
  const trackRecord = opts.brief ? undefined : await trackParagraphs(ctx);
  const standing = standingSummary(dataOnScreen(ctx), REPORT_YEAR);
  const deck = buildReport({
    region: ctx.regionName,
    scenarios,
    reference,
    charts,
    tables,
    sources: sources(),
    runs,
    lastYear,
    date: new Date(),
    appVersion: ctx.appVersion,
    ...(trackRecord ? { trackRecord } : {}),
    ...(standing ? { standing } : {}),
  });
  if (!opts.brief) return deck;
  const { summary: _s, tables: _t, sources: _src, ...rest } = deck;
  return rest;
}

/** The file name of a report or deck for the region and scenario(s) on screen. */
export function reportFileName(ctx: ReportContext, ext: string, what = ''): string {
  const names = ctx.compare ? [rt('fileComparison')] : [ctx.scenarioName];
  return exportFileName([what, ctx.regionName, ...names], ext);
}

/** The council report: the PowerPoint deck and the A4 PDF. */
export async function councilReport(ctx: ReportContext): Promise<{ name: string; blob: Blob }[]> {
  const deck = await reportDeck(ctx);
  const [{ deckPptx }, { reportPdf }] = await Promise.all([import('../pptx.ts'), import('./pdf.ts')]);
  const [pptx, pdf] = await Promise.all([deckPptx(deck), reportPdf(deck)]);
  return [
    { name: reportFileName(ctx, 'pptx', rt('fileReport')), blob: pptx },
    { name: reportFileName(ctx, 'pdf', rt('fileReport')), blob: pdf },
  ];
}

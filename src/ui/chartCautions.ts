/**
 * The caveats a chart of the projection carries, in words: a steep fall into the first projected year
 * (firstYearNote.ts), a median line at 0 beside a real chance of a list without a GP (medianNote.ts), lines that are
 * the runs' mean rather than their median (ChartSeries.line), and how far
 * ahead the band has been tried against what happened, or for a larger area how often it held, or, for an outcome the
 * track record does not score, that its band is not tried (issue #13). Under the
 * chart on screen (chartView.ts), in its exports and under it in the council report and its slides
 * (export/report/collect.ts), so that the caveats travel with the figure.
 */
import coverage from '../data/bandCoverage.json';
import { bandsTooNarrow, coverageOf } from '../engine/validation/areaCoverage.ts';
import { hasMeanLines, type ChartSpec } from './chartSpecs.ts';
import type { ChartData } from './chartView.ts';
import { firstYearNote } from './firstYearNote.ts';
import { formatList, formatPercent } from './format.ts';
import { t, type StringKey } from './i18n.ts';
import { medianAtZeroNote } from './medianNote.ts';

const AREA_NAME_KEY: Readonly<Record<'national' | 'fylke' | 'sentralitet', StringKey>> = {
  national: 'bandAreaNational',
  fylke: 'bandAreaFylke',
  sentralitet: 'bandAreaSentralitet',
};

/** The kind of a larger area whose bands have held what happened too seldom (bandCoverage.json); else undefined. */
function narrowAreaKind(data: Pick<ChartData, 'regionType'>): 'national' | 'fylke' | 'sentralitet' | undefined {
  const kind = data.regionType;
  if (kind === undefined || kind === 'kommune') return undefined;
  return bandsTooNarrow(coverage.kinds[kind]) ? kind : undefined;
}

/**
 * For the country, a county or a centrality class whose bands have held what happened too seldom, how often they held
 * it (src/data/bandCoverage.json, written with the track record: their bands are sums of municipalities, narrower than
 * what the model misses for a sum; areaCoverage.ts); else ''.
 */
export function narrowBandNote(data: Pick<ChartData, 'regionType'>): string {
  const kind = narrowAreaKind(data);
  if (kind === undefined) return '';
  const c = coverage.kinds[kind];
  return t('bandAreaNarrowNote', {
    area: t(AREA_NAME_KEY[kind]),
    origins: formatList(coverage.origins.map(String)),
    share: formatPercent(coverageOf(c.share), 0),
    list: formatPercent(coverageOf(c.listLength), 0),
  });
}

/**
 * The band's note. For a chart whose outcome the track record tries (ChartSpec.tried): how often it held for a larger
 * area where that was too seldom, else how far ahead it has been tried. For another chart: that its band is the runs'
 * spread, not tried, and, for a larger area, that the bands that were tried held too seldom there.
 */
export function bandNote(spec: Pick<ChartSpec, 'tried'>, data: Pick<ChartData, 'regionType'>): string {
  if (spec.tried === true) return narrowBandNote(data) || t('bandHorizonNote');
  const kind = narrowAreaKind(data);
  return kind === undefined ? t('bandUntriedNote') : t('bandUntriedNarrowNote', { area: t(AREA_NAME_KEY[kind]) });
}

/** The first year-end whose counts of residents and lists without a GP are complete (registration from autumn 2022). */
const FIRST_COMPLETE_YEAR = 2022;

/**
 * Where the chart's real history comes from, and, when it reaches back before FIRST_COMPLETE_YEAR, that the counts
 * before autumn 2022 miss unregistered vacant lists (the series break, backtest.ts); '' without history. (A
 * municipality's vacant lists have 2025 only, and say the source alone.)
 */
export function historyNote(spec: Pick<ChartSpec, 'history'>, data: Pick<ChartData, 'history'>): string {
  const points = (spec.history ?? []).flatMap((id) => data.history.series[id] ?? []);
  if (points.length === 0) return '';
  const key = points.some((p) => p.year < FIRST_COMPLETE_YEAR) ? 'historyNote' : 'historySourceNote';
  return t(key, { source: data.history.source });
}

/**
 * That the chart's lines are the runs' mean, not their median, once they are drawn from the runs (Monte Carlo has run,
 * or scenarios are compared) and its series say so (ChartSeries.line); else ''.
 */
export function meanLineNote(spec: Pick<ChartSpec, 'series'>, data: Pick<ChartData, 'mc' | 'compare'>): string {
  const fromRuns = data.mc != null || data.compare != null;
  return fromRuns && hasMeanLines(spec) ? t('meanLineNote') : '';
}

/** The chart's caveats, each a sentence or two; empty when it has none. The band's only once Monte Carlo has run. */
export function chartCautions(spec: ChartSpec, data: ChartData): string[] {
  const notes = data.mc
    ? [firstYearNote(spec, data), medianAtZeroNote(spec, data), meanLineNote(spec, data), bandNote(spec, data)]
    : [firstYearNote(spec, data), meanLineNote(spec, data)];
  return notes.filter((s) => s !== '');
}

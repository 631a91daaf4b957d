/**
 * The sentence under a chart of residents or lists without a GP when its line falls steeply in the first projected
 * year from the last real value, and under the GPs' chart when theirs rises steeply, the same fill seen from the GPs
 * (Nesna: one GP in 2025, three in the median of 2026) (issue #13). From the 2025 start the model fills the few vacant
 * lists faster than its own hindcasts and the record say (README, Validation; "Om modellen"), and the national line's
 * fall of about 40 % in 2026 is the first thing a new user sees: the note says so where the fall is drawn. Built from
 * the chart's numbers, never typed in; kept apart from chartView.ts so that it is tested without Chart.js.
 */
import type { ResultId } from '../engine/index.ts';
import type { HistoryResultId } from '../engine/run/regionHistory.ts';
import type { ChartSpec } from './chartSpecs.ts';
import type { ChartData } from './chartView.ts';
import { formatPercent } from './format.ts';
import { t } from './i18n.ts';

/** The charts whose first-year fall comes from the fill of the start's vacant lists. */
const VACANCY_RESULTS: readonly ResultId[] = ['nResidentsWithoutGp', 'residentsWithoutGpShare', 'nVacantLists'];

/** A fall in the first projected year of at least this share of the last real value gets the note (judgement). */
export const STEEP_FIRST_YEAR_FALL = 0.25;

/** The GPs' chart: a rise of at least this share of the last real value gets the note (judgement, as the fall). */
export const STEEP_FIRST_YEAR_RISE = 0.25;

/**
 * For a chart of residents or lists without a GP whose line (the Monte Carlo median once it has run, else the
 * deterministic run) falls by STEEP_FIRST_YEAR_FALL or more from the last real value to the first projected year, or
 * the GPs' chart whose line rises by STEEP_FIRST_YEAR_RISE or more: the change and that the model probably fills the
 * vacant lists too fast in its first year. '' otherwise, in a comparison, and where the chart has no real value for
 * the year before the projection.
 */
export function firstYearNote(spec: ChartSpec, data: ChartData): string {
  const id = spec.series[0]?.result;
  if (data.compare || id === undefined || !(VACANCY_RESULTS.includes(id) || id === 'nGps')) return '';
  if (!(spec.history ?? []).includes(id as HistoryResultId)) return '';
  const startYear = data.years[0]! - 1;
  const real = data.history.series[id as HistoryResultId]?.find((p) => p.year === startYear)?.value;
  // the line as chartView.ts lineOf draws it (not imported: that module brings Chart.js)
  const next = (data.mc ? data.mc.current[id]?.p50 : data.current[id])?.[0];
  if (real === undefined || next === undefined || !(real > 0)) return '';
  const years = { last: startYear, next: data.years[0]! };
  if (id === 'nGps') {
    const rise = next / real - 1;
    return rise >= STEEP_FIRST_YEAR_RISE ? t('firstYearRiseNote', { ...years, rise: formatPercent(rise, 0) }) : '';
  }
  const fall = 1 - next / real;
  if (fall < STEEP_FIRST_YEAR_FALL) return '';
  return t('firstYearFallNote', { ...years, fall: formatPercent(fall, 0) });
}

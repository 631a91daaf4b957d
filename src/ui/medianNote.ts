/**
 * The sentence under a municipality's chart of residents or lists without a GP when its line, the median of the Monte
 * Carlo runs, stands at 0 while some runs have a list without a GP (issue #13: a line at 0 under a band is never to be
 * read as "nobody"). Kept apart from chartView.ts so that it is tested without Chart.js.
 */
import type { ResultId } from '../engine/index.ts';
import type { ChartSpec } from './chartSpecs.ts';
import type { ChartData } from './chartView.ts';
import { formatProbability, formatRoundedCount } from './format.ts';
import { t } from './i18n.ts';

/** Outcomes a small municipality has in whole lists: none, or a list's residents (issue #13). */
const LUMPY_RESULTS: readonly ResultId[] = ['nResidentsWithoutGp', 'residentsWithoutGpShare', 'nVacantLists'];

/**
 * For a municipality's chart of residents or lists without a GP whose median line stands at 0 in a projected year while
 * some runs have residents without a GP there: what the line is, and the year's probability of at least one list
 * without a GP and expected number of residents without one (the key figures' numbers), so that a line at 0 under a
 * band is never read as "nobody" (issue #13). The first such year; '' when there is none.
 */
export function medianAtZeroNote(spec: ChartSpec, data: ChartData): string {
  const ev = data.mc?.events?.current;
  const id = spec.series[0]?.result;
  if (data.regionType !== 'kommune' || data.compare || !ev || id === undefined || !LUMPY_RESULTS.includes(id))
    return '';
  const band = data.mc!.current[id];
  for (let i = 0; i < data.years.length; i++) {
    if (band.p50[i] !== 0 || !(band.p90[i]! > 0)) continue;
    const j = ev.years.indexOf(data.years[i]!);
    if (j < 0) continue;
    return t('medianAtZeroNote', {
      year: data.years[i]!,
      p: formatProbability(ev.pAnyListWithoutGp[j]!),
      mean: formatRoundedCount(ev.meanResidentsWithoutGp[j]!),
    });
  }
  return '';
}

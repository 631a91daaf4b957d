/**
 * The caveats a chart of the projection carries, in words: a steep fall into the first projected year
 * (firstYearNote.ts), a median line at 0 beside a real chance of a list without a GP (medianNote.ts), and how far
 * ahead the band has been tried against what happened (issue #13). Under the chart on screen (chartView.ts) and under
 * it in the council report and its slides (export/report/collect.ts), so that the caveats travel with the figure.
 */
import type { ChartSpec } from './chartSpecs.ts';
import type { ChartData } from './chartView.ts';
import { firstYearNote } from './firstYearNote.ts';
import { t } from './i18n.ts';
import { medianAtZeroNote } from './medianNote.ts';

/** The chart's caveats, each a sentence or two; empty when it has none. The band's only once Monte Carlo has run. */
export function chartCautions(spec: ChartSpec, data: ChartData): string[] {
  const notes = data.mc
    ? [firstYearNote(spec, data), medianAtZeroNote(spec, data), t('bandHorizonNote')]
    : [firstYearNote(spec, data)];
  return notes.filter((s) => s !== '');
}

// A municipality's chart of residents (or lists) without a GP whose median line stands at 0 while some runs have a
// list without a GP says what the line is, with the year's probability and expected number (issue #13: never a lone 0
// under a band); nothing for a county or the country, for a median above 0, for other charts, or in a comparison.
import { afterEach, describe, expect, it } from 'vitest';
import type { Band, McEvents, ResultId } from '../../src/engine/index.ts';
import { CHART_SPECS } from '../../src/ui/chartSpecs.ts';
import type { ChartData } from '../../src/ui/chartView.ts';
import { registerLocale, setLocale } from '../../src/ui/i18n.ts';
import { medianAtZeroNote } from '../../src/ui/medianNote.ts';
import { NN } from '../../src/ui/strings/nn.ts';

afterEach(() => setLocale('nb'));

const spec = (id: string) => CHART_SPECS.find((s) => s.id === id)!;
const YEARS = [2026, 2027, 2028];

function data(p50: number[], p90: number[], regionType: 'kommune' | 'fylke' = 'kommune'): ChartData {
  const band = { p10: [0, 0, 0], p50, p90 } as Band;
  const events = {
    years: YEARS,
    runs: 200,
    pAnyListWithoutGp: [0.12, 0.41, 0.5],
    pShareAtLeast5pct: [0.1, 0.3, 0.4],
    meanResidentsWithoutGp: [44, 117, 180],
    pooled: true,
    pAnyListWithoutGpRuns: [0.1, 0.4, 0.5],
    pShareAtLeast5pctRuns: [0.1, 0.3, 0.4],
  } as McEvents;
  const bands = { nResidentsWithoutGp: band, residentsWithoutGpShare: band, nVacantLists: band, nGps: band } as Record<
    ResultId,
    Band
  >;
  return {
    years: YEARS,
    current: {} as ChartData['current'],
    baseline: {} as ChartData['baseline'],
    mc: { current: bands, baseline: bands, events: { current: events, baseline: events } },
    history: { source: 'test', derived: [], series: {} },
    markers: [],
    regionName: 'Test',
    regionType,
  };
}

describe('medianAtZeroNote', () => {
  it('names the first year whose median is 0 under a band, with its probability and expected number', () => {
    const note = medianAtZeroNote(spec('withoutGp'), data([300, 0, 0], [600, 600, 600]));
    expect(note).toMatch(/^Linja er medianen av kjøringene/);
    expect(note).toContain('I 2027 er sannsynligheten for minst én liste uten fastlege 40\u00a0%');
    expect(note).toContain('forventet antall uten fastlege 120 personer');
  });

  it('is said for the share and the vacant lists too, and in nynorsk and English', () => {
    const d = data([0, 0, 0], [600, 600, 600]);
    expect(medianAtZeroNote(spec('withoutGpShare'), d)).toContain('I 2026');
    expect(medianAtZeroNote(spec('vacantLists'), d)).toContain('I 2026');
    registerLocale('nn', NN);
    setLocale('nn');
    expect(medianAtZeroNote(spec('withoutGp'), d)).toMatch(/^Linja er medianen av køyringane.*sannsynet/);
    setLocale('en');
    expect(medianAtZeroNote(spec('withoutGp'), d)).toMatch(/^The line is the median of the runs.*In 2026/);
  });

  it('says nothing where the line is not a lone 0', () => {
    // every run at 0: the line is right
    expect(medianAtZeroNote(spec('withoutGp'), data([0, 0, 0], [0, 0, 0]))).toBe('');
    // a median above 0
    expect(medianAtZeroNote(spec('withoutGp'), data([300, 300, 300], [600, 600, 600]))).toBe('');
    // a county, another chart, a comparison, no Monte Carlo
    expect(medianAtZeroNote(spec('withoutGp'), data([0, 0, 0], [600, 600, 600], 'fylke'))).toBe('');
    expect(medianAtZeroNote(spec('gps'), data([0, 0, 0], [600, 600, 600]))).toBe('');
    const d = data([0, 0, 0], [600, 600, 600]);
    expect(medianAtZeroNote(spec('withoutGp'), { ...d, compare: { names: ['A'], summaries: [] } })).toBe('');
    expect(medianAtZeroNote(spec('withoutGp'), { ...d, mc: null })).toBe('');
  });
});

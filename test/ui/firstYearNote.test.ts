// A chart of residents (or lists) without a GP whose line falls steeply from the last real value into the first
// projected year says so under the chart, and that the model probably fills the vacant lists too fast then (issue #13:
// the national line's fall of about 40 % in 2026 is what a new user sees first). Built from the chart's numbers: no
// note for a gentle fall or a rise, for another chart, in a comparison, or without a real value before the projection.
// The GPs' chart says a steep rise, the same fill seen from the GPs.
import { afterEach, describe, expect, it } from 'vitest';
import type { Band, ResultId } from '../../src/engine/index.ts';
import { CHART_SPECS } from '../../src/ui/chartSpecs.ts';
import type { ChartData } from '../../src/ui/chartView.ts';
import { firstYearNote, STEEP_FIRST_YEAR_FALL, STEEP_FIRST_YEAR_RISE } from '../../src/ui/firstYearNote.ts';
import { registerLocale, setLocale } from '../../src/ui/i18n.ts';
import { NN } from '../../src/ui/strings/nn.ts';

afterEach(() => setLocale('nb'));

const spec = (id: string) => CHART_SPECS.find((s) => s.id === id)!;
const YEARS = [2026, 2027, 2028];

/** A chart whose real value in 2025 is `real` and whose first projected value is `det` (or the median `p50`). */
function data(real: number | undefined, det: number, p50?: number): ChartData {
  const series = {
    nResidentsWithoutGp: [det, det, det],
    residentsWithoutGpShare: [det, det, det],
    nGps: [det, det, det],
  };
  const band = { p10: [0, 0, 0], p50: [p50 ?? det, 0, 0], p90: [det, det, det] } as Band;
  const bands = { nResidentsWithoutGp: band, residentsWithoutGpShare: band, nVacantLists: band, nGps: band } as Record<
    ResultId,
    Band
  >;
  const points =
    real === undefined
      ? []
      : [
          { year: 2024, value: real * 2 },
          { year: 2025, value: real },
        ];
  return {
    years: YEARS,
    current: series as unknown as ChartData['current'],
    baseline: series as unknown as ChartData['baseline'],
    mc: p50 === undefined ? null : { current: bands, baseline: bands },
    history: {
      source: 'test',
      derived: [],
      series: { nResidentsWithoutGp: points, residentsWithoutGpShare: points, nGps: points },
    },
    markers: [],
    regionName: 'Norge',
    regionType: 'national',
  };
}

describe('firstYearNote', () => {
  it('says the fall from the last real value and why, for the deterministic line and the median', () => {
    // 117 900 → 69 700: 41 % (the national count from the 2025 start)
    expect(firstYearNote(spec('withoutGp'), data(117_900, 69_700))).toBe(
      'Fra 2025 til 2026 faller linja med 41\u00a0%: modellen fyller trolig de få ledige listene for raskt det første året (se «Hva modellen ikke gjør» i Om modellen).',
    );
    // once the Monte Carlo has run, the line is its median
    expect(firstYearNote(spec('withoutGp'), data(117_900, 100_000, 60_000))).toContain('med 49\u00a0%');
    expect(firstYearNote(spec('withoutGp'), data(117_900, 60_000, 100_000))).toBe('');
    expect(firstYearNote(spec('withoutGpShare'), data(0.021, 0.012))).toContain('med 43\u00a0%');
  });

  it('is quiet for a fall under the threshold, a rise, another chart, a comparison, or no real value', () => {
    const edge = 100 * (1 - STEEP_FIRST_YEAR_FALL);
    expect(firstYearNote(spec('withoutGp'), data(100, edge))).toContain('med 25\u00a0%');
    expect(firstYearNote(spec('withoutGp'), data(100, edge + 0.1))).toBe('');
    expect(firstYearNote(spec('withoutGp'), data(100, 130))).toBe('');
    expect(firstYearNote(spec('gps'), data(100, 10))).toBe('');
    expect(firstYearNote(spec('withoutGp'), { ...data(100, 10), compare: { names: ['A'], summaries: [] } })).toBe('');
    expect(firstYearNote(spec('withoutGp'), data(undefined, 10))).toBe('');
    expect(firstYearNote(spec('withoutGp'), data(0, 0))).toBe('');
  });

  it('under the GPs’ chart says a steep rise (the same fill seen from the GPs), never a fall or another chart’s rise', () => {
    // Nesna: one GP at the end of 2025, three in the median of 2026
    expect(firstYearNote(spec('gps'), data(1, 1, 3))).toBe(
      'Fra 2025 til 2026 øker linja med 200\u00a0%: modellen fyller trolig de få ledige listene for raskt det første året (se «Hva modellen ikke gjør» i Om modellen).',
    );
    const edge = 100 * (1 + STEEP_FIRST_YEAR_RISE);
    expect(firstYearNote(spec('gps'), data(100, edge))).toContain('med 25\u00a0%');
    expect(firstYearNote(spec('gps'), data(100, edge - 0.1))).toBe('');
    expect(firstYearNote(spec('listLength'), data(100, 200))).toBe('');
  });

  it('speaks nynorsk and English', () => {
    registerLocale('nn', NN);
    setLocale('nn');
    expect(firstYearNote(spec('withoutGp'), data(100, 50))).toMatch(/^Frå 2025 til 2026 fell linja med 50/);
    expect(firstYearNote(spec('gps'), data(2, 3))).toMatch(/^Frå 2025 til 2026 aukar linja med 50/);
    setLocale('en');
    expect(firstYearNote(spec('withoutGp'), data(100, 50))).toMatch(
      /^From 2025 to 2026 the line falls by 50%: the model probably fills/,
    );
    expect(firstYearNote(spec('gps'), data(2, 3))).toMatch(/^From 2025 to 2026 the line rises by 50%: the model/);
  });
});

// The history a chart of lists without a GP draws (regionHistory.ts): for a municipality, a county or a class, SSB's
// lists without a GP on 31 December 2025 (the one year SSB's municipal figures give them), summed over the members
// with a row, so that the chart starts from a real value as the others do; the country keeps Helsedirektoratet's
// series. Reference values are SSB 12005's rows (src/data/raw/fastlege_kommune_2025.csv).
import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES, municipalityByCode } from '../../src/data/index.ts';
import { regionHistory } from '../../src/engine/run/regionHistory.ts';

const vacant = (type: 'national' | 'fylke' | 'kommune', codes?: readonly string[]) =>
  regionHistory(type, codes ? codes.map((c) => municipalityByCode(c)!) : MUNICIPALITIES).series.nVacantLists;

describe('regionHistory: lists without a GP', () => {
  it("gives a municipality SSB's 2025 count and no earlier year", () => {
    // Nesna: 1 list without a GP, 977 residents on it; Hammerfest: 2; Oslo: 0
    expect(vacant('kommune', ['1828'])).toEqual([{ year: 2025, value: 1 }]);
    expect(vacant('kommune', ['5603'])).toEqual([{ year: 2025, value: 2 }]);
    expect(vacant('kommune', ['0301'])).toEqual([{ year: 2025, value: 0 }]);
  });

  it('sums the members with a row, whole lists, and leaves out the imputed ones', () => {
    const nordland = MUNICIPALITIES.filter((r) => r.code.startsWith('18'));
    const expected = nordland.filter((r) => !r.imputed).reduce((s, r) => s + r.gp2025.listsWithoutGp, 0);
    const points = regionHistory('fylke', nordland).series.nVacantLists!;
    expect(points).toEqual([{ year: 2025, value: expected }]);
    expect(Number.isInteger(points[0]!.value)).toBe(true);
    // all municipalities summed as a region: SSB's national count of the same year (197)
    const all = regionHistory('fylke', MUNICIPALITIES).series.nVacantLists!;
    expect(all).toEqual([{ year: 2025, value: 197 }]);
  });

  it('shows nothing for a municipality without a row (its values are imputed from peers)', () => {
    const imputed = MUNICIPALITIES.find((r) => r.imputed)!;
    expect(regionHistory('kommune', [imputed]).series.nVacantLists).toEqual([]);
  });

  it("keeps Helsedirektoratet's national series for the country, 2019 on", () => {
    const national = vacant('national')!;
    expect(national.find((p) => p.year === 2019)?.value).toBe(126);
    expect(national.at(-1)).toEqual({ year: 2025, value: 197 });
  });
});

// The naive "where it stands" event forecast (validation/baseRates.ts): rates counted by hand on a few made-up
// municipalities, no row after the origin read, a thin band taking the pooled rate, the registration basis applied,
// and on the real rows the plain fact it stands for: a municipality in crisis now is far likelier to be in one next
// year than one without.
import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../../src/data/index.ts';
import type { MunicipalityRecord } from '../../src/data/types.ts';
import {
  bandRateAt,
  bandSamplesAt,
  bandSamplesByYear,
  bandShareSamples,
  baseRatesByYear,
  BASE_RATE_MIN_PAIRS,
  baseRateBand,
  eventBaseRates,
  originBandOf,
  poolBaseRates,
  standingBaseRates,
} from '../../src/engine/validation/baseRates.ts';
import { registeredBasis } from '../../src/engine/start/startState.ts';

const complete = () => 1;
/** A municipality with these shares (percent) from 2015 on. */
function muni(code: string, shares: readonly (number | null)[], imputed = false): MunicipalityRecord {
  return {
    ...MUNICIPALITIES[0]!,
    code,
    imputed,
    trend: shares.map((s, i) => ({
      year: 2015 + i,
      shareWithoutGpPct: s,
      meanListLength: 1000,
      reserveCapacityIndex: 100,
    })),
  };
}
/** `n` copies of a history (enough pairs for a band of their own). */
const many = (n: number, shares: readonly (number | null)[]) =>
  Array.from({ length: n }, (_, i) => muni(String(1000 + i), shares));

describe('base rate from where a municipality stands', () => {
  it('bands: none, under 5 %, 5-20 %, 20 % or more', () => {
    expect([0, 0.0004, 0.0005, 0.049, 0.05, 0.199, 0.2, 0.9].map(baseRateBand)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it('the band at the origin: its own row that year on the complete basis, none without a share', () => {
    // 2015 … 2020: 0, 4.8, null, 19, 30, 4.9 percent
    const m = muni('9999', [0, 4.8, null, 19, 30, 4.9]);
    expect([2015, 2016, 2017, 2018, 2019, 2026].map((y) => originBandOf(m, y, complete))).toEqual([
      0,
      1,
      undefined,
      2,
      3,
      undefined,
    ]);
    // raised to the complete basis before 2022: a registered 4.9 % in 2020 can be 5 % or more
    const raise = (y: number) => (y < 2022 ? 0.95 : 1);
    expect(originBandOf(m, 2020, raise)).toBe(2);
    expect(originBandOf(m, 2020, registeredBasis)).toBe(baseRateBand(0.049 / registeredBasis(2020)));
  });

  it('counts the pairs a horizon apart up to the origin, and reads no row after it', () => {
    // 20 municipalities in crisis in 2015-2016, 10 of them still in 2017 (and all of them in 2018, after the origin)
    const records = [
      ...many(10, [30, 30, 25, 40]),
      ...many(10, [30, 30, 0, 40]).map((r, i) => ({ ...r, code: `2${i}` })),
    ];
    const r = eventBaseRates(records, 2017, 1, 0.05, complete, 1);
    // crisis band pairs: 2015→2016 (20, all hit), 2016→2017 (20, 10 hit) → 30 of 40
    expect(r.pairs[3]).toBe(40);
    expect(r.rate[3]).toBeCloseTo(30 / 40, 12);
    // the "none" band has no pair (its 2017 rows would pair with 2018, after the origin): the pooled rate
    expect(r.pairs[0]).toBe(0);
    expect(r.rate[0]).toBeCloseTo(30 / 40, 12);
    // two years ahead: 2015→2017 only, 10 of 20
    const two = eventBaseRates(records, 2017, 2, 0.05, complete, 1);
    expect(two.rate[3]).toBeCloseTo(0.5, 12);
    expect(BASE_RATE_MIN_PAIRS).toBe(20);
  });

  it('leaves out imputed municipalities and compares shares on the complete basis', () => {
    const records = [...many(20, [10, 10]), ...many(5, [0, 0]).map((r) => ({ ...r, imputed: true }))];
    // 10 % registered at a basis of 0.5 is 20 % complete: the crisis band; 20 % × 0.5 = 10 % misses a 15 % threshold
    const basis = () => 0.5;
    const r = eventBaseRates(records, 2016, 1, 0.15, basis, 0.5);
    expect(r.pairs).toEqual([0, 0, 0, 20]);
    expect(r.rate[3]).toBe(0);
    // forecast for a year on the complete basis: 20 % ≥ 15 %
    expect(eventBaseRates(records, 2016, 1, 0.15, basis, 1).rate[3]).toBe(1);
  });

  it('on the real rows up to 2024: a municipality with 20 % or more now has a list without a GP next year far more often than one with none', () => {
    const r = eventBaseRates(MUNICIPALITIES, 2024, 1, 0.0005, registeredBasis, 1);
    expect(r.pairs[3]).toBeGreaterThan(100);
    expect(r.rate[3]).toBeGreaterThan(0.55);
    expect(r.rate[0]).toBeLessThan(0.2);
  });
});

describe('where municipalities that stood alike went: the naive forecast of the share itself', () => {
  it('keeps the later shares of the same pairs, by band, on the complete basis, and none after the origin', () => {
    const records = [
      ...many(10, [30, 30, 25, 40]),
      ...many(10, [30, 30, 0, 40]).map((r, i) => ({ ...r, code: `2${i}` })),
    ];
    const r = bandShareSamples(records, 2017, 1, complete);
    // crisis pairs 2015→2016 (20 × 30 %) and 2016→2017 (10 × 25 %, 10 × 0 %); nothing from 2018
    expect(r.byBand[3]!.length).toBe(40);
    expect([...r.byBand[3]!].sort((a, b) => a - b)).toEqual([
      ...Array<number>(10).fill(0),
      ...Array<number>(10).fill(0.25),
      ...Array<number>(20).fill(0.3),
    ]);
    expect(r.byBand[0]!.length).toBe(0);
    expect(r.all.length).toBe(40);
  });

  it('its share of values at a threshold is the base rate, year by year and band by band, fallbacks included', () => {
    for (const origin of [2020, 2022, 2024]) {
      const samples = bandSamplesByYear(MUNICIPALITIES, origin, registeredBasis);
      for (const threshold of [0.0005, 0.05]) {
        const rates = baseRatesByYear(MUNICIPALITIES, origin, threshold, registeredBasis);
        for (let year = origin + 1; year <= 2025; year++)
          for (let band = 0; band < 4; band++) {
            const later = bandSamplesAt(samples, origin, year, band);
            const basis = registeredBasis(year);
            const share = later.filter((x) => x * basis >= threshold).length / later.length;
            expect(share, `${origin} ${year} band ${band}`).toBeCloseTo(bandRateAt(rates, origin, year, band), 12);
          }
      }
    }
  });
});

describe('standingBaseRates: the base rates the app shows beside a municipality’s probabilities', () => {
  it('gives, year by year after the start, the band’s rates of both events as many years later', () => {
    // 20 in crisis in 2015 and 2016, 10 of them with 3 % in 2016 and 2017 and 10 with none in 2017
    const records = [...many(10, [30, 3, 3]), ...many(10, [30, 30, 0]).map((r, i) => ({ ...r, code: `2${i}` }))];
    const s = standingBaseRates(records, 2017, 0.25, [2018, 2019, 2020], complete);
    expect(s.band).toBe(3);
    expect(s.fromYear).toBe(2015);
    // one year later: 2015 → 2016 (20 pairs: 20 any, 10 at least 5 %) and 2016 → 2017 (the 10 at 30 %: none)
    expect(s.pairs[0]).toBe(30);
    expect(s.pAnyListWithoutGp[0]).toBeCloseTo(20 / 30, 12);
    expect(s.pShareAtLeast5pct[0]).toBeCloseTo(10 / 30, 12);
    // two years later: 2015 → 2017 (20 pairs, 10 with 3 %)
    expect(s.pairs[1]).toBe(20);
    expect(s.pAnyListWithoutGp[1]).toBeCloseTo(0.5, 12);
    expect(s.pShareAtLeast5pct[1]).toBe(0);
    // three years later: no pair up to 2017, so no rate (never the pooled one shown as the band's)
    expect(s.pairs[2]).toBe(0);
    expect(s.pAnyListWithoutGp[2]).toBeNull();
    expect(s.pShareAtLeast5pct[2]).toBeNull();
    // what the app pools with: the band's rates where it has them; three years later, beyond the rows, those of the
    // longest horizon they reach (two years)
    expect(s.poolAnyListWithoutGp).toEqual([20 / 30, 0.5, 0.5]);
    expect(s.poolShareAtLeast5pct).toEqual([10 / 30, 0, 0]);
    // and where they were on average: one year later 10 × 3 % + 10 × 30 % + 10 × 0 % over 30; two years later
    // 10 × 3 % + 10 × 0 % over 20; none three years later
    expect(s.meanShare[0]).toBeCloseTo((10 * 0.03 + 10 * 0.3) / 30, 12);
    expect(s.meanShare[1]).toBeCloseTo((10 * 0.03) / 20, 12);
    expect(s.meanShare[2]).toBeNull();
  });

  it('pools, where the band has too few pairs that far apart, with its own rate at the longest horizon it has them', () => {
    // 15 in crisis 2015-2018 (band 20 % or more) and 30 with none: three years apart the crisis band has 15 pairs
    const records = [...many(15, [30, 30, 30, 30]), ...many(30, [0, 0, 0, 0]).map((r, i) => ({ ...r, code: `3${i}` }))];
    const s = standingBaseRates(records, 2018, 0.3, [2021], complete);
    expect(s.pairs[0]).toBe(0);
    expect(s.pAnyListWithoutGp[0]).toBeNull();
    // two years apart its 30 pairs all had a list without a GP; over all bands three years apart, 15 of 45
    expect(s.poolAnyListWithoutGp[0]).toBe(1);
    expect(bandRateAt(baseRatesByYear(records, 2018, 0.0005, complete), 2018, 2021, 3)).toBe(1);
  });

  it('pools, for a band with too few pairs at every horizon, with the rate over all bands (as the validation scores it)', () => {
    const records = [...many(10, [30, 3, 3]), ...many(10, [30, 30, 0]).map((r, i) => ({ ...r, code: `2${i}` }))];
    // no municipality stood without a GP: the band "none" has no pairs, its pool rate is the one over all bands
    const s = standingBaseRates(records, 2017, 0, [2018], complete);
    expect(s.pAnyListWithoutGp[0]).toBeNull();
    // (one year later, 40 pairs over all bands: 2015 → 2016 all 20 with one, 2016 → 2017 the 10 at 3 %)
    expect(s.poolAnyListWithoutGp[0]).toBeCloseTo(30 / 40, 12);
    const all = poolBaseRates(records, 2017, [2017, 2018], complete);
    expect(Number.isNaN(all.anyListWithoutGp[0]![0]!)).toBe(true);
    expect(all.anyListWithoutGp.map((band) => band[1])).toEqual([0.75, 0.75, 0.75, 20 / 30]);
  });

  it('reads no row after the start', () => {
    const later = MUNICIPALITIES.map((r) => ({ ...r, trend: r.trend.filter((t) => t.year <= 2022) }));
    const years = [2023, 2024, 2025, 2026, 2027];
    expect(standingBaseRates(later, 2022, 0.3, years, registeredBasis)).toEqual(
      standingBaseRates(MUNICIPALITIES, 2022, 0.3, years, registeredBasis),
    );
  });

  it('on the real rows up to 2025: a municipality in crisis is likelier to have a list without a GP later', () => {
    const years = [2026, 2030];
    const none = standingBaseRates(MUNICIPALITIES, 2025, 0, years, registeredBasis);
    const crisis = standingBaseRates(MUNICIPALITIES, 2025, 0.3, years, registeredBasis);
    for (let i = 0; i < years.length; i++) {
      expect(crisis.pAnyListWithoutGp[i]!).toBeGreaterThan(none.pAnyListWithoutGp[i]! + 0.15);
      expect(crisis.pairs[i]!).toBeGreaterThanOrEqual(BASE_RATE_MIN_PAIRS);
    }
  });

  it('says which input is wrong', () => {
    expect(() => standingBaseRates(MUNICIPALITIES, 2025, 1.5, [2026], registeredBasis)).toThrow(
      /share: expected a fraction from 0 to 1, got 1.5/,
    );
  });
});

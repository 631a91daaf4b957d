// Leak-free hindcast starts: every origin's start state is built from data known at the origin only. The test
// removes every SSB row after the origin, blanks the 2025 GP table and every later national figure (NaN, so any read
// would show), and must get the same start, value for value. Reconstructed municipalities are flagged, the national
// totals of the origin are met, and the registration-break correction is the same for every municipality.
import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES, NATIONAL } from '../../src/data/index.ts';
import type { MunicipalityRecord, NationalData } from '../../src/data/types.ts';
import { buildStartAt, REGISTERED_SHARE_BEFORE_2022, type StartState } from '../../src/engine/start/startState.ts';

/** The data as it stood on 31 December of `origin` (demography kept: the hindcast is conditional on it). */
function knownAt(origin: number): { records: MunicipalityRecord[]; national: NationalData } {
  const records = MUNICIPALITIES.map((r) => ({
    ...r,
    trend: r.trend.filter((t) => t.year <= origin),
    gp2025: Object.fromEntries(Object.keys(r.gp2025).map((k) => [k, Number.NaN])) as unknown as typeof r.gp2025,
  }));
  const series = Object.fromEntries(
    Object.entries(NATIONAL.series).map(([name, byYear]) => [
      name,
      // a figure dated within the origin year (e.g. "2024.33", May 2024) was known on its 31 December
      Object.fromEntries(Object.entries(byYear).map(([y, v]) => [y, Number(y) < origin + 1 ? v : Number.NaN])),
    ]),
  );
  return { records, national: { ...NATIONAL, series, seriesIntraYear: {} } };
}

const NUMERIC_FIELDS = [
  'pop',
  'need',
  'nGps',
  'salaried',
  'lists',
  'residentsWithoutGp',
  'vacantListRelSize',
  'reconstructed',
  'localListSd',
  'listPatientsPerResident',
] as const satisfies readonly (keyof StartState)[];

describe.each([2019, 2020, 2022, 2023, 2024])('start of origin %i', (origin) => {
  const full = buildStartAt(origin);
  it('is the same when every later row and figure is removed', () => {
    const { records, national } = knownAt(origin);
    const cut = buildStartAt(origin, records, national);
    for (const f of NUMERIC_FIELDS) expect(Array.from(cut[f]), f).toEqual(Array.from(full[f]));
    expect(cut.specialistShare).toBe(full.specialistShare);
    expect(cut.vacancyPersistence).toBe(full.vacancyPersistence);
    expect(cut.notes).toEqual(full.notes);
  });

  it('flags exactly the municipalities without their own row of the origin', () => {
    MUNICIPALITIES.forEach((r, m) => {
      const row = r.trend.find((t) => t.year === origin);
      const own = row !== undefined && row.shareWithoutGpPct !== null && row.meanListLength !== null;
      expect(full.reconstructed[m], r.code).toBe(own ? 0 : 1);
    });
  });

  it.skipIf(origin === 2024)(
    "meets the origin's national totals (lists with a GP, residents without a GP on the complete basis)",
    () => {
      const sum = (a: Float64Array) => a.reduce((s, x) => s + x, 0);
      const correction = origin < 2022 ? 1 / REGISTERED_SHARE_BEFORE_2022 : 1;
      expect(sum(full.nGps) / NATIONAL.series['lister_med_fast_lege']![String(origin)]!).toBeCloseTo(1, 2);
      expect(
        sum(full.residentsWithoutGp) /
          (NATIONAL.series['listeinnbyggere_uten_fast_lege']![String(origin)]! * correction),
      ).toBeCloseTo(1, 2);
    },
  );

  it('has whole GPs, and list patients per GP equal to the list length of the origin for every own row', () => {
    MUNICIPALITIES.forEach((r, m) => {
      expect(Number.isInteger(full.nGps[m]!) && full.nGps[m]! >= 1, r.code).toBe(true);
      if (full.reconstructed[m]) return;
      const row = r.trend.find((t) => t.year === origin)!;
      const pop = r.pop.values[origin + 1 - r.pop.firstYear]!;
      const ratio = full.listPatientsPerResident[m]!;
      // (the ratio is held to 0.2-5 against data errors; no municipality with a row comes near either end)
      expect(ratio, r.code).toBeGreaterThan(0.4);
      expect(ratio, r.code).toBeLessThan(4);
      expect((ratio * (pop - full.residentsWithoutGp[m]!)) / full.nGps[m]!, r.code).toBeCloseTo(row.meanListLength!, 6);
    });
  });

  it('raises every municipality with a row by the same registration factor before 2022', () => {
    const correction = origin < 2022 ? 1 / REGISTERED_SHARE_BEFORE_2022 : 1;
    MUNICIPALITIES.forEach((r, m) => {
      if (full.reconstructed[m]) return;
      const row = r.trend.find((t) => t.year === origin)!;
      const pop = r.pop.values[origin + 1 - r.pop.firstYear]!;
      const expected = Math.min(0.95, (row.shareWithoutGpPct! / 100) * correction);
      expect(full.residentsWithoutGp[m]! / pop, r.code).toBeCloseTo(expected, 12);
    });
  });
});

describe('origins', () => {
  it('refuses an origin outside 2019-2024 with a clear message', () => {
    expect(() => buildStartAt(2018)).toThrow(/origin: expected a year from 2019 to 2024.*got 2018/);
    expect(() => buildStartAt(2025)).toThrow(/2025 is the projection start/);
  });
  it('about 240 municipalities have their own rows in 2020 and 2022, about 110 in 2019, all with SSB rows in 2024', () => {
    const own = (o: number) => buildStartAt(o).reconstructed.filter((x) => x === 0).length;
    expect(own(2019)).toBe(111);
    expect(own(2020)).toBe(237);
    expect(own(2022)).toBe(238);
    expect(own(2024)).toBe(MUNICIPALITIES.filter((r) => r.trend.length > 0).length);
  });
  it("2024, with only Helsedirektoratet's May figures, keeps the municipal rows and scales only the vacant lists", () => {
    const s = buildStartAt(2024);
    const sum = (a: Float64Array) => a.reduce((x, v) => x + v, 0);
    // vacant lists: the last national count of 2024 (May, S1)
    expect(sum(s.lists) - sum(s.nGps)).toBeCloseTo(NATIONAL.series['lister_uten_fast_lege']!['2024.33']!, 6);
    // a reconstructed municipality takes its peers' values unscaled; one with a row, its own
    MUNICIPALITIES.forEach((r, m) => {
      if (s.reconstructed[m]) return;
      const row = r.trend.find((t) => t.year === 2024)!;
      const pop = r.pop.values[2025 - r.pop.firstYear]!;
      expect(s.residentsWithoutGp[m]! / pop, r.code).toBeCloseTo(row.shareWithoutGpPct! / 100, 12);
    });
    expect(s.notes[0]).toMatch(/May/);
    expect(s.specialistShare).toBeCloseTo(0.632, 6);
  });
});

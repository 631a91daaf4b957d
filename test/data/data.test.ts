// Tests of the data layer: sums against SSB figures, imputation flags, need index, synthetic legevakt districts, build
// determinism and the compact encoding of the shipped file.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RawFileKey, RawTexts } from '../../src/data/build.ts';
import { buildData, RAW_FILES, serializeMunicipalities, serializeNational } from '../../src/data/build.ts';
import { decodeMunicipalities, decodeSeries, encodeMunicipalities, encodeSeries } from '../../src/data/compact.ts';
import { MUNICIPALITIES, NATIONAL, type MunicipalityRecord } from '../../src/data/index.ts';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'data');
const IMPUTED = ['1853', '3336', '4220', '5514', '5518', '5528'];
const FIRST = 2015;
const LAST = 2050;

function popIn(year: number): number {
  return MUNICIPALITIES.reduce((s, m) => s + (m.pop.values[year - m.pop.firstYear] ?? NaN), 0);
}

function nationalNeed(year: number): number {
  let num = 0;
  let den = 0;
  for (const m of MUNICIPALITIES) {
    const p = m.pop.values[year - m.pop.firstYear] ?? NaN;
    num += (m.needIndex.values[year - m.needIndex.firstYear] ?? NaN) * p;
    den += p;
  }
  return num / den;
}

function walkNumbers(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) out.push(`${path} = ${value}`);
  } else if (Array.isArray(value)) value.forEach((v, i) => walkNumbers(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) walkNumbers(v, `${path}.${k}`, out);
}

describe('municipalities', () => {
  it('has 357 records with unique 4-digit codes, sorted', () => {
    expect(MUNICIPALITIES).toHaveLength(357);
    const codes = MUNICIPALITIES.map((m) => m.code);
    expect(new Set(codes).size).toBe(357);
    for (const c of codes) expect(c).toMatch(/^\d{4}$/);
    expect(codes).toEqual(codes.slice().sort());
  });

  it('has population and need series for 2015-2050', () => {
    for (const m of MUNICIPALITIES) {
      expect(m.pop.firstYear).toBe(FIRST);
      expect(m.pop.values).toHaveLength(LAST - FIRST + 1);
      expect(m.needIndex.firstYear).toBe(FIRST);
      expect(m.needIndex.values).toHaveLength(LAST - FIRST + 1);
      expect(m.projectionFromYear).toBe(2027);
      for (const y of m.popFilledYears) expect(y).toBeLessThan(2024);
    }
  });

  it('matches SSB national population sums', () => {
    expect(popIn(2020)).toBe(5_367_580);
    expect(popIn(2024)).toBe(5_550_203);
    expect(popIn(2025)).toBe(5_594_340);
    expect(popIn(2026)).toBe(5_627_400);
    expect(NATIONAL.populationNational.values[2024 - NATIONAL.populationNational.firstYear]).toBe(5_550_203);
  });

  it('flags gap-filled years', () => {
    const filled = Object.fromEntries(
      MUNICIPALITIES.filter((m) => m.popFilledYears.length > 0).map((m) => [m.code, m.popFilledYears]),
    );
    const pre2020 = [2015, 2016, 2017, 2018, 2019];
    expect(filled).toEqual({
      '1508': [2020, 2021, 2022, 2023],
      '1580': [2020, 2021, 2022, 2023],
      '1806': pre2020,
      '1875': pre2020,
      '5055': pre2020,
      '5056': pre2020,
      '5059': pre2020,
    });
  });

  it('matches SSB 12005 sums over the 351 municipalities with a row', () => {
    const own = MUNICIPALITIES.filter((m) => !m.imputed);
    expect(own).toHaveLength(351);
    const sum = (f: (m: (typeof own)[number]) => number) => own.reduce((s, m) => s + f(m), 0);
    expect(sum((m) => m.gp2025.listsWithGp)).toBe(5_747);
    expect(sum((m) => m.gp2025.listsWithoutGp)).toBe(197);
    expect(sum((m) => m.gp2025.residentsWithoutGp)).toBe(117_899);
    expect(sum((m) => m.gp2025.openLists)).toBe(1_340);
  });

  it('imputes exactly the six municipalities without an SSB row, consistently', () => {
    expect(MUNICIPALITIES.filter((m) => m.imputed).map((m) => m.code)).toEqual(IMPUTED);
    for (const m of MUNICIPALITIES) {
      if (!m.imputed) {
        expect(m.imputedFrom).toEqual([]);
        continue;
      }
      expect(m.imputedFrom.length).toBeGreaterThanOrEqual(5);
      expect(m.imputedFrom).not.toContain(m.code);
      const g = m.gp2025;
      const pop2026 = m.pop.values[2026 - m.pop.firstYear] ?? NaN;
      expect(g.residentsWithGp + g.residentsWithoutGp).toBe(pop2026);
      expect(g.listsWithGp).toBeGreaterThanOrEqual(1);
      expect(g.meanListLength).toBe(Math.round(g.residentsWithGp / g.listsWithGp));
      expect(g.openLists).toBeLessThanOrEqual(g.listsWithGp);
      expect(g.femaleGps).toBeLessThanOrEqual(g.listsWithGp);
      expect(g.listsWithoutGp > 0).toBe(g.residentsWithoutGp > 0);
      for (const peer of m.imputedFrom) {
        const p = MUNICIPALITIES.find((x) => x.code === peer);
        expect(p?.imputed).toBe(false);
        expect(p?.centralityClass).toBe(m.centralityClass);
      }
    }
  });

  it('keeps trend rows ascending within 2015-2025', () => {
    for (const m of MUNICIPALITIES) {
      const years = m.trend.map((t) => t.year);
      expect(years).toEqual(years.slice().sort((a, b) => a - b));
      for (const y of years) expect(y >= 2015 && y <= 2025).toBe(true);
      if (!m.imputed) expect(years).toContain(2025);
    }
  });

  it('has no NaN or negative numbers anywhere', () => {
    const bad: string[] = [];
    walkNumbers(MUNICIPALITIES, 'municipalities', bad);
    walkNumbers(NATIONAL, 'national', bad);
    expect(bad).toEqual([]);
  });
});

describe('need index', () => {
  it('is 1 nationally in 2024 and rises to 2050', () => {
    expect(nationalNeed(2024)).toBeCloseTo(1, 3);
    expect(nationalNeed(2030)).toBeGreaterThan(nationalNeed(2024));
    expect(nationalNeed(2040)).toBeGreaterThan(nationalNeed(2030));
    expect(nationalNeed(2050)).toBeGreaterThan(nationalNeed(2040));
    expect(nationalNeed(2050)).toBeLessThan(1.2);
    const nat = NATIONAL.needIndexNational;
    expect(nat.values[2024 - nat.firstYear]).toBeCloseTo(1, 4);
    expect(nat.values[2015 - nat.firstYear]).toBeLessThan(1);
  });

  it('stays in a plausible range per municipality', () => {
    for (const m of MUNICIPALITIES) {
      for (const v of m.needIndex.values) {
        expect(v).toBeGreaterThan(0.8);
        expect(v).toBeLessThan(1.4);
      }
      expect(m.needShare16to19).toBeGreaterThan(0);
      expect(m.needShare16to19).toBeLessThan(0.15);
    }
  });

  it('roughly doubles the 80+ population by 2050', () => {
    const v = NATIONAL.pop80PlusNational.values;
    const ratio = (v[v.length - 1] ?? NaN) / (v[0] ?? NaN);
    expect(ratio).toBeGreaterThan(1.8);
    expect(ratio).toBeLessThan(2.3);
  });
});

describe('legevakt districts', () => {
  const districts = NATIONAL.legevaktDistricts;

  it('put every municipality in exactly one district', () => {
    const seen = new Map<string, string>();
    for (const d of districts) {
      for (const c of d.members) {
        expect(seen.has(c)).toBe(false);
        seen.set(c, d.id);
      }
    }
    expect(seen.size).toBe(357);
    for (const m of MUNICIPALITIES) expect(seen.get(m.code)).toBe(m.legevaktDistrict);
  });

  it('are named after their most populous member and sum its population', () => {
    const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));
    for (const d of districts) {
      expect(d.synthetic).toBe(true);
      const members = d.members.map((c) => byCode.get(c));
      const pops = members.map((m) => m?.pop.values[2024 - FIRST] ?? NaN);
      expect(d.population2024).toBe(pops.reduce((a, b) => a + b, 0));
      const top = Math.max(...pops);
      const leader = members.find((m) => m?.pop.values[2024 - FIRST] === top);
      expect(d.id).toBe(`LV${leader?.code}`);
      expect(d.name).toBe(`${leader?.name} legevaktdistrikt`);
    }
  });

  it('number close to the 168 legevakter of 2022', () => {
    expect(districts.length).toBeGreaterThanOrEqual(160);
    expect(districts.length).toBeLessThanOrEqual(176);
  });
});

describe('national data', () => {
  it('keeps Q4, May 2024 and intra-year key figures apart', () => {
    expect(NATIONAL.series['fastleger']?.['2019']).toBe(4858);
    expect(NATIONAL.series['fastleger']?.['2024.33']).toBe(5391);
    expect(NATIONAL.series['lister_med_fast_lege']?.['2025']).toBe(5747);
    expect(NATIONAL.series['fastleger']?.['2023']).toBe(5268);
    expect(NATIONAL.seriesIntraYear['fastleger']?.['2023-10-01']).toBe(5224);
    expect(NATIONAL.seriesSources['fastleger']).toContain('HDIR_AR2023');
    expect(NATIONAL.consultationsByAge.find((c) => c.group === '80-89')?.gpPerPerson).toBe(4.8);
    expect(NATIONAL.capitationRates.length).toBeGreaterThan(0);
  });
});

describe('build', () => {
  it('is deterministic and reproduces the committed JSON', () => {
    const raw = {} as RawTexts;
    for (const key of Object.keys(RAW_FILES) as RawFileKey[])
      raw[key] = readFileSync(join(dataDir, 'raw', RAW_FILES[key]), 'utf8');
    const a = buildData(raw);
    const b = buildData(raw);
    const mText = serializeMunicipalities(a.municipalities);
    const nText = serializeNational(a.national);
    expect(serializeMunicipalities(b.municipalities)).toBe(mText);
    expect(serializeNational(b.national)).toBe(nText);
    expect(mText).toBe(readFileSync(join(dataDir, 'municipalities.json'), 'utf8'));
    expect(nText).toBe(readFileSync(join(dataDir, 'national.json'), 'utf8'));
    // the shipped, compact file decodes to exactly the records the build computed
    const built = [...a.municipalities].sort((x, y) => (x.code < y.code ? -1 : 1));
    expect(MUNICIPALITIES).toEqual(built);
  });
});

describe('compact series (compact.ts)', () => {
  it('round-trips every record exactly, field by field, with its trend rows and their nulls', () => {
    const back = decodeMunicipalities(encodeMunicipalities(MUNICIPALITIES));
    expect(back).toHaveLength(357);
    back.forEach((m, r) => expect(m, m.code).toStrictEqual(MUNICIPALITIES[r]));
    // the records without SSB rows keep an empty trend; rows with a missing value keep their null
    expect(back.filter((m) => m.trend.length === 0).map((m) => m.code)).toEqual(
      MUNICIPALITIES.filter((m) => m.trend.length === 0).map((m) => m.code),
    );
    const nulls = (ms: readonly MunicipalityRecord[]) =>
      ms.flatMap((m) => m.trend.filter((t) => t.meanListLength === null)).length;
    expect(nulls(back)).toBe(13);
    expect(nulls(MUNICIPALITIES)).toBe(13);
  });

  it('stores one column per field, the series as changes over the same years', () => {
    const t = encodeMunicipalities(MUNICIPALITIES);
    expect(t.count).toBe(357);
    expect(t.code[0]).toBe('0301');
    expect(t.pop).toMatchObject({ firstYear: 2015, scale: 1 });
    expect(t.pop.changes[0]!.slice(0, 2)).toEqual([647676, 10714]);
    expect(t.gp2025.listsWithGp[0]).toBe(611);
    expect(t.trend.firstYear[0]).toBe(2015);
    expect(t.trend.meanListLength[0]!.slice(0, 2)).toEqual([1328, 1350]);
  });

  it('refuses records it could not give back, naming the record and the field', () => {
    const oslo = MUNICIPALITIES[0]!;
    const gap = { ...oslo, trend: [oslo.trend[0]!, oslo.trend[2]!] };
    expect(() => encodeMunicipalities([gap])).toThrow('0301.trend[1]: year 2017, expected 2016');
    const short = { ...oslo, code: '1101', pop: { firstYear: 2016, values: oslo.pop.values.slice(1) } };
    expect(() => encodeMunicipalities([oslo, short])).toThrow(
      '1101.pop: years 2016+35, expected 2015+36 as the first record',
    );
  });

  it('stores changes: a series of 1 000, 1 010, 1 005 is 1 000, +10, -5', () => {
    expect(encodeSeries({ firstYear: 2015, values: [1000, 1010, 1005] }, 1, 'x')).toEqual({
      firstYear: 2015,
      scale: 1,
      changes: [1000, 10, -5],
    });
    expect(decodeSeries({ firstYear: 2015, scale: 10_000, changes: [9595, 27, 28] }).values).toEqual([
      0.9595, 0.9622, 0.965,
    ]);
  });

  it('refuses a value it cannot store exactly, naming it', () => {
    expect(() => encodeSeries({ firstYear: 2015, values: [0.9595, 0.96221] }, 10_000, '0301.needIndex')).toThrow(
      '0301.needIndex[1] = 0.96221 is not a whole multiple of 1/10000',
    );
  });
});

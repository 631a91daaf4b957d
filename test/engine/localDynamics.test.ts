// Local vacancy / list-length dynamics (src/engine/start/localDynamics.ts): leak-free (no trend row after
// untilYear is read), exact counts and prior on synthetic records, sane estimates on the real data, and a clear
// error when untilYear leaves no consecutive-year pair.
import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../../src/data/index.ts';
import type { MunicipalityRecord, TrendPoint } from '../../src/data/types.ts';
import {
  centralityGroupOf,
  estimateLocalDynamics,
  LOCAL_DYNAMICS_PRIOR_PSEUDO,
  persistenceOfVacancy,
  sizeBandOf,
  SIZE_BAND_LABELS,
  vacancyPersistence,
  VACANCY_PERSISTENCE_MIN_PAIRS,
} from '../../src/engine/start/localDynamics.ts';
import { registeredBasis } from '../../src/engine/start/startState.ts';

const UNTIL = 2022;

const deepCopy = (recs: readonly MunicipalityRecord[]): MunicipalityRecord[] => structuredClone([...recs]);

/** A row that throws on reading anything but `year`: proves the estimators never look inside a later row. */
function tripwire(row: TrendPoint): TrendPoint {
  return new Proxy(row, {
    get(target, prop, receiver) {
      if (prop === 'year') return Reflect.get(target, prop, receiver);
      throw new Error(`read ${String(prop)} of the ${target.year} row`);
    },
  });
}

describe('leak-freeness', () => {
  const reference = estimateLocalDynamics(MUNICIPALITIES, UNTIL);
  const refPersistence = persistenceOfVacancy(MUNICIPALITIES, UNTIL);
  const refLasting = vacancyPersistence(MUNICIPALITIES, UNTIL, registeredBasis);

  it('gives the same result with every later trend row deleted', () => {
    const cut = deepCopy(MUNICIPALITIES);
    for (const m of cut) m.trend = m.trend.filter((t) => t.year <= UNTIL);
    expect(estimateLocalDynamics(cut, UNTIL)).toStrictEqual(reference);
    expect(persistenceOfVacancy(cut, UNTIL)).toStrictEqual(refPersistence);
    expect(vacancyPersistence(cut, UNTIL, registeredBasis)).toBe(refLasting);
  });

  it('gives the same result with later rows turned to garbage, later populations too', () => {
    const junk = deepCopy(MUNICIPALITIES);
    let altered = 0;
    for (const m of junk) {
      for (const t of m.trend) {
        if (t.year <= UNTIL) continue;
        t.shareWithoutGpPct = 99;
        t.meanListLength = 1;
        t.reserveCapacityIndex = -5;
        altered++;
      }
      // Extra garbage rows after the cut, and populations after 1 January UNTIL + 1.
      m.trend.push({ year: UNTIL + 7, shareWithoutGpPct: 0, meanListLength: 1e9, reserveCapacityIndex: null });
      m.pop.values = m.pop.values.map((v, i) => (m.pop.firstYear + i > UNTIL + 1 ? -1e6 : v));
    }
    expect(altered).toBeGreaterThan(500);
    expect(estimateLocalDynamics(junk, UNTIL)).toStrictEqual(reference);
    expect(persistenceOfVacancy(junk, UNTIL)).toStrictEqual(refPersistence);
    expect(vacancyPersistence(junk, UNTIL, registeredBasis)).toBe(refLasting);
  });

  it('never reads any field but `year` of a later row', () => {
    const trapped = deepCopy(MUNICIPALITIES);
    let traps = 0;
    for (const m of trapped) {
      m.trend = m.trend.map((t) => (t.year > UNTIL ? (traps++, tripwire(t)) : t));
    }
    expect(traps).toBeGreaterThan(500);
    expect(() => trapped[0]!.trend.at(-1)!.shareWithoutGpPct).toThrow(/read shareWithoutGpPct/);
    expect(estimateLocalDynamics(trapped, UNTIL)).toStrictEqual(reference);
    expect(persistenceOfVacancy(trapped, UNTIL)).toStrictEqual(refPersistence);
    expect(vacancyPersistence(trapped, UNTIL, registeredBasis)).toBe(refLasting);
  });
});

/** A synthetic record with constant population; shares/lists by year (undefined year = no row). */
function synth(
  code: string,
  pop: number,
  centralityClass: number,
  rows: Record<number, [share: number | null, list: number | null]>,
): MunicipalityRecord {
  const trend: TrendPoint[] = Object.entries(rows)
    .map(([y, [s, l]]) => ({ year: Number(y), shareWithoutGpPct: s, meanListLength: l, reserveCapacityIndex: null }))
    .sort((a, b) => a.year - b.year);
  return {
    code,
    centralityClass,
    pop: { firstYear: 2015, values: Array.from({ length: 36 }, () => pop) },
    imputed: false,
    trend,
  } as unknown as MunicipalityRecord;
}

describe('synthetic records with known transitions', () => {
  // A (band 0, group 2): shares 0, 0, 1, 3, 0 % -> pairs 0→0, 0→1 (onset), 1→3, 3→0 (recovery); list +10 %/yr.
  // B (band 3, group 0): share 0 throughout -> 4 pairs without onset; list constant.
  // C (band 1, group 1): rows 2017 and 2019 only -> no consecutive pair.
  // A's 2020 row is after untilYear = 2019 and must not count.
  const A = synth('0001', 1000, 6, {
    2015: [0, 1000],
    2016: [0, 1100],
    2017: [1, 1210],
    2018: [3, 1331],
    2019: [0, 1464.1],
    2020: [50, 10],
  });
  const B = synth('0002', 30000, 1, {
    2015: [0, 1200],
    2016: [0, 1200],
    2017: [0, 1200],
    2018: [0, 1200],
    2019: [0, 1200],
  });
  const C = synth('0003', 3000, 3, { 2017: [1, 1000], 2019: [2, 1000] });
  const imputed = { ...synth('0004', 500, 6, { 2018: [10, 900], 2019: [0, 900] }), imputed: true };
  const recs = [A, B, C, imputed];
  const k = LOCAL_DYNAMICS_PRIOR_PSEUDO;

  it('counts pairs and applies the documented beta prior', () => {
    expect(k).toBe(2);
    const r = estimateLocalDynamics(recs, 2019);
    expect(r.firstPairYear).toBe(2016);
    expect(r.all).toMatchObject({ pairs: 8, onsetPairs: 6, onsets: 1, recoveryPairs: 2, recoveries: 1 });
    const [b0, b1, b2, b3] = r.bySizeBand;
    expect(b0).toMatchObject({ pairs: 4, onsetPairs: 2, onsets: 1, recoveryPairs: 2, recoveries: 1 });
    expect(b1.pairs).toBe(0);
    expect(b2.pairs).toBe(0);
    expect(b3).toMatchObject({ pairs: 4, onsetPairs: 4, onsets: 0, recoveryPairs: 0, recoveries: 0 });
    expect(r.byCentralityGroup.map((c) => c.pairs)).toEqual([4, 0, 4]);

    // Pooled rates: Jeffreys posterior mean; cells: (events + k p0) / (n + k).
    const p0On = (1 + 0.5) / (6 + 1);
    const p0Rec = (1 + 0.5) / (2 + 1);
    expect(r.all.pOnset).toBeCloseTo((1 + k * p0On) / (6 + k), 12);
    expect(b0.pOnset).toBeCloseTo((1 + k * p0On) / (2 + k), 12);
    expect(b3.pOnset).toBeCloseTo((0 + k * p0On) / (4 + k), 12);
    expect(b1.pOnset).toBeCloseTo(p0On, 12);
    expect(b0.pRecovery).toBeCloseTo((1 + k * p0Rec) / (2 + k), 12);
    expect(b3.pRecovery).toBeCloseTo(p0Rec, 12);
    expect(b0.meanCrisisYears).toBeCloseTo(1 / b0.pRecovery, 12);

    // With no prior weight the cells are the raw frequencies.
    const raw = estimateLocalDynamics(recs, 2019, { priorPseudo: 0 });
    expect(raw.bySizeBand[0].pOnset).toBe(0.5);
    expect(raw.bySizeBand[3].pOnset).toBe(0);
  });

  it('computes the robust SDs and the mean share as documented', () => {
    const r = estimateLocalDynamics(recs, 2019, { minObsForSd: 1 });
    // Each year the median Δ ln L of A (ln 1.1) and B (0) is ln(1.1)/2, so residuals are ±ln(1.1)/2.
    const a = Math.log(1.1) / 2;
    for (const y of [2016, 2017, 2018, 2019]) expect(r.commonLogListChange[y]).toBeCloseTo(a, 12);
    expect(r.all.listPairs).toBe(8);
    expect(r.all.sdLogListChange).toBeCloseTo(1.4826 * a, 12);
    expect(r.bySizeBand[0].sdLogListChange).toBeCloseTo(0, 12);
    // Δ share among pairs with a vacancy (A only): +0.01, +0.02, -0.03 -> median 0.01, MAD 0.01.
    expect(r.all.vacancyPairs).toBe(3);
    expect(r.all.sdShareChangeGivenVacancy).toBeCloseTo(0.014826, 12);
    // Vacant rows <= 2019: A 1 % and 3 %, C 1 % and 2 % (C has rows, just no pairs).
    expect(r.bySizeBand[0].meanShareGivenVacancy).toBeCloseTo(0.02, 12);
    expect(r.bySizeBand[1].meanShareGivenVacancy).toBeCloseTo(0.015, 12);
    expect(r.all.meanShareGivenVacancy).toBeCloseTo(0.0175, 12);
    expect(r.bySizeBand[3].vacancyRows).toBe(0);
    expect(r.bySizeBand[3].meanShareGivenVacancy).toBeCloseTo(0.0175, 12);

    // With the default minObsForSd (5), a band with 4 list pairs takes the pooled SD.
    const d = estimateLocalDynamics(recs, 2019);
    expect(d.bySizeBand[0].sdLogListChangePooled).toBe(true);
    expect(d.bySizeBand[0].sdLogListChange).toBe(d.all.sdLogListChange);
  });

  it('gives the run of vacant years ending at untilYear', () => {
    expect(Object.fromEntries(persistenceOfVacancy(recs, 2018))).toEqual({
      '0001': 2,
      '0002': 0,
      '0003': 0,
      '0004': 0,
    });
    expect(Object.fromEntries(persistenceOfVacancy(recs, 2019))).toEqual({
      '0001': 0,
      '0002': 0,
      '0003': 1,
      '0004': 0,
    });
    expect(persistenceOfVacancy(recs, 2020).get('0001')).toBe(1);
  });

  it('bands and groups', () => {
    expect([1999, 2000, 4999, 5000, 19999, 20000].map(sizeBandOf)).toEqual([0, 1, 1, 2, 2, 3]);
    expect([1, 2, 3, 4, 5, 6].map(centralityGroupOf)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(SIZE_BAND_LABELS).toHaveLength(4);
    expect(SIZE_BAND_LABELS[0]).toEqual({ nb: 'under 2 000', en: 'under 2,000' });
  });
});

describe('real data', () => {
  /** Independent count of share pairs (y, y+1) with y+1 <= untilYear. */
  function countPairs(untilYear: number): number {
    let n = 0;
    for (const m of MUNICIPALITIES) {
      if (m.imputed) continue;
      const s = new Map(m.trend.map((t) => [t.year, t.shareWithoutGpPct]));
      for (const [y, v] of s) if (y + 1 <= untilYear && v !== null && (s.get(y + 1) ?? null) !== null) n++;
    }
    return n;
  }

  for (const until of [2019, 2020, 2022, 2025]) {
    it(`untilYear ${until}: probabilities in (0,1), SDs > 0, pairs only up to untilYear`, () => {
      const r = estimateLocalDynamics(MUNICIPALITIES, until);
      expect(r.all.pairs).toBe(countPairs(until));
      expect(r.bySizeBand.reduce((s, c) => s + c.pairs, 0)).toBe(r.all.pairs);
      expect(r.byCentralityGroup.reduce((s, c) => s + c.pairs, 0)).toBe(r.all.pairs);
      expect(Math.max(...Object.keys(r.commonLogListChange).map(Number))).toBe(until);
      for (const c of [r.all, ...r.bySizeBand, ...r.byCentralityGroup]) {
        for (const p of [c.pOnset, c.pRecovery]) {
          expect(p).toBeGreaterThan(0);
          expect(p).toBeLessThan(1);
        }
        expect(c.meanCrisisYears).toBeGreaterThan(1);
        expect(c.sdLogListChange).toBeGreaterThan(0);
        expect(c.sdShareChangeGivenVacancy).toBeGreaterThan(0);
        expect(c.meanShareGivenVacancy).toBeGreaterThan(0);
        expect(c.meanShareGivenVacancy).toBeLessThanOrEqual(1);
      }
      for (const c of r.bySizeBand) expect(c.pairs).toBeGreaterThan(20);
    });
  }

  it('more pairs as untilYear grows', () => {
    const n = [2017, 2019, 2020, 2022, 2025].map((y) => estimateLocalDynamics(MUNICIPALITIES, y).all.pairs);
    for (let i = 1; i < n.length; i++) expect(n[i]).toBeGreaterThan(n[i - 1]!);
  });

  it('the largest band has a higher pOnset than the smallest (more lists, more chances of one vacancy)', () => {
    // The reverse of the naive expectation holds on the data: "share > 0" means at least one vacant list, and
    // a municipality of 20 000+ has 15+ lists against 1-2 in one under 2 000.
    for (const until of [2019, 2020, 2022, 2025]) {
      const b = estimateLocalDynamics(MUNICIPALITIES, until).bySizeBand;
      expect(b[3].pOnset, String(until)).toBeGreaterThan(b[0].pOnset);
    }
  });
});

describe("vacancyPersistence: how much of a departure from the year's mean is left three years later", () => {
  // twelve municipalities with shares 0, 2, …, 22 % in 2015-2017; `then` gives each one's share in 2018-2020
  const cohort = (then: (share: number) => number, years = [2015, 2016, 2017]) =>
    Array.from({ length: 12 }, (_, i) => {
      const rows: Record<number, [number, number]> = {};
      for (const y of years) {
        rows[y] = [2 * i, 1000];
        rows[y + 3] = [then(2 * i), 1000];
      }
      return synth(String(100 + i).padStart(4, '0'), 3000, 4, rows);
    });
  const complete = () => 1;

  it('is the slope of the later departure on the earlier one: 1 when it lasts, 0.5 when half is left', () => {
    expect(
      vacancyPersistence(
        cohort((x) => x),
        2020,
        complete,
      ),
    ).toBeCloseTo(1, 12);
    expect(
      vacancyPersistence(
        cohort((x) => 0.5 * x + 7),
        2020,
        complete,
      ),
    ).toBeCloseTo(0.5, 12);
  });

  it('is clamped to 0-1, and 1 (all lasts) with too few pairs to tell', () => {
    expect(
      vacancyPersistence(
        cohort((x) => 30 - x),
        2020,
        complete,
      ),
    ).toBe(0);
    expect(
      vacancyPersistence(
        cohort((x) => 2 * x),
        2020,
        complete,
      ),
    ).toBe(1);
    expect(12 * 2).toBeLessThan(VACANCY_PERSISTENCE_MIN_PAIRS);
    expect(
      vacancyPersistence(
        cohort((x) => 0.5 * x, [2015, 2016]),
        2020,
        complete,
      ),
    ).toBe(1);
  });

  it('uses only pairs ending by untilYear, and puts every year on the complete basis', () => {
    // pairs ending in 2020 are dropped with untilYear 2019 (24 pairs left, too few)
    expect(
      vacancyPersistence(
        cohort((x) => 0.5 * x),
        2019,
        complete,
      ),
    ).toBe(1);
    // half of the departure left on the complete basis, the earlier years registered at 82 % (before 2022)
    const registered = cohort((x) => 0.5 * x, [2019, 2020, 2021]).map((r) => ({
      ...r,
      trend: r.trend.map((t) => ({
        ...t,
        shareWithoutGpPct: t.year < 2022 ? t.shareWithoutGpPct! * 0.82 : t.shareWithoutGpPct,
      })),
    }));
    expect(vacancyPersistence(registered, 2024, registeredBasis)).toBeCloseTo(0.5, 12);
    expect(vacancyPersistence(registered, 2024, complete)).toBeCloseTo(0.5 / 0.82, 12);
  });

  it('on the real rows: about half lasts up to 2020 and 2022, less up to 2025', () => {
    const at = (y: number) => vacancyPersistence(MUNICIPALITIES, y, registeredBasis);
    expect(at(2020)).toBeGreaterThan(0.45);
    expect(at(2020)).toBeLessThan(0.65);
    expect(at(2022)).toBeGreaterThan(0.4);
    expect(at(2022)).toBeLessThan(0.6);
    expect(at(2025)).toBeLessThan(at(2022));
  });
});

describe('errors', () => {
  it('explains an untilYear before the first data year', () => {
    expect(() => estimateLocalDynamics(MUNICIPALITIES, 2014)).toThrow(/no consecutive-year pair.*untilYear = 2014/);
    expect(() => estimateLocalDynamics(MUNICIPALITIES, 2015)).toThrow(/earliest trend row used is 2015/);
    expect(() => estimateLocalDynamics(MUNICIPALITIES, 2015.5)).toThrow(/integer/);
    expect(estimateLocalDynamics(MUNICIPALITIES, 2016).all.pairs).toBe(countFirst());
  });
});

function countFirst(): number {
  return MUNICIPALITIES.filter((m) => {
    const s15 = m.trend.find((t) => t.year === 2015)?.shareWithoutGpPct;
    const s16 = m.trend.find((t) => t.year === 2016)?.shareWithoutGpPct;
    return !m.imputed && s15 != null && s16 != null;
  }).length;
}

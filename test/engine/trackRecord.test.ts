// The track record the app shows (src/data/trackRecord.json, npm run track-record): built from the current engine,
// levers and data (its inputs hash), every region present with ordered bands, the actuals equal to the SSB rows,
// and "no change" equal to the origin's value.
import { describe, expect, it } from 'vitest';
import trackRecordJson from '../../src/data/trackRecord.json';
import { MUNICIPALITIES } from '../../src/data/index.ts';
import { trackRecordInputsHash, TRACK_RECORD_ORIGINS, TRACK_RECORD_RUNS } from '../../src/cli/trackRecord.ts';
import { TRACK_RECORD_SCHEMA, type TrackRecord } from '../../src/engine/validation/trackRecord.ts';
import { baseRateBand, eventBaseRates } from '../../src/engine/validation/baseRates.ts';
import { registeredBasis } from '../../src/engine/start/startState.ts';

const record = trackRecordJson as unknown as TrackRecord;

describe('track record (src/data/trackRecord.json)', () => {
  it('was built from the current engine, levers and data (else run `npm run track-record`)', () => {
    expect(record.schemaVersion).toBe(TRACK_RECORD_SCHEMA);
    expect(record.inputsHash).toBe(trackRecordInputsHash());
    expect(record.runs).toBe(TRACK_RECORD_RUNS);
    expect(record.origins.map((o) => o.origin)).toEqual([...TRACK_RECORD_ORIGINS]);
  });

  it.each([...TRACK_RECORD_ORIGINS])(
    'origin %i: every region is there with p10 ≤ p50 ≤ p90 in every year',
    (origin) => {
      const o = record.origins.find((x) => x.origin === origin)!;
      const counties = new Set(MUNICIPALITIES.map((m) => m.county));
      expect(Object.keys(o.regions)).toHaveLength(1 + counties.size + 6 + MUNICIPALITIES.length);
      expect(o.years[0]).toBe(origin + 1);
      for (const [key, r] of Object.entries(o.regions)) {
        for (const out of [r.share, r.listLength]) {
          expect(out.p50.length, key).toBe(o.years.length);
          out.p50.forEach((p50, i) => {
            if (p50 === null) return;
            expect(out.p10[i]!, key).toBeLessThanOrEqual(p50);
            expect(p50, key).toBeLessThanOrEqual(out.p90[i]!);
          });
        }
      }
    },
  );

  it('a municipality’s actuals are its SSB rows and "no change" is its origin value (Bindal, 2022)', () => {
    const o = record.origins.find((x) => x.origin === 2022)!;
    const bindal = MUNICIPALITIES.find((m) => m.code === '1811')!;
    const r = o.regions['kommune:1811']!;
    o.years.forEach((year, i) => {
      const row = bindal.trend.find((t) => t.year === year)!;
      expect(r.share.actual[i]).toBeCloseTo(row.shareWithoutGpPct! / 100, 4);
      expect(r.listLength.actual[i]).toBeCloseTo(row.meanListLength!, 1);
      const first = bindal.trend.find((t) => t.year === 2022)!;
      expect(r.share.persistence[i]).toBeCloseTo(first.shareWithoutGpPct! / 100, 4);
    });
  });

  it('a municipality carries the validation’s "where it stands" rate of share ≥ 5 % beside its probabilities', () => {
    for (const o of record.origins) {
      const bindal = MUNICIPALITIES.find((m) => m.code === '1811')!;
      const first = bindal.trend.find((t) => t.year === o.origin)!;
      const band = baseRateBand(first.shareWithoutGpPct! / 100 / registeredBasis(o.origin));
      const r = o.regions['kommune:1811']!;
      o.years.forEach((year, i) => {
        if (r.pShareAtLeast5pct[i] === null) return;
        const rates = eventBaseRates(
          MUNICIPALITIES,
          o.origin,
          year - o.origin,
          0.05,
          registeredBasis,
          registeredBasis(year),
        );
        expect(r.pShareAtLeast5pctBase![i]).toBeCloseTo(rates.rate[band]!, 3);
      });
      // counties, classes and the country have none
      expect(o.regions['fylke:18']!.pShareAtLeast5pctBase).toBeUndefined();
      expect(o.regions['national']!.pShareAtLeast5pctBase).toBeUndefined();
    }
  });

  it.each([...TRACK_RECORD_ORIGINS])(
    'origin %i: the municipalities’ probabilities are the ones the validation scored, "share ≥ 5 %" no likelier',
    (origin) => {
      const o = record.origins.find((x) => x.origin === origin)!;
      const events = ['anyListWithoutGp', 'shareAtLeast5pct'] as const;
      const squared = { anyListWithoutGp: [] as number[], shareAtLeast5pct: [] as number[] };
      for (const [key, r] of Object.entries(o.regions)) {
        if (!key.startsWith('kommune:') || r.scored === 0) continue;
        r.pAnyListWithoutGp.forEach((pAny, yi) => {
          if (pAny === null) return;
          const pShare = r.pShareAtLeast5pct[yi]!;
          expect(pShare, `${key} ${o.years[yi]}`).toBeLessThanOrEqual(pAny);
          squared.anyListWithoutGp.push((pAny - Number(r.anyListWithoutGp[yi])) ** 2);
          squared.shareAtLeast5pct.push((pShare - Number(r.shareAtLeast5pct[yi])) ** 2);
        });
      }
      // the same municipality-years, and the Brier score of the probabilities shown (rounded to 0.001) within 0.0005
      // of the validation's "pooled (the app)" (until December 2026 the app counted vacant lists: 0.204 against
      // 0.212 from 2020)
      for (const e of events) {
        expect(squared[e].length).toBe(o.events!.anyListWithoutGp.n);
        const brier = squared[e].reduce((a, b) => a + b, 0) / squared[e].length;
        expect(Math.abs(brier - o.events![e].brier.modelPooled!), e).toBeLessThan(5e-4);
      }
    },
  );

  it('a municipality reconstructed at the origin is not scored and has no band', () => {
    const o = record.origins.find((x) => x.origin === 2022)!;
    const unscored = Object.entries(o.regions).filter(([k, r]) => k.startsWith('kommune:') && r.scored === 0);
    expect(unscored.length).toBe(MUNICIPALITIES.length - 238);
    for (const [, r] of unscored) expect(r.share.p50.every((v) => v === null)).toBe(true);
  });
});

// The areas' bands (areaCoverage.ts): hits counted inside, above and below p10-p90 by kind of area, the median's and
// "no change"'s errors, the year effect of the SSB rows, and the app's file agreeing with the track record.
import { describe, expect, it } from 'vitest';
import trackRecordJson from '../../src/data/trackRecord.json';
import bandCoverageJson from '../../src/data/bandCoverage.json';
import { areaCoverage, areaKindOf, bandCoverageFile, coverageOf } from '../../src/engine/validation/areaCoverage.ts';
import { sharedChanges } from '../../src/engine/validation/yearEffect.ts';
import type { OutcomeTrack, RegionTrack, TrackRecord } from '../../src/engine/validation/trackRecord.ts';

const outcome = (p: Partial<OutcomeTrack>): OutcomeTrack => ({
  p10: [1, 1, 1, null],
  p50: [2, 2, 2, 2],
  p90: [3, 3, 3, 3],
  actual: [2.5, 4, 0, 2],
  persistence: [2, 2, null, 2],
  ...p,
});
const region = (share: OutcomeTrack, listLength: OutcomeTrack) => ({ share, listLength }) as unknown as RegionTrack;

describe('areaCoverage', () => {
  it('names the kind of a region key and refuses an unknown one', () => {
    expect(areaKindOf('national')).toBe('national');
    expect(areaKindOf('fylke:18')).toBe('fylke');
    expect(areaKindOf('sentralitet:6')).toBe('sentralitet');
    expect(areaKindOf('kommune:1811')).toBe('kommune');
    expect(() => areaKindOf('bydel:1')).toThrow('areaKindOf: unknown region key "bydel:1"');
  });

  it('counts each region-year with a band once: inside, above p90, below p10; errors where "no change" exists', () => {
    const track = { regions: { 'fylke:18': region(outcome({}), outcome({ actual: [1, 1, 1, 1] })) } };
    const fylke = areaCoverage([track]).find((a) => a.kind === 'fylke')!;
    // the fourth year has no p10: not counted
    expect(fylke.share).toEqual({
      n: 3,
      inside: 1,
      above: 1,
      below: 1,
      maeMedian: (0.5 + 2) / 2,
      maePersistence: 2.5 / 2,
    });
    expect(coverageOf(fylke.share)).toBeCloseTo(1 / 3, 12);
    expect(fylke.listLength.inside).toBe(3);
    expect(fylke.regions).toBe(1);
    const national = areaCoverage([track]).find((a) => a.kind === 'national')!;
    expect(national.share.n).toBe(0);
    expect(coverageOf(national.share)).toBeNaN();
  });

  it('pools origins: the counts of several tracks add up', () => {
    const track = { regions: { national: region(outcome({}), outcome({})) } };
    const one = areaCoverage([track])[0]!;
    const two = areaCoverage([track, track])[0]!;
    expect(two.share.n).toBe(2 * one.share.n);
    expect(two.share.inside).toBe(2 * one.share.inside);
    expect(two.share.maeMedian).toBeCloseTo(one.share.maeMedian, 12);
  });

  it('src/data/bandCoverage.json is the track record’s counts (else run `npm run track-record`)', () => {
    const record = trackRecordJson as unknown as TrackRecord;
    expect(bandCoverageJson).toEqual(JSON.parse(JSON.stringify(bandCoverageFile(record.origins))));
    // every kind has region-years from every origin
    for (const kind of ['national', 'fylke', 'sentralitet', 'kommune'] as const)
      expect(bandCoverageJson.kinds[kind].share.n).toBeGreaterThanOrEqual(record.origins.length);
  });
});

describe('sharedChanges', () => {
  const rows = (values: readonly number[], lists: readonly number[]) =>
    values.map((v, i) => ({ year: 2015 + i, shareWithoutGpPct: v, meanListLength: lists[i]! }));

  it('a change every municipality makes together is all year effect; changes that cancel within a year are none', () => {
    // 30 municipalities that move together: +2, −1, +3 percentage points
    const together = Array.from({ length: 30 }, () => ({ trend: rows([5, 7, 6, 9], [1000, 980, 990, 950]) }));
    const s = sharedChanges(together, 2025);
    expect(s.years).toBe(3);
    expect(s.share.part).toBe(1);
    expect(s.share.yearSd).toBeCloseTo(
      Math.sqrt(((0.02 - 0.0133333) ** 2 + (-0.01 - 0.0133333) ** 2 + (0.03 - 0.0133333) ** 2) / 2),
      6,
    );
    expect(s.listLengthLog.part).toBe(1);
    // half go up by 2 points and half down by 2, every year: the mean never moves
    const apart = Array.from({ length: 30 }, (_, i) => ({
      trend: rows(i % 2 ? [5, 7, 5, 7] : [7, 5, 7, 5], [1000, 1000, 1000, 1000]),
    }));
    const a = sharedChanges(apart, 2025);
    expect(a.share.yearSd).toBe(0);
    expect(a.share.part).toBe(0);
  });

  it('reads no row after `until`', () => {
    const together = Array.from({ length: 30 }, () => ({ trend: rows([5, 7, 6, 9], [1000, 980, 990, 950]) }));
    expect(sharedChanges(together, 2017).years).toBe(2);
    expect(sharedChanges(together, 2016).share.part).toBeNaN();
  });
});

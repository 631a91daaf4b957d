/**
 * How often the hindcasts' 80 % bands (p10-p90) held what happened, by kind of area: the country, the counties, the
 * centrality classes and the municipalities, with the median's and "no change"'s mean absolute error. The municipal
 * validation scores each municipality on its own (validate.ts); the app also draws bands for sums of municipalities,
 * and those are too narrow: the municipal effects are drawn independently of each other, so they cancel in a sum,
 * while what the model misses in a sum is its path for all of them together (the country's band from 2022 missed the
 * list length in all three test years; yearEffect.ts measures how much of the year-to-year changes in the SSB rows
 * all municipalities share). Read from the track record's regions (trackRecord.ts), so `npm run validate` and the
 * app report the same counts.
 */
import type { OriginTrack, OutcomeTrack } from './trackRecord.ts';

export const AREA_KINDS = ['national', 'fylke', 'sentralitet', 'kommune'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

/**
 * Below this share of region-years within p10-p90 (the aim is 80 %) the app says that a kind of area's band has been
 * too narrow (judgement: some room for the few region-years of the country and the classes).
 */
export const NARROW_BAND_COVERAGE = 0.7;

/** One outcome's band over the region-years of a kind of area. */
export interface BandHits {
  /** Region-years with a band and an outcome. */
  readonly n: number;
  /** Of those: what happened lay within p10-p90, above p90, below p10. */
  readonly inside: number;
  readonly above: number;
  readonly below: number;
  /** Mean absolute error of the median and of "no change", over the region-years that have both (NaN if none). */
  readonly maeMedian: number;
  readonly maePersistence: number;
}

export interface AreaCoverage {
  readonly kind: AreaKind;
  /** Regions of this kind in the tracks (each counted once per origin). */
  readonly regions: number;
  readonly share: BandHits;
  readonly listLength: BandHits;
}

/** The kind of a track record region key: "national", "fylke:18", "sentralitet:6", "kommune:1811". */
export function areaKindOf(key: string): AreaKind {
  const kind = key === 'national' ? key : key.slice(0, key.indexOf(':'));
  if (!(AREA_KINDS as readonly string[]).includes(kind)) throw new Error(`areaKindOf: unknown region key "${key}"`);
  return kind as AreaKind;
}

function bandHits(outcomes: readonly OutcomeTrack[]): BandHits {
  let n = 0;
  let inside = 0;
  let above = 0;
  let below = 0;
  let errMedian = 0;
  let errPersistence = 0;
  let paired = 0;
  for (const o of outcomes)
    o.actual.forEach((actual, i) => {
      const [p10, p50, p90, persistence] = [o.p10[i], o.p50[i], o.p90[i], o.persistence[i]];
      if (actual == null || p10 == null || p50 == null || p90 == null) return;
      n++;
      if (actual > p90) above++;
      else if (actual < p10) below++;
      else inside++;
      if (persistence == null) return;
      paired++;
      errMedian += Math.abs(p50 - actual);
      errPersistence += Math.abs(persistence - actual);
    });
  return {
    n,
    inside,
    above,
    below,
    maeMedian: paired > 0 ? errMedian / paired : NaN,
    maePersistence: paired > 0 ? errPersistence / paired : NaN,
  };
}

/** The bands' hits by kind of area, over every test year of every track given (one origin, or all pooled). */
export function areaCoverage(tracks: readonly Pick<OriginTrack, 'regions'>[]): AreaCoverage[] {
  return AREA_KINDS.map((kind) => {
    const regions = tracks.flatMap((t) => Object.entries(t.regions).filter(([key]) => areaKindOf(key) === kind));
    return {
      kind,
      regions: regions.length,
      share: bandHits(regions.map(([, r]) => r.share)),
      listLength: bandHits(regions.map(([, r]) => r.listLength)),
    };
  });
}

/** The share of region-years whose outcome lay within the band (NaN without any). */
export function coverageOf(h: Pick<BandHits, 'n' | 'inside'>): number {
  return h.n > 0 ? h.inside / h.n : NaN;
}

/**
 * Whether a kind of area's bands have been too narrow: either outcome held in less than NARROW_BAND_COVERAGE of its
 * region-years (the app's chart note and "Om modellen" both say it from this).
 */
export function bandsTooNarrow(a: {
  readonly share: Pick<BandHits, 'n' | 'inside'>;
  readonly listLength: Pick<BandHits, 'n' | 'inside'>;
}): boolean {
  return Math.min(coverageOf(a.share), coverageOf(a.listLength)) < NARROW_BAND_COVERAGE;
}

/** Counts of one outcome's band for the app (src/data/bandCoverage.json). */
export interface BandCounts {
  readonly n: number;
  readonly inside: number;
  readonly above: number;
  readonly below: number;
}

/**
 * src/data/bandCoverage.json: the bands' hits by kind of area over every origin of the track record, which the app's
 * chart notes quote for the country, a county or a centrality class without loading the track record itself.
 */
export interface BandCoverageFile {
  readonly origins: readonly number[];
  readonly kinds: Readonly<Record<AreaKind, { readonly share: BandCounts; readonly listLength: BandCounts }>>;
}

export function bandCoverageFile(tracks: readonly Pick<OriginTrack, 'origin' | 'regions'>[]): BandCoverageFile {
  const counts = (h: BandHits): BandCounts => ({ n: h.n, inside: h.inside, above: h.above, below: h.below });
  const kinds = Object.fromEntries(
    areaCoverage(tracks).map((a) => [a.kind, { share: counts(a.share), listLength: counts(a.listLength) }]),
  ) as BandCoverageFile['kinds'];
  return { origins: tracks.map((t) => t.origin), kinds };
}

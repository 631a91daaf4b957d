/**
 * What the "Treffsikkerhet" panel shows for a region and an origin, from the track record
 * (src/data/trackRecord.json, built by `npm run track-record`): the region's hindcast per test year, how often
 * its p10-p90 held what happened and how far its median and "no change" missed, the probability of a crisis and
 * whether it came, and the same counts over "municipalities like it" (the region's own municipalities one by
 * one, or for a municipality those of its centrality class and size band), beside the validation's CRPS of the
 * matching groups, and for a municipality how the model did on average where it stood at the origin (the
 * municipalities in the same band of the share without a GP). DOM-free: tested in Node.
 */
import type {
  GroupTrack,
  OriginTrack,
  OutcomeTrack,
  RegionTrack,
  TrackRecord,
} from '../../engine/validation/trackRecord.ts';

export const TRACK_OUTCOMES = ['share', 'listLength'] as const;
export type TrackOutcome = (typeof TRACK_OUTCOMES)[number];

export { DEFAULT_ORIGIN } from './origins.ts';

/** A municipality as the panel groups it at an origin. */
export interface MunicipalityInfo {
  readonly code: string;
  readonly county: string;
  readonly centralityClass: number;
  /** The validation's size band at the origin (English label, as in OriginTrack.bySizeBand). */
  readonly sizeBand: string;
  /** False where SSB table 12005 has no row for the municipality in any year (not a number change). */
  readonly hasSsbRows?: boolean;
}

/** The region on screen, as the region picker names it. */
export interface TrackRegion {
  readonly type: 'national' | 'fylke' | 'sentralitet' | 'kommune';
  readonly code: string;
}

/** How one outcome of one region went: years scored, p10-p90 hits, mean absolute misses (median, "no change"). */
export interface OutcomeScore {
  readonly years: number;
  readonly hits: number;
  readonly maeModel: number;
  readonly maePersistence: number;
}

/** The scores of several municipalities pooled over their municipality-years. */
export interface PooledScore {
  readonly municipalities: number;
  /** Municipality-years scored (share without a GP; list length may have fewer). */
  readonly cases: number;
  readonly share: OutcomeScore;
  readonly listLength: OutcomeScore;
}

/** "Municipalities like it": who they are, their pooled scores, and the validation groups that match. */
export interface Peers {
  /** 'like' for a municipality (its class and size band), 'members' for an area (its municipalities). */
  readonly kind: 'like' | 'members';
  readonly centralityClass?: number;
  readonly sizeBand?: string;
  readonly score: PooledScore | null;
  /** The validation's groups (CRPS against "no change"): all, a centrality class, a size band. */
  readonly groups: readonly { readonly kind: 'all' | 'class' | 'size'; readonly group: GroupTrack }[];
  /**
   * For a scored municipality: the municipalities that stood where it stood at the origin (its band of the share
   * without a GP), with the means of the model, "no change" and what happened there (OriginTrack.byOriginBand).
   */
  readonly standing?: { readonly band: number; readonly group: GroupTrack };
}

export interface TrackEvent {
  readonly year: number;
  readonly p: number;
  readonly happened: boolean;
  /** A municipality's naive forecast: municipalities that stood alike at the origin (RegionTrack.pShareAtLeast5pctBase). */
  readonly base?: number;
}

export interface TrackView {
  readonly origin: number;
  readonly years: readonly number[];
  readonly registeredBasisYears: readonly number[];
  readonly runs: number;
  readonly seed: number;
  readonly regionKey: string;
  readonly region: TrackRegion;
  /** Null when the track record has no such region. */
  readonly track: RegionTrack | null;
  /** Whether any member of the region was scored (a municipality reconstructed at the origin is not). */
  readonly scored: boolean;
  /** A municipality without any SSB 12005 row (so never scored, whatever the origin). */
  readonly noSsbRows: boolean;
  readonly share: OutcomeScore | null;
  readonly listLength: OutcomeScore | null;
  /** P(share ≥ 5 %) per test year with what happened (years without a forecast left out). */
  readonly events: readonly TrackEvent[];
  readonly peers: Peers;
}

export function regionKey(region: TrackRegion): string {
  return region.type === 'national' ? 'national' : `${region.type}:${region.code}`;
}

export function originTrackOf(record: TrackRecord, origin: number): OriginTrack {
  const o = record.origins.find((x) => x.origin === origin);
  if (!o) throw new Error(`track record: no origin ${origin}`);
  return o;
}

/** The origins of the track record, latest first. */
export function originsOf(record: TrackRecord): number[] {
  return record.origins.map((o) => o.origin).sort((a, b) => b - a);
}

/** Adds one outcome's years to running sums (null years skipped). */
function accumulate(o: OutcomeTrack, sums: { years: number; hits: number; model: number; persistence: number }) {
  o.actual.forEach((actual, i) => {
    const p10 = o.p10[i];
    const p50 = o.p50[i];
    const p90 = o.p90[i];
    const persistence = o.persistence[i];
    if (actual === null || actual === undefined || p10 == null || p50 == null || p90 == null || persistence == null)
      return;
    sums.years++;
    if (p10 <= actual && actual <= p90) sums.hits++;
    sums.model += Math.abs(p50 - actual);
    sums.persistence += Math.abs(persistence - actual);
  });
}

function finish(s: { years: number; hits: number; model: number; persistence: number }): OutcomeScore | null {
  return s.years === 0
    ? null
    : { years: s.years, hits: s.hits, maeModel: s.model / s.years, maePersistence: s.persistence / s.years };
}

/** How one outcome went, over the test years with a forecast and an actual value (null when there are none). */
export function outcomeScore(o: OutcomeTrack): OutcomeScore | null {
  const sums = { years: 0, hits: 0, model: 0, persistence: 0 };
  accumulate(o, sums);
  return finish(sums);
}

/** The scores of these municipalities pooled over their municipality-years (null when none was scored). */
export function pooledScore(origin: OriginTrack, codes: readonly string[]): PooledScore | null {
  const share = { years: 0, hits: 0, model: 0, persistence: 0 };
  const list = { years: 0, hits: 0, model: 0, persistence: 0 };
  let municipalities = 0;
  for (const code of codes) {
    const r = origin.regions[`kommune:${code}`];
    if (!r || r.scored === 0) continue;
    const before = share.years;
    accumulate(r.share, share);
    accumulate(r.listLength, list);
    if (share.years > before) municipalities++;
  }
  const s = finish(share);
  const l = finish(list);
  return s && l ? { municipalities, cases: s.years, share: s, listLength: l } : null;
}

/** The municipalities "like" this one, or the members of an area, and the matching validation groups. */
export function peersOf(origin: OriginTrack, region: TrackRegion, municipalities: readonly MunicipalityInfo[]): Peers {
  const groupBy = (list: readonly GroupTrack[], name: string) => list.find((g) => g.group === name);
  switch (region.type) {
    case 'kommune': {
      const self = municipalities.find((m) => m.code === region.code);
      if (!self) return { kind: 'like', score: null, groups: [] };
      const like = municipalities.filter(
        (m) => m.centralityClass === self.centralityClass && m.sizeBand === self.sizeBand,
      );
      const cls = groupBy(origin.byCentralityClass, String(self.centralityClass));
      const size = groupBy(origin.bySizeBand, self.sizeBand);
      const band = origin.regions[regionKey(region)]?.originBand;
      const standing = band === undefined ? undefined : groupBy(origin.byOriginBand, String(band));
      return {
        kind: 'like',
        ...(band !== undefined && standing ? { standing: { band, group: standing } } : {}),
        centralityClass: self.centralityClass,
        sizeBand: self.sizeBand,
        score: pooledScore(
          origin,
          like.map((m) => m.code),
        ),
        groups: [
          ...(cls ? [{ kind: 'class' as const, group: cls }] : []),
          ...(size ? [{ kind: 'size' as const, group: size }] : []),
        ],
      };
    }
    case 'sentralitet': {
      const members = municipalities.filter((m) => String(m.centralityClass) === region.code);
      const cls = groupBy(origin.byCentralityClass, region.code);
      return {
        kind: 'members',
        centralityClass: Number(region.code),
        score: pooledScore(
          origin,
          members.map((m) => m.code),
        ),
        groups: cls ? [{ kind: 'class', group: cls }] : [],
      };
    }
    case 'fylke':
      return {
        kind: 'members',
        score: pooledScore(
          origin,
          municipalities.filter((m) => m.county === region.code).map((m) => m.code),
        ),
        groups: [],
      };
    case 'national':
      return {
        kind: 'members',
        score: pooledScore(
          origin,
          municipalities.map((m) => m.code),
        ),
        groups: [{ kind: 'all', group: origin.all }],
      };
  }
}

/**
 * The latest origin from which the region has a band (a municipality renumbered in 2024: 2024), or undefined (one
 * without any SSB row). `municipalitiesAt` gives the municipalities as grouped at an origin.
 */
export function latestScoredOrigin(
  record: TrackRecord,
  region: TrackRegion,
  municipalitiesAt: (origin: number) => readonly MunicipalityInfo[],
): number | undefined {
  return originsOf(record).find((origin) => trackView(record, origin, region, municipalitiesAt(origin)).scored);
}

/** Everything the panel shows for a region from an origin. */
export function trackView(
  record: TrackRecord,
  origin: number,
  region: TrackRegion,
  municipalities: readonly MunicipalityInfo[],
): TrackView {
  const o = originTrackOf(record, origin);
  const key = regionKey(region);
  const track = o.regions[key] ?? null;
  const scored = !!track && track.scored > 0;
  const events: TrackEvent[] = [];
  if (track && scored)
    o.years.forEach((year, i) => {
      const p = track.pShareAtLeast5pct[i];
      const happened = track.shareAtLeast5pct[i];
      const base = track.pShareAtLeast5pctBase?.[i];
      if (p !== null && p !== undefined && happened !== null && happened !== undefined)
        events.push({ year, p, happened, ...(base !== null && base !== undefined ? { base } : {}) });
    });
  return {
    origin,
    years: o.years,
    registeredBasisYears: o.registeredBasisYears,
    runs: record.runs,
    seed: record.seed,
    regionKey: key,
    region,
    track,
    scored,
    noSsbRows: region.type === 'kommune' && municipalities.find((m) => m.code === region.code)?.hasSsbRows === false,
    share: track && scored ? outcomeScore(track.share) : null,
    listLength: track && scored ? outcomeScore(track.listLength) : null,
    events,
    peers: peersOf(o, region, municipalities),
  };
}

/**
 * Loads what the "Treffsikkerhet" panel and the validation tables in "Om modellen" need, on first use (dynamic
 * imports, so the first load carries none of it): the track record and, to group municipalities by centrality
 * class and size band at an origin, the municipality records.
 */
import type { TrackRecord } from '../../engine/validation/trackRecord.ts';
import type { MunicipalityInfo } from './select.ts';

export interface TrackData {
  readonly record: TrackRecord;
  /** Every municipality's county, centrality class and size band at an origin. */
  municipalitiesAt(origin: number): readonly MunicipalityInfo[];
}

let loading: Promise<TrackData> | null = null;

/** The track record alone (the validation tables need no municipality records). */
export async function loadTrackRecord(): Promise<TrackRecord> {
  return (await import('../../data/trackRecord.json')).default as unknown as TrackRecord;
}

export function loadTrackData(): Promise<TrackData> {
  loading ??= Promise.all([
    loadTrackRecord(),
    import('../../data/index.ts'),
    import('../../engine/validation/trackRecord.ts'),
  ]).then(([record, { MUNICIPALITIES }, { sizeBandLabelAt }]) => {
    const cache = new Map<number, readonly MunicipalityInfo[]>();
    return {
      record,
      municipalitiesAt(origin: number) {
        let list = cache.get(origin);
        if (!list) {
          list = MUNICIPALITIES.map((m) => ({
            code: m.code,
            county: m.county,
            centralityClass: m.centralityClass,
            sizeBand: sizeBandLabelAt(m, origin),
            hasSsbRows: m.trend.length > 0,
          }));
          cache.set(origin, list);
        }
        return list;
      },
    };
  });
  // a failed load (e.g. offline after an update) may be tried again
  loading.catch(() => (loading = null));
  return loading;
}

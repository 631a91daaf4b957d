/**
 * The start years of the hindcasts the "Treffsikkerhet" panel offers (`npm run track-record` builds them:
 * TRACK_RECORD_ORIGINS in src/cli/trackRecord.ts; test/ui/trackRecord.test.ts keeps the two and the built file
 * equal), latest first. A constant of its own, so that a share link can check its origin in the first load,
 * before the track record itself is loaded.
 */
export const TRACK_ORIGINS = [2022, 2020] as const;
export type TrackOrigin = (typeof TRACK_ORIGINS)[number];

/** The origin shown first: the latest, with the most recent data. */
export const DEFAULT_ORIGIN: TrackOrigin = 2022;

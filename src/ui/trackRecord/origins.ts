/**
 * The start years of the hindcasts the "Treffsikkerhet" panel offers (`npm run track-record` builds them:
 * TRACK_RECORD_ORIGINS in src/cli/trackRecord.ts; test/ui/trackRecord.test.ts keeps the three and the built file
 * equal), latest first. A constant of its own, so that a share link can check its origin in the first load,
 * before the track record itself is loaded.
 */
export const TRACK_ORIGINS = [2024, 2022, 2020] as const;
export type TrackOrigin = (typeof TRACK_ORIGINS)[number];

/**
 * The origin shown first: 2022, the latest with more than one test year (2024 has one, 2025, but every municipality
 * with SSB rows, those renumbered in 2024 included).
 */
export const DEFAULT_ORIGIN: TrackOrigin = 2022;

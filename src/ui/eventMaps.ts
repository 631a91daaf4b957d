/**
 * The event maps the page applies to a municipality's Monte Carlo probabilities (src/data/eventCalibration.json,
 * fitted by `npm run track-record` on hindcasts scored up to the last data year; run/eventCalibration.ts). Maps are
 * fitted on single municipalities, so a county, a centrality class or the country keeps the runs' own shares.
 */
import data from '../data/eventCalibration.json';
import {
  applyEventCalibration,
  type EventCalibrationFile,
  type EventCalibrations,
} from '../engine/run/eventCalibration.ts';
import { formatPercent } from './format.ts';
import { t } from './i18n.ts';

const file = data as EventCalibrationFile;

export const EVENT_MAPS: EventCalibrations = file.maps;

/** The maps for a region ("kommune:NNNN" only), or undefined. */
export function eventMapsFor(region: string): EventCalibrations | undefined {
  return region.startsWith('kommune:') ? EVENT_MAPS : undefined;
}

/** The last year of outcomes the maps were fitted on. */
export const EVENT_MAPS_UNTIL: number = file.origin;

/**
 * One sentence on what the maps do, with numbers read from them: what a probability of 90 % in the runs becomes for
 * "at least one list without a GP", and which years the maps were scored on.
 */
export function recalibrationNote(): string {
  const c = EVENT_MAPS.anyListWithoutGp;
  return t('probRecalibrated', {
    from: formatPercent(0.9, 0),
    to: formatPercent(applyEventCalibration(0.9, c), 0),
    years: `${Math.min(...c.origins) + 1}–${c.until}`,
  });
}

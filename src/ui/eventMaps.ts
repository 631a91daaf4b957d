/**
 * The weights the page pools a municipality's Monte Carlo probabilities with the base rates from where it stands by
 * (src/data/eventCalibration.json, fitted by `npm run track-record` on hindcasts scored up to the last data year;
 * run/eventCalibration.ts applyEventPool). They are fitted on single municipalities, so a county, a centrality class
 * or the country keeps the runs' own shares. And how a region's runs count "at least one list without a GP".
 */
import data from '../data/eventCalibration.json';
import type { EventCalibrationFile, EventCalibrations } from '../engine/run/eventCalibration.ts';
import type { EventScope } from '../engine/run/mcSummary.ts';
import { formatPercent } from './format.ts';
import { t } from './i18n.ts';

const file = data as EventCalibrationFile;

export const EVENT_MAPS: EventCalibrations = file.maps;

/** The maps for a region ("kommune:NNNN" only), or undefined. */
export function eventMapsFor(region: string): EventCalibrations | undefined {
  return eventScopeOf(region) === 'municipality' ? EVENT_MAPS : undefined;
}

/** How the runs of a region of this type count "at least one list without a GP" (mcSummary.ts EventScope). */
export function eventScopeOfType(type: string | undefined): EventScope {
  return type === 'kommune' ? 'municipality' : 'region';
}

/** The same for a region key ("kommune:NNNN", "fylke:NN", …). */
export function eventScopeOf(region: string): EventScope {
  return eventScopeOfType(region.split(':')[0]);
}

/** The last year of outcomes the maps were fitted on. */
export const EVENT_MAPS_UNTIL: number = file.origin;

/**
 * One sentence on what the weights do, with numbers read from them: how much the runs' share and the base rate from
 * where the municipality stands count in "at least one list without a GP", and which years they were fitted on.
 */
export function poolingNote(): string {
  const c = EVENT_MAPS.anyListWithoutGp;
  return t('probPooled', {
    runs: formatPercent(c.poolWeight, 0),
    base: formatPercent(1 - c.poolWeight, 0),
    years: `${Math.min(...c.origins) + 1}–${c.until}`,
  });
}

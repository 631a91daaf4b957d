/**
 * The language of a share link that names none: a link to one municipality opens in that municipality's written
 * standard (nynorsk where its målform is nynorsk, else bokmål); any other region opens in bokmål. Loaded only for
 * such a link (the list of municipalities stays out of the first load). DOM-free.
 */
import type { Locale } from '../../levers/types.ts';
import NYNORSK_CODES from '../../data/nynorskMunicipalities.json';

const NYNORSK = new Set<string>(NYNORSK_CODES);

/** nn for a nynorsk municipality ("kommune:4621"), nb for every other region. */
export function linkLanguage(region: string): Locale {
  const m = /^kommune:(\d{4})$/.exec(region);
  return m && NYNORSK.has(m[1]!) ? 'nn' : 'nb';
}

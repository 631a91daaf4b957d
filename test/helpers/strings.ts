// Every UI string in both languages, for tests (the page loads English on demand: src/ui/i18n.ts, strings/en.ts).
import { NB_FIRST_LOAD, type StringKey } from '../../src/ui/i18n.ts';
import { EN } from '../../src/ui/strings/en.ts';
import { LATER_NB } from '../../src/ui/strings/later.ts';
import type { Localized } from '../../src/levers/types.ts';

/** Every key's bokmål: the first load's (i18n.ts) and the later panels' (strings/later.ts). */
export const NB_STRINGS: Readonly<Record<StringKey, string>> = { ...NB_FIRST_LOAD, ...LATER_NB };

export const STRINGS: Readonly<Record<StringKey, Localized>> = Object.fromEntries(
  (Object.keys(NB_STRINGS) as StringKey[]).map((k) => [k, { nb: NB_STRINGS[k], en: EN[k] }]),
) as Record<StringKey, Localized>;

// Every UI string in both languages, for tests (the page loads English on demand: src/ui/i18n.ts, strings/en.ts).
import { NB_STRINGS, type StringKey } from '../../src/ui/i18n.ts';
import { EN } from '../../src/ui/strings/en.ts';
import type { Localized } from '../../src/levers/types.ts';

export const STRINGS: Readonly<Record<StringKey, Localized>> = Object.fromEntries(
  (Object.keys(NB_STRINGS) as StringKey[]).map((k) => [k, { nb: NB_STRINGS[k], en: EN[k] }]),
) as Record<StringKey, Localized>;

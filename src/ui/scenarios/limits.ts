/**
 * What the page accepts from a file or a link before it reads it in full, and what it accepts in it that the
 * controls must be able to show: JSON no deeper than MAX_JSON_DEPTH (checked by a scan that stops at the limit, so
 * a 100 000-level array is refused in microseconds, before JSON.parse), a link's decompressed text no longer than
 * MAX_LINK_TEXT_CHARS, and lever start and end years the year selects offer. Errors are English, as the other checks
 * write them (errorText.ts says them in Norwegian). DOM-free: tested in Node.
 */
import type { LeverSetting } from '../../engine/run/scenario.ts';
import type { MunicipalScenarios } from '../../engine/run/municipalScenario.ts';
import { END_YEAR, FIRST_POLICY_YEAR } from '../state.ts';

/** Deepest nesting of objects and arrays accepted (a saved-scenario file needs 5). */
export const MAX_JSON_DEPTH = 32;
/** Longest decompressed link text accepted (a link with four compared scenarios and formulas needs ~10 000). */
export const MAX_LINK_TEXT_CHARS = 200_000;

/** True when the JSON text nests objects and arrays deeper than `max` (strings are skipped; stops at the limit). */
export function nestedDeeperThan(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** The error for JSON nested too deeply, with the limit. */
export function nestingError(prefix: string): string {
  return `${prefix}nested deeper than ${MAX_JSON_DEPTH} levels`;
}

/** A link's decompressed text that is too long or too deeply nested to read: the error, else null. */
export function linkTextProblem(text: string): string | null {
  if (text.length > MAX_LINK_TEXT_CHARS) return `link: too long (more than ${MAX_LINK_TEXT_CHARS} characters)`;
  if (nestedDeeperThan(text)) return nestingError('link: ');
  return null;
}

/**
 * Lever years outside the year selects (FIRST_POLICY_YEAR-END_YEAR): a start, each step's start and an end
 * ("until"), one error per lever naming the field ("levers.x.from", "levers.x.steps[1].from", "levers.x.until") and
 * the accepted range. A lever without a start year starts in its default year, always offered. Steps and ends are
 * shown by the lever panel (issue #14); their order is the engine's check (leverSetting.ts).
 */
export function startYearProblems(levers: Readonly<Record<string, LeverSetting>>, path = ''): string[] {
  const out: string[] = [];
  const year = (date: string) => Number(date.slice(0, 4));
  const offered = (y: number) => y >= FIRST_POLICY_YEAR && y <= END_YEAR;
  for (const [id, setting] of Object.entries(levers)) {
    if (setting === null || typeof setting !== 'object') continue;
    const starts: [string, string][] =
      'steps' in setting
        ? setting.steps.map((st, i): [string, string] => [`steps[${i}].from`, st.from])
        : [['from', setting.from]];
    const bad = starts.find(([, from]) => !offered(year(from)));
    if (bad)
      out.push(
        `${path}levers.${id}.${bad[0]}: start year must be ${FIRST_POLICY_YEAR}-${END_YEAR}, got ${year(bad[1])}`,
      );
    else if (setting.until !== undefined && !offered(year(setting.until)))
      out.push(
        `${path}levers.${id}.until: end year must be ${FIRST_POLICY_YEAR}-${END_YEAR}, got ${year(setting.until)}`,
      );
  }
  return out;
}

/** startYearProblems for each municipality's own levers ("municipalities.1811.levers.x.from"). */
export function municipalYearProblems(municipalities: MunicipalScenarios | undefined, path = ''): string[] {
  return Object.entries(municipalities ?? {}).flatMap(([code, m]) =>
    startYearProblems(m.levers ?? {}, `${path}municipalities.${code}.`),
  );
}

/** The municipality numbers among the known regions ("kommune:1811" → "1811"). */
export function municipalityCodesOf(knownRegions: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...knownRegions].filter((r) => r.startsWith('kommune:')).map((r) => r.slice(8)));
}

/**
 * Version-1 files (the presets' format) date levers as the policy was dated ("2023-05"). A start before the first
 * projection year is in effect from the projection's start, which is the same run as a start in FIRST_POLICY_YEAR
 * (the schedule starts every earlier change in month 0), so such starts become FIRST_POLICY_YEAR, which the year
 * select offers. Later starts are left as they are (and checked by startYearProblems).
 */
export function clampEarlyStarts(levers: Readonly<Record<string, LeverSetting>>): Record<string, LeverSetting> {
  const out: Record<string, LeverSetting> = {};
  for (const [id, setting] of Object.entries(levers))
    out[id] =
      setting !== null &&
      typeof setting === 'object' &&
      'from' in setting &&
      Number(setting.from.slice(0, 4)) < FIRST_POLICY_YEAR &&
      (setting.until === undefined || Number(setting.until.slice(0, 4)) >= FIRST_POLICY_YEAR)
        ? { value: setting.value, from: String(FIRST_POLICY_YEAR), ...(setting.until ? { until: setting.until } : {}) }
        : setting;
  return out;
}

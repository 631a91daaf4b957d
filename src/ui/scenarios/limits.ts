/**
 * What the page accepts from a file or a link before it reads it in full, and what it accepts in it that the
 * controls must be able to show: JSON no deeper than MAX_JSON_DEPTH (checked by a scan that stops at the limit, so
 * a 100 000-level array is refused in microseconds, before JSON.parse), a link's decompressed text no longer than
 * MAX_LINK_TEXT_CHARS, and lever start years the year select offers. Errors are English, as the other checks
 * write them (errorText.ts says them in Norwegian). DOM-free: tested in Node.
 */
import type { LeverSetting } from '../../engine/run/scenario.ts';
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
 * Lever start years outside the year select (FIRST_POLICY_YEAR-END_YEAR): one error per lever, naming the field
 * ("levers.x.from") and the accepted range. A lever without a start year starts in its default year, always offered.
 */
export function startYearProblems(levers: Readonly<Record<string, LeverSetting>>, path = ''): string[] {
  const out: string[] = [];
  for (const [id, setting] of Object.entries(levers)) {
    if (setting === null || typeof setting !== 'object') continue;
    // schema 2's steps and end years run in the engine and the CLI; the lever panel shows one value from a year
    if ('steps' in setting || setting.until !== undefined) {
      out.push(
        `${path}levers.${id}: steps and end years ("until") run with npm run simulate; the app cannot show them yet`,
      );
      continue;
    }
    const year = Number(setting.from.slice(0, 4));
    if (!(year >= FIRST_POLICY_YEAR && year <= END_YEAR))
      out.push(`${path}levers.${id}.from: start year must be ${FIRST_POLICY_YEAR}-${END_YEAR}, got ${year}`);
  }
  return out;
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
      Number(setting.from.slice(0, 4)) < FIRST_POLICY_YEAR
        ? { value: setting.value, from: String(FIRST_POLICY_YEAR) }
        : setting;
  return out;
}

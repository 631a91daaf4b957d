/**
 * The municipalities part of a scenario (schema 2): for each municipality number, its own settings of the local
 * levers, its start figures and its dated events:
 *
 *   "municipalities": { "1811": { "levers": { "salariedShare": { "value": 0.6, "from": "2027" } },
 *                                 "start": { "gps": 4, "listsWithoutGp": 1 },
 *                                 "events": [{ "year": 2027, "kind": "retirements", "count": 2 }] } }
 *
 * Checked field by field with the path and what was expected (data-free: the numbers are checked for their form
 * here, and against the municipalities that exist when `knownCodes` is given or when a plan is prepared).
 */
import { getLever } from '../../levers/registry.ts';
import { isObject, quoteText } from '../../levers/values.ts';
import { MAX_END_YEAR } from '../calendar.ts';
import { checkMunicipalStart, type CodeSet, type MunicipalStart } from '../start/startOverrides.ts';
import { checkLocalEvents, type LocalEvent } from '../step/localEvents.ts';
import { field } from './fieldPath.ts';
import { checkLeverSetting, settingChanges, type LeverSetting } from './leverSetting.ts';
import type { MunicipalPlans } from './simulate.ts';

export interface MunicipalScenario {
  readonly levers?: Readonly<Record<string, LeverSetting>>;
  readonly start?: MunicipalStart;
  readonly events?: readonly LocalEvent[];
}
export type MunicipalScenarios = Readonly<Record<string, MunicipalScenario>>;

/** The most municipalities one scenario may set (all of them). */
export const MAX_MUNICIPALITIES = 400;
/** First year an event may fall in (the first simulated year of a projection). */
export const FIRST_EVENT_YEAR = 2026;

const CODE = /^\d{4}$/;

/** Any 4-digit number is accepted when the known municipalities are not given. */
const ANY_CODE: CodeSet = { has: (c) => CODE.test(c) };

/** Checks `municipalities`; problems go to `errors` with their paths. */
export function checkMunicipalities(
  input: unknown,
  errors: string[],
  knownCodes?: CodeSet,
): MunicipalScenarios | undefined {
  if (input === undefined) return undefined;
  if (!isObject(input)) {
    errors.push('municipalities: expected an object of municipality number → { levers, start, events }');
    return undefined;
  }
  const codes = Object.keys(input);
  if (codes.length > MAX_MUNICIPALITIES) {
    errors.push(`municipalities: expected at most ${MAX_MUNICIPALITIES} municipalities, got ${codes.length}`);
    return undefined;
  }
  const known = knownCodes ?? ANY_CODE;
  const out: Record<string, MunicipalScenario> = {};
  for (const code of codes) {
    const path = `municipalities.${CODE.test(code) ? code : quoteText(code)}`;
    if (!CODE.test(code) || !known.has(code)) {
      errors.push(
        `${path}: ${CODE.test(code) ? 'unknown municipality number' : 'expected a 4-digit municipality number'}`,
      );
      continue;
    }
    const m = input[code];
    if (!isObject(m)) {
      errors.push(`${path}: expected an object with "levers", "start" and/or "events"`);
      continue;
    }
    for (const k of Object.keys(m))
      if (k !== 'levers' && k !== 'start' && k !== 'events')
        errors.push(`${field(path, k)}: unknown field (expected "levers", "start" and "events")`);
    const entry: { levers?: Record<string, LeverSetting>; start?: MunicipalStart; events?: LocalEvent[] } = {};
    if (m.levers !== undefined) {
      if (!isObject(m.levers)) errors.push(`${path}.levers: expected an object of lever id → setting`);
      else {
        const levers: Record<string, LeverSetting> = {};
        for (const [id, setting] of Object.entries(m.levers)) {
          const at = field(`${path}.levers`, id);
          const spec = getLever(id);
          if (!spec) errors.push(`${at}: unknown lever`);
          else if (spec.scope !== 'local')
            errors.push(`${at}: a national lever; set it for the whole country, not for one municipality`);
          else {
            const s = checkLeverSetting(id, setting, at, errors);
            if (s !== undefined) levers[id] = s;
          }
        }
        entry.levers = levers;
      }
    }
    if (m.start !== undefined) {
      const s = checkMunicipalStart(m.start, `${path}.start`, known);
      if (!s.ok) errors.push(...s.errors);
      else entry.start = s.value;
    }
    if (m.events !== undefined) {
      const e = checkLocalEvents(m.events, `${path}.events`, code, known, FIRST_EVENT_YEAR, MAX_END_YEAR);
      if (!e.ok) errors.push(...e.errors);
      else entry.events = e.value;
    }
    out[code] = entry;
  }
  return out;
}

/** The plans the engine takes (simulate.ts) from a scenario's municipalities. */
export function municipalPlansOf(municipalities: MunicipalScenarios | undefined): MunicipalPlans | undefined {
  if (!municipalities) return undefined;
  const out: Record<
    string,
    { levers?: ReturnType<typeof settingChanges>; start?: MunicipalStart; events?: readonly LocalEvent[] }
  > = {};
  for (const [code, m] of Object.entries(municipalities)) {
    out[code] = {
      ...(m.levers ? { levers: Object.entries(m.levers).flatMap(([id, s]) => settingChanges(id, s)) } : {}),
      ...(m.start ? { start: m.start } : {}),
      ...(m.events ? { events: m.events } : {}),
    };
  }
  return out;
}

/**
 * A lever's setting in a scenario, and how it becomes dated changes. A setting is a value (from the lever's default
 * start year), a value over a period ({ value, from, until? }: a time-limited grant returns to today's value after
 * `until`), or steps ({ steps: [{ from, value }, …], until? }: an escalation plan; each step holds until the next).
 * Checked field by field with the path and what was expected; data-free, so the page can check files and links.
 */
import { getLever } from '../../levers/registry.ts';
import { checkLeverValue, describeValue, isObject } from '../../levers/values.ts';
import type { LeverValue } from '../../levers/types.ts';
import { MAX_END_YEAR } from '../calendar.ts';
import type { LeverChange } from '../schedule.ts';
import { field } from './fieldPath.ts';

export interface LeverStep {
  readonly from: string;
  readonly value: LeverValue;
}

export type LeverSetting =
  | LeverValue
  | { readonly value: LeverValue; readonly from: string; readonly until?: string }
  | { readonly steps: readonly LeverStep[]; readonly until?: string };

/** The most steps one lever may have (one a year over the longest horizon). */
export const MAX_LEVER_STEPS = 25;

/** Months since year 0 of "YYYY" (January) or "YYYY-MM". */
function monthOf(date: string): number {
  return Number(date.slice(0, 4)) * 12 + (date.length > 4 ? Number(date.slice(5, 7)) - 1 : 0);
}
/** The last month of "YYYY" (December) or "YYYY-MM" itself. */
function lastMonthOf(date: string): number {
  return date.length > 4 ? monthOf(date) : Number(date) * 12 + 11;
}
/** "YYYY-MM" of a month count. */
function dateOf(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** "YYYY" or "YYYY-MM" between 2020 and the last simulated year, as a start (`what` "start") or an end. */
export function checkDate(x: unknown, path: string, what: 'start' | 'end'): string | null {
  if (typeof x !== 'string' || !/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(x))
    return `${path}: expected ${what === 'start' ? 'a start' : 'an end'} "YYYY" or "YYYY-MM", got ${describeValue(x)}`;
  const year = Number(x.slice(0, 4));
  if (year < 2020 || year > MAX_END_YEAR) return `${path}: ${what} year must be 2020-${MAX_END_YEAR}, got ${year}`;
  return null;
}

/** Checks one lever's setting; problems go to `errors` with their paths. Returns the checked setting or undefined. */
export function checkLeverSetting(
  id: string,
  setting: unknown,
  path: string,
  errors: string[],
): LeverSetting | undefined {
  if (!isObject(setting)) {
    const c = checkLeverValue(id, setting);
    if (!c.ok) {
      errors.push(`${path}: ${c.error}`);
      return undefined;
    }
    return c.value;
  }
  const n = errors.length;
  const untilIn = setting.until;
  const untilError = untilIn === undefined ? null : checkDate(untilIn, `${path}.until`, 'end');
  if (untilError) errors.push(untilError);
  const until = untilIn === undefined || untilError ? undefined : (untilIn as string);
  if ('steps' in setting) {
    for (const k of Object.keys(setting))
      if (k !== 'steps' && k !== 'until')
        errors.push(`${field(path, k)}: unknown field (expected "steps" and "until")`);
    const stepsIn = setting.steps;
    if (!Array.isArray(stepsIn) || stepsIn.length === 0 || stepsIn.length > MAX_LEVER_STEPS) {
      errors.push(`${path}.steps: expected a list of 1-${MAX_LEVER_STEPS} steps { "from", "value" }`);
      return undefined;
    }
    const steps: LeverStep[] = [];
    stepsIn.forEach((s, i) => {
      const at = `${path}.steps[${i}]`;
      if (!isObject(s)) {
        errors.push(`${at}: expected { "from", "value" }`);
        return;
      }
      for (const k of Object.keys(s))
        if (k !== 'from' && k !== 'value') errors.push(`${field(at, k)}: unknown field (expected "from" and "value")`);
      const c = checkLeverValue(id, s.value);
      if (!c.ok) errors.push(`${at}.value: ${c.error}`);
      const fe = checkDate(s.from, `${at}.from`, 'start');
      if (fe) errors.push(fe);
      if (c.ok && !fe) {
        const prev = steps.at(-1);
        if (prev && monthOf(s.from as string) <= monthOf(prev.from))
          errors.push(`${at}.from: expected a start after the step before (${prev.from}), got ${s.from as string}`);
        else steps.push({ from: s.from as string, value: c.value });
      }
    });
    const last = steps.at(-1);
    if (until !== undefined && last && lastMonthOf(until) < monthOf(last.from))
      errors.push(`${path}.until: expected an end at or after the last step (${last.from}), got ${until}`);
    if (errors.length > n) return undefined;
    return until !== undefined ? { steps, until } : { steps };
  }
  for (const k of Object.keys(setting))
    if (k !== 'value' && k !== 'from' && k !== 'until')
      errors.push(`${field(path, k)}: unknown field (expected "value", "from" and "until", or "steps")`);
  const c = checkLeverValue(id, setting.value);
  if (!c.ok) errors.push(`${path}.value: ${c.error}`);
  const fe = checkDate(setting.from, `${path}.from`, 'start');
  if (fe) errors.push(fe);
  if (!fe && until !== undefined && lastMonthOf(until) < monthOf(setting.from as string))
    errors.push(`${path}.until: expected an end at or after the start (${setting.from as string}), got ${until}`);
  if (errors.length > n || !c.ok) return undefined;
  return until !== undefined
    ? { value: c.value, from: setting.from as string, until }
    : { value: c.value, from: setting.from as string };
}

/** The dated changes of one lever's setting (steps: each holds through the month before the next). */
export function settingChanges(id: string, setting: LeverSetting): LeverChange[] {
  const spec = getLever(id);
  if (!spec) throw new Error(`levers.${id}: unknown lever "${id}"`);
  if (setting === null || typeof setting !== 'object')
    return [{ lever: id, from: String(spec.defaultStartYear), value: setting }];
  if ('steps' in setting) {
    return setting.steps.map((s, i) => {
      const next = setting.steps[i + 1];
      const until = next ? dateOf(monthOf(next.from) - 1) : setting.until;
      return { lever: id, from: s.from, value: s.value, ...(until !== undefined ? { until } : {}) };
    });
  }
  return [
    {
      lever: id,
      from: setting.from,
      value: setting.value,
      ...(setting.until !== undefined ? { until: setting.until } : {}),
    },
  ];
}

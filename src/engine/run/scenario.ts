/**
 * Scenarios: named sets of lever overrides (with start years), assumption overrides and edited response
 * formulas. Scenario files store overrides only. parseScenario validates field by field and returns every
 * problem with its path and what was expected; serializeScenario writes the canonical form back.
 */
import { getAssumption } from '../../levers/assumptions.ts';
import { getLever } from '../../levers/registry.ts';
import { checkLeverValue } from '../../levers/values.ts';
import type { LeverValue, Localized } from '../../levers/types.ts';
import { MAX_END_YEAR } from '../calendar.ts';
import { getResponse } from '../formulas/responses.ts';

export const SCENARIO_SCHEMA_VERSION = 1;

/** A lever override: a value from the lever's default start year, or a value from a given year ("YYYY" or "YYYY-MM"). */
export type LeverSetting = LeverValue | { readonly value: LeverValue; readonly from: string };

export interface ScenarioCitation {
  readonly seed: string;
  readonly note?: string;
}

export interface Scenario {
  readonly schemaVersion: 1;
  readonly id: string;
  readonly name: Localized;
  readonly description?: Localized;
  readonly levers: Readonly<Record<string, LeverSetting>>;
  readonly assumptions?: Readonly<Record<string, number>>;
  readonly formulas?: Readonly<Record<string, string>>;
  readonly citations?: readonly ScenarioCitation[];
}

export const BASELINE_SCENARIO: Scenario = {
  schemaVersion: 1,
  id: 'baseline',
  name: { nb: 'Dagens politikk', en: 'Current policy' },
  description: { nb: 'Alle virkemidler som i dag.', en: 'All levers as today.' },
  levers: {},
};

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const TOP_KEYS = ['schemaVersion', 'id', 'name', 'description', 'levers', 'assumptions', 'formulas', 'citations'];

function checkLocalized(x: unknown, path: string, errors: string[], required: boolean): Localized | undefined {
  if (x === undefined && !required) return undefined;
  if (
    !isObject(x) ||
    typeof x.nb !== 'string' ||
    typeof x.en !== 'string' ||
    x.nb.trim() === '' ||
    x.en.trim() === ''
  ) {
    errors.push(`${path}: expected an object with non-empty "nb" and "en" texts`);
    return undefined;
  }
  return { nb: x.nb, en: x.en };
}

/** "YYYY" or "YYYY-MM" between 2020 and the last simulated year. */
export function checkFrom(from: unknown, path: string): string | null {
  if (typeof from !== 'string' || !/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(from))
    return `${path}: expected a start "YYYY" or "YYYY-MM", got ${JSON.stringify(from)}`;
  const year = Number(from.slice(0, 4));
  if (year < 2020 || year > MAX_END_YEAR) return `${path}: start year must be 2020-${MAX_END_YEAR}, got ${year}`;
  return null;
}

/** What a scenario changes: lever overrides, assumption overrides and edited formulas, checked. */
export interface ScenarioContent {
  readonly levers: Readonly<Record<string, LeverSetting>>;
  readonly assumptions?: Readonly<Record<string, number>>;
  readonly formulas?: Readonly<Record<string, string>>;
}

/** Checks the levers, assumptions and formulas of a scenario; problems go to `errors` with their paths. */
function checkContent(
  leversIn: unknown,
  assumptionsIn: unknown,
  formulasIn: unknown,
  errors: string[],
): {
  levers: Record<string, LeverSetting>;
  assumptions: Record<string, number> | undefined;
  formulas: Record<string, string> | undefined;
} {
  const levers: Record<string, LeverSetting> = {};
  if (!isObject(leversIn)) errors.push('levers: expected an object of lever id → value');
  else {
    for (const [id, setting] of Object.entries(leversIn)) {
      const path = `levers.${id}`;
      if (!getLever(id)) {
        errors.push(`${path}: unknown lever "${id}"`);
        continue;
      }
      if (isObject(setting)) {
        for (const k of Object.keys(setting))
          if (k !== 'value' && k !== 'from') errors.push(`${path}.${k}: unknown field (expected "value" and "from")`);
        const c = checkLeverValue(id, setting.value);
        if (!c.ok) errors.push(`${path}.value: ${c.error}`);
        const fe = checkFrom(setting.from, `${path}.from`);
        if (fe) errors.push(fe);
        if (c.ok && !fe) levers[id] = { value: c.value, from: setting.from as string };
      } else {
        const c = checkLeverValue(id, setting);
        if (!c.ok) errors.push(`${path}: ${c.error}`);
        else levers[id] = c.value;
      }
    }
  }
  let assumptions: Record<string, number> | undefined;
  if (assumptionsIn !== undefined) {
    if (!isObject(assumptionsIn)) errors.push('assumptions: expected an object of assumption id → number');
    else {
      assumptions = {};
      for (const [id, v] of Object.entries(assumptionsIn)) {
        const spec = getAssumption(id);
        if (!spec) errors.push(`assumptions.${id}: unknown assumption "${id}"`);
        else if (typeof v !== 'number' || !Number.isFinite(v) || v < spec.min || v > spec.max) {
          errors.push(`assumptions.${id}: expected a number from ${spec.min} to ${spec.max}, got ${JSON.stringify(v)}`);
        } else assumptions[id] = v;
      }
    }
  }
  let formulas: Record<string, string> | undefined;
  if (formulasIn !== undefined) {
    if (!isObject(formulasIn)) errors.push('formulas: expected an object of response id → mathjs expression');
    else {
      formulas = {};
      for (const [id, v] of Object.entries(formulasIn)) {
        if (!getResponse(id)) errors.push(`formulas.${id}: unknown response "${id}"`);
        else if (typeof v !== 'string' || v.trim() === '' || v.length > 500)
          errors.push(`formulas.${id}: expected an expression of 1-500 characters`);
        else formulas[id] = v;
      }
    }
  }
  return { levers, assumptions, formulas };
}

/**
 * Checks lever overrides, assumptions and formulas on their own (as stored in saved scenarios and share
 * links), with the messages parseScenario gives. Never throws.
 */
export function parseScenarioContent(
  levers: unknown,
  assumptions?: unknown,
  formulas?: unknown,
): { ok: true; content: ScenarioContent } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const c = checkContent(levers, assumptions, formulas, errors);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    content: {
      levers: c.levers,
      ...(c.assumptions ? { assumptions: c.assumptions } : {}),
      ...(c.formulas ? { formulas: c.formulas } : {}),
    },
  };
}

/** Validates unknown JSON as a scenario. Never throws. */
export function parseScenario(input: unknown): ParseResult {
  const errors: string[] = [];
  if (!isObject(input)) return { ok: false, errors: ['scenario: expected a JSON object'] };
  for (const k of Object.keys(input))
    if (!TOP_KEYS.includes(k)) errors.push(`${k}: unknown field (expected one of ${TOP_KEYS.join(', ')})`);
  if (input.schemaVersion !== SCENARIO_SCHEMA_VERSION) {
    const v = input.schemaVersion;
    errors.push(
      typeof v === 'number' && v > SCENARIO_SCHEMA_VERSION
        ? `schemaVersion: ${v} is newer than this version of the app understands (${SCENARIO_SCHEMA_VERSION})`
        : `schemaVersion: expected ${SCENARIO_SCHEMA_VERSION}, got ${JSON.stringify(v)}`,
    );
  }
  if (typeof input.id !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(input.id)) {
    errors.push(`id: expected 1-64 letters, digits, "-" or "_", got ${JSON.stringify(input.id)}`);
  }
  const name = checkLocalized(input.name, 'name', errors, true);
  const description = checkLocalized(input.description, 'description', errors, false);
  const { levers, assumptions, formulas } = checkContent(input.levers, input.assumptions, input.formulas, errors);
  let citations: ScenarioCitation[] | undefined;
  if (input.citations !== undefined) {
    if (!Array.isArray(input.citations)) errors.push('citations: expected an array of {seed, note}');
    else {
      citations = [];
      input.citations.forEach((c, i) => {
        if (!isObject(c) || typeof c.seed !== 'string' || (c.note !== undefined && typeof c.note !== 'string')) {
          errors.push(`citations[${i}]: expected {"seed": "<seed id>", "note"?: "<text>"}`);
        } else citations!.push(c.note === undefined ? { seed: c.seed } : { seed: c.seed, note: c.note });
      });
    }
  }
  if (errors.length > 0 || !name) return { ok: false, errors };
  const scenario: Scenario = {
    schemaVersion: 1,
    id: input.id as string,
    name,
    ...(description ? { description } : {}),
    levers,
    ...(assumptions ? { assumptions } : {}),
    ...(formulas ? { formulas } : {}),
    ...(citations ? { citations } : {}),
  };
  return { ok: true, scenario };
}

/** Parses JSON text; syntax errors become a named error too. */
export function parseScenarioText(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`scenario file: not valid JSON (${(e as Error).message})`] };
  }
  return parseScenario(json);
}

/** Canonical JSON (2-space indent, fixed key order, trailing newline). */
export function serializeScenario(s: Scenario): string {
  const ordered = {
    schemaVersion: s.schemaVersion,
    id: s.id,
    name: s.name,
    ...(s.description ? { description: s.description } : {}),
    levers: s.levers,
    ...(s.assumptions ? { assumptions: s.assumptions } : {}),
    ...(s.formulas ? { formulas: s.formulas } : {}),
    ...(s.citations ? { citations: s.citations } : {}),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

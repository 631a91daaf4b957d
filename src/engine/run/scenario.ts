/**
 * Scenarios: named sets of lever overrides (with start years), assumption overrides and edited response
 * formulas. Scenario files store overrides only. parseScenario validates field by field and returns every
 * problem with its path and what was expected; serializeScenario writes the canonical form back.
 */
import { getAssumption } from '../../levers/assumptionCore.ts';
import { getLever } from '../../levers/registry.ts';
import { describeValue, isObject, printable, quoteText } from '../../levers/values.ts';
import type { Localized } from '../../levers/types.ts';
import { MAX_END_YEAR } from '../calendar.ts';
import { getResponse } from '../formulas/responses.ts';
import { field, PLAIN_KEY } from './fieldPath.ts';
import { checkLeverSetting } from './leverSetting.ts';
import { checkMunicipalities, type MunicipalScenarios } from './municipalScenario.ts';

/**
 * 2: lever settings may end (`until`) or come in steps, and `municipalities` carries a municipality's own levers,
 * start figures and events. A file of version 1 is read as version 2 (it has none of the new fields).
 */
export const SCENARIO_SCHEMA_VERSION = 2;
/** Versions this app reads (older ones are migrated on reading). */
export const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, 2];

/** A lever override: a value, a value over a period, or steps (leverSetting.ts). */
import type { LeverSetting } from './leverSetting.ts';
export type { LeverSetting };

export interface ScenarioCitation {
  readonly seed: string;
  readonly note?: string;
}

export interface Scenario {
  readonly schemaVersion: 1 | 2;
  readonly id: string;
  readonly name: Localized;
  readonly description?: Localized;
  readonly levers: Readonly<Record<string, LeverSetting>>;
  readonly assumptions?: Readonly<Record<string, number>>;
  readonly formulas?: Readonly<Record<string, string>>;
  readonly citations?: readonly ScenarioCitation[];
  /** A municipality's own lever settings, start figures and events, by municipality number (municipalScenario.ts). */
  readonly municipalities?: MunicipalScenarios;
}

export const BASELINE_SCENARIO: Scenario = {
  schemaVersion: 1,
  id: 'baseline',
  name: { nb: 'Dagens politikk', en: 'Current policy' },
  description: { nb: 'Alle virkemidler som i dag.', en: 'All levers as today.' },
  levers: {},
};

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

/** Arrays and objects nested deeper than this are refused (a scenario needs 3 levels; checks must not recurse). */
export const MAX_NESTING = 16;

/**
 * The first field (named by its first three levels) under which arrays and objects nest deeper than MAX_NESTING,
 * counting `value` as level `level`; null when none does. Iterative, so any depth is safe to check.
 */
function tooDeep(value: unknown, path: string, level: number): string | null {
  const stack: [unknown, number, string][] = [[value, level, path]];
  while (stack.length > 0) {
    const [v, depth, at] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > MAX_NESTING) return at;
    const entries: [string, unknown][] = Array.isArray(v)
      ? v.map((x, i) => [`[${i}]`, x])
      : Object.keys(v).map((k) => [k, (v as Record<string, unknown>)[k]]);
    for (const [k, x] of entries) {
      const sub = depth >= 3 ? at : k.startsWith('[') ? `${at}${k}` : field(at, k);
      stack.push([x, depth + 1, sub]);
    }
  }
  return null;
}

const nestingError = (at: string) => `${at || 'scenario'}: expected at most ${MAX_NESTING} levels of nesting`;
const TOP_KEYS = [
  'schemaVersion',
  'id',
  'name',
  'description',
  'levers',
  'assumptions',
  'formulas',
  'citations',
  'municipalities',
];

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
  // a nynorsk text is optional, but when given it must be one
  if (x.nn !== undefined && (typeof x.nn !== 'string' || x.nn.trim() === '')) {
    errors.push(`${path}.nn: expected a non-empty nynorsk text or no "nn", got ${describeValue(x.nn)}`);
    return undefined;
  }
  return { nb: x.nb, en: x.en, ...(x.nn !== undefined ? { nn: x.nn } : {}) };
}

/** "YYYY" or "YYYY-MM" between 2020 and the last simulated year. */
export function checkFrom(from: unknown, path: string): string | null {
  if (typeof from !== 'string' || !/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(from))
    return `${path}: expected a start "YYYY" or "YYYY-MM", got ${describeValue(from)}`;
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
      const path = field('levers', id);
      if (!getLever(id)) {
        errors.push(`${path}: unknown lever ${quoteText(id)}`);
        continue;
      }
      const checked = checkLeverSetting(id, setting, path, errors);
      if (checked !== undefined) levers[id] = checked;
    }
  }
  let assumptions: Record<string, number> | undefined;
  if (assumptionsIn !== undefined) {
    if (!isObject(assumptionsIn)) errors.push('assumptions: expected an object of assumption id → number');
    else {
      assumptions = {};
      for (const [id, v] of Object.entries(assumptionsIn)) {
        const spec = getAssumption(id);
        if (!spec) errors.push(`${field('assumptions', id)}: unknown assumption ${quoteText(id)}`);
        else if (typeof v !== 'number' || !Number.isFinite(v) || v < spec.min || v > spec.max) {
          errors.push(`assumptions.${id}: expected a number from ${spec.min} to ${spec.max}, got ${describeValue(v)}`);
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
        if (!getResponse(id)) errors.push(`${field('formulas', id)}: unknown response ${quoteText(id)}`);
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
  for (const [name, value] of [
    ['levers', levers],
    ['assumptions', assumptions],
    ['formulas', formulas],
  ] as const) {
    const deep = tooDeep(value, name, 2);
    if (deep !== null) return { ok: false, errors: [nestingError(deep)] };
  }
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
export interface ParseOptions {
  /** The municipality numbers that exist (checked in `municipalities`; without it any 4-digit number passes here). */
  readonly municipalityCodes?: ReadonlySet<string>;
}

export function parseScenario(input: unknown, opts: ParseOptions = {}): ParseResult {
  const errors: string[] = [];
  if (!isObject(input)) return { ok: false, errors: ['scenario: expected a JSON object'] };
  const deep = tooDeep(input, '', 1);
  if (deep !== null) return { ok: false, errors: [nestingError(deep)] };
  for (const k of Object.keys(input))
    if (!TOP_KEYS.includes(k)) {
      // an unusual key (blank, multi-line, huge) is quoted after the object that holds it
      const where = PLAIN_KEY.test(k) ? `${k}: unknown field` : `scenario: unknown field ${quoteText(k)}`;
      errors.push(`${where} (expected one of ${TOP_KEYS.join(', ')})`);
    }
  if (typeof input.schemaVersion !== 'number' || !READABLE_SCHEMA_VERSIONS.includes(input.schemaVersion)) {
    const v = input.schemaVersion;
    errors.push(
      typeof v === 'number' && v > SCENARIO_SCHEMA_VERSION
        ? `schemaVersion: ${v} is newer than this version of the app understands (${SCENARIO_SCHEMA_VERSION})`
        : `schemaVersion: expected ${READABLE_SCHEMA_VERSIONS.join(' or ')}, got ${describeValue(v)}`,
    );
  }
  if (typeof input.id !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(input.id)) {
    errors.push(`id: expected 1-64 letters, digits, "-" or "_", got ${describeValue(input.id)}`);
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
  const municipalities = checkMunicipalities(input.municipalities, errors, opts.municipalityCodes);
  if (errors.length > 0 || !name) return { ok: false, errors };
  // a file keeps its version (so version-1 files round-trip unchanged) unless it uses what version 2 added
  const usesV2 =
    municipalities !== undefined ||
    Object.values(levers).some((l) => l !== null && typeof l === 'object' && ('steps' in l || l.until !== undefined));
  const scenario: Scenario = {
    schemaVersion: usesV2 ? SCENARIO_SCHEMA_VERSION : (input.schemaVersion as 1 | 2),
    id: input.id as string,
    name,
    ...(description ? { description } : {}),
    levers,
    ...(assumptions ? { assumptions } : {}),
    ...(formulas ? { formulas } : {}),
    ...(citations ? { citations } : {}),
    ...(municipalities && Object.keys(municipalities).length > 0 ? { municipalities } : {}),
  };
  return { ok: true, scenario };
}

/** Parses JSON text; syntax errors become a named error too. */
export function parseScenarioText(text: string, opts: ParseOptions = {}): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`scenario file: not valid JSON (${printable((e as Error).message)})`] };
  }
  return parseScenario(json, opts);
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
    ...(s.municipalities ? { municipalities: s.municipalities } : {}),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

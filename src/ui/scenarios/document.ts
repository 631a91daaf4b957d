/**
 * Saved scenarios as documents: what the browser stores and what files hold. Version 2 is a scenario with the
 * region, seed, runs and horizon it was saved with; version 1 is the bare scenario file of scenarios/ (levers,
 * assumptions, formulas), migrated on import with today's defaults. Validation names the field and what was
 * expected: the wrapper with valibot, the levers, assumptions and formulas with the engine's scenario parser.
 * DOM-free: tested in Node.
 */
import * as v from 'valibot';
import {
  parseScenario,
  parseScenarioContent,
  type LeverSetting,
  type Scenario,
  type ScenarioContent,
} from '../../engine/run/scenario.ts';
import { PLAIN_KEY } from '../../engine/run/fieldPath.ts';
import { describeValue, isObject, printable, quoteText } from '../../levers/values.ts';
import { checkMunicipalities, type MunicipalScenarios } from '../../engine/run/municipalScenario.ts';
import {
  clampEarlyStarts,
  municipalityCodesOf,
  municipalYearProblems,
  nestedDeeperThan,
  nestingError,
  startYearProblems,
} from './limits.ts';
import { expecting, objectExpecting, REGION_TEXT, wholeNumber } from './schemaText.ts';

export const DOC_SCHEMA_VERSION = 2;
export const EXPORT_FORMAT = 'fastlegesimulatoren-scenarios';
/** Files larger than this are refused before parsing. */
export const MAX_FILE_BYTES = 1_000_000;
export const MAX_SCENARIOS_PER_FILE = 200;

export interface SavedScenario {
  readonly schemaVersion: 2;
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly levers: Readonly<Record<string, LeverSetting>>;
  readonly assumptions: Readonly<Record<string, number>>;
  readonly formulas: Readonly<Record<string, string>>;
  /** A municipality's own levers, start figures and events by its number (issue #14; absent: none). */
  readonly municipalities?: MunicipalScenarios;
  readonly region: string;
  readonly seed: number;
  readonly runs: number;
  readonly endYear: number;
  /** ISO time of the last save. */
  readonly savedAt: string;
}

export interface ScenarioDefaults {
  readonly region: string;
  readonly seed: number;
  readonly runs: number;
  readonly endYear: number;
}

export const DEFAULTS: ScenarioDefaults = { region: 'national', seed: 1, runs: 200, endYear: 2040 };

const REGION = /^(national|fylke:\d{2}|sentralitet:[1-6]|kommune:\d{4})$/;

/** What each field of a saved scenario expects, in the engine's words (schemaText.ts; errorText.ts says it in Norwegian). */
const EXPECTS = {
  schemaVersion: '1 or 2',
  id: '1-64 letters, digits, "-" or "_"',
  name: 'a name of 1-120 characters',
  description: 'a text of at most 2000 characters',
  region: REGION_TEXT,
  seed: 'a whole number from 0 to 2147483647',
  runs: 'a whole number from 10 to 5000',
  endYear: 'a whole number from 2030 to 2050',
  savedAt: 'an ISO time (YYYY-MM-DDTHH:MM:SSZ)',
} as const;

const WRAPPER = v.object(
  {
    schemaVersion: v.literal(2, expecting('2')),
    id: v.pipe(v.string(expecting(EXPECTS.id)), v.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, expecting(EXPECTS.id))),
    name: v.pipe(
      v.string(expecting(EXPECTS.name)),
      v.trim(),
      v.minLength(1, expecting(EXPECTS.name)),
      v.maxLength(120, expecting(EXPECTS.name)),
    ),
    description: v.optional(
      v.pipe(v.string(expecting(EXPECTS.description)), v.maxLength(2000, expecting(EXPECTS.description))),
    ),
    // checked in detail by the engine's parser (checkContent), which also refuses arrays and names a missing one
    levers: v.optional(v.unknown()),
    assumptions: v.optional(v.unknown()),
    formulas: v.optional(v.unknown()),
    // checked in detail by the engine's checkMunicipalities, against the known municipality numbers when given
    municipalities: v.optional(v.unknown()),
    region: v.pipe(v.string(expecting(EXPECTS.region)), v.regex(REGION, expecting(EXPECTS.region))),
    seed: wholeNumber(EXPECTS.seed, 0, 2 ** 31 - 1),
    runs: wholeNumber(EXPECTS.runs, 10, 5000),
    endYear: wholeNumber(EXPECTS.endYear, 2030, 2050),
    savedAt: v.pipe(v.string(expecting(EXPECTS.savedAt)), v.isoTimestamp(expecting(EXPECTS.savedAt))),
  },
  objectExpecting(EXPECTS),
);

const FIELD_LIST = Object.keys(WRAPPER.entries).join(', ');

export type Parsed<T> = { ok: true; value: T; notes: string[] } | { ok: false; errors: string[] };

/** "scenarios[0]." → "scenarios[0]"; "" → "scenario". */
const where = (path: string) => (path === '' ? 'scenario' : path.replace(/\.$/, ''));

/** Checks levers, assumptions and formulas with the engine's parser; errors are prefixed with `path`. */
function checkContent(
  raw: Record<string, unknown>,
  path: string,
): { ok: true; content: ScenarioContent } | { ok: false; errors: string[] } {
  const c = parseScenarioContent(raw.levers, raw.assumptions, raw.formulas);
  return c.ok ? c : { ok: false, errors: c.errors.map((e) => `${path}${e}`) };
}

/** Validates one saved scenario (version 2). `knownRegions`, when given, must contain its region. */
export function parseSaved(input: unknown, path = '', knownRegions?: ReadonlySet<string>): Parsed<SavedScenario> {
  if (!isObject(input)) return { ok: false, errors: [`${where(path)}: expected an object`] };
  const errors: string[] = [];
  for (const k of Object.keys(input))
    if (!Object.prototype.hasOwnProperty.call(WRAPPER.entries, k))
      errors.push(
        PLAIN_KEY.test(k)
          ? `${path}${k}: unknown field (expected one of ${FIELD_LIST})`
          : `${where(path)}: unknown field ${quoteText(k)} (expected one of ${FIELD_LIST})`,
      );
  const wrapped = v.safeParse(WRAPPER, input);
  if (!wrapped.success)
    for (const issue of wrapped.issues) errors.push(`${path}${v.getDotPath(issue) ?? 'scenario'}: ${issue.message}`);
  // levers, assumptions and formulas always go through the engine's parser (an array is not an object of ids)
  const content = checkContent(input, path);
  if (!content.ok) errors.push(...content.errors);
  const planErrors: string[] = [];
  const municipalities = checkMunicipalities(
    input.municipalities,
    planErrors,
    knownRegions ? municipalityCodesOf(knownRegions) : undefined,
  );
  errors.push(...planErrors.map((e) => `${path}${e}`));
  if (wrapped.success && knownRegions && !knownRegions.has(wrapped.output.region))
    errors.push(`${path}region: no such region "${wrapped.output.region}"`);
  if (errors.length > 0 || !wrapped.success || !content.ok) return { ok: false, errors: [...new Set(errors)] };
  const checked = content.content;
  const o = wrapped.output;
  return {
    ok: true,
    notes: [],
    value: {
      schemaVersion: 2,
      id: o.id,
      name: o.name,
      ...(o.description ? { description: o.description } : {}),
      levers: checked.levers,
      assumptions: checked.assumptions ?? {},
      formulas: checked.formulas ?? {},
      ...(municipalities && Object.keys(municipalities).length > 0 ? { municipalities } : {}),
      region: o.region,
      seed: o.seed,
      runs: o.runs,
      endYear: o.endYear,
      savedAt: o.savedAt,
    },
  };
}

/**
 * Version 1 (a bare scenario file) → version 2, with the defaults for what it did not store. A lever dated before
 * the first projection year (a policy of 2023) starts in that year instead: the same run (clampEarlyStarts).
 */
export function migrateV1(s: Scenario, now: string, defaults: ScenarioDefaults = DEFAULTS): SavedScenario {
  return {
    schemaVersion: 2,
    id: s.id,
    name: s.name.nb.trim().slice(0, 120),
    ...(s.description ? { description: s.description.nb.slice(0, 2000) } : {}),
    levers: clampEarlyStarts(s.levers),
    assumptions: s.assumptions ?? {},
    formulas: s.formulas ?? {},
    ...(s.municipalities
      ? {
          municipalities: Object.fromEntries(
            Object.entries(s.municipalities).map(([code, m]) => [
              code,
              m.levers ? { ...m, levers: clampEarlyStarts(m.levers) } : m,
            ]),
          ),
        }
      : {}),
    region: defaults.region,
    seed: defaults.seed,
    runs: defaults.runs,
    endYear: defaults.endYear,
    savedAt: now,
  };
}

function versionError(version: unknown, path: string): string | null {
  if (typeof version === 'number' && version > DOC_SCHEMA_VERSION)
    return `${path}schemaVersion: ${version} is newer than this version of the app understands (${DOC_SCHEMA_VERSION}); update the app`;
  if (version !== 1 && version !== 2)
    return `${path}schemaVersion: expected ${EXPECTS.schemaVersion}, got ${describeValue(version)}`;
  return null;
}

/** One scenario of either version. */
function parseAny(
  input: unknown,
  path: string,
  now: string,
  knownRegions?: ReadonlySet<string>,
): Parsed<SavedScenario> {
  if (!isObject(input)) return { ok: false, errors: [`${where(path)}: expected an object`] };
  const ve = versionError(input.schemaVersion, path);
  if (ve) return { ok: false, errors: [ve] };
  // a scenario file (the presets' and the CLI's format: a name in nb and en) of version 1, or of version 2 (which
  // adds lever steps and end years and a municipality's own plan); saved scenarios have a plain name
  if (input.schemaVersion === 1 || (input.schemaVersion === 2 && isObject(input.name))) {
    const parsed = parseScenario(input);
    if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => `${path}${e}`) };
    // what version 1 allowed but a saved scenario does not is named here (migrateV1 trims what it can)
    const again = parseSaved(migrateV1(parsed.scenario, now), path, knownRegions);
    if (!again.ok) return again;
    return {
      ok: true,
      value: again.value,
      notes: input.schemaVersion === 1 ? [`${where(path)}: migrated from version 1`] : [],
    };
  }
  return parseSaved(input, path, knownRegions);
}

/**
 * What an import reads: the scenarios to store, migration notes, and the names of scenarios given a new id
 * because an earlier scenario in the same file has their id (both are kept; nothing in the file is lost).
 */
export type ImportParsed =
  { ok: true; value: SavedScenario[]; notes: string[]; renamed: string[] } | { ok: false; errors: string[] };

/** The file's bytes as text: UTF-8 only (a leading BOM is dropped); Latin-1 and other encodings are refused. */
export function decodeImportBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; errors: string[] } {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, errors: [`file: larger than ${MAX_FILE_BYTES} bytes`] };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, errors: ['file: not UTF-8 text (save it as UTF-8 and import it again)'] };
  }
}

/** An imported file's bytes: decoded as UTF-8 (else refused), then read as parseImport reads text. */
export function parseImportBytes(
  bytes: Uint8Array,
  now: string,
  knownRegions?: ReadonlySet<string>,
  newId: () => string = newScenarioId,
): ImportParsed {
  const d = decodeImportBytes(bytes);
  return d.ok ? parseImport(d.text, now, knownRegions, newId) : d;
}

/**
 * Reads an imported file: an export (many scenarios), one saved scenario, or a version-1 scenario file. JSON
 * nested deeper than MAX_JSON_DEPTH is refused before parsing, and a lever start year the year select does not
 * offer is refused with the field and the range (limits.ts); formulas are compiled by the caller (the worker has
 * the compiler). Never throws; on any error nothing is returned, so a bad file changes nothing. A scenario whose id an earlier
 * one in the file already has gets a fresh id (listed in `renamed`), so that storing them keeps both.
 */
export function parseImport(
  text: string,
  now: string,
  knownRegions?: ReadonlySet<string>,
  newId: () => string = newScenarioId,
): ImportParsed {
  if (text.length > MAX_FILE_BYTES) return { ok: false, errors: [`file: larger than ${MAX_FILE_BYTES} bytes`] };
  // before parsing: a deeply nested file is refused at once, and no check below recurses far
  if (nestedDeeperThan(text)) return { ok: false, errors: [nestingError('file: ')] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`file: not valid JSON (${printable((e as Error).message)})`] };
  }
  if (isObject(json) && json.format === EXPORT_FORMAT) {
    const ve = versionError(json.schemaVersion, '');
    if (ve) return { ok: false, errors: [ve] };
    if (!Array.isArray(json.scenarios)) return { ok: false, errors: ['scenarios: expected an array'] };
    if (json.scenarios.length === 0) return { ok: false, errors: ['scenarios: the file holds no scenario'] };
    if (json.scenarios.length > MAX_SCENARIOS_PER_FILE)
      return { ok: false, errors: [`scenarios: more than ${MAX_SCENARIOS_PER_FILE} scenarios`] };
    const out: SavedScenario[] = [];
    const errors: string[] = [];
    const notes: string[] = [];
    json.scenarios.forEach((s, i) => {
      const r = parseAny(s, `scenarios[${i}].`, now, knownRegions);
      const years = r.ok
        ? [
            ...startYearProblems(r.value.levers, `scenarios[${i}].`),
            ...municipalYearProblems(r.value.municipalities, `scenarios[${i}].`),
          ]
        : [];
      if (r.ok && years.length === 0) {
        out.push(r.value);
        notes.push(...r.notes);
      } else errors.push(...(r.ok ? years : r.errors));
    });
    if (errors.length > 0) return { ok: false, errors };
    const seen = new Set<string>();
    const renamed: string[] = [];
    const value = out.map((s) => {
      if (!seen.has(s.id)) {
        seen.add(s.id);
        return s;
      }
      let id = newId();
      // a generator that repeats itself falls back to the random one (a collision of 12 base-36 digits is moot)
      while (seen.has(id)) id = newScenarioId();
      seen.add(id);
      renamed.push(s.name);
      return { ...s, id };
    });
    return { ok: true, value, notes, renamed };
  }
  if (isObject(json) && 'format' in json)
    return { ok: false, errors: [`format: expected "${EXPORT_FORMAT}", got ${describeValue(json.format)}`] };
  const one = parseAny(json, '', now, knownRegions);
  if (!one.ok) return one;
  const years = [...startYearProblems(one.value.levers), ...municipalYearProblems(one.value.municipalities)];
  if (years.length > 0) return { ok: false, errors: years };
  return { ok: true, value: [one.value], notes: one.notes, renamed: [] };
}

/** A file with the given scenarios (canonical JSON, 2-space indent). */
export function serializeExport(scenarios: readonly SavedScenario[], exportedAt: string, appVersion: string): string {
  return (
    JSON.stringify(
      { format: EXPORT_FORMAT, schemaVersion: DOC_SCHEMA_VERSION, exportedAt, appVersion, scenarios },
      null,
      2,
    ) + '\n'
  );
}

/** A fresh id for a saved scenario. */
export function newScenarioId(rand: () => number = Math.random): string {
  const part = () =>
    Math.floor(rand() * 36 ** 6)
      .toString(36)
      .padStart(6, '0');
  return `s-${part()}${part()}`;
}

/**
 * A name no saved scenario has (compared trimmed and case-blind): the name itself, else "name (2)", "name (3)" …
 * (capped at 120 characters with the suffix kept). Saving twice under one name keeps both, named apart.
 */
export function uniqueScenarioName(name: string, taken: readonly string[]): string {
  const norm = (x: string) => x.trim().toLocaleLowerCase('nb');
  const used = new Set(taken.map(norm));
  const base = name.trim().slice(0, 120);
  if (!used.has(norm(base))) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = `${base.slice(0, 120 - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(norm(candidate))) return candidate;
  }
}

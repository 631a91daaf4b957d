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

const WRAPPER = v.object({
  schemaVersion: v.literal(2, 'expected 2'),
  id: v.pipe(
    v.string('expected a text'),
    v.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'expected 1-64 letters, digits, "-" or "_"'),
  ),
  name: v.pipe(
    v.string('expected a text'),
    v.trim(),
    v.minLength(1, 'expected a non-empty name'),
    v.maxLength(120, 'expected at most 120 characters'),
  ),
  description: v.optional(v.pipe(v.string('expected a text'), v.maxLength(2000, 'expected at most 2000 characters'))),
  // checked in detail by the engine's parser (checkContent), which also refuses arrays
  levers: v.unknown(),
  assumptions: v.optional(v.unknown()),
  formulas: v.optional(v.unknown()),
  region: v.pipe(
    v.string('expected a text'),
    v.regex(REGION, 'expected "national", "fylke:NN", "sentralitet:1-6" or "kommune:NNNN"'),
  ),
  seed: v.pipe(
    v.number('expected a number'),
    v.integer('expected a whole number'),
    v.minValue(0, 'expected 0 or more'),
    v.maxValue(2 ** 31 - 1, 'expected at most 2147483647'),
  ),
  runs: v.pipe(
    v.number('expected a number'),
    v.integer('expected a whole number'),
    v.minValue(10, 'expected 10 or more'),
    v.maxValue(5000, 'expected at most 5000'),
  ),
  endYear: v.pipe(
    v.number('expected a number'),
    v.integer('expected a whole number'),
    v.minValue(2030, 'expected 2030 or later'),
    v.maxValue(2050, 'expected 2050 or earlier'),
  ),
  savedAt: v.pipe(v.string('expected a text'), v.isoTimestamp('expected an ISO time')),
});

export type Parsed<T> = { ok: true; value: T; notes: string[] } | { ok: false; errors: string[] };

/** "scenarios[0]." → "scenarios[0]"; "" → "scenario". */
const where = (path: string) => (path === '' ? 'scenario' : path.replace(/\.$/, ''));

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

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
      errors.push(`${path}${k}: unknown field (expected one of ${Object.keys(WRAPPER.entries).join(', ')})`);
  const wrapped = v.safeParse(WRAPPER, input);
  if (!wrapped.success)
    for (const issue of wrapped.issues) errors.push(`${path}${v.getDotPath(issue) ?? 'scenario'}: ${issue.message}`);
  // levers, assumptions and formulas always go through the engine's parser (an array is not an object of ids)
  const content = checkContent(input, path);
  if (!content.ok) errors.push(...content.errors);
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
      region: o.region,
      seed: o.seed,
      runs: o.runs,
      endYear: o.endYear,
      savedAt: o.savedAt,
    },
  };
}

/** Version 1 (a bare scenario file) → version 2, with the defaults for what it did not store. */
export function migrateV1(s: Scenario, now: string, defaults: ScenarioDefaults = DEFAULTS): SavedScenario {
  return {
    schemaVersion: 2,
    id: s.id,
    name: s.name.nb.trim().slice(0, 120),
    ...(s.description ? { description: s.description.nb.slice(0, 2000) } : {}),
    levers: s.levers,
    assumptions: s.assumptions ?? {},
    formulas: s.formulas ?? {},
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
  if (version !== 1 && version !== 2) return `${path}schemaVersion: expected 1 or 2, got ${JSON.stringify(version)}`;
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
  if (input.schemaVersion === 1) {
    const parsed = parseScenario(input);
    if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => `${path}${e}`) };
    // what version 1 allowed but a saved scenario does not is named here (migrateV1 trims what it can)
    const again = parseSaved(migrateV1(parsed.scenario, now), path, knownRegions);
    if (!again.ok) return again;
    return { ok: true, value: again.value, notes: [`${where(path)}: migrated from version 1`] };
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
 * Reads an imported file: an export (many scenarios), one saved scenario, or a version-1 scenario file.
 * Never throws; on any error nothing is returned, so a bad file changes nothing. A scenario whose id an earlier
 * one in the file already has gets a fresh id (listed in `renamed`), so that storing them keeps both.
 */
export function parseImport(
  text: string,
  now: string,
  knownRegions?: ReadonlySet<string>,
  newId: () => string = newScenarioId,
): ImportParsed {
  if (text.length > MAX_FILE_BYTES) return { ok: false, errors: [`file: larger than ${MAX_FILE_BYTES} bytes`] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`file: not valid JSON (${(e as Error).message})`] };
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
      if (r.ok) {
        out.push(r.value);
        notes.push(...r.notes);
      } else errors.push(...r.errors);
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
    return { ok: false, errors: [`format: expected "${EXPORT_FORMAT}", got ${JSON.stringify(json.format)}`] };
  const one = parseAny(json, '', now, knownRegions);
  return one.ok ? { ok: true, value: [one.value], notes: one.notes, renamed: [] } : one;
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

/**
 * Parses and validates `npm run simulate` arguments into a complete request, or returns one error that
 * names the option or field and what was expected. Pure (file reading is injected) so tests can pin every
 * message. Input is quoted escaped and cut (quoteText), so every message is one readable line; an option may be
 * given once (only --set repeats).
 */
import { MUNICIPALITIES } from '../data/index.ts';

/** The municipality numbers a scenario's `municipalities` may name. */
const MUNICIPALITY_CODES: ReadonlySet<string> = new Set(MUNICIPALITIES.map((m) => m.code));
import { compileResponses, FormulaError } from '../engine/formulas/formulaCompiler.ts';
import { parseRegion, type Region } from '../engine/run/regions.ts';
import {
  BASELINE_SCENARIO,
  checkFrom,
  parseScenarioText,
  type LeverSetting,
  type Scenario,
} from '../engine/run/scenario.ts';
import { DEFAULT_END_YEAR, PROJECTION_START_YEAR, resolveAssumptions } from '../engine/run/simulate.ts';
import { MAX_END_YEAR } from '../engine/calendar.ts';
import { parseLeverText, quoteText } from '../levers/values.ts';
import type { LeverValue } from '../levers/types.ts';
import { checkLeverSetting } from '../engine/run/leverSetting.ts';

export interface SimulateRequest {
  readonly scenario: Scenario;
  readonly region: Region;
  readonly runs: number;
  readonly seed: number;
  readonly from: number;
  readonly to: number;
  readonly format: 'json' | 'csv';
  readonly threads?: number;
}

export type ArgsResult =
  { ok: true; request: SimulateRequest } | { ok: true; help: true } | { ok: false; error: string };

export const SIMULATE_USAGE = `Usage: npm run -s simulate -- [options]   (-s: no npm banner, so stdout is pure JSON/CSV)
  --scenario FILE          scenario JSON file (see scenarios/)
  --set LEVER=VALUE[@YEAR] override a lever (repeatable), e.g. --set capitationRate=1683.6@2027;
                           a period: --set recruitmentGrant=300000@2027-2029 (then today's value again);
                           steps: --set capitationShareTarget=30%@2027,35%@2029
  --region REGION          national (default) | fylke:NN | sentralitet:N | kommune:NNNN
  --runs N                 Monte Carlo runs, 1-100000 (default 200)
  --seed S                 base seed, an integer (default 1)
  --from YEAR              first year reported (default ${PROJECTION_START_YEAR + 1})
  --to YEAR                last year simulated (default ${DEFAULT_END_YEAR}, at most ${MAX_END_YEAR})
  --format json|csv        output format (default json)
  --threads N              worker threads (default: all cores)`;

const OPTIONS = ['--scenario', '--set', '--region', '--runs', '--seed', '--from', '--to', '--format', '--threads'];

/** At most this many of a scenario file's problems are listed (then "(+N more)"). */
const MAX_LISTED_ERRORS = 3;

/** A path or name as messages show it: as typed when short and printable, else quoted, escaped and cut. */
const shown = (text: string): string => (/^[\x21-\x7e]{1,200}$/.test(text) ? text : quoteText(text));

/** Region text that parseRegion may echo: short and printable (anything else is refused here, quoted). */
const PLAIN_REGION = /^[\x20-\x7e]{1,40}$/;

function intArg(
  name: string,
  text: string | undefined,
  min: number,
  max: number,
): { ok: true; value: number } | { ok: false; error: string } {
  if (text === undefined) return { ok: false, error: `${name}: expected a value` };
  if (!/^-?\d+$/.test(text.trim()))
    return { ok: false, error: `${name}: expected a whole number from ${min} to ${max}, got ${quoteText(text)}` };
  const v = Number(text);
  if (v < min || v > max) {
    // as typed (a long number would print rounded, e.g. 1e+23), without leading zeros
    const typed = text.trim().replace(/^(-?)0+(?=\d)/, '$1');
    const got = typed.length <= 40 ? typed : `${typed.slice(0, 40)}…`;
    return { ok: false, error: `${name}: expected a whole number from ${min} to ${max}, got ${got}` };
  }
  return { ok: true, value: v };
}

/** One dated value of --set: VALUE@FROM, FROM "YYYY" or "YYYY-MM", optionally -UNTIL ("YYYY", through December). */
const SET_PART = /(.+?)@(\d{4}(?:-\d{2})?)(?:-(\d{4}))?(?:,|$)/gs;

/**
 * --set LEVER=VALUE (from the lever's default start year), LEVER=VALUE@FROM, LEVER=VALUE@FROM-UNTIL (a time-limited
 * value that returns to today's after UNTIL) or LEVER=V1@FROM1,V2@FROM2,… (steps). Values take the registry's units
 * and a decimal comma ("841,80@2027"); every start year must lie in the projection.
 */
export function parseSetOption(
  value: string,
): { ok: true; id: string; setting: LeverSetting } | { ok: false; error: string } {
  const expected = 'expected LEVER=VALUE, LEVER=VALUE@YEAR, LEVER=VALUE@YEAR-YEAR or LEVER=V1@YEAR,V2@YEAR';
  const m = /^([^=]+)=(.*)$/s.exec(value);
  if (!m) return { ok: false, error: `--set: ${expected}, got ${quoteText(value)}` };
  const [, id, rest] = m as unknown as [string, string, string];
  if (!rest.includes('@')) {
    const c = parseLeverText(id, rest);
    return c.ok ? { ok: true, id, setting: c.value } : { ok: false, error: `--set: ${c.error}` };
  }
  const parts: { text: string; from: string; until?: string }[] = [];
  let consumed = 0;
  for (const p of rest.matchAll(SET_PART)) {
    if (p.index !== consumed) break;
    parts.push({ text: p[1]!, from: p[2]!, ...(p[3] !== undefined ? { until: p[3] } : {}) });
    consumed = p.index + p[0].length;
  }
  if (parts.length === 0 || consumed !== rest.length)
    return { ok: false, error: `--set: ${expected}, got ${quoteText(value)}` };
  if (parts.length > 1 && parts.slice(0, -1).some((p) => p.until !== undefined))
    return { ok: false, error: `--set ${id}: only the last step may have an end year (V1@YEAR,V2@YEAR-YEAR)` };
  const steps: { from: string; value: LeverValue }[] = [];
  for (const p of parts) {
    const c = parseLeverText(id, p.text);
    if (!c.ok) return { ok: false, error: `--set: ${c.error}` };
    const bad = checkFrom(p.from, `--set ${id}`);
    if (bad) return { ok: false, error: bad };
    const year = Number(p.from.slice(0, 4));
    if (year <= PROJECTION_START_YEAR || year > MAX_END_YEAR)
      return {
        ok: false,
        error: `--set ${id}: start year must be ${PROJECTION_START_YEAR + 1}-${MAX_END_YEAR}, got ${year}`,
      };
    steps.push({ from: p.from, value: c.value });
  }
  const until = parts.at(-1)!.until;
  const raw =
    steps.length === 1
      ? { value: steps[0]!.value, from: steps[0]!.from, ...(until !== undefined ? { until } : {}) }
      : { steps, ...(until !== undefined ? { until } : {}) };
  const errors: string[] = [];
  const setting = checkLeverSetting(id, raw, `--set ${id}`, errors);
  if (setting === undefined) return { ok: false, error: errors[0] ?? `--set: ${expected}` };
  return { ok: true, id, setting };
}

export function parseSimulateArgs(argv: readonly string[], readFile: (path: string) => string): ArgsResult {
  let scenario: Scenario = BASELINE_SCENARIO;
  const sets: [string, LeverSetting][] = [];
  let regionText = 'national';
  let runs = 200;
  let seed = 1;
  let from = PROJECTION_START_YEAR + 1;
  let to = DEFAULT_END_YEAR;
  let format: 'json' | 'csv' = 'json';
  let threads: number | undefined;
  const given = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    if (raw === '--help' || raw === '-h') return { ok: true, help: true };
    const eq = raw.indexOf('=');
    // "--name=value" (the value may hold "=", as --set=lever=value does) or "--name value"
    const opt = raw.startsWith('--') && eq > 0 ? raw.slice(0, eq) : raw;
    if (!OPTIONS.includes(opt)) return { ok: false, error: `unknown option ${quoteText(raw)} (see --help)` };
    const value = opt !== raw ? raw.slice(eq + 1) : argv[++i];
    if (value === undefined || value.startsWith('--')) return { ok: false, error: `${opt}: expected a value` };
    if (opt !== '--set' && given.has(opt))
      return { ok: false, error: `${opt}: given more than once (give it once; only --set repeats)` };
    given.add(opt);
    switch (opt) {
      case '--scenario': {
        let text: string;
        try {
          text = readFile(value);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (typeof code === 'string')
            return { ok: false, error: `--scenario: cannot read ${quoteText(value)} (${code})` };
          return { ok: false, error: `--scenario ${shown(value)}: ${(e as Error).message}` };
        }
        const parsed = parseScenarioText(text, { municipalityCodes: MUNICIPALITY_CODES });
        if (!parsed.ok) {
          const listed = parsed.errors.slice(0, MAX_LISTED_ERRORS).join('; ');
          const more = parsed.errors.length - MAX_LISTED_ERRORS;
          return { ok: false, error: `--scenario ${shown(value)}: ${listed}${more > 0 ? ` (+${more} more)` : ''}` };
        }
        scenario = parsed.scenario;
        break;
      }
      case '--set': {
        const r = parseSetOption(value);
        if (!r.ok) return r;
        sets.push([r.id, r.setting]);
        break;
      }
      case '--region':
        if (!PLAIN_REGION.test(value))
          return {
            ok: false,
            error: `--region: expected "national", "fylke:NN", "sentralitet:1-6" or "kommune:NNNN", got ${quoteText(value)}`,
          };
        regionText = value;
        break;
      case '--runs': {
        const r = intArg('--runs', value, 1, 100000);
        if (!r.ok) return r;
        runs = r.value;
        break;
      }
      case '--seed': {
        const r = intArg('--seed', value, 0, 2 ** 31 - 1);
        if (!r.ok) return r;
        seed = r.value;
        break;
      }
      case '--from': {
        const r = intArg('--from', value, PROJECTION_START_YEAR + 1, MAX_END_YEAR);
        if (!r.ok) return r;
        from = r.value;
        break;
      }
      case '--to': {
        const r = intArg('--to', value, PROJECTION_START_YEAR + 1, MAX_END_YEAR);
        if (!r.ok) return r;
        to = r.value;
        break;
      }
      case '--format':
        if (value !== 'json' && value !== 'csv')
          return { ok: false, error: `--format: expected "json" or "csv", got ${quoteText(value)}` };
        format = value;
        break;
      case '--threads': {
        const r = intArg('--threads', value, 1, 64);
        if (!r.ok) return r;
        threads = r.value;
        break;
      }
    }
  }
  if (from > to) return { ok: false, error: `--from ${from} is after --to ${to}` };
  const region = parseRegion(regionText, MUNICIPALITIES);
  if (!region.ok) return { ok: false, error: `--region: ${region.error}` };
  if (sets.length > 0) scenario = { ...scenario, levers: { ...scenario.levers, ...Object.fromEntries(sets) } };
  const values = resolveAssumptions(scenario.assumptions);
  for (const [id, text] of Object.entries(scenario.formulas ?? {})) {
    // one at a time, so that any failure names its formula (a JavaScript error is the formula's too)
    try {
      compileResponses({ [id]: text }, values);
    } catch (e) {
      const what =
        e instanceof FormulaError
          ? e.message.replace(/^formula "[^"]+": /, '')
          : `cannot be compiled (${e instanceof RangeError ? 'nested too deeply' : (e as Error).message})`;
      return { ok: false, error: `--scenario: formulas.${id}: ${what}` };
    }
  }
  return {
    ok: true,
    request: { scenario, region: region.value, runs, seed, from, to, format, ...(threads ? { threads } : {}) },
  };
}

/**
 * Parses and validates `npm run simulate` arguments into a complete request, or returns one error that
 * names the option or field and what was expected. Pure (file reading is injected) so tests can pin every
 * message.
 */
import { MUNICIPALITIES } from '../data/index.ts';
import { compileResponses, FormulaError } from '../engine/formulas/formulaCompiler.ts';
import { parseRegion, type Region } from '../engine/run/regions.ts';
import { BASELINE_SCENARIO, parseScenarioText, type LeverSetting, type Scenario } from '../engine/run/scenario.ts';
import { DEFAULT_END_YEAR, PROJECTION_START_YEAR, resolveAssumptions } from '../engine/run/simulate.ts';
import { MAX_END_YEAR } from '../engine/calendar.ts';
import { parseLeverText } from '../levers/values.ts';

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

export const SIMULATE_USAGE = `Usage: npm run simulate -- [options]
  --scenario FILE          scenario JSON file (see scenarios/)
  --set LEVER=VALUE[@YEAR] override a lever (repeatable), e.g. --set capitationRate=1683.6@2027
  --region REGION          national (default) | fylke:NN | sentralitet:N | kommune:NNNN
  --runs N                 Monte Carlo runs, 1-100000 (default 200)
  --seed S                 base seed, an integer (default 1)
  --from YEAR              first year reported (default ${PROJECTION_START_YEAR + 1})
  --to YEAR                last year simulated (default ${DEFAULT_END_YEAR}, at most ${MAX_END_YEAR})
  --format json|csv        output format (default json)
  --threads N              worker threads (default: all cores)`;

const OPTIONS = ['--scenario', '--set', '--region', '--runs', '--seed', '--from', '--to', '--format', '--threads'];

function intArg(
  name: string,
  text: string | undefined,
  min: number,
  max: number,
): { ok: true; value: number } | { ok: false; error: string } {
  if (text === undefined) return { ok: false, error: `${name}: expected a value` };
  if (!/^-?\d+$/.test(text.trim()))
    return { ok: false, error: `${name}: expected a whole number from ${min} to ${max}, got "${text}"` };
  const v = Number(text);
  if (v < min || v > max)
    return { ok: false, error: `${name}: expected a whole number from ${min} to ${max}, got ${v}` };
  return { ok: true, value: v };
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
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    if (raw === '--help' || raw === '-h') return { ok: true, help: true };
    const eq = raw.indexOf('=');
    const name = raw.startsWith('--') && eq > 0 && !raw.startsWith('--set=') ? raw.slice(0, eq) : raw;
    let value: string | undefined;
    if (name !== raw) value = raw.slice(eq + 1);
    else if (raw === '--set' || raw.startsWith('--set=')) value = raw.startsWith('--set=') ? raw.slice(6) : argv[++i];
    else if (OPTIONS.includes(raw)) value = argv[++i];
    const opt = raw.startsWith('--set') ? '--set' : name;
    if (!OPTIONS.includes(opt)) return { ok: false, error: `unknown option "${raw}" (see --help)` };
    if (value === undefined || value.startsWith('--')) return { ok: false, error: `${opt}: expected a value` };
    switch (opt) {
      case '--scenario': {
        let text: string;
        try {
          text = readFile(value);
        } catch (e) {
          return {
            ok: false,
            error: `--scenario: cannot read "${value}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
          };
        }
        const parsed = parseScenarioText(text);
        if (!parsed.ok) return { ok: false, error: `--scenario ${value}: ${parsed.errors.join('; ')}` };
        scenario = parsed.scenario;
        break;
      }
      case '--set': {
        const m = /^([A-Za-z0-9]+)=(.*?)(?:@(\d{4}(?:-\d{2})?))?$/.exec(value);
        if (!m) return { ok: false, error: `--set: expected LEVER=VALUE or LEVER=VALUE@YEAR, got "${value}"` };
        const [, id, text, at] = m as unknown as [string, string, string, string | undefined];
        const c = parseLeverText(id, text);
        if (!c.ok) return { ok: false, error: `--set: ${c.error}` };
        if (at !== undefined) {
          const year = Number(at.slice(0, 4));
          if (year <= PROJECTION_START_YEAR || year > MAX_END_YEAR)
            return {
              ok: false,
              error: `--set ${id}: start year must be ${PROJECTION_START_YEAR + 1}-${MAX_END_YEAR}, got ${year}`,
            };
          sets.push([id, { value: c.value, from: at }]);
        } else sets.push([id, c.value]);
        break;
      }
      case '--region':
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
          return { ok: false, error: `--format: expected "json" or "csv", got "${value}"` };
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
  if (scenario.formulas && Object.keys(scenario.formulas).length > 0) {
    try {
      compileResponses(scenario.formulas, resolveAssumptions(scenario.assumptions));
    } catch (e) {
      if (e instanceof FormulaError)
        return {
          ok: false,
          error: `--scenario: formulas.${e.formulaId}: ${e.message.replace(/^formula "[^"]+": /, '')}`,
        };
      throw e;
    }
  }
  return {
    ok: true,
    request: { scenario, region: region.value, runs, seed, from, to, format, ...(threads ? { threads } : {}) },
  };
}

/**
 * Valid inputs for the fuzz suite, drawn from the registries: scenario files (version 1), saved-scenario files
 * (version 2, as the app exports them), share-link payloads, response formulas and cheap `simulate` argument
 * lists. The mutators (fuzzMutate.ts) start from these, so most cases are near-misses of something real.
 */
import { MUNICIPALITIES } from '../data/index.ts';
import { RESPONSES } from '../engine/formulas/responses.ts';
import { ASSUMPTIONS } from '../levers/assumptions.ts';
import { LEVERS } from '../levers/registry.ts';
import type { LeverSpec, LeverValue } from '../levers/types.ts';
import { CHART_SPECS } from '../ui/chartSpecs.ts';
import type { Rand } from './fuzzRandom.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const COUNTIES = [...new Set(MUNICIPALITIES.map((m) => m.county))];
const KOMMUNER = MUNICIPALITIES.map((m) => m.code);
const TABLE_IDS = CHART_SPECS.map((c) => c.id);

export function leverValue(r: Rand, spec: LeverSpec): LeverValue {
  switch (spec.kind) {
    case 'number': {
      if (spec.allowNone && r.chance(0.2)) return null;
      const steps = Math.round((spec.max - spec.min) / spec.step);
      return Math.min(spec.max, Math.round((spec.min + r.int(0, steps) * spec.step) * 1e6) / 1e6);
    }
    case 'toggle':
      return r.int(0, 1);
    case 'choice':
      return r.pick(spec.choices).value;
  }
}

export function fromDate(r: Rand, minYear = 2027): string {
  const y = r.int(minYear, 2040);
  return r.chance(0.5) ? String(y) : `${y}-${String(r.int(1, 12)).padStart(2, '0')}`;
}

export function levers(r: Rand): { [id: string]: Json } {
  const out: { [id: string]: Json } = {};
  for (const spec of LEVERS as readonly LeverSpec[]) {
    if (!r.chance(0.25)) continue;
    const v = leverValue(r, spec);
    out[spec.id] = r.chance(0.4) ? { value: v, from: fromDate(r) } : v;
  }
  return out;
}

export function assumptions(r: Rand): { [id: string]: Json } {
  const out: { [id: string]: Json } = {};
  for (const a of ASSUMPTIONS)
    if (r.chance(0.1)) out[a.id] = Math.round((a.min + r.next() * (a.max - a.min)) * 1e4) / 1e4;
  return out;
}

/** The built-in formulas (valid by construction), a few of them. */
export function formulas(r: Rand): { [id: string]: Json } {
  const out: { [id: string]: Json } = {};
  for (const f of RESPONSES) if (r.chance(0.3)) out[f.id] = f.expression;
  return out;
}

const NAMES = ['Mitt scenario', 'Legevaktpakke 2030', 'Bærum – høy', 'Tromsø/Romsa', 'Plan B', 'Ålesund «test»'];

export function scenarioFile(r: Rand): { [key: string]: Json } {
  const name = r.pick(NAMES);
  return {
    schemaVersion: 1,
    id: `s-${r.int(0, 1e6)}`,
    name: { nb: name, en: name },
    ...(r.chance(0.3) ? { description: { nb: 'Beskrivelse.', en: 'Description.' } } : {}),
    levers: levers(r),
    ...(r.chance(0.3) ? { assumptions: assumptions(r) } : {}),
    ...(r.chance(0.2) ? { formulas: formulas(r) } : {}),
    ...(r.chance(0.2) ? { citations: [{ seed: '003-ekspertutvalget-2023', note: 'kilde' }] } : {}),
  };
}

export function region(r: Rand): string {
  switch (r.int(0, 3)) {
    case 0:
      return 'national';
    case 1:
      return `fylke:${r.pick(COUNTIES)}`;
    case 2:
      return `sentralitet:${r.int(1, 6)}`;
    default:
      return `kommune:${r.pick(KOMMUNER)}`;
  }
}

export function savedScenario(r: Rand): { [key: string]: Json } {
  return {
    schemaVersion: 2,
    id: `s-${r.int(0, 1e9).toString(36)}`,
    name: r.pick(NAMES),
    ...(r.chance(0.3) ? { description: 'Beskrivelse.' } : {}),
    levers: levers(r),
    assumptions: r.chance(0.3) ? assumptions(r) : {},
    formulas: r.chance(0.2) ? formulas(r) : {},
    region: region(r),
    seed: r.int(0, 1000),
    runs: r.pick([100, 200, 500, 1000]),
    endYear: r.int(2030, 2050),
    savedAt: '2026-01-02T03:04:05.000Z',
  };
}

/** What the app's "export all" writes, or one saved scenario, or a version-1 scenario file. */
export function importFile(r: Rand): Json {
  const kind = r.int(0, 2);
  if (kind === 0) return savedScenario(r);
  if (kind === 1) return scenarioFile(r);
  return {
    format: 'fastlegesimulatoren-scenarios',
    schemaVersion: 2,
    exportedAt: '2026-01-02T03:04:05.000Z',
    appVersion: '0.1.0',
    scenarios: Array.from({ length: r.int(1, 3) }, () => savedScenario(r)),
  };
}

/** The JSON inside a share link (before lz-string), as encodeLink writes it. */
export function linkPayload(r: Rand): { [key: string]: Json } {
  const tables = TABLE_IDS.filter(() => r.chance(0.1));
  const scenario = () => ({ name: r.pick(NAMES), levers: levers(r) });
  const n = r.int(2, 4);
  return {
    v: 1,
    lang: r.pick(['nb', 'nn', 'en']),
    region: region(r),
    runs: r.pick([100, 200, 500, 1000]),
    levers: levers(r),
    ...(r.chance(0.2) ? { assumptions: assumptions(r) } : {}),
    ...(r.chance(0.1) ? { formulas: formulas(r) } : {}),
    ...(tables.length > 0 ? { tables } : {}),
    ...(r.chance(0.1)
      ? { compare: { reference: r.int(0, n - 1), scenarios: Array.from({ length: n }, scenario) } }
      : {}),
  };
}

const RESPONSE_VARS = new Map<string, string[]>(RESPONSES.map((f) => [f.id, f.variables.map((v) => v.name)]));
const ASSUMPTION_IDS = ASSUMPTIONS.map((a) => a.id);
const FUNCTIONS = ['exp', 'log', 'sqrt', 'abs', 'min', 'max', 'tanh', 'floor', 'ceil', 'sign', 'log10', 'pow'];
const OPERATORS = ['+', '-', '*', '/', '^', '>', '<', '>=', '<=', '==', '!=', 'and', 'or'];

/** A random expression over the response's variables, assumptions and the allowed functions (valid syntax). */
export function expression(r: Rand, responseId: string, depth = 0): string {
  const vars = RESPONSE_VARS.get(responseId) ?? ['x'];
  const leaf = () =>
    r.pick([
      () => r.pick(vars),
      () => r.pick(ASSUMPTION_IDS),
      () => String(Math.round(r.next() * 1000) / 100),
      () => r.pick(['pi', 'e', '1', '0.5']),
    ])();
  if (depth > 3 || r.chance(0.3)) return leaf();
  switch (r.int(0, 4)) {
    case 0:
      return `${expression(r, responseId, depth + 1)} ${r.pick(OPERATORS)} ${expression(r, responseId, depth + 1)}`;
    case 1:
      return `(${expression(r, responseId, depth + 1)})`;
    case 2: {
      const fn = r.pick(FUNCTIONS);
      const args = fn === 'pow' ? 2 : fn === 'min' || fn === 'max' ? r.int(1, 3) : 1;
      return `${fn}(${Array.from({ length: args }, () => expression(r, responseId, depth + 1)).join(', ')})`;
    }
    case 3:
      return `-${expression(r, responseId, depth + 1)}`;
    default:
      return `${expression(r, responseId, depth + 1)} > 1 ? ${expression(r, responseId, depth + 1)} : ${expression(r, responseId, depth + 1)}`;
  }
}

/** A response id and a formula for it: the built-in one, or a random expression. */
export function formula(r: Rand): { id: string; text: string } {
  const f = r.pick(RESPONSES);
  return { id: f.id, text: r.chance(0.4) ? f.expression : expression(r, f.id) };
}

/**
 * A `simulate` argument list that is valid and cheap to run (1-3 runs, to 2026-2028, one thread), so that the
 * accepted cases finish in about half a second. `scenarioPath` is used when given.
 */
export function cliArgs(r: Rand, scenarioPath?: string): string[] {
  const args = ['--runs', String(r.int(1, 3)), '--to', String(r.int(2026, 2028)), '--threads', '1'];
  if (r.chance(0.7)) args.push('--region', region(r));
  if (r.chance(0.3)) args.push('--seed', String(r.int(0, 1000)));
  if (r.chance(0.2)) args.push('--format', r.pick(['json', 'csv']));
  if (scenarioPath) args.push('--scenario', scenarioPath);
  for (const spec of LEVERS as readonly LeverSpec[]) {
    if (!r.chance(0.1)) continue;
    const v = leverValue(r, spec);
    const text = v === null ? 'none' : String(v);
    args.push(r.chance(0.5) ? '--set' : '', `${spec.id}=${text}${r.chance(0.3) ? `@${fromDate(r)}` : ''}`);
  }
  // "--set=a=b" form when the flag was left empty above
  for (let i = 0; i < args.length; i++) if (args[i] === '') args.splice(i, 2, `--set=${args[i + 1]}`);
  return args;
}

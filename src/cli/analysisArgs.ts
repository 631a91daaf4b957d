/**
 * Arguments of `npm run sensitivity`, `npm run goalseek` and `npm run optimise`: the options they share with
 * `simulate` (--scenario, --set, --region, --runs, --seed, parsed by simulateArgs.ts with its messages) and their
 * own (--outcome, --year, --target, --lever, --levers, --probability, --cost, --budget, --period, --assumptions,
 * --format json|text). One error naming the option or field and what was expected; pure (file reading injected).
 */
import { LEVERS } from '../levers/registry.ts';
import { quoteText } from '../levers/values.ts';
import { MAX_END_YEAR } from '../engine/calendar.ts';
import { parseTarget, type Target } from '../engine/analysis/target.ts';
import type { CostKind } from '../engine/analysis/evaluator.ts';
import { RESULT_IDS, type ResultId } from '../engine/run/results.ts';
import { PROJECTION_START_YEAR } from '../engine/run/simulate.ts';
import { parseSimulateArgs, type SimulateRequest } from './simulateArgs.ts';

export type AnalysisKind = 'sensitivity' | 'goalseek' | 'optimise';

export interface AnalysisRequest {
  readonly kind: AnalysisKind;
  readonly base: SimulateRequest;
  readonly outcome: ResultId;
  readonly year: number;
  readonly format: 'json' | 'text';
  readonly target?: Target;
  readonly lever?: string;
  readonly levers?: readonly string[];
  /** Parts of number levers' ranges allowed (--levers id:LOW..HIGH, --lever id:LOW..HIGH). */
  readonly ranges?: Readonly<Record<string, { readonly min: number; readonly max: number }>>;
  readonly probability?: number;
  readonly cost: CostKind;
  readonly budget?: number;
  readonly period?: { readonly from: number; readonly to: number };
  readonly assumptions: boolean;
}

export type AnalysisArgs =
  { ok: true; request: AnalysisRequest } | { ok: true; help: true } | { ok: false; error: string };

const COMMON = `  --region REGION          national (default) | fylke:NN | sentralitet:N | kommune:NNNN
  --outcome ID             a result id, e.g. residentsWithoutGpShare, nResidentsWithoutGp, meanListLength
  --year YEAR              the year the outcome is read in (${PROJECTION_START_YEAR + 1}-${MAX_END_YEAR})
  --scenario FILE          start from this scenario (default: current policy); --set LEVER=VALUE[@YEAR] on top
  --runs N, --seed S       Monte Carlo runs (default 200) and base seed (default 1), as for simulate
  --format json|text       output format (default json)`;

export const ANALYSIS_USAGE: Record<AnalysisKind, string> = {
  sensitivity: `Usage: npm run -s sensitivity -- --outcome ID --year YEAR [options]
  Each lever moved a quarter of its range either way from today's value: the change in the outcome and cost.
${COMMON}
  --assumptions            also each assumption over its range, and the variance split over the runs`,
  goalseek: `Usage: npm run -s goalseek -- --outcome ID --year YEAR --target "<=0.01" --lever ID [options]
  The value of one lever that makes the outcome reach the target (on the central run, or a probability).
${COMMON}
  --target OP NUMBER       e.g. "<=0.01", ">=2000" (a % sign divides by 100: "<=1%")
  --lever ID[:LOW..HIGH]   the lever to move (optionally only within LOW..HIGH)
  --probability P          seek the value at which a share P (0-1) of the runs reach the target`,
  optimise: `Usage: npm run -s optimise -- --outcome ID --year YEAR --target "<=0.01" --levers a,b,c [options]
  The package of the allowed levers with the lowest extra public cost that reaches the target.
${COMMON}
  --target OP NUMBER       e.g. "<=0.01"
  --levers a,b,c           the levers allowed (ids); id:LOW..HIGH allows only that part of a lever's range,
                           e.g. lis1Positions:1150..1600 (no cut below today's 1150)
  --cost public|municipal|state   which extra cost to minimise (default public)
  --period YYYY-YYYY       the years whose extra cost is summed (default: ${PROJECTION_START_YEAR + 2} to --year)
  --budget NOK             most extra cost allowed over the period`,
};

const OWN: Record<AnalysisKind, readonly string[]> = {
  sensitivity: ['--outcome', '--year', '--format', '--assumptions'],
  goalseek: ['--outcome', '--year', '--format', '--target', '--lever', '--probability'],
  optimise: ['--outcome', '--year', '--format', '--target', '--levers', '--cost', '--budget', '--period'],
};
const SHARED = ['--scenario', '--set', '--region', '--runs', '--seed', '--threads'];
const FLAGS = ['--assumptions'];

const LEVER_IDS: ReadonlySet<string> = new Set(LEVERS.map((l) => l.id));
const leverHelp = 'a lever id (see the README lever table)';

export function parseAnalysisArgs(
  kind: AnalysisKind,
  argv: readonly string[],
  readFile: (p: string) => string,
): AnalysisArgs {
  const own = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    if (raw === '--help' || raw === '-h') return { ok: true, help: true };
    const eq = raw.indexOf('=');
    const opt = raw.startsWith('--') && eq > 0 ? raw.slice(0, eq) : raw;
    if (OWN[kind].includes(opt)) {
      if (own.has(opt)) return { ok: false, error: `${opt}: given more than once` };
      if (FLAGS.includes(opt)) {
        own.set(opt, '1');
        continue;
      }
      const value = opt !== raw ? raw.slice(eq + 1) : argv[++i];
      if (value === undefined || (value.startsWith('--') && opt !== '--target'))
        return { ok: false, error: `${opt}: expected a value` };
      own.set(opt, value);
    } else if (SHARED.includes(opt)) {
      rest.push(raw);
      if (opt === raw && i + 1 < argv.length) rest.push(argv[++i]!);
    } else return { ok: false, error: `unknown option ${quoteText(raw)} (see --help)` };
  }
  const required =
    kind === 'sensitivity'
      ? ['--outcome', '--year']
      : kind === 'goalseek'
        ? ['--outcome', '--year', '--target', '--lever']
        : ['--outcome', '--year', '--target', '--levers'];
  for (const r of required) if (!own.has(r)) return { ok: false, error: `${r}: required (see --help)` };

  const outcome = own.get('--outcome')!;
  if (!RESULT_IDS.includes(outcome as ResultId))
    return {
      ok: false,
      error: `--outcome: expected a result id (${RESULT_IDS.join(', ')}), got ${quoteText(outcome)}`,
    };
  const yearText = own.get('--year')!;
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year <= PROJECTION_START_YEAR || year > MAX_END_YEAR)
    return {
      ok: false,
      error: `--year: expected a year from ${PROJECTION_START_YEAR + 1} to ${MAX_END_YEAR}, got ${quoteText(yearText)}`,
    };
  const formatText = own.get('--format') ?? 'json';
  if (formatText !== 'json' && formatText !== 'text')
    return { ok: false, error: `--format: expected "json" or "text", got ${quoteText(formatText)}` };
  let target: Target | undefined;
  if (own.has('--target')) {
    const t = parseTarget(own.get('--target')!, '--target');
    if (!t.ok) return t;
    target = t.target;
  }
  const ranges: Record<string, { min: number; max: number }> = {};
  /** "id" or "id:LOW..HIGH" (a part of a number lever's range, in the registry's units). */
  const leverEntry = (opt: string, text: string): string | { error: string } => {
    const m = /^([A-Za-z0-9]+)(?::(-?\d+(?:\.\d+)?)\.\.(-?\d+(?:\.\d+)?))?$/.exec(text.trim());
    const id = m?.[1] ?? text.trim();
    if (!m || !LEVER_IDS.has(id))
      return { error: `${opt}: expected ${leverHelp} (optionally id:LOW..HIGH), got ${quoteText(text)}` };
    if (m[2] !== undefined) {
      const spec = LEVERS.find((l) => l.id === id)!;
      const min = Number(m[2]);
      const max = Number(m[3]);
      if (spec.kind !== 'number') return { error: `${opt}: ${id} is not a number lever and takes no range` };
      if (!(min >= spec.min && max <= spec.max && min < max))
        return {
          error: `${opt}: ${id}: expected a range within ${spec.min}..${spec.max}, low below high, got ${min}..${max}`,
        };
      ranges[id] = { min, max };
    }
    return id;
  };
  let lever: string | undefined;
  if (own.has('--lever')) {
    const e = leverEntry('--lever', own.get('--lever')!);
    if (typeof e !== 'string') return { ok: false, error: e.error };
    lever = e;
  }
  let levers: string[] | undefined;
  if (own.has('--levers')) {
    const parts = own
      .get('--levers')!
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== '');
    if (parts.length === 0)
      return { ok: false, error: '--levers: expected one or more lever ids, separated by commas' };
    levers = [];
    for (const p of parts) {
      const e = leverEntry('--levers', p);
      if (typeof e !== 'string') return { ok: false, error: e.error };
      levers.push(e);
    }
    if (new Set(levers).size !== levers.length) return { ok: false, error: '--levers: a lever is named twice' };
  }
  let probability: number | undefined;
  if (own.has('--probability')) {
    const p = Number(own.get('--probability')!.replace(',', '.'));
    if (!Number.isFinite(p) || p <= 0 || p > 1)
      return {
        ok: false,
        error: `--probability: expected a share above 0 and at most 1, got ${quoteText(own.get('--probability')!)}`,
      };
    probability = p;
  }
  const costText = own.get('--cost') ?? 'public';
  if (costText !== 'public' && costText !== 'municipal' && costText !== 'state')
    return { ok: false, error: `--cost: expected "public", "municipal" or "state", got ${quoteText(costText)}` };
  let budget: number | undefined;
  if (own.has('--budget')) {
    const b = Number(own.get('--budget')!.replace(/[\s_]/g, ''));
    if (!Number.isFinite(b))
      return { ok: false, error: `--budget: expected an amount in NOK, got ${quoteText(own.get('--budget')!)}` };
    budget = b;
  }
  let period: { from: number; to: number } | undefined;
  if (own.has('--period')) {
    const m = /^(\d{4})-(\d{4})$/.exec(own.get('--period')!);
    const from = m ? Number(m[1]) : NaN;
    const to = m ? Number(m[2]) : NaN;
    if (!m || from <= PROJECTION_START_YEAR || to < from || to > year)
      return {
        ok: false,
        error: `--period: expected YYYY-YYYY within ${PROJECTION_START_YEAR + 1}-${year} (the --year), got ${quoteText(own.get('--period')!)}`,
      };
    period = { from, to };
  }
  const base = parseSimulateArgs([...rest, '--to', String(year)], readFile);
  if (!base.ok) return base;
  if ('help' in base) return base;
  return {
    ok: true,
    request: {
      kind,
      base: base.request,
      outcome: outcome as ResultId,
      year,
      format: formatText,
      cost: costText,
      assumptions: own.has('--assumptions'),
      ...(target ? { target } : {}),
      ...(lever ? { lever } : {}),
      ...(levers ? { levers } : {}),
      ...(Object.keys(ranges).length > 0 ? { ranges } : {}),
      ...(probability !== undefined ? { probability } : {}),
      ...(budget !== undefined ? { budget } : {}),
      ...(period ? { period } : {}),
    },
  };
}

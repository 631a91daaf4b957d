/**
 * High-level simulation API: turn a scenario into a plan (start state, calendar, lever timeline,
 * assumptions, response functions) and run it once, deterministically. Projections start from
 * 31 Dec 2025 with today's policy; the backtest starts from 31 Dec 2019 with the real 2020-2025 policy
 * history. Scenario overrides apply from their start year (default: the lever's defaultStartYear).
 */
import { ASSUMPTIONS, defaultAssumptions, withAssumptions, type AssumptionValues } from '../../levers/assumptions.ts';
import { LEVERS, getLever } from '../../levers/registry.ts';
import { defaultLeverValues } from '../../levers/values.ts';
import { makeCalendar } from '../calendar.ts';
import { leversAt2020, POLICY_HISTORY } from './history.ts';
import { runModel, createWorkspace, type ModelSetup, type RunOutput, type Workspace } from '../model.ts';
import { builtinResponses, type ResponseFunctions } from '../formulas/responses.ts';
import { BASELINE_SCENARIO, type Scenario } from './scenario.ts';
import { leversAtStep, resolveTimeline, type LeverChange } from '../schedule.ts';
import { buildStartAt, buildStart2025, type StartState } from '../start/startState.ts';

export type StartKind = 'projection' | 'backtest';

export const PROJECTION_START_YEAR = 2025;
export const BACKTEST_START_YEAR = 2019;
export const DEFAULT_END_YEAR = 2040;

export interface PlanOptions {
  readonly scenario?: Scenario;
  readonly start?: StartKind;
  readonly endYear?: number;
  /** Compiled response functions; required when the scenario edits formulas (see formulaCompiler.ts). */
  readonly responses?: ResponseFunctions;
  /** Assumption overrides on top of the scenario's. */
  readonly assumptions?: Readonly<Record<string, number>>;
  /**
   * A hindcast origin (2019-2023): the start is 31 December of that year, built from data known then
   * (buildStartAt), with the real policy history. Overrides `start`.
   */
  readonly origin?: number;
  /** Last calibrated year of a hindcast: the observed work trend holds until 1 January after it (ModelSetup). */
  readonly knownUntil?: number;
}

export interface Plan extends ModelSetup {
  readonly scenario: Scenario;
}

let start2025: StartState | undefined;
const hindcastStarts = new Map<number, StartState>();
/** The start of a hindcast origin (cached: a start state is immutable). */
export function startStateAt(origin: number): StartState {
  let s = hindcastStarts.get(origin);
  if (!s) hindcastStarts.set(origin, (s = buildStartAt(origin)));
  return s;
}
export function startStateFor(kind: StartKind): StartState {
  if (kind === 'backtest') return startStateAt(BACKTEST_START_YEAR);
  return (start2025 ??= buildStart2025());
}

/** The scenario's lever overrides as dated changes. */
export function scenarioChanges(scenario: Scenario): LeverChange[] {
  return Object.entries(scenario.levers).map(([id, setting]) => {
    const spec = getLever(id);
    if (!spec) throw new Error(`levers.${id}: unknown lever "${id}"`);
    if (setting !== null && typeof setting === 'object') return { lever: id, from: setting.from, value: setting.value };
    return { lever: id, from: String(spec.defaultStartYear), value: setting };
  });
}

export function resolveAssumptions(...overrides: (Readonly<Record<string, number>> | undefined)[]): AssumptionValues {
  let values = defaultAssumptions();
  for (const o of overrides) {
    if (!o) continue;
    for (const id of Object.keys(o))
      if (!(id in values)) throw new Error(`assumptions.${id}: unknown assumption "${id}"`);
    values = withAssumptions(values, o);
  }
  return values;
}

export function preparePlan(opts: PlanOptions = {}): Plan {
  const scenario = opts.scenario ?? BASELINE_SCENARIO;
  const kind = opts.origin !== undefined ? 'backtest' : (opts.start ?? 'projection');
  const startYear = opts.origin ?? (kind === 'backtest' ? BACKTEST_START_YEAR : PROJECTION_START_YEAR);
  const endYear = opts.endYear ?? (kind === 'backtest' ? 2025 : DEFAULT_END_YEAR);
  const calendar = makeCalendar(startYear, endYear);
  const base = kind === 'backtest' ? leversAt2020() : defaultLeverValues();
  const history = kind === 'backtest' ? POLICY_HISTORY : [];
  const baselineTimeline = resolveTimeline(calendar, base, history);
  const timeline = resolveTimeline(calendar, base, [...history, ...scenarioChanges(scenario)]);
  if (scenario.formulas && Object.keys(scenario.formulas).length > 0 && !opts.responses) {
    throw new Error(
      'this scenario edits response formulas: compile them with compileResponses() and pass them as `responses`',
    );
  }
  return {
    scenario,
    start: opts.origin !== undefined ? startStateAt(opts.origin) : startStateFor(kind),
    calendar,
    timeline,
    anchorLevers: leversAtStep(baselineTimeline, 0),
    assumptions: resolveAssumptions(scenario.assumptions, opts.assumptions),
    responses: opts.responses ?? builtinResponses(),
    ...(opts.knownUntil !== undefined ? { trendObservedUntil: opts.knownUntil + 1 } : {}),
  };
}

/**
 * One deterministic run (expected values, the plan's assumptions). `rawOut` (optional) receives the output
 * instead of new buffers: the returned RunOutput then shares them, so a later run into the same buffers
 * overwrites it.
 */
export function runDeterministic(plan: Plan, ws?: Workspace, rawOut?: readonly Float64Array[]): RunOutput {
  return runModel({ ...plan, rawOut }, ws ?? createWorkspace(plan.start));
}

/** Number of levers and assumptions (for diagnostics). */
export const REGISTRY_SIZES = { levers: LEVERS.length, assumptions: ASSUMPTIONS.length };

/**
 * High-level simulation API: turn a scenario into a plan (start state, calendar, lever timeline,
 * assumptions, response functions) and run it once, deterministically. Projections start from
 * 31 Dec 2025 with the policy then in force as their anchors, and today's policy (the changes of 1 January 2026,
 * history.ts) from the first month; the backtest starts from 31 Dec 2019 with the real 2020-2025 policy
 * history. Scenario overrides apply from their start year (default: the lever's defaultStartYear).
 */
import {
  ASSUMPTIONS,
  defaultAssumptions,
  withAssumptions,
  type AssumptionValues,
} from '../../levers/assumptionCore.ts';
import { LEVERS } from '../../levers/registry.ts';
import { describeValue, quoteText } from '../../levers/values.ts';
import { makeCalendar } from '../calendar.ts';
import { leversAt2020, leversInForce, POLICY_HISTORY } from './history.ts';
import { runModel, createWorkspace, type ModelSetup, type RunOutput, type Workspace } from '../model.ts';
import { builtinResponses, type ResponseFunctions } from '../formulas/responses.ts';
import { BASELINE_SCENARIO, type Scenario } from './scenario.ts';
import { settingChanges } from './leverSetting.ts';
import { municipalPlansOf } from './municipalScenario.ts';
import {
  leversAtStep,
  resolveLocalTimelines,
  resolveTimeline,
  type LeverChange,
  type LocalChanges,
} from '../schedule.ts';
import { applyStartOverrides, type MunicipalStart, type StartOverrides } from '../start/startOverrides.ts';
import { resolveLocalEvents, type LocalEvent } from '../step/localEvents.ts';
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
   * A hindcast origin (2019-2024): the start is 31 December of that year, built from data known then
   * (buildStartAt), with the real policy history. Overrides `start`.
   */
  readonly origin?: number;
  /** Last calibrated year of a hindcast: the observed work trend holds until 1 January after it (ModelSetup). */
  readonly knownUntil?: number;
  /**
   * What planners set for their own municipalities, by municipality number: start figures (startOverrides.ts), dated
   * events (step/localEvents.ts) and changes of the local levers (resolveLocalTimelines).
   */
  readonly municipalities?: MunicipalPlans;
}

/** One municipality's own plan. */
export interface MunicipalPlan {
  readonly start?: MunicipalStart;
  readonly events?: readonly LocalEvent[];
  readonly levers?: readonly LeverChange[];
}
export type MunicipalPlans = Readonly<Record<string, MunicipalPlan>>;

/**
 * The municipalities' lever changes, start figures and events, each keyed by municipality number. Throws naming the
 * field when a plan is not of that shape: a plan from code (a scenario file's is checked before: municipalScenario.ts)
 * with its levers as an object, say, would otherwise be read as no levers at all.
 */
function splitMunicipalPlans(plans: MunicipalPlans | undefined): {
  levers: LocalChanges;
  start: StartOverrides;
  events: Record<string, readonly LocalEvent[]>;
} {
  const levers: Record<string, readonly LeverChange[]> = {};
  const start: Record<string, MunicipalStart> = {};
  const events: Record<string, readonly LocalEvent[]> = {};
  for (const [code, p] of Object.entries(plans ?? {})) {
    const at = `municipalities.${code}`;
    if (typeof p !== 'object' || p === null || Array.isArray(p))
      throw new Error(`${at}: expected an object with start, events or levers, got ${describeValue(p)}`);
    for (const key of Object.keys(p))
      if (key !== 'start' && key !== 'events' && key !== 'levers')
        throw new Error(`${at}: unknown field ${quoteText(key)} (expected start, events, levers)`);
    if (p.levers !== undefined && !Array.isArray(p.levers))
      throw new Error(
        `${at}.levers: expected a list of lever changes ({ lever, value, from, until }), got ${describeValue(p.levers)}`,
      );
    if (p.events !== undefined && !Array.isArray(p.events))
      throw new Error(
        `${at}.events: expected a list of events ({ year, kind, count }), got ${describeValue(p.events)}`,
      );
    if (p.levers && p.levers.length > 0) levers[code] = p.levers;
    if (p.start && Object.keys(p.start).length > 0) start[code] = p.start;
    if (p.events && p.events.length > 0) events[code] = p.events;
  }
  return { levers, start, events };
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

/** The scenario's lever overrides as dated changes (steps as a change each; leverSetting.ts). */
export function scenarioChanges(scenario: Scenario): LeverChange[] {
  return Object.entries(scenario.levers).flatMap(([id, setting]) => settingChanges(id, setting));
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
  // the real policy over time (changes before the start are in force from its first month), then the scenario's
  const base = leversAt2020();
  const timeline = resolveTimeline(calendar, base, [...POLICY_HISTORY, ...scenarioChanges(scenario)]);
  // the start anchors: a projection's are the policy in force at its start (December 2025), so that the changes of
  // 1 January 2026 act in the run; a backtest's and a hindcast's the first month's policy
  const anchorLevers =
    kind === 'projection'
      ? leversAtStep(resolveTimeline(calendar, leversInForce(startYear, 12), []), 0)
      : leversAtStep(resolveTimeline(calendar, base, POLICY_HISTORY), 0);
  if (scenario.formulas && Object.keys(scenario.formulas).length > 0 && !opts.responses) {
    throw new Error(
      'this scenario edits response formulas: compile them with compileResponses() and pass them as `responses`',
    );
  }
  // the scenario's municipalities, then the options' (a municipality in both takes the options' parts)
  const own = splitMunicipalPlans({ ...municipalPlansOf(scenario.municipalities), ...opts.municipalities });
  const start0 = opts.origin !== undefined ? startStateAt(opts.origin) : startStateFor(kind);
  const start = applyStartOverrides(start0, own.start);
  const codes = start.records.map((r) => r.code);
  const localLevers =
    Object.keys(own.levers).length > 0 ? resolveLocalTimelines(calendar, timeline, codes, own.levers) : undefined;
  const localEvents = Object.keys(own.events).length > 0 ? resolveLocalEvents(calendar, codes, own.events) : undefined;
  return {
    scenario,
    start,
    calendar,
    timeline,
    ...(localLevers ? { localLevers } : {}),
    ...(localEvents ? { localEvents } : {}),
    anchorLevers,
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

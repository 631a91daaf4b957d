// Shared test helpers for the engine: cached plans and runs, scenario builders, region members and result series.
import {
  parseRegion,
  preparePlan,
  regionResults,
  resultIndex,
  restrictStart,
  runDeterministic,
  simulatedYears,
  type Plan,
  type ResultId,
  type RunOutput,
  type Scenario,
  type StartKind,
} from '../../src/engine/index.ts';
import type { LeverSetting } from '../../src/engine/run/leverSetting.ts';

export type LeverSettingInput = LeverSetting;

/** A scenario with the given lever overrides (validated later by preparePlan, not here). */
export function scenarioWith(levers: Readonly<Record<string, LeverSettingInput>>, id = 'test'): Scenario {
  return { schemaVersion: 1, id, name: { nb: id, en: id }, levers: { ...levers } };
}

export interface PlanKey {
  readonly scenario?: Scenario;
  readonly start?: StartKind;
  readonly endYear?: number;
}

const plans = new Map<string, Plan>();
/** preparePlan, cached per (scenario, start, endYear) within one test file. */
export function cachedPlan(key: PlanKey = {}): Plan {
  const k = JSON.stringify([key.scenario ?? null, key.start ?? 'projection', key.endYear ?? null]);
  let plan = plans.get(k);
  if (!plan) {
    plan = preparePlan({
      ...(key.scenario ? { scenario: key.scenario } : {}),
      ...(key.start ? { start: key.start } : {}),
      ...(key.endYear !== undefined ? { endYear: key.endYear } : {}),
    });
    plans.set(k, plan);
  }
  return plan;
}

const runs = new WeakMap<Plan, RunOutput>();
/** runDeterministic, cached per plan object. */
export function cachedRun(plan: Plan): RunOutput {
  let run = runs.get(plan);
  if (!run) {
    run = runDeterministic(plan);
    runs.set(plan, run);
  }
  return run;
}

/** Every municipality index of the plan's start state. */
export function allMembers(plan: Plan): Int32Array {
  return Int32Array.from({ length: plan.start.nM }, (_, i) => i);
}

/** Members of a region written as in the CLI ("kommune:1811"); throws on a bad region. */
export function regionMembers(plan: Plan, text: string): Int32Array {
  const r = parseRegion(text, plan.start.records);
  if (!r.ok) throw new Error(r.error);
  return r.value.members;
}

/** Index of one municipality (by 4-digit code) in the plan's start state. */
export function municipalityIndex(plan: Plan, code: string): number {
  const i = plan.start.records.findIndex((r) => r.code === code);
  if (i < 0) throw new Error(`no municipality ${code}`);
  return i;
}

/** The plan with its start state restricted to some municipalities (see restrictStart). */
export function restrictedPlan(plan: Plan, indices: readonly number[]): Plan {
  return { ...plan, start: restrictStart(plan.start, indices) };
}

/** Index of a calendar year in the plan's simulated years. */
export function yearIndex(plan: Plan, year: number): number {
  const i = simulatedYears(plan.calendar).indexOf(year);
  if (i < 0) throw new Error(`year ${year} is not simulated by this plan`);
  return i;
}

/** One result over the simulated years for a region. */
export function resultSeries(run: RunOutput, plan: Plan, id: ResultId, members: Int32Array): number[] {
  const res = regionResults(run, members, plan.assumptions.shiftHours);
  const n = plan.calendar.nYears;
  const k = resultIndex(id);
  return Array.from(res.subarray(k * n, (k + 1) * n));
}

/** One result in one year for a region. */
export function resultAt(run: RunOutput, plan: Plan, id: ResultId, members: Int32Array, year: number): number {
  return resultSeries(run, plan, id, members)[yearIndex(plan, year)]!;
}

/**
 * The app's state: the scenario being edited (lever overrides with their start years, assumption
 * overrides, edited formulas), the region, and an undo/redo history of committed changes. Only overrides
 * are stored, as in scenario files; the request for the workers is derived from it.
 */
import { getLever, LEVERS } from '../levers/registry.ts';
import type { LeverValue } from '../levers/types.ts';
import type { LeverSetting } from '../engine/run/scenario.ts';
import type { MunicipalScenario, MunicipalScenarios } from '../engine/run/municipalScenario.ts';
import type { MunicipalStart } from '../engine/start/startOverrides.ts';
import type { LocalEvent } from '../engine/step/localEvents.ts';
import type { RunRequest } from './sim/protocol.ts';

export const END_YEAR = 2040;
/** The first year a lever can change in a projection (the start state is 31 Dec 2025). */
export const FIRST_POLICY_YEAR = 2026;

export interface LeverOverride {
  readonly value: LeverValue;
  readonly from: number;
}

export interface ScenarioState {
  readonly levers: Readonly<Record<string, LeverOverride>>;
  readonly assumptions: Readonly<Record<string, number>>;
  readonly formulas: Readonly<Record<string, string>>;
  /**
   * A municipality's own plan by its number (issue #14; the engine's schema-2 `municipalities`): its own settings of
   * the local levers, its start figures and its dated events. Absent or empty: none.
   */
  readonly municipalities?: MunicipalScenarios;
}

export const EMPTY_SCENARIO: ScenarioState = { levers: {}, assumptions: {}, formulas: {} };

/** The lever's value in a state (its default when not overridden). */
export function leverValue(s: ScenarioState, id: string): LeverValue {
  const o = s.levers[id];
  if (o) return o.value;
  const spec = getLever(id);
  if (!spec) throw new Error(`unknown lever "${id}"`);
  return spec.default;
}

export function leverFrom(s: ScenarioState, id: string): number {
  return s.levers[id]?.from ?? getLever(id)?.defaultStartYear ?? FIRST_POLICY_YEAR + 1;
}

/** Sets a lever; an override equal to the default (value and start year) is dropped. */
export function withLever(
  s: ScenarioState,
  id: string,
  value: LeverValue,
  from: number = leverFrom(s, id),
): ScenarioState {
  const spec = getLever(id);
  if (!spec) throw new Error(`unknown lever "${id}"`);
  const levers = { ...s.levers };
  if (value === spec.default && from === spec.defaultStartYear) delete levers[id];
  else levers[id] = { value, from };
  return { ...s, levers };
}

export function withAssumption(s: ScenarioState, id: string, value: number | undefined): ScenarioState {
  const assumptions = { ...s.assumptions };
  if (value === undefined) delete assumptions[id];
  else assumptions[id] = value;
  return { ...s, assumptions };
}

export function withFormula(s: ScenarioState, id: string, expression: string | undefined): ScenarioState {
  const formulas = { ...s.formulas };
  if (expression === undefined) delete formulas[id];
  else formulas[id] = expression;
  return { ...s, formulas };
}

/** Levers whose value differs from the default (a changed start year alone changes nothing). */
export function changedLevers(s: ScenarioState): string[] {
  return LEVERS.filter((l) => {
    const o = s.levers[l.id];
    return o !== undefined && o.value !== l.default;
  }).map((l) => l.id);
}

/** The worker request for a state and region. */
export function requestOf(s: ScenarioState, region: string): RunRequest {
  const levers: Record<string, LeverSetting> = {};
  for (const [id, o] of Object.entries(s.levers)) {
    const spec = getLever(id);
    if (!spec || o.value === spec.default) continue;
    levers[id] = o.from === spec.defaultStartYear ? o.value : { value: o.value, from: String(o.from) };
  }
  const municipalities = nonEmptyMunicipalities(s.municipalities);
  return {
    levers,
    assumptions: { ...s.assumptions },
    formulas: { ...s.formulas },
    region,
    endYear: END_YEAR,
    ...(municipalities ? { municipalities } : {}),
  };
}

/** The municipalities with something set (undefined when none). */
export function nonEmptyMunicipalities(m: MunicipalScenarios | undefined): MunicipalScenarios | undefined {
  if (!m) return undefined;
  const out: Record<string, MunicipalScenario> = {};
  for (const [code, p] of Object.entries(m)) {
    const levers = p.levers && Object.keys(p.levers).length > 0 ? p.levers : undefined;
    const start = p.start && Object.keys(p.start).length > 0 ? p.start : undefined;
    const events = p.events && p.events.length > 0 ? p.events : undefined;
    if (levers || start || events)
      out[code] = { ...(levers ? { levers } : {}), ...(start ? { start } : {}), ...(events ? { events } : {}) };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** One municipality's plan in a state (empty when it has none). */
export function municipalPlanOf(s: ScenarioState, code: string): MunicipalScenario {
  return s.municipalities?.[code] ?? {};
}

function withMunicipal(s: ScenarioState, code: string, next: MunicipalScenario): ScenarioState {
  const municipalities = nonEmptyMunicipalities({ ...(s.municipalities ?? {}), [code]: next });
  const { municipalities: _old, ...rest } = s;
  return municipalities ? { ...rest, municipalities } : rest;
}

/** Sets (or with undefined removes) a local lever for one municipality only. */
export function withMunicipalLever(
  s: ScenarioState,
  code: string,
  id: string,
  setting: LeverSetting | undefined,
): ScenarioState {
  const spec = getLever(id);
  if (!spec || spec.scope !== 'local') throw new Error(`"${id}" is not a municipality's own lever`);
  const plan = municipalPlanOf(s, code);
  const levers = { ...(plan.levers ?? {}) };
  if (setting === undefined) delete levers[id];
  else levers[id] = setting;
  return withMunicipal(s, code, { ...plan, levers });
}

/** Sets one municipality's start figures (the fields given; an empty object removes them). */
export function withMunicipalStart(s: ScenarioState, code: string, start: MunicipalStart): ScenarioState {
  return withMunicipal(s, code, { ...municipalPlanOf(s, code), start });
}

/** Sets one municipality's dated events. */
export function withMunicipalEvents(s: ScenarioState, code: string, events: readonly LocalEvent[]): ScenarioState {
  return withMunicipal(s, code, { ...municipalPlanOf(s, code), events });
}

/** Undo/redo over committed states, each with a short description of the change. */
export class History {
  private past: { state: ScenarioState; what: string }[] = [];
  private future: { state: ScenarioState; what: string }[] = [];
  /** The last committed state (what undo returns to after a preview). */
  private committed: ScenarioState;
  constructor(private current: ScenarioState) {
    this.committed = current;
  }

  get state(): ScenarioState {
    return this.current;
  }

  /** Records a committed change against the last committed state (no entry when nothing changed). */
  commit(next: ScenarioState, what: string): void {
    this.current = next;
    if (JSON.stringify(next) === JSON.stringify(this.committed)) return;
    this.past.push({ state: this.committed, what });
    if (this.past.length > 200) this.past.shift();
    this.future = [];
    this.committed = next;
  }

  /** Starts over from a state (e.g. one restored from a share link): nothing to undo or redo. */
  reset(state: ScenarioState): void {
    this.current = this.committed = state;
    this.past = [];
    this.future = [];
  }

  /** Replaces the current state without a history entry (while a slider moves); commit() follows. */
  preview(next: ScenarioState): void {
    this.current = next;
  }

  canUndo(): boolean {
    return this.past.length > 0;
  }
  canRedo(): boolean {
    return this.future.length > 0;
  }

  undo(): string | null {
    const prev = this.past.pop();
    if (!prev) return null;
    this.future.push({ state: this.committed, what: prev.what });
    this.current = this.committed = prev.state;
    return prev.what;
  }

  redo(): string | null {
    const next = this.future.pop();
    if (!next) return null;
    this.past.push({ state: this.committed, what: next.what });
    this.current = this.committed = next.state;
    return next.what;
  }
}

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
import type { Localized } from '../levers/types.ts';
import { loc, t } from './i18n.ts';
import type { RunRequest } from './sim/protocol.ts';
import { nonEmptyPlans } from './sim/currentPolicy.ts';
import { stableJson } from './stableJson.ts';

export const END_YEAR = 2040;
/** The first year a lever can change in a projection (the start state is 31 Dec 2025). */
export const FIRST_POLICY_YEAR = 2026;

/** A later step of a lever's setting: from January of `from`, `value` (until the next step or the end). */
export interface LeverStepOverride {
  readonly from: number;
  readonly value: LeverValue;
}

export interface LeverOverride {
  readonly value: LeverValue;
  readonly from: number;
  /** The last year the setting holds (through December); then today's value again. Absent: no end. */
  readonly until?: number;
  /** Steps after the first ({ value, from }), each from a later year (the engine's `{ steps, until? }`). */
  readonly steps?: readonly LeverStepOverride[];
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

/**
 * Sets a lever's value and start year, keeping its end and steps; an override equal to the default (value and start
 * year, no end, no steps) is dropped.
 */
export function withLever(
  s: ScenarioState,
  id: string,
  value: LeverValue,
  from: number = leverFrom(s, id),
): ScenarioState {
  return withLeverOverride(s, id, { ...(s.levers[id] ?? {}), value, from });
}

/** Sets a lever's whole override (undefined removes it); one equal to the default is dropped. */
export function withLeverOverride(s: ScenarioState, id: string, o: LeverOverride | undefined): ScenarioState {
  const spec = getLever(id);
  if (!spec) throw new Error(`unknown lever "${id}"`);
  const levers = { ...s.levers };
  if (o === undefined || isDefaultOverride(id, o)) delete levers[id];
  else levers[id] = normalOverride(o);
  return { ...s, levers };
}

/** Without empty steps or an absent end (so that equal settings compare equal). */
function normalOverride(o: LeverOverride): LeverOverride {
  return {
    value: o.value,
    from: o.from,
    ...(o.until !== undefined ? { until: o.until } : {}),
    ...(o.steps && o.steps.length > 0 ? { steps: o.steps.map((x) => ({ from: x.from, value: x.value })) } : {}),
  };
}

function isDefaultOverride(id: string, o: LeverOverride): boolean {
  const spec = getLever(id)!;
  return (
    o.value === spec.default &&
    o.from === spec.defaultStartYear &&
    o.until === undefined &&
    (o.steps === undefined || o.steps.length === 0)
  );
}

/** A checked engine setting as an override (start months kept to their year; a start before 2026 starts in 2026). */
export function overrideOfSetting(id: string, setting: LeverSetting): LeverOverride {
  const year = (date: string) => Number(date.slice(0, 4));
  if (setting === null || typeof setting !== 'object') return { value: setting, from: leverFrom(EMPTY_SCENARIO, id) };
  const until = setting.until !== undefined ? { until: year(setting.until) } : {};
  if ('steps' in setting) {
    const [first, ...rest] = setting.steps;
    return normalOverride({
      value: first!.value,
      from: Math.max(FIRST_POLICY_YEAR, year(first!.from)),
      ...until,
      steps: rest.map((x) => ({ from: year(x.from), value: x.value })),
    });
  }
  return { value: setting.value, from: Math.max(FIRST_POLICY_YEAR, year(setting.from)), ...until };
}

/** An override as the engine's setting: a bare value from the default start year, { value, from, until? }, or steps. */
export function settingOfOverride(id: string, o: LeverOverride): LeverSetting {
  const spec = getLever(id);
  if (!spec) throw new Error(`unknown lever "${id}"`);
  const until = o.until !== undefined ? { until: String(o.until) } : {};
  if (o.steps && o.steps.length > 0)
    return {
      steps: [
        { from: String(o.from), value: o.value },
        ...o.steps.map((x) => ({ from: String(x.from), value: x.value })),
      ],
      ...until,
    };
  if (o.from === spec.defaultStartYear && o.until === undefined) return o.value;
  return { value: o.value, from: String(o.from), ...until };
}

/**
 * What is wrong with an override's years, as a message key and its values (null: nothing): the start, each step and
 * the end within FIRST_POLICY_YEAR-END_YEAR, steps after the start and after each other, the end at or after the
 * last start.
 */
export function overrideProblem(
  o: LeverOverride,
): { key: 'errUntilBeforeFrom' | 'errStepOrder' | 'errYearRange'; year: number; from: number } | null {
  const inRange = (y: number) => Number.isInteger(y) && y >= FIRST_POLICY_YEAR && y <= END_YEAR;
  if (!inRange(o.from)) return { key: 'errYearRange', year: o.from, from: o.from };
  let last = o.from;
  for (const st of o.steps ?? []) {
    if (!inRange(st.from)) return { key: 'errYearRange', year: st.from, from: last };
    if (st.from <= last) return { key: 'errStepOrder', year: st.from, from: last };
    last = st.from;
  }
  if (o.until !== undefined) {
    if (!inRange(o.until)) return { key: 'errYearRange', year: o.until, from: last };
    if (o.until < last) return { key: 'errUntilBeforeFrom', year: o.until, from: last };
  }
  return null;
}

/** A municipality's own override of a local lever (undefined: it follows the national setting). */
export function municipalOverride(s: ScenarioState, code: string, id: string): LeverOverride | undefined {
  const setting = s.municipalities?.[code]?.levers?.[id];
  return setting === undefined ? undefined : overrideOfSetting(id, setting);
}

/** Sets (undefined removes) a municipality's own override of a local lever. */
export function withMunicipalOverride(
  s: ScenarioState,
  code: string,
  id: string,
  o: LeverOverride | undefined,
): ScenarioState {
  return withMunicipalLever(s, code, id, o === undefined ? undefined : settingOfOverride(id, normalOverride(o)));
}

/** Removes every lever setting, national and each municipality's own (start figures and events stay). */
export function withoutLevers(s: ScenarioState): ScenarioState {
  let next: ScenarioState = { ...s, levers: {} };
  for (const [code, plan] of Object.entries(s.municipalities ?? {}))
    if (plan.levers) next = withMunicipal(next, code, { ...plan, levers: {} });
  return next;
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
    return o !== undefined && (o.value !== l.default || (o.steps?.length ?? 0) > 0);
  }).map((l) => l.id);
}

/** The worker request for a state and region. */
export function requestOf(s: ScenarioState, region: string): RunRequest {
  const levers: Record<string, LeverSetting> = {};
  for (const [id, o] of Object.entries(s.levers)) {
    const spec = getLever(id);
    if (!spec || (o.value === spec.default && !(o.steps && o.steps.length > 0))) continue;
    levers[id] = settingOfOverride(id, o);
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
  return nonEmptyPlans(m, true);
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

/**
 * Where the scenario on screen came from: a preset (its name in both languages) or a saved scenario (its name as
 * typed), with the content it had when loaded (a later change makes it "(endret)").
 */
export interface ScenarioOrigin {
  readonly name: Localized | string;
  readonly state: ScenarioState;
  /** The preset's id (a share link names it by id, so the reader sees it in their language). */
  readonly preset?: string;
  /** Changed before it came here (a share link of a changed saved scenario): "(endret)" whatever the content. */
  readonly edited?: boolean;
}

/** The content that makes a scenario (levers, assumptions, formulas, municipalities), with keys in a fixed order. */
export function scenarioKey(s: ScenarioState): string {
  const r = requestOf(s, '');
  return stableJson([r.levers, r.assumptions, r.formulas, r.municipalities ?? {}]);
}

/**
 * The name of the scenario on screen, in the UI's language, for tables, legends, the comparison and every export
 * (stamps, decks, PDF): the preset's or the saved scenario's name, with "(endret)" when its content changed since it
 * was loaded; "Ditt scenario" when it came from neither. The one source of this name (issue #15, finding 5).
 */
export function scenarioDisplayName(state: ScenarioState, origin: ScenarioOrigin | null): string {
  if (!origin) return t('scenario');
  const name = typeof origin.name === 'string' ? origin.name : loc(origin.name);
  return !origin.edited && scenarioKey(state) === scenarioKey(origin.state) ? name : t('scenarioEdited', { name });
}

interface HistoryEntry {
  readonly state: ScenarioState;
  readonly what: string;
  readonly origin: ScenarioOrigin | null;
}

/**
 * Undo/redo over committed states, each with a short description of the change and the scenario's origin then (so
 * that undoing the load of a preset gives back the earlier name too).
 */
export class History {
  private past: HistoryEntry[] = [];
  private future: HistoryEntry[] = [];
  /** The last committed state (what undo returns to after a preview). */
  private committed: ScenarioState;
  private currentOrigin: ScenarioOrigin | null = null;
  constructor(private current: ScenarioState) {
    this.committed = current;
  }

  get state(): ScenarioState {
    return this.current;
  }

  /** Where the scenario on screen came from (null: neither a preset nor a saved scenario). */
  get origin(): ScenarioOrigin | null {
    return this.currentOrigin;
  }

  /** The scenario's name for display (scenarioDisplayName of the state and its origin). */
  get displayName(): string {
    return scenarioDisplayName(this.current, this.currentOrigin);
  }

  /**
   * Records a committed change against the last committed state (no entry when nothing changed). `origin`: where
   * the new state came from (a preset or a saved scenario loaded; null: from neither); undefined keeps it.
   */
  commit(next: ScenarioState, what: string, origin?: ScenarioOrigin | null): void {
    this.current = next;
    const nextOrigin = origin === undefined ? this.currentOrigin : origin;
    if (JSON.stringify(next) === JSON.stringify(this.committed) && nextOrigin === this.currentOrigin) return;
    this.past.push({ state: this.committed, what, origin: this.currentOrigin });
    if (this.past.length > 200) this.past.shift();
    this.future = [];
    this.committed = next;
    this.currentOrigin = nextOrigin;
  }

  /** Names the state on screen (it was just saved under a name): no undo step, the content is the same. */
  setOrigin(origin: ScenarioOrigin | null): void {
    this.currentOrigin = origin;
  }

  /** Starts over from a state (e.g. one restored from a share link): nothing to undo or redo. */
  reset(state: ScenarioState, origin: ScenarioOrigin | null = null): void {
    this.current = this.committed = state;
    this.currentOrigin = origin;
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
    this.future.push({ state: this.committed, what: prev.what, origin: this.currentOrigin });
    this.current = this.committed = prev.state;
    this.currentOrigin = prev.origin;
    return prev.what;
  }

  redo(): string | null {
    const next = this.future.pop();
    if (!next) return null;
    this.past.push({ state: this.committed, what: next.what, origin: this.currentOrigin });
    this.current = this.committed = next.state;
    this.currentOrigin = next.origin;
    return next.what;
  }
}

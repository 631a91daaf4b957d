/**
 * The values an analysis may give a lever: a number lever's grid (min + k·step, within its range), a toggle's 0
 * and 1, a choice's options; and the value a scenario gives it today (a plain value or a dated value; steps and
 * "none" count as today's default).
 */
import { getLever } from '../../levers/registry.ts';
import type { LeverSpec, LeverValue, NumberLeverSpec } from '../../levers/types.ts';
import type { Scenario } from '../run/scenario.ts';

export function leverSpec(id: string, field = 'lever'): LeverSpec {
  const spec = getLever(id);
  if (!spec) throw new Error(`${field}: unknown lever "${id}"`);
  return spec;
}

/** A lever's range as an analysis may move it: a part of the registry's range (`range` within it). */
export interface LeverRange {
  readonly min: number;
  readonly max: number;
}

/**
 * The lever's spec with its range narrowed to `range` (snapped to the lever's grid). Throws naming the lever when the
 * lever is not a number lever or the range is not within the registry's.
 */
export function restrictedSpec(id: string, range?: LeverRange): LeverSpec {
  const spec = leverSpec(id);
  if (!range) return spec;
  if (spec.kind !== 'number') throw new Error(`levers.${id}: only a number lever takes a range`);
  if (!(range.min >= spec.min && range.max <= spec.max && range.min < range.max))
    throw new Error(
      `levers.${id}: expected a range within ${spec.min}-${spec.max} (low below high), got ${range.min}-${range.max}`,
    );
  const snap = (v: number) =>
    Number((spec.min + Math.round((v - spec.min) / spec.step) * spec.step).toFixed(decimals(spec.step)));
  return { ...spec, min: snap(range.min), max: snap(range.max) };
}

/** Decimals of a step (0.01 → 2), so grid values print as the registry writes them. */
function decimals(step: number): number {
  const s = String(step);
  return s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
}

/** Grid points of a number lever: index 0 is min, the last is max. */
export function gridSize(spec: NumberLeverSpec): number {
  return Math.round((spec.max - spec.min) / spec.step);
}

export function gridValue(spec: NumberLeverSpec, i: number): number {
  const v = i >= gridSize(spec) ? spec.max : spec.min + i * spec.step;
  return Number(v.toFixed(decimals(spec.step)));
}

/** The nearest grid index of a value. */
export function gridIndex(spec: NumberLeverSpec, v: number): number {
  return Math.max(0, Math.min(gridSize(spec), Math.round((v - spec.min) / spec.step)));
}

/** The lever's value in the scenario: its plain or dated value, else the registry default. */
export function todayValue(scenario: Scenario, id: string): LeverValue {
  const spec = leverSpec(id);
  const s = scenario.levers[id];
  if (s === undefined) return spec.default;
  if (s === null || typeof s !== 'object') return s;
  if ('value' in s) return s.value;
  return spec.default;
}

/** The values of a toggle or choice lever (a number lever: its two ends). */
export function discreteValues(spec: LeverSpec): LeverValue[] {
  if (spec.kind === 'toggle') return [0, 1];
  if (spec.kind === 'choice') return spec.choices.map((c) => c.value);
  return [spec.min, spec.max];
}

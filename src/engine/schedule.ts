/**
 * Lever schedules: lever values as data over time. A schedule is a base value per lever plus dated
 * changes ({lever, from: "YYYY-MM", value}); it resolves into one Float64Array per lever with a value
 * for every simulated month (choice levers as choice index, "none" as NaN). Levers never change
 * inside a run other than through this table.
 */
import { LEVERS, getLever } from '../levers/registry.ts';
import { encodeLeverValue, type LeverValues } from '../levers/values.ts';
import type { LeverValue } from '../levers/types.ts';
import type { Calendar } from './calendar.ts';
import { stepOfYear } from './calendar.ts';

export interface LeverChange {
  readonly lever: string;
  /** "YYYY-MM" or "YYYY" (January). */
  readonly from: string;
  readonly value: LeverValue;
}

/** Per lever (LEVERS order), the encoded value in each month. */
export type LeverTimeline = readonly Float64Array[];

export const LEVER_INDEX: Readonly<Record<string, number>> = Object.fromEntries(LEVERS.map((l, i) => [l.id, i]));

function parseFrom(from: string): { year: number; month: number } {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(from);
  if (!m) throw new Error(`schedule date "${from}": expected "YYYY" or "YYYY-MM"`);
  const month = m[2] ? Number(m[2]) : 1;
  if (month < 1 || month > 12) throw new Error(`schedule date "${from}": month must be 01-12`);
  return { year: Number(m[1]), month };
}

/** Resolves base values plus dated changes (applied in order) into a monthly timeline. */
export function resolveTimeline(cal: Calendar, base: LeverValues, changes: readonly LeverChange[]): LeverTimeline {
  const out = LEVERS.map((l) => new Float64Array(cal.nMonths).fill(encodeLeverValue(l, base[l.id])));
  for (const c of changes) {
    const spec = getLever(c.lever);
    if (!spec) throw new Error(`schedule: unknown lever "${c.lever}"`);
    const idx = LEVER_INDEX[c.lever] as number;
    const { year, month } = parseFrom(c.from);
    const k0 = Math.max(0, stepOfYear(cal, year, month));
    (out[idx] as Float64Array).fill(encodeLeverValue(spec, c.value), k0);
  }
  return out;
}

/** The encoded value of every lever in one month (for anchors and tests). */
export function leversAtStep(timeline: LeverTimeline, k: number): Float64Array {
  return Float64Array.from(timeline, (arr) => arr[Math.min(k, arr.length - 1)] as number);
}

const changeCache = new WeakMap<LeverTimeline, Uint8Array>();
/**
 * 1 for month 0 and every month in which some lever differs from the month before (cached per timeline). A lever
 * set to "none" is NaN in the timeline and is the same value from month to month (Object.is), not a change.
 */
export function leverChangeMonths(timeline: LeverTimeline): Uint8Array {
  let out = changeCache.get(timeline);
  if (!out) {
    const n = timeline[0]?.length ?? 0;
    out = new Uint8Array(n);
    for (let k = 0; k < n; k++) out[k] = k === 0 || timeline.some((arr) => !Object.is(arr[k], arr[k - 1])) ? 1 : 0;
    changeCache.set(timeline, out);
  }
  return out;
}

/**
 * Lever schedules: lever values as data over time. A schedule is a base value per lever plus dated
 * changes ({lever, from: "YYYY-MM", value, until?}); it resolves into one Float64Array per lever with a value
 * for every simulated month (choice levers as choice index, "none" as NaN). A change with `until` holds through
 * that month (or year) and then gives way to what was in force before it (today's value, or an earlier change):
 * a time-limited grant. Steps are a change per step. A municipality's own levers resolve the same way on top of
 * the national timeline (resolveLocalTimelines). Levers never change inside a run other than through these tables.
 */
import { LEVERS, getLever } from '../levers/registry.ts';
import { encodeLeverValue, type LeverValues } from '../levers/values.ts';
import type { LeverValue } from '../levers/types.ts';
import type { Calendar } from './calendar.ts';
import { stepOfYear } from './calendar.ts';
import { LOCAL_LEVER_FIELDS, type LocalLeverTimeline } from './localLevers.ts';
import { LEVER_INDEX } from './leverIndex.ts';

export interface LeverChange {
  readonly lever: string;
  /** "YYYY-MM" or "YYYY" (January). */
  readonly from: string;
  readonly value: LeverValue;
  /** Last month in force, "YYYY-MM" or "YYYY" (December); absent: to the end of the run. */
  readonly until?: string;
}

/** Per lever (LEVERS order), the encoded value in each month. */
export type LeverTimeline = readonly Float64Array[];

export { LEVER_INDEX } from './leverIndex.ts';

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
    const [k0, k1] = changeSpan(cal, c);
    if (k1 > k0) (out[idx] as Float64Array).fill(encodeLeverValue(spec, c.value), k0, k1);
  }
  return out;
}

/** The months [k0, k1) of a change (clipped to the calendar; empty when it ends before the run starts). */
function changeSpan(cal: Calendar, c: LeverChange): [number, number] {
  const { year, month } = parseFrom(c.from);
  const k0 = Math.max(0, stepOfYear(cal, year, month));
  if (c.until === undefined) return [k0, cal.nMonths];
  const end = parseFrom(c.until);
  const last = /^\d{4}$/.test(c.until) ? stepOfYear(cal, end.year, 12) : stepOfYear(cal, end.year, end.month);
  if (last < stepOfYear(cal, year, month))
    throw new Error(`schedule: lever "${c.lever}" ends (${c.until}) before it starts (${c.from})`);
  return [Math.min(k0, cal.nMonths), Math.max(0, Math.min(cal.nMonths, last + 1))];
}

/** A municipality's own lever changes, by municipality code. */
export type LocalChanges = Readonly<Record<string, readonly LeverChange[]>>;

/**
 * The local timelines of a plan: for each municipality and each local lever it changes, the national timeline of
 * that lever with the municipality's changes applied in order (so an `until` falls back to the national value in
 * force). Municipalities with the same changes of a lever share one timeline. Throws, naming the field, on an
 * unknown municipality, an unknown lever or a lever that is not the municipality's own.
 */
export function resolveLocalTimelines(
  cal: Calendar,
  national: LeverTimeline,
  codes: readonly string[],
  local: LocalChanges,
): LocalLeverTimeline[] {
  const indexOf = new Map(codes.map((c, i) => [c, i]));
  const groups = new Map<string, { lever: string; values: Float64Array; members: number[] }>();
  for (const code of Object.keys(local)) {
    const m = indexOf.get(code);
    if (m === undefined) throw new Error(`municipalities.${code}: unknown municipality number "${code}"`);
    const byLever = new Map<string, LeverChange[]>();
    for (const c of local[code]!) {
      const spec = getLever(c.lever);
      if (!spec) throw new Error(`municipalities.${code}.levers.${c.lever}: unknown lever "${c.lever}"`);
      if (spec.scope !== 'local')
        throw new Error(
          `municipalities.${code}.levers.${c.lever}: a national lever; set it for the whole country, not for one municipality`,
        );
      byLever.set(c.lever, [...(byLever.get(c.lever) ?? []), c]);
    }
    for (const [lever, changes] of byLever) {
      const idx = LEVER_INDEX[lever] as number;
      const values = Float64Array.from(national[idx]!);
      const spec = getLever(lever)!;
      for (const c of changes) {
        const [k0, k1] = changeSpan(cal, c);
        if (k1 > k0) values.fill(encodeLeverValue(spec, c.value), k0, k1);
      }
      const key = `${lever}:${JSON.stringify(changes)}`;
      const g = groups.get(key);
      if (g) g.members.push(m);
      else groups.set(key, { lever, values, members: [m] });
    }
  }
  return [...groups.values()].map((g) => ({
    lever: g.lever,
    leverIndex: LEVER_INDEX[g.lever] as number,
    field: LOCAL_LEVER_FIELDS[g.lever]!,
    members: Int32Array.from(g.members),
    values: g.values,
  }));
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

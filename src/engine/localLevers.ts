/**
 * The municipality's own levers. A lever of local scope (registry `scope: 'local'`: salaried posts, collective lists,
 * staff in the practice, legevakt cap, other doctors and new ways of working in legevakt, the online doctor it
 * contracts and the extra residents it settles) is read per municipality
 * from the state (fields L_*), not from the national lever vector. Every municipality takes the national value in
 * force (today's policy, or a national scenario's "alle kommuner" setting) unless the plan sets the lever for it: a
 * LocalLeverTimeline holds the monthly values of one lever for a set of municipalities. The fields are written in
 * every month in which a national or a local value changes, and by the start calibration (with the anchor levers).
 */
import { LEVERS } from '../levers/registry.ts';
import { LV } from './leverIndex.ts';
import {
  L_COLLECTIVE,
  L_ON_CALL_CAP,
  L_ON_CALL_NEW_FORMS,
  L_ON_CALL_OTHER,
  L_ONLINE_GP,
  L_POP_SHOCK,
  L_SALARIED,
  L_TASK,
  MAX_STATE_LENGTH,
  STRIDE,
} from './stateFields.ts';
import type { Workspace } from './workspace.ts';

/** The state field of each local lever (the registry's local levers, exactly: localLevers.test.ts checks). */
export const LOCAL_LEVER_FIELDS: Readonly<Record<string, number>> = {
  salariedShare: L_SALARIED,
  collectiveLists: L_COLLECTIVE,
  taskSharing: L_TASK,
  onCallCapHours: L_ON_CALL_CAP,
  onCallOtherDoctors: L_ON_CALL_OTHER,
  onCallNewForms: L_ON_CALL_NEW_FORMS,
  onlineGpShare: L_ONLINE_GP,
  populationShock: L_POP_SHOCK,
};

/** Lever index → state field, for the local levers. */
const LOCAL_PAIRS: readonly (readonly [number, number])[] = [
  [LV.salariedShare, L_SALARIED],
  [LV.collectiveLists, L_COLLECTIVE],
  [LV.taskSharing, L_TASK],
  [LV.onCallCapHours, L_ON_CALL_CAP],
  [LV.onCallOtherDoctors, L_ON_CALL_OTHER],
  [LV.onCallNewForms, L_ON_CALL_NEW_FORMS],
  [LV.onlineGpShare, L_ONLINE_GP],
  [LV.populationShock, L_POP_SHOCK],
];

/** One local lever set for some municipalities: its encoded value in every simulated month. */
export interface LocalLeverTimeline {
  readonly lever: string;
  /** Index in the lever vector (LEVERS order). */
  readonly leverIndex: number;
  /** The state field it writes. */
  readonly field: number;
  /** Municipality indices of the start state it applies to. */
  readonly members: Int32Array;
  readonly values: Float64Array;
}

/** True when the registry marks the lever as the municipality's own. */
export function isLocalLever(id: string): boolean {
  return LEVERS.some((l) => l.id === id && l.scope === 'local');
}

/**
 * Writes every local lever's value in force into the state: the national value `lev`, then month k of each local
 * timeline for its municipalities (later timelines win where two set the same lever for the same municipality).
 */
export function writeLocalLevers(
  ws: Workspace,
  lev: Float64Array,
  local: readonly LocalLeverTimeline[] | undefined,
  k: number,
): void {
  const st = ws.st;
  const end = Math.min(st.length, MAX_STATE_LENGTH);
  for (const [li, field] of LOCAL_PAIRS) {
    const v = lev[li]!;
    for (let q = field; q < end; q += STRIDE) st[q] = v;
  }
  if (local === undefined) return;
  for (const t of local) {
    const v = t.values[Math.min(k, t.values.length - 1)]!;
    const members = t.members;
    for (let i = 0; i < members.length; i++) st[members[i]! * STRIDE + t.field] = v;
  }
}

/** 1 in every month in which some local timeline's value differs from the month before. */
export function localChangeMonths(local: readonly LocalLeverTimeline[], nMonths: number): Uint8Array {
  const out = new Uint8Array(nMonths);
  if (nMonths > 0) out[0] = 1;
  for (const t of local) for (let k = 1; k < nMonths; k++) if (!Object.is(t.values[k], t.values[k - 1])) out[k] = 1;
  return out;
}

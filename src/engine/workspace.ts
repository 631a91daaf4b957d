/**
 * The model's reusable buffers for one set of municipalities: stocks, start anchors, per-step derived values,
 * district sums and national sums. Allocated once and reused across runs (Monte Carlo), never inside a step.
 */
import { N_STAGES } from './constants.ts';
import { LEVERS } from '../levers/registry.ts';

const N_LEVERS = LEVERS.length;
import type { StartState } from './startState.ts';

/** Indices into Workspace.sums: national sums of the current step, accumulated inside the passes. */
export const SUM_POP = 0;
export const SUM_TRAINEES = 1;
export const SUM_POLICY_ATTR = 2;
export const SUM_WEIGHTED_VAC = 3;
export const SUM_RURAL_VAC = 4;

/** Flows summed over the year in Workspace.flowAcc, per municipality: entrants, leavers, capitation, municipal and state cost. */
export const ACC_FIELDS = 5;

/** Reusable buffers for one municipality set (allocated once, reused across Monte Carlo runs). */
export interface Workspace {
  /** Encoded lever values of the current month. */
  readonly lev: Float64Array;
  readonly nM: number;
  readonly nD: number;
  // stocks
  readonly train: Float64Array[];
  /** Sum of the training stages (kept in step with train). */
  readonly trainees: Float64Array;
  readonly spec: Float64Array;
  readonly sal: Float64Array;
  readonly cap: Float64Array;
  readonly lists: Float64Array;
  // anchors
  readonly need0: Float64Array;
  readonly list0: Float64Array;
  readonly regHours0: Float64Array;
  readonly hours0: Float64Array;
  readonly incomePP0: Float64Array;
  readonly incomeGp0: Float64Array;
  readonly cap0: Float64Array;
  readonly salShare0: Float64Array;
  readonly attrRel: Float64Array;
  /** Local attractiveness calibrated from the observed vacancy share at the start. */
  readonly localAttr: Float64Array;
  // per-step derived values
  readonly popNow: Float64Array;
  readonly needNow: Float64Array;
  readonly nGp: Float64Array;
  readonly withGp: Float64Array;
  readonly vac: Float64Array;
  readonly listLen: Float64Array;
  readonly regHours: Float64Array;
  readonly incomePP: Float64Array;
  readonly incomeRatioGp: Float64Array;
  /** Net income and regular weekly hours of a GP who takes a list at the ceiling (what a recruit is offered). */
  readonly newIncome: Float64Array;
  readonly newRegHours: Float64Array;
  /** Their values at the start (anchors of the attractiveness response). */
  readonly newIncome0: Float64Array;
  readonly newHours0: Float64Array;
  readonly feePP: Float64Array;
  /** Legevakt hours per GP per month, averaged over all GPs (exempt ones included). */
  readonly onCall: Float64Array;
  /** Legevakt hours per month of a GP who takes part in the rota. */
  readonly onCallPart: Float64Array;
  readonly onCallPart0: Float64Array;
  readonly onCallGp: Float64Array;
  readonly onCallOther: Float64Array;
  readonly onCallUncovered: Float64Array;
  readonly grantHours: Float64Array;
  readonly attract: Float64Array;
  readonly policyAttr: Float64Array;
  /** Response values, refreshed every RESPONSE_REFRESH_MONTHS (respList: the desired list ceiling). */
  readonly respList: Float64Array;
  readonly respLeave: Float64Array;
  readonly respAttr: Float64Array;
  // district sums
  readonly dPop: Float64Array;
  readonly dPart: Float64Array;
  readonly dDutyOther: Float64Array;
  readonly dHours: Float64Array;
  /** National sums of the current step (SUM_* indices), accumulated inside the passes. */
  readonly sums: Float64Array;
  readonly centralityClass: Int32Array;
  /** The year's flows so far, interleaved per municipality (ACC_FIELDS values each, see flows.ts). */
  readonly flowAcc: Float64Array;
}

export function createWorkspace(start: StartState): Workspace {
  const nM = start.nM;
  const f = () => new Float64Array(nM);
  return {
    lev: new Float64Array(N_LEVERS),
    nM,
    nD: start.nDistricts,
    train: Array.from({ length: N_STAGES }, f),
    trainees: f(),
    spec: f(),
    sal: f(),
    cap: f(),
    lists: f(),
    need0: f(),
    list0: f(),
    regHours0: f(),
    hours0: f(),
    incomePP0: f(),
    incomeGp0: f(),
    cap0: f(),
    salShare0: f(),
    attrRel: f(),
    localAttr: f(),
    popNow: f(),
    needNow: f(),
    nGp: f(),
    withGp: f(),
    vac: f(),
    listLen: f(),
    regHours: f(),
    incomePP: f(),
    incomeRatioGp: f(),
    newIncome: f(),
    newRegHours: f(),
    newIncome0: f(),
    newHours0: f(),
    feePP: f(),
    onCall: f(),
    onCallPart: f(),
    onCallPart0: f(),
    onCallGp: f(),
    onCallOther: f(),
    onCallUncovered: f(),
    grantHours: f(),
    attract: f(),
    policyAttr: f(),
    respList: f(),
    respLeave: f(),
    respAttr: f(),
    dPop: new Float64Array(start.nDistricts),
    dPart: new Float64Array(start.nDistricts),
    dDutyOther: new Float64Array(start.nDistricts),
    dHours: new Float64Array(start.nDistricts),
    sums: new Float64Array(8),
    centralityClass: start.centralityClass,
    flowAcc: new Float64Array(ACC_FIELDS * nM),
  };
}

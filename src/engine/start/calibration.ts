/**
 * The start calibration of a run: initial stocks from the start state, the anchors the responses compare with
 * (list length, income, hours and legevakt load at the start, under the baseline levers), the base attrition
 * rate, each municipality's local attractiveness and the national candidate pool at the start. It depends on the
 * start state, the anchor levers, the assumptions and the response functions only, not on the scenario's
 * levers, so a workspace keeps its last result and reuses it when a run has the same inputs (a slider move, or
 * Monte Carlo runs without sampled assumptions); any difference recomputes it (calibration.test.ts).
 */
import { ASSUMPTIONS, type AssumptionValues } from '../../levers/assumptionCore.ts';
import { N_STAGES, WEEKS_PER_MONTH } from '../constants.ts';
import { fastExp } from '../fastMath.ts';
import { fillExogenous } from '../step/exogenous.ts';
import { writeLocalLevers } from '../localLevers.ts';
import { LV } from '../leverIndex.ts';
import { computeLists, computeWorkFactors } from '../step/lists.ts';
import type { ModelSetup } from '../model.ts';
import { computeOnCall } from '../step/onCall.ts';
import {
  alisCoverage,
  attritionLeverFactor,
  calibrateLocalAttractiveness,
  computeAttractiveness,
  contractYears,
  leaversPerGpAt,
  poolPerGpAt,
  traineeAttritionMultiplier,
} from '../step/recruitment.ts';
import type { ResponseFunctions } from '../formulas/responses.ts';
import type { StartState } from './startState.ts';
import { gpWeightedMean, type Workspace } from '../workspace.ts';
import { LOCAL_EFFECT_MONTHS } from '../step/localEffects.ts';
import {
  ATTR_EFFECT,
  LIST_EFFECT,
  LIST_LOG,
  HOURS_LIST_MAX,
  LIST_SD_QUARTER,
  ATTR_REL,
  CAP,
  CAP0,
  CENTRALITY,
  HOURS0,
  HOURS_PP0,
  INCOME_GP0,
  INCOME_PP,
  INV_INCOME_PP0,
  INV_NET_INCOME_GP0,
  INV_NEW_NET_INCOME0,
  INV_SAL_KEEP0,
  LIST0,
  LIST_LEN,
  LIST_PATIENT_FACTOR,
  LIST_PATIENT_LOG,
  LISTS,
  LOCAL_ATTR,
  N_GP,
  NEED,
  NEED0,
  NEW_HOURS0,
  NEW_INCOME,
  NEW_REG_HOURS,
  ON_CALL_PART,
  ON_CALL_PART0,
  POLICY_ATTR,
  POP,
  REG_HOURS0,
  SAL,
  SAL_SHARE0,
  SHARE_16_19,
  SIGMA,
  SPEC,
  STRIDE,
  TR0,
  TRAINEES,
  VAC,
} from '../stateFields.ts';

/** The scalars the monthly loop reads from the calibration (the rest is in the workspace state). */
export interface StartScalars {
  /** Time of the first step's start, in years (1 January after the start year). */
  readonly t0: number;
  /** GP-weighted mean attractiveness at the start. */
  readonly attract0: number;
  /** Candidates per year at the start. */
  readonly pool0: number;
  /** Weighted vacancies at which the matching fills half the pool. */
  readonly halfSaturation: number;
  /** GP-weighted mean income per GP at the start. */
  readonly meanIncome0: number;
  readonly baseAttrition: number;
  /** ALIS coverage at the start. */
  readonly alisCov0: number;
}

/**
 * A workspace's last calibration: its inputs, the state it left and its scalars. Overwritten in place by the next
 * calibration of the workspace (a Monte Carlo with sampled assumptions calibrates every run: new copies of the state
 * each time were 200 kB of garbage a run).
 */
interface CachedCalibration {
  start: StartState;
  readonly anchor: Float64Array;
  /** The assumptions object it was computed with, and its values (ASSUMPTIONS order). */
  assumptionsRef: AssumptionValues;
  readonly assumptions: Float64Array;
  responses: ResponseFunctions;
  readonly st: Float64Array;
  scalars: StartScalars;
}

const cache = new WeakMap<Workspace, CachedCalibration>();

/** Same values, NaN equal to NaN (Object.is, as the lever timeline compares). */
function sameValues(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function sameAssumptions(last: CachedCalibration, p: AssumptionValues): boolean {
  if (last.assumptionsRef === p) return true;
  for (let i = 0; i < ASSUMPTIONS.length; i++) if (!Object.is(last.assumptions[i], p[ASSUMPTIONS[i]!.id])) return false;
  return true;
}

function sameResponses(a: ResponseFunctions, b: ResponseFunctions): boolean {
  return (
    a.desiredListFactor === b.desiredListFactor &&
    a.attritionFactor === b.attritionFactor &&
    a.attractiveness === b.attractiveness
  );
}

/**
 * Sets the workspace state to the calibrated start of `setup` and returns the scalars: from the workspace's
 * last calibration when its inputs are the same, else computed (and kept for the next run).
 */
export function calibrateStart(setup: ModelSetup, ws: Workspace): StartScalars {
  const last = cache.get(ws);
  if (
    last &&
    last.start === setup.start &&
    sameResponses(last.responses, setup.responses) &&
    sameValues(last.anchor, setup.anchorLevers) &&
    sameAssumptions(last, setup.assumptions)
  ) {
    ws.st.set(last.st);
    return last.scalars;
  }
  const scalars = computeStart(setup, ws);
  remember(ws, setup, scalars, last);
  return scalars;
}

/** Keeps the calibration just computed on `ws` as its last (in the last one's buffers when they fit). */
function remember(ws: Workspace, setup: ModelSetup, scalars: StartScalars, last: CachedCalibration | undefined): void {
  if (last === undefined || last.st.length !== ws.st.length || last.anchor.length !== setup.anchorLevers.length) {
    cache.set(ws, {
      start: setup.start,
      anchor: setup.anchorLevers.slice(),
      assumptionsRef: setup.assumptions,
      assumptions: Float64Array.from(ASSUMPTIONS, (a) => setup.assumptions[a.id]),
      responses: { ...setup.responses },
      st: ws.st.slice(),
      scalars,
    });
    return;
  }
  last.start = setup.start;
  last.anchor.set(setup.anchorLevers);
  last.assumptionsRef = setup.assumptions;
  for (let i = 0; i < ASSUMPTIONS.length; i++) last.assumptions[i] = setup.assumptions[ASSUMPTIONS[i]!.id];
  last.responses = { ...setup.responses };
  last.st.set(ws.st);
  last.scalars = scalars;
}

/** Forgets a workspace's last calibration (tests and benchmarks that time the calibration itself). */
export function forgetCalibration(ws: Workspace): void {
  cache.delete(ws);
}

/**
 * The base attrition rate (before the size and centrality gradient and the responses) at which the expected
 * leavers at the start, retirement included, equal the observed leavers per GP (FACTS S55, S3).
 */
function solveBaseAttrition(
  ws: Workspace,
  anchor: Float64Array,
  p: AssumptionValues,
  alisCov0: number,
  target: number,
): number {
  const attrMult0 = attritionLeverFactor(anchor, p);
  const traineeMult0 = traineeAttritionMultiplier(p, alisCov0);
  const st = ws.st;
  let gps = 0;
  let retiring = 0;
  let perUnitBase = 0;
  for (let q = 0; q < st.length; q += STRIDE) {
    const spec = st[q + SPEC]!;
    const trainees = st[q + TRAINEES]!;
    gps += spec + trainees;
    retiring += spec * p.retirementRate;
    perUnitBase += st[q + ATTR_REL]! * attrMult0 * (spec + trainees * traineeMult0);
  }
  return perUnitBase > 0 ? Math.max(0, target * gps - retiring) / perUnitBase : 0;
}

/**
 * The start pool P whose expected hires in the first month, Σ v·(1 − exp(−a·P/(W + W½)·dt))/dt, equal the
 * observed entrants per year. Hires are concave and increasing in P, so Newton's method started from the linear
 * guess converges from below. Where the target exceeds what the vacant lists can absorb, the largest pool that
 * fills them is used.
 */
function solveStartPool(ws: Workspace, target: number, denominator: number, dt: number): number {
  const st = ws.st;
  let capacity = 0;
  for (let q = 0; q < st.length; q += STRIDE) capacity += st[q + VAC]! / dt;
  const goal = Math.min(target, 0.98 * capacity);
  let pool = goal;
  for (let it = 0; it < 8; it++) {
    let hires = 0;
    let slope = 0;
    for (let q = 0; q < st.length; q += STRIDE) {
      const vac = st[q + VAC]!;
      const c = (st[q + LOCAL_ATTR]! * st[q + POLICY_ATTR]! * dt) / denominator;
      const e = fastExp(-c * pool);
      hires += (vac * (1 - e)) / dt;
      slope += (vac * c * e) / dt;
    }
    if (slope <= 0 || Math.abs(hires - goal) < 1e-9 * goal) break;
    pool += (goal - hires) / slope;
  }
  return pool;
}

/** The calibration itself: initial stocks, anchors with the baseline levers, base attrition, local attractiveness, pool. */
function computeStart(inp: ModelSetup, ws: Workspace): StartScalars {
  const { start, assumptions: p, responses } = inp;
  const nM = start.nM;
  const dt = 1 / 12;
  const st = ws.st;
  st.fill(0);
  // the municipalities' own levers at the start are the baseline's (a scenario's local settings are changes)
  writeLocalLevers(ws, inp.anchorLevers, undefined, 0);
  const salHoursCut = 1 - p.hoursSalaried / p.hoursSelfEmployed;

  // ---- initial stocks and the start state's fixed values
  for (let m = 0, q = 0; m < nM; m++, q += STRIDE) {
    const n = start.nGps[m]!;
    const trainees = start.trainees !== undefined ? start.trainees[m]! : n * (1 - start.specialistShare);
    for (let s = 0; s < N_STAGES; s++) st[q + TR0 + s] = trainees / N_STAGES;
    st[q + TRAINEES] = trainees;
    st[q + SPEC] = n - trainees;
    st[q + SAL] = start.salaried[m]!;
    st[q + LISTS] = Math.max(n, start.lists[m]!);
    st[q + SAL_SHARE0] = n > 0 ? start.salaried[m]! / n : 0;
    st[q + SIGMA] = start.vacantListRelSize[m]!;
    st[q + SHARE_16_19] = start.needShare16to19[m]!;
    st[q + CENTRALITY] = start.centralityClass[m]!;
    st[q + LIST_PATIENT_LOG] = 0;
    st[q + LIST_PATIENT_FACTOR] = start.listPatientsPerResident[m]!;
    // no municipal effect at the start (localEffects.ts moves them in stochastic runs)
    st[q + LIST_EFFECT] = 1;
    st[q + LIST_LOG] = 0;
    st[q + ATTR_EFFECT] = 1;
    // the start is data: the hours ceiling binds from the first refresh of the responses (desiredCeilings)
    st[q + HOURS_LIST_MAX] = Number.POSITIVE_INFINITY;
    st[q + LIST_SD_QUARTER] = start.localListSd[m]! * p.localListNoiseScale * Math.sqrt(LOCAL_EFFECT_MONTHS / 12);
  }
  // ---- anchors, with the baseline levers at the start
  const t0 = start.year + 1;
  const needNat0 = fillExogenous(start, t0, ws);
  const anchor = inp.anchorLevers;
  for (let q = 0; q < st.length; q += STRIDE) {
    st[q + NEED0] = st[q + NEED]!;
    // the list ceiling at which today's lists just cover the population plus the desired spare capacity
    st[q + CAP] = (st[q + POP]! * (1 + p.spareCapacityTarget)) / st[q + LISTS]!;
    st[q + CAP0] = st[q + CAP]!;
    const salShare0 = st[q + SAL_SHARE0]!;
    st[q + REG_HOURS0] = p.hoursSelfEmployed * (1 - salShare0) + p.hoursSalaried * salShare0;
    st[q + INV_SAL_KEEP0] = 1 / (1 - salShare0 * salHoursCut);
    st[q + INV_INCOME_PP0] = 1;
  }
  computeWorkFactors(ws, anchor, p);
  computeLists(ws, anchor, p, 1, needNat0, dt, false, false);
  // the start's list length and income: the anchors the responses compare with
  const costShare = p.practiceCostShare;
  for (let q = 0; q < st.length; q += STRIDE) {
    const list0 = st[q + LIST_LEN]!;
    const income0 = st[q + INCOME_PP]! * list0;
    st[q + LIST0] = list0;
    st[q + INV_INCOME_PP0] = 1 / st[q + INCOME_PP]!;
    st[q + INCOME_GP0] = income0;
    st[q + HOURS_PP0] = list0 > 0 ? st[q + REG_HOURS0]! / list0 : 0;
    st[q + INV_NET_INCOME_GP0] = income0 > 0 ? 1 / ((1 - costShare) * income0) : 0;
  }
  computeLists(ws, anchor, p, 1, needNat0, dt, false, true);
  computeOnCall(ws, start, anchor, p);
  for (let m = 0, q = 0; m < nM; m++, q += STRIDE) {
    const onCallPart = st[q + ON_CALL_PART]!;
    st[q + ON_CALL_PART0] = onCallPart;
    st[q + HOURS0] = st[q + REG_HOURS0]! + onCallPart / WEEKS_PER_MONTH;
    const newIncome0 = st[q + NEW_INCOME]!;
    st[q + INV_NEW_NET_INCOME0] = newIncome0 > 0 ? 1 / ((1 - costShare) * newIncome0) : 0;
    st[q + NEW_HOURS0] = st[q + NEW_REG_HOURS]! + onCallPart / WEEKS_PER_MONTH;
    // base attrition gradient by size (median contract duration, S56) and centrality class (judgement)
    st[q + ATTR_REL] =
      (Math.LN2 / contractYears(st[q + POP]!, p)) * (1 + p.leaveCentralityPerClass * (start.centralityClass[m]! - 3.5));
  }
  const relMean = gpWeightedMean(ws, ATTR_REL);
  for (let q = 0; q < st.length; q += STRIDE) st[q + ATTR_REL] = st[q + ATTR_REL]! / relMean;
  const anchorSalaried = anchor[LV.salariedShare]!;
  const alisCov0 = alisCoverage(ws, anchor, start.marketShare);
  const baseAttrition = solveBaseAttrition(ws, anchor, p, alisCov0, leaversPerGpAt(start.year, p));
  const meanIncome0 = gpWeightedMean(ws, INCOME_GP0);
  for (let q = 0; q < st.length; q += STRIDE) st[q + LOCAL_ATTR] = 1;
  computeAttractiveness(ws, anchor, anchorSalaried, meanIncome0, p, responses, alisCov0, baseAttrition);
  const attract0 = gpWeightedMean(ws, POLICY_ATTR);
  calibrateLocalAttractiveness(ws, start, anchor, p, responses, alisCov0, t0, baseAttrition);
  // candidates per year at the start, such that hires at the start equal the observed entrants per GP
  let gps0 = 0;
  let weightedVac0 = 0;
  for (let q = 0; q < st.length; q += STRIDE) {
    gps0 += st[q + N_GP]!;
    weightedVac0 += st[q + VAC]! * st[q + LOCAL_ATTR]! * st[q + POLICY_ATTR]!;
  }
  const halfSaturation = Math.max(1e-6, p.matchingHeadroom * weightedVac0);
  const pool0 = solveStartPool(ws, poolPerGpAt(start.year, p) * gps0, weightedVac0 + halfSaturation, dt);
  return { t0, attract0, pool0, halfSaturation, meanIncome0, baseAttrition, alisCov0 };
}

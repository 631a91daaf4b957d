/**
 * The model: monthly steps over all municipalities at once, in typed arrays (structure of arrays).
 * Stocks per municipality: GPs in training (an aging chain of five stages, the ALIS pipeline),
 * specialists, salaried GPs (a subset of both), lists (hjemler) and the list ceiling per GP. Population and
 * need per resident are exogenous. Each step: (1) workload, income, list ceiling, lists and vacancies
 * (lists.ts); (2) legevakt pooled by district (onCall.ts); (3) attractiveness, the national candidate pool and
 * its allocation to vacancies (recruitment.ts); (4) entrants, leavers, training progress; (5) costs.
 * See README "How the model works".
 *
 * Randomness: only through `events` (Poisson entrants and leavers). Without it the run is deterministic
 * (expected values).
 */
import type { AssumptionValues } from '../levers/assumptions.ts';
import type { Calendar } from './calendar.ts';
import {
  LIS1_LAG_MONTHS,
  N_STAGES,
  RESPONSE_REFRESH_MONTHS,
  TREND_OBSERVED_UNTIL,
  WEEKS_PER_MONTH,
} from './constants.ts';
import { fastExp } from './fastMath.ts';
import { applyFlows, FlowStep, recordYear } from './flows.ts';
import { LV } from './leverIndex.ts';
import { computeLists, computeWorkFactors, desiredCeilings } from './lists.ts';
import { computeOnCall } from './onCall.ts';
import { N_RAW, RAW_FIELDS } from './rawFields.ts';
import {
  alisCoverage,
  attritionLeverFactor,
  calibrateLocalAttractiveness,
  computeAttractiveness,
  contractYears,
  leaversPerGpAt,
  poolPerGpAt,
  traineeAttritionMultiplier,
} from './recruitment.ts';
import { fastPow, type ResponseFunctions } from './responses.ts';
import type { Rng } from './rng.ts';
import { leverChangeMonths, type LeverTimeline } from './schedule.ts';
import type { StartState } from './startState.ts';
import {
  createWorkspace,
  gpWeightedMean,
  SUM_POLICY_ATTR,
  SUM_POP,
  SUM_RURAL_VAC,
  SUM_TRAINEES,
  SUM_WEIGHTED_VAC,
  type Workspace,
} from './workspace.ts';
import {
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
  LISTS,
  LOCAL_ATTR,
  MAX_STATE_LENGTH,
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
} from './stateFields.ts';

export { createWorkspace, type Workspace } from './workspace.ts';
export { shareOfGpsAtOrAbove } from './onCall.ts';
export { poolPerGpAt } from './recruitment.ts';
export { RESPONSE_REFRESH_MONTHS } from './constants.ts';

/** Everything a run is set up from: the start, the calendar, the policy over time, assumptions and responses. */
export interface ModelSetup {
  readonly start: StartState;
  readonly calendar: Calendar;
  readonly timeline: LeverTimeline;
  /** Encoded lever values used for the start anchors (the baseline policy at the start); identical across scenarios. */
  readonly anchorLevers: Float64Array;
  readonly assumptions: AssumptionValues;
  readonly responses: ResponseFunctions;
}

export interface RunInputs extends ModelSetup {
  /** Event stream: when given, entrants and leavers are Poisson draws. */
  readonly events?: Rng;
  /** Buffers to write the raw output into (every value is overwritten); allocated when absent. */
  readonly rawOut?: readonly Float64Array[];
  /** Diagnostics: called after each monthly step with the workspace (tests, debugging). */
  readonly onStep?: (k: number, ws: Workspace) => void;
}

/** Per raw field (RAW_FIELDS order), values at index year * nM + m, year 0 = startYear + 1. */
export interface RunOutput {
  readonly calendar: Calendar;
  readonly nM: number;
  readonly raw: readonly Float64Array[];
}

/**
 * Population and need at a fractional time (years after 1 January of the first data year), interpolated.
 * Returns the national population-weighted need; the total population goes to ws.sums[SUM_POP].
 */
function fillExogenous(start: StartState, time: number, ws: Workspace): number {
  const nM = start.nM;
  const { st, sums } = ws;
  const rel = time - start.popFirstYear;
  const y0 = Math.min(Math.max(0, Math.floor(rel)), start.popYears - 2);
  const w = Math.min(1, Math.max(0, rel - y0));
  const o0 = y0 * nM;
  const o1 = o0 + nM;
  const sp = start.pop;
  const sn = start.need;
  let popSum = 0;
  let needSum = 0;
  const end = Math.min(st.length, MAX_STATE_LENGTH);
  for (let m = 0, q = 0; q < end; m++, q += STRIDE) {
    const pm = sp[o0 + m]! * (1 - w) + sp[o1 + m]! * w;
    const nm = sn[o0 + m]! * (1 - w) + sn[o1 + m]! * w;
    st[q + POP] = pm;
    st[q + NEED] = nm;
    popSum += pm;
    needSum += pm * nm;
  }
  sums[SUM_POP] = popSum;
  return popSum > 0 ? needSum / popSum : 1;
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

/** Runs the model from the start state over the calendar and returns yearly raw values. */
export function runModel(inp: RunInputs, ws: Workspace = createWorkspace(inp.start)): RunOutput {
  const { start, calendar: cal, timeline, assumptions: p, responses, events } = inp;
  if (cal.startYear !== start.year)
    throw new Error(`calendar starts ${cal.startYear} but the start state is ${start.year}`);
  const nM = start.nM;
  const dt = 1 / 12;
  const raw = inp.rawOut ?? Array.from({ length: N_RAW }, () => new Float64Array(cal.nYears * nM));
  // not zeroed: recordYear writes every value of every year (determinism.test.ts checks with buffers full of NaN)
  for (const arr of raw) if (arr.length !== cal.nYears * nM) throw new Error('rawOut buffers have the wrong length');
  const st = ws.st;
  st.fill(0);
  const salHoursCut = 1 - p.hoursSalaried / p.hoursSelfEmployed;

  // ---- initial stocks and the start state's fixed values
  for (let m = 0, q = 0; m < nM; m++, q += STRIDE) {
    const n = start.nGps[m]!;
    const trainees = n * (1 - start.specialistShare);
    for (let s = 0; s < N_STAGES; s++) st[q + TR0 + s] = trainees / N_STAGES;
    st[q + TRAINEES] = trainees;
    st[q + SPEC] = n - trainees;
    st[q + SAL] = start.salaried[m]!;
    st[q + LISTS] = Math.max(n, start.lists[m]!);
    st[q + SAL_SHARE0] = n > 0 ? start.salaried[m]! / n : 0;
    st[q + SIGMA] = start.vacantListRelSize[m]!;
    st[q + SHARE_16_19] = start.needShare16to19[m]!;
    st[q + CENTRALITY] = start.centralityClass[m]!;
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

  let perceived = attract0;
  let poolAttractFactor = 1;
  const changes = leverChangeMonths(timeline);
  let logTrend = -Math.log1p(p.workTrendPerYear) * dt * 0.5; // so that month k is at (k + 0.5) / 12 years
  const stageRate = N_STAGES / p.trainingYears;
  const lis1 = timeline[LV.lis1Positions]!;
  const lis1Start = lis1[0]!;
  const flow = new FlowStep();
  // ---- monthly loop
  for (let k = 0; k < cal.nMonths; k++) {
    if (changes[k]) levAt(timeline, k, ws.lev);
    const lev = ws.lev;
    // the responses are re-evaluated quarterly and in any month a lever changes (a policy reaches behaviour in
    // the month it starts, as it reaches legevakt and attractiveness)
    const leverChange = changes[k] === 1;
    const refresh = k % RESPONSE_REFRESH_MONTHS === 0 || leverChange;
    const time = t0 + (k + 0.5) / 12;
    const needNat = fillExogenous(start, time, ws);
    // work per patient: the calibrated 2019-2025 growth, converging after 2025 to the long-run growth
    const trendNow =
      time <= TREND_OBSERVED_UNTIL
        ? p.workTrendPerYear
        : p.workTrendLongRun +
          (p.workTrendPerYear - p.workTrendLongRun) *
            Math.exp(-(time - TREND_OBSERVED_UNTIL) / p.workTrendConvergeYears);
    logTrend += Math.log1p(trendNow) * dt;
    const trendFactor = Math.exp(logTrend);
    const endOfYear = k % 12 === 11;
    if (leverChange) computeWorkFactors(ws, lev, p);
    // the responses and the December records run as passes of their own, called from here
    if (refresh) desiredCeilings(ws, lev, p, responses, trendFactor, needNat);
    computeLists(ws, lev, p, trendFactor, needNat, dt, true, refresh || endOfYear, !!events);
    // legevakt load is read by the responses and the December records: recomputed then (the monthly legevakt
    // costs in between use the last split); attractiveness changes only with them (computeLists keeps the weighted
    // vacancies current in between)
    if (refresh || endOfYear) computeOnCall(ws, start, lev, p);
    const alisCov = alisCoverage(ws, lev, start.marketShare);
    if (refresh) computeAttractiveness(ws, lev, anchorSalaried, meanIncome0, p, responses, alisCov, baseAttrition);
    // national candidate pool (per year): the start-year pool, scaled by LIS1 completions, by how much more
    // attractive GP work has become, and by ALIS coverage; hires go to vacant lists by local attractiveness
    const attractMean = ws.sums[SUM_POLICY_ATTR]! > 0 ? ws.sums[SUM_POLICY_ATTR]! : attract0;
    const weightedVac = ws.sums[SUM_WEIGHTED_VAC]!;
    const ruralVac = ws.sums[SUM_RURAL_VAC]!;
    // candidates react to perceived attractiveness: first-order smoothing of the national mean
    perceived += (attractMean - perceived) * Math.min(1, dt / p.attractivenessPerceptionYears);
    const lis1Now = lis1[Math.max(0, k - LIS1_LAG_MONTHS)]!;
    const alisPool = (1 + p.alisAttract * alisCov) / (1 + p.alisAttract * alisCov0);
    if (refresh) poolAttractFactor = fastPow(perceived / attract0, p.poolAttractivenessElasticity);
    const pool =
      pool0 * (p.lis1ShareOfPool * (lis1Now / lis1Start) + (1 - p.lis1ShareOfPool)) * poolAttractFactor * alisPool;
    // matching, saturating in weighted vacancies W: hires = pool × W / (W + W½), never more than the pool
    const hire = weightedVac > 0 ? pool / (weightedVac + halfSaturation) : 0;
    const alisCostMonth = lev[LV.alisGrants]! * p.alisGrantNok * dt * start.marketShare;
    const lis1CostMonth = lis1[k]! * p.lis1CostNok * dt * start.marketShare;
    const traineesNat = ws.sums[SUM_TRAINEES]!;
    const popNat = ws.sums[SUM_POP]!;
    flow.attrMult = attritionLeverFactor(lev, p);
    flow.traineeMult = traineeAttritionMultiplier(p, alisCov);
    flow.hire = hire;
    flow.simplerExtra = lev[LV.simplerCompetenceRules]! * p.simplerRulesEntrants * start.marketShare;
    flow.ruralVac = ruralVac;
    flow.salariedNew = lev[LV.salariedShare]!;
    flow.grantPerEntrant = lev[LV.recruitmentGrant]!;
    flow.locumShare = Math.min(0.99, p.locumCoverShare + lev[LV.lis1AsLocum]! * p.lis1LocumCoverBoost);
    flow.retire = p.retirementRate;
    flow.traineeShare = p.traineeShareOfEntrants;
    flow.convRate = p.salariedToSelfEmployedRate * dt;
    flow.refundShare = p.refundShareOfFees;
    flow.hourCost = p.onCallHourCostNok;
    flow.fixedMunicipalPerGp = lev[LV.taskSharing]! * p.staffFteCostNok * dt;
    flow.salCost = p.salariedExtraCostNok * dt;
    flow.stageMove = stageRate * dt;
    flow.alisPerTrainee = traineesNat > 0 ? alisCostMonth / traineesNat : 0;
    flow.lis1PerResident = popNat > 0 ? lis1CostMonth / popNat : 0;
    flow.dt = dt;
    applyFlows(ws, flow, events);
    if (endOfYear) recordYear(ws.st, raw, Math.floor(k / 12) * nM, flow.locumShare);
    inp.onStep?.(k, ws);
  }
  assertFinite(raw, start, cal);
  return { calendar: cal, nM, raw };
}

/**
 * Every recorded value must be a finite number: an edited response formula can pass its probe checks and still
 * overflow for some municipality. Fails with the field, municipality and year instead of printing NaN.
 */
function assertFinite(raw: readonly Float64Array[], start: StartState, cal: Calendar): void {
  for (let f = 0; f < raw.length; f++) {
    const arr = raw[f]!;
    // x · 0 is 0 for every finite x and NaN otherwise: two sums of them are 0 unless some value is not finite
    // (a branch-free scan; the slow loop below only runs to name the offending value)
    let s0 = 0;
    let s1 = 0;
    const even = arr.length & ~1;
    for (let i = 0; i < even; i += 2) {
      s0 += arr[i]! * 0;
      s1 += arr[i + 1]! * 0;
    }
    if (s0 === 0 && s1 === 0 && (even === arr.length || Number.isFinite(arr[even]!))) continue;
    for (let i = 0; i < arr.length; i++) {
      if (!Number.isFinite(arr[i]!)) {
        const m = i % start.nM;
        const year = cal.startYear + 1 + Math.floor(i / start.nM);
        const r = start.records[m];
        throw new Error(
          `the model produced a non-finite ${RAW_FIELDS[f]} for ${r?.name ?? '?'} (${r?.code ?? '?'}) in ${year}; check edited response formulas and assumption values`,
        );
      }
    }
  }
}

function levAt(timeline: LeverTimeline, k: number, out: Float64Array): Float64Array {
  for (let i = 0; i < timeline.length; i++) out[i] = timeline[i]![k]!;
  return out;
}

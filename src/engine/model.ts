/**
 * The model: monthly steps over all municipalities at once, in one interleaved typed array (stateFields.ts). The
 * start is calibrated first (start/calibration.ts; reused while its inputs are the same). Stocks per municipality: GPs
 * in training (an aging chain of five stages, the ALIS pipeline), specialists, salaried GPs (a subset of both),
 * lists (hjemler) and the list ceiling per GP. Population and need per resident are exogenous (exogenous.ts), with the
 * extra residents of a population shock on top (step/population.ts).
 * Each step: (1) workload, income, list ceiling, lists and vacancies (step/lists.ts); (2) legevakt pooled by district
 * (step/onCall.ts); (3) attractiveness, the national candidate pool and its allocation to vacancies (step/recruitment.ts);
 * (4) entrants, leavers, training progress and costs (step/flows.ts).
 * See README "How the model works".
 *
 * Randomness: only through `events` (Poisson entrants and leavers). Without it the run is deterministic
 * (expected values).
 */
import type { AssumptionValues } from '../levers/assumptionCore.ts';
import { calibrateStart } from './start/calibration.ts';
import type { Calendar } from './calendar.ts';
import {
  CONSULTATIONS_PER_RESIDENT,
  LIS1_LAG_MONTHS,
  N_STAGES,
  RESPONSE_REFRESH_MONTHS,
  TREND_OBSERVED_UNTIL,
} from './constants.ts';
import { fillExogenous, fillProjected, projectedMonths } from './step/exogenous.ts';
import { fastExp } from './fastMath.ts';
import { applyFlows, FlowStep, recordYear } from './step/flows.ts';
import { LV } from './leverIndex.ts';
import { LOCAL_EFFECT_MONTHS, stepListPatientDrift, stepLocalEffects, stepLocalResponse } from './step/localEffects.ts';
import { computeLists, computeWorkFactors, desiredCeilings } from './step/lists.ts';
import { computeOnCall } from './step/onCall.ts';
import { hasPopulationShock, stepPopulationShock } from './step/population.ts';
import { N_RAW, RAW_FIELDS } from './rawFields.ts';
import { alisCoverage, computeAttractiveness, traineeAttritionMultiplier } from './step/recruitment.ts';
import { fastPow, type ResponseFunctions } from './formulas/responses.ts';
import { aleaStateOf, fillUniforms, type Rng } from './rng.ts';
import { leverChangeMonths, type LeverTimeline } from './schedule.ts';
import { localChangeMonths, writeLocalLevers, type LocalLeverTimeline } from './localLevers.ts';
import { applyLocalEvents, type ResolvedEvent } from './step/localEvents.ts';
import type { StartState } from './start/startState.ts';
import {
  createWorkspace,
  SUM_POLICY_ATTR,
  SUM_POP,
  SUM_RURAL_VAC,
  SUM_TRAINEES,
  SUM_WEIGHTED_VAC,
  type Workspace,
} from './workspace.ts';

export { createWorkspace, type Workspace } from './workspace.ts';
export { shareOfGpsAtOrAbove } from './step/onCall.ts';
export { poolPerGpAt } from './step/recruitment.ts';
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
  /** Local levers set for some municipalities (localLevers.ts); every other municipality takes the national value. */
  readonly localLevers?: readonly LocalLeverTimeline[];
  /** The municipalities' dated events, in month order (step/localEvents.ts). */
  readonly localEvents?: readonly ResolvedEvent[];
  /**
   * Last year (as a time, 1 January after the last calibrated year) of the observed trend in work per patient; after
   * it the trend converges to the long run. TREND_OBSERVED_UNTIL (2026) by default; a hindcast calibrated until
   * year Y uses Y + 1, so it does not carry a trend it could not have seen.
   */
  readonly trendObservedUntil?: number;
}

export interface RunInputs extends ModelSetup {
  /** Event stream: when given, entrants and leavers are Poisson draws. */
  readonly events?: Rng;
  /** Municipal-effect stream (localEffects.ts): when given, each municipality's list length and attractiveness move on their own. */
  readonly local?: Rng;
  /**
   * List-patient stream (localEffects.ts stepListPatientDrift): when given, each municipality's ratio of list patients
   * to residents drifts, which moves its recorded list length only.
   */
  readonly listPatients?: Rng;
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

/** Runs the model from the start state over the calendar and returns yearly raw values. */
export function runModel(inp: RunInputs, ws: Workspace = createWorkspace(inp.start)): RunOutput {
  const { start, calendar: cal, timeline, assumptions: p, responses, events } = inp;
  const local = inp.localLevers;
  const shocks = inp.local;
  const drift = inp.listPatients;
  const municipalEvents = inp.localEvents;
  let nextEvent = 0;
  // districts as at the start (dated events move them during a run)
  ws.district.set(start.district);
  if (cal.startYear !== start.year)
    throw new Error(`calendar starts ${cal.startYear} but the start state is ${start.year}`);
  const nM = start.nM;
  const dt = 1 / 12;
  const raw = inp.rawOut ?? Array.from({ length: N_RAW }, () => new Float64Array(cal.nYears * nM));
  // not zeroed: recordYear writes every value of every year (determinism.test.ts checks with buffers full of NaN)
  for (const arr of raw) if (arr.length !== cal.nYears * nM) throw new Error('rawOut buffers have the wrong length');
  const { attract0, pool0, halfSaturation, meanIncome0, baseAttrition, alisCov0, t0 } = calibrateStart(inp, ws);
  const anchorSalaried = inp.anchorLevers[LV.salariedShare]!;
  let perceived = attract0;
  let poolAttractFactor = 1;
  const changes = local ? mergedChangeMonths(leverChangeMonths(timeline), local) : leverChangeMonths(timeline);
  let logTrend = -Math.log1p(p.workTrendPerYear) * dt * 0.5; // so that month k is at (k + 0.5) / 12 years
  const stageRate = N_STAGES / p.trainingYears;
  const lis1 = timeline[LV.lis1Positions]!;
  const lis1Start = lis1[0]!;
  const flow = new FlowStep();
  const trendObservedUntil = inp.trendObservedUntil ?? TREND_OBSERVED_UNTIL;
  // extra residents only when some month of the plan has a population shock (else POP_EXTRA stays 0)
  const shock = hasPopulationShock(timeline[LV.populationShock]!, local, LV.populationShock);
  // without: every month's population and need are those of the start state's projection, the same in every run
  const projected = shock ? undefined : projectedMonths(start, t0, cal.nMonths);
  // Random numbers are taken ahead of use, in the order they would be one by one: the municipal effects read their
  // stream through the workspace's buffer (BufferedStream), and a stochastic run's flow pass takes the next month's
  // event uniforms and the effects' next quarter from makeStream streams while it runs (FlowStep.nextEvents). Only
  // with two streams: one stream for both would interleave them differently.
  const separate = shocks !== events;
  if (shocks !== undefined && separate) ws.localStream.reset(shocks);
  const eventsAhead = events !== undefined && separate ? aleaStateOf(events) : undefined;
  const localAhead = eventsAhead !== undefined && shocks !== undefined ? aleaStateOf(shocks) : undefined;
  flow.localDraws = ws.localStream.values;
  // ---- monthly loop
  for (let k = 0; k < cal.nMonths; k++) {
    if (changes[k]) {
      levAt(timeline, k, ws.lev);
      writeLocalLevers(ws, ws.lev, local, k);
    }
    const lev = ws.lev;
    // the responses are re-evaluated quarterly and in any month a lever changes (a policy reaches behaviour in
    // the month it starts, as it reaches legevakt and attractiveness)
    const leverChange = changes[k] === 1;
    const refresh = k % RESPONSE_REFRESH_MONTHS === 0 || leverChange;
    const time = t0 + (k + 0.5) / 12;
    if (shock) stepPopulationShock(ws, p, dt);
    const needNat = projected ? fillProjected(projected[k]!, ws) : fillExogenous(start, time, ws, p.shockNeedRatio);
    if (k % LOCAL_EFFECT_MONTHS === 0) {
      if (shocks !== undefined) {
        // (one stream for both: the quarter's draws are taken from it here, before the month's event uniforms)
        if (!separate) ws.localStream.reset(shocks);
        stepLocalEffects(ws, ws.localStream.values, ws.localStream.take(2 * nM), p);
      }
      stepLocalResponse(ws, p);
    }
    // work per patient: the calibrated 2019-2025 growth, converging after 2025 to the long-run growth
    const trendNow =
      time <= trendObservedUntil
        ? p.workTrendPerYear
        : p.workTrendLongRun +
          (p.workTrendPerYear - p.workTrendLongRun) * fastExp(-(time - trendObservedUntil) / p.workTrendConvergeYears);
    logTrend += Math.log1p(trendNow) * dt;
    const trendFactor = fastExp(logTrend);
    const endOfYear = k % 12 === 11;
    if (municipalEvents !== undefined) nextEvent = applyLocalEvents(ws, municipalEvents, nextEvent, k);
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
    flow.attrMult = 1 - p.flexAttritionCut * lev[LV.flexibleHours]!;
    flow.collectiveAttritionCut = p.collectiveAttritionCut;
    flow.traineeMult = traineeAttritionMultiplier(p, alisCov);
    flow.hire = hire;
    flow.simplerExtra = lev[LV.simplerCompetenceRules]! * p.simplerRulesEntrants * start.marketShare;
    flow.ruralVac = ruralVac;
    flow.grantPerEntrant = lev[LV.recruitmentGrant]!;
    flow.locumShare = Math.min(0.99, p.locumCoverShare + lev[LV.lis1AsLocum]! * p.lis1LocumCoverBoost);
    flow.retire = p.retirementRate;
    flow.traineeShare = p.traineeShareOfEntrants;
    flow.convRate = p.salariedToSelfEmployedRate * dt;
    flow.refundShare = p.refundShareOfFees;
    flow.hourCost = p.onCallHourCostNok;
    flow.staffCostPerFte = p.staffFteCostNok * dt;
    flow.salCost = p.salariedExtraCostNok * dt;
    flow.stageMove = stageRate * dt;
    flow.alisPerTrainee = traineesNat > 0 ? alisCostMonth / traineesNat : 0;
    flow.lis1PerResident = popNat > 0 ? lis1CostMonth / popNat : 0;
    flow.onlineCostPerResident = CONSULTATIONS_PER_RESIDENT * p.onlineGpConsultCostNok * dt;
    flow.dt = dt;
    let localNext = false;
    if (events !== undefined) {
      // the month's uniforms for entrants and leavers, two per municipality, unless last month's pass took them
      if (flow.nextEvents === undefined) fillUniforms(events, ws.uniforms, 2 * nM);
      const more = k + 1 < cal.nMonths;
      flow.nextEvents = more ? eventsAhead : undefined;
      // the municipal effects' next quarter, when their buffer is spent (as it is when they draw two per municipality)
      localNext = more && (k + 1) % LOCAL_EFFECT_MONTHS === 0 && localAhead !== undefined && ws.localStream.empty();
      flow.nextLocal = localNext ? localAhead : undefined;
    }
    applyFlows(ws, flow, events !== undefined);
    if (localNext) ws.localStream.filled(2 * nM);
    if (endOfYear && drift !== undefined) {
      // (ws.normals is free here: the municipal effects took theirs at the quarter's start)
      fillUniforms(drift, ws.normals, nM);
      stepListPatientDrift(ws, start, ws.normals, p);
    }
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
    // x · 0 is 0 for every finite x and NaN otherwise: four sums of them are 0 unless some value is not finite
    // (a branch-free scan, in four chains of additions that the CPU overlaps; the slow loop below only runs to name
    // the offending value)
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    const whole = arr.length & ~3;
    for (let i = 0; i < whole; i += 4) {
      s0 += arr[i]! * 0;
      s1 += arr[i + 1]! * 0;
      s2 += arr[i + 2]! * 0;
      s3 += arr[i + 3]! * 0;
    }
    for (let i = whole; i < arr.length; i++) s0 += arr[i]! * 0;
    if (s0 === 0 && s1 === 0 && s2 === 0 && s3 === 0) continue;
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

const mergedCache = new WeakMap<readonly LocalLeverTimeline[], { national: Uint8Array; merged: Uint8Array }>();
/** The national lever changes and the local timelines' changes, month by month (cached per plan's pair). */
function mergedChangeMonths(national: Uint8Array, local: readonly LocalLeverTimeline[]): Uint8Array {
  const hit = mergedCache.get(local);
  if (hit && hit.national === national) return hit.merged;
  const merged = localChangeMonths(local, national.length);
  for (let k = 0; k < merged.length; k++) merged[k] = merged[k]! | national[k]!;
  mergedCache.set(local, { national, merged });
  return merged;
}

function levAt(timeline: LeverTimeline, k: number, out: Float64Array): Float64Array {
  for (let i = 0; i < timeline.length; i++) out[i] = timeline[i]![k]!;
  return out;
}

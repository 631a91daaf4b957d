/**
 * Recruitment and attrition pieces of a step: ALIS coverage, attractiveness of a vacant post (pass 3), the
 * start pool, the size gradient of attrition, and the calibration of each municipality's local
 * attractiveness from its observed vacancies.
 */
import type { AssumptionValues } from '../../levers/assumptionCore.ts';
import { ALIS_SMALL_POP, SIMPLER_RULES_MIN_CLASS, WEEKS_PER_MONTH } from '../constants.ts';
import { LV } from '../leverIndex.ts';
import type { ResponseFunctions } from '../formulas/responses.ts';
import type { StartState } from '../start/startState.ts';
import { SUM_POLICY_ATTR, SUM_RURAL_VAC, SUM_TRAINEES, SUM_WEIGHTED_VAC, type Workspace } from '../workspace.ts';
import {
  ATTR_EFFECT,
  ATTR_REL,
  ATTRACT,
  HOURS0,
  INCOME_RATIO_GP,
  LEAVE_RATE,
  REG_HOURS,
  CENTRALITY,
  LISTS,
  LOCAL_ATTR,
  L_SALARIED,
  MAX_STATE_LENGTH,
  N_GP,
  NEW_HOURS0,
  NEW_INCOME,
  INV_NEW_NET_INCOME0,
  NEW_REG_HOURS,
  ON_CALL_PART,
  ON_CALL_PART0,
  POLICY_ATTR,
  POP,
  SPEC,
  STRIDE,
  TRAINEES,
  VAC,
  VAC_TARGET,
} from '../stateFields.ts';

/**
 * Weight of the 2025 figure in a start anchor of `year`: linear from 2019 to 2025, but 0 before 2023, since the
 * 2025 figures rest on 2023 counts (S3) and a start before then could not have known them.
 */
function anchorWeight2025(year: number): number {
  return year < FIRST_YEAR_OF_2025_ANCHORS ? 0 : Math.min(1, Math.max(0, (year - 2019) / 6));
}
const FIRST_YEAR_OF_2025_ANCHORS = 2023;

/** Candidates per GP per year at the start: the 2019 and 2025 figures, linear in between from 2023 (FACTS S1, S3). */
export function poolPerGpAt(year: number, p: AssumptionValues): number {
  const w = anchorWeight2025(year);
  return p.poolPerGp2019 * (1 - w) + p.poolPerGp2025 * w;
}

/** GPs leaving per GP per year at the start: the 2019 and 2025 figures, linear in between from 2023 (FACTS S55, S3). */
export function leaversPerGpAt(year: number, p: AssumptionValues): number {
  const w = anchorWeight2025(year);
  return p.leaversPerGp2019 * (1 - w) + p.leaversPerGp2025 * w;
}

/** Median contract duration by population (log-linear between 2 000 and 50 000, S56). */
export function contractYears(pop: number, p: AssumptionValues): number {
  const x = (Math.log(Math.max(pop, 1)) - Math.log(2000)) / (Math.log(50000) - Math.log(2000));
  const t = Math.min(1, Math.max(0, x));
  return p.contractYearsSmall + (p.contractYearsLarge - p.contractYearsSmall) * t;
}

/**
 * ALIS coverage: funded agreements over GPs in training, at most ALIS_MAX_COVERAGE. Up to 1 the grants
 * support trainees in post (retention uses min(1, coverage)); beyond 1 they fund new training posts, which
 * draws more candidates into the pool (judgement).
 */
export function alisCoverage(ws: Workspace, lev: Float64Array, share: number): number {
  const trainees = ws.sums[SUM_TRAINEES]!;
  return trainees > 0 ? Math.min(ALIS_MAX_COVERAGE, (lev[LV.alisGrants]! * share) / trainees) : 0;
}
const ALIS_MAX_COVERAGE = 2;

/**
 * The levers' multiplier on attrition at the start calibration, where every municipality has the anchor levers:
 * collective lists and flexible hours each cut it. In a run the flow pass applies the same two cuts, the collective
 * one with each municipality's own value (L_COLLECTIVE).
 */
export function attritionLeverFactor(lev: Float64Array, p: AssumptionValues): number {
  return (1 - p.collectiveAttritionCut * lev[LV.collectiveLists]!) * (1 - p.flexAttritionCut * lev[LV.flexibleHours]!);
}

/** Trainees' attrition relative to specialists: higher, less where ALIS agreements cover them (up to full coverage). */
export function traineeAttritionMultiplier(p: AssumptionValues, alisCov: number): number {
  return p.traineeAttritionFactor * (1 - p.alisRetention * Math.min(1, alisCov));
}
const MONTH = 1 / 12;

/**
 * Attractiveness of a vacant post (pass 3): the response to income, hours, legevakt and the salaried option
 * relative to the start, times lever effects (practice transfer, recruitment grant, ALIS in small
 * municipalities), written to policyAttr; times the local attractiveness, written to attract.
 *
 * Called at each response refresh (quarterly, in any month a lever changes, and at the start); it also evaluates
 * the attrition rate before the lever multipliers (LEAVE_RATE: `baseAttrition` times the size and centrality
 * gradient times the attrition response, in which the load on GPs who carry the legevakt rota drives attrition;
 * more exempt GPs, a heavier load on the rest). One loop for both: they read the same legevakt load, and their two
 * independent exp/log chains per municipality overlap in the CPU.
 */
export function computeAttractiveness(
  ws: Workspace,
  lev: Float64Array,
  anchorSalaried: number,
  meanIncome0: number,
  p: AssumptionValues,
  responses: ResponseFunctions,
  alisCov: number,
  baseAttrition: number,
): void {
  const transfer = 1 + p.attrPracticeTransfer * lev[LV.regulatedPracticeTransfer]!;
  const grant = 1 + (p.attrRecruitmentGrant * lev[LV.recruitmentGrant]!) / Math.max(1, meanIncome0);
  const alisSmall = p.alisSmallBoost * p.alisAttract * Math.min(1, alisCov);
  const costRatio = p.practiceCostShare / (1 - p.practiceCostShare);
  const weeksPerMonth = WEEKS_PER_MONTH;
  const st = ws.st;
  let policySum = 0;
  let gpSum = 0;
  let weightedVac = 0;
  let ruralVac = 0;
  const end = Math.min(st.length, MAX_STATE_LENGTH);
  for (let q = 0; q < end; q += STRIDE) {
    // what a recruit is offered: a list at the ceiling and a place in the legevakt rota (participants' load)
    const onCallPart = st[q + ON_CALL_PART]!;
    const onCallWeekly = onCallPart / weeksPerMonth;
    const onCallChange = onCallPart - st[q + ON_CALL_PART0]!;
    const hoursChange = st[q + NEW_REG_HOURS]! + onCallWeekly - st[q + NEW_HOURS0]!;
    const k = st[q + INV_NEW_NET_INCOME0]!;
    const incomeRatio = k > 0 ? Math.max(0.05, st[q + NEW_INCOME]! * k - costRatio) : 1;
    // the salaried share of new contracts is the municipality's own lever (L_SALARIED, localLevers.ts)
    const salChange = st[q + L_SALARIED]! - anchorSalaried;
    const response = responses.attractiveness(incomeRatio, hoursChange, onCallChange, salChange, 0, p);
    // GPs in post: their own hours, legevakt load and income
    const gpHoursChange = st[q + REG_HOURS]! + onCallWeekly - st[q + HOURS0]!;
    st[q + LEAVE_RATE] =
      baseAttrition *
      st[q + ATTR_REL]! *
      responses.attritionFactor(gpHoursChange, onCallChange, st[q + INCOME_RATIO_GP]!, 0, 0, p);
    const policy = response * transfer * grant * (st[q + POP]! < ALIS_SMALL_POP ? 1 + alisSmall : 1);
    st[q + POLICY_ATTR] = policy;
    const a = policy * st[q + LOCAL_ATTR]! * st[q + ATTR_EFFECT]!;
    st[q + ATTRACT] = a;
    const n = st[q + N_GP]!;
    const v = st[q + VAC]!;
    policySum += policy * n;
    gpSum += n;
    weightedVac += v * a;
    if (st[q + CENTRALITY]! >= SIMPLER_RULES_MIN_CLASS) ruralVac += v;
  }
  const sums = ws.sums;
  sums[SUM_POLICY_ATTR] = gpSum > 0 ? policySum / gpSum : 0;
  sums[SUM_WEIGHTED_VAC] = weightedVac;
  sums[SUM_RURAL_VAC] = ruralVac;
}

/**
 * Starts each municipality from its observed vacancies, its attractiveness set to hold a lasting vacancy share: the
 * observed one shrunk toward its centrality class, by its size (vacancyShrinkLists) and at least to the part of a
 * departure that lasts in the rows up to the start (start.vacancyPersistence), with a floor (minVacancyShare); the
 * rate at which lists fall vacant is attrition + population growth + the list shortening the model itself
 * expects in its first year + other turnover. The hire rate a municipality needs to hold its vacancy share
 * fills creation / vacancy share of the vacancies a year (as a monthly fill probability); local attractiveness
 * is that rate relative to the GP-weighted mean.
 */
export function calibrateLocalAttractiveness(
  ws: Workspace,
  start: StartState,
  anchor: Float64Array,
  p: AssumptionValues,
  responses: ResponseFunctions,
  alisCov0: number,
  t0: number,
  baseAttrition: number,
): void {
  const nM = ws.nM;
  const attrMult0 = attritionLeverFactor(anchor, p);
  const traineeMult0 = traineeAttritionMultiplier(p, alisCov0);
  const st = ws.st;
  const vacByClass = new Float64Array(7);
  const listsByClass = new Float64Array(7);
  for (let m = 0; m < nM; m++) {
    const q = m * STRIDE;
    const c = start.centralityClass[m]!;
    vacByClass[c] = vacByClass[c]! + Math.max(0, st[q + LISTS]! - st[q + N_GP]!);
    listsByClass[c] = listsByClass[c]! + st[q + LISTS]!;
  }
  const y0 = t0 - start.popFirstYear;
  let hSum = 0;
  let nSum = 0;
  for (let m = 0; m < nM; m++) {
    const q = m * STRIDE;
    const n = st[q + N_GP]!;
    const trainees = st[q + TRAINEES]!;
    const lambda = baseAttrition * st[q + ATTR_REL]! * attrMult0;
    const leave = n > 0 ? (st[q + SPEC]! * (lambda + p.retirementRate) + trainees * lambda * traineeMult0) / n : 0;
    const popNow = start.pop[y0 * nM + m]!;
    const popNext = start.pop[(y0 + 1) * nM + m]!;
    const needRatio = start.need[(y0 + 1) * nM + m]! / start.need[y0 * nM + m]!;
    const shrink = Math.max(0, 1 - responses.desiredListFactor(needRatio * (1 + p.workTrendPerYear), 1, 0, 0, 0, p));
    const creation = leave + Math.max(0, popNext / popNow - 1) + shrink;
    const c = start.centralityClass[m]!;
    const classShare = listsByClass[c]! > 0 ? vacByClass[c]! / listsByClass[c]! : 0;
    const lists = st[q + LISTS]!;
    const vac = Math.max(0, lists - n);
    // the lasting share: the class's plus a part of the municipality's departure from it, the smaller of what its
    // size can tell (vacancyShrinkLists lists of the class's share, for lumpy small counts) and what lasts in the
    // rows up to the start (start.vacancyPersistence: crises come and go)
    const weight = Math.min(lists / (lists + p.vacancyShrinkLists), start.vacancyPersistence);
    const own = lists > 0 ? vac / lists : classShare;
    const share = Math.max(p.minVacancyShare, classShare + weight * (own - classShare));
    // vacant lists are filled within a month with probability 1 - exp(-h·dt): the hazard that fills the monthly
    // share creation·dt / share of the lasting vacancies (at most 95 % a month)
    const monthlyFill = Math.min(0.95, (creation * MONTH) / share);
    const hire = -Math.log(1 - monthlyFill) / MONTH;
    st[q + LOCAL_ATTR] = hire;
    st[q + VAC_TARGET] = share;
    hSum += hire * n;
    nSum += n;
  }
  const mean = nSum > 0 ? hSum / nSum : 1;
  for (let q = 0; q < st.length; q += STRIDE) st[q + LOCAL_ATTR] = st[q + LOCAL_ATTR]! / mean;
}

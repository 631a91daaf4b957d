/**
 * The model: monthly steps over all municipalities at once, in typed arrays (structure of arrays).
 * Stocks per municipality: GPs in training (an aging chain of five stages, the ALIS pipeline),
 * specialists, salaried GPs (a subset of both) and the list capacity per GP. Population and need per
 * resident are exogenous. Each step: (1) workload, income and desired list length; (2) legevakt pooled
 * by district; (3) attractiveness, the national candidate pool and its allocation to vacancies;
 * (4) entrants, leavers, training progress; (5) costs. See README "How the model works".
 *
 * Randomness: only through `events` (Poisson entrants and leavers). Without it the run is deterministic
 * (expected values).
 */
import type { AssumptionValues } from '../levers/assumptions.ts';
import type { Calendar } from './calendar.ts';
import { samplePoisson } from './distributions.ts';
import { N_RAW, RAW } from './rawFields.ts';
import { fastPow, type ResponseFunctions } from './responses.ts';
import type { Rng } from './rng.ts';
import { LEVER_INDEX, type LeverTimeline } from './schedule.ts';
import type { StartState } from './startState.ts';

export interface RunInputs {
  readonly start: StartState;
  readonly calendar: Calendar;
  readonly timeline: LeverTimeline;
  /** Encoded lever values used for the start anchors (the baseline policy at the start); identical across scenarios. */
  readonly anchorLevers: Float64Array;
  readonly assumptions: AssumptionValues;
  readonly responses: ResponseFunctions;
  /** Event stream: when given, entrants and leavers are Poisson draws. */
  readonly events?: Rng;
  /** Buffers to write the raw output into (zeroed here); allocated when absent. */
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

const N_STAGES = 5;
const LI = LEVER_INDEX as Record<string, number>;
const LV = {
  capitationRate: LI.capitationRate!,
  capitationModel: LI.capitationModel!,
  breakpointPatients: LI.breakpointPatients!,
  capitationShareTarget: LI.capitationShareTarget!,
  feeForServiceChange: LI.feeForServiceChange!,
  recruitmentGrant: LI.recruitmentGrant!,
  alisGrants: LI.alisGrants!,
  lis1Positions: LI.lis1Positions!,
  lis1AsLocum: LI.lis1AsLocum!,
  simplerCompetenceRules: LI.simplerCompetenceRules!,
  salariedShare: LI.salariedShare!,
  regulatedPracticeTransfer: LI.regulatedPracticeTransfer!,
  collectiveLists: LI.collectiveLists!,
  flexibleHours: LI.flexibleHours!,
  taskSharing: LI.taskSharing!,
  noShortSickNotes: LI.noShortSickNotes!,
  schoolAbsenceOut: LI.schoolAbsenceOut!,
  adminReduction: LI.adminReduction!,
  onCallCapHours: LI.onCallCapHours!,
  onCallOtherDoctors: LI.onCallOtherDoctors!,
  onCallGrant: LI.onCallGrant!,
  onCallNewForms: LI.onCallNewForms!,
  onCallExemptionAge: LI.onCallExemptionAge!,
};
/** capitationModel choice indices (registry order). */
const MODEL_BREAKPOINT = 1;
const MODEL_PATIENT_ADJUSTED = 2;

/** Municipalities under this population get utjamningstilskudd when their mean list is under UTJ_LIST (S12). */
const UTJ_POP = 5000;
const UTJ_LIST = 1200;
/** Legevakt grant goes to municipalities under this population (S50). */
const GRANT_POP = 5000;
/** Districts under this population benefit from onCallNewForms. */
const SMALL_DISTRICT_POP = 20000;
/** District population at which other doctors' share is halfway between small and large (judgement). */
const OTHER_SHARE_HALF_POP = 50000;
/** Municipalities under this population get the extra ALIS effect (S47 size bands). */
const ALIS_SMALL_POP = 10000;
/**
 * The response functions (list length, attrition, attractiveness) are re-evaluated every quarter and held
 * in between: their effects play out over years, and it keeps transcendental math out of most steps.
 */
export const RESPONSE_REFRESH_MONTHS = 3;
/** Last year of the observed (calibrated) trend in work per patient; after it the trend converges to the long run. */
const TREND_OBSERVED_UNTIL = 2026;
/** Weekly hours ↔ monthly hours. */
const WEEKS_PER_MONTH = 52 / 12;
/** Extra entrants from simpler competence rules go to centrality classes 4-6 ("mostly rural"). */
const SIMPLER_RULES_MIN_CLASS = 4;
/** Months between starting LIS1 and being able to become a GP (S63). */
const LIS1_LAG_MONTHS = 18;

/**
 * Share of GPs at or above an age (judgement, interpolated from: 24 % over 60 in 2017, S58; 6.5 % aged
 * 67+ in 2022, S59; few legevakt after 55, S15).
 */
const AGE_SHARE_POINTS: readonly (readonly [number, number])[] = [
  [50, 0.45],
  [55, 0.33],
  [60, 0.22],
  [62, 0.17],
  [65, 0.1],
  [67, 0.065],
  [70, 0.02],
];
export function shareOfGpsAtOrAbove(age: number): number {
  const pts = AGE_SHARE_POINTS;
  if (age <= pts[0]![0]) return pts[0]![1];
  for (let i = 1; i < pts.length; i++) {
    const [a1, s1] = pts[i]!;
    const [a0, s0] = pts[i - 1]!;
    if (age <= a1) return s0 + ((s1 - s0) * (age - a0)) / (a1 - a0);
  }
  return pts[pts.length - 1]![1];
}

/** Candidates per GP per year at the start: the 2019 and 2025 figures, linear in between (FACTS S1, S3). */
export function poolPerGpAt(year: number, p: AssumptionValues): number {
  const w = Math.min(1, Math.max(0, (year - 2019) / 6));
  return p.poolPerGp2019 * (1 - w) + p.poolPerGp2025 * w;
}

/** Median contract duration by population (log-linear between 2 000 and 50 000, S56). */
function contractYears(pop: number, p: AssumptionValues): number {
  const x = (Math.log(Math.max(pop, 1)) - Math.log(2000)) / (Math.log(50000) - Math.log(2000));
  const t = Math.min(1, Math.max(0, x));
  return p.contractYearsSmall + (p.contractYearsLarge - p.contractYearsSmall) * t;
}

const SUM_POP = 0;
const SUM_TRAINEES = 1;
const SUM_POLICY_ATTR = 2;
const SUM_WEIGHTED_VAC = 3;
const SUM_RURAL_VAC = 4;

/** Reusable buffers for one municipality set (allocated once, reused across Monte Carlo runs). */
export interface Workspace {
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
  readonly capPP: Float64Array;
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
}

export function createWorkspace(start: StartState): Workspace {
  const nM = start.nM;
  const f = () => new Float64Array(nM);
  return {
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
    capPP: f(),
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
  };
}

/**
 * Population and need at a fractional time (years after 1 January of the first data year), interpolated.
 * Returns the national population-weighted need; the total population goes to ws.sums[SUM_POP].
 */
function fillExogenous(start: StartState, time: number, ws: Workspace): number {
  const nM = start.nM;
  const { popNow: pop, needNow: need, sums } = ws;
  const rel = time - start.popFirstYear;
  const y0 = Math.min(Math.max(0, Math.floor(rel)), start.popYears - 2);
  const w = Math.min(1, Math.max(0, rel - y0));
  const o0 = y0 * nM;
  const o1 = o0 + nM;
  const sp = start.pop;
  const sn = start.need;
  let popSum = 0;
  let needSum = 0;
  for (let m = 0; m < nM; m++) {
    const pm = sp[o0 + m]! * (1 - w) + sp[o1 + m]! * w;
    const nm = sn[o0 + m]! * (1 - w) + sn[o1 + m]! * w;
    pop[m] = pm;
    need[m] = nm;
    popSum += pm;
    needSum += pm * nm;
  }
  sums[SUM_POP] = popSum;
  return popSum > 0 ? needSum / popSum : 1;
}

function weightedMean(values: Float64Array, weights: Float64Array): number {
  let num = 0;
  let den = 0;
  for (let m = 0; m < values.length; m++) {
    num += values[m]! * weights[m]!;
    den += weights[m]!;
  }
  return den > 0 ? num / den : 0;
}

/** National fee income per list patient per year (work trend raises consultations and so fees). */
function feePerPatientNational(p: AssumptionValues, lev: Float64Array, trendFactor: number): number {
  return p.feeIncomePerPatient * (1 + lev[LV.feeForServiceChange]!) * trendFactor;
}

/** The capitation rate in force: the lever, or the rate implied by a target capitation share of income. */
function capitationRateOf(lev: Float64Array, feeNat: number): number {
  const share = lev[LV.capitationShareTarget]!;
  if (Number.isFinite(share)) return (share / (1 - share)) * feeNat;
  return lev[LV.capitationRate]!;
}

/**
 * Workload, income and list state for the current stocks (pass 1): nGp, vac, withGp, listLen, capPP, feePP,
 * incomePP every step; when `updateCapacity`, the list ceiling moves toward its desired level (refreshed
 * quarterly) and lists are created or closed; when `full` (a refresh or December), also regHours and
 * incomeRatioGp, which only the responses and the yearly records read.
 */
function computeLists(
  ws: Workspace,
  start: StartState,
  lev: Float64Array,
  p: AssumptionValues,
  responses: ResponseFunctions,
  trendFactor: number,
  needNat: number,
  dt: number,
  updateCapacity: boolean,
  refresh: boolean,
  full: boolean,
): void {
  const nM = ws.nM;
  const feeNat = feePerPatientNational(p, lev, trendFactor);
  const rate = capitationRateOf(lev, feeNat);
  const model = lev[LV.capitationModel]!;
  const patientAdjusted = model === MODEL_PATIENT_ADJUSTED;
  const breakpoint = model === MODEL_BREAKPOINT ? lev[LV.breakpointPatients]! : Number.POSITIVE_INFINITY;
  const overRate = rate * p.breakpointOverRatio;
  const clin = p.clinicalShareOfHours;
  const sickNote = lev[LV.noShortSickNotes]! * p.shortSickNoteWorkShare;
  const school = lev[LV.schoolAbsenceOut]! * p.schoolAbsenceShare;
  const admin = (1 - clin) * (1 - lev[LV.adminReduction]!);
  const taskHours = (lev[LV.taskSharing]! * p.taskSharingHoursPerFte) / clin;
  const flexKeep = 1 - lev[LV.flexibleHours]! * p.flexListCut;
  const absorbFactor = 1 - p.collectiveAbsorb * lev[LV.collectiveLists]!;
  const salHoursCut = 1 - p.hoursSalaried / p.hoursSelfEmployed;
  const costShare = p.practiceCostShare;
  const adjust = dt / p.listAdjustYears;
  const createRate = Math.min(1, dt / p.listCreateYears);
  const removeRate = dt / p.listRemoveYears;
  const spareFactor = 1 + p.spareCapacityTarget;
  const invNeedNat = 1 / needNat;
  const { spec, trainees, nGp, popNow, needNow, sal, listLen, respList, cap, lists, vac, withGp, capPP, feePP } = ws;
  const { incomePP, regHours, incomeRatioGp, need0, regHours0, incomePP0, salShare0, cap0, list0, incomeGp0 } = ws;
  const sigma = start.vacantListRelSize;
  const share16to19 = start.needShare16to19;
  const needWork = updateCapacity ? refresh || full : full;
  const attract = ws.attract;
  const centralityClass = ws.centralityClass;
  let traineeSum = 0;
  let weightedVac = 0;
  let ruralVac = 0;
  for (let m = 0; m < nM; m++) {
    const tm = trainees[m]!;
    traineeSum += tm;
    const n = spec[m]! + tm;
    nGp[m] = n;
    const pop = popNow[m]!;
    const needRel = needNow[m]! * invNeedNat;
    const fee = feeNat * needRel;
    const salShare = n > 0 ? sal[m]! / n : 0;
    let workRatio = 1;
    if (needWork) {
      const taskRelief = Math.min(0.5, taskHours / regHours0[m]!);
      const workFactor = clin * (1 - taskRelief - school * share16to19[m]!) + admin - sickNote;
      workRatio = (needNow[m]! / need0[m]!) * trendFactor * workFactor;
    }
    if (updateCapacity) {
      // desired list ceiling from work and income per patient (at last step's list length; refreshed quarterly),
      // then lists (hjemler): created quickly when the ceiling no longer covers the population plus spare,
      // vacant ones closed slowly
      if (refresh) {
        const l0 = listLen[m]!;
        const c0 = patientAdjusted
          ? rate * needRel
          : l0 > breakpoint
            ? (breakpoint * rate + (l0 - breakpoint) * overRate) / l0
            : rate;
        const utj0 = pop < UTJ_POP && l0 < UTJ_LIST && l0 > 0 ? ((UTJ_LIST - l0) * rate * (1 - salShare)) / l0 : 0;
        const incomeRatioPP = (c0 + utj0 + fee) / incomePP0[m]!;
        const salFactor = (1 - salShare * salHoursCut) / (1 - salShare0[m]! * salHoursCut);
        respList[m] =
          cap0[m]! * responses.desiredListFactor(workRatio, incomeRatioPP, 0, 0, 0, p) * salFactor * flexKeep;
      }
      const c = cap[m]! + (respList[m]! - cap[m]!) * adjust;
      cap[m] = c;
      const target = (pop * spareFactor) / c;
      const h = lists[m]!;
      lists[m] = target > h ? h + (target - h) * createRate : Math.max(n, h + (target - h) * removeRate);
    }
    // residents on vacant lists: σ × vacant lists × list length; part absorbed where lists are held collectively
    const v = Math.max(0, lists[m]! - n);
    weightedVac += v * attract[m]!;
    if (centralityClass[m]! >= SIMPLER_RULES_MIN_CLASS) ruralVac += v;
    const sv = sigma[m]! * v;
    const without = n + sv > 0 ? ((sv * pop) / (n + sv)) * absorbFactor : pop;
    const wg = pop - without;
    const list = n > 0 ? wg / n : 0;
    const cpp = patientAdjusted
      ? rate * needRel
      : list > breakpoint
        ? (breakpoint * rate + (list - breakpoint) * overRate) / list
        : rate;
    const utj = pop < UTJ_POP && list < UTJ_LIST && list > 0 ? ((UTJ_LIST - list) * rate * (1 - salShare)) / list : 0;
    const ipp = cpp + utj + fee;
    vac[m] = v;
    withGp[m] = wg;
    listLen[m] = list;
    capPP[m] = cpp;
    feePP[m] = fee;
    incomePP[m] = ipp;
    if (full) {
      regHours[m] = list0[m]! > 0 ? regHours0[m]! * (list / list0[m]!) * workRatio : regHours0[m]!;
      // net income per GP relative to the start (practice costs fixed at their start level)
      const inc0 = incomeGp0[m]!;
      incomeRatioGp[m] = inc0 > 0 ? Math.max(0.05, (ipp * list - costShare * inc0) / ((1 - costShare) * inc0)) : 1;
    }
  }
  ws.sums[SUM_TRAINEES] = traineeSum;
  ws.sums[SUM_WEIGHTED_VAC] = weightedVac;
  ws.sums[SUM_RURAL_VAC] = ruralVac;
}

/** Exempt share of GPs from legevakt at the given exemption age. */
function exemptShareOf(lev: Float64Array, p: AssumptionValues): number {
  const age = lev[LV.onCallExemptionAge]!;
  if (age !== lastExemptAge) {
    lastExemptAge = age;
    lastAgeShare = shareOfGpsAtOrAbove(age);
  }
  return Math.min(0.95, lastAgeShare * p.exemptTakeup + p.otherExemptShare);
}
let lastExemptAge = Number.NaN;
let lastAgeShare = 0;

/**
 * Legevakt (pass 2): duty hours per district, split between other doctors, grant-funded hours, GPs and
 * uncovered hours. Writes onCall (hours per GP per month, averaged over all GPs), onCallGp, onCallOther,
 * onCallUncovered and grantHours (hours per month per municipality).
 */
function computeOnCall(ws: Workspace, start: StartState, lev: Float64Array, p: AssumptionValues): void {
  const { nM, nD, dPop, dPart, dDutyOther, dHours } = ws;
  const { popNow, nGp, onCall, onCallPart, onCallGp, onCallOther, onCallUncovered, grantHours } = ws;
  const district = start.district;
  const exempt = exemptShareOf(lev, p);
  const partShare = 1 - exempt;
  dPop.fill(0);
  dPart.fill(0);
  for (let m = 0; m < nM; m++) {
    const d = district[m]!;
    dPop[d] = dPop[d]! + popNow[m]!;
    dPart[d] = dPart[d]! + nGp[m]! * partShare;
  }
  const newForms = lev[LV.onCallNewForms]!;
  const extraOther = lev[LV.onCallOtherDoctors]!;
  const cap = lev[LV.onCallCapHours]!;
  const hasCap = Number.isFinite(cap);
  const coverable = Math.min(1, p.capOverflowCoverable + lev[LV.lis1AsLocum]! * p.lis1LocumCoverBoost);
  const shareSpan = p.otherDoctorShareLarge - p.otherDoctorShareSmall;
  // per district: duty hours for other doctors per resident, and hours per participating GP (∞ without GPs)
  for (let d = 0; d < nD; d++) {
    const popD = dPop[d]!;
    const duty =
      p.dutyHoursPerDistrict *
      (1 + popD / p.residentsPerExtraDutyDoctor) *
      (popD < SMALL_DISTRICT_POP ? 1 - newForms : 1);
    const base = p.otherDoctorShareSmall + (shareSpan * popD) / (popD + OTHER_SHARE_HALF_POP);
    const other = base + extraOther * (1 - base);
    const part = dPart[d]!;
    const gpNeed = duty * (1 - other);
    dDutyOther[d] = popD > 0 ? (duty * other) / popD : 0;
    dHours[d] = part > 0 ? gpNeed / part : popD > 0 ? -gpNeed / popD : 0; // negative: GP need per resident, no GPs
  }
  let eligibleHours = 0;
  for (let m = 0; m < nM; m++) {
    const h = dHours[district[m]!]!;
    if (h > 0 && popNow[m]! < GRANT_POP) eligibleHours += h * nGp[m]! * partShare;
  }
  const grantHoursAvail = (lev[LV.onCallGrant]! * start.marketShare * 1e6) / 12 / p.onCallHourCostNok;
  const grantFrac = eligibleHours > 0 ? Math.min(p.grantMaxShareOfOnCall, grantHoursAvail / eligibleHours) : 0;
  const maxHours = p.maxOnCallHours;
  for (let m = 0; m < nM; m++) {
    const d = district[m]!;
    const pop = popNow[m]!;
    const otherBase = dDutyOther[d]! * pop;
    let h = dHours[d]!;
    if (h <= 0) {
      // no GPs in the district: other doctors cover what they can, the rest is uncovered
      const need = -h * pop;
      onCallOther[m] = otherBase + need * coverable;
      onCallUncovered[m] = need * (1 - coverable);
      onCall[m] = 0;
      onCallPart[m] = 0;
      onCallGp[m] = 0;
      grantHours[m] = 0;
      continue;
    }
    const part = nGp[m]! * partShare;
    let uncovered = 0;
    let otherExtra = 0;
    let grant = 0;
    if (grantFrac > 0 && pop < GRANT_POP) {
      grant = h * grantFrac * part;
      h *= 1 - grantFrac;
    }
    if (hasCap && h > cap) {
      const excess = h - cap;
      otherExtra = excess * coverable * part;
      uncovered = excess * (1 - coverable) * part;
      h = cap;
    }
    if (h > maxHours) {
      uncovered += (h - maxHours) * part;
      h = maxHours;
    }
    grantHours[m] = grant;
    onCallGp[m] = h * part;
    onCallOther[m] = otherBase + otherExtra + grant;
    onCallUncovered[m] = uncovered;
    onCall[m] = h * partShare;
    onCallPart[m] = h;
  }
}

/**
 * ALIS coverage: funded agreements over GPs in training, at most ALIS_MAX_COVERAGE. Up to 1 the grants
 * support trainees in post (retention uses min(1, coverage)); beyond 1 they fund new training posts, which
 * draws more candidates into the pool (judgement).
 */
function alisCoverage(ws: Workspace, lev: Float64Array, share: number): number {
  const trainees = ws.sums[SUM_TRAINEES]!;
  return trainees > 0 ? Math.min(ALIS_MAX_COVERAGE, (lev[LV.alisGrants]! * share) / trainees) : 0;
}
const ALIS_MAX_COVERAGE = 2;

/**
 * Attractiveness of a vacant post (pass 3): the response to income, hours, legevakt and the salaried option
 * relative to the start, times lever effects (practice transfer, recruitment grant, ALIS in small
 * municipalities), written to policyAttr; times the local attractiveness, written to attract.
 */
function computeAttractiveness(
  ws: Workspace,
  lev: Float64Array,
  anchorSalaried: number,
  meanIncome0: number,
  p: AssumptionValues,
  responses: ResponseFunctions,
  alisCov: number,
  refresh: boolean,
): void {
  const transfer = 1 + p.attrPracticeTransfer * lev[LV.regulatedPracticeTransfer]!;
  const grant = 1 + (p.attrRecruitmentGrant * lev[LV.recruitmentGrant]!) / Math.max(1, meanIncome0);
  const salChange = lev[LV.salariedShare]! - anchorSalaried;
  const alisSmall = p.alisSmallBoost * p.alisAttract * Math.min(1, alisCov);
  const centralityClass = ws.centralityClass;
  let policySum = 0;
  let gpSum = 0;
  let weightedVac = 0;
  let ruralVac = 0;
  for (let m = 0; m < ws.nM; m++) {
    // a recruit takes part in the legevakt rota: the participants' load counts
    const hoursChange = ws.regHours[m]! + ws.onCallPart[m]! / WEEKS_PER_MONTH - ws.hours0[m]!;
    const onCallChange = ws.onCallPart[m]! - ws.onCallPart0[m]!;
    if (refresh)
      ws.respAttr[m] = responses.attractiveness(ws.incomeRatioGp[m]!, hoursChange, onCallChange, salChange, 0, p);
    const policy = ws.respAttr[m]! * transfer * grant * (ws.popNow[m]! < ALIS_SMALL_POP ? 1 + alisSmall : 1);
    ws.policyAttr[m] = policy;
    const a = policy * ws.localAttr[m]!;
    ws.attract[m] = a;
    const n = ws.nGp[m]!;
    const v = ws.vac[m]!;
    policySum += policy * n;
    gpSum += n;
    weightedVac += v * a;
    if (centralityClass[m]! >= SIMPLER_RULES_MIN_CLASS) ruralVac += v;
  }
  const sums = ws.sums;
  sums[SUM_POLICY_ATTR] = gpSum > 0 ? policySum / gpSum : 0;
  sums[SUM_WEIGHTED_VAC] = weightedVac;
  sums[SUM_RURAL_VAC] = ruralVac;
}

/**
 * Starts each municipality in equilibrium with its observed vacancies. The lasting vacancy share is the
 * observed one shrunk toward its centrality class (vacancyShrinkLists) with a floor (minVacancyShare); the
 * rate at which lists fall vacant is attrition + population growth + the list shortening the model itself
 * expects in its first year + other turnover. The hire rate a municipality needs to hold its vacancy share
 * is creation / vacancy share; local attractiveness is that rate relative to the GP-weighted mean.
 */
function calibrateLocalAttractiveness(
  ws: Workspace,
  start: StartState,
  anchor: Float64Array,
  p: AssumptionValues,
  responses: ResponseFunctions,
  alisCov0: number,
  t0: number,
): void {
  const nM = ws.nM;
  const attrMult0 =
    (1 - p.collectiveAttritionCut * anchor[LV.collectiveLists]!) * (1 - p.flexAttritionCut * anchor[LV.flexibleHours]!);
  const traineeMult0 = p.traineeAttritionFactor * (1 - p.alisRetention * Math.min(1, alisCov0));
  const vacByClass = new Float64Array(7);
  const listsByClass = new Float64Array(7);
  for (let m = 0; m < nM; m++) {
    const c = start.centralityClass[m]!;
    vacByClass[c] = vacByClass[c]! + Math.max(0, ws.lists[m]! - ws.nGp[m]!);
    listsByClass[c] = listsByClass[c]! + ws.lists[m]!;
  }
  const y0 = t0 - start.popFirstYear;
  let hSum = 0;
  let nSum = 0;
  const hire = ws.localAttr;
  for (let m = 0; m < nM; m++) {
    const n = ws.nGp[m]!;
    const trainees = ws.trainees[m]!;
    const lambda = p.baseAttritionRate * ws.attrRel[m]! * attrMult0;
    const leave = n > 0 ? (ws.spec[m]! * (lambda + p.retirementRate) + trainees * lambda * traineeMult0) / n : 0;
    const popNow = start.pop[y0 * nM + m]!;
    const popNext = start.pop[(y0 + 1) * nM + m]!;
    const needRatio = start.need[(y0 + 1) * nM + m]! / start.need[y0 * nM + m]!;
    const shrink = Math.max(0, 1 - responses.desiredListFactor(needRatio * (1 + p.workTrendPerYear), 1, 0, 0, 0, p));
    const creation = leave + Math.max(0, popNext / popNow - 1) + shrink;
    const c = start.centralityClass[m]!;
    const classShare = listsByClass[c]! > 0 ? vacByClass[c]! / listsByClass[c]! : 0;
    const vac = Math.max(0, ws.lists[m]! - n);
    const share = Math.max(
      p.minVacancyShare,
      (vac + p.vacancyShrinkLists * classShare) / (ws.lists[m]! + p.vacancyShrinkLists),
    );
    hire[m] = creation / share;
    hSum += hire[m]! * n;
    nSum += n;
  }
  const mean = nSum > 0 ? hSum / nSum : 1;
  for (let m = 0; m < nM; m++) ws.localAttr[m] = ws.localAttr[m]! / mean;
}

/** Runs the model from the start state over the calendar and returns yearly raw values. */
export function runModel(inp: RunInputs, ws: Workspace = createWorkspace(inp.start)): RunOutput {
  const { start, calendar: cal, timeline, assumptions: p, responses, events } = inp;
  if (cal.startYear !== start.year)
    throw new Error(`calendar starts ${cal.startYear} but the start state is ${start.year}`);
  const nM = start.nM;
  const dt = 1 / 12;
  const raw = inp.rawOut ?? Array.from({ length: N_RAW }, () => new Float64Array(cal.nYears * nM));
  for (const arr of raw) {
    if (arr.length !== cal.nYears * nM) throw new Error('rawOut buffers have the wrong length');
    arr.fill(0);
  }

  // ---- initial stocks
  for (let m = 0; m < nM; m++) {
    const n = start.nGps[m]!;
    const trainees = n * (1 - start.specialistShare);
    for (let s = 0; s < N_STAGES; s++) ws.train[s]![m] = trainees / N_STAGES;
    ws.trainees[m] = trainees;
    ws.spec[m] = n - trainees;
    ws.sal[m] = start.salaried[m]!;
    ws.lists[m] = Math.max(n, start.lists[m]!);
    ws.salShare0[m] = n > 0 ? start.salaried[m]! / n : 0;
  }
  // ---- anchors, with the baseline levers at the start
  const t0 = start.year + 1;
  const needNat0 = fillExogenous(start, t0, ws);
  ws.need0.set(ws.needNow);
  for (let m = 0; m < nM; m++) {
    // the list ceiling at which today's lists just cover the population plus the desired spare capacity
    ws.cap[m] = (ws.popNow[m]! * (1 + p.spareCapacityTarget)) / ws.lists[m]!;
    ws.cap0[m] = ws.cap[m]!;
  }
  const anchor = inp.anchorLevers;
  for (let m = 0; m < nM; m++) {
    ws.regHours0[m] = p.hoursSelfEmployed * (1 - ws.salShare0[m]!) + p.hoursSalaried * ws.salShare0[m]!;
    ws.list0[m] = 1;
    ws.incomePP0[m] = 1;
    ws.incomeGp0[m] = 1;
  }
  computeLists(ws, start, anchor, p, responses, 1, needNat0, dt, false, true, true);
  for (let m = 0; m < nM; m++) {
    ws.list0[m] = ws.listLen[m]!;
    ws.incomePP0[m] = ws.incomePP[m]!;
    ws.incomeGp0[m] = ws.incomePP[m]! * ws.listLen[m]!;
  }
  computeLists(ws, start, anchor, p, responses, 1, needNat0, dt, false, true, true);
  computeOnCall(ws, start, anchor, p);
  for (let m = 0; m < nM; m++) {
    ws.onCallPart0[m] = ws.onCallPart[m]!;
    ws.hours0[m] = ws.regHours0[m]! + ws.onCallPart[m]! / WEEKS_PER_MONTH;
    // base attrition gradient by size (S56) and centrality
    ws.attrRel[m] = Math.LN2 / contractYears(ws.popNow[m]!, p);
  }
  const relMean = weightedMean(ws.attrRel, ws.nGp);
  for (let m = 0; m < nM; m++) ws.attrRel[m] = ws.attrRel[m]! / relMean;
  const anchorSalaried = anchor[LV.salariedShare]!;
  const alisCov0 = alisCoverage(ws, anchor, start.marketShare);
  const meanIncome0 = weightedMean(ws.incomeGp0, ws.nGp);
  ws.localAttr.fill(1);
  computeAttractiveness(ws, anchor, anchorSalaried, meanIncome0, p, responses, alisCov0, true);
  const attract0 = weightedMean(ws.policyAttr, ws.nGp);
  calibrateLocalAttractiveness(ws, start, anchor, p, responses, alisCov0, t0);
  // candidates per year at the start, such that hires at the start equal the observed entrants per GP
  let gps0 = 0;
  let weightedVac0 = 0;
  for (let m = 0; m < nM; m++) {
    gps0 += ws.nGp[m]!;
    weightedVac0 += ws.vac[m]! * ws.localAttr[m]! * ws.policyAttr[m]!;
  }
  const halfSaturation = Math.max(1e-6, p.matchingHeadroom * weightedVac0);
  const pool0 = (poolPerGpAt(start.year, p) * gps0 * (weightedVac0 + halfSaturation)) / Math.max(1e-6, weightedVac0);

  let perceived = attract0;
  let poolAttractFactor = 1;
  const changes = leverChangeMonths(timeline);
  let logTrend = -Math.log1p(p.workTrendPerYear) * dt * 0.5; // so that month k is at (k + 0.5) / 12 years
  const stageRate = N_STAGES / p.trainingYears;
  const lis1 = timeline[LV.lis1Positions]!;
  const lis1Start = lis1[0]!;
  // ---- monthly loop
  for (let k = 0; k < cal.nMonths; k++) {
    if (changes[k]) levAt(timeline, k, scratchLev);
    const lev = scratchLev;
    const refresh = k % RESPONSE_REFRESH_MONTHS === 0;
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
    computeLists(ws, start, lev, p, responses, trendFactor, needNat, dt, true, refresh, refresh || k % 12 === 11);
    // legevakt load is read by the quarterly responses and the December records: recomputed then (and when a
    // lever changes); attractiveness changes only at refreshes and lever changes (computeLists keeps the
    // weighted vacancies current in between)
    const leverChange = changes[k] === 1;
    if (refresh || leverChange || k % 12 === 11) computeOnCall(ws, start, lev, p);
    const alisCov = alisCoverage(ws, lev, start.marketShare);
    if (refresh || leverChange)
      computeAttractiveness(ws, lev, anchorSalaried, meanIncome0, p, responses, alisCov, refresh);
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
    const simplerExtra = lev[LV.simplerCompetenceRules]! * p.simplerRulesEntrants * start.marketShare;
    const salariedNew = lev[LV.salariedShare]!;
    const collective = lev[LV.collectiveLists]!;
    const attrMult = (1 - p.collectiveAttritionCut * collective) * (1 - p.flexAttritionCut * lev[LV.flexibleHours]!);
    const traineeMult = p.traineeAttritionFactor * (1 - p.alisRetention * Math.min(1, alisCov));
    const grantPerEntrant = lev[LV.recruitmentGrant]!;
    const locumShare = Math.min(0.99, p.locumCoverShare + lev[LV.lis1AsLocum]! * p.lis1LocumCoverBoost);
    const year = Math.floor(k / 12);
    const endOfYear = k % 12 === 11;
    const rowOff = year * nM;
    const alisCostMonth = lev[LV.alisGrants]! * p.alisGrantNok * dt * start.marketShare;
    const lis1CostMonth = lis1[k]! * p.lis1CostNok * dt * start.marketShare;
    const traineesNat = ws.sums[SUM_TRAINEES]!;
    const popNat = ws.sums[SUM_POP]!;
    const taskFte = lev[LV.taskSharing]!;
    const retire = p.retirementRate;
    const traineeShare = p.traineeShareOfEntrants;
    const convRate = p.salariedToSelfEmployedRate * dt;
    const refundShare = p.refundShareOfFees;
    const hourCost = p.onCallHourCostNok;
    const fixedMunicipalPerGp = taskFte * p.staffFteCostNok * dt;
    const salCost = p.salariedExtraCostNok * dt;
    const stageMove = stageRate * dt;
    const alisPerTrainee = traineesNat > 0 ? alisCostMonth / traineesNat : 0;
    const lis1PerResident = popNat > 0 ? lis1CostMonth / popNat : 0;
    // arrays in locals: the loop below is the engine's hot path
    const { spec, sal, nGp, vac, attract, popNow, withGp, incomePP, feePP, regHours, onCall, onCallGp, onCallOther } =
      ws;
    const { onCallUncovered, grantHours, listLen, respLeave, hours0, onCallPart, onCallPart0, incomeRatioGp, attrRel } =
      ws;
    const [tr0, tr1, tr2, tr3, tr4] = ws.train as [
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
    ];
    const traineesArr = ws.trainees;
    const centralityClass = start.centralityClass;
    const rawEntrants = raw[RAW.entrants]!;
    const rawLeavers = raw[RAW.leavers]!;
    const rawCapitation = raw[RAW.capitationCostNok]!;
    const rawMunicipal = raw[RAW.municipalCostNok]!;
    const rawState = raw[RAW.stateCostNok]!;

    for (let m = 0; m < nM; m++) {
      const n = nGp[m]!;
      const weeklyHours = regHours[m]! + onCall[m]! / WEEKS_PER_MONTH;
      if (refresh) {
        // the load on GPs who carry the legevakt rota drives attrition (more exempt GPs: a heavier load on the rest)
        const partHours = onCallPart[m]!;
        respLeave[m] = responses.attritionFactor(
          regHours[m]! + partHours / WEEKS_PER_MONTH - hours0[m]!,
          partHours - onCallPart0[m]!,
          incomeRatioGp[m]!,
          0,
          0,
          p,
        );
      }
      const lambda = p.baseAttritionRate * attrRel[m]! * respLeave[m]! * attrMult;
      // expected flows this month
      const v = vac[m]!;
      let expEntrants = v * attract[m]! * hire * dt;
      if (simplerExtra > 0 && ruralVac > 0 && centralityClass[m]! >= SIMPLER_RULES_MIN_CLASS) {
        expEntrants += (simplerExtra * v * dt) / ruralVac;
      }
      if (expEntrants > v) expEntrants = v;
      const sp = spec[m]!;
      const a0 = tr0[m]!;
      const a1 = tr1[m]!;
      const a2 = tr2[m]!;
      const a3 = tr3[m]!;
      const a4 = tr4[m]!;
      const traineeRate = lambda * traineeMult * dt;
      const expLeaveSpec = sp * (lambda + retire) * dt;
      const expLeave = expLeaveSpec + (a0 + a1 + a2 + a3 + a4) * traineeRate;
      let entrants = expEntrants;
      let frac = 1;
      if (events) {
        entrants = samplePoisson(events, expEntrants);
        const drawn = Math.min(samplePoisson(events, expLeave), n);
        frac = expLeave > 0 ? drawn / expLeave : 0;
      }
      // leavers pro rata to expected hazards (never more than a stock holds); training progress stage s → s+1,
      // the last stage → specialist; entrants join stage 0 or the specialists
      const lt = Math.min(1, traineeRate * frac);
      const remSpec = Math.min(sp, expLeaveSpec * frac);
      const b0 = a0 * (1 - lt);
      const b1 = a1 * (1 - lt);
      const b2 = a2 * (1 - lt);
      const b3 = a3 * (1 - lt);
      const b4 = a4 * (1 - lt);
      const leavers = remSpec + (a0 - b0) + (a1 - b1) + (a2 - b2) + (a3 - b3) + (a4 - b4);
      const m0 = b0 * stageMove;
      const m1 = b1 * stageMove;
      const m2 = b2 * stageMove;
      const m3 = b3 * stageMove;
      const m4 = b4 * stageMove;
      const n0 = b0 - m0 + entrants * traineeShare;
      const n1 = b1 - m1 + m0;
      const n2 = b2 - m2 + m1;
      const n3 = b3 - m3 + m2;
      const n4 = b4 - m4 + m3;
      const nSpec = sp - remSpec + m4 + entrants * (1 - traineeShare);
      tr0[m] = n0;
      tr1[m] = n1;
      tr2[m] = n2;
      tr3[m] = n3;
      tr4[m] = n4;
      spec[m] = nSpec;
      const trainees = n0 + n1 + n2 + n3 + n4;
      traineesArr[m] = trainees;
      const nAfter = nSpec + trainees;
      const s0 = sal[m]!;
      const salNext = s0 + entrants * salariedNew - (n > 0 ? (s0 / n) * leavers : 0) - s0 * convRate;
      const salNow = salNext < 0 ? 0 : salNext > nAfter ? nAfter : salNext;
      sal[m] = salNow;

      // costs this month (NOK): capitation incl. utjamningstilskudd and other municipal costs; state: fee
      // refunds (also for locum-covered vacant lists), grants; ALIS by trainees, LIS1 by population
      const pop = popNow[m]!;
      const wg = withGp[m]!;
      const without = pop - wg;
      const fee = feePP[m]!;
      const capitation = wg * (incomePP[m]! - fee) * dt;
      const fees = (wg + without * locumShare) * fee * refundShare * dt;
      const grantH = grantHours[m]!;
      const municipal = capitation + salNow * salCost + n * fixedMunicipalPerGp + (onCallOther[m]! - grantH) * hourCost;
      const state =
        fees + entrants * grantPerEntrant + grantH * hourCost + alisPerTrainee * trainees + lis1PerResident * pop;
      const o = rowOff + m;
      rawEntrants[o] = rawEntrants[o]! + entrants;
      rawLeavers[o] = rawLeavers[o]! + leavers;
      rawCapitation[o] = rawCapitation[o]! + capitation;
      rawMunicipal[o] = rawMunicipal[o]! + municipal;
      rawState[o] = rawState[o]! + state;
      if (endOfYear) {
        // stocks after this month's flows; list and legevakt state as computed for December
        raw[RAW.population]![o] = pop;
        raw[RAW.residentsWithoutGp]![o] = without;
        raw[RAW.residentsWithoutGpNoLocum]![o] = without * (1 - locumShare);
        raw[RAW.nGps]![o] = nAfter;
        raw[RAW.nGpsInTraining]![o] = trainees;
        raw[RAW.nGpsSalaried]![o] = salNow;
        raw[RAW.vacantLists]![o] = v;
        raw[RAW.gpsDuringMonth]![o] = n;
        raw[RAW.weeklyHoursTimesGps]![o] = weeklyHours * n;
        raw[RAW.onCallGpHoursPerMonth]![o] = onCallGp[m]!;
        raw[RAW.onCallParticipants]![o] = onCallPart[m]! > 0 ? onCallGp[m]! / onCallPart[m]! : 0;
        raw[RAW.onCallOtherHoursPerMonth]![o] = onCallOther[m]!;
        raw[RAW.onCallUncoveredHoursPerMonth]![o] = onCallUncovered[m]!;
        raw[RAW.gpIncomeTimesGps]![o] = incomePP[m]! * listLen[m]! * n;
      }
    }
    inp.onStep?.(k, ws);
  }
  return { calendar: cal, nM, raw };
}

const scratchLev = new Float64Array(Object.keys(LEVER_INDEX).length);

const changeCache = new WeakMap<LeverTimeline, Uint8Array>();
/** 1 for month 0 and every month in which some lever differs from the month before (cached per timeline). */
function leverChangeMonths(timeline: LeverTimeline): Uint8Array {
  let out = changeCache.get(timeline);
  if (!out) {
    const n = timeline[0]?.length ?? 0;
    out = new Uint8Array(n);
    for (let k = 0; k < n; k++) out[k] = k === 0 || timeline.some((arr) => arr[k] !== arr[k - 1]) ? 1 : 0;
    changeCache.set(timeline, out);
  }
  return out;
}
function levAt(timeline: LeverTimeline, k: number, out: Float64Array): Float64Array {
  for (let i = 0; i < timeline.length; i++) out[i] = timeline[i]![k]!;
  return out;
}

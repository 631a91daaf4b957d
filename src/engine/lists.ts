/**
 * Pass 1 of a step: work per patient, income per patient, the desired list ceiling, lists (hjemler), vacant
 * lists and residents on them, list length, hours and income per GP.
 */
import type { AssumptionValues } from '../levers/assumptions.ts';
import { SIMPLER_RULES_MIN_CLASS, UTJ_LIST, UTJ_POP } from './constants.ts';
import { LV, MODEL_BREAKPOINT, MODEL_PATIENT_ADJUSTED } from './leverIndex.ts';
import type { ResponseFunctions } from './responses.ts';
import type { StartState } from './startState.ts';
import { SUM_RURAL_VAC, SUM_TRAINEES, SUM_WEIGHTED_VAC, type Workspace } from './workspace.ts';

/** The most patients a GP can hold, relative to the list ceiling (judgement: a physical limit, rarely reached). */
const MAX_LIST_FACTOR = 2.5;

/**
 * Capitation per list patient for a list of `list` patients: patient-adjusted pays the rate times the
 * municipality's relative need; the break-point model pays `overRate` above the break point (Infinity when
 * the model has none); flat pays the rate.
 */
function capitationPerPatient(
  patientAdjusted: boolean,
  rate: number,
  needRel: number,
  list: number,
  breakpoint: number,
  overRate: number,
): number {
  if (patientAdjusted) return rate * needRel;
  return list > breakpoint ? (breakpoint * rate + (list - breakpoint) * overRate) / list : rate;
}

/**
 * Utjamningstilskudd per list patient: in municipalities under UTJ_POP whose mean list is under UTJ_LIST,
 * self-employed GPs are paid capitation for (UTJ_LIST - list) patients (S12).
 */
function utjamningPerPatient(pop: number, list: number, rate: number, salShare: number): number {
  return pop < UTJ_POP && list < UTJ_LIST && list > 0 ? ((UTJ_LIST - list) * rate * (1 - salShare)) / list : 0;
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
 * Workload, income and list state for the current stocks (pass 1): nGp, vac, withGp, listLen, feePP,
 * incomePP every step; when `updateCapacity`, the list ceiling moves toward its desired level (refreshed
 * quarterly) and lists are created or closed; when `full` (a refresh or December), also regHours and
 * incomeRatioGp, which only the responses and the yearly records read. With `wholeLists` (stochastic runs)
 * vacancies are counted in whole lists.
 */
export function computeLists(
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
  wholeLists = false,
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
  const { spec, trainees, nGp, popNow, needNow, sal, listLen, respList, cap, lists, vac, withGp, feePP } = ws;
  const { incomePP, regHours, incomeRatioGp, need0, regHours0, incomePP0, salShare0, cap0, list0, incomeGp0 } = ws;
  const { newIncome, newRegHours } = ws;
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
    // (stocks are cleaned of floating-point residue in the flow step, so n is 0 or at least MIN_STOCK)
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
        const c0 = capitationPerPatient(patientAdjusted, rate, needRel, l0, breakpoint, overRate);
        const utj0 = utjamningPerPatient(pop, l0, rate, salShare);
        const incomeRatioPP = (c0 + utj0 + fee) / incomePP0[m]!;
        const salFactor = (1 - salShare * salHoursCut) / (1 - salShare0[m]! * salHoursCut);
        respList[m] =
          cap0[m]! * responses.desiredListFactor(workRatio, incomeRatioPP, 0, 0, 0, p) * salFactor * flexKeep;
      }
      const c = cap[m]! + (respList[m]! - cap[m]!) * adjust;
      cap[m] = c;
      const target = (pop * spareFactor) / c;
      const h = lists[m]!;
      // every GP holds a list (a chance entrant beyond the vacant lists gets a new one)
      lists[m] = Math.max(n, target > h ? h + (target - h) * createRate : h + (target - h) * removeRate);
    }
    // residents on vacant lists: σ × vacant lists × list length; part absorbed where lists are held collectively
    // stochastic runs move whole GPs, so vacancies are whole lists there (no fraction of a list to fill)
    const v = wholeLists ? Math.max(0, Math.round(lists[m]!) - Math.round(n)) : Math.max(0, lists[m]! - n);
    weightedVac += v * attract[m]!;
    if (centralityClass[m]! >= SIMPLER_RULES_MIN_CLASS) ruralVac += v;
    const sv = sigma[m]! * v;
    let without = n + sv > 0 ? ((sv * pop) / (n + sv)) * absorbFactor : pop;
    // no GP holds more than MAX_LIST_FACTOR times the list ceiling: residents beyond that are without a GP
    const maxWithGp = n * MAX_LIST_FACTOR * cap[m]!;
    if (pop - without > maxWithGp) without = pop - maxWithGp;
    const wg = Math.max(0, pop - without);
    const list = n > 0 ? wg / n : 0;
    const cpp = capitationPerPatient(patientAdjusted, rate, needRel, list, breakpoint, overRate);
    const utj = utjamningPerPatient(pop, list, rate, salShare);
    const ipp = cpp + utj + fee;
    vac[m] = v;
    withGp[m] = wg;
    listLen[m] = list;
    feePP[m] = fee;
    incomePP[m] = ipp;
    if (full) {
      regHours[m] = list0[m]! > 0 ? regHours0[m]! * (list / list0[m]!) * workRatio : regHours0[m]!;
      // what a recruit is offered: a list at the ceiling, whatever has happened to the GPs in post
      const offered = cap[m]! / spareFactor;
      newIncome[m] = ipp * offered;
      newRegHours[m] = list0[m]! > 0 ? regHours0[m]! * (offered / list0[m]!) * workRatio : regHours0[m]!;
      // net income per GP relative to the start (practice costs fixed at their start level)
      const inc0 = incomeGp0[m]!;
      incomeRatioGp[m] = inc0 > 0 ? Math.max(0.05, (ipp * list - costShare * inc0) / ((1 - costShare) * inc0)) : 1;
    }
  }
  ws.sums[SUM_TRAINEES] = traineeSum;
  ws.sums[SUM_WEIGHTED_VAC] = weightedVac;
  ws.sums[SUM_RURAL_VAC] = ruralVac;
}

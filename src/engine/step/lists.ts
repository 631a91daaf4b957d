/**
 * Pass 1 of a step: work per patient, income per patient, the desired list ceiling, lists (hjemler), vacant
 * lists and residents on them, list length, hours and income per GP.
 */
import type { AssumptionValues } from '../../levers/assumptions.ts';
import {
  MAX_LIST_FACTOR,
  MAX_WORK_RELIEF,
  SIMPLER_RULES_MIN_CLASS,
  UTJ_LIST,
  UTJ_POP,
  WEEKS_PER_MONTH,
  YOUTH_16_17_OF_16_19,
} from '../constants.ts';
import { positivePart } from '../fastMath.ts';
import { LV, MODEL_BREAKPOINT, MODEL_PATIENT_ADJUSTED } from '../leverIndex.ts';
import type { ResponseFunctions } from '../formulas/responses.ts';
import { SUM_RURAL_VAC, SUM_TRAINEES, SUM_WEIGHTED_VAC, type Workspace } from '../workspace.ts';
import {
  ATTRACT,
  CAP,
  CAP0,
  CENTRALITY,
  EMPTY_LISTS,
  FEE_PP,
  HOURS_LIST_MAX,
  HOURS_PP0,
  INCOME_PP,
  INCOME_RATIO_GP,
  INV_INCOME_PP0,
  INV_NET_INCOME_GP0,
  INV_SAL_KEEP0,
  LIST_LEN,
  LISTS,
  L_COLLECTIVE,
  L_ONLINE_GP,
  L_TASK,
  N_GP,
  NEED,
  ON_CALL,
  NEED0,
  NEW_INCOME,
  NEW_REG_HOURS,
  POP,
  REG_HOURS,
  REG_HOURS0,
  RESP_LIST,
  LIST_EFFECT,
  SAL,
  SHARE_16_19,
  SIGMA,
  SPEC,
  MAX_STATE_LENGTH,
  STRIDE,
  TRAINEES,
  VAC,
  WITH_GP,
  WORK_K,
} from '../stateFields.ts';

/**
 * `base` less this month's closing of the h lists above `target`: those that only the municipal effect made surplus
 * (between the target and the target without the effect, target × effect) at `fast`, the others at `slow`. 0 closed
 * when the target is not below h. Small enough for V8 to inline into computeLists.
 */
function afterSurplusCloses(
  base: number,
  h: number,
  target: number,
  effect: number,
  fast: number,
  slow: number,
): number {
  const targetDet = target * effect;
  const walkSurplus = Math.max(0, Math.min(h, targetDet) - target);
  const detSurplus = Math.max(0, h - Math.max(targetDet, target));
  return base - walkSurplus * fast - detSurplus * slow;
}

/** Scratch pair for `pick` (one per thread, as the module is). */
const PICK = new Float64Array(2);

/**
 * `a`, or `b` when `takeB` is 1, looked up in `pair` (PICK, passed as a local: read from the module at every use,
 * it cost V8 a load and type check per access): V8 compiles a ternary, Math.max and Math.min on doubles to branches.
 */
function pick(pair: Float64Array, a: number, b: number, takeB: number): number {
  pair[0] = a;
  pair[1] = b;
  return pair[takeB]!;
}

/**
 * afterSurplusCloses without branches, for a stochastic run (see computeLists): its max(0, ·) as positivePart, its
 * min and max picked in `pair`. The same double for every input (test/engine/listsRule.test.ts).
 */
function afterSurplusClosesPicked(
  base: number,
  h: number,
  target: number,
  effect: number,
  fast: number,
  slow: number,
  pair: Float64Array,
): number {
  const targetDet = target * effect;
  const walkSurplus = positivePart(pick(pair, targetDet, h, Number(h <= targetDet)) - target);
  const detSurplus = positivePart(h - pick(pair, targetDet, target, Number(target > targetDet)));
  return base - walkSurplus * fast - detSurplus * slow;
}

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
 * self-employed GPs are paid capitation for (UTJ_LIST - list) patients (S12). `selfEmployed` / `patients` is the
 * self-employed share per list patient: (1 - salaried share) / list, or self-employed GPs / residents with a GP.
 */
function utjamningPerPatient(pop: number, list: number, rate: number, selfEmployed: number, patients: number): number {
  return pop < UTJ_POP && list < UTJ_LIST && list > 0 ? ((UTJ_LIST - list) * rate * selfEmployed) / patients : 0;
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
 * Work per patient of each municipality, apart from need and the work trend, over need at the start (WORK_K):
 * task sharing, consultations delegated to nurses (refunded in proportion to delegatedConsultRefund), consultations
 * taken by the online doctor, school certificates, the extra visits of 16-17-year-olds without a co-payment, sick notes
 * and admin under the levers in force. Work per patient relative to the start is then need × trend factor × WORK_K.
 * Recomputed when the levers change.
 */
export function computeWorkFactors(ws: Workspace, lev: Float64Array, p: AssumptionValues): void {
  const clin = p.clinicalShareOfHours;
  const sickNote = lev[LV.noShortSickNotes]! * p.shortSickNoteWorkShare;
  const school = lev[LV.schoolAbsenceOut]! * p.schoolAbsenceShare;
  const admin = (1 - clin) * (1 - lev[LV.adminReduction]!);
  // share of consultation work delegated to nurses: proportional to the refund (relative to the GP's own)
  const delegated = lev[LV.delegatedConsultRefund]! * p.delegatedShareAtFullRefund;
  // more visits of 16-17-year-olds (half of the 16-19 need) when they pay no co-payment
  const youth = lev[LV.youthFreeVisits]! * p.youthFreeDemandRise * YOUTH_16_17_OF_16_19;
  const onlineWork = p.onlineGpWorkPerConsult;
  // task sharing and the online doctor are the municipality's own levers (L_TASK, L_ONLINE_GP, localLevers.ts)
  const taskHoursPerFte = p.taskSharingHoursPerFte / clin;
  const st = ws.st;
  const end = Math.min(st.length, MAX_STATE_LENGTH);
  for (let q = 0; q < end; q += STRIDE) {
    const taskRelief = (st[q + L_TASK]! * taskHoursPerFte) / st[q + REG_HOURS0]!;
    const relief = Math.min(MAX_WORK_RELIEF, taskRelief + delegated + st[q + L_ONLINE_GP]! * onlineWork);
    const share16 = st[q + SHARE_16_19]!;
    const workFactor = clin * (1 - relief - school * share16 + youth * share16) + admin - sickNote;
    st[q + WORK_K] = workFactor / st[q + NEED0]!;
  }
}

/** The month's national scalars of pay per patient. */
interface PayScalars {
  readonly patientAdjusted: boolean;
  readonly rate: number;
  readonly breakpoint: number;
  readonly overRate: number;
  readonly feeNat: number;
  readonly invNeedNat: number;
}

function payScalarsOf(lev: Float64Array, p: AssumptionValues, trendFactor: number, needNat: number): PayScalars {
  const feeNat = feePerPatientNational(p, lev, trendFactor);
  const rate = capitationRateOf(lev, feeNat);
  const model = lev[LV.capitationModel]!;
  return {
    patientAdjusted: model === MODEL_PATIENT_ADJUSTED,
    rate,
    breakpoint: model === MODEL_BREAKPOINT ? lev[LV.breakpointPatients]! : Number.POSITIVE_INFINITY,
    overRate: rate * p.breakpointOverRatio,
    feeNat,
    invNeedNat: 1 / needNat,
  };
}

/**
 * The desired list ceiling of each municipality (RESP_LIST), from work and income per patient at last step's
 * list length, and the longest list within the weekly hours ceiling (HOURS_LIST_MAX: GPs whose regular and legevakt
 * hours would pass `maxWeeklyHours` keep shorter lists, and the residents beyond are without a GP; the legevakt hours
 * are the last ones computed): the quarterly refresh of the list response, run before computeLists. A pass of its own, called
 * from the driver, so that the hot monthly list loop carries no transcendental calls and no code it rarely runs
 * (V8 allocates registers worse around such calls, and deoptimises on code first run after optimisation).
 */
export function desiredCeilings(
  ws: Workspace,
  lev: Float64Array,
  p: AssumptionValues,
  responses: ResponseFunctions,
  trendFactor: number,
  needNat: number,
): void {
  const pay = payScalarsOf(lev, p, trendFactor, needNat);
  const { rate, breakpoint, overRate, feeNat, invNeedNat } = pay;
  const patientAdjusted = pay.patientAdjusted === true; // see computeLists
  const flexKeep = 1 - lev[LV.flexibleHours]! * p.flexListCut;
  const salHoursCut = 1 - p.hoursSalaried / p.hoursSelfEmployed;
  const maxWeekly = p.maxWeeklyHours;
  const spareFactor = 1 + p.spareCapacityTarget;
  const weeksPerMonth = WEEKS_PER_MONTH;
  const st = ws.st;
  const end = Math.min(st.length, MAX_STATE_LENGTH);
  for (let q = 0; q < end; q += STRIDE) {
    const n = st[q + SPEC]! + st[q + TRAINEES]!;
    const needNow = st[q + NEED]!;
    const workRatio = needNow * trendFactor * st[q + WORK_K]!;
    const hoursPerPatient = st[q + HOURS_PP0]! * workRatio;
    const regularRoom = maxWeekly - st[q + ON_CALL]! / weeksPerMonth;
    const hoursMax =
      hoursPerPatient > 0 ? (regularRoom > 0 ? regularRoom / hoursPerPatient : 0) : Number.POSITIVE_INFINITY;
    st[q + HOURS_LIST_MAX] = hoursMax;
    const needRel = needNow * invNeedNat;
    const salShare = n > 0 ? st[q + SAL]! / n : 0;
    const l0 = st[q + LIST_LEN]!;
    // capitation, utjamningstilskudd (as in computeLists) and fees per list patient at last step's list length
    const utj0 = utjamningPerPatient(st[q + POP]!, l0, rate, 1 - salShare, l0);
    const income =
      capitationPerPatient(patientAdjusted, rate, needRel, l0, breakpoint, overRate) + utj0 + feeNat * needRel;
    const salKeep = 1 - salShare * salHoursCut;
    st[q + RESP_LIST] =
      st[q + CAP0]! *
      responses.desiredListFactor(workRatio, income * st[q + INV_INCOME_PP0]!, 0, 0, 0, p) *
      salKeep *
      st[q + INV_SAL_KEEP0]! *
      flexKeep *
      st[q + LIST_EFFECT]!;
    // GPs lower their list ceiling to what the hours allow (with the usual spare capacity), so the municipality
    // creates lists for the residents they let go
    const hoursCeiling = hoursMax * spareFactor;
    if (st[q + RESP_LIST]! > hoursCeiling) st[q + RESP_LIST] = hoursCeiling;
  }
}

/**
 * Workload, income and list state for the current stocks (pass 1): N_GP, VAC, WITH_GP, LIST_LEN, FEE_PP and
 * INCOME_PP every step; when `updateCapacity`, the list ceiling moves toward its desired level (RESP_LIST,
 * refreshed quarterly by desiredCeilings) and lists are created or closed; when `full` (a refresh or December),
 * also REG_HOURS, NEW_INCOME, NEW_REG_HOURS and INCOME_RATIO_GP, which only the responses and the yearly records
 * read. With `wholeLists` (stochastic runs) vacancies are counted in whole lists.
 */
export function computeLists(
  ws: Workspace,
  lev: Float64Array,
  p: AssumptionValues,
  trendFactor: number,
  needNat: number,
  dt: number,
  updateCapacity: boolean,
  full: boolean,
  wholeLists = false,
): void {
  const pay = payScalarsOf(lev, p, trendFactor, needNat);
  const { rate, breakpoint, overRate, feeNat, invNeedNat } = pay;
  // flags re-derived by comparison: V8 then knows they are booleans, where it would test the truthiness of a
  // parameter or property as a generic value in every iteration (about ten instructions each)
  const patientAdjusted = pay.patientAdjusted === true;
  const moveCapacity = updateCapacity === true;
  const allFields = full === true;
  const whole = wholeLists === true;
  // collective lists are the municipality's own lever (L_COLLECTIVE, localLevers.ts)
  const collectiveAbsorb = p.collectiveAbsorb;
  // income per GP relative to the start is ipp · list · INV_NET_INCOME_GP0 - costRatio (practice costs fixed)
  const costRatio = p.practiceCostShare / (1 - p.practiceCostShare);
  const adjust = dt / p.listAdjustYears;
  // the rates at which lists follow their target, and the pair for a stochastic run's choices (see below)
  const createRate = Math.min(1, dt / p.listCreateYears);
  const removeRate = dt / p.listRemoveYears;
  const spareFactor = 1 + p.spareCapacityTarget;
  const invSpare = 1 / spareFactor;
  const pair = PICK;
  // a new list no GP has taken gets residents at this rate (a locum runs it)
  const emptyKeep = 1 - dt / p.emptyListFillYears;
  const st = ws.st;
  let traineeSum = 0;
  let weightedVac = 0;
  let ruralVac = 0;
  const end = Math.min(st.length, MAX_STATE_LENGTH);
  for (let q = 0; q < end; q += STRIDE) {
    const tm = st[q + TRAINEES]!;
    traineeSum += tm;
    const n = st[q + SPEC]! + tm;
    st[q + N_GP] = n;
    // (stocks are cleaned of floating-point residue in the flow step, so n is 0 or at least MIN_STOCK)
    const pop = st[q + POP]!;
    const needRel = st[q + NEED]! * invNeedNat;
    const fee = feeNat * needRel;
    let c = st[q + CAP]!;
    const listsBefore = st[q + LISTS]!;
    let lists = listsBefore;
    let listsNext = lists;
    if (moveCapacity) {
      // the list ceiling moves toward the desired one (desiredCeilings, refreshed quarterly); lists (hjemler) are
      // created quickly when the ceiling no longer covers the population plus spare, vacant ones closed slowly
      c = c + (st[q + RESP_LIST]! - c) * adjust;
      st[q + CAP] = c;
      const target = (pop * spareFactor) / c;
      const h = listsBefore;
      // every GP holds a list (a chance entrant beyond the vacant lists gets a new one). Surplus lists close slowly,
      // except those that only the municipal effect made surplus (LIST_EFFECT > 1 raised the ceiling; without it
      // they would be needed): these close as fast as lists open, as the effect's falls open lists fast, so that
      // a stochastic run's ups and downs in list length do not ratchet vacant lists upward (localEffects.ts).
      // In a deterministic run LIST_EFFECT is 1 and this is the plain rule.
      if (whole) {
        // in a stochastic run whether lists are created or closed, and whether a chance entrant needs a new one,
        // changes by chance from month to month: the rule is written with positivePart and choices picked
        // (afterSurplusClosesPicked), not by branches, whose mispredictions (and the predictor history they spoil
        // for the branches that follow) made this pass take 2.1 ms a stochastic run instead of 1.4 ms (a
        // deterministic run keeps its branches: there they are predicted, and faster). Each term is 0 where the
        // branches would not take it, so the sums are those of the branches, exactly.
        const opened = h + positivePart(target - h) * createRate;
        listsNext = afterSurplusClosesPicked(opened, h, target, st[q + LIST_EFFECT]!, createRate, removeRate, pair);
        lists = pick(pair, listsNext, n, Number(listsNext <= n));
      } else if (target > h) lists = Math.max(n, h + (target - h) * createRate);
      else lists = Math.max(n, afterSurplusCloses(h, h, target, st[q + LIST_EFFECT]!, createRate, removeRate));
      st[q + LISTS] = lists;
    }
    // residents on vacant lists: σ × vacant lists with residents × list length; part absorbed where lists are held
    // collectively.
    // stochastic runs move whole GPs, so vacancies are whole lists there (no fraction of a list to fill)
    // (floor(x + 0.5), not Math.round: the same for these non-negative stocks but for x = 0.49999999999999994, and
    // about 1 ms less per stochastic run, where V8 compiles Math.round to several instructions per call)
    // (in whole lists: max(0, d) as positivePart; d from the lists before max(n, ·), the same v since floor is
    // monotone, without waiting for the lookup. Each floor + 0.5 before the difference: the same d, exactly, but
    // V8, having seen the floors give small integers, otherwise compiled the difference as an integer subtraction,
    // with a conversion and a check of each operand, that took 0.2 ms a stochastic run)
    const d = whole ? Math.floor(listsNext + 0.5) + 0.5 - (Math.floor(n + 0.5) + 0.5) : 0;
    const v = whole ? positivePart(d) : Math.max(0, lists - n);
    // recruits go to every vacant list (weightedVac), but a list a GP leaves keeps its residents while a list opened
    // stands empty until a GP takes it (EMPTY_LISTS): the residents it was opened for stay on the GPs' lists. The
    // month's recruits take vacant lists at random (the empty ones in proportion: applyFlows, flows.ts), an empty list
    // gets residents at 1 / emptyListFillYears a year (a locum runs it), lists opened add empty ones and closing takes
    // the empty ones first; never more empty lists than vacant ones. In whole lists the empty ones count rounded, as
    // the vacant ones. (Until December 2026 the recruits' share was taken here from the month's net change in GPs, so
    // that a GP who left, in a municipality with empty lists, left partly an empty list: a growing population, which
    // opens empty lists, then lowered the count without a GP.)
    const emptyLeft = st[q + EMPTY_LISTS]! * emptyKeep;
    const emptyOpen = emptyLeft + ((whole ? listsNext : lists) - listsBefore);
    let held: number;
    if (whole) {
      const vacantCont = positivePart(listsNext - n);
      const emptyNow = positivePart(emptyOpen);
      const empty = pick(pair, emptyNow, vacantCont, Number(vacantCont < emptyNow));
      st[q + EMPTY_LISTS] = empty;
      held = positivePart(v - Math.floor(empty + 0.5));
    } else {
      const empty = Math.min(v, Math.max(0, emptyOpen));
      st[q + EMPTY_LISTS] = empty;
      held = v - empty;
    }
    const sv = st[q + SIGMA]! * held;
    const absorbFactor = 1 - collectiveAbsorb * st[q + L_COLLECTIVE]!;
    let without = n + sv > 0 ? ((sv * pop) / (n + sv)) * absorbFactor : pop;
    // no GP holds more than MAX_LIST_FACTOR times the list ceiling, nor more than the weekly hours ceiling allows
    // (HOURS_LIST_MAX): residents beyond that are without a GP
    const hoursMax = st[q + HOURS_LIST_MAX]!;
    const maxList = MAX_LIST_FACTOR * c;
    const maxWithGp = n * (hoursMax < maxList ? hoursMax : maxList);
    const beyond = pop - without > maxWithGp;
    if (beyond) without = pop - maxWithGp;
    // in whole lists the residents beyond that are on a list without a GP (SSB counts residents without a GP so): a
    // vacancy, which recruits are matched to. Until December 2026 they were without a GP with no list vacant, most
    // in a few island municipalities with one GP and a heavy legevakt (Utsira 2036: residents without a GP in 50 % of
    // the runs, a vacant list in 7 %; now 7.5 % and 8 %); the validation's scores moved by at most 0.01 (0.0002 Brier)
    const vac = whole ? pick(pair, v, 1, Number(beyond) & Number(v < 1)) : v;
    weightedVac += vac * st[q + ATTRACT]!;
    if (st[q + CENTRALITY]! >= SIMPLER_RULES_MIN_CLASS) ruralVac += vac;
    const wg = Math.max(0, pop - without);
    const list = n > 0 ? wg / n : 0;
    // utjamningstilskudd: the self-employed GPs' share of (UTJ_LIST - list) patients' capitation, per list patient;
    // divided by wg rather than list so that the division does not wait for the list length
    const utj = utjamningPerPatient(pop, list, rate, n - st[q + SAL]!, wg);
    const ipp = capitationPerPatient(patientAdjusted, rate, needRel, list, breakpoint, overRate) + utj + fee;
    st[q + VAC] = vac;
    st[q + WITH_GP] = wg;
    st[q + LIST_LEN] = list;
    st[q + FEE_PP] = fee;
    st[q + INCOME_PP] = ipp;
    if (allFields) {
      const workRatio = st[q + NEED]! * trendFactor * st[q + WORK_K]!;
      const hpp0 = st[q + HOURS_PP0]!;
      st[q + REG_HOURS] = hpp0 > 0 ? hpp0 * list * workRatio : st[q + REG_HOURS0]!;
      // what a recruit is offered: a list at the ceiling, whatever has happened to the GPs in post
      const offered = c * invSpare;
      st[q + NEW_INCOME] = ipp * offered;
      st[q + NEW_REG_HOURS] = hpp0 > 0 ? hpp0 * offered * workRatio : st[q + REG_HOURS0]!;
      // net income per GP relative to the start (practice costs fixed at their start level)
      const k = st[q + INV_NET_INCOME_GP0]!;
      st[q + INCOME_RATIO_GP] = k > 0 ? Math.max(0.05, ipp * list * k - costRatio) : 1;
    }
  }
  ws.sums[SUM_TRAINEES] = traineeSum;
  ws.sums[SUM_WEIGHTED_VAC] = weightedVac;
  ws.sums[SUM_RURAL_VAC] = ruralVac;
}

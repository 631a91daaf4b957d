/**
 * Pass 4 of a step: the flows. Per municipality, this month's entrants (vacant lists filled at the hazard the
 * matching gives), leavers (attrition and retirement, pro rata over the stocks), training progress through the
 * ALIS pipeline, the salaried subset, costs, and the yearly records. Kept apart from model.ts so that V8
 * optimises this hot loop on its own (a small function with a fixed-shape argument), not inside the long
 * monthly driver.
 */
import { MIN_STOCK, SIMPLER_RULES_MIN_CLASS, WEEKS_PER_MONTH } from '../constants.ts';
import { binomialFromUniform, binomialMayHit, poissonFromUniform, poissonMayHit } from '../distributions.ts';
import { fastExp, positivePart } from '../fastMath.ts';
import { aleaPair } from '../rng.ts';
import { RAW } from '../rawFields.ts';
import { type Workspace } from '../workspace.ts';
import {
  ACC_CAPITATION,
  ACC_ENTRANTS,
  ACC_LEAVERS,
  ACC_MUNICIPAL,
  ACC_STATE,
  LEAVE_RATE,
  ATTRACT,
  CENTRALITY,
  EMPTY_LISTS,
  FEE_PP,
  GRANT_HOURS,
  INCOME_PP,
  LIST_LEN,
  LIST_PATIENT_FACTOR,
  L_COLLECTIVE,
  L_ONLINE_GP,
  L_SALARIED,
  L_TASK,
  N_GP,
  ON_CALL,
  ON_CALL_GP,
  ON_CALL_OTHER,
  ON_CALL_PART,
  ON_CALL_UNCOVERED,
  POP,
  REG_HOURS,
  SAL,
  SPEC,
  MAX_STATE_LENGTH,
  STRIDE,
  TR0,
  TRAINEES,
  VAC,
  WITH_GP,
} from '../stateFields.ts';

/** The month's national scalars the flow pass reads (one instance per run, fields overwritten each month). */
export class FlowStep {
  /**
   * A stochastic run's numbers for later steps, taken while the pass runs (model.ts): the event stream's alea state
   * (rng.ts) for the next month's uniforms, into ws.uniforms once this month's are read; and the municipal-effect
   * stream's, for its next quarter's draws, into `localDraws`. Undefined: none. Alea's step is a chain of dependent
   * instructions (about 20 cycles a number); here it overlaps the pass's own work, where on its own it took 1 ms a run.
   */
  nextEvents: Float64Array | undefined = undefined;
  nextLocal: Float64Array | undefined = undefined;
  localDraws: Float64Array | undefined = undefined;
  /** The national levers' multiplier on attrition (flexible hours); collective lists cut it per municipality. */
  attrMult = 1;
  collectiveAttritionCut = 0;
  traineeMult = 1;
  /** Hazard per unit of attractiveness (pool / (W + W½)). */
  hire = 0;
  /** Extra entrants per year from simpler competence rules, and the rural vacancies they go to. */
  simplerExtra = 0;
  ruralVac = 0;
  grantPerEntrant = 0;
  locumShare = 0;
  retire = 0;
  traineeShare = 0;
  convRate = 0;
  refundShare = 0;
  hourCost = 0;
  /** Cost of one extra FTE in the practice this month (task sharing is per municipality, L_TASK). */
  staffCostPerFte = 0;
  salCost = 0;
  stageMove = 0;
  alisPerTrainee = 0;
  lis1PerResident = 0;
  /** The state's cost this month per resident of a municipality whose online doctor takes all consultations. */
  onlineCostPerResident = 0;
  dt = 1 / 12;
}

/**
 * Applies one month's flows to every municipality and adds them to the year's sums (ACC_*). A stochastic run draws
 * municipality m's entrants and leavers from the uniforms ws.uniforms[2m] and [2m + 1] (the events stream's next
 * numbers, in municipality order).
 */
export function applyFlows(ws: Workspace, f: FlowStep, stochasticRun: boolean): void {
  const { attrMult, traineeMult, hire, simplerExtra, ruralVac } = f;
  const { grantPerEntrant, locumShare, retire, traineeShare, convRate, refundShare, hourCost } = f;
  const { staffCostPerFte, salCost, stageMove, alisPerTrainee, lis1PerResident, dt, collectiveAttritionCut } = f;
  const onlineCostPerResident = f.onlineCostPerResident;
  const st = ws.st;
  const ruralHazard = simplerExtra > 0 && ruralVac > 0 ? simplerExtra / ruralVac : 0;
  // re-derived by comparison, so that V8 knows it is a boolean (see computeLists)
  const stochastic = stochasticRun === true;
  const end = Math.min(st.length, MAX_STATE_LENGTH);
  // each vacant list is filled within the month with probability 1 - exp(-hazard·dt) (a continuous hazard, exact
  // over the month, never more than the vacant lists); in a short loop of its own, where the CPU overlaps one
  // municipality's exp with the next's (inside the long flow loop the exp took a quarter of the pass's time; the
  // two loops together take 4 % less than the one did)
  const fill = ws.fill;
  for (let q = 0, m = 0; q < end; q += STRIDE, m++) {
    let hazard = st[q + ATTRACT]! * hire;
    if (ruralHazard > 0 && st[q + CENTRALITY]! >= SIMPLER_RULES_MIN_CLASS) hazard += ruralHazard;
    fill[m] = 1 - fastExp(-hazard * dt);
  }
  const uniforms = ws.uniforms;
  const { nextEvents, nextLocal } = f;
  const localDraws = f.localDraws ?? uniforms;
  for (let q = 0, m = 0; q < end; q += STRIDE, m++) {
    // a stochastic run's uniforms of this month, then the next month's in their place (in a deterministic run the
    // pass touches none of this: its loop ran 4 % slower with the loads)
    let uEnter = 0;
    let uLeave = 0;
    if (stochastic) {
      uEnter = uniforms[2 * m]!;
      uLeave = uniforms[2 * m + 1]!;
      if (nextEvents !== undefined) aleaPair(nextEvents, uniforms, 2 * m);
      if (nextLocal !== undefined) aleaPair(nextLocal, localDraws, 2 * m);
    }
    const n = st[q + N_GP]!;
    // the municipality's own levers (localLevers.ts): collective lists cut attrition, salaried posts for new GPs
    const lambda = st[q + LEAVE_RATE]! * attrMult * (1 - collectiveAttritionCut * st[q + L_COLLECTIVE]!);
    const v = st[q + VAC]!;
    const sp = st[q + SPEC]!;
    const a0 = st[q + TR0]!;
    const a1 = st[q + TR0 + 1]!;
    const a2 = st[q + TR0 + 2]!;
    const a3 = st[q + TR0 + 3]!;
    const a4 = st[q + TR0 + 4]!;
    const traineeRate = lambda * traineeMult * dt;
    const expLeaveSpec = sp * (lambda + retire) * dt;
    const expLeave = expLeaveSpec + (a0 + a1 + a2 + a3 + a4) * traineeRate;
    // entrants, and the share of the expected leavers who leave: in a stochastic run drawn, entrants as a binomial
    // over the whole vacant lists with the same mean as v·fill, leavers as a Poisson count (never more than the GPs).
    // Most months most municipalities draw nothing, which the samplers' shortcuts tell without a branch (mayHit); the
    // samplers run for the rest. A branch on chance (whether a list is vacant, whether a draw gives anything) is
    // mispredicted and spoils the predictor's history for the loop's other branches: the pass took twice as long.
    let entrants = 0;
    let frac = 0;
    if (stochastic) {
      const whole = Math.ceil(v - 1e-9);
      const share = (v * fill[m]!) / whole;
      if ((binomialMayHit(uEnter, whole, share) | poissonMayHit(uLeave, expLeave)) !== 0) {
        entrants = whole > 0 ? binomialFromUniform(uEnter, whole, share) : 0;
        const drawn = Math.min(poissonFromUniform(uLeave, expLeave), n);
        frac = expLeave > 0 ? drawn / expLeave : 0;
      }
    } else {
      entrants = v > 0 ? v * fill[m]! : 0;
      frac = 1;
    }
    // the entrants take vacant lists at random, so the empty ones (EMPTY_LISTS, lists.ts) lose their share of them:
    // E · entrants / v (v is 0 only where nobody enters; the divisor is then 1, without a branch). Leavers leave
    // lists with residents on them and never add to the empty ones.
    const empty = st[q + EMPTY_LISTS]!;
    st[q + EMPTY_LISTS] = positivePart(empty - (empty * entrants) / (v + Number(v <= 0)));
    // leavers pro rata to expected hazards (never more than a stock holds); training progress stage s → s+1,
    // the last stage → specialist; entrants join stage 0 or the specialists
    let lt = Math.min(1, traineeRate * frac);
    let remSpec = Math.min(sp, expLeaveSpec * frac);
    if (stochastic && frac > 0) {
      // a drawn leaver is a whole GP: what a capped stock cannot give is taken from the others. Every operation runs
      // each time and the results are picked: stocks are rarely capped, and code that V8's compiled loop has never
      // seen run makes it throw the loop's code away the first time it runs (a recompilation per thread). Only when
      // leavers were drawn (frac > 0): with none (or a NaN share) it changes nothing, and most months most
      // municipalities draw none, so that this, with its division, runs for a sixth of them (0.1 ms a run less).
      const want = expLeave * frac;
      const traineesNow = a0 + a1 + a2 + a3 + a4;
      const short = want - remSpec - traineesNow * lt;
      const fromTrainees = (Number(short > 1e-12) & Number(traineesNow > 0) & Number(lt < 1)) !== 0;
      const extra = Math.min(short, traineesNow * (1 - lt));
      const ltMore = lt + extra / traineesNow;
      const shortLess = short - extra;
      const shortLeft = fromTrainees ? shortLess : short;
      lt = fromTrainees ? ltMore : lt;
      const remMore = Math.min(sp, remSpec + shortLeft);
      remSpec = shortLeft > 1e-12 ? remMore : remSpec;
    }
    const keep = 1 - lt;
    const b0 = a0 * keep;
    const b1 = a1 * keep;
    const b2 = a2 * keep;
    const b3 = a3 * keep;
    const b4 = a4 * keep;
    const leavers = remSpec + (a0 - b0) + (a1 - b1) + (a2 - b2) + (a3 - b3) + (a4 - b4);
    const m0 = b0 * stageMove;
    const m1 = b1 * stageMove;
    const m2 = b2 * stageMove;
    const m3 = b3 * stageMove;
    const m4 = b4 * stageMove;
    let n0 = b0 - m0 + entrants * traineeShare;
    let n1 = b1 - m1 + m0;
    let n2 = b2 - m2 + m1;
    let n3 = b3 - m3 + m2;
    let n4 = b4 - m4 + m3;
    let nSpec = sp - remSpec + m4 + entrants * (1 - traineeShare);
    // floating-point residue (e.g. 1e-19 GPs after the last one leaves) would make list lengths and incomes
    // per GP blow up: stocks under MIN_STOCK are none
    if (n0 < MIN_STOCK) n0 = 0;
    if (n1 < MIN_STOCK) n1 = 0;
    if (n2 < MIN_STOCK) n2 = 0;
    if (n3 < MIN_STOCK) n3 = 0;
    if (n4 < MIN_STOCK) n4 = 0;
    if (nSpec < MIN_STOCK) nSpec = 0;
    st[q + TR0] = n0;
    st[q + TR0 + 1] = n1;
    st[q + TR0 + 2] = n2;
    st[q + TR0 + 3] = n3;
    st[q + TR0 + 4] = n4;
    st[q + SPEC] = nSpec;
    const trainees = n0 + n1 + n2 + n3 + n4;
    st[q + TRAINEES] = trainees;
    const nAfter = nSpec + trainees;
    const s0 = st[q + SAL]!;
    const salNext = s0 + entrants * st[q + L_SALARIED]! - (n > 0 ? (s0 / n) * leavers : 0) - s0 * convRate;
    const salNow = salNext < 0 ? 0 : salNext > nAfter ? nAfter : salNext;
    st[q + SAL] = salNow;

    // costs this month (NOK): capitation incl. utjamningstilskudd and other municipal costs; state: fee
    // refunds (also for locum-covered vacant lists), grants; ALIS by trainees, LIS1 by population; the online
    // doctor's consultations (the municipality's own share, L_ONLINE_GP)
    const pop = st[q + POP]!;
    const wg = st[q + WITH_GP]!;
    const without = pop - wg;
    const fee = st[q + FEE_PP]!;
    const incomePP = st[q + INCOME_PP]!;
    const capitation = wg * (incomePP - fee) * dt;
    const fees = (wg + without * locumShare) * fee * refundShare * dt;
    const grantH = st[q + GRANT_HOURS]!;
    const municipal =
      capitation +
      salNow * salCost +
      n * st[q + L_TASK]! * staffCostPerFte +
      (st[q + ON_CALL_OTHER]! - grantH) * hourCost;
    const state =
      fees +
      entrants * grantPerEntrant +
      grantH * hourCost +
      alisPerTrainee * trainees +
      (lis1PerResident + st[q + L_ONLINE_GP]! * onlineCostPerResident) * pop;
    // the year's flows so far
    const accEntrants = st[q + ACC_ENTRANTS]! + entrants;
    const accLeavers = st[q + ACC_LEAVERS]! + leavers;
    const accCapitation = st[q + ACC_CAPITATION]! + capitation;
    const accMunicipal = st[q + ACC_MUNICIPAL]! + municipal;
    const accState = st[q + ACC_STATE]! + state;
    st[q + ACC_ENTRANTS] = accEntrants;
    st[q + ACC_LEAVERS] = accLeavers;
    st[q + ACC_CAPITATION] = accCapitation;
    st[q + ACC_MUNICIPAL] = accMunicipal;
    st[q + ACC_STATE] = accState;
  }
}

/**
 * December, after applyFlows: the year's flows and the state after this month's flows (list and legevakt state
 * as computed for December) into the raw output at row offset `rowOff` (year · nM), and the flow sums
 * restarted. A pass of its own so that the monthly flow loop stays small.
 */
export function recordYear(st: Float64Array, raw: readonly Float64Array[], rowOff: number, locumShare: number): void {
  // the output arrays as locals: one load each per call, not a property and an array lookup per value
  const entrants = raw[RAW.entrants]!,
    leavers = raw[RAW.leavers]!,
    capitationCostNok = raw[RAW.capitationCostNok]!,
    municipalCostNok = raw[RAW.municipalCostNok]!,
    stateCostNok = raw[RAW.stateCostNok]!,
    population = raw[RAW.population]!,
    residentsWithoutGp = raw[RAW.residentsWithoutGp]!,
    residentsWithoutGpNoLocum = raw[RAW.residentsWithoutGpNoLocum]!,
    nGps = raw[RAW.nGps]!,
    nGpsInTraining = raw[RAW.nGpsInTraining]!,
    nGpsSalaried = raw[RAW.nGpsSalaried]!,
    vacantLists = raw[RAW.vacantLists]!,
    gpsDuringMonth = raw[RAW.gpsDuringMonth]!,
    weeklyHoursTimesGps = raw[RAW.weeklyHoursTimesGps]!,
    onCallGpHoursPerMonth = raw[RAW.onCallGpHoursPerMonth]!,
    onCallParticipants = raw[RAW.onCallParticipants]!,
    onCallOtherHoursPerMonth = raw[RAW.onCallOtherHoursPerMonth]!,
    onCallUncoveredHoursPerMonth = raw[RAW.onCallUncoveredHoursPerMonth]!,
    gpIncomeTimesGps = raw[RAW.gpIncomeTimesGps]!,
    listPatients = raw[RAW.listPatients]!;
  const weeksPerMonth = WEEKS_PER_MONTH;
  const end = Math.min(st.length, MAX_STATE_LENGTH);
  for (let m = 0, q = 0; q < end; m++, q += STRIDE) {
    const o = rowOff + m;
    entrants[o] = st[q + ACC_ENTRANTS]!;
    leavers[o] = st[q + ACC_LEAVERS]!;
    capitationCostNok[o] = st[q + ACC_CAPITATION]!;
    municipalCostNok[o] = st[q + ACC_MUNICIPAL]!;
    stateCostNok[o] = st[q + ACC_STATE]!;
    st[q + ACC_ENTRANTS] = 0;
    st[q + ACC_LEAVERS] = 0;
    st[q + ACC_CAPITATION] = 0;
    st[q + ACC_MUNICIPAL] = 0;
    st[q + ACC_STATE] = 0;
    const pop = st[q + POP]!;
    const without = pop - st[q + WITH_GP]!;
    const n = st[q + N_GP]!;
    const trainees = st[q + TRAINEES]!;
    const weeklyHours = st[q + REG_HOURS]! + st[q + ON_CALL]! / weeksPerMonth;
    population[o] = pop;
    residentsWithoutGp[o] = without;
    residentsWithoutGpNoLocum[o] = without * (1 - locumShare);
    nGps[o] = st[q + SPEC]! + trainees;
    nGpsInTraining[o] = trainees;
    nGpsSalaried[o] = st[q + SAL]!;
    vacantLists[o] = st[q + VAC]!;
    gpsDuringMonth[o] = n;
    weeklyHoursTimesGps[o] = weeklyHours * n;
    const onCallGp = st[q + ON_CALL_GP]!;
    const onCallPart = st[q + ON_CALL_PART]!;
    onCallGpHoursPerMonth[o] = onCallGp;
    onCallParticipants[o] = onCallPart > 0 ? onCallGp / onCallPart : 0;
    onCallOtherHoursPerMonth[o] = st[q + ON_CALL_OTHER]!;
    onCallUncoveredHoursPerMonth[o] = st[q + ON_CALL_UNCOVERED]!;
    gpIncomeTimesGps[o] = st[q + INCOME_PP]! * st[q + LIST_LEN]! * n;
    listPatients[o] = st[q + LIST_PATIENT_FACTOR]! * st[q + WITH_GP]!;
  }
}

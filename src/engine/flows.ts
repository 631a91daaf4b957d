/**
 * Pass 4 of a step: the flows. Per municipality, this month's entrants (vacant lists filled at the hazard the
 * matching gives), leavers (attrition and retirement, pro rata over the stocks), training progress through the
 * ALIS pipeline, the salaried subset, costs, and the yearly records. Kept apart from model.ts so that V8
 * optimises this hot loop on its own (a small function with a fixed-shape argument), not inside the long
 * monthly driver.
 */
import { SIMPLER_RULES_MIN_CLASS, WEEKS_PER_MONTH } from './constants.ts';
import { sampleBinomial, samplePoisson } from './distributions.ts';
import { RAW } from './rawFields.ts';
import type { ResponseFunctions } from './responses.ts';
import type { Rng } from './rng.ts';
import type { StartState } from './startState.ts';
import { ACC_FIELDS, type Workspace } from './workspace.ts';
import type { AssumptionValues } from '../levers/assumptions.ts';

/** GP stocks below this (a billionth of a GP) are floating-point residue and count as none. */
export const MIN_STOCK = 1e-9;

/** The month's national scalars the flow pass reads (one instance per run, fields overwritten each month). */
export class FlowStep {
  /** Re-evaluate the attrition response this month. */
  refresh = false;
  endOfYear = false;
  /** Offset of this year's row in the raw output (year · nM). */
  rowOff = 0;
  baseAttrition = 0;
  attrMult = 1;
  traineeMult = 1;
  /** Hazard per unit of attractiveness (pool / (W + W½)). */
  hire = 0;
  /** Extra entrants per year from simpler competence rules, and the rural vacancies they go to. */
  simplerExtra = 0;
  ruralVac = 0;
  salariedNew = 0;
  grantPerEntrant = 0;
  locumShare = 0;
  retire = 0;
  traineeShare = 0;
  convRate = 0;
  refundShare = 0;
  hourCost = 0;
  fixedMunicipalPerGp = 0;
  salCost = 0;
  stageMove = 0;
  alisPerTrainee = 0;
  lis1PerResident = 0;
  dt = 1 / 12;
}

/** Applies one month's flows to every municipality and adds the month to the raw output. */
export function applyFlows(
  ws: Workspace,
  start: StartState,
  raw: readonly Float64Array[],
  f: FlowStep,
  p: AssumptionValues,
  responses: ResponseFunctions,
  events: Rng | undefined,
): void {
  const { refresh, endOfYear, rowOff, baseAttrition, attrMult, traineeMult, hire, simplerExtra, ruralVac } = f;
  const { salariedNew, grantPerEntrant, locumShare, retire, traineeShare, convRate, refundShare, hourCost } = f;
  const { fixedMunicipalPerGp, salCost, stageMove, alisPerTrainee, lis1PerResident, dt } = f;
  const { spec, sal, nGp, vac, attract, popNow, withGp, incomePP, feePP, regHours, onCall, onCallGp, onCallOther } = ws;
  const { onCallUncovered, grantHours, listLen, respLeave, hours0, onCallPart, onCallPart0, incomeRatioGp, attrRel } =
    ws;
  const [tr0, tr1, tr2, tr3, tr4] = ws.train as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
  const traineesArr = ws.trainees;
  const centralityClass = start.centralityClass;
  const acc = ws.flowAcc;
  const ruralHazard = simplerExtra > 0 && ruralVac > 0 ? simplerExtra / ruralVac : 0;
  const nM = ws.nM;

  for (let m = 0; m < nM; m++) {
    const n = nGp[m]!;
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
    const lambda = baseAttrition * attrRel[m]! * respLeave[m]! * attrMult;
    // each vacant list is filled within the month with probability 1 - exp(-hazard·dt) (a continuous hazard,
    // exact over the month, never more than the vacant lists)
    const v = vac[m]!;
    let hazard = attract[m]! * hire;
    if (ruralHazard > 0 && centralityClass[m]! >= SIMPLER_RULES_MIN_CLASS) hazard += ruralHazard;
    const expEntrants = v > 0 ? v * (1 - Math.exp(-hazard * dt)) : 0;
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
      // vacant lists are whole in a stochastic run: a binomial over them with the same mean as v·fillShare
      const whole = Math.ceil(v - 1e-9);
      entrants = whole > 0 ? sampleBinomial(events, whole, expEntrants / whole) : (events(), 0);
      const drawn = Math.min(samplePoisson(events, expLeave), n);
      frac = expLeave > 0 ? drawn / expLeave : 0;
    }
    // leavers pro rata to expected hazards (never more than a stock holds); training progress stage s → s+1,
    // the last stage → specialist; entrants join stage 0 or the specialists
    let lt = Math.min(1, traineeRate * frac);
    let remSpec = Math.min(sp, expLeaveSpec * frac);
    if (events) {
      // a drawn leaver is a whole GP: what a capped stock cannot give is taken from the others
      const want = expLeave * frac;
      const traineesNow = a0 + a1 + a2 + a3 + a4;
      let short = want - remSpec - traineesNow * lt;
      if (short > 1e-12 && traineesNow > 0 && lt < 1) {
        const extra = Math.min(short, traineesNow * (1 - lt));
        lt += extra / traineesNow;
        short -= extra;
      }
      if (short > 1e-12) remSpec = Math.min(sp, remSpec + short);
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
    // the year's flows, interleaved per municipality (one memory stream instead of five; markedly faster)
    const q = ACC_FIELDS * m;
    const accEntrants = acc[q]! + entrants;
    const accLeavers = acc[q + 1]! + leavers;
    const accCapitation = acc[q + 2]! + capitation;
    const accMunicipal = acc[q + 3]! + municipal;
    const accState = acc[q + 4]! + state;
    if (!endOfYear) {
      acc[q] = accEntrants;
      acc[q + 1] = accLeavers;
      acc[q + 2] = accCapitation;
      acc[q + 3] = accMunicipal;
      acc[q + 4] = accState;
    } else {
      const o = rowOff + m;
      raw[RAW.entrants]![o] = accEntrants;
      raw[RAW.leavers]![o] = accLeavers;
      raw[RAW.capitationCostNok]![o] = accCapitation;
      raw[RAW.municipalCostNok]![o] = accMunicipal;
      raw[RAW.stateCostNok]![o] = accState;
      acc[q] = 0;
      acc[q + 1] = 0;
      acc[q + 2] = 0;
      acc[q + 3] = 0;
      acc[q + 4] = 0;
      // stocks after this month's flows; list and legevakt state as computed for December
      const weeklyHours = regHours[m]! + onCall[m]! / WEEKS_PER_MONTH;
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
}

/**
 * Pass 2 of a step: legevakt. Duty hours per district, split between other doctors, grant-funded hours, GPs
 * who are not exempt, and uncovered hours; the GPs' age structure decides who may be exempt.
 */
import type { AssumptionValues } from '../../levers/assumptions.ts';
import { GRANT_POP, OTHER_SHARE_HALF_POP, SMALL_DISTRICT_POP, WEEKS_PER_MONTH } from '../constants.ts';
import { LV } from '../leverIndex.ts';
import type { StartState } from '../start/startState.ts';
import { type Workspace } from '../workspace.ts';
import {
  GRANT_HOURS,
  MAX_STATE_LENGTH,
  N_GP,
  ON_CALL,
  ON_CALL_GP,
  ON_CALL_OTHER,
  ON_CALL_PART,
  ON_CALL_UNCOVERED,
  L_ON_CALL_CAP,
  L_ON_CALL_NEW_FORMS,
  L_ON_CALL_OTHER,
  POP,
  REG_HOURS,
  STRIDE,
} from '../stateFields.ts';

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

/** Exempt share of GPs from legevakt at the given exemption age. */
function exemptShareOf(lev: Float64Array, p: AssumptionValues): number {
  return Math.min(0.95, shareOfGpsAtOrAbove(lev[LV.onCallExemptionAge]!) * p.exemptTakeup + p.otherExemptShare);
}

/**
 * Legevakt (pass 2): duty hours per district, split between other doctors, grant-funded hours, GPs and
 * uncovered hours. Writes onCall (hours per GP per month, averaged over all GPs), onCallGp, onCallOther,
 * onCallUncovered and grantHours (hours per month per municipality).
 */
export function computeOnCall(ws: Workspace, start: StartState, lev: Float64Array, p: AssumptionValues): void {
  const { nD, dPop, dPart, dPartSmall, dDutyOther, dHours, dOtherLever, dNewForms, st } = ws;
  // the workspace's districts: the start's, as changed by the municipalities' dated events (localEvents.ts)
  const district = ws.district;
  const dutyOwn = start.districtDutyHours;
  const otherOwn = start.districtOtherShare;
  const exempt = exemptShareOf(lev, p);
  const partShare = 1 - exempt;
  dPop.fill(0);
  dPart.fill(0);
  dPartSmall.fill(0);
  dOtherLever.fill(0);
  dNewForms.fill(0);
  const end = Math.min(st.length, MAX_STATE_LENGTH);
  for (let m = 0, q = 0; q < end; m++, q += STRIDE) {
    const d = district[m]!;
    const pop = st[q + POP]!;
    const part = st[q + N_GP]! * partShare;
    dPop[d] = dPop[d]! + pop;
    dPart[d] = dPart[d]! + part;
    // the district's organisation: its members' own levers (localLevers.ts), weighted by population
    dOtherLever[d] = dOtherLever[d]! + pop * st[q + L_ON_CALL_OTHER]!;
    dNewForms[d] = dNewForms[d]! + pop * st[q + L_ON_CALL_NEW_FORMS]!;
    // participants in municipalities small enough for the legevakt grant
    if (pop < GRANT_POP) dPartSmall[d] = dPartSmall[d]! + part;
  }
  const coverable = Math.min(1, p.capOverflowCoverable + lev[LV.lis1AsLocum]! * p.lis1LocumCoverBoost);
  const shareSpan = p.otherDoctorShareLarge - p.otherDoctorShareSmall;
  // per district: duty hours for other doctors per resident, and hours per participating GP (∞ without GPs);
  // the hours GPs in grant-eligible municipalities carry, summed
  let eligibleHours = 0;
  for (let d = 0; d < nD; d++) {
    const popD = dPop[d]!;
    const newForms = popD > 0 ? dNewForms[d]! / popD : 0;
    const extraOther = popD > 0 ? dOtherLever[d]! / popD : 0;
    // a district's own duty hours and other doctors' share (the municipality's figures) replace the model's
    const ownDuty = dutyOwn !== undefined ? dutyOwn[d]! : Number.NaN;
    const ownOther = otherOwn !== undefined ? otherOwn[d]! : Number.NaN;
    const duty =
      (ownDuty === ownDuty ? ownDuty : p.dutyHoursPerDistrict * (1 + popD / p.residentsPerExtraDutyDoctor)) *
      (popD < SMALL_DISTRICT_POP ? 1 - newForms : 1);
    const base =
      ownOther === ownOther ? ownOther : p.otherDoctorShareSmall + (shareSpan * popD) / (popD + OTHER_SHARE_HALF_POP);
    const other = base + extraOther * (1 - base);
    const part = dPart[d]!;
    const gpNeed = duty * (1 - other);
    dDutyOther[d] = popD > 0 ? (duty * other) / popD : 0;
    // hours per participant, or (negative) the GPs' need per resident where no GP participates; both quotients and
    // tests every time, the result picked: a district without participants is rare, and code that V8's compiled loop
    // has never seen run makes it throw the loop's code away the first time it runs
    const withPart = part > 0;
    const withPop = popD > 0;
    const perPart = gpNeed / part;
    const perResident = -gpNeed / popD;
    const h = withPart ? perPart : withPop ? perResident : 0;
    dHours[d] = h;
    if (h > 0) eligibleHours += h * dPartSmall[d]!;
  }
  const grantHoursAvail = (lev[LV.onCallGrant]! * start.marketShare * 1e6) / 12 / p.onCallHourCostNok;
  const grantFrac = eligibleHours > 0 ? Math.min(p.grantMaxShareOfOnCall, grantHoursAvail / eligibleHours) : 0;
  const maxHours = p.maxOnCallHours;
  // legevakt hours a GP can take besides the practice within the weekly ceiling, per month and participating GP
  const weeklyRoomToMonthly = WEEKS_PER_MONTH / partShare;
  const maxWeekly = p.maxWeeklyHours;
  for (let m = 0, q = 0; q < end; m++, q += STRIDE) {
    const d = district[m]!;
    const pop = st[q + POP]!;
    const otherBase = dDutyOther[d]! * pop;
    let h = dHours[d]!;
    if (h <= 0) {
      // no GPs in the district: other doctors cover what they can, the rest is uncovered
      const need = -h * pop;
      st[q + ON_CALL_OTHER] = otherBase + need * coverable;
      st[q + ON_CALL_UNCOVERED] = need * (1 - coverable);
      st[q + ON_CALL] = 0;
      st[q + ON_CALL_PART] = 0;
      st[q + ON_CALL_GP] = 0;
      st[q + GRANT_HOURS] = 0;
      continue;
    }
    const part = st[q + N_GP]! * partShare;
    let uncovered = 0;
    let otherExtra = 0;
    let grant = 0;
    if (grantFrac > 0 && pop < GRANT_POP) {
      grant = h * grantFrac * part;
      h *= 1 - grantFrac;
    }
    // the legevakt cap is the municipality's own (NaN: none)
    const cap = st[q + L_ON_CALL_CAP]!;
    if (h > cap) {
      const excess = h - cap;
      otherExtra = excess * coverable * part;
      uncovered = excess * (1 - coverable) * part;
      h = cap;
    }
    // no participant takes more than maxOnCallHours, nor more than the weekly hours ceiling leaves beside the practice
    // (REG_HOURS, from this step's lists): what they cannot take is uncovered
    const room = maxWeekly - st[q + REG_HOURS]!;
    const hoursRoom = room > 0 ? room * weeklyRoomToMonthly : 0;
    const hMax = hoursRoom < maxHours ? hoursRoom : maxHours;
    if (h > hMax) {
      uncovered += (h - hMax) * part;
      h = hMax;
    }
    st[q + GRANT_HOURS] = grant;
    st[q + ON_CALL_GP] = h * part;
    st[q + ON_CALL_OTHER] = otherBase + otherExtra + grant;
    st[q + ON_CALL_UNCOVERED] = uncovered;
    st[q + ON_CALL] = h * partShare;
    st[q + ON_CALL_PART] = h;
  }
}

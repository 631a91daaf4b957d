/**
 * Municipal effects of a stochastic run: what moves one municipality apart from the national pattern, so that the
 * Monte Carlo bands of a municipality are as wide as its history says (README "Validation").
 *
 * - List length: the desired list ceiling carries a mean-reverting effect in logs (LIST_LOG, LIST_EFFECT = its exp),
 *   whose quarterly steps have the yearly standard deviation of the municipality's size band in the SSB rows up to
 *   the start year (localDynamics.ts) times `localListNoiseScale`, and which fades with time constant
 *   `localListYears`. Lists are split or merged for local reasons the model does not see (practices, premises, a
 *   GP's own choice); the scale chosen in sample also carries the model's own error in list length, which does not
 *   grow without bound as a random walk's would (bands of 2035-2040 stay within what the history shows).
 * - Attractiveness: a mean-reverting shock in logs (ATTR_LOG, an Ornstein-Uhlenbeck process with stationary standard
 *   deviation `localAttractivenessSd` and time constant `localAttractivenessYears`) multiplies the municipality's
 *   attractiveness to recruits (ATTR_EFFECT): a practice closes, a key GP leaves, a municipality responds. Crises
 *   come and go.
 *
 * Both start at no effect (the start calibration already holds each municipality's own situation at the start),
 * are drawn quarterly from their own stream ("local"), one uniform per draw in municipality order, so run i of
 * every scenario gets the same municipal shocks. A deterministic run has none.
 *
 * - List patients (stepListPatientDrift, yearly, stream "listPatients"): the ratio of list patients to residents, which
 *   turns the model's residents with a GP into SSB's list length, drifts; it moves the recorded list length only.
 *
 * - Response (every run, deterministic too; stepLocalResponse): a municipality with more vacant lists than its
 *   lasting share answers them (RESP_LOG, also in ATTR_EFFECT), so a crisis a shock or a dated event brings eases.
 */
import type { AssumptionValues } from '../../levers/assumptions.ts';
import { normalQuantile } from '../distributions.ts';
import { fastExp } from '../fastMath.ts';
import {
  ATTR_EFFECT,
  ATTR_LOG,
  EMPTY_LISTS,
  LIST_EFFECT,
  LIST_PATIENT_FACTOR,
  LIST_PATIENT_LOG,
  LIST_LOG,
  LIST_SD_QUARTER,
  LISTS,
  MAX_STATE_LENGTH,
  RESP_LOG,
  STRIDE,
  VAC,
  VAC_TARGET,
} from '../stateFields.ts';
import type { StartState } from '../start/startState.ts';
import type { Workspace } from '../workspace.ts';

/** Months between two draws of the municipal effects. */
export const LOCAL_EFFECT_MONTHS = 3;

/**
 * One quarter's step of every municipality's response to its own trouble, in every run (deterministic too): the log
 * response r grows at `localResponseRate` × its gap while the gap is positive, and fades with time constant
 * `localResponseYears`; r ≥ 0. The gap is the share of its lists vacant with residents on them (a list opened that no
 * GP has taken, EMPTY_LISTS, leaves nobody without a GP, and the start's vacant lists, to which attractiveness was
 * calibrated, all have residents) − the lasting share its attractiveness was calibrated to − the same difference
 * over all municipalities (list-weighted): when every municipality is short,
 * extra pay in each only moves doctors between them, so only the trouble beyond the national one is answered. The
 * factor on attractiveness is exp(shock + r). With a rate of 0 nothing responds. Chosen on municipal hindcasts
 * (validation/spread.ts): crises come and go (README "Validation").
 */
export function stepLocalResponse(ws: Workspace, p: AssumptionValues): void {
  const dt = LOCAL_EFFECT_MONTHS / 12;
  const rate = p.localResponseRate * dt;
  if (rate === 0) return;
  const fade = Math.exp(-dt / p.localResponseYears);
  const st = ws.st;
  const end = Math.min(st.length, MAX_STATE_LENGTH);
  // the common part of the gap (list-weighted mean over municipalities): trouble everyone shares is not answered
  // locally, since extra pay everywhere only moves doctors between municipalities
  let gapSum = 0;
  let listSum = 0;
  for (let q = 0; q < end; q += STRIDE) {
    const lists = st[q + LISTS]!;
    gapSum += Math.max(0, st[q + VAC]! - st[q + EMPTY_LISTS]!) - st[q + VAC_TARGET]! * lists;
    listSum += lists;
  }
  const common = listSum > 0 ? gapSum / listSum : 0;
  for (let q = 0; q < end; q += STRIDE) {
    const lists = st[q + LISTS]!;
    const held = Math.max(0, st[q + VAC]! - st[q + EMPTY_LISTS]!);
    const gap = lists > 0 ? held / lists - st[q + VAC_TARGET]! - common : 0;
    const r = st[q + RESP_LOG]! * fade + (gap > 0 ? rate * gap : 0);
    st[q + RESP_LOG] = r;
    st[q + ATTR_EFFECT] = fastExp(st[q + ATTR_LOG]! + r);
  }
}

/**
 * One year's step of every municipality's list-patient ratio in a stochastic run, from `nM` uniforms of its own stream
 * ("listPatients"), before December is recorded: SSB's list length counts list patients, and the ratio of list
 * patients to residents moves for reasons the model does not see (residents of a neighbouring municipality list here,
 * lists are shared or split, a reception centre's residents are not on lists). Its log is mean-reverting with time
 * constant `localListYears` and yearly steps of `listPatientDriftScale` × the size band's spread of list-length
 * changes (localListSd). It moves the recorded list length only: residents with and without a GP are the model's.
 */
export function stepListPatientDrift(
  ws: Workspace,
  start: Pick<StartState, 'localListSd' | 'listPatientsPerResident'>,
  uniforms: Float64Array,
  p: AssumptionValues,
): void {
  const keep = Math.exp(-1 / p.localListYears);
  const scale = p.listPatientDriftScale;
  const st = ws.st;
  const sd = start.localListSd;
  const ratio = start.listPatientsPerResident;
  const end = Math.min(st.length, MAX_STATE_LENGTH);
  for (let q = 0, m = 0; q < end; q += STRIDE, m++) {
    const l = st[q + LIST_PATIENT_LOG]! * keep + scale * sd[m]! * normalQuantile(uniforms[m]!);
    st[q + LIST_PATIENT_LOG] = l;
    st[q + LIST_PATIENT_FACTOR] = ratio[m]! * Math.exp(l);
  }
}

/**
 * One quarter's step of every municipality's effects, from the local stream's next 2 · nM uniforms at
 * draws[from …] (two per municipality, in municipality order: the list length's, then attractiveness's). The draws'
 * normal quantiles are taken first, in a loop of their own, then the effects: 0.3 ms less per stochastic run than
 * one loop doing both (there, the quantile's rare tail, a call, and its unpredictable branch sat among the state's
 * loads and stores).
 */
export function stepLocalEffects(ws: Workspace, draws: Float64Array, from: number, p: AssumptionValues): void {
  const dt = LOCAL_EFFECT_MONTHS / 12;
  const keep = Math.exp(-dt / p.localAttractivenessYears);
  const shockSd = p.localAttractivenessSd * Math.sqrt(1 - keep * keep);
  const listKeep = Math.exp(-dt / p.localListYears);
  const st = ws.st;
  const z = ws.normals;
  const n = 2 * ws.nM;
  for (let i = 0; i < n; i++) z[i] = normalQuantile(draws[from + i]!);
  const end = Math.min(st.length, MAX_STATE_LENGTH);
  for (let q = 0, i = 0; q < end; q += STRIDE, i += 2) {
    const l = st[q + LIST_LOG]! * listKeep + st[q + LIST_SD_QUARTER]! * z[i]!;
    st[q + LIST_LOG] = l;
    st[q + LIST_EFFECT] = fastExp(l);
    const x = st[q + ATTR_LOG]! * keep + shockSd * z[i + 1]!;
    st[q + ATTR_LOG] = x;
    st[q + ATTR_EFFECT] = fastExp(x + st[q + RESP_LOG]!);
  }
}

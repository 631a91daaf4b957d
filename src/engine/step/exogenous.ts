/**
 * Exogenous inputs of a step: each municipality's population and need per resident at a point in time,
 * interpolated linearly between the yearly values of the start state (history, then SSB's projection), and the extra
 * residents of a population shock on top (POP_EXTRA, step/population.ts). Without extra residents the values depend
 * on the start state and the time only: they are kept per start state and time, and every later run copies them.
 */
import type { StartState } from '../start/startState.ts';
import { MAX_STATE_LENGTH, NEED, POP, POP_EXTRA, STRIDE } from '../stateFields.ts';
import { SUM_POP, type Workspace } from '../workspace.ts';

/**
 * The two yearly rows a time falls between (offsets into start.pop and start.need) and the later one's weight:
 * the last two years beyond the data, the first before it.
 */
function yearsAround(start: StartState, time: number): { o0: number; o1: number; w: number } {
  const rel = time - start.popFirstYear;
  const y0 = Math.min(Math.max(0, Math.floor(rel)), start.popYears - 2);
  const o0 = y0 * start.nM;
  return { o0, o1: o0 + start.nM, w: Math.min(1, Math.max(0, rel - y0)) };
}

/**
 * Population and need at a fractional time (years after 1 January of the first data year), interpolated, with the
 * extra residents of a population shock (a share POP_EXTRA of the projection, whose need per resident is
 * `shockNeedRatio` times the municipality's). Returns the national population-weighted need; the total population
 * goes to ws.sums[SUM_POP].
 */
export function fillExogenous(start: StartState, time: number, ws: Workspace, shockNeedRatio = 1): number {
  const { st, sums } = ws;
  const { o0, o1, w } = yearsAround(start, time);
  const sp = start.pop;
  const sn = start.need;
  let popSum = 0;
  let needSum = 0;
  const end = Math.min(st.length, MAX_STATE_LENGTH);
  for (let m = 0, q = 0; q < end; m++, q += STRIDE) {
    let pm = sp[o0 + m]! * (1 - w) + sp[o1 + m]! * w;
    let nm = sn[o0 + m]! * (1 - w) + sn[o1 + m]! * w;
    const extra = st[q + POP_EXTRA]!;
    if (extra > 0) {
      nm *= (1 + shockNeedRatio * extra) / (1 + extra);
      pm *= 1 + extra;
    }
    st[q + POP] = pm;
    st[q + NEED] = nm;
    popSum += pm;
    needSum += pm * nm;
  }
  sums[SUM_POP] = popSum;
  return popSum > 0 ? needSum / popSum : 1;
}

/** fillExogenous's results at one time without extra residents: per municipality, then the national sums. */
export interface Projected {
  /**
   * Population and need per resident of municipality m at 2m and 2m + 1: one array rather than two, so that the
   * monthly copy into the state (fillProjected) loads and checks one typed array per municipality, not two.
   */
  readonly popNeed: Float64Array;
  readonly popSum: number;
  readonly needNat: number;
}

/** Per start state (immutable), the projected values of a run's months, by the run's start time. */
const projectedCache = new WeakMap<StartState, Map<number, Projected[]>>();

/**
 * fillExogenous's values for a state without extra residents at month k's time t0 + (k + 0.5) / 12 (as the model
 * steps), for k = 0 … nMonths - 1 at least: computed as fillExogenous computes them, once per start state and start
 * time (a longer run adds its further months).
 */
export function projectedMonths(start: StartState, t0: number, nMonths: number): readonly Projected[] {
  let byT0 = projectedCache.get(start);
  if (byT0 === undefined) projectedCache.set(start, (byT0 = new Map()));
  let months = byT0.get(t0);
  if (months === undefined) byT0.set(t0, (months = []));
  for (let k = months.length; k < nMonths; k++) months.push(projectedAt(start, t0 + (k + 0.5) / 12));
  return months;
}

/** fillExogenous's values at `time` for a state without extra residents. */
function projectedAt(start: StartState, time: number): Projected {
  const nM = start.nM;
  const { o0, o1, w } = yearsAround(start, time);
  const popNeed = new Float64Array(2 * nM);
  let popSum = 0;
  let needSum = 0;
  for (let m = 0; m < nM; m++) {
    const pm = start.pop[o0 + m]! * (1 - w) + start.pop[o1 + m]! * w;
    const nm = start.need[o0 + m]! * (1 - w) + start.need[o1 + m]! * w;
    popNeed[2 * m] = pm;
    popNeed[2 * m + 1] = nm;
    popSum += pm;
    needSum += pm * nm;
  }
  return { popNeed, popSum, needNat: popSum > 0 ? needSum / popSum : 1 };
}

/**
 * fillExogenous when no municipality has extra residents (POP_EXTRA 0 everywhere, as in every run of a plan
 * without a population shock): the same values, bit for bit, copied from projectedMonths.
 */
export function fillProjected(projected: Projected, ws: Workspace): number {
  const popNeed = projected.popNeed;
  const st = ws.st;
  const end = Math.min(st.length, MAX_STATE_LENGTH);
  for (let i = 0, q = 0; q < end; i += 2, q += STRIDE) {
    st[q + POP] = popNeed[i]!;
    st[q + NEED] = popNeed[i + 1]!;
  }
  ws.sums[SUM_POP] = projected.popSum;
  return projected.needNat;
}

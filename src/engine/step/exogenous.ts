/**
 * Exogenous inputs of a step: each municipality's population and need per resident at a point in time,
 * interpolated linearly between the yearly values of the start state (history, then SSB's projection), and the extra
 * residents of a population shock on top (POP_EXTRA, step/population.ts).
 */
import type { StartState } from '../start/startState.ts';
import { MAX_STATE_LENGTH, NEED, POP, POP_EXTRA, STRIDE } from '../stateFields.ts';
import { SUM_POP, type Workspace } from '../workspace.ts';

/**
 * Population and need at a fractional time (years after 1 January of the first data year), interpolated, with the
 * extra residents of a population shock (a share POP_EXTRA of the projection, whose need per resident is
 * `shockNeedRatio` times the municipality's). Returns the national population-weighted need; the total population
 * goes to ws.sums[SUM_POP].
 */
export function fillExogenous(start: StartState, time: number, ws: Workspace, shockNeedRatio = 1): number {
  const nM = start.nM;
  const { st, sums } = ws;
  const rel = time - start.popFirstYear;
  const y0 = Math.min(Math.max(0, Math.floor(rel)), start.popYears - 2);
  const w = Math.min(1, Math.max(0, rel - y0));
  const o0 = y0 * nM;
  const o1 = o0 + nM;
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

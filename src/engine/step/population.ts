/**
 * A population shock (the populationShock lever, the municipality's own): residents beyond SSB's projection, for
 * instance settled refugees. Each month the lever's residents per 1 000 per year join, and a share of those who came
 * move on again (shockMoveAwayPerYear); POP_EXTRA keeps those who stay as a share of the projected population, and
 * fillExogenous (exogenous.ts) adds them to the population with their own need (shockNeedRatio). Without a shock
 * POP_EXTRA stays 0 and the driver does not call this pass.
 */
import type { AssumptionValues } from '../../levers/assumptionCore.ts';
import { L_POP_SHOCK, MAX_STATE_LENGTH, POP_EXTRA, STRIDE } from '../stateFields.ts';
import type { Workspace } from '../workspace.ts';

/** One month (`dt` years) of the extra residents of every municipality. */
export function stepPopulationShock(ws: Workspace, p: AssumptionValues, dt: number): void {
  const keep = Math.max(0, 1 - p.shockMoveAwayPerYear * dt);
  const inflow = 0.001 * dt;
  const st = ws.st;
  const end = Math.min(st.length, MAX_STATE_LENGTH);
  for (let q = 0; q < end; q += STRIDE) st[q + POP_EXTRA] = st[q + POP_EXTRA]! * keep + st[q + L_POP_SHOCK]! * inflow;
}

/** True when some month of the lever's national timeline or of a municipality's own timeline has a shock. */
export function hasPopulationShock(
  national: Float64Array,
  local: readonly { readonly leverIndex: number; readonly values: Float64Array }[] | undefined,
  leverIndex: number,
): boolean {
  if (national.some((v) => v > 0)) return true;
  return local?.some((t) => t.leverIndex === leverIndex && t.values.some((v) => v > 0)) ?? false;
}

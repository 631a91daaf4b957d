/**
 * Where a municipality's residents at the end of a year sit in a start state's population table. A module of its own,
 * without the municipal data startState.ts loads (the worker and the validation use it; startOverrides.ts, in the page's
 * first load, spells it out instead: importing even this split the first chunk).
 */
import type { StartState } from './startState.ts';

/**
 * Where municipality m's residents on 31 December of `year` (1 January of year + 1) sit in `start.pop`: the row of
 * that year plus m. The one place the layout of the population table (year-major, popFirstYear first) is spelled out.
 */
export function popIndexAtEndOf(start: Pick<StartState, 'popFirstYear' | 'nM'>, year: number, m = 0): number {
  return (year + 1 - start.popFirstYear) * start.nM + m;
}

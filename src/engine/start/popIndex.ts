/**
 * Where a municipality's residents at the end of a year sit in a start state's population table. A module of its own,
 * without data imports, so that the page's modules that need it (the planner's own start figures) do not pull the
 * municipal data into the first load.
 */
import type { StartState } from './startState.ts';

/**
 * Where municipality m's residents on 31 December of `year` (1 January of year + 1) sit in `start.pop`: the row of
 * that year plus m. The one place the layout of the population table (year-major, popFirstYear first) is spelled out.
 */
export function popIndexAtEndOf(start: Pick<StartState, 'popFirstYear' | 'nM'>, year: number, m = 0): number {
  return (year + 1 - start.popFirstYear) * start.nM + m;
}

/**
 * Simulation calendar: monthly steps from the start state (31 December of `startYear`) to December of
 * `endYear`. Step k covers month k % 12 of year startYear + 1 + floor(k / 12).
 */

export interface Calendar {
  /** Year whose 31 December is the start state. */
  readonly startYear: number;
  /** Last simulated year (inclusive). */
  readonly endYear: number;
  readonly nMonths: number;
  readonly nYears: number;
}

export const MIN_START_YEAR = 2019;
export const MAX_END_YEAR = 2050;

export function makeCalendar(startYear: number, endYear: number): Calendar {
  if (!Number.isInteger(startYear) || !Number.isInteger(endYear)) throw new Error('calendar years must be integers');
  if (startYear < MIN_START_YEAR) throw new Error(`start year must be ${MIN_START_YEAR} or later, got ${startYear}`);
  if (endYear > MAX_END_YEAR) throw new Error(`end year must be ${MAX_END_YEAR} or earlier, got ${endYear}`);
  if (endYear <= startYear) throw new Error(`end year (${endYear}) must be after the start year (${startYear})`);
  const nYears = endYear - startYear;
  return { startYear, endYear, nYears, nMonths: nYears * 12 };
}

/** Calendar year of step k. */
export function yearOfStep(cal: Calendar, k: number): number {
  return cal.startYear + 1 + Math.floor(k / 12);
}

/** Step index of January of `year` (may be < 0 or ≥ nMonths). */
export function stepOfYear(cal: Calendar, year: number, month = 1): number {
  return (year - cal.startYear - 1) * 12 + (month - 1);
}

/** Years (fractional) from the start state to the end of step k. */
export function yearsAtEndOfStep(k: number): number {
  return (k + 1) / 12;
}

/** The simulated years, startYear + 1 … endYear. */
export function simulatedYears(cal: Calendar): number[] {
  return Array.from({ length: cal.nYears }, (_, i) => cal.startYear + 1 + i);
}

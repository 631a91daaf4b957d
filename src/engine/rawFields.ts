/**
 * RAW_FIELDS: what the model records per municipality and year (stocks at 31 December, flows and costs
 * summed over the year, monthly rates as December values). Region results are built from these sums.
 */

export const RAW_FIELDS = [
  'population',
  'residentsWithoutGp',
  'residentsWithoutGpNoLocum',
  'nGps',
  'nGpsInTraining',
  'nGpsSalaried',
  'vacantLists',
  'gpsDuringMonth',
  'weeklyHoursTimesGps',
  'onCallGpHoursPerMonth',
  'onCallParticipants',
  'onCallOtherHoursPerMonth',
  'onCallUncoveredHoursPerMonth',
  'entrants',
  'leavers',
  'capitationCostNok',
  'municipalCostNok',
  'stateCostNok',
  'gpIncomeTimesGps',
  'listPatients',
] as const;

export type RawField = (typeof RAW_FIELDS)[number];
export const RAW: Readonly<Record<RawField, number>> = Object.fromEntries(RAW_FIELDS.map((f, i) => [f, i])) as Record<
  RawField,
  number
>;
export const N_RAW = RAW_FIELDS.length;

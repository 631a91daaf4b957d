/**
 * RESULT_SPECS: the outcomes the app and the CLI report, each computed for a region and year from the
 * sums of the raw per-municipality fields. Ids follow the n* (stock), new* (flow) convention.
 */
import type { Localized } from '../../levers/types.ts';
import type { RunOutput } from '../model.ts';
import { N_RAW, RAW } from '../rawFields.ts';

export type ResultKind = 'stock' | 'flow' | 'rate';

export interface ResultSpec {
  readonly id: string;
  readonly label: Localized;
  readonly unit: Localized;
  readonly kind: ResultKind;
  /** From the region's raw sums for one year. */
  readonly compute: (s: Float64Array, shiftHours: number) => number;
}

const r = (f: keyof typeof RAW) => RAW[f];
const safeDiv = (a: number, b: number) => (b > 0 ? a / b : 0);
const u = (nb: string, en: string) => ({ nb, en });

export const RESULT_SPECS = [
  {
    id: 'population',
    label: u('Innbyggere', 'Residents'),
    unit: u('personer', 'persons'),
    kind: 'stock',
    compute: (s) => s[r('population')]!,
  },
  {
    id: 'nResidentsWithoutGp',
    label: u('Innbyggere uten fastlege', 'Residents without a GP'),
    unit: u('personer', 'persons'),
    kind: 'stock',
    compute: (s) => s[r('residentsWithoutGp')]!,
  },
  {
    id: 'residentsWithoutGpShare',
    label: u('Andel innbyggere uten fastlege', 'Share of residents without a GP'),
    unit: u('andel', 'share'),
    kind: 'rate',
    compute: (s) => safeDiv(s[r('residentsWithoutGp')]!, s[r('population')]!),
  },
  {
    id: 'nResidentsWithoutGpWithLocum',
    label: u('Uten fastlege, med vikar', 'Without a GP, with a locum'),
    unit: u('personer', 'persons'),
    kind: 'stock',
    compute: (s) => s[r('residentsWithoutGp')]! - s[r('residentsWithoutGpNoLocum')]!,
  },
  {
    id: 'nResidentsWithoutGpNoLocum',
    label: u('Uten fastlege og uten vikar', 'Without a GP and without a locum'),
    unit: u('personer', 'persons'),
    kind: 'stock',
    compute: (s) => s[r('residentsWithoutGpNoLocum')]!,
  },
  {
    id: 'nGps',
    label: u('Fastleger', 'GPs'),
    unit: u('leger', 'doctors'),
    kind: 'stock',
    compute: (s) => s[r('nGps')]!,
  },
  {
    id: 'nGpsSpecialists',
    label: u('Fastleger som er spesialister', 'GPs who are specialists'),
    unit: u('leger', 'doctors'),
    kind: 'stock',
    compute: (s) => s[r('nGps')]! - s[r('nGpsInTraining')]!,
  },
  {
    id: 'nGpsInTraining',
    label: u('Fastleger under spesialisering', 'GPs in training'),
    unit: u('leger', 'doctors'),
    kind: 'stock',
    compute: (s) => s[r('nGpsInTraining')]!,
  },
  {
    id: 'nGpsSalaried',
    label: u('Fastlønte fastleger', 'Salaried GPs'),
    unit: u('leger', 'doctors'),
    kind: 'stock',
    compute: (s) => s[r('nGpsSalaried')]!,
  },
  {
    id: 'nVacantLists',
    label: u('Lister uten fast lege', 'Lists without a GP'),
    unit: u('lister', 'lists'),
    kind: 'stock',
    compute: (s) => s[r('vacantLists')]!,
  },
  {
    id: 'meanListLength',
    label: u('Gjennomsnittlig listelengde', 'Mean list length'),
    unit: u('pasienter', 'patients'),
    kind: 'rate',
    // list patients (residents with a GP × the start's list-patient ratio) per GP, as SSB counts it
    compute: (s) => safeDiv(s[r('listPatients')]!, s[r('gpsDuringMonth')]!),
  },
  {
    id: 'weeklyHoursPerGp',
    label: u('Arbeidstid per fastlege', 'Weekly hours per GP'),
    unit: u('timer/uke', 'hours/week'),
    kind: 'rate',
    compute: (s) => safeDiv(s[r('weeklyHoursTimesGps')]!, s[r('gpsDuringMonth')]!),
  },
  {
    id: 'onCallHoursPerGpPerMonth',
    label: u('Legevakttimer per fastlege', 'Legevakt hours per GP'),
    unit: u('timer/måned', 'hours/month'),
    kind: 'rate',
    compute: (s) => safeDiv(s[r('onCallGpHoursPerMonth')]!, s[r('gpsDuringMonth')]!),
  },
  {
    id: 'onCallHoursPerParticipantPerMonth',
    label: u('Legevakttimer per fastlege i vaktturnus', 'Legevakt hours per GP on the rota'),
    unit: u('timer/måned', 'hours/month'),
    kind: 'rate',
    compute: (s) => safeDiv(s[r('onCallGpHoursPerMonth')]!, s[r('onCallParticipants')]!),
  },
  {
    id: 'onCallShiftsPerParticipantPerMonth',
    label: u('Legevakter per fastlege i vaktturnus', 'Legevakt shifts per GP on the rota'),
    unit: u('vakter/måned', 'shifts/month'),
    kind: 'rate',
    compute: (s, shiftHours) => safeDiv(s[r('onCallGpHoursPerMonth')]!, s[r('onCallParticipants')]!) / shiftHours,
  },
  {
    id: 'onCallOtherHoursPerMonth',
    label: u('Legevakttimer dekket av andre leger', 'Legevakt hours covered by other doctors'),
    unit: u('timer/måned', 'hours/month'),
    kind: 'stock',
    compute: (s) => s[r('onCallOtherHoursPerMonth')]!,
  },
  {
    id: 'onCallUncoveredHoursPerMonth',
    label: u('Udekkede legevakttimer', 'Uncovered legevakt hours'),
    unit: u('timer/måned', 'hours/month'),
    kind: 'stock',
    compute: (s) => s[r('onCallUncoveredHoursPerMonth')]!,
  },
  {
    id: 'newGpEntrants',
    label: u('Nye fastleger', 'New GPs'),
    unit: u('leger/år', 'doctors/year'),
    kind: 'flow',
    compute: (s) => s[r('entrants')]!,
  },
  {
    id: 'newGpLeavers',
    label: u('Fastleger som slutter', 'GPs leaving'),
    unit: u('leger/år', 'doctors/year'),
    kind: 'flow',
    compute: (s) => s[r('leavers')]!,
  },
  {
    id: 'gpIncomeNok',
    label: u('Praksisinntekt per fastlege', 'Practice income per GP'),
    unit: u('kr/år', 'NOK/year'),
    kind: 'rate',
    compute: (s) => safeDiv(s[r('gpIncomeTimesGps')]!, s[r('gpsDuringMonth')]!),
  },
  {
    id: 'capitationCostNok',
    label: u('Basistilskudd', 'Capitation'),
    unit: u('kr/år', 'NOK/year'),
    kind: 'flow',
    compute: (s) => s[r('capitationCostNok')]!,
  },
  {
    id: 'municipalCostNok',
    label: u('Kommunal kostnad', 'Municipal cost'),
    unit: u('kr/år', 'NOK/year'),
    kind: 'flow',
    compute: (s) => s[r('municipalCostNok')]!,
  },
  {
    id: 'stateCostNok',
    label: u('Statlig kostnad', 'State cost'),
    unit: u('kr/år', 'NOK/year'),
    kind: 'flow',
    compute: (s) => s[r('stateCostNok')]!,
  },
  {
    id: 'publicCostNok',
    label: u('Offentlig kostnad i alt', 'Total public cost'),
    unit: u('kr/år', 'NOK/year'),
    kind: 'flow',
    compute: (s) => s[r('municipalCostNok')]! + s[r('stateCostNok')]!,
  },
] as const satisfies readonly ResultSpec[];

export type ResultId = (typeof RESULT_SPECS)[number]['id'];
export const RESULT_IDS: readonly ResultId[] = RESULT_SPECS.map((s) => s.id);
export const N_RESULTS = RESULT_SPECS.length;

/**
 * Region results of one run: out[resultIndex * nYears + year] for the simulated years.
 * `out` may be passed to avoid allocation in Monte Carlo loops.
 */
export function regionResults(
  run: RunOutput,
  members: Int32Array,
  shiftHours: number,
  out?: Float64Array,
): Float64Array {
  const nYears = run.calendar.nYears;
  const res = out ?? new Float64Array(N_RESULTS * nYears);
  const sums = new Float64Array(N_RAW * nYears);
  for (let f = 0; f < N_RAW; f++) regionSums(run.raw[f]!, run.nM, members, nYears, sums, f);
  const year = new Float64Array(N_RAW);
  for (let y = 0; y < nYears; y++) {
    for (let f = 0; f < N_RAW; f++) year[f] = sums[f * nYears + y]!;
    for (let k = 0; k < N_RESULTS; k++) res[k * nYears + y] = RESULT_SPECS[k]!.compute(year, shiftHours);
  }
  return res;
}

/**
 * One raw field's sum over the members, year by year, into sums[f * nYears + year]. Each sum adds the members in
 * their order, as one loop per year would; four years at a time, so that the CPU overlaps four chains of additions
 * (one chain waits for each addition before the next: four cycles a member).
 */
function regionSums(
  arr: Float64Array,
  nM: number,
  members: Int32Array,
  nYears: number,
  sums: Float64Array,
  f: number,
): void {
  const n = members.length;
  let y = 0;
  for (; y + 4 <= nYears; y += 4) {
    const o0 = y * nM;
    const o1 = o0 + nM;
    const o2 = o1 + nM;
    const o3 = o2 + nM;
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    for (let i = 0; i < n; i++) {
      const m = members[i]!;
      a0 += arr[o0 + m]!;
      a1 += arr[o1 + m]!;
      a2 += arr[o2 + m]!;
      a3 += arr[o3 + m]!;
    }
    const s = f * nYears + y;
    sums[s] = a0;
    sums[s + 1] = a1;
    sums[s + 2] = a2;
    sums[s + 3] = a3;
  }
  for (; y < nYears; y++) {
    const o = y * nM;
    let acc = 0;
    for (let i = 0; i < n; i++) acc += arr[o + members[i]!]!;
    sums[f * nYears + y] = acc;
  }
}

export function resultIndex(id: string): number {
  const i = RESULT_IDS.indexOf(id as ResultId);
  if (i < 0) throw new Error(`unknown result "${id}"`);
  return i;
}

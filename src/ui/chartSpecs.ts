/** The charts the app shows: which results each plots, its title, unit and scale (registry style). */
import type { Localized } from '../levers/types.ts';
import type { Band, HistoryResultId, ResultId } from '../engine/index.ts';

export type ChartScale = 'count' | 'decimal' | 'percent' | 'millNok';

export interface ChartSeries {
  readonly result: ResultId;
  /** Draw the p10-p90 band for this series (default: the first series only). */
  readonly band?: boolean;
  /**
   * 'mean': once Monte Carlo has run, the line is the runs' mean (the expected number), not their median. For counts
   * of a few whole doctors a year, where a small municipality's median jumps between 0 and 1 from year to year.
   */
  readonly line?: 'mean';
}

export interface ChartSpec {
  readonly id: string;
  readonly title: Localized;
  readonly unit: Localized;
  readonly scale: ChartScale;
  readonly series: readonly ChartSeries[];
  /** Results with real history to plot as points. */
  readonly history?: readonly HistoryResultId[];
  readonly beginAtZero?: boolean;
  /** The value axis's top (e.g. 100 for probabilities in per cent). */
  readonly max?: number;
  /**
   * The track record (Treffsikkerhet, npm run validate) scores this chart's outcome against what happened, so its
   * band's note says how far ahead it was tried; the bands of other charts say they are not tried.
   */
  readonly tried?: boolean;
}

const L = (nb: string, en: string): Localized => ({ nb, en });

export const CHART_SPECS: readonly ChartSpec[] = [
  {
    id: 'withoutGp',
    title: L('Innbyggere uten fastlege', 'Residents without a GP'),
    unit: L('personer', 'persons'),
    scale: 'count',
    series: [{ result: 'nResidentsWithoutGp' }],
    history: ['nResidentsWithoutGp'],
    beginAtZero: true,
    tried: true,
  },
  {
    id: 'withoutGpShare',
    title: L('Andel innbyggere uten fastlege', 'Share of residents without a GP'),
    unit: L('prosent av innbyggerne', 'per cent of residents'),
    scale: 'percent',
    series: [{ result: 'residentsWithoutGpShare' }],
    history: ['residentsWithoutGpShare'],
    beginAtZero: true,
    tried: true,
  },
  {
    id: 'gps',
    title: L(
      'Fastleger: spesialister, under spesialisering og fastlønte',
      'GPs: specialists, in training and salaried',
    ),
    unit: L('leger', 'doctors'),
    scale: 'count',
    series: [
      { result: 'nGps' },
      { result: 'nGpsSpecialists' },
      { result: 'nGpsInTraining' },
      { result: 'nGpsSalaried' },
    ],
    history: ['nGps'],
    beginAtZero: true,
  },
  {
    id: 'vacantLists',
    title: L('Lister uten fast lege', 'Lists without a GP'),
    unit: L('lister', 'lists'),
    scale: 'count',
    series: [{ result: 'nVacantLists' }],
    history: ['nVacantLists'],
    beginAtZero: true,
  },
  {
    id: 'listLength',
    title: L('Gjennomsnittlig listelengde', 'Mean list length'),
    unit: L('pasienter per fastlege', 'patients per GP'),
    scale: 'count',
    series: [{ result: 'meanListLength' }],
    history: ['meanListLength'],
    tried: true,
  },
  {
    id: 'hours',
    title: L('Arbeidstid per fastlege', 'Weekly hours per GP'),
    unit: L('timer per uke', 'hours per week'),
    scale: 'decimal',
    series: [{ result: 'weeklyHoursPerGp' }],
  },
  {
    id: 'onCall',
    title: L('Legevakttimer per fastlege', 'Legevakt hours per GP'),
    unit: L('timer per måned', 'hours per month'),
    scale: 'decimal',
    series: [{ result: 'onCallHoursPerGpPerMonth' }, { result: 'onCallHoursPerParticipantPerMonth' }],
    beginAtZero: true,
  },
  {
    id: 'onCallUncovered',
    title: L('Udekkede legevakttimer', 'Uncovered legevakt hours'),
    unit: L('timer per måned', 'hours per month'),
    scale: 'count',
    series: [{ result: 'onCallUncoveredHoursPerMonth' }],
    beginAtZero: true,
  },
  {
    id: 'flows',
    title: L('Nye fastleger og fastleger som slutter', 'GPs joining and leaving'),
    unit: L('leger per år', 'doctors per year'),
    // one decimal: the lines are means (0.4 doctors a year), as the deterministic run's were before Monte Carlo
    scale: 'decimal',
    series: [
      { result: 'newGpEntrants', band: true, line: 'mean' },
      { result: 'newGpLeavers', band: true, line: 'mean' },
    ],
    beginAtZero: true,
  },
  {
    id: 'cost',
    title: L('Basistilskudd og offentlig kostnad', 'Capitation and public cost'),
    unit: L('mill. kr per år', 'NOK million per year'),
    scale: 'millNok',
    series: [{ result: 'capitationCostNok' }, { result: 'publicCostNok', band: true }],
    beginAtZero: true,
  },
];

/** The results whose line is the runs' mean (ChartSeries.line). */
const MEAN_LINES: ReadonlySet<ResultId> = new Set(
  CHART_SPECS.flatMap((c) => c.series.filter((s) => s.line === 'mean').map((s) => s.result)),
);

/** Whether the line of `id` is the runs' mean rather than their median (ChartSeries.line). */
export function isMeanLine(id: ResultId): boolean {
  return MEAN_LINES.has(id);
}

/** Whether any of the chart's lines is the runs' mean (its note, its exports' stamp and its report caption say so). */
export function hasMeanLines(spec: Pick<ChartSpec, 'series'>): boolean {
  return spec.series.some((s) => isMeanLine(s.result));
}

/** The line a chart draws from the runs of `id`: their mean or their median (ChartSeries.line). */
export function centreOf(band: Band, id: ResultId): readonly number[] {
  return isMeanLine(id) ? band.mean : band.p50;
}

/**
 * The probabilities over the Monte Carlo runs (probabilityChart.ts): that at least one list is without a GP and
 * that at least 5 % of the residents are, per year. Its lines come from the runs, not from RESULT_SPECS, so it is
 * not among CHART_SPECS (whose series the tables check against the engine's results).
 */
export const PROBABILITY_CHART: ChartSpec = {
  id: 'probability',
  title: L('Sannsynlighet for innbyggere uten fastlege', 'Probability of residents without a GP'),
  unit: L('sannsynlighet i prosent', 'probability in per cent'),
  scale: 'percent',
  series: [],
  beginAtZero: true,
  max: 100,
};

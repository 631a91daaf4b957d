/**
 * Municipal hindcast ensembles: the engine started on 31 December of an origin year from data known then
 * (buildStartAt), with the real policy history, run as Monte Carlo to a later year, keeping each municipality's
 * share without a GP, mean list length and lists without a GP in every run and year. Run i uses the same streams as
 * run i of any other Monte Carlo (sampleAssumptions, "events"), so results are reproducible from the seed.
 */
import { N_RAW, RAW } from '../rawFields.ts';
import { createWorkspace, runModel } from '../model.ts';
import { sampleAssumptions } from '../run/monteCarlo.ts';
import { makeStream } from '../rng.ts';
import { preparePlan, type Plan } from '../run/simulate.ts';
import { simulatedYears } from '../calendar.ts';
import type { TrendPoint } from '../../data/types.ts';

export interface HindcastOptions {
  readonly origin: number;
  /** Last simulated year (default 2025, the last observed year). */
  readonly endYear?: number;
  readonly runs: number;
  readonly seed: number;
  /** Assumption overrides (e.g. the values calibrated until the origin). */
  readonly assumptions?: Readonly<Record<string, number>>;
  /** Last year of data the assumptions were calibrated on (the observed work trend stops after it). */
  readonly knownUntil?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Per-municipality values of every run: arrays indexed [(run * nYears + year) * nM + m]. */
export interface HindcastEnsemble {
  readonly plan: Plan;
  readonly origin: number;
  readonly years: readonly number[];
  readonly runs: number;
  readonly nM: number;
  /** Residents on lists without a GP / residents. */
  readonly share: Float64Array;
  /** List patients / GPs (SSB's mean list length): with the run's list-patient drift (stepListPatientDrift). */
  readonly listLength: Float64Array;
  /**
   * The same without the drift (the start's list-patient ratio × residents with a GP / GPs). The drift moves the
   * recorded list length only and its log is proportional to its scale, so a run's list length at drift scale s is
   * base × (listLength / base)^(s / the run's scale) (withListPatientDrift).
   */
  readonly listLengthBase: Float64Array;
  /** Residents without a GP in the whole country (all municipalities), per run and year: [run * nYears + year]. */
  readonly nationalWithout: Float64Array;
}

/** Runs the hindcast Monte Carlo and keeps every municipality's outcomes. */
export function runHindcast(opts: HindcastOptions): HindcastEnsemble {
  const { origin, runs, seed } = opts;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs: expected a whole number ≥ 1, got ${runs}`);
  const plan = preparePlan({
    origin,
    endYear: opts.endYear ?? 2025,
    ...(opts.assumptions ? { assumptions: opts.assumptions } : {}),
    ...(opts.knownUntil !== undefined ? { knownUntil: opts.knownUntil } : {}),
  });
  const nM = plan.start.nM;
  const years = simulatedYears(plan.calendar);
  const nYears = years.length;
  const share = new Float64Array(runs * nYears * nM);
  const listLength = new Float64Array(runs * nYears * nM);
  const listLengthBase = new Float64Array(runs * nYears * nM);
  const ratio = plan.start.listPatientsPerResident;
  const nationalWithout = new Float64Array(runs * nYears);
  const ws = createWorkspace(plan.start);
  const rawOut = Array.from({ length: N_RAW }, () => new Float64Array(nYears * nM));
  const pop = rawOut[RAW.population]!;
  const without = rawOut[RAW.residentsWithoutGp]!;
  const gps = rawOut[RAW.gpsDuringMonth]!;
  const patients = rawOut[RAW.listPatients]!;
  for (let r = 0; r < runs; r++) {
    const assumptions = sampleAssumptions(plan.assumptions, seed, r);
    const events = makeStream(seed, r, 'events');
    const local = makeStream(seed, r, 'local');
    const listPatients = makeStream(seed, r, 'listPatients');
    runModel({ ...plan, assumptions, events, local, listPatients, rawOut }, ws);
    const off = r * nYears * nM;
    for (let i = 0; i < nYears * nM; i++) {
      const p = pop[i]!;
      share[off + i] = p > 0 ? without[i]! / p : 0;
      listLength[off + i] = gps[i]! > 0 ? patients[i]! / gps[i]! : 0;
      listLengthBase[off + i] = gps[i]! > 0 ? (ratio[i % nM]! * (p - without[i]!)) / gps[i]! : 0;
    }
    for (let y = 0; y < nYears; y++) {
      let sum = 0;
      for (let m = 0; m < nM; m++) sum += without[y * nM + m]!;
      nationalWithout[r * nYears + y] = sum;
    }
    opts.onProgress?.(r + 1, runs);
  }
  return { plan, origin, years, runs, nM, share, listLength, listLengthBase, nationalWithout };
}

/**
 * The ensemble as it would be with the list-patient drift at `scale` instead of the one it ran with (`ranWith` > 0):
 * the drift moves nothing but the recorded list length, and its log is proportional to its scale.
 */
export function withListPatientDrift(ens: HindcastEnsemble, ranWith: number, scale: number): HindcastEnsemble {
  if (!(ranWith > 0)) throw new Error(`withListPatientDrift: the ensemble must have run with a drift, got ${ranWith}`);
  const power = scale / ranWith;
  const base = ens.listLengthBase;
  const listLength = Float64Array.from(ens.listLength, (v, i) =>
    base[i]! > 0 ? base[i]! * Math.pow(v / base[i]!, power) : v,
  );
  return { ...ens, listLength };
}

/** The ensemble of one municipality in one year (a new array, run order). */
export function memberValues(ens: HindcastEnsemble, field: Float64Array, yearIndex: number, m: number): Float64Array {
  const nYears = ens.years.length;
  return Float64Array.from({ length: ens.runs }, (_, r) => field[(r * nYears + yearIndex) * ens.nM + m]!);
}

/**
 * The scored rows of a hindcast, the loop every fit on inner hindcasts walks: each year of the ensemble up to `until`,
 * then each municipality with its own SSB row at the origin (not reconstructed) and a row in that year whose share
 * without a GP is known; in that order. `fn` gets the municipality, the year's index, the row and its share (a
 * fraction).
 */
export function forEachScoredRow(
  ens: HindcastEnsemble,
  until: number,
  fn: (m: number, yearIndex: number, row: TrendPoint, share: number) => void,
): void {
  const start = ens.plan.start;
  ens.years.forEach((year, yi) => {
    if (year > until) return;
    for (let m = 0; m < start.nM; m++) {
      if (start.reconstructed[m]) continue;
      const row = start.records[m]!.trend.find((t) => t.year === year);
      if (!row || row.shareWithoutGpPct === null) continue;
      fn(m, yi, row, row.shareWithoutGpPct / 100);
    }
  });
}

/**
 * Rolling-origin validation of the municipal forecasts. For each origin, the assumptions are calibrated on data
 * up to the origin only, the municipal spread is chosen on an inner hindcast up to the origin (spread.ts), the hindcast Monte Carlo starts from the origin's data (buildStartAt) and every
 * municipality with its own SSB row at the origin and at a test year is scored there, for the share of residents
 * without a GP and the mean list length, against naive forecasts that use no model:
 *
 * - persistence: the origin's value carried forward;
 * - persistence × national change: the origin's value times the change that really happened over the scored
 *   municipalities (an oracle: it knows the national outcome, so it shows what is municipal skill);
 * - climatology: the values of the municipality's centrality class at the origin, as an ensemble;
 * (size bands are by the population on 1 January after the origin);
 * - standing (share only): where municipalities that stood where it stands at the origin (its band of the share)
 *   were as many years later, every such pair of rows up to the origin as an ensemble (baseRates.ts bandSamplesAt;
 *   for the events it is the base rate below, so it is not scored twice there);
 * - zero: no resident without a GP (share only);
 * - for the events only, the base rate from where it stands: how often municipalities in the same band of the share
 *   at the origin had the event as many years later, in the rows up to the origin (baseRates.ts).
 *
 * Scores: CRPS (a point forecast's CRPS is its absolute error), MAE of the median, coverage of p10-p90 and p25-p75,
 * the PIT histogram, and for the events "share ≥ 5 %" and "at least one list without a GP" (share ≥ 0.05 %) the
 * Brier score, a reliability table and the AUC. Differences from the model come with a paired bootstrap interval
 * that resamples municipalities. Before the autumn-2022 registration change the observations are on the registered
 * basis: every forecast for such a year is multiplied by REGISTERED_SHARE_BEFORE_2022, and origin values before it are
 * raised by its inverse, the same way for all forecasters.
 *
 * Also the national total of residents without a GP from the same hindcast (every municipality, reconstructed ones
 * too): the Monte Carlo ensemble's mean and p10-p90 and the deterministic run with the same assumptions, against
 * Helsedirektoratet's and SSB's national figures, so a bias of the ensemble against the calibrated central run shows.
 */
import { NATIONAL } from '../../data/index.ts';
import { makeStream } from '../rng.ts';
import { regionResults, resultIndex } from '../run/results.ts';
import { runDeterministic } from '../run/simulate.ts';
import { popIndexAtEndOf } from '../start/popIndex.ts';
import { registeredBasis } from '../start/startState.ts';
import type { CalibrationResult } from './calibrate.ts';
import { fitUntil } from './fit.ts';
import { memberValues, runHindcast, type HindcastEnsemble } from './hindcast.ts';
import { SPREAD_RUNS, type SpreadChoice } from './spread.ts';
import {
  applyEventCalibration,
  pooledEventPair,
  type EventCalibration,
  type EventCalibrations,
} from '../run/eventCalibration.ts';
import { EVENT_SHARE_THRESHOLDS, fitEventCalibrationsUntil } from './eventCalibrationFit.ts';
import {
  fitShareMixWeight,
  hindcastShareCases,
  mixedEnsemble,
  type ShareCase,
  type ShareMixFit,
} from './shareMixture.ts';
import { sizeBandOf, SIZE_BAND_LABELS } from '../start/localDynamics.ts';
import {
  BASE_RATE_BAND_EDGES,
  bandRateAt,
  bandSamplesAt,
  bandSamplesByYear,
  originBandOf,
  baseRatesByYear,
} from './baseRates.ts';
import {
  auc,
  brierScore,
  crpsEnsemble,
  intervalCovers,
  mean,
  pairedBootstrap,
  pitHistogram,
  pitValue,
  quantile,
  reliabilityTable,
  type PairedBootstrapResult,
  type ReliabilityBin,
} from './scores.ts';

export const OUTCOMES = ['share', 'listLength'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const FORECASTERS = [
  'model',
  'persistence',
  'persistenceNational',
  'climatology',
  'standing',
  'zero',
  'modelMixed',
] as const;
export type ForecasterId = (typeof FORECASTERS)[number];
export const FORECASTER_LABELS: Readonly<Record<ForecasterId, { nb: string; en: string }>> = {
  model: { nb: 'modellen', en: 'model' },
  persistence: { nb: 'ingen endring', en: 'persistence (no change)' },
  persistenceNational: { nb: 'ingen endring × faktisk nasjonal endring', en: 'persistence × actual national change' },
  climatology: { nb: 'sentralitetsklassens fordeling', en: 'centrality-class climatology' },
  standing: { nb: 'hvor kommuner som sto likt havnet', en: 'where those that stood alike went' },
  zero: { nb: 'null', en: 'zero' },
  modelMixed: { nb: 'modellen blandet med «sto likt» (ikke appen)', en: 'model mixed with "stood alike" (not app)' },
};
export const EVENTS = ['shareAtLeast5pct', 'anyListWithoutGp'] as const;
export type EventId = (typeof EVENTS)[number];
/** Thresholds of the events on the share without a GP (a fraction); SSB prints the share with one decimal. */
export const EVENT_THRESHOLDS: Readonly<Record<EventId, number>> = EVENT_SHARE_THRESHOLDS;
/**
 * The forecasters scored on the events: every forecaster, the model's probabilities recalibrated in sample by a
 * logistic map (Platt; the app's until December 2026), the base rate from where a municipality stands, and the runs'
 * share pooled with it by a weight fitted in sample (the app's).
 */
export const EVENT_FORECASTERS = [
  'model',
  'persistence',
  'persistenceNational',
  'climatology',
  'zero',
  'modelRecalibrated',
  'stateBaseRate',
  'modelPooled',
] as const;
export type EventForecasterId = (typeof EVENT_FORECASTERS)[number];
export const EVENT_FORECASTER_LABELS: Readonly<Record<EventForecasterId, { nb: string; en: string }>> = {
  model: FORECASTER_LABELS.model,
  persistence: FORECASTER_LABELS.persistence,
  persistenceNational: FORECASTER_LABELS.persistenceNational,
  climatology: FORECASTER_LABELS.climatology,
  zero: FORECASTER_LABELS.zero,
  modelRecalibrated: { nb: 'modellen, rekalibrert', en: 'model, recalibrated (Platt; not the app)' },
  stateBaseRate: { nb: 'kommuner som sto likt', en: 'base rate from where it stands' },
  modelPooled: { nb: 'modellen vektet med kommuner som sto likt', en: 'model pooled with where it stands (the app)' },
};

/** One municipality in one test year. */
export interface ScoredCase {
  readonly m: number;
  readonly code: string;
  readonly year: number;
  readonly yearIndex: number;
  readonly centralityClass: number;
  readonly sizeBand: number;
  /** Where it stood at the origin: its band of the share without a GP (baseRates.ts BASE_RATE_BAND_EDGES). */
  readonly originBand: number;
  readonly observed: Readonly<Record<Outcome, number>>;
}

export interface ForecasterScores {
  readonly n: number;
  readonly crps: number;
  readonly maeMedian: number;
  /** Share of observations inside p10-p90 and p25-p75 (ensembles only; NaN for point forecasts). */
  readonly coverage80: number;
  readonly coverage50: number;
  /** Model CRPS minus this forecaster's, with a 90 % bootstrap interval over municipalities (negative: model better). */
  readonly modelMinus?: PairedBootstrapResult;
}

export interface EventScores {
  readonly n: number;
  readonly observedRate: number;
  readonly brier: Readonly<Partial<Record<EventForecasterId, number>>>;
  readonly auc: Readonly<Partial<Record<EventForecasterId, number>>>;
  readonly reliability: readonly ReliabilityBin[];
  /** The recalibrated probabilities' reliability table, and the map fitted on hindcasts up to the origin. */
  readonly reliabilityRecalibrated: readonly ReliabilityBin[];
  readonly calibration: EventCalibration;
}

export interface GroupScores {
  readonly group: string;
  readonly n: number;
  readonly crps: Readonly<Partial<Record<ForecasterId, number>>>;
  readonly coverage80: number;
  /**
   * Means over the group's municipality-years: of the runs' mean, of "no change" and of what happened (a fraction for
   * the share). The model's minus the observed one is its bias there: municipalities in crisis at the origin show
   * whether the model lets crises ease faster than they did.
   */
  readonly meanModel: number;
  readonly meanPersistence: number;
  readonly meanObserved: number;
}

export interface OutcomeReport {
  readonly outcome: Outcome;
  readonly forecasters: Readonly<Partial<Record<ForecasterId, ForecasterScores>>>;
  readonly pitHistogram: readonly number[];
  /** Every scored municipality-year as one group (its CRPS and coverage are the model's in `forecasters`). */
  readonly all: GroupScores;
  readonly byYear: readonly GroupScores[];
  readonly byCentralityClass: readonly GroupScores[];
  readonly bySizeBand: readonly GroupScores[];
  /** By where a municipality stood at the origin (its band of the share; group '0'-'3', BASE_RATE_BAND_EDGES). */
  readonly byOriginBand: readonly GroupScores[];
}

export interface OriginReport {
  readonly origin: number;
  readonly testYears: readonly number[];
  readonly runs: number;
  readonly seed: number;
  readonly calibration: CalibrationResult;
  /** The municipal spread chosen on an inner hindcast up to the origin (spread.ts). */
  readonly spread: SpreadChoice;
  /** The event probability maps fitted on inner hindcasts with outcomes up to the origin (eventCalibrationFit.ts). */
  readonly eventCalibration: EventCalibrations;
  /**
   * The weight on the runs in "model mixed with where those that stood alike went", chosen on the same inner
   * hindcasts (shareMixture.ts; not yet in the app).
   */
  readonly shareMix: ShareMixFit;
  /** Municipalities with their own row at the origin (the others are reconstructed and not scored). */
  readonly municipalitiesScored: number;
  readonly municipalitiesReconstructed: number;
  readonly cases: number;
  readonly outcomes: readonly OutcomeReport[];
  readonly events: Readonly<Record<EventId, EventScores>>;
  /** How often a municipality moved between "no list without a GP" and "some" from one test year to the next. */
  readonly transitions: readonly TransitionScores[];
  /** The national total of residents without a GP in each test year: the ensemble, the central run and the truth. */
  readonly national: readonly NationalTotalRow[];
  readonly notes: readonly string[];
}

/**
 * Residents without a GP in the whole country in a year of the hindcast, on the basis of the observation (before 2022
 * the registered basis: model values × REGISTERED_SHARE_BEFORE_2022).
 */
export interface NationalTotalRow {
  readonly year: number;
  /** Helsedirektoratet's Q4 figure or SSB's 31 December figure; null when there is none for the year. */
  readonly actual: number | null;
  /** The deterministic run with the same (calibrated) assumptions: no random events, no municipal swings. */
  readonly deterministic: number;
  readonly mean: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

/** The national totals of a hindcast ensemble against the national series (see NationalTotalRow). */
export function nationalTotals(ens: HindcastEnsemble): NationalTotalRow[] {
  const plan = ens.plan;
  const run = runDeterministic(plan);
  const all = Int32Array.from({ length: plan.start.nM }, (_, i) => i);
  const det = regionResults(run, all, plan.assumptions.shiftHours);
  const k = resultIndex('nResidentsWithoutGp');
  const nYears = ens.years.length;
  const series = NATIONAL.series['listeinnbyggere_uten_fast_lege'] ?? {};
  return ens.years.map((year, y) => {
    const b = registeredBasis(year);
    const values = new Float64Array(ens.runs);
    for (let r = 0; r < ens.runs; r++) values[r] = ens.nationalWithout[r * nYears + y]! * b;
    const sorted = Float64Array.from(values).sort();
    return {
      year,
      actual: series[String(year)] ?? null,
      deterministic: det[k * nYears + y]! * b,
      mean: mean(values),
      p10: quantile(sorted, 0.1),
      p50: quantile(sorted, 0.5),
      p90: quantile(sorted, 0.9),
    };
  });
}

/** Onset (none → some list without a GP) and recovery (some → none) rates, observed and in the model's runs. */
export interface TransitionScores {
  readonly group: string;
  readonly onsetPairs: number;
  readonly recoveryPairs: number;
  readonly observedOnset: number;
  readonly observedRecovery: number;
  readonly modelOnset: number;
  readonly modelRecovery: number;
}

export interface ValidationOptions {
  readonly origins: readonly number[];
  readonly runs: number;
  readonly seed: number;
  readonly endYear?: number;
  readonly calibrationPasses?: number;
  readonly bootstrapReps?: number;
  /** Runs of each inner hindcast that chooses the municipal spread and fits the event maps (default SPREAD_RUNS). */
  readonly spreadRuns?: number;
  readonly onProgress?: (origin: number, stage: string) => void;
}

/** The share (fraction) and list length of a municipality's SSB row in a year, or undefined. */
function observedAt(ens: HindcastEnsemble, m: number, year: number): { share: number; listLength: number } | undefined {
  const row = ens.plan.start.records[m]!.trend.find((t) => t.year === year);
  if (!row || row.shareWithoutGpPct === null || row.meanListLength === null) return undefined;
  return { share: row.shareWithoutGpPct / 100, listLength: row.meanListLength };
}

/** Scores one origin: calibration until the origin, the hindcast, the naive forecasts and every score. */
export function validateOrigin(origin: number, opts: Omit<ValidationOptions, 'origins'>): OriginReport {
  return validateOriginWithEnsemble(origin, opts).report;
}

/** validateOrigin, also returning the hindcast ensemble it scored (for the track record shown in the app). */
export function validateOriginWithEnsemble(
  origin: number,
  opts: Omit<ValidationOptions, 'origins'>,
): { report: OriginReport; ensemble: HindcastEnsemble } {
  const endYear = opts.endYear ?? 2025;
  const { calibration, spread, assumptions } = fitUntil(origin, {
    passes: opts.calibrationPasses ?? 4,
    spreadRuns: opts.spreadRuns ?? SPREAD_RUNS,
    seed: opts.seed,
    onStep: (step) => opts.onProgress?.(origin, step),
  });
  opts.onProgress?.(origin, 'fitting the event probabilities');
  const shareCases: ShareCase[] = [];
  const eventCalibration = fitEventCalibrationsUntil(origin, {
    assumptions,
    runs: opts.spreadRuns ?? SPREAD_RUNS,
    seed: opts.seed,
    onHindcast: (inner) => shareCases.push(...hindcastShareCases(inner, origin)),
  });
  const shareMix = fitShareMixWeight(shareCases);
  opts.onProgress?.(origin, 'hindcast');
  const ens = runHindcast({ origin, endYear, runs: opts.runs, seed: opts.seed, assumptions, knownUntil: origin });
  const start = ens.plan.start;
  const records = start.records;
  const nM = start.nM;
  // the origin's own values (raised to the complete basis before 2022), for the naive forecasts
  const originRaw = records.map((_, m) => (start.reconstructed[m] ? undefined : observedAt(ens, m, origin)));
  const originShare = (m: number) => originRaw[m]!.share / registeredBasis(origin);
  // where each scored municipality stood at the origin (its band of the share), once, not once per test year
  const originBand = records.map((r, m) => (originRaw[m] ? originBandOf(r, origin, registeredBasis) : undefined));
  const classMembers = new Map<number, number[]>();
  records.forEach((r, m) => {
    if (!originRaw[m]) return;
    const list = classMembers.get(r.centralityClass) ?? [];
    list.push(m);
    classMembers.set(r.centralityClass, list);
  });
  const cases: ScoredCase[] = [];
  ens.years.forEach((year, yearIndex) => {
    for (let m = 0; m < nM; m++) {
      if (!originRaw[m]) continue;
      const obs = observedAt(ens, m, year);
      if (!obs) continue;
      // size band by the population known at the origin (as the app's "municipalities like it")
      const pop = start.pop[popIndexAtEndOf(start, origin, m)]!;
      cases.push({
        m,
        code: records[m]!.code,
        year,
        yearIndex,
        centralityClass: records[m]!.centralityClass,
        sizeBand: sizeBandOf(pop),
        originBand: originBand[m]!,
        observed: { share: obs.share, listLength: obs.listLength },
      });
    }
  });
  if (cases.length === 0) throw new Error(`origin ${origin}: no municipality has SSB rows at the origin and later`);
  // the oracle's national change per test year: observed over the scored municipalities, population-weighted
  const nationalRatio = new Map<string, number>();
  for (const year of ens.years) {
    for (const outcome of OUTCOMES) {
      let now = 0;
      let then = 0;
      for (const c of cases) {
        if (c.year !== year) continue;
        const w = start.pop[popIndexAtEndOf(start, year, c.m)]!;
        now += c.observed[outcome] * w;
        then += (outcome === 'share' ? originShare(c.m) * registeredBasis(year) : originRaw[c.m]!.listLength) * w;
      }
      nationalRatio.set(`${outcome}:${year}`, then > 0 ? now / then : 1);
    }
  }
  // where municipalities that stood alike at some year up to the origin were as many years later (rows up to it)
  const standingSamples = bandSamplesByYear(records, origin, registeredBasis);
  const forecast = (f: ForecasterId, outcome: Outcome, c: ScoredCase, i: number): Float64Array | undefined => {
    const b = outcome === 'share' ? registeredBasis(c.year) : 1;
    const origin0 = outcome === 'share' ? originShare(c.m) : originRaw[c.m]!.listLength;
    switch (f) {
      case 'model': {
        const v = memberValues(ens, outcome === 'share' ? ens.share : ens.listLength, c.yearIndex, c.m);
        if (b !== 1) for (let i = 0; i < v.length; i++) v[i] = v[i]! * b;
        return v;
      }
      case 'persistence':
        return Float64Array.of(origin0 * b);
      case 'persistenceNational':
        return Float64Array.of(
          outcome === 'share'
            ? origin0 * b * nationalRatio.get(`share:${c.year}`)!
            : origin0 * nationalRatio.get(`listLength:${c.year}`)!,
        );
      case 'climatology': {
        const peers = classMembers.get(c.centralityClass)!;
        return Float64Array.from(peers, (p) => (outcome === 'share' ? originShare(p) * b : originRaw[p]!.listLength));
      }
      case 'standing': {
        if (outcome !== 'share') return undefined;
        const later = bandSamplesAt(standingSamples, origin, c.year, c.originBand);
        return Float64Array.from(later, (x) => x * b);
      }
      case 'zero':
        return outcome === 'share' ? Float64Array.of(0) : undefined;
      case 'modelMixed': {
        if (outcome !== 'share') return undefined;
        // the model's and the pairs' ensembles as built for their own rows (the pairs copied to be sorted)
        const runs = forecastAt('model', 'share', i)!;
        const pairs = Float64Array.from(forecastAt('standing', 'share', i)!).sort();
        return mixedEnsemble(runs, pairs, shareMix.weight);
      }
    }
  };
  // each forecaster's ensembles, built once per outcome and case (the events and the mixture read them again)
  const built = new Map<string, (Float64Array | undefined)[]>();
  function forecastAt(f: ForecasterId, outcome: Outcome, i: number): Float64Array | undefined {
    const key = `${f}:${outcome}`;
    let list = built.get(key);
    if (!list) built.set(key, (list = cases.map((c, j) => forecast(f, outcome, c, j))));
    return list[i];
  }
  const rng = makeStream(opts.seed, 0, 'events');
  const reps = opts.bootstrapReps ?? 2000;
  const clusters = cases.map((c) => c.code);
  const outcomes: OutcomeReport[] = OUTCOMES.map((outcome) => {
    const obs = cases.map((c) => c.observed[outcome]);
    const crpsBy: Partial<Record<ForecasterId, number[]>> = {};
    const cov80By: Partial<Record<ForecasterId, boolean[]>> = {};
    const forecasters: Partial<Record<ForecasterId, ForecasterScores>> = {};
    const pits: number[] = [];
    for (const f of FORECASTERS) {
      const crps: number[] = [];
      const absErr: number[] = [];
      const cov80: boolean[] = [];
      const cov50: boolean[] = [];
      let ok = true;
      cases.forEach((_, i) => {
        const ensemble = forecastAt(f, outcome, i);
        if (!ensemble) {
          ok = false;
          return;
        }
        const y = obs[i]!;
        crps.push(crpsEnsemble(ensemble, y));
        const sorted = Float64Array.from(ensemble).sort();
        absErr.push(Math.abs(quantile(sorted, 0.5) - y));
        cov80.push(intervalCovers(ensemble, y, 0.1, 0.9));
        cov50.push(intervalCovers(ensemble, y, 0.25, 0.75));
        if (f === 'model') pits.push(pitValue(ensemble, y, rng()));
      });
      if (!ok) continue;
      crpsBy[f] = crps;
      cov80By[f] = cov80;
      const isEnsemble = f === 'model' || f === 'climatology' || f === 'standing' || f === 'modelMixed';
      forecasters[f] = {
        n: crps.length,
        crps: mean(crps),
        maeMedian: mean(absErr),
        coverage80: isEnsemble ? cov80.filter(Boolean).length / cov80.length : Number.NaN,
        coverage50: isEnsemble ? cov50.filter(Boolean).length / cov50.length : Number.NaN,
      };
    }
    for (const f of FORECASTERS) {
      if (f === 'model' || !crpsBy[f]) continue;
      forecasters[f] = {
        ...forecasters[f]!,
        modelMinus: pairedBootstrap(crpsBy.model!, crpsBy[f], { rng, reps, clusters }),
      };
    }
    const groupScores = (key: (c: ScoredCase) => string, order: readonly string[]): GroupScores[] =>
      order.flatMap((group) => {
        const idx = cases.flatMap((c, i) => (key(c) === group ? [i] : []));
        if (idx.length === 0) return [];
        const crps: Partial<Record<ForecasterId, number>> = {};
        for (const f of FORECASTERS) if (crpsBy[f]) crps[f] = mean(idx.map((i) => crpsBy[f]![i]!));
        return [
          {
            group,
            n: idx.length,
            crps,
            coverage80: idx.filter((i) => cov80By.model![i]).length / idx.length,
            meanModel: mean(idx.map((i) => mean(forecastAt('model', outcome, i)!))),
            meanPersistence: mean(idx.map((i) => forecastAt('persistence', outcome, i)![0]!)),
            meanObserved: mean(idx.map((i) => obs[i]!)),
          },
        ];
      });
    return {
      outcome,
      forecasters,
      pitHistogram: pitHistogram(pits, 10),
      all: groupScores(() => 'all', ['all'])[0]!,
      byYear: groupScores(
        (c) => String(c.year),
        ens.years.map((y) => String(y)),
      ),
      byCentralityClass: groupScores((c) => String(c.centralityClass), ['1', '2', '3', '4', '5', '6']),
      bySizeBand: groupScores(
        (c) => SIZE_BAND_LABELS[c.sizeBand]!.en,
        SIZE_BAND_LABELS.map((l) => l.en),
      ),
      byOriginBand: groupScores(
        (c) => String(c.originBand),
        BASE_RATE_BAND_EDGES.map((_, b) => String(b)),
      ),
    };
  });
  // each event's probabilities by forecaster
  const probsOf = (event: EventId): Partial<Record<EventForecasterId, number[]>> => {
    const threshold = EVENT_THRESHOLDS[event];
    const probs: Partial<Record<EventForecasterId, number[]>> = {};
    // (the standing forecaster's event probabilities are stateBaseRate's, from the same pairs: not scored twice; the
    // mixed one is a candidate for the share's band only, its events are the app's pooling, modelPooled)
    for (const f of FORECASTERS) {
      if (f === 'standing' || f === 'modelMixed') continue;
      probs[f] = cases.map((_, i) => {
        const e = forecastAt(f, 'share', i)!;
        let hits = 0;
        for (let i = 0; i < e.length; i++) if (e[i]! >= threshold) hits++;
        return hits / e.length;
      });
    }
    const map = eventCalibration[event];
    probs.modelRecalibrated = probs.model!.map((p) => applyEventCalibration(p, map));
    // how often municipalities in the same band at the origin had the event as many years later (rows up to it)
    const rates = baseRatesByYear(records, origin, threshold, registeredBasis);
    probs.stateBaseRate = cases.map((c) => bandRateAt(rates, origin, c.year, c.originBand));
    return probs;
  };
  const probsByEvent = { shareAtLeast5pct: probsOf('shareAtLeast5pct'), anyListWithoutGp: probsOf('anyListWithoutGp') };
  // the app's two probabilities: each pooled with its base rate, "share ≥ 5 %" capped at the other (pooledEventPair)
  const { anyListWithoutGp: anyProbs, shareAtLeast5pct: overProbs } = probsByEvent;
  const shown = cases.map((_, i) =>
    pooledEventPair(
      { anyListWithoutGp: anyProbs.model![i]!, shareAtLeast5pct: overProbs.model![i]! },
      { anyListWithoutGp: anyProbs.stateBaseRate![i]!, shareAtLeast5pct: overProbs.stateBaseRate![i]! },
      eventCalibration,
    ),
  );
  anyProbs.modelPooled = shown.map((p) => p.anyListWithoutGp);
  overProbs.modelPooled = shown.map((p) => p.shareAtLeast5pct);
  const events = Object.fromEntries(
    EVENTS.map((event) => {
      const outcomesObs = cases.map((c) => c.observed.share >= EVENT_THRESHOLDS[event]);
      const probs = probsByEvent[event];
      const map = eventCalibration[event];
      const brier: Partial<Record<EventForecasterId, number>> = {};
      const aucs: Partial<Record<EventForecasterId, number>> = {};
      for (const f of EVENT_FORECASTERS) {
        brier[f] = brierScore(probs[f]!, outcomesObs);
        aucs[f] = auc(probs[f]!, outcomesObs);
      }
      const scores: EventScores = {
        n: cases.length,
        observedRate: outcomesObs.filter(Boolean).length / cases.length,
        brier,
        auc: aucs,
        reliability: reliabilityTable(probs.model!, outcomesObs, 10),
        reliabilityRecalibrated: reliabilityTable(probs.modelRecalibrated!, outcomesObs, 10),
        calibration: map,
      };
      return [event, scores];
    }),
  ) as Record<EventId, EventScores>;
  const transitions = transitionScores(cases, ens);
  const scored = originRaw.filter(Boolean).length;
  const report: OriginReport = {
    origin,
    testYears: [...new Set(cases.map((c) => c.year))],
    runs: opts.runs,
    seed: opts.seed,
    calibration,
    spread,
    eventCalibration,
    shareMix,
    municipalitiesScored: scored,
    municipalitiesReconstructed: nM - scored,
    cases: cases.length,
    outcomes,
    events,
    transitions,
    national: nationalTotals(ens),
    notes: [...start.notes],
  };
  return { report, ensemble: ens };
}

/**
 * Year-to-year moves between "no list without a GP" and "some" (share ≥ 0.05 %) over consecutive test years, by size
 * band and for all: observed in the SSB rows, and in the model over the same municipalities, years and all runs.
 */
function transitionScores(cases: readonly ScoredCase[], ens: HindcastEnsemble): TransitionScores[] {
  const threshold = EVENT_THRESHOLDS.anyListWithoutGp;
  const byKey = new Map(cases.map((c) => [`${c.m}:${c.year}`, c]));
  const nYears = ens.years.length;
  const groups = ['all', ...SIZE_BAND_LABELS.map((l) => l.en)];
  const acc = new Map(groups.map((g) => [g, { on: 0, onN: 0, rec: 0, recN: 0, mOn: 0, mOnN: 0, mRec: 0, mRecN: 0 }]));
  for (const c of cases) {
    const next = byKey.get(`${c.m}:${c.year + 1}`);
    if (!next) continue;
    const before = c.observed.share >= threshold;
    const after = next.observed.share >= threshold;
    for (const g of ['all', SIZE_BAND_LABELS[c.sizeBand]!.en]) {
      const a = acc.get(g)!;
      if (before) {
        a.recN++;
        if (!after) a.rec++;
      } else {
        a.onN++;
        if (after) a.on++;
      }
      for (let r = 0; r < ens.runs; r++) {
        const b = ens.share[(r * nYears + c.yearIndex) * ens.nM + c.m]! >= threshold;
        const n = ens.share[(r * nYears + next.yearIndex) * ens.nM + c.m]! >= threshold;
        if (b) {
          a.mRecN++;
          if (!n) a.mRec++;
        } else {
          a.mOnN++;
          if (n) a.mOn++;
        }
      }
    }
  }
  return groups.flatMap((group) => {
    const a = acc.get(group)!;
    if (a.onN + a.recN === 0) return [];
    return [
      {
        group,
        onsetPairs: a.onN,
        recoveryPairs: a.recN,
        observedOnset: a.onN > 0 ? a.on / a.onN : Number.NaN,
        observedRecovery: a.recN > 0 ? a.rec / a.recN : Number.NaN,
        modelOnset: a.mOnN > 0 ? a.mOn / a.mOnN : Number.NaN,
        modelRecovery: a.mRecN > 0 ? a.mRec / a.mRecN : Number.NaN,
      },
    ];
  });
}

/** Validates every origin in turn. */
export function validate(opts: ValidationOptions): OriginReport[] {
  return opts.origins.map((origin) => validateOrigin(origin, opts));
}

/**
 * A candidate forecast of a municipality's share without a GP, scored by the validation and not yet shown in the app:
 * the model's runs mixed with "where those that stood alike went" (the later shares of municipalities that stood in
 * the same band of the share at some year up to the origin, baseRates.ts). The runs carry the municipality's own
 * start, levers and local swings; the pairs carry how often such municipalities' crises came and went, which the runs
 * alone state too narrowly (the events' pooling, run/eventCalibration.ts, does the same for the probabilities).
 *
 * The mixture is a weight w on the runs and 1 − w on the pairs, written as one ensemble: the runs as they are and
 * n · (1 − w) / w evenly spaced quantiles of the pairs' shares. w is chosen on hindcasts from earlier origins scored on
 * years up to the origin (the same inner hindcasts the event weights are fitted on), by the mean CRPS over a grid,
 * so nothing after the origin is read.
 */
import { bandSamplesAt, bandSamplesByYear, originBandOf } from './baseRates.ts';
import { forEachScoredRow, memberValues, type HindcastEnsemble } from './hindcast.ts';
import { crpsEnsemble, mean, quantile } from './scores.ts';
import { registeredBasis } from '../start/startState.ts';

/** The weights on the runs tried (1: the runs alone). */
export const MIX_WEIGHT_GRID: readonly number[] = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

/** The runs and the pairs' later shares for one municipality-year, on the basis of the observation, and what happened. */
export interface ShareCase {
  readonly runs: Float64Array;
  /** Ascending. */
  readonly pairs: Float64Array;
  readonly observed: number;
}

/**
 * The mixture as one ensemble: `runs` and round(n · (1 − w) / w) quantiles of the ascending `pairs` at (i + ½) / k. The
 * runs alone where w is 1 or there are no pairs.
 */
export function mixedEnsemble(runs: Float64Array, pairs: Float64Array, w: number): Float64Array {
  if (!(w > 0 && w <= 1)) throw new Error(`mixture weight: expected a number in (0, 1], got ${w}`);
  const k = pairs.length === 0 ? 0 : Math.round((runs.length * (1 - w)) / w);
  if (k === 0) return runs;
  const out = new Float64Array(runs.length + k);
  out.set(runs);
  for (let i = 0; i < k; i++) out[runs.length + i] = quantile(pairs, (i + 0.5) / k);
  return out;
}

/**
 * The share cases of a hindcast: every municipality with its own SSB row at the hindcast's origin and in a year up
 * to `until`; the runs and the pairs (counted on the rows up to the hindcast's origin) put on the registered basis of
 * the year, as the observation is (validate.ts).
 */
export function hindcastShareCases(ens: HindcastEnsemble, until: number): ShareCase[] {
  const start = ens.plan.start;
  const records = start.records;
  const samples = bandSamplesByYear(records, ens.origin, registeredBasis);
  const bands = records.map((r) => originBandOf(r, ens.origin, registeredBasis));
  const out: ShareCase[] = [];
  forEachScoredRow(ens, until, (m, yi, _row, observed) => {
    const band = bands[m];
    if (band === undefined) return;
    const year = ens.years[yi]!;
    const basis = registeredBasis(year);
    const runs = memberValues(ens, ens.share, yi, m);
    for (let r = 0; r < runs.length; r++) runs[r] = runs[r]! * basis;
    const pairs = Float64Array.from(bandSamplesAt(samples, ens.origin, year, band), (x) => x * basis).sort();
    out.push({ runs, pairs, observed });
  });
  return out;
}

export interface ShareMixFit {
  /** The weight on the runs with the lowest mean CRPS (the runs alone on a tie). */
  readonly weight: number;
  /** Mean CRPS at each MIX_WEIGHT_GRID point (a fraction). */
  readonly crpsByWeight: readonly number[];
  readonly n: number;
}

/** The grid weight with the lowest mean CRPS over the cases (the highest of tied weights). */
export function fitShareMixWeight(cases: readonly ShareCase[]): ShareMixFit {
  if (cases.length === 0) throw new Error('share mixture: no cases to fit the weight on');
  const crpsByWeight = MIX_WEIGHT_GRID.map((w) =>
    mean(cases.map((c) => crpsEnsemble(mixedEnsemble(c.runs, c.pairs, w), c.observed))),
  );
  let best = crpsByWeight.length - 1;
  for (let i = crpsByWeight.length - 2; i >= 0; i--) if (crpsByWeight[i]! < crpsByWeight[best]!) best = i;
  return { weight: MIX_WEIGHT_GRID[best]!, crpsByWeight, n: cases.length };
}

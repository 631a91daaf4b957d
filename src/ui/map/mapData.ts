/**
 * The map's numbers, DOM-free: which value a municipality (or a county, the country) shows for an outcome, a
 * scenario view (current policy, the scenario, or the difference scenario − current policy) and a year, and the
 * classes the map colours them by (fixed breaks per outcome, so that colours mean the same in every year while the
 * year slider plays). Colour ramps are ColorBrewer's colour-blind-safe YlOrRd (levels) and PuOr (differences).
 */
import { applyEventPool, type EventCalibration } from '../../engine/run/eventCalibration.ts';
import type { MapOutcome, MapProbabilities, MapSeries } from '../sim/protocol.ts';

/** The outcomes the map can show: the worker's four and the Monte Carlo probability of a list without a GP. */
export type MapMeasure = MapOutcome | 'pListWithoutGp';
export const MAP_MEASURES: readonly MapMeasure[] = [
  'withoutGpShare',
  'pListWithoutGp',
  'meanListLength',
  'onCallHours',
  'gpsPer1000',
];
export type MapView = 'baseline' | 'current' | 'diff';
export const MAP_VIEWS: readonly MapView[] = ['current', 'baseline', 'diff'];

export interface MeasureSpec {
  /** Upper bounds of the classes but the last (ascending), for levels. */
  readonly breaks: readonly number[];
  /** Upper bounds for the difference view (ascending, symmetric around 0). */
  readonly diffBreaks: readonly number[];
  /** Higher values are worse (the dark end); false: lower is worse (GPs per 1 000 residents). */
  readonly higherIsWorse: boolean;
  /** Shown as a percentage (a share or a probability). */
  readonly percent: boolean;
  /** Decimals shown (of the percentage when `percent`). */
  readonly decimals: number;
}

export const MEASURES: Readonly<Record<MapMeasure, MeasureSpec>> = {
  withoutGpShare: {
    breaks: [0.005, 0.01, 0.025, 0.05, 0.1],
    diffBreaks: [-0.05, -0.02, -0.005, 0.005, 0.02, 0.05],
    higherIsWorse: true,
    percent: true,
    decimals: 1,
  },
  pListWithoutGp: {
    breaks: [0.1, 0.25, 0.5, 0.75, 0.9],
    diffBreaks: [-0.3, -0.15, -0.05, 0.05, 0.15, 0.3],
    higherIsWorse: true,
    percent: true,
    decimals: 0,
  },
  meanListLength: {
    breaks: [700, 850, 1000, 1100, 1200],
    diffBreaks: [-150, -75, -25, 25, 75, 150],
    higherIsWorse: true,
    percent: false,
    decimals: 0,
  },
  onCallHours: {
    breaks: [10, 20, 30, 45, 60],
    diffBreaks: [-15, -7.5, -2.5, 2.5, 7.5, 15],
    higherIsWorse: true,
    percent: false,
    decimals: 1,
  },
  gpsPer1000: {
    breaks: [0.8, 1, 1.2, 1.5, 2],
    diffBreaks: [-0.2, -0.1, -0.03, 0.03, 0.1, 0.2],
    higherIsWorse: false,
    percent: false,
    decimals: 2,
  },
};

/** ColorBrewer YlOrRd, 6 classes (light = good end), colour-blind safe. */
export const LEVEL_COLOURS = ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'] as const;
/** ColorBrewer PuOr, 7 classes, reversed so orange = worse (more), purple = better; colour-blind safe. */
export const DIFF_COLOURS = ['#542788', '#998ec3', '#d8daeb', '#f7f7f7', '#fee0b6', '#f1a340', '#b35806'] as const;
/** No value (no SSB row, no legevakt history, probabilities not computed): drawn with a hatch pattern. */
export const NO_DATA_COLOUR = '#d9d9d9';

/** The class index of `v` for the breaks (0 … breaks.length), or -1 for no value. */
export function classOf(v: number, breaks: readonly number[]): number {
  if (!Number.isFinite(v)) return -1;
  let i = 0;
  while (i < breaks.length && v >= breaks[i]!) i++;
  return i;
}

/** The colours of the classes for a measure and view (worse is always the dark/orange end). */
export function paletteFor(measure: MapMeasure, view: MapView): readonly string[] {
  const spec = MEASURES[measure];
  const base: readonly string[] = view === 'diff' ? DIFF_COLOURS : LEVEL_COLOURS;
  return spec.higherIsWorse ? base : [...base].reverse();
}

export function breaksFor(measure: MapMeasure, view: MapView): readonly number[] {
  return view === 'diff' ? MEASURES[measure].diffBreaks : MEASURES[measure].breaks;
}

/** The fill colour of a value. */
export function colourOf(v: number, measure: MapMeasure, view: MapView): string {
  const k = classOf(v, breaksFor(measure, view));
  return k < 0 ? NO_DATA_COLOUR : paletteFor(measure, view)[k]!;
}

/** A legend entry: the class's bounds (lower inclusive; null at the open ends) and colour. */
export interface LegendClass {
  readonly from: number | null;
  readonly to: number | null;
  readonly colour: string;
}

export function legendClasses(measure: MapMeasure, view: MapView): LegendClass[] {
  const b = breaksFor(measure, view);
  const pal = paletteFor(measure, view);
  return pal.map((colour, i) => ({ from: i === 0 ? null : b[i - 1]!, to: i === b.length ? null : b[i]!, colour }));
}

/**
 * The runs' shares of "at least one list without a GP" pooled with each municipality's base rate from where it stands
 * (MapProbabilities.standing) by the weight the key figures use (eventMaps.ts: fitted on hindcasts), so the map and a
 * municipality's key figure say the same; a municipality without a base rate keeps the runs' share.
 */
export function pooledProbabilities(p: MapProbabilities, c: EventCalibration): MapProbabilities {
  const base = p.standing;
  const map = (a: Float32Array) => a.map((x, i) => (Number.isFinite(base[i]!) ? applyEventPool(x, base[i]!, c) : x));
  return { ...p, values: { baseline: map(p.values.baseline), current: map(p.values.current) } };
}

/** The numbers the map shows: the worker's series and, once computed, the Monte Carlo probabilities. */
export interface MapNumbers {
  readonly series: MapSeries;
  readonly probabilities: MapProbabilities | null;
}

/** The years a measure has values in (probabilities only for projected years). */
export function yearsOf(n: MapNumbers, measure: MapMeasure): readonly number[] {
  if (measure === 'pListWithoutGp')
    return n.probabilities?.years ?? n.series.years.filter((y) => y >= n.series.firstProjected);
  if (measure === 'onCallHours') return n.series.years.filter((y) => y >= n.series.firstProjected);
  return n.series.years;
}

/** Municipality m's value (index in series.municipalities) for a measure, view and year; NaN when none. */
export function valueAt(n: MapNumbers, measure: MapMeasure, view: MapView, m: number, year: number): number {
  if (measure === 'pListWithoutGp') {
    const p = n.probabilities;
    if (!p) return NaN;
    const y = p.years.indexOf(year);
    if (y < 0) return NaN;
    const at = (a: Float32Array) => a[m * p.years.length + y]!;
    return view === 'diff' ? at(p.values.current) - at(p.values.baseline) : at(p.values[view]);
  }
  const s = n.series;
  const y = s.years.indexOf(year);
  if (y < 0) return NaN;
  const pair = s.values[measure];
  const at = (a: Float32Array) => a[m * s.years.length + y]!;
  return view === 'diff' ? at(pair.current) - at(pair.baseline) : at(pair[view]);
}

/**
 * A county ("fylke:NN") or the country ("national") for a measure, view and year; NaN when none. Probabilities
 * have no aggregate here (a region's probability is not the mean of its municipalities').
 */
export function aggregateAt(n: MapNumbers, key: string, measure: MapMeasure, view: MapView, year: number): number {
  if (measure === 'pListWithoutGp') return NaN;
  const agg = n.series.aggregates[key]?.[measure];
  const y = n.series.years.indexOf(year);
  if (!agg || y < 0) return NaN;
  return view === 'diff' ? agg.current[y]! - agg.baseline[y]! : agg[view][y]!;
}

/** Every municipality's value (in series order) for a measure, view and year. */
export function valuesAt(n: MapNumbers, measure: MapMeasure, view: MapView, year: number): Float64Array {
  const out = new Float64Array(n.series.municipalities.length);
  for (let m = 0; m < out.length; m++) out[m] = valueAt(n, measure, view, m, year);
  return out;
}

/** True when the year is observed history (both scenarios show the same SSB figures). */
export function isObserved(n: MapNumbers, year: number): boolean {
  return year < n.series.firstProjected;
}

/**
 * "Kommuner i faresonen", DOM-free: the municipalities ranked by an outcome in a year, worst first, under current
 * policy and under the scenario, with the change; filtered by county and centrality class.
 */
import { MEASURES, valueAt, type MapMeasure, type MapNumbers } from './mapData.ts';

export interface RiskRow {
  /** Index in series.municipalities. */
  readonly m: number;
  readonly code: string;
  readonly name: string;
  readonly countyName: string;
  readonly centrality: number;
  /** 1 = worst under the scenario among the rows shown. */
  readonly rank: number;
  /** Rank under current policy among the rows shown. */
  readonly baselineRank: number;
  readonly baseline: number;
  readonly current: number;
  /** current − baseline. */
  readonly change: number;
}

export interface RiskFilter {
  /** County number, or '' for all. */
  readonly county: string;
  /** Centrality class 1-6, or 0 for all. */
  readonly centrality: number;
}

/** Sorts worst first (by the measure's direction); municipalities without a value last, by name. */
function worstFirst(measure: MapMeasure, value: (m: number) => number, name: (m: number) => string) {
  const sign = MEASURES[measure].higherIsWorse ? -1 : 1;
  return (a: number, b: number) => {
    const va = value(a);
    const vb = value(b);
    const fa = Number.isFinite(va);
    const fb = Number.isFinite(vb);
    if (fa !== fb) return fa ? -1 : 1;
    if (fa && va !== vb) return sign * (va - vb);
    return name(a).localeCompare(name(b), 'nb');
  };
}

export function riskRanking(n: MapNumbers, measure: MapMeasure, year: number, filter: RiskFilter): RiskRow[] {
  const muns = n.series.municipalities;
  const idx = muns
    .map((_, m) => m)
    .filter(
      (m) =>
        (filter.county === '' || muns[m]!.county === filter.county) &&
        (filter.centrality === 0 || muns[m]!.centrality === filter.centrality),
    );
  const name = (m: number) => muns[m]!.name;
  const base = (m: number) => valueAt(n, measure, 'baseline', m, year);
  const cur = (m: number) => valueAt(n, measure, 'current', m, year);
  const baseOrder = [...idx].sort(worstFirst(measure, base, name));
  const baseRank = new Map(baseOrder.map((m, i) => [m, i + 1]));
  return [...idx].sort(worstFirst(measure, cur, name)).map((m, i) => {
    const r = muns[m]!;
    return {
      m,
      code: r.code,
      name: r.name,
      countyName: r.countyName,
      centrality: r.centrality,
      rank: i + 1,
      baselineRank: baseRank.get(m)!,
      baseline: base(m),
      current: cur(m),
      change: cur(m) - base(m),
    };
  });
}

/**
 * The real history of a region, for the charts: Helsedirektoratet's national series for the whole country,
 * and for counties, centrality classes and municipalities the KOSTRA figures per municipality (SSB 12005:
 * share without a GP and mean list length, 2015-2025; lists without a GP, 2025) summed over the members, weighted by
 * population.
 * Counts before autumn 2022 miss residents on unregistered vacant lists (the series break, see backtest.ts).
 */
import { NATIONAL } from '../../data/index.ts';
import type { MunicipalityRecord } from '../../data/types.ts';
import { listPatientsPerResident2025 } from '../start/startState.ts';

export type HistoryResultId =
  'nResidentsWithoutGp' | 'residentsWithoutGpShare' | 'nGps' | 'nVacantLists' | 'meanListLength';

export interface HistoryPoint {
  readonly year: number;
  readonly value: number;
}

export interface RegionHistory {
  /** Where the figures come from, e.g. "Helsedirektoratet" or "SSB 12005 (KOSTRA)". */
  readonly source: string;
  /** True when some figures are derived (e.g. GPs = residents with a GP / mean list length). */
  readonly derived: readonly HistoryResultId[];
  readonly series: Readonly<Partial<Record<HistoryResultId, readonly HistoryPoint[]>>>;
}

/** National series used per result, in order of preference for each year. */
const NATIONAL_SERIES: Readonly<Record<HistoryResultId, readonly string[]>> = {
  nResidentsWithoutGp: ['listeinnbyggere_uten_fast_lege'],
  residentsWithoutGpShare: ['andel_listeinnbyggere_uten_fast_lege_pst'],
  nGps: ['fastleger', 'lister_med_fast_lege'],
  nVacantLists: ['lister_uten_fast_lege'],
  meanListLength: ['gjsn_listelengde_faste_leger'],
};

const FIRST_YEAR = 2015;
const LAST_YEAR = 2025;
/** Share of a region's population that must have KOSTRA figures for a year to be shown. */
const MIN_COVERAGE = 0.9;

function nationalHistory(): RegionHistory {
  const series: Partial<Record<HistoryResultId, HistoryPoint[]>> = {};
  for (const [id, names] of Object.entries(NATIONAL_SERIES) as [HistoryResultId, readonly string[]][]) {
    const points: HistoryPoint[] = [];
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (const name of names) {
        const v = NATIONAL.series[name]?.[String(year)];
        if (v === undefined) continue;
        points.push({ year, value: id === 'residentsWithoutGpShare' ? v / 100 : v });
        break;
      }
    }
    series[id] = points;
  }
  return { source: 'Helsedirektoratet, SSB', derived: [], series };
}

function popAt(r: MunicipalityRecord, year: number): number | undefined {
  return r.pop.values[year - r.pop.firstYear];
}

/**
 * Members' KOSTRA figures summed. KOSTRA's series restart where municipalities merged or split, so a year is
 * shown when members with figures hold at least MIN_COVERAGE of the region's population; their sums are then
 * scaled up to the whole region. GPs are derived: list patients (residents with a GP × the municipality's 2025
 * list-patient ratio, the only year SSB's figures give it) over the list length, so that 2025's equal the lists with
 * a GP the projection starts from, and a region's list length is its list patients per GP.
 */
function municipalHistory(members: readonly MunicipalityRecord[]): RegionHistory {
  const without: HistoryPoint[] = [];
  const share: HistoryPoint[] = [];
  const gps: HistoryPoint[] = [];
  const listLength: HistoryPoint[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    let popAll = 0;
    let pop = 0;
    let w = 0;
    let withGp = 0;
    let lists = 0;
    for (const r of members) {
      const p = popAt(r, year) ?? 0;
      popAll += p;
      const t = r.trend.find((x) => x.year === year);
      if (!t || t.shareWithoutGpPct === null || !t.meanListLength || p <= 0) continue;
      const wo = (p * t.shareWithoutGpPct) / 100;
      const patients = (p - wo) * listPatientsPerResident2025(r);
      pop += p;
      w += wo;
      withGp += patients;
      lists += patients / t.meanListLength;
    }
    if (pop <= 0 || pop < MIN_COVERAGE * popAll) continue;
    const scale = popAll / pop;
    without.push({ year, value: w * scale });
    share.push({ year, value: w / pop });
    gps.push({ year, value: lists * scale });
    listLength.push({ year, value: lists > 0 ? withGp / lists : 0 });
  }
  return {
    source: 'SSB 12005 (KOSTRA)',
    derived: ['nGps'],
    series: {
      nResidentsWithoutGp: without,
      residentsWithoutGpShare: share,
      nGps: gps,
      nVacantLists: vacantLists2025(members),
      meanListLength: listLength,
    },
  };
}

/**
 * SSB's lists without a GP on 31 December 2025 summed over the members with a row, the only year SSB's municipal
 * figures give them (src/data/raw/fastlege_kommune_2025.csv), so that the chart of vacant lists starts from a real
 * value as the others do; none when the members with a row hold less than MIN_COVERAGE of the population. Not scaled
 * up: a count of whole lists (the members without a row are a few small municipalities whose values are imputed).
 */
function vacantLists2025(members: readonly MunicipalityRecord[]): HistoryPoint[] {
  const year = 2025;
  let popAll = 0;
  let pop = 0;
  let lists = 0;
  for (const r of members) {
    const p = popAt(r, year) ?? 0;
    popAll += p;
    if (r.imputed) continue;
    pop += p;
    lists += r.gp2025.listsWithoutGp;
  }
  return pop > 0 && pop >= MIN_COVERAGE * popAll ? [{ year, value: lists }] : [];
}

/** History for the whole country (members = all) or for a set of municipalities. */
export function regionHistory(
  type: 'national' | 'fylke' | 'sentralitet' | 'kommune',
  members: readonly MunicipalityRecord[],
): RegionHistory {
  return type === 'national' ? nationalHistory() : municipalHistory(members);
}

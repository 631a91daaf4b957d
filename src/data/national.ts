// National tables: key-figure series (Helsedirektoratet / SSB), capitation rates, consultations by age, expenditure and ALIS grants.
import type { CsvRow } from './csv.ts';
import { num, numOrNull, str } from './csv.ts';
import type { AlisBySize, CapitationRate, ConsultationsByAge, ExpenditureRow } from './types.ts';

/** Key used for the 1 May 2024 status in `series` (a third into the year). */
export const MAY_2024_KEY = '2024.33';

export interface KeyFigureSeries {
  series: Record<string, Record<string, number>>;
  seriesIntraYear: Record<string, Record<string, number>>;
  seriesSources: Record<string, string>;
}

function put(target: Record<string, Record<string, number>>, indicator: string, key: string, value: number): void {
  const m = (target[indicator] ??= {});
  const old = m[key];
  if (old !== undefined && old !== value)
    throw new Error(`${indicator} ${key}: conflicting values ${old} and ${value}`);
  m[key] = value;
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k] as T;
  return out;
}

/**
 * Splits fastlege_nokkeltall_nasjonalt.csv by reference date: Q4 rows and rows dated 31 December go to
 * `series` under the calendar year; the 1 May 2024 status goes to `series` under "2024.33"; every row
 * that is not a Q4 / 31 December row (2023 Q1-Q3, October and November 2023, May 2024) is also kept in
 * `seriesIntraYear` under its date. Indicators are sorted by name.
 */
export function keyFigureSeries(rows: readonly CsvRow[]): KeyFigureSeries {
  const series: Record<string, Record<string, number>> = {};
  const intra: Record<string, Record<string, number>> = {};
  const sources: Record<string, Set<string>> = {};
  for (const row of rows) {
    const periode = str(row, 'periode');
    const dato = str(row, 'dato');
    const indicator = str(row, 'indikator');
    const value = num(row, 'verdi');
    (sources[indicator] ??= new Set()).add(str(row, 'kilde_id'));
    const yearEnd = /^\d{4}Q4$/.test(periode) || /^\d{4}-12-31$/.test(dato);
    if (yearEnd) put(series, indicator, dato.slice(0, 4), value);
    else {
      put(intra, indicator, dato, value);
      if (dato === '2024-05-01') put(series, indicator, MAY_2024_KEY, value);
    }
  }
  const seriesSources: Record<string, string> = {};
  for (const k of Object.keys(sources).sort()) seriesSources[k] = [...(sources[k] ?? [])].sort().join(', ');
  const sortInner = (o: Record<string, Record<string, number>>) => {
    const out = sortKeys(o);
    for (const k of Object.keys(out)) out[k] = sortKeys(out[k] ?? {});
    return out;
  };
  return { series: sortInner(series), seriesIntraYear: sortInner(intra), seriesSources };
}

export function capitationRates(rows: readonly CsvRow[]): CapitationRate[] {
  return rows.map((r) => {
    const to = str(r, 'gyldig_til');
    return {
      from: str(r, 'gyldig_fra'),
      to: to === '' ? null : to,
      model: str(r, 'modell'),
      rateUnder: numOrNull(r, 'sats_kr_per_listeinnbygger_aar_under_knekkpunkt_eller_flat'),
      rateOver: numOrNull(r, 'sats_kr_over_knekkpunkt'),
      breakpoint: numOrNull(r, 'knekkpunkt_listeinnbyggere'),
      source: str(r, 'kilde_id'),
    };
  });
}

export function consultationsByAge(rows: readonly CsvRow[]): ConsultationsByAge[] {
  return rows.map((r) => ({
    group: str(r, 'aldersgruppe'),
    gpPerPerson: num(r, 'fastlege_konsultasjoner_per_person'),
    legevaktPerPerson: num(r, 'legevakt_konsultasjoner_per_person'),
    gpShareWithVisitPct: num(r, 'fastlege_andel_med_minst_en_konsultasjon_pst'),
    legevaktShareWithVisitPct: num(r, 'legevakt_andel_med_minst_en_konsultasjon_pst'),
  }));
}

export function expenditure(rows: readonly CsvRow[]): ExpenditureRow[] {
  return rows.map((r) => ({
    table: str(r, 'tabell'),
    item: str(r, 'post'),
    year: num(r, 'aar'),
    millNokFixed: num(r, 'mill_kr_faste_priser'),
  }));
}

export function alisBySize(rows: readonly CsvRow[]): AlisBySize[] {
  return rows.map((r) => ({
    sizeBand: str(r, 'kommunestorrelse_innbyggere'),
    grants: num(r, 'antall_tilskudd_totalt'),
    nok: num(r, 'innvilget_kr_sum'),
    grantsSelfEmployed: num(r, 'antall_tilskudd_naering'),
    grantsSalaried: num(r, 'antall_tilskudd_fastlonn'),
    ofWhichLocums: num(r, 'herav_vikarer'),
  }));
}

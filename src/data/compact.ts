// The compact form of municipalities.json, which is most of the simulation worker's download. Two steps, each exact:
// population and need-index series are stored as their first value and the year-on-year changes (in units of
// 1 / scale), which gzip to about half the size of the plain values; and the records are stored as columns (one
// array per field, in record order), so that the field names appear once and like values sit side by side: gzip -9
// of the file went from 67.6 to 47.6 kB (December 2026). Decoding gives back exactly the records the build computed:
// the encoder refuses what it could not give back (a value that is not a whole multiple of 1 / scale, series of
// other years or lengths, trend rows with a gap).
import type { Gp2025, MunicipalityRecord, TrendPoint, YearSeries } from './types.ts';

/** A yearly series as its first value and changes: values[i] = (changes[0] + … + changes[i]) / scale. */
export interface ChangeSeries {
  firstYear: number;
  scale: number;
  changes: number[];
}

/** Series of every record over the same years, in the same units: changes[r] is record r's. */
export interface ChangeColumn {
  firstYear: number;
  scale: number;
  changes: number[][];
}

/** Each record's SSB trend rows, consecutive years from firstYear[r] (null: no rows), a field per column. */
export interface TrendColumns {
  firstYear: (number | null)[];
  shareWithoutGpPct: (number | null)[][];
  meanListLength: (number | null)[][];
  reserveCapacityIndex: (number | null)[][];
}

/** municipalities.json: one column per field of MunicipalityRecord, entry r of each for record r. */
export interface MunicipalityTable {
  count: number;
  code: string[];
  name: string[];
  county: string[];
  countyName: string[];
  centralityClass: number[];
  centralityIndex: number[];
  areaKm2: number[];
  pop: ChangeColumn;
  popFilledYears: number[][];
  projectionFromYear: number[];
  needIndex: ChangeColumn;
  needShare16to19: number[];
  gp2025: { [K in keyof Gp2025]: number[] };
  imputed: boolean[];
  imputedFrom: string[][];
  trend: TrendColumns;
  legevaktDistrict: string[];
}

/** Residents are whole numbers; the need index has four decimals. */
const POP_SCALE = 1;
const NEED_SCALE = 10_000;

/** The fields of Gp2025 in the order the records hold them. */
const GP2025_FIELDS = [
  'listsWithGp',
  'listsWithoutGp',
  'residentsWithGp',
  'residentsWithoutGp',
  'openLists',
  'meanListLength',
  'femaleGps',
  'listCeilingSum',
  'computedCapacity',
  'reserveCapacityIndex',
] as const satisfies readonly (keyof Gp2025)[];

export function encodeSeries(s: YearSeries, scale: number, what: string): ChangeSeries {
  let prev = 0;
  const changes = s.values.map((v, i) => {
    const units = Math.round(v * scale);
    if (units / scale !== v) throw new Error(`${what}[${i}] = ${v} is not a whole multiple of 1/${scale}`);
    const change = units - prev;
    prev = units;
    return change;
  });
  return { firstYear: s.firstYear, scale, changes };
}

export function decodeSeries(s: ChangeSeries): YearSeries {
  let units = 0;
  return { firstYear: s.firstYear, values: s.changes.map((c) => (units += c) / s.scale) };
}

/** The records' series of one field as a column; every record's must start in the same year and be as long. */
function encodeColumn(records: readonly MunicipalityRecord[], field: 'pop' | 'needIndex', scale: number): ChangeColumn {
  const first = records[0]?.[field];
  const changes = records.map((m) => {
    const s = m[field];
    if (s.firstYear !== first?.firstYear || s.values.length !== first.values.length)
      throw new Error(
        `${m.code}.${field}: years ${s.firstYear}+${s.values.length}, expected ${first?.firstYear}+${first?.values.length} as the first record's`,
      );
    return encodeSeries(s, scale, `${m.code}.${field}`).changes;
  });
  return { firstYear: first?.firstYear ?? 0, scale, changes };
}

/** Record r's series from a column. */
function decodeColumn(c: ChangeColumn, r: number): YearSeries {
  return decodeSeries({ firstYear: c.firstYear, scale: c.scale, changes: c.changes[r]! });
}

function encodeTrend(records: readonly MunicipalityRecord[]): TrendColumns {
  const column = (field: keyof Omit<TrendPoint, 'year'>) => records.map((m) => m.trend.map((t) => t[field]));
  return {
    firstYear: records.map((m) => {
      const first = m.trend[0]?.year ?? null;
      m.trend.forEach((t, i) => {
        if (t.year !== first! + i) throw new Error(`${m.code}.trend[${i}]: year ${t.year}, expected ${first! + i}`);
      });
      return first;
    }),
    shareWithoutGpPct: column('shareWithoutGpPct'),
    meanListLength: column('meanListLength'),
    reserveCapacityIndex: column('reserveCapacityIndex'),
  };
}

export function encodeMunicipalities(records: readonly MunicipalityRecord[]): MunicipalityTable {
  const column = <K extends keyof MunicipalityRecord>(k: K): MunicipalityRecord[K][] => records.map((m) => m[k]);
  const gp2025 = Object.fromEntries(GP2025_FIELDS.map((f) => [f, records.map((m) => m.gp2025[f])])) as {
    [K in keyof Gp2025]: number[];
  };
  return {
    count: records.length,
    code: column('code'),
    name: column('name'),
    county: column('county'),
    countyName: column('countyName'),
    centralityClass: column('centralityClass'),
    centralityIndex: column('centralityIndex'),
    areaKm2: column('areaKm2'),
    pop: encodeColumn(records, 'pop', POP_SCALE),
    popFilledYears: column('popFilledYears'),
    projectionFromYear: column('projectionFromYear'),
    needIndex: encodeColumn(records, 'needIndex', NEED_SCALE),
    needShare16to19: column('needShare16to19'),
    gp2025,
    imputed: column('imputed'),
    imputedFrom: column('imputedFrom'),
    trend: encodeTrend(records),
    legevaktDistrict: column('legevaktDistrict'),
  };
}

export function decodeMunicipalities(t: MunicipalityTable): MunicipalityRecord[] {
  const records: MunicipalityRecord[] = [];
  for (let r = 0; r < t.count; r++) {
    const trendFrom = t.trend.firstYear[r] ?? null;
    const shares = t.trend.shareWithoutGpPct[r]!;
    records.push({
      code: t.code[r]!,
      name: t.name[r]!,
      county: t.county[r]!,
      countyName: t.countyName[r]!,
      centralityClass: t.centralityClass[r]!,
      centralityIndex: t.centralityIndex[r]!,
      areaKm2: t.areaKm2[r]!,
      pop: decodeColumn(t.pop, r),
      popFilledYears: t.popFilledYears[r]!,
      projectionFromYear: t.projectionFromYear[r]!,
      needIndex: decodeColumn(t.needIndex, r),
      needShare16to19: t.needShare16to19[r]!,
      gp2025: Object.fromEntries(GP2025_FIELDS.map((f) => [f, t.gp2025[f][r]!])) as unknown as Gp2025,
      imputed: t.imputed[r]!,
      imputedFrom: t.imputedFrom[r]!,
      trend:
        trendFrom === null
          ? []
          : shares.map((share, i) => ({
              year: trendFrom + i,
              shareWithoutGpPct: share,
              meanListLength: t.trend.meanListLength[r]?.[i] ?? null,
              reserveCapacityIndex: t.trend.reserveCapacityIndex[r]?.[i] ?? null,
            })),
      legevaktDistrict: t.legevaktDistrict[r]!,
    });
  }
  return records;
}

// The compact form of municipalities.json: population and need-index series stored as their first value and the
// year-on-year changes (in units of 1 / scale), which gzip to about half the size of the plain values (the data is
// most of the simulation worker's download). Decoding gives back exactly the values the build computed: the
// encoder refuses a value that is not a whole multiple of 1 / scale.
import type { MunicipalityRecord, YearSeries } from './types.ts';

/** A yearly series as its first value and changes: values[i] = (changes[0] + … + changes[i]) / scale. */
export interface ChangeSeries {
  firstYear: number;
  scale: number;
  changes: number[];
}

/** A municipality record as stored in municipalities.json. */
export type MunicipalityJson = Omit<MunicipalityRecord, 'pop' | 'needIndex'> & {
  pop: ChangeSeries;
  needIndex: ChangeSeries;
};

/** Residents are whole numbers; the need index has four decimals. */
const POP_SCALE = 1;
const NEED_SCALE = 10_000;

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

export function encodeMunicipality(r: MunicipalityRecord): MunicipalityJson {
  return {
    ...r,
    pop: encodeSeries(r.pop, POP_SCALE, `${r.code}.pop`),
    needIndex: encodeSeries(r.needIndex, NEED_SCALE, `${r.code}.needIndex`),
  };
}

export function decodeMunicipality(j: MunicipalityJson): MunicipalityRecord {
  return { ...j, pop: decodeSeries(j.pop), needIndex: decodeSeries(j.needIndex) };
}

// Typed access to the built data (municipalities.json, national.json); no I/O, so it works in Node and in the Vite bundle.
import { decodeMunicipalities, type MunicipalityTable } from './compact.ts';
import municipalitiesJson from './municipalities.json';
import nationalJson from './national.json';
import type { MunicipalityRecord, NationalData } from './types.ts';

export type * from './types.ts';

/** All 357 municipalities (2024 structure), sorted by code. */
export const MUNICIPALITIES: readonly MunicipalityRecord[] = Object.freeze(
  decodeMunicipalities(municipalitiesJson as unknown as MunicipalityTable).sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  ),
);

export const NATIONAL: NationalData = nationalJson as unknown as NationalData;

const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

/** The municipality with this 4-digit code, or undefined. */
export function municipalityByCode(code: string): MunicipalityRecord | undefined {
  return byCode.get(code);
}

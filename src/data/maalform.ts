// The municipalities whose official written standard (målform) is nynorsk, from kommuner_2024.csv (column maalform,
// from aprestmo/norway-geodata, MIT; see src/data/raw/SOURCES.md). Pure: CSV text in, sorted codes out (buildData.ts
// writes them to src/data/nynorskMunicipalities.json, which the page reads for links without a language).
import { parseCsv, str } from './csv.ts';

/** The 4-digit numbers of the municipalities with maalform "Nynorsk", sorted. */
export function nynorskMunicipalities(municipalitiesCsv: string): string[] {
  return parseCsv(municipalitiesCsv)
    .filter((r) => str(r, 'maalform') === 'Nynorsk')
    .map((r) => str(r, 'kommunenummer'))
    .sort();
}

/** nynorskMunicipalities.json text: the codes as one JSON array. */
export function serializeNynorsk(codes: readonly string[]): string {
  return `${JSON.stringify(codes)}\n`;
}

// Export findings of #15 in Node: Excel sheets open readable (column widths, number formats per unit), CSV values
// rounded per unit, readable ASCII file names from region and scenario names, internal references ("FACTS.md
// S38") shown as human citations, and the sources with their links.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { dataSources, documentSources, humanCitations } from '../../src/ui/citations.ts';
import { roundedTableRows, tableXlsx } from '../../src/ui/export/chartExport.ts';
import { toCsv } from '../../src/ui/export/csv.ts';
import { exportFileName, slug } from '../../src/ui/export/fileName.ts';
import { columnWidths, labelDecimals, roundTo } from '../../src/ui/export/tableFormat.ts';

const HEADER = ['Utfall', 'År', 'Dagens politikk: p50', 'Ekspertutvalgets pakke (2023): Endring p50'];
const ROWS: (string | number | undefined)[][] = [
  ['Innbyggere uten fastlege (personer)', '2030', 1234.5678, -98.7654],
  ['Offentlige kostnader (mill. kr per år)', '2030', 12.34567, 1.23456],
  [],
  ['Budsjett', 'År', 'Kommune (mill. kr per år)', 'Får fastlege'],
  ['Legevaktpakke', '2030', 4.56789, 31.7],
];

async function parts(blob: Blob) {
  const zip = await JSZip.loadAsync(new Uint8Array(await blob.arrayBuffer()));
  return {
    sheet: await zip.file('xl/worksheets/sheet1.xml')!.async('string'),
    styles: await zip.file('xl/styles.xml')!.async('string'),
  };
}

describe('Excel and CSV need no manual work', () => {
  it('sets column widths that show the headers, and formats persons as whole numbers, NOK million with one decimal', async () => {
    const { sheet, styles } = await parts(await tableXlsx(['Stempel'], HEADER, ROWS));
    const cols = [...sheet.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(cols.length).toBeGreaterThanOrEqual(4);
    expect(cols[0]).toBeGreaterThanOrEqual('Offentlige kostnader (mill. kr per år)'.length);
    expect(cols[3]).toBeGreaterThanOrEqual(HEADER[3]!.length);
    expect(styles).toContain('formatCode="#,##0"');
    expect(styles).toContain('formatCode="#,##0.0"');
    expect(styles).not.toContain('#,##0.00');
  });

  it('rounds CSV values per unit (no six decimals) and keeps a one-language header', () => {
    const rounded = roundedTableRows(ROWS);
    expect(rounded[0]).toEqual(['Innbyggere uten fastlege (personer)', '2030', 1235, -99]);
    expect(rounded[1]).toEqual(['Offentlige kostnader (mill. kr per år)', '2030', 12.3, 1.2]);
    expect(rounded[4]).toEqual(['Legevaktpakke', '2030', 4.6, 32]);
    const csv = toCsv([], HEADER, rounded);
    expect(csv).toContain('2030;1235;-99');
    expect(csv).not.toMatch(/\d,\d{3,}/);
    expect(labelDecimals('Andel uten fastlege (prosent)')).toBe(1);
    expect(roundTo(-0.04, 1)).toBe(0);
    expect(columnWidths(['a'], [[123456.7]])[0]!.width).toBeGreaterThanOrEqual(8);
  });
});

describe('readable file names', () => {
  it('uses region and scenario names, ASCII with æøå transliterated, and the date', () => {
    expect(slug('Bodø og Ås')).toBe('bodo-og-as');
    expect(slug('Ekspertutvalgets pakke (2023)')).toBe('ekspertutvalgets-pakke-2023');
    expect(slug('Kárášjohka – Karasjok')).toBe('karasjohka-karasjok');
    expect(exportFileName(['Bindal', 'Ditt scenario'], 'pptx', new Date(2026, 11, 4))).toBe(
      'fastlegesimulatoren-bindal-ditt-scenario-2026-12-04.pptx',
    );
    expect(exportFileName(['', 'Bærum', 'Dagens politikk'], 'csv', new Date(2026, 0, 9))).toBe(
      'fastlegesimulatoren-baerum-dagens-politikk-2026-01-09.csv',
    );
  });
});

describe('citations', () => {
  it('shows a human citation, not an internal file name, for FACTS.md references', () => {
    const c = humanCitations('690 mill. kr er hentet fra FACTS.md S38');
    expect(c.text).not.toContain('FACTS.md');
    expect(c.text).toContain('VG via Hardanger Folkeblad');
    const r = humanCitations('50 % ifølge hele rapporten, FACTS.md S41');
    expect(r.links[0]).toMatch(/^https:\/\/www\.regjeringen\.no\//);
  });

  it('gives the data sources and the expert committee report their links', () => {
    expect(dataSources().filter((s) => s.url?.startsWith('https://')).length).toBeGreaterThanOrEqual(3);
    const docs = documentSources();
    // the five documents of 2021-2023 and the eight of the 2024-2026 policy (these carry their own addresses)
    expect(docs).toHaveLength(13);
    expect(docs.find((d) => d.text.startsWith('Ekspertutvalg'))!.url).toMatch(/^https:\/\/www\.regjeringen\.no\//);
  });
});

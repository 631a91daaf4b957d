// The CSV and Excel files of the analysis panel's figures in Node (issue #17 exports): for each figure kind (the
// tornado of the levers, the tornado of the assumptions, the variance split, the cost-versus-outcome frontier) the
// header is in the UI's language with each number column's unit named, the CSV's numbers are in that unit and rounded
// to it, and the .xlsx holds the title, stamp, header and numbers in a format per column (percent as %); the file-name
// stems exist in bokmål, nynorsk and English.
import JSZip from 'jszip';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Effect, OptimiseResult } from '../../src/engine/analysis/index.ts';
import { csvRows, exportHeader, figureCsv } from '../../src/ui/analysis/exportTable.ts';
import { figureBlob } from '../../src/ui/analysis/figureExport.ts';
import type { FigureSpec } from '../../src/ui/analysis/figure.ts';
import { frontierTable, tornadoTable, varianceRows, varianceTable } from '../../src/ui/analysis/model.ts';
import { at } from '../../src/ui/analysis/strings.ts';
import { loadLocale, setLocale } from '../../src/ui/i18n.ts';

beforeAll(async () => {
  await loadLocale('nn');
});
afterEach(() => setLocale('nb'));
afterAll(() => setLocale('nb'));

const LEVER_EFFECTS: Effect[] = [
  {
    id: 'capitationRate',
    today: 841.8,
    low: { value: 516.8, outcome: 0.3, delta: 0.171234, extraCostNok: -2.04567e9 },
    high: { value: 1166.8, outcome: 0.05, delta: -0.076543, extraCostNok: 2.04567e9 },
    swing: 0.171234,
  },
];

const ASSUMPTION_EFFECTS: Effect[] = [
  {
    id: 'workTrendPerYear',
    today: 0.036,
    low: { value: 0.02, outcome: 800, delta: -123.456 },
    high: null,
    swing: 123.456,
  },
];

const VARIANCE = {
  runs: 100,
  total: 4,
  eventsShare: 0.623456,
  assumptionsShare: 0.376544,
  firstOrder: [{ id: 'workTrendPerYear', share: 0.2 }],
};

const candidate = (cost: number, outcome: number, meets: boolean) => ({
  package: { capitationRate: 900 },
  cost,
  outcome,
  meets,
});
/** A frontier of two packages: today's (no cost) and one that meets the target. */
const frontier = (base: number, outcome: number) =>
  ({
    status: 'found',
    best: candidate(12.345678e6, outcome, true),
    closest: candidate(12.345678e6, outcome, true),
    base: candidate(0, base, false),
    singles: [],
    frontier: [candidate(0, base, false), candidate(12.345678e6, outcome, true)],
  }) as unknown as OptimiseResult;
const FRONTIER = frontier(0.12, 0.0987654);

const STAMP = ['Område: Bindal. Scenario: Ditt scenario.', 'Fastlegesimulatoren 0.1.0, laget 2026-12-05.'];

/** The sheet's cells by reference (A1 …): the shown text (shared strings resolved), the number and its format. */
async function sheetCells(blob: Blob): Promise<Map<string, { text?: string; value?: number; format?: string }>> {
  const zip = await JSZip.loadAsync(new Uint8Array(await blob.arrayBuffer()));
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const strings = [
    ...((await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '').matchAll(/<t[^>]*>([^<]*)<\/t>/g),
  ].map((m) => m[1]!.replace(/&amp;/g, '&'));
  const styles = await zip.file('xl/styles.xml')!.async('string');
  const formats = new Map(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]),
  );
  const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf\b[^>]*>/g)].map(
    (m) => /numFmtId="(\d+)"/.exec(m[0])?.[1] ?? '',
  );
  const out = new Map<string, { text?: string; value?: number; format?: string }>();
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(?:<v>([^<]*)<\/v>)?<\/c>/g)) {
    const [, ref, attrs, v] = m;
    const style = /s="(\d+)"/.exec(attrs!)?.[1];
    const format = style !== undefined ? formats.get(xfs[Number(style)] ?? '') : undefined;
    if (/t="s"/.test(attrs!)) out.set(ref!, { text: strings[Number(v)] });
    else out.set(ref!, { value: Number(v), ...(format ? { format } : {}) });
  }
  return out;
}

const spec = (title: string, table: FigureSpec['table']): FigureSpec => ({
  id: 'x',
  title,
  summary: '',
  config: { type: 'bar', data: { datasets: [] } },
  height: 100,
  table,
  file: [],
  stamp: STAMP,
});

describe('the tornado of the levers', () => {
  it('CSV: header with units, changes in percentage points (2 decimals), cost in NOK million (1 decimal)', () => {
    const t = tornadoTable(LEVER_EFFECTS, 'residentsWithoutGpShare', 2030, 'lever');
    expect(exportHeader(t)).toEqual([
      'Plass',
      'Virkemiddel',
      'I dag',
      'Ned til',
      'Endring (prosentpoeng)',
      'Ekstra kostnad i 2030 (mill. kr)',
      'Opp til',
      'Endring (prosentpoeng)',
      'Ekstra kostnad i 2030 (mill. kr)',
    ]);
    expect(csvRows(t)[0]).toEqual([
      1,
      'Basistilskudd per listeinnbygger',
      841.8,
      516.8,
      17.12,
      -2045.7,
      1166.8,
      -7.65,
      2045.7,
    ]);
    const lines = figureCsv('Hva betyr mest', STAMP, t).slice(1).split('\r\n');
    expect(lines.slice(0, 4)).toEqual(['Hva betyr mest', ...STAMP, '']);
    expect(lines[4]).toBe(exportHeader(t).join(';'));
    expect(lines[5]).toBe('1;Basistilskudd per listeinnbygger;841,8;516,8;17,12;-2045,7;1166,8;-7,65;2045,7');
  });

  it('English: the header follows the language', () => {
    setLocale('en');
    const t = tornadoTable(LEVER_EFFECTS, 'publicCostNok', 2030, 'lever');
    expect(exportHeader(t)).toEqual([
      'Rank',
      'Lever',
      'Today',
      'Down to',
      'Change (NOK million)',
      'Extra cost in 2030 (NOK million)',
      'Up to',
      'Change (NOK million)',
      'Extra cost in 2030 (NOK million)',
    ]);
  });

  it('Excel: title and stamp, the header, numbers as numbers in a format per column', async () => {
    const t = tornadoTable(LEVER_EFFECTS, 'residentsWithoutGpShare', 2030, 'lever');
    const cells = await sheetCells(await figureBlob(spec('Hva betyr mest', t), 'xlsx'));
    expect(cells.get('A1')?.text).toBe('Hva betyr mest');
    expect(cells.get('A2')?.text).toBe(STAMP[0]);
    expect(cells.get('E5')?.text).toBe('Endring (prosentpoeng)');
    expect(cells.get('F5')?.text).toBe('Ekstra kostnad i 2030 (mill. kr)');
    expect(cells.get('A6')).toEqual({ value: 1, format: '#,##0' });
    expect(cells.get('B6')?.text).toBe('Basistilskudd per listeinnbygger');
    expect(cells.get('E6')?.value).toBeCloseTo(17.1234, 6);
    expect(cells.get('E6')?.format).toBe('#,##0.00');
    expect(cells.get('F6')?.value).toBeCloseTo(-2045.67, 6);
    expect(cells.get('F6')?.format).toBe('#,##0.0');
  });
});

describe('the tornado of the assumptions', () => {
  it('CSV: no cost column; a change in persons with one decimal; a missing move is empty', () => {
    const t = tornadoTable(ASSUMPTION_EFFECTS, 'nResidentsWithoutGp', 2030, 'assumption');
    expect(exportHeader(t)).toEqual([
      'Plass',
      'Forutsetning',
      'I dag',
      'Laveste',
      'Endring (personer)',
      'Høyeste',
      'Endring (personer)',
    ]);
    const text = figureCsv('Usikkerhet', STAMP, t);
    expect(text).toContain('\r\n1;Økning i arbeid per pasient (utover aldring);0,036;0,02;-123,5;;\r\n');
  });
});

describe('the variance split', () => {
  it('CSV in % with one decimal; Excel as a fraction in a % format', async () => {
    const t = varianceTable(varianceRows(VARIANCE));
    expect(exportHeader(t)).toEqual(['Kilde til usikkerhet', 'Andel av variansen (%)']);
    expect(csvRows(t)).toEqual([
      ['Tilfeldige hendelser', 62.3],
      ['Usikre forutsetninger (alle)', 37.7],
      ['Økning i arbeid per pasient (utover aldring)', 20],
    ]);
    // the page's table is unchanged
    expect(t.rows[0]).toEqual(['Tilfeldige hendelser', '62\u00a0%']);
    const cells = await sheetCells(await figureBlob(spec('Hvor usikkerheten kommer fra', t), 'xlsx'));
    expect(cells.get('B5')?.text).toBe('Andel av variansen (%)');
    expect(cells.get('B6')?.value).toBeCloseTo(0.623456, 9);
    expect(cells.get('B6')?.format).toBe('0.0%');
  });

  it('nynorsk: the header and the file-name stems', () => {
    setLocale('nn');
    expect(exportHeader(varianceTable(varianceRows(VARIANCE)))).toEqual(['Kjelde til uvisse', 'Del av variansen (%)']);
    expect(at('fileVariance')).toBe('Kvar uvissa kjem frå');
    expect(at('fileAssumptions')).toBe('Kva for føresetnader har mest å seie');
    setLocale('en');
    expect(at('fileVariance')).toBe('Where the uncertainty comes from');
  });
});

describe('the cost-versus-outcome frontier', () => {
  const today = { capitationRate: 841.8 };
  it('CSV: cost in NOK million, a share in %, each with one decimal', async () => {
    const t = frontierTable(FRONTIER, 'residentsWithoutGpShare', { from: 2027, to: 2030 }, today);
    expect(exportHeader(t)).toEqual([
      'Ekstra kostnad 2027–2030 (mill. kr)',
      'Andel innbyggere uten fastlege (%)',
      'Når målet',
      'Pakken',
    ]);
    expect(csvRows(t)[1]).toEqual([12.3, 9.9, 'ja', 'Basistilskudd per listeinnbygger = 900 kr/innbygger/år']);
    const blob = await figureBlob(spec('Kostnad mot utfall', t), 'csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
    expect(text.startsWith('\uFEFFKostnad mot utfall\r\n')).toBe(true);
    expect(text).toContain('\r\n12,3;9,9;ja;Basistilskudd per listeinnbygger = 900 kr/innbygger/år\r\n');
    const cells = await sheetCells(await figureBlob(spec('Kostnad mot utfall', t), 'xlsx'));
    expect(cells.get('B7')?.value).toBeCloseTo(0.0987654, 9);
    expect(cells.get('B7')?.format).toBe('0.0%');
    expect(cells.get('A7')?.format).toBe('#,##0.0');
  });

  it('persons: whole numbers', () => {
    const t = frontierTable(frontier(1300, 1234.56), 'nResidentsWithoutGp', { from: 2027, to: 2030 }, today);
    expect(exportHeader(t)[1]).toBe('Innbyggere uten fastlege (personer)');
    expect(csvRows(t)[1]![1]).toBe(1235);
  });
});

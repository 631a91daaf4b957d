// PowerPoint export in Node: a hand-made deck is written, unzipped and read back: the slides (title, the key
// figures first, a native line chart per chart, the settings over as many slides as they need), the chart parts (series
// names, years as categories, colours, dashes, gaps, zeros, number formats), the workbook behind each chart, the
// stamp on the slide and in the notes, the footer, and æøå.
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Deck, DeckChartSlide } from '../../src/ui/export/deck.ts';
import {
  deckBytes,
  deckPptx,
  paginateRows,
  PPTX_MIME,
  scaleFormat,
  smallCountAxis,
  TABLE_ROWS_PER_SLIDE,
  textFitPt,
} from '../../src/ui/export/pptx.ts';
import { setLocale } from '../../src/ui/i18n.ts';

afterEach(() => setLocale('nb'));

const YEARS = Array.from({ length: 16 }, (_, i) => 2025 + i);
const STAMP = [
  'Innbyggere uten fastlege – Tromsø (personer)',
  'Scenario: Dagens politikk, Ditt scenario · per 31.12. 2025–2040 · forventet utvikling',
  'Fastlegesimulatoren 0.1.0 · data SSB 2025 · laget 3. mars 2026',
  'Kilder: Statistisk sentralbyrå (SSB), Helsedirektoratet',
];

const CHART_A: DeckChartSlide = {
  title: 'Innbyggere uten fastlege',
  unit: 'personer',
  scale: 'count',
  years: YEARS,
  series: [
    { name: 'Dagens politikk', values: YEARS.map((_, i) => 12_000 + i * 250), dashed: true, colour: '0072B2' },
    {
      name: 'Ditt scenario: Bodø & «Nord» <2>',
      // a gap in 2028, a zero in 2030
      values: YEARS.map((_, i) => (i === 3 ? null : i === 5 ? 0 : 11_000 + i * 125.5)),
      dashed: false,
      colour: 'D55E00',
    },
  ],
  stamp: STAMP,
};

const CHART_B: DeckChartSlide = {
  title: 'Andel på lister med åpen plass',
  unit: 'prosent',
  scale: 'percent',
  years: YEARS,
  series: [{ name: 'Ditt scenario', values: YEARS.map((_, i) => 35 + i / 4), dashed: false, colour: '009E73' }],
  stamp: ['Andel på lister med åpen plass – Tromsø (prosent)', 'Kilder: Helsedirektoratet'],
};

const DECK: Deck = {
  title: 'Fastlegesimulatoren: Tromsø',
  subtitle: 'Scenario laget 3. mars 2026 – særlig økte tilskudd',
  charts: [CHART_A, CHART_B],
  settings: {
    heading: 'Innstillinger som avviker fra dagens politikk',
    columns: ['Innstilling', 'Verdi', 'Dagens politikk'],
    rows: Array.from({ length: 20 }, (_, i) => [`Spak ${i + 1}: økt tilskudd`, `${i * 100} kr (startår 2027)`, '0 kr']),
  },
  keyFigures: {
    heading: 'Nøkkeltall',
    columns: ['Nøkkeltall', 'Verdi', 'Endring', 'Intervall'],
    rows: [
      ['Uten fastlege 2035', '12 345 personer', '−1 234 fra dagens politikk', '10 000–14 000'],
      ['Kostnad 2030', '1 234 mill. kr', '+56', '1 100–1 400'],
    ],
  },
  footer: 'Fastlegesimulatoren 0.1.0 · Kilder: SSB, Helsedirektoratet · Ingen persondata',
};

type Files = Record<string, Uint8Array>;
const text = (files: Files, path: string): string => {
  const f = files[path];
  if (!f) throw new Error(`missing ${path}`);
  return strFromU8(f);
};
const slidePaths = (files: Files) =>
  Object.keys(files)
    .filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
/** The text runs of an XML part, in order. */
const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!);
const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The part a slide's relationship of a given kind points to (e.g. "chart", "notesSlide"). */
function related(files: Files, slide: string, kind: string): string | null {
  const rels = text(files, slide.replace('slides/', 'slides/_rels/') + '.rels');
  const m = new RegExp(`relationships/${kind}" Target="([^"]+)"`).exec(rels);
  if (!m) return null;
  return m[1]!.startsWith('/') ? m[1]!.slice(1) : `ppt/${m[1]!.replace(/^\.\.\//, '')}`;
}
/** The series elements of a chart part. */
const seriesOf = (chartXml: string) => [...chartXml.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((m) => m[0]);
/** Year index → value of a series' value cache (absent points left out). */
function cachedValues(ser: string): Map<number, number> {
  const val = /<c:val>[\s\S]*?<\/c:val>/.exec(ser)![0];
  return new Map(
    [...val.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) => [Number(m[1]), Number(m[2])]),
  );
}

let files: Files;
let blob: Blob;
beforeAll(async () => {
  blob = await deckPptx(DECK);
  files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
});

describe('PowerPoint deck', () => {
  it('is a .pptx zip with content types, 16:9 (LAYOUT_WIDE)', () => {
    expect(blob.type).toBe(PPTX_MIME);
    expect(files['[Content_Types].xml']).toBeDefined();
    expect(text(files, '[Content_Types].xml')).toContain('presentationml.slide+xml');
    expect(text(files, 'ppt/presentation.xml')).toContain('<p:sldSz cx="12192000" cy="6858000"/>');
  });

  it('has a title slide, the key figures first, a slide per chart and the settings over two slides', () => {
    const settingsPages = paginateRows(DECK.settings, 12).length;
    expect(settingsPages).toBe(2);
    const slides = slidePaths(files);
    expect(slides).toHaveLength(1 + 1 + 2 + settingsPages);
    const first = runs(text(files, slides[0]!));
    expect(first).toContain(DECK.title);
    expect(first).toContain(DECK.subtitle);
    expect(runs(text(files, slides[1]!))[0]).toBe(DECK.keyFigures.heading);
    expect(runs(text(files, slides[2]!))[0]).toBe(CHART_A.title);
    expect(runs(text(files, slides[3]!))[0]).toBe(CHART_B.title);
    expect(runs(text(files, slides[4]!))[0]).toBe(`${DECK.settings.heading} (1/2)`);
    expect(runs(text(files, slides[5]!))[0]).toBe(`${DECK.settings.heading} (2/2)`);
    // the footer on every slide but the charts', which carry the stamp instead (once)
    for (const s of [0, 1, 4, 5]) expect(runs(text(files, slides[s]!))).toContain(DECK.footer);
    for (const s of [2, 3]) expect(runs(text(files, slides[s]!))).not.toContain(DECK.footer);
  });

  it('each chart slide holds a native line chart with the series names and the years as categories', () => {
    const slides = slidePaths(files);
    for (const [i, chart] of [CHART_A, CHART_B].entries()) {
      const part = related(files, slides[i + 2]!, 'chart');
      expect(part).toMatch(/^ppt\/charts\/chart\d+\.xml$/);
      const xml = text(files, part!);
      expect(xml).toContain('<c:lineChart>');
      for (const s of chart.series) expect(xml).toContain(`<c:v>${xmlEscape(s.name)}</c:v>`);
      const cat = /<c:cat>[\s\S]*?<\/c:cat>/.exec(xml)![0];
      expect(runs(cat.replace(/<c:v>/g, '<a:t>').replace(/<\/c:v>/g, '</a:t>'))).toEqual(YEARS.map(String));
      const sers = seriesOf(xml);
      expect(sers).toHaveLength(chart.series.length);
      sers.forEach((ser, j) => {
        const s = chart.series[j]!;
        expect(ser).toContain(`<a:ln w="31750" cap="flat"><a:solidFill><a:srgbClr val="${s.colour}"/>`);
        // the series line's dash (the first in the series) follows the deck
        expect(/<a:prstDash val="(\w+)"\/>/.exec(ser)![1]).toBe(s.dashed ? 'dash' : 'solid');
        expect(ser).toContain('<c:symbol val="none"/>');
      });
      expect(xml).toContain('<c:dispBlanksAs val="gap"/>');
    }
  });

  it('writes the values in chart units, a null as a gap and a zero as zero, with the number format per scale', () => {
    const slides = slidePaths(files);
    const a = text(files, related(files, slides[2]!, 'chart')!);
    const [base, scen] = seriesOf(a).map(cachedValues);
    expect([...base!.entries()]).toEqual(CHART_A.series[0]!.values.map((v, i) => [i, v]));
    expect(scen!.has(3)).toBe(false);
    expect(scen!.get(5)).toBe(0);
    expect(scen!.get(4)).toBeCloseTo(11_502, 6);
    expect(a).toContain('<c:numFmt formatCode="#,##0" sourceLinked="0"/>');
    const b = text(files, related(files, slides[3]!, 'chart')!);
    expect(b).toContain('<c:numFmt formatCode="0.0&quot; %&quot;" sourceLinked="0"/>');
    // English writes no space before the per cent sign
    expect(scaleFormat('percent', 'en-GB')).toBe('0.0"%"');
    expect(scaleFormat('percent', 'nn-NO')).toBe('0.0" %"');
    expect(cachedValues(seriesOf(b)[0]!).get(0)).toBe(35);
    // the axis titles are the units
    expect(runs(a)).toContain('personer');
    expect(runs(b)).toContain('prosent');
  });

  it('the workbook behind a chart (Edit Data) holds the same values, zero included, a gap as an empty cell', () => {
    const slides = slidePaths(files);
    const part = related(files, slides[2]!, 'chart')!;
    const n = /(\d+)\.xml$/.exec(part)![1];
    const inner = unzipSync(files[`ppt/embeddings/Microsoft_Excel_Worksheet${n}.xlsx`]!);
    const sheet = strFromU8(inner['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<c r="B2"><v>12000</v></c>');
    expect(sheet).toContain('<c r="C5"/>'); // 2028: null
    expect(sheet).toContain('<c r="C7"><v>0</v></c>'); // 2030: zero
    expect(sheet).toContain('<c r="C3"><v>11125.5</v></c>');
    expect(strFromU8(inner['xl/sharedStrings.xml']!)).toContain(xmlEscape(CHART_A.series[1]!.name));
  });

  it('shows the stamp on the chart slide and in its notes, a paragraph per line, with æøå intact', () => {
    const slides = slidePaths(files);
    const slideRuns = runs(text(files, slides[2]!));
    for (const line of STAMP) expect(slideRuns).toContain(line);
    const notes = text(files, related(files, slides[2]!, 'notesSlide')!);
    const body = /<p:ph type="body"[\s\S]*?<\/p:txBody>/.exec(notes)![0];
    expect(runs(body)).toEqual(STAMP);
    expect(body).toContain('lang="nb-NO"');
    const notesB = text(files, related(files, slides[3]!, 'notesSlide')!);
    expect(runs(notesB)).toContain('Andel på lister med åpen plass – Tromsø (prosent)');
  });

  it('lists every setting (at most 12 rows a slide) and the key figures, æøå intact', () => {
    const slides = slidePaths(files);
    const settingsRuns = [slides[4]!, slides[5]!].map((s) => runs(text(files, s)));
    for (const page of settingsRuns) {
      expect(page.filter((t) => /^Spak \d+/.test(t)).length).toBeLessThanOrEqual(TABLE_ROWS_PER_SLIDE);
      expect(page.slice(1, 4)).toEqual(DECK.settings.columns);
    }
    const all = settingsRuns.flat();
    for (const row of DECK.settings.rows) expect(all).toContain(row[0]);
    expect(all).toContain('1900 kr (startår 2027)');
    const kf = runs(text(files, slides[1]!));
    for (const row of DECK.keyFigures.rows) for (const c of row) expect(kf).toContain(c);
    // the table is as wide as the content area (12.333 in) in 4 columns
    const cols = [...text(files, slides[1]!).matchAll(/<a:gridCol w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(cols).toHaveLength(4);
    expect(cols.reduce((a, b) => a + b, 0) / 914_400).toBeCloseTo(12.333, 1);
  });

  it('matches chart parts to the deck in order on a second export in the same page (the part counter runs on)', async () => {
    const again = unzipSync(await deckBytes({ ...DECK, charts: [CHART_B, CHART_A] }));
    const slides = slidePaths(again);
    const parts = [related(again, slides[2]!, 'chart')!, related(again, slides[3]!, 'chart')!];
    expect(parts).not.toEqual(['ppt/charts/chart1.xml', 'ppt/charts/chart2.xml']);
    const a = text(again, parts[1]!);
    expect(a).toContain('Dagens politikk');
    expect(seriesOf(a).map((s) => /<a:prstDash val="(\w+)"\/>/.exec(s)![1])).toEqual(['dash', 'solid']);
  });

  it('splits a table by height when rows wrap (a long formula), and writes in English when the UI is English', async () => {
    const long = 'x'.repeat(400);
    const pages = paginateRows(
      { heading: 'S', columns: ['A', 'B', 'C'], rows: Array.from({ length: 6 }, () => ['f', long, '']) },
      12,
    );
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flat()).toHaveLength(6);
    expect(paginateRows({ heading: 'S', columns: ['A'], rows: [] }, 12)).toEqual([[]]);
    setLocale('en');
    const en = unzipSync(await deckBytes({ ...DECK, charts: [CHART_B] }));
    const notes = text(en, related(en, slidePaths(en)[2]!, 'notesSlide')!);
    expect(notes).toContain('lang="en-GB"');
  });

  it('sets a text slide in the largest size that fits its box: 16 pt for a short text, smaller for a long one', () => {
    expect(textFitPt(['Kort.'], 12.333, 5.8)).toBe(16);
    // 100 characters a line at 16 pt: six paragraphs of 250 characters are 18 lines, 5.5 in with the spacing: fits
    const six = Array.from({ length: 6 }, () => 'a'.repeat(250));
    expect(textFitPt(six, 12.333, 5.8)).toBe(16);
    // seven of 343: 28 lines at 16 and 15 pt (8.2 and 7.8 in), 21 at 14 pt (115 a line; 5.7 in)
    const seven = Array.from({ length: 7 }, () => 'a'.repeat(343));
    expect(textFitPt(seven, 12.333, 5.8)).toBe(14);
    // never below the floor, however long; and a longer text never gets a larger size
    expect(textFitPt(['a'.repeat(50_000)], 12.333, 5.8)).toBe(11);
    let last = 16;
    for (let n = 500; n <= 6000; n += 500) {
      const size = textFitPt(['a'.repeat(n)], 12.333, 5.8);
      expect(size).toBeLessThanOrEqual(last);
      last = size;
    }
  });

  it('gives a count chart of small values one tick a unit (a chart of zeros was labelled "1, 1, 0" in LibreOffice)', async () => {
    const zeros: DeckChartSlide = {
      title: 'Udekkede legevakttimer',
      unit: 'timer per måned',
      scale: 'count',
      years: YEARS,
      series: [{ name: 'Ditt scenario', values: YEARS.map(() => 0), dashed: false, colour: '0072B2' }],
      bands: [{ name: 'Ditt scenario, 80 %', p10: YEARS.map(() => 0), p90: YEARS.map(() => 0), colour: '0072B2' }],
      stamp: ['Udekkede legevakttimer – Nesna'],
    };
    expect(smallCountAxis(zeros)).toEqual({ valAxisMaxVal: 1, valAxisMajorUnit: 1 });
    // a band up to 2.4 lists: up to 3, a tick a list
    const lists = { ...zeros, bands: [{ ...zeros.bands![0]!, p90: YEARS.map(() => 2.4) }] };
    expect(smallCountAxis(lists)).toEqual({ valAxisMaxVal: 3, valAxisMajorUnit: 1 });
    // larger counts and other scales keep the automatic axis
    expect(smallCountAxis(CHART_A)).toEqual({});
    expect(smallCountAxis({ ...zeros, scale: 'decimal' })).toEqual({});
    const f = unzipSync(new Uint8Array(await (await deckPptx({ ...DECK, charts: [zeros] })).arrayBuffer()));
    const chartXml = Object.keys(f)
      .filter((k) => /^ppt\/charts\/chart\d+\.xml$/.test(k))
      .map((k) => strFromU8(f[k]!));
    expect(chartXml.some((x) => x.includes('<c:majorUnit val="1"/>') && x.includes('<c:max val="1"/>'))).toBe(true);
    // the big chart of the main deck has no such axis
    const slides = slidePaths(files);
    expect(text(files, related(files, slides[2]!, 'chart')!)).not.toContain('<c:majorUnit');
  });
});

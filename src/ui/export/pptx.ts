/**
 * PowerPoint export of a deck (see deck.ts), with pptxgenjs (loaded with this module, on first use): a 16:9
 * title slide; one slide per chart with the title, a native, editable line chart of the medians per scenario
 * (colours from the deck, the baseline and later compared scenarios dashed, nulls as gaps, the value axis
 * titled with the unit and formatted per scale), the stamp in a small text box and in the slide notes; the
 * settings table (over as many slides as it needs) and the key-figure table; the footer on every slide.
 *
 * pptxgenjs 4.0.1 has one line style per chart, writes a blank point as an empty value and writes 0 as a blank
 * cell in the workbook embedded behind each chart (what PowerPoint's "Edit Data" opens). The written file is
 * therefore touched up (fixDeckZip): the dashed series get a dashed line, blank points are left out (a gap), and
 * the workbook's values are written again from the deck. Everything else is pptxgenjs's own output.
 */
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import type { ChartScale } from '../chartSpecs.ts';
import { getLocale } from '../i18n.ts';
import type { Deck, DeckChartSlide, DeckTable } from './deck.ts';

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Number format of the value axis and the chart's values (percent values are already ×100). */
export const SCALE_FORMAT: Record<ChartScale, string> = {
  count: '#,##0',
  decimal: '#,##0.0',
  percent: '0.0"%"',
  millNok: '#,##0',
};

// LAYOUT_WIDE: 13.333 × 7.5 inches.
const SLIDE_W = 13.333;
const MARGIN = 0.5;
const CONTENT_W = SLIDE_W - 2 * MARGIN;
const FOOTER_Y = 7.0;
const TABLE_Y = 1.15;
/** Height the tables may take before the footer. */
const TABLE_MAX_H = FOOTER_Y - 0.15 - TABLE_Y;
/** At most this many rows of a table on one slide. */
export const TABLE_ROWS_PER_SLIDE = 12;

const FONT = 'Arial';
const TEXT = '1A1A1A';
const MUTED = '595959';
const RULE = 'BFBFBF';
const HEAD_FILL = 'E6EEF5';

/** Column widths (inches) for a table of n columns: the first (the name) widest. */
function columnWidths(n: number): number[] {
  const weights = n === 3 ? [5.4, 4.4, 2.5] : n === 4 ? [4.4, 2.9, 2.5, 2.5] : Array.from({ length: n }, () => 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w / sum) * CONTENT_W);
}

/** Estimated height (inches) of a table row: the cell that wraps into the most lines decides. */
function rowHeight(cells: readonly string[], widths: readonly number[], fontPt: number): number {
  const charW = (fontPt / 72) * 0.52; // Arial, average character
  const lines = Math.max(
    1,
    ...cells.map((c, i) => {
      const usable = Math.max(0.5, (widths[i] ?? 1) - 0.2);
      return Math.ceil((c.length * charW) / usable) || 1;
    }),
  );
  return lines * (fontPt / 72) * 1.25 + 0.16;
}

/**
 * Rows split into pages: at most TABLE_ROWS_PER_SLIDE rows a page and no more (estimated) height than fits
 * under the header. A page always takes at least one row.
 */
export function paginateRows(
  table: DeckTable,
  fontPt: number,
  maxRows = TABLE_ROWS_PER_SLIDE,
): (readonly (readonly string[])[])[] {
  const widths = columnWidths(table.columns.length);
  const budget = TABLE_MAX_H - rowHeight(table.columns, widths, fontPt);
  const pages: (readonly (readonly string[])[])[] = [];
  let page: (readonly string[])[] = [];
  let used = 0;
  for (const row of table.rows) {
    const h = rowHeight(row, widths, fontPt);
    if (page.length > 0 && (page.length >= maxRows || used + h > budget)) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(row);
    used += h;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/** The language of the deck's text (spelling in PowerPoint): the UI's. */
const deckLang = () => (getLocale() === 'nb' ? 'nb-NO' : 'en-GB');

/** Builds the presentation with pptxgenjs (written by deckBytes; exported for tests). */
export function buildDeck(deck: Deck): PptxGenJS {
  const pptx = new PptxGenJS();
  const lang = deckLang();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.subject = deck.subtitle;
  pptx.company = 'Fastlegesimulatoren';
  pptx.author = 'Fastlegesimulatoren';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };

  const footer = (slide: PptxGenJS.Slide) =>
    slide.addText(deck.footer, {
      x: MARGIN,
      y: FOOTER_Y,
      w: CONTENT_W,
      h: 0.35,
      fontFace: FONT,
      fontSize: 9,
      color: MUTED,
      valign: 'middle',
      lang,
    });
  const heading = (slide: PptxGenJS.Slide, text: string) =>
    slide.addText(text, {
      x: MARGIN,
      y: 0.3,
      w: CONTENT_W,
      h: 0.75,
      fontFace: FONT,
      fontSize: 26,
      bold: true,
      color: TEXT,
      valign: 'middle',
      fit: 'shrink',
      lang,
    });

  // 1. Title
  const first = pptx.addSlide();
  first.addText(deck.title, {
    x: MARGIN,
    y: 2.3,
    w: CONTENT_W,
    h: 1.5,
    fontFace: FONT,
    fontSize: 36,
    bold: true,
    color: TEXT,
    valign: 'bottom',
    lang,
  });
  first.addText(deck.subtitle, {
    x: MARGIN,
    y: 3.95,
    w: CONTENT_W,
    h: 0.8,
    fontFace: FONT,
    fontSize: 20,
    color: MUTED,
    valign: 'top',
    lang,
  });
  footer(first);

  // 2. A slide per chart
  for (const chart of deck.charts) {
    const slide = pptx.addSlide();
    heading(slide, chart.title);
    addLineChart(pptx, slide, chart, lang);
    const stamp = chart.stamp.join('\n');
    slide.addText(stamp, {
      x: MARGIN,
      y: 5.85,
      w: CONTENT_W,
      h: 1.1,
      fontFace: FONT,
      fontSize: 9,
      color: MUTED,
      valign: 'top',
      lang,
    });
    slide.addNotes(stamp);
    footer(slide);
  }

  // 3. Settings (as many slides as needed) and key figures
  const addTable = (table: DeckTable, fontPt: number) => {
    const pages = paginateRows(table, fontPt);
    const widths = columnWidths(table.columns.length);
    pages.forEach((rows, p) => {
      const slide = pptx.addSlide();
      heading(slide, pages.length > 1 ? `${table.heading} (${p + 1}/${pages.length})` : table.heading);
      const cell = (text: string, head: boolean): PptxGenJS.TableCell => ({
        text,
        options: head ? { bold: true, fill: { color: HEAD_FILL } } : {},
      });
      slide.addTable(
        [
          table.columns.map((c) => cell(c, true)),
          ...rows.map((r) => table.columns.map((_, i) => cell(r[i] ?? '', false))),
        ],
        {
          x: MARGIN,
          y: TABLE_Y,
          w: CONTENT_W,
          colW: widths,
          rowH: [table.columns, ...rows].map((r) => rowHeight(r, widths, fontPt)),
          fontFace: FONT,
          fontSize: fontPt,
          color: TEXT,
          valign: 'middle',
          margin: 0.06,
          border: { type: 'solid', pt: 0.75, color: RULE },
          autoPage: false,
          lang,
        },
      );
      footer(slide);
    });
  };
  addTable(deck.settings, 12);
  addTable(deck.keyFigures, 14);
  return pptx;
}

function addLineChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, chart: DeckChartSlide, lang: string): void {
  if (chart.series.length === 0 || chart.years.length === 0) return;
  const labels = chart.years.map((y) => String(y));
  const format = SCALE_FORMAT[chart.scale];
  slide.addChart(
    pptx.ChartType.line,
    chart.series.map((s) => ({
      name: s.name,
      labels,
      // pptxgenjs's types say number[]; it writes null as a blank point (see fixDeckZip)
      values: s.values.map((v) => (v === null || !Number.isFinite(v) ? null : v)) as number[],
    })),
    {
      x: MARGIN,
      y: 1.1,
      w: CONTENT_W,
      h: 4.7,
      chartColors: chart.series.map((s) => s.colour.replace(/^#/, '').toUpperCase()),
      lineSize: 2.5,
      lineDataSymbol: 'none',
      displayBlanksAs: 'gap',
      showLegend: true,
      legendPos: 'b',
      legendFontSize: 12,
      legendFontFace: FONT,
      showValAxisTitle: true,
      valAxisTitle: chart.unit,
      valAxisTitleFontSize: 12,
      valAxisTitleFontFace: FONT,
      valAxisTitleColor: MUTED,
      valAxisLabelFormatCode: format,
      valLabelFormatCode: format,
      valAxisLabelFontSize: 12,
      valAxisLabelFontFace: FONT,
      catAxisLabelFontSize: 12,
      catAxisLabelFontFace: FONT,
      valGridLine: { color: 'D9D9D9', size: 0.5 },
      catGridLine: { style: 'none' },
      lang,
    },
  );
}

/** Number of the part in e.g. "ppt/charts/chart12.xml". */
const partNumber = (path: string) => Number(/(\d+)\.\w+$/.exec(path)?.[1] ?? NaN);

/**
 * Touches up pptxgenjs's file (see the module comment). The chart parts are numbered by a counter that runs on
 * for the whole page, so they are matched to the deck's charts in order.
 */
export async function fixDeckZip(zip: JSZip, deck: Deck, lang = 'nb-NO'): Promise<void> {
  for (const part of Object.keys(zip.files).filter((p) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(p)))
    zip.file(part, fixNotesXml(await zip.file(part)!.async('string'), lang));
  const charts = deck.charts.filter((c) => c.series.length > 0 && c.years.length > 0);
  const parts = Object.keys(zip.files)
    .filter((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p))
    .sort((a, b) => partNumber(a) - partNumber(b));
  if (parts.length !== charts.length) throw new Error(`expected ${charts.length} charts, found ${parts.length}`);
  for (const [i, part] of parts.entries()) {
    const chart = charts[i]!;
    const xml = await zip.file(part)!.async('string');
    zip.file(part, fixChartXml(xml, chart));
    const workbook = `ppt/embeddings/Microsoft_Excel_Worksheet${partNumber(part)}.xlsx`;
    const file = zip.file(workbook);
    if (!file) continue;
    const inner = await JSZip.loadAsync(await file.async('uint8array'));
    const sheet = inner.file('xl/worksheets/sheet1.xml');
    if (!sheet) continue;
    inner.file('xl/worksheets/sheet1.xml', fixSheetXml(await sheet.async('string'), chart));
    zip.file(workbook, await inner.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  }
}

/** The chart part: a dashed line for dashed series, and blank points left out (a gap, as PowerPoint writes it). */
export function fixChartXml(xml: string, chart: DeckChartSlide): string {
  let n = 0;
  return xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const s = chart.series[n++];
    let out = ser.replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '');
    // the first dash in a series is its line's (the marker's comes later)
    if (s?.dashed) out = out.replace('<a:prstDash val="solid"/>', '<a:prstDash val="dash"/>');
    return out;
  });
}

/** The notes: a paragraph per line (pptxgenjs writes one run with the line breaks in it) in the deck's language. */
export function fixNotesXml(xml: string, lang: string): string {
  return xml.replace(
    /<a:p><a:r><a:rPr lang="en-US" dirty="0"\/><a:t>([^<]*)<\/a:t><\/a:r><a:endParaRPr lang="en-US" dirty="0"\/><\/a:p>/,
    (_, text: string) =>
      text
        .split(/\r?\n/)
        .map((line) => `<a:p><a:r><a:rPr lang="${lang}" dirty="0"/><a:t>${line}</a:t></a:r></a:p>`)
        .join(''),
  );
}

/** Column letters (A, B, …, AA) to a 0-based index. */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The embedded workbook's value cells (column B on = series, row 2 on = years) written again from the deck:
 * pptxgenjs writes 0 and null alike as an empty value. A null becomes an empty cell.
 */
export function fixSheetXml(xml: string, chart: DeckChartSlide): string {
  return xml.replace(/<c r="([A-Z]+)(\d+)"><v>[^<]*<\/v><\/c>/g, (cell, col: string, row: string) => {
    const s = chart.series[columnIndex(col) - 1];
    const y = Number(row) - 2;
    if (!s || y < 0 || y >= chart.years.length) return cell;
    const v = s.values[y];
    return v === null || v === undefined || !Number.isFinite(v)
      ? `<c r="${col}${row}"/>`
      : `<c r="${col}${row}"><v>${v}</v></c>`;
  });
}

/** The .pptx file's bytes (compressed). */
export async function deckBytes(deck: Deck): Promise<Uint8Array> {
  const raw = (await buildDeck(deck).write({ outputType: 'uint8array' })) as Uint8Array;
  const zip = await JSZip.loadAsync(raw);
  await fixDeckZip(zip, deck, deckLang());
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

export async function deckPptx(deck: Deck): Promise<Blob> {
  const bytes = await deckBytes(deck);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: PPTX_MIME });
}

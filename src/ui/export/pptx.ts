/**
 * PowerPoint export of a deck (see deck.ts), with pptxgenjs (loaded with this module, on first use): a 16:9 title
 * slide; the summary in plain words and the key figures first; one slide per chart with the title (region included), a
 * native, editable chart: each scenario's p10-p90 band as a stacked area (a transparent p10 base and the p90−p10 width,
 * under the lines), the medians per scenario as lines (colours from the deck, dashes per scenario, nulls as gaps), the
 * observed history as a thin dotted line with crosses, and a vertical line at the projection's start and at each
 * lever's start year (shapes over the chart's fixed plot area); the stamp once at the bottom of the slide and in the
 * notes. Then how well the model has done there (a text slide), the comparison's tables, the settings (over as many
 * slides as they need) and the sources with their links; the footer on the slides without a stamp.
 *
 * pptxgenjs 4.0.1 has one line style per chart type, writes a blank point as an empty value and writes 0 as a
 * blank cell in the workbook embedded behind each chart (what PowerPoint's "Edit Data" opens). The written file is
 * therefore touched up (fixDeckZip): each line gets its own dash, the history its crosses, blank points are left
 * out (a gap), the band's transparent base leaves the legend, and the workbook's values are written again from the
 * deck. Everything else is pptxgenjs's own output.
 */
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import type { ChartScale } from '../chartSpecs.ts';
import { documentLang } from '../i18n.ts';
import type { Deck, DeckChartSlide, DeckDash, DeckTable } from './deck.ts';

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Number format of the value axis and the chart's values (percent values are already ×100). */
export const SCALE_FORMAT: Record<ChartScale, string> = {
  count: '#,##0',
  decimal: '#,##0.0',
  percent: '0.0" %"',
  millNok: '#,##0',
};

/** SCALE_FORMAT in the deck's language: Norwegian writes a space before the per cent sign ("90,0 %"), English none. */
export function scaleFormat(scale: ChartScale, lang: string): string {
  return scale === 'percent' && lang.startsWith('en') ? '0.0"%"' : SCALE_FORMAT[scale];
}

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

/** The chart's frame on its slide (inches) and its plot area inside it (fractions of the frame). */
const CHART = { x: MARGIN, y: 1.0, w: CONTENT_W, h: 4.75 } as const;
/** Height of the text under a chart (its caption and caveats), above the stamp's lines. */
const CAPTION_H = 0.85;
export const PLOT = { x: 0.085, y: 0.06, w: 0.895, h: 0.68 } as const;

const FONT = 'Arial';
const TEXT = '1A1A1A';
const MUTED = '595959';
const RULE = 'BFBFBF';
const HEAD_FILL = 'E6EEF5';
const HISTORY = '1A1A1A';
/** The band's fill opacity (percent). */
const BAND_OPACITY = 22;

/** A text slide's box (inches) below the heading and above the footer, and its paragraphs' spacing after (pt). */
const TEXT_BOX = { y: 1.1, h: 5.8 } as const;
const TEXT_SPACE_AFTER = 8;

/**
 * The largest font size (pt, `max` down to `min`) at which the paragraphs fit a box `w` × `h` inches: lines estimated
 * from Arial's mean character width in running Norwegian text (0.55 em, rounded up for the space lost at line
 * ends) at a line height of 1.2 em, plus each paragraph's spacing after. PowerPoint's "shrink on overflow" is set
 * too, but LibreOffice and PowerPoint's viewers do not always apply it, and a council's slide must not spill over
 * its footer.
 */
export function textFitPt(paragraphs: readonly string[], w: number, h: number, max = 16, min = 11): number {
  for (let pt = max; pt > min; pt--) {
    const perLine = Math.max(1, Math.floor((w * 72) / (pt * 0.55)));
    const lines = paragraphs.reduce((n, p) => n + Math.max(1, Math.ceil(p.length / perLine)), 0);
    if ((lines * pt * 1.2 + paragraphs.length * TEXT_SPACE_AFTER) / 72 <= h) return pt;
  }
  return min;
}

/** Column widths (inches) for a table of n columns: the first (the name) widest. */
function columnWidths(n: number): number[] {
  const weights =
    n === 3
      ? [5.4, 4.4, 2.5]
      : n === 4
        ? [4.4, 2.9, 2.5, 2.5]
        : n > 4
          ? [3, ...Array.from({ length: n - 1 }, () => 1.4)]
          : Array.from({ length: n }, () => 1);
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
  const budget = TABLE_MAX_H - (table.note ? 0.4 : 0) - rowHeight(table.columns, widths, fontPt);
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
const deckLang = () => documentLang();

/** A series as written into the chart part, in the part's order: the bands' areas first, then the lines. */
export interface WrittenSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
  readonly kind: 'base' | 'band' | 'line' | 'history';
  readonly colour: string;
  readonly dash: DeckDash;
}

/**
 * The series of a chart in written order. A band is two stacked areas: its p10 (transparent) and p90−p10 on top;
 * where the band has no value both are written so that it has no width (no area outside the projection), and
 * further bands stack on the previous one's top (their base is their p10 minus that top).
 */
export function writtenSeries(chart: DeckChartSlide): WrittenSeries[] {
  const out: WrittenSeries[] = [];
  let top: number[] = chart.years.map(() => 0);
  for (const b of chart.bands ?? []) {
    // the band's first and last values carry on, with no width, to the chart's edges (a flat, invisible area)
    const idx = chart.years.map((_, i) => i).filter((i) => b.p10[i] != null && b.p90[i] != null);
    if (idx.length === 0) continue;
    const lo = chart.years.map((_, i) => {
      const j = i < idx[0]! ? idx[0]! : i > idx[idx.length - 1]! ? idx[idx.length - 1]! : i;
      return b.p10[j] ?? b.p10[idx.find((k) => k >= j)!]!;
    });
    const width = chart.years.map((_, i) => {
      const p10 = b.p10[i];
      const p90 = b.p90[i];
      return p10 == null || p90 == null ? 0 : Math.max(0, p90 - p10);
    });
    const name = b.name;
    out.push({
      name: `${name} (p10)`,
      values: lo.map((v, i) => v - top[i]!),
      kind: 'base',
      colour: b.colour,
      dash: 'solid',
    });
    out.push({ name, values: width, kind: 'band', colour: b.colour, dash: 'solid' });
    top = lo.map((v, i) => v + width[i]!);
  }
  for (const s of chart.series)
    out.push({
      name: s.name,
      values: s.values,
      kind: s.history ? 'history' : 'line',
      colour: s.colour.replace(/^#/, '').toUpperCase(),
      dash: s.history ? 'sysDot' : (s.dash ?? (s.dashed ? 'dash' : 'solid')),
    });
  return out;
}

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
      h: 0.7,
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
    y: 2.1,
    w: CONTENT_W,
    h: 1.7,
    fontFace: FONT,
    fontSize: 36,
    bold: true,
    color: TEXT,
    valign: 'bottom',
    fit: 'shrink',
    lang,
  });
  first.addText(deck.subtitle, {
    x: MARGIN,
    y: 3.95,
    w: CONTENT_W,
    h: 1.2,
    fontFace: FONT,
    fontSize: 20,
    color: MUTED,
    valign: 'top',
    lang,
  });
  footer(first);

  // a slide of paragraphs in plain words (the summary, the track record)
  const textSlide = (text: { readonly heading: string; readonly paragraphs: readonly string[] }) => {
    const slide = pptx.addSlide();
    heading(slide, text.heading);
    slide.addText(
      text.paragraphs.map((p, i) => ({
        text: p,
        options: { breakLine: i < text.paragraphs.length - 1, paraSpaceAfter: TEXT_SPACE_AFTER },
      })),
      {
        x: MARGIN,
        y: TEXT_BOX.y,
        w: CONTENT_W,
        h: TEXT_BOX.h,
        fontFace: FONT,
        fontSize: textFitPt(text.paragraphs, CONTENT_W, TEXT_BOX.h),
        color: TEXT,
        valign: 'top',
        fit: 'shrink',
        lang,
      },
    );
    footer(slide);
  };

  // 2. The summary in plain words
  if (deck.summary) textSlide(deck.summary);

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
      const rowH = [table.columns, ...rows].map((r) => rowHeight(r, widths, fontPt));
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
          rowH,
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
      if (table.note && p === pages.length - 1)
        slide.addText(table.note, {
          x: MARGIN,
          y: Math.min(FOOTER_Y - 0.45, TABLE_Y + rowH.reduce((a, b) => a + b, 0) + 0.1),
          w: CONTENT_W,
          h: 0.4,
          fontFace: FONT,
          fontSize: 11,
          color: MUTED,
          valign: 'top',
          lang,
        });
      footer(slide);
    });
  };

  // 3. Key figures first
  addTable(deck.keyFigures, 14);

  // 4. A slide per chart
  for (const chart of deck.charts) {
    const slide = pptx.addSlide();
    heading(slide, chart.title);
    addChart(pptx, slide, chart, lang);
    // the caption and the chart's caveats (chartCautions.ts), in the room down to the stamp: smaller type, down to
    // 8 pt, when the caveats are long
    if (chart.caption)
      slide.addText(chart.caption, {
        x: MARGIN,
        y: CHART.y + CHART.h,
        w: CONTENT_W,
        h: CAPTION_H,
        fontFace: FONT,
        fontSize: textFitPt([chart.caption], CONTENT_W, CAPTION_H, 11, 8),
        color: MUTED,
        valign: 'top',
        lang,
      });
    // the stamp once, at the bottom (it names the app, the version and the sources: no footer here)
    const stamp = chart.stamp.join('\n');
    slide.addText(stamp, {
      x: MARGIN,
      y: 6.1,
      w: CONTENT_W,
      h: 1.3,
      fontFace: FONT,
      fontSize: 8,
      color: MUTED,
      valign: 'bottom',
      fit: 'shrink',
      lang,
    });
    slide.addNotes(stamp);
  }

  // 5. How well the model has done there (Treffsikkerhet in plain words)
  if (deck.trackRecord) textSlide(deck.trackRecord);

  // 6. The comparison's tables, the settings, the sources
  for (const table of deck.tables ?? []) addTable(table, table.columns.length > 6 ? 10 : 12);
  addTable(deck.settings, 12);
  if (deck.sources && deck.sources.items.length > 0) {
    const slide = pptx.addSlide();
    heading(slide, deck.sources.heading);
    const items = deck.sources.items;
    slide.addText(
      items.flatMap((it, i): PptxGenJS.TextProps[] => {
        const last = i === items.length - 1;
        return it.url
          ? [
              { text: `${it.text} `, options: {} },
              { text: it.url, options: { hyperlink: { url: it.url }, color: '0062BA', breakLine: !last } },
            ]
          : [{ text: it.text, options: { breakLine: !last } }];
      }),
      {
        x: MARGIN,
        y: 1.1,
        w: CONTENT_W,
        h: 5.8,
        fontFace: FONT,
        fontSize: 12,
        color: TEXT,
        valign: 'top',
        paraSpaceAfter: 6,
        fit: 'shrink',
        lang,
      },
    );
    footer(slide);
  }
  return pptx;
}

/** x (inches on the slide) of a year on the chart's category axis (the areas put categories on the edges). */
export function yearX(chart: DeckChartSlide, year: number): number | null {
  const i = chart.years.indexOf(year);
  if (i < 0 || chart.years.length < 2) return null;
  return CHART.x + CHART.w * (PLOT.x + (PLOT.w * i) / (chart.years.length - 1));
}

/**
 * A count axis whose values stay under 5: one tick a unit from 0. Left to itself PowerPoint (and LibreOffice) picks
 * steps of 0.2 or 0.5, which the whole-number format labels "0, 0, 1, 1" (a small municipality's uncovered legevakt
 * hours, all 0). Other charts keep the automatic axis.
 */
export function smallCountAxis(
  chart: DeckChartSlide,
): Pick<PptxGenJS.IChartOpts, 'valAxisMaxVal' | 'valAxisMajorUnit'> {
  if (chart.scale !== 'count') return {};
  const values = [...chart.series.flatMap((s) => s.values), ...(chart.bands ?? []).flatMap((b) => b.p90)];
  const top = Math.max(0, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  return top < 5 ? { valAxisMaxVal: Math.max(1, Math.ceil(top)), valAxisMajorUnit: 1 } : {};
}

function addChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, chart: DeckChartSlide, lang: string): void {
  if (chart.series.length === 0 || chart.years.length === 0) return;
  const labels = chart.years.map((y) => String(y));
  const format = scaleFormat(chart.scale, lang);
  const written = writtenSeries(chart);
  const data = (kinds: WrittenSeries['kind'][]) =>
    written
      .filter((s) => kinds.includes(s.kind))
      .map((s) => ({
        name: s.name,
        labels,
        // pptxgenjs's types say number[]; it writes null as a blank point (see fixDeckZip)
        values: s.values.map((v) => (v === null || !Number.isFinite(v) ? null : v)) as number[],
      }));
  const areas = data(['base', 'band']);
  const lines = data(['line', 'history']);
  const areaColours = written
    .filter((s) => s.kind === 'base' || s.kind === 'band')
    .map((s) => (s.kind === 'base' ? 'transparent' : s.colour));
  const lineColours = written.filter((s) => s.kind === 'line' || s.kind === 'history').map((s) => s.colour);
  // the line markers' colours are looked up by the series' index over the whole chart: pad the list
  const lineOpts = {
    chartColors: [...lineColours, ...areaColours.map(() => MUTED)],
    lineSize: 2.5,
    lineDataSymbol: 'none' as const,
  };
  const common: PptxGenJS.IChartOpts = {
    x: CHART.x,
    y: CHART.y,
    w: CHART.w,
    h: CHART.h,
    layout: PLOT,
    displayBlanksAs: 'gap',
    showLegend: true,
    legendPos: 'b',
    legendFontSize: 11,
    legendFontFace: FONT,
    showValAxisTitle: true,
    valAxisTitle: chart.unit,
    valAxisTitleFontSize: 12,
    valAxisTitleFontFace: FONT,
    valAxisTitleColor: MUTED,
    valAxisLabelFormatCode: format,
    valLabelFormatCode: format,
    ...smallCountAxis(chart),
    valAxisLabelFontSize: 12,
    valAxisLabelFontFace: FONT,
    catAxisLabelFontSize: 12,
    catAxisLabelFontFace: FONT,
    // every fifth year labelled, as on screen
    catAxisLabelFrequency: chart.years.length > 12 ? '5' : '1',
    valGridLine: { color: 'D9D9D9', size: 0.5 },
    catGridLine: { style: 'none' },
    lang,
  };
  if (areas.length > 0)
    slide.addChart(
      [
        {
          type: pptx.ChartType.area,
          data: areas,
          options: { barGrouping: 'stacked', chartColors: areaColours, chartColorsOpacity: BAND_OPACITY },
        },
        { type: pptx.ChartType.line, data: lines, options: lineOpts },
      ],
      // for a multi-type chart pptxgenjs takes the options in the data argument's place
      common as unknown as unknown[],
    );
  else slide.addChart(pptx.ChartType.line, lines, { ...common, ...lineOpts });

  // vertical lines: the projection's start (solid) and the levers' start years (dashed), with their labels
  const top = CHART.y + CHART.h * PLOT.y;
  const height = CHART.h * PLOT.h;
  (chart.markers ?? []).forEach((m, i) => {
    const x = yearX(chart, m.year);
    if (x === null) return;
    slide.addShape(pptx.ShapeType.line, {
      x,
      y: top,
      w: 0,
      h: height,
      line: { color: m.start ? '404040' : '7F7F7F', width: m.start ? 1.5 : 1, dashType: m.start ? 'solid' : 'dash' },
    });
    slide.addText(m.label, {
      x: x + 0.05,
      y: top + 0.02 + (m.start ? 0 : 0.26 * (i % 3)),
      w: 3.2,
      h: 0.26,
      fontFace: FONT,
      fontSize: 10,
      color: m.start ? '404040' : MUTED,
      valign: 'top',
      lang,
    });
  });
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
    const written = writtenSeries(chart);
    const xml = await zip.file(part)!.async('string');
    zip.file(part, fixChartXml(xml, written));
    const workbook = `ppt/embeddings/Microsoft_Excel_Worksheet${partNumber(part)}.xlsx`;
    const file = zip.file(workbook);
    if (!file) continue;
    const inner = await JSZip.loadAsync(await file.async('uint8array'));
    const sheet = inner.file('xl/worksheets/sheet1.xml');
    if (!sheet) continue;
    inner.file('xl/worksheets/sheet1.xml', fixSheetXml(await sheet.async('string'), chart.years.length, written));
    zip.file(workbook, await inner.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  }
}

const HISTORY_MARKER =
  '<c:marker><c:symbol val="x"/><c:size val="7"/><c:spPr><a:noFill/>' +
  `<a:ln w="19050"><a:solidFill><a:srgbClr val="${HISTORY}"/></a:solidFill></a:ln></c:spPr></c:marker>`;

/**
 * The chart part: each line's dash (and the history's thin dotted line and crosses), blank points left out (a
 * gap, as PowerPoint writes it), and the bands' transparent bases out of the legend.
 */
export function fixChartXml(xml: string, written: readonly WrittenSeries[]): string {
  let n = 0;
  const hidden: number[] = [];
  const out = xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const idx = n++;
    const s = written[idx];
    let x = ser.replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '');
    if (!s) return x;
    if (s.kind === 'base') hidden.push(Number(/<c:idx val="(\d+)"\/>/.exec(x)?.[1] ?? idx));
    if (s.kind === 'line' || s.kind === 'history') {
      // the first dash in a series is its line's (the marker's comes later)
      x = x.replace('<a:prstDash val="solid"/>', `<a:prstDash val="${s.dash}"/>`);
      if (s.kind === 'history') {
        x = x.replace(/<a:ln w="\d+"/, '<a:ln w="12700"').replace(/<c:marker>[\s\S]*?<\/c:marker>/, HISTORY_MARKER);
      }
    }
    return x;
  });
  if (hidden.length === 0) return out;
  return out.replace(
    /(<c:legend><c:legendPos val="\w+"\/>)/,
    `$1${hidden.map((i) => `<c:legendEntry><c:idx val="${i}"/><c:delete val="1"/></c:legendEntry>`).join('')}`,
  );
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
 * The embedded workbook's value cells (column B on = the written series, row 2 on = years) written again:
 * pptxgenjs writes 0 and null alike as an empty value. A null becomes an empty cell.
 */
export function fixSheetXml(xml: string, nYears: number, written: readonly WrittenSeries[]): string {
  return xml.replace(/<c r="([A-Z]+)(\d+)"><v>[^<]*<\/v><\/c>/g, (cell, col: string, row: string) => {
    const s = written[columnIndex(col) - 1];
    const y = Number(row) - 2;
    if (!s || y < 0 || y >= nYears) return cell;
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

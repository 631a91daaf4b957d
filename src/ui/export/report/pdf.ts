/**
 * The council report as an A4 PDF (portrait) with jsPDF, DOM-free: the same content as the deck (title, summary, key
 * figures, the charts, how well the model has done there, the comparison's tables, the settings, the sources with
 * clickable links) on pages with a footer (the source line and page numbers). Charts are drawn as vector paths: each
 * scenario's p10-p90 band as a transparent area under the medians, the lines with their dashes, the history as a dotted
 * line with crosses, the projection's start and the levers' start years as vertical lines, a legend below. Texts go
 * through pdfText (jsPDF's standard fonts know WinAnsi only).
 */
import { jsPDF } from 'jspdf';
import type { ChartScale } from '../../chartSpecs.ts';
import { formatNumber } from '../../format.ts';
import { getLocale } from '../../i18n.ts';
import type { Deck, DeckChartSlide, DeckDash, DeckTable } from '../deck.ts';
import { pdfText } from '../pdfText.ts';
import { rt } from './texts.ts';

const PAGE_W = 595.28;
const PAGE_H = 841.89;
const M = 48;
const W = PAGE_W - 2 * M;
const BOTTOM = PAGE_H - M - 14;
/** The lowest a chart's plot and legend may be made to keep it on the page with its caption and stamp. */
const MIN_PLOT_HEIGHT = 205;
const TEXT: [number, number, number] = [26, 26, 26];
const MUTED: [number, number, number] = [89, 89, 89];

const rgb = (hex: string): [number, number, number] => {
  const h = hex.replace(/^#/, '');
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
};

const DASH_PATTERN: Record<DeckDash, number[]> = { solid: [], dash: [5, 3], sysDot: [1, 2], lgDashDot: [8, 2, 1.5, 2] };

/** Axis label of a value in chart units. */
function axisLabel(v: number, scale: ChartScale, step: number): string {
  const digits = step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
  return scale === 'percent' ? `${formatNumber(v, digits)}\u00a0%` : formatNumber(v, digits);
}

/** Round tick step for a range (1, 2 or 5 × 10^k) giving about `n` ticks. */
export function niceStep(range: number, n = 5): number {
  if (!(range > 0)) return 1;
  const raw = range / n;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const f = raw / pow;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * pow;
}

/**
 * The smallest tick step of a scale, the finest its labels show: whole counts, a tenth of an hour, of a per cent and
 * of a million kroner. (Without it a chart of zeros, e.g. a small municipality's uncovered legevakt hours, got steps
 * of 10⁻¹⁰ and five labels "0".)
 */
const MIN_STEP: Readonly<Record<ChartScale, number>> = { count: 1, decimal: 0.1, percent: 0.1, millNok: 0.1 };

/** The value axis of a chart: from 0 (or the lowest value below it) to the top, in round steps of at least MIN_STEP. */
export function axisRange(values: readonly number[], scale: ChartScale): { lo: number; hi: number; step: number } {
  const lo0 = Math.min(0, ...values);
  const hi0 = Math.max(lo0, ...values);
  const step = Math.max(niceStep(hi0 - lo0), MIN_STEP[scale]);
  const lo = Math.floor(lo0 / step) * step;
  return { lo, hi: Math.max(Math.ceil(hi0 / step) * step, lo + step), step };
}

class Writer {
  readonly doc = new jsPDF({ orientation: 'portrait', unit: 'pt', format: 'a4' });
  y = M;

  constructor(private readonly deck: Deck) {
    this.doc.setProperties({
      title: pdfText(deck.title),
      subject: pdfText(deck.subtitle),
      creator: 'Fastlegesimulatoren',
    });
    this.doc.setLanguage(getLocale() === 'en' ? 'en-GB' : getLocale()); // jsPDF knows nb and nn, not nb-NO
  }

  font(size: number, bold = false, colour = TEXT): void {
    this.doc.setFont('helvetica', bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(...colour);
  }

  /** Room for `h` more points on the page, else a new page. */
  need(h: number): void {
    if (this.y + h > BOTTOM) this.page();
  }

  page(): void {
    this.doc.addPage();
    this.y = M;
  }

  /** Wrapped text; returns its height. */
  para(
    text: string,
    size: number,
    opts: { bold?: boolean; colour?: [number, number, number]; gap?: number } = {},
  ): void {
    this.font(size, opts.bold, opts.colour);
    const lines = this.doc.splitTextToSize(pdfText(text), W) as string[];
    const lh = size * 1.3;
    for (const line of lines) {
      this.need(lh);
      this.doc.text(line, M, this.y, { baseline: 'top' });
      this.y += lh;
    }
    this.y += opts.gap ?? size * 0.6;
  }

  /** The height `para` would give the text, without writing it. */
  paraHeight(text: string, size: number, gap = size * 0.6): number {
    this.font(size);
    const lines = this.doc.splitTextToSize(pdfText(text), W) as string[];
    return lines.length * size * 1.3 + gap;
  }

  heading(text: string, size = 16): void {
    this.need(size * 3);
    this.para(text, size, { bold: true, gap: size * 0.5 });
  }

  table(table: DeckTable, size = 8.5): void {
    const doc = this.doc;
    const n = table.columns.length;
    const weights = n <= 1 ? [1] : [n > 5 ? 2.2 : 2.6, ...Array.from({ length: n - 1 }, () => 1.3)];
    const sum = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => (w / sum) * W);
    const pad = 3;
    const lh = size * 1.25;
    const rowLines = (cells: readonly string[], bold: boolean) => {
      this.font(size, bold);
      return widths.map((w, i) => doc.splitTextToSize(pdfText(cells[i] ?? ''), w - 2 * pad) as string[]);
    };
    const drawRow = (cells: readonly string[], head: boolean) => {
      const lines = rowLines(cells, head);
      const h = Math.max(1, ...lines.map((l) => l.length)) * lh + 2 * pad;
      if (this.y + h > BOTTOM) {
        this.page();
        if (!head) drawRow(table.columns, true);
      }
      let x = M;
      if (head) {
        doc.setFillColor(230, 238, 245);
        doc.rect(M, this.y, W, h, 'F');
      }
      this.font(size, head);
      lines.forEach((l, i) => {
        doc.text(l, x + pad, this.y + pad, { baseline: 'top' });
        x += widths[i]!;
      });
      doc.setDrawColor(191, 191, 191);
      doc.setLineWidth(0.5);
      doc.line(M, this.y + h, M + W, this.y + h);
      this.y += h;
    };
    this.heading(table.heading, 14);
    drawRow(table.columns, true);
    for (const r of table.rows) drawRow(r, false);
    this.y += 6;
    if (table.note) this.para(table.note, 8, { colour: MUTED });
    this.y += 8;
  }

  /** A chart block: its plot and legend `maxHeight` high, or a little lower to stay on the page (MIN_PLOT_HEIGHT). */
  chart(chart: DeckChartSlide, maxHeight: number): void {
    const doc = this.doc;
    let height = maxHeight;
    this.font(12, true);
    const title = doc.splitTextToSize(pdfText(chart.title), W) as string[];
    // the chart with its title, caption and stamp on one page: the caption and the sources say what the plot is
    // (a stamp that ran onto the next page stood above the next chart, as if it were that chart's)
    const captionH = chart.caption ? this.paraHeight(chart.caption, 7.5, 2) : 0;
    const stampH = chart.stamp.reduce((h, line) => h + this.paraHeight(line, 6, 0), 0);
    const around = title.length * 15 + 4 - 8 + captionH + stampH;
    // a plot a little lower where that keeps the block on this page (two charts a page as a rule), else a new page
    const room = BOTTOM - this.y - around;
    if (room < height) {
      if (room >= MIN_PLOT_HEIGHT) height = room;
      else this.page();
    }
    this.font(12, true);
    doc.text(title, M, this.y, { baseline: 'top' });
    this.y += title.length * 15 + 4;

    const lines = chart.series;
    const bands = chart.bands ?? [];
    const all = [...lines.flatMap((s) => s.values), ...bands.flatMap((b) => [...b.p10, ...b.p90])].filter(
      (v): v is number => v !== null && Number.isFinite(v),
    );
    const { lo, hi, step } = axisRange(all, chart.scale);

    // legend entries (lines and bands) laid out below the plot
    const legend = [
      ...bands.map((b) => ({ name: b.name, colour: b.colour, band: true, dash: 'solid' as DeckDash, history: false })),
      ...lines.map((s) => ({
        name: s.name,
        colour: s.colour,
        band: false,
        dash: s.dash ?? (s.dashed ? 'dash' : 'solid'),
        history: !!s.history,
      })),
    ];
    this.font(7.5);
    const entryW = legend.map((e) => 26 + doc.getTextWidth(pdfText(e.name)) + 12);
    let rows = 1;
    let lx = 0;
    for (const w of entryW) {
      if (lx + w > W) {
        rows++;
        lx = 0;
      }
      lx += w;
    }
    const legendH = rows * 12 + 4;
    const left = 44;
    const px = M + left;
    const pw = W - left - 4;
    const py = this.y;
    const ph = height - legendH - 18;
    const n = chart.years.length;
    const X = (i: number) => px + (n > 1 ? (pw * i) / (n - 1) : pw / 2);
    const Y = (v: number) => py + ph - ((v - lo) / (hi - lo)) * ph;

    // grid and value labels
    doc.setDrawColor(217, 217, 217);
    doc.setLineWidth(0.4);
    doc.setLineDashPattern([], 0);
    this.font(7, false, MUTED);
    for (let v = lo; v <= hi + step / 2; v += step) {
      doc.line(px, Y(v), px + pw, Y(v));
      doc.text(pdfText(axisLabel(v, chart.scale, step)), px - 4, Y(v), { align: 'right', baseline: 'middle' });
    }
    chart.years.forEach((y, i) => {
      if (y % 5 === 0 || n <= 12) doc.text(String(y), X(i), py + ph + 4, { align: 'center', baseline: 'top' });
    });
    // unit, rotated along the value axis
    doc.text(pdfText(chart.unit), M + 6, py + ph / 2, { angle: 90, align: 'center', baseline: 'middle' });

    // bands: a closed area p90 forward, p10 back, transparent
    for (const b of bands) {
      const idx = chart.years.map((_, i) => i).filter((i) => b.p10[i] != null && b.p90[i] != null);
      if (idx.length < 2) continue;
      const pts = [...idx.map((i) => [X(i), Y(b.p90[i]!)]), ...[...idx].reverse().map((i) => [X(i), Y(b.p10[i]!)])];
      const rel = pts.slice(1).map((p, k) => [p[0]! - pts[k]![0]!, p[1]! - pts[k]![1]!]);
      doc.saveGraphicsState();
      doc.setGState(new (doc as unknown as { GState: new (o: object) => unknown }).GState({ opacity: 0.22 }) as never);
      doc.setFillColor(...rgb(b.colour));
      doc.lines(rel, pts[0]![0]!, pts[0]![1]!, [1, 1], 'F', true);
      doc.restoreGraphicsState();
    }
    // markers: the start line and the levers' start years
    for (const m of chart.markers ?? []) {
      const i = chart.years.indexOf(m.year);
      if (i < 0) continue;
      if (m.start) doc.setDrawColor(64, 64, 64);
      else doc.setDrawColor(127, 127, 127);
      doc.setLineWidth(m.start ? 0.9 : 0.6);
      doc.setLineDashPattern(m.start ? [] : [3, 2], 0);
      doc.line(X(i), py, X(i), py + ph);
      this.font(6.5, false, MUTED);
      doc.text(pdfText(m.label), X(i) + 2, py + 2 + (m.start ? 0 : 8), { baseline: 'top' });
    }
    // lines
    for (const s of lines) {
      doc.setDrawColor(...rgb(s.colour));
      doc.setLineWidth(s.history ? 0.6 : 1.6);
      doc.setLineDashPattern(DASH_PATTERN[s.history ? 'sysDot' : (s.dash ?? (s.dashed ? 'dash' : 'solid'))], 0);
      let prev: [number, number] | null = null;
      s.values.forEach((v, i) => {
        if (v === null || !Number.isFinite(v)) {
          prev = null;
          return;
        }
        const p: [number, number] = [X(i), Y(v)];
        if (prev) doc.line(prev[0], prev[1], p[0], p[1]);
        prev = p;
      });
      if (s.history) {
        doc.setLineDashPattern([], 0);
        doc.setLineWidth(0.9);
        s.values.forEach((v, i) => {
          if (v === null || !Number.isFinite(v)) return;
          const [cx, cy] = [X(i), Y(v)];
          doc.line(cx - 2.5, cy - 2.5, cx + 2.5, cy + 2.5);
          doc.line(cx - 2.5, cy + 2.5, cx + 2.5, cy - 2.5);
        });
      }
    }
    doc.setLineDashPattern([], 0);
    // axes
    doc.setDrawColor(89, 89, 89);
    doc.setLineWidth(0.6);
    doc.line(px, py + ph, px + pw, py + ph);
    // legend
    let ly = py + ph + 18;
    lx = M;
    this.font(7.5);
    legend.forEach((e, k) => {
      if (lx + entryW[k]! > M + W) {
        ly += 12;
        lx = M;
      }
      if (e.band) {
        doc.saveGraphicsState();
        doc.setGState(new (doc as unknown as { GState: new (o: object) => unknown }).GState({ opacity: 0.3 }) as never);
        doc.setFillColor(...rgb(e.colour));
        doc.rect(lx, ly - 3, 20, 7, 'F');
        doc.restoreGraphicsState();
      } else {
        doc.setDrawColor(...rgb(e.colour));
        doc.setLineWidth(e.history ? 0.6 : 1.6);
        doc.setLineDashPattern(DASH_PATTERN[e.dash], 0);
        doc.line(lx, ly, lx + 20, ly);
        doc.setLineDashPattern([], 0);
      }
      this.font(7.5);
      doc.text(pdfText(e.name), lx + 24, ly, { baseline: 'middle' });
      lx += entryW[k]!;
    });
    this.y = py + height - 8;
    if (chart.caption) this.para(chart.caption, 7.5, { colour: MUTED, gap: 2 });
    // the stamp once, small
    for (const line of chart.stamp) this.para(line, 6, { colour: MUTED, gap: 0 });
    this.y += 14;
  }

  sources(): void {
    const s = this.deck.sources;
    if (!s || s.items.length === 0) return;
    this.heading(s.heading, 14);
    const doc = this.doc;
    for (const it of s.items) {
      this.para(it.text, 9, { gap: 1 });
      if (it.url) {
        this.need(12);
        this.font(8.5, false, [0, 98, 186]);
        const url = it.url.length > 110 ? `${it.url.slice(0, 107)}...` : it.url;
        doc.textWithLink(url, M, this.y, { url: it.url, baseline: 'top' });
        this.y += 14;
      }
      this.y += 3;
    }
  }

  footers(): void {
    const doc = this.doc;
    const total = doc.getNumberOfPages();
    for (let p = 1; p <= total; p++) {
      doc.setPage(p);
      this.font(7, false, MUTED);
      doc.text(pdfText(this.deck.footer), M, PAGE_H - M + 6, { baseline: 'top', maxWidth: W - 70 });
      doc.text(pdfText(rt('pageOf', { n: p, total })), PAGE_W - M, PAGE_H - M + 6, { baseline: 'top', align: 'right' });
    }
  }
}

/** The report's PDF bytes. */
export function reportPdfBytes(deck: Deck): Uint8Array {
  const w = new Writer(deck);
  w.para(deck.title, 22, { bold: true, gap: 6 });
  w.para(deck.subtitle, 11, { colour: MUTED, gap: 16 });
  if (deck.summary) {
    w.heading(deck.summary.heading, 15);
    for (const p of deck.summary.paragraphs) w.para(p, 10.5, { gap: 7 });
    w.y += 8;
  }
  w.table(deck.keyFigures, 8.5);
  w.page();
  deck.charts.forEach((c) => w.chart(c, 265));
  if (deck.trackRecord) {
    w.page();
    w.heading(deck.trackRecord.heading, 15);
    for (const p of deck.trackRecord.paragraphs) w.para(p, 10.5, { gap: 7 });
  }
  for (const t of deck.tables ?? []) {
    w.page();
    w.table(t, t.columns.length > 6 ? 7 : 8);
  }
  w.page();
  w.table(deck.settings, 8.5);
  w.sources();
  w.footers();
  return new Uint8Array(w.doc.output('arraybuffer'));
}

export async function reportPdf(deck: Deck): Promise<Blob> {
  return new Blob([reportPdfBytes(deck) as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}

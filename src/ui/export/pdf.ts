/**
 * PDF export of one chart: A4 landscape, vector. The chart (with its legend) is rendered through svgcanvas
 * (svg.ts) and drawn onto the page by svg2pdf.js; the title and the stamp are PDF text above and below it.
 * jsPDF's standard fonts know only WinAnsi: one character outside it (U+2212 in nb-NO negative numbers, the
 * narrow NBSP, Sámi ŋ) turns the whole string into garbage, so every text is mapped into WinAnsi first
 * (ECOSYSTEM.md §1d). Loaded on first use.
 */
import type { ChartData, ChartView } from '../chartView.ts';
import { getLocale } from '../i18n.ts';
import { pdfText } from './pdfText.ts';
import { renderChartSvg } from './svg.ts';

export { pdfText };

/** A4 landscape in pt. */
const PAGE_W = 841.89;
const PAGE_H = 595.28;
const MARGIN = 36;
/** The chart is rendered at this size (16:9) and scaled onto the page (about 0.6). */
const CHART_W = 1280;
const CHART_H = 720;

/** svg2pdf reads alignment-baseline, not the dominant-baseline svgcanvas writes. */
const BASELINES: Record<string, string> = {
  'text-before-edge': 'text-top',
  'text-after-edge': 'text-bottom',
  central: 'middle',
  hanging: 'hanging',
  alphabetic: 'alphabetic',
};

/** Makes the chart's SVG fit for svg2pdf: WinAnsi text, baselines and weights it understands. */
function prepareForPdf(svg: SVGSVGElement): void {
  for (const text of svg.querySelectorAll('text')) {
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) n.nodeValue = pdfText(n.nodeValue ?? '');
    const baseline = text.getAttribute('dominant-baseline');
    if (baseline && !text.hasAttribute('alignment-baseline') && BASELINES[baseline])
      text.setAttribute('alignment-baseline', BASELINES[baseline]);
    // only normal and bold exist in the standard fonts; another weight (the start lines' 600) gives Times
    const weight = text.getAttribute('font-weight');
    if (weight && weight !== 'normal' && weight !== 'bold')
      text.setAttribute('font-weight', Number(weight) >= 600 ? 'bold' : 'normal');
  }
}

/** The chart on an A4 landscape page: title on top, the chart with its legend, the stamp at the bottom. */
export async function chartPdf(
  view: ChartView,
  data: ChartData,
  title: string,
  stamp: readonly string[],
): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }, svg] = await Promise.all([
    import('jspdf'),
    import('svg2pdf.js'),
    renderChartSvg(view, data, { width: CHART_W, height: CHART_H, fontSize: 16 }),
  ]);
  prepareForPdf(svg);
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4' });
  const safeTitle = pdfText(title);
  doc.setProperties({ title: safeTitle, subject: pdfText(stamp[0] ?? title), creator: 'Fastlegesimulatoren' });
  doc.setLanguage(getLocale() === 'en' ? 'en-GB' : getLocale()); // jsPDF knows nb and nn, not nb-NO
  doc.setTextColor(26, 26, 26);
  const maxWidth = PAGE_W - 2 * MARGIN;

  // title, shrunk to one line if long
  doc.setFont('helvetica', 'bold');
  const titleSize = Math.min(18, (18 * maxWidth) / doc.setFontSize(18).getTextWidth(safeTitle));
  doc.setFontSize(titleSize);
  doc.text(safeTitle, MARGIN, MARGIN, { baseline: 'top' });

  // stamp lines at the bottom, each shrunk to one line if long
  doc.setFont('helvetica', 'normal');
  const lineGap = 11;
  const stampTop = PAGE_H - MARGIN - stamp.length * lineGap;
  stamp.forEach((line, i) => {
    const safe = pdfText(line);
    const size = Math.min(8, (8 * maxWidth) / doc.setFontSize(8).getTextWidth(safe));
    doc.setFontSize(size);
    doc.text(safe, MARGIN, stampTop + i * lineGap, { baseline: 'top' });
  });

  // the chart between them, 16:9, centred
  const top = MARGIN + 30;
  const room = stampTop - 12 - top;
  const width = Math.min(maxWidth, (room * CHART_W) / CHART_H);
  const height = (width * CHART_H) / CHART_W;
  await svg2pdf(svg, doc, { x: (PAGE_W - width) / 2, y: top, width, height });
  return doc.output('blob');
}

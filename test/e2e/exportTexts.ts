/**
 * The text a chart's export carries, read back from each format, for checking its stamp: CSV as text, SVG's <text>
 * elements, the PDF's shown strings (WinAnsi decoded), the strings of an .xlsx or .pptx (every XML part of the zip),
 * and for PNG the strings the page drew on the export canvas (CanvasRenderingContext2D.fillText, recorded).
 */
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { exportChart } from './app.ts';

export type TextFormat = 'png' | 'svg' | 'pdf' | 'pptx' | 'csv' | 'xlsx';

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

/** WinAnsi's codes above Latin-1 that the stamps use, back to Unicode. */
const WIN_ANSI: Record<number, string> = { 0x96: '–', 0x97: '—', 0x85: '…', 0x92: '’' };

function pdfShownText(pdf: Buffer): string {
  const latin1 = pdf.toString('latin1');
  return [...latin1.matchAll(/\(((?:[^()\\]|\\.)*)\) Tj/g)]
    .map((m) => [...m[1]!.replace(/\\([()\\])/g, '$1')].map((c) => WIN_ANSI[c.charCodeAt(0)] ?? c).join(''))
    .join('\n');
}

/** Records what the page draws with fillText (once per page); returns a reader that empties the record. */
async function recordCanvasText(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __drawnText?: string[] };
    if (w.__drawnText) {
      w.__drawnText.length = 0;
      return;
    }
    w.__drawnText = [];
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text: string, ...rest: [number, number, number?]) {
      w.__drawnText!.push(String(text));
      return fillText.call(this, text, ...rest);
    };
  });
}

/** The text of a chart's export in `format` (see the module comment), lines joined by "\n". */
export async function exportedText(page: Page, chart: string, format: TextFormat): Promise<string> {
  if (format === 'png') await recordCanvasText(page);
  const { bytes } = await exportChart(page, chart, format);
  switch (format) {
    case 'csv':
      return bytes.toString('utf8').replace(/^\uFEFF/, '');
    case 'svg':
      return page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '').join('\n');
      }, bytes.toString('utf8'));
    case 'pdf':
      return pdfShownText(bytes);
    case 'png': {
      if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
      return page.evaluate(() => (window as unknown as { __drawnText: string[] }).__drawnText.join('\n'));
    }
    default: {
      const files = unzipSync(new Uint8Array(bytes));
      return Object.entries(files)
        .filter(([path]) => path.endsWith('.xml'))
        .flatMap(([, data]) => [...strFromU8(data).matchAll(/>([^<>]+)</g)].map((m) => unescapeXml(m[1]!)))
        .join('\n');
    }
  }
}

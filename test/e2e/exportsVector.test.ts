// Vector chart exports in headless Chromium, read back: the SVG is well-formed XML at 1920×1080 with the
// series as <path> elements, the title and the stamp as text; the PDF is A4 landscape with the title and the
// stamp as PDF text (WinAnsi, never jsPDF's UTF-16 fallback), the chart as vector paths and no image. The
// second half exports with Monte Carlo bands present. EXPORT_DUMP=<dir> keeps the files for a look.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../src/ui/export/pdf.ts';
import { andRender, exportChart, probe, useApp, waitFor } from './app.ts';

const SOURCE = 'Statistisk sentralbyrå (SSB)';

async function exportFile(page: Page, chart: string, format: 'svg' | 'pdf'): Promise<{ name: string; bytes: Buffer }> {
  const file = await exportChart(page, chart, format);
  const dump = process.env['EXPORT_DUMP'];
  if (dump) {
    mkdirSync(dump, { recursive: true });
    writeFileSync(join(dump, file.name), file.bytes);
  }
  return file;
}

interface SvgFacts {
  parseError: boolean;
  root: string;
  width: string | null;
  height: string | null;
  viewBox: string | null;
  /** Stroke colours of unfilled paths through at least 6 points (the series lines), one per path. */
  lineStrokes: string[];
  /** Filled paths through at least 6 points (bands). */
  filledAreas: number;
  texts: string[];
}

/** Parses the SVG with the browser's XML parser (any well-formedness error gives a <parsererror>). */
function svgFacts(page: Page, text: string): Promise<SvgFacts> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    // grid lines, ticks and start lines have one segment, legend boxes and clip rectangles four
    const paths = [...doc.querySelectorAll('path')].filter(
      (p) => (p.getAttribute('d') ?? '').split('L').length > 5 && !p.closest('clipPath'),
    );
    const painted = (v: string | null) =>
      v !== null && v !== 'none' && v !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(v);
    return {
      parseError: doc.getElementsByTagName('parsererror').length > 0,
      root: root.nodeName,
      width: root.getAttribute('width'),
      height: root.getAttribute('height'),
      viewBox: root.getAttribute('viewBox'),
      lineStrokes: paths
        .filter((p) => p.getAttribute('fill') === 'none' && painted(p.getAttribute('stroke')))
        .map((p) => p.getAttribute('stroke')!),
      filledAreas: paths.filter((p) => painted(p.getAttribute('fill'))).length,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
    };
  }, text);
}

/** WinAnsi's codes for the characters it has above Latin-1 that the stamps use. */
const WIN_ANSI: Record<string, number> = { '–': 0x96, '—': 0x97, '…': 0x85, '’': 0x92 };

/** A text as jsPDF writes it with a standard font: WinAnsi bytes, ( ) and \ escaped. */
function pdfString(text: string): Buffer {
  const escaped = text.replace(/[()\\]/g, (c) => `\\${c}`);
  return Buffer.from([...escaped].map((c) => WIN_ANSI[c] ?? c.charCodeAt(0)));
}

/** The strings shown by Tj operators in the (uncompressed) content streams. */
function shownStrings(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\(((?:[^()\\]|\\.)*)\) Tj/g)].map((m) => m[1]!);
}

function checkPdf(bytes: Buffer, title: string): void {
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = bytes.toString('latin1');
  const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(text);
  expect(Number(box?.[1])).toBeCloseTo(841.89, 1);
  expect(Number(box?.[2])).toBeCloseTo(595.28, 1);
  expect(bytes.includes(pdfString(title))).toBe(true);
  expect(bytes.includes(pdfString(SOURCE))).toBe(true);
  const shown = shownStrings(bytes);
  expect(shown.length).toBeGreaterThan(10); // title, stamp, ticks, axis titles, legend
  // one character outside WinAnsi (U+2212, a narrow NBSP) makes jsPDF write the whole string as UTF-16
  expect(shown.filter((s) => s.includes('\u0000'))).toEqual([]);
  // the chart is vector: line-to operators, no embedded image
  expect((text.match(/ l\n/g) ?? []).length).toBeGreaterThan(50);
  expect(text).not.toMatch(/\/Subtype \/Image/);
}

const app = useApp();

describe('vector chart exports', () => {
  it('PDF text: nb-NO minus and spaces, and letters outside WinAnsi, become what the standard fonts show', () => {
    // non-breaking spaces stay non-breaking (WinAnsi 0xA0): a line is never broken between a number and its unit
    expect(pdfText('\u22121\u00a0234,5\u202f%')).toBe('-1\u00a0234,5\u00a0%');
    expect(pdfText('Porsáŋgu – Kárášjohka · Čáhcesuolu … ≥')).toBe('Porsángu – Kárášjohka · Cáhcesuolu … ?');
  });

  it('SVG: well-formed, 1920×1080, the series as paths, the title and the stamp as text', async () => {
    const { name, bytes } = await exportFile(app().page, 'withoutGp', 'svg');
    expect(name).toMatch(/^fastlegesimulatoren-innbyggere-uten-fastlege-hele-landet-.*\.svg$/);
    const svg = await svgFacts(app().page, bytes.toString('utf8'));
    expect(svg.parseError).toBe(false);
    expect(svg.root).toBe('svg');
    expect([svg.width, svg.height]).toEqual(['1920', '1080']);
    expect(svg.viewBox).toBe('0 0 1920 1080');
    // deterministic: history, current policy (dashed) and the scenario
    expect(svg.lineStrokes.length).toBeGreaterThanOrEqual(3);
    expect(svg.texts).toContain('Innbyggere uten fastlege');
    expect(svg.texts.some((t) => t.includes(SOURCE))).toBe(true);
    expect(svg.texts).toEqual(expect.arrayContaining(['Dagens politikk', 'Ditt scenario', 'Historikk']));
    expect(app().errors).toEqual([]);
  });

  it('PDF: A4 landscape, the title and the stamp as text, the chart as vectors', async () => {
    const { name, bytes } = await exportFile(app().page, 'withoutGp', 'pdf');
    expect(name).toMatch(/^fastlegesimulatoren-innbyggere-uten-fastlege-hele-landet-.*\.pdf$/);
    checkPdf(bytes, 'Innbyggere uten fastlege');
    // æøå in WinAnsi, the stamp's separators too
    expect(bytes.includes(pdfString('Innbyggere uten fastlege – Hele landet (personer)'))).toBe(true);
    // jsPDF's optional html2canvas, DOMPurify and canvg chunks are not fetched
    expect(app().requests.filter((u) => /html2canvas|purify|\/index\.es-/.test(u))).toEqual([]);
    expect(app().errors).toEqual([]);
  });

  it('with a changed lever and Monte Carlo bands: start line, bands and both lines in SVG and PDF', async () => {
    const { page } = app();
    const before = (await probe(page)).mcDone;
    // a higher capitation: the scenario leaves current policy, a start line appears, Monte Carlo follows
    await page.locator('#lever-capitationRate-range').focus();
    await andRender(page, () => page.keyboard.press('End'));
    await waitFor(page, 'mcDone', before);
    const svg = await svgFacts(page, (await exportFile(page, 'flows', 'svg')).bytes.toString('utf8'));
    expect(svg.parseError).toBe(false);
    // two series, each with a band, a baseline and a scenario line
    expect(svg.filledAreas).toBeGreaterThanOrEqual(2);
    expect(svg.lineStrokes.length).toBeGreaterThanOrEqual(4);
    expect(svg.texts).toContain('Nye fastleger og fastleger som slutter');
    expect(svg.texts.some((t) => / fra 20\d\d$/.test(t))).toBe(true); // the lever's start line
    expect(svg.texts.some((t) => t.includes('Monte Carlo'))).toBe(true); // the stamp names the runs
    const { bytes } = await exportFile(page, 'flows', 'pdf');
    checkPdf(bytes, 'Nye fastleger og fastleger som slutter');
    expect(shownStrings(bytes).some((t) => / fra 20\d\d$/.test(t))).toBe(true);
    expect(app().errors).toEqual([]);
  });
});

// The council report (#15) in headless Chromium: a comparison of three scenarios for Bindal (current policy and
// two presets, 100 runs), then one click on "Rapport til kommunestyret" gives a PowerPoint deck and an A4 PDF
// with the summary in plain words, the bands, the track record, the difference and budget tables and the scenario
// names. The deck is converted with LibreOffice (`soffice --headless --convert-to pdf`) where it is installed
// (skipped, with the reason logged, where it is not), and the converted text is checked with pdftotext (else the
// slide XML).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { andRender, cancelMonteCarlo, useApp } from './app.ts';

const REGION = 'kommune:1811';
const NAMES = ['Dagens politikk', 'Ekspertutvalgets pakke (2023)', 'Legevaktpakke'];
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

async function bytesOf(d: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await d.createReadStream()) chunks.push(Buffer.from(c as Uint8Array));
  return Buffer.concat(chunks);
}

/** The two downloads of one click (the deck first, then the PDF). */
async function report(page: Page): Promise<{ name: string; bytes: Buffer }[]> {
  const downloads: Download[] = [];
  const two = new Promise<void>((resolve) => {
    const on = (d: Download) => {
      downloads.push(d);
      if (downloads.length === 2) {
        page.off('download', on);
        resolve();
      }
    };
    page.on('download', on);
  });
  await page.locator('#export-deck').click();
  await Promise.race([two, new Promise((_, reject) => setTimeout(() => reject(new Error('two downloads')), 60_000))]);
  return Promise.all(downloads.map(async (d) => ({ name: d.suggestedFilename(), bytes: await bytesOf(d) })));
}

const slideText = (files: Record<string, Uint8Array>) =>
  Object.keys(files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]))
    .map((f) => [...strFromU8(files[f]!).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' '))
    .join('\n')
    .replace(/&amp;/g, '&');

const app = useApp({
  setup: async ({ page }) => {
    await page.selectOption('#mc-runs', '100');
    await cancelMonteCarlo(page);
    const input = page.locator('#region-input');
    await input.click();
    await input.fill('1811');
    await page.locator(`#region-list [data-value="${REGION}"]`).waitFor();
    await andRender(page, () => input.press('Enter'));
    await cancelMonteCarlo(page).catch(() => {});
    await page.locator('.compare-panel > summary').click();
    await page.locator('[data-compare="current"]').uncheck();
    await page.locator('[data-compare="preset:ekspertutvalget-2023"]').check();
    await page.locator('[data-compare="preset:legevaktpakke"]').check();
    await page.locator('#compare-run').click();
    await page.locator('#compare-table').waitFor({ timeout: 180_000 });
  },
});

let files: { name: string; bytes: Buffer }[] = [];

describe('council report', () => {
  it('one click gives a PowerPoint deck and an A4 PDF, named after the region', async () => {
    files = await report(app().page);
    expect(files.map((f) => f.name)).toEqual([
      expect.stringMatching(/^fastlegesimulatoren-rapport-bindal-1811-nordland-sammenligning-\d{4}-\d\d-\d\d\.pptx$/),
      expect.stringMatching(/^fastlegesimulatoren-rapport-bindal-1811-nordland-sammenligning-\d{4}-\d\d-\d\d\.pdf$/),
    ]);
    expect(files[0]!.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(files[1]!.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(app().errors).toEqual([]);
  });

  it('the deck holds the summary, native charts with bands, the track record, the difference and budget tables, and the names', () => {
    const zip = unzipSync(new Uint8Array(files[0]!.bytes));
    const text = slideText(zip);
    expect(text).toContain('Fastlegeordningen i Bindal');
    expect(text).toContain('Sammendrag – Bindal');
    expect(text).toMatch(/med 80\u00a0% sannsynlighet mellom/);
    expect(text).toContain('Forskjell mellom scenarioene');
    expect(text).toContain('Budsjett');
    expect(text).toContain('Dette er endret fra dagens politikk');
    // how well the model has done there: Treffsikkerhet's summary for Bindal from 2022 (the default start year)
    expect(text).toContain('Hvor godt har modellen truffet? – Bindal');
    expect(text).toContain('startet vi modellen 31. desember 2022 med bare det som var kjent da');
    expect(text).toMatch(/For Bindal traff modellens 80\u00a0%-intervall det som skjedde i \d av 3 år/);
    // a municipality: the compared scenarios' probabilities, as its key cards and the probability chart give them
    expect(text).toMatch(
      /Sannsynligheten for minst én liste uten fastlege i 2030: (&lt;|&gt;)?\s?\d+\s% med «Ekspertutvalgets pakke \(2023\)» mot (&lt;|&gt;)?\s?\d+\s% med dagens politikk/,
    );
    expect(text).toContain('Sannsynlighetene er vektet som i appen');
    expect(text).toContain('Til sammenligning, uten modell:');
    expect(text).toContain('Sannsynlighet for minst én liste uten fastlege 2030');
    expect(text).toContain('Sannsynlighet for at minst 5\u00a0% er uten fastlege 2030');
    expect(text).not.toContain('Dagens politikk: Ingen');
    expect(text).not.toContain('FACTS.md');
    for (const n of NAMES) expect(text).toContain(n);
    const charts = Object.keys(zip).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    expect(charts.length).toBeGreaterThanOrEqual(10);
    const banded = charts.map((f) => strFromU8(zip[f]!)).filter((x) => x.includes('<c:areaChart>'));
    expect(banded.length).toBeGreaterThanOrEqual(9); // all but the probabilities
    for (const n of NAMES) expect(banded[0]).toContain(`<c:v>${n}: 80\u00a0% intervall</c:v>`);
  });

  it('the PDF is A4 and holds the summary, the track record, the tables and the scenario names', () => {
    const raw = files[1]!.bytes.toString('latin1').replace(/\\([()])/g, '$1');
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
    for (const s of [
      'Sammendrag',
      'Forskjell mellom scenarioene',
      'Budsjett',
      'Hvor godt har modellen truffet?',
      ...NAMES,
    ])
      expect(raw).toContain(s);
  });

  it('opens in LibreOffice: the converted deck holds the summary, the bands, the tables and the scenario names', (ctx) => {
    if (!has('soffice')) {
      console.warn(
        'LibreOffice (soffice) is not installed: the conversion test is skipped (apt-get install -y libreoffice-impress-nogui)',
      );
      ctx.skip();
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'fls-report-'));
    const pptx = join(dir, 'rapport.pptx');
    writeFileSync(pptx, files[0]!.bytes);
    execFileSync(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, pptx],
      {
        timeout: 120_000,
        stdio: 'ignore',
      },
    );
    const pdf = readFileSync(join(dir, 'rapport.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    let text: string;
    if (has('pdftotext')) text = execFileSync('pdftotext', ['-layout', join(dir, 'rapport.pdf'), '-']).toString('utf8');
    else {
      console.warn('pdftotext (poppler-utils) is not installed: checking the slide XML instead of the converted text');
      text = slideText(unzipSync(new Uint8Array(files[0]!.bytes)));
    }
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Sammendrag – Bindal');
    expect(flat).toMatch(/80 % sannsynlighet/);
    expect(flat).toContain('80 % intervall'); // the bands' legend
    expect(flat).toContain('Forskjell mellom scenarioene');
    expect(flat).toContain('Budsjett');
    for (const n of NAMES) expect(flat).toContain(n);
  }, 180_000);
});

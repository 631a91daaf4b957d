// Chart exports in headless Chromium, read back: the PNG is 16:9 at 3840×2160 (1920×1080 at 2×); the CSV is
// Norwegian Excel's format (BOM, semicolons, decimal comma, CRLF), carries the stamp and holds the engine's
// numbers; the XLSX is a zip with a worksheet; a municipality with imputed start values says so in the stamp.
import { describe, expect, it } from 'vitest';
import { deterministic, monteCarloChunk } from '../../src/ui/sim/compute.ts';
import { strFromU8, unzipSync } from 'fflate';
import { mergeRuns, summarizeRuns } from '../../src/engine/run/mcSummary.ts';
import { andRender, cancelMonteCarlo, exportChart, probe, useApp, waitFor } from './app.ts';
import { bandNote } from '../../src/ui/chartCautions.ts';

const app = useApp();

describe('chart exports', () => {
  it('PNG: 3840×2160 pixels, a real PNG', async () => {
    const { name, bytes } = await exportChart(app().page, 'withoutGp', 'png');
    expect(name).toMatch(
      /^fastlegesimulatoren-innbyggere-uten-fastlege-hele-landet-ditt-scenario-\d{4}-\d\d-\d\d\.png$/,
    );
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.readUInt32BE(16)).toBe(3840);
    expect(bytes.readUInt32BE(20)).toBe(2160);
    expect(bytes.length).toBeGreaterThan(50_000);
  });

  it('CSV: Norwegian Excel format, the stamp, and the engine’s numbers', async () => {
    const { bytes } = await exportChart(app().page, 'withoutGp', 'csv');
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Innbyggere uten fastlege – Hele landet (personer)');
    expect(lines[1]).toMatch(
      /^Scenario: Dagens politikk, Ditt scenario · per 31\.12\. 2026–2040 · forventet utvikling/,
    );
    expect(lines[2]).toMatch(/^Fastlegesimulatoren \d+\.\d+\.\d+ · data .* · laget \d+\. \w+ \d{4}$/);
    expect(lines[3]).toMatch(/^Kilder: Statistisk sentralbyrå \(SSB\), Helsedirektoratet/);
    const headerAt = lines.indexOf('');
    const header = lines[headerAt + 1]!.split(';');
    expect(header).toEqual(['År', 'Historikk', 'Dagens politikk', 'Ditt scenario']);
    const row2030 = lines.find((l) => l.startsWith('2030;'))!.split(';');
    const engine = await deterministic({
      levers: {},
      assumptions: {},
      formulas: {},
      region: 'national',
      endYear: 2040,
    });
    const i = engine.years.indexOf(2030);
    // persons as whole numbers (#15)
    expect(row2030[3]).toMatch(/^\d+$/);
    expect(Math.abs(Number(row2030[3]) - engine.current.nResidentsWithoutGp[i]!)).toBeLessThanOrEqual(0.5);
    expect(row2030[3]).not.toMatch(/[\u00a0\u2212 ]/);
  });

  it('XLSX: a zip holding a worksheet', async () => {
    const { name, bytes } = await exportChart(app().page, 'cost', 'xlsx');
    expect(name).toMatch(/^fastlegesimulatoren-.*-hele-landet-ditt-scenario-\d{4}-\d\d-\d\d\.xlsx$/);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('xl/worksheets/sheet1.xml'))).toBe(true);
  });

  it('CSV and XLSX after Monte Carlo: p10/p50/p90 of both scenarios equal a Node run with the same runs and seed', async () => {
    const { page } = app();
    const before = (await probe(page)).mcDone;
    await page.locator('#mc-runs').selectOption('100');
    await waitFor(page, 'mcDone', before, 90_000);
    const chunk = await monteCarloChunk(
      { levers: {}, assumptions: {}, formulas: {}, region: 'national', endYear: 2040 },
      100,
      0,
      1,
      true,
      () => {},
    );
    const runs = (values: Float64Array) => mergeRuns([{ years: chunk.years, runs: 100, firstRun: 0, seed: 1, values }]);
    const cur = summarizeRuns(runs(chunk.current)).nGps;
    const base = summarizeRuns(runs(chunk.baseline!)).nGps;
    const yi = chunk.years.indexOf(2035);
    const expected = [base.p50[yi]!, base.p10[yi]!, base.p90[yi]!, cur.p50[yi]!, cur.p10[yi]!, cur.p90[yi]!];

    const text = (await exportChart(page, 'gps', 'csv')).bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[1]).toMatch(
      /median og 80\u00a0% intervall av 100 Monte Carlo-kjøringer med tilfeldige hendelser \(tilfeldig tallrekke nr. 1\)/,
    );
    const header = lines[lines.indexOf('') + 1]!.split(';');
    const cols = [
      'Fastleger: Dagens politikk',
      'Fastleger: Dagens politikk: p10',
      'Fastleger: Dagens politikk: p90',
      'Fastleger: Ditt scenario',
      'Fastleger: Ditt scenario: p10',
      'Fastleger: Ditt scenario: p90',
    ].map((c) => header.indexOf(c));
    expect(cols.every((c) => c > 0)).toBe(true);
    const row = lines.find((l) => l.startsWith('2035;'))!.split(';');
    // GPs as whole numbers in the CSV (#15); the workbook keeps the full value under a whole-number format
    cols.forEach((c, k) =>
      expect(Math.abs(Number(row[c]!.replace(',', '.')) - expected[k]!), header[c]).toBeLessThanOrEqual(0.5),
    );

    // the same numbers in the workbook (shared strings for text, numbers as <v> in the sheet)
    const xlsx = unzipSync(new Uint8Array((await exportChart(page, 'gps', 'xlsx')).bytes));
    const sheet = strFromU8(xlsx['xl/worksheets/sheet1.xml']!);
    const values = [...sheet.matchAll(/<v>([^<]*)<\/v>/g)].map((m) => Number(m[1]));
    for (const v of expected)
      expect(
        values.some((x) => Math.abs(x - v) < 1e-6),
        String(v),
      ).toBe(true);
  });

  it('the caveats under a chart travel with its exports, and the probability chart carries none of the band’s', async () => {
    const { page } = app();
    // (after the Monte Carlo above: the band's caveat is under every projection chart; the country's says how often
    // its band held what happened, src/data/bandCoverage.json)
    const band = bandNote({ tried: true }, { regionType: 'national' }).split(':')[0]!;
    // (a chart's note follows its data when the chart is on screen)
    await page.locator('[data-chart="withoutGp"]').scrollIntoViewIfNeeded();
    await page.waitForFunction(
      (text) => document.querySelector('[data-chart="withoutGp"] .chart-note')?.textContent?.includes(text),
      band,
    );
    const csv = (await exportChart(page, 'withoutGp', 'csv')).bytes.toString('utf8').slice(1);
    const stamp = csv.split('\r\n').slice(0, csv.split('\r\n').indexOf(''));
    // (quoted: the sentence holds a semicolon)
    expect(stamp.some((l) => l.replace(/^"/, '').startsWith(band))).toBe(true);
    const svg = (await exportChart(page, 'withoutGp', 'svg')).bytes.toString('utf8');
    expect(svg).toContain(band);
    const probability = (await exportChart(page, 'probability', 'csv')).bytes.toString('utf8');
    expect(probability).not.toContain(band);
  });

  it('a municipality with imputed start values says so in the stamp', async () => {
    const { page } = app();
    const input = page.locator('#region-input');
    await input.click();
    await input.fill('1853');
    await page.locator('#region-list [data-value="kommune:1853"]').waitFor();
    await andRender(page, () => input.press('Enter'));
    await cancelMonteCarlo(page);
    const text = (await exportChart(page, 'gps', 'csv')).bytes.toString('utf8');
    expect(text).toMatch(/Evenes/);
    expect(text).toMatch(/Merk: startverdiene for fastleger er anslått fra lignende kommuner for Evenes\./);
    expect(app().errors).toEqual([]);
  });
});

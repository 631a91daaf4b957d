// PowerPoint exports in headless Chromium, read back: "Rapport til kommunestyret" gives a title slide, the summary,
// the key figures, ten chart slides with native charts, the settings (naming a lever changed by keyboard) and the
// sources;
// the "Innbyggere uten fastlege" chart holds "Ditt scenario" with the numbers the table view shows; the stamp is
// in the notes. The chart menu's PowerPoint export gives the same deck with one chart.
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getLever } from '../../src/levers/registry.ts';
import { andRender, cancelMonteCarlo, chartTable, downloadBytes, parseNb, useApp } from './app.ts';

type Files = Record<string, Uint8Array>;

async function download(page: Page, action: () => Promise<unknown>): Promise<{ name: string; files: Files }> {
  const { name, bytes } = await downloadBytes(page, action);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  return { name, files: unzipSync(new Uint8Array(bytes)) };
}

const text = (files: Files, path: string) => strFromU8(files[path]!);
const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!);
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

interface Slide {
  readonly runs: string[];
  /** The chart part's XML, when the slide has a chart. */
  readonly chart: string | null;
  readonly notes: string[];
}

/** The slides in order, each with its text, chart part and notes. */
function slides(files: Files): Slide[] {
  const paths = Object.keys(files)
    .filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  return paths.map((p) => {
    const rels = text(files, p.replace('slides/', 'slides/_rels/') + '.rels');
    const target = (kind: string) => {
      const m = new RegExp(`relationships/${kind}" Target="([^"]+)"`).exec(rels);
      return m ? (m[1]!.startsWith('/') ? m[1]!.slice(1) : `ppt/${m[1]!.replace(/^\.\.\//, '')}`) : null;
    };
    const chart = target('chart');
    const notes = target('notesSlide');
    return {
      runs: runs(text(files, p)).map(unescape),
      chart: chart ? text(files, chart) : null,
      notes: notes ? runs(text(files, notes)).map(unescape) : [],
    };
  });
}

/** Series name → year → value, from a chart part's caches (gaps left out). */
function chartSeries(xml: string): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  for (const [ser] of xml.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)) {
    const name = unescape(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)![1]!);
    const cat = /<c:cat>[\s\S]*?<\/c:cat>/.exec(ser)![0];
    const years = [...cat.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[2]));
    const val = /<c:val>[\s\S]*?<\/c:val>/.exec(ser)![0];
    const values = new Map<number, number>();
    for (const m of val.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g))
      values.set(years[Number(m[1])]!, Number(m[2]));
    out.set(name, values);
  }
  return out;
}

const app = useApp();

describe('PowerPoint exports', () => {
  it('"Rapport til kommunestyret": title, summary, key figures, ten native charts, the changed lever, sources', async () => {
    const { page } = app();
    await page.locator('#lever-alisGrants-range').focus();
    await andRender(page, () => page.keyboard.press('End'));
    await cancelMonteCarlo(page);
    const table = await chartTable(page, 'withoutGp');

    const { name, files } = await download(page, () => page.locator('#export-deck').click());
    expect(name).toMatch(/^fastlegesimulatoren-rapport-hele-landet-ditt-scenario-\d{4}-\d\d-\d\d\.pptx$/);
    expect(files['[Content_Types].xml']).toBeDefined();
    const deck = slides(files);
    expect(deck[0]!.runs[0]).toBe('Fastlegeordningen i Hele landet');
    expect(deck[1]!.runs[0]).toBe('Sammendrag – Hele landet');
    expect(deck[2]!.runs[0]).toBe('Nøkkeltall – Hele landet');
    const charts = deck.filter((s) => s.chart);
    expect(charts).toHaveLength(10);
    for (const s of charts) {
      expect(s.chart).toContain('<c:lineChart>');
      expect(s.runs[0]).toMatch(/ – Hele landet$/);
      expect(s.notes[0]).toMatch(/ – Hele landet \(/);
      expect(s.notes.some((l) => l.startsWith('Scenario: Dagens politikk, Ditt scenario'))).toBe(true);
      // the stamp once on the slide
      expect(s.runs.filter((r) => r.startsWith('Fastlegesimulatoren 0.'))).toHaveLength(1);
    }

    // the settings slide names the scenario, the lever, its new value and current policy's
    const settings = deck.find((s) => s.runs[0] === 'Dette er endret fra dagens politikk')!.runs;
    const label = getLever('alisGrants')!.label.nb;
    const row = settings.indexOf(label);
    expect(row).toBeGreaterThan(0);
    expect(settings[row - 1]).toBe('Ditt scenario');
    expect(settings[row + 1]).toMatch(/^3[\s\u00a0\u202f]000/);
    // current policy's value, the registry default, as the page writes it
    const today = String(getLever('alisGrants')!.default).replace(/\B(?=(\d{3})+$)/g, '[\\s\\u00a0\\u202f]');
    expect(settings[row + 2]).toMatch(new RegExp(`^${today}`));
    expect(deck.at(-1)!.runs[0]).toBe('Kilder');

    // the chart of residents without a GP holds the numbers of the table view
    const title = table.caption.split(' – ')[0]!;
    const slide = charts.find((s) => s.runs[0] === `${title} – Hele landet`)!;
    expect(slide).toBeDefined();
    const series = chartSeries(slide.chart!);
    expect([...series.keys()]).toEqual(['Dagens politikk', 'Ditt scenario', 'Historikk']);
    const col = table.headers.indexOf('Ditt scenario');
    expect(col).toBeGreaterThanOrEqual(0);
    // its caveats come with it, as under the chart on screen (chartCautions.ts): here the first year's steep fall
    const note = (await page.locator('[data-chart="withoutGp"] .chart-note').textContent())!;
    const fall = /Fra 2025 til 2026 faller linja med [^:]+:[^)]+\)\./.exec(note)?.[0];
    expect(fall).toBeDefined();
    expect(slide.runs.join(' ')).toContain(fall!);
    const scenario = series.get('Ditt scenario')!;
    expect(scenario.size).toBeGreaterThan(10);
    for (const [year, value] of scenario) {
      if (year < 2026) continue; // the projection joins the observed start value
      const shown = parseNb(table.rows.get(year)![col]!)!;
      expect(Math.abs(value - shown.value), `${year}`).toBeLessThanOrEqual(0.5 * 10 ** -shown.decimals + 1e-9);
    }
    expect(app().errors).toEqual([]);
  });

  it('a chart menu’s PowerPoint export: title, key figures, that chart, settings', async () => {
    const { page } = app();
    await page.locator('[data-chart="withoutGp"] .export-menu > summary').click();
    const { name, files } = await download(page, () =>
      page.locator('[data-chart="withoutGp"] [data-export="pptx"]').click(),
    );
    expect(name).toMatch(/^fastlegesimulatoren-innbyggere-uten-fastlege-hele-landet-ditt-scenario-.*\.pptx$/);
    const deck = slides(files);
    expect(deck).toHaveLength(4);
    expect(deck[2]!.chart).toContain('<c:v>Ditt scenario</c:v>');
    expect(deck.filter((s) => s.chart !== null)).toHaveLength(1);
    expect(deck[3]!.runs).toContain(getLever('alisGrants')!.label.nb);
    expect(app().errors).toEqual([]);
  });
});

// Reference lines on the charts and the map in share links (issue #16) in the built app: the switch above the charts,
// reached and turned on by keyboard for Bindal, draws "kommuner som ligner", Nordland and the country on the share,
// list-length and legevakt charts (not on counts), named in the legend (the SVG export draws it), in the table view
// and in the CSV; the switch stays on when the region changes; axe finds nothing with the lines on. A link made with
// the map open on an outcome, view, year and county reopens the same map with the lines on; a bad map field is
// refused naming the field, and the page still opens.
import JSZip from 'jszip';
import { compressToEncodedURIComponent } from 'lz-string';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeLink, LINK_VERSION } from '../../src/ui/scenarios/shareLink.ts';
import {
  axeViolations,
  cancelMonteCarlo,
  chartTable,
  chooseRegion,
  currentHash,
  exportChart,
  openAppAt,
  parseNb,
  useApp,
} from './app.ts';

const app = useApp();

const PEERS = 'Kommuner som ligner (snitt) – Dagens politikk';
const COUNTY = 'Nordland – Dagens politikk';
const COUNTRY = 'Hele landet – Dagens politikk';

/** Waits until the share chart's table view has (or lacks) the peers' column. */
async function tableHeads(page: Page, chart: string, has: string | null): Promise<string[]> {
  let heads: string[] = [];
  await expect
    .poll(
      async () => {
        heads = (await chartTable(page, chart)).headers;
        return has === null ? !heads.some((h) => h.includes(PEERS)) : heads.includes(has);
      },
      { timeout: 60_000, interval: 200 },
    )
    .toBe(true);
  return heads;
}

const mapState = async (page: Page) => {
  const d = decodeLink(await currentHash(page));
  return d.ok ? d.state : null;
};

describe('reference lines on the charts', () => {
  it('turns on by keyboard for Bindal and shows the peers, the county and the country in the table view', async () => {
    const { page } = app();
    await chooseRegion(page, 'Bindal', 'kommune:1811');
    await cancelMonteCarlo(page);
    const box = page.locator('#ref-lines');
    expect(await page.locator('label[for="ref-lines"]').textContent()).toBe(
      'Vis referanselinjer: kommuner som ligner, fylket og landet',
    );
    expect(await box.isChecked()).toBe(false);
    await box.focus();
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    const heads = await tableHeads(page, 'withoutGpShare', PEERS);
    expect(heads).toEqual(expect.arrayContaining([PEERS, COUNTY, COUNTRY]));
    // observed from 2015, projected to 2040: the peers' mean has a value at both ends
    const table = await chartTable(page, 'withoutGpShare');
    const col = table.headers.indexOf(PEERS);
    expect(parseNb(table.rows.get(2015)![col]!)).not.toBeNull();
    expect(parseNb(table.rows.get(2040)![col]!)).not.toBeNull();
    // the note says which municipalities and which run
    const note = page.locator('#ref-lines-note');
    await expect
      .poll(() => note.textContent())
      .toMatch(/^Kommuner som ligner Bindal: .+\(uvektet snitt\), med Nordland/);
    expect(await note.isVisible()).toBe(true);
    // list length and legevakt hours get them; counts do not
    expect(await tableHeads(page, 'listLength', PEERS)).toContain(COUNTRY);
    expect((await chartTable(page, 'onCall')).headers.filter((h) => h.endsWith('– Dagens politikk')).length).toBe(3);
    expect((await chartTable(page, 'withoutGp')).headers.some((h) => h.includes('Kommuner som ligner'))).toBe(false);
    // the canvas's text alternative names them
    await page.locator('[data-chart="withoutGpShare"] .table-toggle').click();
    expect(await page.locator('[data-chart="withoutGpShare"] canvas').getAttribute('aria-label')).toContain(
      `Referanselinjer: ${PEERS}; ${COUNTY}; ${COUNTRY}.`,
    );
    expect((await mapState(page))?.refs).toBe(true);
  });

  it('names them in the legend (SVG export) and carries them in the CSV, Excel, PNG and PowerPoint', async () => {
    const { page } = app();
    const svg = (await exportChart(page, 'withoutGpShare', 'svg')).bytes.toString('utf8');
    for (const name of [PEERS, COUNTY, COUNTRY]) expect(svg).toContain(name);
    const csv = (await exportChart(page, 'withoutGpShare', 'csv')).bytes.toString('utf8');
    const lines = csv.split('\r\n');
    const header = lines.find((l) => l.startsWith('År;'))!.split(';');
    expect(header).toEqual(expect.arrayContaining([PEERS, COUNTY, COUNTRY]));
    const row = lines.find((l) => l.startsWith('2030;'))!.split(';');
    expect(row[header.indexOf(PEERS)]).toMatch(/^\d+(,\d)?$/);
    const xlsx = await JSZip.loadAsync((await exportChart(page, 'withoutGpShare', 'xlsx')).bytes);
    const sheetText = await Promise.all(
      Object.keys(xlsx.files)
        .filter((f) => /^xl\/(sharedStrings|worksheets\/sheet\d+)\.xml$/.test(f))
        .map((f) => xlsx.file(f)!.async('string')),
    );
    for (const name of [PEERS, COUNTY, COUNTRY]) expect(sheetText.join('')).toContain(name);
    const png = (await exportChart(page, 'withoutGpShare', 'png')).bytes;
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const pptx = await JSZip.loadAsync((await exportChart(page, 'withoutGpShare', 'pptx')).bytes);
    const charts = await Promise.all(
      Object.keys(pptx.files)
        .filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))
        .map((f) => pptx.file(f)!.async('string')),
    );
    for (const name of [PEERS, COUNTY, COUNTRY]) expect(charts.join('')).toContain(name);
  });

  it('stays on when the region changes: a county gets the country only', async () => {
    const { page } = app();
    await chooseRegion(page, 'Nordland', 'fylke:18');
    await cancelMonteCarlo(page);
    expect(await page.locator('#ref-lines').isChecked()).toBe(true);
    const heads = await tableHeads(page, 'withoutGpShare', null);
    expect(heads).toContain(COUNTRY);
    expect(heads).not.toContain(COUNTY);
    await chooseRegion(page, 'Bindal', 'kommune:1811');
    await cancelMonteCarlo(page);
    await tableHeads(page, 'withoutGpShare', PEERS);
  });

  it('has no WCAG 2.1 A/AA violation with the lines on', async () => {
    const { page, errors } = app();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the map in the share link', () => {
  it('a link made with the map open on an outcome, view, year and county reopens the same map', async () => {
    const { page } = app();
    await page.locator('#map-details > summary').click();
    const selects = page.locator('.map-controls select');
    await selects.first().waitFor({ timeout: 60_000 });
    await selects.first().selectOption('meanListLength');
    await selects.nth(1).selectOption('diff');
    await selects.nth(2).selectOption('18');
    await page.locator('.map-year input[type=range]').fill('2031');
    await expect
      .poll(async () => (await mapState(page))?.map, { timeout: 10_000 })
      .toEqual({ outcome: 'meanListLength', view: 'diff', year: 2031, county: '18' });
    const hash = await currentHash(page);
    const other = await openAppAt(hash);
    try {
      const p = other.page;
      await cancelMonteCarlo(p);
      expect(await p.locator('#map-details').evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
      const sel = p.locator('.map-controls select');
      await sel.first().waitFor({ timeout: 60_000 });
      expect(await sel.first().inputValue()).toBe('meanListLength');
      expect(await sel.nth(1).inputValue()).toBe('diff');
      expect(await sel.nth(2).inputValue()).toBe('18');
      expect(await p.locator('.map-year-out').textContent()).toBe('2031');
      expect(await p.locator('.map-svg path[data-m]:not(.map-context)').count()).toBe(41);
      expect(await p.locator('#ref-lines').isChecked()).toBe(true);
      await tableHeads(p, 'withoutGpShare', PEERS);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
    // closing the map takes it out of the link, opening it again puts it back as it was
    await page.locator('#map-details > summary').click();
    await expect.poll(async () => (await mapState(page))?.map).toBeUndefined();
    await page.locator('#map-details > summary').click();
    await expect
      .poll(async () => (await mapState(page))?.map)
      .toEqual({ outcome: 'meanListLength', view: 'diff', year: 2031, county: '18' });
  });

  it('a bad map field is refused naming the field, and the page still opens', async () => {
    const payload = {
      v: LINK_VERSION,
      lang: 'nb',
      region: 'kommune:1811',
      runs: 200,
      levers: {},
      map: { outcome: 'withoutGpShare', view: 'current', year: 1990 },
    };
    const other = await openAppAt(`#s${LINK_VERSION}.${compressToEncodedURIComponent(JSON.stringify(payload))}`);
    try {
      const p = other.page;
      await cancelMonteCarlo(p);
      await p.waitForFunction(() => /map\.year/.test(document.querySelector('#link-error')?.textContent ?? ''));
      expect(await p.locator('#link-error').textContent()).toContain(
        'lenke: map.year: forventet et heltall fra 2015 til 2040, fikk 1990',
      );
      expect(await p.locator('#region-title').textContent()).toBe('Hele landet');
      expect(await p.locator('#charts [data-chart]').count()).toBeGreaterThan(5);
      expect(await p.locator('#map-details').evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

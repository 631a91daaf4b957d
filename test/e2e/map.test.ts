// "Kart og rangering" and "Kommuner som ligner" (issue #16) in the built app: nothing of the map (code, d3-geo,
// boundaries) loads before the panel is opened; it opens by keyboard and draws all 357 municipalities; changing the
// outcome and the year redraws it (window.__flsMap); Bindal picked by keyboard from the table view becomes the region
// on screen; the map exports to PNG (1920×1080 at 2×), SVG and PowerPoint, the risk list to CSV with the stamp; the
// peers table lists five peers, the county and the country; axe finds no WCAG 2.1 A/AA violation; no request leaves
// the page's own origin.
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { andRender, axeViolations, cancelMonteCarlo, downloadBytes, foreignRequests, useApp } from './app.ts';

const app = useApp();

const redraws = (page: Page) =>
  page.evaluate(() => (window as unknown as { __flsMap?: { redraws: number } }).__flsMap?.redraws ?? 0);

async function afterRedraw(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await redraws(page);
  await action();
  await page.waitForFunction(
    (n) => ((window as unknown as { __flsMap?: { redraws: number } }).__flsMap?.redraws ?? 0) > n,
    before,
    { timeout: 30_000, polling: 50 },
  );
}

describe('map view', () => {
  it('loads nothing of the map until opened, then opens by keyboard and draws 357 municipalities', async () => {
    const { page, requests } = app();
    expect(requests.filter((u) => /kommuner\.topo|mapPanel|geometry|\/mount-/.test(u))).toEqual([]);
    await page.locator('#map-details > summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('.map-svg path[data-m]').first().waitFor({ state: 'attached', timeout: 60_000 });
    expect(await page.locator('.map-svg path[data-m]').count()).toBe(357);
    expect(requests.some((u) => /kommuner\.topo/.test(u))).toBe(true);
    await page.waitForFunction(() => (window as unknown as { __flsMap?: { redraws: number } }).__flsMap!.redraws > 0);
    // a real map: the shapes have geometry and colours
    const filled = await page
      .locator('.map-svg path[data-m]')
      .evaluateAll((ps) => ps.filter((p) => (p.getAttribute('d') ?? '').length > 20 && p.getAttribute('fill')).length);
    expect(filled).toBe(357);
    expect(await page.locator('.map-attribution').textContent()).toContain('Kartverket');
  });

  it('redraws on a change of outcome and year, with the legend and summary following', async () => {
    const { page } = app();
    const measure = page.locator('.map-controls select').first();
    await afterRedraw(page, () => measure.selectOption('meanListLength'));
    expect(await page.locator('.map-legend-title').textContent()).toContain('listelengde');
    const year = page.locator('.map-year input[type=range]');
    await year.focus();
    const y0 = Number(await year.inputValue());
    await afterRedraw(page, () => page.keyboard.press('ArrowRight'));
    expect(Number(await page.locator('.map-year-out').textContent())).toBe(y0 + 1);
    expect(await page.locator('#map-summary').textContent()).toContain(String(y0 + 1));
    // observed history: 2020 is SSB's figure
    await afterRedraw(page, () => year.fill('2020'));
    expect(await page.locator('.map-year-note').textContent()).toContain('observert');
    // the share in a projected year is an expected share, which a note says; in an observed year, and for the list
    // length, there is no note
    const note = page.locator('.map-expected-note');
    expect(await note.isHidden()).toBe(true);
    await afterRedraw(page, () => measure.selectOption('withoutGpShare'));
    expect(await note.isHidden()).toBe(true);
    await afterRedraw(page, () => year.fill('2030'));
    expect(await note.textContent()).toContain('forventet andel');
    await afterRedraw(page, () => year.fill('2020'));
    expect(await note.isHidden()).toBe(true);
    await afterRedraw(page, () => measure.selectOption('meanListLength'));
    const ms = await page.evaluate(() => (window as unknown as { __flsMap: { lastRedrawMs: number } }).__flsMap);
    expect(ms.lastRedrawMs).toBeLessThan(1000);
  });

  it('puts Bindal on screen when picked by keyboard from the table view', async () => {
    const { page } = app();
    await page.locator('.map-actions .table-toggle').click();
    const search = page.locator('.map-search');
    await search.focus();
    await page.keyboard.type('Bindal');
    await page.locator('.map-table tbody tr').first().waitFor();
    expect(await page.locator('.map-table tbody tr').count()).toBe(1);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['code'] === '1811')) break;
    }
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['code'])).toBe('1811');
    await andRender(page, () => page.keyboard.press('Enter'));
    await cancelMonteCarlo(page);
    await page.waitForFunction(() => document.querySelector('#region-title')?.textContent?.includes('Bindal'));
    expect(await page.locator('#region-input').inputValue()).toContain('Bindal');
    expect(((await page.locator('.map-selected').getAttribute('d')) ?? '').length).toBeGreaterThan(10);
  });

  it('exports the map to PNG (1920×1080 at 2×), SVG and PowerPoint with the stamp, and the risk list to CSV', async () => {
    const { page } = app();
    const png = await downloadBytes(page, () => page.locator('[data-map-export="png"]').click());
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.bytes.readUInt32BE(16)).toBe(3840);
    expect(png.bytes.readUInt32BE(20)).toBe(2160);
    const svg = await downloadBytes(page, () => page.locator('[data-map-export="svg"]').click());
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toContain('<svg');
    expect(svgText).toContain('Kartverket');
    expect(svgText).toContain('Fastlegesimulatoren');
    expect((svgText.match(/<path /g) ?? []).length).toBeGreaterThanOrEqual(357);
    const pptx = await downloadBytes(page, () => page.locator('[data-map-export="pptx"]').click());
    expect(pptx.name).toMatch(/\.pptx$/);
    const zip = await JSZip.loadAsync(pptx.bytes);
    expect(Object.keys(zip.files).some((f) => /^ppt\/media\/.+\.png$/.test(f))).toBe(true);
    const notes = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(notes.join('')).toContain('Kartverket');
    const csv = await downloadBytes(page, () => page.locator('[data-risk-export="csv"]').click());
    const text = csv.bytes.toString('utf8');
    expect(text).toContain('Kommuner i faresonen');
    expect(text.split('\r\n').filter((l) => /^\d+;\d{4};/.test(l))).toHaveLength(357);
  });

  it('lists five peers of Bindal, its county and the country beside the key figures', async () => {
    const { page } = app();
    const details = page.locator('#peers-details');
    await expect.poll(() => details.isVisible()).toBe(true);
    await details.locator('summary').click();
    const rows = page.locator('.peers-table tbody tr');
    await rows.first().waitFor({ timeout: 30_000 });
    expect(await rows.count()).toBe(1 + 5 + 2);
    expect(await rows.first().textContent()).toContain('Bindal');
    expect(await rows.nth(6).textContent()).toContain('Nordland');
  });

  it('selects a municipality with the arrow keys and Enter on the map itself, and zooms to a county', async () => {
    const { page } = app();
    await page.locator('.map-svg path[tabindex="0"]').focus();
    await page.keyboard.press('Home');
    const first = await page.evaluate(() => (document.activeElement as SVGElement | null)?.getAttribute('aria-label'));
    expect(first).toMatch(/^Oslo: /);
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.map-tooltip').isVisible()).toBe(true);
    expect(await page.locator('.map-tooltip').textContent()).toContain('Eigersund (1101)');
    await andRender(page, () => page.keyboard.press('Enter'));
    await cancelMonteCarlo(page);
    await page.waitForFunction(() => document.querySelector('#region-title')?.textContent?.includes('Eigersund'));
    // zoom to Nordland: its municipalities fill the view, the others are context
    await afterRedraw(page, () => page.locator('.map-controls select').nth(2).selectOption('18'));
    expect(await page.locator('.map-svg path[data-m]:not(.map-context)').count()).toBe(41);
    await afterRedraw(page, () => page.locator('.map-controls select').nth(2).selectOption(''));
    expect(await page.locator('.map-svg path.map-context').count()).toBe(0);
  });

  it('follows a change of the scenario (the difference view) and computes the probabilities from one national Monte Carlo', async () => {
    const { page } = app();
    await afterRedraw(page, () => page.locator('.map-controls select').nth(1).selectOption('diff'));
    await afterRedraw(page, () => page.locator('.map-controls select').first().selectOption('withoutGpShare'));
    await page.locator('.map-year input[type=range]').fill('2040');
    const before = await page.locator('#map-summary').textContent();
    const range = page.locator('#lever-capitationRate-range');
    await range.focus();
    await andRender(page, () => page.keyboard.press('End'));
    await cancelMonteCarlo(page);
    await page.waitForFunction((b) => document.querySelector('#map-summary')?.textContent !== b, before, {
      timeout: 30_000,
    });
    expect(await page.locator('#map-summary').textContent()).toMatch(/prosentpoeng/);
    await afterRedraw(page, () => page.locator('.map-controls select').first().selectOption('pListWithoutGp'));
    await page.locator('.map-prob button').click();
    await page.waitForFunction(() => /frø/.test(document.querySelector('.map-prob-status')?.textContent ?? ''), null, {
      timeout: 120_000,
    });
    expect(await page.locator('.map-svg path[fill="url(#map-hatch)"]').count()).toBe(0);
    const xlsx = await downloadBytes(page, () => page.locator('[data-risk-export="xlsx"]').click());
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  }, 150_000);

  it('has no WCAG 2.1 A/AA violation with the map, its table and the peers open, and no foreign request', async () => {
    const { page, requests, errors } = app();
    expect(await axeViolations(page)).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

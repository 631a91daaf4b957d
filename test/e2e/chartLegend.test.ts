// The charts' HTML legend (src/ui/chartLegend.ts) in headless Chromium on a 390 px phone, for Nesna once Monte Carlo
// has run: every entry is whole inside its card (the canvas legend cut "… 80 % usikkerhet (p10–p" off at the edge),
// the band's entry names the interval and its p10 base has none, the scenarios' lines say they are the runs' medians
// (the joiners' and leavers' their means);
// the legend is one tab stop, the arrow keys move
// through it and Space hides a line on the canvas and shows it again (the same pixels as before), with the focus kept;
// the table view hides the legend; axe finds nothing with an entry hidden.
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { andRender, axeViolations, disconnect, openApp } from './app.ts';

afterAll(async () => {
  await disconnect();
});

/** Picks Nesna and waits for its Monte Carlo (the key card then leads with a probability). */
async function nesna(page: Page): Promise<void> {
  const input = page.locator('#region-input');
  await input.click();
  await input.fill('1828');
  await page.locator('#region-list [role=option][data-value="kommune:1828"]').waitFor({ state: 'visible' });
  await andRender(page, () => input.press('Enter'));
  await page.waitForFunction(
    () =>
      (document.querySelector('[data-kf="without2030"] .kf-number') as HTMLElement | null)?.dataset.kind ===
      'probability',
    null,
    { timeout: 90_000, polling: 100 },
  );
}

const focusedLabel = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.label ?? null);

const canvasImage = (card: Locator) => card.locator('canvas').evaluate((c) => (c as HTMLCanvasElement).toDataURL());

describe('the charts’ legend on a phone', () => {
  it('wraps inside each card, is one tab stop and hides a line by keyboard', async () => {
    const app = await openApp({ width: 390 });
    const { page } = app;
    try {
      await nesna(page);
      const cards = page.locator('#charts .chart-card:not([data-pending])');
      const n = await cards.count();
      for (let i = 0; i < n; i++) await cards.nth(i).scrollIntoViewIfNeeded();
      expect(n).toBeGreaterThan(5);
      for (let i = 0; i < n; i++) {
        const card = cards.nth(i);
        const fit = await card.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return [...el.querySelectorAll('.chart-legend-item')].map((b) => {
            const r = b.getBoundingClientRect();
            return {
              text: b.textContent,
              inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5,
              clipped: b.scrollWidth > b.clientWidth + 1,
            };
          });
        });
        expect(fit.length, `chart ${i} has a legend`).toBeGreaterThan(0);
        for (const f of fit)
          expect(f, `${f.text} whole inside its card`).toMatchObject({ inside: true, clipped: false });
        expect(
          fit.some((f) => /p10$/.test(f.text ?? '')),
          'no entry for a band base',
        ).toBe(false);
      }
      const card = page.locator('[data-chart="withoutGp"]').first();
      // (a chart off screen redraws, legend and all, when it scrolls into view)
      await card.scrollIntoViewIfNeeded();
      const labels = ['Ditt scenario, 80\u00a0% usikkerhet (p10–p90)', 'Dagens politikk', 'Ditt scenario', 'Historikk'];
      const entries = card.locator('.chart-legend-item');
      await expect
        .poll(() => entries.evaluateAll((b) => b.map((e) => (e as HTMLElement).dataset.label)))
        .toEqual(labels);
      // the scenarios' lines are the runs' medians, and say so; the band and the history do not
      expect(await entries.allTextContents()).toEqual([
        labels[0],
        'Dagens politikk(median)',
        'Ditt scenario(median)',
        'Historikk',
      ]);
      // the lines of GPs joining and leaving are the runs' means (a few whole doctors a year: the median would jump
      // between 0 and 1), and the legend and the note under the chart say so
      const flows = page.locator('[data-chart="flows"]').first();
      await flows.scrollIntoViewIfNeeded();
      const flowEntries = flows.locator('.chart-legend-item');
      await expect
        .poll(async () => (await flowEntries.allTextContents()).filter((x) => /\(gjennomsnitt\)$/.test(x)).length)
        .toBe(4);
      expect((await flowEntries.allTextContents()).some((x) => /\(median\)$/.test(x))).toBe(false);
      expect(await flows.locator('.chart-note').textContent()).toContain('Linjene er gjennomsnittet av kjøringene');
      expect(await card.locator('.chart-legend').getAttribute('role')).toBe('toolbar');
      expect(await card.locator('.chart-legend').getAttribute('aria-label')).toBe('Tegnforklaring');

      // one tab stop: from the export menu into the legend's first entry, and the next Tab leaves the legend
      await card.locator('.export-menu summary').focus();
      await page.keyboard.press('Tab');
      expect(await focusedLabel(page)).toBe(labels[0]);
      await page.keyboard.press('Tab');
      expect(await focusedLabel(page)).toBeNull();

      // arrows move, Space hides "Dagens politikk" on the canvas and keeps the focus; Space again shows it
      const before = await canvasImage(card);
      await card.locator('.chart-legend-item').first().focus();
      await page.keyboard.press('ArrowRight');
      expect(await focusedLabel(page)).toBe('Dagens politikk');
      await page.keyboard.press('End');
      expect(await focusedLabel(page)).toBe('Historikk');
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Space');
      const entry = card.locator('.chart-legend-item[data-label="Dagens politikk"]');
      await expect.poll(() => entry.getAttribute('aria-pressed')).toBe('false');
      expect(await focusedLabel(page)).toBe('Dagens politikk');
      expect(await canvasImage(card)).not.toBe(before);
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Space');
      await expect.poll(() => entry.getAttribute('aria-pressed')).toBe('true');
      expect(await canvasImage(card)).toBe(before);

      // the table view has no legend
      await card.locator('.table-toggle').click();
      expect(await card.locator('.chart-legend').isHidden()).toBe(true);
      await card.locator('.table-toggle').click();
      expect(await card.locator('.chart-legend').isVisible()).toBe(true);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

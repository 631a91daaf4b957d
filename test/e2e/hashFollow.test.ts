// A share link pasted into a tab that already shows the app (only the hash changes, the page is not reloaded):
// the view follows it as at start-up (region, lever, runs, tables, language); a broken link shows the start-up
// error and keeps the view; the app's own address updates cause no re-apply; saved scenarios are untouched.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../src/ui/scenarios/shareLink.ts';
import { cancelMonteCarlo, currentHash, keyFigures, probe, savedList, scenarioStatus, useApp, waitFor } from './app.ts';

const app = useApp();

/** Sets location.hash as a paste into the address bar does, and waits for the render it causes. */
async function pasteHash(page: Page, hash: string): Promise<void> {
  const before = (await probe(page)).renders;
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await waitFor(page, 'renders', before);
  await cancelMonteCarlo(page);
}

const link = (over: Partial<Parameters<typeof encodeLink>[0]> = {}): string =>
  `#${encodeLink({ lang: 'nb', region: 'national', runs: 200, levers: {}, assumptions: {}, formulas: {}, tables: [], ...over })}`;

describe('the app follows hash changes', () => {
  it('a saved scenario to check later; the view starts at the whole country', async () => {
    const { page } = app();
    await page.locator('#save-name').fill('Før lenken');
    await page.locator('#save-scenario').click();
    await scenarioStatus(page, /^Lagret som «Før lenken»\./);
    expect(await page.locator('#region-title').textContent()).toBe('Hele landet');
  });

  it('a link for another region and lever value, pasted into the open tab, is applied', async () => {
    const { page, errors } = app();
    const saved = await savedList(page);
    const hash = link({ region: 'kommune:1811', runs: 500, levers: { capitationRate: 1000 }, tables: ['withoutGp'] });
    await pasteHash(page, hash);
    await page.waitForFunction(() => /Bindal/.test(document.querySelector('#region-title')?.textContent ?? ''));
    expect(await page.locator('#region-input').inputValue()).toContain('Bindal');
    expect(await page.locator('#lever-capitationRate').inputValue()).toBe('1\u00a0000');
    expect(await page.locator('[data-lever="capitationRate"]').getAttribute('class')).toContain('is-changed');
    expect(await page.locator('#mc-runs').inputValue()).toBe('500');
    expect(await page.locator('[data-chart="withoutGp"] .table-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#announce').textContent()).toBe('Åpnet den delte lenken.');
    // the address now holds the app's own (canonical) link of the same view
    const now = decodeLink(await currentHash(page));
    expect(now.ok && now.state.region).toBe('kommune:1811');
    expect(now.ok && now.state.levers).toEqual({ capitationRate: 1000 });
    // one undo step back to where the user was
    expect(await page.locator('#undo').isDisabled()).toBe(false);
    expect(await page.locator('#link-error').isHidden()).toBe(true);
    expect(await savedList(page)).toEqual(saved);
    expect(errors).toEqual([]);
  });

  it("the app's own address updates do not re-apply the link (no render loop)", async () => {
    const { page } = app();
    const before = await probe(page);
    await page.waitForTimeout(500);
    expect((await probe(page)).renders).toBe(before.renders);
    // a hashchange to the hash the app itself wrote is ignored
    const own = await currentHash(page);
    await page.evaluate((h) => window.dispatchEvent(new HashChangeEvent('hashchange', { newURL: h })), own);
    await page.waitForTimeout(300);
    expect((await probe(page)).renders).toBe(before.renders);
  });

  it('a broken link shows the start-up error and keeps the view; saved scenarios are untouched', async () => {
    const { page, errors } = app();
    const saved = await savedList(page);
    const kf = await keyFigures(page);
    const title = await page.locator('#region-title').textContent();
    const renders = (await probe(page)).renders;
    await page.evaluate(() => {
      location.hash = '#s1.garbage';
    });
    const error = page.locator('#link-error');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toMatch(/^Lenken kunne ikke leses.*lenke: skadet eller avkortet/);
    expect(await page.locator('#region-title').textContent()).toBe(title);
    expect(await page.locator('#lever-capitationRate').inputValue()).toBe('1\u00a0000');
    expect(await keyFigures(page)).toEqual(kf);
    expect((await probe(page)).renders).toBe(renders);
    // the address gets the view's own link back
    const now = decodeLink(await currentHash(page));
    expect(now.ok && now.state.region).toBe('kommune:1811');
    // an unknown region is refused the same way
    await page.evaluate(
      (h) => {
        location.hash = h;
      },
      link({ region: 'kommune:9999' }),
    );
    await page.waitForFunction(() =>
      /ukjent område «kommune:9999»/.test(document.querySelector('#link-error')?.textContent ?? ''),
    );
    expect(await page.locator('#region-title').textContent()).toBe(title);
    expect(await savedList(page)).toEqual(saved);
    expect(errors).toEqual([]);
  });

  it('a good link after a broken one hides the error; the language in the link is applied', async () => {
    const { page, errors } = app();
    const saved = await savedList(page);
    await pasteHash(page, link({ lang: 'en', levers: { capitationRate: 1200 } }));
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.locator('#region-title').textContent()).toBe('Whole country');
    expect(await page.locator('#lever-capitationRate').inputValue()).toBe('1,200');
    expect(await page.locator('#link-error').isHidden()).toBe(true);
    expect(await savedList(page)).toEqual(saved);
    expect(errors).toEqual([]);
  });
});

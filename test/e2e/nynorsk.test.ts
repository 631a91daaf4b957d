// Nynorsk in headless Chromium: the three-way language toggle (by keyboard), the page's texts and <html lang>, the
// main panels with no text left without its nynorsk (the page's own record of misses), axe in nynorsk, a chart's
// exports stamped in nynorsk with nn tags, a reload and a share link that keep it, and a municipality's link
// without a language opening in its written standard (Voss: nynorsk; Eigersund: bokmål).
import { compressToEncodedURIComponent } from 'lz-string';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NN as NN_STRINGS } from '../../src/ui/strings/nn.ts';
import { NB_STRINGS } from '../helpers/strings.ts';
import { decodeLink, encodeLink } from '../../src/ui/scenarios/shareLink.ts';
import { axeViolations, cancelMonteCarlo, currentHash, exportChart, openAppAt, useApp, waitFor } from './app.ts';

const app = useApp();

const missing = (page: Page) =>
  page.evaluate(() => [...((globalThis as { __fastlegeNnMissing?: Set<string> }).__fastlegeNnMissing ?? [])].sort());
const pressed = (page: Page) => page.locator('#lang-toggle [aria-pressed="true"]').getAttribute('data-lang');
/** A link with no language, only a region (as a municipality's web page might write it). */
const regionLink = (region: string) =>
  `#s2.${compressToEncodedURIComponent(JSON.stringify({ v: 2, region, runs: 200, levers: {} }))}`;

describe('the language toggle', () => {
  it('offers bokmål, nynorsk and English, each named in its own language, the current one pressed', async () => {
    const { page } = app();
    const group = page.getByRole('group', { name: 'Språk' });
    const buttons = await group
      .locator('button')
      .evaluateAll((bs) =>
        bs.map((b) => [b.textContent?.trim(), b.getAttribute('lang'), b.getAttribute('aria-pressed')]),
      );
    expect(buttons).toEqual([
      ['Bokmål', 'nb', 'true'],
      ['Nynorsk', 'nn', 'false'],
      ['English', 'en', 'false'],
    ]);
  });

  it('switches to nynorsk by keyboard: <html lang="nn">, the page’s texts, the link', async () => {
    const { page } = app();
    await page.locator('#lang-toggle [data-lang="nn"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'nn');
    expect(await pressed(page)).toBe('nn');
    expect(await page.locator('#charts-heading').textContent()).toBe(NN_STRINGS.chartsHeading);
    expect(await page.locator('.lead').textContent()).toBe(NN_STRINGS.appLead);
    expect(NN_STRINGS.appLead).not.toBe(NB_STRINGS.appLead);
    const texts = await page
      .locator('[data-i18n]')
      .evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset['i18n']!, e.textContent ?? '']));
    for (const [key, text] of texts) expect(text, key).toBe(NN_STRINGS[key as keyof typeof NN_STRINGS]);
    expect(await page.title()).toBe(NN_STRINGS.appTitle);
    const link = decodeLink(await currentHash(page));
    expect(link.ok && link.state.lang).toBe('nn');
    // numbers stay Norwegian
    expect(await page.locator('[data-kf="without2030"] .kf-number').textContent()).toMatch(/^[\d\u00a0,<> %]+$/);
  });
});

describe('in nynorsk', () => {
  it('the main panels open with every text in nynorsk (none noted as missing)', async () => {
    const { page } = app();
    // the levers with a lever's sources, the assumptions, Treffsikkerheit, the analysis panel and "Om modellen"
    await page.locator('[data-lever="alisGrants"] .info-button').click();
    await page.locator('[data-lever="alisGrants"] .lever-info').waitFor({ state: 'visible' });
    await page.locator('details.assumptions-panel > summary').click();
    await page.locator('#formula-attractiveness').waitFor({ state: 'visible' });
    await page.locator('#track-details > summary').click();
    await page.waitForFunction(() => (document.querySelector('#track-summary')?.textContent ?? '').length > 20);
    await page.locator('#analysis-details > summary').click();
    await page.locator('#an-sens-run').waitFor();
    await page.locator('#about-open').click();
    await page.locator('#about-dialog .validation-table').nth(1).waitFor();
    const about = await page.locator('#about-dialog').innerText();
    await page.locator('#about-close').click();
    // no line in bokmål (a few words that differ; addresses aside), and nynorsk is there
    const bokmal = (line: string) => /\b(ikke|hvordan|hva|bare|fra)\b/.test(line.replace(/https?:\S+/g, ''));
    expect(about.split('\n').filter(bokmal)).toEqual([]);
    expect(about).toMatch(/\bikkje\b/);
    // the page keeps the record (an empty list is not an absent one)
    expect(
      await page.evaluate(() => (globalThis as { __fastlegeNnMissing?: unknown }).__fastlegeNnMissing instanceof Set),
    ).toBe(true);
    expect(await missing(page)).toEqual([]);
    expect(app().errors).toEqual([]);
  });

  it('axe finds no WCAG 2.1 A/AA violation', async () => {
    expect(await axeViolations(app().page)).toEqual([]);
  });

  it('a chart’s exports carry a nynorsk stamp and nynorsk language tags', async () => {
    const { page } = app();
    const csv = (await exportChart(page, 'withoutGp', 'csv')).bytes.toString('utf8');
    expect(csv).toContain(`${NN_STRINGS.stampScenarios}: `);
    expect(csv).toContain(NN_STRINGS.stampMade.replace(' {date}', ''));
    // the date in Norwegian (nb-NO) format: "4. desember 2026"
    expect(csv).toMatch(
      /\d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}/,
    );
    const pdf = (await exportChart(page, 'withoutGp', 'pdf')).bytes.toString('latin1');
    expect(pdf).toMatch(/\/Lang \(nn\)/);
    const pptx = unzipSync(new Uint8Array((await exportChart(page, 'withoutGp', 'pptx')).bytes));
    const slides = Object.keys(pptx)
      .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
      .map((f) => strFromU8(pptx[f]!))
      .join('\n');
    expect(slides).toContain('lang="nn-NO"');
    expect(slides).not.toContain('lang="nb-NO"');
    expect(await missing(page)).toEqual([]);
    expect(app().errors).toEqual([]);
  });

  it('a reload keeps nynorsk (it is in the link)', async () => {
    const { page } = app();
    await page.reload();
    await waitFor(page, 'renders', 0);
    expect(await page.locator('html').getAttribute('lang')).toBe('nn');
    expect(await pressed(page)).toBe('nn');
    expect(await page.locator('#charts-heading').textContent()).toBe(NN_STRINGS.chartsHeading);
  });
});

describe('links', () => {
  it('a link with lang nn opens in nynorsk', async () => {
    const hash = encodeLink({
      lang: 'nn',
      region: 'national',
      runs: 200,
      levers: {},
      assumptions: {},
      formulas: {},
      tables: [],
    });
    const tab = await openAppAt(hash);
    try {
      await cancelMonteCarlo(tab.page);
      expect(await tab.page.locator('html').getAttribute('lang')).toBe('nn');
      expect(await tab.page.locator('#charts-heading').textContent()).toBe(NN_STRINGS.chartsHeading);
      expect(tab.errors).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it.each([
    ['4621', 'Voss', 'nn'],
    ['1101', 'Eigersund', 'nb'],
  ])('a link to kommune %s (%s) without a language opens in its written standard (%s)', async (code, name, lang) => {
    const tab = await openAppAt(regionLink(`kommune:${code}`));
    try {
      await cancelMonteCarlo(tab.page);
      expect(await tab.page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await pressed(tab.page)).toBe(lang);
      expect(await tab.page.locator('#region-title').textContent()).toContain(name);
      // the page's own link now names the language
      const link = decodeLink(await currentHash(tab.page));
      expect(link.ok && link.state.lang).toBe(lang);
      expect(tab.errors).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});

// "Treffsikkerhet" in share links (issue #13): a link made with the panel open on 2020 opens the page with the panel
// open on 2020; the address follows the user opening, closing (by keyboard) and changing the start year; a link
// pasted into an open tab opens or closes the panel; a link without the field opens it closed; a bad start year is
// refused with a message in the page's language and never blanks the page. The panel's probability figure exports
// with a stamp that says what it shows, and the panel opened from a link reads on a 390 px phone.
import { compressToEncodedURIComponent } from 'lz-string';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink, LINK_VERSION, type LinkState } from '../../src/ui/scenarios/shareLink.ts';
import { axeViolations, cancelMonteCarlo, currentHash, openAppAt, probe, waitFor, type AppPage } from './app.ts';
import { exportedText, type TextFormat } from './exportTexts.ts';

const STATE: LinkState = {
  lang: 'nb',
  region: 'kommune:1811',
  runs: 200,
  levers: {},
  assumptions: {},
  formulas: {},
  tables: [],
};
const link = (over: Partial<LinkState> = {}) => `#${encodeLink({ ...STATE, ...over })}`;
/** A link whose payload is written by hand (for values encodeLink would never write). */
const rawLink = (over: Record<string, unknown>) =>
  `#s${LINK_VERSION}.${compressToEncodedURIComponent(
    JSON.stringify({ v: LINK_VERSION, lang: 'nb', region: 'kommune:1811', runs: 200, levers: {}, ...over }),
  )}`;

const isOpen = (page: Page) => page.locator('#track-details').evaluate((d: HTMLDetailsElement) => d.open);

/** Waits until the panel shows this region from this start year. */
async function panelShows(page: Page, region: string, origin: number): Promise<void> {
  await page.waitForFunction(
    ([r, o]) => {
      const body = document.querySelector<HTMLElement>('#track-body');
      return body?.dataset['region'] === r && body.dataset['origin'] === String(o);
    },
    [region, origin] as const,
    { timeout: 30_000 },
  );
}

/** The track state in the address bar's link (undefined when the panel is closed or the hash is no link). */
async function linkedTrack(page: Page): Promise<{ origin: number } | undefined | 'none'> {
  const d = decodeLink(await currentHash(page));
  return d.ok ? d.state.track : 'none';
}

/** Waits until the address bar's link holds this track state. */
async function hashHas(page: Page, want: { origin: number } | undefined): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (JSON.stringify(await linkedTrack(page)) === JSON.stringify(want)) return;
    await page.waitForTimeout(50);
  }
  expect(await linkedTrack(page)).toEqual(want);
}

/** Sets location.hash as a paste into the address bar does, and waits for the render it causes. */
async function pasteHash(page: Page, hash: string): Promise<void> {
  const before = (await probe(page)).renders;
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await waitFor(page, 'renders', before);
  await cancelMonteCarlo(page);
}

describe('a link with the Treffsikkerhet panel open', () => {
  let app: AppPage;

  it('opens the page with the panel open on the link’s start year (2020) for the link’s region', async () => {
    app = await openAppAt(link({ track: { origin: 2020 } }));
    const { page } = app;
    await cancelMonteCarlo(page);
    await panelShows(page, 'kommune:1811', 2020);
    expect(await isOpen(page)).toBe(true);
    expect(await page.locator('#track-origin').inputValue()).toBe('2020');
    expect(await page.locator('#track-region-heading').textContent()).toMatch(
      /^Bindal \(1811\).*: modellen fra 2020 mot det som skjedde$/,
    );
    expect(await page.locator('#track-summary').innerText()).toContain(
      'Tallene for 2021 er på det registrerte grunnlaget',
    );
    expect(await page.locator('#link-error').isHidden()).toBe(true);
    // the address keeps saying so
    await hashHas(page, { origin: 2020 });
    expect(app.errors).toEqual([]);
  });

  it('the address follows a new start year, and closing and opening the panel by keyboard', async () => {
    const { page } = app;
    await page.locator('#track-origin').focus();
    await page.locator('#track-origin').selectOption('2022');
    await panelShows(page, 'kommune:1811', 2022);
    await hashHas(page, { origin: 2022 });
    const summary = page.locator('#track-details > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector<HTMLDetailsElement>('#track-details')!.open);
    await hashHas(page, undefined);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector<HTMLDetailsElement>('#track-details')!.open);
    await hashHas(page, { origin: 2022 });
    expect(app.errors).toEqual([]);
  });

  it('the panel’s probability figure exports with a stamp that says what it shows (every format it has)', async () => {
    const { page } = app;
    await panelShows(page, 'kommune:1811', 2022);
    for (const format of ['csv', 'xlsx', 'png', 'svg', 'pdf'] as TextFormat[]) {
      const text = await exportedText(page, 'track-probability', format);
      expect(text, format).toContain('Sannsynlighet for minst 5\u00a0% uten fastlege – Bindal (1811)');
      expect(text, format).toMatch(
        / · andel av \d+ Monte Carlo-kjøringer der hendelsen inntreffer, per år.* \(tilfeldig tallrekke nr. 1\)/,
      );
      expect(text, format).not.toMatch(/median og 80\u00a0% intervall/);
    }
    // the band figures keep theirs
    expect(await exportedText(page, 'track-share', 'csv')).toMatch(/median og 80\u00a0% intervall av \d+ Monte Carlo/);
    expect(app.errors).toEqual([]);
  });

  it('a link pasted into the open tab opens the panel on its start year, and one without it closes the panel', async () => {
    const { page } = app;
    await pasteHash(page, link({ region: 'national', track: { origin: 2020 } }));
    await panelShows(page, 'national', 2020);
    expect(await isOpen(page)).toBe(true);
    expect(await page.locator('#track-origin').inputValue()).toBe('2020');
    await hashHas(page, { origin: 2020 });
    await pasteHash(page, link({ region: 'national' }));
    await page.waitForFunction(() => !document.querySelector<HTMLDetailsElement>('#track-details')!.open);
    await hashHas(page, undefined);
    expect(await page.locator('#link-error').isHidden()).toBe(true);
    expect(app.errors).toEqual([]);
  });

  it('a bad start year pasted into the open tab is refused in the page’s language (English), the view kept', async () => {
    const { page } = app;
    await pasteHash(page, link({ region: 'national', track: { origin: 2022 } }));
    await panelShows(page, 'national', 2022);
    await page.locator('#lang-toggle [data-lang="en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const renders = (await probe(page)).renders;
    await page.evaluate(
      (h) => {
        location.hash = h;
      },
      rawLink({ region: 'national', track: { origin: '2020' } }),
    );
    const error = page.locator('#link-error');
    await page.waitForFunction(() => /track\.origin/.test(document.querySelector('#link-error')?.textContent ?? ''));
    // (a dismiss button may follow the message)
    expect(await error.textContent()).toMatch(
      /^The link could not be read \(link: track\.origin: expected the start year of a hindcast, 2024, 2022 or 2020, got "2020"\)\. /,
    );
    expect((await probe(page)).renders).toBe(renders);
    expect(await isOpen(page)).toBe(true);
    expect(await page.locator('#track-origin').inputValue()).toBe('2022');
    await hashHas(page, { origin: 2022 }); // the address gets the view's own link back
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('links without the panel, and bad ones at start-up', () => {
  it('a link made before the field existed opens the page with the panel closed', async () => {
    const app = await openAppAt(rawLink({ region: 'kommune:1811', tables: ['withoutGp'] }));
    try {
      await cancelMonteCarlo(app.page);
      expect(await app.page.locator('#region-title').textContent()).toContain('Bindal');
      expect(await isOpen(app.page)).toBe(false);
      expect(await app.page.locator('#link-error').isHidden()).toBe(true);
      expect(app.requests.filter((u) => /\/assets\/trackRecord-/.test(u))).toEqual([]);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('a start year without a hindcast is refused in bokmål, and the page still shows current policy', async () => {
    const app = await openAppAt(rawLink({ region: 'kommune:1811', track: { origin: 2019 } }));
    try {
      const { page } = app;
      await cancelMonteCarlo(page);
      const error = page.locator('#link-error');
      await page.waitForFunction(() => /2019/.test(document.querySelector('#link-error')?.textContent ?? ''));
      expect(await error.textContent()).toContain(
        'Lenken kunne ikke leses (lenke: track.origin: Treffsikkerhet har ikke noe tilbakeblikk fra 2019; ' +
          'forventet 2024, 2022 eller 2020). Dagens politikk vises; dine lagrede scenarioer er urørt.',
      );
      expect(await error.isVisible()).toBe(true);
      // not a blank page: the country, its key figures and charts, the panel closed
      expect(await page.locator('#region-title').textContent()).toBe('Hele landet');
      expect(await page.locator('[data-kf]').count()).toBe(4);
      expect(await page.locator('#charts [data-chart]').count()).toBeGreaterThan(5);
      expect(await isOpen(page)).toBe(false);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('on a 390 px phone', () => {
  it('the panel opened from a link and the key cards fit the width; axe finds no violation', async () => {
    const app = await openAppAt(link({ track: { origin: 2020 } }));
    try {
      const { page } = app;
      await cancelMonteCarlo(page);
      await page.setViewportSize({ width: 390, height: 844 });
      await panelShows(page, 'kommune:1811', 2020);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const wide = await page
        .locator('.kf-card, #track-details, #track-summary p, #track-origin')
        .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5).length);
      expect(wide).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

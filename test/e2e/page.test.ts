// The built app in headless Chromium: it loads cleanly and only talks to its own server, runs and cancels
// Monte Carlo, switches language, and axe finds no WCAG 2.1 A/AA violations on the first view, with a table,
// a lever's information and the region list open, with the assumptions panel open, and in English.
import { describe, expect, it } from 'vitest';
import {
  andRender,
  axeViolations,
  cancelMonteCarlo,
  chartTable,
  foreignRequests,
  probe,
  useApp,
  waitFor,
} from './app.ts';

const app = useApp({ keepMonteCarlo: true });

describe('loading', () => {
  it('renders charts and key figures, then the uncertainty bands, with no console error and no outside request', async () => {
    const { page } = app();
    // ten charts and the probabilities (which wait for Monte Carlo)
    expect(await page.locator('[data-chart]').count()).toBe(11);
    expect(await page.locator('[data-chart] canvas[role="img"][aria-label]').count()).toBe(11);
    expect(await page.locator('[data-kf] .kf-number[data-value]').count()).toBe(4);
    expect(await page.locator('#region-title').textContent()).toBe('Hele landet');
    // the Monte Carlo run that follows the first render (200 runs) starts its workers too
    await waitFor(page, 'mcDone', 0);
    expect(await page.locator('#mc-status').textContent()).toMatch(/200 kjøringer \(tilfeldig tallrekke nr. 1\)/);
    expect(await page.locator('#mc-progress').isHidden()).toBe(true);
    expect(await page.locator('[data-chart="withoutGp"] canvas').getAttribute('aria-label')).toMatch(
      /Innbyggere uten fastlege, Hele landet: /,
    );
    expect(await page.locator('#app-error').isHidden()).toBe(true);
    expect(app().errors).toEqual([]);
    expect(app().requests.some((u) => /\.js$/.test(u))).toBe(true);
    expect(foreignRequests(app().requests)).toEqual([]);
  });
});

describe('Monte Carlo', () => {
  it('shows progress after a change, and Avbryt cancels it and keeps the deterministic lines', async () => {
    const { page } = app();
    const mcBefore = (await probe(page)).mcDone;
    await page.locator('#lever-onCallExemptionAge-range').focus();
    await andRender(page, () => page.keyboard.press('ArrowLeft'));
    const cancel = page.locator('#mc-cancel');
    await cancel.waitFor({ state: 'visible' });
    expect(await cancel.textContent()).toMatch(/Avbryt/);
    expect(await page.locator('#mc-progress').isVisible()).toBe(true);
    expect(await page.locator('#mc-status').getAttribute('role')).toBe('status');
    await page.waitForFunction(() =>
      /Beregner usikkerhet/.test(document.querySelector('#mc-status')?.textContent ?? ''),
    );
    // dispatched at once: a click waits for the button to be stable, and the run (on warm workers) may end first
    await cancel.dispatchEvent('click');
    await cancel.waitFor({ state: 'hidden' });
    expect(await page.locator('#mc-progress').isHidden()).toBe(true);
    expect(await page.locator('#mc-status').textContent()).toMatch(/avbrutt/);
    expect((await probe(page)).mcDone).toBe(mcBefore);
    const table = await chartTable(page, 'withoutGp');
    expect(table.headers.some((hd) => /p10|p90/.test(hd))).toBe(false);
    await page.locator('[data-chart="withoutGp"] .table-toggle').click();
    // back to today's policy for the rest of this file
    await andRender(page, () => page.locator('#reset-levers').click());
    await cancelMonteCarlo(page);
    expect(app().errors).toEqual([]);
  });
});

describe('language', () => {
  it('switches bokmål ⇄ English: lang attribute, headings, buttons, numbers', async () => {
    const { page } = app();
    const pressed = () => page.locator('#lang-toggle [aria-pressed="true"]').getAttribute('data-lang');
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    expect(await pressed()).toBe('nb');
    await page.locator('#lang-toggle [data-lang="en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.locator('#charts-heading').textContent()).toBe('Outlook');
    expect(await page.locator('[data-chart="gps"] .table-toggle').textContent()).toBe('Show as table');
    expect(await page.locator('#region-title').textContent()).toBe('Whole country');
    expect(await pressed()).toBe('en');
    expect(await page.locator('[data-kf="without2030"] .kf-title').textContent()).toBe('Without a GP 2030');
    expect(await page.locator('label[for="mc-runs"]').textContent()).toBe('Number of runs');
    const en = await chartTable(page, 'gps');
    expect(en.headers).toContain('GPs: Current policy');
    const cell = en.rows.get(2030)![en.headers.indexOf('GPs: Your scenario')]!;
    expect(cell).toMatch(/^\d{1,3}(,\d{3})+$/);
    expect(await page.locator('[data-chart="gps"] .table-toggle').textContent()).toBe('Show as chart');

    await page.locator('#lang-toggle [data-lang="nb"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'nb');
    expect(await page.locator('#charts-heading').textContent()).toBe('Utvikling');
    expect(await page.locator('[data-chart="withoutGp"] .table-toggle').textContent()).toBe('Vis som tabell');
    const nb = await chartTable(page, 'gps');
    expect(nb.headers).toContain('Fastleger: Dagens politikk');
    expect(nb.rows.get(2030)![nb.headers.indexOf('Fastleger: Ditt scenario')]).toMatch(/^\d{1,3}(\u00a0\d{3})+$/);
    await page.locator('[data-chart="gps"] .table-toggle').click();
    expect(app().errors).toEqual([]);
  });
});

describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  it('the first view', async () => {
    expect(await axeViolations(app().page)).toEqual([]);
  });

  it('with a table view, a lever’s information and the region list open', async () => {
    const { page } = app();
    await chartTable(page, 'withoutGp');
    await chartTable(page, 'cost');
    await page.locator('[data-lever="alisGrants"] .info-button').click();
    await page.locator('[data-lever="alisGrants"] .lever-info').waitFor({ state: 'visible' });
    const input = page.locator('#region-input');
    await input.click();
    await input.fill('bo');
    await page.locator('#region-list [role=option]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await input.press('Escape');
  });

  it('with the assumptions panel open', async () => {
    const { page } = app();
    await page.locator('details.assumptions-panel > summary').click();
    await page.locator('#formula-attractiveness').waitFor({ state: 'visible' });
    expect(await page.locator('[id^="assumption-"]').count()).toBeGreaterThan(5);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('in English, with an invalid formula and a lever error shown', async () => {
    const { page } = app();
    await page.locator('#lang-toggle [data-lang="en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.locator('#formula-attractiveness').fill('2 *');
    await page.waitForFunction(() =>
      document.querySelector('#formula-attractiveness-status')?.classList.contains('field-error'),
    );
    await page.locator('#lever-lis1Positions').fill('x');
    await page.locator('#lever-lis1Positions').press('Enter');
    await page.locator('#lever-lis1Positions-error').waitFor({ state: 'visible' });
    expect(await page.locator('#lever-lis1Positions-error').textContent()).toMatch(/is not a number/);
    expect(await axeViolations(page)).toEqual([]);
    expect(app().errors).toEqual([]);
  });
});

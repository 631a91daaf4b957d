// The levers panel in headless Chromium: keyboard on a slider changes the key figures and marks the lever as
// changed; every control can be reached with Tab; a letter or a value past the maximum in a number field gives
// a clear message and keeps the value in use and the charts; an invalid formula is reported and not used.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LEVERS } from '../../src/levers/registry.ts';
import { andRender, cancelMonteCarlo, foreignRequests, keyFigure, probe, useApp } from './app.ts';

const app = useApp();

/** The page still shows its results: eleven charts (with the probabilities), four key figures, no run error. */
async function expectResultsShown(page: Page): Promise<void> {
  expect(await page.locator('[data-chart] canvas').count()).toBe(11);
  const drawn = await page
    .locator('[data-chart="withoutGp"] canvas')
    .evaluate((c: HTMLCanvasElement) => c.width > 0 && c.height > 0 && c.getBoundingClientRect().height > 0);
  expect(drawn).toBe(true);
  expect(await page.locator('[data-kf] .kf-number').count()).toBe(4);
  expect(await page.locator('#app-error').isHidden()).toBe(true);
}

describe('levers by keyboard', () => {
  it('End on the capitation slider changes the key figures and shows the changed marker', async () => {
    const { page } = app();
    const lever = page.locator('[data-lever="capitationRate"]');
    expect(await lever.locator('.changed-marker').isHidden()).toBe(true);
    const before = await keyFigure(page, 'cost2030');
    expect(before.delta).toBe(0);
    await page.locator('#lever-capitationRate-range').focus();
    await andRender(page, () => page.keyboard.press('End'));
    const after = await keyFigure(page, 'cost2030');
    expect(after.value).toBeGreaterThan(before.value);
    expect(after.delta).toBeGreaterThan(0);
    expect(await lever.locator('.changed-marker').isVisible()).toBe(true);
    expect(await page.locator('#lever-capitationRate').inputValue()).toBe('1\u00a0700');
    await cancelMonteCarlo(page);
  });

  it('ArrowRight moves a slider one step (LIS1 posts 1 150 → 1 160) and the figures follow', async () => {
    const { page } = app();
    const range = page.locator('#lever-lis1Positions-range');
    expect(await range.inputValue()).toBe('1150');
    const before = await keyFigure(page, 'without2035');
    await range.focus();
    await andRender(page, () => page.keyboard.press('ArrowRight'));
    expect(await range.inputValue()).toBe('1160');
    expect(await page.locator('#lever-lis1Positions').inputValue()).toBe('1\u00a0160');
    const after = await keyFigure(page, 'without2035');
    expect(after.value).not.toBe(before.value);
    expect(await page.locator('[data-lever="lis1Positions"] .changed-marker').isVisible()).toBe(true);
    await cancelMonteCarlo(page);
  });

  it('a value typed with a decimal comma is used', async () => {
    const { page } = app();
    const field = page.locator('#lever-capitationRate');
    await field.fill('1000,5');
    await andRender(page, () => field.press('Enter'));
    expect(await page.locator('#lever-capitationRate-range').inputValue()).toBe('1000.5');
    expect(await page.locator('#lever-capitationRate-error').isHidden()).toBe(true);
    await cancelMonteCarlo(page);
  });
});

describe('broken input', () => {
  async function expectRejected(text: string, message: RegExp): Promise<void> {
    const { page } = app();
    const field = page.locator('#lever-alisGrants');
    const error = page.locator('#lever-alisGrants-error');
    const range = page.locator('#lever-alisGrants-range');
    const rangeBefore = await range.inputValue();
    const kfBefore = await keyFigure(page, 'without2030');
    const rendersBefore = (await probe(page)).renders;
    await field.fill(text);
    await field.press('Enter');
    await error.waitFor({ state: 'visible' });
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await error.textContent()).toMatch(message);
    // the value in use is kept and says so
    expect(await error.textContent()).toContain('Verdien i bruk er fortsatt 2\u00a0313');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toContain('lever-alisGrants-error');
    // a valid change elsewhere afterwards renders (a sync point), and the rejected text changed nothing
    await page.locator('#lever-lis1Positions-range').focus();
    await andRender(page, () => page.keyboard.press('ArrowLeft'));
    await cancelMonteCarlo(page);
    expect((await probe(page)).renders).toBeGreaterThan(rendersBefore);
    expect(await range.inputValue()).toBe(rangeBefore);
    expect(await page.locator('[data-lever="alisGrants"] .changed-marker').isHidden()).toBe(true);
    expect((await keyFigure(page, 'without2030')).value).not.toBe(kfBefore.value); // from the LIS1 step only
    await expectResultsShown(page);
  }

  it('a letter in a number field: a clear message, the value in use is kept, the charts stay', async () => {
    await expectRejected('12a', /«12a» er ikke et tall\. Skriv et tall fra 0 til 3\u00a0000\./);
  });

  it('a value past the maximum: a clear message naming the range, the value in use is kept', async () => {
    await expectRejected('5000', /^5\u00a0000 er utenfor spennet 0–3\u00a0000 avtaler\/år\. Verdien i bruk/);
  });

  it('a valid value afterwards clears the message', async () => {
    const { page } = app();
    const field = page.locator('#lever-alisGrants');
    await field.fill('2000');
    await andRender(page, () => field.press('Enter'));
    expect(await page.locator('#lever-alisGrants-error').isHidden()).toBe(true);
    expect(await field.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#lever-alisGrants-range').inputValue()).toBe('2000');
    await cancelMonteCarlo(page);
  });
});

describe('formulas', () => {
  it('an invalid formula shows its error in the status, is not used, and the page keeps working', async () => {
    const { page } = app();
    await page.locator('details.assumptions-panel > summary').click();
    const area = page.locator('#formula-attritionFactor');
    await area.waitFor({ state: 'visible' });
    const status = page.locator('#formula-attritionFactor-status');
    const rendersBefore = (await probe(page)).renders;
    const kfBefore = await keyFigure(page, 'without2030');
    await area.fill('1 + (');
    await page.waitForFunction(() => {
      const el = document.querySelector('#formula-attritionFactor-status');
      return el?.classList.contains('field-error') && (el.textContent ?? '').trim().length > 0;
    });
    expect(await area.getAttribute('aria-invalid')).toBe('true');
    const message = (await status.textContent())!;
    expect(message).not.toMatch(/Sjekker/);
    // an unknown name is named in the message
    await area.fill('1 + unknownThing');
    await page.waitForFunction(() =>
      /unknownThing/.test(document.querySelector('#formula-attritionFactor-status')?.textContent ?? ''),
    );
    // in the page's language, naming the unknown name
    expect(await status.textContent()).toMatch(/^Ukjent navn «unknownThing»\. Bruk en variabel \(hoursChange/);
    expect(await area.getAttribute('aria-invalid')).toBe('true');
    // nothing was committed: no render, same figures, results still there
    expect((await probe(page)).renders).toBe(rendersBefore);
    expect((await keyFigure(page, 'without2030')).value).toBe(kfBefore.value);
    await expectResultsShown(page);
    // the formula compiler is loaded on demand, from the local server only
    expect(app().requests.some((u) => /formulaCompiler/.test(u))).toBe(true);
    expect(foreignRequests(app().requests)).toEqual([]);
  });

  it('a valid formula is accepted and used', async () => {
    const { page } = app();
    const area = page.locator('#formula-attritionFactor');
    const before = (await probe(page)).renders;
    const kfBefore = await keyFigure(page, 'without2030');
    await area.fill('1.5');
    await page.waitForFunction((n) => (window as unknown as { __fls: { renders: number } }).__fls.renders > n, before);
    expect(await page.locator('#formula-attritionFactor-status').textContent()).toBe('Gyldig formel – i bruk.');
    expect(await area.getAttribute('aria-invalid')).toBeNull();
    expect((await keyFigure(page, 'without2030')).value).not.toBe(kfBefore.value);
    await cancelMonteCarlo(page);
    expect(app().errors).toEqual([]);
  });
});

describe('keyboard reach', () => {
  it('Tab reaches every control in the levers panel, including a lever’s slider, field, start year and info', async () => {
    const { page } = app();
    // capitationRate is changed (above), so its start-year select is enabled
    const wanted = await page.locator('#levers').evaluate((root) => {
      const sel = 'input, select, textarea, button, summary, a[href], [tabindex]:not([tabindex="-1"])';
      return [...root.querySelectorAll<HTMLElement>(sel)]
        .filter((e) => !(e as HTMLInputElement).disabled && e.checkVisibility())
        .map((e, i) => {
          if (!e.dataset['e2eTab']) e.dataset['e2eTab'] = String(i);
          return e.dataset['e2eTab']!;
        });
    });
    expect(wanted.length).toBeGreaterThan(LEVERS.length * 2);
    // start just before the panel and Tab through it
    await page.locator('#reset-levers').focus();
    const seen = new Set<string>();
    const names: string[] = [];
    let inside = false;
    for (let i = 0; i < wanted.length * 2 + 20; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return {
          inPanel: !!a && !!document.querySelector('#levers')?.contains(a),
          tab: a?.dataset['e2eTab'] ?? null,
          name: a ? `${a.tagName.toLowerCase()}#${a.id}.${a.className}` : '',
        };
      });
      if (at.inPanel) {
        inside = true;
        if (at.tab) seen.add(at.tab);
        names.push(at.name);
      } else if (inside) break;
    }
    const missed = wanted.filter((w) => !seen.has(w));
    expect(missed).toEqual([]);
    for (const part of [
      'input#lever-capitationRate-range',
      'input#lever-capitationRate.lever-number',
      'select#lever-capitationRate-from',
      'button#.info-button',
    ])
      expect(
        names.some((n) => n.startsWith(part)),
        `${part} in ${names.join(' ')}`,
      ).toBe(true);
  });

  it('the info button opens the description and sources and says so (aria-expanded)', async () => {
    const { page } = app();
    const btn = page.locator('[data-lever="capitationRate"] .info-button');
    const info = page.locator('[data-lever="capitationRate"] .lever-info');
    expect(await btn.getAttribute('aria-expanded')).toBe('false');
    expect(await info.isHidden()).toBe(true);
    await btn.focus();
    await page.keyboard.press('Enter');
    expect(await btn.getAttribute('aria-expanded')).toBe('true');
    expect(await info.isVisible()).toBe(true);
    expect(await info.textContent()).toMatch(/Kroner per innbygger/);
    // one cited source document per registry source of the lever
    const spec = LEVERS.find((l) => l.id === 'capitationRate')!;
    expect(await info.locator('ul.sources li cite').count()).toBe(spec.sources.length);
    await page.keyboard.press('Enter');
    expect(await btn.getAttribute('aria-expanded')).toBe('false');
    expect(await info.isHidden()).toBe(true);
  });
});

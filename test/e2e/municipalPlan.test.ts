// "Kommunens tall og hendelser" (issue #14, items 2 and 3) in headless Chromium: Bindal's form is prefilled from
// the model's start with sources; a new GP count and "2 fastleger går av med pensjon i 2027" change Bindal's results
// and mark 2027 in the charts; −1 GPs is refused with the field and the range while the previous value stays in use;
// Vågan shows its own figures and no events, and Bindal its changed ones again. Keyboard, labels, axe, 390 px. A
// national preset loaded keeps the municipality's own figures.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { andRender, axeViolations, cancelMonteCarlo, keyFigure, openAppAt, useApp } from './app.ts';

const app = useApp();

async function pick(page: Page, code: string): Promise<void> {
  const input = page.locator('#region-input');
  await input.click();
  await input.fill(code);
  await page.locator(`#region-list [role=option][data-value="kommune:${code}"]`).waitFor({ state: 'visible' });
  await andRender(page, () => input.press('Enter'));
  await page.locator('.municipal-panel').waitFor({ state: 'attached' });
  await page.waitForFunction(
    (name) => (document.querySelector('.municipal-panel summary')?.textContent ?? '').includes(name),
    code === '1811' ? 'Bindal' : 'Vågan',
  );
}

/** Opens the panel (a closed details element) with the keyboard. */
async function openPanel(page: Page): Promise<void> {
  const details = page.locator('.municipal-panel');
  if ((await details.getAttribute('open')) !== null) return;
  await page.locator('.municipal-panel summary').focus();
  await page.keyboard.press('Enter');
  await page.locator('#mun-gps').waitFor({ state: 'visible' });
}

describe('the municipality’s own figures and events', () => {
  it('the panel is hidden for the whole country', async () => {
    const { page } = app();
    expect(await page.locator('#municipal-plan').isHidden()).toBe(true);
  });

  it('Bindal: prefilled with sources; a new GP count and a retirement in 2027 change the results and mark 2027', async () => {
    const { page } = app();
    await pick(page, '1811');
    await cancelMonteCarlo(page);
    await openPanel(page);
    expect(await page.locator('#mun-gps').inputValue()).toBe('3');
    expect(await page.locator('#mun-listsWithoutGp').inputValue()).toBe('1');
    expect(await page.locator('#mun-gps-source').textContent()).toContain('SSB tabell 12005');
    expect(await page.locator('#mun-dutyHoursPerMonth-source').textContent()).toContain('Modellens anslag');
    expect(await page.locator('.mun-district').textContent()).toMatch(/anslag/i);
    expect(await page.locator('[data-mun-field="gps"] .changed-marker').isHidden()).toBe(true);
    expect(await page.getByLabel('Fastleger i alt', { exact: true }).count()).toBe(1);

    const before = await keyFigure(page, 'without2035');
    const gps = page.locator('#mun-gps');
    await gps.fill('5');
    await andRender(page, () => gps.press('Enter'));
    await cancelMonteCarlo(page);
    expect(await page.locator('[data-mun-field="gps"] .changed-marker').isVisible()).toBe(true);
    const after = await keyFigure(page, 'without2035');
    expect(after.value).not.toBe(before.value);

    // the event, by keyboard: year, kind, count, then Enter submits
    await page.locator('#mun-event-year').selectOption('2027');
    await page.locator('#mun-event-kind').selectOption('retirements');
    await page.locator('#mun-event-count').fill('2');
    await andRender(page, () => page.locator('#mun-event-count').press('Enter'));
    await cancelMonteCarlo(page);
    expect(await page.locator('.mun-event').allTextContents()).toEqual([
      expect.stringMatching(/^2027: 2 fastleger går av/),
    ]);
    const withEvent = await keyFigure(page, 'without2035');
    expect(withEvent.value).not.toBe(after.value);
    expect(await page.locator('[data-chart="withoutGp"] canvas').getAttribute('aria-label')).toContain(
      'Markert i figuren: 2 fastleger går av (2027).',
    );
  });

  it('−1 GPs is refused naming the field and the range; 5 stays in use', async () => {
    const { page } = app();
    const inUse = await keyFigure(page, 'without2035');
    const gps = page.locator('#mun-gps');
    await gps.fill('-1');
    await gps.press('Enter');
    const error = page.locator('#mun-gps-error');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toBe(
      'Fastleger i alt: skriv et tall fra 0 til 5\u00a0000 (du skrev −1). Verdien i bruk er fortsatt 5.',
    );
    expect(await gps.getAttribute('aria-invalid')).toBe('true');
    expect(await gps.getAttribute('aria-describedby')).toContain('mun-gps-error');
    expect((await keyFigure(page, 'without2035')).value).toBe(inUse.value);
    expect(await page.locator('#app-error').isHidden()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('Vågan shows its own figures and no events; back in Bindal the changes are there', async () => {
    const { page } = app();
    await pick(page, '1865');
    await cancelMonteCarlo(page);
    await openPanel(page);
    expect(await page.locator('#mun-gps').inputValue()).toBe('13');
    expect(await page.locator('[data-mun-field="gps"] .changed-marker').isHidden()).toBe(true);
    expect(await page.locator('.mun-event').count()).toBe(0);
    expect(await page.locator('.mun-events').textContent()).toContain('Ingen hendelser');
    expect(await page.locator('[data-chart="withoutGp"] canvas').getAttribute('aria-label')).not.toContain(
      'fastleger går av',
    );
    await pick(page, '1811');
    await cancelMonteCarlo(page);
    await openPanel(page);
    expect(await page.locator('#mun-gps').inputValue()).toBe('5');
    expect(await page.locator('#mun-gps-error').isHidden()).toBe(true);
    expect(await page.locator('[data-mun-field="gps"] .changed-marker').isVisible()).toBe(true);
    expect(await page.locator('.mun-event').allTextContents()).toEqual([
      expect.stringMatching(/^2027: 2 fastleger går av/),
    ]);
    expect(app().errors).toEqual([]);
  });

  it('undo takes back one change; reset puts the model’s figure back; the panel fits 390 px', async () => {
    const { page } = app();
    // the event was the last change: one undo removes it and keeps the GPs
    await andRender(page, () => page.locator('#undo').click());
    await cancelMonteCarlo(page);
    expect(await page.locator('.mun-event').count()).toBe(0);
    expect(await page.locator('#mun-gps').inputValue()).toBe('5');
    await andRender(page, () =>
      page.getByRole('button', { name: 'Tilbakestill Fastleger i alt til modellens tall' }).click(),
    );
    await cancelMonteCarlo(page);
    expect(await page.locator('#mun-gps').inputValue()).toBe('3');
    expect(await page.locator('[data-mun-field="gps"] .changed-marker').isHidden()).toBe(true);
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.locator('.municipal-panel').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('a national preset loaded keeps Bindal’s own figures, and its share link names the preset unchanged', async () => {
    const { page } = app();
    await openPanel(page);
    const gps = page.locator('#mun-gps');
    await gps.fill('5');
    await andRender(page, () => gps.press('Enter'));
    await cancelMonteCarlo(page);
    await page.selectOption('#preset-select', 'ekspertutvalget-2023');
    await andRender(page, () => page.locator('#preset-apply').click());
    await cancelMonteCarlo(page);
    // the preset set the national levers; the municipality's own figure stays in use
    expect(await page.locator('#mun-gps').inputValue()).toBe('5');
    expect(await page.locator('[data-mun-field="gps"] .changed-marker').isVisible()).toBe(true);
    const heads = async (p: Page) => {
      const toggle = p.locator('[data-chart="withoutGp"] .table-toggle');
      if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
      return (await p.locator('[data-chart="withoutGp"] .data-table thead th').allTextContents()).join('|');
    };
    expect(await heads(page)).toContain('Ekspertutvalgets pakke (2023)');
    expect(await heads(page)).not.toContain('endret');
    // the comparison says that current policy and the presets run with her figures
    expect(await page.locator('.compare-panel .panel-lead').textContent()).toContain(
      'kommunenes egne tall fra scenarioet ditt',
    );
    const colleague = await openAppAt(await page.evaluate(() => location.hash));
    try {
      expect(await heads(colleague.page)).toContain('Ekspertutvalgets pakke (2023)');
      expect(await heads(colleague.page)).not.toContain('endret');
      await openPanel(colleague.page);
      expect(await colleague.page.locator('#mun-gps').inputValue()).toBe('5');
      expect(colleague.errors).toEqual([]);
    } finally {
      await colleague.close();
    }
    expect(app().errors).toEqual([]);
  });
});

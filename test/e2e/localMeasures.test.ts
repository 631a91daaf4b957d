// A municipality's own measures in the lever panel (issue #14, items 1 and 4), in headless Chromium: with Bindal (1811)
// on screen, "Andel nye avtaler med fastlønn" at 60 % applies to Bindal only (labelled so, the national value beside
// it) and changes Bindal's result; Vågan (1865) shows the national value and its key figures stay at current policy;
// Bindal shows 60 % again. The plan survives saving, a reload and opening, and a share link opened in a new page; a
// CSV export's stamp names Bindal's local measure. An end year and a step are set and checked; the reset button
// works by keyboard; the panel has two sections by scope and is axe clean.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../src/ui/scenarios/shareLink.ts';
import {
  andRender,
  axeViolations,
  cancelMonteCarlo,
  chooseRegion,
  exportChart,
  keyFigures,
  openAppAt,
  reloadWithoutHash,
  scenarioStatus,
  useApp,
} from './app.ts';

const app = useApp();
const FIELD = '#lever-salariedShare';

async function commit(page: Page, action: () => Promise<unknown>): Promise<void> {
  await andRender(page, action);
  await cancelMonteCarlo(page);
}

async function pickRegion(page: Page, query: string, value: string): Promise<void> {
  await chooseRegion(page, query, value);
  await cancelMonteCarlo(page);
}

const shown = (page: Page) => page.locator(FIELD).inputValue();

describe('a municipality’s own measures', () => {
  it('the panel has a section for national policy and one for the municipality’s own measures', async () => {
    const { page } = app();
    expect(await page.locator('#levers-national-heading').textContent()).toBe('Nasjonal politikk');
    expect(await page.locator('#levers-local-heading').textContent()).toBe('Kommunens egne tiltak');
    expect(await page.locator('[data-scope="local"] [data-lever="salariedShare"]').count()).toBe(1);
    expect(await page.locator('[data-scope="national"] [data-lever="capitationRate"]').count()).toBe(1);
    // the country on screen: a local lever sets the value for all municipalities
    expect(await page.locator('#lever-salariedShare-scope').textContent()).toBe('Gjelder alle kommuner');
    await page.locator('[data-lever="salariedShare"] .info-button').click();
    expect(await page.locator('#lever-salariedShare-info').textContent()).toMatch(/Hvem bestemmer: hver kommune/);
    await page.locator('[data-lever="salariedShare"] .info-button').click();
  });

  it('60 % for Bindal only: labelled, the national value beside, and Bindal’s result changes', async () => {
    const { page } = app();
    await pickRegion(page, '1811', 'kommune:1811');
    expect(await page.locator('#lever-salariedShare-scope').textContent()).toBe('Gjelder bare Bindal');
    const before = await keyFigures(page);
    await page.locator(FIELD).fill('60');
    await commit(page, () => page.locator(FIELD).press('Enter'));
    expect(await shown(page)).toBe('60');
    expect(await page.locator('#lever-salariedShare-national').textContent()).toContain('Nasjonal verdi: 40\u00a0%');
    expect(await page.locator('#lever-salariedShare-reset').isVisible()).toBe(true);
    const after = await keyFigures(page);
    expect(Object.keys(after).some((k) => after[k]!.value !== before[k]!.value)).toBe(true);
    expect(after['cost2030']!.delta).not.toBe(0);
    // undo says what it undoes, with the municipality; redo brings it back
    await commit(page, () => page.locator('#undo').click());
    expect(await page.locator('#announce').textContent()).toBe(
      'Angret: Andel nye avtaler med fastlønn = 60\u00a0% (Bindal)',
    );
    expect(await shown(page)).toBe('40');
    await commit(page, () => page.locator('#redo').click());
    expect(await shown(page)).toBe('60');
  });

  it('Vågan shows the national value and stays at current policy; Bindal shows 60 % again', async () => {
    const { page } = app();
    await pickRegion(page, '1865', 'kommune:1865');
    expect(await page.locator('#lever-salariedShare-scope').textContent()).toBe('Gjelder bare Vågan');
    expect(await shown(page)).toBe('40');
    expect(await page.locator('#lever-salariedShare-reset').isHidden()).toBe(true);
    expect(await page.locator('[data-lever="salariedShare"]').getAttribute('class')).not.toContain('is-changed');
    const kf = await keyFigures(page);
    for (const [id, { value, delta }] of Object.entries(kf))
      expect(Math.abs(delta), `${id}: ${delta} of ${value}`).toBeLessThanOrEqual(Math.max(1, Math.abs(value) * 0.002));
    await pickRegion(page, '1811', 'kommune:1811');
    expect(await shown(page)).toBe('60');
  });

  it('an end year and a step are set, checked and shown', async () => {
    const { page } = app();
    const until = page.locator('#lever-salariedShare-until');
    await commit(page, () => until.selectOption('2035'));
    expect(await until.inputValue()).toBe('2035');
    // an end before the start is refused with a message naming the lever and the year
    await page.locator('#lever-salariedShare-from').selectOption('2027');
    await cancelMonteCarlo(page).catch(() => undefined);
    await until.selectOption('2026');
    const error = page.locator('#lever-salariedShare-error');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toMatch(/Andel nye avtaler med fastlønn: sluttåret 2026 er før startåret 2027/);
    expect(await until.inputValue()).toBe('2035');
    // a step: 80 % from 2030
    await commit(page, () => page.locator('#lever-salariedShare-step-add').click());
    const stepValue = page.locator('#lever-salariedShare-step-0-value');
    await stepValue.fill('80');
    await commit(page, () => stepValue.press('Enter'));
    await commit(page, () => page.locator('#lever-salariedShare-step-0-from').selectOption('2030'));
    expect(await page.locator('#lever-salariedShare-step-0-from').inputValue()).toBe('2030');
    expect(await page.locator('#lever-salariedShare-step-0-value').inputValue()).toBe('80');
    const link = decodeLink(await page.evaluate(() => location.hash));
    expect(link.ok && link.state.municipalities?.['1811']?.levers?.['salariedShare']).toEqual({
      steps: [
        { from: '2027', value: 0.6 },
        { from: '2030', value: 0.8 },
      ],
      until: '2035',
    });
    // back to a plain 60 % from 2027 (the step removed, no end)
    await commit(page, () => page.locator('#lever-salariedShare-step-0-remove').click());
    await commit(page, () => until.selectOption(''));
    expect(await page.locator('#lever-salariedShare-step-0-value').count()).toBe(0);
  });

  it('saved, reloaded and opened: Bindal’s 60 % comes back', async () => {
    const { page } = app();
    await page.locator('#save-name').fill('Bindal fastlønn');
    await page.locator('#save-scenario').click();
    await scenarioStatus(page, /^Lagret som «Bindal fastlønn»\./);
    await reloadWithoutHash(page);
    await cancelMonteCarlo(page);
    expect(await shown(page)).toBe('40');
    const item = page.locator('#saved-list li[data-saved-id]').filter({ hasText: 'Bindal fastlønn' });
    await commit(page, () => item.locator('[data-action="open"]').click());
    expect(await page.locator('#region-input').inputValue()).toContain('Bindal');
    expect(await shown(page)).toBe('60');
    expect(await page.locator('#lever-salariedShare-scope').textContent()).toBe('Gjelder bare Bindal');
  });

  it('the share link opened in a new page shows the same', async () => {
    const { page, context } = app();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await page.locator('#copy-link').click();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toMatch(/#s2\./);
    const other = await openAppAt(new URL(url).hash);
    try {
      expect(await other.page.locator('#region-input').inputValue()).toContain('Bindal');
      expect(await other.page.locator(FIELD).inputValue()).toBe('60');
      expect(await other.page.locator('#link-error').textContent()).toBe('');
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('a CSV export’s stamp names Bindal’s local measure', async () => {
    const { page } = app();
    const { bytes } = await exportChart(page, 'withoutGp', 'csv');
    expect(bytes.toString('utf8')).toContain('Lokale tiltak og data: Bindal (Andel nye avtaler med fastlønn)');
  });

  it('the reset button by keyboard gives Bindal the national value; the page is axe clean', async () => {
    const { page } = app();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#lever-salariedShare-reset').focus();
    await commit(page, () => page.keyboard.press('Enter'));
    expect(await shown(page)).toBe('40');
    expect(await page.locator('#lever-salariedShare-national').textContent()).toContain('Bindal følger den nasjonale');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lever-salariedShare-range');
  });
});

// The municipality's own measures apart from national policy (#14 item 5) and one definition of "difference from
// current policy" (#15 item 4), in headless Chromium. With Bindal on screen and fastlønn set for Bindal only, a key
// figure gives the measures' extra cost to the municipality, the state's apart, and the residents who gain a GP,
// with an 80 % interval once Monte Carlo has run; with a national lever changed too, it says that the national
// changes are left out; Vågan shows no such card. The key figures and the comparison's difference table give the
// same difference for the same scenario and year, and the sentence that defines it is shown beside both.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { andRender, axeViolations, cancelMonteCarlo, chooseRegion, keyFigure, probe, useApp, waitFor } from './app.ts';

const app = useApp({
  setup: async ({ page }) => {
    await page.selectOption('#mc-runs', '100');
    await cancelMonteCarlo(page);
  },
});

/** Commits a lever value and waits for the Monte Carlo that follows. */
async function setLeverAndWait(page: Page, id: string, value: string): Promise<void> {
  const before = (await probe(page)).mcDone;
  await page.locator(`#lever-${id}`).fill(value);
  await andRender(page, () => page.locator(`#lever-${id}`).press('Enter'));
  await waitFor(page, 'mcDone', before, 120_000);
}

const own = (page: Page) => page.locator('[data-kf="own2030"]');

describe('the municipality’s own measures in the key figures', () => {
  it('Bindal’s fastlønn: its extra cost to Bindal, the state’s apart, residents who gain a GP, with an interval', async () => {
    const { page } = app();
    await chooseRegion(page, '1811', 'kommune:1811');
    await cancelMonteCarlo(page).catch(() => {});
    expect(await own(page).count()).toBe(0);
    await setLeverAndWait(page, 'salariedShare', '100');
    await own(page).waitFor();
    expect(await own(page).locator('.kf-title').textContent()).toBe('Kommunens egne tiltak 2030');
    expect(await own(page).locator('.kf-unit').textContent()).toBe('mill. kr/år for kommunen');
    expect(await own(page).locator('[data-own="state"]').textContent()).toMatch(/^Staten: [+−]?[\d,]+ mill\. kr\/år$/);
    expect(await own(page).locator('[data-own="gaining"]').textContent()).toMatch(
      /innbyggere med fastlege|Omtrent like mange/,
    );
    expect(await own(page).locator('[data-own="band"]').textContent()).toMatch(
      /^Kommunens merkostnad, 80\u00a0% intervall: [−\d,]+ – [−\d,]+$/,
    );
    expect(await page.locator('#kf-definition').textContent()).toMatch(/kjøring for kjøring/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('with a national lever changed too, the card leaves the national changes out and says so', async () => {
    const { page } = app();
    await setLeverAndWait(page, 'capitationRate', '1500');
    expect(await own(page).locator('[data-own="band"]').textContent()).toMatch(/nasjonale endringer holdt utenfor/);
    expect(await own(page).locator('.kf-number').getAttribute('data-kind')).toBe('count');
  });

  it('Vågan has no measures of its own: no such card', async () => {
    const { page } = app();
    await chooseRegion(page, '1865', 'kommune:1865');
    await cancelMonteCarlo(page).catch(() => {});
    expect(await own(page).count()).toBe(0);
  });
});

describe('one definition of a difference', () => {
  it('the key figures and the comparison table give the same difference for the same scenario and year', async () => {
    const { page } = app();
    await chooseRegion(page, 'Nordland', 'fylke:18');
    await cancelMonteCarlo(page).catch(() => {});
    await setLeverAndWait(page, 'lis1Positions', '1600');
    const card = await keyFigure(page, 'without2030');
    const cost = await keyFigure(page, 'cost2030');
    await page.locator('.compare-panel > summary').click();
    await page.locator('#compare-run').click();
    await page.locator('#compare-table').waitFor({ timeout: 120_000 });
    const cell = page.locator('#compare-table tr[data-outcome="nResidentsWithoutGp"][data-year="2030"] td[data-diff]');
    expect(Number(await cell.getAttribute('data-diff'))).toBeCloseTo(card.delta, 3);
    const costCell = page.locator('#compare-table tr[data-outcome="publicCostNok"][data-year="2030"] td[data-diff]');
    expect(Number(await costCell.getAttribute('data-diff'))).toBeCloseTo(cost.delta, 0);
    expect(Number(await costCell.getAttribute('data-value'))).toBeCloseTo(cost.value, 0);
    // the sentence that defines it, in both places
    expect(await page.locator('#compare-output').textContent()).toContain('kjøring for kjøring');
    expect(await page.locator('#kf-definition').textContent()).toContain('kjøring for kjøring');
  });
});

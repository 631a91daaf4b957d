// Comparing scenarios in headless Chromium: three scenarios (current policy as reference, two presets) for a
// county, 100 runs with seed 1; the difference table's paired medians equal a Node computation with the same
// runs and seed; every chart overlays the three; the budget table and the envelopes are shown; axe finds nothing.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { parseScenario } from '../../src/engine/run/scenario.ts';
import { pairedDifference } from '../../src/ui/compare/diff.ts';
import { monteCarloChunk } from '../../src/ui/sim/compute.ts';
import type { McRuns } from '../../src/engine/run/mcSummary.ts';
import type { RunRequest } from '../../src/ui/sim/protocol.ts';
import { andRender, axeViolations, cancelMonteCarlo, downloadBytes, openAppAt, probe, useApp, waitFor } from './app.ts';
import { decodeLink } from '../../src/ui/scenarios/shareLink.ts';

const REGION = 'fylke:18';
const RUNS = 100;

function preset(id: string): RunRequest {
  const parsed = parseScenario(
    JSON.parse(readFileSync(new URL(`../../scenarios/${id}.json`, import.meta.url), 'utf8')),
  );
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const s = parsed.scenario;
  return {
    levers: s.levers,
    assumptions: s.assumptions ?? {},
    formulas: s.formulas ?? {},
    region: REGION,
    endYear: 2040,
  };
}

async function nodeRuns(req: RunRequest): Promise<McRuns> {
  const r = await monteCarloChunk(req, RUNS, 0, 1, false, () => {});
  return { years: r.years, runs: RUNS, firstRun: 0, seed: 1, values: r.current };
}

const app = useApp({
  setup: async ({ page }) => {
    // 100 runs, Nordland
    await page.selectOption('#mc-runs', String(RUNS));
    await cancelMonteCarlo(page);
    const input = page.locator('#region-input');
    await input.click();
    await input.fill('Nordland');
    await page.locator(`#region-list [data-value="${REGION}"]`).waitFor();
    // the render count is read before the choice: read after it, a quick render was missed and the wait timed out
    await andRender(page, () => page.locator(`#region-list [data-value="${REGION}"]`).dispatchEvent('mousedown'));
    await cancelMonteCarlo(page).catch(() => {});
  },
});

describe('scenario comparison', () => {
  it('runs three scenarios with shared seeds and gives the paired differences Node gives', async () => {
    const { page } = app();
    await page.locator('.compare-panel > summary').click();
    await page.locator('[data-compare="current"]').uncheck();
    await page.locator('[data-compare="preset:ekspertutvalget-2023"]').check();
    await page.locator('[data-compare="preset:legevaktpakke"]').check();
    expect(await page.locator('#compare-reference').inputValue()).toBe('baseline');
    await page.locator('#compare-run').click();
    await page.locator('#compare-table').waitFor({ timeout: 120_000 });
    expect(await page.locator('#compare-status').textContent()).toMatch(/3 scenarioer sammenlignet for Nordland/);

    const base = await nodeRuns({ levers: {}, assumptions: {}, formulas: {}, region: REGION, endYear: 2040 });
    const expert = await nodeRuns(preset('ekspertutvalget-2023'));
    const cell = page.locator('#compare-table tr[data-outcome="nResidentsWithoutGp"][data-year="2035"] td[data-diff]');
    expect(await cell.count()).toBe(2);
    const shown = Number(await cell.first().getAttribute('data-diff'));
    const d = pairedDifference(expert, base, 'nResidentsWithoutGp', 2035);
    // one definition (compare/diff.ts): the expected run-by-run difference
    expect(shown).toBeCloseTo(d.mean, 6);
    expect(d.mean).toBeLessThan(0);
    // the shown band is the paired one
    expect(await cell.first().textContent()).toContain('–');
  });

  it('exports the difference and budget tables as CSV with the stamp and the paired numbers', async () => {
    const { page } = app();
    const { name, bytes } = await downloadBytes(page, () => page.locator('#compare-export-csv').click());
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(name).toMatch(/^fastlegesimulatoren-sammenligning-nordland-fylke-18-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(lines[0]).toMatch(/^Forskjeller i nøkkeltall – Nordland/);
    expect(lines[1]).toMatch(/Dagens politikk, Ekspertutvalgets pakke \(2023\), Legevaktpakke/);
    const header = lines[lines.indexOf('') + 1]!.split(';');
    const col = header.indexOf('Ekspertutvalgets pakke (2023): Endring forventet');
    expect(col).toBeGreaterThan(0);
    const row = lines.find((l) => l.startsWith('Innbyggere uten fastlege (personer);2035;'))!.split(';');
    const base = await nodeRuns({ levers: {}, assumptions: {}, formulas: {}, region: REGION, endYear: 2040 });
    const expert = await nodeRuns(preset('ekspertutvalget-2023'));
    // persons as whole numbers in the CSV
    expect(Number(row[col]!.replace(',', '.').replace('\u2212', '-'))).toBeCloseTo(
      pairedDifference(expert, base, 'nResidentsWithoutGp', 2035).mean,
      0,
    );
    expect(lines.some((l) => l.startsWith('Budsjett;År;'))).toBe(true);
  });

  it('Eksporter alle: a PowerPoint of the comparison, each chart with the three scenarios and each one’s settings', async () => {
    const { page } = app();
    const { bytes } = await downloadBytes(page, () => page.locator('#export-deck').click());
    const files = unzipSync(new Uint8Array(bytes));
    const charts = Object.keys(files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    // ten charts and the probabilities of the compared scenarios; the two charts that compare two series on screen
    // (GPs joining and leaving, capitation and public cost) are a chart per series here, as a slide has no markers
    expect(charts.length).toBe(13);
    for (const f of charts) {
      const xml = strFromU8(files[f]!);
      for (const name of ['Dagens politikk', 'Ekspertutvalgets pakke (2023)', 'Legevaktpakke'])
        expect(xml, f).toContain(name);
    }
    const slides = Object.keys(files)
      .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
      .map((f) => strFromU8(files[f]!))
      .join('\n');
    for (const title of ['Nye fastleger', 'Fastleger som slutter', 'Basistilskudd', 'Offentlig kostnad i alt'])
      expect(slides).toContain(`${title} – Nordland`);
    // each series' slide is stamped with its own title, not the two-series chart's
    expect(slides).toContain('Nye fastleger – Nordland (fylke 18) (leger per år)');
    expect(slides).not.toContain('Nye fastleger og fastleger som slutter – Nordland');
    // the settings: only what differs from current policy, by scenario (current policy itself is left out)
    expect(slides).toContain('Tak på pålagt legevakt');
    expect(slides).not.toContain('Ingen: dagens politikk');
    expect(slides).toContain('Statistisk sentralbyrå (SSB)');
  });

  it('overlays the compared scenarios on the charts and in their tables', async () => {
    const { page } = app();
    const toggle = page.locator('[data-chart="withoutGp"] .table-toggle');
    await toggle.click();
    const heads = await page.locator('[data-chart="withoutGp"] .data-table thead th').allTextContents();
    expect(heads).toEqual(
      expect.arrayContaining(['Dagens politikk', 'Ekspertutvalgets pakke (2023)', 'Legevaktpakke']),
    );
    await toggle.click();
    // the chart of GPs joining and leaving compares two series: a scenario's two lines share its colour and dash, so
    // their markers differ (they were drawn alike), and both are the runs' means
    const flows = page.locator('[data-chart="flows"]').first();
    await flows.scrollIntoViewIfNeeded();
    const entries = flows.locator('.chart-legend-item');
    await expect.poll(() => entries.count()).toBe(6);
    const drawn = new Map(
      await entries.evaluateAll((bs) =>
        bs.map((b) => [(b as HTMLElement).dataset.label ?? '', b.querySelector('svg')!.innerHTML] as const),
      ),
    );
    for (const name of ['Dagens politikk', 'Ekspertutvalgets pakke (2023)', 'Legevaktpakke']) {
      const joining = drawn.get(`Nye fastleger: ${name}`);
      const leaving = drawn.get(`Fastleger som slutter: ${name}`);
      expect(joining, name).toBeDefined();
      expect(leaving, name).not.toBe(joining);
    }
    expect((await entries.allTextContents()).every((x) => x.endsWith('(gjennomsnitt)'))).toBe(true);
  });

  it('shows the budget table with extra cost per resident who gains a GP, and the envelopes', async () => {
    const { page } = app();
    expect(await page.locator('#budget-table tbody tr').count()).toBe(9); // 3 scenarios × 2030, 2035, 2040
    const row = page.locator('#budget-table tr[data-budget="Ekspertutvalgets pakke (2023)"][data-year="2030"] td');
    expect(await row.last().textContent()).toMatch(/kr$/);
    // the extra cost split into the municipalities' and the state's (#14): the two add up to the total
    const cells = page.locator('#budget-table tr[data-budget="Ekspertutvalgets pakke (2023)"][data-year="2030"]');
    const num = async (attr: string) => Number(await cells.locator(`td[${attr}]`).getAttribute(attr));
    expect((await num('data-extra-municipal')) + (await num('data-extra-state'))).toBeCloseTo(
      await num('data-extra'),
      0,
    );
    expect(await page.locator('#budget-envelopes li').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#budget-envelopes').textContent()).toMatch(/1\u00a0600 mill\. kr/);
    expect(await page.locator('#budget-envelopes').textContent()).not.toContain('FACTS.md');
  });

  it('a share link carries the comparison: a colleague gets the same difference table', async () => {
    const { page } = app();
    const hash = await page.evaluate(() => location.hash);
    const d = decodeLink(hash);
    expect(d.ok && d.state.compare?.scenarios.map((c) => c.name)).toEqual([
      'Dagens politikk',
      'Ekspertutvalgets pakke (2023)',
      'Legevaktpakke',
    ]);
    const mine = await page
      .locator('#compare-table td[data-diff]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-diff')));
    const colleague = await openAppAt(hash);
    try {
      await colleague.page.locator('#compare-table').waitFor({ timeout: 120_000 });
      const theirs = await colleague.page
        .locator('#compare-table td[data-diff]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-diff')));
      expect(theirs).toEqual(mine);
      expect(await colleague.page.locator('#region-title').textContent()).toContain('Nordland');
      expect(colleague.errors).toEqual([]);
    } finally {
      await colleague.close();
    }
  });

  it('axe finds no violations with the comparison open', async () => {
    expect(await axeViolations(app().page)).toEqual([]);
  });

  it('a new region says so and runs the comparison again for it (issue #15)', async () => {
    const { page } = app();
    const input = page.locator('#region-input');
    await input.click();
    await input.fill('Hele');
    await page.locator('#region-list [data-value="national"]').dispatchEvent('mousedown');
    await page.waitForFunction(() =>
      /Området er endret fra Nordland.* til Hele landet/.test(
        document.querySelector('#compare-notice')?.textContent ?? '',
      ),
    );
    await page.waitForFunction(
      () =>
        /3 scenarioer sammenlignet for Hele landet/.test(document.querySelector('#compare-status')?.textContent ?? ''),
      null,
      { timeout: 120_000 },
    );
    expect(app().errors).toEqual([]);
  });

  it('a lever change while a comparison runs waits for it: the comparison finishes, then the scenario’s uncertainty', async () => {
    const { page } = app();
    // a new number of runs: the page runs the scenario with it (and none of the presets). Wait for that run to end:
    // on warm workers it takes about a second, and Playwright's click below was seen to land only after it had ended
    // (the comparison then reuses its runs), its result then counted as a run made while the comparison ran
    await page.selectOption('#mc-runs', '200');
    await page.waitForFunction(
      () => /^Usikkerhet: 200 kjøringer/.test(document.querySelector('#mc-status')?.textContent ?? ''),
      null,
      { timeout: 60_000 },
    );
    const mcBefore = (await probe(page)).mcDone;
    await page.locator('#compare-run').click();
    await page.locator('#compare-cancel').waitFor({ state: 'visible' });
    await page.locator('#lever-alisGrants-range').focus();
    await page.keyboard.press('Home');
    await page.waitForFunction(
      () => document.querySelector('#mc-status')?.textContent?.includes('når sammenligningen er ferdig'),
      null,
      { timeout: 30_000 },
    );
    expect((await probe(page)).mcDone).toBe(mcBefore);
    // the table of the previous run stays on screen while this one runs: wait for its end
    await page.waitForFunction(
      () =>
        /3 scenarioer sammenlignet for Hele landet/.test(document.querySelector('#compare-status')?.textContent ?? ''),
      null,
      { timeout: 120_000 },
    );
    await waitFor(page, 'mcDone', mcBefore, 120_000);
    expect(await page.locator('#mc-status').textContent()).toMatch(/200 kjøringer \(tilfeldig tallrekke nr. 1\)/);
    expect(app().errors).toEqual([]);
  });
});

// The numbers on the page are the engine's: every chart's table view equals src/ui/sim/compute.ts run in Node
// for the same request (deterministic, with the Monte Carlo run cancelled), for the country, for a municipality
// picked in the region combobox and after a lever change; and the Monte Carlo table (100 runs, seed 1, split
// over the page's workers) equals one Node run of the same runs and seed.
import { outcome, pairedDifference } from '../../src/ui/compare/diff.ts';
import { describe, expect, it } from 'vitest';
import { mergeRuns, summarizeEvents, summarizeRuns } from '../../src/engine/run/mcSummary.ts';
import { EVENT_MAPS } from '../../src/ui/eventMaps.ts';
import { CHART_SPECS, centreOf } from '../../src/ui/chartSpecs.ts';
import type { ResultId } from '../../src/engine/run/results.ts';
import { deterministic, monteCarloChunk } from '../../src/ui/sim/compute.ts';
import type { RunRequest } from '../../src/ui/sim/protocol.ts';
import { andRender, cancelMonteCarlo, chartTable, keyFigure, probe, type TableData, useApp, waitFor } from './app.ts';
import { formatProblems, tableMismatches } from './tables.ts';

const request = (region: string, levers: RunRequest['levers'] = {}): RunRequest => ({
  levers,
  assumptions: {},
  formulas: {},
  region,
  endYear: 2040,
});

const app = useApp();

async function allTables(): Promise<Map<string, TableData>> {
  const out = new Map<string, TableData>();
  for (const spec of CHART_SPECS) out.set(spec.id, await chartTable(app().page, spec.id));
  return out;
}

async function expectTablesEqualEngine(req: RunRequest): Promise<Map<string, TableData>> {
  const tables = await allTables();
  const det = await deterministic(req);
  const problems: string[] = [];
  for (const spec of CHART_SPECS) {
    const table = tables.get(spec.id)!;
    // deterministic values: no Monte Carlo columns
    expect(
      table.headers.some((hd) => /p10|p90/.test(hd)),
      `${spec.id}: ${table.headers.join(', ')}`,
    ).toBe(false);
    problems.push(...tableMismatches(spec, table, det), ...formatProblems(table).map((p) => `${spec.id} ${p}`));
  }
  expect(problems).toEqual([]);
  return tables;
}

describe('table views against the engine', () => {
  let national: Map<string, TableData>;

  it('whole country, today’s policy: every chart’s table equals compute.ts', async () => {
    expect(await app().page.locator('#region-title').textContent()).toBe('Hele landet');
    national = await expectTablesEqualEngine(request('national'));
  });

  it('a municipality typed into the region combobox (1811 → Bindal) changes the title and the numbers', async () => {
    const { page } = app();
    const input = page.locator('#region-input');
    await input.click();
    await input.fill('1811');
    const option = page.locator('#region-list [role=option][data-value="kommune:1811"]');
    await option.waitFor({ state: 'visible' });
    expect(await option.getAttribute('aria-selected')).toBe('true');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await andRender(page, () => input.press('Enter'));
    expect(await page.locator('#region-title').textContent()).toContain('Bindal');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    await cancelMonteCarlo(page);
    const bindal = await expectTablesEqualEngine(request('kommune:1811'));
    const cell = (t: Map<string, TableData>) => t.get('withoutGp')!.rows.get(2030)!.join('|');
    expect(cell(bindal)).not.toBe(cell(national));
    expect(bindal.get('withoutGp')!.caption).toContain('Bindal');
  });

  it('leaving the region box and coming straight back keeps what is typed (no stale reset)', async () => {
    const { page } = app();
    const input = page.locator('#region-input');
    await input.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('Bind');
    // longer than the 150 ms a blur waits before resetting the box
    await page.waitForFunction(() => new Promise((r) => setTimeout(() => r(true), 300)));
    expect(await input.inputValue()).toBe('Bind');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await input.press('Escape');
  });

  it('by name too: typing "Bindal" and choosing with ArrowDown/Enter picks kommune:1811', async () => {
    const { page } = app();
    // back to the country first, by keyboard
    const input = page.locator('#region-input');
    await input.click();
    await input.fill('Hele');
    await page.locator('#region-list [data-value="national"]').waitFor();
    await andRender(page, () => input.press('Enter'));
    expect(await page.locator('#region-title').textContent()).toBe('Hele landet');
    await cancelMonteCarlo(page);

    await input.click();
    await input.fill('Bindal');
    await page.locator('#region-list [data-value="kommune:1811"]').waitFor();
    // ArrowDown moves through the matches; go round to the Bindal option wherever it is
    const options = await page
      .locator('#region-list [role=option]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-value'), e.getAttribute('aria-selected')] as const));
    const target = options.findIndex(([v]) => v === 'kommune:1811');
    const current = options.findIndex(([, sel]) => sel === 'true');
    for (let i = 0; i < (target - current + options.length) % options.length; i++) await input.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(
      await page.locator('#region-list [data-value="kommune:1811"]').getAttribute('id'),
    );
    await andRender(page, () => input.press('Enter'));
    expect(await page.locator('#region-title').textContent()).toContain('Bindal');
    await cancelMonteCarlo(page);
  });

  it('after a lever change (ALIS agreements to the maximum by keyboard) "Ditt scenario" equals the engine', async () => {
    const { page } = app();
    const before = await keyFigure(page, 'cost2030');
    await page.locator('#lever-alisGrants-range').focus();
    await andRender(page, () => page.keyboard.press('End'));
    await cancelMonteCarlo(page);
    expect(await page.locator('#lever-alisGrants-range').inputValue()).toBe('3000');
    const after = await keyFigure(page, 'cost2030');
    expect(after.value).not.toBe(before.value);
    await expectTablesEqualEngine(request('kommune:1811', { alisGrants: 3000 }));
  });
});

describe('Monte Carlo table against Node', () => {
  it('100 runs with seed 1 over the page’s workers give the same lines, p10 and p90 as one Node run', async () => {
    const { page } = app();
    const mcBefore = (await probe(page)).mcDone;
    await page.locator('#mc-runs').selectOption('100');
    await waitFor(page, 'mcDone', mcBefore, 80_000);
    expect(await page.locator('#mc-status').textContent()).toMatch(/100 kjøringer \(tilfeldig tallrekke nr. 1\)/);
    const req = request('kommune:1811', { alisGrants: 3000 });
    const chunk = await monteCarloChunk(req, 100, 0, 1, true, () => {});
    const runs = (values: Float64Array) => mergeRuns([{ years: chunk.years, runs: 100, firstRun: 0, seed: 1, values }]);
    const cur = summarizeRuns(runs(chunk.current));
    const base = summarizeRuns(runs(chunk.baseline!));
    const pick = (s: typeof cur, q: 'p10' | 'p90' | 'line') =>
      Object.fromEntries(
        Object.entries(s).map(([id, band]) => [id, q === 'line' ? centreOf(band, id as ResultId) : band[q]]),
      ) as Record<keyof typeof cur, number[]>;
    const expected = {
      years: chunk.years,
      // the lines: the runs' median, or their mean where the chart draws it (the joiners and leavers)
      baseline: pick(base, 'line'),
      current: pick(cur, 'line'),
      p10: pick(cur, 'p10'),
      p90: pick(cur, 'p90'),
    };
    const problems: string[] = [];
    for (const spec of CHART_SPECS) problems.push(...tableMismatches(spec, await chartTable(page, spec.id), expected));
    expect(problems).toEqual([]);
    // the cost key figure is the expected value and its run-by-run difference (compare/diff.ts, the one definition);
    // Bindal's residents without a GP lead with the probability of a list without a GP (probabilities.test.ts)
    const yi = chunk.years.indexOf(2030);
    const kf = await keyFigure(page, 'cost2030');
    expect(kf.value).toBeCloseTo(outcome(runs(chunk.current), 'publicCostNok', 2030).mean, 6);
    expect(kf.delta).toBeCloseTo(
      pairedDifference(runs(chunk.current), runs(chunk.baseline!), 'publicCostNok', 2030).mean,
      6,
    );
    // (a municipality's probabilities pooled by the app's weights, as the map and the comparison have them)
    const events = summarizeEvents(runs(chunk.current), 'municipality', EVENT_MAPS, chunk.standing);
    const without = await keyFigure(page, 'without2030');
    expect(without.value).toBe(events.pAnyListWithoutGp[yi]);
    expect(without.value).not.toBe(summarizeEvents(runs(chunk.current), 'municipality').pAnyListWithoutGp[yi]);
    expect(without.delta).toBeCloseTo(
      events.pAnyListWithoutGp[yi]! -
        summarizeEvents(runs(chunk.baseline!), 'municipality', EVENT_MAPS, chunk.standing).pAnyListWithoutGp[yi]!,
      12,
    );
    expect(app().errors).toEqual([]);
  });
});

// Probabilities for a small municipality (issue #13, item 4): Bindal (1811), picked in the region combobox, has an
// outcome of 0 or a whole list, so until Monte Carlo has run its key card says that the probability follows and
// the probability chart waits; afterwards the card leads with the probability of at least one list without a GP
// (nb-NO, rounded to 5 percentage points) with the share ≥ 5 %, the expected number and the interval, and the
// chart's table view equals the engine's probabilities (the same 200 runs, seed 1, in one Node run). axe finds no
// WCAG 2.1 A/AA violation with the table open.
import { describe, expect, it } from 'vitest';
import { mergeRuns, summarizeEvents, summarizeRuns, type McEvents } from '../../src/engine/run/mcSummary.ts';
import { deterministic, monteCarloChunk } from '../../src/ui/sim/compute.ts';
import { EVENT_MAPS } from '../../src/ui/eventMaps.ts';
import type { StandingRates } from '../../src/engine/validation/baseRates.ts';
import type { RunRequest } from '../../src/ui/sim/protocol.ts';
import {
  formatInteger,
  formatPercent,
  formatProbability,
  formatRoundedCount,
  formatRoundedGpCount,
  roundCount,
} from '../../src/ui/format.ts';
import { setLocale } from '../../src/ui/i18n.ts';
import { andRender, axeViolations, chartTable, downloadText, probe, useApp, waitFor, type AppPage } from './app.ts';
import { exportedText, type TextFormat } from './exportTexts.ts';
import { columnMismatches, formatProblems } from './tables.ts';

const BINDAL: RunRequest = { levers: {}, assumptions: {}, formulas: {}, region: 'kommune:1811', endYear: 2040 };
const RUNS = 200;

/** Monte Carlo results the page had before it showed Bindal (its own run follows the pick). */
let mcBefore = 0;

async function pickBindal(app: AppPage): Promise<void> {
  const { page } = app;
  const input = page.locator('#region-input');
  await input.click();
  await input.fill('1811');
  await page.locator('#region-list [role=option][data-value="kommune:1811"]').waitFor({ state: 'visible' });
  mcBefore = (await probe(page)).mcDone;
  await andRender(page, () => input.press('Enter'));
}

const app = useApp({ setup: pickBindal });

interface Engine {
  years: number[];
  current: McEvents;
  baseline: McEvents;
  p10: number[];
  p90: number[];
  /** Median mean list length (the GPs-short card divides by it). */
  listLength: number[];
  /** How often municipalities that stood where Bindal stands had a list without a GP (the worker's numbers). */
  standing: StandingRates;
}
let computed: Promise<Engine> | undefined;
/**
 * The engine's numbers for the page's run: the same runs and seed, in one Node run (half a minute of CPU that
 * blocks this process, so it starts only once the page's own run is done).
 */
function engine(): Promise<Engine> {
  computed ??= (async () => {
    const chunk = await monteCarloChunk(BINDAL, RUNS, 0, 1, true, () => {});
    const runs = (values: Float64Array) =>
      mergeRuns([{ years: chunk.years, runs: RUNS, firstRun: 0, seed: 1, values }]);
    const summary = summarizeRuns(runs(chunk.current));
    const bands = summary.nResidentsWithoutGp;
    return {
      years: chunk.years,
      // a municipality's probabilities are pooled with its base rates by the app's weights (eventMaps.ts)
      current: summarizeEvents(runs(chunk.current), 'municipality', EVENT_MAPS, chunk.standing),
      baseline: summarizeEvents(runs(chunk.baseline!), 'municipality', EVENT_MAPS, chunk.standing),
      p10: bands.p10,
      p90: bands.p90,
      listLength: summary.meanListLength.p50,
      standing: (await deterministic(BINDAL)).standing!,
    };
  })();
  return computed;
}

describe('a small municipality in probabilities', () => {
  it('before Monte Carlo: the key card says the probability follows, and the probability chart waits', async () => {
    const { page } = app();
    expect(await page.locator('#region-title').textContent()).toContain('Bindal');
    const number = page.locator('[data-kf="without2030"] .kf-number');
    expect(await number.getAttribute('data-kind')).toBe('pending');
    expect(await number.textContent()).toMatch(/^Sannsynligheten for minst én liste uten fastlege vises når/);
    expect(await page.locator('[data-kf="without2030"]').textContent()).not.toMatch(/\d\s*personer/);
    // the GPs-short card too: no lone count of doctors before the probability is known
    const short = page.locator('[data-kf="short2030"] .kf-number');
    expect(await short.getAttribute('data-kind')).toBe('pending');
    expect(await short.textContent()).toMatch(/^Sannsynligheten for minst én liste uten fastlege vises når/);
    expect(await page.locator('[data-kf="short2030"]').textContent()).not.toMatch(/\d\s*leger/);
    const fig = page.locator('[data-chart="probability"]');
    expect(await fig.getAttribute('data-pending')).not.toBeNull();
    expect(await fig.locator('.chart-pending').isVisible()).toBe(true);
    expect(await fig.locator('.table-toggle').isHidden()).toBe(true);
    expect(await fig.locator('.chart-canvas').isHidden()).toBe(true);
  });

  it('after Monte Carlo: the card leads with the probability, then share, expected number, interval', async () => {
    const { page } = app();
    await waitFor(page, 'mcDone', mcBefore, 150_000);
    expect(await page.locator('#mc-status').textContent()).toMatch(/200 kjøringer \(tilfeldig tallrekke nr. 1\)/);
    const e = await engine();
    const yi = e.years.indexOf(2030);
    const count = (v: number) => formatInteger(roundCount(v));
    const card = page.locator('[data-kf="without2030"]');
    const number = card.locator('.kf-number');
    expect(await number.getAttribute('data-kind')).toBe('probability');
    const shown = (await number.textContent())!;
    expect(shown).toMatch(/^([<>]\u00a0)?\d{1,2}\u00a0%$/);
    expect(shown).toBe(formatProbability(e.current.pAnyListWithoutGp[yi]!));
    expect(Number(await number.getAttribute('data-value'))).toBe(e.current.pAnyListWithoutGp[yi]);
    expect(await card.locator('.kf-unit').textContent()).toBe('sannsynlighet for minst én liste uten fastlege');
    const lines = await card.locator('.kf-line, .kf-band').allTextContents();
    // beside the probability, the naive forecast: municipalities that stood where Bindal stands (21 %, 20 % or more)
    const si = e.standing.years.indexOf(2030);
    expect(e.standing.band).toBe(3);
    expect(lines).toEqual([
      `Kommuner som sto likt i 2025: ${formatProbability(e.standing.pAnyListWithoutGp[si]!)} (${e.standing.pairs[si]} tilfeller), i snitt ${formatPercent(e.standing.meanShare[si]!, 0)} uten fastlege`,
      `Minst 5\u00a0% av innbyggerne uten fastlege: ${formatProbability(e.current.pShareAtLeast5pct[yi]!)}`,
      `Forventet antall: ${formatRoundedCount(e.current.meanResidentsWithoutGp[yi]!)} personer`,
      `80\u00a0% usikkerhetsintervall: ${count(e.p10[yi]!)}–${count(e.p90[yi]!)} personer`,
    ]);
    const delta = Number(await card.locator('.kf-delta').getAttribute('data-delta'));
    expect(delta).toBeCloseTo(e.current.pAnyListWithoutGp[yi]! - e.baseline.pAnyListWithoutGp[yi]!, 12);
    // 2035 too, and never a lone count as the headline
    expect(await page.locator('[data-kf="without2035"] .kf-number').textContent()).toBe(
      formatProbability(e.current.pAnyListWithoutGp[e.years.indexOf(2035)]!),
    );
  }, 240_000);

  it('after Monte Carlo: the GPs-short card leads with the same probability, then the expected GPs and interval', async () => {
    const { page } = app();
    const e = await engine();
    const yi = e.years.indexOf(2030);
    const len = e.listLength[yi]!;
    const card = page.locator('[data-kf="short2030"]');
    expect(await card.locator('.kf-title').textContent()).toBe('Fastleger som mangler for full dekning 2030');
    const number = card.locator('.kf-number');
    expect(await number.getAttribute('data-kind')).toBe('probability');
    expect(await number.textContent()).toBe(formatProbability(e.current.pAnyListWithoutGp[yi]!));
    expect(await card.locator('.kf-unit').textContent()).toBe('sannsynlighet for minst én liste uten fastlege');
    expect(await card.locator('.kf-line, .kf-band').allTextContents()).toEqual([
      `Forventet antall leger: ${formatRoundedGpCount(e.current.meanResidentsWithoutGp[yi]! / len)}`,
      `80\u00a0% usikkerhetsintervall: ${formatRoundedGpCount(e.p10[yi]! / len)}–${formatRoundedGpCount(e.p90[yi]! / len)} leger`,
    ]);
    expect(await card.locator('.kf-line').first().textContent()).toMatch(
      /^Forventet antall leger: (\d,\d|<\u00a00,1|0)$/,
    );
  });

  it('the probability chart’s table view has the years and the engine’s probabilities, in nb-NO', async () => {
    const { page } = app();
    const e = await engine();
    const fig = page.locator('[data-chart="probability"]');
    expect(await fig.getAttribute('data-pending')).toBeNull();
    expect(await fig.locator('h3').textContent()).toBe('Sannsynlighet for innbyggere uten fastlege');
    const table = await chartTable(page, 'probability');
    expect(table.caption).toBe(
      'Sannsynlighet for innbyggere uten fastlege – Bindal (1811), Nordland (sannsynlighet i prosent)',
    );
    const any = 'Minst én liste uten fastlege';
    const share = 'Minst 5\u00a0% uten fastlege';
    const alike = 'Kommuner som sto likt i 2025, minst én liste';
    const runsOnly = 'Modellens kjøringer alene, minst én liste';
    expect(table.headers).toEqual([
      `${any}: Dagens politikk`,
      `${any}: Ditt scenario`,
      `${share}: Dagens politikk`,
      `${share}: Ditt scenario`,
      `${runsOnly}: Dagens politikk`,
      `${runsOnly}: Ditt scenario`,
      alike,
    ]);
    // the base rates where there were enough cases (rows 2015-2025: up to ten years ahead), empty cells after
    const known = e.years.filter((_, k) => e.standing.pAnyListWithoutGp[k] !== null);
    expect(known).toContain(2030);
    expect(
      columnMismatches(
        table,
        alike,
        known,
        known.map((y) => e.standing.pAnyListWithoutGp[e.standing.years.indexOf(y)]! * 100),
      ),
    ).toEqual([]);
    expect(table.rows.get(2040)![6]).toBe('');
    expect([...table.rows.keys()]).toEqual(e.years);
    const pct = (v: readonly number[]) => v.map((p) => p * 100);
    expect([
      ...columnMismatches(table, `${any}: Dagens politikk`, e.years, pct(e.baseline.pAnyListWithoutGp)),
      ...columnMismatches(table, `${any}: Ditt scenario`, e.years, pct(e.current.pAnyListWithoutGp)),
      ...columnMismatches(table, `${share}: Dagens politikk`, e.years, pct(e.baseline.pShareAtLeast5pct)),
      ...columnMismatches(table, `${share}: Ditt scenario`, e.years, pct(e.current.pShareAtLeast5pct)),
      // the two parts of the pooled probability: the runs' own shares beside it
      ...columnMismatches(table, `${runsOnly}: Dagens politikk`, e.years, pct(e.baseline.pAnyListWithoutGpRuns)),
      ...columnMismatches(table, `${runsOnly}: Ditt scenario`, e.years, pct(e.current.pAnyListWithoutGpRuns)),
      ...formatProblems(table),
    ]).toEqual([]);
    for (const cells of table.rows.values()) for (const c of cells.slice(0, 6)) expect(c).toMatch(/^\d{1,3}\u00a0%$/);
    expect(await fig.locator('canvas').getAttribute('aria-label')).toMatch(
      /^Sannsynlighet for innbyggere uten fastlege, Bindal \(1811\), Nordland: sannsynligheten for minst én liste uten fastlege er .*%/,
    );
    expect(await fig.locator('.chart-note').textContent()).toMatch(/^Andelen av de 200 Monte Carlo-kjøringene/);
    expect(await fig.locator('.chart-note').textContent()).toContain(
      '«Kommuner som sto likt»: hvor ofte kommuner med samme andel uten fastlege ved start (20\u00a0% eller mer)',
    );
  });

  it('axe finds no violation with the probability table and the key figures shown', async () => {
    expect(await axeViolations(app().page)).toEqual([]);
  });

  it('exports the probabilities as CSV with the stamp', async () => {
    const { page } = app();
    await page.locator('[data-chart="probability"] .export-menu > summary').click();
    const { name, text } = await downloadText(page, () =>
      page.locator('[data-chart="probability"] [data-export="csv"]').click(),
    );
    expect(name).toMatch(
      /^fastlegesimulatoren-sannsynlighet-for-innbyggere-uten-fastlege-bindal-1811-nordland-ditt-scenario-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(text).toContain('Bindal');
    expect(text).toContain('Minst én liste uten fastlege: Ditt scenario');
    expect(text).toMatch(/200 Monte Carlo/);
  });

  it.each(['csv', 'xlsx', 'png', 'svg', 'pdf', 'pptx'] as TextFormat[])(
    'the probability chart’s %s export says what it shows: per year, the share of the runs, and the seed',
    async (format) => {
      const text = await exportedText(app().page, 'probability', format);
      expect(text).toContain('Sannsynlighet for innbyggere uten fastlege – Bindal (1811), Nordland');
      expect(text).toMatch(
        / · andel av 200 Monte Carlo-kjøringer der hendelsen inntreffer, per år.* \(tilfeldig tallrekke nr. 1\)/,
      );
      expect(text).not.toMatch(/median og 80\u00a0% intervall/);
    },
  );

  it('in English the card and the chart say the same', async () => {
    const { page } = app();
    await page.locator('#lang-toggle [data-lang="en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const e = await engine();
    const yi = e.years.indexOf(2030);
    const card = page.locator('[data-kf="without2030"]');
    expect(await card.locator('.kf-number').textContent()).toMatch(/^([<>]\u00a0)?\d{1,2}%$/);
    expect(await card.locator('.kf-unit').textContent()).toBe('probability of at least one list without a GP');
    expect(await card.locator('.kf-line').first().textContent()).toMatch(
      /^Municipalities that stood alike in 2025: ([<>]\u00a0)?\d{1,2}% \(\d+ cases\), on average \d{1,2}% without a GP$/,
    );
    expect(await card.locator('.kf-line').nth(1).textContent()).toMatch(/^At least 5% of residents without a GP: /);
    setLocale('en');
    try {
      expect(await card.locator('.kf-number').textContent()).toBe(formatProbability(e.current.pAnyListWithoutGp[yi]!));
    } finally {
      setLocale('nb');
    }
    expect(await page.locator('[data-chart="probability"] h3').textContent()).toBe(
      'Probability of residents without a GP',
    );
    expect(await page.locator('[data-kf="short2030"] .kf-line').first().textContent()).toMatch(
      /^Expected number of doctors: /,
    );
    for (const format of ['csv', 'pdf'] as const) {
      const text = await exportedText(page, 'probability', format);
      expect(text).toMatch(/ · share of 200 Monte Carlo runs in which the event happens, per year[,;].* seed 1/);
      expect(text).not.toMatch(/median and 80% interval/);
    }
    expect(app().errors).toEqual([]);
  });
});

// "Treffsikkerhet" (issue #13, item 5) in the built app: the section is closed at first and nothing of the track
// record loads until it is opened; it opens by keyboard; for the country, for Bindal (1811, picked in the region
// combobox) and from either origin the table views equal src/data/trackRecord.json; a municipality rebuilt at the
// origin says why it has no band and offers the origin from which it has one (2024); one without any SSB row says
// so; the summary follows the language; "Om modellen" carries the validation tables
// (equal to the JSON); axe finds no WCAG 2.1 A/AA violation with the panel and a table open.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import trackRecordJson from '../../src/data/trackRecord.json';
import type { OutcomeTrack, RegionTrack, TrackRecord } from '../../src/engine/validation/trackRecord.ts';
import { areaCoverage } from '../../src/engine/validation/areaCoverage.ts';
import { andRender, axeViolations, cancelMonteCarlo, chartTable, exportChart, parseNb, useApp } from './app.ts';
import { columnMismatches, formatProblems } from './tables.ts';

const record = trackRecordJson as unknown as TrackRecord;
const originOf = (origin: number) => record.origins.find((o) => o.origin === origin)!;
/** The first municipality rebuilt at 2022 (its number changed in 2024): not scored from 2022, scored from 2024. */
const REBUILT = Object.entries(originOf(2022).regions).find(
  ([k, r]) => k.startsWith('kommune:') && r.scored === 0 && originOf(2024).regions[k]!.scored === 1,
)![0];
/** Evenes: SSB table 12005 has no row for it in any year. */
const NO_ROWS = 'kommune:1853';

const app = useApp();

/** Picks a region in the combobox by its code (Enter on the matching option), with Monte Carlo cancelled. */
async function pickRegion(page: Page, typed: string, value: string): Promise<void> {
  const input = page.locator('#region-input');
  await input.click();
  await input.fill(typed);
  const option = page.locator(`#region-list [role=option][data-value="${value}"]`);
  await option.waitFor({ state: 'visible' });
  const options = await page
    .locator('#region-list [role=option]')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-value'), e.getAttribute('aria-selected')] as const));
  const target = options.findIndex(([v]) => v === value);
  const current = options.findIndex(([, sel]) => sel === 'true');
  for (let i = 0; i < (target - current + options.length) % options.length; i++) await input.press('ArrowDown');
  await andRender(page, () => input.press('Enter'));
  await cancelMonteCarlo(page);
  await page.waitForFunction((v) => document.querySelector<HTMLElement>('#track-body')?.dataset['region'] === v, value);
}

async function chooseOrigin(page: Page, origin: number): Promise<void> {
  await page.locator('#track-origin').selectOption(String(origin));
  await page.waitForFunction(
    (o) => document.querySelector<HTMLElement>('#track-body')?.dataset['origin'] === String(o),
    origin,
  );
}

const summaryText = (page: Page) => page.locator('#track-summary').innerText();

/** Every mismatch between the three figures' tables and the region's track in the JSON. */
async function tableProblems(page: Page, region: RegionTrack, years: readonly number[]): Promise<string[]> {
  const out: string[] = [];
  const outcome = async (id: string, o: OutcomeTrack, scale: number) => {
    const table = await chartTable(page, id);
    expect(table.caption).toContain(await page.locator('#region-title').textContent());
    expect([...table.rows.keys()]).toEqual([...years]);
    const cols: [string, readonly (number | null)[]][] = [
      ['Faktisk (SSB)', o.actual],
      ['Modellen, median', o.p50],
      ['Modellen, 80\u00a0% (p10–p90): p10', o.p10],
      ['Modellen, 80\u00a0% (p10–p90): p90', o.p90],
      ['Ingen endring', o.persistence],
    ];
    for (const [head, values] of cols) {
      const shown = years.filter((_, i) => values[i] !== null);
      const want = values.filter((v): v is number => v !== null).map((v) => v * scale);
      out.push(...columnMismatches(table, head, shown, want).map((p) => `${id}: ${p}`));
    }
    out.push(...formatProblems(table).map((p) => `${id}: ${p}`));
  };
  await outcome('track-share', region.share, 100);
  await outcome('track-listLength', region.listLength, 1);
  const prob = await chartTable(page, 'track-probability');
  const shown = years.filter((_, i) => region.pShareAtLeast5pct[i] !== null);
  out.push(
    ...columnMismatches(
      prob,
      'Modellens sannsynlighet',
      shown,
      region.pShareAtLeast5pct.filter((p): p is number => p !== null).map((p) => p * 100),
    ),
  );
  // a municipality's base rate of municipalities that stood alike at the origin (schema 4), where it has one
  const base = region.pShareAtLeast5pctBase;
  const baseHead = prob.headers.find((h) => h.startsWith('Kommuner som sto likt i '));
  if (base === undefined) {
    if (baseHead !== undefined) out.push(`track-probability: a column "${baseHead}" without a base rate in the JSON`);
  } else
    out.push(
      ...columnMismatches(
        prob,
        baseHead ?? 'Kommuner som sto likt i …',
        years.filter((_, i) => base[i] !== null && base[i] !== undefined),
        base.filter((p): p is number => p !== null && p !== undefined).map((p) => p * 100),
      ),
    );
  const happened = prob.headers.indexOf('Skjedde');
  years.forEach((y, i) => {
    const want = region.shareAtLeast5pct[i];
    if (want === null) return;
    const cell = prob.rows.get(y)?.[happened];
    if (cell !== (want ? 'ja' : 'nei')) out.push(`track-probability Skjedde ${y}: ${cell}, JSON ${want}`);
  });
  return out;
}

describe('Treffsikkerhet', () => {
  it('is closed at first, and nothing of the track record has loaded', async () => {
    const { page, requests } = app();
    expect(await page.locator('#track-details').evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    expect(await page.locator('#track-details > summary').textContent()).toBe('Treffsikkerhet');
    expect(requests.filter((u) => /\/assets\/(panel|trackRecord|data)-/.test(u))).toEqual([]);
  });

  it('opens by keyboard: Tab from "Sammenlign scenarioer" reaches it, Enter opens it, the origin select follows', async () => {
    const { page, requests } = app();
    await page.locator('#compare summary').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#track-details') !== null)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    await page.locator('#track-summary p').first().waitFor();
    expect(requests.some((u) => /\/assets\/trackRecord-/.test(u))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('track-origin');
    expect(await page.locator('#track-origin').inputValue()).toBe('2022');
    // on to the figures' controls
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-chart="track-share"]') !== null)).toBe(
      true,
    );
  });

  it('the whole country from 2022: the summary, and every table equals the JSON', async () => {
    const { page } = app();
    expect(await page.locator('#track-region-heading').textContent()).toBe(
      'Hele landet: modellen fra 2022 mot det som skjedde',
    );
    const text = await summaryText(page);
    expect(text).toContain('Tallene for hele landet er summen av de 238 av 357 kommunene');
    expect(text).toContain('For hele landet traff modellens 80\u00a0%-intervall');
    const o = originOf(2022);
    expect(await tableProblems(page, o.regions['national']!, o.years)).toEqual([]);
  });

  it('from 2020 (the select): five years, the registered basis of 2021 noted, tables equal the JSON', async () => {
    const { page } = app();
    await chooseOrigin(page, 2020);
    expect(await summaryText(page)).toContain('Tallene for 2021 er på det registrerte grunnlaget');
    const o = originOf(2020);
    expect(await tableProblems(page, o.regions['national']!, o.years)).toEqual([]);
    await chooseOrigin(page, 2022);
  });

  it('Bindal picked in the region combobox: the summary’s numbers and the tables equal the JSON', async () => {
    const { page } = app();
    await pickRegion(page, '1811', 'kommune:1811');
    expect(await page.locator('#track-region-heading').textContent()).toMatch(
      /^Bindal \(1811\).*: modellen fra 2022 mot det som skjedde$/,
    );
    const text = await summaryText(page);
    expect(text).toContain(
      'For Bindal traff modellens 80\u00a0%-intervall det som skjedde i 3 av 3 år for andelen uten fastlege og i 3 av 3 år for listelengden.',
    );
    expect(text).toContain(
      '«Ingen endring» bommet i snitt med 15,3 prosentpoeng på andelen, modellens median med 15,3',
    );
    expect(text).toMatch(/For kommuner som ligner \(sentralitetsklasse 6, under 2\s000 innbyggere;/);
    const o = originOf(2022);
    const bindal = o.regions['kommune:1811']!;
    expect(await tableProblems(page, bindal, o.years)).toEqual([]);
    expect(await page.locator('[data-chart="track-share"] canvas').getAttribute('aria-label')).toMatch(
      /^Andel uten fastlege: modellen mot det som skjedde, Bindal \(1811\).*: i 2025 faktisk 21,3\s%/,
    );
    // the share chart's band, median and crosses are drawn
    expect(await page.locator('#track-body .track-charts').isVisible()).toBe(true);
  });

  it('exports a figure with its stamp: CSV (nb-NO) and PNG, no PowerPoint', async () => {
    const { page } = app();
    expect(await page.locator('[data-chart="track-share"] [data-export="pptx"]').count()).toBe(0);
    const csv = await exportChart(page, 'track-share', 'csv');
    expect(csv.name).toBe('fastlegesimulatoren-track-share-2022-kommune-1811.csv');
    const text = csv.bytes.toString('utf8');
    expect(text).toContain('Tilbakeblikk fra 2022 (modellen med data kjent da) mot det som skjedde');
    expect(text).toContain('200 Monte Carlo-kjøringer med tilfeldige hendelser (tilfeldig tallrekke nr. 1)');
    // 2025 as in the track record (actual 21,3 %, median 0 %, p90 a whole list): percent to one decimal in nb-NO, as
    // the export rounds shares
    const share = originOf(2022).regions['kommune:1811']!.share;
    const i = originOf(2022).years.indexOf(2025);
    const pct = (x: number | null) => String(Math.round(x! * 1000) / 10).replace('.', ',');
    const row = [share.actual[i]!, share.p50[i]!, share.p10[i]!, share.p90[i]!, share.persistence[i]!].map(pct);
    expect(row[0]).toBe('21,3');
    expect(text).toContain(`\r\n2025;${row.join(';')}\r\n`);
    const png = await exportChart(page, 'track-listLength', 'png');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('Bindal from 2020 as well', async () => {
    const { page } = app();
    await chooseOrigin(page, 2020);
    const o = originOf(2020);
    expect(await tableProblems(page, o.regions['kommune:1811']!, o.years)).toEqual([]);
    expect(await summaryText(page)).toContain('i 3 av 5 år for andelen uten fastlege og i 5 av 5 år for listelengden');
    await chooseOrigin(page, 2022);
  });

  it('in English the summary and headings follow', async () => {
    const { page } = app();
    await page.locator('#lang-toggle [data-lang="en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.locator('#track-details > summary').textContent()).toBe('Track record');
    expect(await summaryText(page)).toContain(
      'For Bindal, the model’s 80% interval held what happened in 3 of 3 years for the share without a GP',
    );
    expect(await page.locator('#track-origin').inputValue()).toBe('2022');
    await page.locator('#lang-toggle [data-lang="nb"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'nb');
  });

  it('axe finds no violation with the panel and a table open', async () => {
    const { page } = app();
    expect(await page.locator('[data-chart="track-share"] .data-table').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a municipality rebuilt at the origin says why it has no band, and shows no figures', async () => {
    const { page } = app();
    const code = REBUILT.slice('kommune:'.length);
    await pickRegion(page, code, REBUILT);
    const text = await summaryText(page);
    expect(text).toContain(
      'har ikke noe bånd fra 2022: kommunenummeret ble endret; vi hadde ikke kommunens egne tall for startåret, så modellen vurderes ikke her.',
    );
    expect(text).toContain('For kommuner som ligner (sentralitetsklasse');
    expect(text).toContain('Fra startåret 2024 har vi kommunens egne tall.');
    expect(await page.locator('#track-body .track-charts').isHidden()).toBe(true);
    // the offered origin: its band and figures, the select and the address follow
    await page.locator('#track-other-origin').click();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#track-body')?.dataset['origin'] === '2024');
    expect(await page.locator('#track-origin').inputValue()).toBe('2024');
    expect(await page.locator('#track-body .track-charts').isVisible()).toBe(true);
    expect(await page.locator('#track-other-origin').count()).toBe(0);
    expect(await summaryText(page)).not.toContain('har ikke noe bånd');
    await chooseOrigin(page, 2022);
  });

  it('a municipality without any SSB row says so, and offers no other origin', async () => {
    const { page } = app();
    await pickRegion(page, NO_ROWS.slice('kommune:'.length), NO_ROWS);
    const text = await summaryText(page);
    expect(text).toContain(
      'Evenes har ikke noe bånd: SSB har ingen fastlegetall for kommunen i tabellen vi bruker (12005)',
    );
    expect(await page.locator('#track-other-origin').count()).toBe(0);
    expect(await page.locator('#track-body .track-charts').isHidden()).toBe(true);
  });

  it('"Om modellen" carries the validation tables of the three origins and of the larger areas, equal to the JSON', async () => {
    const { page } = app();
    await page.locator('#about-open').click();
    await page
      .locator('#about-dialog .validation-table')
      .nth(record.origins.length - 1)
      .waitFor();
    for (const o of record.origins) {
      const table = page.locator(`#about-dialog .validation-table[data-origin="${o.origin}"]`);
      const rows = await table.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          group: tr.getAttribute('data-group'),
          cells: [...tr.querySelectorAll('td')].map((c) => c.textContent ?? ''),
        })),
      );
      const groups = [o.all, ...o.byCentralityClass, ...o.bySizeBand, ...o.byOriginBand];
      expect(rows.map((r) => r.group)).toEqual(groups.map((g) => g.group));
      rows.forEach((row, i) => {
        const g = groups[i]!;
        const want = [
          g.n,
          g.share.crps * 100,
          g.share.crpsPersistence * 100,
          g.share.coverage80 * 100,
          g.listLength.crps,
          g.listLength.crpsPersistence,
          g.listLength.coverage80 * 100,
        ];
        row.cells.forEach((cell, j) => {
          const got = parseNb(cell)!;
          expect(
            Math.abs(got.value - want[j]!),
            `${o.origin} ${g.group} column ${j}: ${cell} vs ${want[j]}`,
          ).toBeLessThanOrEqual(0.5 * 10 ** -got.decimals + 1e-9);
        });
      });
    }
    // the larger areas' bands, pooled over the origins (areaCoverage.ts)
    const areaRows = await page.locator('#about-dialog .area-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        area: tr.getAttribute('data-area'),
        cells: [...tr.querySelectorAll('td')].map((c) => c.textContent ?? ''),
      })),
    );
    const areas = areaCoverage(record.origins);
    expect(areaRows.map((r) => r.area)).toEqual(areas.map((a) => a.kind));
    areaRows.forEach((row, i) => {
      const a = areas[i]!;
      const want = [
        a.share.n,
        (a.share.inside / a.share.n) * 100,
        a.share.maeMedian * 100,
        a.share.maePersistence * 100,
        (a.listLength.inside / a.listLength.n) * 100,
        a.listLength.maeMedian,
        a.listLength.maePersistence,
      ];
      row.cells.forEach((cell, j) => {
        const got = parseNb(cell)!;
        expect(Math.abs(got.value - want[j]!), `${a.kind} column ${j}: ${cell} vs ${want[j]}`).toBeLessThanOrEqual(
          0.5 * 10 ** -got.decimals + 1e-9,
        );
      });
    });
    expect(await page.locator('#about-validation').innerText()).toMatch(/README\.md, avsnittet «Validation»/);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#about-close').click();
  });

  it('had no console error', () => {
    expect(app().errors).toEqual([]);
  });
});

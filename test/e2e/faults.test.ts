// Faults in the page (issue 19, findings 4, 5, 6 and 9), in headless Chromium:
// - the deterministic worker ends: it is restarted at once, no formula is blamed, and the value on the slider is
//   the value that runs;
// - a Monte Carlo worker ends mid-run: the run ends with a message and a keyboard-usable retry, never a progress
//   that stays;
// - storage refused at load or full: the page says so and what still works, and keeps the session's saves;
//   an entry stored under a key that differs from its id can be deleted, and stays deleted after a reload;
// - a link with a bad formula, an import with a bad formula, a too deeply nested file, a start year the select
//   cannot show: refused in words, the link's message staying until it is closed;
// - not a fault: a Monte Carlo stopped (Avbryt, a moved slider) leaves its workers warm for the next one.
// The Monte Carlo worker is ended through a test hook that exists only with ?fls-test-hooks in the address
// (src/ui/sim/simClient.ts); the deterministic worker is ended from Playwright (its own close()), no hook needed.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeLink } from '../../src/ui/scenarios/shareLink.ts';
import {
  appUrl,
  axeViolations,
  cancelMonteCarlo,
  currentHash,
  keyFigure,
  openAppAt,
  probe,
  reloadWithoutHash,
  savedList,
  scenarioStatus,
  sharedBrowser,
  useApp,
  waitFor,
} from './app.ts';
import { decodeLink } from '../../src/ui/scenarios/shareLink.ts';

const app = useApp();

const saved = (over: Record<string, unknown> = {}) => ({
  schemaVersion: 2,
  id: 'fil-1',
  name: 'Fra fil',
  levers: { capitationRate: 1000 },
  assumptions: {},
  formulas: {},
  region: 'national',
  seed: 1,
  runs: 200,
  endYear: 2040,
  savedAt: '2026-01-02T03:04:05.000Z',
  ...over,
});

async function importText(page: Page, name: string, text: string): Promise<void> {
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** A fresh context with `init` run before the page's scripts, the app opened (with the test hooks when asked). */
async function openIn(
  init: (() => void) | null,
  query = '',
): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await (await sharedBrowser()).newContext({ locale: 'nb-NO', viewport: { width: 1280, height: 900 } });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  await page.goto(`${appUrl()}${query}`);
  await waitFor(page, 'renders', 0);
  return { page, context, errors };
}

describe('worker faults', () => {
  it('the deterministic worker ends: restarted at once, no formula blamed, the slider’s value is the one that runs', async () => {
    const { page, errors } = app();
    // the deterministic worker is the page's first (the Monte Carlo workers, kept warm after the start-up run was
    // cancelled, came later)
    const workers = page.workers();
    const origins = await Promise.all(workers.map((w) => w.evaluate(() => performance.timeOrigin)));
    const deterministic = workers[origins.indexOf(Math.min(...origins))]!;
    await deterministic.evaluate(() => (self as unknown as { close(): void }).close()).catch(() => {});
    const before = (await probe(page)).renders;
    const t0 = Date.now();
    await page.locator('#lever-capitationRate-range').focus();
    await page.keyboard.press('ArrowRight');
    // well within the old 8-second timeout
    await waitFor(page, 'renders', before, 5000);
    expect(Date.now() - t0).toBeLessThan(5000);
    await page.waitForFunction(() => /startet på nytt/.test(document.querySelector('#announce')?.textContent ?? ''));
    expect(await page.locator('#announce').textContent()).toBe(
      'Beregningen i bakgrunnen stoppet uventet og ble startet på nytt. Innstillingene dine er beholdt.',
    );
    expect(await page.locator('#app-error').isHidden()).toBe(true);
    // what the slider and the number field show is what the link (the state that runs) holds
    const shown = await page.locator('#lever-capitationRate').inputValue();
    // a burst of key presses becomes one undo step (and the link's state) once it ends: within about a second
    await expect
      .poll(async () => {
        const l = decodeLink(await currentHash(page));
        return l.ok ? l.state.levers['capitationRate'] : undefined;
      })
      .toBeDefined();
    const link = decodeLink(await currentHash(page));
    expect(link.ok).toBe(true);
    const value = link.ok ? (link.state.levers['capitationRate'] as number) : NaN;
    expect(value).toBeGreaterThan(841.8);
    expect(shown).toBe(value.toFixed(1).replace('.', ','));
    expect(Number(await page.locator('#lever-capitationRate-range').inputValue())).toBeCloseTo(value, 6);
    expect((await keyFigure(page, 'cost2030')).delta).toBeGreaterThan(0);
    await cancelMonteCarlo(page);
    // and the new worker keeps serving
    const next = (await probe(page)).renders;
    await page.keyboard.press('ArrowRight');
    await waitFor(page, 'renders', next, 5000);
    await cancelMonteCarlo(page);
    expect(errors.filter((e) => !/simWorker/.test(e))).toEqual([]);
  });

  it('a Monte Carlo worker ends mid-run: the run ends with a message and a retry that works by keyboard', async () => {
    const { page, context, errors } = await openIn(null, '?fls-test-hooks');
    try {
      await page.waitForFunction(
        () => /Beregner usikkerhet: [1-9]/.test(document.querySelector('#mc-status')?.textContent ?? ''),
        undefined,
        { polling: 20, timeout: 60_000 },
      );
      const killed = await page.evaluate(() =>
        (window as unknown as { __flsTestHooks: { killWorker(k: string): boolean } }).__flsTestHooks.killWorker(
          'monteCarlo',
        ),
      );
      expect(killed).toBe(true);
      const message = page.locator('#mc-error');
      await message.waitFor({ state: 'visible', timeout: 15_000 });
      expect(await message.getAttribute('role')).toBe('alert');
      expect(await message.locator('.notice-text').textContent()).toBe(
        'Usikkerhetsberegningen stoppet fordi en beregning i bakgrunnen stoppet uventet. Linjene viser forventet utvikling.',
      );
      // the progress is gone, not left at "… av … kjøringer"
      expect(await page.locator('#mc-status').textContent()).not.toMatch(/Beregner usikkerhet/);
      expect(await page.locator('#mc-progress').isHidden()).toBe(true);
      expect(await page.locator('#mc-cancel').isHidden()).toBe(true);
      const retry = page.locator('#mc-retry');
      expect(await retry.isVisible()).toBe(true);
      expect(await retry.textContent()).toMatch(/Prøv igjen/);
      expect(await axeViolations(page)).toEqual([]);
      // keyboard: focus the retry and press Enter; the run goes again and finishes
      const done = (await probe(page)).mcDone;
      await retry.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() =>
        /Beregner usikkerhet/.test(document.querySelector('#mc-status')?.textContent ?? ''),
      );
      expect(await message.isHidden()).toBe(true);
      expect(await retry.isHidden()).toBe(true);
      await waitFor(page, 'mcDone', done, 90_000);
      expect(await page.locator('#mc-status').textContent()).toMatch(/^Usikkerhet: 200 kjøringer/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('without ?fls-test-hooks the page exposes no hook', async () => {
    const { page } = app();
    expect(await page.evaluate(() => 'flsTestHooks' in window || '__flsTestHooks' in window)).toBe(false);
  });
});

describe('Monte Carlo workers kept warm', () => {
  it('a run stopped by Avbryt or by a moved slider leaves its workers warm: the next run starts no new worker', async () => {
    const { page, context, errors } = await openIn(() => {
      const W = window.Worker;
      const w = window as unknown as { __workersStarted: number };
      w.__workersStarted = 0;
      window.Worker = class extends W {
        constructor(...args: ConstructorParameters<typeof Worker>) {
          super(...args);
          w.__workersStarted++;
        }
      };
    });
    const started = () => page.evaluate(() => (window as unknown as { __workersStarted: number }).__workersStarted);
    const running = () =>
      page.waitForFunction(
        () => /Beregner usikkerhet: [1-9]/.test(document.querySelector('#mc-status')?.textContent ?? ''),
        undefined,
        { polling: 20, timeout: 60_000 },
      );
    try {
      await running();
      // the deterministic worker and two Monte Carlo workers
      const before = await started();
      expect(before).toBe(3);
      await cancelMonteCarlo(page);
      expect(await page.locator('#mc-run').isVisible()).toBe(true);
      let done = (await probe(page)).mcDone;
      await page.locator('#mc-run').click();
      await waitFor(page, 'mcDone', done, 90_000);
      expect(await page.locator('#mc-status').textContent()).toMatch(/^Usikkerhet: 200 kjøringer/);
      // a slider moved while the run of the last change is under way
      const range = page.locator('#lever-capitationRate-range');
      await range.focus();
      await page.keyboard.press('ArrowRight');
      await running();
      done = (await probe(page)).mcDone;
      await page.keyboard.press('ArrowRight');
      await waitFor(page, 'mcDone', done, 90_000);
      expect(await page.locator('#mc-status').textContent()).toMatch(/^Usikkerhet: 200 kjøringer/);
      expect(await started()).toBe(before);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('storage faults', () => {
  it.each([
    [
      'IndexedDB missing',
      () => {
        Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
      },
    ],
    [
      'opening the database fails',
      () => {
        IDBFactory.prototype.open = () => {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        };
      },
    ],
  ])('%s: said at load, what still works is said, and the session keeps its saves', async (_, init) => {
    const { page, context, errors } = await openIn(init);
    try {
      const status = await scenarioStatus(page, /Nettleseren lar ikke siden lagre/);
      expect(status.alert).toBe(true);
      expect(status.text).toContain('Du kan fortsatt lagre, åpne og sammenligne scenarioer i denne økten');
      expect(status.text).toContain('«Eksporter dette» eller «Eksporter alle»');
      await page.locator('#save-name').fill('Økt-scenario');
      await page.locator('#save-scenario').click();
      const after = await scenarioStatus(page, /^Lagret som «Økt-scenario»\. Nettleseren lar ikke siden lagre/);
      expect(after.alert).toBe(true);
      const list = await savedList(page);
      expect(list.map((s) => s.name)).toEqual(['Økt-scenario']);
      const item = page.locator('#saved-list li[data-saved-id]');
      expect(await item.getAttribute('data-session-only')).toBe('true');
      expect(await item.locator('.saved-meta').textContent()).toContain('bare i denne økten');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a full disk: the save is kept for the session and the page says so', async () => {
    const { page, context, errors } = await openIn(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    try {
      await page.locator('#save-name').fill('For stort');
      await page.locator('#save-scenario').click();
      const status = await scenarioStatus(page, /^Lagret som «For stort»\. Lagringsplassen i nettleseren er full/);
      expect(status.alert).toBe(true);
      expect(status.text).toContain('finnes bare i denne økten');
      expect((await savedList(page)).map((s) => s.name)).toEqual(['For stort']);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an entry stored under a key that differs from its id can be deleted, and is gone after a reload', async () => {
    const { page } = app();
    const before = await savedList(page);
    await page.evaluate(
      (value) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('fastlegesimulatoren');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const db = req.result;
            const tx = db.transaction('scenarios', 'readwrite');
            tx.objectStore('scenarios').put(value, 'en-annen-nøkkel');
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      saved({ id: 'egen-id', name: 'Annen nøkkel' }),
    );
    await reloadWithoutHash(page);
    await cancelMonteCarlo(page);
    await page.waitForFunction(() => document.querySelector('[data-saved-id="egen-id"]') !== null);
    await page.locator('[data-saved-id="egen-id"] [data-action="delete"]').click();
    await scenarioStatus(page, /^«Annen nøkkel» er slettet\./);
    expect(await savedList(page)).toEqual(before);
    await reloadWithoutHash(page);
    await cancelMonteCarlo(page);
    await page.waitForTimeout(300);
    expect((await savedList(page)).map((s) => s.id)).not.toContain('egen-id');
  });
});

describe('links and files refused in words', () => {
  const link = (over: Partial<Parameters<typeof encodeLink>[0]> = {}) =>
    `#${encodeLink({ lang: 'nb', region: 'national', runs: 200, levers: {}, assumptions: {}, formulas: {}, tables: [], ...over })}`;

  it('a link with a bad formula: its error stays after the page has loaded, until the user closes it', async () => {
    const tab = await openAppAt(
      link({ levers: { capitationRate: 1000 }, formulas: { attritionFactor: 'import({}, {})' } }),
      {
        context: app().context,
      },
    );
    try {
      const p = tab.page;
      const error = p.locator('#link-error');
      await error.waitFor({ state: 'visible' });
      expect(await error.getAttribute('role')).toBe('alert');
      const text = (await error.locator('.notice-text').textContent())!;
      expect(text).toMatch(
        /^Lenken kunne ikke leses \(lenke: formulas\.attritionFactor: formelen «Avgang»: Funksjonen «import» er ikke tillatt/,
      );
      expect(text).not.toMatch(/\{\w+\}/);
      // current policy opened; the error is still there once the page has loaded and run
      await cancelMonteCarlo(p);
      await p.waitForTimeout(1500);
      expect(await error.isVisible()).toBe(true);
      expect(await p.locator('#app-error').isHidden()).toBe(true);
      expect((await keyFigure(p, 'cost2030')).delta).toBe(0);
      // closed by keyboard
      await error.locator('.notice-close').focus();
      await p.keyboard.press('Enter');
      expect(await error.isHidden()).toBe(true);
      expect(tab.errors).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('a link with a start year the select cannot show is refused with the field and the range', async () => {
    // (a start before 2026 is the same run as a start in 2026 and opens as one: only later years are refused)
    const tab = await openAppAt(link({ levers: { capitationRate: { value: 1000, from: '2041' } } }), {
      context: app().context,
    });
    try {
      const error = tab.page.locator('#link-error');
      await error.waitFor({ state: 'visible' });
      expect(await error.locator('.notice-text').textContent()).toContain(
        'lenke: levers.capitationRate.from: startåret må være 2026–2040, fikk 2041',
      );
      await cancelMonteCarlo(tab.page);
    } finally {
      await tab.close();
    }
  });

  it('an import with a bad formula is refused naming the scenario and the formula; nothing is stored', async () => {
    const { page } = app();
    const before = await savedList(page);
    const file = {
      format: 'fastlegesimulatoren-scenarios',
      schemaVersion: 2,
      scenarios: [saved(), saved({ id: 'fil-2', name: 'Med formel', formulas: { attritionFactor: 'import({}, {})' } })],
    };
    await importText(page, 'formel.json', JSON.stringify(file));
    const status = await scenarioStatus(page, /«formel\.json» ble ikke importert/);
    expect(status.alert).toBe(true);
    expect(status.text).toContain(
      'formulas.attritionFactor: «Med formel», formelen «Avgang»: Funksjonen «import» er ikke tillatt',
    );
    expect(await savedList(page)).toEqual(before);
  });

  it('an import nested 100 000 levels deep is refused at once, naming the limit, in a short message', async () => {
    const { page } = app();
    const before = await savedList(page);
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    await importText(
      page,
      'dyp.json',
      JSON.stringify(saved()).replace('"capitationRate":1000', `"capitationRate":${deep}`),
    );
    const status = await scenarioStatus(page, /«dyp\.json» ble ikke importert/);
    expect(status.text).toBe(
      'Filen «dyp.json» ble ikke importert, og ingenting er endret: fil: nøstet dypere enn 32 nivåer',
    );
    expect(await savedList(page)).toEqual(before);
  });

  it('an import with a start year the select cannot show is refused with the field and the range', async () => {
    const { page } = app();
    await importText(
      page,
      'år.json',
      JSON.stringify(saved({ levers: { capitationRate: { value: 1000, from: '2041' } } })),
    );
    const status = await scenarioStatus(page, /«år\.json» ble ikke importert/);
    expect(status.text).toContain('levers.capitationRate.from: startåret må være 2026–2040, fikk 2041');
  });

  it('every message stays short: an import whose error names a 900 000-character field', async () => {
    const { page } = app();
    const huge = 'x'.repeat(900_000);
    await importText(page, 'lang.json', JSON.stringify(saved({ levers: { [huge]: 1 } })));
    const status = await scenarioStatus(page, /«lang\.json» ble ikke importert/);
    expect(status.text.length).toBeLessThan(800);
    expect(status.text).toMatch(/^Filen «lang\.json» ble ikke importert, og ingenting er endret: levers.*xxx.*…/);
    expect(status.text).toContain('ukjent virkemiddel');
  });
});

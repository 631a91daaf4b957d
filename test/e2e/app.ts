/**
 * Helpers for the e2e files: connect to the shared browser, open the built app in a fresh context with
 * every request and console error recorded, and wait on the app's own signals (window.__fls counters,
 * #mc-status), never on fixed sleeps.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export interface Probe {
  renders: number;
  lastRenderMs: number;
  mcDone: number;
}

export interface AppPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every URL requested by the page and its workers. */
  readonly requests: string[];
  /** Console errors, uncaught page errors and failed requests. */
  readonly errors: string[];
  close(): Promise<void>;
}

export const appUrl = (): string => inject('e2eAppUrl');

let browser: Promise<Browser> | null = null;

/** The browser started by the global setup (one connection per e2e file). */
export function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.connect(inject('e2eWsEndpoint'));
  return browser;
}

export async function disconnect(): Promise<void> {
  if (browser) await (await browser).close();
  browser = null;
}

/**
 * The app for one e2e file: opened before its tests (Monte Carlo cancelled unless `keepMonteCarlo`, then
 * `setup`), closed with the browser connection after them. Returns a getter, valid inside the tests.
 */
export function useApp(
  opts: { keepMonteCarlo?: boolean; setup?: (app: AppPage) => Promise<void> } = {},
): () => AppPage {
  let app: AppPage | undefined;
  beforeAll(async () => {
    app = await openApp();
    if (!opts.keepMonteCarlo) await cancelMonteCarlo(app.page);
    await opts.setup?.(app);
  });
  afterAll(async () => {
    await app?.close();
    await disconnect();
  });
  return () => {
    if (!app) throw new Error('useApp: the app is opened in beforeAll; read it inside a test');
    return app;
  };
}

/** Opens the app in a fresh context (Norwegian locale; 1280 × 900 unless told) and waits for the first rendered result. */
export async function openApp(opts: { waitForMc?: boolean; width?: number; height?: number } = {}): Promise<AppPage> {
  const b = await sharedBrowser();
  const viewport = { width: opts.width ?? 1280, height: opts.height ?? 900 };
  const context = await b.newContext({ locale: 'nb-NO', viewport });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('crash', () => errors.push('page crashed'));
  await page.goto(appUrl());
  await waitFor(page, 'renders', 0);
  if (opts.waitForMc) await waitFor(page, 'mcDone', 0);
  return { page, context, requests, errors, close: () => context.close() };
}

export function probe(page: Page): Promise<Probe> {
  return page.evaluate(() => ({ ...(window as unknown as { __fls: Probe }).__fls }));
}

/** Waits until window.__fls[key] exceeds `than` (a render or a Monte Carlo result after an action). */
export async function waitFor(page: Page, key: 'renders' | 'mcDone', than: number, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    ([k, n]) => ((window as unknown as { __fls?: Record<string, number> }).__fls?.[k] ?? 0) > n,
    [key, than] as const,
    { timeout, polling: 50 },
  );
}

/** Runs an action and waits for the render it causes. */
export async function andRender(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = (await probe(page)).renders;
  await action();
  await waitFor(page, 'renders', before);
}

/** Types `query` into the region picker, waits for the option `value` and chooses it with Enter; waits for the render. */
export async function chooseRegion(page: Page, query: string, value: string): Promise<void> {
  const input = page.locator('#region-input');
  await input.click();
  await input.fill(query);
  await page.locator(`#region-list [role=option][data-value="${value}"]`).waitFor({ state: 'visible' });
  await andRender(page, () => input.press('Enter'));
}

/**
 * Cancels the Monte Carlo run that follows a committed change (so tables and key figures keep the
 * deterministic values): waits for "Avbryt" to appear, clicks it and waits for it to go. Call it only when no
 * earlier run is still going. The click is dispatched without moving focus, so the control the test works
 * with keeps it (the region combobox resets itself 150 ms after a blur); page.test.ts clicks Avbryt for real.
 */
export async function cancelMonteCarlo(page: Page): Promise<void> {
  const cancel = page.locator('#mc-cancel');
  await cancel.waitFor({ state: 'visible', timeout: 30_000 });
  await cancel.dispatchEvent('click');
  await cancel.waitFor({ state: 'hidden' });
}

/** The key figure's raw value and its change from the baseline. */
export async function keyFigure(page: Page, id: string): Promise<{ value: number; delta: number }> {
  const card = page.locator(`[data-kf="${id}"]`);
  const value = Number(await card.locator('.kf-number').getAttribute('data-value'));
  const delta = Number(await card.locator('.kf-delta').getAttribute('data-delta'));
  return { value, delta };
}

export interface TableData {
  readonly caption: string;
  readonly headers: string[];
  /** year → cell texts (one per header after the year column) */
  readonly rows: Map<number, string[]>;
}

/** Opens a chart's table view (if closed) and reads it. */
export async function chartTable(page: Page, chartId: string): Promise<TableData> {
  const fig = page.locator(`[data-chart="${chartId}"]`);
  const toggle = fig.locator('.table-toggle');
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  const table = fig.locator('.data-table');
  await table.waitFor({ state: 'visible' });
  const raw = await table.evaluate((t: HTMLTableElement) => ({
    caption: t.caption?.textContent ?? '',
    headers: [...t.tHead!.rows[0]!.cells].slice(1).map((c) => c.textContent!.trim()),
    rows: [...t.tBodies[0]!.rows].map((tr) => [...tr.cells].map((c) => c.textContent!)),
  }));
  return {
    caption: raw.caption,
    headers: raw.headers,
    rows: new Map(raw.rows.map((cells) => [Number(cells[0]), cells.slice(1)])),
  };
}

/**
 * A number as the page formats it in Norwegian (NBSP or narrow NBSP groups, decimal comma, U+2212 minus,
 * optional " %"), with the number of decimals shown; null for an empty cell.
 */
export function parseNb(text: string): { value: number; decimals: number } | null {
  const t = text.trim();
  if (t === '' || t === '–') return null;
  const cleaned = t
    .replace(/[\u00a0\u202f ]/g, '')
    .replace(/\u2212/g, '-')
    .replace(/%$/, '');
  if (!/^-?\d+(,\d+)?$/.test(cleaned)) throw new Error(`not a Norwegian number: ${JSON.stringify(text)}`);
  const decimals = cleaned.includes(',') ? cleaned.split(',')[1]!.length : 0;
  return { value: Number(cleaned.replace(',', '.')), decimals };
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's WCAG 2.1 A/AA violations, each as "rule: selector (message)". */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? ''}): ${n.target.join(' ')} – ${n.failureSummary ?? v.help}`),
  );
}

/** Requests that did not go to the local server (data: and blob: URLs of the page itself are local). */
export function foreignRequests(requests: readonly string[]): string[] {
  const origin = new URL(appUrl()).origin;
  return requests.filter((u) => {
    if (u.startsWith('data:')) return false;
    if (u.startsWith('blob:')) return !u.startsWith(`blob:${origin}/`);
    return new URL(u).origin !== origin;
  });
}

/**
 * Opens the app at a hash (e.g. a share link "#s1.…") in a new page: of `context` when given (same IndexedDB,
 * like a second tab; close() then closes only the page), else of a fresh context (close() closes it). Records
 * requests and errors like openApp and waits for the first rendered result.
 */
export async function openAppAt(
  hash: string,
  opts: { context?: BrowserContext; waitForMc?: boolean } = {},
): Promise<AppPage> {
  const own = !opts.context;
  const context =
    opts.context ??
    (await (await sharedBrowser()).newContext({ locale: 'nb-NO', viewport: { width: 1280, height: 900 } }));
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('crash', () => errors.push('page crashed'));
  await page.goto(appUrl() + (hash === '' || hash.startsWith('#') ? hash : `#${hash}`));
  await waitFor(page, 'renders', 0);
  if (opts.waitForMc) await waitFor(page, 'mcDone', 0);
  return { page, context, requests, errors, close: () => (own ? context.close() : page.close()) };
}

/** Loads the app again in the same page (a real reload of the document, not a hash change), without a hash. */
export async function reloadWithoutHash(page: Page): Promise<void> {
  await page.goto('about:blank');
  await page.goto(appUrl());
  await waitFor(page, 'renders', 0);
}

/** The URL hash the page shows now (with "#"). */
export function currentHash(page: Page): Promise<string> {
  return page.evaluate(() => location.hash);
}

/** The saved scenarios listed under "Mine scenarioer": id and name, in list order. */
export async function savedList(page: Page): Promise<{ id: string; name: string }[]> {
  return page.locator('#saved-list li[data-saved-id]').evaluateAll((lis) =>
    lis.map((li) => ({
      id: li.getAttribute('data-saved-id')!,
      name: li.querySelector('.saved-name')?.textContent ?? '',
    })),
  );
}

/** Waits until the scenario status (#scenario-status) matches, and returns its text and whether it is an alert. */
export async function scenarioStatus(
  page: Page,
  match: RegExp,
  timeout = 15_000,
): Promise<{ text: string; alert: boolean }> {
  await page.waitForFunction(
    ([source, flags]) => new RegExp(source, flags).test(document.querySelector('#scenario-status')?.textContent ?? ''),
    [match.source, match.flags] as const,
    { timeout, polling: 50 },
  );
  const el = page.locator('#scenario-status');
  return {
    text: (await el.textContent()) ?? '',
    alert: (await el.getAttribute('role')) === 'alert' && (await el.getAttribute('data-alert')) === 'true',
  };
}

/** The bytes of a file the page downloads when `action` runs, and the file's suggested name. */
export async function downloadBytes(
  page: Page,
  action: () => Promise<unknown>,
  timeout = 30_000,
): Promise<{ name: string; bytes: Buffer }> {
  // when no file comes, say what the page said (an export that failed shows it in #app-error; one done, #announce)
  const waited = page.waitForEvent('download', { timeout }).catch(async (e: unknown) => {
    const said = async (selector: string) =>
      (await page
        .locator(selector)
        .textContent({ timeout: 1_000 })
        .catch(() => null)) || '(nothing)';
    const why = e instanceof Error ? e.message : String(e);
    throw new Error(`${why}; #app-error: ${await said('#app-error')}; #announce: ${await said('#announce')}`);
  });
  const [download] = await Promise.all([waited, action()]);
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(Buffer.from(c as Uint8Array));
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** The text of a file the page downloads when `action` runs, and the file's suggested name. */
export async function downloadText(
  page: Page,
  action: () => Promise<unknown>,
): Promise<{ name: string; text: string }> {
  const { name, bytes } = await downloadBytes(page, action, 15_000);
  return { name, text: bytes.toString('utf8') };
}

/** A chart's export in `format`, chosen from its export menu. */
export async function exportChart(page: Page, chart: string, format: string): Promise<{ name: string; bytes: Buffer }> {
  await page.locator(`[data-chart="${chart}"] .export-menu > summary`).click();
  return downloadBytes(page, () => page.locator(`[data-chart="${chart}"] [data-export="${format}"]`).click());
}

/** Every key figure's value and change from the baseline, by id. */
export async function keyFigures(page: Page): Promise<Record<string, { value: number; delta: number }>> {
  const ids = await page.locator('[data-kf]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kf')!));
  const out: Record<string, { value: number; delta: number }> = {};
  for (const id of ids) out[id] = await keyFigure(page, id);
  return out;
}

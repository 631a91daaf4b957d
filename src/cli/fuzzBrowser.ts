/**
 * The fuzz suite in headless Chromium: the built app with hostile share links (pasted into the address bar of an
 * open tab) and hostile imported files, after saving a scenario that must survive every case. A case is
 * unhandled when the page logs an error, throws, crashes or does not react; "raw text" when visible text shows
 * JavaScript's own wording; a save is lost when the saved scenario is gone. Used by `npm run fuzz` and by the
 * sampled e2e test (test/fuzz/browser.e2e.test.ts).
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp, CHROMIUM_ARGS, resolveChromium, serveStatic } from './browserHarness.ts';
import type { Plan } from './fuzzPlan.ts';
import { importFileCase, linkCase, plainLink } from './fuzzNode.ts';
import { rand, type Rand } from './fuzzRandom.ts';
import { clip, RAW_IN_APP_TEXT, rawText, type Tally, type Verdict } from './fuzzVerdict.ts';
import { decodeLink } from '../ui/scenarios/shareLink.ts';

const ANCHOR_NAME = 'Fuzz-anker';
/** How long a case may take to show its result before it counts as "no reaction". */
const REACTION_MS = 15_000;

export interface FuzzPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Page errors, console errors and crashes, in order. */
  readonly errors: string[];
  /** The saved scenario every case must leave in place. */
  anchorId: string;
}

interface Probe {
  renders: number;
}

const renders = (page: Page) => page.evaluate(() => (window as unknown as { __fls: Probe }).__fls.renders);

/** Opens the app in a fresh context (own IndexedDB), waits for the first result and saves the anchor scenario. */
export async function openFuzzPage(browser: Browser, appUrl: string): Promise<FuzzPage> {
  const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('crash', () => errors.push('page crashed'));
  // "replace the saved one?" is answered Cancel (keep both), as a careful user would
  page.on('dialog', (d) => void d.dismiss());
  await page.goto(appUrl);
  await page.waitForFunction(() => ((window as unknown as { __fls?: Probe }).__fls?.renders ?? 0) > 0, null, {
    timeout: 60_000,
  });
  await cancelMonteCarlo(page);
  await page.locator('#save-name').fill(ANCHOR_NAME);
  await page.locator('#save-scenario').click();
  const li = page.locator('#saved-list li[data-saved-id]').first();
  await li.waitFor({ timeout: 15_000 });
  const anchorId = (await li.getAttribute('data-saved-id')) ?? '';
  return { page, context, errors, anchorId };
}

/** Cancels a running Monte Carlo run (and a comparison), so the next case starts from a quiet page. */
async function cancelMonteCarlo(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const sel of ['#mc-cancel', '#compare-cancel']) {
      const b = document.querySelector<HTMLButtonElement>(sel);
      if (b && !b.hidden && b.offsetParent !== null) b.click();
    }
  });
}

/** What the page shows after a case: new errors, raw text in visible text, the anchor still saved. */
async function aftermath(fp: FuzzPage, errorsBefore: number, input: string): Promise<Partial<Verdict>> {
  const errors = fp.errors.slice(errorsBefore);
  // the saved list shows the names of scenarios earlier cases imported (the user's own text, e.g. a name "{value}"):
  // not the page's words, so left out of the scan for raw text
  const { text, saved } = await fp.page.evaluate(() => ({
    text: document.body.innerText.replace(
      (document.querySelector<HTMLElement>('#saved-list')?.innerText ?? '\u0000').trim() || '\u0000',
      '',
    ),
    saved: [...document.querySelectorAll('#saved-list li[data-saved-id]')].map((li) =>
      li.getAttribute('data-saved-id'),
    ),
  }));
  const raw = rawText(text, input, RAW_IN_APP_TEXT);
  const lost = !saved.includes(fp.anchorId);
  const found: string[] = [];
  if (errors.length > 0) found.push(clip(errors[0]!));
  if (raw !== null) {
    const at = text.indexOf(raw);
    found.push(`shows ${JSON.stringify(raw)}: ${clip(text.slice(Math.max(0, at - 80), at + 80), 200)}`);
  }
  if (lost) found.push(`saved scenario ${fp.anchorId} is gone`);
  return {
    ...(errors.length > 0 ? { outcome: 'unhandled' as const } : {}),
    ...(raw !== null ? { raw: true } : {}),
    ...(lost ? { lost: true } : {}),
    ...(found.length > 0 ? { detail: found.join(' | ') } : {}),
  };
}

/** A refusal the page shows: named when the detail starts with a field ("lenke: …", "levers.x: …", "fil: …"). */
function pageRefusal(detail: string): Verdict {
  const named = detail.length <= 1500 && !/[\n\r]/.test(detail) && /^[^\n]{1,700}?: \S/.test(detail);
  return named ? { outcome: 'named' } : { outcome: 'unnamed', detail: `shows: ${clip(detail)}` };
}

/** Pastes a hash into the open tab and judges what the page does. */
export async function tryLink(fp: FuzzPage, hash: string): Promise<Verdict> {
  const { page } = fp;
  const before = fp.errors.length;
  const r0 = await renders(page);
  await page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('#link-error')!;
    el.hidden = true;
    el.textContent = '';
  });
  // what the page's own decoder sees is location.hash as the browser normalised it
  const seen = await page.evaluate((h) => {
    location.hash = h;
    return location.hash;
  }, hash);
  const expected = decodeLink(seen);
  const input = `${hash} ${plainLink(hash)}`;
  let verdict: Verdict;
  try {
    if (!expected.ok && expected.error === '') {
      await page.waitForTimeout(100);
      verdict = { outcome: 'named' };
    } else {
      await page.waitForFunction(
        (r) => {
          const el = document.querySelector<HTMLElement>('#link-error');
          const shown = !!el && !el.hidden && (el.textContent ?? '') !== '';
          return shown || (window as unknown as { __fls: Probe }).__fls.renders > r;
        },
        r0,
        { timeout: REACTION_MS, polling: 25 },
      );
      const shown = await page.evaluate(() => {
        const el = document.querySelector<HTMLElement>('#link-error')!;
        return el.hidden ? null : (el.textContent ?? '');
      });
      if (shown === null) verdict = { outcome: 'accepted' };
      else {
        const m = /\((.*)\)[^)]*$/s.exec(shown);
        verdict = pageRefusal(m ? m[1]! : shown);
      }
    }
  } catch {
    verdict = { outcome: 'unhandled', detail: `no reaction within ${REACTION_MS / 1000} s` };
  }
  await cancelMonteCarlo(page);
  return { ...verdict, ...(await aftermath(fp, before, input)) };
}

/** Imports a file through the page's file input and judges what the page says. */
export async function tryImport(fp: FuzzPage, bytes: Uint8Array, name: string): Promise<Verdict> {
  const { page } = fp;
  const before = fp.errors.length;
  await page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('#scenario-status');
    if (el) el.textContent = '';
  });
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(bytes) });
  const input = `${name} ${Buffer.from(bytes).toString('utf8')}`;
  let verdict: Verdict;
  try {
    await page.waitForFunction(() => (document.querySelector('#scenario-status')?.textContent ?? '') !== '', null, {
      timeout: REACTION_MS,
      polling: 25,
    });
    const status = (await page.locator('#scenario-status').textContent()) ?? '';
    const refused = /(ble ikke importert|was not imported)[^:]*:\s*(.*)$/s.exec(status);
    if (refused) verdict = pageRefusal(refused[2]!.trim());
    else if (/^(Importerte|Imported) /.test(status)) verdict = { outcome: 'accepted' };
    else verdict = { outcome: 'unnamed', detail: `status: ${clip(status)}` };
  } catch {
    verdict = { outcome: 'unhandled', detail: `no status within ${REACTION_MS / 1000} s` };
  }
  return { ...verdict, ...(await aftermath(fp, before, input)) };
}

const FILE_NAMES = [
  'fuzz.json',
  'scenario.json',
  '{value}.json',
  '<img src=x>.json',
  'æøå.json',
  'a'.repeat(300) + '.json',
];

/** An import case: a hostile file (sometimes reusing the anchor's id, so "replace?" is asked) and its name. */
export function importCase(r: Rand, anchorId: string): { label: string; bytes: Uint8Array; name: string } {
  const c = importFileCase(r, 50_000);
  let bytes = c.input;
  if (anchorId && r.chance(0.1)) {
    const text = Buffer.from(bytes)
      .toString('utf8')
      .replace(/"id":"[^"]*"/, `"id":"${anchorId}"`);
    bytes = Buffer.from(text, 'utf8');
  }
  const name = r.chance(0.8) ? 'fuzz.json' : r.pick(FILE_NAMES);
  return { label: `${name}: ${c.label}`, bytes, name };
}

/** Loads the page again (a real reload) and says whether the saved scenario is still listed. */
export async function anchorSurvivesReload(fp: FuzzPage, appUrl: string): Promise<boolean> {
  await fp.page.goto('about:blank');
  await fp.page.goto(appUrl);
  await fp.page.waitForFunction(() => ((window as unknown as { __fls?: Probe }).__fls?.renders ?? 0) > 0, null, {
    timeout: 60_000,
  });
  const li = fp.page.locator(`#saved-list li[data-saved-id="${fp.anchorId}"]`);
  try {
    await li.waitFor({ timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

/** Cases on one page (one storage) before a fresh one. */
const CASES_PER_PAGE = 100;

/** Runs the plan's browser cases: build, serve, launch Chromium, a fresh page every 100 cases. */
export async function runBrowserFuzz(
  plan: Plan,
  seed: string,
  tally: Tally,
  progress: (n: number) => void,
): Promise<void> {
  const executablePath = resolveChromium((l) => process.stderr.write(`${l}\n`));
  process.stderr.write('fuzz: building the app for Chromium …\n');
  const dist = await buildApp();
  const server = await serveStatic(dist.dir);
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], headless: true });
  const r = rand(seed);
  let fp: FuzzPage | null = null;
  let used = 0;
  /** The current page, or a fresh one (after checking that the old one's saved scenario survives a reload). */
  const retire = async (category: string): Promise<void> => {
    if (!fp) return;
    if (!(await anchorSurvivesReload(fp, server.url)))
      tally.markLost(category, `reload after ${used} cases`, `saved scenario ${fp.anchorId} is gone after a reload`);
    await fp.context.close();
    fp = null;
  };
  const current = async (category: string, fresh = false): Promise<FuzzPage> => {
    if (fp && used < CASES_PER_PAGE && !fresh) return fp;
    await retire(category);
    fp = await openFuzzPage(browser, server.url);
    used = 0;
    return fp;
  };
  try {
    for (let i = 0; i < plan['browser: share links']; i++) {
      const p = await current('browser: share links');
      used++;
      const c = linkCase(r.fork(`browser-link/${i}`), 50_000);
      tally.add('browser: share links', c.label, await tryLink(p, c.input));
      progress(1);
    }
    for (let i = 0; i < plan['browser: imported files']; i++) {
      const p = await current('browser: imported files', i === 0);
      used++;
      const c = importCase(r.fork(`browser-import/${i}`), p.anchorId);
      tally.add('browser: imported files', c.label, await tryImport(p, c.bytes, c.name));
      progress(1);
    }
    await retire('browser: imported files');
  } finally {
    await browser.close();
    await server.close();
    dist.remove();
  }
}

/**
 * `npm run bench:ui`: the app as users get it (vite build, served from 127.0.0.1) in headless Chromium, national
 * run. Prints, without asserting anything:
 *  - slider-to-chart latency: keydown on a lever's range (ArrowRight, `--presses N`, default 40, after 5 warm-up
 *    presses) to the page's next rendered result (window.__fls.renders incremented), p50 / p95 / max;
 *  - first-load JavaScript: gzip -9 size of every .js file Chromium requested before the first render (entry
 *    chunk(s) and the simulation worker; lazily loaded chunks such as the formula compiler come later);
 *  - Monte Carlo wall time in the page (200 runs, national): from the committing keydown to the bands being
 *    rendered (window.__fls.mcDone incremented), and at first load (current policy, whose runs serve as the baseline
 *    too).
 * The timestamps come from a small init script that watches the app's own counters; the app is not changed.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { buildApp, CHROMIUM_ARGS, HarnessError, resolveChromium, serveStatic } from './browserHarness.ts';

interface Marks {
  keyAt: number[];
  renderAt: number[];
  mcAt: number[];
  /** The app's own [lastRenderMs, lastComputeMs] at each render. */
  appMs: [number, number][];
  /** Epoch ms of the first render (performance.timeOrigin + now). */
  firstRenderEpoch: number | null;
}

/**
 * Runs in the page before any app code: timestamps keydowns and increments of __fls.renders / mcDone. A string,
 * not a function, so that no helper the TypeScript loader adds (tsx keeps function names) ends up in the page.
 */
const INSTRUMENT = `(() => {
  const marks = { keyAt: [], renderAt: [], mcAt: [], appMs: [], firstRenderEpoch: null };
  window.__bench = marks;
  let probe;
  Object.defineProperty(window, '__fls', {
    configurable: true,
    get() { return probe; },
    set(p) {
      probe = p;
      for (const [key, list] of [['renders', marks.renderAt], ['mcDone', marks.mcAt]]) {
        let v = p[key] ?? 0;
        Object.defineProperty(p, key, {
          enumerable: true,
          configurable: true,
          get() { return v; },
          set(n) {
            v = n;
            const now = performance.now();
            list.push(now);
            if (key !== 'renders') return;
            if (marks.firstRenderEpoch === null) marks.firstRenderEpoch = performance.timeOrigin + now;
            // the app sets its own timings right after the counter
            queueMicrotask(() => marks.appMs.push([p.lastRenderMs ?? NaN, p.lastComputeMs ?? NaN]));
          },
        });
      }
    },
  });
  document.addEventListener('keydown', () => marks.keyAt.push(performance.now()), true);
})();`;

const marks = (page: Page) => page.evaluate(() => (window as unknown as { __bench: Marks }).__bench);

function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function argNumber(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const n = arg ? Number(arg.split('=')[1]) : fallback;
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

async function main(): Promise<void> {
  const presses = argNumber('presses', 40);
  const warmup = 5;
  const lever = 'capitationRate';
  const executablePath = resolveChromium();
  const dist = await buildApp();
  const server = await serveStatic(dist.dir);
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], headless: true });
  try {
    const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 1280, height: 900 } });
    await context.addInitScript({ content: INSTRUMENT });
    const page = await context.newPage();
    const requests: { url: string; start: number }[] = [];
    context.on('requestfinished', (r) => requests.push({ url: r.url(), start: r.timing().startTime }));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });

    await page.goto(server.url);
    await page.waitForFunction(() => (window as unknown as { __bench: Marks }).__bench.renderAt.length > 0, null, {
      timeout: 60_000,
    });
    const firstRenderMs = (await marks(page)).renderAt[0]!;
    // the first Monte Carlo run (scenario + baseline, 200 runs each) follows the first render
    await page.waitForFunction(() => (window as unknown as { __bench: Marks }).__bench.mcAt.length > 0, null, {
      timeout: 120_000,
      polling: 100,
    });
    const load = await marks(page);
    const firstLoadMcMs = load.mcAt[0]! - load.renderAt[0]!;

    // first-load JavaScript: .js files requested before the first render, each once
    const firstRender = load.firstRenderEpoch!;
    const jsFiles = [
      ...new Set(
        requests.filter((r) => r.start <= firstRender && /\.m?js$/.test(new URL(r.url).pathname)).map((r) => r.url),
      ),
    ];
    const sizes = jsFiles.map((url) => {
      const rel = decodeURIComponent(new URL(url).pathname).replace(/^\/+/, '');
      const body = readFileSync(path.join(dist.dir, rel));
      return { file: rel, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    });

    // slider-to-chart latency: one keydown, then wait for the render it causes and for the app to settle
    // (the committed change renders a second time; or Monte Carlo starts, which the next key cancels)
    const range = page.locator(`#lever-${lever}-range`);
    await range.focus();
    const latencies: number[] = [];
    const appRender: number[] = [];
    const appCompute: number[] = [];
    for (let i = 0; i < warmup + presses; i++) {
      const before = await marks(page);
      const nRender = before.renderAt.length;
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        (n) => {
          const b = (window as unknown as { __bench: Marks }).__bench;
          const mcRunning = !document.querySelector<HTMLElement>('#mc-cancel')?.hidden;
          return b.renderAt.length >= n + 2 || (b.renderAt.length >= n + 1 && mcRunning);
        },
        nRender,
        { timeout: 30_000, polling: 'raf' },
      );
      const after = await marks(page);
      const key = after.keyAt[after.keyAt.length - 1]!;
      const k = after.renderAt.findIndex((t, j) => j >= nRender && t >= key);
      if (i < warmup) continue;
      latencies.push(after.renderAt[k]! - key);
      const [appR, appC] = after.appMs[k] ?? [NaN, NaN];
      appRender.push(appR);
      appCompute.push(appC);
    }

    // Monte Carlo after a committed change (the baseline's runs are cached from the first load)
    const beforeMc = await marks(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (n) => (window as unknown as { __bench: Marks }).__bench.mcAt.length > n,
      beforeMc.mcAt.length,
      { timeout: 120_000, polling: 100 },
    );
    const afterMc = await marks(page);
    const mcMs = afterMc.mcAt[afterMc.mcAt.length - 1]! - afterMc.keyAt[afterMc.keyAt.length - 1]!;
    const mcStatus = (await page.locator('#mc-status').textContent()) ?? '';
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);

    // the map (issue #16): open "Kart og rangering" (one national run feeds every municipality), then year changes
    // on the computed run: keydown on the year slider → the map's next frame (window.__flsMap, the app's own timing)
    const mapCount = () =>
      page.evaluate(() => (window as unknown as { __flsMap?: { redraws: number } }).__flsMap?.redraws ?? 0);
    await page.locator('#map-details > summary').click();
    await page.waitForFunction(
      () => ((window as unknown as { __flsMap?: { redraws: number } }).__flsMap?.redraws ?? 0) > 0,
      null,
      { timeout: 60_000 },
    );
    const mapYear = page.locator('.map-year input[type=range]');
    await mapYear.fill('2026');
    await mapYear.focus();
    const mapMs: number[] = [];
    for (let i = 0; i < 20; i++) {
      const n = await mapCount();
      await page.keyboard.press(i < 10 ? 'ArrowRight' : 'ArrowLeft');
      await page.waitForFunction(
        (c) => (window as unknown as { __flsMap: { redraws: number } }).__flsMap.redraws > c,
        n,
        { timeout: 10_000, polling: 'raf' },
      );
      mapMs.push(
        await page.evaluate(() => (window as unknown as { __flsMap: { lastRedrawMs: number } }).__flsMap.lastRedrawMs),
      );
    }
    const mapFiles = [
      ...new Set(
        requests
          .filter((r) =>
            /(mount|mapPanel|mapView|geometry|kommuner\.topo|mapCompute)-[\w-]+\.js$/.test(new URL(r.url).pathname),
          )
          .map((r) => decodeURIComponent(new URL(r.url).pathname).replace(/^\/+/, '')),
      ),
    ];
    const mapChunks = mapFiles.map((rel) => ({
      file: rel,
      gzip: gzipSync(readFileSync(path.join(dist.dir, rel)), { level: 9 }).length,
    }));

    const sorted = [...latencies].sort((a, b) => a - b);
    const median = (xs: number[]) =>
      percentile(
        [...xs].sort((a, b) => a - b),
        0.5,
      );
    const total = sizes.reduce((a, s) => a + s.gzip, 0);
    const width = Math.max(5, ...sizes.map((s) => s.file.length));
    const lines = [
      `UI benchmark: built app on ${server.origin}, headless Chromium ${browser.version()}, ${cores} logical cores in the page (${os.cpus().length} on the machine), national run`,
      '',
      `slider → chart latency (#lever-${lever}-range, ${presses} × ArrowRight after ${warmup} warm-up, keydown → result rendered):`,
      `  p50  ${ms(percentile(sorted, 0.5))}`,
      `  p95  ${ms(percentile(sorted, 0.95))}   (goal ≤ 50 ms)`,
      `  min  ${ms(sorted[0]!)}, max ${ms(sorted[sorted.length - 1]!)}`,
      `  the app's own figures, median: request → rendered ${ms(median(appRender))} (__fls.lastRenderMs), of which worker ${ms(median(appCompute))} (__fls.lastComputeMs)`,
      '',
      `first-load JavaScript (gzip -9 of the .js files requested before the first render; 1 kB = 1000 bytes):`,
      ...sizes.map((s) => `  ${s.file.padEnd(width)}  ${kB(s.gzip).padStart(9)}   (raw ${kB(s.raw)})`),
      `  ${'total'.padEnd(width)}  ${kB(total).padStart(9)}   (goal ≤ 250 kB)`,
      '',
      `page load → first result rendered: ${ms(firstRenderMs)}`,
      '',
      'Monte Carlo wall time in the page (200 runs, seed 1, national):',
      `  after a lever change (commit → bands rendered; baseline cached): ${(mcMs / 1000).toFixed(2)} s`,
      `  first load (first render → bands rendered; current policy: 200 runs, which serve as the baseline too): ${(firstLoadMcMs / 1000).toFixed(2)} s`,
      `  the page says: ${mcStatus.trim()}`,
      '',
      `map redraw on a year change (national run computed; keydown on the year slider → next frame, 20 changes; goal ≤ 100 ms):`,
      `  p50  ${ms(
        percentile(
          [...mapMs].sort((x, y) => x - y),
          0.5,
        ),
      )}, max ${ms(Math.max(...mapMs))}`,
      `  map chunks loaded on first open (gzip -9): ${mapChunks.map((c) => `${c.file} ${kB(c.gzip)}`).join(', ')}`,
    ];
    if (errors.length > 0) lines.push('', `page errors: ${errors.join(' | ')}`);
    console.log(lines.join('\n'));
    await context.close();
  } finally {
    await browser.close();
    await server.close();
    dist.remove();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof HarnessError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});

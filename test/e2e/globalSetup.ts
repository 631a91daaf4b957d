/**
 * Global setup of the e2e project: one Vite build of the app, one static server on 127.0.0.1 and one headless
 * Chromium (a Playwright browser server) shared by every e2e file; the files connect over its WebSocket.
 * Chromium is Debian's (CHROMIUM_BIN or /usr/bin/chromium); as root on a fresh machine it is installed first,
 * otherwise the run stops with one line saying how to install it.
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { buildApp, CHROMIUM_ARGS, HarnessError, resolveChromium, serveStatic } from '../../src/cli/browserHarness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built app, e.g. http://127.0.0.1:41234/ */
    e2eAppUrl: string;
    /** The Playwright browser server to connect to. */
    e2eWsEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let executablePath: string;
  try {
    executablePath = resolveChromium();
  } catch (e) {
    if (e instanceof HarnessError) {
      // one line, no stack: the message says what to do
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const dist = await buildApp();
  const server = await serveStatic(dist.dir);
  const browser = await chromium.launchServer({ executablePath, args: [...CHROMIUM_ARGS], headless: true });
  project.provide('e2eAppUrl', server.url);
  project.provide('e2eWsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
    dist.remove();
  };
}

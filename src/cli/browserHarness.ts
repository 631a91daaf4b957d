/**
 * Shared by the end-to-end tests (test/e2e) and `npm run bench:ui`: finds (or, as root on CI, installs)
 * Debian's Chromium, builds the app with Vite into a temporary folder, and serves it on 127.0.0.1 with a
 * tiny static server (no dev server). Nothing here reaches any other host.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The only flags we pass to Chromium (Playwright adds its own automation flags). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export const CHROMIUM_MISSING =
  'Chromium mangler: installer Debians pakke med `apt-get install -y chromium` (eller sett CHROMIUM_BIN)';

/** A one-line failure: the message is the whole story, so no stack trace is printed. */
export class HarnessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HarnessError';
    this.stack = message;
  }
}

function isExecutable(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * The Chromium binary: CHROMIUM_BIN, else /usr/bin/chromium. When neither exists and we run as root with
 * apt-get (a fresh CI machine), Debian's package is installed first; otherwise a HarnessError with one line.
 */
export function resolveChromium(log: (line: string) => void = (l) => console.error(l)): string {
  const fromEnv = process.env['CHROMIUM_BIN'];
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new HarnessError(CHROMIUM_MISSING);
  }
  const bin = '/usr/bin/chromium';
  if (isExecutable(bin)) return bin;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (root && apt) {
    log('Chromium mangler: installerer Debians pakke (apt-get install -y chromium) …');
    try {
      execFileSync(
        'sh',
        ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'],
        {
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
    } catch {
      throw new HarnessError(CHROMIUM_MISSING);
    }
    if (isExecutable(bin)) return bin;
  }
  throw new HarnessError(CHROMIUM_MISSING);
}

/** Builds the app (vite build, the repository's vite.config.ts) into a fresh temporary folder. */
export async function buildApp(): Promise<{ dir: string; remove(): void }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fls-dist-'));
  const { build } = await import('vite');
  await build({
    root: REPO_ROOT,
    configFile: path.join(REPO_ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: dir, emptyOutDir: true, sourcemap: false },
  });
  if (!existsSync(path.join(dir, 'index.html'))) throw new HarnessError(`vite build wrote no index.html in ${dir}`);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234/ */
  readonly url: string;
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves a folder on 127.0.0.1 at a free port (GET/HEAD only; unknown paths are 404, never index.html). */
export function serveStatic(dir: string): Promise<StaticServer> {
  const rootDir = path.resolve(dir);
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const rel = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    const file = path.resolve(rootDir, `.${rel}`);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !file.startsWith(rootDir + path.sep)) {
      res.writeHead(405).end();
      return;
    }
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        url: `${origin}/`,
        origin,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

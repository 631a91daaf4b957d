// Vite (app build) and Vitest (tests) configuration. The app version and the data build date are baked
// into the bundle for the "Om modellen" page and exports.
import { readFileSync } from 'node:fs';
import { configDefaults, defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const national = JSON.parse(readFileSync(new URL('./src/data/national.json', import.meta.url), 'utf8')) as {
  builtFrom?: string;
};

export default defineConfig({
  base: './',
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    __DATA_VERSION__: JSON.stringify(national.builtFrom ?? 'SSB/Helsedirektoratet 2025'),
  },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1200 },
  test: {
    environment: 'node',
    pool: 'threads',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', ...configDefaults.exclude],
          testTimeout: 60_000,
        },
      },
      {
        // The built app in headless Chromium (test/e2e/globalSetup.ts: one build, one server, one browser).
        // Runs after the unit tests and one file at a time: each page runs Monte Carlo in Web Workers.
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});

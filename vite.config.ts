// Vite (app build) and Vitest (tests) configuration. The app version and the data build date are baked
// into the bundle for the "Om modellen" page and exports.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The app bundle ships the municipality records without the fields no app code reads (area, fill and projection
 * bookkeeping, unused GP-table columns), to keep the first load small. The file is a table of columns (compact.ts):
 * a dropped column is left empty, so its records read undefined (a dropped trend column: null). Build only: tests and
 * the CLI read the full file.
 */
function slimMunicipalities(): Plugin {
  const DROP = ['areaKm2', 'popFilledYears', 'projectionFromYear'];
  const DROP_GP = ['femaleGps', 'listCeilingSum', 'computedCapacity', 'reserveCapacityIndex', 'openLists'];
  const DROP_TREND = ['reserveCapacityIndex'];
  return {
    name: 'slim-municipalities',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('src/data/municipalities.json')) return null;
      const table = JSON.parse(code) as Record<string, unknown>;
      const empty = (columns: Record<string, unknown>, keys: readonly string[]) => {
        for (const k of keys) {
          if (!Array.isArray(columns[k])) throw new Error(`slim-municipalities: no column ${k} in municipalities.json`);
          columns[k] = [];
        }
      };
      empty(table, DROP);
      empty(table['gp2025'] as Record<string, unknown>, DROP_GP);
      empty(table['trend'] as Record<string, unknown>, DROP_TREND);
      return { code: JSON.stringify(table), map: null };
    },
  };
}

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
  plugins: [slimMunicipalities()],
  // inlineConst: the engine's state offsets (src/engine/stateFields.ts) become literals in its hot loops
  worker: {
    format: 'es',
    plugins: () => [slimMunicipalities()],
    rolldownOptions: { optimization: { inlineConst: true } },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: { optimization: { inlineConst: true } },
  },
  test: {
    environment: 'node',
    pool: 'threads',
    // English registered at once (the page loads it on demand)
    setupFiles: ['test/helpers/setupLocales.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/**/*.e2e.test.ts', ...configDefaults.exclude],
          testTimeout: 60_000,
        },
      },
      {
        // The built app in headless Chromium (test/e2e/globalSetup.ts: one build, one server, one browser), and
        // the fuzz sample there (test/fuzz/*.e2e.test.ts).
        // Runs after the unit tests and one file at a time: each page runs Monte Carlo in Web Workers.
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts', 'test/**/*.e2e.test.ts'],
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

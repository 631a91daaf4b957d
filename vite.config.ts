// Vite (app build) and Vitest (tests) configuration. The app version and the data build date are baked
// into the bundle for the "Om modellen" page and exports.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

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
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'threads',
  },
});

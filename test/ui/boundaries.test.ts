// The page's bundle stays small and the worker's computations stay testable: page modules may import engine
// values only from modules that carry no model or data (types from anywhere), and the worker's compute module
// touches no DOM.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ui = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/ui');
const WORKER_SIDE = new Set(['sim/compute.ts', 'sim/simWorker.ts', 'sim/mapCompute.ts', 'sim/analysisCompute.ts']);
/** Engine modules the page may load: no model loop, no data. */
const PAGE_ENGINE_MODULES = [
  'engine/run/results.ts',
  'engine/formulas/responses.ts',
  'engine/run/mcSummary.ts',
  'engine/run/scenario.ts',
  'engine/rawFields.ts',
  'engine/run/eventCalibration.ts',
  // the checks of a municipality's own figures and events (no data; the form "Kommunens tall" uses them)
  'engine/start/startOverrides.ts',
  'engine/step/localEvents.ts',
  // schema 2's checks: lever settings, a municipality's plan, field paths (no data, no model loop)
  'engine/run/leverSetting.ts',
  'engine/run/municipalScenario.ts',
  'engine/run/fieldPath.ts',
  // how often the bands of larger areas held (counts over a track record's regions; types only from trackRecord.ts)
  'engine/validation/areaCoverage.ts',
];
/** Data files small enough for the first load (the municipal data and the track record load in the worker or on demand). */
// (nynorskMunicipalities.json: the 88 codes a link without a language reads, loaded only for such a link)
// (bandCoverage.json: the counts the charts' band notes quote for the country, a county or a class)
const PAGE_DATA_FILES = ['data/eventCalibration.json', 'data/nynorskMunicipalities.json', 'data/bandCoverage.json'];
const PAGE_DATA_MAX_BYTES = 2048;

function files(dir: string, base = ''): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? files(path.join(dir, e.name), `${base}${e.name}/`)
        : e.name.endsWith('.ts')
          ? [`${base}${e.name}`]
          : [],
    );
}

describe('UI module boundaries', () => {
  const pageFiles = files(ui).filter((f) => !WORKER_SIDE.has(f));

  it.each(pageFiles)('%s imports engine values only from data-free modules', (f) => {
    const text = fs.readFileSync(path.join(ui, f), 'utf8');
    for (const m of text.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      const [, isType, spec] = m;
      if (isType || !spec!.includes('/engine/')) continue;
      expect(
        PAGE_ENGINE_MODULES.some((ok) => spec!.endsWith(ok)),
        `${f} imports ${spec}`,
      ).toBe(true);
    }
    for (const m of text.matchAll(/from\s+['"]([^'"]*\/data\/[^'"]*)['"]/g))
      expect(
        PAGE_DATA_FILES.some((ok) => m[1]!.endsWith(ok)),
        `${f} must not import the data layer (${m[1]})`,
      ).toBe(true);
  });

  it.each(PAGE_DATA_FILES)('%s is small enough for the first load', (f) => {
    expect(fs.statSync(path.join(ui, '..', f)).size).toBeLessThan(PAGE_DATA_MAX_BYTES);
  });

  it('the worker compute module uses no DOM', () => {
    const text = fs.readFileSync(path.join(ui, 'sim/compute.ts'), 'utf8');
    expect(text).not.toMatch(/\b(document|window|localStorage)\b/);
  });
});

// The page strings split between the first load (i18n.ts) and the later panels (strings/later.ts): every module
// that uses a later key imports strings/later.ts, the first load's module graph never does, and no key is in both.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NB_FIRST_LOAD, t } from '../../src/ui/i18n.ts';
import { LATER_NB } from '../../src/ui/strings/later.ts';

const SRC = 'src';
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
const ALL = files(SRC).filter((f) => !f.includes(`${join('ui', 'strings')}`) && !f.endsWith(join('ui', 'i18n.ts')));
const text = new Map(ALL.map((f) => [f, readFileSync(f, 'utf8')]));
const LATER = Object.keys(LATER_NB);
const importsLater = (f: string) => /import '(\.\.\/|\.\/)+strings\/later\.ts';/.test(text.get(f)!);

/** Keys a module names in quotes, and the later keys it builds from a prefix (mapFormat.ts: `mapMeasure_${m}`). */
function laterKeysUsed(f: string): string[] {
  const src = text.get(f)!;
  const named = LATER.filter((k) => new RegExp(`['"\`]${k}['"\`]`).test(src));
  const prefixes = [...src.matchAll(/t\(`([A-Za-z_]+)\$\{/g)].map((m) => m[1]!);
  return [...named, ...LATER.filter((k) => prefixes.some((p) => k.startsWith(p)))];
}

/** The modules a module imports statically (relative imports only; `import type` and import() excluded). */
function staticImports(f: string): string[] {
  const src = text.get(f) ?? readFileSync(f, 'utf8');
  return [...src.matchAll(/^import (?!type )(?:[^'"]*? from )?'(\.{1,2}\/[^']+)';/gm)].map((m) =>
    normalize(join(dirname(f), m[1]!)),
  );
}

describe('page strings of the later panels (strings/later.ts)', () => {
  it('no key is both in the first load and in the later strings', () => {
    expect(LATER.filter((k) => k in NB_FIRST_LOAD)).toEqual([]);
  });

  it('every module that uses a later key imports strings/later.ts', () => {
    const missing = ALL.filter((f) => f.startsWith(join(SRC, 'ui')) && laterKeysUsed(f).length > 0 && !importsLater(f));
    expect(missing).toEqual([]);
    // (the check sees the uses it should: Treffsikkerhet's summary names its keys, the map's format builds them)
    expect(laterKeysUsed(join(SRC, 'ui', 'trackRecord', 'summary.ts')).length).toBeGreaterThan(20);
    expect(laterKeysUsed(join(SRC, 'ui', 'map', 'mapFormat.ts'))).toContain('mapMeasure_withoutGpShare');
  });

  it('the first load never loads them: no module main.ts imports statically imports strings/later.ts', () => {
    const seen = new Set<string>();
    const walk = (f: string) => {
      if (seen.has(f) || !f.endsWith('.ts')) return;
      seen.add(f);
      for (const g of staticImports(f)) walk(g);
    };
    walk(join(SRC, 'ui', 'main.ts'));
    expect(seen.size).toBeGreaterThan(30);
    expect([...seen].filter((f) => f.includes(join('strings', 'later.ts')))).toEqual([]);
  });

  it('t() gives a later key once loaded, with its placeholders filled', () => {
    expect(t('trackOrigin')).toBe(LATER_NB.trackOrigin);
    expect(t('trackMunicipalityCount', { n: 12 })).toContain('12');
  });
});

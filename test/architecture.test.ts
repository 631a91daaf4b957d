// Layering: the engine, levers and data layers run unchanged in Node, a Web Worker and the page, so they import
// nothing from the UI, Chart.js or Node built-ins and touch no browser globals; the engine never imports the
// CLI. Checked by scanning the source text (comments and string literals stripped for the globals check).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(repoRoot, 'src');
const PURE_LAYERS = ['engine', 'levers', 'data'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(e.name) ? [p] : [];
  });
}

/** Module specifiers of static imports/exports, dynamic import() and require(). */
function importsOf(text: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*\s{},$]*?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) out.push(m[1]!);
  return out;
}

/** The code with comments and the contents of string and template literals blanked out. */
function codeOnly(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      out += ' ';
    } else if (c === "'" || c === '"' || c === '`') {
      i++;
      while (i < text.length && text[i] !== c) i += text[i] === '\\' ? 2 : 1;
      i++;
      out += `${c}${c}`;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const BROWSER_GLOBALS = /\b(window|document|localStorage)\b/;

describe('helpers of this test', () => {
  it('find imports of every form', () => {
    const text = [
      "import a from 'x';",
      "import type { B } from '../ui/y.ts';",
      "import {\n  c,\n  d,\n} from 'node:fs';",
      "export * from './z.ts';",
      "import 'chart.js/auto';",
      "const m = await import('node:os');",
    ].join('\n');
    expect(importsOf(text)).toEqual(['x', '../ui/y.ts', 'node:fs', './z.ts', 'chart.js/auto', 'node:os']);
  });

  it('ignore globals named in comments and strings, and find them in code', () => {
    expect(BROWSER_GLOBALS.test(codeOnly("// the document says\nconst s = 'window'; /* localStorage */"))).toBe(false);
    expect(BROWSER_GLOBALS.test(codeOnly("const w = 'a' + window.innerWidth;"))).toBe(true);
    expect(BROWSER_GLOBALS.test(codeOnly('const t = `x ${1}`; document.title = "";'))).toBe(true);
  });
});

describe.each(PURE_LAYERS)('src/%s', (layer) => {
  const files = sourceFiles(path.join(src, layer));
  const rel = (f: string) => path.relative(repoRoot, f);

  it('has source files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('imports nothing from src/ui, chart.js or Node built-ins', () => {
    const bad: string[] = [];
    for (const f of files) {
      for (const spec of importsOf(fs.readFileSync(f, 'utf8'))) {
        const resolved = spec.startsWith('.') ? path.resolve(path.dirname(f), spec) : null;
        const intoUi = resolved !== null && resolved.startsWith(path.join(src, 'ui') + path.sep);
        const chart = spec === 'chart.js' || spec.startsWith('chart.js/');
        const node =
          spec.startsWith('node:') ||
          ['fs', 'path', 'os', 'url', 'child_process', 'worker_threads', 'crypto'].includes(spec.split('/')[0]!);
        if (intoUi || chart || node) bad.push(`${rel(f)} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('references no window, document or localStorage', () => {
    const bad = files.filter((f) => BROWSER_GLOBALS.test(codeOnly(fs.readFileSync(f, 'utf8')))).map(rel);
    expect(bad).toEqual([]);
  });
});

describe('src/engine', () => {
  it('never imports src/cli', () => {
    const bad: string[] = [];
    for (const f of sourceFiles(path.join(src, 'engine'))) {
      for (const spec of importsOf(fs.readFileSync(f, 'utf8'))) {
        const resolved = spec.startsWith('.') ? path.resolve(path.dirname(f), spec) : '';
        if (resolved.startsWith(path.join(src, 'cli') + path.sep))
          bad.push(`${path.relative(repoRoot, f)} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

/**
 * The engine's phases, lowest first: the shared core (src/engine/*.ts but model.ts and index.ts: state layout,
 * workspace, calendar, lever schedule, random streams, fast math), formulas/, step/ (the monthly passes), start/ (the
 * start state and its calibration), model.ts (the monthly driver), run/ (plans, Monte Carlo, results, backtest),
 * validation/ (out-of-sample checks) and analysis/ (sensitivity, goal seek, cheapest package: both on top of run/) and
 * index.ts (the public API). A value import never runs from a phase to a higher
 * one; type imports may (a pass names the start state's type).
 */
function engineRank(file: string): number {
  const rel = path.relative(path.join(src, 'engine'), file).replace(/\\/g, '/');
  if (rel === 'index.ts') return 7;
  if (rel === 'model.ts') return 4;
  const folder = rel.includes('/') ? rel.split('/')[0]! : '';
  const ranks: Record<string, number> = { '': 0, formulas: 1, step: 2, start: 3, run: 5, validation: 6, analysis: 6 };
  const r = ranks[folder];
  if (r === undefined) throw new Error(`src/engine/${rel}: not in a known phase folder`);
  return r;
}

describe('src/engine phases', () => {
  it('no value import runs from a lower phase to a higher one (core < formulas < step < start < model < run < validation)', () => {
    const bad: string[] = [];
    for (const f of sourceFiles(path.join(src, 'engine'))) {
      const text = fs.readFileSync(f, 'utf8');
      for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^'"]*?from\s+['"](\.[^'"]+)['"]/gm)) {
        const [, isType, spec] = m;
        if (isType) continue;
        const target = path.resolve(path.dirname(f), spec!);
        if (!target.startsWith(path.join(src, 'engine') + path.sep)) continue;
        if (engineRank(target) > engineRank(f)) bad.push(`${path.relative(repoRoot, f)} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

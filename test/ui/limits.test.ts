// Caps on what files and links may hold (issue 19, findings 9 and 5): deeply nested JSON is refused quickly with
// the limit named; lever start years the year select does not offer are refused with the field and the range; a
// link's decompressed text is capped; a link's formulas are compiled and probed before anything of it is applied.
import { compressToEncodedURIComponent } from 'lz-string';
import { afterEach, describe, expect, it } from 'vitest';
import { localizeErrorDetail } from '../../src/ui/errorText.ts';
import { setLocale } from '../../src/ui/i18n.ts';
import { parseImport, type SavedScenario } from '../../src/ui/scenarios/document.ts';
import {
  linkTextProblem,
  MAX_JSON_DEPTH,
  MAX_LINK_TEXT_CHARS,
  nestedDeeperThan,
  startYearProblems,
} from '../../src/ui/scenarios/limits.ts';
import { vetLink } from '../../src/ui/scenarios/linkCheck.ts';
import { decodeLink, encodeLink, type LinkState } from '../../src/ui/scenarios/shareLink.ts';
import { checkFormula } from '../../src/ui/sim/compute.ts';

afterEach(() => setLocale('nb'));

const NOW = '2026-03-04T05:06:07.089Z';
const saved = (over: Partial<SavedScenario> = {}): SavedScenario => ({
  schemaVersion: 2,
  id: 'a',
  name: 'A',
  levers: { capitationRate: 1000 },
  assumptions: {},
  formulas: {},
  region: 'national',
  seed: 1,
  runs: 200,
  endYear: 2040,
  savedAt: NOW,
  ...over,
});
const errorsOf = (text: string): string[] => {
  const r = parseImport(text, NOW);
  if (r.ok) throw new Error('expected a refusal');
  return r.errors;
};

describe('nesting', () => {
  it('counts objects and arrays, not brackets inside strings', () => {
    const nested = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(nestedDeeperThan(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(nestedDeeperThan(nested(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(nestedDeeperThan(JSON.stringify({ a: '[[[[{{{{'.repeat(100) }))).toBe(false);
    expect(nestedDeeperThan(JSON.stringify({ a: '\\"[[[['.repeat(100) }))).toBe(false);
  });

  it('a file nested 100 000 levels deep is refused quickly, naming the limit, in Norwegian', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const text = JSON.stringify(saved()).replace('"capitationRate":1000', `"capitationRate":${deep}`);
    const t0 = performance.now();
    const errors = errorsOf(text);
    // refused before parsing, not by a parser that recurses 100 000 levels (seconds, or a stack overflow); a bound
    // with room for a loaded machine's pauses, not a speed measurement
    expect(performance.now() - t0).toBeLessThan(500);
    expect(errors).toEqual([`file: nested deeper than ${MAX_JSON_DEPTH} levels`]);
    expect(localizeErrorDetail(errors[0]!, 'nb')).toBe('fil: nøstet dypere enn 32 nivåer');
  });
});

describe('start years the year select offers (2026-2040)', () => {
  it.each(['2020', '2025', '2025-12', '2041', '2050'])('%s is refused with the field and the range', (from) => {
    const errors = errorsOf(JSON.stringify(saved({ levers: { capitationRate: { value: 1000, from } } })));
    expect(errors).toEqual([`levers.capitationRate.from: start year must be 2026-2040, got ${from.slice(0, 4)}`]);
    expect(localizeErrorDetail(errors[0]!, 'nb')).toBe(
      `levers.capitationRate.from: startåret må være 2026–2040, fikk ${from.slice(0, 4)}`,
    );
  });

  it('in an export file the scenario is named by its index, and nothing of the file is accepted', () => {
    const file = {
      format: 'fastlegesimulatoren-scenarios',
      schemaVersion: 2,
      scenarios: [saved(), saved({ id: 'b', levers: { capitationRate: { value: 1000, from: '2045' } } })],
    };
    expect(errorsOf(JSON.stringify(file))).toEqual([
      'scenarios[1].levers.capitationRate.from: start year must be 2026-2040, got 2045',
    ]);
  });

  it.each(['2026', '2040', '2040-12', '2031-05'])('%s is accepted', (from) => {
    expect(parseImport(JSON.stringify(saved({ levers: { capitationRate: { value: 1000, from } } })), NOW).ok).toBe(
      true,
    );
  });

  it('a version-1 file dated before 2026 (a preset of a 2023 policy) starts in 2026: the same run', () => {
    const v1 = {
      schemaVersion: 1,
      id: 'p',
      name: { nb: 'P', en: 'P' },
      levers: { capitationModel: { value: 'patientAdjusted', from: '2023-05' } },
    };
    const r = parseImport(JSON.stringify(v1), NOW);
    expect(r.ok && r.value[0]!.levers).toEqual({ capitationModel: { value: 'patientAdjusted', from: '2026' } });
    expect(startYearProblems({ x: { value: 1, from: '2041' } })).toEqual([
      'levers.x.from: start year must be 2026-2040, got 2041',
    ]);
  });
});

describe('links', () => {
  const state = (over: Partial<LinkState> = {}): LinkState => ({
    lang: 'nb',
    region: 'national',
    runs: 200,
    levers: {},
    assumptions: {},
    formulas: {},
    tables: [],
    ...over,
  });
  const KNOWN = new Set(['national', 'kommune:1811']);
  const vet = (s: LinkState) => vetLink(decodeLink(encodeLink(s)), KNOWN, checkFormula);

  it('a decompressed text too long or too deep is refused before it is parsed', () => {
    expect(linkTextProblem('x'.repeat(MAX_LINK_TEXT_CHARS + 1))).toBe(
      `link: too long (more than ${MAX_LINK_TEXT_CHARS} characters)`,
    );
    expect(linkTextProblem(`{"a":${'['.repeat(40)}${']'.repeat(40)}}`)).toBe('link: nested deeper than 32 levels');
    expect(linkTextProblem(JSON.stringify({ v: 1, levers: {} }))).toBeNull();
    expect(localizeErrorDetail(linkTextProblem('x'.repeat(MAX_LINK_TEXT_CHARS + 1))!, 'nb')).toBe(
      `lenke: for lang (mer enn ${MAX_LINK_TEXT_CHARS} tegn)`,
    );
  });

  it('a short link that decompresses to millions of characters is refused, quickly', () => {
    // (20 million characters as in the finding take a minute to compress here; 2 million show the same)
    const json = JSON.stringify({
      v: 1,
      lang: 'nb',
      region: 'national',
      runs: 200,
      levers: { capitationRate: 'a'.repeat(2_000_000) },
    });
    const hash = `s1.${compressToEncodedURIComponent(json)}`;
    expect(hash.length).toBeLessThan(5_000);
    const t0 = performance.now();
    const r = decodeLink(hash);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r).toEqual({ ok: false, error: `link: too long (more than ${MAX_LINK_TEXT_CHARS} characters)` });
  });

  it('a start year after the select’s last is refused with the field and the range', async () => {
    const r = await vet(state({ levers: { capitationRate: { value: 1000, from: '2041' } } }));
    expect(r).toEqual({ ok: false, error: 'link: levers.capitationRate.from: start year must be 2026-2040, got 2041' });
  });

  it('a start before the first projection year (an older link of a 2023 preset) opens as a start in 2026: the same run', async () => {
    const r = await vet(state({ levers: { capitationModel: { value: 'patientAdjusted', from: '2023-05' } } }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.state.levers).toEqual({ capitationModel: { value: 'patientAdjusted', from: '2026' } });
  });

  it('an unknown region is refused', async () => {
    expect(await vet(state({ region: 'kommune:9999' }))).toEqual({
      ok: false,
      error: 'link: region: no such region "kommune:9999"',
    });
  });

  it('a bad formula is refused in words, naming the formula (its own and a compared scenario’s)', async () => {
    const own = await vet(state({ formulas: { attritionFactor: 'import({}, {})' } }));
    expect(own).toEqual({
      ok: false,
      localized: true,
      error:
        'lenke: formulas.attritionFactor: formelen «Avgang»: Funksjonen «import» er ikke tillatt (tillatt: exp, log, log10, sqrt, abs, min, max, pow, tanh, floor, ceil, sign).',
    });
    const scenario = { name: 'X', levers: {}, assumptions: {}, formulas: {} };
    const compared = await vet(
      state({
        compare: {
          reference: 0,
          scenarios: [scenario, { ...scenario, name: 'Y', formulas: { desiredListFactor: 'undefined' } }],
        },
      }),
    );
    expect(compared.ok).toBe(false);
    expect(!compared.ok && compared.error).toBe(
      'lenke: compare.scenarios[1].formulas.desiredListFactor: formelen «Ønsket listelengde»: Bare vanlige tall er tillatt, fikk undefined.',
    );
  });

  it('a good link passes unchanged; a check that cannot run does not refuse it', async () => {
    const good = state({
      levers: { capitationRate: { value: 1000, from: '2030' } },
      formulas: { attritionFactor: '1' },
    });
    expect(await vet(good)).toEqual({ ok: true, state: good });
    const broken = await vetLink(decodeLink(encodeLink(good)), KNOWN, () => Promise.reject(new Error('worker')));
    expect(broken.ok).toBe(true);
  });
});

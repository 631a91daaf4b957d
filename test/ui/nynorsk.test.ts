// Nynorsk as the third language: loading and registering it, the lookup order of loc (inline nn, then the
// nynorsk of the bokmål, then the bokmål, noted as missing), the locale helpers, error details, scenario files and
// seed records that carry "nn", and share links in nynorsk or without a language (a municipality's målform).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  clearNynorskMissing,
  documentLang,
  getLocale,
  hasLocale,
  isNorwegian,
  loadLocale,
  loc,
  localeTag,
  nnOr,
  nynorskMissing,
  registerNynorskTexts,
  setLocale,
  t,
} from '../../src/ui/i18n.ts';
import { NN } from '../../src/ui/strings/nn.ts';
import { NN_TEXTS } from '../../src/ui/strings/nnTexts.ts';
import { formatNumber } from '../../src/ui/format.ts';
import { localizeErrorDetail } from '../../src/ui/errorText.ts';
import { parseScenario } from '../../src/engine/run/scenario.ts';
import { toSeedRecord } from '../../src/levers/seeds.ts';
import { decodeLink, encodeLink, type LinkState } from '../../src/ui/scenarios/shareLink.ts';
import { linkLanguage } from '../../src/ui/scenarios/linkLanguage.ts';
import { nynorskMunicipalities } from '../../src/data/maalform.ts';
import { parseCsv } from '../../src/data/csv.ts';
import { compressToEncodedURIComponent } from 'lz-string';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const RAW_MUNICIPALITIES = readFileSync(root('src/data/raw/kommuner_2024.csv'), 'utf8');

beforeAll(async () => {
  await loadLocale('nn');
});
afterEach(() => {
  setLocale('nb');
  registerNynorskTexts(NN_TEXTS);
  clearNynorskMissing();
});
afterAll(() => setLocale('nb'));

describe('loading nynorsk', () => {
  it('registers the page strings and the other texts together', () => {
    expect(hasLocale('nn')).toBe(true);
    setLocale('nn');
    expect(getLocale()).toBe('nn');
    expect(t('kfWithout', { year: 2030 })).toBe(NN.kfWithout.replace('{year}', '2030'));
    expect(t('kfWithout', { year: 2030 })).not.toBe('Uten fastlege 2030');
    // a text of the registries, found by its bokmål
    const [nb, nn] = Object.entries(NN_TEXTS)[0]!;
    expect(loc({ nb, en: 'x' })).toBe(nn);
    expect(nynorskMissing()).toEqual([]);
  });

  it('leaves bokmål and English as they were', () => {
    const text = { nb: 'Bokmål', en: 'English', nn: 'Nynorsk' };
    expect(loc(text)).toBe('Bokmål');
    setLocale('en');
    expect(loc(text)).toBe('English');
    expect(t('kfWithout', { year: 2030 })).toBe('Without a GP 2030');
    expect(nynorskMissing()).toEqual([]);
  });
});

describe('loc in nynorsk', () => {
  it('takes the inline nn first, then the nynorsk of the bokmål, then the bokmål (noted as missing)', () => {
    registerNynorskTexts({ 'Ingen fastlege': 'Ingen fastlege (nn-oppslag)', 'Ikke oversatt': '' });
    setLocale('nn');
    expect(loc({ nb: 'Ingen fastlege', en: 'No GP', nn: 'Inline' })).toBe('Inline');
    expect(loc({ nb: 'Ingen fastlege', en: 'No GP' })).toBe('Ingen fastlege (nn-oppslag)');
    expect(loc({ nb: 'Finnes ikke', en: 'Missing' })).toBe('Finnes ikke');
    expect(nnOr('Finnes heller ikke')).toBe('Finnes heller ikke');
    // a text without letters reads the same in both written standards and is not missing
    expect(loc({ nb: '–', en: '–' })).toBe('–');
    // a key that is only on Object.prototype is not a translation
    expect(loc({ nb: 'constructor', en: 'constructor' })).toBe('constructor');
    expect(nynorskMissing()).toEqual(['Finnes heller ikke', 'Finnes ikke', 'constructor']);
    // the page exposes the same set to the browser tests
    const seen = (globalThis as { __fastlegeNnMissing?: Set<string> }).__fastlegeNnMissing;
    expect(seen && [...seen].sort()).toEqual(['Finnes heller ikke', 'Finnes ikke', 'constructor']);
  });

  it('does not note anything in bokmål or English', () => {
    registerNynorskTexts({});
    expect(loc({ nb: 'Finnes ikke', en: 'Missing' })).toBe('Finnes ikke');
    setLocale('en');
    expect(loc({ nb: 'Finnes ikke', en: 'Missing' })).toBe('Missing');
    expect(nynorskMissing()).toEqual([]);
  });
});

describe('locale helpers', () => {
  it('use Norwegian formats in both written standards and say which in language tags', () => {
    const seen = (['nb', 'nn', 'en'] as const).map((l) => {
      setLocale(l);
      return [isNorwegian(), localeTag(), documentLang(), formatNumber(-12345.6, 1)];
    });
    expect(seen[0]!.slice(0, 3)).toEqual([true, 'nb-NO', 'nb-NO']);
    expect(seen[1]!.slice(0, 3)).toEqual([true, 'nb-NO', 'nn-NO']);
    expect(seen[2]!.slice(0, 3)).toEqual([false, 'en-GB', 'en-GB']);
    expect(seen[1]![3]).toBe(seen[0]![3]);
    expect(seen[0]![3]).toMatch(/^\u221212\s345,6$/);
    expect(seen[2]![3]).toBe('-12,345.6');
  });
});

describe('error details in nynorsk', () => {
  const nn = (s: string) => localizeErrorDetail(s, 'nn');
  const scenarioErrors = (extra: Record<string, unknown>): string[] => {
    const r = parseScenario({ schemaVersion: 1, id: 'x', name: { nb: 'x', en: 'x' }, levers: {}, ...extra });
    return r.ok ? [] : r.errors;
  };

  it('rewrites the checks’ real messages in nynorsk, not bokmål', () => {
    const link = decodeLink('#s1.garbage');
    expect(nn(link.ok ? '' : link.error)).toBe('lenkje: skadd eller avkorta');
    const out = [
      ...scenarioErrors({ levers: { capitationRate: 5000, noSuchLever: 1 } }),
      ...scenarioErrors({ assumptions: { noSuch: 1 } }),
      ...scenarioErrors({ levers: { capitationRate: { value: 900, from: '27' } } }),
    ].map(nn);
    expect(out).toContain(
      'levers.capitationRate: verkemiddel «capitationRate»: forventa eit tal frå 400 til 1700, fekk 5000',
    );
    expect(out).toContain('levers.noSuchLever: ukjent verkemiddel «noSuchLever»');
    expect(out).toContain('assumptions.noSuch: ukjend føresetnad «noSuch»');
    // no bokmål word left
    for (const e of out) expect(e, e).not.toMatch(/\b(ikke|forventet|fikk|virkemiddel|forutsetning|et tall|fra)\b/);
  });

  it('says the link languages', () => {
    const bad = decodeLink(
      `#s2.${compressToEncodedURIComponent(JSON.stringify({ v: 2, lang: 'de', region: 'national', runs: 200, levers: {} }))}`,
    );
    expect(bad.ok ? '' : bad.error).toBe('link: lang: expected "nb", "nn" or "en", got "de"');
    expect(nn(bad.ok ? '' : bad.error)).toBe('lenkje: lang: forventa «nb», «nn» eller «en», fekk "de"');
    expect(localizeErrorDetail(bad.ok ? '' : bad.error, 'nb')).toBe(
      'lenke: lang: forventet «nb», «nn» eller «en», fikk "de"',
    );
  });
});

describe('scenario files with nynorsk', () => {
  it('keep an nn text and refuse an empty or non-text one, naming the field', () => {
    const ok = parseScenario({
      schemaVersion: 1,
      id: 'x',
      name: { nb: 'Dobbelt', en: 'Double', nn: 'Dobbel' },
      description: { nb: 'Mer', en: 'More' },
      levers: {},
    });
    expect(ok.ok && ok.scenario.name).toEqual({ nb: 'Dobbelt', en: 'Double', nn: 'Dobbel' });
    expect(ok.ok && ok.scenario.description).toEqual({ nb: 'Mer', en: 'More' });
    for (const [bad, got] of [
      ['  ', '"  "'],
      [7, '7'],
    ] as const) {
      const r = parseScenario({ schemaVersion: 1, id: 'x', name: { nb: 'a', en: 'b', nn: bad }, levers: {} });
      expect(r.ok).toBe(false);
      const error = r.ok ? '' : r.errors[0]!;
      expect(error).toBe(`name.nn: expected a non-empty nynorsk text or no "nn", got ${got}`);
      expect(localizeErrorDetail(error, 'nn')).toBe(
        `name.nn: forventa ein nynorsktekst som ikkje er tom, eller ingen «nn», fekk ${got}`,
      );
      expect(localizeErrorDetail(error, 'nb')).toBe(
        `name.nn: forventet en nynorsktekst som ikke er tom, eller ingen «nn», fikk ${got}`,
      );
    }
  });

  it('read the real presets as before', () => {
    const file = JSON.parse(readFileSync(root('scenarios/dobbelt-basistilskudd.json'), 'utf8')) as unknown;
    expect(parseScenario(file).ok).toBe(true);
  });
});

describe('seed records with nynorsk', () => {
  const record = () =>
    JSON.parse(readFileSync(root('seeds/000-kjerkol-2022.json'), 'utf8')) as Record<string, Record<string, unknown>>;

  it('keep an nn text', () => {
    const r = record();
    r['title'] = { ...r['title'], nn: 'Tittel på nynorsk' };
    expect(toSeedRecord(r, '000-kjerkol-2022').title.nn).toBe('Tittel på nynorsk');
    expect(toSeedRecord(record(), '000-kjerkol-2022').title.nn).toBeUndefined();
  });

  it('refuse an empty one with the field named', () => {
    const r = record();
    r['summary'] = { ...r['summary'], nn: '' };
    expect(() => toSeedRecord(r, '000-kjerkol-2022')).toThrow(
      'seeds: 000-kjerkol-2022.summary.nn: expected a non-empty nynorsk text or no "nn"',
    );
  });
});

describe('share links', () => {
  const state: LinkState = {
    lang: 'nn',
    region: 'kommune:4621',
    runs: 200,
    levers: {},
    assumptions: {},
    formulas: {},
    tables: [],
  };
  const raw = (payload: Record<string, unknown>) => `#s2.${compressToEncodedURIComponent(JSON.stringify(payload))}`;

  it('carry nynorsk', () => {
    const d = decodeLink(encodeLink(state));
    expect(d.ok && d.state).toEqual(state);
  });

  it('without a language open; old links with one still do', () => {
    const d = decodeLink(raw({ v: 2, region: 'kommune:4621', runs: 200, levers: {} }));
    expect(d.ok).toBe(true);
    expect(d.ok && 'lang' in d.state).toBe(false);
    const old = decodeLink(
      `#s1.${compressToEncodedURIComponent(JSON.stringify({ v: 1, lang: 'en', region: 'national', runs: 100, levers: {} }))}`,
    );
    expect(old.ok && old.state.lang).toBe('en');
  });

  it('without a language follow the municipality’s målform', () => {
    const rows = parseCsv(RAW_MUNICIPALITIES);
    const form = (code: string) => rows.find((r) => r['kommunenummer'] === code)?.['maalform'];
    // Voss (Vestland) and Volda write nynorsk; Eigersund bokmål; Oslo is neutral
    expect([form('4621'), form('1577'), form('1101'), form('0301')]).toEqual([
      'Nynorsk',
      'Nynorsk',
      'Bokmål',
      'Nøytral',
    ]);
    expect(linkLanguage('kommune:4621')).toBe('nn');
    expect(linkLanguage('kommune:1577')).toBe('nn');
    expect(linkLanguage('kommune:1101')).toBe('nb');
    expect(linkLanguage('kommune:0301')).toBe('nb');
    // a county or the whole country: bokmål, even Vestland
    expect(linkLanguage('fylke:46')).toBe('nb');
    expect(linkLanguage('national')).toBe('nb');
    // every municipality: nynorsk exactly where the data says so
    for (const r of rows)
      expect(linkLanguage(`kommune:${r['kommunenummer']!}`), r['kommunenavn']).toBe(
        r['maalform'] === 'Nynorsk' ? 'nn' : 'nb',
      );
  });

  it('read the målform from the committed list, which the data build writes from the raw data', () => {
    const committed = JSON.parse(readFileSync(root('src/data/nynorskMunicipalities.json'), 'utf8')) as string[];
    expect(committed).toEqual(nynorskMunicipalities(RAW_MUNICIPALITIES));
    expect(committed.length).toBe(88);
  });
});

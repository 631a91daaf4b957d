// Every UI string exists in both languages, placeholders match, and switching language changes the text.
import { afterEach, describe, expect, it } from 'vitest';
import { joinPercent, setLocale, t } from '../../src/ui/i18n.ts';
import { STRINGS } from '../helpers/strings.ts';
import { CHART_SPECS } from '../../src/ui/chartSpecs.ts';
import { RESULT_IDS } from '../../src/engine/run/results.ts';

afterEach(() => setLocale('nb'));

describe('UI strings', () => {
  it('has a non-empty bokmål and English text for every key, with the same placeholders', () => {
    for (const [key, text] of Object.entries(STRINGS)) {
      expect(text.nb.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
      const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(vars(text.en), key).toEqual(vars(text.nb));
    }
  });

  it('fills placeholders and follows the language', () => {
    expect(t('kfWithout', { year: 2030 })).toBe('Uten fastlege 2030');
    setLocale('en');
    expect(t('kfWithout', { year: 2030 })).toBe('Without a GP 2030');
  });

  it('keeps a number and its per cent sign on one line: a no-break space between them, in every language', async () => {
    await import('../../src/ui/strings/later.ts');
    expect(t('kfBand', { lo: '1', hi: '2' })).toBe('80\u00a0% usikkerhetsintervall: 1–2');
    setLocale('nn');
    expect(t('trackEvents', { list: 'x' })).toContain('minst 5\u00a0% skulle');
    expect(joinPercent('5 %-intervallet, 80 %, «{a} %», 5%')).toBe('5\u00a0%-intervallet, 80\u00a0%, «{a} %», 5%');
  });

  it('charts plot known results and have titles and units in both languages', () => {
    const ids = new Set(CHART_SPECS.map((c) => c.id));
    expect(ids.size).toBe(CHART_SPECS.length);
    for (const c of CHART_SPECS) {
      expect(c.title.nb && c.title.en && c.unit.nb && c.unit.en, c.id).toBeTruthy();
      for (const s of c.series) expect(RESULT_IDS).toContain(s.result);
    }
  });
});

describe('formula messages', async () => {
  const { formulaMessage } = await import('../../src/ui/assumptionsPanel.ts');
  it('are translated, with the names the engine reports', () => {
    const check = { problem: 'unknownName' as const, params: { name: 'x', vars: 'a, b' }, message: 'formula …' };
    expect(formulaMessage(check)).toBe(
      'Ukjent navn «x». Bruk en variabel (a, b), et navn på en forutsetning eller pi, e.',
    );
    setLocale('en');
    expect(formulaMessage(check)).toMatch(/^Unknown name “x”/);
  });
});

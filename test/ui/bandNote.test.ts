// The band's note under a chart (chartCautions.ts bandNote): a municipality's says how far ahead the band has been
// tried; the country's, a county's and a centrality class's say how often their band held what happened in the
// hindcasts when that was too seldom (src/data/bandCoverage.json, issue #13), with the counts of that file, in
// bokmål, nynorsk and English. A chart whose outcome the track record does not score says its band is not tried. The
// history's note names the source, and the registration break only where the history reaches back before 2022.
import { afterEach, describe, expect, it } from 'vitest';
import coverage from '../../src/data/bandCoverage.json';
import { NARROW_BAND_COVERAGE } from '../../src/engine/validation/areaCoverage.ts';
import { bandNote, historyNote } from '../../src/ui/chartCautions.ts';
import { formatPercent } from '../../src/ui/format.ts';
import { registerLocale, setLocale, t } from '../../src/ui/i18n.ts';
import { EN } from '../../src/ui/strings/en.ts';
import { NN } from '../../src/ui/strings/nn.ts';

afterEach(() => setLocale('nb'));

/** A chart whose outcome the track record scores (the share and count without a GP, the list length). */
const TRIED = { tried: true } as const;
/** Any other chart (hours, legevakt, joiners and leavers, cost, GPs, vacant lists). */
const UNTRIED = {} as const;

const rate = (h: { inside: number; n: number }) => h.inside / h.n;

describe('bandNote', () => {
  it('gives a municipality the note on how far ahead the band has been tried', () => {
    expect(bandNote(TRIED, { regionType: 'kommune' })).toBe(t('bandHorizonNote'));
    expect(bandNote(TRIED, {})).toBe(t('bandHorizonNote'));
  });

  it.each(['national', 'fylke', 'sentralitet'] as const)(
    'for %s quotes the file’s hit rates when one is below the threshold',
    (kind) => {
      const c = coverage.kinds[kind];
      const share = rate(c.share);
      const list = rate(c.listLength);
      const note = bandNote(TRIED, { regionType: kind });
      if (Math.min(share, list) >= NARROW_BAND_COVERAGE) {
        expect(note).toBe(t('bandHorizonNote'));
        return;
      }
      expect(note).toContain('Usikkerhetsbåndet har vært for smalt for ');
      expect(note).toContain(`andelen uten fastlege i ${formatPercent(share, 0)} av tilfellene`);
      expect(note).toContain(`listelengden i ${formatPercent(list, 0)}, der målet er 80\u00a0%`);
      expect(note).toContain(
        `fra startårene ${coverage.origins.slice(0, -1).join(', ')} og ${coverage.origins.at(-1)}`,
      );
    },
  );

  it('speaks nynorsk and English', () => {
    registerLocale('nn', NN);
    setLocale('nn');
    expect(bandNote(TRIED, { regionType: 'national' })).toMatch(
      /^Uvissebandet har vore for smalt for heile landet: frå startåra 2020, 2022 og 2024 /,
    );
    registerLocale('en', EN);
    setLocale('en');
    expect(bandNote(TRIED, { regionType: 'fylke' })).toMatch(
      /^The uncertainty band has been too narrow for counties: from the start years 2020, 2022 and 2024 /,
    );
  });

  it('says of a chart the track record does not score that its band is not tried, and for a larger area with narrow bands that the tried ones were too narrow', () => {
    expect(bandNote(UNTRIED, { regionType: 'kommune' })).toBe(t('bandUntriedNote'));
    expect(bandNote(UNTRIED, {})).not.toContain('prøvd mot det som skjedde 3–5 år fram');
    for (const kind of ['national', 'fylke', 'sentralitet'] as const) {
      const c = coverage.kinds[kind];
      const narrow = Math.min(rate(c.share), rate(c.listLength)) < NARROW_BAND_COVERAGE;
      const note = bandNote(UNTRIED, { regionType: kind });
      expect(note.startsWith('Usikkerhetsbåndet viser spredningen i modellens kjøringer og er ikke prøvd')).toBe(true);
      // never the tried charts' hit rates, which are not this outcome's
      expect(note).not.toContain('av tilfellene');
      expect(note.includes('har de vært for smale for ')).toBe(narrow);
    }
    expect(bandNote(UNTRIED, { regionType: 'national' })).toContain('har de vært for smale for hele landet');
    registerLocale('nn', NN);
    setLocale('nn');
    expect(bandNote(UNTRIED, { regionType: 'kommune' })).toMatch(/^Uvissebandet viser spreiinga i køyringane/);
    registerLocale('en', EN);
    setLocale('en');
    expect(bandNote(UNTRIED, { regionType: 'kommune' })).toMatch(
      /^The uncertainty band shows the spread of the model’s runs and has not been checked/,
    );
  });
});

describe('historyNote', () => {
  const spec = { history: ['nVacantLists'] as const };
  const withPoints = (years: number[]) => ({
    history: {
      source: 'SSB 12005 (KOSTRA)',
      derived: [],
      series: { nVacantLists: years.map((year) => ({ year, value: 1 })) },
    },
  });

  it('names the registration break where the history reaches back before 2022, else the source alone', () => {
    expect(historyNote(spec, withPoints([2019, 2020, 2025]))).toBe(
      'Historikk: SSB 12005 (KOSTRA). Før høsten 2022 ble ikke alle lister uten fast lege registrert (brudd i serien).',
    );
    // a municipality's vacant lists: SSB's 2025 count only
    expect(historyNote(spec, withPoints([2025]))).toBe('Historikk: SSB 12005 (KOSTRA).');
    expect(historyNote(spec, withPoints([2022, 2023]))).toBe('Historikk: SSB 12005 (KOSTRA).');
    expect(historyNote(spec, withPoints([]))).toBe('');
    expect(historyNote({}, withPoints([2019]))).toBe('');
    registerLocale('en', EN);
    setLocale('en');
    expect(historyNote(spec, withPoints([2025]))).toBe('History: SSB 12005 (KOSTRA).');
  });
});

// The band's note under a chart (chartCautions.ts bandNote): a municipality's says how far ahead the band has been
// tried; the country's, a county's and a centrality class's say how often their band held what happened in the
// hindcasts when that was too seldom (src/data/bandCoverage.json, issue #13), with the counts of that file, in
// bokmål, nynorsk and English.
import { afterEach, describe, expect, it } from 'vitest';
import coverage from '../../src/data/bandCoverage.json';
import { NARROW_BAND_COVERAGE } from '../../src/engine/validation/areaCoverage.ts';
import { bandNote } from '../../src/ui/chartCautions.ts';
import { formatPercent } from '../../src/ui/format.ts';
import { registerLocale, setLocale, t } from '../../src/ui/i18n.ts';
import { EN } from '../../src/ui/strings/en.ts';
import { NN } from '../../src/ui/strings/nn.ts';

afterEach(() => setLocale('nb'));

const rate = (h: { inside: number; n: number }) => h.inside / h.n;

describe('bandNote', () => {
  it('gives a municipality the note on how far ahead the band has been tried', () => {
    expect(bandNote({ regionType: 'kommune' })).toBe(t('bandHorizonNote'));
    expect(bandNote({})).toBe(t('bandHorizonNote'));
  });

  it.each(['national', 'fylke', 'sentralitet'] as const)(
    'for %s quotes the file’s hit rates when one is below the threshold',
    (kind) => {
      const c = coverage.kinds[kind];
      const share = rate(c.share);
      const list = rate(c.listLength);
      const note = bandNote({ regionType: kind });
      if (Math.min(share, list) >= NARROW_BAND_COVERAGE) {
        expect(note).toBe(t('bandHorizonNote'));
        return;
      }
      expect(note).toContain('Usikkerhetsbåndet har vært for smalt for ');
      expect(note).toContain(`andelen uten fastlege i ${formatPercent(share, 0)} av tilfellene`);
      expect(note).toContain(`listelengden i ${formatPercent(list, 0)}, der målet er 80 %`);
      expect(note).toContain(
        `fra startårene ${coverage.origins.slice(0, -1).join(', ')} og ${coverage.origins.at(-1)}`,
      );
    },
  );

  it('speaks nynorsk and English', () => {
    registerLocale('nn', NN);
    setLocale('nn');
    expect(bandNote({ regionType: 'national' })).toMatch(
      /^Uvissebandet har vore for smalt for heile landet: frå startåra 2020, 2022 og 2024 /,
    );
    registerLocale('en', EN);
    setLocale('en');
    expect(bandNote({ regionType: 'fylke' })).toMatch(
      /^The uncertainty band has been too narrow for counties: from the start years 2020, 2022 and 2024 /,
    );
  });
});

// "Treffsikkerhet": what the panel selects from the track record (src/data/trackRecord.json) for a region and an
// origin, and the plain-language summary it writes, in bokmål and English (Bindal 1811, a municipality rebuilt at
// the origin, the country, a centrality class).
import { afterEach, describe, expect, it } from 'vitest';
import trackRecordJson from '../../src/data/trackRecord.json';
import { MUNICIPALITIES } from '../../src/data/index.ts';
import { sizeBandLabelAt, type TrackRecord } from '../../src/engine/validation/trackRecord.ts';
import { setLocale } from '../../src/ui/i18n.ts';
import {
  DEFAULT_ORIGIN,
  originsOf,
  originTrackOf,
  outcomeScore,
  pooledScore,
  trackView,
  type MunicipalityInfo,
  type TrackRegion,
} from '../../src/ui/trackRecord/select.ts';
import { likeText, sizeBandText, trackSummary } from '../../src/ui/trackRecord/summary.ts';

const record = trackRecordJson as unknown as TrackRecord;
const infosAt = (origin: number): MunicipalityInfo[] =>
  MUNICIPALITIES.map((m) => ({
    code: m.code,
    county: m.county,
    centralityClass: m.centralityClass,
    sizeBand: sizeBandLabelAt(m, origin),
  }));
const kommune = (code: string): TrackRegion => ({ type: 'kommune', code });
const BINDAL = kommune('1811');
/** A municipality rebuilt from peers at both origins (its number changed): not scored. */
const REBUILT = Object.entries(originTrackOf(record, 2022).regions).find(
  ([k, r]) => k.startsWith('kommune:') && r.scored === 0 && originTrackOf(record, 2020).regions[k]?.scored === 0,
)![0];

afterEach(() => setLocale('nb'));

describe('track record: data selection', () => {
  it('offers the origins latest first, 2022 by default', () => {
    expect(originsOf(record)).toEqual([2022, 2020]);
    expect(DEFAULT_ORIGIN).toBe(2022);
  });

  it('Bindal from 2022: its own region, every year scored, hits and misses counted from its p10/p50/p90', () => {
    const v = trackView(record, 2022, BINDAL, infosAt(2022));
    const r = record.origins.find((o) => o.origin === 2022)!.regions['kommune:1811']!;
    expect(v.track).toBe(r);
    expect(v.scored).toBe(true);
    expect(v.years).toEqual([2023, 2024, 2025]);
    expect(v.registeredBasisYears).toEqual([]);
    // 2023-2025: actual 0, 24.6 %, 21.3 %; bands [0, 37.0], [0, 37.0], [0, 46.8]; "no change" 0
    expect(v.share).toMatchObject({ years: 3, hits: 3 });
    expect(v.share!.maeModel).toBeCloseTo((0 + (0.246 - 0.1689) + (0.213 - 0.1689)) / 3, 10);
    expect(v.share!.maePersistence).toBeCloseTo((0.246 + 0.213) / 3, 10);
    expect(v.listLength).toMatchObject({ years: 3, hits: 3 });
    expect(v.listLength!.maePersistence).toBeCloseTo((2 + 10 + 6) / 3, 10);
    expect(v.events).toEqual([
      { year: 2023, p: 0.465, happened: false },
      { year: 2024, p: 0.62, happened: true },
      { year: 2025, p: 0.675, happened: true },
    ]);
  });

  it('Bindal is like the municipalities of centrality class 6 under 2,000 residents; the groups are those two', () => {
    const infos = infosAt(2022);
    const v = trackView(record, 2022, BINDAL, infos);
    expect(v.peers.kind).toBe('like');
    expect(v.peers.centralityClass).toBe(6);
    expect(v.peers.sizeBand).toBe('under 2,000');
    expect(v.peers.groups.map((g) => [g.kind, g.group.group])).toEqual([
      ['class', '6'],
      ['size', 'under 2,000'],
    ]);
    const like = infos.filter((m) => m.centralityClass === 6 && m.sizeBand === 'under 2,000').map((m) => m.code);
    expect(v.peers.score).toEqual(pooledScore(originTrackOf(record, 2022), like));
    expect(v.peers.score!.cases).toBe(3 * v.peers.score!.municipalities);
  });

  it.each([2022, 2020])(
    'from %i the pooled municipal coverage of the country and of each class equals the validation’s',
    (origin) => {
      const o = originTrackOf(record, origin);
      const infos = infosAt(origin);
      const national = trackView(record, origin, { type: 'national', code: '' }, infos).peers;
      expect(national.score!.cases).toBe(o.all.n);
      expect(national.score!.share.hits / national.score!.share.years).toBeCloseTo(o.all.share.coverage80, 4);
      expect(national.groups).toEqual([{ kind: 'all', group: o.all }]);
      for (const g of o.byCentralityClass) {
        const p = trackView(record, origin, { type: 'sentralitet', code: g.group }, infos).peers;
        expect(p.score!.cases, g.group).toBe(g.n);
        expect(p.score!.share.hits / p.score!.share.years, g.group).toBeCloseTo(g.share.coverage80, 4);
        expect(p.groups).toEqual([{ kind: 'class', group: g }]);
      }
    },
  );

  it('a county pools its own municipalities', () => {
    const infos = infosAt(2022);
    const v = trackView(record, 2022, { type: 'fylke', code: '18' }, infos);
    const members = infos.filter((m) => m.county === '18').map((m) => m.code);
    expect(v.peers).toEqual({ kind: 'members', score: pooledScore(originTrackOf(record, 2022), members), groups: [] });
    expect(v.track!.members).toBe(members.length);
  });

  it('a municipality rebuilt at the origin is not scored: no band, no events, but its peers', () => {
    const v = trackView(record, 2022, kommune(REBUILT.slice('kommune:'.length)), infosAt(2022));
    expect(v.scored).toBe(false);
    expect(v.share).toBeNull();
    expect(v.events).toEqual([]);
    expect(v.peers.score).not.toBeNull();
  });

  it('skips years without a value', () => {
    const o = { p10: [1, null], p50: [2, null], p90: [3, null], actual: [2.5, 9], persistence: [1, 1] };
    expect(outcomeScore(o)).toEqual({ years: 1, hits: 1, maeModel: 0.5, maePersistence: 1.5 });
    expect(outcomeScore({ ...o, actual: [null, null] })).toBeNull();
  });
});

describe('track record: the summary text', () => {
  it('Bindal from 2022 in bokmål', () => {
    const text = trackSummary(trackView(record, 2022, BINDAL, infosAt(2022)), 'Bindal');
    expect(text).toHaveLength(3);
    expect(text[0]).toBe(
      'For Bindal traff modellens 80 %-intervall det som skjedde i 3 av 3 år for andelen uten fastlege og i 3 av 3 år ' +
        'for listelengden. «Ingen endring» bommet i snitt med 15,3 prosentpoeng på andelen, modellens median med 4,0; ' +
        'på listelengden bommet «ingen endring» med 6 pasienter, modellen med 21. Her kom modellen nærmere enn ' +
        '«ingen endring» på andelen, men ikke på listelengden.',
    );
    expect(text[1]).toBe(
      'Sannsynligheten modellen ga for at minst 5 % skulle stå uten fastlege: 45\u00a0% i 2023 (det skjedde ikke), ' +
        '60\u00a0% i 2024 (det skjedde) og 70\u00a0% i 2025 (det skjedde).',
    );
    expect(text[2]).toMatch(
      /^For kommuner som ligner \(sentralitetsklasse 6, under 2\u00a0000 innbyggere; 46 kommuner, 138 kommune-år\) traff intervallet i 93\u00a0% av tilfellene/,
    );
    expect(text[2]).toContain(
      'Etter CRPS, som også teller med hvor bredt intervallet er, var modellen for sentralitetsklasse 6 (216 kommune-år) ' +
        'bedre enn «ingen endring» både på andelen (8,7 mot 8,8 prosentpoeng) og på listelengden (60 mot 63 pasienter).',
    );
    expect(text[2]).toContain(
      'For kommuner med under 2\u00a0000 innbyggere (162 kommune-år) var den dårligere enn «ingen endring» på ' +
        'andelen (7,3 mot 6,6 prosentpoeng), men like god på listelengden (55 mot 55 pasienter).',
    );
  });

  it('Bindal from 2022 in English', () => {
    setLocale('en');
    const text = trackSummary(trackView(record, 2022, BINDAL, infosAt(2022)), 'Bindal');
    expect(text[0]).toBe(
      'For Bindal, the model’s 80% interval held what happened in 3 of 3 years for the share without a GP and in 3 of ' +
        '3 years for the list length. “No change” missed the share by 15.3 percentage points on average, the model’s ' +
        'median by 4.0; for the list length “no change” missed by 6 patients, the model by 21. Here the model came ' +
        'closer than “no change” on the share, but not on the list length.',
    );
    expect(text[1]).toBe(
      'The probability the model gave that at least 5% would be without a GP: 45% in 2023 (it did not happen), ' +
        '60% in 2024 (it happened) and 70% in 2025 (it happened).',
    );
    expect(text[2]).toMatch(
      /^For municipalities like it \(centrality class 6, under 2,000 residents; 46 municipalities/,
    );
    expect(text[2]).toContain('it was worse than “no change” on the share (7.3 against 6.6 percentage points)');
  });

  it('from 2020 it notes that 2021 is on the registered basis', () => {
    const text = trackSummary(trackView(record, 2020, BINDAL, infosAt(2020)), 'Bindal');
    expect(text.join('\n')).toContain('Tallene for 2021 er på det registrerte grunnlaget fra før høsten 2022');
    expect(text[0]).toMatch(/i 4 av 5 år for andelen uten fastlege og i 5 av 5 år for listelengden/);
    setLocale('en');
    expect(trackSummary(trackView(record, 2020, BINDAL, infosAt(2020)), 'Bindal').join('\n')).toContain(
      'The figures for 2021 are on the registered basis of before autumn 2022',
    );
  });

  it('a rebuilt municipality says why it has no band, in both languages', () => {
    const v = trackView(record, 2022, kommune(REBUILT.slice('kommune:'.length)), infosAt(2022));
    expect(trackSummary(v, 'X')[0]).toBe(
      'X har ikke noe bånd fra 2022: kommunenummeret ble endret; vi hadde ikke kommunens egne tall for startåret, ' +
        'så modellen vurderes ikke her.',
    );
    setLocale('en');
    expect(trackSummary(v, 'X')[0]).toBe(
      'X has no band from 2022: the municipality number changed; we did not have the municipality’s own figures ' +
        'for the start year, so the model is not scored here.',
    );
  });

  it('an area says how many of its municipalities it sums, and pools them one by one', () => {
    const v = trackView(record, 2022, { type: 'national', code: '' }, infosAt(2022));
    const text = trackSummary(v, 'hele landet');
    expect(text[0]).toMatch(
      /^Tallene for hele landet er summen av de 238 av 357 kommunene som hadde egne tall for 2022/,
    );
    expect(text.at(-1)).toMatch(
      /^For kommunene hver for seg \(238 kommuner, 714 kommune-år\) traff intervallet i 83\u00a0%/,
    );
    expect(text.at(-1)).toContain('for alle kommunene som vurderes (714 kommune-år) bedre enn «ingen endring» både');
  });

  it('names every size band in both languages', () => {
    const labels = record.origins[0]!.bySizeBand.map((g) => g.group);
    expect(labels.map(sizeBandText)).toEqual([
      'under 2\u00a0000 innbyggere',
      '2\u00a0000–4\u00a0999 innbyggere',
      '5\u00a0000–19\u00a0999 innbyggere',
      '20\u00a0000 innbyggere og flere',
    ]);
    setLocale('en');
    expect(labels.map(sizeBandText)).toEqual([
      'under 2,000 residents',
      '2,000–4,999 residents',
      '5,000–19,999 residents',
      '20,000 residents and more',
    ]);
    expect(likeText({ kind: 'like', centralityClass: 3, sizeBand: '5,000-19,999', score: null, groups: [] })).toBe(
      'centrality class 3, 5,000–19,999 residents',
    );
  });
});

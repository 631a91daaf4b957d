// "Treffsikkerhet": what the panel selects from a track record for a region and an origin, and the plain-language
// summary it writes, in bokmål and English. The exact numbers and sentences are checked on a small hand-written
// track record (fixtures/trackRecord.ts, the arithmetic beside its data), so that regenerating
// src/data/trackRecord.json after an engine change breaks nothing here; the real file gets a structural check
// (it loads, has the origins and regions the UI asks for, and the summary reads cleanly for every region).
import { afterEach, describe, expect, it } from 'vitest';
import trackRecordJson from '../../src/data/trackRecord.json';
import { MUNICIPALITIES } from '../../src/data/index.ts';
import { TRACK_RECORD_ORIGINS } from '../../src/cli/trackRecord.ts';
import { SIZE_BAND_LABELS } from '../../src/engine/start/localDynamics.ts';
import { sizeBandLabelAt, TRACK_RECORD_SCHEMA, type TrackRecord } from '../../src/engine/validation/trackRecord.ts';
import { setLocale } from '../../src/ui/i18n.ts';
import { TRACK_ORIGINS } from '../../src/ui/trackRecord/origins.ts';
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
import { likeText, sizeBandText, trackSummary, verdictSentence } from '../../src/ui/trackRecord/summary.ts';
import { FIXTURE_MUNICIPALITIES, FIXTURE_RECORD } from './fixtures/trackRecord.ts';

const kommune = (code: string): TrackRegion => ({ type: 'kommune', code });
const NATIONAL: TrackRegion = { type: 'national', code: '' };
const ABY = kommune('0001');
const CBY = kommune('0003');
const view = (origin: number, region: TrackRegion) => trackView(FIXTURE_RECORD, origin, region, FIXTURE_MUNICIPALITIES);

afterEach(() => setLocale('nb'));

describe('track record: data selection (fixture)', () => {
  it('offers the origins latest first, 2022 by default', () => {
    expect(originsOf(FIXTURE_RECORD)).toEqual([2022, 2020]);
    expect(DEFAULT_ORIGIN).toBe(2022);
    expect(() => originTrackOf(FIXTURE_RECORD, 2019)).toThrow(/no origin 2019/);
  });

  it('Aby from 2022: its own region, hits and misses counted from its p10/p50/p90, the events', () => {
    const v = view(2022, ABY);
    expect(v.track).toBe(originTrackOf(FIXTURE_RECORD, 2022).regions['kommune:0001']);
    expect(v.regionKey).toBe('kommune:0001');
    expect(v.scored).toBe(true);
    expect(v.years).toEqual([2023, 2024, 2025]);
    expect(v.registeredBasisYears).toEqual([]);
    expect([v.runs, v.seed]).toEqual([200, 1]);
    // share: 2 of 3 held; |median − actual| 0.02 + 0.20 + 0.35; "no change" 0 + 0.25 + 0.45
    expect(v.share).toMatchObject({ years: 3, hits: 2 });
    expect(v.share!.maeModel).toBeCloseTo(0.57 / 3, 12);
    expect(v.share!.maePersistence).toBeCloseTo(0.7 / 3, 12);
    // list length: 2 of 3 held; 10 + 30 + 90; 5 + 15 + 65
    expect(v.listLength).toMatchObject({ years: 3, hits: 2 });
    expect(v.listLength!.maeModel).toBeCloseTo(130 / 3, 12);
    expect(v.listLength!.maePersistence).toBeCloseTo(85 / 3, 12);
    expect(v.events).toEqual([
      { year: 2023, p: 0.3, happened: false },
      { year: 2024, p: 0.62, happened: true },
      { year: 2025, p: 0.71, happened: true },
    ]);
  });

  it('from 2020 a year without an actual value is skipped, in the scores and the events', () => {
    const v = view(2020, ABY);
    expect(v.registeredBasisYears).toEqual([2021]);
    expect(v.share).toMatchObject({ years: 4, hits: 3 });
    expect(v.share!.maeModel).toBeCloseTo(0.08, 12);
    expect(v.listLength).toEqual({ years: 5, hits: 5, maeModel: 5, maePersistence: 10 });
    expect(v.events.map((e) => e.year)).toEqual([2021, 2023, 2024, 2025]);
  });

  it('Aby is like the municipalities of its class and size band: the scored ones pooled, and those two groups', () => {
    const v = view(2022, ABY);
    expect(v.peers.kind).toBe('like');
    expect(v.peers.centralityClass).toBe(6);
    expect(v.peers.sizeBand).toBe('under 2,000');
    expect(v.peers.groups.map((g) => [g.kind, g.group.group])).toEqual([
      ['class', '6'],
      ['size', 'under 2,000'],
    ]);
    // Aby and Bby (Cby is rebuilt, Dby is another class): 4 of 6 and 3 of 6 held
    const score = v.peers.score!;
    expect([score.municipalities, score.cases]).toEqual([2, 6]);
    expect(score.share).toMatchObject({ years: 6, hits: 4 });
    expect(score.share.maeModel).toBeCloseTo(0.78 / 6, 12);
    expect(score.share.maePersistence).toBeCloseTo(0.9 / 6, 12);
    expect(score.listLength).toMatchObject({ years: 6, hits: 3, maeModel: 45, maePersistence: 35 });
    expect(score).toEqual(pooledScore(originTrackOf(FIXTURE_RECORD, 2022), ['0001', '0002', '0003']));
  });

  it('a scored municipality also has the municipalities that stood where it stood at the origin (its band)', () => {
    const standing = view(2022, ABY).peers.standing!;
    expect(standing.band).toBe(0);
    expect(standing.group).toBe(originTrackOf(FIXTURE_RECORD, 2022).byOriginBand[0]);
    // a municipality without a band at the origin (Bby's track has none) and an area have none
    expect(view(2022, { type: 'kommune', code: '0002' }).peers.standing).toBeUndefined();
    expect(view(2022, { type: 'fylke', code: '01' }).peers.standing).toBeUndefined();
  });

  it('an area pools its own municipalities one by one; the country has the group of all', () => {
    const county = view(2022, { type: 'fylke', code: '01' });
    expect(county.peers).toEqual({
      kind: 'members',
      score: pooledScore(originTrackOf(FIXTURE_RECORD, 2022), ['0001', '0002', '0003']),
      groups: [],
    });
    const national = view(2022, NATIONAL).peers;
    expect(national.score).toMatchObject({ municipalities: 3, cases: 9 });
    expect(national.score!.listLength).toMatchObject({ years: 9, hits: 6, maeModel: 30 });
    expect(national.groups).toEqual([{ kind: 'all', group: originTrackOf(FIXTURE_RECORD, 2022).all }]);
    const cls = view(2022, { type: 'sentralitet', code: '6' }).peers;
    expect(cls).toMatchObject({ kind: 'members', centralityClass: 6, score: { municipalities: 2 } });
    expect(cls.groups.map((g) => g.group.group)).toEqual(['6']);
  });

  it('a municipality rebuilt at the origin is not scored: no band, no events, but its peers', () => {
    const v = view(2022, CBY);
    expect(v.scored).toBe(false);
    expect(v.share).toBeNull();
    expect(v.listLength).toBeNull();
    expect(v.events).toEqual([]);
    expect(v.peers.score).toMatchObject({ municipalities: 2, cases: 6 });
  });

  it('a region missing from the record has no track', () => {
    const v = view(2022, kommune('9999'));
    expect(v.track).toBeNull();
    expect(v.scored).toBe(false);
    expect(v.peers).toEqual({ kind: 'like', score: null, groups: [] });
  });

  it('skips years without a value', () => {
    const o = { p10: [1, null], p50: [2, null], p90: [3, null], actual: [2.5, 9], persistence: [1, 1] };
    expect(outcomeScore(o)).toEqual({ years: 1, hits: 1, maeModel: 0.5, maePersistence: 1.5 });
    expect(outcomeScore({ ...o, actual: [null, null] })).toBeNull();
  });
});

describe('track record: a municipality’s base rate of municipalities that stood alike (schema 4, fixture)', () => {
  const key = 'kommune:0001';
  const withBase: TrackRecord = {
    ...FIXTURE_RECORD,
    origins: FIXTURE_RECORD.origins.map((o) =>
      o.origin !== 2022
        ? o
        : { ...o, regions: { ...o.regions, [key]: { ...o.regions[key]!, pShareAtLeast5pctBase: [0.2, 0.25, 0.3] } } },
    ),
  };
  const v = () => trackView(withBase, 2022, ABY, FIXTURE_MUNICIPALITIES);

  it('rides with each year’s probability, and is said after the model’s, in bokmål and English', () => {
    expect(v().events.map((e) => e.base)).toEqual([0.2, 0.25, 0.3]);
    expect(trackSummary(v(), 'Aby')[1]).toMatch(
      /\(det skjedde\)\. Uten modell: av kommunene som sto likt i 2022, hadde 20\u00a0% i 2023, 25\u00a0% i 2024 og 30\u00a0% i 2025 minst 5\u00a0% uten fastlege like mange år senere \(SSB-tall til og med 2022\)\.$/,
    );
    setLocale('en');
    expect(trackSummary(v(), 'Aby')[1]).toMatch(
      /Without a model: of the municipalities that stood alike in 2022, 20% in 2023, 25% in 2024 and 30% in 2025 had at least 5% without a GP as many years later/,
    );
  });

  it('a track without it (schema 3, or a region that is not a municipality) says nothing of it', () => {
    expect(view(2022, ABY).events.every((e) => e.base === undefined)).toBe(true);
    expect(trackSummary(view(2022, ABY), 'Aby')[1]).not.toMatch(/sto likt/);
  });
});

describe('track record: the summary text (fixture)', () => {
  it('Aby from 2022 in bokmål', () => {
    expect(trackSummary(view(2022, ABY), 'Aby')).toEqual([
      'For Aby traff modellens 80\u00a0%-intervall det som skjedde i 2 av 3 år for andelen uten fastlege og i 2 av 3 år ' +
        'for listelengden. «Ingen endring» bommet i snitt med 23,3 prosentpoeng på andelen, modellens median med ' +
        '19,0; på listelengden bommet «ingen endring» med 28 pasienter, modellen med 43. Her kom modellen nærmere ' +
        'enn «ingen endring» på andelen, men ikke på listelengden.',
      'Sannsynligheten modellen ga for at minst 5\u00a0% skulle stå uten fastlege: 30\u00a0% i 2023 (det skjedde ikke), ' +
        '60\u00a0% i 2024 (det skjedde) og 70\u00a0% i 2025 (det skjedde).',
      'For kommuner som ligner (sentralitetsklasse 6, under 2\u00a0000 innbyggere; 2 kommuner, 6 kommune-år) traff ' +
        'intervallet i 67\u00a0% av tilfellene for andelen og i 50\u00a0% for listelengden (målet er 80\u00a0%). Medianen ' +
        'bommet i snitt med 13,0 prosentpoeng mot 15,0 for «ingen endring» på andelen, og med 45 mot 35 pasienter ' +
        'på listelengden. Etter CRPS, som også teller med hvor bredt intervallet er, var modellen for ' +
        'sentralitetsklasse 6 (6 kommune-år) bedre enn «ingen endring» både på andelen (8,7 mot 8,8 prosentpoeng) ' +
        'og på listelengden (60 mot 63 pasienter). For kommuner med under 2\u00a0000 innbyggere (6 kommune-år) var ' +
        'den dårligere enn «ingen endring» på andelen (7,3 mot 6,6 prosentpoeng), men like god på listelengden ' +
        '(55 mot 55 pasienter).',
      'Kommuner som sto likt ved startåret (ingen uten fastlege, 40 kommune-år), hadde i snitt 3,2\u00a0% uten fastlege ' +
        'i årene etter; modellen sa 4,5\u00a0%, «ingen endring» 0,0\u00a0%.',
    ]);
  });

  it('the verdict: a miss printed the same for the model and "no change" is as close, not "not closer"', () => {
    const score = (maeModel: number, maePersistence: number) => ({ years: 3, hits: 2, maeModel, maePersistence });
    // 18,9 against 18,9 percentage points as printed, the list length 59 against 65 patients
    expect(verdictSentence(score(0.18894, 0.18912), score(59, 65))).toBe(
      'Her kom modellen nærmere enn «ingen endring» på listelengden og like nær på andelen.',
    );
    expect(verdictSentence(score(0.17, 0.19), score(65.2, 64.8))).toBe(
      'Her kom modellen nærmere enn «ingen endring» på andelen og like nær på listelengden.',
    );
    expect(verdictSentence(score(0.2, 0.19), score(59, 65))).toBe(
      'Her kom modellen nærmere enn «ingen endring» på listelengden, men ikke på andelen.',
    );
    expect(verdictSentence(score(0.19, 0.19), score(65, 65))).toBe(
      'Her kom «ingen endring» like nær eller nærmere på begge.',
    );
  });

  it('where Aby stood: the CRPS there of the model and of both naive forecasts, a tie as printed no win', () => {
    const withStanding = (crpsStanding: number, crps: number): TrackRecord => ({
      ...FIXTURE_RECORD,
      origins: FIXTURE_RECORD.origins.map((o) => ({
        ...o,
        byOriginBand: o.byOriginBand.map((g) =>
          g.group === '0' ? { ...g, share: { ...g.share, crps, crpsStanding } } : g,
        ),
      })),
    });
    const last = (crpsStanding: number, crps = 0.03) =>
      trackSummary(trackView(withStanding(crpsStanding, crps), 2022, ABY, FIXTURE_MUNICIPALITIES), 'Aby').at(-1)!;
    // the model 3,0, "no change" 3,5
    expect(last(0.028)).toBe(
      'Kommuner som sto likt ved startåret (ingen uten fastlege, 40 kommune-år), hadde i snitt 3,2\u00a0% uten fastlege ' +
        'i årene etter; modellen sa 4,5\u00a0%, «ingen endring» 0,0\u00a0%. Målt med CRPS var modellen der bedre enn «ingen ' +
        'endring», men ikke bedre enn hvor kommuner som sto likt havnet: 3,0 prosentpoeng mot 3,5 for «ingen endring» og ' +
        '2,8 for hvor kommuner som sto likt havnet.',
    );
    expect(last(0.04)).toContain('var modellen der bedre enn begge: 3,0 prosentpoeng mot 3,5');
    expect(last(0.0301)).toContain('bedre enn «ingen endring», men ikke bedre enn hvor kommuner som sto likt havnet');
    // the model 3,6 against 3,5 and 4,0; against 3,5 and 3,0
    expect(last(0.04, 0.036)).toContain(
      'bedre enn hvor kommuner som sto likt havnet, men ikke bedre enn «ingen endring»',
    );
    expect(last(0.03, 0.036)).toContain('var modellen der ikke bedre enn noen av dem: 3,6 prosentpoeng');
    setLocale('en');
    expect(last(0.04)).toContain('By CRPS the model was better than both there: 3.0 percentage points against 3.5');
  });

  it('Aby from 2022 in English', () => {
    setLocale('en');
    expect(trackSummary(view(2022, ABY), 'Aby')).toEqual([
      'For Aby, the model’s 80% interval held what happened in 2 of 3 years for the share without a GP and in 2 of ' +
        '3 years for the list length. “No change” missed the share by 23.3 percentage points on average, the ' +
        'model’s median by 19.0; for the list length “no change” missed by 28 patients, the model by 43. Here the ' +
        'model came closer than “no change” on the share, but not on the list length.',
      'The probability the model gave that at least 5% would be without a GP: 30% in 2023 (it did not happen), 60% ' +
        'in 2024 (it happened) and 70% in 2025 (it happened).',
      'For municipalities like it (centrality class 6, under 2,000 residents; 2 municipalities, 6 ' +
        'municipality-years), the interval held in 67% of cases for the share and in 50% for the list length (the ' +
        'aim is 80%). The median missed by 13.0 percentage points on average against 15.0 for “no change” on the ' +
        'share, and by 45 against 35 patients on the list length. By CRPS, which also counts how wide the interval ' +
        'is, for centrality class 6 (6 municipality-years) the model was better than “no change” both on the share ' +
        '(8.7 against 8.8 percentage points) and on the list length (60 against 63 patients). For municipalities ' +
        'with under 2,000 residents (6 municipality-years) it was worse than “no change” on the share (7.3 against ' +
        '6.6 percentage points), but as good on the list length (55 against 55 patients).',
      'Municipalities that stood alike at the start year (none without a GP, 40 municipality-years) had 3.2% without ' +
        'a GP on average in the years after; the model said 4.5%, “no change” 0.0%.',
    ]);
  });

  it('from 2020: the skipped year, both verdicts, and the note that 2021 is on the registered basis', () => {
    const text = trackSummary(view(2020, ABY), 'Aby');
    expect(text[0]).toBe(
      'For Aby traff modellens 80\u00a0%-intervall det som skjedde i 3 av 4 år for andelen uten fastlege og i 5 av 5 år ' +
        'for listelengden. «Ingen endring» bommet i snitt med 8,5 prosentpoeng på andelen, modellens median med ' +
        '8,0; på listelengden bommet «ingen endring» med 10 pasienter, modellen med 5. Her kom modellen nærmere ' +
        'enn «ingen endring» på begge.',
    );
    expect(text[1]).toBe(
      'Sannsynligheten modellen ga for at minst 5\u00a0% skulle stå uten fastlege: 50\u00a0% i 2021 (det skjedde ikke), ' +
        '50\u00a0% i 2023 (det skjedde), 50\u00a0% i 2024 (det skjedde) og 50\u00a0% i 2025 (det skjedde).',
    );
    expect(text[2]).toBe(
      'Tallene for 2021 er på det registrerte grunnlaget fra før høsten 2022, da Helfo begynte å be kommunene ' +
        'registrere ubesatte lister; modellens tall er regnet om på samme måte.',
    );
    setLocale('en');
    expect(trackSummary(view(2020, ABY), 'Aby')[2]).toBe(
      'The figures for 2021 are on the registered basis of before autumn 2022, when Helfo began asking ' +
        'municipalities to register unfilled lists; the model’s figures are converted the same way.',
    );
  });

  it('the whole country: the members it sums, the ends of the probability scale, the group of all', () => {
    expect(trackSummary(view(2022, NATIONAL), 'hele landet')).toEqual([
      'Tallene for hele landet er summen av de 3 av 4 kommunene som hadde egne tall for 2022; de andre fikk nytt ' +
        'kommunenummer og vurderes ikke. For hele landet traff modellens 80\u00a0%-intervall det som skjedde i 2 av 3 år ' +
        'for andelen uten fastlege og i 2 av 3 år for listelengden. «Ingen endring» bommet i snitt med 2,7 ' +
        'prosentpoeng på andelen, modellens median med 2,0; på listelengden bommet «ingen endring» med 43 ' +
        'pasienter, modellen med 33. Her kom modellen nærmere enn «ingen endring» på begge.',
      'Sannsynligheten modellen ga for at minst 5\u00a0% skulle stå uten fastlege: <\u00a05\u00a0% i 2023 (det skjedde ' +
        'ikke), 10\u00a0% i 2024 (det skjedde ikke) og >\u00a095\u00a0% i 2025 (det skjedde).',
      'For kommunene hver for seg (3 kommuner, 9 kommune-år) traff intervallet i 67\u00a0% av tilfellene for ' +
        'andelen og i 67\u00a0% for listelengden (målet er 80\u00a0%). Medianen bommet i snitt med 8,9 prosentpoeng mot ' +
        '10,6 for «ingen endring» på andelen, og med 30 mot 27 pasienter på listelengden. Etter CRPS, som også ' +
        'teller med hvor bredt intervallet er, var modellen for alle kommunene som vurderes (9 kommune-år) bedre ' +
        'enn «ingen endring» på andelen (8,0 mot 9,5 prosentpoeng), men dårligere på listelengden (55 mot 54 ' +
        'pasienter).',
    ]);
    setLocale('en');
    expect(trackSummary(view(2022, NATIONAL), 'the whole country')[0]).toMatch(
      /^The figures for the whole country sum the 3 of 4 municipalities with their own figures for 2022; /,
    );
  });

  it('a rebuilt municipality says why it has no band, in both languages, and goes on to its peers', () => {
    const text = trackSummary(view(2022, CBY), 'X');
    expect(text[0]).toBe(
      'X har ikke noe bånd fra 2022: kommunenummeret ble endret; vi hadde ikke kommunens egne tall for startåret, ' +
        'så modellen vurderes ikke her.',
    );
    expect(text).toHaveLength(2);
    expect(text[1]).toMatch(/^For kommuner som ligner \(sentralitetsklasse 6, under 2\u00a0000 innbyggere; 2 kommuner/);
    setLocale('en');
    expect(trackSummary(view(2022, CBY), 'X')[0]).toBe(
      'X has no band from 2022: the municipality number changed; we did not have the municipality’s own figures ' +
        'for the start year, so the model is not scored here.',
    );
  });

  it('names every size band in both languages', () => {
    const labels = SIZE_BAND_LABELS.map((l) => l.en);
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

// ------------------------------------------------------------------------------------------------------------
// the real file: only its shape, so that regenerating it (after any engine change) breaks nothing here

describe('track record: the built file the app loads (src/data/trackRecord.json)', () => {
  const record = trackRecordJson as unknown as TrackRecord;
  const infosAt = (origin: number): MunicipalityInfo[] =>
    MUNICIPALITIES.map((m) => ({
      code: m.code,
      county: m.county,
      centralityClass: m.centralityClass,
      sizeBand: sizeBandLabelAt(m, origin),
    }));
  const regionOf = (key: string): TrackRegion => {
    if (key === 'national') return NATIONAL;
    const [type, code] = key.split(':') as [TrackRegion['type'], string];
    return { type, code };
  };

  it('has the schema, runs and seed, and the origins the UI (and a share link) offers', () => {
    expect(record.schemaVersion).toBe(TRACK_RECORD_SCHEMA);
    expect(Number.isInteger(record.runs) && record.runs > 0).toBe(true);
    expect(Number.isInteger(record.seed)).toBe(true);
    expect(originsOf(record)).toEqual([...TRACK_ORIGINS]);
    expect([...TRACK_RECORD_ORIGINS].sort((a, b) => b - a)).toEqual([...TRACK_ORIGINS]);
    expect(TRACK_ORIGINS).toContain(DEFAULT_ORIGIN);
  });

  it.each([...TRACK_ORIGINS])(
    'from %i: every region the region picker offers, with a value per test year',
    (origin) => {
      const o = originTrackOf(record, origin);
      expect(o.years.length).toBeGreaterThan(0);
      expect(o.years[0]).toBe(origin + 1);
      for (const y of o.registeredBasisYears) expect(o.years).toContain(y);
      const keys = [
        'national',
        ...new Set(MUNICIPALITIES.map((m) => `fylke:${m.county}`)),
        ...[1, 2, 3, 4, 5, 6].map((c) => `sentralitet:${c}`),
        ...MUNICIPALITIES.map((m) => `kommune:${m.code}`),
      ];
      const missing = keys.filter((k) => !o.regions[k]);
      expect(missing).toEqual([]);
      const n = o.years.length;
      for (const k of keys) {
        const r = o.regions[k]!;
        const lengths = [
          ...['p10', 'p50', 'p90', 'actual', 'persistence'].flatMap((f) => [
            r.share[f as 'p10'].length,
            r.listLength[f as 'p10'].length,
          ]),
          r.pShareAtLeast5pct.length,
          r.shareAtLeast5pct.length,
        ];
        expect(
          lengths.every((l) => l === n),
          k,
        ).toBe(true);
        expect(r.scored).toBeLessThanOrEqual(r.members);
      }
      expect(o.regions['kommune:1811']!.members).toBe(1);
      expect(o.byCentralityClass.map((g) => g.group)).toEqual(['1', '2', '3', '4', '5', '6']);
      expect(o.bySizeBand.map((g) => g.group)).toEqual(SIZE_BAND_LABELS.map((l) => l.en));
    },
  );

  it.each([...TRACK_ORIGINS])(
    'from %i the pooled municipal coverage of the country and of each class equals the validation’s',
    (origin) => {
      const o = originTrackOf(record, origin);
      const infos = infosAt(origin);
      const national = trackView(record, origin, NATIONAL, infos).peers;
      expect(national.score!.cases).toBe(o.all.n);
      expect(national.score!.share.hits / national.score!.share.years).toBeCloseTo(o.all.share.coverage80, 4);
      for (const g of o.byCentralityClass) {
        const p = trackView(record, origin, { type: 'sentralitet', code: g.group }, infos).peers;
        expect(p.score!.cases, g.group).toBe(g.n);
        expect(p.score!.share.hits / p.score!.share.years, g.group).toBeCloseTo(g.share.coverage80, 4);
      }
    },
  );

  it('the summary reads cleanly for every region from every origin, in both languages', () => {
    const problems: string[] = [];
    for (const lang of ['nb', 'en'] as const) {
      setLocale(lang);
      for (const origin of TRACK_ORIGINS) {
        const infos = infosAt(origin);
        for (const key of Object.keys(originTrackOf(record, origin).regions)) {
          const text = trackSummary(trackView(record, origin, regionOf(key), infos), key);
          if (text.length === 0) problems.push(`${lang} ${origin} ${key}: no text`);
          for (const p of text)
            if (/undefined|NaN|null|\{|\}|–\s*$/.test(p)) problems.push(`${lang} ${origin} ${key}: ${p}`);
        }
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('from 2024 (one test year) a municipality held or missed in 2025, not "1 of 1 years" or "on average"', () => {
    const infos = infosAt(2024).map((m, i) => ({ ...m, hasSsbRows: MUNICIPALITIES[i]!.trend.length > 0 }));
    const o = originTrackOf(record, 2024);
    let checked = 0;
    for (const lang of ['nb', 'en'] as const) {
      setLocale(lang);
      for (const [key, r] of Object.entries(o.regions)) {
        if (!key.startsWith('kommune:') || r.scored === 0) continue;
        const text = trackSummary(trackView(record, 2024, regionOf(key), infos), key)[0]!;
        expect(text).not.toMatch(/1 av 1 år|1 of 1 years|i snitt|on average/);
        expect(text).toMatch(/i 2025|in 2025/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2 * 300);
    // Evenes has no SSB row in any year: it says so, from every origin
    setLocale('nb');
    for (const origin of TRACK_ORIGINS) {
      const v = trackView(record, origin, { type: 'kommune', code: '1853' }, infos);
      expect(trackSummary(v, 'Evenes')[0]).toMatch(/^Evenes har ikke noe bånd: SSB har ingen fastlegetall/);
    }
  });
});

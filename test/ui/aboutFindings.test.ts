// "Om modellen" says what the validation found in sentences built from the track record, never typed in: on the
// hand-written fixture (a loss to "no change", a year outside the band, a backtest miss) the exact sentences in bokmål,
// nynorsk and English; on the real src/data/trackRecord.json, that every claim agrees with its numbers.
import { afterEach, describe, expect, it } from 'vitest';
import trackRecordJson from '../../src/data/trackRecord.json';
import type { TrackRecord } from '../../src/engine/validation/trackRecord.ts';
import { setLocale } from '../../src/ui/i18n.ts';
import { areaSentence, validationFindings } from '../../src/ui/trackRecord/aboutFindings.ts';
import { areaCoverage, NARROW_BAND_COVERAGE } from '../../src/engine/validation/areaCoverage.ts';
import { formatPercent } from '../../src/ui/format.ts';
import { FIXTURE_RECORD } from './fixtures/trackRecord.ts';

const record = trackRecordJson as unknown as TrackRecord;
// Intl's nb-NO puts a no-break space before % and thousands; compare with plain spaces
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

afterEach(() => setLocale('nb'));

describe('validation findings (fixture)', () => {
  it('says in bokmål where the model wins and where it loses, from the numbers', () => {
    const [scores, national, backtest] = validationFindings(FIXTURE_RECORD).map(plain);
    // 2020: 0,05 < 0,06 and 20 < 30; 2022: 0,08 < 0,095 but 55 > 54 patients
    expect(scores).toBe(
      'Målt med CRPS slår den «ingen endring» på andelen uten fastlege fra alle startårene; slår den «ingen endring» på listelengden fra 2020, men taper fra 2022. Intervallet (p10–p90) traff det som skjedde for andelen uten fastlege i 67–75 % av kommune-årene og for listelengden i 67–75 % (målet er 80 %).',
    );
    // 2025: from 2020 band 0-10 % holds 9 %; from 2022 band 1-7 % misses 8 %
    expect(national).toBe(
      'Hele landet, andelen uten fastlege i 2025 i kommunene med egne tall ved startåret, modellens median (80 %-intervall) mot det som skjedde: fra 2020 1 % (0–10 %) mot 9 %; fra 2022 4 % (1–7 %) mot 8 %. Fra 2022 lå det som skjedde utenfor intervallet.',
    );
    expect(backtest).toContain(
      'antall fastleger +1,3 % i 2023 og −6,2 % i 2025, listelengden +2,5 % i 2023 og +2,8 % i 2025 (målet er ±5 %: 1 av 4 utenfor).',
    );
    expect(backtest).toContain('bommer på innbyggere uten fastlege med −71,7 % i 2023 og −64,4 % i 2025');
    // the in-sample row (nGps 2022) is not reported as a test
    expect(backtest).not.toContain('2,1 %');
  });

  it('says all wins plainly when there is no loss, and speaks nynorsk and English', () => {
    const allWin: TrackRecord = {
      ...FIXTURE_RECORD,
      origins: FIXTURE_RECORD.origins.map((o) => ({
        ...o,
        all: { ...o.all, listLength: { ...o.all.listLength, crps: o.all.listLength.crpsPersistence - 1 } },
      })),
    };
    expect(validationFindings(allWin)[0]).toMatch(
      /^Modellen slår «ingen endring» på begge utfall fra alle startårene \(2020 og 2022\)\./,
    );
    setLocale('nn');
    const nn = validationFindings(FIXTURE_RECORD).map(plain);
    expect(nn[0]).toContain('slår han «ingen endring» på listelengda frå 2020, men taper frå 2022');
    expect(nn[1]).toContain('Frå 2022 låg det som skjedde utanfor intervallet.');
    expect(nn[2]).toContain('1 av 4 utanfor');
    setLocale('en');
    const en = validationFindings(FIXTURE_RECORD).map(plain);
    expect(en[0]).toContain('it beats “no change” on the list length from 2020 but loses from 2022');
    expect(en[1]).toContain('From 2022 what happened lay outside the interval.');
    expect(en[2]).toContain('GPs +1.3% in 2023 and -6.2% in 2025');
  });
});

describe('validation findings: the backtest’s count as the app estimates it (fixture)', () => {
  const withMc = (rows: NonNullable<TrackRecord['backtest']['monteCarlo']>['rows']): TrackRecord => ({
    ...FIXTURE_RECORD,
    backtest: { ...FIXTURE_RECORD.backtest, monteCarlo: { runs: 200, seed: 1, rows } },
  });
  const backtestOf = (r: TrackRecord) =>
    plain(validationFindings(r).find((p) => /^(Tilbaketesting|National)/.test(p))!);

  it('says the Monte Carlo mean misses too, in the held-out years only, and that the actual lay above the band', () => {
    const missed = withMc([
      { year: 2022, sample: 'in', error: -0.616, errorP10: -0.778, errorP90: -0.476, tolerance: 0.3 },
      { year: 2023, sample: 'out', error: -0.664, errorP10: -0.819, errorP90: -0.503, tolerance: 0.3 },
      { year: 2025, sample: 'out', error: -0.585, errorP10: -0.774, errorP90: -0.387, tolerance: 0.3 },
    ]);
    const text = backtestOf(missed);
    expect(text).toContain('bommer på innbyggere uten fastlege med −71,7 % i 2023 og −64,4 % i 2025');
    expect(text).toContain(
      'Gjennomsnittet av 200 kjøringer med tilfeldige hendelser, det appen viser, bommer også, med −66,4 % i 2023 og −58,5 % i 2025, og det som skjedde lå over 80 %-intervallet alle årene.',
    );
    expect(text).not.toContain('61,6');
    expect(text).not.toContain('vurderes derfor i usikkerhetsberegningen');
  });

  it('says a hit within the target plainly, and names the years outside the band (English)', () => {
    setLocale('en');
    const hit = withMc([
      { year: 2023, sample: 'out', error: -0.12, errorP10: -0.3, errorP90: 0.1, tolerance: 0.3 },
      { year: 2025, sample: 'out', error: 0.05, errorP10: 0.02, errorP90: 0.3, tolerance: 0.3 },
    ]);
    expect(backtestOf(hit)).toContain(
      'The mean of 200 runs with random events, which the app shows, misses by -12% in 2023 and +5% in 2025 (the target is ±30%: within), and what happened lay outside the 80% interval in 2025.',
    );
  });
});

describe('validation findings: the model against where those that stood alike went (fixture)', () => {
  const withStanding = (naive: readonly [number, number]): TrackRecord => ({
    ...FIXTURE_RECORD,
    origins: FIXTURE_RECORD.origins.map((o) => ({
      ...o,
      all: { ...o.all, share: { ...o.all.share, crpsStanding: o.origin === 2020 ? naive[0] : naive[1] } },
    })),
  });

  it('says from which start years the model was better, with both CRPS as printed', () => {
    // model: 0,05 from 2020 and 0,08 from 2022; the naive 0,055 and 0,079
    const first = plain(validationFindings(withStanding([0.055, 0.079]))[0]!);
    expect(first).toContain(
      'Mot en naiv prognose som vet hvor kommunen sto ved startåret (hvor kommuner som sto likt, havnet like mange år senere) er modellen på andelen uten fastlege bedre fra 2020, men ikke fra 2022 (CRPS i prosentpoeng: fra 2020 5,00 mot 5,50; fra 2022 8,00 mot 7,90).',
    );
    expect(plain(validationFindings(withStanding([0.06, 0.09]))[0]!)).toContain('bedre fra alle startårene');
    // a tie as printed is no win
    expect(plain(validationFindings(withStanding([0.05, 0.08]))[0]!)).toContain('ikke bedre fra noe startår');
    setLocale('en');
    expect(plain(validationFindings(withStanding([0.055, 0.079]))[0]!)).toContain(
      'better from 2020 but not from 2022 (CRPS in percentage points: from 2020 5.00 against 5.50; from 2022 8.00 against 7.90).',
    );
  });

  it('says nothing of it without the score (older files)', () => {
    expect(validationFindings(FIXTURE_RECORD)[0]).not.toMatch(/naiv prognose/);
  });
});

// (the last finding is the larger areas' bands; where municipalities stood comes before it)
describe('validation findings: where municipalities stood at the start year (fixture)', () => {
  it('gives the crisis band and the band at 0 per start year, and where the model came closer than "no change"', () => {
    const standing = plain(validationFindings(FIXTURE_RECORD).at(-2)!);
    // crisis: 2020 |10 − 25| > |30 − 25| ("no change" closer), 2022 |20 − 18| < |40 − 18|; at 0: 4,5 against 0 for 3,2
    expect(standing).toBe(
      'Kommuner med 20 % eller mer uten fastlege ved startåret hadde i snitt så mange uten fastlege i årene etter: fra 2020 25,0 % (modellen 10,0 %, «ingen endring» 30,0 %); fra 2022 18,0 % (modellen 20,0 %, «ingen endring» 40,0 %). Modellen lå nærmere enn «ingen endring» fra 2022, ikke fra 2020. ' +
        'Kommuner der ingen sto uten fastlege ved startåret: fra 2020 3,2 % (modellen 4,5 %, «ingen endring» 0,0 %); fra 2022 3,2 % (modellen 4,5 %, «ingen endring» 0,0 %). Modellen lå nærmere enn «ingen endring» fra alle startårene.',
    );
    setLocale('nn');
    expect(plain(validationFindings(FIXTURE_RECORD).at(-2)!)).toContain(
      'Modellen låg nærare enn «ingen endring» frå 2022, ikkje frå 2020.',
    );
    setLocale('en');
    expect(plain(validationFindings(FIXTURE_RECORD).at(-2)!)).toContain(
      'from 2020 25.0% (the model 10.0%, “no change” 30.0%)',
    );
  });

  it('says a tie as printed as no win for either side', () => {
    const tie: TrackRecord = {
      ...FIXTURE_RECORD,
      origins: FIXTURE_RECORD.origins.map((o) => ({
        ...o,
        byOriginBand: o.byOriginBand.map((g) =>
          g.group === '3' ? { ...g, share: { ...g.share, mean: 0.2, meanPersistence: 0.2, meanActual: 0.2 } } : g,
        ),
      })),
    };
    expect(plain(validationFindings(tie).at(-2)!)).toContain(
      'Modellen lå ikke nærmere enn «ingen endring» fra noe startår. Kommuner der ingen',
    );
  });
});

describe('validation findings: the probabilities against the naive ones (fixture)', () => {
  const brier = (recal: number, runs: number, base: number) => ({
    n: 4,
    observedRate: 0.3,
    brier: { model: runs, modelPooled: recal, persistence: 0.3, climatology: 0.25, stateBaseRate: base },
  });
  const withEvents: TrackRecord = {
    ...FIXTURE_RECORD,
    origins: FIXTURE_RECORD.origins.map((o) => ({
      ...o,
      events:
        o.origin === 2020
          ? { anyListWithoutGp: brier(0.2, 0.21, 0.22), shareAtLeast5pct: brier(0.18, 0.19, 0.2) }
          : { anyListWithoutGp: brier(0.2, 0.19, 0.19), shareAtLeast5pct: brier(0.15, 0.16, 0.17) },
    })),
  };

  it('counts the wins over each naive forecast and names the losses', () => {
    const text = plain(validationFindings(withEvents)[2]!);
    expect(text).toContain('bedre enn «ingen endring» i 4 av 4, enn sentralitetsklassens fordeling i 4 av 4');
    expect(text).toContain('i 3 av 4 (ikke fra 2022 for «minst én liste uten fastlege»)');
    expect(text).toContain('Kjøringenes egne andeler, uten vektingen, var bedre i 1 av 4.');
  });

  it('names several start years lost to the base rate with "og", in English with "or"', () => {
    const lostBoth: TrackRecord = {
      ...withEvents,
      origins: withEvents.origins.map((o) => ({
        ...o,
        events: { anyListWithoutGp: brier(0.2, 0.21, 0.19), shareAtLeast5pct: brier(0.18, 0.19, 0.17) },
      })),
    };
    const years = lostBoth.origins.map((o) => o.origin);
    expect(years.length).toBe(2);
    expect(plain(validationFindings(lostBoth)[2]!)).toContain(`(ikke fra ${years[0]} og ${years[1]})`);
    setLocale('en');
    try {
      expect(plain(validationFindings(lostBoth)[2]!)).toContain(`(not from ${years[0]} or ${years[1]})`);
    } finally {
      setLocale('nb');
    }
  });
});

describe('validation findings (src/data/trackRecord.json)', () => {
  const findings = validationFindings(record).map(plain);
  const [scores, national] = findings;
  const backtest = findings.find((p) => p.startsWith('Tilbaketesting'));

  it('claims a win on an outcome only where the model’s CRPS is lower than "no change"', () => {
    const wonAll = record.origins.every(
      (o) => o.all.share.crps < o.all.share.crpsPersistence && o.all.listLength.crps < o.all.listLength.crpsPersistence,
    );
    expect(scores!.startsWith('Modellen slår «ingen endring» på begge utfall')).toBe(wonAll);
    if (!wonAll) expect(scores).toContain('taper');
  });

  it('names every start year whose national band missed what happened in the last test year', () => {
    const last = Math.max(...record.origins.flatMap((o) => o.years));
    const missed = record.origins.filter((o) => {
      const s = o.regions['national']!.share;
      const i = o.years.indexOf(last);
      return s.actual[i]! < s.p10[i]! || s.actual[i]! > s.p90[i]!;
    });
    if (missed.length === 0) expect(national).toContain('Alle innenfor intervallet.');
    else
      for (const o of missed)
        expect(national).toMatch(new RegExp(`Fra [^.]*${o.origin}[^.]* lå det som skjedde utenfor`));
  });

  it('counts the probabilities’ wins over the naive forecasts as the Brier scores say', () => {
    const text = plain(validationFindings(record).find((p) => p.startsWith('Sannsynlighetene appen viser'))!);
    const pairs = record.origins.flatMap((o) => Object.values(o.events!));
    const n = pairs.length;
    expect(n).toBe(2 * record.origins.length);
    const wins = (f: 'persistence' | 'climatology' | 'stateBaseRate') =>
      pairs.filter((p) => p.brier.modelPooled! < p.brier[f]!).length;
    expect(text).toContain(`bedre enn «ingen endring» i ${wins('persistence')} av ${n}`);
    expect(text).toContain(`enn sentralitetsklassens fordeling i ${wins('climatology')} av ${n}`);
    expect(text).toContain(`fikk det samme, i ${wins('stateBaseRate')} av ${n}`);
    const runs = pairs.filter((p) => p.brier.model! < p.brier.modelPooled!).length;
    expect(text).toContain(`var bedre i ${runs} av ${n}.`);
  });

  it('says from which start years the model beat where those that stood alike went, as the CRPS say', () => {
    for (const o of record.origins) {
      const naive = o.all.share.crpsStanding!;
      expect(naive).toBeGreaterThan(0);
      const won = Math.round(o.all.share.crps * 10000) < Math.round(naive * 10000);
      const part = scores!.split('Mot en naiv prognose')[1]!.split(' (CRPS')[0]!;
      if (won) expect(part).toMatch(new RegExp(`bedre fra (alle startårene|[^,]*${o.origin})`));
      else expect(part).toMatch(new RegExp(`ikke (bedre )?fra [^.]*${o.origin}`));
    }
  });

  it('says from which start years the model came closer than "no change" where municipalities stood', () => {
    const standing = findings.at(-2)!;
    for (const band of ['3', '0']) {
      const closer = record.origins.filter((o) => {
        const s = o.byOriginBand.find((g) => g.group === band)!.share;
        const miss = (x: number) => Math.abs(Math.round(x * 1000) - Math.round(s.meanActual * 1000));
        return miss(s.mean) < miss(s.meanPersistence);
      });
      const part = band === '3' ? standing.split('Kommuner der ingen')[0]! : standing.split('Kommuner der ingen')[1]!;
      if (closer.length === record.origins.length)
        expect(part).toContain('Modellen lå nærmere enn «ingen endring» fra alle startårene.');
      else for (const o of closer) expect(part).toMatch(new RegExp(`nærmere enn «ingen endring» fra [^.]*${o.origin}`));
    }
  });

  it('reports the Monte Carlo mean of the backtest’s count in its held-out years', () => {
    const mc = record.backtest.monteCarlo!;
    const out = mc.rows.filter((r) => r.sample === 'out');
    expect(out.length).toBeGreaterThan(0);
    expect(backtest).toContain(`Gjennomsnittet av ${mc.runs} kjøringer med tilfeldige hendelser`);
    const missed = out.some((r) => Math.abs(r.error) > r.tolerance);
    expect(backtest!.includes('bommer også')).toBe(missed);
  });

  it('reports the backtest’s held-out years and its verdict on the ±5 % target', () => {
    const held = record.backtest.rows.filter(
      (r) => r.sample === 'out' && (r.indicator === 'nGps' || r.indicator === 'meanListLength'),
    );
    expect(held.length).toBeGreaterThan(0);
    for (const r of held) expect(backtest).toContain(` i ${r.year}`);
    const outside = held.filter((r) => Math.abs(r.error) > r.tolerance).length;
    expect(backtest).toContain(outside === 0 ? 'alle innenfor' : `${outside} av ${held.length} utenfor`);
  });
});

describe('validation findings: the bands of larger areas (src/data/trackRecord.json)', () => {
  it('gives each area’s hit rate as areaCoverage counts it, and names the areas whose median missed more than "no change"', () => {
    const areas = areaCoverage(record.origins);
    const sentence = plain(areaSentence(record.origins)!);
    const pctOf = (h: (typeof areas)[number]['share']) => plain(formatPercent(h.inside / h.n, 0));
    const [national, fylke, klasse, kommune] = areas;
    expect(sentence).toContain(
      `traff intervallet andelen uten fastlege i ${pctOf(national!.share)} av tilfellene for hele landet, ${pctOf(fylke!.share)} for fylkene og ${pctOf(klasse!.share)} for sentralitetsklassene (kommunene: ${pctOf(kommune!.share)})`,
    );
    expect(sentence).toContain(
      `listelengden i ${pctOf(national!.listLength)}, ${pctOf(fylke!.listLength)} og ${pctOf(klasse!.listLength)} (kommunene: ${pctOf(kommune!.listLength)})`,
    );
    const narrow = [national!, fylke!, klasse!].some(
      (a) => Math.min(a.share.inside / a.share.n, a.listLength.inside / a.listLength.n) < NARROW_BAND_COVERAGE,
    );
    expect(sentence.startsWith('For større områder har 80 %-intervallet vært for smalt.')).toBe(narrow);
    const shareLosses = [national!, fylke!, klasse!].filter((a) => a.share.maeMedian > a.share.maePersistence);
    expect(sentence.includes('På andelen uten fastlege bommet medianen i snitt mer enn «ingen endring»')).toBe(
      shareLosses.length > 0,
    );
    expect(validationFindings(record).map(plain)).toContain(sentence);
  });
});

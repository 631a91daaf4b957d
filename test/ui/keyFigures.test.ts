// The key cards say what can be known (issue #13): the "Fastleger som mangler" card, like the residents-without-a-GP
// card beside it, leads with the probability of at least one list without a GP in a municipality with few lists
// (then the expected number of GPs short, to a tenth, and the 80 % interval), says that it follows until Monte Carlo
// has run, and elsewhere gives the expected number with its interval; in bokmål and English, nb-NO numbers.
import { afterEach, describe, expect, it } from 'vitest';
import type { Band, McEvents, ResultId } from '../../src/engine/index.ts';
import type { ChartData } from '../../src/ui/chartView.ts';
import { formatProbability, formatRoundedGpCount, roundGpCount } from '../../src/ui/format.ts';
import { EVENT_MAPS } from '../../src/ui/eventMaps.ts';
import { registerLocale, setLocale, t } from '../../src/ui/i18n.ts';
import { bandNote } from '../../src/ui/chartCautions.ts';
import { NN } from '../../src/ui/strings/nn.ts';
import {
  CARDS,
  ghostContent,
  plainContent,
  definitionText,
  untriedCardsNote,
  FEW_LISTS,
  shortContent,
  standingDefinition,
  standingLine,
  withoutGpContent,
} from '../../src/ui/keyFigures.ts';
import type { StandingRates } from '../../src/engine/validation/baseRates.ts';

afterEach(() => setLocale('nb'));

type Series = Partial<Record<ResultId, number[]>>;
const band = (p10: number, p50: number, p90: number): Band => ({ p10: [p10], p50: [p50], p90: [p90] }) as Band;
const events = (pAny: number, pShare: number, mean: number): McEvents =>
  ({
    years: [2030],
    runs: 200,
    pAnyListWithoutGp: [pAny],
    pShareAtLeast5pct: [pShare],
    meanResidentsWithoutGp: [mean],
    pooled: false,
    pAnyListWithoutGpRuns: [pAny],
    pShareAtLeast5pctRuns: [pShare],
  }) as McEvents;

/** One year (2030) of a region: deterministic series, and Monte Carlo bands and events when given. */
function data(
  regionType: 'kommune' | 'national',
  det: { current: Series; baseline: Series },
  mc?: {
    current: Partial<Record<ResultId, Band>>;
    baseline: Partial<Record<ResultId, Band>>;
    events: { current: McEvents; baseline: McEvents };
  },
): ChartData {
  return {
    years: [2030],
    current: det.current as ChartData['current'],
    baseline: det.baseline as ChartData['baseline'],
    mc: mc
      ? {
          current: mc.current as Record<ResultId, Band>,
          baseline: mc.baseline as Record<ResultId, Band>,
          events: mc.events,
        }
      : null,
    history: { source: 'test', derived: [], series: {} },
    markers: [],
    regionName: 'Test',
    regionType,
  };
}

/** A small municipality: 5 GPs and 1 list without one (6 lists), lists of about 600. */
const SMALL_DET = {
  current: { nGps: [5], nVacantLists: [1], nResidentsWithoutGp: [610], meanListLength: [600] },
  baseline: { nGps: [5], nVacantLists: [1], nResidentsWithoutGp: [640], meanListLength: [590] },
};
const SMALL_MC = {
  // 0 in the 10th percentile, about one and a half lists in the 90th
  current: { nResidentsWithoutGp: band(0, 590, 900), meanListLength: band(580, 600, 620) },
  baseline: { nResidentsWithoutGp: band(0, 600, 950), meanListLength: band(570, 590, 610) },
  events: { current: events(0.68, 0.66, 420), baseline: events(0.58, 0.55, 380) },
};

/** The country: thousands of lists. */
const NATIONAL_DET = {
  current: { nGps: [5200], nVacantLists: [160], nResidentsWithoutGp: [152_300], meanListLength: [1000] },
  baseline: { nGps: [5200], nVacantLists: [170], nResidentsWithoutGp: [165_000], meanListLength: [1000] },
};
const NATIONAL_MC = {
  current: { nResidentsWithoutGp: band(120_000, 150_000, 190_000), meanListLength: band(980, 1000, 1020) },
  baseline: { nResidentsWithoutGp: band(130_000, 160_000, 200_000), meanListLength: band(985, 1005, 1025) },
  events: { current: events(1, 0.2, 151_400), baseline: events(1, 0.3, 163_800) },
};

describe('GPs rounded to what can be known', () => {
  it.each([
    [0, 0],
    [0.04, 0],
    [0.05, 0.1],
    [0.74, 0.7],
    [1, 1],
    [9.94, 9.9],
    [9.96, 10],
    [152.4, 152],
    [999.4, 999],
    [1234, 1230],
    [-0.26, -0.3],
    [-0.04, 0],
  ])('%d → %d', (v, r) => {
    expect(Object.is(roundGpCount(v), r)).toBe(true);
  });

  it('formats them in nb-NO: a tenth below 10, whole above; a few hundredths are "< 0,1", never 0', () => {
    expect(formatRoundedGpCount(0.74)).toBe('0,7');
    expect(formatRoundedGpCount(1)).toBe('1,0');
    expect(formatRoundedGpCount(0)).toBe('0');
    expect(formatRoundedGpCount(0.02)).toBe('<\u00a00,1');
    expect(formatRoundedGpCount(-0.26)).toBe('\u22120,3');
    expect(formatRoundedGpCount(152.4)).toBe('152');
    expect(formatRoundedGpCount(1234)).toBe('1\u00a0230');
    setLocale('en');
    expect(formatRoundedGpCount(0.74)).toBe('0.7');
    expect(formatRoundedGpCount(1234)).toBe('1,230');
  });
});

describe('a card before Monte Carlo holds the lines it will have (its ghost), so nothing moves when they come', () => {
  const card = (id: string) => CARDS.find((c) => c.id === id)!;
  const withPop = (det: typeof SMALL_DET, pop: number) => ({ ...det, current: { ...det.current, population: [pop] } });
  const cases = [
    ['a municipality with few lists', data('kommune', withPop(SMALL_DET, 3500)), data('kommune', SMALL_DET, SMALL_MC)],
    ['the country', data('national', withPop(NATIONAL_DET, 5_600_000)), data('national', NATIONAL_DET, NATIONAL_MC)],
  ] as const;
  for (const [name, before, after] of cases)
    it(`${name}: the same kind and lines as once the runs are in, a change written out, probabilities at their widest`, () => {
      for (const id of ['without2030', 'short2030']) {
        const ghost = ghostContent(card(id), before, 0);
        const final = id === 'short2030' ? shortContent(after, 0) : withoutGpContent(after, 0);
        expect(ghost.kind, id).toBe(final.kind);
        expect(ghost.lines.length, id).toBe(final.lines.length);
        // a change from current policy even where there is none (a lever moved later would make the card taller)
        expect(ghost.deltaText, id).toMatch(/mot dagens politikk/);
        expect(ghost.deltaText, id).not.toBe(t('kfSame'));
      }
      const lines = ghostContent(card('without2030'), before, 0).lines.join(' ');
      expect(lines).toContain(formatProbability(0.99));
    });

  it('the cost: its change with an interval and the band, as once the runs are in', () => {
    const det = {
      current: { ...NATIONAL_DET.current, publicCostNok: [17.0e9] },
      baseline: { ...NATIONAL_DET.baseline, publicCostNok: [17.0e9] },
    };
    const ghost = ghostContent(card('cost2030'), data('national', det), 0);
    expect(ghost.deltaText).toMatch(/^\+\d+ mot dagens politikk \(.+\)$/);
    expect(ghost.lines).toHaveLength(plainContent(card('cost2030'), data('national', det), 0).lines.length);
    expect(ghost.lines[0]).toMatch(/^80\u00a0% usikkerhetsintervall: /);
  });
});

describe('the "Fastleger som mangler" card', () => {
  it('a municipality with few lists, before Monte Carlo: no lone count, the probability follows', () => {
    expect(5 + 1).toBeLessThanOrEqual(FEW_LISTS);
    const c = shortContent(data('kommune', SMALL_DET), 0);
    expect(c).toMatchObject({ kind: 'pending', unit: '', deltaText: '', lines: [] });
    expect(c.number).toBe('Sannsynligheten for minst én liste uten fastlege vises når usikkerheten er beregnet.');
    expect(c.value).toBeCloseTo(610 / 600, 12); // the deterministic figure stays in data-value
    // the residents card beside it says the same
    expect(withoutGpContent(data('kommune', SMALL_DET), 0).number).toBe(c.number);
  });

  it('a municipality with few lists, after Monte Carlo: the probability, the expected number, the interval', () => {
    const c = shortContent(data('kommune', SMALL_DET, SMALL_MC), 0);
    expect(c).toEqual({
      kind: 'probability',
      value: 0.68,
      delta: 0.68 - 0.58,
      roundedDelta: 10,
      number: '70\u00a0%',
      unit: 'sannsynlighet for minst én liste uten fastlege',
      deltaText: '+10 prosentpoeng mot dagens politikk',
      lines: [
        // 420 expected residents without a GP over the median list length of 600
        'Forventet antall leger: 0,7',
        // p10 and p90 of the residents without a GP, 0 and 900, over 600
        '80\u00a0% usikkerhetsintervall: 0–1,5 leger',
      ],
    });
    // the same probability as the residents card leads with, and the same wording
    const r = withoutGpContent(data('kommune', SMALL_DET, SMALL_MC), 0);
    expect([r.kind, r.number, r.unit]).toEqual(['probability', c.number, c.unit]);
  });

  it('in English', () => {
    setLocale('en');
    const c = shortContent(data('kommune', SMALL_DET, SMALL_MC), 0);
    expect([c.number, c.unit, c.deltaText, ...c.lines]).toEqual([
      '70%',
      'probability of at least one list without a GP',
      '+10 percentage points vs current policy',
      'Expected number of doctors: 0.7',
      '80% uncertainty interval: 0–1.5 doctors',
    ]);
    expect(shortContent(data('kommune', SMALL_DET), 0).number).toBe(
      'The probability of at least one list without a GP shows once the uncertainty has been computed.',
    );
  });

  it('the same probability as current policy reads "som dagens politikk"', () => {
    const same = { ...SMALL_MC, events: { current: events(0.6, 0.5, 400), baseline: events(0.61, 0.5, 400) } };
    const c = shortContent(data('kommune', SMALL_DET, same), 0);
    expect([c.roundedDelta, c.deltaText]).toEqual([0, 'som dagens politikk']);
  });

  it('the country, before Monte Carlo: the deterministic count of GPs, the change, what follows', () => {
    const c = shortContent(data('national', NATIONAL_DET), 0);
    expect(c).toEqual({
      kind: 'count',
      value: 152.3,
      delta: 152.3 - 165,
      roundedDelta: -13,
      number: '152',
      unit: 'leger',
      deltaText: '\u221213 mot dagens politikk',
      lines: ['Forventet antall og 80\u00a0% intervall kommer når usikkerheten er beregnet.'],
    });
  });

  it('the country, after Monte Carlo: the expected number and its interval, against current policy', () => {
    const c = shortContent(data('national', NATIONAL_DET, NATIONAL_MC), 0);
    // 151 400 / 1 000 against 163 800 / 1 005; interval 120 000 and 190 000 over 1 000
    expect(c.kind).toBe('expected');
    expect(c.value).toBeCloseTo(151.4, 12);
    expect(c.delta).toBeCloseTo(151.4 - 163_800 / 1005, 12);
    expect([c.number, c.unit, c.deltaText, ...c.lines]).toEqual([
      '151',
      'leger (forventet antall)',
      '\u221212 mot dagens politikk',
      '80\u00a0% usikkerhetsintervall: 120–190 leger',
    ]);
    setLocale('en');
    expect(shortContent(data('national', NATIONAL_DET, NATIONAL_MC), 0).unit).toBe('doctors (expected number)');
  });

  it('a municipality with more lists than FEW_LISTS gives the expected number, with a tenth below 10', () => {
    const det = {
      current: { nGps: [30], nVacantLists: [2], nResidentsWithoutGp: [1500], meanListLength: [900] },
      baseline: { nGps: [30], nVacantLists: [2], nResidentsWithoutGp: [1500], meanListLength: [900] },
    };
    const mc = {
      current: { nResidentsWithoutGp: band(0, 1000, 2700), meanListLength: band(880, 900, 920) },
      baseline: { nResidentsWithoutGp: band(0, 1000, 2700), meanListLength: band(880, 900, 920) },
      events: { current: events(0.8, 0.2, 1130), baseline: events(0.8, 0.2, 1130) },
    };
    expect(shortContent(data('kommune', det), 0)).toMatchObject({ kind: 'count', number: '1,7' });
    const c = shortContent(data('kommune', det, mc), 0);
    expect([c.kind, c.number, c.deltaText, ...c.lines]).toEqual([
      'expected',
      '1,3',
      'som dagens politikk',
      '80\u00a0% usikkerhetsintervall: 0–3,0 leger',
    ]);
  });
});

describe('beside a municipality’s probability: how often municipalities that stood alike had a list without a GP', () => {
  const standing = (p: number | null, pairs: number): StandingRates => ({
    band: 3,
    share: 0.3,
    fromYear: 2015,
    untilYear: 2025,
    years: [2030],
    pAnyListWithoutGp: [p],
    pShareAtLeast5pct: [p],
    pairs: [pairs],
    meanShare: [p === null ? null : 0.143],
    poolAnyListWithoutGp: [p ?? 0.5],
    poolShareAtLeast5pct: [p ?? 0.5],
  });
  const withStanding = (regionType: 'kommune' | 'national', s: StandingRates, mc = true) => ({
    ...data(regionType, SMALL_DET, mc ? SMALL_MC : undefined),
    standing: s,
  });

  it('a municipality with few lists: under the probability, with the number of cases, before the other lines', () => {
    const c = withoutGpContent(withStanding('kommune', standing(0.54, 87)), 0);
    expect(c.kind).toBe('probability');
    expect(c.lines[0]).toBe('Kommuner som sto likt i 2025: 55\u00a0% (87 tilfeller), i snitt 14\u00a0% uten fastlege');
    expect(c.lines.slice(1).join(' | ')).toMatch(
      /^Minst 5\u00a0% av innbyggerne uten fastlege: 65\u00a0% \| Forventet/,
    );
  });

  it('too few cases is said, never a pooled rate; other regions and no start rates: no line', () => {
    expect(standingLine(withStanding('kommune', standing(null, 0)), 0)).toEqual([
      'Kommuner som sto likt i 2025: for få tilfeller',
    ]);
    expect(standingLine(withStanding('national', standing(0.54, 87)), 0)).toEqual([]);
    expect(standingLine(data('kommune', SMALL_DET, SMALL_MC), 0)).toEqual([]);
  });

  it('the definition names the band and the years, before the probabilities too (no move when they come); in nynorsk and English', () => {
    const before = standingDefinition(withStanding('kommune', standing(0.54, 87), false));
    expect(before).toBe(standingDefinition(withStanding('kommune', standing(0.54, 87))));
    expect(definitionText(withStanding('kommune', standing(0.54, 87), false))).toContain(before);
    expect(standingDefinition(withStanding('national', standing(0.54, 87), false))).toBe('');
    expect(standingDefinition(withStanding('kommune', standing(0.54, 87)))).toContain(
      'ved start (20\u00a0% eller mer) hadde minst én liste uten fastlege like mange år senere, og hvor stor andel av innbyggerne som da i snitt var uten fastlege (SSB 2015–2025), uten modell',
    );
    registerLocale('nn', NN);
    setLocale('nn');
    expect(standingLine(withStanding('kommune', standing(0.54, 87)), 0)).toEqual([
      'Kommunar som stod likt i 2025: 55\u00a0% (87 tilfelle), i snitt 14\u00a0% utan fastlege',
    ]);
    setLocale('en');
    expect(standingLine(withStanding('kommune', standing(0.54, 87)), 0)).toEqual([
      'Municipalities that stood alike in 2025: 55% (87 cases), on average 14% without a GP',
    ]);
    expect(standingDefinition(withStanding('kommune', standing(0.54, 87)))).toContain('(20% or more)');
  });

  it('when the card’s probability is pooled with these rates, the definition says how much each counts', () => {
    const pooled = { ...SMALL_MC.events.current, pooled: true };
    const d = {
      ...withStanding('kommune', standing(0.54, 87)),
      mc: { ...SMALL_MC, events: { current: pooled, baseline: pooled } },
    };
    const w = EVENT_MAPS.anyListWithoutGp.poolWeight;
    const pct = (x: number) => `${Math.round(x * 100)}\u00a0%`;
    expect(standingDefinition(d as never)).toContain(
      `Sannsynligheten i kortet teller modellens kjøringer ${pct(w)} og hvor ofte kommuner som sto likt fikk det ${pct(1 - w)}`,
    );
    expect(standingDefinition(withStanding('kommune', standing(0.54, 87)))).not.toContain('Sannsynligheten i kortet');
    // the probability chart's note says the weights itself
    expect(standingDefinition(d as never, false)).not.toContain('Sannsynligheten i kortet');
  });
});

describe('the definition under the key figures', () => {
  it('for the country adds the charts’ note that its bands have held too seldom, before and after Monte Carlo', () => {
    const national = data('national', SMALL_DET, SMALL_MC);
    const note = bandNote({ tried: true }, national);
    if (note !== t('bandHorizonNote')) {
      expect(definitionText(national).endsWith(` ${note}`)).toBe(true);
      // the same text before the runs, so that nothing above the charts grows when they arrive
      expect(definitionText(data('national', SMALL_DET)).endsWith(` ${note}`)).toBe(true);
    }
    expect(definitionText(national).startsWith(t('differenceDefinition'))).toBe(true);
    // a municipality: no such note
    expect(definitionText(data('kommune', SMALL_DET, SMALL_MC))).not.toContain('for smalt');
  });

  it('names the cards whose intervals the track record has not tried (2035 and the cost), before and after Monte Carlo', () => {
    const years = Array.from({ length: 15 }, (_, i) => 2026 + i);
    expect(untriedCardsNote({ years })).toBe(
      'Intervallene i «Uten fastlege 2035» og «Offentlig kostnad 2030» er modellens spredning, ikke prøvd mot det som skjedde: Treffsikkerhet prøver andelen uten fastlege og listelengden inntil 5 år fram.',
    );
    // only the cards shown: without 2035 in the years, the cost alone; none before 2030
    const costOnly = untriedCardsNote({ years: years.filter((y) => y <= 2030) });
    expect(costOnly).toMatch(/^Intervallene i «Offentlig kostnad 2030» er /);
    expect(untriedCardsNote({ years: [2026, 2027] })).toBe('');
    // in the definition under the cards, the same before the runs as after (nothing above the charts grows)
    for (const kind of ['kommune', 'national'] as const) {
      const d = data(kind, SMALL_DET, SMALL_MC);
      expect(d.years).toContain(2030);
      expect(definitionText(d)).toContain(untriedCardsNote(d));
      expect(definitionText(data(kind, SMALL_DET))).toContain(untriedCardsNote(d));
    }
  });
});

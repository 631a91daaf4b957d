// Reference lines on the charts (issue #16, src/ui/map/peerLines.ts): on a small national result written by hand,
// the peers' line is the unweighted mean of the peers the peers table lists (peersOf), computed here by hand, the
// county's and the country's lines are their aggregates, the legend names the run the projection holds; the chart
// draws them, its table and its CSV carry them when on (and only for comparable outcomes), the slide too. One real
// national run checks the same for Bindal.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHART_SPECS } from '../../src/ui/chartSpecs.ts';
import { ChartView, resultLabel, type ChartData, type ReferenceLine } from '../../src/ui/chartView.ts';
import { chartCsv } from '../../src/ui/export/chartExport.ts';
import { chartSlide, type ChartInput } from '../../src/ui/export/report/build.ts';
import { setLocale } from '../../src/ui/i18n.ts';
import { aggregateAt, valueAt, type MapNumbers } from '../../src/ui/map/mapData.ts';
import { namedReferences, referenceSet, REFERENCE_OUTCOMES, REFERENCE_STYLES } from '../../src/ui/map/peerLines.ts';
import { peersOf } from '../../src/ui/map/peers.ts';
import { mapSeries } from '../../src/ui/sim/mapCompute.ts';
import type { MapMunicipality, MapOutcome, MapPair, MapSeries, SeriesSet } from '../../src/ui/sim/protocol.ts';

const YEARS = [2024, 2025, 2026, 2027];
const FIRST_PROJECTED = 2026;

const mun = (code: string, name: string, population: number, centrality = 5, county = '18'): MapMunicipality => ({
  code,
  name,
  county,
  countyName: county === '18' ? 'Nordland' : 'Trøndelag',
  centrality,
  population,
  imputed: false,
});

/** Aa is the region; Bb-Ff share its class and size band (2 000-4 999), Gg its class only, Hh neither. */
const MUNS = [
  mun('0001', 'Aa', 3000),
  mun('0002', 'Bb', 2500),
  mun('0003', 'Cc', 3500),
  mun('0004', 'Dd', 4000),
  mun('0005', 'Ee', 4500),
  mun('0006', 'Ff', 2200),
  mun('0007', 'Gg', 30000),
  mun('5001', 'Hh', 3000, 6, '50'),
];

/** Share without a GP under current policy, 2024-2027 (Cc has no SSB figure for 2024). */
const SHARE = [
  [0.02, 0.03, 0.04, 0.05],
  [0.01, 0.02, 0.03, 0.04],
  [NaN, 0.04, 0.05, 0.06],
  [0.03, 0.03, 0.03, 0.03],
  [0.05, 0.06, 0.07, 0.08],
  [0.0, 0.01, 0.01, 0.01],
  [0.1, 0.1, 0.1, 0.1],
  [0.2, 0.2, 0.2, 0.2],
];

function pair(f: (m: number, y: number, scenario: boolean) => number): MapPair<Float32Array> {
  const make = (scenario: boolean) =>
    Float32Array.from({ length: MUNS.length * YEARS.length }, (_, i) =>
      f(Math.floor(i / YEARS.length), i % YEARS.length, scenario),
    );
  return { baseline: make(false), current: make(true) };
}

const projected = (y: number) => YEARS[y]! >= FIRST_PROJECTED;

function numbers(scenarioHelps = true): MapNumbers {
  const agg = (base: number[], cur: number[]) => ({ baseline: base, current: cur });
  const aggregates: MapSeries['aggregates'] = {};
  const region = (share: MapPair<number[]>, list: number[], onCall: number[]) =>
    ({
      withoutGpShare: share,
      meanListLength: agg(list, list),
      onCallHours: agg(onCall, onCall),
      gpsPer1000: agg([1, 1, 1, 1], [1, 1, 1, 1]),
    }) satisfies Record<MapOutcome, MapPair<number[]>>;
  aggregates['fylke:18'] = region(
    agg([0.04, 0.05, 0.06, 0.07], scenarioHelps ? [0.04, 0.05, 0.055, 0.065] : [0.04, 0.05, 0.06, 0.07]),
    [950, 955, 960, 965],
    [NaN, NaN, 20, 21],
  );
  aggregates['fylke:50'] = region(agg([0.2, 0.2, 0.2, 0.2], [0.2, 0.2, 0.2, 0.2]), [1, 1, 1, 1], [1, 1, 1, 1]);
  aggregates['national'] = region(
    agg([0.03, 0.035, 0.04, 0.045], scenarioHelps ? [0.03, 0.035, 0.038, 0.043] : [0.03, 0.035, 0.04, 0.045]),
    [1000, 1001, 1002, 1003],
    [NaN, NaN, 15, 16],
  );
  const series: MapSeries = {
    years: YEARS,
    firstProjected: FIRST_PROJECTED,
    municipalities: MUNS,
    values: {
      // the scenario takes a percentage point off every projected share
      withoutGpShare: pair((m, y, s) => SHARE[m]![y]! - (s && scenarioHelps && projected(y) ? 0.01 : 0)),
      meanListLength: pair((m) => 900 + 20 * m),
      onCallHours: pair((m, y) => (projected(y) ? 2 * m : NaN)),
      gpsPer1000: pair(() => 1),
    },
    aggregates,
    computeMs: 0,
  };
  return { series, probabilities: null };
}

const AA = { type: 'kommune' as const, code: '0001', name: 'Aa' };
const NAMES = { compare: false, scenarioName: 'Mitt scenario', baselineName: 'Dagens politikk' };

type Line = Pick<ReferenceLine, 'result' | 'kind' | 'points'>;
const lineOf = (lines: readonly Line[], result: string, kind: ReferenceLine['kind']): Line => {
  const l = lines.find((x) => x.result === result && x.kind === kind);
  if (!l) throw new Error(`no ${kind} line for ${result}`);
  return l;
};
const valuesOf = (l: Line) => l.points.map((p) => [p.year, p.value]);

function expectPoints(l: Line, expected: [number, number][]): void {
  expect(l.points.map((p) => p.year)).toEqual(expected.map((e) => e[0]));
  l.points.forEach((p, i) => expect(p.value).toBeCloseTo(expected[i]![1], 6));
}

afterEach(() => setLocale('nb'));

describe('reference series from a small national result', () => {
  const n = numbers();

  it('takes the peers the peers table lists: five of the same class and size band', () => {
    const set = referenceSet(n, AA, 'baseline');
    expect(set.peers).toEqual(peersOf(n, 0).map((p) => p.m));
    expect([...set.peers].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(set.county).toBe('fylke:18');
    // three outcomes × peers, county and country
    expect(set.lines).toHaveLength(9);
    expect(new Set(set.lines.map((l) => l.result))).toEqual(new Set(REFERENCE_OUTCOMES.map(([r]) => r)));
  });

  it('the peers line is the unweighted mean of the peers that have a value, observed then projected', () => {
    const base = referenceSet(n, AA, 'baseline').lines;
    // 2024: (0.01 + 0.03 + 0.05 + 0.00) / 4, Cc has none; 2025: (0.02 + 0.04 + 0.03 + 0.06 + 0.01) / 5; …
    expectPoints(lineOf(base, 'residentsWithoutGpShare', 'peers'), [
      [2024, 0.0225],
      [2025, 0.032],
      [2026, 0.038],
      [2027, 0.044],
    ]);
    const cur = referenceSet(n, AA, 'current').lines;
    // the observed years are the same; the scenario takes a point off each peer's projection
    expectPoints(lineOf(cur, 'residentsWithoutGpShare', 'peers'), [
      [2024, 0.0225],
      [2025, 0.032],
      [2026, 0.028],
      [2027, 0.034],
    ]);
    // list length 900 + 20 m over m = 1…5; legevakt hours 2 m, projected years only
    expectPoints(
      lineOf(base, 'meanListLength', 'peers'),
      YEARS.map((y) => [y, 960]),
    );
    expectPoints(lineOf(base, 'onCallHoursPerParticipantPerMonth', 'peers'), [
      [2026, 6],
      [2027, 6],
    ]);
  });

  it('the county and country lines are their aggregates in the run shown', () => {
    const cur = referenceSet(n, AA, 'current').lines;
    expectPoints(lineOf(cur, 'residentsWithoutGpShare', 'county'), [
      [2024, 0.04],
      [2025, 0.05],
      [2026, 0.055],
      [2027, 0.065],
    ]);
    expectPoints(lineOf(cur, 'residentsWithoutGpShare', 'country'), [
      [2024, 0.03],
      [2025, 0.035],
      [2026, 0.038],
      [2027, 0.043],
    ]);
    expectPoints(lineOf(cur, 'onCallHoursPerParticipantPerMonth', 'county'), [
      [2026, 20],
      [2027, 21],
    ]);
  });

  it('a county or a centrality class gets the country only; the country none', () => {
    for (const region of [
      { type: 'fylke' as const, code: '18', name: 'Nordland' },
      { type: 'sentralitet' as const, code: '5', name: 'Sentralitet 5' },
    ]) {
      const r = namedReferences(n, region, NAMES);
      expect(r.lines.map((l) => l.kind)).toEqual(['country', 'country', 'country']);
      expect(r.note).toContain('mot hele landet');
    }
    const none = namedReferences(n, { type: 'national', code: '', name: 'Hele landet' }, NAMES);
    expect(none.lines).toEqual([]);
    expect(none.note).toMatch(/ingen referanselinjer/);
  });

  it('names the run in the legend: the scenario when it changes the lines, else current policy', () => {
    const r = namedReferences(n, AA, NAMES);
    expect(r.set.view).toBe('current');
    expect(r.lines.filter((l) => l.result === 'residentsWithoutGpShare').map((l) => l.name)).toEqual([
      'Kommuner som ligner (snitt) – Mitt scenario',
      'Nordland – Mitt scenario',
      'Hele landet – Mitt scenario',
    ]);
    expect(r.note).toContain('Kommuner som ligner Aa: ');
    for (const p of ['Bb', 'Cc', 'Dd', 'Ee', 'Ff']) expect(r.note).toContain(p);
    expect(r.note).toContain('Observert til 2025, deretter framskrevet: Mitt scenario.');
    // a comparison on screen: current policy, named so
    const cmp = namedReferences(n, AA, { ...NAMES, compare: true });
    expect(cmp.set.view).toBe('baseline');
    expect(cmp.lines[0]!.name).toBe('Kommuner som ligner (snitt) – Dagens politikk');
    expect(valuesOf(cmp.lines[0]!)).toEqual(
      valuesOf(lineOf(referenceSet(n, AA, 'baseline').lines, 'residentsWithoutGpShare', 'peers')),
    );
    // a scenario that changes nothing for these lines: they are current policy's
    const same = namedReferences(numbers(false), AA, NAMES);
    expect(same.set.view).toBe('baseline');
    expect(same.lines.every((l) => l.name.endsWith('– Dagens politikk'))).toBe(true);
    setLocale('en');
    expect(namedReferences(n, AA, NAMES).lines[2]!.name).toBe('The country – Mitt scenario');
    setLocale('nn');
    expect(namedReferences(n, AA, NAMES).lines[0]!.name).toBe('Kommunar som liknar (snitt) – Mitt scenario');
  });
});

/** A chart view without its DOM (tableColumns, config and the exports need only its spec). */
function viewOf(id: string): ChartView {
  const view = Object.create(ChartView.prototype) as ChartView;
  Object.defineProperty(view, 'spec', { value: CHART_SPECS.find((s) => s.id === id)! });
  return view;
}

/** Chart data for 2026-2027 with a history to 2025 and, when given, the reference lines. */
function chartData(references?: readonly ReferenceLine[]): ChartData {
  const flat = new Proxy({} as SeriesSet, { get: () => [0.05, 0.06] });
  return {
    years: [2026, 2027],
    baseline: flat,
    current: flat,
    mc: null,
    history: { source: 'SSB', derived: [], series: { residentsWithoutGpShare: [{ year: 2025, value: 0.03 }] } },
    markers: [],
    regionName: 'Aa',
    ...(references ? { references } : {}),
  };
}

describe('the lines on the charts, in their tables and exports', () => {
  const refs = namedReferences(numbers(), AA, NAMES).lines;
  const peersHead = 'Kommuner som ligner (snitt) – Mitt scenario';

  it('a share chart tables each line by year, from the first observed year', () => {
    const view = viewOf('withoutGpShare');
    const off = view.tableColumns(chartData());
    expect(off.cols.map((c) => c.head)).not.toContain(peersHead);
    expect(off.years).toEqual([2025, 2026, 2027]);
    const on = view.tableColumns(chartData(refs), true);
    const heads = on.cols.map((c) => c.head);
    expect(heads.slice(-3)).toEqual([peersHead, 'Nordland – Mitt scenario', 'Hele landet – Mitt scenario']);
    expect(on.years).toEqual([2024, 2025, 2026, 2027]);
    const peers = on.cols.find((c) => c.head === peersHead)!;
    expect(peers.value(2024)).toBeCloseTo(0.0225, 6);
    expect(peers.value(2027)).toBeCloseTo(0.034, 6);
  });

  it('the CSV export carries the lines when on, in the chart units', () => {
    const view = viewOf('withoutGpShare');
    const rows = (csv: string) => csv.split('\r\n');
    const off = chartCsv(view, chartData(), ['stamp']);
    expect(off).not.toContain('Kommuner som ligner');
    const on = rows(chartCsv(view, chartData(refs), ['stamp']));
    const header = on.find((l) => l.startsWith('År;'))!.split(';');
    const col = header.indexOf(peersHead);
    expect(col).toBeGreaterThan(0);
    const row2025 = on.find((l) => l.startsWith('2025;'))!.split(';');
    // 3.2 % (the peers' mean 0.032, in per cent, one decimal)
    expect(row2025[col]).toBe('3,2');
    expect(row2025[header.indexOf('Hele landet – Mitt scenario')]).toBe('3,5');
  });

  it('draws each line dashed in its own style and names it in the legend', () => {
    const { datasets, minX } = viewOf('withoutGpShare').config(chartData(refs));
    const ref = datasets.filter((d) => refs.some((r) => r.name === d.label));
    expect(ref).toHaveLength(3);
    expect(ref.map((d) => d.borderDash)).toEqual([
      REFERENCE_STYLES.peers.draw.borderDash,
      REFERENCE_STYLES.county.draw.borderDash,
      REFERENCE_STYLES.country.draw.borderDash,
    ]);
    expect(new Set(ref.map((d) => JSON.stringify(d.borderDash))).size).toBe(3);
    expect(new Set(ref.map((d) => d.borderColor)).size).toBe(3);
    expect(new Set(ref.map((d) => d.pointStyle)).size).toBe(3);
    expect(ref[0]!.data[0]).toEqual({ x: 2024, y: expect.closeTo(2.25, 4) as number });
    expect(minX).toBe(2024);
  });

  it('a chart of two series names the series; counts get no lines', () => {
    const onCall = viewOf('onCall').tableColumns(chartData(refs));
    const heads = onCall.cols.map((c) => c.head).filter((h) => h.includes('Mitt scenario'));
    const label = resultLabel('onCallHoursPerParticipantPerMonth');
    expect(heads).toEqual([
      `${label}: ${peersHead}`,
      `${label}: Nordland – Mitt scenario`,
      `${label}: Hele landet – Mitt scenario`,
    ]);
    for (const id of ['withoutGp', 'gps', 'vacantLists', 'hours', 'onCallUncovered', 'flows', 'cost']) {
      expect(viewOf(id).referenceLines(chartData(refs))).toEqual([]);
      expect(
        viewOf(id)
          .tableColumns(chartData(refs))
          .cols.some((c) => c.head.includes('Mitt scenario')),
      ).toBe(false);
    }
  });

  it('the slide (PowerPoint, PDF) draws the lines from the first observed year', () => {
    const input: ChartInput = {
      title: 'Andel',
      unit: 'prosent',
      scale: 'percent',
      years: [2026, 2027],
      scenarios: [{ name: 'Mitt scenario', line: [5, 6], colour: '0072B2', dash: 'solid', joinsHistory: true }],
      history: { name: 'Historikk', points: [{ year: 2025, value: 3 }] },
      references: [{ name: peersHead, colour: '6A3D9A', dash: 'lgDashDot', points: [{ year: 2024, value: 2.25 }] }],
      stamp: [],
      uncertain: false,
    };
    const slide = chartSlide(input, 'Aa');
    expect(slide.years).toEqual([2024, 2025, 2026, 2027]);
    const s = slide.series.find((x) => x.name === peersHead)!;
    expect(s.values).toEqual([2.25, null, null, null]);
    expect(s.dash).toBe('lgDashDot');
  });
});

describe('on a real national run (Bindal)', () => {
  let n: MapNumbers;
  beforeAll(async () => {
    const series = await mapSeries({
      levers: { capitationRate: 1200 },
      assumptions: {},
      formulas: {},
      region: 'national',
      endYear: 2040,
    });
    n = { series, probabilities: null };
  }, 60_000);

  it('the peers are the peers table’s; the lines are their mean, Nordland and the country, 2015-2040', () => {
    const m = n.series.municipalities.findIndex((r) => r.code === '1811');
    const r = namedReferences(n, { type: 'kommune', code: '1811', name: 'Bindal' }, NAMES);
    const peers = peersOf(n, m).map((p) => p.m);
    expect(r.set.peers).toEqual(peers);
    expect(r.set.view).toBe('current');
    const share = (kind: ReferenceLine['kind']) => lineOf(r.set.lines, 'residentsWithoutGpShare', kind);
    for (const year of [2020, 2025, 2030, 2040]) {
      const vals = peers.map((p) => valueAt(n, 'withoutGpShare', 'current', p, year)).filter(Number.isFinite);
      const mean = vals.reduce((a, b) => a + b, 0) / vals.length;
      expect(share('peers').points.find((p) => p.year === year)!.value).toBeCloseTo(mean, 9);
      expect(share('county').points.find((p) => p.year === year)!.value).toBe(
        aggregateAt(n, 'fylke:18', 'withoutGpShare', 'current', year),
      );
      expect(share('country').points.find((p) => p.year === year)!.value).toBe(
        aggregateAt(n, 'national', 'withoutGpShare', 'current', year),
      );
    }
    expect(share('peers').points[0]!.year).toBe(2015);
    expect(share('peers').points.at(-1)!.year).toBe(2040);
    expect(r.lines.find((l) => l.kind === 'county')!.name).toBe('Nordland – Mitt scenario');
  });
});

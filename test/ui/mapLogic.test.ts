// The map's DOM-free logic (src/ui/map): classes and colours, values per view, the risk ranking and the peers,
// on the real per-municipality series of one national run (sim/mapCompute.ts, run in Node).
import { beforeAll, describe, expect, it } from 'vitest';
import { deterministic } from '../../src/ui/sim/compute.ts';
import { mapProbabilities, mapSeries } from '../../src/ui/sim/mapCompute.ts';
import { ChunkCancelled } from '../../src/ui/sim/pieces.ts';
import type { MapSeries, RunRequest } from '../../src/ui/sim/protocol.ts';
import {
  aggregateAt,
  classOf,
  colourOf,
  legendClasses,
  LEVEL_COLOURS,
  MAP_MEASURES,
  NO_DATA_COLOUR,
  pooledProbabilities,
  valueAt,
  yearsOf,
  type MapNumbers,
} from '../../src/ui/map/mapData.ts';
import { riskRanking } from '../../src/ui/map/ranking.ts';
import { EVENT_MAPS } from '../../src/ui/eventMaps.ts';
import { applyEventPool, IDENTITY_CALIBRATION } from '../../src/engine/run/eventCalibration.ts';
import { peersOf, sizeBand } from '../../src/ui/map/peers.ts';

const req = (over: Partial<RunRequest> = {}): RunRequest => ({
  levers: {},
  assumptions: {},
  formulas: {},
  region: 'national',
  endYear: 2040,
  ...over,
});

let series: MapSeries;
let n: MapNumbers;
const SCENARIO = { capitationRate: 1200 };

beforeAll(async () => {
  series = await mapSeries(req({ levers: SCENARIO }));
  n = { series, probabilities: null };
}, 60_000);

describe('classes', () => {
  it('puts values in classes by lower-inclusive breaks, NaN in none', () => {
    expect(classOf(0, [1, 2])).toBe(0);
    expect(classOf(1, [1, 2])).toBe(1);
    expect(classOf(5, [1, 2])).toBe(2);
    expect(classOf(NaN, [1, 2])).toBe(-1);
    expect(colourOf(NaN, 'withoutGpShare', 'current')).toBe(NO_DATA_COLOUR);
    expect(colourOf(0.5, 'withoutGpShare', 'current')).toBe(LEVEL_COLOURS[5]);
  });
  it('has one more colour than breaks, open at both ends, for every measure and view', () => {
    for (const m of MAP_MEASURES)
      for (const v of ['current', 'baseline', 'diff'] as const) {
        const cls = legendClasses(m, v);
        expect(cls[0]!.from).toBeNull();
        expect(cls[cls.length - 1]!.to).toBeNull();
        expect(new Set(cls.map((c) => c.colour)).size).toBe(cls.length);
      }
  });
  it('darkens the low end where lower is worse (GPs per 1 000)', () => {
    expect(colourOf(0.1, 'gpsPer1000', 'current')).toBe(LEVEL_COLOURS[5]);
  });
});

describe('per-municipality series from one national run', () => {
  it('covers all 357 municipalities, 2015-2025 observed and the projection to 2040', () => {
    expect(series.municipalities).toHaveLength(357);
    expect(series.years[0]).toBe(2015);
    expect(series.years[series.years.length - 1]).toBe(2040);
    expect(series.firstProjected).toBe(2026);
  });
  it('equals the region run of a municipality (Bindal) for both scenarios', async () => {
    const det = await deterministic(req({ region: 'kommune:1811', levers: SCENARIO }));
    const m = series.municipalities.findIndex((r) => r.code === '1811');
    for (const y of [2026, 2033, 2040]) {
      const k = det.years.indexOf(y);
      expect(valueAt(n, 'withoutGpShare', 'current', m, y)).toBeCloseTo(det.current.residentsWithoutGpShare[k]!, 5);
      expect(valueAt(n, 'withoutGpShare', 'baseline', m, y)).toBeCloseTo(det.baseline.residentsWithoutGpShare[k]!, 5);
      expect(valueAt(n, 'meanListLength', 'current', m, y)).toBeCloseTo(det.current.meanListLength[k]!, 2);
      expect(valueAt(n, 'onCallHours', 'current', m, y)).toBeCloseTo(
        det.current.onCallHoursPerParticipantPerMonth[k]!,
        3,
      );
      expect(valueAt(n, 'gpsPer1000', 'current', m, y)).toBeCloseTo(
        (det.current.nGps[k]! / det.current.population[k]!) * 1000,
        4,
      );
      expect(valueAt(n, 'withoutGpShare', 'diff', m, y)).toBeCloseTo(
        det.current.residentsWithoutGpShare[k]! - det.baseline.residentsWithoutGpShare[k]!,
        5,
      );
    }
  });
  it('shows the observed history (SSB 12005) the same in both scenarios, and no legevakt history', () => {
    const m = series.municipalities.findIndex((r) => r.code === '1811');
    expect(valueAt(n, 'meanListLength', 'baseline', m, 2020)).toBe(valueAt(n, 'meanListLength', 'current', m, 2020));
    expect(valueAt(n, 'withoutGpShare', 'diff', m, 2024)).toBe(0);
    expect(Number.isNaN(valueAt(n, 'onCallHours', 'current', m, 2020))).toBe(true);
    expect(yearsOf(n, 'onCallHours')[0]).toBe(2026);
  });
  it('gives the country and each county as regions', async () => {
    const det = await deterministic(req({ region: 'national', levers: SCENARIO }));
    const k = det.years.indexOf(2035);
    expect(aggregateAt(n, 'national', 'withoutGpShare', 'current', 2035)).toBeCloseTo(
      det.current.residentsWithoutGpShare[k]!,
      6,
    );
    expect(Object.keys(series.aggregates).filter((key) => key.startsWith('fylke:')).length).toBe(15);
  });
});

describe('risk ranking', () => {
  it('ranks worst first, with the change and the rank under current policy', () => {
    const rows = riskRanking(n, 'withoutGpShare', 2040, { county: '', centrality: 0 });
    expect(rows).toHaveLength(357);
    for (let i = 1; i < rows.length; i++)
      if (Number.isFinite(rows[i]!.current)) expect(rows[i - 1]!.current).toBeGreaterThanOrEqual(rows[i]!.current);
    const r = rows[0]!;
    expect(r.change).toBeCloseTo(r.current - r.baseline, 9);
    expect(new Set(rows.map((x) => x.baselineRank)).size).toBe(357);
  });
  it('ranks the fewest GPs per 1 000 first, and filters by county and centrality', () => {
    const rows = riskRanking(n, 'gpsPer1000', 2030, { county: '18', centrality: 6 });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.code.startsWith('18') && r.centrality === 6)).toBe(true);
    expect(rows[0]!.current).toBeLessThanOrEqual(rows[rows.length - 1]!.current);
  });
});

describe('peers', () => {
  it('bands by residents', () => {
    expect(sizeBand(1500)).toBe(0);
    expect(sizeBand(2000)).toBe(1);
    expect(sizeBand(700_000)).toBe(5);
  });
  it('finds five peers of Bindal in its centrality class, the same size band first, never itself', () => {
    const m = series.municipalities.findIndex((r) => r.code === '1811');
    const self = series.municipalities[m]!;
    const peers = peersOf(n, m);
    expect(peers).toHaveLength(5);
    expect(peers.some((p) => p.m === m)).toBe(false);
    for (const p of peers) expect(series.municipalities[p.m]!.centrality).toBe(self.centrality);
    expect(peers.every((p) => p.sameBand)).toBe(true);
    for (let i = 1; i < peers.length; i++) expect(peers[i - 1]!.distance).toBeLessThanOrEqual(peers[i]!.distance);
  });
  it('fills from the class when the band is thin (Oslo)', () => {
    const m = series.municipalities.findIndex((r) => r.code === '0301');
    const peers = peersOf(n, m);
    expect(peers.length).toBeGreaterThan(0);
    expect(peers.some((p) => !p.sameBand)).toBe(true);
  });
});

describe('probabilities from one national Monte Carlo', () => {
  it('gives shares of runs per municipality and year, and the same for the same seed', async () => {
    const a = await mapProbabilities(req({ levers: SCENARIO }), 3, 7, () => {});
    const b = await mapProbabilities(req({ levers: SCENARIO }), 3, 7, () => {});
    expect(a.values.current.length).toBe(357 * a.years.length);
    expect(Array.from(a.values.current)).toEqual(Array.from(b.values.current));
    for (const v of a.values.baseline) expect([0, 1 / 3, 2 / 3, 1].some((x) => Math.abs(x - v) < 1e-6)).toBe(true);
    const n2: MapNumbers = { series, probabilities: a };
    expect(yearsOf(n2, 'pListWithoutGp')).toEqual(a.years);
    // in pieces with a look for a cancel between them (as the worker runs it): the same numbers; a cancel stops it
    let looks = 0;
    const pieces = await mapProbabilities(
      req({ levers: SCENARIO }),
      3,
      7,
      () => {},
      () => (looks++, false),
    );
    expect(Array.from(pieces.values.current)).toEqual(Array.from(a.values.current));
    expect(Array.from(pieces.values.baseline)).toEqual(Array.from(a.values.baseline));
    expect(looks).toBeGreaterThanOrEqual(2);
    await expect(
      mapProbabilities(
        req({ levers: SCENARIO }),
        3,
        7,
        () => {},
        () => true,
      ),
    ).rejects.toBeInstanceOf(ChunkCancelled);
  }, 60_000);

  it('current policy on screen is run once: its probabilities are the baseline’s the scenario run gives', async () => {
    const progress: number[] = [];
    const once = await mapProbabilities(req({}), 3, 7, (done) => progress.push(done));
    expect(Array.from(once.values.baseline)).toEqual(Array.from(once.values.current));
    expect(progress.at(-1)).toBe(6);
    // the baseline computed as the baseline, beside a scenario
    const beside = await mapProbabilities(req({ levers: SCENARIO }), 3, 7, () => {});
    expect(Array.from(once.values.current)).toEqual(Array.from(beside.values.baseline));
  }, 60_000);
});

describe('shipped boundaries', () => {
  it('hold the 357 municipalities of the data, each wound for d3-geo (less than a hemisphere)', async () => {
    const { geoArea } = await import('d3-geo');
    const { loadMunicipalities, projectionFor, pathFor } = await import('../../src/ui/map/geometry.ts');
    const features = await loadMunicipalities();
    expect(features.map((f) => f.id).sort()).toEqual(series.municipalities.map((m) => m.code).sort());
    for (const f of features) expect(geoArea(f)).toBeLessThan(0.01);
    // Norway in the transverse Mercator: taller than wide
    const path = pathFor(projectionFor(features, 600, 860));
    const [[x0, y0], [x1, y1]] = path.bounds({ type: 'FeatureCollection', features });
    expect(y1 - y0).toBeGreaterThan(x1 - x0);
  });
});

describe('the map’s probabilities say what the key figures say (issue #16)', () => {
  // two municipalities × two years; the second has no base rate of its own (imputed start)
  const probs = {
    years: [2026, 2027],
    runs: 10,
    seed: 1,
    values: { baseline: Float32Array.of(0, 0.5, 0.9, 1), current: Float32Array.of(0.1, 0.5, 0.95, 1) },
    standing: Float32Array.of(0.2, 0.4, Number.NaN, Number.NaN),
    computeMs: 0,
  };

  it('the runs alone (weight 1) keep the shares; the key figures’ weight pools every value with its base rate', () => {
    const same = pooledProbabilities(probs, IDENTITY_CALIBRATION);
    expect([...same.values.current]).toEqual([...probs.values.current]);
    const c = EVENT_MAPS.anyListWithoutGp;
    const r = pooledProbabilities(probs, c);
    expect(r.values.baseline[0]).toBeCloseTo(applyEventPool(0, 0.2, c), 6);
    expect(r.values.current[1]).toBeCloseTo(applyEventPool(0.5, 0.4, c), 6);
    // without a base rate: the runs' share
    expect(r.values.current[2]).toBeCloseTo(0.95, 6);
    const all = [...r.values.baseline, ...r.values.current];
    expect(all.every((x) => x >= 0 && x <= 1)).toBe(true);
    // the same base rate: the order of the runs' shares is kept (0.1 < 0.5 with base 0.2 and 0.4 is not compared)
    expect(r.values.baseline[0]!).toBeLessThan(r.values.current[0]!);
    // the weight was fitted below 1: no run with a list vacant is not "impossible" where others that stood alike had one
    expect(r.values.baseline[0]!).toBeGreaterThan(0);
    expect(r.runs).toBe(10);
  });
});

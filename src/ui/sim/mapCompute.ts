/**
 * The map's numbers, worker side (no DOM; tests run it in Node): ONE national deterministic run of the scenario
 * and one of current policy give every municipality's series for the map's outcomes (no run per municipality),
 * beside each municipality's observed history (SSB 12005, 2015-2025) and the counties and the country as regions.
 * With a number of runs, one national Monte Carlo gives each municipality's probability of at least one list
 * without a GP per year (as mcSummary.ts counts it for a municipality: 0.05 % or more of its residents without one).
 */
import {
  EVENT_SHARE_THRESHOLDS,
  listPatientsPerResident2025,
  N_RAW,
  N_RESULTS,
  RAW,
  regionHistory,
  regionResults,
  resultIndex,
  runDeterministic,
  simulatedYears,
  startStateFor,
  stochasticRun,
  withWorkspace,
  type Plan,
} from '../../engine/index.ts';
import type { MunicipalityRecord } from '../../data/types.ts';
import { registeredBasis } from '../../engine/start/startState.ts';
import { plansFor, standingShareOf } from './compute.ts';
import { currentPolicyRequest, isCurrentPolicy } from './currentPolicy.ts';
import { inPieces } from './pieces.ts';
import { stableJson } from '../stableJson.ts';
import type { MapMunicipality, MapOutcome, MapPair, MapProbabilities, MapSeries, RunRequest } from './protocol.ts';

export const MAP_OUTCOMES: readonly MapOutcome[] = ['withoutGpShare', 'meanListLength', 'onCallHours', 'gpsPer1000'];
/** First year of the observed history on the map. */
export const MAP_FIRST_YEAR = 2015;

const K_SHARE = resultIndex('residentsWithoutGpShare');
const K_LIST = resultIndex('meanListLength');
const K_ONCALL = resultIndex('onCallHoursPerParticipantPerMonth');
const K_GPS = resultIndex('nGps');
const K_POP = resultIndex('population');

function records(): readonly MunicipalityRecord[] {
  return startStateFor('projection').records;
}

const popAt = (r: MunicipalityRecord, year: number): number => r.pop.values[year - r.pop.firstYear] ?? Number.NaN;

/** The outcomes of one region's results (regionResults layout) for simulated year index y. */
function outcomesOf(res: Float64Array, nYears: number, y: number): Record<MapOutcome, number> {
  const at = (k: number) => res[k * nYears + y]!;
  const pop = at(K_POP);
  return {
    withoutGpShare: at(K_SHARE),
    meanListLength: at(K_LIST),
    onCallHours: at(K_ONCALL),
    gpsPer1000: pop > 0 ? (at(K_GPS) / pop) * 1000 : Number.NaN,
  };
}

/** A municipality's observed outcomes in a year (NaN where SSB 12005 has no row). */
function observed(r: MunicipalityRecord, year: number): Record<MapOutcome, number> {
  const t = r.trend.find((x) => x.year === year);
  const pop = popAt(r, year);
  if (!t || t.shareWithoutGpPct === null || !t.meanListLength || !(pop > 0))
    return { withoutGpShare: NaN, meanListLength: NaN, onCallHours: NaN, gpsPer1000: NaN };
  const share = t.shareWithoutGpPct / 100;
  // list patients over the list length, as the history's GPs (regionHistory.ts), so 2025 meets the projection's start
  const lists = (pop * (1 - share) * listPatientsPerResident2025(r)) / t.meanListLength;
  return {
    withoutGpShare: share,
    meanListLength: t.meanListLength,
    onCallHours: NaN,
    gpsPer1000: (lists / pop) * 1000,
  };
}

const memberCache = new Map<string, Int32Array>();
/** Municipality indices of the country ("national") and of each county ("fylke:NN"). */
function aggregateRegions(): Map<string, Int32Array> {
  if (memberCache.size === 0) {
    const recs = records();
    memberCache.set(
      'national',
      Int32Array.from(recs, (_, i) => i),
    );
    const counties = [...new Set(recs.map((r) => r.county))].sort();
    for (const c of counties)
      memberCache.set(
        `fylke:${c}`,
        Int32Array.from(
          recs.flatMap((r, i) => (r.county === c ? [i] : [])),
          (i) => i,
        ),
      );
  }
  return memberCache;
}

/** Every municipality's results and the aggregates' results of one national run. */
interface NationalRun {
  /** Per municipality: regionResults (N_RESULTS * nYears). */
  readonly perMunicipality: Float64Array[];
  readonly aggregates: Map<string, Float64Array>;
  readonly nYears: number;
  readonly years: number[];
}

function nationalRun(plan: Plan): NationalRun {
  const nYears = plan.calendar.nYears;
  const nM = plan.start.nM;
  const raw = Array.from({ length: N_RAW }, () => new Float64Array(nYears * nM));
  const out = withWorkspace(plan.start, (ws) => runDeterministic(plan, ws, raw));
  const shift = plan.assumptions.shiftHours;
  const one = new Int32Array(1);
  const perMunicipality: Float64Array[] = [];
  for (let m = 0; m < nM; m++) {
    one[0] = m;
    perMunicipality.push(regionResults(out, one, shift, new Float64Array(N_RESULTS * nYears)));
  }
  const aggregates = new Map<string, Float64Array>();
  for (const [key, members] of aggregateRegions()) aggregates.set(key, regionResults(out, members, shift));
  return { perMunicipality, aggregates, nYears, years: simulatedYears(plan.calendar) };
}

const runCache = new Map<string, NationalRun>();
function cachedRun(key: string, plan: () => Plan): NationalRun {
  let r = runCache.get(key);
  if (!r) {
    r = nationalRun(plan());
    if (runCache.size > 8) runCache.clear();
    runCache.set(key, r);
  }
  return r;
}

/** The municipalities as the map needs them (data order). */
export function mapMunicipalities(): MapMunicipality[] {
  return records().map((r) => ({
    code: r.code,
    name: r.name,
    county: r.county,
    countyName: r.countyName,
    centrality: r.centralityClass,
    population: popAt(r, 2025),
    imputed: r.imputed,
  }));
}

/** Observed history of an aggregate (regionHistory: Helsedirektoratet for the country, KOSTRA sums for a county). */
function aggregateHistory(key: string, members: Int32Array, year: number): Record<MapOutcome, number> {
  const recs = records();
  const h = regionHistory(
    key === 'national' ? 'national' : 'fylke',
    Array.from(members, (i) => recs[i]!),
  );
  const pick = (id: 'residentsWithoutGpShare' | 'meanListLength' | 'nGps') =>
    h.series[id]?.find((p) => p.year === year)?.value ?? Number.NaN;
  let pop = 0;
  for (const i of members) pop += popAt(recs[i]!, year);
  const gps = pick('nGps');
  return {
    withoutGpShare: pick('residentsWithoutGpShare'),
    meanListLength: pick('meanListLength'),
    onCallHours: NaN,
    gpsPer1000: pop > 0 ? (gps / pop) * 1000 : Number.NaN,
  };
}

/** The map's series: see MapSeries. One national run per scenario (current policy cached by its inputs). */
export async function mapSeries(req: RunRequest): Promise<MapSeries> {
  const t0 = performance.now();
  const { current, baseline } = await plansFor({ ...req, region: 'national' });
  // current policy keyed as the page keys it (its figures and events, not the municipalities' measures)
  const baseKey = stableJson(['base', currentPolicyRequest({ ...req, region: 'national' })]);
  const curKey = stableJson(['cur', req.endYear, req.assumptions, req.formulas, req.municipalities, req.levers]);
  const base = cachedRun(baseKey, baseline);
  const cur = cachedRun(curKey, () => current);
  const recs = records();
  const firstProjected = cur.years[0]!;
  const years: number[] = [];
  for (let y = MAP_FIRST_YEAR; y < firstProjected; y++) years.push(y);
  const nHist = years.length;
  years.push(...cur.years);
  const nY = years.length;
  const nM = recs.length;
  const values = {} as Record<MapOutcome, MapPair<Float32Array>>;
  for (const o of MAP_OUTCOMES)
    values[o] = { baseline: new Float32Array(nM * nY).fill(NaN), current: new Float32Array(nM * nY).fill(NaN) };
  for (let m = 0; m < nM; m++) {
    for (let y = 0; y < nHist; y++) {
      const obs = observed(recs[m]!, years[y]!);
      for (const o of MAP_OUTCOMES) {
        values[o].baseline[m * nY + y] = obs[o];
        values[o].current[m * nY + y] = obs[o];
      }
    }
    for (let y = 0; y < cur.nYears; y++) {
      const b = outcomesOf(base.perMunicipality[m]!, base.nYears, y);
      const c = outcomesOf(cur.perMunicipality[m]!, cur.nYears, y);
      for (const o of MAP_OUTCOMES) {
        values[o].baseline[m * nY + nHist + y] = b[o];
        values[o].current[m * nY + nHist + y] = c[o];
      }
    }
  }
  const aggregates: Record<string, Record<MapOutcome, MapPair<number[]>>> = {};
  for (const [key, members] of aggregateRegions()) {
    const agg = {} as Record<MapOutcome, MapPair<number[]>>;
    for (const o of MAP_OUTCOMES) agg[o] = { baseline: [], current: [] };
    for (let y = 0; y < nHist; y++) {
      const obs = aggregateHistory(key, members, years[y]!);
      for (const o of MAP_OUTCOMES) {
        agg[o].baseline.push(obs[o]);
        agg[o].current.push(obs[o]);
      }
    }
    for (let y = 0; y < cur.nYears; y++) {
      const b = outcomesOf(base.aggregates.get(key)!, base.nYears, y);
      const c = outcomesOf(cur.aggregates.get(key)!, cur.nYears, y);
      for (const o of MAP_OUTCOMES) {
        agg[o].baseline.push(b[o]);
        agg[o].current.push(c[o]);
      }
    }
    aggregates[key] = agg;
  }
  return {
    years,
    firstProjected,
    municipalities: mapMunicipalities(),
    values,
    aggregates,
    computeMs: performance.now() - t0,
  };
}

/**
 * Share of runs with at least one list without a GP, counted as for a municipality's key figure (0.05 % or more of its
 * residents without a GP: mcSummary.ts EventScope), per municipality and year.
 */
async function probabilitiesOf(
  plan: Plan,
  runs: number,
  seed: number,
  onRun: () => void,
  stopped?: () => boolean,
): Promise<Float32Array> {
  const nYears = plan.calendar.nYears;
  const nM = plan.start.nM;
  const rawOut = Array.from({ length: N_RAW }, () => new Float64Array(nYears * nM));
  const counts = new Float32Array(nM * nYears);
  const anyShare = EVENT_SHARE_THRESHOLDS.anyListWithoutGp;
  let run = 0;
  // in pieces with a look for a cancel between them (pieces.ts); the thread's workspace for this start, as the page's
  // Monte Carlo uses it (a new one per call made V8 throw away the passes' optimised code: a second warm-up per map
  // request)
  await inPieces(
    runs,
    (n) =>
      withWorkspace(plan.start, (ws) => {
        for (const end = run + n; run < end; run++) {
          const raw = stochasticRun(plan, seed, run, ws, rawOut).out.raw;
          const without = raw[RAW.residentsWithoutGp]!;
          const pop = raw[RAW.population]!;
          for (let y = 0; y < nYears; y++)
            for (let m = 0; m < nM; m++) {
              const i = y * nM + m;
              // (the share as results.ts computes it: the same double as the key figure's)
              if (pop[i]! > 0 && without[i]! / pop[i]! >= anyShare) counts[m * nYears + y]! += 1;
            }
          onRun();
        }
      }),
    stopped,
  );
  for (let i = 0; i < counts.length; i++) counts[i] = counts[i]! / runs;
  return counts;
}

/**
 * Each municipality's base rate of at least one list without a GP from where it stands at the start, per projected
 * year (MapProbabilities.standing; NaN where it has nothing of its own to stand on), as its key figure pools with.
 */
async function standingOfAll(plan: Plan, years: readonly number[]): Promise<Float32Array> {
  const { baseRateBand, poolBaseRates } = await import('../../engine/validation/baseRates.ts');
  const start = plan.start;
  const pool = poolBaseRates(records(), start.year, years, registeredBasis);
  const out = new Float32Array(start.nM * years.length).fill(Number.NaN);
  for (let m = 0; m < start.nM; m++) {
    const share = standingShareOf(start, m);
    if (share === undefined) continue;
    const rates = pool.anyListWithoutGp[baseRateBand(share)]!;
    for (let y = 0; y < years.length; y++) out[m * years.length + y] = rates[y]!;
  }
  return out;
}

/**
 * Each municipality's probability of at least one list without a GP per projected year, from ONE national Monte
 * Carlo per scenario (`runs` runs, seeds (seed, i) as the page's Monte Carlo uses them).
 */
export async function mapProbabilities(
  req: RunRequest,
  runs: number,
  seed: number,
  onProgress: (done: number, total: number) => void,
  stopped?: () => boolean,
): Promise<MapProbabilities> {
  const t0 = performance.now();
  if (!Number.isInteger(runs) || runs < 1 || runs > 1000) throw new Error(`runs: expected 1-1000, got ${runs}`);
  const { current, baseline } = await plansFor({ ...req, region: 'national' });
  let done = 0;
  let last = 0;
  const tick = () => {
    done++;
    const now = performance.now();
    if (now - last > 100 || done === 2 * runs) {
      last = now;
      onProgress(done, 2 * runs);
    }
  };
  const cur = await probabilitiesOf(current, runs, seed, tick, stopped);
  // current policy on screen: its runs are the baseline's, run by run (currentPolicy.ts), so they run once
  const same = isCurrentPolicy(req);
  if (same) for (let i = 0; i < runs; i++) tick();
  const base = same ? cur.slice() : await probabilitiesOf(baseline(), runs, seed, tick, stopped);
  const years = simulatedYears(current.calendar);
  return {
    years,
    runs,
    seed,
    values: { baseline: base, current: cur },
    standing: await standingOfAll(current, years),
    computeMs: performance.now() - t0,
  };
}

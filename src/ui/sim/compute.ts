/**
 * What the simulation worker computes, without any worker or DOM code (so tests run it in Node): a plan
 * from a request (formulas compiled on demand, mathjs loaded only then), region series of the current
 * scenario and the baseline, the region's history, and Monte Carlo chunks. Plans and baseline runs are cached
 * by their inputs, so moving one slider costs one national run.
 */
import {
  BASELINE_SCENARIO,
  createWorkspace,
  McStepper,
  N_RAW,
  parseRegion,
  parseScenario,
  preparePlan,
  regionHistory,
  resolveAssumptions,
  regionResults,
  RESULT_IDS,
  runDeterministic,
  simulatedYears,
  startStateFor,
  N_RESULTS,
  type McRuns,
  type Plan,
  type Region,
  type RegionHistory,
  type ResponseFunctions,
  type Scenario,
  type Workspace,
} from '../../engine/index.ts';
import type { StandingRates } from '../../engine/validation/baseRates.ts';
import { popIndexAtEndOf } from '../../engine/start/popIndex.ts';
import { registeredBasis } from '../../engine/start/startState.ts';
import type {
  DeterministicResult,
  FormulaCheck,
  NamedMunicipality,
  RegionOption,
  RunRequest,
  SeriesSet,
  StartFigures,
} from './protocol.ts';
import { currentPolicyRequest, isCurrentPolicy, municipalFacts } from './currentPolicy.ts';
import { stableJson } from '../stableJson.ts';
import { inPieces } from './pieces.ts';

type Compiler = typeof import('../../engine/formulas/formulaCompiler.ts');
let compiler: Compiler | undefined;

/** Loads the formula compiler (and mathjs) the first time a formula is edited. */
export async function loadCompiler(): Promise<Compiler> {
  compiler ??= await import('../../engine/formulas/formulaCompiler.ts');
  return compiler;
}

/** A compiler error as a FormulaCheck, every named value a string (null when `e` is no FormulaError). */
function checkOf(c: Compiler, e: unknown): FormulaCheck | null {
  if (!(e instanceof c.FormulaError)) return null;
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(e.params)) params[k] = v === undefined ? 'undefined' : String(v);
  // "only plain numbers are allowed, got undefined": the value is named even when JSON has no text for it
  if (e.problem === 'number') params['value'] ??= 'undefined';
  return { problem: e.problem, params, message: e.message };
}

/**
 * The problem with an edited formula (syntax, unknown names, probes), or null when it compiles and probes. It is
 * probed with the scenario's assumption overrides when given (as a run would use it), else with the defaults. A
 * JavaScript error while compiling (a stack overflow on deep nesting) is a refused formula too, never thrown.
 */
export async function checkFormula(
  responseId: string,
  expression: string,
  assumptions?: Readonly<Record<string, number>>,
): Promise<FormulaCheck | null> {
  const c = await loadCompiler();
  try {
    const compiled = c.compileFormula(responseId, expression);
    c.probeFormula(compiled, resolveAssumptions(assumptions));
    return null;
  } catch (e) {
    return (
      checkOf(c, e) ?? {
        problem: 'notAllowed',
        params: { what: e instanceof RangeError ? 'nesting' : '?' },
        message: (e as Error).message,
      }
    );
  }
}

/** The formula a failed run names (a FormulaError from compiling or probing the request's formulas), if any. */
export function formulaFailure(e: unknown): { id: string; check: FormulaCheck } | undefined {
  if (!compiler || !(e instanceof compiler.FormulaError)) return undefined;
  const check = checkOf(compiler, e);
  return check ? { id: e.formulaId, check } : undefined;
}

function records() {
  return startStateFor('projection').records;
}

/** Regions for the picker: the country, counties, centrality classes and municipalities. */
export function regionOptions(): RegionOption[] {
  const recs = records();
  const out: RegionOption[] = [
    { value: 'national', type: 'national', code: 'national', name: 'Hele landet', imputed: false },
  ];
  const counties = new Map<string, string>();
  for (const r of recs) counties.set(r.county, r.countyName);
  for (const [code, name] of [...counties].sort((a, b) => a[0].localeCompare(b[0])))
    out.push({
      value: `fylke:${code}`,
      type: 'fylke',
      code,
      name,
      imputed: recs.some((r) => r.county === code && r.imputed),
    });
  for (let c = 1; c <= 6; c++)
    out.push({ value: `sentralitet:${c}`, type: 'sentralitet', code: String(c), name: String(c), imputed: false });
  for (const r of recs)
    out.push({
      value: `kommune:${r.code}`,
      type: 'kommune',
      code: r.code,
      name: r.name,
      county: r.countyName,
      imputed: r.imputed,
    });
  return out;
}

const regionCache = new Map<string, Region>();
export function resolveRegion(text: string): Region {
  let region = regionCache.get(text);
  if (!region) {
    const parsed = parseRegion(text, records());
    if (!parsed.ok) throw new Error(parsed.error);
    region = parsed.value;
    regionCache.set(text, region);
  }
  return region;
}

let codes: ReadonlySet<string> | undefined;
/** The municipality numbers of the data (a scenario's `municipalities` must name them). */
function municipalityCodes(): ReadonlySet<string> {
  return (codes ??= new Set(records().map((r) => r.code)));
}

/** Half-saturation population of the other doctors' share of duty hours (engine constants.ts, onCall.ts). */
const OTHER_SHARE_HALF_POP = 50_000;

/**
 * A municipality's start figures as the model has them (the projection start, before any own figures), its legevakt
 * district's members and the district's duty hours and other doctors' share computed as onCall.ts does from the
 * assumptions (with the district's population at the start of the first projected year).
 */
export function startFigures(code: string, assumptions?: Readonly<Record<string, number>>): StartFigures {
  const start = startStateFor('projection');
  const m = start.records.findIndex((r) => r.code === code);
  if (m < 0) throw new Error(`unknown municipality number "${code}"`);
  const rec = start.records[m]!;
  const p = resolveAssumptions(assumptions);
  const popIndex = popIndexAtEndOf(start, start.year);
  const d = start.district[m]!;
  const named = (i: number): NamedMunicipality => ({ code: start.records[i]!.code, name: start.records[i]!.name });
  const district: NamedMunicipality[] = [];
  let popD = 0;
  for (let i = 0; i < start.nM; i++)
    if (start.district[i] === d) {
      district.push(named(i));
      popD += start.pop[popIndex + i]!;
    }
  const byName = (a: NamedMunicipality, b: NamedMunicipality) => a.name.localeCompare(b.name, 'nb');
  const nearby = start.records
    .map((r, i) => (r.county === rec.county && i !== m ? named(i) : null))
    .filter((x): x is NamedMunicipality => x !== null)
    .sort(byName);
  const n = start.nGps[m]!;
  const own = (a: Float64Array | undefined, i: number) => (a !== undefined ? a[i]! : Number.NaN);
  const ownDuty = own(start.districtDutyHours, d);
  const ownOther = own(start.districtOtherShare, d);
  return {
    code,
    name: rec.name,
    gps: n,
    gpsInTraining: start.trainees !== undefined ? start.trainees[m]! : n * (1 - start.specialistShare),
    gpsSalaried: start.salaried[m]!,
    // as the register counts them (the model's vacant lists per such list: startState.ts vacantUnitsPerList)
    listsWithoutGp: Math.max(0, start.lists[m]! - n) / (start.vacantUnitsPerList?.[m] ?? 1),
    imputed: rec.imputed,
    district: district.sort(byName),
    nearby,
    dutyHoursPerMonth:
      ownDuty === ownDuty ? ownDuty : p.dutyHoursPerDistrict * (1 + popD / p.residentsPerExtraDutyDoctor),
    otherDoctorsShare:
      ownOther === ownOther
        ? ownOther
        : p.otherDoctorShareSmall +
          ((p.otherDoctorShareLarge - p.otherDoctorShareSmall) * popD) / (popD + OTHER_SHARE_HALF_POP),
  };
}

/** The request as a validated scenario (every problem named by its field). */
export function scenarioOf(req: RunRequest): Scenario {
  const parsed = parseScenario(
    {
      schemaVersion: 2,
      id: 'current',
      name: { nb: 'Gjeldende scenario', en: 'Current scenario' },
      levers: req.levers,
      ...(Object.keys(req.assumptions).length > 0 ? { assumptions: req.assumptions } : {}),
      ...(Object.keys(req.formulas).length > 0 ? { formulas: req.formulas } : {}),
      ...(req.municipalities ? { municipalities: req.municipalities } : {}),
    },
    { municipalityCodes: municipalityCodes() },
  );
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.scenario;
}

const responsesCache = new Map<string, ResponseFunctions>();
/** Compiled response functions for the request's formulas (cached), or undefined when none is edited. */
export async function responsesFor(req: RunRequest): Promise<ResponseFunctions | undefined> {
  if (Object.keys(req.formulas).length === 0) return undefined;
  const key = stableJson([req.formulas, req.assumptions]);
  let r = responsesCache.get(key);
  if (!r) {
    const c = await loadCompiler();
    r = c.compileResponses(req.formulas, resolveAssumptions(req.assumptions));
    if (responsesCache.size > 20) responsesCache.clear();
    responsesCache.set(key, r);
  }
  return r;
}

/**
 * The plan of the current scenario, and the baseline's (same assumptions and formulas) made on demand: a
 * slider move needs only the first, the baseline's run being cached.
 */
export async function plansFor(req: RunRequest): Promise<{ current: Plan; baseline: () => Plan }> {
  const scenario = scenarioOf(req);
  const responses = await responsesFor(req);
  const opts = { endYear: req.endYear, ...(responses ? { responses } : {}) };
  const facts = municipalFacts(scenario.municipalities);
  return {
    current: preparePlan({ ...opts, scenario }),
    // current policy, with the municipalities' own figures and dated events (what they know), not their own measures
    baseline: () =>
      preparePlan({
        ...opts,
        scenario: {
          ...BASELINE_SCENARIO,
          ...(scenario.assumptions ? { assumptions: scenario.assumptions } : {}),
          ...(scenario.formulas ? { formulas: scenario.formulas } : {}),
          ...(facts ? { municipalities: facts } : {}),
        },
      }),
  };
}

/** One workspace and output buffer set reused by every deterministic run (runs are sequential here). */
let runBuffers: { ws: Workspace; raw: Float64Array[]; nYears: number } | undefined;
function buffersFor(plan: Plan): { ws: Workspace; raw: Float64Array[] } {
  const nYears = plan.calendar.nYears;
  if (!runBuffers || runBuffers.nYears !== nYears || runBuffers.ws.nM !== plan.start.nM) {
    runBuffers = {
      ws: createWorkspace(plan.start),
      raw: Array.from({ length: N_RAW }, () => new Float64Array(nYears * plan.start.nM)),
      nYears,
    };
  }
  return runBuffers;
}

/** Region results of one deterministic run (into the shared buffers; read before the next run). */
function runRegion(plan: Plan, members: Int32Array): Float64Array {
  const { ws, raw } = buffersFor(plan);
  return regionResults(runDeterministic(plan, ws, raw), members, plan.assumptions.shiftHours);
}

const historyCache = new Map<string, RegionHistory>();
/** The region's real history (it depends on the region only). */
function historyOf(regionText: string, region: Region): RegionHistory {
  let h = historyCache.get(regionText);
  if (!h) {
    const recs = records();
    h = regionHistory(
      region.type,
      Array.from(region.members, (i) => recs[i]!),
    );
    historyCache.set(regionText, h);
  }
  return h;
}

function toSeries(values: Float64Array, nYears: number): SeriesSet {
  const out = {} as SeriesSet;
  RESULT_IDS.forEach((id, k) => {
    out[id] = Array.from(values.subarray(k * nYears, (k + 1) * nYears));
  });
  return out;
}

const baselineCache = new Map<string, Float64Array>();

/** Deterministic series of the current scenario and the baseline for the request's region. */
export async function deterministic(req: RunRequest): Promise<DeterministicResult> {
  const t0 = performance.now();
  const region = resolveRegion(req.region);
  const { current, baseline } = await plansFor(req);
  const nYears = current.calendar.nYears;
  const cur = runRegion(current, region.members);
  // current policy beside the request (its assumptions, formulas and the municipalities' own figures and events), as
  // the page's run cache and Monte Carlo key it
  const baseKey = stableJson(currentPolicyRequest(req));
  let base = baselineCache.get(baseKey);
  if (!base) {
    // current policy on screen: the same run (currentPolicy.ts)
    base = isCurrentPolicy(req) ? cur.slice() : runRegion(baseline(), region.members);
    if (baselineCache.size > 50) baselineCache.clear();
    baselineCache.set(baseKey, base);
  }
  const recs = records();
  const ownMeasures = await ownMeasuresOf(req, region, nYears);
  const standing = await standingOf(current, region);
  return {
    ...(ownMeasures ? { ownMeasures } : {}),
    ...(standing ? { standing } : {}),
    years: simulatedYears(current.calendar),
    current: toSeries(cur, nYears),
    baseline: toSeries(base, nYears),
    history: historyOf(req.region, region),
    regionName: region.name,
    imputedMembers: Array.from(region.members, (i) => recs[i]!)
      .filter((m) => m.imputed)
      .map((m) => m.name),
    computeMs: performance.now() - t0,
  };
}

const standingCache = new Map<string, StandingRates>();

/**
 * A municipality's base rates from where it stands at the plan's start (DeterministicResult.standing): its share
 * without a GP then, as the plan starts it (the planner's own figures included); none for other regions or where the
 * start is imputed from peers and the planner has not given her own figures (nothing of its own to stand on). The
 * counting is loaded with the first municipality (not part of the worker's first load).
 */
async function standingOf(plan: Plan, region: Region): Promise<StandingRates | undefined> {
  if (region.type !== 'kommune' || region.members.length !== 1) return undefined;
  const start = plan.start;
  const share = standingShareOf(start, region.members[0]!);
  if (share === undefined) return undefined;
  const years = simulatedYears(plan.calendar);
  const key = JSON.stringify([region.code, start.year, share, years[years.length - 1]]);
  let out = standingCache.get(key);
  if (!out) {
    const { standingBaseRates } = await import('../../engine/validation/baseRates.ts');
    out = standingBaseRates(records(), start.year, share, years, registeredBasis);
    if (standingCache.size > 50) standingCache.clear();
    standingCache.set(key, out);
  }
  return out;
}

/**
 * Where municipality m stands at the start: its share without a GP then, as the plan starts it (the planner's own
 * figures included); undefined where the start is imputed from peers and the planner has not given her own figures
 * (nothing of its own to stand on) or it has no residents. The key figures (standingOf) and the map read it.
 */
export function standingShareOf(start: Plan['start'], m: number): number | undefined {
  // (a start the planner gave her own figures for is marked reconstructed, not scored, but it stands on them)
  if (start.records[m]!.imputed && !start.overridden?.[m]) return undefined;
  const pop = start.pop[popIndexAtEndOf(start, start.year, m)]!;
  if (!(pop > 0)) return undefined;
  return Math.min(1, Math.max(0, start.residentsWithoutGp[m]! / pop));
}

const ownCache = new Map<string, Float64Array>();

/**
 * The region's own measures (see DeterministicResult.ownMeasures): the municipalities in the region with levers of
 * their own, and, when the scenario also changes national levers, the run with only the municipalities' plans.
 */
async function ownMeasuresOf(
  req: RunRequest,
  region: Region,
  nYears: number,
): Promise<DeterministicResult['ownMeasures']> {
  const plans = req.municipalities ?? {};
  const recs = records();
  const codes = Array.from(region.members, (i) => recs[i]!.code).filter(
    (code) => Object.keys(plans[code]?.levers ?? {}).length > 0,
  );
  if (codes.length === 0) return undefined;
  if (Object.keys(req.levers).length === 0) return { codes, series: null };
  const key = stableJson([req.region, req.endYear, req.assumptions, req.formulas, req.municipalities]);
  let own = ownCache.get(key);
  if (!own) {
    const { current } = await plansFor({ ...req, levers: {} });
    own = runRegion(current, region.members).slice();
    if (ownCache.size > 20) ownCache.clear();
    ownCache.set(key, own);
  }
  return { codes, series: toSeries(own, nYears) };
}

/**
 * The runs of runMonteCarlo (run i always uses seed (seed, i)), with `stopped` in pieces with a look at the worker's
 * messages between them (pieces.ts; McStepper keeps the output buffers from piece to piece).
 */
async function runInPieces(
  plan: Plan,
  members: Int32Array,
  runs: number,
  firstRun: number,
  seed: number,
  onProgress: (done: number) => void,
  stopped?: () => boolean,
): Promise<McRuns> {
  const mc = new McStepper(plan, { runs, seed, firstRun, members, onProgress });
  await inPieces(runs, (n) => mc.advance(n), stopped);
  return mc.result();
}

/**
 * One Monte Carlo chunk (runs firstRun … firstRun + runs - 1) of the scenario and, optionally, the baseline. With
 * `stopped`, the runs go in pieces with a look at the worker's messages between them, so that a cancel stops the
 * chunk within a piece and the worker, warm, takes the next request (simWorker.ts).
 */
export async function monteCarloChunk(
  req: RunRequest,
  runs: number,
  firstRun: number,
  seed: number,
  withBaseline: boolean,
  onProgress: (done: number, total: number) => void,
  stopped?: () => boolean,
): Promise<{ years: number[]; current: Float64Array; baseline: Float64Array | null; standing?: StandingRates }> {
  const region = resolveRegion(req.region);
  const { current, baseline } = await plansFor(req);
  // the chunk from run 0 (every Monte Carlo has one) carries the base rates, the others leave them out (one worker
  // loads the counting, not each); the baseline starts where the scenario does: the same base rates pool both
  const standing = firstRun === 0 ? await standingOf(current, region) : undefined;
  const total = withBaseline ? 2 * runs : runs;
  const cur = await runInPieces(current, region.members, runs, firstRun, seed, (d) => onProgress(d, total), stopped);
  const base = withBaseline
    ? await runInPieces(baseline(), region.members, runs, firstRun, seed, (d) => onProgress(runs + d, total), stopped)
    : null;
  return {
    years: cur.years.slice(),
    current: cur.values,
    baseline: base ? base.values : null,
    ...(standing ? { standing } : {}),
  };
}

export { N_RESULTS };

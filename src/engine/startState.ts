/**
 * Start states built from the shipped data: 31 December 2025 (projections; SSB table 12005 per
 * municipality) and 31 December 2019 (backtest; reconstructed, see buildStart2019). Every array is
 * indexed by municipality in MUNICIPALITIES order; exogenous series by (year - firstYear) * nM + m.
 */
import { MUNICIPALITIES, NATIONAL } from '../data/index.ts';
import type { MunicipalityRecord } from '../data/types.ts';

export interface StartState {
  /** The start state is 31 December of this year. */
  readonly year: number;
  readonly nM: number;
  readonly records: readonly MunicipalityRecord[];
  /** Residents on 1 January, years popFirstYear … popFirstYear + popYears - 1. */
  readonly popFirstYear: number;
  readonly popYears: number;
  readonly pop: Float64Array;
  /** Consultation need per resident (national 2024 = 1), same indexing as pop. */
  readonly need: Float64Array;
  readonly nGps: Float64Array;
  readonly specialistShare: number;
  readonly salaried: Float64Array;
  /** Lists (hjemler), with and without a GP. */
  readonly lists: Float64Array;
  readonly residentsWithoutGp: Float64Array;
  /** Residents on a vacant list relative to the mean list length of lists with a GP (σ). */
  readonly vacantListRelSize: Float64Array;
  readonly centralityIndex: Float64Array;
  readonly centralityClass: Int32Array;
  readonly needShare16to19: Float64Array;
  readonly district: Int32Array;
  readonly nDistricts: number;
  /**
   * Share of the national GP market this state represents (1 for all municipalities). A restricted state
   * (restrictStart) competes for its share of the national candidate pool and grants.
   */
  readonly marketShare: number;
  /** Notes on how the state was built (shown by the CLI and the backtest). */
  readonly notes: readonly string[];
}

/**
 * Share of residents without a GP (and of lists without a GP) that the national series registered before
 * Q4 2022. From autumn 2022 Helfo asked municipalities to register unfilled lists, and the series jumped: the
 * count rose by 32 000 and 31 000 in 2020 and 2021, by 74 000 in 2022 and by 2 000 in 2023 (S1). If the
 * 2022 increase was really like its neighbours (~35 000), about 39 000 of the Q4 2022 level of 212 000 was
 * registration, i.e. ~18 %; before the break the series covered ~82 %. Judgement from the shape of the series;
 * the backtest states it and compares pre-break years on the registered basis.
 */
export const REGISTERED_SHARE_BEFORE_2022 = 0.82;

/** Relative salaried share by centrality class 1-6 (judgement: small rural municipalities use salaried GPs most, S81). */
const SALARIED_WEIGHT_BY_CLASS = [0.6, 0.7, 0.9, 1.3, 1.6, 1.9];

function seriesValue(values: readonly number[], firstYear: number, year: number): number {
  const v = values[year - firstYear];
  if (v === undefined) throw new Error(`no value for ${year}`);
  return v;
}

function exogenous(records: readonly MunicipalityRecord[]) {
  const first = records[0];
  if (!first) throw new Error('no municipalities in the data');
  const popFirstYear = first.pop.firstYear;
  const popYears = first.pop.values.length;
  const nM = records.length;
  const pop = new Float64Array(popYears * nM);
  const need = new Float64Array(popYears * nM);
  records.forEach((r, m) => {
    if (r.pop.firstYear !== popFirstYear || r.pop.values.length !== popYears)
      throw new Error(`${r.code}: population series misaligned`);
    if (r.needIndex.firstYear !== popFirstYear || r.needIndex.values.length !== popYears)
      throw new Error(`${r.code}: need series misaligned`);
    for (let y = 0; y < popYears; y++) {
      pop[y * nM + m] = r.pop.values[y] as number;
      need[y * nM + m] = r.needIndex.values[y] as number;
    }
  });
  return { popFirstYear, popYears, pop, need };
}

function districtIndex(records: readonly MunicipalityRecord[]): { district: Int32Array; nDistricts: number } {
  const ids = NATIONAL.legevaktDistricts.map((d) => d.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const district = Int32Array.from(records, (r) => {
    const i = index.get(r.legevaktDistrict);
    if (i === undefined) throw new Error(`${r.code}: unknown legevakt district ${r.legevaktDistrict}`);
    return i;
  });
  return { district, nDistricts: ids.length };
}

function salariedSplit(
  records: readonly MunicipalityRecord[],
  nGps: Float64Array,
  nationalShare: number,
): Float64Array {
  const w = records.map((r) => SALARIED_WEIGHT_BY_CLASS[r.centralityClass - 1] ?? 1);
  let num = 0;
  let den = 0;
  records.forEach((_, m) => {
    num += (nGps[m] as number) * (w[m] as number);
    den += nGps[m] as number;
  });
  const scale = (nationalShare * den) / num;
  return Float64Array.from(records, (_, m) => Math.min(0.95, (w[m] as number) * scale) * (nGps[m] as number));
}

function common(records: readonly MunicipalityRecord[]) {
  return {
    nM: records.length,
    records,
    marketShare: 1,
    centralityIndex: Float64Array.from(records, (r) => r.centralityIndex),
    centralityClass: Int32Array.from(records, (r) => r.centralityClass),
    needShare16to19: Float64Array.from(records, (r) => r.needShare16to19),
    ...districtIndex(records),
    ...exogenous(records),
  };
}

/** State on 31 December 2025 from SSB table 12005 (six municipalities imputed from peers). */
export function buildStart2025(records: readonly MunicipalityRecord[] = MUNICIPALITIES): StartState {
  const c = common(records);
  const year = 2025;
  const nM = c.nM;
  const nGps = new Float64Array(nM);
  const residentsWithoutGp = new Float64Array(nM);
  const lists = new Float64Array(nM);
  const popNow = Float64Array.from(records, (r) => seriesValue(r.pop.values, r.pop.firstYear, year + 1));
  const share = Float64Array.from(records, (r) => {
    const g = r.gp2025;
    const listed = g.residentsWithGp + g.residentsWithoutGp;
    return listed > 0 ? g.residentsWithoutGp / listed : 0;
  });
  records.forEach((r, m) => {
    nGps[m] = Math.max(1, r.gp2025.listsWithGp);
    residentsWithoutGp[m] = share[m]! * popNow[m]!;
  });
  const sigmaNational = nationalSigma(records);
  const vacant = Float64Array.from(records, (r) => r.gp2025.listsWithoutGp);
  const vacantListRelSize = sigmaFor(popNow, nGps, residentsWithoutGp, vacant, sigmaNational);
  records.forEach((_, m) => (lists[m] = nGps[m]! + vacant[m]!));
  return {
    ...c,
    year,
    nGps,
    lists,
    specialistShare: 0.632,
    salaried: salariedSplit(records, nGps, 0.21),
    residentsWithoutGp,
    vacantListRelSize,
    notes: [
      'Start: 31 Dec 2025, SSB table 12005 (lists with a GP = GPs; residents without a GP as the share on lists without a GP times the population on 1 Jan 2026).',
      'Specialist share 63.2 % (May 2024, S1) and salaried share 21 % (S1, 20.7 % May 2024) applied nationally; salaried share spread over centrality classes (judgement).',
    ],
  };
}

/** National σ in SSB's 2025 data: residents per vacant list over mean list length. */
function nationalSigma(records: readonly MunicipalityRecord[]): number {
  let without = 0;
  let vacant = 0;
  let withGp = 0;
  let gps = 0;
  for (const r of records) {
    if (r.imputed) continue;
    without += r.gp2025.residentsWithoutGp;
    vacant += r.gp2025.listsWithoutGp;
    withGp += r.gp2025.residentsWithGp;
    gps += r.gp2025.listsWithGp;
  }
  return without / vacant / (withGp / gps);
}

/**
 * σ per municipality so that σ × vacant lists × list length = residents without a GP. Where a municipality
 * has residents without a GP but no vacant list (or the reverse), the national σ fills in: the vacant lists
 * are then derived from the residents (written back into `vacant`).
 */
function sigmaFor(
  pop: Float64Array,
  gps: Float64Array,
  without: Float64Array,
  vacant: Float64Array,
  sigmaNational: number,
): Float64Array {
  return Float64Array.from(pop, (p, m) => {
    const listLength = (p - without[m]!) / gps[m]!;
    if (without[m]! > 0 && vacant[m]! > 0) return Math.min(2, Math.max(0.2, without[m]! / (vacant[m]! * listLength)));
    if (without[m]! > 0) vacant[m] = without[m]! / (sigmaNational * listLength);
    else vacant[m] = 0;
    return sigmaNational;
  });
}

/**
 * State on 31 December 2019 for the backtest. SSB's municipal GP table has 2019 rows only for
 * municipalities whose number did not change; the others take their 2025 list length and share without a
 * GP, scaled by one factor each so that the national totals equal Helsedirektoratet's Q4 2019 figures
 * (4 884 lists with a GP, 75 542 residents on lists without a GP, S1).
 */
export function buildStart2019(records: readonly MunicipalityRecord[] = MUNICIPALITIES): StartState {
  const c = common(records);
  const year = 2019;
  const nM = c.nM;
  // the registered counts before the autumn-2022 break are raised to the true level (see REGISTERED_SHARE_BEFORE_2022)
  const targetWithout =
    (NATIONAL.series['listeinnbyggere_uten_fast_lege']?.['2019'] ?? 75542) / REGISTERED_SHARE_BEFORE_2022;
  const targetGps = NATIONAL.series['lister_med_fast_lege']?.['2019'] ?? 4884;
  const targetVacantLists = (NATIONAL.series['lister_uten_fast_lege']?.['2019'] ?? 126) / REGISTERED_SHARE_BEFORE_2022;
  const popNow = Float64Array.from(records, (r) => seriesValue(r.pop.values, r.pop.firstYear, year + 1));
  const known = records.map((r) =>
    r.trend.find((t) => t.year === 2019 && t.shareWithoutGpPct !== null && t.meanListLength !== null),
  );
  const list2025 = Float64Array.from(records, (r) => {
    const g = r.gp2025;
    return g.listsWithGp > 0 ? g.residentsWithGp / g.listsWithGp : g.meanListLength;
  });
  const share2025 = Float64Array.from(records, (r) => {
    const g = r.gp2025;
    const listed = g.residentsWithGp + g.residentsWithoutGp;
    return listed > 0 ? g.residentsWithoutGp / listed : 0;
  });
  // share scaling factor f for municipalities without a 2019 row
  let knownWithout = 0;
  let unknownWithout = 0;
  records.forEach((_, m) => {
    const k = known[m];
    if (k) knownWithout += ((k.shareWithoutGpPct as number) / 100) * (popNow[m] as number);
    else unknownWithout += (share2025[m] as number) * (popNow[m] as number);
  });
  const f = unknownWithout > 0 ? Math.max(0, (targetWithout - knownWithout) / unknownWithout) : 0;
  const share = Float64Array.from(records, (_, m) => {
    const k = known[m];
    return k ? (k.shareWithoutGpPct as number) / 100 : Math.min(0.5, (share2025[m] as number) * f);
  });
  // list length scaling g for the same municipalities
  let knownGps = 0;
  let unknownGpsAt2025Length = 0;
  records.forEach((_, m) => {
    const k = known[m];
    const withGp = (popNow[m] as number) * (1 - (share[m] as number));
    if (k) knownGps += withGp / (k.meanListLength as number);
    else unknownGpsAt2025Length += withGp / (list2025[m] as number);
  });
  const g = unknownGpsAt2025Length / Math.max(1, targetGps - knownGps);
  const nGps = new Float64Array(nM);
  const residentsWithoutGp = new Float64Array(nM);
  records.forEach((_, m) => {
    const k = known[m];
    const listLength = k ? (k.meanListLength as number) : (list2025[m] as number) * g;
    const without = (share[m] as number) * (popNow[m] as number);
    nGps[m] = Math.max(1, ((popNow[m] as number) - without) / listLength);
    residentsWithoutGp[m] = without;
  });
  // vacant lists: as many as the 2025 σ implies, then scaled to the national count (126, S1); σ follows
  const sigmaNational = nationalSigma(records);
  const vacant = new Float64Array(nM);
  sigmaFor(popNow, nGps, residentsWithoutGp, vacant, sigmaNational);
  const vacantSum = vacant.reduce((a, b) => a + b, 0);
  for (let m = 0; m < nM; m++) vacant[m] = (vacant[m]! * targetVacantLists) / vacantSum;
  const vacantListRelSize = sigmaFor(popNow, nGps, residentsWithoutGp, vacant, sigmaNational);
  const lists = Float64Array.from(records, (_, m) => nGps[m]! + vacant[m]!);
  const nKnown = known.filter(Boolean).length;
  return {
    ...c,
    year,
    nGps,
    lists,
    specialistShare: 0.621,
    salaried: salariedSplit(records, nGps, 0.14),
    residentsWithoutGp,
    vacantListRelSize,
    notes: [
      `Start: 31 Dec 2019, reconstructed; residents and lists without a GP raised by 1/${REGISTERED_SHARE_BEFORE_2022} to the post-2022 registration basis. ${nKnown} municipalities have SSB 2019 rows; the others use 2025 values scaled (share without a GP × ${f.toFixed(3)}, list length × ${g.toFixed(3)}) to match Helsedirektoratet's national Q4 2019 totals (S1).`,
      'Specialist share 62.1 % and salaried share 14 % in 2019 (S1).',
    ],
  };
}

/**
 * A start state for some municipalities only (e.g. one municipality alone, for speed). Legevakt pools over
 * the members present; the national candidate pool, slack and grants are scaled by the subset's share of
 * GPs (marketShare), so the subset competes as it would in the national market at the start.
 */
export function restrictStart(state: StartState, indices: readonly number[]): StartState {
  if (indices.length === 0) throw new Error('restrictStart: no municipalities');
  const nM = indices.length;
  const pick = (arr: Float64Array) => Float64Array.from(indices, (i) => arr[i]!);
  const pickYears = (arr: Float64Array) => {
    const out = new Float64Array(state.popYears * nM);
    for (let y = 0; y < state.popYears; y++) indices.forEach((i, j) => (out[y * nM + j] = arr[y * state.nM + i]!));
    return out;
  };
  const districtIds = [...new Set(indices.map((i) => state.district[i]!))];
  const total = state.nGps.reduce((a, b) => a + b, 0);
  const subset = indices.reduce((a, i) => a + state.nGps[i]!, 0);
  return {
    ...state,
    nM,
    records: indices.map((i) => state.records[i]!),
    pop: pickYears(state.pop),
    need: pickYears(state.need),
    nGps: pick(state.nGps),
    salaried: pick(state.salaried),
    lists: pick(state.lists),
    residentsWithoutGp: pick(state.residentsWithoutGp),
    vacantListRelSize: pick(state.vacantListRelSize),
    centralityIndex: pick(state.centralityIndex),
    centralityClass: Int32Array.from(indices, (i) => state.centralityClass[i]!),
    needShare16to19: pick(state.needShare16to19),
    district: Int32Array.from(indices, (i) => districtIds.indexOf(state.district[i]!)),
    nDistricts: districtIds.length,
    marketShare: (state.marketShare * subset) / total,
    notes: [
      ...state.notes,
      `Restricted to ${nM} municipalities (market share ${((subset / total) * 100).toFixed(2)} %).`,
    ],
  };
}

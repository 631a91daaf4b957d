/**
 * Start states built from the shipped data: 31 December 2025 (projections; SSB table 12005 per
 * municipality) and 31 December of a hindcast origin 2019-2024 (the backtest and the validation), built only
 * from data known at that date (buildStartAt). Every array is
 * indexed by municipality in MUNICIPALITIES order; exogenous series by (year - firstYear) * nM + m.
 */
import { MUNICIPALITIES, NATIONAL } from '../../data/index.ts';
import type { MunicipalityRecord, NationalData } from '../../data/types.ts';
import { estimateLocalDynamics, sizeBandOf, vacancyPersistence } from './localDynamics.ts';

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
  /** GPs in specialist training per municipality, where known (the municipality's own figures); else GPs × (1 − specialistShare). */
  readonly trainees?: Float64Array;
  readonly salaried: Float64Array;
  /** Lists (hjemler), with and without a GP. */
  readonly lists: Float64Array;
  readonly residentsWithoutGp: Float64Array;
  /** Residents on a vacant list relative to the mean list length of lists with a GP (σ). */
  readonly vacantListRelSize: Float64Array;
  /**
   * The model's vacant lists per vacant list as the municipality's register counts them (2025: SSB 12005), where
   * the two differ: the start counts vacancies as the hindcasts it is validated on do (vacantListEquivalents), and a
   * planner's own count of lists without a GP (startOverrides.ts) is in the register's lists. Absent: 1.
   */
  readonly vacantUnitsPerList?: Float64Array;
  readonly centralityIndex: Float64Array;
  readonly centralityClass: Int32Array;
  readonly needShare16to19: Float64Array;
  readonly district: Int32Array;
  readonly nDistricts: number;
  /** Duty hours per month and the other doctors' share per district where a municipality gave its own (NaN: the model's). */
  readonly districtDutyHours?: Float64Array;
  readonly districtOtherShare?: Float64Array;
  /** 1 where a municipality's start figures are its planner's own (startOverrides.ts). */
  readonly overridden?: Uint8Array;
  /**
   * 1 where the municipality's GP values at the start are not its own figures of that date (reconstructed from
   * peers, or imputed in 2025): such municipalities are left out of the validation's scores.
   */
  readonly reconstructed: Uint8Array;
  /**
   * Yearly standard deviation of the municipality's own list-length changes (log, net of the national change):
   * its size band's in the SSB rows up to the start year, from their 10-90 % range (heavy tails; localDynamics.ts);
   * drives localEffects.ts.
   */
  readonly localListSd: Float64Array;
  /**
   * How much of a municipality's departure from the other municipalities' share without a GP lasts: in the SSB rows up
   * to the start year, the part still there three years later (localDynamics.ts vacancyPersistence). The start
   * calibration holds no more than this part of a municipality's vacancy above or below its class's (recruitment.ts).
   */
  readonly vacancyPersistence: number;
  /**
   * List patients per resident: SSB's list length counts the patients on the municipality's lists (residents of
   * other municipalities listed here count, residents listed elsewhere do not; Oslo 1.07, Bindal 1.21 in 2025), the
   * model counts residents. The recorded list length is this ratio × residents with a GP / GPs, so that it starts at
   * the data's value. 2025: (residents on lists) / population; hindcast origins: list length × GPs / residents with
   * a GP at the origin (GPs whole, see buildStartAt). 1 where nothing is known.
   */
  readonly listPatientsPerResident: Float64Array;
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

/** Share of residents without a GP that 31 December figures of `year` register: REGISTERED_SHARE_BEFORE_2022 before 2022, else 1. */
export function registeredBasis(year: number): number {
  return year < 2022 ? REGISTERED_SHARE_BEFORE_2022 : 1;
}

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

function districtIndex(
  records: readonly MunicipalityRecord[],
  national: NationalData,
): { district: Int32Array; nDistricts: number } {
  const ids = national.legevaktDistricts.map((d) => d.id);
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

function common(records: readonly MunicipalityRecord[], national: NationalData = NATIONAL) {
  return {
    nM: records.length,
    records,
    marketShare: 1,
    centralityIndex: Float64Array.from(records, (r) => r.centralityIndex),
    centralityClass: Int32Array.from(records, (r) => r.centralityClass),
    needShare16to19: Float64Array.from(records, (r) => r.needShare16to19),
    ...districtIndex(records, national),
    ...exogenous(records),
  };
}

/** Per municipality, its size band's SD (from the 10-90 % range) of yearly list-length changes in the rows up to `year`. */
function localListSdAt(records: readonly MunicipalityRecord[], year: number): Float64Array {
  const dyn = estimateLocalDynamics(records, year);
  return Float64Array.from(records, (r) => {
    const pop = seriesValue(r.pop.values, r.pop.firstYear, year + 1);
    return dyn.bySizeBand[sizeBandOf(pop)]!.decileSdLogListChange;
  });
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
  const listPatientsPerResident = Float64Array.from(records, listPatientsPerResident2025);
  const sigmaNational = nationalSigma(records);
  // SSB's lists without a GP (where residents are without a GP but no list is, derived at the national σ: sigmaFor);
  // the start counts its vacancies as the hindcasts do, from the residents, to the same national total
  const registered = Float64Array.from(records, (r) => r.gp2025.listsWithoutGp);
  sigmaFor(popNow, nGps, residentsWithoutGp, registered, sigmaNational);
  const vacant = vacantListEquivalents(
    popNow,
    nGps,
    residentsWithoutGp,
    sigmaNational,
    registered.reduce((a, b) => a + b, 0),
  );
  const vacantListRelSize = sigmaFor(popNow, nGps, residentsWithoutGp, vacant, sigmaNational);
  const vacantUnitsPerList = Float64Array.from(vacant, (v, m) =>
    registered[m]! > 0 && v > 0 ? v / registered[m]! : 1,
  );
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
    vacantUnitsPerList,
    reconstructed: Uint8Array.from(records, (r) => (r.imputed ? 1 : 0)),
    localListSd: localListSdAt(records, year),
    vacancyPersistence: vacancyPersistence(records, year, registeredBasis),
    listPatientsPerResident,
    notes: [
      "Start: 31 Dec 2025, SSB table 12005 (lists with a GP = GPs; residents without a GP as the share on lists without a GP times the population on 1 Jan 2026; vacant lists from those residents at the national residents per vacant list, to SSB's national count, as in the hindcasts).",
      'Specialist share 63.2 % (May 2024, S1) and salaried share 21 % (S1, 20.7 % May 2024) applied nationally; salaried share spread over centrality classes (judgement).',
    ],
  };
}

/** The range a list-patient ratio is held to (a ratio outside it would be a data error, not a border effect). */
const LIST_PATIENT_RATIO_RANGE = [0.2, 5] as const;

/**
 * List patients per resident of a municipality in SSB's 2025 figures: residents on its lists over its population on
 * 1 January 2026 (the 2025 start's, and the history's GPs in regionHistory.ts); 1 where SSB has no row.
 */
export function listPatientsPerResident2025(r: MunicipalityRecord): number {
  if (r.imputed) return 1;
  return listPatientRatio(
    r.gp2025.residentsWithGp + r.gp2025.residentsWithoutGp,
    seriesValue(r.pop.values, r.pop.firstYear, 2026),
  );
}

/** List patients over residents, held to LIST_PATIENT_RATIO_RANGE; 1 without residents or patients. */
function listPatientRatio(patients: number, residents: number): number {
  if (!(patients > 0) || !(residents > 0)) return 1;
  return Math.min(LIST_PATIENT_RATIO_RANGE[1], Math.max(LIST_PATIENT_RATIO_RANGE[0], patients / residents));
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
 * Vacant lists per municipality as the hindcasts count them, where no municipal count of lists exists: its residents
 * without a GP over the national σ × its list length, scaled to the national count `total`. The 2025 start counts
 * them so too, though SSB gives each municipality's lists (buildStart2025): its forecast is then one of the kind the
 * validation scored. (Started from SSB's own counts, where a small municipality's one vacant list often carries more
 * than a list's worth of residents, one recruit cleared what took two in the hindcasts: the 30 municipalities with
 * 20 % or more without a GP in 2025 kept a vacancy into 2026 in 37 % of runs on average (Nesna 7 %, Flakstad 5 %),
 * 43 % now; in the data 2020-2025, 61-75 % of such municipalities still had one a year later, and the hindcasts'
 * first-year probabilities of those with 10 % or more, 0.61-0.77 on average, matched what happened, 0.60-0.76.)
 */
function vacantListEquivalents(
  pop: Float64Array,
  gps: Float64Array,
  without: Float64Array,
  sigmaNational: number,
  total: number,
): Float64Array {
  const vacant = new Float64Array(pop.length);
  sigmaFor(pop, gps, without, vacant, sigmaNational);
  const sum = vacant.reduce((a, b) => a + b, 0);
  if (sum > 0) for (let m = 0; m < vacant.length; m++) vacant[m] = (vacant[m]! * total) / sum;
  return vacant;
}

/** The first origin a hindcast can start from: the first year with Helsedirektoratet's national Q4 figures (S1). */
export const FIRST_HINDCAST_ORIGIN = 2019;
/**
 * The last origin: 2024, whose national figures are May's (the municipal rows are 31 December's, for every
 * municipality SSB reports); 2025 is the projection start (buildStart2025).
 */
export const LAST_HINDCAST_ORIGIN = 2024;

/** Centrality group of a class: 1-2 (central), 3-4, 5-6 (least central); peers are sought within a group. */
function centralityGroup(cls: number): number {
  return cls <= 2 ? 0 : cls <= 4 ? 1 : 2;
}

/**
 * The last national figure dated within `year`: its 31 December figure, else the latest one from earlier in the year
 * (keys such as "2024.33", May 2024). Known on 31 December of `year` either way.
 */
function nationalLatestIn(national: NationalData, series: string, year: number): number {
  const byYear = national.series[series] ?? {};
  const q4 = byYear[String(year)];
  if (q4 !== undefined && Number.isFinite(q4)) return q4;
  const within = Object.keys(byYear)
    .filter((k) => Number(k) > year && Number(k) < year + 1 && Number.isFinite(byYear[k]))
    .sort((a, b) => Number(a) - Number(b));
  if (within.length === 0) throw new Error(`national series ${series} has no value for ${year}`);
  return byYear[within[within.length - 1]!]!;
}

/** Whether Helsedirektoratet's 31 December figures of `year` are in the national data (2019-2023; not 2024). */
export function hasYearEndFigures(national: NationalData, year: number): boolean {
  const v = national.series['lister_med_fast_lege']?.[String(year)];
  return v !== undefined && Number.isFinite(v);
}

/**
 * State on 31 December of `origin` (2019-2024) for hindcasts, built only from what was known then: each
 * municipality's SSB 12005 row of that year (share without a GP and mean list length), Helsedirektoratet's
 * national Q4 figures of that year (S1; for 2024 its May figures, the last of that year) and the population on
 * 1 January after it. No later row, no 2025 figure.
 *
 * - Before the autumn-2022 registration change, every municipality's share without a GP and the national counts
 *   are raised by 1 / REGISTERED_SHARE_BEFORE_2022 (the same factor for all, to the complete basis).
 * - A municipality without a row at the origin (its number changed, or SSB has no value) is reconstructed from its
 *   peers at that date: the population-weighted share without a GP and list length of municipalities with a row
 *   in the same county and centrality group (else the same centrality class, else all), scaled by one factor each
 *   so that the national totals equal the national 31 December figures of the origin (2024 has none: unscaled).
 *   It is flagged (`reconstructed`) and left out of any scoring.
 * - Vacant lists: as many as the national σ of the origin (residents per vacant list over mean list length) implies,
 *   scaled to the national count of lists without a GP.
 *
 * Exogenous inputs are taken as known (a conditional hindcast): population and need per resident over the whole
 * run, and the policy as it was. Leak test: test/engine/hindcastStart.test.ts builds every origin from data with
 * all later rows removed and gets the same start.
 */
export function buildStartAt(
  origin: number,
  records: readonly MunicipalityRecord[] = MUNICIPALITIES,
  national: NationalData = NATIONAL,
): StartState {
  if (!Number.isInteger(origin) || origin < FIRST_HINDCAST_ORIGIN || origin > LAST_HINDCAST_ORIGIN)
    throw new Error(
      `origin: expected a year from ${FIRST_HINDCAST_ORIGIN} to ${LAST_HINDCAST_ORIGIN} (2025 is the projection start), got ${origin}`,
    );
  const c = common(records, national);
  const year = origin;
  const nM = c.nM;
  const correction = 1 / registeredBasis(year);
  // the national totals are met only with 31 December figures of the origin; else (2024: May figures) the municipal
  // rows stand as they are and the few reconstructed municipalities take their peers' values unscaled (the vacant
  // lists, which no municipal row gives, are still scaled to the last national count, May's)
  const yearEnd = hasYearEndFigures(national, year);
  const latest = (series: string) => nationalLatestIn(national, series, year);
  const targetWithout = latest('listeinnbyggere_uten_fast_lege') * correction;
  const targetGps = latest('lister_med_fast_lege');
  const targetVacantLists = latest('lister_uten_fast_lege') * correction;
  const nationalWithGp = latest('listeinnbyggere_med_fast_lege');
  // σ of the origin: residents per vacant list over the mean list length (both on the registered basis, so the
  // correction cancels)
  const sigmaNational =
    latest('listeinnbyggere_uten_fast_lege') / latest('lister_uten_fast_lege') / (nationalWithGp / targetGps);
  const popNow = Float64Array.from(records, (r) => seriesValue(r.pop.values, r.pop.firstYear, year + 1));
  const known = records.map((r) =>
    r.trend.find((t) => t.year === year && t.shareWithoutGpPct !== null && t.meanListLength !== null),
  );
  const ownShare = (m: number) => Math.min(0.95, ((known[m]!.shareWithoutGpPct as number) / 100) * correction);
  // peers at the origin: same county and centrality group, else same class, else all municipalities with a row
  const peerOf = records.map((r, m) => {
    if (known[m]) return [];
    const withRow = (pick: (o: MunicipalityRecord) => boolean) =>
      records.flatMap((o, i) => (known[i] && i !== m && pick(o) ? [i] : []));
    const group = centralityGroup(r.centralityClass);
    let peers = withRow((o) => o.county === r.county && centralityGroup(o.centralityClass) === group);
    if (peers.length < 3) peers = withRow((o) => o.centralityClass === r.centralityClass);
    if (peers.length === 0) peers = withRow(() => true);
    return peers;
  });
  const peerShare = Float64Array.from(records, (_, m) => {
    const peers = peerOf[m]!;
    if (peers.length === 0) return 0;
    let w = 0;
    let s = 0;
    for (const i of peers) {
      w += popNow[i]!;
      s += ownShare(i) * popNow[i]!;
    }
    return w > 0 ? s / w : 0;
  });
  const peerListLength = Float64Array.from(records, (_, m) => {
    const peers = peerOf[m]!;
    let withGp = 0;
    let gps = 0;
    for (const i of peers) {
      const listed = popNow[i]! * (1 - ownShare(i));
      withGp += listed;
      gps += listed / (known[i]!.meanListLength as number);
    }
    return gps > 0 ? withGp / gps : nationalWithGp / targetGps;
  });
  // share scaling factor f for reconstructed municipalities (national residents without a GP of the origin)
  let knownWithout = 0;
  let peerWithout = 0;
  records.forEach((_, m) => {
    if (known[m]) knownWithout += ownShare(m) * popNow[m]!;
    else peerWithout += peerShare[m]! * popNow[m]!;
  });
  const f = !yearEnd ? 1 : peerWithout > 0 ? Math.max(0, (targetWithout - knownWithout) / peerWithout) : 0;
  const share = Float64Array.from(records, (_, m) => (known[m] ? ownShare(m) : Math.min(0.5, peerShare[m]! * f)));
  // list length scaling g for the same municipalities (national lists with a GP of the origin)
  let knownGps = 0;
  let peerGps = 0;
  records.forEach((_, m) => {
    const withGp = popNow[m]! * (1 - share[m]!);
    if (known[m]) knownGps += withGp / (known[m]!.meanListLength as number);
    else peerGps += withGp / peerListLength[m]!;
  });
  const g = yearEnd && peerGps > 0 ? peerGps / Math.max(1, targetGps - knownGps) : 1;
  const nGps = new Float64Array(nM);
  const residentsWithoutGp = new Float64Array(nM);
  const listPatientsPerResident = new Float64Array(nM);
  records.forEach((_, m) => {
    const listLength = known[m] ? (known[m]!.meanListLength as number) : peerListLength[m]! * g;
    const without = share[m]! * popNow[m]!;
    // GPs are people: whole, as in the 2025 start and as stochastic runs move them. The residents with a GP over the
    // list length is rarely whole (list patients are not the residents), and a fraction next to a half made a whole
    // list open or close in the first months of most runs. What the rounding leaves is the list-patient ratio.
    nGps[m] = Math.max(1, Math.round((popNow[m]! - without) / listLength));
    listPatientsPerResident[m] = listPatientRatio(listLength * nGps[m]!, popNow[m]! - without);
    residentsWithoutGp[m] = without;
  });
  const vacant = vacantListEquivalents(popNow, nGps, residentsWithoutGp, sigmaNational, targetVacantLists);
  const vacantListRelSize = sigmaFor(popNow, nGps, residentsWithoutGp, vacant, sigmaNational);
  const lists = Float64Array.from(records, (_, m) => nGps[m]! + vacant[m]!);
  const reconstructed = Uint8Array.from(records, (_, m) => (known[m] ? 0 : 1));
  const nKnown = nM - reconstructed.reduce((a, b) => a + b, 0);
  const specialistShare = latest('andel_fastleger_spesialist_allmennmed_pst') / 100;
  const salariedShare = latest('andel_fast_ansatt_av_lister_med_fast_lege_pst') / 100;
  const basis =
    correction !== 1
      ? ` Residents and lists without a GP raised by 1/${REGISTERED_SHARE_BEFORE_2022} to the post-2022 registration basis, in every municipality.`
      : '';
  return {
    ...c,
    year,
    nGps,
    lists,
    specialistShare,
    salaried: salariedSplit(records, nGps, salariedShare),
    residentsWithoutGp,
    vacantListRelSize,
    reconstructed,
    localListSd: localListSdAt(records, year),
    vacancyPersistence: vacancyPersistence(records, year, registeredBasis),
    listPatientsPerResident,
    notes: [
      yearEnd
        ? `Start: 31 Dec ${year}, from data known then only.${basis} ${nKnown} municipalities have SSB 12005 rows for ${year}; the other ${nM - nKnown} are reconstructed from peers of that year (same county and centrality group), scaled (share without a GP × ${f.toFixed(3)}, list length × ${g.toFixed(3)}) to Helsedirektoratet's national Q4 ${year} totals (S1), flagged and not scored.`
        : `Start: 31 Dec ${year}, from data known then only. ${nKnown} municipalities have SSB 12005 rows for ${year}; the other ${nM - nKnown} take their peers' values of that year (same county and centrality group), flagged and not scored. Vacant lists scaled to Helsedirektoratet's last national count of ${year}, May's (S1).`,
      `Specialist share ${(specialistShare * 100).toFixed(1)} % and salaried share ${(salariedShare * 100).toFixed(1)} % in ${year}${yearEnd ? '' : ' (May)'} (S1).`,
    ],
  };
}

/** State on 31 December 2019 for the national backtest (buildStartAt(2019)). */
export function buildStart2019(
  records: readonly MunicipalityRecord[] = MUNICIPALITIES,
  national: NationalData = NATIONAL,
): StartState {
  return buildStartAt(2019, records, national);
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
    ...(state.trainees ? { trainees: pick(state.trainees) } : {}),
    ...(state.overridden ? { overridden: Uint8Array.from(indices, (i) => state.overridden![i]!) } : {}),
    ...(state.districtDutyHours
      ? { districtDutyHours: Float64Array.from(districtIds, (d) => state.districtDutyHours![d]!) }
      : {}),
    ...(state.districtOtherShare
      ? { districtOtherShare: Float64Array.from(districtIds, (d) => state.districtOtherShare![d]!) }
      : {}),
    salaried: pick(state.salaried),
    lists: pick(state.lists),
    residentsWithoutGp: pick(state.residentsWithoutGp),
    vacantListRelSize: pick(state.vacantListRelSize),
    ...(state.vacantUnitsPerList ? { vacantUnitsPerList: pick(state.vacantUnitsPerList) } : {}),
    reconstructed: Uint8Array.from(indices, (i) => state.reconstructed[i]!),
    localListSd: pick(state.localListSd),
    listPatientsPerResident: pick(state.listPatientsPerResident),
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

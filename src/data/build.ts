// Pure data build: raw CSV / TopoJSON texts in, municipality records and national data out (no I/O; used by src/cli/buildData.ts and the tests).
import type { AgeSex, Mortality, NeedRates } from './ageing.ts';
import {
  countFrom,
  emptyAgeSex,
  gompertzMortality,
  MAX_AGE,
  N_AGES,
  needPerResident,
  needRates,
  needShareOfAges,
  projectAgeSex,
  totalOf,
} from './ageing.ts';
import { encodeMunicipalities } from './compact.ts';
import type { CsvRow } from './csv.ts';
import { num, parseCsv, str } from './csv.ts';
import type { District, Topology } from './districts.ts';
import { adjacencyFromTopology, greedyDistricts } from './districts.ts';
import type { PeerCandidate, PeerMedians } from './gp.ts';
import { codeOf, findPeers, imputeGp2025, parseGp2025, parseTrend, peerMedians } from './gp.ts';
import { alisBySize, capitationRates, consultationsByAge, expenditure, keyFigureSeries } from './national.ts';
import type { PopulationInput } from './population.ts';
import {
  fillRegistered,
  POP_FIRST_YEAR,
  POP_LAST_YEAR,
  PROJECTION_FROM_YEAR,
  REGISTERED_LAST_YEAR,
  spliceProjection,
} from './population.ts';
import type { Gp2025, LegevaktDistrict, MunicipalityRecord, NationalData, TrendPoint, YearSeries } from './types.ts';

/** Raw files read by the build (names inside src/data/raw). */
export const RAW_FILES = {
  municipalities: 'kommuner_2024.csv',
  population: 'befolkning_1jan_2015_2026.csv',
  projection: 'befolkningsframskriving_total_2024_2050.csv',
  ages: 'befolkning_ettarig_alder_kjonn_2024_2026.csv',
  gp2025: 'fastlege_kommune_2025.csv',
  gpTrend: 'fastlege_kommune_trend_2015_2025.csv',
  keyFigures: 'fastlege_nokkeltall_nasjonalt.csv',
  consultations: 'konsultasjoner_per_person_alder_2023.csv',
  capitation: 'basistilskudd_satser.csv',
  expenditure: 'utgifter_allmennlegetjenesten_2019_2023.csv',
  alis: 'alis_tilskudd_2021_kommunestorrelse.csv',
  topology: 'kommuner_2024_enkel.topojson',
} as const;

export type RawFileKey = keyof typeof RAW_FILES;
/** Text content of every raw file, keyed as in RAW_FILES. */
export type RawTexts = Record<RawFileKey, string>;

/**
 * Population threshold of the greedy legevakt merge. Sweep over 5 000-20 000 (see
 * src/data/raw/SOURCES.md): 11 000 gives the district count closest to the 168 legevakter of 2022.
 */
export const LEGEVAKT_THRESHOLD = 11_000;
/** Years of registered single-age data and the base year of the cohort projection. */
const AGE_YEARS = [2024, 2025, 2026] as const;
const NEED_BASE_YEAR = 2024;
/** The national need index growth for the 2015-2023 backcast is the mean over 2024..this year. */
const BACKCAST_GROWTH_TO = 2030;
const N_YEARS = POP_LAST_YEAR - POP_FIRST_YEAR + 1;

export interface ImputationReport {
  code: string;
  name: string;
  factor: number;
  peers: string[];
  medians: PeerMedians;
  gp2025: Gp2025;
}

export interface BuildReport {
  populationNational: Record<string, number>;
  needIndexNational: Record<string, number>;
  pop80Plus: { y2024: number; y2050: number; ratio: number };
  districts: { count: number; alone: number; aloneShare: number; isolated: string[]; threshold: number };
  imputations: ImputationReport[];
  mortality: { a: number; b: number; e0Women: number; e0Men: number };
  needSexFactors: { women: number; men: number };
  backcastGrowth: number;
}

export interface BuildResult {
  municipalities: MunicipalityRecord[];
  national: NationalData;
  report: BuildReport;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  const v = Math.round(x * f) / f;
  return Object.is(v, -0) ? 0 : v;
}

function byCode<T extends CsvRow>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const c = codeOf(r);
    const list = m.get(c) ?? [];
    list.push(r);
    m.set(c, list);
  }
  return m;
}

/** The identity fields of a record, plus the 2024 population used to build the rest. */
type Base = Pick<
  MunicipalityRecord,
  'code' | 'name' | 'county' | 'countyName' | 'centralityClass' | 'centralityIndex' | 'areaKm2'
> & { pop2024: number };

function parseBase(rows: readonly CsvRow[]): Base[] {
  const base = rows.map((r) => ({
    code: str(r, 'kommunenummer'),
    name: str(r, 'kommunenavn'),
    county: str(r, 'fylkesnummer'),
    countyName: str(r, 'fylkesnavn'),
    centralityClass: num(r, 'sentralitet_klasse'),
    centralityIndex: num(r, 'sentralitetsindeks'),
    areaKm2: num(r, 'areal_km2'),
    pop2024: num(r, 'befolkning_2024_01_01'),
  }));
  base.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const b of base) if (!/^\d{4}$/.test(b.code)) throw new Error(`bad municipality code ${b.code}`);
  return base;
}

function populationInput(
  base: readonly Base[],
  popRows: readonly CsvRow[],
  projRows: readonly CsvRow[],
): PopulationInput {
  const nReg = REGISTERED_LAST_YEAR - POP_FIRST_YEAR + 1;
  const registered = new Map<string, (number | null)[]>(
    base.map((b) => [b.code, new Array<number | null>(nReg).fill(null)]),
  );
  for (const r of popRows) {
    const y = num(r, 'aar');
    const arr = registered.get(codeOf(r));
    if (!arr || y < POP_FIRST_YEAR || y > REGISTERED_LAST_YEAR) continue;
    const v = str(r, 'befolkning_1jan');
    arr[y - POP_FIRST_YEAR] = v === '' ? null : Number(v);
  }
  const projection = new Map<string, Map<number, number>>();
  for (const r of projRows) {
    const c = codeOf(r);
    const m = projection.get(c) ?? new Map<number, number>();
    m.set(num(r, 'aar'), num(r, 'befolkning_1jan'));
    projection.set(c, m);
  }
  return {
    codes: base.map((b) => b.code),
    countyOf: new Map(base.map((b) => [b.code, b.county])),
    registered,
    projection,
  };
}

/** code -> year -> single-age structure (registered 2024-2026). */
function parseAges(rows: readonly CsvRow[]): Map<string, Map<number, AgeSex>> {
  const out = new Map<string, Map<number, AgeSex>>();
  for (const r of rows) {
    const c = codeOf(r);
    const y = num(r, 'aar');
    const a = num(r, 'alder');
    if (a < 0 || a > MAX_AGE) throw new Error(`${c} ${y}: age ${a} out of range`);
    const byYear = out.get(c) ?? new Map<number, AgeSex>();
    const p = byYear.get(y) ?? emptyAgeSex();
    p.men[a] = num(r, 'menn');
    p.women[a] = num(r, 'kvinner');
    byYear.set(y, p);
    out.set(c, byYear);
  }
  return out;
}

function addInto(acc: AgeSex, p: AgeSex): void {
  for (let a = 0; a < N_AGES; a++) {
    acc.men[a] = (acc.men[a] as number) + (p.men[a] as number);
    acc.women[a] = (acc.women[a] as number) + (p.women[a] as number);
  }
}

interface NeedResult {
  /** code -> need per resident (unnormalised) NEED_BASE_YEAR..POP_LAST_YEAR. */
  raw: Map<string, number[]>;
  share16to19: Map<string, number>;
  rates: NeedRates;
  mortality: Mortality;
  /** National 80+ count NEED_BASE_YEAR..POP_LAST_YEAR. */
  pop80: number[];
}

function computeNeed(
  base: readonly Base[],
  ages: ReadonlyMap<string, ReadonlyMap<number, AgeSex>>,
  pop: ReadonlyMap<string, readonly number[]>,
  consultationRows: readonly CsvRow[],
): NeedResult {
  const groupRates = new Map<string, number>();
  for (const r of consultationRows)
    groupRates.set(str(r, 'aldersgruppe'), num(r, 'fastlege_konsultasjoner_per_person'));
  const national2024 = emptyAgeSex();
  for (const b of base) {
    const p = ages.get(b.code)?.get(NEED_BASE_YEAR);
    if (!p) throw new Error(`${b.code}: no age data for ${NEED_BASE_YEAR}`);
    addInto(national2024, p);
  }
  const women = groupRates.get('kvinner');
  const men = groupRates.get('menn');
  if (women === undefined || men === undefined) throw new Error('consultation rates for women / men missing');
  const rates = needRates(groupRates, women, men, national2024);
  const mortality = gompertzMortality();
  const raw = new Map<string, number[]>();
  const share16to19 = new Map<string, number>();
  const nNeedYears = POP_LAST_YEAR - NEED_BASE_YEAR + 1;
  const pop80 = new Array<number>(nNeedYears).fill(0);
  for (const b of base) {
    const byYear = ages.get(b.code);
    const series = pop.get(b.code);
    if (!byYear || !series) throw new Error(`${b.code}: missing age or population data`);
    const structures: AgeSex[] = [];
    for (const y of AGE_YEARS) {
      const p = byYear.get(y);
      if (!p) throw new Error(`${b.code}: no age data for ${y}`);
      const registered = series[y - POP_FIRST_YEAR] as number;
      if (Math.abs(totalOf(p) - registered) > 0.5)
        throw new Error(`${b.code} ${y}: age total ${totalOf(p)} != population ${registered}`);
      structures.push(p);
    }
    const last = structures[structures.length - 1] as AgeSex;
    const targets = series.slice(PROJECTION_FROM_YEAR - POP_FIRST_YEAR);
    structures.push(
      ...projectAgeSex(last, series[REGISTERED_LAST_YEAR - POP_FIRST_YEAR] as number, targets, mortality),
    );
    if (structures.length !== nNeedYears) throw new Error(`${b.code}: ${structures.length} age structures`);
    raw.set(
      b.code,
      structures.map((p) => needPerResident(p, rates)),
    );
    structures.forEach((p, i) => {
      pop80[i] = (pop80[i] as number) + countFrom(p, 80);
    });
    share16to19.set(b.code, needShareOfAges(structures[0] as AgeSex, rates, 16, 19));
  }
  return { raw, share16to19, rates, mortality, pop80 };
}

interface NeedIndexResult {
  index: Map<string, number[]>;
  national: number[];
  growth: number;
}

/**
 * Normalises need per resident to an index (national population-weighted 2024 = 1) and backcasts
 * 2015-2023, where no age data is shipped: idx_m(y) = idx_m(2024) * (1 + g)^(y - 2024), g = the national
 * index's mean yearly relative change over 2024-2030 (geometric).
 */
function needIndex(
  base: readonly Base[],
  raw: ReadonlyMap<string, readonly number[]>,
  pop: ReadonlyMap<string, readonly number[]>,
): NeedIndexResult {
  const off = NEED_BASE_YEAR - POP_FIRST_YEAR;
  const weighted = (vals: (code: string) => number, yearIdx: number): number => {
    let num = 0;
    let den = 0;
    for (const b of base) {
      const p = (pop.get(b.code) as readonly number[])[yearIdx] as number;
      num += vals(b.code) * p;
      den += p;
    }
    return num / den;
  };
  const nat2024 = weighted((c) => (raw.get(c) as readonly number[])[0] as number, off);
  const index = new Map<string, number[]>();
  for (const b of base) index.set(b.code, new Array<number>(N_YEARS).fill(0));
  for (const b of base) {
    const r = raw.get(b.code) as readonly number[];
    const idx = index.get(b.code) as number[];
    r.forEach((v, i) => {
      idx[off + i] = v / nat2024;
    });
  }
  const natAt = (yi: number) => weighted((c) => (index.get(c) as number[])[yi] as number, yi);
  const k = BACKCAST_GROWTH_TO - NEED_BASE_YEAR;
  const growth = Math.pow(natAt(off + k) / natAt(off), 1 / k) - 1;
  for (const b of base) {
    const idx = index.get(b.code) as number[];
    const i2024 = idx[off] as number;
    for (let yi = 0; yi < off; yi++) idx[yi] = i2024 * Math.pow(1 + growth, yi - off);
  }
  const national: number[] = [];
  for (let yi = 0; yi < N_YEARS; yi++) national.push(natAt(yi));
  return { index, national, growth };
}

function trendPoints(rows: readonly CsvRow[] | undefined): TrendPoint[] {
  return (rows ?? []).map(parseTrend).sort((a, b) => a.year - b.year);
}

/** Builds all records and national data from the raw texts. Deterministic. */
export function buildData(raw: RawTexts, legevaktThreshold = LEGEVAKT_THRESHOLD): BuildResult {
  const base = parseBase(parseCsv(raw.municipalities));
  const codes = new Set(base.map((b) => b.code));
  if (codes.size !== base.length) throw new Error('duplicate municipality codes');

  // population
  const popInput = populationInput(base, parseCsv(raw.population), parseCsv(raw.projection));
  const popSeries = spliceProjection(popInput, fillRegistered(popInput));
  const pop = new Map<string, number[]>();
  for (const b of base) {
    const s = popSeries.get(b.code);
    if (!s || s.values.length !== N_YEARS) throw new Error(`${b.code}: population series incomplete`);
    if (s.values[NEED_BASE_YEAR - POP_FIRST_YEAR] !== b.pop2024)
      throw new Error(`${b.code}: 2024 population differs from the base list`);
    pop.set(b.code, s.values);
  }

  // need
  const consultationRows = parseCsv(raw.consultations);
  const need = computeNeed(base, parseAges(parseCsv(raw.ages)), pop, consultationRows);
  const ni = needIndex(base, need.raw, pop);

  // GP figures and imputation
  const gpRows = byCode(parseCsv(raw.gp2025));
  const trendRows = byCode(parseCsv(raw.gpTrend));
  for (const c of [...gpRows.keys(), ...trendRows.keys()])
    if (!codes.has(c)) throw new Error(`GP data for unknown code ${c}`);
  const refIdx = REGISTERED_LAST_YEAR - POP_FIRST_YEAR;
  const candidates: PeerCandidate[] = base.map((b) => {
    const rows = gpRows.get(b.code);
    if (rows && rows.length > 1) throw new Error(`${b.code}: several 2025 GP rows`);
    const row = rows?.[0];
    return {
      code: b.code,
      centralityClass: b.centralityClass,
      pop2024: b.pop2024,
      popRef: (pop.get(b.code) as number[])[refIdx] as number,
      gp: row ? parseGp2025(row) : null,
    };
  });
  const imputations: ImputationReport[] = [];
  const gpOf = new Map<string, { gp: Gp2025; peers: string[] }>();
  for (const c of candidates) {
    if (c.gp) {
      gpOf.set(c.code, { gp: c.gp, peers: [] });
      continue;
    }
    const { peers, factor } = findPeers(c, candidates);
    const medians = peerMedians(peers);
    const gp = imputeGp2025(c, medians);
    const peerCodes = peers.map((p) => p.code);
    gpOf.set(c.code, { gp, peers: peerCodes });
    imputations.push({
      code: c.code,
      name: base.find((b) => b.code === c.code)?.name ?? '',
      factor,
      peers: peerCodes,
      medians,
      gp2025: gp,
    });
  }

  // legevakt districts
  const topo = JSON.parse(raw.topology) as Topology;
  const adjacency = adjacencyFromTopology(topo, 'kommuner');
  for (const c of adjacency.keys()) if (!codes.has(c)) throw new Error(`TopoJSON code ${c} not in the base list`);
  if (adjacency.size !== codes.size)
    throw new Error(`TopoJSON has ${adjacency.size} municipalities, expected ${codes.size}`);
  const districts: District[] = greedyDistricts(
    base.map((b) => ({ code: b.code, name: b.name, county: b.county, pop2024: b.pop2024 })),
    adjacency,
    legevaktThreshold,
  );
  const districtOf = new Map<string, string>();
  for (const d of districts) for (const m of d.members) districtOf.set(m, d.id);

  // records
  const municipalities: MunicipalityRecord[] = base.map((b) => {
    const s = popSeries.get(b.code) as { values: number[]; filledYears: number[] };
    const g = gpOf.get(b.code) as { gp: Gp2025; peers: string[] };
    const district = districtOf.get(b.code);
    if (!district) throw new Error(`${b.code}: no legevakt district`);
    return {
      code: b.code,
      name: b.name,
      county: b.county,
      countyName: b.countyName,
      centralityClass: b.centralityClass,
      centralityIndex: b.centralityIndex,
      areaKm2: b.areaKm2,
      pop: { firstYear: POP_FIRST_YEAR, values: s.values.slice() },
      popFilledYears: s.filledYears.slice(),
      projectionFromYear: PROJECTION_FROM_YEAR,
      needIndex: { firstYear: POP_FIRST_YEAR, values: (ni.index.get(b.code) as number[]).map((v) => round(v, 4)) },
      needShare16to19: round(need.share16to19.get(b.code) as number, 4),
      gp2025: { ...g.gp },
      imputed: g.peers.length > 0,
      imputedFrom: g.peers,
      trend: trendPoints(trendRows.get(b.code)),
      legevaktDistrict: district,
    };
  });

  const populationNational: YearSeries = { firstYear: POP_FIRST_YEAR, values: new Array<number>(N_YEARS).fill(0) };
  for (const m of municipalities)
    m.pop.values.forEach((v, i) => (populationNational.values[i] = (populationNational.values[i] as number) + v));
  const pop80 = need.pop80.map((v) => Math.round(v));
  const legevaktDistricts: LegevaktDistrict[] = districts.map((d) => ({
    id: d.id,
    name: d.name,
    members: d.members.slice(),
    population2024: d.population2024,
    synthetic: true,
  }));
  const kf = keyFigureSeries(parseCsv(raw.keyFigures));
  const national: NationalData = {
    series: kf.series,
    seriesIntraYear: kf.seriesIntraYear,
    seriesSources: kf.seriesSources,
    capitationRates: capitationRates(parseCsv(raw.capitation)),
    consultationsByAge: consultationsByAge(consultationRows),
    expenditure: expenditure(parseCsv(raw.expenditure)),
    alis2021BySize: alisBySize(parseCsv(raw.alis)),
    legevaktDistricts,
    populationNational,
    needIndexNational: { firstYear: POP_FIRST_YEAR, values: ni.national.map((v) => round(v, 4)) },
    pop80PlusNational: { firstYear: NEED_BASE_YEAR, values: pop80 },
    derivation: {
      needSexFactors: { women: round(need.rates.factorWomen, 4), men: round(need.rates.factorMen, 4) },
      gompertz: {
        a: Number(need.mortality.a.toPrecision(6)),
        b: need.mortality.b,
        menHazardFactor: need.mortality.menHazardFactor,
        e0Women: round(need.mortality.e0Women, 2),
        e0Men: round(need.mortality.e0Men, 2),
      },
      needBackcastGrowth: round(ni.growth, 6),
      legevaktThreshold,
    },
  };

  const alone = districts.filter((d) => d.members.length === 1).length;
  const isolated = [...adjacency].filter(([, n]) => n.length === 0).map(([c]) => c);
  const pick = (s: YearSeries, years: number[]) =>
    Object.fromEntries(years.map((y) => [String(y), s.values[y - s.firstYear] as number]));
  const p80First = pop80[0] as number;
  const p80Last = pop80[pop80.length - 1] as number;
  const report: BuildReport = {
    populationNational: pick(populationNational, [2015, 2019, 2020, 2024, 2026, 2030, 2040, 2050]),
    needIndexNational: pick(national.needIndexNational, [2015, 2019, 2024, 2025, 2026, 2030, 2040, 2050]),
    pop80Plus: { y2024: p80First, y2050: p80Last, ratio: p80Last / p80First },
    districts: {
      count: districts.length,
      alone,
      aloneShare: alone / base.length,
      isolated,
      threshold: legevaktThreshold,
    },
    imputations,
    mortality: {
      a: need.mortality.a,
      b: need.mortality.b,
      e0Women: need.mortality.e0Women,
      e0Men: need.mortality.e0Men,
    },
    needSexFactors: { women: need.rates.factorWomen, men: need.rates.factorMen },
    backcastGrowth: ni.growth,
  };
  return { municipalities, national, report };
}

/** District count and share of municipalities alone for a threshold (used by the CLI's sweep). */
export function districtSweep(
  raw: RawTexts,
  thresholds: readonly number[],
): { threshold: number; count: number; aloneShare: number }[] {
  const base = parseBase(parseCsv(raw.municipalities));
  const adjacency = adjacencyFromTopology(JSON.parse(raw.topology) as Topology, 'kommuner');
  const units = base.map((b) => ({ code: b.code, name: b.name, county: b.county, pop2024: b.pop2024 }));
  return thresholds.map((t) => {
    const d = greedyDistricts(units, adjacency, t);
    return { threshold: t, count: d.length, aloneShare: d.filter((x) => x.members.length === 1).length / base.length };
  });
}

/** municipalities.json text: the compact form (compact.ts), an object with one column (field) per line. */
export function serializeMunicipalities(records: readonly MunicipalityRecord[]): string {
  const columns = Object.entries(encodeMunicipalities(records)).map(
    ([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`,
  );
  return `{\n${columns.join(',\n')}\n}\n`;
}

/** national.json text: top-level keys and their first-level entries on their own lines. */
export function serializeNational(n: NationalData): string {
  const entries = Object.entries(n).map(([k, v]) => {
    let body: string;
    if (Array.isArray(v)) body = `[\n${v.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`;
    else if (v !== null && typeof v === 'object' && !('firstYear' in v))
      body = `{\n${Object.entries(v as Record<string, unknown>)
        .map(([k2, v2]) => `    ${JSON.stringify(k2)}: ${JSON.stringify(v2)}`)
        .join(',\n')}\n  }`;
    else body = JSON.stringify(v);
    return `  ${JSON.stringify(k)}: ${body}`;
  });
  return `{\n${entries.join(',\n')}\n}\n`;
}

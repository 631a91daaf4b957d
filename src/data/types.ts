// Types of the shipped data layer: per-municipality records (municipalities.json) and national data (national.json).

/** A yearly series; values[i] is for firstYear + i. */
export interface YearSeries {
  firstYear: number;
  values: number[];
}

/** GP-scheme state on 31 December 2025 (SSB table 12005), or imputed from peers. */
export interface Gp2025 {
  /** GP agreements (lists) with a permanent GP. */
  listsWithGp: number;
  /** Lists without a permanent GP (vacant lists). */
  listsWithoutGp: number;
  /** Persons on lists that have a GP. */
  residentsWithGp: number;
  /** Persons on lists without a GP. */
  residentsWithoutGp: number;
  /** Lists open to new patients. */
  openLists: number;
  /** Persons on lists with a GP / lists with a GP (SSB definition). */
  meanListLength: number;
  femaleGps: number;
  /** Sum of list ceilings (listetak). */
  listCeilingSum: number;
  /** SSB's "beregnet kapasitet". */
  computedCapacity: number;
  /** SSB index: list ceilings / persons on lists with a GP × 100 (>100 means free places). */
  reserveCapacityIndex: number;
}

/** One SSB 12005 trend row (31 December of `year`); null where SSB has no value. */
export interface TrendPoint {
  year: number;
  shareWithoutGpPct: number | null;
  meanListLength: number | null;
  reserveCapacityIndex: number | null;
}

export interface MunicipalityRecord {
  /** 4-digit municipality number, 2024 structure. */
  code: string;
  name: string;
  /** 2-digit county number. */
  county: string;
  countyName: string;
  /** SSB centrality class 1 (most central) to 6. */
  centralityClass: number;
  /** SSB centrality index 0-1000. */
  centralityIndex: number;
  areaKm2: number;
  /** Residents on 1 January, 2015..2050 (36 values); 2027+ spliced from SSB's projection. */
  pop: YearSeries;
  /** Historical years (<= 2026) whose value is not an SSB figure (gap filled or border-adjusted). */
  popFilledYears: number[];
  /** First year of pop taken from SSB's projection (spliced onto the registered 2026 value). */
  projectionFromYear: number;
  /** GP consultation need per resident, 2015..2050; national population-weighted 2024 = 1. */
  needIndex: YearSeries;
  /** Share of this municipality's consultation need that comes from ages 16-19 (2024). */
  needShare16to19: number;
  gp2025: Gp2025;
  /** True for the six municipalities with no SSB 12005 row (values imputed from peers). */
  imputed: boolean;
  /** Peer codes used for imputation ([] when not imputed). */
  imputedFrom: string[];
  /** SSB 12005 trend rows available for this code, 2015..2025, ascending. */
  trend: TrendPoint[];
  /** Id of the synthetic legevakt district. */
  legevaktDistrict: string;
}

/** Synthetic out-of-hours (legevakt) district: a greedy merge of adjacent municipalities (judgement). */
export interface LegevaktDistrict {
  id: string;
  name: string;
  members: string[];
  population2024: number;
  synthetic: true;
}

export interface CapitationRate {
  from: string;
  to: string | null;
  model: string;
  rateUnder: number | null;
  rateOver: number | null;
  breakpoint: number | null;
  source: string;
}

export interface ConsultationsByAge {
  group: string;
  gpPerPerson: number;
  legevaktPerPerson: number;
  gpShareWithVisitPct: number;
  legevaktShareWithVisitPct: number;
}

export interface ExpenditureRow {
  table: string;
  item: string;
  year: number;
  millNokFixed: number;
}

export interface AlisBySize {
  sizeBand: string;
  grants: number;
  nok: number;
  grantsSelfEmployed: number;
  grantsSalaried: number;
  ofWhichLocums: number;
}

/** Parameters and summary figures of the derivations in src/data (for display and audit). */
export interface DerivationInfo {
  /** Sex factors on the age-group consultation rates (women, men). */
  needSexFactors: { women: number; men: number };
  /** Gompertz hazard mu(x) = a * exp(b * x) for women; men use a * menHazardFactor. */
  gompertz: { a: number; b: number; menHazardFactor: number; e0Women: number; e0Men: number };
  /** National yearly growth of the need index used for the 2015-2023 backcast. */
  needBackcastGrowth: number;
  /** Population threshold used for the synthetic legevakt districts. */
  legevaktThreshold: number;
}

export interface NationalData {
  /** indicator -> year ("2019") -> Q4 / 31 Dec value; the 1 May 2024 value under "2024.33". */
  series: Record<string, Record<string, number>>;
  /** indicator -> reference date (CSV `dato`) -> value, for rows that are not Q4 / 31 Dec. */
  seriesIntraYear: Record<string, Record<string, number>>;
  /** indicator -> kilde_id(s), comma separated. */
  seriesSources: Record<string, string>;
  capitationRates: CapitationRate[];
  /** SSB 2023, by age group (plus "alle", "menn", "kvinner"). */
  consultationsByAge: ConsultationsByAge[];
  expenditure: ExpenditureRow[];
  alis2021BySize: AlisBySize[];
  legevaktDistricts: LegevaktDistrict[];
  /** Sum of pop over municipalities, 2015..2050. */
  populationNational: YearSeries;
  /** Population-weighted national need index, 2015..2050 (2024 = 1). */
  needIndexNational: YearSeries;
  /** National residents aged 80+, 2024..2050 (registered 2024-2026, our cohort projection after). */
  pop80PlusNational: YearSeries;
  derivation: DerivationInfo;
}

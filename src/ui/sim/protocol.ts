/**
 * Messages between the page and the simulation workers. Requests carry an id; the page drops answers to
 * requests it no longer waits for (a newer slider position, a cancelled Monte Carlo run).
 */
import type { Band, LeverSetting, McEvents, RegionHistory, ResultId } from '../../engine/index.ts';
import type { MunicipalScenarios } from '../../engine/run/municipalScenario.ts';
import type { FormulaProblem } from '../../engine/formulas/formulaCompiler.ts';
import type { StandingRates } from '../../engine/validation/baseRates.ts';

/** What to simulate: the scenario's overrides and the region, as plain data (structured-cloneable). */
export interface RunRequest {
  readonly levers: Readonly<Record<string, LeverSetting>>;
  readonly assumptions: Readonly<Record<string, number>>;
  readonly formulas: Readonly<Record<string, string>>;
  /** "national", "fylke:NN", "sentralitet:N" or "kommune:NNNN". */
  readonly region: string;
  readonly endYear: number;
  /** Municipalities' own plans (levers, start figures, events), by number; absent when none. */
  readonly municipalities?: MunicipalScenarios;
}

/** A formula that does not compile or probe: what is wrong, the values named, the English message. */
export interface FormulaCheck {
  readonly problem: FormulaProblem;
  readonly params: Readonly<Record<string, string>>;
  readonly message: string;
}

export type SeriesSet = Record<ResultId, number[]>;

export interface RegionOption {
  readonly value: string;
  readonly type: 'national' | 'fylke' | 'sentralitet' | 'kommune';
  readonly code: string;
  readonly name: string;
  /** County name for municipalities. */
  readonly county?: string;
  readonly imputed: boolean;
}

export interface DeterministicResult {
  readonly years: number[];
  readonly baseline: SeriesSet;
  readonly current: SeriesSet;
  readonly history: RegionHistory;
  readonly regionName: string;
  /** Members whose GP start values are imputed from peers. */
  readonly imputedMembers: string[];
  /** Worker time for the run, ms. */
  readonly computeMs: number;
  /**
   * The region's own measures (levers its municipalities set for themselves), when there are any: the numbers of
   * those municipalities, and the run with only those measures (national levers at current policy). `series` is
   * null when the scenario changes no national lever: then the scenario itself is that run, and its Monte Carlo
   * runs give the measures' effect with its interval.
   */
  readonly ownMeasures?: { readonly codes: readonly string[]; readonly series: SeriesSet | null };
  /**
   * A municipality's naive forecast beside its probabilities: how often municipalities that stood where it stands at
   * the start (its band of the share without a GP, from the start the scenario runs from, its own figures included)
   * had each event as many years later, in the SSB rows up to the start (engine/validation/baseRates.ts). Absent for
   * other regions and for a municipality whose start is imputed from peers (unless the planner gave her own figures).
   */
  readonly standing?: StandingRates;
}

export interface McResult {
  readonly years: number[];
  readonly runs: number;
  readonly seed: number;
  readonly current: Record<ResultId, Band>;
  /** Null when the baseline was not run (the page has it cached). */
  readonly baseline: Record<ResultId, Band> | null;
  /** Probabilities per year over the runs (a list without a GP, ≥ 5 % without a GP) and the expected count. */
  readonly currentEvents: McEvents;
  /** Null with `baseline`. */
  readonly baselineEvents: McEvents | null;
  readonly computeMs: number;
}

/** A municipality named in the start figures (a district member, a nearby municipality). */
export interface NamedMunicipality {
  readonly code: string;
  readonly name: string;
}

/**
 * A municipality's start figures as the model has them (before its own figures): the form "Kommunens tall" is
 * prefilled with them. GP counts from SSB 12005 (2025), the legevakt district and its duty figures the model's own.
 */
export interface StartFigures {
  readonly code: string;
  readonly name: string;
  readonly gps: number;
  readonly gpsInTraining: number;
  readonly gpsSalaried: number;
  readonly listsWithoutGp: number;
  /** True when the GP figures are imputed from peers (no SSB row). */
  readonly imputed: boolean;
  /** The members of its (synthetic) legevakt district, itself included. */
  readonly district: readonly NamedMunicipality[];
  /** Municipalities offered as district members or partners: the same county, by name. */
  readonly nearby: readonly NamedMunicipality[];
  /** The model's duty hours per month for the district (onCall.ts from the assumptions). */
  readonly dutyHoursPerMonth: number;
  /** The model's share of the duty hours covered by other doctors (0-1). */
  readonly otherDoctorsShare: number;
}

/** The map's outcomes (src/ui/map): each per municipality and year, from one national run (sim/mapCompute.ts). */
export type MapOutcome = 'withoutGpShare' | 'meanListLength' | 'onCallHours' | 'gpsPer1000';

/** A municipality as the map, the risk list and the peers need it. */
export interface MapMunicipality {
  readonly code: string;
  readonly name: string;
  readonly county: string;
  readonly countyName: string;
  /** SSB centrality class 1 (most central) to 6. */
  readonly centrality: number;
  /** Residents on 1 January 2025. */
  readonly population: number;
  readonly imputed: boolean;
}

/** One outcome under current policy (`baseline`) and the scenario (`current`); NaN where there is no value. */
export interface MapPair<T> {
  readonly baseline: T;
  readonly current: T;
}

/**
 * Per-municipality series for the map from ONE national deterministic run of each scenario: `values[o]` holds
 * municipality m's value for years[y] at m * years.length + y. Years up to `firstProjected - 1` are the observed
 * history (SSB 12005, the same for both scenarios; NaN where there is none, such as legevakt hours), later years
 * the projection. `aggregates` are the counties ("fylke:NN") and the country ("national") as regions.
 */
export interface MapSeries {
  readonly years: number[];
  readonly firstProjected: number;
  readonly municipalities: MapMunicipality[];
  readonly values: Record<MapOutcome, MapPair<Float32Array>>;
  readonly aggregates: Record<string, Record<MapOutcome, MapPair<number[]>>>;
  readonly computeMs: number;
}

/** Per-municipality probability of at least one list without a GP, per projected year, from one national MC. */
export interface MapProbabilities {
  readonly years: number[];
  readonly runs: number;
  readonly seed: number;
  /** m * years.length + y. */
  readonly values: MapPair<Float32Array>;
  /**
   * m * years.length + y: each municipality's base rate of the event from where it stands at the start (the same in
   * both scenarios), which its runs' share is pooled with (map/mapData.ts pooled); NaN where it has none.
   */
  readonly standing: Float32Array;
  readonly computeMs: number;
}

export type WorkerRequest =
  | { readonly type: 'init'; readonly id: number }
  | {
      readonly type: 'startFigures';
      readonly id: number;
      readonly code: string;
      /** The scenario's assumption overrides (the defaults when absent). */
      readonly assumptions?: Readonly<Record<string, number>>;
    }
  | { readonly type: 'deterministic'; readonly id: number; readonly request: RunRequest }
  | {
      readonly type: 'monteCarlo';
      readonly id: number;
      readonly request: RunRequest;
      readonly runs: number;
      readonly firstRun: number;
      readonly seed: number;
      /** Also run the baseline (same seeds) for the comparison. */
      readonly withBaseline: boolean;
    }
  | {
      readonly type: 'checkFormula';
      readonly id: number;
      readonly responseId: string;
      readonly expression: string;
      /** The scenario's assumption overrides the formula is probed with (the defaults when absent). */
      readonly assumptions?: Readonly<Record<string, number>>;
    }
  /**
   * Liveness: the worker holds the Web Lock of this name for as long as it lives and answers 'watching' once it
   * holds it; the page then waits for the same lock, which it gets the moment the worker dies.
   */
  | { readonly type: 'watch'; readonly id: number; readonly lock: string }
  /**
   * Stops the Monte Carlo chunk asked for under `id` (answered 'cancelled' under that id, or with its result when it
   * had finished); the worker then takes its next request. Nothing is answered under the cancel itself.
   */
  | { readonly type: 'cancel'; readonly id: number }
  /** The map's per-municipality series (src/ui/map); with `runs`, the probabilities from one national Monte Carlo. */
  | {
      readonly type: 'mapSeries';
      readonly id: number;
      readonly request: RunRequest;
      readonly runs?: number;
      readonly seed?: number;
    };

export type WorkerResponse =
  | { readonly type: 'ready'; readonly id: number; readonly regions: RegionOption[] }
  | { readonly type: 'startFigures'; readonly id: number; readonly figures: StartFigures }
  | { readonly type: 'deterministic'; readonly id: number; readonly result: DeterministicResult }
  | { readonly type: 'progress'; readonly id: number; readonly done: number; readonly total: number }
  | {
      readonly type: 'monteCarlo';
      readonly id: number;
      /** Region results per run (see McRuns.values), for merging chunks from several workers. */
      readonly current: Float64Array;
      readonly baseline: Float64Array | null;
      readonly years: number[];
      readonly runs: number;
      readonly firstRun: number;
      /**
       * A municipality's base rates from where it stands (DeterministicResult.standing), for pooling its probabilities;
       * in the chunk from run 0 only.
       */
      readonly standing?: StandingRates;
    }
  | { readonly type: 'formulaChecked'; readonly id: number; readonly error: FormulaCheck | null }
  | { readonly type: 'watching'; readonly id: number }
  | { readonly type: 'mapSeries'; readonly id: number; readonly series: MapSeries }
  | { readonly type: 'mapProbabilities'; readonly id: number; readonly probabilities: MapProbabilities }
  /** The Monte Carlo chunk asked for under `id` stopped on a 'cancel'. */
  | { readonly type: 'cancelled'; readonly id: number }
  | {
      readonly type: 'error';
      readonly id: number;
      /** The engine's text (English; shown only as a technical detail). */
      readonly message: string;
      /** When an edited formula failed: which one and what is wrong with it, for a message in the user's words. */
      readonly formula?: { readonly id: string; readonly check: FormulaCheck };
    };

// ---- Issue #17: "Hva betyr mest? · Hva skal til?" (src/ui/analysis; computed by sim/analysisCompute.ts in a worker
// of its own, so the page's Monte Carlo is never held up; cancelled by ending that worker) ----

type AnalysisTarget = import('../../engine/analysis/index.ts').Target;
type AnalysisLeverRange = import('../../engine/analysis/index.ts').LeverRange;

/** What to analyse on top of a RunRequest's scenario and region (the outcome read in `year`). */
export type AnalysisSpec =
  | {
      readonly kind: 'sensitivity';
      readonly outcome: ResultId;
      readonly year: number;
      /** The year the analysed levers change from (default: each lever's usual start year). */
      readonly from?: number;
      /** Also the assumptions over their ranges and the variance split over `runs` Monte Carlo runs. */
      readonly assumptions: boolean;
      readonly runs: number;
      readonly seed: number;
    }
  | {
      readonly kind: 'goalSeek';
      readonly outcome: ResultId;
      readonly year: number;
      /** The year the analysed levers change from (default: each lever's usual start year). */
      readonly from?: number;
      readonly target: AnalysisTarget;
      readonly lever: string;
      readonly range?: AnalysisLeverRange;
      /** Seek on the share of runs that reach the target (0-1), not on the central run. */
      readonly probability?: number;
      readonly runs: number;
      readonly seed: number;
    }
  | {
      readonly kind: 'optimise';
      readonly outcome: ResultId;
      readonly year: number;
      /** The year the analysed levers change from (default: each lever's usual start year). */
      readonly from?: number;
      readonly target: AnalysisTarget;
      readonly levers: readonly string[];
      readonly ranges?: Readonly<Record<string, AnalysisLeverRange>>;
      readonly cost: import('../../engine/analysis/index.ts').CostKind;
      readonly period?: { readonly from: number; readonly to: number };
      readonly budget?: number;
      readonly seed: number;
      readonly maxEvaluations?: number;
    };

/** The levers and municipal plans of a package put on the request's scenario (for "Lagre som scenario"). */
export interface PackageSettings {
  readonly levers: Readonly<Record<string, LeverSetting>>;
  readonly municipalities?: MunicipalScenarios;
}

export type AnalysisAnswer = (
  | { readonly kind: 'sensitivity'; readonly result: import('../../engine/analysis/index.ts').SensitivityResult }
  | { readonly kind: 'goalSeek'; readonly result: import('../../engine/analysis/index.ts').GoalSeekResult }
  | {
      readonly kind: 'optimise';
      readonly result: import('../../engine/analysis/index.ts').OptimiseResult;
      /** The best package's changes from today's values on the request's scenario; null when there is none. */
      readonly package: PackageSettings | null;
    }
) & { readonly computeMs: number };

export interface AnalysisWorkerRequest {
  readonly type: 'analysis';
  readonly id: number;
  readonly request: RunRequest;
  readonly spec: AnalysisSpec;
}

export type AnalysisWorkerResponse =
  | {
      readonly type: 'analysisProgress';
      readonly id: number;
      /** Levers and assumptions done (sensitivity) or model runs so far (goal seek, optimiser). */
      readonly done: number;
      /** Of how many (sensitivity), the most runs allowed (optimiser), or null. */
      readonly total: number | null;
      /** The cheapest package so far that reaches the target (optimiser), NOK. */
      readonly bestCost: number | null;
    }
  | { readonly type: 'analysisDone'; readonly id: number; readonly answer: AnalysisAnswer }
  | { readonly type: 'analysisError'; readonly id: number; readonly message: string };

/**
 * Messages between the page and the simulation workers. Requests carry an id; the page drops answers to
 * requests it no longer waits for (a newer slider position, a cancelled Monte Carlo run).
 */
import type { Band, LeverSetting, McEvents, RegionHistory, ResultId } from '../../engine/index.ts';
import type { MunicipalScenarios } from '../../engine/run/municipalScenario.ts';
import type { FormulaProblem } from '../../engine/formulas/formulaCompiler.ts';

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
  | { readonly type: 'watch'; readonly id: number; readonly lock: string };

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
    }
  | { readonly type: 'formulaChecked'; readonly id: number; readonly error: FormulaCheck | null }
  | { readonly type: 'watching'; readonly id: number }
  | {
      readonly type: 'error';
      readonly id: number;
      /** The engine's text (English; shown only as a technical detail). */
      readonly message: string;
      /** When an edited formula failed: which one and what is wrong with it, for a message in the user's words. */
      readonly formula?: { readonly id: string; readonly check: FormulaCheck };
    };

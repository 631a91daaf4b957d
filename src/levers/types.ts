/**
 * Vocabulary of the lever and assumption registries: the declarative specs that drive defaults,
 * sliders, validation, citations and the README tables. Pure types, no runtime code.
 */

export type Locale = 'nb' | 'nn' | 'en';
/**
 * A text in bokmål and English, optionally with its nynorsk inline (it wins; else the UI looks the bokmål up in
 * its nynorsk texts, src/ui/strings/nnTexts.ts).
 */
export interface Localized {
  readonly nb: string;
  readonly en: string;
  readonly nn?: string;
}

export type LeverGroup = 'financing' | 'recruitment' | 'workload' | 'onCall' | 'demand';

/**
 * Who decides a lever: the state and the parties to the national agreements ("national": capitation, fees, LIS1
 * posts, competence and sick-note rules, national grants), or the municipality for itself ("local": salaried posts,
 * list arrangements it contracts, staff in its practices, how it organises legevakt). A local lever can be set for a
 * municipality on its own, or for all at once.
 */
export type LeverScope = 'national' | 'local';

/** Why a lever has its scope: a seed record that says so, or the law and agreements as a note ("judgement" else). */
export interface LeverScopeSource {
  readonly seed?: string;
  readonly note: string;
}

/** Where a lever comes from: a record under seeds/ (checked by a test) and optionally FACTS.md ids. */
export interface LeverSource {
  /** Seed record id, e.g. "003-ekspertutvalget-2023". */
  readonly seed: string;
  /** What the document says about the lever, in our words. */
  readonly note?: string;
}

interface LeverBase {
  readonly id: string;
  readonly group: LeverGroup;
  readonly scope: LeverScope;
  readonly scopeSource: LeverScopeSource;
  readonly label: Localized;
  readonly description: Localized;
  readonly sources: readonly LeverSource[];
  /** FACTS.md ids behind the default and range (e.g. "S3"). */
  readonly facts: readonly string[];
  /** Year from which a scenario's value applies when it gives none (projection start + 1). */
  readonly defaultStartYear: number;
}

/** A number on a slider. `allowNone` adds an explicit "none" (null) value, e.g. "no cap". */
export interface NumberLeverSpec extends LeverBase {
  readonly kind: 'number';
  readonly unit: Localized;
  readonly default: number | null;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly allowNone?: boolean;
  /** Display scale: values are stored as fractions but shown as % when 'percent'. */
  readonly display?: 'percent';
}

/** On/off: stored as 0 or 1. */
export interface ToggleLeverSpec extends LeverBase {
  readonly kind: 'toggle';
  readonly default: 0 | 1;
}

/** One of a fixed set of named options. */
export interface ChoiceLeverSpec extends LeverBase {
  readonly kind: 'choice';
  readonly choices: readonly { readonly value: string; readonly label: Localized }[];
  readonly default: string;
}

export type LeverSpec = NumberLeverSpec | ToggleLeverSpec | ChoiceLeverSpec;
export type LeverValue = number | string | null;

/** Source of an assumption: FACTS.md ids, calibration against history, or the modellers' judgement. */
export type AssumptionSource =
  | { readonly kind: 'facts'; readonly ids: readonly string[]; readonly note?: string }
  | { readonly kind: 'calibrated'; readonly note: string }
  | { readonly kind: 'judgement'; readonly note?: string };

/** An assumption's texts (assumptionTexts.ts): labels, description, unit, and what its source says. */
export interface AssumptionText {
  readonly label: Localized;
  readonly description: Localized;
  readonly unit: Localized;
  readonly sourceNote?: string;
}

/** The kind of an assumption's source and its fact ids, without the note (assumptionTexts.ts has it). */
export type AssumptionSourceCore =
  | { readonly kind: 'facts'; readonly ids: readonly string[] }
  | { readonly kind: 'calibrated' }
  | { readonly kind: 'judgement' };

/** An assumption's numbers and the kind of its source: all the engine needs (assumptionCore.ts). */
export type AssumptionCore = Omit<AssumptionSpec, keyof AssumptionText | 'source'> & {
  readonly source: AssumptionSourceCore;
};

/** A model assumption (effect size, base rate, elasticity): default plus a Monte Carlo range. */
export interface AssumptionSpec {
  readonly id: string;
  readonly label: Localized;
  readonly description: Localized;
  readonly unit: Localized;
  readonly default: number;
  /**
   * Range for validation, for the calibration search and for Monte Carlo sampling (a triangle over the whole range,
   * its peak at the value in use).
   */
  readonly min: number;
  readonly max: number;
  readonly source: AssumptionSource;
  /** Sampled in Monte Carlo runs (false for structural constants). */
  readonly uncertain: boolean;
}

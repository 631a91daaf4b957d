/**
 * A serialisable description of a simulation (scenario, start, horizon, assumption overrides), shared by
 * the CLI and the worker threads: each side builds the same plan from it.
 */
import { compileResponses } from '../engine/formulas/formulaCompiler.ts';
import { preparePlan, resolveAssumptions, type Plan, type StartKind } from '../engine/run/simulate.ts';
import type { Scenario } from '../engine/run/scenario.ts';

export interface RunSpec {
  readonly scenario: Scenario;
  readonly start: StartKind;
  readonly endYear: number;
  readonly assumptions?: Readonly<Record<string, number>>;
}

export function planFromSpec(spec: RunSpec): Plan {
  const formulas = spec.scenario.formulas;
  const responses =
    formulas && Object.keys(formulas).length > 0
      ? compileResponses(formulas, resolveAssumptions(spec.scenario.assumptions, spec.assumptions))
      : undefined;
  return preparePlan({
    scenario: spec.scenario,
    start: spec.start,
    endYear: spec.endYear,
    ...(responses ? { responses } : {}),
    ...(spec.assumptions ? { assumptions: spec.assumptions } : {}),
  });
}

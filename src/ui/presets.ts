/**
 * The scenario presets in scenarios/ (built from the source documents), bundled with the app and validated
 * with the engine's scenario parser, and their conversion to the app state.
 */
import { parseScenario, type Scenario, type ScenarioContent } from '../engine/run/scenario.ts';
import type { MunicipalScenarios } from '../engine/run/municipalScenario.ts';
import { nonEmptyMunicipalities, overrideOfSetting, type LeverOverride, type ScenarioState } from './state.ts';

const FILES = import.meta.glob<{ default: unknown }>('../../scenarios/*.json', { eager: true });

/** The presets, baseline first, then by name; a file that does not parse is a build error. */
export const PRESETS: readonly Scenario[] = Object.entries(FILES)
  .map(([path, mod]) => {
    const parsed = parseScenario(mod.default);
    if (!parsed.ok) throw new Error(`${path}: ${parsed.errors.join('; ')}`);
    return parsed.scenario;
  })
  .sort((a, b) => (a.id === 'baseline' ? -1 : b.id === 'baseline' ? 1 : a.name.nb.localeCompare(b.name.nb, 'nb')));

/**
 * A scenario's overrides (a preset, a saved scenario, a share link) as app state, with a municipality's own plan when
 * it has one; start months are kept to their year, a start before the first projection year (a preset's 2023 policy)
 * is that year (the same run, and one the year select offers), a lever without one starts in its default start year,
 * and an end and steps are kept (state.ts, overrideOfSetting).
 */
export function stateOfScenario(s: ScenarioContent & { readonly municipalities?: MunicipalScenarios }): ScenarioState {
  const levers: Record<string, LeverOverride> = {};
  for (const [id, setting] of Object.entries(s.levers)) levers[id] = overrideOfSetting(id, setting);
  const municipalities = nonEmptyMunicipalities(s.municipalities);
  return {
    levers,
    assumptions: { ...(s.assumptions ?? {}) },
    formulas: { ...(s.formulas ?? {}) },
    ...(municipalities ? { municipalities } : {}),
  };
}

/**
 * A preset loaded onto the scenario `s`: the preset's national levers in place of the scenario's, while the scenario's
 * assumptions, formulas and municipalities' own plans (their figures, events and own measures) stay: a preset is
 * national policy, and policy is kept apart from the model's assumptions and a municipality's own data and levers (as
 * "Tilbakestill virkemidler" keeps them). What a preset sets of its own beyond levers (none does today) goes over them.
 */
export function presetOnto(
  preset: ScenarioContent & { readonly municipalities?: MunicipalScenarios },
  s: ScenarioState,
): ScenarioState {
  const p = stateOfScenario(preset);
  const municipalities = nonEmptyMunicipalities({ ...(s.municipalities ?? {}), ...(p.municipalities ?? {}) });
  return {
    levers: p.levers,
    assumptions: { ...s.assumptions, ...p.assumptions },
    formulas: { ...s.formulas, ...p.formulas },
    ...(municipalities ? { municipalities } : {}),
  };
}

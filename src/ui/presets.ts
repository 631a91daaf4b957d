/**
 * The scenario presets in scenarios/ (built from the source documents), bundled with the app and validated
 * with the engine's scenario parser, and their conversion to the app state.
 */
import { parseScenario, type Scenario, type ScenarioContent } from '../engine/run/scenario.ts';
import { EMPTY_SCENARIO, FIRST_POLICY_YEAR, leverFrom, type LeverOverride, type ScenarioState } from './state.ts';

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
 * A scenario's overrides (a preset, a saved scenario, a share link) as app state; start months are kept to
 * their year, a start before the first projection year (a preset's 2023 policy) is that year (the same run, and one
 * the year select offers), and a lever without one starts in its default start year.
 */
export function stateOfScenario(s: ScenarioContent): ScenarioState {
  const levers: Record<string, LeverOverride> = {};
  for (const [id, setting] of Object.entries(s.levers)) {
    levers[id] =
      setting !== null && typeof setting === 'object'
        ? 'steps' in setting
          ? // (refused on import until the panel shows steps: scenarios/limits.ts; the first step, should one get here)
            {
              value: setting.steps[0]!.value,
              from: Math.max(FIRST_POLICY_YEAR, Number(setting.steps[0]!.from.slice(0, 4))),
            }
          : { value: setting.value, from: Math.max(FIRST_POLICY_YEAR, Number(setting.from.slice(0, 4))) }
        : { value: setting, from: leverFrom(EMPTY_SCENARIO, id) };
  }
  return { levers, assumptions: { ...(s.assumptions ?? {}) }, formulas: { ...(s.formulas ?? {}) } };
}

/**
 * The comparison's state in the page: what can be compared (current policy, the scenario on screen, the presets
 * and the saved scenarios, the one on screen offered once), the last result the comparison panel reported, and the
 * comparison that holds for the view (the region on screen, its scenarios as they are). No DOM: the page and the
 * comparison panel (comparePanel.ts) ask it.
 */
import type { Scenario } from '../../engine/run/scenario.ts';
import { loc, t } from '../i18n.ts';
import { PRESETS, presetOnto, stateOfScenario } from '../presets.ts';
import type { SavedScenario } from '../scenarios/document.ts';
import type { RunRequest } from '../sim/protocol.ts';
import { END_YEAR, requestOf, scenarioKey, type ScenarioState } from '../state.ts';
import { currentPolicyRequest } from '../sim/currentPolicy.ts';
import type { CompareCandidate, CompareResult } from './comparePanel.ts';

/** Where the candidates come from. */
export interface CandidateSources {
  /** The region on screen, asked when a candidate runs. */
  readonly region: () => string;
  readonly endYear: number;
  /** The scenario on screen: its name ("Ditt scenario", a preset's or a saved one's), state and request. */
  readonly currentName: string;
  readonly currentState: ScenarioState;
  readonly currentRequest: () => RunRequest;
  /** The presets (current policy among them is offered as "baseline", not as a preset). */
  readonly presets: readonly Scenario[];
  readonly saved: readonly SavedScenario[];
}

/** What can be compared: current policy, the scenario on screen, the presets and the saved scenarios. */
export function compareCandidates(src: CandidateSources): CompareCandidate[] {
  const fromScenario =
    (
      levers: RunRequest['levers'],
      assumptions: RunRequest['assumptions'] = {},
      formulas: RunRequest['formulas'] = {},
      municipalities?: RunRequest['municipalities'],
    ) =>
    (): RunRequest => ({
      levers,
      assumptions,
      formulas,
      region: src.region(),
      endYear: src.endYear,
      ...(municipalities ? { municipalities } : {}),
    });
  const all: CompareCandidate[] = [
    // current policy and the presets as the page runs them beside the scenario on screen: current policy as the
    // charts' "Dagens politikk" (its assumptions, formulas and municipalities' own figures and events), a preset as
    // loading it would make it (its levers onto the scenario's assumptions and municipalities' own plans)
    {
      key: 'baseline',
      name: t('baseline'),
      request: () => currentPolicyRequest({ ...src.currentRequest(), region: src.region() }),
    },
    { key: 'current', name: src.currentName, request: src.currentRequest },
    ...src.presets
      .filter((p) => p.id !== 'baseline')
      .map((p) => ({
        key: `preset:${p.id}`,
        name: loc(p.name),
        request: () => requestOf(presetOnto(p, src.currentState), src.region()),
      })),
    ...src.saved.map((s) => ({
      key: `saved:${s.id}`,
      name: s.name,
      request: fromScenario(s.levers, s.assumptions, s.formulas, s.municipalities),
    })),
  ];
  return offeredOnce(all, src.currentName, scenarioKey(src.currentState));
}

/**
 * The preset or saved scenario on screen, unchanged (same name, same content), is offered once: as the scenario
 * on screen. A namesake with other content stays (its request is run only when the names match).
 */
export function offeredOnce(
  candidates: readonly CompareCandidate[],
  currentName: string,
  currentKey: string,
): CompareCandidate[] {
  return candidates.filter(
    (c) => c.key === 'current' || c.name !== currentName || scenarioKey(stateOfScenario(c.request())) !== currentKey,
  );
}

/**
 * The comparison that holds for the view: for the region on screen and with the compared scenarios as they are
 * (a stale one stays in its panel, marked, but is not overlaid, exported or linked).
 */
export function liveComparison(result: CompareResult | null, region: string, stale: boolean): CompareResult | null {
  return result && result.region === region && !stale ? result : null;
}

/** What the comparison's state needs from the page. */
export interface ComparisonHost {
  /** The region on screen (its value). */
  region(): string;
  /** True when a compared scenario changed since the comparison ran (comparePanel.ts). */
  isStale(): boolean;
  scenarioName(): string;
  scenario(): ScenarioState;
  request(): RunRequest;
  saved(): readonly SavedScenario[];
}

export class ComparisonState {
  private last: CompareResult | null = null;

  constructor(private readonly host: ComparisonHost) {}

  /** The comparison panel's last result, whatever its region (null: none, or cleared). */
  get result(): CompareResult | null {
    return this.last;
  }

  /** The panel reported a result, or cleared it. */
  setResult(result: CompareResult | null): void {
    this.last = result;
  }

  /** The comparison that holds for the view (liveComparison). */
  live(): CompareResult | null {
    return liveComparison(this.last, this.host.region(), this.host.isStale());
  }

  /** What the comparison panel offers now. */
  candidates(): CompareCandidate[] {
    return compareCandidates({
      region: () => this.host.region(),
      endYear: END_YEAR,
      currentName: this.host.scenarioName(),
      currentState: this.host.scenario(),
      currentRequest: () => this.host.request(),
      presets: PRESETS,
      saved: this.host.saved(),
    });
  }
}

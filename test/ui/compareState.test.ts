// The comparison's state in the page (src/ui/compare/compareState.ts): what can be compared, in which order, the
// scenario on screen offered once (an unchanged preset or saved scenario is not offered twice), the requests run
// for the region on screen when asked, and the comparison that holds for the view (region and staleness).
import { describe, expect, it } from 'vitest';
import type { CompareCandidate, CompareResult } from '../../src/ui/compare/comparePanel.ts';
import {
  compareCandidates,
  ComparisonState,
  liveComparison,
  offeredOnce,
  type CandidateSources,
} from '../../src/ui/compare/compareState.ts';
import { loc, t } from '../../src/ui/i18n.ts';
import { PRESETS, presetOnto, stateOfScenario } from '../../src/ui/presets.ts';
import type { SavedScenario } from '../../src/ui/scenarios/document.ts';
import { EMPTY_SCENARIO, END_YEAR, requestOf, scenarioKey, type ScenarioState } from '../../src/ui/state.ts';

const DOUBLE = PRESETS.find((p) => p.id === 'dobbelt-basistilskudd')!;
const SAVED: SavedScenario = {
  schemaVersion: 2,
  id: 'mitt-1',
  name: 'Mitt scenario',
  levers: { capitationRate: 1000 },
  assumptions: { leaveHours: 0.05 },
  formulas: {},
  municipalities: { '1811': { levers: { onCallGrant: 2 } } },
  region: 'kommune:1811',
  seed: 7,
  runs: 500,
  endYear: 2045,
  savedAt: '2026-01-02T03:04:05.000Z',
};

function sources(name: string, state: ScenarioState, region = { value: 'national' }): CandidateSources {
  return {
    region: () => region.value,
    endYear: END_YEAR,
    currentName: name,
    currentState: state,
    currentRequest: () => requestOf(state, region.value),
    presets: PRESETS,
    saved: [SAVED],
  };
}

describe('compareCandidates', () => {
  it('offers current policy, the scenario on screen, the presets but current policy, then the saved ones', () => {
    const keys = compareCandidates(sources('Ditt scenario', EMPTY_SCENARIO)).map((c) => c.key);
    const presets = PRESETS.filter((p) => p.id !== 'baseline').map((p) => `preset:${p.id}`);
    expect(keys).toEqual(['baseline', 'current', ...presets, 'saved:mitt-1']);
    expect(presets.length).toBeGreaterThan(0);
  });

  it("names each in the page's language and runs it for the region on screen when asked", () => {
    const region = { value: 'national' };
    const all = compareCandidates(sources('Ditt scenario', EMPTY_SCENARIO, region));
    const byKey = (k: string) => all.find((c) => c.key === k)!;
    expect(byKey('baseline').name).toBe(t('baseline'));
    expect(byKey('current').name).toBe('Ditt scenario');
    expect(byKey(`preset:${DOUBLE.id}`).name).toBe(loc(DOUBLE.name));
    region.value = 'kommune:1811';
    expect(byKey('baseline').request()).toEqual({
      levers: {},
      assumptions: {},
      formulas: {},
      region: 'kommune:1811',
      endYear: END_YEAR,
    });
    expect(byKey(`preset:${DOUBLE.id}`).request()).toEqual(requestOf(stateOfScenario(DOUBLE), 'kommune:1811'));
    expect(byKey('saved:mitt-1').request()).toEqual({
      levers: SAVED.levers,
      assumptions: SAVED.assumptions,
      formulas: SAVED.formulas,
      region: 'kommune:1811',
      endYear: END_YEAR,
      municipalities: SAVED.municipalities,
    });
  });

  it('runs current policy and the presets with the on-screen scenario’s assumptions and municipalities’ data', () => {
    // the planner's own figures and events for Bindal, her own measure there, and an assumption of her own
    const own: ScenarioState = {
      levers: {},
      assumptions: { leaveHours: 0.05 },
      formulas: {},
      municipalities: {
        '1811': {
          start: { gps: 5 },
          events: [{ year: 2027, kind: 'retirements', count: 2 }],
          levers: { salariedShare: 0.6 },
        },
      },
    };
    const all = compareCandidates(sources('Ditt scenario', own, { value: 'kommune:1811' }));
    const byKey = (k: string) => all.find((c) => c.key === k)!;
    // current policy as the charts' "Dagens politikk": her figures and events and assumption, not her measure
    expect(byKey('baseline').request()).toEqual({
      levers: {},
      assumptions: { leaveHours: 0.05 },
      formulas: {},
      region: 'kommune:1811',
      endYear: END_YEAR,
      municipalities: { '1811': { start: { gps: 5 }, events: [{ year: 2027, kind: 'retirements', count: 2 }] } },
    });
    // a preset as loading it would make it: its levers onto her assumption and her municipality's whole plan
    expect(byKey(`preset:${DOUBLE.id}`).request()).toEqual(requestOf(presetOnto(DOUBLE, own), 'kommune:1811'));
    expect(byKey(`preset:${DOUBLE.id}`).request().municipalities).toEqual(requestOf(own, '').municipalities);
    expect(byKey(`preset:${DOUBLE.id}`).request().assumptions).toEqual({ leaveHours: 0.05 });
    // a saved scenario keeps its own
    expect(byKey('saved:mitt-1').request().assumptions).toEqual(SAVED.assumptions);
    // that preset loaded onto her scenario is offered once, as the scenario on screen
    const loaded = presetOnto(DOUBLE, own);
    const keys = compareCandidates(sources(loc(DOUBLE.name), loaded)).map((c) => c.key);
    expect(keys).not.toContain(`preset:${DOUBLE.id}`);
  });

  it('offers an unchanged preset on screen once, as the scenario on screen', () => {
    const keys = compareCandidates(sources(loc(DOUBLE.name), stateOfScenario(DOUBLE))).map((c) => c.key);
    expect(keys).toContain('current');
    expect(keys).not.toContain(`preset:${DOUBLE.id}`);
  });

  it('offers an unchanged saved scenario on screen once, and a changed one twice', () => {
    const state = stateOfScenario(SAVED);
    expect(compareCandidates(sources(SAVED.name, state)).map((c) => c.key)).not.toContain('saved:mitt-1');
    const changed: ScenarioState = { ...state, assumptions: { leaveHours: 0.1 } };
    expect(compareCandidates(sources(SAVED.name, changed)).map((c) => c.key)).toContain('saved:mitt-1');
  });
});

describe('offeredOnce', () => {
  const req = requestOf(EMPTY_SCENARIO, 'national');
  const candidate = (key: string, name: string, asked: string[]): CompareCandidate => ({
    key,
    name,
    request: () => (asked.push(key), req),
  });

  it('keeps the scenario on screen and namesakes with other content; asks for requests only of namesakes', () => {
    const asked: string[] = [];
    const list = [
      candidate('current', 'A', asked),
      candidate('preset:x', 'B', asked),
      candidate('saved:y', 'A', asked),
    ];
    expect(offeredOnce(list, 'A', scenarioKey(EMPTY_SCENARIO)).map((c) => c.key)).toEqual(['current', 'preset:x']);
    expect(asked).toEqual(['saved:y']);
    const other = scenarioKey({ ...EMPTY_SCENARIO, assumptions: { leaveHours: 0.05 } });
    expect(offeredOnce(list, 'A', other).map((c) => c.key)).toEqual(['current', 'preset:x', 'saved:y']);
  });
});

describe('liveComparison and ComparisonState', () => {
  const result = { region: 'national', keys: ['baseline', 'current'] } as unknown as CompareResult;

  it('holds for the region it ran for, while its scenarios are as they were', () => {
    expect(liveComparison(result, 'national', false)).toBe(result);
    expect(liveComparison(result, 'kommune:1811', false)).toBeNull();
    expect(liveComparison(result, 'national', true)).toBeNull();
    expect(liveComparison(null, 'national', false)).toBeNull();
  });

  it("keeps the panel's last result and asks the page for the region and staleness", () => {
    const page = { region: 'national', stale: false };
    const state = new ComparisonState({
      region: () => page.region,
      isStale: () => page.stale,
      scenarioName: () => 'Ditt scenario',
      scenario: () => EMPTY_SCENARIO,
      request: () => requestOf(EMPTY_SCENARIO, page.region),
      saved: () => [],
    });
    expect(state.live()).toBeNull();
    state.setResult(result);
    expect(state.result).toBe(result);
    expect(state.live()).toBe(result);
    page.region = 'kommune:1811';
    expect(state.live()).toBeNull();
    expect(state.result).toBe(result);
    page.region = 'national';
    page.stale = true;
    expect(state.live()).toBeNull();
    state.setResult(null);
    expect(state.result).toBeNull();
    const keys = state.candidates().map((c) => c.key);
    expect(keys.slice(0, 2)).toEqual(['baseline', 'current']);
    expect(keys).not.toContain('saved:mitt-1');
    expect(state.candidates()[1]!.request().region).toBe('national');
  });
});

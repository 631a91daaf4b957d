// Issue #15 (H1): the scenario on screen's name (a preset's or saved scenario's, "(endret)" once changed, "Ditt
// scenario" otherwise) in both languages and across undo; saving twice under one name; the Monte Carlo progress
// saying what it counts.
import { afterEach, describe, expect, it } from 'vitest';
import { PRESETS, stateOfScenario } from '../../src/ui/presets.ts';
import { registerLocale, setLocale } from '../../src/ui/i18n.ts';
import { NN } from '../../src/ui/strings/nn.ts';
import { EMPTY_SCENARIO, History, scenarioDisplayName, scenarioKey, withLever } from '../../src/ui/state.ts';
import { uniqueScenarioName } from '../../src/ui/scenarios/document.ts';
import { mcProgressText, type McStatus } from '../../src/ui/sim/mcRunner.ts';
import { contentKey } from '../../src/ui/compare/comparePanel.ts';

const expert = PRESETS.find((p) => p.id === 'ekspertutvalget-2023')!;

afterEach(() => setLocale('nb'));

describe('scenarioDisplayName', () => {
  it('is "Ditt scenario" without an origin, in the UI language', () => {
    expect(scenarioDisplayName(EMPTY_SCENARIO, null)).toBe('Ditt scenario');
    setLocale('en');
    expect(scenarioDisplayName(EMPTY_SCENARIO, null)).toBe('Your scenario');
  });

  it('is the preset’s name in the UI language, with "(endret)" once a lever changed', () => {
    const state = stateOfScenario(expert);
    const origin = { name: expert.name, state };
    expect(scenarioDisplayName(state, origin)).toBe(expert.name.nb);
    const changed = withLever(state, 'alisGrants', 0);
    expect(scenarioDisplayName(changed, origin)).toBe(`${expert.name.nb} (endret)`);
    setLocale('en');
    expect(scenarioDisplayName(state, origin)).toBe(expert.name.en);
    expect(scenarioDisplayName(changed, origin)).toBe(`${expert.name.en} (changed)`);
  });

  it('keeps a saved scenario’s typed name in every language', () => {
    const state = withLever(EMPTY_SCENARIO, 'alisGrants', 0);
    setLocale('en');
    expect(scenarioDisplayName(state, { name: 'Plan for Bodø', state })).toBe('Plan for Bodø');
  });

  it('follows undo and redo: undoing the load of a preset gives the earlier name back', () => {
    const h = new History(EMPTY_SCENARIO);
    const state = stateOfScenario(expert);
    h.commit(state, 'preset', { name: expert.name, state });
    expect(h.displayName).toBe(expert.name.nb);
    h.commit(withLever(state, 'alisGrants', 0), 'lever');
    expect(h.displayName).toBe(`${expert.name.nb} (endret)`);
    h.undo();
    expect(h.displayName).toBe(expert.name.nb);
    h.undo();
    expect(h.displayName).toBe('Ditt scenario');
    h.redo();
    expect(h.displayName).toBe(expert.name.nb);
    // reset of the levers: from neither any more
    h.commit(EMPTY_SCENARIO, 'reset', null);
    expect(h.displayName).toBe('Ditt scenario');
  });

  it('equal content gives equal keys whatever the key order', () => {
    const a = withLever(withLever(EMPTY_SCENARIO, 'alisGrants', 0), 'capitationRate', 1000);
    const b = withLever(withLever(EMPTY_SCENARIO, 'capitationRate', 1000), 'alisGrants', 0);
    expect(scenarioKey(a)).toBe(scenarioKey(b));
    expect(contentKey({ levers: { a: 1, b: 2 }, assumptions: {}, formulas: {} })).toBe(
      contentKey({ levers: { b: 2, a: 1 }, assumptions: {}, formulas: {}, municipalities: {} }),
    );
  });
});

describe('uniqueScenarioName', () => {
  it('keeps a new name, and numbers one already saved (trimmed, case-blind)', () => {
    expect(uniqueScenarioName('Plan A', ['Plan B'])).toBe('Plan A');
    expect(uniqueScenarioName(' Plan A ', ['plan a'])).toBe('Plan A (2)');
    expect(uniqueScenarioName('Plan A', ['Plan A', 'Plan A (2)'])).toBe('Plan A (3)');
    const long = 'x'.repeat(120);
    const named = uniqueScenarioName(long, [long]);
    expect(named.length).toBeLessThanOrEqual(120);
    expect(named.endsWith(' (2)')).toBe(true);
  });
});

describe('mcProgressText', () => {
  it('says the total counts both scenarios when current policy runs too (200 runs: "av 400")', () => {
    const text = mcProgressText({ kind: 'running', done: 0, total: 400, runs: 200, withBaseline: true });
    expect(text).toBe('Beregner usikkerhet: 0 av 400 kjøringer (200 for ditt scenario og 200 for dagens politikk) …');
    setLocale('en');
    expect(mcProgressText({ kind: 'running', done: 10, total: 400, runs: 200, withBaseline: true })).toContain(
      '10 of 400 runs (200 for your scenario and 200 for current policy)',
    );
  });

  it('says the scenario alone runs when current policy is cached', () => {
    expect(mcProgressText({ kind: 'running', done: 5, total: 200, runs: 200, withBaseline: false })).toBe(
      'Beregner usikkerhet: 5 av 200 kjøringer for ditt scenario (dagens politikk er allerede beregnet) …',
    );
  });

  it('says current policy runs when it is the scenario on screen (run once as both)', () => {
    const running: McStatus = {
      kind: 'running',
      done: 5,
      total: 200,
      runs: 200,
      withBaseline: false,
      currentPolicy: true,
    };
    expect(mcProgressText(running)).toBe('Beregner usikkerhet: 5 av 200 kjøringer for dagens politikk …');
    setLocale('en');
    expect(mcProgressText(running)).toBe('Computing uncertainty: 5 of 200 runs for current policy …');
    registerLocale('nn', NN);
    setLocale('nn');
    expect(mcProgressText(running)).toBe('Bereknar uvisse: 5 av 200 køyringar for dagens politikk …');
  });
});

describe('the scenario’s name in a share link', () => {
  it('carries a preset by id and a saved scenario by name (changed or not); a link without it has none', async () => {
    const { decodeLink, encodeLink } = await import('../../src/ui/scenarios/shareLink.ts');
    const base = {
      lang: 'nb',
      region: 'national',
      runs: 200,
      levers: {},
      assumptions: {},
      formulas: {},
      tables: [],
    } as const;
    for (const named of [{ preset: 'ekspertutvalget-2023' }, { name: 'Plan for Bodø', edited: true }]) {
      const d = decodeLink(encodeLink({ ...base, named }));
      expect(d.ok && d.state.named).toEqual(named);
    }
    const none = decodeLink(encodeLink(base));
    expect(none.ok && none.state.named).toBeUndefined();
  });
});

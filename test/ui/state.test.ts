// The app state: overrides only, start years, the worker request, and undo/redo over committed changes.
import { describe, expect, it } from 'vitest';
import { getLever } from '../../src/levers/registry.ts';
import {
  changedLevers,
  EMPTY_SCENARIO,
  History,
  leverFrom,
  leverValue,
  requestOf,
  withAssumption,
  withFormula,
  withLever,
} from '../../src/ui/state.ts';

const capSpec = getLever('capitationRate')!;

describe('scenario state', () => {
  it('reads defaults and stores only overrides', () => {
    expect(leverValue(EMPTY_SCENARIO, 'capitationRate')).toBe(capSpec.default);
    const s = withLever(EMPTY_SCENARIO, 'capitationRate', 1000);
    expect(s.levers).toEqual({ capitationRate: { value: 1000, from: capSpec.defaultStartYear } });
    // back to the default value and start year: no override left
    expect(withLever(s, 'capitationRate', capSpec.default as number).levers).toEqual({});
  });

  it('keeps a changed start year and sends it as a dated change', () => {
    const s = withLever(withLever(EMPTY_SCENARIO, 'capitationRate', 1000), 'capitationRate', 1000, 2030);
    expect(leverFrom(s, 'capitationRate')).toBe(2030);
    expect(requestOf(s, 'kommune:1811')).toEqual({
      levers: { capitationRate: { value: 1000, from: '2030' } },
      assumptions: {},
      formulas: {},
      region: 'kommune:1811',
      endYear: 2040,
    });
    expect(requestOf(withLever(EMPTY_SCENARIO, 'capitationRate', 1000), 'national').levers).toEqual({
      capitationRate: 1000,
    });
  });

  it('does not send a lever whose value is the default, even with another start year', () => {
    const s = withLever(EMPTY_SCENARIO, 'capitationRate', capSpec.default as number, 2030);
    expect(changedLevers(s)).toEqual([]);
    expect(requestOf(s, 'national').levers).toEqual({});
  });

  it('sets and clears assumptions and formulas', () => {
    const s = withFormula(withAssumption(EMPTY_SCENARIO, 'leaveHours', 0.05), 'attritionFactor', '1');
    expect(requestOf(s, 'national')).toMatchObject({
      assumptions: { leaveHours: 0.05 },
      formulas: { attritionFactor: '1' },
    });
    expect(withFormula(withAssumption(s, 'leaveHours', undefined), 'attritionFactor', undefined)).toEqual(
      EMPTY_SCENARIO,
    );
  });

  it('rejects unknown levers', () => {
    expect(() => withLever(EMPTY_SCENARIO, 'noSuchLever', 1)).toThrow(/unknown lever "noSuchLever"/);
  });
});

describe('undo and redo', () => {
  it('undoes and redoes committed changes in order', () => {
    const h = new History(EMPTY_SCENARIO);
    const a = withLever(EMPTY_SCENARIO, 'capitationRate', 1000);
    const b = withLever(a, 'alisGrants', 2500);
    h.commit(a, 'a');
    h.commit(b, 'b');
    expect(h.undo()).toBe('b');
    expect(h.state).toEqual(a);
    expect(h.undo()).toBe('a');
    expect(h.state).toEqual(EMPTY_SCENARIO);
    expect(h.undo()).toBeNull();
    expect(h.redo()).toBe('a');
    expect(h.redo()).toBe('b');
    expect(h.state).toEqual(b);
    expect(h.canRedo()).toBe(false);
  });

  it('records a whole slider movement (previews) as one step back to where it began', () => {
    const h = new History(EMPTY_SCENARIO);
    for (const v of [900, 950, 1000]) h.preview(withLever(EMPTY_SCENARIO, 'capitationRate', v));
    h.commit(withLever(EMPTY_SCENARIO, 'capitationRate', 1000), 'slide');
    expect(h.undo()).toBe('slide');
    expect(h.state).toEqual(EMPTY_SCENARIO);
  });

  it('a new change after undo drops the redo branch; an unchanged commit adds nothing', () => {
    const h = new History(EMPTY_SCENARIO);
    h.commit(withLever(EMPTY_SCENARIO, 'capitationRate', 1000), 'a');
    h.undo();
    h.commit(withLever(EMPTY_SCENARIO, 'alisGrants', 2000), 'c');
    expect(h.canRedo()).toBe(false);
    h.commit(h.state, 'same');
    expect(h.undo()).toBe('c');
    expect(h.canUndo()).toBe(false);
  });
});

describe('presets in the app', async () => {
  const { PRESETS, stateOfScenario } = await import('../../src/ui/presets.ts');
  it('bundles every file in scenarios/, baseline first, each turned into runnable state', () => {
    expect(PRESETS.length).toBeGreaterThanOrEqual(6);
    expect(PRESETS[0]!.id).toBe('baseline');
    for (const p of PRESETS) {
      const s = stateOfScenario(p);
      const req = requestOf(s, 'national');
      expect(Object.keys(req.levers).sort(), p.id).toEqual(
        Object.keys(p.levers)
          .filter((id) => {
            const setting = p.levers[id]!;
            const value =
              setting !== null && typeof setting === 'object'
                ? 'steps' in setting
                  ? undefined
                  : setting.value
                : setting;
            return value !== getLever(id)!.default;
          })
          .sort(),
      );
    }
  });
});

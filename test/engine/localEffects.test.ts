// Municipal effects of stochastic runs (localEffects.ts): none in a deterministic run; drawn from their own stream,
// so run i of two scenarios gets the same municipal shocks (common random numbers); a larger swing in recruitment
// gives wider municipal outcomes; the list-length walk has the size band's spread from the rows up to the start.
import { describe, expect, it } from 'vitest';
import { createWorkspace, runModel, makeStream, preparePlan, type Plan } from '../../src/engine/index.ts';
import { ATTR_EFFECT, LIST_EFFECT, STRIDE } from '../../src/engine/stateFields.ts';
import { scenarioWith } from '../helpers/engine.ts';

function effectsAfter(plan: Plan, run: number, withLocal = true): Float64Array {
  const ws = createWorkspace(plan.start);
  runModel(
    {
      ...plan,
      events: makeStream(1, run, 'events'),
      ...(withLocal ? { local: makeStream(1, run, 'local') } : {}),
    },
    ws,
  );
  return Float64Array.from(
    { length: plan.start.nM * 2 },
    (_, i) => ws.st[Math.floor(i / 2) * STRIDE + (i % 2 === 0 ? LIST_EFFECT : ATTR_EFFECT)]!,
  );
}

function spreadOfShares(plan: Plan): number {
  const ws = createWorkspace(plan.start);
  const out = runModel({ ...plan, events: makeStream(1, 3, 'events'), local: makeStream(1, 3, 'local') }, ws);
  const y = plan.calendar.nYears - 1;
  const nM = plan.start.nM;
  const shares = Array.from({ length: nM }, (_, m) => out.raw[1]![y * nM + m]! / out.raw[0]![y * nM + m]!);
  const mean = shares.reduce((a, b) => a + b, 0) / nM;
  return Math.sqrt(shares.reduce((a, b) => a + (b - mean) ** 2, 0) / nM);
}

describe('municipal effects', () => {
  const plan = preparePlan({ endYear: 2030 });
  it('are absent without the local stream (every factor stays 1)', () => {
    expect(effectsAfter(plan, 0, false).every((x) => x === 1)).toBe(true);
  });
  it('move every municipality in a stochastic run, reproducibly', () => {
    const a = effectsAfter(plan, 0);
    expect(a.filter((x) => x !== 1).length).toBe(a.length);
    expect(Array.from(effectsAfter(plan, 0))).toEqual(Array.from(a));
    expect(Array.from(effectsAfter(plan, 1))).not.toEqual(Array.from(a));
  });
  it('are the same in run i of another scenario (common random numbers)', () => {
    const other = preparePlan({ endYear: 2030, scenario: scenarioWith({ capitationRate: 1200 }) });
    expect(Array.from(effectsAfter(other, 0))).toEqual(Array.from(effectsAfter(plan, 0)));
  });
  it('a larger swing in recruitment (localAttractivenessSd) spreads the municipal shares without a GP more', () => {
    const narrow = preparePlan({ endYear: 2030, assumptions: { localAttractivenessSd: 0.2 } });
    const wide = preparePlan({ endYear: 2030, assumptions: { localAttractivenessSd: 1 } });
    expect(spreadOfShares(wide)).toBeGreaterThan(spreadOfShares(narrow));
  });
  it('the list-length walk uses its size band’s spread from rows up to the start (0.02-0.1 a year)', () => {
    for (const sd of plan.start.localListSd) {
      expect(sd).toBeGreaterThan(0.02);
      expect(sd).toBeLessThan(0.1);
    }
  });
});

// The start calibration is reused by a workspace while its inputs are the same (calibration.ts): a reused
// calibration gives the same numbers bit for bit as a fresh one, a scenario's levers reuse it, and a change in
// assumptions, anchor levers, start state or response functions recomputes it.
import { describe, expect, it } from 'vitest';
import { calibrateStart, forgetCalibration } from '../../src/engine/start/calibration.ts';
import { compileResponses } from '../../src/engine/formulas/formulaCompiler.ts';
import { LV } from '../../src/engine/leverIndex.ts';
import {
  createWorkspace,
  preparePlan,
  RESPONSES,
  runDeterministic,
  type Plan,
  type Workspace,
} from '../../src/engine/index.ts';
import { getAssumption } from '../../src/levers/assumptions.ts';
import { scenarioWith } from '../helpers/engine.ts';

const END = 2030;
const baseline = preparePlan({ endYear: END });

/** Raw output of a run on the workspace, copied (the next run reuses the buffers). */
function rawOf(plan: Plan, ws: Workspace): number[][] {
  return runDeterministic(plan, ws).raw.map((arr) => Array.from(arr));
}

/** The raw output of the plan on a new workspace (calibrated from scratch). */
function fresh(plan: Plan): number[][] {
  return rawOf(plan, createWorkspace(plan.start));
}

const retirement = getAssumption('retirementRate')!;
const variants: readonly (readonly [string, Plan])[] = [
  ['assumptions', preparePlan({ endYear: END, assumptions: { retirementRate: retirement.max } })],
  [
    'anchor levers',
    {
      ...baseline,
      anchorLevers: baseline.anchorLevers.map((v, i) => (i === LV.capitationRate ? v * 1.2 : v)),
    },
  ],
  ['start state', preparePlan({ start: 'backtest' })],
  [
    'response functions',
    {
      ...baseline,
      responses: compileResponses(Object.fromEntries(RESPONSES.map((r) => [r.id, r.expression])), baseline.assumptions),
    },
  ],
];

describe('start calibration reuse', () => {
  it('a second run on the same workspace reuses it and gives the same numbers bit for bit', () => {
    const ws = createWorkspace(baseline.start);
    const first = rawOf(baseline, ws);
    const scalars = calibrateStart(baseline, ws);
    expect(calibrateStart(baseline, ws)).toBe(scalars);
    expect(rawOf(baseline, ws)).toEqual(first);
    expect(first).toEqual(fresh(baseline));
  });

  it('a scenario with other levers, or the same assumption values in a new object, reuses it', () => {
    const ws = createWorkspace(baseline.start);
    const scalars = calibrateStart(baseline, ws);
    const scenario = preparePlan({
      endYear: END,
      scenario: scenarioWith({ capitationRate: 1200, onCallExemptionAge: 55 }),
    });
    expect(scenario.assumptions).not.toBe(baseline.assumptions);
    expect(calibrateStart(scenario, ws)).toBe(scalars);
    expect(rawOf(scenario, ws)).toEqual(fresh(scenario));
  });

  it.each(variants)('a change of %s recomputes it, with the numbers of a fresh workspace', (_what, variant) => {
    const ws = createWorkspace(baseline.start);
    const scalars = calibrateStart(baseline, ws);
    rawOf(baseline, ws);
    const wsVariant = variant.start === baseline.start ? ws : createWorkspace(variant.start);
    if (wsVariant === ws) expect(calibrateStart(variant, ws)).not.toBe(scalars);
    expect(rawOf(variant, wsVariant)).toEqual(fresh(variant));
    // and back: the baseline again on the same workspace
    expect(rawOf(baseline, ws)).toEqual(fresh(baseline));
  });

  it('forgetCalibration makes the next run calibrate again, to the same numbers', () => {
    const ws = createWorkspace(baseline.start);
    const scalars = calibrateStart(baseline, ws);
    forgetCalibration(ws);
    const again = calibrateStart(baseline, ws);
    expect(again).not.toBe(scalars);
    expect(again).toEqual(scalars);
  });

  it('assumption values cannot change in place (the reuse relies on it)', () => {
    const p = baseline.assumptions as Record<string, number>;
    expect(Object.isFrozen(p)).toBe(true);
    expect(() => {
      p['retirementRate'] = 0.02;
    }).toThrow(TypeError);
  });
});

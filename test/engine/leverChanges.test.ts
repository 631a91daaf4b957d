// Lever-change months: the driver re-evaluates the responses and recomputes legevakt, attractiveness and work
// factors in the months a lever changes (besides the quarterly refreshes). A lever set to "none" (NaN in the
// timeline) must not count as a change every month: NaN !== NaN made every month a change month until this was
// pinned.
import { describe, expect, it } from 'vitest';
import { makeCalendar, stepOfYear } from '../../src/engine/calendar.ts';
import { createWorkspace, runModel } from '../../src/engine/model.ts';
import { leverChangeMonths, resolveTimeline } from '../../src/engine/schedule.ts';
import { defaultLeverValues } from '../../src/levers/values.ts';
import { LEVERS } from '../../src/levers/registry.ts';
import { RESP_LIST, STRIDE } from '../../src/engine/stateFields.ts';
import { cachedPlan, scenarioWith } from '../helpers/engine.ts';

const cal = makeCalendar(2025, 2030);
const changedMonths = (flags: Uint8Array) => [...flags.keys()].filter((k) => flags[k] === 1);

describe('lever change months', () => {
  it('the default levers (some set to "none", NaN) change only in month 0', () => {
    const timeline = resolveTimeline(cal, defaultLeverValues(), []);
    expect(timeline.some((arr) => Number.isNaN(arr[0]))).toBe(true);
    expect(changedMonths(leverChangeMonths(timeline))).toEqual([0]);
  });

  it('a dated change, and a change from or to "none", mark exactly their months', () => {
    const none = LEVERS.find((l) => l.id === 'capitationShareTarget')!;
    expect(defaultLeverValues()[none.id]).toBeNull();
    const timeline = resolveTimeline(cal, defaultLeverValues(), [
      { lever: 'recruitmentGrant', from: '2027-03', value: 500000 },
      { lever: none.id, from: '2028', value: 0.4 },
      { lever: none.id, from: '2029-07', value: null },
    ]);
    const k = (year: number, month: number) => (year - 2026) * 12 + month - 1;
    expect(changedMonths(leverChangeMonths(timeline))).toEqual([0, k(2027, 3), k(2028, 1), k(2029, 7)]);
  });
});

describe('responses in a lever-change month', () => {
  /** The desired list ceilings of every municipality after each of the given months. */
  function desiredCeilings(levers: Parameters<typeof scenarioWith>[0], months: readonly number[]): number[][] {
    const plan = cachedPlan({ scenario: scenarioWith(levers), endYear: 2028 });
    const out: number[][] = [];
    runModel(
      {
        ...plan,
        onStep: (k, ws) => {
          if (months.includes(k)) out.push(Array.from({ length: ws.nM }, (_, m) => ws.st[m * STRIDE + RESP_LIST]!));
        },
      },
      createWorkspace(plan.start),
    );
    return out;
  }

  it('a change in May (not a quarter month) reaches the desired list ceiling in May; June holds it', () => {
    const cal = makeCalendar(2025, 2028);
    const [apr, may, jun] = [4, 5, 6].map((month) => stepOfYear(cal, 2027, month));
    expect(may! % 3).not.toBe(0);
    const [aprBase, mayBase, junBase] = desiredCeilings({}, [apr!, may!, jun!]);
    expect(mayBase).toEqual(aprBase); // no change: held between the quarterly refreshes
    expect(junBase).toEqual(mayBase);
    const [aprCut, mayCut, junCut] = desiredCeilings({ capitationRate: { from: '2027-05', value: 600 } }, [
      apr!,
      may!,
      jun!,
    ]);
    expect(aprCut).toEqual(aprBase);
    // lower capitation per patient: GPs want longer lists, from the month the cut starts
    expect(mayCut!.filter((c, m) => c > mayBase![m]!).length).toBeGreaterThan(300);
    expect(junCut).toEqual(mayCut);
  });
});

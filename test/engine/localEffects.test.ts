// Municipal effects of stochastic runs (localEffects.ts): none in a deterministic run; drawn from their own stream,
// so run i of two scenarios gets the same municipal shocks (common random numbers); a larger swing in recruitment
// gives wider municipal outcomes; the list-length walk has the size band's spread from the rows up to the start, and
// it fades (localListYears), so its spread settles instead of growing without bound; lists that only the effect made
// surplus close as fast as the effect opens lists.
import { describe, expect, it } from 'vitest';
import { createWorkspace, runModel, makeStream, preparePlan, type Plan } from '../../src/engine/index.ts';
import { ATTR_LOG, LIST_EFFECT, LIST_LOG, LIST_SD_QUARTER, RESP_LOG, STRIDE } from '../../src/engine/stateFields.ts';
import { RAW } from '../../src/engine/rawFields.ts';
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
  return Float64Array.from({ length: plan.start.nM * 2 }, (_, i) =>
    i % 2 === 0 ? ws.st[Math.floor(i / 2) * STRIDE + LIST_EFFECT]! : shockFactor(ws, Math.floor(i / 2)),
  );
}

/**
 * The random part of a municipality's attractiveness factor (ATTR_EFFECT = exp(ATTR_LOG + RESP_LOG) without the
 * response, which answers the run's own vacancies and so differs between scenarios by design).
 */
function shockFactor(ws: ReturnType<typeof createWorkspace>, m: number): number {
  return Math.exp(ws.st[m * STRIDE + ATTR_LOG]!);
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

  it('a municipality in trouble responds when localResponseRate > 0: fewer resident-years without a GP where lists stand vacant, never a negative response', () => {
    const off = preparePlan({ endYear: 2030, assumptions: { localResponseRate: 0 } });
    const on = preparePlan({ endYear: 2030, assumptions: { localResponseRate: 20 } });
    const wsOff = createWorkspace(off.start);
    const wsOn = createWorkspace(on.start);
    const a = runModel(off, wsOff);
    const b = runModel(on, wsOn);
    const nM = off.start.nM;
    // municipalities with vacant lists at the start (share ≥ 5 %)
    const troubled = Array.from({ length: nM }, (_, m) => m).filter(
      (m) => off.start.residentsWithoutGp[m]! / off.start.pop[(2026 - off.start.popFirstYear) * nM + m]! >= 0.05,
    );
    expect(troubled.length).toBeGreaterThan(10);
    // over 2026-2030: the response eases a crisis sooner (by a fifth in 2026), then fades (localResponseYears) once
    // the vacancies are filled, and by 2030 these municipalities are about where they would have been
    const sum = (out: typeof a) => {
      let s = 0;
      for (let y = 0; y < off.calendar.nYears; y++)
        for (const m of troubled) s += out.raw[RAW.residentsWithoutGp]![y * nM + m]!;
      return s;
    };
    expect(sum(b)).toBeLessThan(sum(a));
    for (let m = 0; m < nM; m++) {
      expect(wsOn.st[m * STRIDE + RESP_LOG]!).toBeGreaterThanOrEqual(0);
      expect(wsOff.st[m * STRIDE + RESP_LOG]!).toBe(0);
    }
  });

  /** Each municipality's LIST_LOG at the end of one stochastic run over its stationary SD, and the SDs' keep. */
  function standardisedListLogs(endYear: number, years: number): { z: number[]; keep: number } {
    const p = preparePlan({ endYear, assumptions: { localListYears: years } });
    const z: number[] = [];
    for (const run of [0, 1, 2]) {
      const ws = createWorkspace(p.start);
      runModel({ ...p, events: makeStream(1, run, 'events'), local: makeStream(1, run, 'local') }, ws);
      const keep = Math.exp(-0.25 / years);
      for (let m = 0; m < p.start.nM; m++) {
        const q = m * STRIDE;
        z.push(ws.st[q + LIST_LOG]! / (ws.st[q + LIST_SD_QUARTER]! / Math.sqrt(1 - keep * keep)));
        expect(ws.st[q + LIST_EFFECT]).toBeCloseTo(Math.exp(ws.st[q + LIST_LOG]!), 10);
      }
    }
    return { z, keep: Math.exp(-0.25 / years) };
  }
  const sdOf = (xs: number[]) => Math.sqrt(xs.reduce((a, x) => a + x * x, 0) / xs.length);

  it('the list-length effect fades: after 15 years its spread is the stationary one of a process with time constant localListYears', () => {
    const quarters = 15 * 4;
    for (const years of [2, 4]) {
      const { z, keep } = standardisedListLogs(2040, years);
      // an Ornstein-Uhlenbeck process started at 0: variance (1 - keep^(2n)) of the stationary one
      expect(sdOf(z)).toBeGreaterThan(0.85 * Math.sqrt(1 - keep ** (2 * quarters)));
      expect(sdOf(z)).toBeLessThan(1.15 * Math.sqrt(1 - keep ** (2 * quarters)));
    }
  });

  it('a longer time constant leaves a wider spread of list lengths in 2040', () => {
    const spreadOf = (years: number) => {
      const p = preparePlan({ endYear: 2040, assumptions: { localListYears: years } });
      const ws = createWorkspace(p.start);
      runModel({ ...p, events: makeStream(1, 0, 'events'), local: makeStream(1, 0, 'local') }, ws);
      return sdOf(Array.from({ length: p.start.nM }, (_, m) => ws.st[m * STRIDE + LIST_LOG]!));
    };
    expect(spreadOf(10)).toBeGreaterThan(1.3 * spreadOf(2));
  });

  it('lists that only the municipal effect made surplus close fast: most vacant lists go within a year when it lifts every ceiling by 10 %', () => {
    const p = preparePlan({ endYear: 2026 });
    const plain = runModel(p, createWorkspace(p.start));
    // a deterministic run has no local stream, so an effect set in the first month stays
    const lifted = runModel(
      {
        ...p,
        onStep: (k, ws) => {
          if (k !== 0) return;
          for (let q = 0; q < ws.st.length; q += STRIDE) {
            ws.st[q + LIST_EFFECT] = 1.1;
            ws.st[q + LIST_LOG] = Math.log(1.1);
          }
        },
      },
      createWorkspace(p.start),
    );
    const vacant = (out: typeof plain) => out.raw[RAW.vacantLists]!.reduce((a, b) => a + b, 0);
    expect(vacant(plain)).toBeGreaterThan(100);
    // (with the slow rule for every surplus list, about 80 % would still stand)
    expect(vacant(lifted)).toBeLessThan(0.25 * vacant(plain));
  });
});

// Lists opened stand empty (src/engine/step/lists.ts, EMPTY_LISTS): a list the municipality opens holds nobody until
// a GP takes it, a list a GP leaves keeps its residents. Checked on Bindal's dated events and Bergen's population
// shock (deterministic, no municipal response, so that nothing but the event moves) and, as a property, every month
// of stochastic runs.
import { describe, expect, it } from 'vitest';
import {
  RAW,
  makeStream,
  preparePlan,
  runDeterministic,
  type MunicipalPlans,
  type RunOutput,
} from '../../src/engine/index.ts';
import { createWorkspace, runModel } from '../../src/engine/model.ts';
import { EMPTY_LISTS, HOURS_LIST_MAX, LISTS, N_GP, POP, STRIDE, VAC, WITH_GP } from '../../src/engine/stateFields.ts';
import { municipalityIndex } from '../helpers/engine.ts';

const END = 2030;
const plan = (municipalities?: MunicipalPlans, extra: Record<string, number> = {}) =>
  preparePlan({
    endYear: END,
    assumptions: { localResponseRate: 0, ...extra },
    ...(municipalities ? { municipalities } : {}),
  });
const base = plan();
const baseRun = runDeterministic(base);
const BINDAL = municipalityIndex(base, '1811');
const at = (r: RunOutput, field: keyof typeof RAW, year: number) =>
  r.raw[RAW[field]]![(year - base.calendar.startYear - 1) * r.nM + BINDAL]!;
/** Residents without a GP in municipality m after each month of the plan's deterministic run. */
function withoutGpByMonth(p: ReturnType<typeof plan>, m: number): number[] {
  const out: number[] = [];
  const q = m * STRIDE;
  runModel({ ...p, onStep: (_k, w) => out.push(w.st[q + POP]! - w.st[q + WITH_GP]!) }, createWorkspace(p.start));
  return out;
}
/** Calls fn for every municipality (its offset q in the state) after every month of two stochastic runs of p. */
function eachStochasticMonth(p: ReturnType<typeof plan>, fn: (st: Float64Array, q: number) => void): void {
  const ws = createWorkspace(p.start);
  for (const run of [0, 1]) {
    runModel(
      {
        ...p,
        events: makeStream(3, run, 'events'),
        local: makeStream(3, run, 'local'),
        onStep: (_k, w) => {
          for (let q = 0; q < w.st.length; q += STRIDE) fn(w.st, q);
        },
      },
      ws,
    );
  }
}
const event = (kind: 'newLists' | 'retirements') => ({ '1811': { events: [{ year: 2027, kind, count: 2 }] } });

describe('lists opened stand empty', () => {
  const listLength =
    (at(baseRun, 'population', 2027) - at(baseRun, 'residentsWithoutGp', 2027)) / at(baseRun, 'gpsDuringMonth', 2027);

  it('two lists opened in 2027 add nobody without a GP: they draw recruits, and fewer residents are without one', () => {
    const r = runDeterministic(plan(event('newLists')));
    expect(at(r, 'vacantLists', 2027)).toBeGreaterThan(at(baseRun, 'vacantLists', 2027));
    expect(at(r, 'entrants', 2027)).toBeGreaterThan(at(baseRun, 'entrants', 2027));
    expect(at(r, 'residentsWithoutGp', 2027)).toBeLessThan(at(baseRun, 'residentsWithoutGp', 2027));
  });

  it('two GPs who leave in 2027 leave their residents without a GP until recruits come', () => {
    // Bindal's residents without a GP month by month (step 12 is January 2027, the month of the retirements)
    const before = withoutGpByMonth(base, BINDAL);
    const after = withoutGpByMonth(plan(event('retirements')), BINDAL);
    const extra = after.map((v, k) => v - before[k]!);
    expect(extra[11]).toBe(0);
    expect(extra[12]).toBeGreaterThan(1.5 * listLength);
    // filled by recruits over the months that follow, not at once
    for (let k = 13; k < 24; k++) expect(extra[k]).toBeLessThan(extra[k - 1]!);
    expect(at(runDeterministic(plan(event('retirements'))), 'residentsWithoutGp', 2027)).toBeGreaterThan(
      at(baseRun, 'residentsWithoutGp', 2027) + 0.25 * listLength,
    );
  });

  it('a leaver’s list keeps its residents where lists stand empty: a population shock never lowers the count', () => {
    // A shock opens empty lists in Bergen; its GPs still leave lists with residents on them, every month. (Until
    // December 2026 the recruits' share of the empty lists came from the month's net change in GPs, so a GP who left
    // there left partly an empty list, and the shock lowered the count without a GP: 1 556 instead of 1 993 in 2027.)
    const bergen = municipalityIndex(base, '4601');
    const shock = plan({
      '4601': { levers: [{ lever: 'populationShock', value: 30, from: '2027', until: '2029' }] },
    });
    const before = withoutGpByMonth(base, bergen);
    const after = withoutGpByMonth(shock, bergen);
    // step 12 is January 2027, the shock's first month; to the end of the run
    for (let k = 0; k < 12; k++) expect(after[k]).toBe(before[k]);
    for (let k = 12; k < after.length; k++) expect(after[k], `month ${k}`).toBeGreaterThan(before[k]!);
  });

  it('with a short fill time (emptyListFillYears) a list opened gets residents, and some are without a GP', () => {
    const slow = runDeterministic(plan(event('newLists'), { emptyListFillYears: 10 }));
    const fast = runDeterministic(plan(event('newLists'), { emptyListFillYears: 0.25 }));
    expect(at(fast, 'residentsWithoutGp', 2027)).toBeGreaterThan(at(slow, 'residentsWithoutGp', 2027));
  });

  it('every month of stochastic runs: 0 ≤ empty lists ≤ the vacant lists (continuous), and never above the lists', () => {
    let worst = 0;
    eachStochasticMonth(plan(), (st, q) => {
      const e = st[q + EMPTY_LISTS]!;
      const room = Math.max(0, st[q + LISTS]! - st[q + N_GP]!);
      expect(e).toBeGreaterThanOrEqual(0);
      worst = Math.max(worst, e - room);
      expect(e).toBeLessThanOrEqual(st[q + LISTS]!);
      expect(st[q + VAC]!).toBeGreaterThanOrEqual(0);
    });
    expect(worst).toBeLessThanOrEqual(1e-9);
  });

  it('stochastic runs: residents without a GP are on a list without one (a whole vacant list), also beyond the hours', () => {
    // the weekly hours ceiling at its lowest (70 h), so that in small municipalities with a heavy legevakt the GPs
    // cannot hold all residents: before December 2026 those residents were without a GP with no list vacant
    let beyondHours = 0;
    let without = 0;
    eachStochasticMonth(plan(undefined, { maxWeeklyHours: 70 }), (st, q) => {
      if (st[q + POP]! - st[q + WITH_GP]! < 1e-6) return;
      without++;
      if (st[q + WITH_GP]! >= st[q + N_GP]! * st[q + HOURS_LIST_MAX]! - 1e-6) beyondHours++;
      expect(st[q + VAC]!).toBeGreaterThanOrEqual(1);
    });
    // (the case the rule is for occurs)
    expect(beyondHours).toBeGreaterThan(0);
    expect(without).toBeGreaterThan(beyondHours);
  });
});

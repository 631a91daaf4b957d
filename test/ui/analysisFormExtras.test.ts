/**
 * Two leftovers of issue #17 in the analysis panel: the cheapest package's budget (typed in NOK million, empty means
 * no limit, a bad value refused with a message saying what to type; the answer names the budget it was given), and
 * the year the analysed levers change from.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { OptimiseResult } from '../../src/engine/analysis/optimise.ts';
import { appliedState, budgetFromForm, optimiseSentence } from '../../src/ui/analysis/model.ts';
import { setLocale } from '../../src/ui/i18n.ts';
import { runAnalysis } from '../../src/ui/sim/analysisCompute.ts';
import type { RunRequest } from '../../src/ui/sim/protocol.ts';
import { EMPTY_SCENARIO } from '../../src/ui/state.ts';

afterEach(() => setLocale('nb'));

describe('budgetFromForm', () => {
  it('reads NOK million in Norwegian and English notation', () => {
    expect(budgetFromForm('')).toEqual({ ok: true });
    expect(budgetFromForm('   ')).toEqual({ ok: true });
    expect(budgetFromForm('50')).toEqual({ ok: true, budget: 50_000_000 });
    expect(budgetFromForm('12,5')).toEqual({ ok: true, budget: 12_500_000 });
    expect(budgetFromForm('1 250')).toEqual({ ok: true, budget: 1_250_000_000 });
    expect(budgetFromForm('12,5 mill. kr')).toEqual({ ok: true, budget: 12_500_000 });
    expect(budgetFromForm('0')).toEqual({ ok: true, budget: 0 });
  });

  it('refuses a negative or non-numeric budget with a message naming the unit', () => {
    for (const bad of ['-5', 'mye', '5 kroner ekstra']) {
      const r = budgetFromForm(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/millioner kroner/);
    }
  });
});

describe('optimiseSentence with a budget', () => {
  const cand = (cost: number, outcome: number) => ({ package: {}, cost, outcome, meets: true });
  const result = (status: OptimiseResult['status'], cost: number): OptimiseResult => ({
    status,
    best: cand(cost, 0.01),
    closest: cand(cost, 0.01),
    base: cand(0, 0.03),
    singles: [],
    frontier: [],
    evaluations: 10,
  });
  const ctx = {
    outcome: 'residentsWithoutGpShare' as const,
    target: { op: '<=' as const, value: 0.02 },
    year: 2030,
    region: 'Hele landet',
  };
  const period = { from: 2027, to: 2030 };

  it('says the budget when one was given, and nothing about it when not', () => {
    const found = optimiseSentence(result('found', 30e6), ctx, 'public', period, 50e6);
    expect(found).toMatch(/Budsjettet var 50 mill\. kr for perioden\./);
    expect(optimiseSentence(result('found', 30e6), ctx, 'public', period)).not.toMatch(/Budsjett/);
    const over = optimiseSentence(result('overBudget', 80e6), ctx, 'public', period, 50e6);
    expect(over).toMatch(/ikke innenfor budsjettet/);
    expect(over).toMatch(/Budsjettet var 50 mill\. kr/);
  });
});

describe('the year the analysed levers change from (issue #17 leftover)', () => {
  const req: RunRequest = { levers: {}, assumptions: {}, formulas: {}, region: 'national', endYear: 2040 };

  it('the levers change from the chosen year: LIS1 posts from 2030 cannot act by 2030 (18 months to a GP)', async () => {
    const spec = {
      kind: 'sensitivity' as const,
      outcome: 'nResidentsWithoutGp' as const,
      year: 2030,
      assumptions: false,
      runs: 20,
      seed: 1,
    };
    const early = await runAnalysis(req, spec);
    const late = await runAnalysis(req, { ...spec, from: 2030 });
    if (early.kind !== 'sensitivity' || late.kind !== 'sensitivity') throw new Error('kind');
    expect(late.result.base).toBe(early.result.base);
    const lis1 = (r: typeof early.result) => r.levers.find((e) => e.id === 'lis1Positions')!;
    expect(Math.abs(lis1(early.result).high!.delta)).toBeGreaterThan(1000);
    expect(lis1(late.result).high!.delta).toBe(0);
    expect(lis1(late.result).low!.delta).toBe(0);
    // not every effect shrinks with a later start: flexible hours first shorten lists, then recruit (a J-curve)
    const flex = (r: typeof early.result) => r.levers.find((e) => e.id === 'flexibleHours')!.high!.delta;
    expect(flex(late.result)).not.toBe(flex(early.result));
  });

  it('"Bruk verdien" sets the lever from the analysis year when one was chosen', () => {
    const a = appliedState(EMPTY_SCENARIO, 'capitationRate', 1000, null, 2029);
    expect(a.state.levers['capitationRate']).toMatchObject({ value: 1000, from: 2029 });
    const b = appliedState(EMPTY_SCENARIO, 'capitationRate', 1000, null);
    expect(b.state.levers['capitationRate']).toMatchObject({ value: 1000, from: 2027 });
  });
});

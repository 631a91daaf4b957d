// The analyses (#17) on the deterministic engine: goal seek's answer, run again, reaches the target and one grid step
// less does not; an unreachable target is said so with the best the lever does; sensitivity's signs agree with the
// direction-of-effect tests; the optimiser's package reaches the target and costs no more than any single-lever
// solution; ranges keep levers in their allowed part; the same seed gives the same answer; targets parse with
// messages that name the field.
import { describe, expect, it } from 'vitest';
import {
  correlationRatio,
  Evaluator,
  frontier,
  goalSeek,
  gridValue,
  meets,
  optimise,
  parseTarget,
  restrictedSpec,
  sensitivity,
  type Target,
} from '../../src/engine/analysis/index.ts';
import { BASELINE_SCENARIO, parseRegion, startStateFor } from '../../src/engine/index.ts';
import type { NumberLeverSpec } from '../../src/levers/types.ts';

const recs = startStateFor('projection').records;
function region(text: string) {
  const r = parseRegion(text, recs);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
const target = (text: string): Target => {
  const t = parseTarget(text);
  if (!t.ok) throw new Error(t.error);
  return t.target;
};
const nordland = new Evaluator({ scenario: BASELINE_SCENARIO, region: region('fylke:18'), year: 2030, endYear: 2030 });

describe('targets', () => {
  it('parse operators, decimal commas and percent signs', () => {
    expect(target('<=0.01')).toEqual({ op: '<=', value: 0.01 });
    expect(target('≥ 2000')).toEqual({ op: '>=', value: 2000 });
    expect(target('<1%')).toEqual({ op: '<=', value: 0.01 });
    expect(target('<= 0,05')).toEqual({ op: '<=', value: 0.05 });
    expect(meets(0.01, target('<=0.01'))).toBe(true);
    expect(meets(0.011, target('<=0.01'))).toBe(false);
  });
  it('name the field when they do not parse', () => {
    const bad = parseTarget('about 1 %', '--target');
    expect(bad).toEqual({ ok: false, error: expect.stringMatching(/^--target: expected an operator and a number/) });
  });
});

describe('goal seek', () => {
  it('finds the least capitation rate that brings Nordland to 2.5 % without a GP in 2030; one step less misses', () => {
    // (Nordland is at 2.9 % in 2030 without measures, deterministic)
    const t = target('<=0.025');
    const r = goalSeek(nordland, { lever: 'capitationRate', outcome: 'residentsWithoutGpShare', target: t });
    expect(r.status).toBe('reached');
    // run again from scratch: the answer meets the target, one grid step toward today does not
    const fresh = new Evaluator({ scenario: BASELINE_SCENARIO, region: region('fylke:18'), year: 2030, endYear: 2030 });
    const at = (v: number) => fresh.outcome(fresh.evaluate({ capitationRate: v }), 'residentsWithoutGpShare');
    expect(meets(at(r.answer.value as number), t)).toBe(true);
    expect(r.neighbour!.value).toBeCloseTo((r.answer.value as number) - 0.1, 6);
    expect(meets(at(r.neighbour!.value as number), t)).toBe(false);
    expect(r.today.value).toBe(841.8);
    expect(r.evaluations).toBeLessThan(30);
  });

  it('says plainly when no value in the range reaches the target, with the best the lever does', () => {
    const r = goalSeek(nordland, {
      lever: 'lis1Positions',
      outcome: 'residentsWithoutGpShare',
      target: target('<=0.01'),
    });
    expect(r.status).toBe('unreachable');
    expect(r.answer.value).toBe(1600);
    expect(r.answer.meets).toBe(false);
    expect(r.answer.outcome).toBeLessThan(r.today.outcome);
  });

  it('says when today already reaches it, and works for toggles', () => {
    expect(
      goalSeek(nordland, { lever: 'lis1Positions', outcome: 'residentsWithoutGpShare', target: target('<=0.5') })
        .status,
    ).toBe('alreadyMet');
    const base = nordland.outcome(nordland.evaluate({}), 'residentsWithoutGpShare');
    const r = goalSeek(nordland, {
      lever: 'simplerCompetenceRules',
      outcome: 'residentsWithoutGpShare',
      target: { op: '<=', value: base - 1e-4 },
    });
    expect(r.status).toBe('reached');
    expect(r.answer.value).toBe(1);
  });

  it('on a probability: the share of seeded runs that reach the target, at least the one asked for', () => {
    const bindal = new Evaluator({
      scenario: BASELINE_SCENARIO,
      region: region('kommune:1811'),
      year: 2028,
      endYear: 2028,
    });
    const r = goalSeek(bindal, {
      lever: 'capitationRate',
      outcome: 'meanListLength',
      target: target('<=560'),
      probability: 0.8,
      runs: 20,
      seed: 3,
    });
    if (r.status === 'reached') {
      expect(r.answer.probability!).toBeGreaterThanOrEqual(0.8);
      expect(r.neighbour!.probability!).toBeLessThan(0.8);
    } else expect(['alreadyMet', 'unreachable']).toContain(r.status);
    // the same seed gives the same answer
    const again = goalSeek(bindal, {
      lever: 'capitationRate',
      outcome: 'meanListLength',
      target: target('<=560'),
      probability: 0.8,
      runs: 20,
      seed: 3,
    });
    expect(again.answer).toEqual(r.answer);
  });

  it('keeps to a narrowed range', () => {
    const spec = restrictedSpec('lis1Positions', { min: 1150, max: 1600 }) as NumberLeverSpec;
    expect([spec.min, spec.max]).toEqual([1150, 1600]);
    expect(gridValue(spec, 1)).toBe(1160);
    expect(() => restrictedSpec('lis1Positions', { min: 100, max: 1600 })).toThrow(
      /levers\.lis1Positions: expected a range within 950-1600/,
    );
    expect(() => restrictedSpec('lis1AsLocum', { min: 0, max: 1 })).toThrow(/only a number lever/);
  });
});

describe('sensitivity', () => {
  it('ranks the levers by their swing, with signs the direction-of-effect tests give', () => {
    const r = sensitivity(nordland, { outcome: 'meanListLength' });
    const swings = r.levers.map((e) => e.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    const of = (id: string) => r.levers.find((e) => e.id === id)!;
    // leverEffects.test.ts: a higher capitation rate shortens lists; more LIS1 posts likewise (more GPs)
    expect(of('capitationRate').high!.delta).toBeLessThan(0);
    expect(of('capitationRate').low!.delta).toBeGreaterThan(0);
    expect(of('capitationRate').high!.extraCostNok!).toBeGreaterThan(0);
    const gps = sensitivity(nordland, { outcome: 'nGps', levers: ['lis1Positions', 'alisGrants'] });
    for (const e of gps.levers) expect(e.high!.delta).toBeGreaterThanOrEqual(0);
    expect(gps.levers).toHaveLength(2);
  });

  it('splits the uncertainty into events and assumptions (small run count: shares only above the noise)', () => {
    const bindal = new Evaluator({
      scenario: BASELINE_SCENARIO,
      region: region('kommune:1811'),
      year: 2028,
      endYear: 2028,
    });
    const r = sensitivity(bindal, {
      outcome: 'nResidentsWithoutGp',
      assumptions: true,
      runs: 40,
      seed: 1,
      levers: ['lis1Positions'],
    });
    const v = r.variance!;
    expect(v.eventsShare + v.assumptionsShare).toBeCloseTo(1, 9);
    expect(v.eventsShare).toBeGreaterThan(0.3); // a small municipality: mostly event noise
    expect(r.assumptions!.length).toBeGreaterThan(50);
    for (const f of v.firstOrder) expect(f.share).toBeGreaterThan(0);
  });

  it('the correlation ratio is 1 for a function of x and near 0 for noise', () => {
    const x = Float64Array.from({ length: 200 }, (_, i) => i);
    expect(
      correlationRatio(
        x,
        Float64Array.from(x, (v) => Math.floor(v / 20)),
      ),
    ).toBeCloseTo(1, 9);
    const y = Float64Array.from({ length: 200 }, (_, i) => ((i * 7919) % 200) / 200);
    expect(correlationRatio(x, y)).toBeLessThan(0.15);
  });
});

describe('the cheapest package', () => {
  // a short horizon and a cap on runs keep the test quick; the search is the same
  const short = () =>
    new Evaluator({ scenario: BASELINE_SCENARIO, region: region('fylke:18'), year: 2028, endYear: 2028 });
  const ev = short();
  const levers = ['lis1Positions', 'capitationRate', 'simplerCompetenceRules'];
  const ranges = { lis1Positions: { min: 1150, max: 1600 }, capitationRate: { min: 841.8, max: 1700 } };
  const t: Target = { op: '<=', value: ev.outcome(ev.evaluate({}), 'residentsWithoutGpShare') - 0.008 };
  const opts = {
    outcome: 'residentsWithoutGpShare' as const,
    target: t,
    levers,
    ranges,
    cost: 'public' as const,
    maxEvaluations: 400,
  };
  const r = optimise(ev, opts);

  it('reaches the target, within the ranges, and costs no more than any single lever that reaches it alone', () => {
    expect(r.status).toBe('found');
    const best = r.best!;
    expect(meets(ev.outcome(ev.evaluate(best.package), 'residentsWithoutGpShare'), t)).toBe(true);
    expect(best.package['lis1Positions']).toBeGreaterThanOrEqual(1150);
    expect(best.package['capitationRate']).toBeGreaterThanOrEqual(841.8);
    const singles = r.singles.filter((s) => s.cost !== null);
    expect(singles.length).toBeGreaterThan(0);
    for (const s of singles) expect(best.cost).toBeLessThanOrEqual(s.cost! + 1e-6);
    expect(r.evaluations).toBeLessThanOrEqual(400 + 20);
  });

  it('keeps a frontier: cost rising, outcome improving', () => {
    expect(r.frontier.length).toBeGreaterThan(1);
    for (let i = 1; i < r.frontier.length; i++) {
      expect(r.frontier[i]!.cost).toBeGreaterThanOrEqual(r.frontier[i - 1]!.cost);
      expect(r.frontier[i]!.outcome).toBeLessThan(r.frontier[i - 1]!.outcome);
    }
    expect(frontier([], t)).toEqual([]);
  });

  it('the same seed gives the same package; an impossible target is said so', () => {
    expect(optimise(short(), opts).best).toEqual(r.best);
    const none = optimise(ev, { ...opts, target: target('<=0.0001'), levers: ['lis1Positions'] });
    expect(none.status).toBe('unreachable');
    expect(none.best).toBeNull();
  });

  it('with a budget below the cheapest package: over budget, and says what it would cost', () => {
    const tight = optimise(ev, { ...opts, budget: 1, maxEvaluations: 150 });
    expect(tight.status).toBe('overBudget');
    expect(tight.best!.cost).toBeGreaterThan(1);
  });
});

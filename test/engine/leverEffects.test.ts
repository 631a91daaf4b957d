// Direction of every number and toggle lever: moved from its low to its high setting from 2027 (deterministic,
// projection to 2035), its primary outcome in 2035 moves the way LEVERS.md's pathway says, nationally and in a
// small rural municipality (Bindal, kommune 1811: centrality class 6, ~1 400 residents, legevakt district
// under 20 000), read from the national run with regionResults.
import { describe, expect, it } from 'vitest';
import type { Plan, ResultId, RunOutput } from '../../src/engine/index.ts';
import type { LeverValue } from '../../src/levers/index.ts';
import {
  allMembers,
  cachedPlan,
  cachedRun,
  municipalityIndex,
  regionMembers,
  resultAt,
  scenarioWith,
  type LeverSettingInput,
} from '../helpers/engine.ts';

const FROM = '2027';
const END = 2035;
const RURAL = 'kommune:1811';

type Direction = 'up' | 'down';

interface Metric {
  readonly name: string;
  readonly value: (run: RunOutput, plan: Plan, members: Int32Array) => number;
}

const result = (id: ResultId): Metric => ({
  name: id,
  value: (run, plan, members) => resultAt(run, plan, id, members, END),
});
const leaversPerGp: Metric = {
  name: 'newGpLeavers / nGps',
  value: (run, plan, members) =>
    resultAt(run, plan, 'newGpLeavers', members, END) / resultAt(run, plan, 'nGps', members, END),
};

interface Case {
  readonly lever: string;
  readonly low: LeverValue;
  readonly high: LeverValue;
  readonly metric: Metric;
  readonly direction: Direction;
  /** Other lever settings applied in both runs. */
  readonly context?: Readonly<Record<string, LeverValue>>;
  /** Why the outcome moves this way (shown in the test name). */
  readonly why: string;
}

const CASES: readonly Case[] = [
  {
    lever: 'capitationRate',
    low: 400,
    high: 1700,
    metric: result('meanListLength'),
    direction: 'down',
    why: 'more income per patient lets GPs shorten lists',
  },
  {
    lever: 'capitationRate',
    low: 400,
    high: 1700,
    metric: result('capitationCostNok'),
    direction: 'up',
    why: 'the municipality pays the rate per list resident',
  },
  {
    // capitationPerPatient: for a list above the break point, (bp·rate + (list − bp)·rate·overRatio) / list,
    // which rises with bp (overRatio < 1). Higher income per patient → lower desired list length.
    lever: 'breakpointPatients',
    low: 500,
    high: 1500,
    context: { capitationModel: 'breakpoint' },
    metric: result('meanListLength'),
    direction: 'down',
    why: 'a higher break point pays the high rate for more patients, so income per patient rises and lists shorten',
  },
  {
    lever: 'breakpointPatients',
    low: 500,
    high: 1500,
    context: { capitationModel: 'breakpoint' },
    metric: result('nGps'),
    direction: 'up',
    why: 'shorter lists and higher income draw more GPs',
  },
  {
    lever: 'capitationShareTarget',
    low: 0.2,
    high: 0.6,
    metric: result('capitationCostNok'),
    direction: 'up',
    why: 'a higher target share implies a higher rate',
  },
  {
    lever: 'feeForServiceChange',
    low: -0.2,
    high: 0.2,
    metric: result('nGps'),
    direction: 'up',
    why: 'higher fees raise income and attractiveness',
  },
  {
    lever: 'recruitmentGrant',
    low: 0,
    high: 500000,
    metric: result('nGps'),
    direction: 'up',
    why: 'a grant per new GP raises attractiveness',
  },
  {
    lever: 'alisGrants',
    low: 0,
    high: 3000,
    metric: result('nGps'),
    direction: 'up',
    why: 'ALIS grants enlarge the pool and retain trainees',
  },
  {
    lever: 'lis1Positions',
    low: 950,
    high: 1600,
    metric: result('nGps'),
    direction: 'up',
    why: 'more LIS1 posts give more candidates 18 months later',
  },
  {
    lever: 'lis1AsLocum',
    low: 0,
    high: 1,
    metric: result('nResidentsWithoutGpNoLocum'),
    direction: 'down',
    why: 'a bigger locum pool covers more vacant lists',
  },
  {
    lever: 'simplerCompetenceRules',
    low: 0,
    high: 1,
    metric: result('nGps'),
    direction: 'up',
    why: 'more eligible doctors, placed in centrality classes 4-6',
  },
  {
    lever: 'salariedShare',
    low: 0,
    high: 1,
    metric: result('nGpsSalaried'),
    direction: 'up',
    why: 'more new contracts are salaried',
  },
  {
    lever: 'regulatedPracticeTransfer',
    low: 0,
    high: 1,
    metric: result('nGps'),
    direction: 'up',
    why: 'a lower entry cost raises attractiveness',
  },
  {
    lever: 'collectiveLists',
    low: 0,
    high: 1,
    metric: result('nResidentsWithoutGp'),
    direction: 'down',
    why: 'groups absorb vacant lists',
  },
  {
    lever: 'flexibleHours',
    low: 0,
    high: 0.5,
    metric: result('newGpLeavers'),
    direction: 'down',
    why: 'GPs who may shorten their lists leave less',
  },
  {
    lever: 'flexibleHours',
    low: 0,
    high: 0.5,
    metric: leaversPerGp,
    direction: 'down',
    why: 'attrition per GP falls',
  },
  {
    lever: 'taskSharing',
    low: 0,
    high: 1.5,
    metric: result('weeklyHoursPerGp'),
    direction: 'down',
    why: 'other staff take part of the clinical work',
  },
  {
    lever: 'noShortSickNotes',
    low: 0,
    high: 1,
    metric: result('weeklyHoursPerGp'),
    direction: 'down',
    why: 'no short-term sick notes',
  },
  {
    lever: 'schoolAbsenceOut',
    low: 0,
    high: 1,
    metric: result('weeklyHoursPerGp'),
    direction: 'down',
    why: 'no school-absence consultations for ages 16-19',
  },
  {
    lever: 'adminReduction',
    low: 0,
    high: 0.5,
    metric: result('weeklyHoursPerGp'),
    direction: 'down',
    why: 'less admin time',
  },
  {
    lever: 'onCallCapHours',
    low: null,
    high: 10,
    metric: result('onCallHoursPerGpPerMonth'),
    direction: 'down',
    why: 'a 10 h cap binds everywhere (no cap → 10 h)',
  },
  {
    lever: 'onCallOtherDoctors',
    low: 0,
    high: 1,
    metric: result('onCallHoursPerGpPerMonth'),
    direction: 'down',
    why: 'other doctors take the hours',
  },
  {
    lever: 'onCallGrant',
    low: 0,
    high: 500,
    metric: result('onCallHoursPerGpPerMonth'),
    direction: 'down',
    why: 'the grant buys hours in municipalities under 5 000 residents (Bindal is one)',
  },
  {
    lever: 'onCallNewForms',
    low: 0,
    high: 0.5,
    metric: result('onCallHoursPerGpPerMonth'),
    direction: 'down',
    why: 'fewer duty hours in districts under 20 000 (Bindal’s is one)',
  },
  {
    lever: 'onCallExemptionAge',
    low: 55,
    high: 67,
    metric: result('onCallHoursPerGpPerMonth'),
    direction: 'down',
    why: 'a higher exemption age exempts fewer GPs, so the load per GP is lower',
  },
  {
    lever: 'onCallExemptionAge',
    low: 55,
    high: 67,
    metric: result('onCallHoursPerParticipantPerMonth'),
    direction: 'down',
    why: 'more GPs share the rota, so each one on it carries less',
  },
  {
    // LEVERS.md: "more exempt GPs → heavier load on the rest"; the load on the rota drives attrition
    lever: 'onCallExemptionAge',
    low: 55,
    high: 67,
    metric: result('newGpLeavers'),
    direction: 'down',
    why: 'a lighter rota means fewer GPs leave',
  },
];

function planFor(c: Case, value: LeverValue): Plan {
  const levers: Record<string, LeverSettingInput> = {};
  for (const [id, v] of Object.entries(c.context ?? {})) levers[id] = { value: v, from: FROM };
  levers[c.lever] = { value, from: FROM };
  return cachedPlan({ endYear: END, scenario: scenarioWith(levers, `${c.lever}-${String(value)}`) });
}

function effect(c: Case, region: 'national' | typeof RURAL): { low: number; high: number } {
  const lo = planFor(c, c.low);
  const hi = planFor(c, c.high);
  const members = region === 'national' ? allMembers(lo) : regionMembers(lo, region);
  return { low: c.metric.value(cachedRun(lo), lo, members), high: c.metric.value(cachedRun(hi), hi, members) };
}

function expectDirection(c: Case, e: { low: number; high: number }, where: string): void {
  const msg = `${c.lever} ${String(c.low)} → ${String(c.high)}: ${c.metric.name} ${where} ${e.low} → ${e.high}`;
  expect(Number.isFinite(e.low) && Number.isFinite(e.high), msg).toBe(true);
  if (c.direction === 'up') expect(e.high, msg).toBeGreaterThan(e.low);
  else expect(e.high, msg).toBeLessThan(e.low);
}

describe('lever directions (2027 → 2035, deterministic)', () => {
  it('the rural reference municipality is Bindal, class 6, under 5 000 residents', () => {
    const plan = cachedPlan({ endYear: END });
    const rec = plan.start.records[municipalityIndex(plan, '1811')]!;
    expect(rec.name).toBe('Bindal');
    expect(rec.centralityClass).toBe(6);
    expect(rec.pop.values[2026 - rec.pop.firstYear]).toBeLessThan(5000);
  });

  for (const c of CASES) {
    const arrow = c.direction === 'up' ? '↑' : '↓';
    describe(`${c.lever} ${String(c.low)} → ${String(c.high)}: ${c.metric.name} ${arrow} (${c.why})`, () => {
      it('nationally', () => expectDirection(c, effect(c, 'national'), 'nationally'));
      it('in Bindal (kommune 1811, rural)', () => expectDirection(c, effect(c, RURAL), 'in Bindal'));
    });
  }
});

// Stock-flow bookkeeping of the model: GPs change only by entrants and leavers, residents are either on a
// GP's list or not, and no raw field is ever NaN, infinite or negative, for the baseline and for every lever
// at its extremes; sub-stocks stay within their stocks and shares within [0, 1].
import { describe, expect, it } from 'vitest';
import {
  RAW,
  RAW_FIELDS,
  makeStream,
  runModel,
  createWorkspace,
  type Plan,
  type RunOutput,
} from '../../src/engine/index.ts';
import { fieldOf } from '../../src/engine/workspace.ts';
import { LIST_LEN, N_GP, POP, SAL, SPEC, TRAINEES, WITH_GP } from '../../src/engine/stateFields.ts';
import { LEVERS, type LeverSpec, type LeverValue } from '../../src/levers/index.ts';
import { cachedPlan, cachedRun, municipalityIndex, restrictedPlan, scenarioWith } from '../helpers/engine.ts';

const REL = 1e-6;

function stochasticRun(plan: Plan, seed: number): RunOutput {
  return runModel({
    start: plan.start,
    calendar: plan.calendar,
    timeline: plan.timeline,
    anchorLevers: plan.anchorLevers,
    assumptions: plan.assumptions,
    responses: plan.responses,
    events: makeStream(seed, 0, 'events'),
  });
}

/** Every violation of: entrants − leavers = nGps(y) − nGps(y−1), per municipality and year. */
function flowBalanceViolations(plan: Plan, run: RunOutput): string[] {
  const { nM } = run;
  const out: string[] = [];
  const nGps = run.raw[RAW.nGps]!;
  const entrants = run.raw[RAW.entrants]!;
  const leavers = run.raw[RAW.leavers]!;
  for (let y = 0; y < run.calendar.nYears; y++) {
    for (let m = 0; m < nM; m++) {
      const prev = y === 0 ? plan.start.nGps[m]! : nGps[(y - 1) * nM + m]!;
      const now = nGps[y * nM + m]!;
      const net = entrants[y * nM + m]! - leavers[y * nM + m]!;
      if (Math.abs(now - prev - net) > REL * Math.max(1, now, prev))
        out.push(`${plan.start.records[m]!.code} ${2026 + y}: Δ=${now - prev}, flows=${net}`);
    }
  }
  return out;
}

/** Every raw value that is NaN, infinite or negative. */
function badValues(run: RunOutput): string[] {
  const out: string[] = [];
  run.raw.forEach((arr, f) => {
    for (let i = 0; i < arr.length; i++) {
      const v = arr[i]!;
      if (!Number.isFinite(v) || v < 0) {
        out.push(`${RAW_FIELDS[f]}[year ${Math.floor(i / run.nM)}, m ${i % run.nM}] = ${v}`);
        if (out.length > 20) return;
      }
    }
  });
  return out;
}

/** Sub-stocks within their stocks: without ≤ population, in training / salaried / on the rota ≤ GPs. */
function boundViolations(run: RunOutput): string[] {
  const out: string[] = [];
  const f = (name: keyof typeof RAW) => run.raw[RAW[name]]!;
  const [pop, without, noLocum, gps, training, salaried, during, listIncome] = [
    f('population'),
    f('residentsWithoutGp'),
    f('residentsWithoutGpNoLocum'),
    f('nGps'),
    f('nGpsInTraining'),
    f('nGpsSalaried'),
    f('gpsDuringMonth'),
    f('gpIncomeTimesGps'),
  ];
  const onRota = f('onCallParticipants');
  const tol = (x: number) => REL * Math.max(1, x);
  for (let i = 0; i < pop.length; i++) {
    const where = `year ${Math.floor(i / run.nM)}, m ${i % run.nM}`;
    if (without[i]! > pop[i]! + tol(pop[i]!)) out.push(`${where}: without ${without[i]} > population ${pop[i]}`);
    if (noLocum[i]! > without[i]! + tol(without[i]!)) out.push(`${where}: no-locum ${noLocum[i]} > without`);
    if (training[i]! > gps[i]! + tol(gps[i]!)) out.push(`${where}: in training ${training[i]} > GPs ${gps[i]}`);
    if (salaried[i]! > gps[i]! + tol(gps[i]!)) out.push(`${where}: salaried ${salaried[i]} > GPs ${gps[i]}`);
    if (during[i]! === 0 && listIncome[i]! !== 0) out.push(`${where}: income without GPs`);
    if (onRota[i]! > during[i]! * (1 + REL)) out.push(`${where}: on the rota ${onRota[i]} > GPs ${during[i]}`);
    if (out.length > 20) break;
  }
  return out;
}

describe.each([
  ['national, deterministic', () => cachedRun(cachedPlan({ endYear: 2040 })), () => cachedPlan({ endYear: 2040 })],
  [
    'national, stochastic (Poisson events)',
    () => stochasticRun(cachedPlan({ endYear: 2040 }), 3),
    () => cachedPlan({ endYear: 2040 }),
  ],
])('%s', (_name, makeRun, makePlan) => {
  const plan = makePlan();
  const run = makeRun();

  it('entrants − leavers = change in GPs, per municipality and year (first year from the start state)', () => {
    expect(flowBalanceViolations(plan, run)).toEqual([]);
  });

  it('no raw value is NaN, infinite or negative', () => {
    expect(badValues(run)).toEqual([]);
  });

  it('GPs in training and salaried GPs never exceed GPs; residents without a GP never exceed the population', () => {
    expect(boundViolations(run)).toEqual([]);
  });
});

describe.each([
  ['1811', 'Bindal (class 6, rural)'],
  ['0301', 'Oslo'],
])('kommune %s (%s) alone via restrictStart', (code) => {
  const national = cachedPlan({ endYear: 2035 });
  const plan = restrictedPlan(national, [municipalityIndex(national, code)]);

  it('has one municipality and a market share below 1', () => {
    expect(plan.start.nM).toBe(1);
    expect(plan.start.records[0]!.code).toBe(code);
    expect(plan.start.marketShare).toBeGreaterThan(0);
    expect(plan.start.marketShare).toBeLessThan(1);
  });

  it.each([
    ['deterministic', () => runModel({ ...plan })],
    ['stochastic', () => stochasticRun(plan, 5)],
  ])('%s: flows balance, values are finite and non-negative, bounds hold', (_kind, make) => {
    const run = make();
    expect(run.nM).toBe(1);
    expect(flowBalanceViolations(plan, run)).toEqual([]);
    expect(badValues(run)).toEqual([]);
    expect(boundViolations(run)).toEqual([]);
  });
});

describe('residents with and without a GP add up to the population (every month, every municipality)', () => {
  it('list length × GPs + residents without a GP = population, and shares stay in [0, 1]', () => {
    const plan = cachedPlan({ endYear: 2030 });
    const problems: string[] = [];
    const ws = createWorkspace(plan.start);
    runModel(
      {
        start: plan.start,
        calendar: plan.calendar,
        timeline: plan.timeline,
        anchorLevers: plan.anchorLevers,
        assumptions: plan.assumptions,
        responses: plan.responses,
        events: makeStream(9, 0, 'events'),
        onStep: (k, w) => {
          for (let m = 0; m < w.nM && problems.length < 20; m++) {
            const pop = fieldOf(w, POP, m);
            const withGp = fieldOf(w, WITH_GP, m);
            const without = pop - withGp;
            const n = fieldOf(w, N_GP, m);
            if (n > 0 && Math.abs(fieldOf(w, LIST_LEN, m) * n + without - pop) > REL * pop)
              problems.push(`step ${k} m ${m}: ${fieldOf(w, LIST_LEN, m)} × ${n} + ${without} ≠ ${pop}`);
            if (withGp < -REL * pop || withGp > pop * (1 + REL))
              problems.push(`step ${k} m ${m}: with a GP ${withGp} outside [0, ${pop}]`);
            // onStep runs after the month's flows: the stocks are post-flow, nGp is the count the lists used
            const nAfter = fieldOf(w, SPEC, m) + fieldOf(w, TRAINEES, m);
            const salShare = nAfter > 0 ? fieldOf(w, SAL, m) / nAfter : 0;
            const trainShare = nAfter > 0 ? fieldOf(w, TRAINEES, m) / nAfter : 0;
            if (salShare < 0 || salShare > 1 + REL) problems.push(`step ${k} m ${m}: salaried share ${salShare}`);
            if (trainShare < 0 || trainShare > 1 + REL) problems.push(`step ${k} m ${m}: training share ${trainShare}`);
          }
        },
      },
      ws,
    );
    expect(problems).toEqual([]);
  });

  it('per region and year: meanListLength × gpsDuringMonth + without = population (raw fields)', () => {
    const plan = cachedPlan({ endYear: 2040 });
    const run = cachedRun(plan);
    const pop = run.raw[RAW.population]!;
    const without = run.raw[RAW.residentsWithoutGp]!;
    const during = run.raw[RAW.gpsDuringMonth]!;
    for (let y = 0; y < run.calendar.nYears; y++) {
      let P = 0;
      let W = 0;
      let G = 0;
      for (let m = 0; m < run.nM; m++) {
        P += pop[y * run.nM + m]!;
        W += without[y * run.nM + m]!;
        G += during[y * run.nM + m]!;
      }
      const meanList = (P - W) / G;
      expect(Math.abs(meanList * G + W - P), `year ${2026 + y}`).toBeLessThanOrEqual(REL * P);
      expect(W / P, `share without a GP ${2026 + y}`).toBeGreaterThanOrEqual(0);
      expect(W / P, `share without a GP ${2026 + y}`).toBeLessThanOrEqual(1);
    }
  });
});

/** Extreme settings of every lever: min and max for numbers, 0/1 for toggles, every choice, "none" where allowed. */
function extremeSettings(): { label: string; lever: string; value: LeverValue }[] {
  const out: { label: string; lever: string; value: LeverValue }[] = [];
  for (const l of LEVERS as readonly LeverSpec[]) {
    if (l.kind === 'number') {
      out.push({ label: `${l.id} = ${l.min} (min)`, lever: l.id, value: l.min });
      out.push({ label: `${l.id} = ${l.max} (max)`, lever: l.id, value: l.max });
      if (l.allowNone && l.default !== null) out.push({ label: `${l.id} = none`, lever: l.id, value: null });
    } else if (l.kind === 'toggle') {
      out.push({ label: `${l.id} = ${1 - l.default} (non-default)`, lever: l.id, value: 1 - l.default });
    } else {
      for (const c of l.choices)
        if (c.value !== l.default) out.push({ label: `${l.id} = ${c.value}`, lever: l.id, value: c.value });
    }
  }
  return out;
}

describe('every lever at its extremes (national, deterministic, projection to 2040)', () => {
  it.each(extremeSettings())('$label: finite, non-negative raw values; flows balance; bounds hold', (c) => {
    const plan = cachedPlan({ endYear: 2040, scenario: scenarioWith({ [c.lever]: c.value }) });
    const run = runModel({ ...plan });
    expect(badValues(run)).toEqual([]);
    expect(flowBalanceViolations(plan, run)).toEqual([]);
    expect(boundViolations(run)).toEqual([]);
  });
});

// A municipality's own levers (issue #14): the registry says which levers are local, with a source; a local lever set
// for one municipality reaches that municipality (the others move only through the national competition for
// candidates and their shared legevakt district); set for every municipality it is the national lever, bit for bit;
// set to the national value it changes nothing. Time-limited changes (`until`) give way to what was in force, steps
// apply in their years, and bad schedules are refused naming the field. A property test runs random local schedules:
// no NaN, stocks ≥ 0, and GPs change only by entrants and leavers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LOCAL_LEVER_FIELDS,
  RAW,
  makeCalendar,
  preparePlan,
  resolveTimeline,
  runDeterministic,
  type LocalChanges,
  type Plan,
  type RunOutput,
} from '../../src/engine/index.ts';
import { LEVERS, getLever } from '../../src/levers/registry.ts';
import { defaultLeverValues } from '../../src/levers/values.ts';
import { leverValueArb } from '../helpers/scenarioArbitraries.ts';
import { municipalityIndex, scenarioWith } from '../helpers/engine.ts';

const END = 2034;
const plan = (opts: { levers?: Record<string, unknown>; local?: LocalChanges } = {}): Plan =>
  preparePlan({
    endYear: END,
    ...(opts.levers ? { scenario: scenarioWith(opts.levers as never) } : {}),
    ...(opts.local
      ? { municipalities: Object.fromEntries(Object.entries(opts.local).map(([c, levers]) => [c, { levers }])) }
      : {}),
  });
const run = (p: Plan): RunOutput => runDeterministic(p);
const series = (r: RunOutput, field: keyof typeof RAW, m: number) =>
  Array.from({ length: r.calendar.nYears }, (_, y) => r.raw[RAW[field]]![y * r.nM + m]!);
const identical = (a: RunOutput, b: RunOutput) =>
  a.raw.every((arr, f) => arr.every((v, i) => Object.is(v, b.raw[f]![i])));

const base = plan();
const BINDAL = municipalityIndex(base, '1811');
const VAGAN = municipalityIndex(base, '1865');
const codes = base.start.records.map((r) => r.code);

describe('lever scope in the registry', () => {
  it('every lever says whether it is national or local, and why', () => {
    for (const l of LEVERS) {
      expect(['national', 'local'], l.id).toContain(l.scope);
      expect(l.scopeSource.note.length, l.id).toBeGreaterThan(10);
    }
  });

  it('the local levers are the ones the engine reads per municipality', () => {
    expect(
      LEVERS.filter((l) => l.scope === 'local')
        .map((l) => l.id)
        .sort(),
    ).toEqual(Object.keys(LOCAL_LEVER_FIELDS).sort());
    // the classification: capitation, fees, LIS1, competence and sick-note rules and national grants are national
    for (const id of [
      'capitationRate',
      'feeForServiceChange',
      'lis1Positions',
      'simplerCompetenceRules',
      'noShortSickNotes',
      'onCallGrant',
    ])
      expect(getLever(id)!.scope, id).toBe('national');
  });
});

describe('local levers in the engine', () => {
  const baseRun = run(base);

  it('set to the national value for one municipality, nothing changes, bit for bit', () => {
    const national = defaultLeverValues();
    const r = run(
      plan({ local: { '1811': [{ lever: 'salariedShare', from: '2027', value: national.salariedShare! }] } }),
    );
    expect(identical(r, baseRun)).toBe(true);
  });

  it('set for every municipality, a local lever is the national lever, bit for bit', () => {
    const local = Object.fromEntries(codes.map((c) => [c, [{ lever: 'salariedShare', from: '2027', value: 0.6 }]]));
    expect(
      identical(run(plan({ local })), run(plan({ levers: { salariedShare: { value: 0.6, from: '2027' } } }))),
    ).toBe(true);
  });

  it('fastlønn for Bindal only: Bindal gets salaried GPs; Vågan moves only through the national competition', () => {
    const r = run(plan({ local: { '1811': [{ lever: 'salariedShare', from: '2027', value: 0.6 }] } }));
    const salBindal = series(r, 'nGpsSalaried', BINDAL);
    const salBindal0 = series(baseRun, 'nGpsSalaried', BINDAL);
    expect(salBindal.at(-1)!).toBeGreaterThan(salBindal0.at(-1)! + 0.25);
    // the year before the lever starts is untouched everywhere
    for (const f of ['nGps', 'residentsWithoutGp'] as const)
      for (let m = 0; m < r.nM; m++) expect(series(r, f, m)[0]).toBe(series(baseRun, f, m)[0]);
    // Vågan (another county) changes by less than 0.1 % (one more attractive vacancy in 357 municipalities)
    const gps = series(r, 'nGps', VAGAN);
    const gps0 = series(baseRun, 'nGps', VAGAN);
    gps.forEach((g, y) => expect(Math.abs(g / gps0[y]! - 1)).toBeLessThan(1e-3));
  });

  it('a legevakt cap for one municipality applies to its GPs only; its district shares the rest', () => {
    const r = run(plan({ local: { '1811': [{ lever: 'onCallCapHours', from: '2027', value: 20 }] } }));
    const hours = series(r, 'onCallGpHoursPerMonth', BINDAL);
    const hours0 = series(baseRun, 'onCallGpHoursPerMonth', BINDAL);
    expect(hours.at(-1)!).toBeLessThan(hours0.at(-1)!);
    expect(
      series(r, 'onCallUncoveredHoursPerMonth', BINDAL).at(-1)! + series(r, 'onCallOtherHoursPerMonth', BINDAL).at(-1)!,
    ).toBeGreaterThan(
      series(baseRun, 'onCallUncoveredHoursPerMonth', BINDAL).at(-1)! +
        series(baseRun, 'onCallOtherHoursPerMonth', BINDAL).at(-1)!,
    );
  });
});

describe('schedules: time-limited and stepped levers', () => {
  const cal = makeCalendar(2025, END);
  const k = (year: number, month = 1) => (year - 2026) * 12 + month - 1;
  const values = defaultLeverValues();
  const idx = LEVERS.findIndex((l) => l.id === 'recruitmentGrant');

  it('an end year restores today’s value from the next January', () => {
    const t = resolveTimeline(cal, values, [{ lever: 'recruitmentGrant', from: '2027', until: '2029', value: 300000 }]);
    const g = t[idx]!;
    expect(g[k(2026, 12)]).toBe(0);
    expect(g[k(2027)]).toBe(300000);
    expect(g[k(2029, 12)]).toBe(300000);
    expect(g[k(2030)]).toBe(0);
  });

  it('an end month holds through that month; an end restores an earlier change, not only today’s value', () => {
    const t = resolveTimeline(cal, values, [
      { lever: 'recruitmentGrant', from: '2026', value: 100000 },
      { lever: 'recruitmentGrant', from: '2028-03', until: '2028-06', value: 400000 },
    ]);
    const g = t[idx]!;
    expect(g[k(2028, 2)]).toBe(100000);
    expect(g[k(2028, 6)]).toBe(400000);
    expect(g[k(2028, 7)]).toBe(100000);
  });

  it('steps apply in their years', () => {
    const t = resolveTimeline(cal, values, [
      { lever: 'recruitmentGrant', from: '2027', value: 100000 },
      { lever: 'recruitmentGrant', from: '2029', value: 200000 },
      { lever: 'recruitmentGrant', from: '2031', value: 300000 },
    ]);
    const g = t[idx]!;
    expect([k(2026), k(2027), k(2028), k(2029), k(2031), k(2034, 12)].map((i) => g[i])).toEqual([
      0, 100000, 100000, 200000, 300000, 300000,
    ]);
  });

  it('a time-limited change leaves the years before it and after its effects untouched in the run', () => {
    const r = run(plan({ levers: {} }));
    const limited = plan({ local: { '1811': [{ lever: 'taskSharing', from: '2030', until: '2031', value: 0.5 }] } });
    const rl = run(limited);
    for (let m = 0; m < r.nM; m++)
      for (let y = 0; y < 4; y++) expect(series(rl, 'nGps', m)[y]).toBe(series(r, 'nGps', m)[y]);
  });

  it('refuses bad schedules, naming the field', () => {
    expect(() =>
      resolveTimeline(cal, values, [{ lever: 'recruitmentGrant', from: '2030', until: '2028', value: 1 }]),
    ).toThrow(/"recruitmentGrant" ends \(2028\) before it starts \(2030\)/);
    expect(() => plan({ local: { '9999': [{ lever: 'salariedShare', from: '2027', value: 0.5 }] } })).toThrow(
      /municipalities\.9999: unknown municipality number/,
    );
    expect(() => plan({ local: { '1811': [{ lever: 'capitationRate', from: '2027', value: 700 }] } })).toThrow(
      /municipalities\.1811\.levers\.capitationRate: a national lever/,
    );
    expect(() => plan({ local: { '1811': [{ lever: 'nope', from: '2027', value: 1 }] } })).toThrow(
      /municipalities\.1811\.levers\.nope: unknown lever/,
    );
  });
});

describe('random local schedules (property)', () => {
  const localIds = Object.keys(LOCAL_LEVER_FIELDS);
  const changeArb = fc.constantFrom(...localIds).chain((id) =>
    fc.record({
      lever: fc.constant(id),
      from: fc.integer({ min: 2026, max: 2033 }).map(String),
      value: leverValueArb(getLever(id)!, { anyInRange: true }),
      span: fc.option(fc.integer({ min: 0, max: 4 })),
    }),
  );
  it('no NaN, stocks ≥ 0, and GPs change only by entrants and leavers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...codes), fc.array(changeArb, { minLength: 1, maxLength: 3 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (entries) => {
          const local: Record<string, { lever: string; from: string; value: never; until?: string }[]> = {};
          for (const [code, changes] of entries)
            local[code] = changes.map((c) => ({
              lever: c.lever,
              from: c.from,
              value: c.value as never,
              ...(c.span === null ? {} : { until: String(Number(c.from) + c.span) }),
            }));
          const p = plan({ local });
          const r = run(p);
          for (const arr of r.raw) for (const v of arr) expect(Number.isFinite(v) && v >= 0).toBe(true);
          const gps = r.raw[RAW.nGps]!;
          for (let y = 1; y < r.calendar.nYears; y++)
            for (let m = 0; m < r.nM; m++) {
              const i = y * r.nM + m;
              const net = r.raw[RAW.entrants]![i]! - r.raw[RAW.leavers]![i]!;
              expect(Math.abs(gps[i]! - gps[i - r.nM]! - net)).toBeLessThan(1e-6 * Math.max(1, gps[i]!));
            }
        },
      ),
      { numRuns: 15, seed: 14 },
    );
  }, 120_000);
});

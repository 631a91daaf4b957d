// A municipality's own start figures and dated events (issue #14): overrides change that municipality's start and
// nothing else (the same figures as the data change nothing, bit for bit); a bad figure is refused naming the field;
// retirements leave as leavers in their year, new lists open, a district merger moves legevakt from its year; random
// figures and events keep every stock finite and non-negative and GPs changing only by entrants and leavers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RAW,
  applyStartOverrides,
  checkLocalEvents,
  checkMunicipalStart,
  preparePlan,
  runDeterministic,
  type MunicipalPlans,
  type RunOutput,
} from '../../src/engine/index.ts';
import { municipalityIndex } from '../helpers/engine.ts';

const END = 2032;
const plan = (municipalities?: MunicipalPlans) =>
  preparePlan({ endYear: END, ...(municipalities ? { municipalities } : {}) });
const base = plan();
const baseRun = runDeterministic(base);
const codes = base.start.records.map((r) => r.code);
const known = new Set(codes);
const BINDAL = municipalityIndex(base, '1811');
const BRONNOY = municipalityIndex(base, '1813');
const series = (r: RunOutput, field: keyof typeof RAW, m: number) =>
  Array.from({ length: r.calendar.nYears }, (_, y) => r.raw[RAW[field]]![y * r.nM + m]!);
const identical = (a: RunOutput, b: RunOutput) =>
  a.raw.every((arr, f) => arr.every((v, i) => Object.is(v, b.raw[f]![i])));

describe('the municipality’s own start figures', () => {
  it('the same figures as the data change nothing, bit for bit', () => {
    const s = base.start;
    const r = runDeterministic(
      plan({
        '1811': {
          start: {
            gps: s.nGps[BINDAL]!,
            gpsSalaried: s.salaried[BINDAL]!,
            // as the form shows it: in the register's lists (startState.ts vacantUnitsPerList)
            listsWithoutGp: (s.lists[BINDAL]! - s.nGps[BINDAL]!) / s.vacantUnitsPerList![BINDAL]!,
          },
        },
      }),
    );
    expect(identical(r, baseRun)).toBe(true);
  });

  it('change that municipality’s start and no other, and flag it', () => {
    const s = applyStartOverrides(base.start, {
      '1811': { gps: 6, gpsInTraining: 2, gpsSalaried: 3, listsWithoutGp: 1 },
    });
    expect(s.nGps[BINDAL]).toBe(6);
    expect(s.trainees![BINDAL]).toBe(2);
    expect(s.salaried[BINDAL]).toBe(3);
    // one list without a GP as the register counts it is the model's vacant lists per such list (Bindal's 2025 one)
    expect(s.lists[BINDAL]).toBe(6 + base.start.vacantUnitsPerList![BINDAL]!);
    expect(s.overridden![BINDAL]).toBe(1);
    expect(s.reconstructed[BINDAL]).toBe(1); // not scored as the registers' own figures
    for (let m = 0; m < s.nM; m++) {
      if (m === BINDAL) continue;
      expect(s.nGps[m]).toBe(base.start.nGps[m]);
      expect(s.lists[m]).toBe(base.start.lists[m]);
      expect(s.salaried[m]).toBe(base.start.salaried[m]);
      expect(s.district[m]).toBe(base.start.district[m]);
    }
    expect(base.start.nGps[BINDAL]).not.toBe(6); // the original is unchanged
  });

  it('more GPs at the start: fewer residents without a GP there in the first year', () => {
    const r = runDeterministic(plan({ '1811': { start: { gps: base.start.nGps[BINDAL]! + 2, listsWithoutGp: 0 } } }));
    expect(series(r, 'nGps', BINDAL)[0]!).toBeGreaterThan(series(baseRun, 'nGps', BINDAL)[0]! + 1);
    expect(series(r, 'residentsWithoutGp', BINDAL)[0]!).toBeLessThanOrEqual(
      series(baseRun, 'residentsWithoutGp', BINDAL)[0]!,
    );
  });

  it('a district named joins the municipality to its partner’s; duty hours apply to that district', () => {
    const s = applyStartOverrides(base.start, {
      '1811': { legevaktDistrict: ['1811', '1813'], dutyHoursPerMonth: 900 },
    });
    expect(s.district[BINDAL]).toBe(s.district[BRONNOY]);
    expect(s.districtDutyHours![s.district[BINDAL]!]).toBe(900);
    const r = runDeterministic(plan({ '1811': { start: { legevaktDistrict: ['1813'], dutyHoursPerMonth: 2000 } } }));
    expect(series(r, 'onCallGpHoursPerMonth', BINDAL)[0]!).not.toBeCloseTo(
      series(baseRun, 'onCallGpHoursPerMonth', BINDAL)[0]!,
      3,
    );
  });

  it('refuses a bad figure, naming the field and what was expected', () => {
    const check = (x: unknown) => checkMunicipalStart(x, 'municipalities.1811.start', known);
    expect(check({ gps: -1 })).toEqual({
      ok: false,
      errors: ['municipalities.1811.start.gps: expected a number from 0 to 5000, got -1'],
    });
    expect(check({ gps: 'fem' })).toEqual({
      ok: false,
      errors: ['municipalities.1811.start.gps: expected a number from 0 to 5000, got "fem"'],
    });
    expect(check({ gps: 3, gpsSalaried: 4 })).toEqual({
      ok: false,
      errors: ['municipalities.1811.start.gpsSalaried: expected at most the GPs in post (3), got 4'],
    });
    expect(check({ otherDoctorsShare: 1.5 })).toMatchObject({ ok: false });
    expect(check({ legevaktDistrict: ['9999'] })).toEqual({
      ok: false,
      errors: ['municipalities.1811.start.legevaktDistrict: unknown municipality number "9999"'],
    });
    expect(check({ leger: 4 })).toMatchObject({ ok: false, errors: [expect.stringMatching(/unknown field "leger"/)] });
    expect(check({ gps: 5, listsWithoutGp: 1 })).toEqual({ ok: true, value: { gps: 5, listsWithoutGp: 1 } });
  });
});

describe('dated events', () => {
  it('two retirements in 2027 leave as leavers that year; the year before is untouched', () => {
    // without the municipality's response, which would refill the lists within the year (below)
    const still = (municipalities?: MunicipalPlans) =>
      preparePlan({
        endYear: END,
        assumptions: { localResponseRate: 0 },
        ...(municipalities ? { municipalities } : {}),
      });
    const before = runDeterministic(still());
    const r = runDeterministic(still({ '1811': { events: [{ year: 2027, kind: 'retirements', count: 2 }] } }));
    expect(series(r, 'nGps', BINDAL)[0]).toBe(series(before, 'nGps', BINDAL)[0]);
    expect(series(r, 'leavers', BINDAL)[1]!).toBeGreaterThan(series(before, 'leavers', BINDAL)[1]! + 1.5);
    expect(series(r, 'nGps', BINDAL)[1]!).toBeLessThan(series(before, 'nGps', BINDAL)[1]!);
    expect(series(r, 'vacantLists', BINDAL)[1]!).toBeGreaterThan(series(before, 'vacantLists', BINDAL)[1]!);
  });

  it('a municipality that loses two GPs responds (localResponseRate): it hires more that year than without a response', () => {
    const event = { '1811': { events: [{ year: 2027, kind: 'retirements' as const, count: 2 }] } };
    const withResponse = runDeterministic(plan(event));
    const without = runDeterministic(
      preparePlan({ endYear: END, assumptions: { localResponseRate: 0 }, municipalities: event }),
    );
    expect(series(withResponse, 'leavers', BINDAL)[1]!).toBeGreaterThan(series(baseRun, 'leavers', BINDAL)[1]! + 1.5);
    expect(series(withResponse, 'entrants', BINDAL)[1]!).toBeGreaterThan(series(without, 'entrants', BINDAL)[1]!);
    expect(series(withResponse, 'nGps', BINDAL)[1]!).toBeGreaterThan(series(without, 'nGps', BINDAL)[1]!);
  });

  it('new lists from 2028 open vacant and draw recruits over the years', () => {
    const r = runDeterministic(plan({ '1811': { events: [{ year: 2028, kind: 'newLists', count: 1 }] } }));
    expect(series(r, 'vacantLists', BINDAL)[1]).toBe(series(baseRun, 'vacantLists', BINDAL)[1]);
    expect(series(r, 'vacantLists', BINDAL)[2]!).toBeGreaterThan(series(baseRun, 'vacantLists', BINDAL)[2]!);
    expect(series(r, 'entrants', BINDAL)[2]!).toBeGreaterThan(series(baseRun, 'entrants', BINDAL)[2]!);
  });

  it('an intermunicipal legevakt from 2028 changes the legevakt load from 2028, not before', () => {
    const r = runDeterministic(plan({ '1811': { events: [{ year: 2028, kind: 'joinDistrict', partner: '1813' }] } }));
    const h = series(r, 'onCallGpHoursPerMonth', BINDAL);
    const h0 = series(baseRun, 'onCallGpHoursPerMonth', BINDAL);
    expect(h[1]).toBe(h0[1]);
    expect(h[2]).not.toBe(h0[2]);
  });

  it('refuses bad events, naming the field', () => {
    const check = (x: unknown) => checkLocalEvents(x, 'municipalities.1811.events', '1811', known, 2026, 2040);
    expect(check([{ year: 2045, kind: 'retirements', count: 2 }])).toEqual({
      ok: false,
      errors: ['municipalities.1811.events[0].year: expected a year from 2026 to 2040, got 2045'],
    });
    expect(check([{ year: 2027, kind: 'retirements', count: 0 }])).toEqual({
      ok: false,
      errors: ['municipalities.1811.events[0].count: expected a whole number from 1 to 100, got 0'],
    });
    expect(check([{ year: 2027, kind: 'pensjon', count: 1 }])).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/events\[0\]\.kind: expected one of retirements, newLists/)],
    });
    expect(check([{ year: 2027, kind: 'joinDistrict', partner: '1811' }])).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/events\[0\]\.partner: expected another municipality's number/)],
    });
    expect(check({})).toEqual({ ok: false, errors: ['municipalities.1811.events: expected a list of events'] });
    expect(() => plan({ '1811': { events: [{ year: 2050, kind: 'newLists', count: 1 }] } })).toThrow(
      /events\[0\]\.year: expected a year from 2026 to 2032/,
    );
  });

  it('preparePlan refuses a plan of another shape, naming the field, instead of reading it as nothing', () => {
    const bad = (x: unknown) => () => plan({ '4601': x } as unknown as MunicipalPlans);
    expect(bad({ levers: { populationShock: { value: 30, from: '2027' } } })).toThrow(
      'municipalities.4601.levers: expected a list of lever changes ({ lever, value, from, until }), got {"populationShock":{"value":30,"from":"2027"}}',
    );
    expect(bad({ events: { year: 2027, kind: 'newLists', count: 1 } })).toThrow(
      /^municipalities\.4601\.events: expected a list of events \(\{ year, kind, count \}\), got \{"year":2027/,
    );
    expect(bad({ lever: [] })).toThrow('municipalities.4601: unknown field "lever" (expected start, events, levers)');
    expect(bad(null)).toThrow('municipalities.4601: expected an object with start, events or levers, got null');
    // the same plan written as the engine expects it is taken
    const ok = plan({ '4601': { levers: [{ lever: 'populationShock', value: 30, from: '2027' }] } });
    expect(ok.localLevers).toBeDefined();
  });
});

describe('random start figures and events (property)', () => {
  const eventArb = fc.oneof(
    fc.record({
      year: fc.integer({ min: 2026, max: END }),
      kind: fc.constantFrom('retirements' as const, 'newLists' as const, 'closedLists' as const),
      count: fc.integer({ min: 1, max: 100 }),
    }),
    fc.record({
      year: fc.integer({ min: 2026, max: END }),
      kind: fc.constant('joinDistrict' as const),
      partner: fc.constantFrom(...codes),
    }),
  );
  const ownArb = fc.record(
    {
      start: fc.record(
        {
          gps: fc.double({ min: 0, max: 60, noNaN: true }),
          listsWithoutGp: fc.integer({ min: 0, max: 20 }),
          dutyHoursPerMonth: fc.double({ min: 0, max: 3000, noNaN: true }),
          otherDoctorsShare: fc.double({ min: 0, max: 1, noNaN: true }),
        },
        { requiredKeys: [] },
      ),
      events: fc.array(eventArb, { maxLength: 4 }),
    },
    { requiredKeys: [] },
  );
  it('no NaN, stocks ≥ 0, GPs change only by entrants and leavers', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...codes), ownArb, { minKeys: 1, maxKeys: 4 }), (own) => {
        for (const o of Object.values(own))
          fc.pre(o.start?.gps === undefined || o.start.gps + (o.start.listsWithoutGp ?? 1) >= 1);
        for (const [code, o] of Object.entries(own))
          if (o.events)
            (o as { events: unknown[] }).events = o.events.filter((e) => !('partner' in e) || e.partner !== code);
        const p = plan(own as MunicipalPlans);
        const r = runDeterministic(p);
        for (const arr of r.raw) for (const v of arr) expect(Number.isFinite(v) && v >= 0).toBe(true);
        const gps = r.raw[RAW.nGps]!;
        for (let y = 0; y < r.calendar.nYears; y++)
          for (let m = 0; m < r.nM; m++) {
            const i = y * r.nM + m;
            const prev = y === 0 ? p.start.nGps[m]! : gps[i - r.nM]!;
            const net = r.raw[RAW.entrants]![i]! - r.raw[RAW.leavers]![i]!;
            expect(Math.abs(gps[i]! - prev - net)).toBeLessThan(1e-6 * Math.max(1, gps[i]!));
          }
      }),
      { numRuns: 10, seed: 2027 },
    );
  }, 120_000);
});

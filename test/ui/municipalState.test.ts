// A municipality's own plan in the app's state and worker request (issue #14): local levers only, set and removed per
// municipality, empty plans dropped; the request carries them; the worker's current plan applies them, and its
// current-policy plan keeps the municipality's own figures and events but not its own measures.
import { describe, expect, it } from 'vitest';
import {
  EMPTY_SCENARIO,
  municipalPlanOf,
  requestOf,
  withMunicipalEvents,
  withMunicipalLever,
  withMunicipalStart,
} from '../../src/ui/state.ts';
import { plansFor } from '../../src/ui/sim/compute.ts';

describe('a municipality’s own plan in the state', () => {
  it('local levers are set and removed per municipality; a national lever is not one of them', () => {
    const s = withMunicipalLever(EMPTY_SCENARIO, '1811', 'salariedShare', { value: 0.6, from: '2027' });
    expect(municipalPlanOf(s, '1811').levers).toEqual({ salariedShare: { value: 0.6, from: '2027' } });
    expect(municipalPlanOf(s, '1865')).toEqual({});
    expect(() => withMunicipalLever(s, '1811', 'capitationRate', 900)).toThrow(/not a municipality's own lever/);
    const cleared = withMunicipalLever(s, '1811', 'salariedShare', undefined);
    expect(cleared.municipalities).toBeUndefined();
    expect(requestOf(cleared, 'kommune:1811').municipalities).toBeUndefined();
  });

  it('the request carries start figures, events and levers', () => {
    let s = withMunicipalStart(EMPTY_SCENARIO, '1811', { gps: 4 });
    s = withMunicipalEvents(s, '1811', [{ year: 2027, kind: 'retirements', count: 2 }]);
    s = withMunicipalLever(s, '1811', 'salariedShare', 1);
    expect(requestOf(s, 'kommune:1811').municipalities).toEqual({
      '1811': {
        levers: { salariedShare: 1 },
        start: { gps: 4 },
        events: [{ year: 2027, kind: 'retirements', count: 2 }],
      },
    });
  });

  it('the worker’s current plan applies them; current policy keeps the figures and events, not the measures', async () => {
    let s = withMunicipalStart(EMPTY_SCENARIO, '1811', { gps: 4, listsWithoutGp: 1 });
    s = withMunicipalEvents(s, '1811', [{ year: 2027, kind: 'retirements', count: 2 }]);
    s = withMunicipalLever(s, '1811', 'salariedShare', 1);
    const { current, baseline } = await plansFor(requestOf(s, 'kommune:1811'));
    const b = baseline();
    const m = current.start.records.findIndex((r) => r.code === '1811');
    expect(current.start.nGps[m]).toBe(4);
    expect(b.start.nGps[m]).toBe(4);
    expect(current.localLevers?.length).toBe(1);
    expect(b.localLevers).toBeUndefined();
    expect(current.localEvents?.length).toBe(1);
    expect(b.localEvents?.length).toBe(1);
  });

  it('an unknown municipality number in a request is refused naming the field', async () => {
    const s = { ...EMPTY_SCENARIO, municipalities: { '9999': { start: { gps: 2 } } } };
    await expect(plansFor(requestOf(s, 'national'))).rejects.toThrow(
      /municipalities\.9999: unknown municipality number/,
    );
  });
});

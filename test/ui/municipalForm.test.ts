// "Kommunens tall og hendelser" without the DOM (issue #14): the worker's start figures (the model's start, its
// district and duty figures as onCall.ts computes them); a typed value checked with the engine's checks, refused
// with the field and range in the page's language and the figures left as they were; events added and checked;
// events as chart markers beside the levers' start years.
import { afterEach, describe, expect, it } from 'vitest';
import { defaultAssumptions } from '../../src/levers/assumptions.ts';
import { setLocale } from '../../src/ui/i18n.ts';
import {
  addEvent,
  buildMarkers,
  checkStartField,
  districtWith,
  eventLabel,
  localizeMunicipalError,
  resetStartField,
} from '../../src/ui/municipal/plan.ts';
import { deterministic, startFigures } from '../../src/ui/sim/compute.ts';
import type { StartFigures } from '../../src/ui/sim/protocol.ts';

afterEach(() => setLocale('nb'));

const MODEL: StartFigures = {
  code: '1811',
  name: 'Bindal',
  gps: 3,
  gpsInTraining: 1.104,
  gpsSalaried: 1.18,
  listsWithoutGp: 1,
  imputed: false,
  district: [
    { code: '1811', name: 'Bindal' },
    { code: '1812', name: 'Sømna' },
  ],
  nearby: [
    { code: '1812', name: 'Sømna' },
    { code: '1813', name: 'Brønnøy' },
  ],
  dutyHoursPerMonth: 1096,
  otherDoctorsShare: 0.31,
};
const KNOWN = new Set(['1811', '1812', '1813', '1865']);
const NAMES: Record<string, string> = { '1811': 'Bindal', '1812': 'Sømna', '1813': 'Brønnøy', '1865': 'Vågan' };
const nameOf = (c: string) => NAMES[c] ?? c;

describe('the start figures the form is prefilled with', () => {
  it('are Bindal’s start and its district, with duty hours and other doctors’ share as onCall.ts computes them', () => {
    const f = startFigures('1811');
    expect(f.name).toBe('Bindal');
    expect(f.gps).toBe(3);
    expect(f.listsWithoutGp).toBe(1);
    expect(f.gpsInTraining).toBeGreaterThan(0);
    expect(f.gpsInTraining).toBeLessThanOrEqual(f.gps);
    expect(f.district.map((d) => d.code)).toContain('1811');
    expect(f.nearby.map((d) => d.code)).toContain('1813');
    expect(f.nearby.map((d) => d.code)).not.toContain('1811');
    const p = defaultAssumptions();
    expect(f.dutyHoursPerMonth).toBeGreaterThanOrEqual(p.dutyHoursPerDistrict);
    expect(f.otherDoctorsShare).toBeGreaterThanOrEqual(p.otherDoctorShareSmall);
    expect(f.otherDoctorsShare).toBeLessThanOrEqual(p.otherDoctorShareLarge);
    // a larger district needs more hours (Vågan's is smaller than Bindal's in the model)
    const v = startFigures('1865');
    expect(v.gps).toBe(13);
    expect(() => startFigures('9999')).toThrow(/unknown municipality number/);
  });
});

describe('the worker’s runs', () => {
  it('current policy follows the municipality’s figures and events (never a cached run without them)', async () => {
    const req = { levers: {}, assumptions: {}, formulas: {}, region: 'kommune:1811', endYear: 2030 };
    const plain = await deterministic(req);
    const own = await deterministic({ ...req, municipalities: { '1811': { start: { gps: 6 } } } });
    expect(own.baseline.nGps).not.toEqual(plain.baseline.nGps);
    const events = await deterministic({
      ...req,
      municipalities: { '1811': { start: { gps: 6 }, events: [{ year: 2027, kind: 'retirements', count: 2 }] } },
    });
    expect(events.baseline.nGps).not.toEqual(own.baseline.nGps);
    expect(events.baseline.nGps).toEqual(events.current.nGps);
  });
});

describe('a value typed into the form', () => {
  it('is taken with a decimal comma; the model’s value typed back removes the field', () => {
    const r = checkStartField({}, MODEL, 'gps', '5', KNOWN);
    expect(r).toEqual({ ok: true, start: { gps: 5 } });
    expect(checkStartField({ gps: 5 }, MODEL, 'gps', '3', KNOWN)).toEqual({ ok: true, start: {} });
    expect(checkStartField({}, MODEL, 'listsWithoutGp', '2,5', KNOWN)).toEqual({
      ok: true,
      start: { listsWithoutGp: 2.5 },
    });
    // per cent in the form, a share in the state
    expect(checkStartField({}, MODEL, 'otherDoctorsShare', '40', KNOWN)).toEqual({
      ok: true,
      start: { otherDoctorsShare: 0.4 },
    });
    expect(resetStartField({ gps: 5, listsWithoutGp: 2 }, 'gps')).toEqual({ listsWithoutGp: 2 });
  });

  it('out of range is refused with the field and the range in Norwegian', () => {
    const r = checkStartField({ gps: 5 }, MODEL, 'gps', '-1', KNOWN);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('Fastleger i alt: skriv et tall fra 0 til 5\u00a0000 (du skrev −1).');
    const share = checkStartField({}, MODEL, 'otherDoctorsShare', '150', KNOWN);
    if (share.ok) throw new Error('accepted');
    expect(share.message).toBe(
      'Andel av vakttimene som dekkes av andre leger (%): skriv et tall fra 0\u00a0% til 100\u00a0% (du skrev 150\u00a0%).',
    );
    const text = checkStartField({}, MODEL, 'dutyHoursPerMonth', 'mange', KNOWN);
    if (text.ok) throw new Error('accepted');
    expect(text.message).toBe(
      'Vakttimer i legevaktdistriktet per måned: skriv et tall fra 0 til 20\u00a0000 (du skrev "mange").',
    );
    setLocale('en');
    const en = checkStartField({}, MODEL, 'gps', '6000', KNOWN);
    if (en.ok) throw new Error('accepted');
    expect(en.message).toBe('GPs in post: enter a number from 0 to 5,000 (you entered 6,000).');
  });

  it('more trainees than GPs in post is refused, also against the model’s GPs', () => {
    const r = checkStartField({}, MODEL, 'gpsInTraining', '4', KNOWN);
    if (r.ok) throw new Error('accepted');
    expect(r.message).toBe('Av dem i spesialistutdanning: kan ikke være flere enn fastlegene i alt (3); du skrev 4.');
    // fewer GPs than the trainees already set
    const g = checkStartField({ gpsInTraining: 2 }, MODEL, 'gps', '1', KNOWN);
    if (g.ok) throw new Error('accepted');
    expect(g.message).toMatch(/^Av dem i spesialistutdanning: kan ikke være flere enn fastlegene i alt \(1\)/);
    // no list at all
    const none = checkStartField({ listsWithoutGp: 0 }, MODEL, 'gps', '0', KNOWN);
    if (none.ok) throw new Error('accepted');
    expect(none.message).toBe(
      'Fastleger i alt og Lister uten fastlege: kommunen må ha minst én liste til sammen (nå 0).',
    );
  });

  it('the district adds municipalities to the model’s members only', () => {
    expect(districtWith(MODEL, [])).toBeUndefined();
    expect(districtWith(MODEL, ['1812'])).toBeUndefined();
    expect(districtWith(MODEL, ['1813'])).toEqual(['1811', '1812', '1813']);
  });
});

describe('dated events', () => {
  const draft = { year: '2027', kind: 'retirements', count: '2', partner: '1813', note: '' };
  it('are added in year order and checked', () => {
    const r = addEvent([{ year: 2030, kind: 'newLists', count: 1 }], draft, '1811', KNOWN);
    expect(r.ok && r.events).toEqual([
      { year: 2027, kind: 'retirements', count: 2 },
      { year: 2030, kind: 'newLists', count: 1 },
    ]);
    expect(r.ok && r.added).toEqual({ year: 2027, kind: 'retirements', count: 2 });
    const join = addEvent([], { ...draft, kind: 'joinDistrict', note: ' felles legevakt ' }, '1811', KNOWN);
    expect(join.ok && join.events).toEqual([
      { year: 2027, kind: 'joinDistrict', partner: '1813', note: 'felles legevakt' },
    ]);
  });

  it('a bad count or partner is refused naming the field', () => {
    const r = addEvent([], { ...draft, count: '0' }, '1811', KNOWN);
    expect(r.ok ? [] : r.messages).toEqual(['Antall: skriv et helt tall fra 1 til 100 (du skrev 0).']);
    const half = addEvent([], { ...draft, count: '1,5' }, '1811', KNOWN);
    expect(half.ok ? [] : half.messages).toEqual(['Antall: skriv et helt tall fra 1 til 100 (du skrev 1,5).']);
    const self = addEvent([], { ...draft, kind: 'joinDistrict', partner: '1811' }, '1811', KNOWN);
    expect(self.ok ? [] : self.messages).toEqual(['Sammen med: velg en annen kommune.']);
    const year = addEvent([], { ...draft, year: '2041' }, '1811', KNOWN);
    expect(year.ok ? [] : year.messages).toEqual(['År: velg et år fra 2026 til 2040.']);
  });

  it('have labels in both languages', () => {
    expect(eventLabel({ year: 2027, kind: 'retirements', count: 2 }, nameOf)).toBe('2 fastleger går av');
    expect(eventLabel({ year: 2028, kind: 'joinDistrict', partner: '1813', note: 'avtale' }, nameOf)).toBe(
      'interkommunal legevakt med Brønnøy (avtale)',
    );
    setLocale('en');
    expect(eventLabel({ year: 2027, kind: 'closedLists', count: 1 }, nameOf)).toBe('1 list closed');
  });
});

describe('chart markers', () => {
  it('put the events beside the levers’ start years, one marker a year, in year order', () => {
    const markers = buildMarkers(
      [
        { year: 2027, label: 'Basistilskudd' },
        { year: 2030, label: 'LIS1' },
      ],
      [
        { year: 2029, kind: 'newLists', count: 3 },
        { year: 2027, kind: 'retirements', count: 2 },
      ],
      nameOf,
    );
    expect(markers).toEqual([
      { year: 2027, labels: ['Basistilskudd', '2 fastleger går av'] },
      { year: 2029, labels: ['3 nye lister'] },
      { year: 2030, labels: ['LIS1'] },
    ]);
    expect(buildMarkers([], [], nameOf)).toEqual([]);
  });

  it('localizes the engine’s messages it knows and keeps the others', () => {
    expect(localizeMunicipalError('start.legevaktDistrict: unknown municipality number "9999"')).toBe(
      'Legevaktdistrikt: ukjent kommunenummer «9999».',
    );
    expect(localizeMunicipalError('something else')).toBe('something else');
  });
});

// A municipality's own measures and lever periods in the app (issue #14, items 1 and 4): end years and steps in the
// state and the worker request, local levers per municipality (set, read, removed, kept apart), the whole plan
// through saved documents, export files and share links (old links still open), unknown municipalities refused with
// the field named, and the export stamp's line on local measures and data.
import { afterEach, describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../../src/data/index.ts';
import { localPlanSummary, stampLines, type StampInput } from '../../src/ui/export/stamp.ts';
import { setLocale } from '../../src/ui/i18n.ts';
import { stateOfScenario } from '../../src/ui/presets.ts';
import { parseImport, serializeExport, type SavedScenario } from '../../src/ui/scenarios/document.ts';
import { vetLink } from '../../src/ui/scenarios/linkCheck.ts';
import { decodeLink, encodeLink, type LinkState } from '../../src/ui/scenarios/shareLink.ts';
import {
  changedLevers,
  EMPTY_SCENARIO,
  municipalOverride,
  overrideOfSetting,
  overrideProblem,
  requestOf,
  settingOfOverride,
  withLever,
  withLeverOverride,
  withMunicipalEvents,
  withMunicipalOverride,
  withMunicipalStart,
  withoutLevers,
} from '../../src/ui/state.ts';

afterEach(() => setLocale('nb'));

const NOW = '2026-12-04T10:00:00.000Z';
const KNOWN = new Set(['national', ...MUNICIPALITIES.map((m) => `kommune:${m.code}`)]);

describe('end years and steps in the state', () => {
  it('an end year is kept when the value or start moves, and sent as { value, from, until }', () => {
    let s = withLeverOverride(EMPTY_SCENARIO, 'recruitmentGrant', { value: 300000, from: 2027, until: 2029 });
    s = withLever(s, 'recruitmentGrant', 250000);
    expect(s.levers['recruitmentGrant']).toEqual({ value: 250000, from: 2027, until: 2029 });
    expect(requestOf(s, 'national').levers).toEqual({
      recruitmentGrant: { value: 250000, from: '2027', until: '2029' },
    });
    // no end: the plain form again
    s = withLeverOverride(s, 'recruitmentGrant', { value: 250000, from: 2027 });
    expect(requestOf(s, 'national').levers).toEqual({ recruitmentGrant: 250000 });
  });

  it('steps are sent as the engine’s { steps, until? }, and read back the same', () => {
    const o = { value: 0.3, from: 2027, steps: [{ from: 2029, value: 0.35 }], until: 2035 };
    const s = withLeverOverride(EMPTY_SCENARIO, 'capitationShareTarget', o);
    const setting = requestOf(s, 'national').levers['capitationShareTarget'];
    expect(setting).toEqual({
      steps: [
        { from: '2027', value: 0.3 },
        { from: '2029', value: 0.35 },
      ],
      until: '2035',
    });
    expect(overrideOfSetting('capitationShareTarget', setting!)).toEqual(o);
    expect(settingOfOverride('capitationShareTarget', o)).toEqual(setting);
    // a step from the default value counts as a change
    const fromDefault = withLeverOverride(EMPTY_SCENARIO, 'salariedShare', {
      value: 0.4,
      from: 2027,
      steps: [{ from: 2030, value: 0.6 }],
    });
    expect(changedLevers(fromDefault)).toEqual(['salariedShare']);
  });

  it('years are checked: in range, steps in order, the end at or after the last start', () => {
    expect(overrideProblem({ value: 1, from: 2027, until: 2026 })).toEqual({
      key: 'errUntilBeforeFrom',
      year: 2026,
      from: 2027,
    });
    expect(overrideProblem({ value: 1, from: 2027, steps: [{ from: 2027, value: 2 }] })).toMatchObject({
      key: 'errStepOrder',
    });
    expect(overrideProblem({ value: 1, from: 2027, steps: [{ from: 2030, value: 2 }], until: 2029 })).toMatchObject({
      key: 'errUntilBeforeFrom',
      from: 2030,
    });
    expect(overrideProblem({ value: 1, from: 2041 })).toMatchObject({ key: 'errYearRange', year: 2041 });
    expect(overrideProblem({ value: 1, from: 2027, steps: [{ from: 2030, value: 2 }], until: 2030 })).toBeNull();
  });
});

describe('local levers per municipality', () => {
  it('Bindal’s own 60 % neither shows nor applies in Vågan, and is removed on its own', () => {
    const s = withMunicipalOverride(EMPTY_SCENARIO, '1811', 'salariedShare', { value: 0.6, from: 2027 });
    expect(municipalOverride(s, '1811', 'salariedShare')).toEqual({ value: 0.6, from: 2027 });
    expect(municipalOverride(s, '1865', 'salariedShare')).toBeUndefined();
    expect(s.levers).toEqual({});
    expect(requestOf(s, 'kommune:1865').municipalities).toEqual({
      '1811': { levers: { salariedShare: 0.6 } }, // from its default start year, 2027
    });
    expect(withMunicipalOverride(s, '1811', 'salariedShare', undefined).municipalities).toBeUndefined();
  });

  it('resetting the levers removes every lever setting and keeps start figures and events', () => {
    let s = withMunicipalOverride(EMPTY_SCENARIO, '1811', 'salariedShare', { value: 0.6, from: 2027 });
    s = withMunicipalStart(s, '1811', { gps: 4 });
    s = withMunicipalEvents(s, '1811', [{ year: 2027, kind: 'retirements', count: 2 }]);
    s = withLever(s, 'capitationRate', 1000);
    const r = withoutLevers(s);
    expect(r.levers).toEqual({});
    expect(r.municipalities).toEqual({
      '1811': { start: { gps: 4 }, events: [{ year: 2027, kind: 'retirements', count: 2 }] },
    });
  });
});

const plan = {
  '1811': {
    levers: {
      salariedShare: {
        steps: [
          { from: '2027', value: 0.6 },
          { from: '2030', value: 0.8 },
        ],
        until: '2035',
      },
    },
    start: { gps: 4 },
    events: [{ year: 2027, kind: 'retirements' as const, count: 2 }],
  },
};

describe('saved documents and files carry the whole plan', () => {
  const saved: SavedScenario = {
    schemaVersion: 2,
    id: 'bindal',
    name: 'Bindal',
    levers: { recruitmentGrant: { value: 300000, from: '2027', until: '2029' } },
    assumptions: {},
    formulas: {},
    municipalities: plan,
    region: 'kommune:1811',
    seed: 1,
    runs: 200,
    endYear: 2040,
    savedAt: NOW,
  };

  it('export → import round-trips municipalities, steps and end years', () => {
    const r = parseImport(serializeExport([saved], NOW, 'test'), NOW, KNOWN);
    expect(r).toEqual({ ok: true, value: [saved], notes: [], renamed: [] });
    // and into the app state and back to the same request
    const state = stateOfScenario(saved);
    const req = requestOf(state, saved.region);
    expect(req.levers).toEqual(saved.levers);
    expect(req.municipalities).toEqual(plan);
  });

  it('an older save without municipalities still reads; an unknown municipality is refused by field', () => {
    const { municipalities: _m, ...old } = saved;
    expect(parseImport(JSON.stringify(old), NOW, KNOWN).ok).toBe(true);
    const bad = parseImport(
      JSON.stringify({ ...saved, municipalities: { '9999': { start: { gps: 1 } } } }),
      NOW,
      KNOWN,
    );
    expect(bad).toEqual({ ok: false, errors: ['municipalities.9999: unknown municipality number'] });
    const inFile = parseImport(
      serializeExport([{ ...saved, municipalities: { '0000': { start: { gps: 1 } } } }], NOW, 'test'),
      NOW,
      KNOWN,
    );
    expect(inFile).toEqual({ ok: false, errors: ['scenarios[0].municipalities.0000: unknown municipality number'] });
  });
});

describe('share links carry the whole plan', () => {
  const state: LinkState = {
    lang: 'nb',
    region: 'kommune:1811',
    runs: 200,
    levers: { recruitmentGrant: { value: 300000, from: '2027', until: '2029' } },
    assumptions: {},
    formulas: {},
    municipalities: plan,
    tables: [],
  };

  it('round-trips and passes the page’s check', async () => {
    const hash = encodeLink(state);
    expect(hash.startsWith('s2.')).toBe(true);
    const d = decodeLink(hash);
    expect(d).toEqual({ ok: true, state });
    expect(await vetLink(d, KNOWN)).toEqual({ ok: true, state });
  });

  it('an unknown municipality or a step year the select cannot show is refused naming the field', async () => {
    const unknown = decodeLink(encodeLink({ ...state, municipalities: { '9999': { start: { gps: 1 } } } }));
    expect(unknown.ok).toBe(true);
    expect(await vetLink(unknown, KNOWN)).toEqual({
      ok: false,
      error: 'link: municipalities.9999: unknown municipality number',
    });
    const late = decodeLink(
      encodeLink({
        ...state,
        municipalities: { '1811': { levers: { salariedShare: { value: 0.6, from: '2027', until: '2045' } } } },
      }),
    );
    expect(await vetLink(late, KNOWN)).toEqual({
      ok: false,
      error: 'link: municipalities.1811.levers.salariedShare.until: end year must be 2026-2040, got 2045',
    });
    // a national lever cannot be a municipality's own
    const national = decodeLink(
      encodeLink({ ...state, municipalities: { '1811': { levers: { capitationRate: 900 } } } }),
    );
    expect(national.ok).toBe(false);
    if (!national.ok)
      expect(national.error).toMatch(/^link: municipalities\.1811\.levers\.capitationRate: a national lever/);
  });
});

describe('the export stamp names local measures and data', () => {
  const names = (code: string) => (code === '1811' ? 'Bindal' : code);
  it('one line per municipality with its measures, own figures and events, in nb and en', () => {
    expect(localPlanSummary(plan, [], names)).toEqual([
      'Bindal (Andel nye avtaler med fastlønn, egne tall, 1 hendelse)',
    ]);
    expect(localPlanSummary(undefined, ['salariedShare', 'capitationRate'], names)).toEqual([
      'alle kommuner (Andel nye avtaler med fastlønn)',
    ]);
    const input: StampInput = {
      title: 'T',
      unit: 'u',
      region: 'Bindal',
      imputed: [],
      scenarios: ['A'],
      years: [2026, 2040],
      runs: null,
      seed: 1,
      local: localPlanSummary(plan, [], names),
      appVersion: '1',
      dataVersion: '1',
      date: new Date(Date.UTC(2026, 11, 4)),
    };
    expect(stampLines(input)).toContain(
      'Lokale tiltak og data: Bindal (Andel nye avtaler med fastlønn, egne tall, 1 hendelse)',
    );
    setLocale('en');
    expect(stampLines({ ...input, local: localPlanSummary(plan, [], names) })).toContain(
      'Local measures and data: Bindal (Share of new contracts on fixed salary, own figures, 1 event)',
    );
  });
});

// Scenario files of schema 2 (issue #14): levers that end (`until`) or come in steps, and `municipalities` with a
// municipality's own lever settings, start figures and events. Version 1 files still read (migrated to 2); every
// problem names its field and what was expected; a scenario's municipalities run exactly as the same plan given
// directly; the example file in scenarios/kommuner runs and moves Bindal; the CLI uses it and exits 2 on a bad value.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  RAW,
  parseScenario,
  parseScenarioText,
  preparePlan,
  runDeterministic,
  serializeScenario,
  SCENARIO_SCHEMA_VERSION,
  type Scenario,
} from '../../src/engine/index.ts';
import { settingChanges } from '../../src/engine/run/leverSetting.ts';
import { municipalityIndex } from '../helpers/engine.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLE = path.join(root, 'scenarios/kommuner/bindal-egen-plan.json');
const base = { schemaVersion: 2, id: 't', name: { nb: 't', en: 't' }, levers: {} };
const errorsOf = (x: unknown): string[] => {
  const r = parseScenario(x);
  return r.ok ? [] : r.errors;
};

describe('schema 2: lever settings that end or come in steps', () => {
  it('reads version 1 files (unchanged, so they round-trip) and upgrades one that uses what version 2 added', () => {
    const r = parseScenario({ ...base, schemaVersion: 1, levers: { recruitmentGrant: 100000 } });
    expect(r.ok && r.scenario.schemaVersion).toBe(1);
    const upgraded = parseScenario({
      ...base,
      schemaVersion: 1,
      levers: { recruitmentGrant: { value: 1, from: '2027', until: '2028' } },
    });
    expect(upgraded.ok && upgraded.scenario.schemaVersion).toBe(2);
    expect(SCENARIO_SCHEMA_VERSION).toBe(2);
    expect(errorsOf({ ...base, schemaVersion: 3 })).toEqual([
      'schemaVersion: 3 is newer than this version of the app understands (2)',
    ]);
  });

  it('a time-limited value and steps parse and become dated changes', () => {
    const r = parseScenario({
      ...base,
      levers: {
        recruitmentGrant: { value: 300000, from: '2027', until: '2029' },
        capitationShareTarget: {
          steps: [
            { from: '2027', value: 0.3 },
            { from: '2029-07', value: 0.4 },
          ],
          until: '2035',
        },
      },
    });
    if (!r.ok) throw new Error(r.errors.join('; '));
    expect(settingChanges('recruitmentGrant', r.scenario.levers.recruitmentGrant!)).toEqual([
      { lever: 'recruitmentGrant', from: '2027', value: 300000, until: '2029' },
    ]);
    expect(settingChanges('capitationShareTarget', r.scenario.levers.capitationShareTarget!)).toEqual([
      { lever: 'capitationShareTarget', from: '2027', value: 0.3, until: '2029-06' },
      { lever: 'capitationShareTarget', from: '2029-07', value: 0.4, until: '2035' },
    ]);
  });

  it('bad schedules are refused naming the lever, the step and what was expected', () => {
    expect(errorsOf({ ...base, levers: { recruitmentGrant: { value: 1, from: '2030', until: '2028' } } })).toEqual([
      'levers.recruitmentGrant.until: expected an end at or after the start (2030), got 2028',
    ]);
    expect(
      errorsOf({
        ...base,
        levers: {
          recruitmentGrant: {
            steps: [
              { from: '2029', value: 1 },
              { from: '2028', value: 2 },
            ],
          },
        },
      }),
    ).toEqual(['levers.recruitmentGrant.steps[1].from: expected a start after the step before (2029), got 2028']);
    expect(errorsOf({ ...base, levers: { recruitmentGrant: { steps: [{ from: '2027', value: 9e9 }] } } })).toEqual([
      expect.stringMatching(/^levers\.recruitmentGrant\.steps\[0\]\.value: /),
    ]);
    expect(errorsOf({ ...base, levers: { recruitmentGrant: { steps: [] } } })).toEqual([
      'levers.recruitmentGrant.steps: expected a list of 1-25 steps { "from", "value" }',
    ]);
    expect(errorsOf({ ...base, levers: { recruitmentGrant: { value: 1, from: '2027', until: '2060' } } })).toEqual([
      'levers.recruitmentGrant.until: end year must be 2020-2050, got 2060',
    ]);
  });
});

describe('schema 2: municipalities', () => {
  const own = {
    '1811': {
      levers: { salariedShare: { value: 0.8, from: '2027' } },
      start: { gps: 4, listsWithoutGp: 1 },
      events: [{ year: 2027, kind: 'retirements', count: 1 }],
    },
  };

  it('parse, write back canonically and read again unchanged', () => {
    const r = parseScenario({ ...base, municipalities: own });
    if (!r.ok) throw new Error(r.errors.join('; '));
    const again = parseScenarioText(serializeScenario(r.scenario));
    expect(again).toEqual(r);
  });

  it('every problem names its field', () => {
    expect(
      errorsOf({
        ...base,
        municipalities: {
          '1811': {
            levers: { capitationRate: { value: 800, from: '2027' }, salariedShare: 2 },
            start: { gps: -3 },
            events: [{ year: 2027, kind: 'retirements', count: 0 }],
            budget: 1,
          },
          abc: {},
        },
      }),
    ).toEqual([
      'municipalities.1811.budget: unknown field (expected "levers", "start" and "events")',
      'municipalities.1811.levers.capitationRate: a national lever; set it for the whole country, not for one municipality',
      expect.stringMatching(/^municipalities\.1811\.levers\.salariedShare: /),
      'municipalities.1811.start.gps: expected a number from 0 to 5000, got -3',
      'municipalities.1811.events[0].count: expected a whole number from 1 to 100, got 0',
      'municipalities."abc": expected a 4-digit municipality number',
    ]);
  });

  it('checks the numbers against the municipalities that exist when told them', () => {
    const known = new Set(['1811', '1813']);
    const r = parseScenario({ ...base, municipalities: { '9999': {} } }, { municipalityCodes: known });
    expect(r).toEqual({ ok: false, errors: ['municipalities.9999: unknown municipality number'] });
  });

  it('a scenario’s municipalities run exactly as the same plan given directly', () => {
    const r = parseScenario({ ...base, municipalities: own });
    if (!r.ok) throw new Error(r.errors.join('; '));
    const viaScenario = runDeterministic(preparePlan({ scenario: r.scenario, endYear: 2032 }));
    const direct = runDeterministic(
      preparePlan({
        endYear: 2032,
        municipalities: {
          '1811': {
            levers: [{ lever: 'salariedShare', from: '2027', value: 0.8 }],
            start: { gps: 4, listsWithoutGp: 1 },
            events: [{ year: 2027, kind: 'retirements', count: 1 }],
          },
        },
      }),
    );
    expect(viaScenario.raw.every((a, f) => a.every((v, i) => Object.is(v, direct.raw[f]![i])))).toBe(true);
  });
});

// issue 19: a key with a line break, an empty or a huge key is quoted (escaped and cut), so a message stays one line
describe('schema 2: unusual keys are quoted in field paths', () => {
  const oneLine = (errors: string[]) => {
    for (const e of errors) expect(e).not.toMatch(/[\n\r\u2028\u2029]/);
    return errors;
  };

  it('in a lever setting, its steps, and a municipality', () => {
    expect(oneLine(errorsOf({ ...base, levers: { flexibleHours: { value: 0.1, from: '2027', 'a\nb': 1 } } }))).toEqual([
      'levers.flexibleHours["a\\nb"]: unknown field (expected "value", "from" and "until", or "steps")',
    ]);
    expect(
      oneLine(errorsOf({ ...base, levers: { flexibleHours: { steps: [{ from: '2027', value: 0.1, '': 2 }] } } })),
    ).toEqual(['levers.flexibleHours.steps[0][""]: unknown field (expected "from" and "value")']);
    const long = 'k'.repeat(100_000);
    expect(
      oneLine(errorsOf({ ...base, levers: { flexibleHours: { steps: [{ from: '2027', value: 0.1 }], [long]: 1 } } })),
    ).toEqual([`levers.flexibleHours["${'k'.repeat(200)}…"]: unknown field (expected "steps" and "until")`]);
    expect(oneLine(errorsOf({ ...base, municipalities: { '1811': { 'x\u2028y': 1 } } }))).toEqual([
      'municipalities.1811["x\\u2028y"]: unknown field (expected "levers", "start" and "events")',
    ]);
  });

  it('in start figures, events and municipality numbers', () => {
    expect(oneLine(errorsOf({ ...base, municipalities: { '1811': { start: { 'a\nb': 1 } } } }))[0]).toMatch(
      /^municipalities\.1811\.start: unknown field "a\\nb" \(expected /,
    );
    expect(
      oneLine(
        errorsOf({
          ...base,
          municipalities: { '1811': { events: [{ year: 2027, kind: 'retirements', count: 1, 'a\nb': 1 }] } },
        }),
      ),
    ).toEqual(['municipalities.1811.events[0]: unknown field "a\\nb" (expected year, kind, count, partner, note)']);
    expect(oneLine(errorsOf({ ...base, municipalities: { 'a\nb': {} } }))).toEqual([
      'municipalities."a\\nb": expected a 4-digit municipality number',
    ]);
  });
});

describe('the example file scenarios/kommuner/bindal-egen-plan.json', () => {
  const parsed = parseScenarioText(fs.readFileSync(EXAMPLE, 'utf8'));
  it('parses', () => {
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('runs, and moves Bindal: more salaried GPs, the retirements as leavers in 2027', () => {
    if (!parsed.ok) throw new Error('no example');
    const scenario: Scenario = parsed.scenario;
    const plan = preparePlan({ scenario, endYear: 2035 });
    const base = preparePlan({ endYear: 2035 });
    const m = municipalityIndex(plan, '1811');
    const r = runDeterministic(plan);
    const r0 = runDeterministic(base);
    const at = (run: typeof r, f: keyof typeof RAW, year: number) => run.raw[RAW[f]]![(year - 2026) * run.nM + m]!;
    expect(at(r, 'leavers', 2027)).toBeGreaterThan(at(r0, 'leavers', 2027) + 1.5);
    expect(at(r, 'nGpsSalaried', 2035)).toBeGreaterThan(at(r0, 'nGpsSalaried', 2035));
    expect(plan.start.nGps[m]).toBe(4);
  });

  it('the CLI runs it for Bindal (JSON on stdout) and exits 2 naming the field of a bad value', () => {
    const cli = (args: string[]) =>
      spawnSync(process.execPath, [path.join(root, 'src/cli/run.mjs'), 'simulate', ...args], { encoding: 'utf8' });
    const ok = cli(['--scenario', EXAMPLE, '--region', 'kommune:1811', '--to', '2030', '--runs', '20']);
    expect(ok.status, ok.stderr).toBe(0);
    expect(() => JSON.parse(ok.stdout)).not.toThrow();
    const bad = fs.readFileSync(EXAMPLE, 'utf8').replace('"gps": 4', '"gps": -4');
    const tmp = path.join(root, 'node_modules/.cache/bad-municipal-scenario.json');
    fs.mkdirSync(path.dirname(tmp), { recursive: true });
    fs.writeFileSync(tmp, bad);
    const refused = cli(['--scenario', tmp, '--region', 'kommune:1811', '--runs', '20']);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/municipalities\.1811\.start\.gps: expected a number from 0 to 5000, got -4/);
  }, 60_000);
});

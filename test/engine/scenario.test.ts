// Scenario files: validation with pinned messages (path + expectation), canonical serialisation that
// round-trips, and every preset under scenarios/ parses, runs 2026-2030 and round-trips unchanged.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BASELINE_SCENARIO,
  RAW_FIELDS,
  parseScenario,
  parseScenarioText,
  preparePlan,
  runDeterministic,
  serializeScenario,
  type Scenario,
} from '../../src/engine/index.ts';
import { compileResponses } from '../../src/engine/formulas/formulaCompiler.ts';
import { resolveAssumptions } from '../../src/engine/run/simulate.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const scenariosDir = path.join(repoRoot, 'scenarios');

const MINIMAL = { schemaVersion: 1, id: 'baseline', name: { nb: 'Dagens politikk', en: 'Current policy' }, levers: {} };

const RICH = {
  schemaVersion: 1,
  id: 'rich_scenario-1',
  name: { nb: 'Rikt scenario', en: 'Rich scenario' },
  description: { nb: 'Mange virkemidler.', en: 'Many levers.' },
  levers: {
    capitationRate: { value: 1683.6, from: '2027' },
    capitationModel: 'breakpoint',
    onCallCapHours: null,
    lis1AsLocum: 1,
    salariedShare: { value: 0.6, from: '2028-07' },
  },
  assumptions: { listIncomeElasticity: 0.25 },
  formulas: { desiredListFactor: 'workRatio ^ (-listHoursElasticity) * incomeRatio ^ (-listIncomeElasticity)' },
  citations: [{ seed: '003-ekspertutvalget-2023', note: 'committee' }, { seed: '004-opptrappingsplan-2021' }],
};

function errorsOf(input: unknown): string[] {
  const r = parseScenario(input);
  return r.ok ? [] : r.errors;
}

function parsed(input: unknown): Scenario {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

describe('parseScenario accepts', () => {
  it('the minimal baseline', () => {
    expect(parsed(MINIMAL)).toEqual(MINIMAL);
  });

  it('the built-in baseline scenario', () => {
    expect(parsed(JSON.parse(JSON.stringify(BASELINE_SCENARIO)))).toEqual(BASELINE_SCENARIO);
  });

  it('a rich scenario with dated levers, none, toggles, choices, assumptions, formulas and citations', () => {
    expect(parsed(RICH)).toEqual(RICH);
  });

  it('a toggle given as a boolean, normalised to 0/1', () => {
    expect(parsed({ ...MINIMAL, levers: { lis1AsLocum: true } }).levers).toEqual({ lis1AsLocum: 1 });
  });
});

describe('serializeScenario', () => {
  it.each([
    ['minimal', MINIMAL],
    ['rich', RICH],
  ])('%s: serialize(parse(x)) is stable and parses back to the same scenario', (_n, input) => {
    const s1 = serializeScenario(parsed(input));
    const s2 = serializeScenario(parsed(JSON.parse(s1)));
    expect(s2).toBe(s1);
    expect(s1.endsWith('}\n')).toBe(true);
    expect(parsed(JSON.parse(s1))).toEqual(parsed(input));
  });

  it('writes keys in canonical order whatever the input order', () => {
    const shuffled = {
      citations: RICH.citations,
      levers: RICH.levers,
      formulas: RICH.formulas,
      name: RICH.name,
      assumptions: RICH.assumptions,
      id: RICH.id,
      description: RICH.description,
      schemaVersion: 1,
    };
    const keys = Object.keys(JSON.parse(serializeScenario(parsed(shuffled))) as object);
    expect(keys).toEqual([
      'schemaVersion',
      'id',
      'name',
      'description',
      'levers',
      'assumptions',
      'formulas',
      'citations',
    ]);
  });
});

describe('parseScenario rejects (pinned messages)', () => {
  it('an unknown top-level field', () => {
    expect(errorsOf({ ...MINIMAL, lever: {} })).toEqual([
      'lever: unknown field (expected one of schemaVersion, id, name, description, levers, assumptions, formulas, citations, municipalities)',
    ]);
  });

  it('an unknown lever "capitationRat"', () => {
    expect(errorsOf({ ...MINIMAL, levers: { capitationRat: 900 } })).toEqual([
      'levers.capitationRat: unknown lever "capitationRat"',
    ]);
  });

  it('a value out of range, naming the lever and the range', () => {
    expect(errorsOf({ ...MINIMAL, levers: { capitationRate: 5000 } })).toEqual([
      'levers.capitationRate: lever "capitationRate": expected a number from 400 to 1700, got 5000',
    ]);
    expect(errorsOf({ ...MINIMAL, levers: { capitationRate: { value: 300, from: '2027' } } })).toEqual([
      'levers.capitationRate.value: lever "capitationRate": expected a number from 400 to 1700, got 300',
    ]);
  });

  it('a bad `from` format, or a year outside 2020-2050', () => {
    expect(errorsOf({ ...MINIMAL, levers: { capitationRate: { value: 900, from: '2027-13' } } })).toEqual([
      'levers.capitationRate.from: expected a start "YYYY" or "YYYY-MM", got "2027-13"',
    ]);
    expect(errorsOf({ ...MINIMAL, levers: { capitationRate: { value: 900, from: 2027 } } })).toEqual([
      'levers.capitationRate.from: expected a start "YYYY" or "YYYY-MM", got 2027',
    ]);
    expect(errorsOf({ ...MINIMAL, levers: { capitationRate: { value: 900, from: '2051' } } })).toEqual([
      'levers.capitationRate.from: start year must be 2020-2050, got 2051',
    ]);
  });

  it('an unknown field in a dated lever setting', () => {
    expect(errorsOf({ ...MINIMAL, levers: { capitationRate: { value: 900, from: '2027', to: '2030' } } })).toEqual([
      'levers.capitationRate.to: unknown field (expected "value", "from" and "until", or "steps")',
    ]);
  });

  it('a future schemaVersion 3 says it is newer', () => {
    expect(errorsOf({ ...MINIMAL, schemaVersion: 3 })).toEqual([
      'schemaVersion: 3 is newer than this version of the app understands (2)',
    ]);
    expect(errorsOf({ ...MINIMAL, schemaVersion: '1' })).toEqual(['schemaVersion: expected 1 or 2, got "1"']);
  });

  it('a missing name', () => {
    const { name: _name, ...noName } = MINIMAL;
    expect(errorsOf(noName)).toEqual(['name: expected an object with non-empty "nb" and "en" texts']);
    expect(errorsOf({ ...MINIMAL, name: { nb: 'x', en: ' ' } })).toEqual([
      'name: expected an object with non-empty "nb" and "en" texts',
    ]);
  });

  it('a bad id and missing levers', () => {
    const { levers: _levers, ...noLevers } = MINIMAL;
    expect(errorsOf({ ...noLevers, id: 'has space' })).toEqual([
      'id: expected 1-64 letters, digits, "-" or "_", got "has space"',
      'levers: expected an object of lever id → value',
    ]);
  });

  it('a non-object', () => {
    for (const x of [null, [], 'baseline', 3]) expect(errorsOf(x)).toEqual(['scenario: expected a JSON object']);
  });

  it('bad assumptions, formulas and citations', () => {
    expect(
      errorsOf({
        ...MINIMAL,
        assumptions: { nope: 1, clinicalShareOfHours: 9 },
        formulas: { nope: '1', attritionFactor: '' },
        citations: [{ note: 'x' }],
      }),
    ).toEqual([
      'assumptions.nope: unknown assumption "nope"',
      'assumptions.clinicalShareOfHours: expected a number from 0.5 to 0.65, got 9',
      'formulas.nope: unknown response "nope"',
      'formulas.attritionFactor: expected an expression of 1-500 characters',
      'citations[0]: expected {"seed": "<seed id>", "note"?: "<text>"}',
    ]);
  });

  it('reports every problem at once', () => {
    expect(errorsOf({ ...MINIMAL, schemaVersion: 3, extra: 1, levers: { capitationRat: 1 } })).toHaveLength(3);
  });
});

describe('parseScenarioText', () => {
  it('turns invalid JSON into one named error', () => {
    const r = parseScenarioText('{ "schemaVersion": 1, ');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^scenario file: not valid JSON \(.+\)$/);
  });

  it('parses valid text like parseScenario', () => {
    expect(parseScenarioText(JSON.stringify(RICH))).toEqual(parseScenario(RICH));
  });
});

describe('scenario presets in scenarios/', () => {
  const files = fs.existsSync(scenariosDir)
    ? fs
        .readdirSync(scenariosDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];

  it('the scenarios/ folder exists and holds the baseline preset', () => {
    expect(fs.existsSync(scenariosDir)).toBe(true);
    expect(files).toContain('baseline.json');
  });

  it('the baseline preset changes nothing: same id and name as the built-in baseline, no overrides', () => {
    const r = parseScenarioText(fs.readFileSync(path.join(scenariosDir, 'baseline.json'), 'utf8'));
    if (!r.ok) throw new Error(r.errors.join('; '));
    expect(r.scenario.id).toBe(BASELINE_SCENARIO.id);
    expect(r.scenario.name).toEqual(BASELINE_SCENARIO.name);
    expect(r.scenario.levers).toEqual({});
    expect(r.scenario.assumptions).toBeUndefined();
    expect(r.scenario.formulas).toBeUndefined();
  });

  for (const file of files) {
    it(`${file}: parses, round-trips unchanged and runs 2026-2030`, () => {
      const text = fs.readFileSync(path.join(scenariosDir, file), 'utf8');
      const r = parseScenarioText(text);
      if (!r.ok) throw new Error(`${file}: ${r.errors.join('; ')}`);
      // round trip: the file holds exactly the canonical content (nothing dropped or normalised, canonical key
      // order); whitespace may differ, since the presets are formatted by prettier
      const canonical = serializeScenario(r.scenario);
      const fileJson = JSON.parse(text) as Record<string, unknown>;
      const canonicalJson = JSON.parse(canonical) as Record<string, unknown>;
      expect(fileJson).toEqual(canonicalJson);
      expect(Object.keys(fileJson)).toEqual(Object.keys(canonicalJson));
      const again = parseScenarioText(canonical);
      expect(again.ok && serializeScenario(again.scenario)).toBe(canonical);
      expect(`${r.scenario.id}.json`).toBe(file);
      const formulas = r.scenario.formulas;
      const responses =
        formulas && Object.keys(formulas).length > 0
          ? compileResponses(formulas, resolveAssumptions(r.scenario.assumptions))
          : undefined;
      const plan = preparePlan({ scenario: r.scenario, endYear: 2030, ...(responses ? { responses } : {}) });
      const run = runDeterministic(plan);
      run.raw.forEach((arr, f) => {
        for (const v of arr) expect(Number.isFinite(v), `${file} ${RAW_FIELDS[f]}`).toBe(true);
      });
    });
  }
});

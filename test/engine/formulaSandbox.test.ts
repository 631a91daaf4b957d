// The formula sandbox (issue #19, items 1 and 2): no name reaches JavaScript's object prototype (every lookup is
// an own lookup in the compiler's tables), and a formula's value is checked over a grid across its inputs'
// plausible ranges, not only at the probes: non-finite, negative or absurd values anywhere on the grid refuse it.
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FormulaError,
  RESPONSE_CHECKS,
  compileFormula,
  compileResponses,
  probeFormula,
} from '../../src/engine/formulas/formulaCompiler.ts';
import { RESPONSES, parseScenario, resolveAssumptions, type ResponseId } from '../../src/engine/index.ts';
import { ASSUMPTIONS, defaultAssumptions, withAssumptions } from '../../src/levers/assumptions.ts';

const p0 = defaultAssumptions();

const PROTOTYPE_NAMES = [
  'constructor',
  '__proto__',
  'prototype',
  'hasOwnProperty',
  'valueOf',
  'toString',
  'toLocaleString',
  'isPrototypeOf',
  'propertyIsEnumerable',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
];

/** The FormulaError a compile and check of `expr` throws (or undefined). */
function refusal(id: string, expr: string, p = p0): FormulaError | undefined {
  try {
    compileResponses({ [id]: expr }, p);
  } catch (e) {
    expect(e).toBeInstanceOf(FormulaError);
    return e as FormulaError;
  }
  return undefined;
}

/** With the Function constructor blocked (strict CSP): the tree-walking fallback runs. */
function withoutFunctionConstructor<T>(f: () => T): T {
  vi.stubGlobal('Function', function blocked() {
    throw new EvalError('Function constructor blocked (CSP)');
  });
  try {
    return f();
  } finally {
    vi.unstubAllGlobals();
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('prototype names are unknown names', () => {
  const VARS = 'workRatio, incomeRatio';
  const unknown = (name: string) =>
    `formula "desiredListFactor": unknown name "${name}" (expected a variable: ${VARS}; an assumption id; or pi, e)`;

  it.each(PROTOTYPE_NAMES)('%s as a bare name, in arithmetic and in a condition', (name) => {
    for (const expr of [name, `${name} + 1`, `workRatio * ${name}`, `${name} > 0 ? 1 : 2`, `-${name}`]) {
      let err: unknown;
      try {
        compileFormula('desiredListFactor', expr);
      } catch (e) {
        err = e;
      }
      expect(err, expr).toBeInstanceOf(FormulaError);
      expect((err as FormulaError).problem, expr).toBe('unknownName');
      expect((err as FormulaError).params).toEqual({ name, vars: VARS });
      expect((err as Error).message, expr).toBe(unknown(name));
    }
  });

  it.each(PROTOTYPE_NAMES)('%s as a function call', (name) => {
    for (const expr of [`${name}(1)`, `${name}()`, `exp(${name}(workRatio))`]) {
      let err: unknown;
      try {
        compileFormula('desiredListFactor', expr);
      } catch (e) {
        err = e;
      }
      expect(err, expr).toBeInstanceOf(FormulaError);
      expect((err as FormulaError).problem, expr).toBe('function');
      expect((err as Error).message, expr).toBe(
        `formula "desiredListFactor": function "${name}" is not allowed (allowed: exp, log, log10, sqrt, abs, min, max, pow, tanh, floor, ceil, sign)`,
      );
    }
  });

  it('constructor + 1 is refused, not evaluated (also for every response and with the fallback interpreter)', () => {
    for (const r of RESPONSES) {
      expect(() => compileFormula(r.id, 'constructor + 1')).toThrow(`formula "${r.id}": unknown name "constructor"`);
      expect(() => withoutFunctionConstructor(() => compileFormula(r.id, 'constructor + 1'))).toThrow(
        `formula "${r.id}": unknown name "constructor"`,
      );
      expect(() => compileResponses({ [r.id]: 'valueOf * 2' }, p0)).toThrow(`unknown name "valueOf"`);
    }
  });

  it('names that are not in the tables are refused as well', () => {
    for (const name of ['Math', 'globalThis', 'window', 'process', 'Function', 'eval', 'this', 'arguments', 'p', 'v0'])
      expect(() => compileFormula('desiredListFactor', `${name} + 1`), name).toThrow(`unknown name "${name}"`);
  });

  it('a response id that is a prototype name is an unknown response', () => {
    for (const name of PROTOTYPE_NAMES) {
      expect(() => compileFormula(name, '1'), name).toThrow(`formula "${name}": unknown response`);
      expect(() => compileResponses(JSON.parse(`{"${name}": "1"}`) as Record<string, string>, p0), name).toThrow(
        'unknown response',
      );
    }
  });
});

describe('the value of a formula is checked over a grid across its inputs', () => {
  it('the probe-passing 1e6 formula is refused, naming the inputs, the value and the allowed range', () => {
    const expr = 'hoursChange == 0 or hoursChange == 8 or hoursChange == -6 ? 1 : 1e6';
    const err = refusal('attritionFactor', expr);
    expect(err?.problem).toBe('probe');
    expect(err?.message).toBe(
      'formula "attritionFactor": must stay finite and between 0.02 and 50 over plausible inputs ' +
        '(hoursChange -15 to 15, onCallChange -30 to 30, incomeRatio 0.5 to 2); ' +
        'at hoursChange = -15, onCallChange = -30, incomeRatio = 0.5 it gives 1000000',
    );
    expect(err?.params).toMatchObject({
      inputs: 'hoursChange = -15, onCallChange = -30, incomeRatio = 0.5',
      got: '1000000',
      min: '0.02',
      max: '50',
    });
    expect(refusal('attractiveness', expr)?.message).toContain(
      'at incomeRatio = 0.5, hoursChange = -15, onCallChange = -30, salariedChange = -1 it gives 1000000',
    );
  });

  it('the probe-passing negative formula is refused', () => {
    const expr = 'hoursChange == 0 or hoursChange == 8 or hoursChange == -6 ? 1 : -5';
    for (const id of ['attritionFactor', 'attractiveness'] as const) {
      const err = refusal(id, expr);
      expect(err?.problem, id).toBe('probe');
      expect(err?.message, id).toMatch(/it gives -5$/);
    }
  });

  it('a negative attractiveness anywhere on the grid is refused', () => {
    expect(refusal('attractiveness', 'incomeRatio - 0.6')?.message).toMatch(
      /^formula "attractiveness": must stay finite and between 0\.02 and 50 .*; at incomeRatio = 0\.5, hoursChange = -15, onCallChange = -30, salariedChange = -1 it gives -0\.09999/,
    );
    expect(refusal('attractiveness', 'salariedChange > 0.7 ? -1 : 1')?.message).toContain(
      'salariedChange = 1 it gives -1',
    );
  });

  it('NaN or Infinity at a grid corner is refused', () => {
    expect(refusal('desiredListFactor', 'workRatio == 2 ? 1/0 : 1')?.message).toMatch(
      /at workRatio = 2, incomeRatio = 0\.5 it gives Infinity$/,
    );
    expect(refusal('desiredListFactor', 'sqrt(incomeRatio - 0.6) + 1')?.message).toMatch(
      /at workRatio = 0\.5, incomeRatio = 0\.5 it gives NaN$/,
    );
    expect(refusal('attritionFactor', 'onCallChange == -30 ? log(0) : 1')?.message).toMatch(
      /at hoursChange = -15, onCallChange = -30, incomeRatio = 0\.5 it gives -Infinity$/,
    );
    expect(refusal('attritionFactor', 'hoursChange > 12 ? exp(1000) : 1')?.message).toMatch(
      /at hoursChange = 15, onCallChange = -30, incomeRatio = 0\.5 it gives Infinity$/,
    );
  });

  it('a value just beyond the allowed range is refused; at its ends it is accepted', () => {
    for (const r of RESPONSES) {
      const { min, max } = RESPONSE_CHECKS[r.id];
      expect(refusal(r.id, String(min)), `${r.id} ${min}`).toBeUndefined();
      expect(refusal(r.id, String(max)), `${r.id} ${max}`).toBeUndefined();
      expect(refusal(r.id, String(max * 1.01))?.message, r.id).toContain(`between ${min} and ${max}`);
      expect(refusal(r.id, String(min * 0.99))?.message, r.id).toContain(`it gives ${min * 0.99}`);
    }
  });

  it('the fallback interpreter is checked the same way', () => {
    const err = withoutFunctionConstructor(() => refusal('attractiveness', 'hoursChange == 0 ? 1 : 1e6'));
    expect(err?.message).toContain('it gives 1000000');
  });

  it('probeFormula (the UI check) refuses what compileResponses refuses', () => {
    const c = compileFormula('attritionFactor', 'hoursChange == 0 or hoursChange == 8 or hoursChange == -6 ? 1 : 1e6');
    expect(() => probeFormula(c, p0)).toThrow('it gives 1000000');
  });

  it('every range is documented and holds its grid, its start value and the probes', () => {
    for (const r of RESPONSES) {
      const check = RESPONSE_CHECKS[r.id];
      expect(check.inputs.length, r.id).toBe(r.variables.length);
      expect(check.min).toBeGreaterThan(0);
      expect(check.max).toBeGreaterThan(check.min);
      for (const input of check.inputs) {
        expect(input.points.length).toBeGreaterThanOrEqual(5);
        expect(input.points[0]).toBe(input.min);
        expect(input.points.at(-1)).toBe(input.max);
        expect(input.points.some((x) => x === 0 || x === 1)).toBe(true);
        expect(input.source).not.toBe('');
      }
    }
  });
});

describe('built-in formulas and scenario files still compile', () => {
  const formulas = Object.fromEntries(RESPONSES.map((r) => [r.id, r.expression]));

  it('every built-in expression passes with the default assumptions', () => {
    expect(() => compileResponses(formulas, p0)).not.toThrow();
    expect(() => withoutFunctionConstructor(() => compileResponses(formulas, p0))).not.toThrow();
  });

  it.each(RESPONSES.map((r) => ({ id: r.id, r })))(
    '$id: the built-in expression passes at every corner of its assumptions’ min-max box',
    ({ r }) => {
      const c = compileFormula(r.id, r.expression);
      const ids = c.usedNames.filter((n) => ASSUMPTIONS.some((a) => a.id === n));
      expect(ids.length).toBeGreaterThan(0);
      for (let mask = 0; mask < 1 << ids.length; mask++) {
        const overrides = Object.fromEntries(
          ids.map((id, i) => {
            const a = ASSUMPTIONS.find((s) => s.id === id)!;
            return [id, mask & (1 << i) ? a.max : a.min];
          }),
        );
        expect(() => probeFormula(c, withAssumptions(p0, overrides)), JSON.stringify(overrides)).not.toThrow();
      }
    },
  );

  const dir = new URL('../../scenarios/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('there are scenario files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s: its formulas (if any) and every built-in expression compile with its assumptions', (file) => {
    const parsed = parseScenario(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const s = parsed.scenario;
    const p = resolveAssumptions(s.assumptions);
    expect(() => compileResponses(s.formulas, p)).not.toThrow();
    expect(() => compileResponses({ ...formulas, ...s.formulas }, p)).not.toThrow();
  });

  it('compiling all three built-in formulas stays fast (< 20 ms after warm-up, median of 9)', () => {
    compileResponses(formulas, p0);
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      const t = performance.now();
      compileResponses(formulas, p0);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    expect(times[4]).toBeLessThan(20);
  });
});

describe('ids', () => {
  it('RESPONSE_CHECKS covers exactly the responses', () => {
    expect(Object.keys(RESPONSE_CHECKS).sort()).toEqual(RESPONSES.map((r) => r.id as ResponseId).sort());
  });
});

// issue 19: the fuzz suite's minimal inputs; the message names what the formula wrote, on one line
describe('refusal messages', () => {
  it("NaN and 1e999 are named as written, not as JSON's null", () => {
    expect(refusal('attritionFactor', 'NaN')?.message).toBe(
      'formula "attritionFactor": only plain numbers are allowed, got NaN',
    );
    expect(refusal('attritionFactor', '1e999')?.message).toBe(
      'formula "attritionFactor": only plain numbers are allowed, got Infinity',
    );
    expect(refusal('attritionFactor', '"a\nb"')?.message).toBe(
      'formula "attritionFactor": only plain numbers are allowed, got "a\\nb"',
    );
  });

  it('a syntax error never carries a line or paragraph separator from the input', () => {
    const e = refusal('attritionFactor', '1 +\u2028')!;
    expect(e.message).toMatch(/^formula "attritionFactor": syntax error: /);
    expect(e.message).not.toMatch(/[\n\r\u2028\u2029]/);
    const f = refusal('attritionFactor', '(1 \u2028 2')!;
    expect(f.message).not.toMatch(/[\n\r\u2028\u2029]/);
  });
});

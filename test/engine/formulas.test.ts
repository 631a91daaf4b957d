// Editable response formulas: each built-in equals its mathjs expression, a run with all formulas compiled
// from their default text equals the built-in run, every rejected formula gets its pinned message, and the
// tree-walking fallback (used when the Function constructor is blocked by a CSP) computes the same values.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FormulaError,
  MAX_FORMULA_LENGTH,
  compileFormula,
  compileResponses,
  type CompiledFormula,
} from '../../src/engine/formulas/formulaCompiler.ts';
import {
  RESPONSES,
  RAW_FIELDS,
  fastPow,
  preparePlan,
  runDeterministic,
  sampleAssumptions,
  type ResponseId,
} from '../../src/engine/index.ts';
import { defaultAssumptions, type AssumptionValues } from '../../src/levers/assumptions.ts';
import { cachedPlan, cachedRun } from '../helpers/engine.ts';

const REL = 1e-12;
const p0 = defaultAssumptions();

/** Values per variable, by response: a grid around the start (ratio 1, change 0). */
const AXES: Record<ResponseId, readonly (readonly number[])[]> = {
  desiredListFactor: [
    [0.5, 0.8, 1, 1.3, 2],
    [0.5, 0.8, 1, 1.3, 2],
  ],
  attritionFactor: [
    [-10, -3, 0, 4, 12],
    [-40, -10, 0, 15, 50],
    [0.4, 0.8, 1, 1.3, 2.5],
  ],
  attractiveness: [
    [0.4, 1, 2.5],
    [-10, 0, 12],
    [-40, 0, 50],
    [-0.5, 0, 0.6],
  ],
};

function grid(axes: readonly (readonly number[])[]): number[][] {
  return axes.reduce<number[][]>((acc, axis) => acc.flatMap((pt) => axis.map((v) => [...pt, v])), [[]]);
}

function call(fn: CompiledFormula['fn'], args: readonly number[], p: AssumptionValues): number {
  const [a = 0, b = 0, c = 0, d = 0, e = 0] = args;
  return fn(a, b, c, d, e, p);
}

function mismatches(
  id: ResponseId,
  f: CompiledFormula['fn'],
  g: CompiledFormula['fn'],
  p: AssumptionValues,
  rel = REL,
): string[] {
  const out: string[] = [];
  for (const args of grid(AXES[id])) {
    const x = call(f, args, p);
    const y = call(g, args, p);
    if (!(Math.abs(x - y) <= rel * Math.max(Math.abs(x), Math.abs(y))))
      out.push(`${id}(${args.join(', ')}): ${x} vs ${y}`);
  }
  return out;
}

/** Compiles with the Function constructor blocked, as under a strict Content-Security-Policy. */
function compileWithoutFunctionConstructor(id: string, expression: string): CompiledFormula {
  vi.stubGlobal('Function', function blocked() {
    throw new EvalError('Function constructor blocked (CSP)');
  });
  try {
    return compileFormula(id, expression);
  } finally {
    vi.unstubAllGlobals();
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('built-in responses and their expressions', () => {
  it.each(RESPONSES.map((r) => ({ id: r.id, r })))(
    '$id: builtin = compiled expression on a grid (default assumptions)',
    ({ r }) => {
      const c = compileFormula(r.id, r.expression);
      expect(c.id).toBe(r.id);
      expect(grid(AXES[r.id]).length).toBeGreaterThan(20);
      expect(mismatches(r.id, r.builtin, c.fn, p0)).toEqual([]);
    },
  );

  it.each(RESPONSES.map((r) => ({ id: r.id, r })))(
    '$id: builtin = compiled expression with sampled assumptions',
    ({ r }) => {
      const c = compileFormula(r.id, r.expression);
      for (let run = 0; run < 5; run++) {
        const p = sampleAssumptions(p0, 42, run);
        expect(mismatches(r.id, r.builtin, c.fn, p), `run ${run}`).toEqual([]);
      }
    },
  );

  it('every response names its variables and uses only those and assumption ids', () => {
    for (const r of RESPONSES) {
      const c = compileFormula(r.id, r.expression);
      const vars = r.variables.map((v) => v.name);
      for (const name of c.usedNames) expect(vars.includes(name) || name in p0, `${r.id}: ${name}`).toBe(true);
      for (const v of vars) expect(c.usedNames, `${r.id} does not use ${v}`).toContain(v);
    }
  });

  it('fastPow equals Math.pow to ~1e-15 for positive bases and falls back to Math.pow otherwise', () => {
    for (const a of [1e-3, 0.5, 1, 2.5, 1e3])
      for (const b of [-2.3, -0.37, 0, 0.7, 3]) {
        const x = fastPow(a, b);
        const y = Math.pow(a, b);
        expect(Math.abs(x - y), `${a}^${b}`).toBeLessThanOrEqual(1e-14 * Math.abs(y));
      }
    expect(fastPow(0, 2)).toBe(0);
    expect(fastPow(-2, 3)).toBe(-8);
  });
});

describe('a run with every formula compiled from its default text', () => {
  it('equals the built-in run (national, 2026-2040) within 1e-9 relative', () => {
    const base = cachedPlan({ endYear: 2040 });
    const formulas = Object.fromEntries(RESPONSES.map((r) => [r.id, r.expression]));
    const compiled = preparePlan({ endYear: 2040, responses: compileResponses(formulas, base.assumptions) });
    for (const r of RESPONSES) expect(compiled.responses[r.id]).not.toBe(r.builtin);
    const a = cachedRun(base);
    const b = runDeterministic(compiled);
    const bad: string[] = [];
    a.raw.forEach((arr, f) => {
      for (let i = 0; i < arr.length; i++) {
        const x = arr[i]!;
        const y = b.raw[f]![i]!;
        if (!(Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y))))
          bad.push(`${RAW_FIELDS[f]}[${i}]: ${x} vs ${y}`);
      }
    });
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('a scenario that edits formulas needs compiled responses', () => {
    expect(() =>
      preparePlan({
        endYear: 2030,
        scenario: {
          schemaVersion: 1,
          id: 'f',
          name: { nb: 'f', en: 'f' },
          levers: {},
          formulas: { desiredListFactor: '1' },
        },
      }),
    ).toThrow(
      'this scenario edits response formulas: compile them with compileResponses() and pass them as `responses`',
    );
  });
});

describe('rejected formulas (pinned messages)', () => {
  const D = 'formula "desiredListFactor": ';
  const ALLOWED = 'allowed: exp, log, log10, sqrt, abs, min, max, pow, tanh, floor, ceil, sign';
  const cases: [string, string, string][] = [
    ['syntax error', '1 +', `${D}syntax error: Unexpected end of expression (char 4)`],
    [
      'unknown name foo',
      'foo * workRatio',
      `${D}unknown name "foo" (expected a variable: workRatio, incomeRatio; an assumption id; or pi, e)`,
    ],
    ['assignment a = 1', 'a = 1', `${D}assignments (=) are not allowed`],
    ['function definition f(x) = x', 'f(x) = x', `${D}function definitions are not allowed`],
    ['matrix [1,2]', '[1,2]', `${D}matrices and arrays are not allowed`],
    ['string "a"', '"a"', `${D}only plain numbers are allowed, got "a"`],
    ['property access', 'workRatio.constructor', `${D}property access is not allowed`],
    ['indexing', 'workRatio[1]', `${D}property access is not allowed`],
    ['evaluate("1")', 'evaluate("1")', `${D}function "evaluate" is not allowed (${ALLOWED})`],
    ['import(...)', 'import("x")', `${D}function "import" is not allowed (${ALLOWED})`],
    ['too long', '1+'.repeat(250) + '1', `${D}the expression is longer than ${MAX_FORMULA_LENGTH} characters`],
    ['wrong arg count exp(1,2)', 'exp(1,2)', `${D}exp() takes 1 argument(s), got 2`],
    ['wrong arg count pow(2)', 'pow(2)', `${D}pow() takes 2 argument(s), got 1`],
    ['two expressions', 'workRatio; 1', `${D}only one expression is allowed (no ";" or line breaks)`],
    ['range', '1:3', `${D}ranges (a:b) are not allowed`],
    ['object', '{a: 1}', `${D}objects are not allowed`],
    ['chained comparison', '1 < workRatio < 3', `${D}chained comparisons are not allowed; use "and"`],
    ['empty', '  ', `${D}the expression is empty`],
  ];

  it.each(cases)('%s', (_name, expr, message) => {
    let err: unknown;
    try {
      compileFormula('desiredListFactor', expr);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FormulaError);
    expect((err as FormulaError).formulaId).toBe('desiredListFactor');
    expect((err as Error).message).toBe(message);
  });

  it('500 characters are still accepted', () => {
    const expr = '1+'.repeat(249) + '01';
    expect(expr.length).toBe(MAX_FORMULA_LENGTH);
    expect(() => compileFormula('desiredListFactor', expr)).not.toThrow();
  });

  it.each([
    ['-1', `${'formula "desiredListFactor": '}must give a finite number above 0 for typical inputs (1, 1), got -1`],
    ['1/0', 'formula "desiredListFactor": must give a finite number above 0 for typical inputs (1, 1), got Infinity'],
    ['0', 'formula "desiredListFactor": must give a finite number above 0 for typical inputs (1, 1), got 0'],
    [
      'workRatio - 1',
      'formula "desiredListFactor": must give a finite number above 0 for typical inputs (1, 1), got 0',
    ],
    [
      'sqrt(workRatio - 1)',
      'formula "desiredListFactor": must give a finite number above 0 for typical inputs (1, 1), got 0',
    ],
    [
      'log(workRatio - 1)',
      'formula "desiredListFactor": must give a finite number above 0 for typical inputs (1, 1), got -Infinity',
    ],
  ])('a formula giving %s at a probe input is rejected by compileResponses', (expr, message) => {
    expect(() => compileFormula('desiredListFactor', expr)).not.toThrow();
    expect(() => compileResponses({ desiredListFactor: expr }, p0)).toThrow(message);
  });

  it('a probe failure at a later probe point names that point', () => {
    expect(() => compileResponses({ desiredListFactor: '(workRatio < 1) ? -1 : 1' }, p0)).toThrow(
      'formula "desiredListFactor": must give a finite number above 0 for typical inputs (0.7, 1.5), got -1',
    );
  });

  it('unknown response id', () => {
    const msg = 'formula "nope": unknown response (expected one of desiredListFactor, attritionFactor, attractiveness)';
    expect(() => compileFormula('nope', '1')).toThrow(msg);
    expect(() => compileResponses({ nope: '1' }, p0)).toThrow(msg);
  });

  it('attritionFactor names its own variables in the unknown-name message', () => {
    expect(() => compileFormula('attritionFactor', 'x')).toThrow(
      'formula "attritionFactor": unknown name "x" (expected a variable: hoursChange, onCallChange, incomeRatio; an assumption id; or pi, e)',
    );
  });
});

describe('fallback interpreter (Function constructor blocked)', () => {
  it('is used when the Function constructor throws, and the generated code otherwise', () => {
    const r = RESPONSES[0]!;
    const normal = compileFormula(r.id, r.expression);
    const fallback = compileWithoutFunctionConstructor(r.id, r.expression);
    expect(normal.fn.toString()).toContain(normal.js);
    expect(fallback.fn.toString()).not.toContain(normal.js);
    expect(fallback.js).toBe(normal.js);
  });

  it.each(RESPONSES.map((r) => ({ id: r.id, r })))('$id: fallback = builtin on the grid', ({ r }) => {
    const fallback = compileWithoutFunctionConstructor(r.id, r.expression);
    expect(mismatches(r.id, r.builtin, fallback.fn, p0)).toEqual([]);
    expect(mismatches(r.id, r.builtin, fallback.fn, sampleAssumptions(p0, 7, 1))).toEqual([]);
  });

  it.each([
    'workRatio > 1 ? 2 : 1',
    'workRatio >= 1 and incomeRatio <= 1 ? 3 : 0.5',
    'workRatio < 0.9 or incomeRatio == 1 ? 3 : 0.5',
    '(not (workRatio != 1)) + 1',
    'log(workRatio + 1, 2) + log(incomeRatio) + 2',
    'max(workRatio, incomeRatio, 0.1) + min(1, 2, 3)',
    'pi / e * workRatio',
    'pow(workRatio, 2) + abs(-1) + sqrt(4) + tanh(1) + floor(1.5) + ceil(0.5) + sign(3) + log10(100)',
    '-workRatio + +3 + 2 workRatio',
    'exp(-listHoursElasticity) * workRatio ^ 2 / incomeRatio',
  ])('compiled and fallback agree on %s', (expr) => {
    const compiled = compileFormula('desiredListFactor', expr);
    const fallback = compileWithoutFunctionConstructor('desiredListFactor', expr);
    expect(mismatches('desiredListFactor', compiled.fn, fallback.fn, p0)).toEqual([]);
  });
});

describe('a formula that overflows during a run', () => {
  it('stops the run with the field, municipality and year instead of recording NaN', async () => {
    const { compileResponses } = await import('../../src/engine/formulas/formulaCompiler.ts');
    const { preparePlan, runDeterministic, resolveAssumptions } = await import('../../src/engine/index.ts');
    // passes the probes (hours changes of 0, 8 and -6 give 1) but is infinite for changes between 0.5 and 5 hours
    const responses = compileResponses(
      { attractiveness: 'hoursChange > 0.5 and hoursChange < 5 ? exp(1000) : 1' },
      resolveAssumptions(),
    );
    const plan = preparePlan({ endYear: 2030, responses });
    expect(() => runDeterministic(plan)).toThrow(/the model produced a non-finite \w+ for .+ \(\d{4}\) in \d{4}/);
  });
});

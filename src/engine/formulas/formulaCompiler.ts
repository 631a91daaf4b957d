/**
 * Compiles user-edited response formulas. A restricted mathjs instance (parse only; no evaluate, import,
 * createUnit or reviver exist in it) turns the text into a syntax tree; a whitelist walk accepts only
 * numbers, the response's variables, assumption ids, arithmetic, comparisons, conditionals and a fixed set
 * of functions; the tree is then turned into a plain JavaScript function (no mathjs at run time), so an
 * edited formula runs as fast as the built-in one. Every problem is reported with the formula id and
 * what was expected, before any run.
 *
 * Sandbox: every name is looked up only in the compiler's own tables (Maps and a Set, never a plain object), so
 * no name reaches JavaScript's object prototype: "constructor", "__proto__", "valueOf", "hasOwnProperty" … are
 * unknown names like any other. Bounds: before a formula is used, its value is checked over a fixed grid across
 * each input's plausible range (RESPONSE_CHECKS) and must stay finite and inside the response's allowed range.
 */
import { create, parseDependencies, type MathNode } from 'mathjs';
import { ASSUMPTION_IDS } from '../../levers/assumptionCore.ts';
import { MAX_QUOTED_CHARS, printable, quoteText } from '../../levers/values.ts';
import {
  RESPONSES,
  builtinResponses,
  fastPow,
  getResponse,
  type ResponseFn,
  type ResponseFunctions,
  type ResponseId,
} from './responses.ts';

const math = create({ parseDependencies: parseDependencies! }, {});
const parse = math.parse;

export const MAX_FORMULA_LENGTH = 500;

/** A mathjs message cut to a readable length (the formula itself is at most MAX_FORMULA_LENGTH characters). */
const capDetail = (text: string): string =>
  text.length <= 2 * MAX_QUOTED_CHARS ? text : `${text.slice(0, 2 * MAX_QUOTED_CHARS)}…`;

interface FunctionSpec {
  readonly js: string;
  readonly minArgs: number;
  readonly maxArgs: number;
  /** The same function for the tree-walking fallback. */
  readonly impl: (...xs: number[]) => number;
}

// Maps, not object literals: a lookup never reaches Object.prototype (constructor, __proto__, valueOf …).
const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map<string, FunctionSpec>([
  ['exp', { js: 'Math.exp', minArgs: 1, maxArgs: 1, impl: Math.exp }],
  ['log', { js: 'Math.log', minArgs: 1, maxArgs: 2, impl: Math.log }],
  ['log10', { js: 'Math.log10', minArgs: 1, maxArgs: 1, impl: Math.log10 }],
  ['sqrt', { js: 'Math.sqrt', minArgs: 1, maxArgs: 1, impl: Math.sqrt }],
  ['abs', { js: 'Math.abs', minArgs: 1, maxArgs: 1, impl: Math.abs }],
  ['min', { js: 'Math.min', minArgs: 1, maxArgs: 8, impl: Math.min }],
  ['max', { js: 'Math.max', minArgs: 1, maxArgs: 8, impl: Math.max }],
  ['pow', { js: 'fastPow', minArgs: 2, maxArgs: 2, impl: (a = 0, b = 0) => fastPow(a, b) }],
  ['tanh', { js: 'Math.tanh', minArgs: 1, maxArgs: 1, impl: Math.tanh }],
  ['floor', { js: 'Math.floor', minArgs: 1, maxArgs: 1, impl: Math.floor }],
  ['ceil', { js: 'Math.ceil', minArgs: 1, maxArgs: 1, impl: Math.ceil }],
  ['sign', { js: 'Math.sign', minArgs: 1, maxArgs: 1, impl: Math.sign }],
]);
const ALLOWED_FUNCTIONS = [...FUNCTIONS.keys()].join(', ');

const BINARY: ReadonlyMap<string, (a: string, b: string) => string> = new Map<string, (a: string, b: string) => string>(
  [
    ['add', (a, b) => `(${a} + ${b})`],
    ['subtract', (a, b) => `(${a} - ${b})`],
    ['multiply', (a, b) => `(${a} * ${b})`],
    ['divide', (a, b) => `(${a} / ${b})`],
    ['pow', (a, b) => `fastPow(${a}, ${b})`],
    ['larger', (a, b) => `(${a} > ${b} ? 1 : 0)`],
    ['smaller', (a, b) => `(${a} < ${b} ? 1 : 0)`],
    ['largerEq', (a, b) => `(${a} >= ${b} ? 1 : 0)`],
    ['smallerEq', (a, b) => `(${a} <= ${b} ? 1 : 0)`],
    ['equal', (a, b) => `(${a} === ${b} ? 1 : 0)`],
    ['unequal', (a, b) => `(${a} !== ${b} ? 1 : 0)`],
    ['and', (a, b) => `(${a} !== 0 && ${b} !== 0 ? 1 : 0)`],
    ['or', (a, b) => `(${a} !== 0 || ${b} !== 0 ? 1 : 0)`],
  ],
);
const UNARY: ReadonlyMap<string, (a: string) => string> = new Map<string, (a: string) => string>([
  ['unaryMinus', (a) => `(-${a})`],
  ['unaryPlus', (a) => `(+${a})`],
  ['not', (a) => `(${a} === 0 ? 1 : 0)`],
]);
const CONSTANTS: ReadonlyMap<string, { readonly js: string; readonly value: number }> = new Map([
  ['pi', { js: 'Math.PI', value: Math.PI }],
  ['e', { js: 'Math.E', value: Math.E }],
]);
const ASSUMPTION_SET: ReadonlySet<string> = new Set<string>(ASSUMPTION_IDS);

/** What went wrong, for messages in other languages (the UI); the English message is in `message`. */
export type FormulaProblem =
  | 'unknownResponse'
  | 'empty'
  | 'tooLong'
  | 'syntax'
  | 'number'
  | 'unknownName'
  | 'operator'
  | 'function'
  | 'arity'
  | 'notAllowed'
  | 'probe';

export class FormulaError extends Error {
  constructor(
    readonly formulaId: string,
    message: string,
    readonly problem: FormulaProblem = 'notAllowed',
    /** Values named in the message (a name, an operator, the inputs …), for translated messages. */
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(`formula "${formulaId}": ${message}`);
  }
}

interface Node {
  type: string;
  value?: unknown;
  name?: string;
  fn?: unknown;
  op?: string;
  args?: Node[];
  content?: Node;
  condition?: Node;
  trueExpr?: Node;
  falseExpr?: Node;
}

const DESCRIBE: ReadonlyMap<string, string> = new Map([
  ['AssignmentNode', 'assignments (=) are not allowed'],
  ['FunctionAssignmentNode', 'function definitions are not allowed'],
  ['AccessorNode', 'property access is not allowed'],
  ['IndexNode', 'indexing is not allowed'],
  ['ArrayNode', 'matrices and arrays are not allowed'],
  ['ObjectNode', 'objects are not allowed'],
  ['RangeNode', 'ranges (a:b) are not allowed'],
  ['BlockNode', 'only one expression is allowed (no ";" or line breaks)'],
  ['RelationalNode', 'chained comparisons are not allowed; use "and"'],
]);

function toJs(node: Node, id: string, vars: readonly string[], used: Set<string>): string {
  switch (node.type) {
    case 'ConstantNode': {
      if (typeof node.value !== 'number' || !Number.isFinite(node.value)) {
        // as the formula wrote it (NaN, Infinity, a quoted text, true, null, undefined), never JSON's "null"
        const value = typeof node.value === 'string' ? quoteText(node.value) : String(node.value);
        throw new FormulaError(id, `only plain numbers are allowed, got ${value}`, 'number', { value });
      }
      return `(${String(node.value)})`;
    }
    case 'SymbolNode': {
      const name = node.name ?? '';
      const vi = vars.indexOf(name);
      if (vi >= 0) {
        used.add(name);
        return `v${vi}`;
      }
      if (ASSUMPTION_SET.has(name)) {
        used.add(name);
        return `p.${name}`;
      }
      const constant = CONSTANTS.get(name);
      if (constant) return constant.js;
      throw new FormulaError(
        id,
        `unknown name "${name}" (expected a variable: ${vars.join(', ')}; an assumption id; or pi, e)`,
        'unknownName',
        { name, vars: vars.join(', ') },
      );
    }
    case 'ParenthesisNode':
      return `(${toJs(node.content as Node, id, vars, used)})`;
    case 'OperatorNode': {
      const fn = String(node.fn);
      const args = (node.args ?? []).map((a) => toJs(a, id, vars, used));
      const binary = args.length === 2 ? BINARY.get(fn) : undefined;
      if (binary) return binary(args[0]!, args[1]!);
      const unary = args.length === 1 ? UNARY.get(fn) : undefined;
      if (unary) return unary(args[0]!);
      throw new FormulaError(
        id,
        `operator "${node.op ?? fn}" is not allowed (use + - * / ^, comparisons, and, or, not)`,
        'operator',
        { op: String(node.op ?? fn) },
      );
    }
    case 'FunctionNode': {
      const fnNode = node.fn as Node;
      const name = fnNode && fnNode.type === 'SymbolNode' ? (fnNode.name ?? '') : '';
      const spec = FUNCTIONS.get(name);
      if (!spec)
        throw new FormulaError(
          id,
          `function "${name || '?'}" is not allowed (allowed: ${ALLOWED_FUNCTIONS})`,
          'function',
          {
            name: name || '?',
            allowed: ALLOWED_FUNCTIONS,
          },
        );
      const args = (node.args ?? []).map((a) => toJs(a, id, vars, used));
      if (args.length < spec.minArgs || args.length > spec.maxArgs) {
        throw new FormulaError(
          id,
          `${name}() takes ${spec.minArgs === spec.maxArgs ? spec.minArgs : `${spec.minArgs}-${spec.maxArgs}`} argument(s), got ${args.length}`,
          'arity',
          {
            name,
            expected: spec.minArgs === spec.maxArgs ? String(spec.minArgs) : `${spec.minArgs}-${spec.maxArgs}`,
            got: String(args.length),
          },
        );
      }
      if (name === 'log' && args.length === 2) return `(Math.log(${args[0]}) / Math.log(${args[1]}))`;
      return `${spec.js}(${args.join(', ')})`;
    }
    case 'ConditionalNode':
      return `(${toJs(node.condition as Node, id, vars, used)} !== 0 ? ${toJs(node.trueExpr as Node, id, vars, used)} : ${toJs(node.falseExpr as Node, id, vars, used)})`;
    default:
      throw new FormulaError(id, DESCRIBE.get(node.type) ?? `${node.type} is not allowed`, 'notAllowed', {
        what: node.type,
      });
  }
}

/** Typical variable values where every response must give a finite, positive result. */
const PROBES: Readonly<Record<ResponseId, readonly (readonly number[])[]>> = {
  desiredListFactor: [
    [1, 1],
    [0.7, 1.5],
    [1.4, 0.8],
  ],
  attritionFactor: [
    [0, 0, 1],
    [8, 30, 0.8],
    [-6, -20, 1.4],
  ],
  attractiveness: [
    [1, 0, 0, 0],
    [0.8, 8, 30, -0.4],
    [1.5, -6, -20, 0.6],
  ],
};

/** One input's plausible range and the grid points checked across it (ends included, start value included). */
export interface InputRange {
  readonly min: number;
  readonly max: number;
  readonly unit: string;
  readonly points: readonly number[];
  /** Why this range: "judgement" and the reasoning. */
  readonly source: string;
}

/** What a response's value is checked against: its inputs' plausible ranges (in argument order) and its allowed range. */
export interface ResponseCheck {
  readonly inputs: readonly InputRange[];
  readonly min: number;
  readonly max: number;
  readonly source: string;
}

const RATIO: InputRange = {
  min: 0.5,
  max: 2,
  unit: '× start',
  points: [0.5, 0.63, 0.8, 1, 1.25, 1.6, 2],
  source: 'judgement: income or work per patient or per GP halved to doubled against the start year within the horizon',
};
const HOURS: InputRange = {
  min: -15,
  max: 15,
  unit: 'h/week',
  points: [-15, -10, -5, 0, 5, 10, 15],
  source: 'judgement: a GP week of about 40-70 hours around today’s ~55',
};
const ON_CALL: InputRange = {
  min: -30,
  max: 30,
  unit: 'h/month',
  points: [-30, -20, -10, 0, 10, 20, 30],
  source: 'judgement: from no legevakt to twice today’s load of a participant; the legevakt cap lever is 40 h/month',
};
const SALARIED: InputRange = {
  min: -1,
  max: 1,
  unit: 'share',
  points: [-1, -0.5, 0, 0.5, 1],
  source: 'a change of a share of new contracts (0-1) lies in -1…1',
};

/**
 * Plausible inputs and allowed values per response. The allowed ranges hold the built-in expressions at every
 * corner of their assumptions' min-max box over these inputs (test/engine/formulaSandbox.test.ts), and refuse
 * values no GP market shows (judgement): lists beyond 3 × or below 0.2 × the start ceiling, attrition or
 * attractiveness beyond 50 × or below 1/50 of the start.
 */
export const RESPONSE_CHECKS: Readonly<Record<ResponseId, ResponseCheck>> = {
  desiredListFactor: { inputs: [RATIO, RATIO], min: 0.2, max: 3, source: 'judgement' },
  attritionFactor: { inputs: [HOURS, ON_CALL, RATIO], min: 0.02, max: 50, source: 'judgement' },
  attractiveness: { inputs: [RATIO, HOURS, ON_CALL, SALARIED], min: 0.02, max: 50, source: 'judgement' },
};

/** Every grid point of a response (the product of its inputs' points), flattened, 5 values a point. */
function gridOf(check: ResponseCheck): Float64Array {
  let pts: number[][] = [[]];
  for (const input of check.inputs) pts = pts.flatMap((pt) => input.points.map((x) => [...pt, x]));
  const out = new Float64Array(pts.length * 5);
  pts.forEach((pt, i) => pt.forEach((x, j) => (out[i * 5 + j] = x)));
  return out;
}
const GRIDS: ReadonlyMap<ResponseId, Float64Array> = new Map(
  RESPONSES.map((r) => [r.id, gridOf(RESPONSE_CHECKS[r.id])] as const),
);

export interface CompiledFormula {
  readonly id: ResponseId;
  readonly fn: ResponseFn;
  /** Generated JavaScript expression (for display and tests). */
  readonly js: string;
  readonly usedNames: readonly string[];
}

/** Compiles one response formula, or throws FormulaError with a specific message. */
export function compileFormula(id: string, expression: string): CompiledFormula {
  const spec = getResponse(id);
  if (!spec)
    throw new FormulaError(
      id,
      `unknown response (expected one of ${RESPONSES.map((r) => r.id).join(', ')})`,
      'unknownResponse',
    );
  if (typeof expression !== 'string' || expression.trim() === '')
    throw new FormulaError(id, 'the expression is empty', 'empty');
  if (expression.length > MAX_FORMULA_LENGTH)
    throw new FormulaError(id, `the expression is longer than ${MAX_FORMULA_LENGTH} characters`, 'tooLong', {
      max: String(MAX_FORMULA_LENGTH),
    });
  let tree: MathNode;
  try {
    tree = parse(expression);
  } catch (e) {
    // mathjs quotes the input in its messages: escaped (line breaks, control and bidi characters) and cut
    const detail = printable(capDetail((e as Error).message));
    throw new FormulaError(id, `syntax error: ${detail}`, 'syntax', { detail });
  }
  const vars = spec.variables.map((v) => v.name);
  const used = new Set<string>();
  const js = toJs(tree as unknown as Node, id, vars, used);
  const argNames = ['v0', 'v1', 'v2', 'v3', 'v4'];
  let fn: ResponseFn;
  try {
    const factory = new Function(
      'fastPow',
      `"use strict"; return function (${argNames.join(', ')}, p) { return ${js}; };`,
    );
    fn = factory(fastPow) as ResponseFn;
  } catch {
    // Function constructor unavailable (strict CSP): fall back to an interpreter of the same tree.
    fn = interpret(tree as unknown as Node, vars);
  }
  return { id: spec.id, fn, js, usedNames: [...used] };
}

/**
 * Checks a compiled formula with the given assumption values: finite and above 0 at the typical inputs
 * (PROBES), then finite and inside the response's allowed range at every point of its grid (RESPONSE_CHECKS)
 * and at the probes. Throws FormulaError ('probe') naming the inputs, the value and the allowed range.
 */
export function probeFormula(c: CompiledFormula, p: Parameters<ResponseFn>[5]): void {
  for (const args of PROBES[c.id]) {
    const [a = 0, b = 0, cc = 0, d = 0, e = 0] = args;
    const y = c.fn(a, b, cc, d, e, p);
    if (typeof y !== 'number' || !Number.isFinite(y) || y <= 0) {
      throw new FormulaError(
        c.id,
        `must give a finite number above 0 for typical inputs (${args.join(', ')}), got ${String(y)}`,
        'probe',
        { inputs: args.join(', '), got: String(y) },
      );
    }
  }
  const check = RESPONSE_CHECKS[c.id];
  const { min, max } = check;
  const fn = c.fn;
  const outside = (y: number) => !(y >= min && y <= max); // NaN is outside
  for (const args of PROBES[c.id]) {
    const [a = 0, b = 0, cc = 0, d = 0, e = 0] = args;
    if (outside(fn(a, b, cc, d, e, p))) rangeError(c, p, [a, b, cc, d, e]);
  }
  const g = GRIDS.get(c.id)!;
  for (let i = 0; i < g.length; i += 5) {
    if (outside(fn(g[i]!, g[i + 1]!, g[i + 2]!, g[i + 3]!, g[i + 4]!, p)))
      rangeError(c, p, [g[i]!, g[i + 1]!, g[i + 2]!, g[i + 3]!, g[i + 4]!]);
  }
}

function rangeError(c: CompiledFormula, p: Parameters<ResponseFn>[5], args: readonly number[]): never {
  const check = RESPONSE_CHECKS[c.id];
  const names = getResponse(c.id)!.variables.map((v) => v.name);
  const [a = 0, b = 0, cc = 0, d = 0, e = 0] = args;
  const got = String(c.fn(a, b, cc, d, e, p));
  const inputs = names.map((n, i) => `${n} = ${args[i]}`).join(', ');
  const ranges = names.map((n, i) => `${n} ${check.inputs[i]!.min} to ${check.inputs[i]!.max}`).join(', ');
  throw new FormulaError(
    c.id,
    `must stay finite and between ${check.min} and ${check.max} over plausible inputs (${ranges}); at ${inputs} it gives ${got}`,
    'probe',
    { inputs, got, min: String(check.min), max: String(check.max), ranges },
  );
}

/** Built-in responses with the given formulas replaced by compiled versions (each probed). */
export function compileResponses(
  formulas: Readonly<Record<string, string>> | undefined,
  p: Parameters<ResponseFn>[5],
): ResponseFunctions {
  const out: Record<string, ResponseFn> = { ...builtinResponses() };
  for (const [id, expr] of Object.entries(formulas ?? {})) {
    const c = compileFormula(id, expr);
    probeFormula(c, p);
    out[id] = c.fn;
  }
  return out as unknown as ResponseFunctions;
}

/** Tree-walking fallback with the same semantics as the generated code. */
function interpret(root: Node, vars: readonly string[]): ResponseFn {
  const ev = (n: Node, v: readonly number[], p: Record<string, number>): number => {
    switch (n.type) {
      case 'ConstantNode':
        return n.value as number;
      case 'SymbolNode': {
        const name = n.name ?? '';
        // same order as toJs: variables, assumption ids, constants (only names toJs accepted reach here)
        const i = vars.indexOf(name);
        if (i >= 0) return v[i] ?? 0;
        if (ASSUMPTION_SET.has(name)) return Object.hasOwn(p, name) ? p[name]! : Number.NaN;
        return CONSTANTS.get(name)?.value ?? Number.NaN;
      }
      case 'ParenthesisNode':
        return ev(n.content as Node, v, p);
      case 'ConditionalNode':
        return ev(n.condition as Node, v, p) !== 0 ? ev(n.trueExpr as Node, v, p) : ev(n.falseExpr as Node, v, p);
      case 'OperatorNode': {
        const a = (n.args ?? []).map((x) => ev(x, v, p));
        const [x = 0, y = 0] = a;
        switch (String(n.fn)) {
          case 'add':
            return x + y;
          case 'subtract':
            return x - y;
          case 'multiply':
            return x * y;
          case 'divide':
            return x / y;
          case 'pow':
            return fastPow(x, y);
          case 'larger':
            return x > y ? 1 : 0;
          case 'smaller':
            return x < y ? 1 : 0;
          case 'largerEq':
            return x >= y ? 1 : 0;
          case 'smallerEq':
            return x <= y ? 1 : 0;
          case 'equal':
            return x === y ? 1 : 0;
          case 'unequal':
            return x !== y ? 1 : 0;
          case 'and':
            return x !== 0 && y !== 0 ? 1 : 0;
          case 'or':
            return x !== 0 || y !== 0 ? 1 : 0;
          case 'unaryMinus':
            return -x;
          case 'unaryPlus':
            return x;
          case 'not':
            return x === 0 ? 1 : 0;
          default:
            return Number.NaN;
        }
      }
      case 'FunctionNode': {
        const name = (n.fn as Node).name ?? '';
        const a = (n.args ?? []).map((x) => ev(x, v, p));
        if (name === 'log' && a.length === 2) return Math.log(a[0]!) / Math.log(a[1]!);
        const f = FUNCTIONS.get(name)?.impl;
        return f ? f(...a) : Number.NaN;
      }
      default:
        return Number.NaN;
    }
  };
  return (a, b, c, d, e, p) => ev(root, [a, b, c, d, e], p as unknown as Record<string, number>);
}

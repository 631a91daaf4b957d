/**
 * Compiles user-edited response formulas. A restricted mathjs instance (parse only; no evaluate, import,
 * createUnit or reviver exist in it) turns the text into a syntax tree; a whitelist walk accepts only
 * numbers, the response's variables, assumption ids, arithmetic, comparisons, conditionals and a fixed set
 * of functions; the tree is then turned into a plain JavaScript function (no mathjs at run time), so an
 * edited formula runs as fast as the built-in one. Every problem is reported with the formula id and
 * what was expected, before any run.
 */
import { create, parseDependencies, type MathNode } from 'mathjs';
import { ASSUMPTION_IDS } from '../../levers/assumptions.ts';
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

const FUNCTIONS: Readonly<Record<string, { js: string; minArgs: number; maxArgs: number }>> = {
  exp: { js: 'Math.exp', minArgs: 1, maxArgs: 1 },
  log: { js: 'Math.log', minArgs: 1, maxArgs: 2 },
  log10: { js: 'Math.log10', minArgs: 1, maxArgs: 1 },
  sqrt: { js: 'Math.sqrt', minArgs: 1, maxArgs: 1 },
  abs: { js: 'Math.abs', minArgs: 1, maxArgs: 1 },
  min: { js: 'Math.min', minArgs: 1, maxArgs: 8 },
  max: { js: 'Math.max', minArgs: 1, maxArgs: 8 },
  pow: { js: 'fastPow', minArgs: 2, maxArgs: 2 },
  tanh: { js: 'Math.tanh', minArgs: 1, maxArgs: 1 },
  floor: { js: 'Math.floor', minArgs: 1, maxArgs: 1 },
  ceil: { js: 'Math.ceil', minArgs: 1, maxArgs: 1 },
  sign: { js: 'Math.sign', minArgs: 1, maxArgs: 1 },
};

const BINARY: Readonly<Record<string, (a: string, b: string) => string>> = {
  add: (a, b) => `(${a} + ${b})`,
  subtract: (a, b) => `(${a} - ${b})`,
  multiply: (a, b) => `(${a} * ${b})`,
  divide: (a, b) => `(${a} / ${b})`,
  pow: (a, b) => `fastPow(${a}, ${b})`,
  larger: (a, b) => `(${a} > ${b} ? 1 : 0)`,
  smaller: (a, b) => `(${a} < ${b} ? 1 : 0)`,
  largerEq: (a, b) => `(${a} >= ${b} ? 1 : 0)`,
  smallerEq: (a, b) => `(${a} <= ${b} ? 1 : 0)`,
  equal: (a, b) => `(${a} === ${b} ? 1 : 0)`,
  unequal: (a, b) => `(${a} !== ${b} ? 1 : 0)`,
  and: (a, b) => `(${a} !== 0 && ${b} !== 0 ? 1 : 0)`,
  or: (a, b) => `(${a} !== 0 || ${b} !== 0 ? 1 : 0)`,
};
const UNARY: Readonly<Record<string, (a: string) => string>> = {
  unaryMinus: (a) => `(-${a})`,
  unaryPlus: (a) => `(+${a})`,
  not: (a) => `(${a} === 0 ? 1 : 0)`,
};
const CONSTANTS: Readonly<Record<string, string>> = { pi: 'Math.PI', e: 'Math.E' };

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

const DESCRIBE: Readonly<Record<string, string>> = {
  AssignmentNode: 'assignments (=) are not allowed',
  FunctionAssignmentNode: 'function definitions are not allowed',
  AccessorNode: 'property access is not allowed',
  IndexNode: 'indexing is not allowed',
  ArrayNode: 'matrices and arrays are not allowed',
  ObjectNode: 'objects are not allowed',
  RangeNode: 'ranges (a:b) are not allowed',
  BlockNode: 'only one expression is allowed (no ";" or line breaks)',
  RelationalNode: 'chained comparisons are not allowed; use "and"',
};

function toJs(node: Node, id: string, vars: readonly string[], used: Set<string>): string {
  switch (node.type) {
    case 'ConstantNode': {
      if (typeof node.value !== 'number' || !Number.isFinite(node.value))
        throw new FormulaError(id, `only plain numbers are allowed, got ${JSON.stringify(node.value)}`, 'number', {
          value: JSON.stringify(node.value),
        });
      return `(${String(node.value)})`;
    }
    case 'SymbolNode': {
      const name = node.name ?? '';
      const vi = vars.indexOf(name);
      if (vi >= 0) {
        used.add(name);
        return `v${vi}`;
      }
      if ((ASSUMPTION_IDS as readonly string[]).includes(name)) {
        used.add(name);
        return `p.${name}`;
      }
      if (name in CONSTANTS) return CONSTANTS[name]!;
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
      if (args.length === 2 && BINARY[fn]) return BINARY[fn](args[0]!, args[1]!);
      if (args.length === 1 && UNARY[fn]) return UNARY[fn](args[0]!);
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
      const spec = FUNCTIONS[name];
      if (!spec)
        throw new FormulaError(
          id,
          `function "${name || '?'}" is not allowed (allowed: ${Object.keys(FUNCTIONS).join(', ')})`,
          'function',
          { name: name || '?', allowed: Object.keys(FUNCTIONS).join(', ') },
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
      throw new FormulaError(id, DESCRIBE[node.type] ?? `${node.type} is not allowed`, 'notAllowed', {
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
    throw new FormulaError(id, `syntax error: ${(e as Error).message}`, 'syntax', { detail: (e as Error).message });
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

/** Checks a compiled formula at typical inputs with the given assumption values. */
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
        const i = vars.indexOf(name);
        if (i >= 0) return v[i] ?? 0;
        if (name === 'pi') return Math.PI;
        if (name === 'e' && !(name in p)) return Math.E;
        return p[name] ?? Number.NaN;
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
        const f = (Math as unknown as Record<string, (...xs: number[]) => number>)[name];
        return f ? f(...a) : Number.NaN;
      }
      default:
        return Number.NaN;
    }
  };
  return (a, b, c, d, e, p) => ev(root, [a, b, c, d, e], p as unknown as Record<string, number>);
}

/**
 * Lever values: defaults from the registry, validation with specific messages (which lever, what was
 * expected), parsing of text input (CLI, URL), and numeric encoding for the engine's typed arrays.
 * Unknown ids and out-of-range values are errors; nothing is silently clamped here.
 */
import { LEVERS, getLever, type LeverId } from './registry.ts';
import type { LeverSpec, LeverValue } from './types.ts';

export type LeverValues = Record<LeverId, LeverValue>;

export function defaultLeverValues(): LeverValues {
  const out = {} as LeverValues;
  for (const l of LEVERS) out[l.id] = l.default;
  return out;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

function fmt(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/** Quoted input in messages is cut to this many characters (then "…"), so a huge value gives a readable line. */
export const MAX_QUOTED_CHARS = 200;

/** Text as a message quotes it: JSON-escaped and printable(), at most MAX_QUOTED_CHARS (then "…"). */
export function quoteText(text: string): string {
  if (text.length <= MAX_QUOTED_CHARS) return printable(JSON.stringify(text));
  let cut = text.slice(0, MAX_QUOTED_CHARS);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1); // never split a surrogate pair
  return printable(JSON.stringify(cut + '…'));
}

/** Short escapes for the usual control characters; others become \uXXXX. */
const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
]);

/**
 * Text with line breaks, control characters and bidirectional overrides escaped (\n, \u001b, \u202e …), so
 * that quoted input can neither split a message's line nor reorder or recolour it.
 */
export function printable(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what it escapes
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => ESCAPES.get(c) ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Containers larger than this are described by their size only (no serialising of deep or huge input). */
const MAX_DESCRIBED_NODES = 50;

/** True when `x` (an array or object) holds at most `budget` nodes in total, counted without recursion. */
function isSmall(x: object, budget: number): boolean {
  const stack: unknown[] = [x];
  let seen = 0;
  while (stack.length > 0) {
    const v = stack.pop();
    if (++seen > budget) return false;
    if (typeof v !== 'object' || v === null) continue;
    for (const k of Object.keys(v)) {
      if (seen + stack.length >= budget) return false;
      stack.push((v as Record<string, unknown>)[k]);
    }
  }
  return true;
}

/** A JSON object (not null, not an array): what the checks of files, links and scenarios walk into. */
export const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Any input value as a message shows it after "got": numbers and null as written (NaN and Infinity by name),
 * texts quoted and cut, small arrays and objects as JSON (cut), larger ones by their size. Never throws.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return quoteText(value);
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (typeof value === 'object') {
    const size = Array.isArray(value)
      ? `an array of ${value.length} items`
      : `an object with ${Object.keys(value).length} fields`;
    if (!isSmall(value, MAX_DESCRIBED_NODES)) return size;
    const json = JSON.stringify(value);
    return json.length <= MAX_QUOTED_CHARS ? json : `${json.slice(0, MAX_QUOTED_CHARS)}…`;
  }
  return typeof value;
}

/** Describes the accepted values of a lever, for error messages. */
export function expectedValues(spec: LeverSpec): string {
  switch (spec.kind) {
    case 'number':
      return `a number from ${fmt(spec.min)} to ${fmt(spec.max)}${spec.allowNone ? ' or "none"' : ''}`;
    case 'toggle':
      return '0 or 1 (off/on)';
    case 'choice':
      return `one of ${spec.choices.map((c) => `"${c.value}"`).join(', ')}`;
  }
}

/** Checks one lever value (already typed: number, string or null). */
export function checkLeverValue(id: string, value: unknown): Checked<LeverValue> {
  const spec = getLever(id);
  if (!spec) return { ok: false, error: `unknown lever ${quoteText(id)}` };
  const bad = (): Checked<LeverValue> => ({
    ok: false,
    error: `lever ${quoteText(id)}: expected ${expectedValues(spec)}, got ${describeValue(value)}`,
  });
  switch (spec.kind) {
    case 'number':
      if (value === null) return spec.allowNone ? { ok: true, value: null } : bad();
      if (typeof value !== 'number' || !Number.isFinite(value)) return bad();
      if (value < spec.min - 1e-9 || value > spec.max + 1e-9) return bad();
      return { ok: true, value };
    case 'toggle':
      if (value === 0 || value === 1) return { ok: true, value };
      if (value === true || value === false) return { ok: true, value: value ? 1 : 0 };
      return bad();
    case 'choice':
      if (typeof value === 'string' && spec.choices.some((c) => c.value === value)) return { ok: true, value };
      return bad();
  }
}

/** Parses text such as "1000", "40%", "none", "on" or "breakpoint" into a checked lever value. */
export function parseLeverText(id: string, text: string): Checked<LeverValue> {
  const spec = getLever(id);
  if (!spec) return { ok: false, error: `unknown lever ${quoteText(id)}` };
  const t = text.trim();
  if (spec.kind === 'choice') return checkLeverValue(id, t);
  if (spec.kind === 'toggle') {
    const map: Record<string, number> = { '0': 0, '1': 1, off: 0, on: 1, false: 0, true: 1, av: 0, på: 1 };
    const v = map[t.toLowerCase()];
    return v === undefined ? checkLeverValue(id, t) : checkLeverValue(id, v);
  }
  if (/^(none|ingen)$/i.test(t)) return checkLeverValue(id, null);
  const pct = /%$/.test(t);
  const cleaned = t
    .replace(/%$/, '')
    .replace(/[\s\u00a0]/g, '')
    .replace(',', '.')
    .replace('\u2212', '-');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) {
    return {
      ok: false,
      error: `lever ${quoteText(id)}: expected ${expectedValues(spec)}, got ${quoteText(text)} (not a number)`,
    };
  }
  const n = Number(cleaned);
  if (!Number.isFinite(n))
    return {
      ok: false,
      error: `lever ${quoteText(id)}: expected ${expectedValues(spec)}, got ${quoteText(text)} (too large)`,
    };
  return checkLeverValue(id, pct ? n / 100 : n);
}

/** Encodes a lever value as a number for the engine: choice → index, none → NaN. */
export function encodeLeverValue(spec: LeverSpec, value: LeverValue): number {
  if (spec.kind === 'choice') {
    const i = spec.choices.findIndex((c) => c.value === value);
    if (i < 0) throw new Error(`lever "${spec.id}": cannot encode ${String(value)}`);
    return i;
  }
  if (value === null) return Number.NaN;
  if (typeof value !== 'number') throw new Error(`lever "${spec.id}": cannot encode ${String(value)}`);
  return value;
}

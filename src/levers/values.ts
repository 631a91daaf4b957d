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
  if (!spec) return { ok: false, error: `unknown lever "${id}"` };
  const bad = (): Checked<LeverValue> => ({
    ok: false,
    error: `lever "${id}": expected ${expectedValues(spec)}, got ${JSON.stringify(value) ?? String(value)}`,
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
  if (!spec) return { ok: false, error: `unknown lever "${id}"` };
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
    return { ok: false, error: `lever "${id}": expected ${expectedValues(spec)}, got "${text}" (not a number)` };
  }
  const n = Number(cleaned);
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

/**
 * A target for an outcome, as typed: "<=0.01", ">= 2000", "<0.05" (an operator and a number; "≤"/"≥" accepted).
 * Parsed with a message that names the field; `meets` says whether a value reaches it.
 */
export interface Target {
  readonly op: '<=' | '>=';
  readonly value: number;
}

/** Parses a target; the error names `field` and what was expected. */
export function parseTarget(
  text: string,
  field = 'target',
): { ok: true; target: Target } | { ok: false; error: string } {
  const m = /^\s*(<=|>=|<|>|≤|≥)\s*(-?\d+(?:[.,]\d+)?(?:e-?\d+)?)\s*(%?)\s*$/i.exec(text);
  if (!m)
    return {
      ok: false,
      error: `${field}: expected an operator and a number, e.g. "<=0.01" or ">=2000", got ${JSON.stringify(text.slice(0, 40))}`,
    };
  const op = m[1] === '<' || m[1] === '<=' || m[1] === '≤' ? '<=' : '>=';
  const n = Number(m[2]!.replace(',', '.')) / (m[3] ? 100 : 1);
  if (!Number.isFinite(n)) return { ok: false, error: `${field}: the number is not finite` };
  return { ok: true, target: { op, value: n } };
}

/** Whether `value` reaches the target. */
export function meets(value: number, t: Target): boolean {
  return t.op === '<=' ? value <= t.value : value >= t.value;
}

/** How far `value` is from the target (0 when it meets it), in the outcome's unit. */
export function shortfall(value: number, t: Target): number {
  return t.op === '<=' ? Math.max(0, value - t.value) : Math.max(0, t.value - value);
}

/** The target as text, e.g. "≤ 0.01". */
export function targetText(t: Target): string {
  return `${t.op === '<=' ? '≤' : '≥'} ${t.value}`;
}

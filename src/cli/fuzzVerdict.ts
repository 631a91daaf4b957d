/**
 * How the fuzz suite judges and counts a case. A refusal is "named" when it is one line of at most 1 000
 * characters that starts with a field (text before ": ") and says what was wrong or expected; "raw text" is
 * JavaScript's own wording reaching the user (TypeError, "undefined is not", a stack overflow, "{value}"
 * placeholders, "[object Object]"). Counts per category, the first failures of each kind, and the table.
 */
import { printable } from '../levers/values.ts';

export type Outcome = 'accepted' | 'named' | 'unnamed' | 'unhandled';

export interface Verdict {
  readonly outcome: Outcome;
  /** Raw JavaScript error text reached the user (a message, the page). */
  readonly raw?: boolean;
  /** A save was lost: a saved scenario vanished, or an accepted input does not read back the same. */
  readonly lost?: boolean;
  /** What happened, for failures. */
  readonly detail?: string;
}

export interface Failure {
  readonly category: string;
  readonly kind: 'unnamed' | 'unhandled' | 'raw' | 'lost';
  readonly input: string;
  readonly detail: string;
}

export interface Counts {
  tried: number;
  named: number;
  accepted: number;
  unnamed: number;
  unhandled: number;
  raw: number;
  lost: number;
}

export const RAW_TEXT =
  /\b(TypeError|RangeError|ReferenceError|SyntaxError|InternalError)\b|\bundefined\b|is not a function|is not defined|Cannot read propert|Maximum call stack|too much recursion|\[object \w+\]|\{[a-z][A-Za-z]*\}|\bat \S+ \(\S+:\d+:\d+\)|\/\^[^/]*\$\/|\bnull is not/g;

/** "NaN" is JavaScript's word too; English engine messages may say it, the app's Norwegian text should not. */
export const RAW_IN_APP_TEXT = new RegExp(`${RAW_TEXT.source}|\\bNaN\\b`, 'g');

/**
 * The first raw JavaScript text in `text` that is not part of the input itself (an input may hold "{value}"),
 * or null. `pattern`: RAW_TEXT, or RAW_IN_APP_TEXT for what the page shows.
 */
export function rawText(text: string, input: string, pattern: RegExp = RAW_TEXT): string | null {
  for (const m of text.matchAll(pattern)) if (!input.includes(m[0])) return m[0];
  return null;
}

/** Words that say what was wrong or expected. */
const EXPECTATION =
  /expected|deeper than|unknown|not valid|not UTF-8|larger than|longer than|more than|newer|must|not allowed|only|takes|given more than once|cannot read|is after|no such|not a number|too large|too long|damaged|not a link|holds no|is empty|not a regular file|syntax error|levels of nesting/i;

export const MAX_MESSAGE_CHARS = 1000;

/** Whether a message names a field and what was expected, on one readable line. */
export function namesField(message: string): boolean {
  return (
    message.length > 0 &&
    message.length <= MAX_MESSAGE_CHARS &&
    !/[\n\r\u2028\u2029]/.test(message) &&
    (/^[^\n]{1,700}?: \S/.test(message) || /^unknown option "/.test(message)) &&
    EXPECTATION.test(message)
  );
}

/**
 * A refusal of `input`: named when every message names a field; raw when any shows raw JavaScript text (also
 * counted named or unnamed by its form).
 */
export function refusal(messages: readonly string[], input: string): Verdict {
  if (messages.length === 0) return { outcome: 'unnamed', detail: 'refused without a message' };
  const bad = messages.find((m) => !namesField(m));
  const raw = messages.find((m) => rawText(m, input) !== null);
  if (bad !== undefined) return { outcome: 'unnamed', raw: raw !== undefined, detail: clip(bad) };
  return raw === undefined ? { outcome: 'named' } : { outcome: 'named', raw: true, detail: clip(raw) };
}

/** Text for the report: cut to n characters, on one line, with line separators and bidi controls escaped. */
export const clip = (s: string, n = 300): string =>
  printable(JSON.stringify(s.length <= n ? s : `${s.slice(0, n)}… (${s.length} chars)`).slice(1, -1));

export class Tally {
  readonly counts = new Map<string, Counts>();
  readonly failures: Failure[] = [];
  /** At most this many failures kept per category and kind. */
  constructor(private readonly keep = 5) {}

  add(category: string, input: string, v: Verdict): void {
    let c = this.counts.get(category);
    if (!c) {
      c = { tried: 0, named: 0, accepted: 0, unnamed: 0, unhandled: 0, raw: 0, lost: 0 };
      this.counts.set(category, c);
    }
    c.tried++;
    c[v.outcome]++;
    if (v.raw) c.raw++;
    if (v.lost) c.lost++;
    const kinds: Failure['kind'][] = [];
    if (v.outcome === 'unnamed' || v.outcome === 'unhandled') kinds.push(v.outcome);
    if (v.raw) kinds.push('raw');
    if (v.lost) kinds.push('lost');
    for (const kind of kinds) {
      const same = this.failures.filter((f) => f.category === category && f.kind === kind).length;
      if (same < this.keep) this.failures.push({ category, kind, input: clip(input), detail: v.detail ?? '' });
    }
  }

  /** A save lost outside any one case (e.g. gone after a reload): counted, not tried. */
  markLost(category: string, input: string, detail: string): void {
    const c = this.counts.get(category);
    if (c) c.lost++;
    this.failures.push({ category, kind: 'lost', input, detail });
  }

  /** Unhandled errors, raw text, lost saves and unnamed refusals in all. */
  problems(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c.unhandled + c.raw + c.lost + c.unnamed;
    return n;
  }

  table(): string {
    const head = [
      'category',
      'tried',
      'refused, named',
      'accepted',
      'refused, unnamed',
      'unhandled',
      'raw text',
      'saves lost',
    ];
    const rows = [...this.counts].map(([k, c]) => [
      k,
      c.tried,
      c.named,
      c.accepted,
      c.unnamed,
      c.unhandled,
      c.raw,
      c.lost,
    ]);
    const total = ['total', ...[1, 2, 3, 4, 5, 6, 7].map((i) => rows.reduce((s, r) => s + (r[i] as number), 0))];
    const all = [head, ...rows, total].map((r) => r.map(String));
    const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
    const line = (r: string[]) =>
      `| ${r.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join(' | ')} |`;
    const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
    return [line(all[0]!), rule, ...all.slice(1).map(line)].join('\n');
  }
}

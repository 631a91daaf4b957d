/**
 * The fuzz suite's in-process targets: share links (decodeLink, and its Norwegian wording), scenario files as
 * `simulate --scenario` reads them (bytes → UTF-8 → parseSimulateArgs, formulas compiled), saved-scenario files
 * as the app imports them (parseImportBytes) and response formulas (compileResponses, and the app's message for
 * a refused one). Each case is generated from a named random stream, judged, and returns its verdict; accepted
 * input must read back the same after writing it out again (else a save is lost).
 */
import LZString from 'lz-string';
import { compileResponses, FormulaError } from '../engine/formulas/formulaCompiler.ts';
import { RESPONSES } from '../engine/formulas/responses.ts';
import { parseScenarioText, serializeScenario } from '../engine/run/scenario.ts';
import { resolveAssumptions } from '../engine/run/simulate.ts';
import { formulaMessage } from '../ui/assumptionsPanel.ts';
import { localizeErrorDetail } from '../ui/errorText.ts';
import { parseImportBytes, parseSaved } from '../ui/scenarios/document.ts';
import { decodeLink, encodeLink } from '../ui/scenarios/shareLink.ts';
import { formula, importFile, linkPayload, scenarioFile } from './fuzzInputs.ts';
import { hugeString, mutateBytes, mutateText, mutateValue, toJsonText, type Mutated } from './fuzzMutate.ts';
import type { Rand } from './fuzzRandom.ts';
import { clip, RAW_IN_APP_TEXT, rawText, refusal, type Verdict } from './fuzzVerdict.ts';
import { decodeTextBytes } from './readTextFile.ts';
import { parseSimulateArgs } from './simulateArgs.ts';

/** Same JSON (0 and -0 are one number in a file or a link). */
const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export interface Case<T> {
  /** The input as a recipe (what was done to a valid input) and the input itself, clipped. */
  readonly label: string;
  readonly input: T;
}

export interface Judged {
  readonly label: string;
  readonly verdict: Verdict;
}

const NOW = '2026-01-02T03:04:05.000Z';

/** Runs a judge; anything it throws is an unhandled error of the target. */
function guarded(label: string, judge: () => Verdict): Judged {
  try {
    return { label, verdict: judge() };
  } catch (e) {
    const err = e as Error;
    return {
      label,
      verdict: { outcome: 'unhandled', detail: `${err?.name ?? 'Error'}: ${clip(err?.message ?? String(e))}` },
    };
  }
}

/** A valid JSON value, mutated as a value, as text or left as it is; the text of the result. */
function hostileText(r: Rand, value: Parameters<typeof toJsonText>[0], maxHuge: number): Mutated<string> {
  const k = r.int(0, 9);
  if (k <= 1) return { value: JSON.stringify(value), how: 'valid' };
  if (k <= 5) {
    const m = mutateValue(r, value, maxHuge);
    return { value: toJsonText(m.value), how: m.how };
  }
  const m = mutateText(r, JSON.stringify(value));
  return { value: m.value, how: m.how };
}

const LINK_GARBAGE = [
  '',
  '#',
  's1.',
  's1',
  'S1.',
  's0.',
  's2.',
  's01.',
  's99999999999999999999.',
  's-1.',
  's1.%E0%A4%A',
  's1.ø',
  's1. ',
  'x',
];

/** A share-link hash: a valid link, a mutated payload, a mutated compressed text, or garbage. */
export function linkCase(r: Rand, maxHuge: number): Case<string> {
  const payload = linkPayload(r);
  const k = r.int(0, 9);
  let hash: string;
  let how: string;
  if (k <= 7) {
    const t = hostileText(r, payload, maxHuge);
    hash = `s1.${LZString.compressToEncodedURIComponent(t.value)}`;
    how = t.how;
  } else if (k === 8) {
    const m = mutateText(r, `s1.${LZString.compressToEncodedURIComponent(JSON.stringify(payload))}`);
    hash = m.value.length > 250_000 ? m.value.slice(0, 250_000) : m.value;
    how = `link text: ${m.how}`;
  } else {
    const g = r.pick(LINK_GARBAGE);
    const tail = r.chance(0.3) ? LZString.compressToEncodedURIComponent(JSON.stringify(payload)) : '';
    const huge = r.chance(0.1) ? hugeString(r, 25_000) : '';
    hash = g + tail + huge;
    how = `garbage ${JSON.stringify(g)}${tail ? ' + payload' : ''}${huge ? ' + 25000 chars' : ''}`;
  }
  return { label: `${how} :: #${clip(hash, 200)}`, input: hash };
}

/** The link's JSON text when it decompresses (what the user put in it), else "". */
export function plainLink(hash: string): string {
  try {
    return LZString.decompressFromEncodedURIComponent(hash.replace(/^#?s\d+\./, '')) ?? '';
  } catch {
    return '';
  }
}

export function judgeLink(c: Case<string>): Judged {
  return guarded(c.label, () => {
    const d = decodeLink(c.input);
    if (!d.ok) {
      if (d.error === '') return { outcome: 'named' }; // no link at all: nothing to apply
      const input = `${c.input} ${plainLink(c.input)}`;
      const v = refusal([d.error], input);
      const nb = localizeErrorDetail(d.error, 'nb');
      const raw = rawText(nb, input, RAW_IN_APP_TEXT);
      return raw === null ? v : { ...v, raw: true, detail: `nb: ${clip(nb)}` };
    }
    const again = decodeLink(encodeLink(d.state));
    if (!again.ok || !sameJson(again.state, d.state))
      return {
        outcome: 'accepted',
        lost: true,
        detail: `re-encoded link reads back differently: ${again.ok ? 'changed' : again.error}`,
      };
    return { outcome: 'accepted' };
  });
}

/** Bytes of a scenario file (version 1): valid, mutated as value or text, or as bytes. */
export function scenarioFileCase(
  r: Rand,
  maxHuge: number,
  make: (r: Rand) => Parameters<typeof toJsonText>[0] = scenarioFile,
): Case<Uint8Array> {
  const value = make(r);
  if (r.chance(0.2)) {
    const m = mutateBytes(r, JSON.stringify(value));
    return { label: `bytes: ${m.how} :: ${clip(Buffer.from(m.value).toString('latin1'), 200)}`, input: m.value };
  }
  const t = hostileText(r, value, maxHuge);
  return { label: `${t.how} :: ${clip(t.value, 200)}`, input: Buffer.from(t.value, 'utf8') };
}

/** As `simulate --scenario FILE` reads it (the CLI's own decoding, parsing, formula compilation and messages). */
export function judgeScenarioFile(c: Case<Uint8Array>): Judged {
  return guarded(c.label, () => {
    const input = Buffer.from(c.input).toString('utf8');
    const r = parseSimulateArgs(['--scenario', 'fuzz.json'], () => decodeTextBytes(c.input));
    if (!r.ok) return refusal([r.error], input);
    if (!('request' in r)) return { outcome: 'unnamed', detail: 'asked for help' };
    const s = r.request.scenario;
    const again = parseScenarioText(serializeScenario(s));
    if (!again.ok || !sameJson(again.scenario, s))
      return {
        outcome: 'accepted',
        lost: true,
        detail: `written back it reads ${again.ok ? 'differently' : again.errors[0]}`,
      };
    return { outcome: 'accepted' };
  });
}

export function importFileCase(r: Rand, maxHuge: number): Case<Uint8Array> {
  return scenarioFileCase(r, maxHuge, importFile);
}

/** As the app reads an imported file (parseImportBytes), and the Norwegian wording it shows. */
export function judgeImportFile(c: Case<Uint8Array>, knownRegions?: ReadonlySet<string>): Judged {
  return guarded(c.label, () => {
    const input = Buffer.from(c.input).toString('utf8');
    const p = parseImportBytes(c.input, NOW, knownRegions, () => `s-${Math.random().toString(36).slice(2, 14)}`);
    if (!p.ok) {
      const v = refusal(p.errors, input);
      const nb = localizeErrorDetail(p.errors.slice(0, 3).join('; '), 'nb');
      const raw = rawText(nb, input, RAW_IN_APP_TEXT);
      return raw === null ? v : { ...v, raw: true, detail: `nb: ${clip(nb)}` };
    }
    for (const s of p.value) {
      const again = parseSaved(JSON.parse(JSON.stringify(s)), '', knownRegions);
      if (!again.ok || !sameJson(again.value, s))
        return {
          outcome: 'accepted',
          lost: true,
          detail: `saved scenario reads back ${again.ok ? 'differently' : again.errors[0]}`,
        };
    }
    return { outcome: 'accepted' };
  });
}

const FORMULA_HOSTILE = [
  'cos(1)',
  'evaluate("1")',
  'import({}, {})',
  'createUnit("x")',
  'constructor',
  '__proto__',
  'toString()',
  'incomeRatio.constructor',
  'incomeRatio["constructor"]',
  '[1, 2]',
  '{a: 1}',
  '"x"',
  '5 cm',
  'x = 1',
  'f(x) = x',
  '1:3',
  '1; 2',
  '3!',
  '1 & 2',
  '1 << 2',
  '5 mod 2',
  '1 < 2 < 3',
  'NaN',
  'Infinity',
  '1e999',
  '=HYPERLINK("http://example.invalid","x")',
  '@SUM(1)',
  '+cmd',
  '{value}',
  'ø',
  '\u0000',
  'min()',
  'log(0)',
  '1/0',
  '0/0',
  'incomeRatio ^ 1e308',
];

/** A formula: valid (built-in or random), a hostile snippet, deep nesting, too long, or a mutated text. */
export function formulaCase(r: Rand): Case<{ id: string; text: string }> {
  const f = formula(r);
  const k = r.int(0, 9);
  let text = f.text;
  let how = 'valid';
  if (k <= 2) {
    // as generated
  } else if (k <= 4) {
    const h = r.pick(FORMULA_HOSTILE);
    text = r.chance(0.5) ? h : `${f.text} * ${h}`;
    how = `hostile ${JSON.stringify(h)}`;
  } else if (k === 5) {
    const depth = r.int(50, 260);
    const [open, close] = r.pick([
      ['(', ')'],
      ['abs(', ')'],
      ['-', ''],
      ['2^', ''],
      ['1?', ':1'],
      ['[', ']'],
    ] as const);
    text = open.repeat(depth) + '1' + close.repeat(depth);
    how = `nested ${depth} × ${JSON.stringify(open)}`;
  } else if (k === 6) {
    const n = r.pick([501, 1000, 100_000]);
    text = `${f.text} + ${'1'.repeat(n)}`;
    how = `longer than 500 (${text.length})`;
  } else {
    const m = mutateText(r, f.text);
    text = m.value.slice(0, 2000);
    how = m.how;
  }
  const id = r.chance(0.05) ? r.pick(['toString', '__proto__', 'desiredlistfactor', '']) : f.id;
  return { label: `${id}: ${how} :: ${clip(text, 200)}`, input: { id, text } };
}

const DEFAULT_VALUES = resolveAssumptions(undefined);

/** compileResponses (compile, whitelist, probe) and the app's message for a refusal; accepted ones are run. */
export function judgeFormula(c: Case<{ id: string; text: string }>): Judged {
  return guarded(c.label, () => {
    let fns: ReturnType<typeof compileResponses>;
    try {
      fns = compileResponses({ [c.input.id]: c.input.text }, DEFAULT_VALUES);
    } catch (e) {
      if (!(e instanceof FormulaError)) throw e;
      const v = refusal([e.message], c.input.text);
      const params: Record<string, string> = {};
      for (const [k, x] of Object.entries(e.params)) params[k] = String(x);
      const shown = formulaMessage({ problem: e.problem, params, message: e.message });
      const raw = rawText(shown, c.input.text, RAW_IN_APP_TEXT);
      return raw === null ? v : { ...v, raw: true, detail: `the app shows: ${clip(shown)}` };
    }
    const fn = fns[c.input.id as (typeof RESPONSES)[number]['id']];
    for (const x of [0, 1, -1, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY]) {
      const y = fn(x, x, x, x, x, DEFAULT_VALUES);
      if (typeof y !== 'number') return { outcome: 'unhandled', detail: `gives ${typeof y} at ${x}` };
    }
    return { outcome: 'accepted' };
  });
}

/**
 * Hostile mutations for the fuzz suite: on JSON values (huge strings, deep nesting, prototype names, wrong types,
 * out-of-range numbers, unknown levers, bad dates, formula injection), on text (truncation, flipped characters,
 * NaN/Infinity tokens, a byte-order mark) and on bytes (bit flips, Latin-1, UTF-16, broken UTF-8). Each mutation
 * returns what it did, so a failure can be reported as a recipe.
 */
import { LEVERS } from '../levers/registry.ts';
import type { Json } from './fuzzInputs.ts';
import type { Rand } from './fuzzRandom.ts';

export interface Mutated<T> {
  readonly value: T;
  readonly how: string;
}

export const PROTO_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

export const INJECTIONS = [
  '=HYPERLINK("http://example.invalid","klikk")',
  "+cmd|' /C calc'!A0",
  '@SUM(1+1)',
  '-2+3',
  '<img src=x onerror=alert(1)>',
  '</textarea><script>alert(1)</script>',
  '{value}',
  '{name}',
  '${1+1}',
  '%s%n%x',
  '\u202eevil',
  'a\u0000b',
  'line\nbreak',
  '\u001b[31mred',
  '\ud800',
  '😀'.repeat(3),
];

export const BAD_DATES = [
  '2027-13',
  '2027-00',
  '1999',
  '20270',
  '2027-1',
  '2027-01-01',
  '2051',
  ' 2027',
  '２０２７',
  'Infinity',
  '',
];

const OUT_OF_RANGE = [-1, 1e308, -1e308, 5e-324, 2 ** 53 + 1, 1e21, 0.30000000000000004, -0, 99999, 2.5];

/** A string of n characters (repeated text, so links of it still compress). */
export const hugeString = (r: Rand, n: number): string => r.pick(['x', 'ø', '9', '"\\', '😀']).repeat(n);

/** Arrays or objects nested `depth` deep, built without recursion. */
export function deepValue(depth: number, kind: 'array' | 'object'): Json {
  let v: Json = 1;
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { a: v };
  return v;
}

/** One hostile value and its name. `maxHuge` bounds huge strings and nesting (browser cases use less). */
export function hostileValue(r: Rand, maxHuge: number): Mutated<Json> {
  switch (r.int(0, 8)) {
    case 0: {
      const n = r.int(1000, maxHuge);
      return { value: hugeString(r, n), how: `huge string (${n} chars)` };
    }
    case 1: {
      const depth = r.int(17, Math.max(17, Math.min(maxHuge, 100_000)));
      const kind = r.pick(['array', 'object'] as const);
      return { value: deepValue(depth, kind), how: `deep nesting (${depth} ${kind}s)` };
    }
    case 2: {
      const v = r.pick(PROTO_NAMES);
      return { value: v, how: `prototype name "${v}" as a value` };
    }
    case 3: {
      const v = r.pick<Json>([[], {}, true, false, '900', '', null, [1, 2], { value: 1 }, '0x10', ' 1 ']);
      return { value: v, how: `wrong type ${JSON.stringify(v)}` };
    }
    case 4: {
      const v = r.pick(OUT_OF_RANGE);
      return { value: v, how: `number ${v}` };
    }
    case 5: {
      const v = r.pick(BAD_DATES);
      return { value: v, how: `bad date ${JSON.stringify(v)}` };
    }
    case 6: {
      const v = r.pick(INJECTIONS);
      return { value: v, how: `injection ${JSON.stringify(v)}` };
    }
    case 7: {
      const v = { value: r.pick<Json>([1000, '2027', null]), from: r.pick(BAD_DATES) };
      return { value: v, how: `dated setting ${JSON.stringify(v)}` };
    }
    default: {
      const v = Math.round((r.next() - 0.5) * 10 ** r.int(0, 6) * 100) / 100;
      return { value: v, how: `random number ${v}` };
    }
  }
}

/** A hostile object key and its name. */
export function hostileKey(r: Rand, maxHuge: number): Mutated<string> {
  switch (r.int(0, 4)) {
    case 0: {
      const k = r.pick(PROTO_NAMES);
      return { value: k, how: `key "${k}"` };
    }
    case 1: {
      const n = r.int(100, Math.min(maxHuge, 100_000));
      return { value: hugeString(r, n), how: `huge key (${n} chars)` };
    }
    case 2: {
      const k = r.pick(['a\nb', '', ' ', '\u001b[2J', '\u202e', 'a"b\\c', '{value}']);
      return { value: k, how: `odd key ${JSON.stringify(k)}` };
    }
    case 3: {
      const k = `${r.pick(LEVERS).id}${r.pick(['X', 's', '_', ' ', '2'])}`;
      return { value: k, how: `unknown lever "${k}"` };
    }
    default: {
      const k = r.pick(LEVERS).id.toLowerCase();
      return { value: k, how: `wrong-case key "${k}"` };
    }
  }
}

type Container = Json[] | { [key: string]: Json };
const isContainer = (v: Json): v is Container => typeof v === 'object' && v !== null;

/** A random container inside `root` (the root itself included), walking down at random. */
function randomContainer(r: Rand, root: Container): Container {
  let at: Container = root;
  for (let i = 0; i < 6; i++) {
    const children = (Array.isArray(at) ? at : Object.values(at)).filter(isContainer);
    if (children.length === 0 || r.chance(0.3)) break;
    at = r.pick(children);
  }
  return at;
}

/** Sets a key on a plain object so that "__proto__" becomes an own property (as JSON.parse makes it). */
function setOwn(o: { [key: string]: Json }, k: string, v: Json): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/** Applies 1-3 value mutations to a deep copy of `value`. */
export function mutateValue(r: Rand, value: Json, maxHuge: number): Mutated<Json> {
  const root = structuredClone(value);
  if (!isContainer(root)) return hostileValue(r, maxHuge);
  const hows: string[] = [];
  for (let n = r.int(1, 3); n > 0; n--) {
    const at = randomContainer(r, root);
    const keys = Array.isArray(at) ? at.map((_, i) => String(i)) : Object.keys(at);
    const op = r.int(0, 3);
    if (op <= 1 && keys.length > 0) {
      const k = r.pick(keys);
      const h = hostileValue(r, maxHuge);
      if (Array.isArray(at)) at[Number(k)] = h.value;
      else setOwn(at, k, h.value);
      hows.push(`${k} = ${h.how}`);
    } else if (op === 2 && !Array.isArray(at)) {
      const k = hostileKey(r, maxHuge);
      const h = hostileValue(r, maxHuge);
      setOwn(at, k.value, r.chance(0.5) ? h.value : 1);
      hows.push(`added ${k.how}`);
    } else if (keys.length > 0) {
      const k = r.pick(keys);
      if (Array.isArray(at)) at.splice(Number(k), 1);
      else delete at[k];
      hows.push(`removed ${k}`);
    }
  }
  return { value: root, how: hows.join(', ') || 'unchanged' };
}

const NUMBER_TOKENS = ['NaN', 'Infinity', '-Infinity', '1e999', '-0', '0x10', '01', '.5', '1.', '+1'];

/** A text mutation: truncation, flipped or inserted characters, odd number tokens, a BOM, deep brackets. */
export function mutateText(r: Rand, text: string): Mutated<string> {
  const at = r.int(0, text.length);
  switch (r.int(0, 7)) {
    case 0:
      return { value: text.slice(0, at), how: `truncated at ${at}/${text.length}` };
    case 1: {
      const c = String.fromCharCode(r.int(0, 0x7f));
      return { value: text.slice(0, at) + c + text.slice(at + 1), how: `char ${at} → ${JSON.stringify(c)}` };
    }
    case 2: {
      const s = r.pick(['"', '\\', '{', '}', '[', ']', ',', ':', '\u0000', '\n', '\u2028', '\ufeff', 'ø', '\ud800']);
      return { value: text.slice(0, at) + s + text.slice(at), how: `inserted ${JSON.stringify(s)} at ${at}` };
    }
    case 3: {
      const nums = [...text.matchAll(/-?\d+(\.\d+)?/g)];
      if (nums.length === 0) return { value: text + 'x', how: 'appended "x"' };
      const m = r.pick(nums);
      const tok = r.pick(NUMBER_TOKENS);
      return {
        value: text.slice(0, m.index) + tok + text.slice(m.index + m[0].length),
        how: `number ${m[0]} → ${tok}`,
      };
    }
    case 4:
      return { value: '\ufeff' + text, how: 'byte-order mark' };
    case 5: {
      const depth = r.int(100, 200_000);
      return {
        value: text.slice(0, at) + '['.repeat(depth) + ']'.repeat(r.chance(0.5) ? depth : 0) + text.slice(at),
        how: `${depth} brackets at ${at}`,
      };
    }
    case 6: {
      const end = Math.min(text.length, at + r.int(1, 50));
      return { value: text.slice(0, at) + text.slice(end), how: `deleted ${at}-${end}` };
    }
    default: {
      const end = Math.min(text.length, at + r.int(1, 50));
      return { value: text.slice(0, end) + text.slice(at), how: `duplicated ${at}-${end}` };
    }
  }
}

/** A byte mutation: bit flips, Latin-1 or UTF-16 re-encoding, broken UTF-8 sequences, a cut multi-byte char. */
export function mutateBytes(r: Rand, text: string): Mutated<Uint8Array> {
  const utf8 = Buffer.from(text, 'utf8');
  switch (r.int(0, 4)) {
    case 0: {
      const out = Buffer.from(utf8);
      const n = r.int(1, 8);
      for (let i = 0; i < n && out.length > 0; i++) out[r.int(0, out.length - 1)]! ^= 1 << r.int(0, 7);
      return { value: out, how: `${n} bit flips` };
    }
    case 1:
      return { value: Buffer.from(text, 'latin1'), how: 'Latin-1' };
    case 2:
      return { value: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), how: 'UTF-16LE' };
    case 3: {
      const bad = r.pick([[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xfe]]);
      const at = r.int(0, utf8.length);
      return {
        value: Buffer.concat([utf8.subarray(0, at), Buffer.from(bad), utf8.subarray(at)]),
        how: `invalid UTF-8 ${bad.map((b) => b.toString(16)).join(' ')} at ${at}`,
      };
    }
    default: {
      const withMulti = Buffer.from(text.replace(/"nb":"/, '"nb":"Ærø '), 'utf8');
      const i = withMulti.indexOf(0xc3);
      return { value: i < 0 ? utf8 : withMulti.subarray(0, i + 1), how: 'cut inside a multi-byte character' };
    }
  }
}

class Raw {
  constructor(readonly text: string) {}
}

/** JSON text of a value, without recursion (JSON.stringify overflows the stack on the deep values above). */
export function toJsonText(value: Json): string {
  const out: string[] = [];
  const stack: (Json | Raw)[] = [value];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (x instanceof Raw) out.push(x.text);
    else if (Array.isArray(x)) {
      out.push('[');
      stack.push(new Raw(']'));
      for (let i = x.length - 1; i >= 0; i--) {
        stack.push(x[i]!);
        if (i > 0) stack.push(new Raw(','));
      }
    } else if (typeof x === 'object' && x !== null) {
      out.push('{');
      stack.push(new Raw('}'));
      const keys = Object.keys(x);
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push(x[keys[i]!]!);
        stack.push(new Raw(`${i > 0 ? ',' : ''}${JSON.stringify(keys[i])}:`));
      }
    } else out.push(JSON.stringify(x) ?? 'null');
  }
  return out.join('');
}

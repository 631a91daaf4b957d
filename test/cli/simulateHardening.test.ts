// `npm run simulate` against hostile input (issue 19, finding 10): deep nesting, huge values, non-UTF-8 files,
// unknown and repeated options, numbers out of range, control characters. Every case is refused with one line
// that names the field and what was expected, quoting at most 200 characters of the input; the spawned CLI
// exits 2 with nothing on stdout and no stack trace. The README's own example command lines print clean JSON.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readTextFile } from '../../src/cli/readTextFile.ts';
import { parseSimulateArgs } from '../../src/cli/simulateArgs.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tsxBin = path.join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
const dir = mkdtempSync(path.join(os.tmpdir(), 'fls-cli-hardening-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scenario = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ schemaVersion: 1, id: 'x', name: { nb: 'x', en: 'x' }, levers: {}, ...over });

/** Writes a file into the temporary folder and returns its path. */
function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

/** The error for an argument list, read with the CLI's real file reader. */
function errorOf(...argv: string[]): string {
  const r = parseSimulateArgs(argv, (p) => readTextFile(p));
  if (r.ok) throw new Error(`expected an error for ${argv.join(' ').slice(0, 200)}`);
  return r.error;
}

/** One line, readable length, no raw JavaScript error text. */
function expectOneReadableLine(message: string): void {
  expect(message).not.toMatch(/[\n\r]/);
  expect(message.length).toBeLessThanOrEqual(1000);
  expect(message).not.toMatch(/Maximum call stack|TypeError|RangeError|undefined is not|\[object Object\]/);
}

describe('simulate: hostile scenario files', () => {
  it.each([
    ['deep arrays in a lever value', scenario().replace('"levers":{}', `"levers":{"capitationRate":${deep(100_000)}}`)],
    ['deep objects at the top', '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000)],
    ['deep arrays in citations', scenario({ citations: JSON.parse(deep(20)) as unknown })],
  ])('%s: refused, naming the field and the limit of 16 levels', (_n, text) => {
    const p = file('deep.json', text);
    const e = errorOf('--scenario', p);
    expect(e).toMatch(/^--scenario \S+deep\.json: \S+: expected at most 16 levels of nesting$/);
    expectOneReadableLine(e);
  });

  it('a Latin-1 file is refused as not UTF-8, naming the byte and its offset', () => {
    const p = file('latin1.json', Buffer.from(scenario({ name: { nb: 'Bærum', en: 'Bærum' } }), 'latin1'));
    expect(errorOf('--scenario', p)).toBe(`--scenario ${p}: not UTF-8 text (byte 0xE6 at offset 43; save it as UTF-8)`);
  });

  it('a UTF-16 file is refused as not UTF-8; a UTF-8 file with a byte-order mark is read', () => {
    const utf16 = file('utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(scenario(), 'utf16le')]));
    expect(errorOf('--scenario', utf16)).toMatch(/: not UTF-8 text \(byte 0xFF at offset 0; save it as UTF-8\)$/);
    const bom = file('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(scenario())]));
    const r = parseSimulateArgs(['--scenario', bom], (p) => readTextFile(p));
    expect(r.ok && 'request' in r && r.request.scenario.id).toBe('x');
  });

  it('a file over 1 MB, a directory and a device are refused before reading', () => {
    const big = file('big.json', scenario({ description: { nb: 'x'.repeat(1_100_000), en: 'x' } }));
    expect(errorOf('--scenario', big)).toBe(`--scenario ${big}: larger than 1000000 bytes`);
    mkdirSync(path.join(dir, 'folder.json'));
    expect(errorOf('--scenario', path.join(dir, 'folder.json'))).toBe(
      `--scenario: cannot read ${JSON.stringify(path.join(dir, 'folder.json'))} (EISDIR)`,
    );
    if (process.platform === 'linux')
      expect(errorOf('--scenario', '/dev/zero')).toBe('--scenario /dev/zero: not a regular file');
  });

  it('huge keys and values are quoted to 200 characters with "…"', () => {
    const key = 'k'.repeat(1_000_000 / 4);
    const p = file('huge.json', scenario({ levers: { [key]: 1, capitationRate: 'x'.repeat(200_000) } }));
    const e = errorOf('--scenario', p);
    expect(e).toContain(`levers["${'k'.repeat(200)}…"]: unknown lever "${'k'.repeat(200)}…"`);
    expect(e).toContain(`got "${'x'.repeat(200)}…"`);
    expectOneReadableLine(e);
  });

  it('many problems: the first three, then how many more', () => {
    const levers = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`nope${i}`, 1]));
    const e = errorOf('--scenario', file('many.json', scenario({ levers })));
    expect(e).toMatch(
      /^--scenario \S+: levers\.nope0: unknown lever "nope0"; levers\.nope1: .*; levers\.nope2: .* \(\+9997 more\)$/,
    );
  });

  it('prototype names are unknown fields, levers, assumptions and responses like any other', () => {
    const text =
      '{"schemaVersion":1,"id":"x","name":{"nb":"x","en":"x"},"__proto__":{"a":1},' +
      '"levers":{"__proto__":900,"constructor":1},"assumptions":{"toString":1},"formulas":{"hasOwnProperty":"1"}}';
    const e = errorOf('--scenario', file('proto.json', text));
    expect(e).toContain('__proto__: unknown field');
    expect(e).toContain('levers.__proto__: unknown lever "__proto__"');
    expect(e).toContain('levers.constructor: unknown lever "constructor"');
    expect(e).toContain('(+2 more)');
    expectOneReadableLine(e);
  });

  it('keys with line breaks or escapes are quoted, so the message stays on one line', () => {
    const e = errorOf('--scenario', file('newline.json', scenario({ levers: { 'a\nb\u001b[31m': 1 }, ' ': 1 })));
    expect(e).toContain('levers["a\\nb\\u001b[31m"]: unknown lever "a\\nb\\u001b[31m"');
    // a blank or multi-line top-level key is quoted after the object that holds it
    expect(e).toContain('scenario: unknown field " " (expected one of schemaVersion, id, name,');
    expectOneReadableLine(e);
  });
});

describe('simulate: hostile arguments', () => {
  it.each([
    ['unknown short option', ['-s'], 'unknown option "-s" (see --help)'],
    ['a bare word', ['kommune:1811'], 'unknown option "kommune:1811" (see --help)'],
    ['an option that only starts like --set', ['--setx=1'], 'unknown option "--setx=1" (see --help)'],
    [
      'a repeated option',
      ['--runs', '5', '--runs', '6'],
      '--runs: given more than once (give it once; only --set repeats)',
    ],
    [
      'a seed too large for a number',
      ['--seed', '99999999999999999999999'],
      '--seed: expected a whole number from 0 to 2147483647, got 99999999999999999999999',
    ],
    ['runs in exponent form', ['--runs', '1e3'], '--runs: expected a whole number from 1 to 100000, got "1e3"'],
    [
      'a lever value that overflows',
      ['--set', 'capitationRate=1e999'],
      '--set: lever "capitationRate": expected a number from 400 to 1700, got "1e999" (too large)',
    ],
    [
      'Infinity',
      ['--set', 'capitationRate=Infinity'],
      '--set: lever "capitationRate": expected a number from 400 to 1700, got "Infinity" (not a number)',
    ],
    ['a prototype name as a lever', ['--set', '__proto__=1'], '--set: unknown lever "__proto__"'],
    ['a prototype name as a lever (constructor)', ['--set', 'constructor=1'], '--set: unknown lever "constructor"'],
    [
      'a start month 13',
      ['--set', 'capitationRate=900@2027-13'],
      '--set capitationRate: expected a start "YYYY" or "YYYY-MM", got "2027-13"',
    ],
    [
      'a region with a line break',
      ['--region', 'kommune:1811\nrm -rf'],
      '--region: expected "national", "fylke:NN", "sentralitet:1-6" or "kommune:NNNN", got "kommune:1811\\nrm -rf"',
    ],
    [
      'a format with an escape sequence',
      ['--format', '\u001b[2J'],
      '--format: expected "json" or "csv", got "\\u001b[2J"',
    ],
  ])('%s', (_n, argv, message) => {
    expect(errorOf(...argv)).toBe(message);
  });

  it('a repeated --scenario of readable files is refused as repeated', () => {
    const p = file('ok.json', scenario());
    expect(errorOf('--scenario', p, '--scenario', p)).toBe(
      '--scenario: given more than once (give it once; only --set repeats)',
    );
  });

  it.each([
    ['--region', (s: string) => ['--region', s]],
    ['--format', (s: string) => ['--format', s]],
    ['--runs', (s: string) => ['--runs', s]],
    ['--set', (s: string) => ['--set', `capitationRate=${s}`]],
    ['unknown option', (s: string) => [`--${s}`]],
    ['--scenario path', (s: string) => ['--scenario', `${s}.json`]],
  ])('a 1 MB value of %s is quoted to 200 characters', (_n, args) => {
    const e = errorOf(...args('x'.repeat(1_000_000)));
    expect(e).toMatch(/x{198,200}…"?( \(|$)/);
    expectOneReadableLine(e);
  });
});

describe('simulate CLI end to end: the contract on hostile input', () => {
  const run = (args: string[]) =>
    spawnSync(tsxBin, ['src/cli/simulate.ts', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });

  it('deep nesting: exit 2, one line naming the field and the limit, nothing on stdout', () => {
    const p = file('deep-cli.json', scenario().replace('"levers":{}', `"levers":{"capitationRate":${deep(200_000)}}`));
    const r = run(['--scenario', p]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`error: --scenario ${p}: levers.capitationRate: expected at most 16 levels of nesting\n`);
  }, 120_000);

  it('a control character in an option value: one escaped line, exit 2', () => {
    const r = run(['--region', 'a\u001b]0;x\u0007\u202e']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'error: --region: expected "national", "fylke:NN", "sentralitet:1-6" or "kommune:NNNN", got "a\\u001b]0;x\\u0007\\u202e"\n',
    );
  }, 120_000);

  it('a reader that closes the pipe early (| head) ends it quietly: no stack trace', async () => {
    const child = spawn(
      tsxBin,
      ['src/cli/simulate.ts', '--region', 'kommune:1811', '--runs', '2', '--to', '2027', '--threads', '1'],
      { cwd: repoRoot },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 120_000);
});

describe("the README's simulate examples", () => {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const examples = [...readme.matchAll(/`(npm run -s simulate -- [^`[\]…|]+)`/g)].map((m) => m[1]!);

  it('are written with -s (no npm banner on stdout) and none without it', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
    expect(readme).not.toMatch(/npm run simulate\b/);
  });

  it.each(examples.map((e) => [e]))(
    '`%s` prints clean JSON on stdout',
    (command) => {
      const [npm, ...args] = command.split(/\s+/);
      const r = spawnSync(npm!, args, { cwd: repoRoot, encoding: 'utf8', timeout: 180_000 });
      expect(r.status, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as { years: number[]; series: Record<string, { p50: number[] }> };
      expect(out.years[0]).toBe(2026);
      expect(out.series['nResidentsWithoutGp']?.p50).toHaveLength(out.years.length);
    },
    180_000,
  );
});

/**
 * The fuzz suite's spawned target: `simulate` as it ships (the esbuild bundle that `npm run simulate` runs), with
 * mutated argument lists and scenario files. Exit 2 with one "error: …" line naming the field and nothing on
 * stdout is a named refusal; exit 0 with JSON (or the CSV header) on stdout and nothing on stderr is accepted;
 * anything else (another exit code, a stack trace, a timeout, stray output) is unhandled.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { BAD_DATES, hugeString, INJECTIONS, PROTO_NAMES } from './fuzzMutate.ts';
import { cliArgs, fromDate } from './fuzzInputs.ts';
import type { Rand } from './fuzzRandom.ts';
import { scenarioFileCase, type Judged } from './fuzzNode.ts';
import { clip, namesField, rawText, type Verdict } from './fuzzVerdict.ts';

export interface CliCase {
  readonly label: string;
  readonly args: string[];
  /** What the user typed or wrote: the arguments and the scenario file's text (raw text may quote it). */
  readonly input: string;
}

const UNKNOWN = [
  '-x',
  '-s',
  '--foo',
  'kommune:0301',
  '--',
  '---runs',
  '--RUNS',
  '--runs=',
  '—runs',
  '--set-',
  '-',
  '--help=1',
];
const NUMBERS = [
  '0',
  '-1',
  '100001',
  '1e3',
  '0x10',
  ' 5',
  '5.0',
  '١٢',
  '99999999999999999999',
  'NaN',
  'Infinity',
  '',
  '2.5',
];
const VALUE_OPTIONS = ['--runs', '--seed', '--from', '--to', '--threads', '--region', '--format', '--set'];

/** A hostile text for an option value. */
function hostileArg(r: Rand): string {
  switch (r.int(0, 4)) {
    case 0:
      return r.pick(INJECTIONS);
    case 1:
      // at most 4 bytes a character: below Linux's 128 kB limit for one argument
      return hugeString(r, r.int(201, 30_000));
    case 2:
      return r.pick(BAD_DATES);
    case 3:
      return r.pick(NUMBERS);
    default:
      return r.pick(PROTO_NAMES);
  }
}

/** A case: a cheap valid argument list, then one mutation; scenario files are written into `dir`. */
export function cliCase(r: Rand, dir: string, index: number): CliCase {
  let scenarioPath: string | undefined;
  let fileText = '';
  let how = 'valid';
  const k = r.int(0, 9);
  if (k === 0 || k === 1) {
    const f = scenarioFileCase(r, 100_000);
    scenarioPath = path.join(dir, `case-${index}.json`);
    writeFileSync(scenarioPath, f.input);
    fileText = Buffer.from(f.input).toString('utf8');
    how = `--scenario file: ${f.label}`;
  }
  const args = cliArgs(r, scenarioPath);
  const opts = args.map((a, i) => [a, i] as const).filter(([a]) => VALUE_OPTIONS.includes(a));
  switch (k) {
    case 2: {
      if (opts.length === 0) break;
      const [opt, i] = r.pick(opts);
      const v = hostileArg(r);
      args[i + 1] = opt === '--set' ? `${args[i + 1]!.split('=')[0]}=${v}` : v;
      how = `${opt} value → ${clip(v, 60)}`;
      break;
    }
    case 3: {
      const u = r.pick(UNKNOWN);
      args.splice(r.int(0, args.length), 0, u);
      how = `unknown option ${JSON.stringify(u)}`;
      break;
    }
    case 4: {
      const [opt, i] = r.pick(opts.length > 0 ? opts : [['--runs', 0] as const]);
      args.push(opt, args[i + 1] ?? '1');
      how = `repeated ${opt}`;
      break;
    }
    case 5: {
      const opt = r.pick(VALUE_OPTIONS);
      args.push(opt);
      how = `${opt} without a value`;
      break;
    }
    case 6: {
      const opt = r.pick(['--runs', '--seed', '--from', '--to', '--threads']);
      const v = r.pick(NUMBERS);
      const i = args.indexOf(opt);
      if (i >= 0) args[i + 1] = v;
      else args.push(opt, v);
      how = `${opt} ${JSON.stringify(v)}`;
      break;
    }
    case 7: {
      const set = r.pick([
        `${r.pick(PROTO_NAMES)}=1`,
        'capitationRate',
        'capitationRate=',
        `capitationRate=900@${r.pick(BAD_DATES)}`,
        `capitationRate=${r.pick(NUMBERS)}`,
        `lis1AsLocum=${r.pick(['maybe', '2', 'ON', 'på', 'yes'])}`,
        `capitationModel=${r.pick(['Flat', 'none', '', 'breakpoint '])}`,
        `capitationRate=900@${fromDate(r, 2020)}`,
        `=${r.pick(INJECTIONS)}`,
      ]);
      args.push('--set', set);
      how = `--set ${JSON.stringify(set)}`;
      break;
    }
    case 8: {
      const p = r.pick(['/nonexistent/x.json', dir, '/dev/null', '/dev/zero', '', '-']);
      args.push('--scenario', p);
      how = `--scenario ${JSON.stringify(p)}`;
      break;
    }
  }
  // argv cannot carry NUL
  const clean = args.map((a) => a.replace(/\0/g, ''));
  return { label: `${how} :: ${clip(clean.join(' '), 300)}`, args: clean, input: `${clean.join(' ')} ${fileText}` };
}

/** Runs the bundled CLI with the case's arguments and judges what it did. */
export function judgeCli(c: CliCase, bundle: string, timeoutMs = 60_000): Promise<Judged> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle, ...c.args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    // the harness could not start it (e.g. E2BIG): not the CLI's doing, but visible
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ label: c.label, verdict: { outcome: 'unhandled', detail: `harness: cannot spawn (${e.message})` } });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      resolve({ label: c.label, verdict: verdictOf(c.input, code, signal, stdout, stderr) });
    });
  });
}

function verdictOf(input: string, code: number | null, signal: string | null, stdout: string, stderr: string): Verdict {
  const raw = rawText(stderr, input) !== null;
  const first = clip(stderr.split('\n')[0] ?? '', 300);
  if (signal) return { outcome: 'unhandled', raw, detail: `killed by ${signal} (timeout?)` };
  if (/\n\s+at \S/.test(stderr)) return { outcome: 'unhandled', raw: true, detail: `stack trace: ${first}` };
  if (code === 2) {
    const m = /^error: ([^\n]*)\n$/.exec(stderr);
    if (stdout !== '') return { outcome: 'unnamed', raw, detail: `exit 2 with stdout: ${clip(stdout, 100)}` };
    if (!m || !namesField(m[1]!)) return { outcome: 'unnamed', raw, detail: `stderr: ${clip(stderr)}` };
    return raw ? { outcome: 'named', raw, detail: first } : { outcome: 'named' };
  }
  if (code === 0) {
    if (stderr !== '') return { outcome: 'unhandled', raw, detail: `exit 0 with stderr: ${first}` };
    if (stdout.startsWith('result,year,p10,p50,p90,mean\n')) return { outcome: 'accepted' };
    try {
      const json = JSON.parse(stdout) as { series?: unknown };
      if (typeof json.series === 'object') return { outcome: 'accepted' };
    } catch {
      // falls through
    }
    return { outcome: 'unhandled', detail: `exit 0 without JSON: ${clip(stdout, 100)}` };
  }
  return { outcome: 'unhandled', raw, detail: `exit ${code}: ${first}` };
}

// `npm run simulate` arguments: every bad input gets one message naming the option or field and what was
// expected; a valid argument list builds the full request. Plus two end-to-end runs of the CLI through tsx:
// a small Monte Carlo for Bindal (JSON shape) and a bad --set (exit 2, "error: …" on stderr, nothing on stdout).
import { REQUIRED_RESULT_IDS } from '../helpers/issueResults.ts';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  parseSetOption,
  parseSimulateArgs,
  type ArgsResult,
  type SimulateRequest,
} from '../../src/cli/simulateArgs.ts';
import { BASELINE_SCENARIO } from '../../src/engine/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tsxBin = path.join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');

const FILES: Record<string, string> = {
  'ok.json': JSON.stringify({
    schemaVersion: 1,
    id: 'ok',
    name: { nb: 'OK', en: 'OK' },
    levers: { lis1AsLocum: 1, capitationRate: { value: 1000, from: '2028' } },
  }),
  'malformed.json': '{ "schemaVersion": 1, ',
  'invalid.json': JSON.stringify({
    schemaVersion: 1,
    id: 'x',
    name: { nb: 'x', en: 'x' },
    levers: { capitationRat: 1 },
  }),
  'badformula.json': JSON.stringify({
    schemaVersion: 1,
    id: 'x',
    name: { nb: 'x', en: 'x' },
    levers: {},
    formulas: { attritionFactor: 'foo' },
  }),
};

function readFile(p: string): string {
  const text = FILES[p];
  if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${p}'`), { code: 'ENOENT' });
  return text;
}

const parse = (...argv: string[]): ArgsResult => parseSimulateArgs(argv, readFile);

function errorOf(...argv: string[]): string {
  const r = parse(...argv);
  if (r.ok) throw new Error(`expected an error for ${argv.join(' ')}`);
  return r.error;
}

function requestOf(...argv: string[]): SimulateRequest {
  const r = parse(...argv);
  if (!r.ok) throw new Error(r.error);
  if (!('request' in r)) throw new Error('got help');
  return r.request;
}

describe('parseSimulateArgs errors (pinned messages)', () => {
  it.each([
    ['unknown option', ['--bogus'], 'unknown option "--bogus" (see --help)'],
    ['option without a value', ['--runs'], '--runs: expected a value'],
    ['option followed by another option', ['--region', '--runs', '4'], '--region: expected a value'],
    ['--set unknown lever', ['--set', 'capitationRat=900'], '--set: unknown lever "capitationRat"'],
    [
      '--set out of range',
      ['--set', 'capitationRate=5000'],
      '--set: lever "capitationRate": expected a number from 400 to 1700, got 5000',
    ],
    [
      '--set not a number',
      ['--set', 'capitationRate=abc'],
      '--set: lever "capitationRate": expected a number from 400 to 1700, got "abc" (not a number)',
    ],
    [
      '--set bad format',
      ['--set', 'capitationRate'],
      '--set: expected LEVER=VALUE, LEVER=VALUE@YEAR, LEVER=VALUE@YEAR-YEAR or LEVER=V1@YEAR,V2@YEAR, got "capitationRate"',
    ],
    [
      '--set start year before the projection',
      ['--set', 'capitationRate=900@2025'],
      '--set capitationRate: start year must be 2026-2050, got 2025',
    ],
    [
      '--set toggle with a bad value',
      ['--set=lis1AsLocum=maybe'],
      '--set: lever "lis1AsLocum": expected 0 or 1 (off/on), got "maybe"',
    ],
    [
      '--region unknown',
      ['--region', 'mars'],
      '--region: region "mars": expected "national", "fylke:NN", "sentralitet:1-6" or "kommune:NNNN"',
    ],
    [
      '--region no such municipality',
      ['--region', 'kommune:9999'],
      '--region: region "kommune:9999": no such kommune (expected "national", "fylke:NN", "sentralitet:1-6" or "kommune:NNNN")',
    ],
    ['--runs 0', ['--runs', '0'], '--runs: expected a whole number from 1 to 100000, got 0'],
    ['--runs abc', ['--runs', 'abc'], '--runs: expected a whole number from 1 to 100000, got "abc"'],
    ['--runs 2.5', ['--runs=2.5'], '--runs: expected a whole number from 1 to 100000, got "2.5"'],
    ['--seed -1', ['--seed', '-1'], '--seed: expected a whole number from 0 to 2147483647, got -1'],
    ['--from after --to', ['--from', '2035', '--to', '2030'], '--from 2035 is after --to 2030'],
    ['--to 2051', ['--to', '2051'], '--to: expected a whole number from 2026 to 2050, got 2051'],
    ['--from 2025', ['--from', '2025'], '--from: expected a whole number from 2026 to 2050, got 2025'],
    ['--format xml', ['--format', 'xml'], '--format: expected "json" or "csv", got "xml"'],
    ['--threads 0', ['--threads', '0'], '--threads: expected a whole number from 1 to 64, got 0'],
    ['--scenario missing file', ['--scenario', 'missing.json'], '--scenario: cannot read "missing.json" (ENOENT)'],
    [
      '--scenario invalid (unknown lever)',
      ['--scenario', 'invalid.json'],
      '--scenario invalid.json: levers.capitationRat: unknown lever "capitationRat"',
    ],
    [
      '--scenario with a bad formula',
      ['--scenario', 'badformula.json'],
      '--scenario: formulas.attritionFactor: unknown name "foo" (expected a variable: hoursChange, onCallChange, incomeRatio; an assumption id; or pi, e)',
    ],
  ])('%s', (_name, argv, message) => {
    expect(errorOf(...argv)).toBe(message);
  });

  it('--scenario malformed JSON names the file and says it is not valid JSON', () => {
    expect(errorOf('--scenario', 'malformed.json')).toMatch(
      /^--scenario malformed\.json: scenario file: not valid JSON \(.+\)$/,
    );
  });
});

describe('parseSimulateArgs requests', () => {
  it('defaults: baseline, national, 200 runs, seed 1, 2026-2040, json', () => {
    const r = requestOf();
    expect(r.scenario).toEqual(BASELINE_SCENARIO);
    expect(r.region.type).toBe('national');
    expect(r.region.members).toHaveLength(357);
    expect({ runs: r.runs, seed: r.seed, from: r.from, to: r.to, format: r.format }).toEqual({
      runs: 200,
      seed: 1,
      from: 2026,
      to: 2040,
      format: 'json',
    });
    expect('threads' in r).toBe(false);
  });

  it('a full argument list builds the expected request (--set with @YEAR gives {value, from})', () => {
    const r = requestOf(
      '--scenario',
      'ok.json',
      '--set',
      'capitationRate=1683.6@2027',
      '--set=salariedShare=60%',
      '--set',
      'onCallCapHours=none',
      '--set',
      'adminReduction=0,25@2030-07',
      '--region',
      'kommune:1811',
      '--runs',
      '50',
      '--seed=7',
      '--from',
      '2027',
      '--to',
      '2035',
      '--format',
      'csv',
      '--threads',
      '2',
    );
    expect(r.scenario.id).toBe('ok');
    expect(r.scenario.levers).toEqual({
      lis1AsLocum: 1,
      capitationRate: { value: 1683.6, from: '2027' },
      salariedShare: 0.6,
      onCallCapHours: null,
      adminReduction: { value: 0.25, from: '2030-07' },
    });
    expect(r.region).toMatchObject({ type: 'kommune', code: '1811', name: 'Bindal', imputed: false });
    expect(r.region.members).toHaveLength(1);
    expect({ runs: r.runs, seed: r.seed, from: r.from, to: r.to, format: r.format, threads: r.threads }).toEqual({
      runs: 50,
      seed: 7,
      from: 2027,
      to: 2035,
      format: 'csv',
      threads: 2,
    });
  });

  it('a later --set of the same lever wins', () => {
    expect(requestOf('--set', 'capitationRate=900', '--set', 'capitationRate=1000').scenario.levers).toEqual({
      capitationRate: 1000,
    });
  });

  it('--help and -h ask for the usage text', () => {
    expect(parse('--help')).toEqual({ ok: true, help: true });
    expect(parse('--runs', '4', '-h')).toEqual({ ok: true, help: true });
  });
});

describe('simulate CLI end to end (tsx)', () => {
  it('kommune:1811, 4 runs to 2030, 1 thread: prints the documented JSON shape', () => {
    const r = spawnSync(
      tsxBin,
      ['src/cli/simulate.ts', '--region', 'kommune:1811', '--runs', '4', '--to', '2030', '--threads', '1'],
      { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      scenario: { id: string; name: string };
      region: { type: string; code: string; name: string };
      seed: number;
      runs: number;
      years: number[];
      series: Record<string, { p10: number[]; p50: number[]; p90: number[]; mean: number[] }>;
    };
    expect(out.scenario).toEqual({ id: 'baseline', name: 'Dagens politikk' });
    expect(out.region).toMatchObject({ type: 'kommune', code: '1811', name: 'Bindal' });
    expect(out.seed).toBe(1);
    expect(out.runs).toBe(4);
    expect(out.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    for (const id of REQUIRED_RESULT_IDS) {
      const s = out.series[id];
      expect(s, id).toBeDefined();
      for (const band of ['p10', 'p50', 'p90', 'mean'] as const) {
        expect(s?.[band], `${id}.${band}`).toHaveLength(5);
        for (const v of s?.[band] ?? []) expect(Number.isFinite(v), `${id}.${band}`).toBe(true);
      }
      s?.p50.forEach((p50, y) => {
        expect(s.p10[y]!, `${id} p10 ≤ p50`).toBeLessThanOrEqual(p50);
        expect(p50, `${id} p50 ≤ p90`).toBeLessThanOrEqual(s.p90[y]!);
      });
    }
  }, 120_000);

  it('a bad --set exits 2 with "error: …" on stderr and nothing on stdout', () => {
    const r = spawnSync(tsxBin, ['src/cli/simulate.ts', '--set', 'capitationRate=5000'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('error: --set: lever "capitationRate": expected a number from 400 to 1700, got 5000\n');
  }, 120_000);
});

describe('--set with periods and steps (schema 2, issue #14)', () => {
  const set = (v: string) => parseSetOption(v);
  it('VALUE@YEAR-YEAR is a time-limited value; V1@YEAR,V2@YEAR are steps; a decimal comma still reads', () => {
    expect(set('recruitmentGrant=300000@2027-2030')).toEqual({
      ok: true,
      id: 'recruitmentGrant',
      setting: { value: 300000, from: '2027', until: '2030' },
    });
    expect(set('capitationShareTarget=30%@2027,35%@2029-07')).toEqual({
      ok: true,
      id: 'capitationShareTarget',
      setting: {
        steps: [
          { from: '2027', value: 0.3 },
          { from: '2029-07', value: 0.35 },
        ],
      },
    });
    expect(set('capitationRate=841,80@2027,900,50@2029-2032')).toEqual({
      ok: true,
      id: 'capitationRate',
      setting: {
        steps: [
          { from: '2027', value: 841.8 },
          { from: '2029', value: 900.5 },
        ],
        until: '2032',
      },
    });
    expect(set('capitationRate=841,80')).toEqual({ ok: true, id: 'capitationRate', setting: 841.8 });
    expect(set('capitationRate=900@2027-03')).toEqual({
      ok: true,
      id: 'capitationRate',
      setting: { value: 900, from: '2027-03' },
    });
  });

  it('refuses bad schedules naming the lever and the year', () => {
    expect(set('recruitmentGrant=1@2030-2028')).toEqual({
      ok: false,
      error: '--set recruitmentGrant.until: expected an end at or after the start (2030), got 2028',
    });
    expect(set('recruitmentGrant=1@2029,2@2027')).toEqual({
      ok: false,
      error: '--set recruitmentGrant.steps[1].from: expected a start after the step before (2029), got 2027',
    });
    expect(set('recruitmentGrant=1@2025')).toEqual({
      ok: false,
      error: '--set recruitmentGrant: start year must be 2026-2050, got 2025',
    });
    expect(set('recruitmentGrant=1@2027-2030,2@2031')).toEqual({
      ok: false,
      error: '--set recruitmentGrant: only the last step may have an end year (V1@YEAR,V2@YEAR-YEAR)',
    });
    expect(set('recruitmentGrant=1@20x7').ok).toBe(false);
  });

  it('steps reach the run: the CLI simulates a stepped lever', () => {
    const r = parseSimulateArgs(['--set', 'recruitmentGrant=100000@2027,200000@2029-2031'], () => '');
    expect(r.ok).toBe(true);
    if (r.ok && 'request' in r)
      expect(r.request.scenario.levers.recruitmentGrant).toEqual({
        steps: [
          { from: '2027', value: 100000 },
          { from: '2029', value: 200000 },
        ],
        until: '2031',
      });
  });
});

// The validation CLIs (validate, backtest, calibrate): a bad option exits 2 with "error: --<option>: expected …" on
// stderr and nothing on stdout; `validate --format json` gives the origins' reports with the areas' bands (small run
// count).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tsxBin = path.join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
const run = (cli: string, args: string[]) =>
  spawnSync(tsxBin, [path.join(repoRoot, 'src', 'cli', `${cli}.ts`), ...args], { encoding: 'utf8', cwd: repoRoot });

describe('validation CLIs', () => {
  it.each([
    ['validate', ['--runs', '5'], /^error: --runs: expected a whole number from 10 to 5000, got "5"/],
    ['validate', ['--origins', '2018'], /^error: --origins: expected years from 2019 to 2024/],
    ['validate', ['--format', 'xml'], /^error: --format: expected "text" or "json"/],
    ['backtest', ['--until', '2019'], /^error: --until: expected a year from 2020 to 2025, got "2019"/],
    ['backtest', ['--runs', 'x'], /^error: --runs: expected a whole number from 0 to 5000, got "x"/],
    ['calibrate', ['--until', 'x'], /^error: --until: expected a year from 2020 to 2025, got "x"/],
    ['calibrate', ['--from', 'best'], /^error: --from: expected "midpoint" or "defaults"/],
  ])('%s %j exits 2 naming the option', (cli, args, message) => {
    const r = run(cli, args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('validate --format json prints the three origins with every score', () => {
    const r = run('validate', ['--runs', '10', '--format', 'json']);
    expect(r.stderr).toContain('origin 2022: hindcast');
    const reports = JSON.parse(r.stdout) as {
      origin: number;
      outcomes: { outcome: string }[];
      events: object;
      areas: { kind: string; share: { n: number; inside: number } }[];
    }[];
    expect(reports.map((x) => x.origin)).toEqual([2020, 2022, 2024]);
    for (const rep of reports) {
      expect(rep.outcomes.map((o) => o.outcome)).toEqual(['share', 'listLength']);
      expect(Object.keys(rep.events)).toEqual(['shareAtLeast5pct', 'anyListWithoutGp']);
      // the bands of the areas the app shows, counted against what happened
      expect(rep.areas.map((a) => a.kind)).toEqual(['national', 'fylke', 'sentralitet', 'kommune']);
      for (const a of rep.areas) expect(a.share.inside).toBeLessThanOrEqual(a.share.n);
    }
    expect([0, 1]).toContain(r.status);
  });
});

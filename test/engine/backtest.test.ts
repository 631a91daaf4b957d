// Backtest: the engine started on 31 Dec 2019 with the real 2020-2025 policy history must track the national
// series: GPs and mean list length within ±5 %, residents on lists without a GP within ±30 %, and residents
// without a GP falling after 2023 as the real series did. Failing rows are listed in the assertion message.
import { describe, expect, it } from 'vitest';
import { backtestPlan, evaluateBacktest, type BacktestReport } from '../../src/engine/index.ts';

const TOLERANCE = { nGps: 0.05, meanListLength: 0.05, nResidentsWithoutGp: 0.3 } as const;

let cached: BacktestReport | undefined;
const report = (): BacktestReport => (cached ??= evaluateBacktest(backtestPlan()));

describe('backtest 2019-2025 (deterministic, default assumptions)', () => {
  it('compares every indicator in every year with a published value, with the documented tolerances', () => {
    const rows = report().rows;
    for (const ind of Object.keys(TOLERANCE) as (keyof typeof TOLERANCE)[]) {
      const mine = rows.filter((r) => r.indicator === ind);
      expect(mine.length, ind).toBeGreaterThanOrEqual(5);
      for (const r of mine) {
        expect(r.tolerance, `${ind} ${r.year}`).toBe(TOLERANCE[ind]);
        expect(Number.isFinite(r.model) && r.model > 0, `${ind} ${r.year} model`).toBe(true);
        expect(r.error).toBeCloseTo((r.model - r.actual) / r.actual, 12);
        expect(r.pass).toBe(Math.abs(r.error) <= r.tolerance);
      }
    }
    expect(rows.map((r) => r.year)).toContain(2019);
    expect(rows.map((r) => r.year)).toContain(2025);
  });

  it('the start year (2019) reproduces the published GPs and residents without a GP', () => {
    const start = report().rows.filter((r) => r.year === 2019);
    for (const r of start.filter((x) => x.indicator !== 'meanListLength'))
      expect(Math.abs(r.error), `${r.indicator} 2019`).toBeLessThan(0.01);
  });

  it('every row is within its tolerance (GPs and list length ±5 %, residents without a GP ±30 %)', () => {
    const failing = report()
      .rows.filter((r) => !r.pass)
      .map(
        (r) =>
          `${r.indicator} ${r.year}: model ${Math.round(r.model)} vs actual ${r.actual} (${(r.error * 100).toFixed(1)} %, tolerance ±${r.tolerance * 100} %)`,
      );
    expect(failing).toEqual([]);
  });

  it('residents without a GP fall from 2023 to 2025 (turnsDownAfter2023)', () => {
    const rows = report().rows.filter((r) => r.indicator === 'nResidentsWithoutGp');
    const at = (y: number) => Math.round(rows.find((r) => r.year === y)?.model ?? Number.NaN);
    expect(report().turnsDownAfter2023, `model 2023: ${at(2023)}, 2025: ${at(2025)}`).toBe(true);
  });

  it('report.pass is true exactly when every row passes and the turn holds', () => {
    const r = report();
    expect(r.pass).toBe(r.rows.every((x) => x.pass) && r.turnsDownAfter2023);
    expect(r.notes.length).toBeGreaterThan(0);
  });
});

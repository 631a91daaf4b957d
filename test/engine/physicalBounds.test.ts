// Physical bounds of the model's outcomes (issue #19, finding 3) over random lever and assumption combinations, in
// deterministic national runs 2026-2040: no GP works more weekly hours (practice and legevakt, averaged over a
// municipality's GPs) than the ceiling `maxWeeklyHours` allows (a quarter's lag aside: the ceiling is refreshed with
// the responses), and never more than a week holds; no county average above 100 hours; shares in 0-1, stocks ≥ 0,
// no NaN; Monte Carlo bands ordered. Before the ceiling, such combinations gave 170 h/week on 0.039 GPs (Utsira) and
// county averages of 126-147 h.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RAW, RAW_FIELDS, preparePlan, runDeterministic, type Plan } from '../../src/engine/index.ts';
import { summarizeRuns, runMonteCarlo } from '../../src/engine/run/monteCarlo.ts';
import { RESULT_IDS } from '../../src/engine/run/results.ts';
import { assumptionsArb, leversArb } from '../helpers/scenarioArbitraries.ts';
import { allMembers, scenarioWith } from '../helpers/engine.ts';

/** The quarter between two refreshes of the ceiling: work per patient grows and legevakt moves meanwhile. */
const LAG_TOLERANCE = 1.03;
const WEEK_HOURS = 168;

interface Breach {
  readonly what: string;
  readonly value: number;
}

function breaches(plan: Plan): Breach[] {
  const run = runDeterministic(plan);
  const raw = run.raw;
  const { nM } = run;
  const out: Breach[] = [];
  const ceiling = plan.assumptions.maxWeeklyHours;
  const hours = raw[RAW.weeklyHoursTimesGps]!;
  const gps = raw[RAW.gpsDuringMonth]!;
  const pop = raw[RAW.population]!;
  const without = raw[RAW.residentsWithoutGp]!;
  for (let f = 0; f < raw.length; f++)
    for (const v of raw[f]!) if (!Number.isFinite(v) || v < 0) out.push({ what: RAW_FIELDS[f]!, value: v });
  const county = new Map<string, { h: number; g: number }>();
  for (let y = 0; y < run.calendar.nYears; y++) {
    county.clear();
    for (let m = 0; m < nM; m++) {
      const i = y * nM + m;
      const g = gps[i]!;
      if (g > 0) {
        const perGp = hours[i]! / g;
        if (perGp > ceiling * LAG_TOLERANCE || perGp > WEEK_HOURS)
          out.push({ what: 'weekly hours per GP', value: perGp });
      }
      if (without[i]! > pop[i]! * (1 + 1e-9))
        out.push({ what: 'share without a GP above 1', value: without[i]! / pop[i]! });
      const c = plan.start.records[m]!.county;
      const acc = county.get(c) ?? { h: 0, g: 0 };
      acc.h += hours[i]!;
      acc.g += g;
      county.set(c, acc);
    }
    for (const [c, acc] of county)
      if (acc.g > 0 && acc.h / acc.g > 100) out.push({ what: `county ${c} mean weekly hours`, value: acc.h / acc.g });
  }
  return out;
}

describe('physical bounds over random levers and assumptions (deterministic, 2026-2040)', () => {
  it('hours within the ceiling and a week, shares in 0-1, stocks ≥ 0, nothing NaN', () => {
    fc.assert(
      fc.property(leversArb({ anyInRange: true }), assumptionsArb(14), (levers, assumptions) => {
        const scenario = { ...scenarioWith(levers), assumptions };
        const plan = preparePlan({ scenario, endYear: 2040 });
        const found = breaches(plan);
        expect(found.slice(0, 3), JSON.stringify({ levers, assumptions })).toEqual([]);
      }),
      { numRuns: 40, seed: 1903 },
    );
  }, 120_000);

  it('the hardest case of the finding (every legevakt and list lever against the GPs, the longest hours) stays bounded', () => {
    const scenario = {
      ...scenarioWith({}),
      assumptions: { maxOnCallHours: 220, maxWeeklyHours: 120, workTrendPerYear: 0.036, workTrendLongRun: 0.03 },
    };
    expect(breaches(preparePlan({ scenario, endYear: 2040 }))).toEqual([]);
  });

  it('where the ceiling binds, GPs keep shorter lists at once: a lower ceiling leaves more residents without a GP in the first year and fewer hours', () => {
    const at = (maxWeeklyHours: number) => {
      const run = runDeterministic(preparePlan({ scenario: { ...scenarioWith({}), assumptions: { maxWeeklyHours } } }));
      const first = (f: Float64Array) => f.slice(0, run.nM).reduce((a, b) => a + b, 0);
      return {
        without: first(run.raw[RAW.residentsWithoutGp]!),
        hours: first(run.raw[RAW.weeklyHoursTimesGps]!) / first(run.raw[RAW.gpsDuringMonth]!),
      };
    };
    const tight = at(70);
    const loose = at(120);
    expect(tight.without).toBeGreaterThan(loose.without);
    expect(tight.hours).toBeLessThan(loose.hours);
    // (later the shorter lists lower hours and attrition, so the long-run effect is the model's, not a bound's)
  });

  it('Monte Carlo bands are ordered p10 ≤ p50 ≤ p90 for every result and year', () => {
    const plan = preparePlan({ endYear: 2032 });
    const mc = runMonteCarlo(plan, { runs: 12, seed: 5, members: allMembers(plan) });
    const s = summarizeRuns(mc);
    for (const id of RESULT_IDS)
      s[id].p50.forEach((p50, y) => {
        expect(s[id].p10[y]!, id).toBeLessThanOrEqual(p50);
        expect(p50, id).toBeLessThanOrEqual(s[id].p90[y]!);
      });
  });
});

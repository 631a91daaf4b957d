// The policy as it stands in 2026 (issue #18): the dated history 2020-2026 and today's values as the registry
// defaults; the projection anchored on December 2025 so that the changes of 1 January 2026 act in it; the direction of
// effect of each new lever (refunded delegated consultations, the online doctor, free visits for 16-17-year-olds, a
// population shock in chosen municipalities), each monotone and bounded; and the two presets, parsed, run and run
// through the CLI as `npm run simulate` runs it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  RAW,
  parseScenario,
  preparePlan,
  runDeterministic,
  type Plan,
  type ResultId,
  type RunOutput,
  type Scenario,
} from '../../src/engine/index.ts';
import { LV } from '../../src/engine/leverIndex.ts';
import { leversAt2020, leversInForce, POLICY_HISTORY } from '../../src/engine/run/history.ts';
import { leversAtStep, resolveTimeline } from '../../src/engine/schedule.ts';
import { makeCalendar } from '../../src/engine/calendar.ts';
import { getAssumption } from '../../src/levers/assumptions.ts';
import { getLever, LEVERS } from '../../src/levers/registry.ts';
import { getSeed } from '../../src/levers/seeds.ts';
import { checkLeverValue, defaultLeverValues, encodeLeverValue } from '../../src/levers/values.ts';
import type { LeverSpec, LeverValue } from '../../src/levers/types.ts';
import { allMembers, municipalityIndex, regionMembers, resultAt, scenarioWith } from '../helpers/engine.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const END = 2035;
const NEW_LEVERS = ['delegatedConsultRefund', 'onlineGpShare', 'youthFreeVisits', 'populationShock'];
const BINDAL = '1811';
const VAGAN = '1865';

const plans = new Map<string, { plan: Plan; run: RunOutput }>();
/** A deterministic projection to END with the given lever settings (and municipal plans), cached by its input. */
function project(levers: Record<string, unknown> = {}, municipalities?: Scenario['municipalities']) {
  const key = JSON.stringify([levers, municipalities ?? null]);
  let hit = plans.get(key);
  if (!hit) {
    const scenario: Scenario = {
      ...scenarioWith(levers as never),
      schemaVersion: 2,
      ...(municipalities ? { municipalities } : {}),
    };
    const plan = preparePlan({ scenario, endYear: END });
    hit = { plan, run: runDeterministic(plan) };
    plans.set(key, hit);
  }
  return hit;
}
const national = (levers: Record<string, unknown>, id: ResultId, year = END) => {
  const { plan, run } = project(levers);
  return resultAt(run, plan, id, allMembers(plan), year);
};
const inRegion = (r: { plan: Plan; run: RunOutput }, region: string, id: ResultId, year = END) =>
  resultAt(r.run, r.plan, id, regionMembers(r.plan, region), year);
const from2027 = (id: string, value: LeverValue) => ({ [id]: { value, from: '2027' } });
const identical = (a: RunOutput, b: RunOutput) =>
  a.raw.every((arr, f) => arr.every((v, i) => Object.is(v, b.raw[f]![i])));

describe('policy history 2020-2026 and today’s values', () => {
  it('every change names a lever with a valid value, in date order per lever, with its end after its start', () => {
    const last = new Map<string, string>();
    for (const c of POLICY_HISTORY) {
      expect(getLever(c.lever), c.lever).toBeDefined();
      expect(checkLeverValue(c.lever, c.value).ok, `${c.lever} ${c.from}`).toBe(true);
      const prev = last.get(c.lever);
      if (prev !== undefined) expect(c.from > prev, `${c.lever}: ${c.from} after ${prev}`).toBe(true);
      last.set(c.lever, c.from);
      if (c.until !== undefined) expect(c.until >= c.from, `${c.lever} ${c.from}-${c.until}`).toBe(true);
    }
  });

  it('the dated changes of 2024-2026 are there with their values', () => {
    const at = (lever: string, from: string) => POLICY_HISTORY.find((c) => c.lever === lever && c.from === from);
    // ALIS 560 mill in 2024 at 230 000 kr a grant; 5 % fewer from June 2025 (judgement)
    expect(at('alisGrants', '2024-01')?.value).toBe(Math.round(560e6 / 230000));
    expect(at('alisGrants', '2025-06')?.value).toBe(Math.round(2435 * 0.95));
    expect(at('onCallGrant', '2024-01')?.value).toBe(70);
    // the temporary LIS1 legevakt rule, 30 April 2021 to 31 December 2024
    expect(at('lis1AsLocum', '2021-05')).toEqual({ lever: 'lis1AsLocum', from: '2021-05', until: '2024-12', value: 1 });
    // 1 January 2026
    expect(at('delegatedConsultRefund', '2026-01')?.value).toBe(0.5);
    expect(at('onlineGpShare', '2026-01')?.value).toBe(0.008);
    expect(at('youthFreeVisits', '2026-01')?.value).toBe(1);
  });

  it('the levers in force month by month follow the history', () => {
    expect(leversInForce(2019, 12)).toEqual(leversAt2020());
    expect(leversInForce(2023, 12).alisGrants).toBe(1870);
    expect(leversInForce(2024, 1).alisGrants).toBe(2435);
    expect(leversInForce(2025, 5).alisGrants).toBe(2435);
    expect(leversInForce(2025, 6).alisGrants).toBe(2313);
    expect(leversInForce(2021, 4).lis1AsLocum).toBe(0);
    expect(leversInForce(2021, 5).lis1AsLocum).toBe(1);
    expect(leversInForce(2024, 12).lis1AsLocum).toBe(1);
    expect(leversInForce(2025, 1).lis1AsLocum).toBe(0);
    expect(leversInForce(2023, 4).capitationModel).toBe('breakpoint');
    expect(leversInForce(2023, 5).capitationModel).toBe('patientAdjusted');
  });

  it('the registry defaults are the policy in force in 2026, and December 2025 differs only in the 2026 changes', () => {
    expect(leversInForce(2026, 1)).toEqual(defaultLeverValues());
    const dec2025 = leversInForce(2025, 12);
    const changed = LEVERS.map((l) => l.id).filter((id) => dec2025[id] !== defaultLeverValues()[id]);
    expect(changed.sort()).toEqual(['delegatedConsultRefund', 'onlineGpShare', 'youthFreeVisits']);
  });

  it('the registry says what today’s level is where the history changed it', () => {
    expect(getLever('alisGrants')!.description.nb).toMatch(/560 mill\. kr fra 2024/);
    expect(getLever('onCallGrant')!.description.nb).toMatch(/70 mill\. kr fra 2024/);
    expect(getLever('delegatedConsultRefund')!.description.nb).toMatch(/1\. januar 2026/);
    for (const id of NEW_LEVERS) {
      const l = getLever(id)!;
      for (const t of [l.label, l.description]) expect(t.nn, `${id}: nynorsk inline`).toBeTruthy();
      for (const s of l.sources) expect(getSeed(s.seed), `${id} cites ${s.seed}`).toBeDefined();
      expect(Number(l.sources[0]!.seed.slice(0, 3)), id).toBeGreaterThanOrEqual(5);
    }
  });

  it('the backtest runs the real history: 2 435 ALIS grants in 2024, the LIS1 rule in 2022 and not in 2025', () => {
    const plan = preparePlan({ start: 'backtest', endYear: 2025 });
    const k = (year: number, month = 6) => (year - 2020) * 12 + month - 1;
    expect(plan.timeline[LV.alisGrants]![k(2024)]).toBe(2435);
    expect(plan.timeline[LV.alisGrants]![k(2025, 12)]).toBe(2313);
    expect(plan.timeline[LV.lis1AsLocum]![k(2022)]).toBe(1);
    expect(plan.timeline[LV.lis1AsLocum]![k(2025)]).toBe(0);
    expect(plan.timeline[LV.delegatedConsultRefund]!.every((v) => v === 0)).toBe(true);
  });

  it('a projection is anchored on December 2025 and runs today’s policy from January 2026', () => {
    const { plan } = project();
    const cal = makeCalendar(2025, END);
    const anchors = leversAtStep(resolveTimeline(cal, leversInForce(2025, 12), []), 0);
    expect(Array.from(plan.anchorLevers)).toEqual(Array.from(anchors));
    const first = leversAtStep(plan.timeline, 0);
    const defaults = defaultLeverValues();
    (LEVERS as readonly LeverSpec[]).forEach((l, i) =>
      expect(Object.is(first[i], encodeLeverValue(l, defaults[l.id as keyof typeof defaults])), l.id).toBe(true),
    );
  });

  it('the 2026 changes act in the baseline: fewer residents without a GP than with the policy of 2025', () => {
    const without2026 = {
      delegatedConsultRefund: { value: 0, from: '2026' },
      onlineGpShare: { value: 0, from: '2026' },
      youthFreeVisits: { value: 0, from: '2026' },
    };
    for (const year of [2026, 2030, 2035])
      expect(national({}, 'nResidentsWithoutGp', year), String(year)).toBeLessThan(
        national(without2026, 'nResidentsWithoutGp', year),
      );
  });

  it('the new levers set to their defaults change nothing, bit for bit', () => {
    const d = defaultLeverValues();
    const same = Object.fromEntries(NEW_LEVERS.map((id) => [id, { value: d[id as keyof typeof d], from: '2027' }]));
    expect(identical(project(same).run, project().run)).toBe(true);
  });
});

describe('direction of effect of the new levers (from 2027, deterministic, 2035)', () => {
  it('delegatedConsultRefund: a higher refund moves work to nurses; longer lists, fewer residents without a GP', () => {
    const values = [0, 0.5, 1];
    const without = values.map((v) => national(from2027('delegatedConsultRefund', v), 'nResidentsWithoutGp'));
    const lists = values.map((v) => national(from2027('delegatedConsultRefund', v), 'meanListLength'));
    expect(without[1]).toBeLessThan(without[0]!);
    expect(without[2]).toBeLessThan(without[1]!);
    expect(lists[1]).toBeGreaterThan(lists[0]!);
    expect(lists[2]).toBeGreaterThan(lists[1]!);
    const bindal = values.map((v) =>
      inRegion(project(from2027('delegatedConsultRefund', v)), `kommune:${BINDAL}`, 'meanListLength'),
    );
    expect(bindal[2]).toBeGreaterThan(bindal[0]!);
  });

  it('onlineGpShare: more consultations with the online doctor; fewer without a GP, and the state pays for it', () => {
    const values = [0, 0.05, 0.2];
    const without = values.map((v) => national(from2027('onlineGpShare', v), 'nResidentsWithoutGp'));
    expect(without[1]).toBeLessThan(without[0]!);
    expect(without[2]).toBeLessThan(without[1]!);
    const cost = values.map((v) => national(from2027('onlineGpShare', v), 'stateCostNok'));
    expect(cost[2]).toBeGreaterThan(cost[0]!);
  });

  it('onlineGpShare for one municipality (its own lever) shortens the work there only', () => {
    const own = project({}, { [BINDAL]: { levers: { onlineGpShare: { value: 0.2, from: '2027' } } } });
    const base = project();
    expect(inRegion(own, `kommune:${BINDAL}`, 'meanListLength')).toBeGreaterThan(
      inRegion(base, `kommune:${BINDAL}`, 'meanListLength'),
    );
    const vagan = (r: typeof own) => inRegion(r, `kommune:${VAGAN}`, 'meanListLength');
    expect(Math.abs(vagan(own) / vagan(base) - 1)).toBeLessThan(1e-3);
  });

  it('youthFreeVisits: more visits by 16-17-year-olds; shorter lists, more residents without a GP', () => {
    expect(national(from2027('youthFreeVisits', 1), 'meanListLength')).toBeLessThan(
      national(from2027('youthFreeVisits', 0), 'meanListLength'),
    );
    expect(national(from2027('youthFreeVisits', 1), 'nResidentsWithoutGp')).toBeGreaterThan(
      national(from2027('youthFreeVisits', 0), 'nResidentsWithoutGp'),
    );
  });

  it('populationShock nationally: more residents, more of them without a GP, rising with the shock', () => {
    const values = [0, 5, 20];
    const pop = values.map((v) => national(from2027('populationShock', v), 'population'));
    const without = values.map((v) => national(from2027('populationShock', v), 'nResidentsWithoutGp'));
    expect(pop[1]).toBeGreaterThan(pop[0]!);
    expect(pop[2]).toBeGreaterThan(pop[1]!);
    expect(without[1]).toBeGreaterThan(without[0]!);
    expect(without[2]).toBeGreaterThan(without[1]!);
    // 5 per 1 000 a year for 9 years, 5 % moving on each year: the population is about 4 % larger, not more than 4.5 %
    expect(pop[1]! / pop[0]!).toBeGreaterThan(1.03);
    expect(pop[1]! / pop[0]!).toBeLessThan(1.045);
  });

  it('populationShock in one municipality: more residents without a GP there; others keep their population', () => {
    const shock = project(
      {},
      { [BINDAL]: { levers: { populationShock: { value: 30, from: '2027', until: '2029' } } } },
    );
    const base = project();
    const b = `kommune:${BINDAL}`;
    expect(inRegion(shock, b, 'population')).toBeGreaterThan(inRegion(base, b, 'population') * 1.05);
    // in every year from the shock's first (emptyLists.test.ts checks Bergen month by month)
    for (let y = 2027; y <= END; y++)
      expect(inRegion(shock, b, 'nResidentsWithoutGp', y), String(y)).toBeGreaterThan(
        inRegion(base, b, 'nResidentsWithoutGp', y),
      );
    // the year before it starts is untouched; the shock's residents stay after it ends (fewer as some move on)
    expect(inRegion(shock, b, 'population', 2026)).toBe(inRegion(base, b, 'population', 2026));
    const extra = (y: number) => inRegion(shock, b, 'population', y) - inRegion(base, b, 'population', y);
    expect(extra(2030)).toBeGreaterThan(0);
    expect(extra(2035)).toBeLessThan(extra(2030));
    // every other municipality keeps exactly its population; Vågan's residents without a GP move by < 0.1 %
    const m = municipalityIndex(shock.plan, BINDAL);
    const popShock = shock.run.raw[RAW.population]!;
    const popBase = base.run.raw[RAW.population]!;
    for (let i = 0; i < popShock.length; i++) if (i % shock.run.nM !== m) expect(popShock[i]).toBe(popBase[i]);
    const v = `kommune:${VAGAN}`;
    const ratio = inRegion(shock, v, 'nResidentsWithoutGp') / inRegion(base, v, 'nResidentsWithoutGp');
    expect(Math.abs(ratio - 1)).toBeLessThan(1e-3);
  });

  it('populationShock set for every municipality is the national lever, bit for bit', () => {
    const codes = project().plan.start.records.map((r) => r.code);
    const all = Object.fromEntries(codes.map((c) => [c, { levers: { populationShock: { value: 8, from: '2028' } } }]));
    expect(identical(project({}, all).run, project({ populationShock: { value: 8, from: '2028' } }).run)).toBe(true);
  });

  it('the new levers at their extremes stay finite and non-negative, and need no more than the range', () => {
    for (const id of NEW_LEVERS) {
      const l = getLever(id)!;
      const hi = l.kind === 'number' ? l.max : 1;
      const { run } = project(from2027(id, hi));
      for (const arr of run.raw) for (const v of arr) expect(Number.isFinite(v) && v >= 0, id).toBe(true);
    }
    // every effect size is an assumption with a range and a source
    for (const a of [
      'delegatedShareAtFullRefund',
      'onlineGpWorkPerConsult',
      'onlineGpConsultCostNok',
      'youthFreeDemandRise',
      'shockNeedRatio',
      'shockMoveAwayPerYear',
    ]) {
      const spec = getAssumption(a)!;
      expect(spec.min, a).toBeLessThan(spec.max);
      expect(spec.source.kind, a).toBe('judgement');
    }
  });
});

describe('presets: Statsbudsjettet 2026 and Meld. St. 23 (2024–2025)', () => {
  const read = (file: string): Scenario => {
    const parsed = parseScenario(JSON.parse(readFileSync(path.join(repoRoot, 'scenarios', file), 'utf8')));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    return parsed.scenario;
  };

  it('parse, with names in bokmål, nynorsk and English, citing the new seed records', () => {
    for (const [file, seed] of [
      ['statsbudsjettet-2026.json', '010-statsbudsjettet-2026'],
      ['meld-st-23-2024-2025.json', '011-meld-st-23-2024-2025'],
    ] as const) {
      const s = read(file);
      expect(s.id).toBe(file.replace(/\.json$/, ''));
      for (const t of [s.name, s.description!])
        for (const k of ['nb', 'nn', 'en'] as const) expect(t[k], file).toBeTruthy();
      expect(s.citations?.map((c) => c.seed)).toContain(seed);
      for (const c of s.citations ?? []) expect(getSeed(c.seed), c.seed).toBeDefined();
    }
  });

  it('Statsbudsjettet 2026 is today’s policy: the same run as the baseline', () => {
    const plan = preparePlan({ scenario: read('statsbudsjettet-2026.json'), endYear: END });
    expect(identical(runDeterministic(plan), project().run)).toBe(true);
  });

  it('Meld. St. 23 raises the capitation share in four steps to 42 % and cuts residents without a GP by 2035', () => {
    const plan = preparePlan({ scenario: read('meld-st-23-2024-2025.json'), endYear: END });
    const k = (year: number) => (year - 2026) * 12;
    const share = plan.timeline[LV.capitationShareTarget]!;
    expect(Number.isNaN(share[k(2026)]!)).toBe(true);
    expect([2027, 2028, 2029, 2030, 2035].map((y) => share[k(y)])).toEqual([0.35, 0.37, 0.4, 0.42, 0.42]);
    const run = runDeterministic(plan);
    expect(resultAt(run, plan, 'nResidentsWithoutGp', allMembers(plan), END)).toBeLessThan(
      national({}, 'nResidentsWithoutGp'),
    );
  });

  it.each(['statsbudsjettet-2026.json', 'meld-st-23-2024-2025.json'])(
    '%s runs through the CLI (npm run simulate)',
    (file) => {
      const r = spawnSync(
        process.execPath,
        [
          'src/cli/run.mjs',
          'simulate',
          '--scenario',
          `scenarios/${file}`,
          '--runs',
          '4',
          '--threads',
          '1',
          '--to',
          '2030',
        ],
        { cwd: repoRoot, encoding: 'utf8', timeout: 180_000 },
      );
      expect(r.status, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as { years: number[]; series: Record<string, { p50: number[] }> };
      expect(out.years).toEqual([2026, 2027, 2028, 2029, 2030]);
      const p50 = out.series['nResidentsWithoutGp']!.p50;
      expect(p50).toHaveLength(5);
      for (const v of p50) expect(Number.isFinite(v) && v > 0).toBe(true);
    },
    180_000,
  );
});

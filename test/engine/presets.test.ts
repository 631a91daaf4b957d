// Every scenario file also runs stochastically: whole leavers and whole vacant lists must never leave a
// fraction of a GP holding a municipality's residents (seed 1, run 10 of the expert package once did).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, preparePlan, runMonteCarlo } from '../../src/engine/index.ts';

const dir = new URL('../../scenarios/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('scenario files under Monte Carlo', () => {
  it.each(files)('%s: runs 8-11 of seed 1 to 2035 complete with finite results', (file) => {
    const parsed = parseScenario(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const plan = preparePlan({ scenario: parsed.scenario, endYear: 2035 });
    const members = Int32Array.from({ length: plan.start.nM }, (_, i) => i);
    const mc = runMonteCarlo(plan, { runs: 4, seed: 1, members, firstRun: 8 });
    expect(mc.values.every(Number.isFinite)).toBe(true);
  });
});

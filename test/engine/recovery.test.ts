// A municipality that loses every GP (possible by chance in a small one) must stay numerically sound and
// must be able to recruit again: a recruit is offered a list at the ceiling, not the income of GPs who left.
import { describe, expect, it } from 'vitest';
import { createWorkspace, N_RAW, preparePlan, RAW, runModel } from '../../src/engine/index.ts';
import { N_STAGES } from '../../src/engine/constants.ts';
import { fieldOf, setField } from '../../src/engine/workspace.ts';
import { N_GP, SAL, SPEC, TR0, TRAINEES } from '../../src/engine/stateFields.ts';

describe('a municipality that loses all its GPs', () => {
  it('records finite values and recruits again within a few years', () => {
    const plan = preparePlan({ endYear: 2032 });
    const i = plan.start.records.findIndex((r) => r.code === '4211'); // Gjerstad, ~2 400 residents
    expect(i).toBeGreaterThanOrEqual(0);
    const ws = createWorkspace(plan.start);
    const raw = Array.from({ length: N_RAW }, () => new Float64Array(plan.start.nM * plan.calendar.nYears));
    let gpsAfterWipe = Number.NaN;
    const out = runModel(
      {
        ...plan,
        rawOut: raw,
        onStep: (k, w) => {
          if (k === 12) gpsAfterWipe = fieldOf(w, N_GP, i); // GPs at the start of January 2027, before that month's flows
          if (k !== 11) return; // end of 2026: every GP leaves
          setField(w, SPEC, i, 0);
          for (let s = 0; s < N_STAGES; s++) setField(w, TR0 + s, i, 0);
          setField(w, TRAINEES, i, 0);
          setField(w, SAL, i, 0);
        },
      },
      ws,
    );
    const nM = plan.start.nM;
    const gps = (year: number) => out.raw[RAW.nGps]![(year - 2026) * nM + i]!;
    for (const arr of out.raw) expect(arr.every(Number.isFinite)).toBe(true);
    expect(gpsAfterWipe).toBe(0);
    // a recruit is offered a normal list and income, so the municipality rebuilds most of its GP count
    expect(gps(2030)).toBeGreaterThan(0.75 * plan.start.nGps[i]!);
  });
});

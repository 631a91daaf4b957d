// The 2025 start counts vacant lists as the hindcast starts do (the forecast is of the kind the validation scored):
// from each municipality's residents without a GP at the national residents per vacant list, scaled to SSB's national
// count; its residents without a GP are SSB's; and a planner's count in the register's lists maps onto them.
import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../../src/data/index.ts';
import { buildStart2025 } from '../../src/engine/start/startState.ts';
import { applyStartOverrides } from '../../src/engine/start/startOverrides.ts';

const start = buildStart2025();
const vacant = (m: number) => start.lists[m]! - start.nGps[m]!;
const listLength = (m: number) => {
  const pop = start.pop[(start.year + 1 - start.popFirstYear) * start.nM + m]!;
  return (pop - start.residentsWithoutGp[m]!) / start.nGps[m]!;
};

describe('2025 start: vacant lists as the hindcasts count them', () => {
  it('keeps SSB’s national count of lists without a GP (those with residents on them: 5632 has one without)', () => {
    const ssb = MUNICIPALITIES.reduce((a, r) => a + (r.gp2025.residentsWithoutGp > 0 ? r.gp2025.listsWithoutGp : 0), 0);
    const model = MUNICIPALITIES.reduce((a, _, m) => a + vacant(m), 0);
    expect(model).toBeCloseTo(ssb, 6);
  });

  it('gives every municipality vacant lists in proportion to its residents without a GP over its list length', () => {
    const ratios = MUNICIPALITIES.flatMap((_, m) =>
      start.residentsWithoutGp[m]! > 0 ? [vacant(m) / (start.residentsWithoutGp[m]! / listLength(m))] : [],
    );
    expect(ratios.length).toBeGreaterThan(100);
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0]!, 9);
    MUNICIPALITIES.forEach((_, m) => {
      if (start.residentsWithoutGp[m] === 0) expect(vacant(m)).toBe(0);
    });
  });

  it('records the model’s vacant lists per list the register counts, so that the two convert both ways', () => {
    const units = start.vacantUnitsPerList!;
    MUNICIPALITIES.forEach((r, m) => {
      if (r.gp2025.listsWithoutGp > 0 && r.gp2025.residentsWithoutGp > 0)
        expect(units[m]! * r.gp2025.listsWithoutGp).toBeCloseTo(vacant(m), 9);
      else expect(units[m]).toBe(1);
    });
    // Nesna: one list without a GP in SSB's table, carrying 977 residents (57 %): more than one list's worth here
    const nesna = MUNICIPALITIES.findIndex((r) => r.code === '1828');
    expect(MUNICIPALITIES[nesna]!.gp2025.listsWithoutGp).toBe(1);
    expect(units[nesna]!).toBeGreaterThan(1.5);
    // a planner who counts two lists without a GP there gets twice the model's vacant lists of the data's one
    const s = applyStartOverrides(start, { '1828': { listsWithoutGp: 2 } });
    expect(s.lists[nesna]! - s.nGps[nesna]!).toBeCloseTo(2 * vacant(nesna), 9);
  });
});

// Lever-change months: the driver recomputes legevakt, attractiveness and work factors in the months a lever
// changes (besides the quarterly refreshes). A lever set to "none" (NaN in the timeline) must not count as a
// change every month: NaN !== NaN made every month a change month until this was pinned.
import { describe, expect, it } from 'vitest';
import { makeCalendar } from '../../src/engine/calendar.ts';
import { leverChangeMonths, resolveTimeline } from '../../src/engine/schedule.ts';
import { defaultLeverValues } from '../../src/levers/values.ts';
import { LEVERS } from '../../src/levers/registry.ts';

const cal = makeCalendar(2025, 2030);
const changedMonths = (flags: Uint8Array) => [...flags.keys()].filter((k) => flags[k] === 1);

describe('lever change months', () => {
  it('the default levers (some set to "none", NaN) change only in month 0', () => {
    const timeline = resolveTimeline(cal, defaultLeverValues(), []);
    expect(timeline.some((arr) => Number.isNaN(arr[0]))).toBe(true);
    expect(changedMonths(leverChangeMonths(timeline))).toEqual([0]);
  });

  it('a dated change, and a change from or to "none", mark exactly their months', () => {
    const none = LEVERS.find((l) => l.id === 'capitationShareTarget')!;
    expect(defaultLeverValues()[none.id]).toBeNull();
    const timeline = resolveTimeline(cal, defaultLeverValues(), [
      { lever: 'recruitmentGrant', from: '2027-03', value: 500000 },
      { lever: none.id, from: '2028', value: 0.4 },
      { lever: none.id, from: '2029-07', value: null },
    ]);
    const k = (year: number, month: number) => (year - 2026) * 12 + month - 1;
    expect(changedMonths(leverChangeMonths(timeline))).toEqual([0, k(2027, 3), k(2028, 1), k(2029, 7)]);
  });
});

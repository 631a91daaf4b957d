// Keyboard steps for the lever sliders (src/ui/sliderKeys.ts, issue #15): about 1 % / 10 % of the range as a round
// number on the lever's grid, values without float noise, and one commit per burst of key presses.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getLever } from '../../src/levers/registry.ts';
import type { NumberLeverSpec } from '../../src/levers/types.ts';
import { cleanValue, KeyBurst, keyboardStep, keyTarget, snapToStep } from '../../src/ui/sliderKeys.ts';

const lever = (id: string) => getLever(id) as NumberLeverSpec;

describe('keyboard steps', () => {
  it('fit the lever: basistilskudd 10 kr (not 0,1), ALIS 20 agreements, LIS1 10 posts, shares 1 point', () => {
    expect(keyboardStep(lever('capitationRate'))).toBe(10);
    expect(keyboardStep(lever('capitationRate'), 0.1)).toBe(100);
    expect(keyboardStep(lever('alisGrants'))).toBe(20);
    expect(keyboardStep(lever('lis1Positions'))).toBe(10);
    expect(keyboardStep(lever('salariedShare'))).toBe(0.01);
    expect(keyboardStep(lever('capitationShareTarget'))).toBe(0.01);
    expect(keyboardStep(lever('recruitmentGrant'))).toBe(10000);
    expect(keyboardStep(lever('taskSharing'))).toBe(0.05);
  });

  it('every step is a whole number of the lever’s own steps, and an arrow crosses the range in about 100 presses', () => {
    for (const id of ['capitationRate', 'breakpointPatients', 'alisGrants', 'onCallGrant', 'onCallExemptionAge']) {
      const spec = lever(id);
      const k = keyboardStep(spec) / spec.step;
      expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-9);
      expect((spec.max - spec.min) / keyboardStep(spec)).toBeLessThanOrEqual(150);
    }
  });

  it('keys move from the current value; Home/End go to the ends; other keys do nothing', () => {
    const spec = lever('capitationRate');
    expect(keyTarget('ArrowRight', 841.8, spec)).toBe(851.8);
    expect(keyTarget('ArrowLeft', 851.8, spec)).toBe(841.8);
    expect(keyTarget('PageUp', 841.8, spec)).toBe(941.8);
    expect(keyTarget('PageDown', 450, spec)).toBe(400);
    expect(keyTarget('Home', 841.8, spec)).toBe(400);
    expect(keyTarget('End', 841.8, spec)).toBe(1700);
    expect(keyTarget('Tab', 841.8, spec)).toBeNull();
  });

  it('values come back exactly (no float noise), so a lever moved back is unchanged', () => {
    const spec = lever('capitationRate');
    expect(Math.round(841.8 / 0.1) * 0.1).not.toBe(841.8); // the old rounding
    expect(snapToStep(841.8, spec)).toBe(841.8);
    expect(snapToStep(57 / 100, lever('salariedShare'))).toBe(0.57);
    expect(cleanValue(841.8000000000001, 0.1, 841.8)).toBe(841.8);
    expect(cleanValue(0.56999999999999, 0.01, 0.4)).toBe(0.57);
  });
});

describe('a burst of key presses', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  it('commits once, a second after the last press, or at once on flush', () => {
    vi.useFakeTimers();
    const commits: number[] = [];
    const burst = new KeyBurst<number>((v) => commits.push(v), 1000);
    burst.press(1);
    vi.advanceTimersByTime(600);
    burst.press(2);
    vi.advanceTimersByTime(600);
    burst.press(3);
    expect(commits).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(commits).toEqual([3]);
    burst.press(4);
    burst.flush();
    burst.flush();
    expect(commits).toEqual([3, 4]);
    vi.advanceTimersByTime(2000);
    expect(commits).toEqual([3, 4]);
  });
});

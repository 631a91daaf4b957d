// Number formats (nb-NO: NBSP group separator, decimal comma, U+2212 minus; years never grouped) and the
// lenient parser for typed numbers.
import { afterEach, describe, expect, it } from 'vitest';
import {
  formatInteger,
  formatInterval,
  formatMillNok,
  formatNumber,
  formatPercent,
  formatProbability,
  formatRoundedCount,
  formatSigned,
  formatYear,
  parseNumber,
  roundCount,
  formatRoundedMillNok,
  roundProbabilityPoints,
} from '../../src/ui/format.ts';
import { setLocale } from '../../src/ui/i18n.ts';

afterEach(() => setLocale('nb'));

describe('formats', () => {
  it('uses Norwegian conventions in bokmål', () => {
    expect(formatInteger(1234567.4)).toBe('1\u00a0234\u00a0567');
    expect(formatNumber(12.345)).toBe('12,3');
    expect(formatNumber(-2.5)).toBe('\u22122,5');
    expect(formatPercent(0.125)).toBe('12,5\u00a0%');
    expect(formatMillNok(16_283_400_000)).toBe('16\u00a0283');
    expect(formatSigned(-56)).toBe('\u221256');
    expect(formatSigned(1234)).toBe('+1\u00a0234');
    expect(formatYear(2030)).toBe('2030');
  });

  it('never shows "−0" or "+0": a change that rounds to zero is "0", an interval end too (#15)', () => {
    expect(formatSigned(-0.3)).toBe('0');
    expect(formatSigned(0.4)).toBe('0');
    expect(formatSigned(-0.04, (v) => formatNumber(v, 1))).toBe('0');
    expect(formatInteger(-0.4)).toBe('0');
    expect(formatMillNok(-300_000)).toBe('0');
    expect(formatInterval({ p10: -0.3, p90: 2 }, formatInteger)).toBe('0 – 2');
    expect(formatInterval({ p10: 5, p90: -3 }, formatInteger)).toBe('\u22123 – 5');
    expect(formatSigned(-0.6)).toBe('\u22121');
  });

  it('switches to English formats with the language', () => {
    setLocale('en');
    expect(formatInteger(1234567)).toBe('1,234,567');
    expect(formatNumber(12.345)).toBe('12.3');
  });
});

describe('rounded to what the model can know', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 10],
    [281, 280],
    [592, 590],
    [994.9, 990],
    [995, 1000],
    [1049, 1000],
    [12_345, 12_300],
    [99_949, 99_900],
    [123_456, 123_000],
    [-281, -280],
    [-2, 0],
  ])('counts: %d → %d', (v, r) => {
    expect(Object.is(roundCount(v), r)).toBe(true);
  });

  it('rounds millions of NOK to three significant digits from 100 millions, whole below', () => {
    expect(formatRoundedMillNok(16_955e6)).toBe('17\u00a0000');
    expect(formatRoundedMillNok(16_363e6)).toBe('16\u00a0400');
    expect(formatRoundedMillNok(1_234e6)).toBe('1\u00a0230');
    expect(formatRoundedMillNok(543.4e6)).toBe('543');
    expect(formatRoundedMillNok(6.4e6)).toBe('6');
    expect(formatRoundedMillNok(-1_234e6)).toBe('−1\u00a0230');
    expect(formatRoundedMillNok(0.2e6)).toBe('0');
    expect(formatRoundedMillNok(Number.NaN)).toBe('–');
  });

  it('formats rounded counts in nb-NO; a few residents are "< 10", never 0', () => {
    expect(formatRoundedCount(281.4)).toBe('280');
    expect(formatRoundedCount(12_345)).toBe('12\u00a0300');
    expect(formatRoundedCount(156_789)).toBe('157\u00a0000');
    expect(formatRoundedCount(3.2)).toBe('<\u00a010');
    expect(formatRoundedCount(0)).toBe('0');
    expect(formatRoundedCount(Number.NaN)).toBe('–');
  });

  it.each([
    [0, '<\u00a05\u00a0%'],
    [0.049, '<\u00a05\u00a0%'],
    [0.05, '5\u00a0%'],
    [0.124, '10\u00a0%'],
    [0.125, '15\u00a0%'],
    [0.35, '35\u00a0%'],
    [0.5, '50\u00a0%'],
    [0.95, '95\u00a0%'],
    [0.951, '>\u00a095\u00a0%'],
    [1, '>\u00a095\u00a0%'],
  ])('probabilities to 5 percentage points: %d → %j', (p, text) => {
    expect(formatProbability(p)).toBe(text);
  });

  it('probabilities in English and as signed points', () => {
    expect(roundProbabilityPoints(0.335)).toBe(35);
    expect(roundProbabilityPoints(-0.07)).toBe(-5);
    expect(Object.is(roundProbabilityPoints(-0.01), 0)).toBe(true);
    setLocale('en');
    expect(formatProbability(0.35)).toBe('35%');
    expect(formatProbability(0.01)).toBe('<\u00a05%');
    expect(formatRoundedCount(12_345)).toBe('12,300');
  });
});

describe('parseNumber', () => {
  it.each([
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['\u221212', -12],
    ['-0,5', -0.5],
    ['40 %', 40],
    ['40\u00a0%', 40],
    ['  7 ', 7],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', 'abc', '12a', '1,2,3', '--1', '∞'])('rejects %j', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

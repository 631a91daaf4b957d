// Number formats (nb-NO: NBSP group separator, decimal comma, U+2212 minus; years never grouped) and the
// lenient parser for typed numbers.
import { afterEach, describe, expect, it } from 'vitest';
import {
  formatInteger,
  formatMillNok,
  formatNumber,
  formatPercent,
  formatSigned,
  formatYear,
  parseNumber,
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

  it('switches to English formats with the language', () => {
    setLocale('en');
    expect(formatInteger(1234567)).toBe('1,234,567');
    expect(formatNumber(12.345)).toBe('12.3');
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
    ['  7 ', 7],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', 'abc', '12a', '1,2,3', '--1', '∞'])('rejects %j', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

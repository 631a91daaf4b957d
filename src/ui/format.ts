/**
 * Number formats for the UI in the current language (nb-NO: NBSP as group separator, decimal comma,
 * U+2212 minus), years without a separator, lists in words ("2020, 2022 og 2024"), and a lenient parser for what
 * users type ("1 234,5", "1234.5", "40 %").
 */
import { localeTag } from './i18n.ts';

const cache = new Map<string, Intl.NumberFormat>();
function nf(opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const tag = localeTag();
  const key = tag + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) {
    // signDisplay 'negative': a value that rounds to zero never shows as "−0"
    f = new Intl.NumberFormat(tag, { signDisplay: 'negative' as Intl.NumberFormatOptions['signDisplay'], ...opts });
    cache.set(key, f);
  }
  return f;
}

/** Items joined as the current language writes a list: "a, b og c" (nb, nn), "a, b and c" (en). */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(localeTag(), { type: 'conjunction' }).format(items);
}

/** Significant digits that suit the size of the number (counts whole, small values with decimals). */
export function formatNumber(v: number, maxFractionDigits?: number): string {
  if (!Number.isFinite(v)) return '–';
  const abs = Math.abs(v);
  const digits = maxFractionDigits ?? (abs >= 100 ? 0 : abs >= 10 ? 1 : 2);
  return nf({ maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(v);
}

export function formatInteger(v: number): string {
  return Number.isFinite(v) ? nf({ maximumFractionDigits: 0 }).format(v) : '–';
}

export function formatPercent(share: number, digits = 1): string {
  return Number.isFinite(share) ? nf({ style: 'percent', maximumFractionDigits: digits }).format(share) : '–';
}

/**
 * Signed change, e.g. "+1 234" or "−56"; a change that shows as zero in `format` is "0", never "+0" or "−0".
 */
export function formatSigned(v: number, format: (x: number) => string = formatInteger): string {
  if (!Number.isFinite(v)) return '–';
  const zero = format(0);
  if (Math.abs(v) < 1e-9 || format(Math.abs(v)) === zero) return zero;
  return v > 0 ? `+${format(v)}` : format(v);
}

/** An 80 % interval "lo – hi" (p10 and p90, in order), each end formatted by `format`. */
export function formatInterval(
  q: { readonly p10: number; readonly p90: number },
  format: (x: number) => string,
): string {
  return `${format(Math.min(q.p10, q.p90))} – ${format(Math.max(q.p10, q.p90))}`;
}

/** NOK in millions, e.g. "12 345". */
export function formatMillNok(nok: number): string {
  return formatInteger(nok / 1e6);
}

/**
 * NOK in millions rounded to what the model can know: three significant digits from 100 millions ("16 955" is
 * "17 000", "1 234" is "1 230"), whole millions below. A key figure whose 80 % interval spans ±4 % does not know the
 * last million of 17 billion.
 */
export function formatRoundedMillNok(nok: number): string {
  if (!Number.isFinite(nok)) return '–';
  const m = nok / 1e6;
  const abs = Math.abs(m);
  const step = abs >= 100 ? 10 ** (Math.floor(Math.log10(abs)) - 2) : 1;
  return formatInteger(Math.round(m / step) * step + 0);
}

/**
 * A count rounded to what the model can know: to 10 below 1 000, to 100 below 100 000, to 1 000 above (an
 * expected number of residents is not known to the person).
 */
export function roundCount(v: number): number {
  if (!Number.isFinite(v)) return v;
  const abs = Math.abs(v);
  const step = abs < 1000 ? 10 : abs < 100_000 ? 100 : 1000;
  return Math.round(v / step) * step + 0; // + 0: no "−0"
}

/** A rounded count (roundCount); a positive count that rounds to 0 is "< 10", not 0. */
export function formatRoundedCount(v: number): string {
  if (!Number.isFinite(v)) return '–';
  const r = roundCount(v);
  return v > 0 && r === 0 ? `<\u00a0${formatInteger(10)}` : formatInteger(r);
}

/**
 * A number of GPs rounded to what the model can know: to a tenth below 10 (an expected number of lists in a small
 * municipality is a fraction of a list), whole below 1 000, to 10 above.
 */
export function roundGpCount(v: number): number {
  if (!Number.isFinite(v)) return v;
  const abs = Math.abs(v);
  if (abs < 9.95) return Math.round(v * 10) / 10 + 0; // + 0: no "−0"
  return (abs < 1000 ? Math.round(v) : Math.round(v / 10) * 10) + 0;
}

/**
 * A rounded number of GPs (roundGpCount): "0", "0,7", "1,0", "12", "1 230"; a positive number that rounds to 0 is
 * "< 0,1", not 0.
 */
export function formatRoundedGpCount(v: number): string {
  if (!Number.isFinite(v)) return '–';
  const r = roundGpCount(v);
  if (r === 0) return v > 0 ? `<\u00a0${formatFixedDigits(0.1, 1)}` : formatInteger(0);
  return Math.abs(r) < 10 ? formatFixedDigits(r, 1) : formatInteger(r);
}

/** Exactly `digits` decimals ("1,0"). */
function formatFixedDigits(v: number, digits: number): string {
  return nf({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);
}

/** A probability in whole percentage points rounded to 5 (the most a few hundred runs can tell). */
export function roundProbabilityPoints(p: number): number {
  return Math.round(p * 20) * 5 + 0;
}

/**
 * A probability rounded to 5 percentage points, "< 5 %" and "> 95 %" at the ends: a share of a few hundred runs
 * never shows that something is impossible or certain.
 */
export function formatProbability(p: number): string {
  if (!Number.isFinite(p)) return '–';
  if (p < 0.05) return `<\u00a0${formatPercent(0.05, 0)}`;
  if (p > 0.95) return `>\u00a0${formatPercent(0.95, 0)}`;
  return formatPercent(roundProbabilityPoints(p) / 100, 0);
}

/** An assumption's value with decimals enough for its size and range. */
export function fmtA(v: number): string {
  const abs = Math.abs(v);
  return formatNumber(v, abs >= 1000 ? 0 : abs >= 10 ? 2 : abs >= 0.01 || abs === 0 ? 4 : 6);
}

/** Years are never grouped (2030, not 2 030). */
export function formatYear(y: number): string {
  return String(Math.round(y));
}

/** Parses a number as typed in either language; null when it is not a number. */
export function parseNumber(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/\u2212/g, '-')
    .replace(/%$/, '');
  if (cleaned === '') return null;
  // a comma is the decimal mark; dots are decimal marks too when there is no comma
  const normal = cleaned.includes(',') ? cleaned.replace(/\./g, '').replace(',', '.') : cleaned;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normal)) return null;
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

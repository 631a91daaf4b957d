// Population 1 January 2015-2050 per municipality: SSB registered figures with gaps filled, SSB projection spliced on from 2027.

/** First and last year of the population series. */
export const POP_FIRST_YEAR = 2015;
export const POP_LAST_YEAR = 2050;
/** Last registered year (1 January 2026) and first year taken from the projection. */
export const REGISTERED_LAST_YEAR = 2026;
export const PROJECTION_FROM_YEAR = REGISTERED_LAST_YEAR + 1;

/**
 * Haram (1580) was merged into Ålesund (1508) in 2020-2023 and split out again in 2024. SSB's
 * harmonised series (2024 borders) has no Haram value for those years and Ålesund includes Haram.
 */
const SPLIT_PAIRS: readonly { part: string; host: string }[] = [{ part: '1580', host: '1508' }];

export interface PopulationInput {
  /** All municipality codes (2024 structure). */
  codes: readonly string[];
  /** code -> 2-digit county number. */
  countyOf: ReadonlyMap<string, string>;
  /** code -> registered value per year POP_FIRST_YEAR..REGISTERED_LAST_YEAR (null = blank in SSB's series). */
  registered: ReadonlyMap<string, readonly (number | null)[]>;
  /** code -> projected value per year (must cover REGISTERED_LAST_YEAR..POP_LAST_YEAR). */
  projection: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

export interface PopulationSeries {
  /** Residents on 1 January, POP_FIRST_YEAR..POP_LAST_YEAR, integers. */
  values: number[];
  /** Historical years whose value is not an SSB figure. */
  filledYears: number[];
}

const N_REG = REGISTERED_LAST_YEAR - POP_FIRST_YEAR + 1;

function regOf(input: PopulationInput, code: string): readonly (number | null)[] {
  const r = input.registered.get(code);
  if (!r || r.length !== N_REG) throw new Error(`${code}: registered population must have ${N_REG} values`);
  return r;
}

/**
 * Fills the registered series 2015-2026:
 * - leading gaps (Heim 5055, Hitra 5056, Orkland 5059, Narvik 1806, Hamarøy 1875 before 2020):
 *   backcast from the first known year with the growth of the county's complete municipalities,
 *   v(y) = v(first) * C(y) / C(first), C = county sum over municipalities with no gaps;
 * - inner gaps (Haram 1580 2020-2023): geometric interpolation between the neighbouring known
 *   values, and the interpolated value is subtracted from the host (Ålesund 1508) in those years.
 * Values are rounded to whole persons.
 */
export function fillRegistered(input: PopulationInput): Map<string, PopulationSeries> {
  const hosts = new Set(SPLIT_PAIRS.map((p) => p.host));
  // county sums over complete municipalities (no blanks, not a host whose borders differ)
  const countySum = new Map<string, number[]>();
  for (const code of input.codes) {
    const reg = regOf(input, code);
    if (hosts.has(code) || reg.some((v) => v === null)) continue;
    const county = input.countyOf.get(code) ?? '';
    const sum = countySum.get(county) ?? new Array<number>(N_REG).fill(0);
    reg.forEach((v, i) => {
      sum[i] = (sum[i] ?? 0) + (v ?? 0);
    });
    countySum.set(county, sum);
  }
  const out = new Map<string, PopulationSeries>();
  const innerFilled = new Map<string, number[]>(); // code -> filled values (NaN where not filled)
  for (const code of input.codes) {
    const reg = regOf(input, code);
    const values = reg.map((v) => v ?? NaN);
    const filledYears: number[] = [];
    const firstKnown = values.findIndex((v) => !Number.isNaN(v));
    if (firstKnown < 0) throw new Error(`${code}: no registered population`);
    if (Number.isNaN(values[N_REG - 1] as number))
      throw new Error(`${code}: no registered ${REGISTERED_LAST_YEAR} value`);
    if (firstKnown > 0) {
      const c = countySum.get(input.countyOf.get(code) ?? '');
      if (!c) throw new Error(`${code}: no complete municipalities in its county`);
      const base = values[firstKnown] as number;
      for (let i = 0; i < firstKnown; i++) {
        values[i] = Math.round((base * (c[i] as number)) / (c[firstKnown] as number));
        filledYears.push(POP_FIRST_YEAR + i);
      }
    }
    const filledHere = new Array<number>(N_REG).fill(NaN);
    for (let i = firstKnown + 1; i < N_REG; i++) {
      if (!Number.isNaN(values[i] as number)) continue;
      let j = i;
      while (Number.isNaN(values[j] as number)) j++;
      const lo = values[i - 1] as number;
      const hi = values[j] as number;
      for (let k = i; k < j; k++) {
        const v = Math.round(lo * Math.pow(hi / lo, (k - (i - 1)) / (j - (i - 1))));
        values[k] = v;
        filledHere[k] = v;
        filledYears.push(POP_FIRST_YEAR + k);
      }
      i = j;
    }
    if (filledHere.some((v) => !Number.isNaN(v))) innerFilled.set(code, filledHere);
    out.set(code, { values, filledYears });
  }
  for (const { part, host } of SPLIT_PAIRS) {
    const filled = innerFilled.get(part);
    const h = out.get(host);
    if (!filled || !h) continue;
    filled.forEach((v, i) => {
      if (Number.isNaN(v)) return;
      h.values[i] = (h.values[i] as number) - v;
      h.filledYears.push(POP_FIRST_YEAR + i);
    });
  }
  for (const [code, s] of out) {
    if (s.values.some((v) => !Number.isFinite(v) || v <= 0)) throw new Error(`${code}: population gap not filled`);
    s.filledYears.sort((a, b) => a - b);
  }
  return out;
}

/**
 * Adds 2027-2050 by splicing SSB's projection onto the registered 2026 value:
 * pop(y) = pop(2026) * proj(y) / proj(2026), rounded to whole persons.
 */
export function spliceProjection(
  input: PopulationInput,
  filled: ReadonlyMap<string, PopulationSeries>,
): Map<string, PopulationSeries> {
  const out = new Map<string, PopulationSeries>();
  for (const code of input.codes) {
    const s = filled.get(code);
    const proj = input.projection.get(code);
    if (!s || !proj) throw new Error(`${code}: missing population or projection`);
    const base = s.values[N_REG - 1] as number;
    const projBase = proj.get(REGISTERED_LAST_YEAR);
    if (projBase === undefined || projBase <= 0) throw new Error(`${code}: no projected ${REGISTERED_LAST_YEAR} value`);
    const values = s.values.slice();
    for (let y = PROJECTION_FROM_YEAR; y <= POP_LAST_YEAR; y++) {
      const p = proj.get(y);
      if (p === undefined) throw new Error(`${code}: no projected ${y} value`);
      values.push(Math.round((base * p) / projBase));
    }
    out.set(code, { values, filledYears: s.filledYears.slice() });
  }
  return out;
}

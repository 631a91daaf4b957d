// Consultation need per resident by municipality: age-sex consultation rates applied to registered (2024-2026) and cohort-projected (2027-2050) age structures.

/** Single-year ages 0..MAX_AGE; MAX_AGE is SSB's open class "105 or older". */
export const MAX_AGE = 105;
export const N_AGES = MAX_AGE + 1;

/** Age groups of SSB's 2023 consultation table (inclusive bounds). */
export const AGE_GROUPS: readonly { group: string; from: number; to: number }[] = [
  { group: '0-5', from: 0, to: 5 },
  { group: '6-15', from: 6, to: 15 },
  { group: '16-19', from: 16, to: 19 },
  { group: '20-29', from: 20, to: 29 },
  { group: '30-49', from: 30, to: 49 },
  { group: '50-66', from: 50, to: 66 },
  { group: '67-79', from: 67, to: 79 },
  { group: '80-89', from: 80, to: 89 },
  { group: '90+', from: 90, to: MAX_AGE },
];

/** Residents by single year of age for one municipality and year. */
export interface AgeSex {
  men: Float64Array;
  women: Float64Array;
}

export function emptyAgeSex(): AgeSex {
  return { men: new Float64Array(N_AGES), women: new Float64Array(N_AGES) };
}

export function totalOf(p: AgeSex): number {
  let t = 0;
  for (let a = 0; a < N_AGES; a++) t += (p.men[a] as number) + (p.women[a] as number);
  return t;
}

/** Residents aged `from` or older, both sexes. */
export function countFrom(p: AgeSex, from: number): number {
  let t = 0;
  for (let a = from; a < N_AGES; a++) t += (p.men[a] as number) + (p.women[a] as number);
  return t;
}

// ------------------------------------------------------------------ consultation rates

export interface NeedRates {
  /** Consultations per person per year by single age, men and women. */
  men: Float64Array;
  women: Float64Array;
  factorWomen: number;
  factorMen: number;
}

/**
 * Age-sex consultation rates. SSB gives rates by age group (both sexes) and by sex (all ages) for 2023.
 * We scale the group rates by one factor per sex, rate(a, s) = f_s * rate(group(a)), with f_W and f_M
 * solved so that the national 2024 population reproduces the women / men averages (3.6 / 2.4):
 * f_s = target_s * N_s / sum_a rate(a) * N_s(a).
 */
export function needRates(
  groupRates: ReadonlyMap<string, number>,
  targetWomen: number,
  targetMen: number,
  national2024: AgeSex,
): NeedRates {
  const base = new Float64Array(N_AGES);
  for (const g of AGE_GROUPS) {
    const r = groupRates.get(g.group);
    if (r === undefined) throw new Error(`no consultation rate for age group ${g.group}`);
    for (let a = g.from; a <= g.to; a++) base[a] = r;
  }
  let wNum = 0;
  let wDen = 0;
  let mNum = 0;
  let mDen = 0;
  for (let a = 0; a < N_AGES; a++) {
    wNum += (base[a] as number) * (national2024.women[a] as number);
    wDen += national2024.women[a] as number;
    mNum += (base[a] as number) * (national2024.men[a] as number);
    mDen += national2024.men[a] as number;
  }
  const factorWomen = (targetWomen * wDen) / wNum;
  const factorMen = (targetMen * mDen) / mNum;
  return {
    women: base.map((r) => r * factorWomen),
    men: base.map((r) => r * factorMen),
    factorWomen,
    factorMen,
  };
}

/** Expected consultations per resident for an age structure. */
export function needPerResident(p: AgeSex, rates: NeedRates): number {
  let c = 0;
  for (let a = 0; a < N_AGES; a++)
    c += (rates.men[a] as number) * (p.men[a] as number) + (rates.women[a] as number) * (p.women[a] as number);
  const t = totalOf(p);
  return t > 0 ? c / t : 0;
}

/** Share of the expected consultations that comes from ages from..to. */
export function needShareOfAges(p: AgeSex, rates: NeedRates, from: number, to: number): number {
  let part = 0;
  let all = 0;
  for (let a = 0; a < N_AGES; a++) {
    const c = (rates.men[a] as number) * (p.men[a] as number) + (rates.women[a] as number) * (p.women[a] as number);
    all += c;
    if (a >= from && a <= to) part += c;
  }
  return all > 0 ? part / all : 0;
}

// ------------------------------------------------------------------ mortality

/**
 * Gompertz mortality (judgement): hazard mu(x) = a * exp(b * x) for women and menHazardFactor times
 * that for men. b = 0.11 per year is a typical old-age slope; a is solved so that the mean of the
 * women's and men's period life expectancy at birth is TARGET_E0 (about Norway's 2023 level:
 * women 84.5, men 81.4). Infant and young-adult mortality are ignored (small at these levels).
 */
export const GOMPERTZ_B = 0.11;
export const MEN_HAZARD_FACTOR = 1.3;
export const TARGET_E0 = 83;

/** Probability of surviving from exact age x to x + 1 under hazard a * exp(b * x). */
function survival(a: number, b: number, x: number): number {
  return Math.exp(-(a / b) * (Math.exp(b * (x + 1)) - Math.exp(b * x)));
}

/** Period life expectancy at birth under the Gompertz hazard (trapezoid over single years to age 150). */
export function lifeExpectancy(a: number, b: number): number {
  let l = 1;
  let e = 0;
  for (let x = 0; x < 150; x++) {
    const s = survival(a, b, x);
    e += (l * (1 + s)) / 2;
    l *= s;
  }
  return e;
}

export interface Mortality {
  a: number;
  b: number;
  menHazardFactor: number;
  e0Women: number;
  e0Men: number;
  /** One-year survival from age x (x = MAX_AGE is the open class) to the next 1 January. */
  survMen: Float64Array;
  survWomen: Float64Array;
}

/** Solves the Gompertz level a by bisection on log a (deterministic, 200 steps). */
export function gompertzMortality(b = GOMPERTZ_B, menFactor = MEN_HAZARD_FACTOR, e0 = TARGET_E0): Mortality {
  let lo = Math.log(1e-9);
  let hi = Math.log(1e-2);
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    const a = Math.exp(mid);
    const meanE0 = (lifeExpectancy(a, b) + lifeExpectancy(a * menFactor, b)) / 2;
    if (meanE0 > e0) lo = mid;
    else hi = mid;
  }
  const a = Math.exp((lo + hi) / 2);
  const survWomen = new Float64Array(N_AGES);
  const survMen = new Float64Array(N_AGES);
  for (let x = 0; x < N_AGES; x++) {
    survWomen[x] = survival(a, b, x);
    survMen[x] = survival(a * menFactor, b, x);
  }
  return {
    a,
    b,
    menHazardFactor: menFactor,
    e0Women: lifeExpectancy(a, b),
    e0Men: lifeExpectancy(a * menFactor, b),
    survMen,
    survWomen,
  };
}

// ------------------------------------------------------------------ projection

function ageOneYear(prev: Float64Array, surv: Float64Array, births: number): Float64Array {
  const next = new Float64Array(N_AGES);
  next[0] = births;
  for (let x = 0; x < MAX_AGE - 1; x++) next[x + 1] = (prev[x] as number) * (surv[x] as number);
  next[MAX_AGE] =
    (prev[MAX_AGE - 1] as number) * (surv[MAX_AGE - 1] as number) +
    (prev[MAX_AGE] as number) * (surv[MAX_AGE] as number);
  return next;
}

/**
 * Cohort projection of one municipality's age-sex structure (judgement; SSB's projection by age is
 * not shipped). From the registered structure in the base year, each year: everyone ages one year
 * with Gompertz survival; births (age 0 on 1 January) = base-year 0-year-olds of each sex times
 * popTarget(y) / popTarget(base); then all ages are rescaled by one factor so the total equals the
 * projected total popTarget(y) (net migration and the projection's fertility spread pro rata).
 * Returns one structure per year base+1..base+targets.length.
 */
export function projectAgeSex(base: AgeSex, baseTotal: number, targets: readonly number[], mort: Mortality): AgeSex[] {
  const out: AgeSex[] = [];
  const births0Men = base.men[0] as number;
  const births0Women = base.women[0] as number;
  let cur = base;
  for (const target of targets) {
    const ratio = baseTotal > 0 ? target / baseTotal : 0;
    const men = ageOneYear(cur.men, mort.survMen, births0Men * ratio);
    const women = ageOneYear(cur.women, mort.survWomen, births0Women * ratio);
    const next: AgeSex = { men, women };
    const t = totalOf(next);
    const k = t > 0 ? target / t : 0;
    for (let x = 0; x < N_AGES; x++) {
      men[x] = (men[x] as number) * k;
      women[x] = (women[x] as number) * k;
    }
    out.push(next);
    cur = next;
  }
  return out;
}

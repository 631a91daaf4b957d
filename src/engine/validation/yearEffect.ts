/**
 * The year effect in the SSB rows: how much of the municipalities' year-to-year changes (the share without a GP, the
 * log of the mean list length) all of them share in a year, net of what the spread within a year adds to a mean of
 * that many changes. Printed by `npm run validate` beside the bands of larger areas (areaCoverage.ts): a small year
 * effect says that shared noise would not make those bands honest; the model's common path has to.
 */

/** The part of the year-to-year changes that every municipality shares, from the SSB rows up to a year. */
export interface SharedChanges {
  /** Years (t − 1 → t) with at least MIN_PAIRS_PER_YEAR municipalities' changes. */
  readonly years: number;
  /** The share without a GP (fraction): the year effect's standard deviation and its part of the total variance. */
  readonly share: SharedPart;
  /** The log of the mean list length, likewise. */
  readonly listLengthLog: SharedPart;
}

export interface SharedPart {
  /**
   * Standard deviation over the years of the municipalities' mean change, less what the spread within a year adds to
   * a mean of that many changes: how far a year moves every municipality at once.
   */
  readonly yearSd: number;
  /** yearSd² ÷ (yearSd² + the mean within-year variance): the part of one municipality's change that is shared. */
  readonly part: number;
}

const MIN_PAIRS_PER_YEAR = 20;

function sharedPart(changesByYear: ReadonlyMap<number, number[]>): { years: number; part: SharedPart } {
  const means: number[] = [];
  let within = 0;
  let noise = 0;
  for (const xs of changesByYear.values()) {
    if (xs.length < MIN_PAIRS_PER_YEAR) continue;
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const v = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1);
    means.push(mean);
    within += v;
    noise += v / xs.length;
  }
  const years = means.length;
  if (years < 2) return { years, part: { yearSd: NaN, part: NaN } };
  within /= years;
  noise /= years;
  const grand = means.reduce((a, b) => a + b, 0) / years;
  const between = Math.max(0, means.reduce((a, m) => a + (m - grand) ** 2, 0) / (years - 1) - noise);
  return { years, part: { yearSd: Math.sqrt(between), part: between / (between + within) } };
}

/**
 * The year effect in the municipalities' year-to-year changes, in the rows up to `until`: the share without a GP
 * and the log of the mean list length (a municipality's rows, t − 1 → t, where both years have a value).
 */
export function sharedChanges(
  records: readonly {
    readonly trend: readonly {
      readonly year: number;
      readonly shareWithoutGpPct: number | null;
      readonly meanListLength: number | null;
    }[];
  }[],
  until: number,
): SharedChanges {
  const share = new Map<number, number[]>();
  const list = new Map<number, number[]>();
  const push = (m: Map<number, number[]>, year: number, x: number) => {
    const xs = m.get(year) ?? [];
    xs.push(x);
    m.set(year, xs);
  };
  for (const r of records)
    for (const row of r.trend) {
      if (row.year > until) continue;
      const prev = r.trend.find((p) => p.year === row.year - 1);
      if (!prev) continue;
      if (row.shareWithoutGpPct !== null && prev.shareWithoutGpPct !== null)
        push(share, row.year, (row.shareWithoutGpPct - prev.shareWithoutGpPct) / 100);
      if (
        row.meanListLength !== null &&
        prev.meanListLength !== null &&
        prev.meanListLength > 0 &&
        row.meanListLength > 0
      )
        push(list, row.year, Math.log(row.meanListLength / prev.meanListLength));
    }
  const s = sharedPart(share);
  return { years: s.years, share: s.part, listLengthLog: sharedPart(list).part };
}

/**
 * How the fuzz suite splits its cases over the categories (Node and Chromium), and the regions the app knows
 * (an imported scenario for another region is refused by name).
 */
import { MUNICIPALITIES } from '../data/index.ts';

/** Share of all cases per category; the browser cases are slower (a page round trip each), so fewer. */
export const WEIGHTS = {
  'node: share links': 0.25,
  'node: scenario files': 0.2,
  'node: imported files': 0.15,
  'node: formulas': 0.15,
  'node: CLI arguments': 0.1,
  'browser: share links': 0.08,
  'browser: imported files': 0.07,
} as const;

export type Category = keyof typeof WEIGHTS;
export type Plan = Record<Category, number>;

/** Cases per category for `total` cases (all of them in `only`'s categories when given), summing to `total`. */
export function planCases(total: number, only?: 'node' | 'browser'): Plan {
  const cats = (Object.keys(WEIGHTS) as Category[]).filter((c) => !only || c.startsWith(`${only}:`));
  const sum = cats.reduce((s, c) => s + WEIGHTS[c], 0);
  const plan = Object.fromEntries((Object.keys(WEIGHTS) as Category[]).map((c) => [c, 0])) as Plan;
  let left = total;
  cats.forEach((c, i) => {
    const n = i === cats.length - 1 ? left : Math.round((total * WEIGHTS[c]) / sum);
    plan[c] = Math.min(n, left);
    left -= plan[c];
  });
  return plan;
}

/** Every region the app offers: national, counties, centrality classes 1-6 and municipalities. */
export function knownRegions(): ReadonlySet<string> {
  return new Set([
    'national',
    ...MUNICIPALITIES.map((m) => `fylke:${m.county}`),
    ...[1, 2, 3, 4, 5, 6].map((c) => `sentralitet:${c}`),
    ...MUNICIPALITIES.map((m) => `kommune:${m.code}`),
  ]);
}

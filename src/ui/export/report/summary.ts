/**
 * The council report's summary in plain words (DOM-free): what each scenario does (the levers that differ from
 * current policy), and for a year the residents without a GP, the GPs, the legevakt load and the public cost
 * against the reference, with the uncertainty said in words ("med 80 % sannsynlighet mellom X og Y"). The figures
 * come from Monte Carlo runs with shared seeds (compare/diff.ts: the difference is paired run by run), or from a
 * deterministic run when Monte Carlo has not run (no interval then). For a municipality, also the probabilities of at
 * least one list without a GP and of 5 % or more without one, as its key cards give them, and beside them the naive
 * forecast without a model (how often municipalities that stood alike had a list without a GP as many years later).
 */
import type { McRuns } from '../../../engine/run/mcSummary.ts';
import type { ResultId } from '../../../engine/run/results.ts';
import { clearDifference, outcome, pairedDifference, type Quantiles } from '../../compare/diff.ts';
import { formatInteger, formatNumber, formatPercent, formatProbability, roundCount } from '../../format.ts';
import { loc } from '../../i18n.ts';
import { rt, type ReportKey } from './texts.ts';

export type FigureId = 'withoutGp' | 'gps' | 'onCall' | 'cost';

export const FIGURE_RESULTS: Readonly<Record<FigureId, ResultId>> = {
  withoutGp: 'nResidentsWithoutGp',
  gps: 'nGps',
  onCall: 'onCallHoursPerGpPerMonth',
  cost: 'publicCostNok',
};

/** One outcome in a year: the scenario's, the reference's and the paired difference (null: no interval known). */
export interface Figure {
  readonly scenario: Quantiles;
  readonly reference: Quantiles;
  readonly diff: Quantiles;
  /** Whether the quantiles come from Monte Carlo runs (else all three quantiles are the one run's value). */
  readonly uncertain: boolean;
}

/** A scenario's figures: from its Monte Carlo runs and the reference's, or from values of one run each. */
export function figureOf(
  id: FigureId,
  year: number,
  scenario: { runs: McRuns | null; value: (id: ResultId, year: number) => number },
  reference: { runs: McRuns | null; value: (id: ResultId, year: number) => number },
): Figure {
  const r = FIGURE_RESULTS[id];
  if (scenario.runs && reference.runs && scenario.runs.years.includes(year))
    return {
      scenario: outcome(scenario.runs, r, year),
      reference: outcome(reference.runs, r, year),
      diff: pairedDifference(scenario.runs, reference.runs, r, year),
      uncertain: true,
    };
  const q = (v: number): Quantiles => ({ mean: v, p10: v, p50: v, p90: v, se: 0 });
  const s = scenario.value(r, year);
  const b = reference.value(r, year);
  return { scenario: q(s), reference: q(b), diff: q(s - b), uncertain: false };
}

/** How each figure is rounded and said. */
const SAY: Readonly<
  Record<FigureId, { sentence: ReportKey; less: ReportKey; more: ReportKey; fmt: (v: number) => string }>
> = {
  withoutGp: { sentence: 'summaryWithout', less: 'fewer', more: 'more', fmt: (v) => formatInteger(roundCount(v)) },
  gps: { sentence: 'summaryGps', less: 'fewer', more: 'more', fmt: (v) => formatInteger(v) },
  onCall: { sentence: 'summaryOnCall', less: 'hoursLess', more: 'hoursMore', fmt: (v) => formatNumber(v, 1) },
  cost: {
    sentence: 'summaryCost',
    less: 'costLess',
    more: 'costMore',
    fmt: (v) => formatNumber(v / 1e6, Math.abs(v) < 1e8 ? 1 : 0),
  },
};

/** A signed amount in words: "300 færre", "12,5 mill. kr mer", or "omtrent det samme" when it rounds to 0. */
export function signedWords(id: FigureId, v: number): string {
  const say = SAY[id];
  const text = say.fmt(Math.abs(v));
  if (say.fmt(0) === text) return rt('summarySame');
  return rt(v < 0 ? say.less : say.more, { n: text });
}

/** The 80 % interval of a difference in words: "mellom 100 og 500 færre", "mellom 50 færre og 30 flere". */
export function intervalWords(id: FigureId, q: Quantiles): string {
  const say = SAY[id];
  const lo = Math.min(q.p10, q.p90);
  const hi = Math.max(q.p10, q.p90);
  if (say.fmt(Math.abs(lo)) === say.fmt(0) && say.fmt(Math.abs(hi)) === say.fmt(0)) return rt('summaryIntervalSame');
  const amount = (key: ReportKey, v: number) => rt(key, { n: say.fmt(Math.abs(v)) });
  if (hi <= 0) return rt('summaryInterval', { lo: say.fmt(-hi), hi: amount(say.less, lo) });
  if (lo >= 0) return rt('summaryInterval', { lo: say.fmt(lo), hi: amount(say.more, hi) });
  return rt('summaryInterval', { lo: amount(say.less, lo), hi: amount(say.more, hi) });
}

/** One figure's sentence. */
export function figureSentence(
  id: FigureId,
  year: number,
  f: Figure,
  names: { scenario: string; reference: string },
): string {
  const say = SAY[id];
  // a mean the runs do not tell from none (clearDifference) is said as "omtrent det samme", as the key figures say it
  const diff = f.uncertain
    ? `${clearDifference(f.diff) ? signedWords(id, f.diff.mean) : rt('summarySame')} (${intervalWords(id, f.diff)})`
    : signedWords(id, f.diff.mean);
  return rt(say.sentence, {
    year,
    scen: say.fmt(f.scenario.mean),
    ref: say.fmt(f.reference.mean),
    scenario: `«${names.scenario}»`,
    reference: names.reference,
    diff,
  });
}

/**
 * A municipality's probabilities in the summary's year, as its key figures in the app show them (McEvents: the share
 * of runs, pooled with how often municipalities that stood alike had it where `poolWeights` are given, the runs' weights).
 */
export interface ProbabilityFigure {
  readonly any: number;
  readonly share5: number;
  readonly poolWeights?: { readonly any: number; readonly share5: number };
}

/** The probability sentence of a compared scenario against the reference (formatProbability: to 5 points). */
export function probabilitySentence(
  year: number,
  scenario: ProbabilityFigure,
  reference: ProbabilityFigure,
  names: { scenario: string; reference: string },
): string {
  return rt('summaryProbability', {
    year,
    p: formatProbability(scenario.any),
    ref: formatProbability(reference.any),
    p5: formatProbability(scenario.share5),
    ref5: formatProbability(reference.share5),
    scenario: `«${names.scenario}»`,
    reference: names.reference,
  });
}

/** How much the runs and the base rates count in the probabilities (said once, after the scenarios). */
export function poolingSentence(w: { readonly any: number; readonly share5: number }): string {
  return rt('summaryProbabilityPooled', {
    runs: formatPercent(w.any, 0),
    base: formatPercent(1 - w.any, 0),
    runs5: formatPercent(w.share5, 0),
    base5: formatPercent(1 - w.share5, 0),
  });
}

/**
 * How often municipalities that stood where this one stood at the start had a list without a GP as many years later
 * as the summary's year (ChartData.standing, the app's "kommuner som sto likt"): the band in words, the rate and its
 * cases (null: too few), their mean share without a GP then, and the years of SSB rows behind it.
 */
export interface StandingSummary {
  readonly start: number;
  readonly band: string;
  readonly years: number;
  readonly p: number | null;
  readonly cases: number;
  readonly share: number | null;
  readonly from: number;
  readonly until: number;
}

/** The naive forecast in one sentence (or that there were too few such municipalities). */
export function standingSentence(s: StandingSummary): string {
  if (s.p === null) return rt('summaryStandingFew', { start: s.start, band: s.band, k: s.years });
  return rt(s.share === null ? 'summaryStandingNoShare' : 'summaryStanding', {
    start: s.start,
    band: s.band,
    k: s.years,
    p: formatProbability(s.p), // to 5 points, as the key cards say it
    n: formatInteger(s.cases),
    share: s.share === null ? '' : formatPercent(s.share, 0),
    from: s.from,
    until: s.until,
  });
}

/** At most this many changes are named in the summary (the settings table has them all). */
const MAX_CHANGES = 5;

export interface SummaryScenario {
  readonly name: string;
  /** The levers and assumptions that differ from current policy, said briefly ("Basistilskudd: 1 200 kr fra 2027"). */
  readonly changes: readonly string[];
  /** The figures against the reference (none for the reference itself). */
  readonly figures: Readonly<Partial<Record<FigureId, Figure>>> | null;
  /** A municipality's probabilities, the scenario's and the reference's (none for the reference itself). */
  readonly probability?: { readonly own: ProbabilityFigure; readonly reference: ProbabilityFigure } | null;
}

/**
 * The summary's paragraphs: an introduction, then per compared scenario what it does and its figures, and what
 * the interval means.
 */
export function summaryParagraphs(input: {
  readonly region: string;
  readonly reference: string;
  readonly scenarios: readonly SummaryScenario[];
  readonly year: number;
  readonly lastYear: number;
  readonly runs: number | null;
  /** A municipality's naive forecast without a model for the summary's year: said after the scenarios' probabilities. */
  readonly standing?: StandingSummary;
}): string[] {
  const compared = input.scenarios.filter((s) => s.figures !== null);
  const names = compared.map((s) => `«${s.name}»`);
  const list = names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and()} ${names.at(-1)!}`;
  const out = [
    rt(input.runs === null ? 'summaryIntroDet' : 'summaryIntro', {
      scenarios: list,
      region: input.region,
      last: input.lastYear,
      reference: input.reference.toLowerCase(),
      runs: input.runs === null ? '' : formatInteger(input.runs),
    }),
  ];
  for (const s of input.scenarios) {
    const does =
      s.changes.length > 0
        ? rt('summaryDoes', {
            scenario: `«${s.name}»`,
            list:
              s.changes.length > MAX_CHANGES
                ? `${s.changes.slice(0, MAX_CHANGES).join('; ')}; ${rt('summaryMore', { n: s.changes.length - MAX_CHANGES })}`
                : s.changes.join('; '),
          })
        : s.figures !== null
          ? rt('summaryDoesNothing', { scenario: `«${s.name}»` })
          : null;
    const figures = s.figures
      ? (['withoutGp', 'gps', 'onCall', 'cost'] as const)
          .filter((id) => s.figures![id])
          .map((id) =>
            figureSentence(id, input.year, s.figures![id]!, {
              scenario: s.name,
              reference: input.reference.toLowerCase(),
            }),
          )
      : [];
    const probability = s.probability
      ? probabilitySentence(input.year, s.probability.own, s.probability.reference, {
          scenario: s.name,
          reference: input.reference.toLowerCase(),
        })
      : null;
    const text = [does, ...figures, probability].filter((x): x is string => !!x).join(' ');
    if (text) out.push(text);
  }
  if (input.standing && input.scenarios.some((s) => s.probability)) out.push(standingSentence(input.standing));
  const pooled = input.scenarios.find((s) => s.probability?.own.poolWeights)?.probability?.own.poolWeights;
  if (input.runs !== null) out.push(rt('summaryUncertainty'));
  if (pooled) out.push(poolingSentence(pooled));
  return out;
}

const and = (): string => loc({ nb: 'og', nn: 'og', en: 'and' });

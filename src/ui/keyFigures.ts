/**
 * Key-figure cards above the charts: residents without a GP in 2030 and 2035, GPs short of full coverage
 * (residents without a GP / mean list length) and the yearly public cost, each with the change from the
 * baseline and, once Monte Carlo has run, the 80 % interval.
 *
 * The residents-without-a-GP cards say what can be known: once Monte Carlo has run, the expected number
 * (rounded: roundCount), the probability that at least one list is without a GP and that at least 5 % of the
 * residents are (to 5 percentage points), and the interval. A municipality with few lists has an outcome of 0 or
 * a whole list, so there the probability is the headline; until Monte Carlo has run such a card says that the
 * probability follows rather than show the deterministic count as a forecast. data-kind on the number says what
 * data-value holds: "probability", "expected" (the mean over runs), "count" (the deterministic run) or
 * "pending" (nothing shown; data-value is the deterministic count).
 *
 * The GPs-short card says it the same way: once Monte Carlo has run, the expected number of GPs short (the
 * expected residents without a GP over the median list length; to a tenth below 10, roundGpCount) and its 80 %
 * interval; in a municipality with few lists, where a GP is short exactly when a list is without one, it leads
 * with the probability of at least one list without a GP (the same event as the residents card's), and until
 * Monte Carlo has run says that it follows.
 */
import type { Band, McEvents, ResultId } from '../engine/index.ts';
import { clear, h } from './dom.ts';
import { clearDifference, outcome, pairedDifference, type Quantiles } from './compare/diff.ts';
import {
  formatInteger,
  formatInterval,
  formatList,
  formatRoundedMillNok,
  formatNumber,
  formatPercent,
  formatProbability,
  formatRoundedCount,
  formatRoundedGpCount,
  formatSigned,
  roundCount,
  roundGpCount,
  roundProbabilityPoints,
} from './format.ts';
import { getLocale, t, type StringKey } from './i18n.ts';
import { narrowBandNote } from './chartCautions.ts';
import { EVENT_MAPS } from './eventMaps.ts';
import { awaitingRuns, type ChartData } from './chartView.ts';

/** A municipality with at most this many lists (GPs plus lists without one) leads with the probability. */
export const FEW_LISTS = 20;

export interface CardSpec {
  readonly id: string;
  readonly title: StringKey;
  readonly year: number;
  readonly unit: StringKey;
  /** The figure from region series (p50 series when Monte Carlo has run). */
  readonly value: (get: (id: ResultId) => readonly number[], yi: number) => number;
  /** The one result a plain card shows (its expected value and run-by-run difference once Monte Carlo has run). */
  readonly result?: ResultId;
  readonly format: (v: number) => string;
  /** How the card says what can be known (see the module comment); plain cards show the median and interval. */
  readonly kind?: 'withoutGp' | 'short';
  /**
   * The card's interval has not been tried against what happened: the track record scores the share without a GP and
   * the list length (which the GPs short are made of) up to 5 years ahead, not 2035, nor the cost.
   */
  readonly untried?: true;
}

/** The cards, in order (exported for the tests). */
export const CARDS: readonly CardSpec[] = [
  {
    id: 'without2030',
    title: 'kfWithout',
    year: 2030,
    unit: 'persons',
    value: (g, y) => g('nResidentsWithoutGp')[y]!,
    format: formatInteger,
    kind: 'withoutGp',
  },
  {
    id: 'without2035',
    title: 'kfWithout',
    year: 2035,
    unit: 'persons',
    value: (g, y) => g('nResidentsWithoutGp')[y]!,
    format: formatInteger,
    kind: 'withoutGp',
    untried: true,
  },
  {
    id: 'short2030',
    title: 'kfShort',
    year: 2030,
    unit: 'doctors',
    value: (g, y) => {
      const len = g('meanListLength')[y]!;
      return len > 0 ? g('nResidentsWithoutGp')[y]! / len : 0;
    },
    format: formatInteger,
    kind: 'short',
  },
  {
    id: 'cost2030',
    title: 'kfCost',
    year: 2030,
    unit: 'millNokPerYear',
    value: (g, y) => g('publicCostNok')[y]!,
    result: 'publicCostNok',
    format: formatRoundedMillNok,
    untried: true,
  },
];

export class KeyFigures {
  /** The tallest each card has been for the region, language and width on screen (holdHeights), by card id. */
  private readonly held = new Map<string, number>();
  private heldFor = '';

  constructor(
    private readonly root: HTMLElement,
    /** Where the one sentence that defines "difference from current policy" goes (compare/diff.ts). */
    private readonly definition?: HTMLElement,
  ) {}

  update(data: ChartData | null): void {
    clear(this.root);
    if (!data) return;
    const awaiting = awaitingRuns(data);
    for (const c of CARDS) {
      const yi = data.years.indexOf(c.year);
      if (yi < 0) continue;
      const content =
        c.kind === 'withoutGp'
          ? withoutGpContent(data, yi)
          : c.kind === 'short'
            ? shortContent(data, yi)
            : plainContent(c, data, yi);
      this.root.append(cardElement(c, content, awaiting ? ghostContent(c, data, yi) : undefined));
    }
    const own = ownMeasuresContent(data);
    if (own) this.root.append(ownMeasuresElement(own));
    this.holdHeights(data);
    if (!this.definition) return;
    // the definition changes a sentence when the runs arrive: until then it holds its later text too, unseen (as the
    // cards' ghosts), so that its height does not change then (two lines on a phone)
    clear(this.definition);
    this.definition.classList.toggle('has-ghost', awaiting);
    if (!awaiting) this.definition.textContent = definitionText(data);
    else
      this.definition.append(
        h('span', { class: 'kf-live' }, definitionText(data)),
        h('span', { class: 'kf-ghost', 'aria-hidden': 'true' }, definitionText(data, true)),
      );
  }

  /**
   * Each card keeps the tallest height it has had for this region, language and width: a card shrinks when the runs
   * arrive (its ghost allowed for a change from current policy that is not there) or when a lever is moved back, and
   * the cards after it in the grid would move up (the block as a whole keeps its height by main.ts's SteadyHeight).
   */
  private holdHeights(data: ChartData): void {
    // (the window's width, as SteadyHeight: reading the block's would lay the page out once more)
    const key = `${data.regionName}|${getLocale()}|${window.innerWidth}`;
    if (key !== this.heldFor) {
      this.heldFor = key;
      this.held.clear();
    }
    const cards = [...this.root.querySelectorAll<HTMLElement>('[data-kf]')];
    // every height set before any is read: one layout, not one per card
    for (const card of cards) {
      const before = this.held.get(card.dataset['kf']!) ?? 0;
      card.style.boxSizing = 'border-box';
      if (before > 0) card.style.minHeight = `${before}px`;
    }
    for (const card of cards) {
      const id = card.dataset['kf']!;
      this.held.set(id, Math.max(this.held.get(id) ?? 0, card.getBoundingClientRect().height));
    }
  }
}

/**
 * The sentences under the key figures: what "difference from current policy" is, what "kommuner som sto likt" is for
 * a municipality, which cards' intervals have not been tried against what happened (CardSpec.untried), and for the
 * country, a county or a centrality class whose bands have held what happened too seldom in the hindcasts, the
 * charts' note on it (chartCautions.ts), since the cards' intervals are the same bands. `afterRuns`: as it will read
 * once Monte Carlo has run (for its ghost before).
 */
export function definitionText(data: ChartData, afterRuns = false): string {
  const difference =
    data.mc?.runs || afterRuns
      ? `${t('differenceDefinition')} ${t('differenceUnclear')}`
      : `${t('differenceDefinition')} ${t('differenceDefinitionCentral')}`;
  // (before the runs too: the notes depend on the kind of region and the years only, and text that came with the runs
  // would move the charts below when they arrive)
  return [difference, standingDefinition(data, true, afterRuns), untriedCardsNote(data), narrowBandNote(data)]
    .filter((x) => x !== '')
    .join(' ');
}

/** Which of the cards shown have intervals the track record has not tried, by their titles; '' when none. */
export function untriedCardsNote(data: Pick<ChartData, 'years'>): string {
  const titles = CARDS.filter((c) => c.untried && data.years.includes(c.year)).map((c) =>
    t('quoted', { text: t(c.title, { year: c.year }) }),
  );
  if (titles.length === 0) return '';
  return t('kfUntriedNote', { cards: formatList(titles) });
}

/**
 * A plain card (the yearly public cost): once Monte Carlo has run, the expected value over the runs, its change from
 * current policy taken run by run (compare/diff.ts, the definition the comparison tables share) with that change's
 * 80 % interval, and the value's own 80 % interval; before, the central run and its difference.
 */
export function plainContent(c: CardSpec, data: ChartData, yi: number): CardContent {
  const runs = data.mc?.runs;
  const year = data.years[yi]!;
  const id = c.result;
  let value: number;
  let delta: number;
  let diffBand: Quantiles | null = null;
  let band = t(data.mcStopped ? 'kfBandStopped' : 'kfBandPending');
  if (runs && id) {
    const level = outcome(runs.current, id, year);
    const d = pairedDifference(runs.current, runs.baseline, id, year);
    value = level.mean;
    delta = d.mean;
    diffBand = d;
    band = t('kfBand', { lo: c.format(Math.min(level.p10, level.p90)), hi: c.format(Math.max(level.p10, level.p90)) });
  } else {
    const pick =
      (bands: Record<ResultId, Band> | undefined, series: Record<ResultId, number[]>, q: 'p10' | 'p50' | 'p90') =>
      (rid: ResultId) => (bands ? bands[rid][q] : series[rid]);
    value = c.value(pick(data.mc?.current, data.current, 'p50'), yi);
    delta = value - c.value(pick(data.mc?.baseline, data.baseline, 'p50'), yi);
    if (data.mc) {
      const lo = c.value(pick(data.mc.current, data.current, 'p10'), yi);
      const hi = c.value(pick(data.mc.current, data.current, 'p90'), yi);
      band = t('kfBand', { lo: c.format(Math.min(lo, hi)), hi: c.format(Math.max(lo, hi)) });
    }
  }
  const shown = formatSigned(delta, c.format);
  const same = shown === c.format(0);
  // a change the runs do not tell from none is said so (clearDifference), not as its mean
  const unclear = !same && diffBand !== null && !clearDifference(diffBand);
  let deltaText = same ? t('kfSame') : unclear ? t('kfNoClearChange') : t('kfVsBaseline', { delta: shown });
  if (diffBand && !(same && c.format(diffBand.p10) === c.format(0) && c.format(diffBand.p90) === c.format(0)))
    deltaText += ` (${formatInterval(diffBand, c.format)})`;
  return {
    kind: 'count',
    value,
    delta,
    roundedDelta: same || unclear ? 0 : delta,
    number: c.format(value),
    unit: t(c.unit),
    deltaText,
    lines: [band],
  };
}

/** What the region's own measures do in their year (see ownMeasuresContent). */
export interface OwnMeasures {
  readonly year: number;
  /** Extra cost for the municipalities, for the state (NOK per year), residents who gain a GP. */
  readonly municipal: number;
  readonly state: number;
  readonly gaining: number;
  /** 80 % intervals of the run-by-run differences, when the scenario's own Monte Carlo runs give them. */
  readonly intervals: {
    readonly municipal: { p10: number; p90: number };
    readonly gaining: { p10: number; p90: number };
  } | null;
  readonly municipalities: number;
}

/** The year the own-measures card speaks of. */
export const OWN_MEASURES_YEAR = 2030;

/**
 * The region's own measures (levers its municipalities set for themselves, #14): their extra cost to the
 * municipalities and to the state, and the residents who gain a GP, against current policy. When the scenario
 * changes no national lever, the scenario is those measures and, once Monte Carlo has run, the numbers are the
 * expected run-by-run differences with intervals; otherwise they come from a central run with only the municipal
 * plans (national levers at current policy), so the national changes are not counted as the municipality's.
 */
export function ownMeasuresContent(data: ChartData): OwnMeasures | null {
  const own = data.ownMeasures;
  if (!own) return null;
  const yi = data.years.indexOf(OWN_MEASURES_YEAR);
  if (yi < 0) return null;
  const runs = data.mc?.runs;
  const base = { municipalities: own.codes.length, year: OWN_MEASURES_YEAR };
  if (own.series === null && runs) {
    const m = pairedDifference(runs.current, runs.baseline, 'municipalCostNok', OWN_MEASURES_YEAR);
    const st = pairedDifference(runs.current, runs.baseline, 'stateCostNok', OWN_MEASURES_YEAR);
    const g = pairedDifference(runs.baseline, runs.current, 'nResidentsWithoutGp', OWN_MEASURES_YEAR);
    return { ...base, municipal: m.mean, state: st.mean, gaining: g.mean, intervals: { municipal: m, gaining: g } };
  }
  const s = own.series ?? data.current;
  const b = data.baseline;
  return {
    ...base,
    municipal: s.municipalCostNok[yi]! - b.municipalCostNok[yi]!,
    state: s.stateCostNok[yi]! - b.stateCostNok[yi]!,
    gaining: b.nResidentsWithoutGp[yi]! - s.nResidentsWithoutGp[yi]!,
    intervals: null,
  };
}

/** NOK per year in millions with one decimal below 10 million (a small municipality's measures are small). */
export function formatOwnMillNok(nok: number): string {
  return Math.abs(nok) < 10e6 ? formatNumber(nok / 1e6, 1) : formatInteger(nok / 1e6);
}

function ownMeasuresElement(x: OwnMeasures): HTMLElement {
  const title = t(x.municipalities > 1 ? 'kfOwnTitleMany' : 'kfOwnTitle', { year: x.year });
  const gainingRounded = roundCount(x.gaining);
  const gainingText =
    gainingRounded === 0
      ? t('kfOwnGainingNone')
      : t(gainingRounded > 0 ? 'kfOwnGaining' : 'kfOwnLosing', { n: formatRoundedCount(Math.abs(x.gaining)) });
  const lines = [
    x.intervals
      ? `${gainingText} (${formatInterval(
          { p10: roundCount(x.intervals.gaining.p10), p90: roundCount(x.intervals.gaining.p90) },
          formatInteger,
        )})`
      : gainingText,
    x.intervals
      ? t('kfOwnBand', { interval: formatInterval(x.intervals.municipal, formatOwnMillNok) })
      : t('kfOwnCentral'),
  ];
  return h(
    'div',
    { class: 'kf-card kf-own', 'data-kf': 'own2030', role: 'group', 'aria-label': title },
    h('p', { class: 'kf-title' }, title),
    h(
      'p',
      { class: 'kf-value' },
      h(
        'span',
        { class: 'kf-number', 'data-value': String(x.municipal), 'data-kind': x.intervals ? 'expected' : 'count' },
        formatSigned(x.municipal, formatOwnMillNok),
      ),
      ' ',
      h('span', { class: 'kf-unit' }, t('kfOwnUnit')),
    ),
    // the state's share where the other cards give the change: this card's number is a change already
    h(
      'p',
      { class: 'kf-delta', 'data-delta': String(x.state), 'data-own': 'state' },
      t('kfOwnState', { delta: formatSigned(x.state, formatOwnMillNok) }),
    ),
    ...lines.map((line, i) =>
      h('p', { class: i === lines.length - 1 ? 'kf-band' : 'kf-line', 'data-own': ['gaining', 'band'][i]! }, line),
    ),
  );
}

/** The delta line's class and text from a change that is already rounded (0: same as current policy). */
function deltaClass(rounded: number): string {
  return rounded === 0 ? '' : rounded > 0 ? ' is-up' : ' is-down';
}

/** What a card shows: the number's kind and value, the change (raw and as shown), the texts. DOM-free. */
export interface CardContent {
  readonly kind: 'probability' | 'expected' | 'count' | 'pending';
  readonly value: number;
  readonly delta: number;
  /** The change as shown (0: same as current policy; its sign colours the card). */
  readonly roundedDelta: number;
  readonly number: string;
  readonly unit: string;
  readonly deltaText: string;
  /** Lines under the change; the last is the interval (kf-band). */
  readonly lines: readonly string[];
}

/**
 * A card's lines (title, number, change, lines under it), their classes prefixed with `prefix`: "kf" for what the card
 * shows, "kg" for its ghost (ghostContent), styled alike (styles.css) but apart for the page's queries.
 */
function cardBody(title: string, x: CardContent, prefix: 'kf' | 'kg'): HTMLElement[] {
  return [
    h('p', { class: `${prefix}-title` }, title),
    h(
      'p',
      { class: `${prefix}-value` },
      h(
        'span',
        {
          class: `${prefix}-number${x.kind === 'pending' ? ` ${prefix}-pending` : ''}`,
          'data-value': String(x.value),
          'data-kind': x.kind,
        },
        x.number,
      ),
      x.unit ? ' ' : '',
      x.unit ? h('span', { class: `${prefix}-unit` }, x.unit) : '',
    ),
    h('p', { class: `${prefix}-delta`, 'data-delta': String(x.delta), hidden: x.deltaText === '' }, x.deltaText),
    ...x.lines.map((line, i) => h('p', { class: `${prefix}-${i === x.lines.length - 1 ? 'band' : 'line'}` }, line)),
  ];
}

/**
 * A card. With a ghost (until Monte Carlo has run), the card also holds, unseen and unread (aria-hidden), the lines it
 * will have once the runs are in, in the same grid cell as what it shows: it is as tall as it will be (or a line
 * taller, ghostContent), so that nothing below moves when the runs arrive (a fixed reserve before left 80-190 px empty
 * under a municipality's cards at 1280 px).
 */
function cardElement(c: CardSpec, x: CardContent, ghost?: CardContent): HTMLElement {
  const title = t(c.title, { year: c.year });
  const attrs = {
    class: `kf-card${deltaClass(x.roundedDelta)} is-${x.kind}${ghost ? ' has-ghost' : ''}`,
    'data-kf': c.id,
    role: 'group',
    'aria-label': title,
  };
  if (!ghost) return h('div', attrs, ...cardBody(title, x, 'kf'));
  return h(
    'div',
    attrs,
    h('div', { class: 'kf-live' }, ...cardBody(title, x, 'kf')),
    h('div', { class: `kf-ghost is-${ghost.kind}`, 'aria-hidden': 'true' }, ...cardBody(title, ghost, 'kg')),
  );
}

/**
 * What a card will show once Monte Carlo has run, with stand-in numbers from the central run, for its ghost
 * (cardElement): the same lines, with numbers a little wider than they are likely to be (the expected value 1.5 times
 * the central run's, which it mostly exceeds; a band from half to twice the central value, for a municipality with few
 * lists up to 40 % of its residents; probabilities as "> 95 %") and a change from current policy with its interval
 * even where there is none yet (a lever moved later would otherwise make the card taller and move the charts being
 * read), so that a line that wraps once the runs are in wraps in the ghost already. It is never shown.
 */
export function ghostContent(c: CardSpec, data: ChartData, yi: number): CardContent {
  const few = fewLists(data, yi);
  // the widest a probability is written ("> 95 %")
  const widest = formatProbability(0.99);
  if (c.kind === 'withoutGp') {
    const det = data.current.nResidentsWithoutGp[yi]!;
    const detDelta = det - data.baseline.nResidentsWithoutGp[yi]!;
    const hi = few ? Math.max(2 * det, 0.4 * data.current.population[yi]!) : 2 * det;
    const bandText = t('kfBandPersons', {
      lo: formatInteger(roundCount(few ? 0 : det / 2)),
      hi: formatInteger(roundCount(hi)),
    });
    const standing = standingLine(data, yi);
    const shareLine = `${t('probShare5')}: ${widest}`;
    if (few)
      return ghostProbability([
        ...standing,
        shareLine,
        t('kfExpected', { n: formatRoundedCount(1.5 * det) }),
        bandText,
      ]);
    const rounded = roundCount(detDelta);
    return {
      kind: 'expected',
      value: det,
      delta: detDelta,
      roundedDelta: rounded,
      number: formatRoundedCount(1.5 * det),
      unit: t('kfExpectedUnit'),
      deltaText: ghostDelta(rounded === 0 ? -roundCount(det / 5) : rounded),
      lines: [`${t('probAnyList')}: ${widest}`, ...standing, shareLine, bandText],
    };
  }
  if (c.kind === 'short') {
    const det = shortOf(data.current, yi);
    const detDelta = det - shortOf(data.baseline, yi);
    const bandText = t('kfBandDoctors', {
      lo: formatRoundedGpCount(few ? 0 : det / 2),
      hi: formatRoundedGpCount(Math.max(2 * det, few ? 1 : 0)),
    });
    if (few) return ghostProbability([t('kfShortExpected', { n: formatRoundedGpCount(1.5 * det) }), bandText]);
    const rounded = roundGpCount(detDelta);
    return {
      kind: 'expected',
      value: det,
      delta: detDelta,
      roundedDelta: rounded,
      number: formatRoundedGpCount(1.5 * det),
      unit: t('kfShortExpectedUnit'),
      // (a change under 10 GPs is written with a decimal, "−9,1", wider than a larger one's "−21")
      deltaText: [gpDeltaText(rounded === 0 ? -roundGpCount(det / 5) : rounded), gpDeltaText(-9.5)].reduce((a, b) =>
        b.length > a.length ? b : a,
      ),
      lines: [bandText],
    };
  }
  const value = c.value((rid) => data.current[rid], yi);
  const delta = value - c.value((rid) => data.baseline[rid], yi);
  const same = formatSigned(delta, c.format) === c.format(0);
  const change = same ? value / 40 : delta;
  const interval = formatInterval({ p10: change / 2, p90: 2 * change }, c.format);
  return {
    kind: 'count',
    value,
    delta,
    roundedDelta: same ? 0 : delta,
    number: c.format(value),
    unit: t(c.unit),
    deltaText: `${t('kfVsBaseline', { delta: formatSigned(change, c.format) })} (${interval})`,
    lines: [t('kfBand', { lo: c.format(value / 2), hi: c.format(2 * value) })],
  };
}

/** A ghost that leads with a probability: at its widest, changed by 10 points from current policy. */
function ghostProbability(lines: readonly string[]): CardContent {
  return { ...probabilityContent(0.99, 0.99, lines), deltaText: t('kfVsBaselinePoints', { delta: formatSigned(-10) }) };
}

/** A ghost's change in residents: "same as current policy", or the change with an interval from half to twice it. */
function ghostDelta(rounded: number): string {
  if (rounded === 0) return t('kfSame');
  const interval = { p10: Math.min(rounded / 2, 2 * rounded), p90: Math.max(rounded / 2, 2 * rounded) };
  return `${t('kfVsBaseline', { delta: formatSigned(rounded) })} (${formatInterval(interval, formatInteger)})`;
}

/** A municipality with few lists in the year: its outcome is 0 or a whole list. */
function fewLists(data: ChartData, yi: number): boolean {
  const lists = data.current.nGps[yi]! + data.current.nVacantLists[yi]!;
  return data.regionType === 'kommune' && lists <= FEW_LISTS;
}

/** Until Monte Carlo has run, a card of a municipality with few lists says that the probability follows. */
function pendingContent(value: number, delta: number): CardContent {
  return {
    kind: 'pending',
    value,
    delta,
    roundedDelta: 0,
    number: t('kfProbPending'),
    unit: '',
    deltaText: '',
    lines: [],
  };
}

/** A probability with its change in percentage points as shown (to 5). */
function probabilityContent(p: number, base: number, lines: readonly string[]): CardContent {
  const delta = p - base;
  const points = roundProbabilityPoints(delta);
  return {
    kind: 'probability',
    value: p,
    delta,
    roundedDelta: points,
    number: formatProbability(p),
    unit: t('kfProbUnit'),
    deltaText: points === 0 ? t('kfSame') : t('kfVsBaselinePoints', { delta: formatSigned(points) }),
    lines,
  };
}

/** A residents-without-a-GP card for year index `yi` (see the module comment). */
export function withoutGpContent(data: ChartData, yi: number): CardContent {
  const few = fewLists(data, yi);
  const ev: { current: McEvents; baseline: McEvents } | undefined = data.mc?.events;
  const detCount = data.current.nResidentsWithoutGp[yi]!;
  const detDelta = detCount - data.baseline.nResidentsWithoutGp[yi]!;
  if (!ev || !data.mc) {
    if (few) return pendingContent(detCount, detDelta);
    const rounded = roundCount(detDelta);
    return {
      kind: 'count',
      value: detCount,
      delta: detDelta,
      roundedDelta: rounded,
      number: formatRoundedCount(detCount),
      unit: t('persons'),
      deltaText: rounded === 0 ? t('kfSame') : t('kfVsBaseline', { delta: formatSigned(rounded) }),
      lines: [t(data.mcStopped ? 'kfFollowsStopped' : 'kfProbFollows')],
    };
  }
  const band = data.mc.current.nResidentsWithoutGp;
  const lo = Math.min(band.p10[yi]!, band.p90[yi]!);
  const hi = Math.max(band.p10[yi]!, band.p90[yi]!);
  const bandText = t('kfBandPersons', { lo: formatInteger(roundCount(lo)), hi: formatInteger(roundCount(hi)) });
  const pAny = ev.current.pAnyListWithoutGp[yi]!;
  const pShare = ev.current.pShareAtLeast5pct[yi]!;
  const mean = ev.current.meanResidentsWithoutGp[yi]!;
  const shareLine = `${t('probShare5')}: ${formatProbability(pShare)}`;
  const standing = standingLine(data, yi);
  if (few)
    return probabilityContent(pAny, ev.baseline.pAnyListWithoutGp[yi]!, [
      ...standing,
      shareLine,
      t('kfExpected', { n: formatRoundedCount(mean) }),
      bandText,
    ]);
  const delta = mean - ev.baseline.meanResidentsWithoutGp[yi]!;
  const rounded = roundCount(delta);
  // the change's own 80 % interval, run by run, as in the comparison's table (compare/diff.ts); a change the runs do
  // not tell from none is said so (clearDifference), not as its mean
  let shownDelta = rounded;
  let deltaText = rounded === 0 ? t('kfSame') : t('kfVsBaseline', { delta: formatSigned(rounded) });
  const runs = data.mc.runs;
  if (runs) {
    const d = pairedDifference(runs.current, runs.baseline, 'nResidentsWithoutGp', data.years[yi]!);
    if (rounded !== 0 && !clearDifference(d)) {
      shownDelta = 0;
      deltaText = t('kfNoClearChange');
    }
    const lo = roundCount(d.p10);
    const hi = roundCount(d.p90);
    if (lo !== 0 || hi !== 0) deltaText += ` (${formatInterval({ p10: lo, p90: hi }, formatInteger)})`;
  }
  return {
    kind: 'expected',
    value: mean,
    delta,
    roundedDelta: shownDelta,
    number: formatRoundedCount(mean),
    unit: t('kfExpectedUnit'),
    deltaText,
    lines: [`${t('probAnyList')}: ${formatProbability(pAny)}`, ...standing, shareLine, bandText],
  };
}

/**
 * A municipality's naive forecast beside its probability of at least one list without a GP in year index `yi`: how
 * often municipalities that stood where it stood at the start had one as many years later, and their mean share
 * without a GP then (ChartData.standing), or that there were too few such cases; nothing for other regions.
 */
export function standingLine(data: ChartData, yi: number): string[] {
  const s = data.standing;
  if (!s || data.regionType !== 'kommune') return [];
  const i = s.years.indexOf(data.years[yi]!);
  if (i < 0) return [];
  const p = s.pAnyListWithoutGp[i];
  if (p === null || p === undefined) return [t('kfStandingFew', { start: s.untilYear })];
  const share = s.meanShare[i];
  return [
    t('kfStanding', {
      start: s.untilYear,
      p: formatProbability(p),
      n: formatInteger(s.pairs[i]!),
      share: share === null || share === undefined ? '–' : formatPercent(share, 0),
    }),
  ];
}

/**
 * The sentence that says what "kommuner som sto likt" is, for the definition under the key figures (`pooled`: with the
 * sentence on how much it counts in the card's probability; the probability chart's note says that itself).
 */
export function standingDefinition(data: ChartData, pooled = true, afterRuns = false): string {
  const s = data.standing;
  if (!s || data.regionType !== 'kommune') return '';
  const band = t(`standingBand${s.band}` as StringKey);
  const definition = t('standingDefinition', { band, from: s.fromYear, until: s.untilYear });
  // (the definition before the runs too, as the band note: the cards' lines it explains come with them, and a
  // paragraph that grew when they came moved everything below, 140 px on a phone)
  if (!pooled || !(afterRuns || data.mc?.events?.current.pooled)) return definition;
  // the card's probability is the runs pooled with these rates (eventMaps.ts): say how much each counts
  const w = EVENT_MAPS.anyListWithoutGp.poolWeight;
  return `${definition} ${t('standingPooled', { runs: formatPercent(w, 0), base: formatPercent(1 - w, 0) })}`;
}

/** GPs short of full coverage in a run's series: residents without a GP over the mean list length. */
function shortOf(series: ChartData['current'], yi: number): number {
  const len = series.meanListLength[yi]!;
  return len > 0 ? series.nResidentsWithoutGp[yi]! / len : 0;
}

/** A change in GPs as shown (roundGpCount), or "same as current policy". */
function gpDeltaText(rounded: number): string {
  return rounded === 0 ? t('kfSame') : t('kfVsBaseline', { delta: formatSigned(rounded, formatRoundedGpCount) });
}

/**
 * The GPs-short card (see the module comment): residents without a GP over the mean list length. Once Monte Carlo
 * has run, the expected number is the expected residents without a GP over the median list length, and the
 * interval the p10 and p90 of the residents without a GP over the same length, so that the card agrees with the
 * residents card.
 */
export function shortContent(data: ChartData, yi: number): CardContent {
  const few = fewLists(data, yi);
  const ev: { current: McEvents; baseline: McEvents } | undefined = data.mc?.events;
  if (!ev || !data.mc) {
    const det = shortOf(data.current, yi);
    const detDelta = det - shortOf(data.baseline, yi);
    if (few) return pendingContent(det, detDelta);
    const rounded = roundGpCount(detDelta);
    return {
      kind: 'count',
      value: det,
      delta: detDelta,
      roundedDelta: rounded,
      number: formatRoundedGpCount(det),
      unit: t('doctors'),
      deltaText: gpDeltaText(rounded),
      lines: [t(data.mcStopped ? 'kfFollowsStopped' : 'kfShortFollows')],
    };
  }
  const perList = (without: number, len: number) => (len > 0 ? without / len : 0);
  const len = data.mc.current.meanListLength.p50[yi]!;
  const band = data.mc.current.nResidentsWithoutGp;
  const lo = perList(Math.min(band.p10[yi]!, band.p90[yi]!), len);
  const hi = perList(Math.max(band.p10[yi]!, band.p90[yi]!), len);
  const bandText = t('kfBandDoctors', { lo: formatRoundedGpCount(lo), hi: formatRoundedGpCount(hi) });
  const mean = perList(ev.current.meanResidentsWithoutGp[yi]!, len);
  if (few)
    return probabilityContent(ev.current.pAnyListWithoutGp[yi]!, ev.baseline.pAnyListWithoutGp[yi]!, [
      t('kfShortExpected', { n: formatRoundedGpCount(mean) }),
      bandText,
    ]);
  const baseMean = perList(ev.baseline.meanResidentsWithoutGp[yi]!, data.mc.baseline.meanListLength.p50[yi]!);
  const delta = mean - baseMean;
  const rounded = roundGpCount(delta);
  return {
    kind: 'expected',
    value: mean,
    delta,
    roundedDelta: rounded,
    number: formatRoundedGpCount(mean),
    unit: t('kfShortExpectedUnit'),
    deltaText: gpDeltaText(rounded),
    lines: [bandText],
  };
}

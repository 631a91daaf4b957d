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
import {
  formatInteger,
  formatMillNok,
  formatProbability,
  formatRoundedCount,
  formatRoundedGpCount,
  formatSigned,
  roundCount,
  roundGpCount,
  roundProbabilityPoints,
} from './format.ts';
import { t, type StringKey } from './i18n.ts';
import type { ChartData } from './chartView.ts';

/** A municipality with at most this many lists (GPs plus lists without one) leads with the probability. */
export const FEW_LISTS = 20;

interface CardSpec {
  readonly id: string;
  readonly title: StringKey;
  readonly year: number;
  readonly unit: StringKey;
  /** The figure from region series (p50 series when Monte Carlo has run). */
  readonly value: (get: (id: ResultId) => readonly number[], yi: number) => number;
  readonly format: (v: number) => string;
  /** How the card says what can be known (see the module comment); plain cards show the median and interval. */
  readonly kind?: 'withoutGp' | 'short';
}

const CARDS: readonly CardSpec[] = [
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
    format: formatMillNok,
  },
];

export class KeyFigures {
  constructor(private readonly root: HTMLElement) {}

  update(data: ChartData | null): void {
    clear(this.root);
    if (!data) return;
    for (const c of CARDS) {
      const yi = data.years.indexOf(c.year);
      if (yi < 0) continue;
      if (c.kind) {
        this.root.append(cardElement(c, c.kind === 'withoutGp' ? withoutGpContent(data, yi) : shortContent(data, yi)));
        continue;
      }
      const pick =
        (bands: Record<ResultId, Band> | undefined, series: Record<ResultId, number[]>, q: 'p10' | 'p50' | 'p90') =>
        (id: ResultId) => (bands ? bands[id][q] : series[id]);
      const cur = c.value(pick(data.mc?.current, data.current, 'p50'), yi);
      const base = c.value(pick(data.mc?.baseline, data.baseline, 'p50'), yi);
      const delta = cur - base;
      const same = Math.abs(delta) < Math.max(0.5, Math.abs(base) * 1e-6) || c.format(delta) === c.format(0);
      const deltaText = same ? t('kfSame') : t('kfVsBaseline', { delta: formatSigned(delta, c.format) });
      let bandText = t('kfBandPending');
      if (data.mc) {
        const lo = c.value(pick(data.mc.current, data.current, 'p10'), yi);
        const hi = c.value(pick(data.mc.current, data.current, 'p90'), yi);
        bandText = t('kfBand', { lo: c.format(Math.min(lo, hi)), hi: c.format(Math.max(lo, hi)) });
      }
      this.root.append(
        h(
          'div',
          {
            class: `kf-card${same ? '' : delta > 0 ? ' is-up' : ' is-down'}`,
            'data-kf': c.id,
            role: 'group',
            'aria-label': t(c.title, { year: c.year }),
          },
          h('p', { class: 'kf-title' }, t(c.title, { year: c.year })),
          h(
            'p',
            { class: 'kf-value' },
            h('span', { class: 'kf-number', 'data-value': String(cur) }, c.format(cur)),
            ' ',
            h('span', { class: 'kf-unit' }, t(c.unit)),
          ),
          h('p', { class: 'kf-delta', 'data-delta': String(delta) }, deltaText),
          h('p', { class: 'kf-band' }, bandText),
        ),
      );
    }
  }
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

function cardElement(c: CardSpec, x: CardContent): HTMLElement {
  const title = t(c.title, { year: c.year });
  return h(
    'div',
    {
      class: `kf-card${deltaClass(x.roundedDelta)} is-${x.kind}`,
      'data-kf': c.id,
      role: 'group',
      'aria-label': title,
    },
    h('p', { class: 'kf-title' }, title),
    h(
      'p',
      { class: 'kf-value' },
      h(
        'span',
        {
          class: `kf-number${x.kind === 'pending' ? ' kf-pending' : ''}`,
          'data-value': String(x.value),
          'data-kind': x.kind,
        },
        x.number,
      ),
      x.unit ? ' ' : '',
      x.unit ? h('span', { class: 'kf-unit' }, x.unit) : '',
    ),
    h('p', { class: 'kf-delta', 'data-delta': String(x.delta), hidden: x.deltaText === '' }, x.deltaText),
    ...x.lines.map((line, i) => h('p', { class: i === x.lines.length - 1 ? 'kf-band' : 'kf-line' }, line)),
  );
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
      lines: [t('kfProbFollows')],
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
  if (few)
    return probabilityContent(pAny, ev.baseline.pAnyListWithoutGp[yi]!, [
      shareLine,
      t('kfExpected', { n: formatRoundedCount(mean) }),
      bandText,
    ]);
  const delta = mean - ev.baseline.meanResidentsWithoutGp[yi]!;
  const rounded = roundCount(delta);
  return {
    kind: 'expected',
    value: mean,
    delta,
    roundedDelta: rounded,
    number: formatRoundedCount(mean),
    unit: t('kfExpectedUnit'),
    deltaText: rounded === 0 ? t('kfSame') : t('kfVsBaseline', { delta: formatSigned(rounded) }),
    lines: [`${t('probAnyList')}: ${formatProbability(pAny)}`, shareLine, bandText],
  };
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
      lines: [t('kfShortFollows')],
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

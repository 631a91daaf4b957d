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
 */
import type { Band, McEvents, ResultId } from '../engine/index.ts';
import { clear, h } from './dom.ts';
import {
  formatInteger,
  formatMillNok,
  formatProbability,
  formatRoundedCount,
  formatSigned,
  roundCount,
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
  /** Residents without a GP: probabilities and the expected number once Monte Carlo has run. */
  readonly withoutGp?: boolean;
}

const CARDS: readonly CardSpec[] = [
  {
    id: 'without2030',
    title: 'kfWithout',
    year: 2030,
    unit: 'persons',
    value: (g, y) => g('nResidentsWithoutGp')[y]!,
    format: formatInteger,
    withoutGp: true,
  },
  {
    id: 'without2035',
    title: 'kfWithout',
    year: 2035,
    unit: 'persons',
    value: (g, y) => g('nResidentsWithoutGp')[y]!,
    format: formatInteger,
    withoutGp: true,
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
      if (c.withoutGp) {
        this.root.append(withoutGpCard(data, c, yi));
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

/** A residents-without-a-GP card (see the module comment). */
function withoutGpCard(data: ChartData, c: CardSpec, yi: number): HTMLElement {
  const title = t(c.title, { year: c.year });
  const lists = data.current.nGps[yi]! + data.current.nVacantLists[yi]!;
  const few = data.regionType === 'kommune' && lists <= FEW_LISTS;
  const ev: { current: McEvents; baseline: McEvents } | undefined = data.mc?.events;
  const card = (
    kind: string,
    value: number,
    delta: number,
    roundedDelta: number,
    number: string,
    unit: string,
    deltaText: string,
    lines: readonly string[],
  ) =>
    h(
      'div',
      {
        class: `kf-card${deltaClass(roundedDelta)} is-${kind}`,
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
            class: `kf-number${kind === 'pending' ? ' kf-pending' : ''}`,
            'data-value': String(value),
            'data-kind': kind,
          },
          number,
        ),
        unit ? ' ' : '',
        unit ? h('span', { class: 'kf-unit' }, unit) : '',
      ),
      h('p', { class: 'kf-delta', 'data-delta': String(delta), hidden: deltaText === '' }, deltaText),
      ...lines.map((line, i) => h('p', { class: i === lines.length - 1 ? 'kf-band' : 'kf-line' }, line)),
    );
  const detCount = data.current.nResidentsWithoutGp[yi]!;
  const detDelta = detCount - data.baseline.nResidentsWithoutGp[yi]!;
  if (!ev || !data.mc) {
    if (few) return card('pending', detCount, detDelta, 0, t('kfProbPending'), '', '', []);
    const rounded = roundCount(detDelta);
    return card(
      'count',
      detCount,
      detDelta,
      rounded,
      formatRoundedCount(detCount),
      t('persons'),
      rounded === 0 ? t('kfSame') : t('kfVsBaseline', { delta: formatSigned(rounded) }),
      [t('kfProbFollows')],
    );
  }
  const band = data.mc.current.nResidentsWithoutGp;
  const lo = Math.min(band.p10[yi]!, band.p90[yi]!);
  const hi = Math.max(band.p10[yi]!, band.p90[yi]!);
  const bandText = t('kfBandPersons', { lo: formatInteger(roundCount(lo)), hi: formatInteger(roundCount(hi)) });
  const pAny = ev.current.pAnyListWithoutGp[yi]!;
  const pShare = ev.current.pShareAtLeast5pct[yi]!;
  const mean = ev.current.meanResidentsWithoutGp[yi]!;
  const shareLine = `${t('probShare5')}: ${formatProbability(pShare)}`;
  if (few) {
    const delta = pAny - ev.baseline.pAnyListWithoutGp[yi]!;
    const points = roundProbabilityPoints(delta);
    return card(
      'probability',
      pAny,
      delta,
      points,
      formatProbability(pAny),
      t('kfProbUnit'),
      points === 0 ? t('kfSame') : t('kfVsBaselinePoints', { delta: formatSigned(points) }),
      [shareLine, t('kfExpected', { n: formatRoundedCount(mean) }), bandText],
    );
  }
  const delta = mean - ev.baseline.meanResidentsWithoutGp[yi]!;
  const rounded = roundCount(delta);
  return card(
    'expected',
    mean,
    delta,
    rounded,
    formatRoundedCount(mean),
    t('kfExpectedUnit'),
    rounded === 0 ? t('kfSame') : t('kfVsBaseline', { delta: formatSigned(rounded) }),
    [`${t('probAnyList')}: ${formatProbability(pAny)}`, shareLine, bandText],
  );
}

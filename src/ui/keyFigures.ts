/**
 * Key-figure cards above the charts: residents without a GP in 2030 and 2035, GPs short of full coverage
 * (residents without a GP / mean list length) and the yearly public cost, each with the change from the
 * baseline and, once Monte Carlo has run, the 80 % interval.
 */
import type { Band, ResultId } from '../engine/index.ts';
import { clear, h } from './dom.ts';
import { formatInteger, formatMillNok, formatSigned } from './format.ts';
import { t, type StringKey } from './i18n.ts';
import type { ChartData } from './chartView.ts';

interface CardSpec {
  readonly id: string;
  readonly title: StringKey;
  readonly year: number;
  readonly unit: StringKey;
  /** The figure from region series (p50 series when Monte Carlo has run). */
  readonly value: (get: (id: ResultId) => readonly number[], yi: number) => number;
  readonly format: (v: number) => string;
}

const CARDS: readonly CardSpec[] = [
  {
    id: 'without2030',
    title: 'kfWithout',
    year: 2030,
    unit: 'persons',
    value: (g, y) => g('nResidentsWithoutGp')[y]!,
    format: formatInteger,
  },
  {
    id: 'without2035',
    title: 'kfWithout',
    year: 2035,
    unit: 'persons',
    value: (g, y) => g('nResidentsWithoutGp')[y]!,
    format: formatInteger,
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

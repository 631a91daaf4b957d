/**
 * "Kommuner som ligner" beside the key figures: for the municipality on screen, its peers (peers.ts), its county
 * and the country, with residents, the share without a GP and the mean list length observed in the last SSB year
 * and projected (the scenario) in 2030 and at the horizon. Each peer's name puts it on screen.
 */
import { clear, h, scrollRegion } from '../dom.ts';
import { formatInteger } from '../format.ts';
import { t } from '../i18n.ts';
import '../strings/later.ts';
import { aggregateAt, valueAt, type MapNumbers } from './mapData.ts';
import { formatMeasure } from './mapFormat.ts';
import { peersOf } from './peers.ts';

export function renderPeers(root: HTMLElement, n: MapNumbers, code: string, pick: (code: string) => void): void {
  clear(root);
  const muns = n.series.municipalities;
  const m = muns.findIndex((r) => r.code === code);
  if (m < 0) return;
  const self = muns[m]!;
  const observed = n.series.firstProjected - 1;
  const last = n.series.years[n.series.years.length - 1]!;
  const mid = Math.min(2030, last);
  const years = [observed, mid, last];
  const head = [
    t('mapColMunicipality'),
    t('mapColCentrality'),
    t('peersResidents'),
    ...years.map((y) => t('peersShare', { year: y })),
    ...[observed, last].map((y) => t('peersList', { year: y })),
  ];
  const view = (y: number) => (y <= observed ? 'baseline' : 'current');
  const row = (
    label: Node | string,
    centrality: string,
    pop: number,
    at: (o: 'withoutGpShare' | 'meanListLength', y: number) => number,
    cls = '',
  ) =>
    h(
      'tr',
      { class: cls },
      h('th', { scope: 'row' }, label),
      h('td', { class: 'num' }, centrality),
      h('td', { class: 'num' }, Number.isFinite(pop) ? formatInteger(pop) : '–'),
      ...years.map((y) => h('td', { class: 'num' }, formatMeasure('withoutGpShare', at('withoutGpShare', y)))),
      ...[observed, last].map((y) =>
        h('td', { class: 'num' }, formatMeasure('meanListLength', at('meanListLength', y))),
      ),
    );
  const body = h('tbody');
  body.append(
    row(self.name, String(self.centrality), self.population, (o, y) => valueAt(n, o, view(y), m, y), 'peers-self'),
  );
  for (const p of peersOf(n, m)) {
    const r = muns[p.m]!;
    const b = h('button', { type: 'button', class: 'map-pick', 'data-code': r.code }, r.name);
    b.setAttribute('aria-label', t('mapShowRegion', { name: r.name }));
    b.addEventListener('click', () => pick(r.code));
    const label = p.sameBand ? b : h('span', {}, b, ' ', h('span', { class: 'hint' }, t('peersNearest')));
    body.append(row(label, String(r.centrality), r.population, (o, y) => valueAt(n, o, view(y), p.m, y)));
  }
  const sum = (pred: (i: number) => boolean) => muns.reduce((a, r, i) => (pred(i) ? a + r.population : a), 0);
  body.append(
    row(
      self.countyName,
      '',
      sum((i) => muns[i]!.county === self.county),
      (o, y) => aggregateAt(n, `fylke:${self.county}`, o, view(y), y),
      'peers-agg',
    ),
    row(
      t('peersCountry'),
      '',
      sum(() => true),
      (o, y) => aggregateAt(n, 'national', o, view(y), y),
      'peers-agg',
    ),
  );
  root.append(
    h('p', { class: 'hint' }, t('peersLead', { year: observed })),
    scrollRegion(
      h(
        'table',
        { class: 'data-table peers-table' },
        h('caption', {}, t('peersCaption', { name: self.name })),
        h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
        body,
      ),
      'map-table-scroll',
    ),
  );
}

/**
 * "Kommuner i faresonen": the risk ranking (ranking.ts) for the map's outcome and year, filtered by county and
 * centrality class, the top 20 or all, each name a button that puts the municipality on screen; CSV and Excel
 * exports with the stamp (export/csv.ts and export/chartExport.ts's tableXlsx, loaded on first export).
 */
import { clear, h, scrollRegion, uniqueId } from '../dom.ts';
import { downloadBlob } from '../download.ts';
import { t } from '../i18n.ts';
import '../strings/later.ts';
import type { MapMeasure, MapNumbers } from './mapData.ts';
import { exportNumber, formatMeasure, measureLabel, viewLabel } from './mapFormat.ts';
import type { PanelHost } from './mount.ts';
import { riskRanking, type RiskRow } from './ranking.ts';

const TOP = 20;

export class RiskList {
  private numbers: MapNumbers | null = null;
  private measure: MapMeasure = 'withoutGpShare';
  private year = 2030;
  private all = false;
  private readonly county: HTMLSelectElement;
  private readonly centrality: HTMLSelectElement;
  private readonly body: HTMLElement;
  private readonly heading = h('h3', { id: 'risk-heading' });
  private readonly lead = h('p', { class: 'hint' });
  private readonly labels: HTMLLabelElement[];
  private readonly buttons: HTMLButtonElement[];

  constructor(
    root: HTMLElement,
    private readonly host: PanelHost,
    private readonly counties: readonly [string, string][],
    private readonly pick: (m: number) => void,
  ) {
    const cId = uniqueId('risk-county');
    const sId = uniqueId('risk-centrality');
    this.county = h('select', { id: cId });
    this.centrality = h('select', { id: sId });
    this.labels = [h('label', { for: cId }), h('label', { for: sId })];
    const btn = (f: 'csv' | 'xlsx') => {
      const b = h('button', { type: 'button', class: 'ds-button', 'data-variant': 'secondary', 'data-size': 'sm' });
      b.dataset['riskExport'] = f;
      b.addEventListener('click', () => void this.export(f));
      return b;
    };
    this.buttons = [btn('csv'), btn('xlsx')];
    this.body = h('div', { class: 'risk-body' });
    root.append(
      this.heading,
      this.lead,
      h(
        'div',
        { class: 'map-controls' },
        h('div', { class: 'map-control' }, this.labels[0], this.county),
        h('div', { class: 'map-control' }, this.labels[1], this.centrality),
        h('div', { class: 'map-actions' }, ...this.buttons),
      ),
      this.body,
    );
    this.county.addEventListener('change', () => this.render());
    this.centrality.addEventListener('change', () => this.render());
  }

  update(n: MapNumbers, measure: MapMeasure, year: number): void {
    this.numbers = n;
    this.measure = measure;
    this.year = year;
    this.render();
  }

  private rows(): RiskRow[] {
    if (!this.numbers) return [];
    return riskRanking(this.numbers, this.measure, this.year, {
      county: this.county.value,
      centrality: Number(this.centrality.value),
    });
  }

  private render(): void {
    this.heading.textContent = t('riskHeading');
    this.lead.textContent = t('riskLead');
    this.labels[0]!.textContent = t('riskCounty');
    this.labels[1]!.textContent = t('riskCentrality');
    this.buttons[0]!.textContent = t('riskExportCsv');
    this.buttons[1]!.textContent = t('riskExportXlsx');
    const cv = this.county.value;
    const sv = this.centrality.value;
    this.county.replaceChildren(
      h('option', { value: '' }, t('riskAll')),
      ...this.counties.map(([c, name]) => h('option', { value: c }, name)),
    );
    this.centrality.replaceChildren(
      h('option', { value: '0' }, t('riskAll')),
      ...[1, 2, 3, 4, 5, 6].map((c) => h('option', { value: String(c) }, String(c))),
    );
    this.county.value = cv;
    this.centrality.value = sv || '0';
    const rows = this.rows();
    const shown = this.all ? rows : rows.slice(0, TOP);
    const m = this.measure;
    const table = h(
      'table',
      { class: 'data-table risk-table' },
      h('caption', {}, t('riskCaption', { measure: measureLabel(m), year: this.year })),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...[
            t('riskRank'),
            t('mapColMunicipality'),
            t('mapColCounty'),
            t('mapColCentrality'),
            viewLabel('current'),
            viewLabel('baseline'),
            t('riskChange'),
            t('riskRankBaseline'),
          ].map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
    );
    const body = h('tbody');
    for (const r of shown) {
      const b = h('button', { type: 'button', class: 'map-pick', 'data-code': r.code }, r.name);
      b.setAttribute('aria-label', t('mapShowRegion', { name: r.name }));
      b.addEventListener('click', () => this.pick(r.m));
      body.append(
        h(
          'tr',
          {},
          h('td', { class: 'num' }, String(r.rank)),
          h('th', { scope: 'row' }, b),
          h('td', {}, r.countyName),
          h('td', { class: 'num' }, String(r.centrality)),
          h('td', { class: 'num' }, formatMeasure(m, r.current)),
          h('td', { class: 'num' }, formatMeasure(m, r.baseline)),
          h('td', { class: 'num' }, formatMeasure(m, r.change, true)),
          h('td', { class: 'num' }, String(r.baselineRank)),
        ),
      );
    }
    table.append(body);
    clear(this.body);
    this.body.append(scrollRegion(table, 'map-table-scroll'));
    if (rows.length > TOP) {
      const more = h(
        'button',
        { type: 'button', class: 'ds-button', 'data-variant': 'tertiary', 'data-size': 'sm' },
        this.all ? t('riskShowFewer') : t('riskShowAll', { n: rows.length }),
      );
      more.addEventListener('click', () => {
        this.all = !this.all;
        this.render();
      });
      this.body.append(more);
    }
  }

  private async export(format: 'csv' | 'xlsx'): Promise<void> {
    try {
      const m = this.measure;
      const stamp = await this.host.stamp({
        title: t('riskCaption', { measure: measureLabel(m), year: this.year }),
        unit: measureLabel(m),
        runs: null,
        year: this.year,
      });
      const header = [
        t('riskRank'),
        t('mapColNumber'),
        t('mapColMunicipality'),
        t('mapColCounty'),
        t('mapColCentrality'),
        viewLabel('current'),
        viewLabel('baseline'),
        t('riskChange'),
        t('riskRankBaseline'),
      ];
      const rows = this.rows().map((r) => [
        r.rank,
        r.code,
        r.name,
        r.countyName,
        r.centrality,
        exportNumber(m, r.current),
        exportNumber(m, r.baseline),
        exportNumber(m, r.change),
        r.baselineRank,
      ]);
      const file = `fastlegesimulatoren-faresonen-${m}-${this.year}.${format}`;
      let blob: Blob;
      if (format === 'csv') {
        const { toCsv } = await import('../export/csv.ts');
        blob = new Blob([toCsv(stamp, header, rows)], { type: 'text/csv;charset=utf-8' });
      } else {
        const { tableXlsx } = await import('../export/chartExport.ts');
        blob = await tableXlsx(stamp, header, rows);
      }
      downloadBlob(file, blob);
      this.host.announce(t('exportDone', { file }));
    } catch (e) {
      this.host.announce(t('mapLoadFailed', { message: (e as Error).message }));
    }
  }
}

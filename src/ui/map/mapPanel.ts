/**
 * "Kart og rangering" (issue #16): the controls (outcome, scenario view, year slider with play, zoom to a county,
 * the Monte Carlo probabilities on demand), the map with its classed legend, a text summary, the table view of all
 * 357 municipalities (sortable, searchable, each row a button that puts the municipality on screen), the PNG and
 * SVG exports, and the risk list below. Loaded on first use (mount.ts); redraws are timed in window.__flsMap.
 * Its outcome, view, year and county zoom go in the share link (linkState, applyState; host.mapChanged).
 */
import { clear, h, uniqueId } from '../dom.ts';
import { downloadBlob } from '../download.ts';
import { EVENT_MAPS } from '../eventMaps.ts';
import { formatInteger } from '../format.ts';
import { t } from '../i18n.ts';
import '../strings/later.ts';
import type { MapNumbers, MapMeasure, MapView } from './mapData.ts';
import {
  aggregateAt,
  colourOf,
  isObserved,
  legendClasses,
  MAP_MEASURES,
  MAP_VIEWS,
  pooledProbabilities,
  valueAt,
  valuesAt,
  yearsOf,
} from './mapData.ts';
import { formatMeasure, measureLabel, viewLabel } from './mapFormat.ts';
import { ChoroplethView } from './mapView.ts';
import type { MunicipalityFeature } from './geometry.ts';
import type { PanelHost } from './mount.ts';
import { RiskList } from './riskList.ts';
import type { LinkMap } from '../scenarios/shareLink.ts';

/** Redraw timing for the e2e tests and `npm run bench:ui`. */
interface MapProbe {
  redraws: number;
  /** From the change to the next frame. */
  lastRedrawMs: number;
  /** The synchronous part (values, fills, legend, summary, tables). */
  lastSyncMs: number;
}
const probe: MapProbe = { redraws: 0, lastRedrawMs: 0, lastSyncMs: 0 };
(window as unknown as { __flsMap: MapProbe }).__flsMap = probe;

/** The Monte Carlo runs for the probabilities (each a national run of both scenarios). */
export const MAP_MC_RUNS = 100;

type SortKey = 'name' | 'code' | 'county' | 'value';

export class MapPanel {
  private measure: MapMeasure = 'withoutGpShare';
  private view: MapView = 'current';
  private year = 2030;
  private county = '';
  private playing: ReturnType<typeof setInterval> | null = null;
  private tableOpen = false;
  private sort: { key: SortKey; asc: boolean } = { key: 'value', asc: false };
  private search = '';
  private shown: Float64Array = new Float64Array(0);
  private probAbort: AbortController | null = null;
  private readonly map: ChoroplethView;
  private readonly codes: string[];
  private readonly els: {
    measure: HTMLSelectElement;
    view: HTMLSelectElement;
    year: HTMLInputElement;
    yearOut: HTMLOutputElement;
    play: HTMLButtonElement;
    zoom: HTMLSelectElement;
    prob: HTMLButtonElement;
    probStatus: HTMLElement;
    legend: HTMLElement;
    summary: HTMLElement;
    /** Why projected shares look smoother than observed ones (shown for the share in projected years). */
    expectedNote: HTMLElement;
    tableToggle: HTMLButtonElement;
    tableWrap: HTMLElement;
    table: HTMLTableElement;
    count: HTMLElement;
    yearNote: HTMLElement;
  };
  private readonly risk: RiskList;

  constructor(
    private readonly root: HTMLElement,
    features: readonly MunicipalityFeature[],
    private numbers: MapNumbers,
    private readonly host: PanelHost,
    initial?: LinkMap,
  ) {
    const muns = numbers.series.municipalities;
    this.codes = muns.map((r) => r.code);
    this.map = new ChoroplethView(features, this.codes, {
      tooltip: (m) => this.tooltip(m),
      label: (m) => `${muns[m]!.name}: ${formatMeasure(this.measure, this.shown[m]!, this.view === 'diff')}`,
      select: (m) => this.select(m),
    });
    const id = (p: string) => uniqueId(`map-${p}`);
    const sel = (i: string) => h('select', { id: i }) as HTMLSelectElement;
    const ids = { measure: id('measure'), view: id('view'), year: id('year'), zoom: id('zoom') };
    const counties = [...new Map(muns.map((r) => [r.county, r.countyName])).entries()].sort((a, b) =>
      a[0].localeCompare(b[0]),
    );
    this.els = {
      measure: sel(ids.measure),
      view: sel(ids.view),
      year: h('input', { id: ids.year, type: 'range', step: 1 }),
      yearOut: h('output', { for: ids.year, class: 'map-year-out' }),
      play: h('button', { type: 'button', class: 'ds-button', 'data-variant': 'secondary', 'data-size': 'sm' }),
      zoom: sel(ids.zoom),
      prob: h('button', {
        type: 'button',
        class: 'ds-button',
        'data-variant': 'tertiary',
        'data-size': 'sm',
        hidden: true,
      }),
      probStatus: h('p', { class: 'hint map-prob-status', role: 'status' }),
      legend: h('div', { class: 'map-legend' }),
      summary: h('p', { class: 'map-summary', id: 'map-summary' }),
      expectedNote: h('p', { class: 'hint map-expected-note' }),
      tableToggle: h('button', {
        type: 'button',
        class: 'ds-button table-toggle',
        'data-variant': 'secondary',
        'data-size': 'sm',
        'aria-pressed': 'false',
      }),
      tableWrap: h('div', { class: 'map-table-wrap', hidden: true }),
      table: h('table', { class: 'data-table map-table' }),
      count: h('p', { class: 'hint', role: 'status' }),
      yearNote: h('p', { class: 'map-year-note hint' }),
    };
    const e = this.els;
    e.zoom.dataset['counties'] = JSON.stringify(counties);
    const labelled = (forId: string, key: Parameters<typeof t>[0], control: HTMLElement, cls = 'map-control') =>
      h('div', { class: cls }, h('label', { for: forId, 'data-map-i18n': key }, t(key)), control);
    const searchId = id('search');
    const search = h('input', { id: searchId, type: 'search', class: 'map-search', autocomplete: 'off' });
    search.addEventListener('input', () => {
      this.search = search.value.trim().toLocaleLowerCase('nb');
      this.renderTable();
    });
    const png = h('button', { type: 'button', class: 'ds-button', 'data-variant': 'secondary', 'data-size': 'sm' });
    const svg = h('button', { type: 'button', class: 'ds-button', 'data-variant': 'secondary', 'data-size': 'sm' });
    png.dataset['mapExport'] = 'png';
    svg.dataset['mapExport'] = 'svg';
    png.addEventListener('click', () => void this.exportMap('png'));
    svg.addEventListener('click', () => void this.exportMap('svg'));
    const pptx = h('button', { type: 'button', class: 'ds-button', 'data-variant': 'secondary', 'data-size': 'sm' });
    pptx.dataset['mapExport'] = 'pptx';
    pptx.addEventListener('click', () => void this.exportMap('pptx'));
    this.exportButtons = [png, svg, pptx];
    this.riskRoot = h('section', { class: 'risk-list', 'aria-labelledby': 'risk-heading' });
    root.append(
      h(
        'div',
        { class: 'map-controls' },
        labelled(ids.measure, 'mapOutcome', e.measure),
        labelled(ids.view, 'mapView', e.view),
        h(
          'div',
          { class: 'map-control map-year' },
          h('label', { for: ids.year, 'data-map-i18n': 'mapYear' }, t('mapYear')),
          h('div', { class: 'map-year-row' }, e.year, e.yearOut, e.play),
        ),
        labelled(ids.zoom, 'mapZoom', e.zoom),
      ),
      h('div', { class: 'map-prob' }, e.prob, e.probStatus),
      h(
        'div',
        { class: 'map-body' },
        h('figure', { class: 'map-figure' }, this.map.root),
        h(
          'div',
          { class: 'map-side' },
          e.yearNote,
          e.legend,
          e.summary,
          e.expectedNote,
          h('p', { class: 'hint', 'data-map-i18n': 'mapSelectHint' }, t('mapSelectHint')),
          h('div', { class: 'map-actions' }, e.tableToggle, png, svg, pptx),
          h('p', { class: 'hint map-attribution', 'data-map-i18n': 'mapAttribution' }, t('mapAttribution')),
        ),
      ),
      h('div', {}, e.tableWrap),
      this.riskRoot,
    );
    e.tableWrap.append(
      h('label', { for: searchId, 'data-map-i18n': 'mapTableSearch' }, t('mapTableSearch')),
      search,
      e.count,
      h('div', { class: 'map-table-scroll' }, e.table),
    );
    e.measure.addEventListener('change', () => {
      this.measure = e.measure.value as MapMeasure;
      this.fitYears();
      this.redraw();
      host.mapChanged();
    });
    e.view.addEventListener('change', () => {
      this.view = e.view.value as MapView;
      this.redraw();
      host.mapChanged();
    });
    e.year.addEventListener('input', () => {
      this.year = Number(e.year.value);
      this.redraw();
      host.mapChanged();
    });
    e.play.addEventListener('click', () => this.togglePlay());
    e.zoom.addEventListener('change', () => {
      this.county = e.zoom.value;
      this.map.zoom(this.county || null);
      this.redraw();
      host.mapChanged();
    });
    e.tableToggle.addEventListener('click', () => {
      this.tableOpen = !this.tableOpen;
      e.tableToggle.setAttribute('aria-pressed', String(this.tableOpen));
      e.tableWrap.hidden = !this.tableOpen;
      this.renderTable();
    });
    e.prob.addEventListener('click', () => void this.computeProbabilities());
    this.risk = new RiskList(this.riskRoot, host, counties, (m) => this.select(m));
    if (initial) this.setState(initial);
    this.render();
  }

  /** The state a share link carries (the county only when zoomed). */
  linkState(): LinkMap {
    return {
      outcome: this.measure,
      view: this.view,
      year: this.year,
      ...(this.county ? { county: this.county } : {}),
    };
  }

  /** A share link's state (a year the outcome has no value in moves to the nearest that has one). */
  applyState(s: LinkMap): void {
    this.setState(s);
    this.render();
  }

  private setState(s: LinkMap): void {
    this.measure = s.outcome;
    this.view = s.view;
    this.year = s.year;
    const counties = JSON.parse(this.els.zoom.dataset['counties'] ?? '[]') as [string, string][];
    this.county = counties.some(([c]) => c === s.county) ? s.county! : '';
    this.map.zoom(this.county || null);
  }

  private readonly exportButtons: HTMLButtonElement[];
  private readonly riskRoot: HTMLElement;

  /** New numbers (the scenario changed): the probabilities are dropped unless they still hold. */
  setNumbers(n: MapNumbers): void {
    this.numbers = n;
    this.fitYears();
    this.redraw();
  }

  get current(): MapNumbers {
    return this.numbers;
  }

  /** Texts in the UI's language, the options and everything drawn. */
  render(): void {
    const e = this.els;
    for (const el of this.root.querySelectorAll<HTMLElement>('[data-map-i18n]'))
      el.textContent = t(el.dataset['mapI18n'] as Parameters<typeof t>[0]);
    e.measure.replaceChildren(...MAP_MEASURES.map((m) => h('option', { value: m }, measureLabel(m))));
    e.measure.value = this.measure;
    e.view.replaceChildren(...MAP_VIEWS.map((v) => h('option', { value: v }, viewLabel(v))));
    e.view.value = this.view;
    const counties = JSON.parse(e.zoom.dataset['counties'] ?? '[]') as [string, string][];
    e.zoom.replaceChildren(
      h('option', { value: '' }, t('mapWholeCountry')),
      ...counties.map(([c, name]) => h('option', { value: c }, name)),
    );
    e.zoom.value = this.county;
    e.tableToggle.textContent = t('mapTableShow');
    e.play.textContent = this.playing ? t('mapPause') : t('mapPlay');
    e.play.setAttribute('aria-pressed', String(this.playing !== null));
    this.exportButtons[0]!.textContent = t('mapExportPng');
    this.exportButtons[1]!.textContent = t('mapExportSvg');
    this.exportButtons[2]!.textContent = t('mapExportPptx');
    this.fitYears();
    this.redraw();
  }

  /** The year slider's range for the measure (probabilities and legevakt hours: projected years only). */
  private fitYears(): void {
    const years = yearsOf(this.numbers, this.measure);
    const e = this.els;
    e.year.min = String(years[0]);
    e.year.max = String(years[years.length - 1]);
    if (!years.includes(this.year)) this.year = Math.min(Math.max(this.year, years[0]!), years[years.length - 1]!);
    e.year.value = String(this.year);
    const needsMc = this.measure === 'pListWithoutGp' && !this.numbers.probabilities;
    e.prob.hidden = this.measure !== 'pListWithoutGp';
    e.prob.textContent = t('mapProbRun', { runs: MAP_MC_RUNS });
    if (needsMc && !this.probAbort) e.probStatus.textContent = t('mapProbNeeded');
    else if (this.measure !== 'pListWithoutGp') e.probStatus.textContent = '';
  }

  /** Everything that depends on the outcome, view and year; timed to the next frame. */
  private redraw(): void {
    const t0 = performance.now();
    const n = this.numbers;
    const e = this.els;
    this.shown = valuesAt(n, this.measure, this.view, this.year);
    const fills = Array.from(this.shown, (v) =>
      Number.isFinite(v) ? colourOf(v, this.measure, this.view) : 'url(#map-hatch)',
    );
    this.map.setFills(fills);
    this.map.setSelected(this.selectedIndex());
    e.yearOut.textContent = String(this.year);
    e.year.setAttribute('aria-valuetext', String(this.year));
    e.yearNote.textContent = isObserved(n, this.year)
      ? t('mapObserved', { year: this.year })
      : t('mapProjected', { year: this.year, view: viewLabel(this.view) });
    this.map.setLabel(t('mapLabel', { measure: measureLabel(this.measure), year: this.year }));
    const expected = this.showsExpectedShare();
    e.expectedNote.hidden = !expected;
    e.expectedNote.textContent = expected ? t('mapExpectedNote') : '';
    this.renderLegend();
    this.renderSummary();
    if (this.tableOpen) this.renderTable();
    this.risk.update(n, this.measure, this.year);
    const sync = performance.now() - t0;
    requestAnimationFrame(() => {
      probe.lastSyncMs = sync;
      probe.redraws++;
      probe.lastRedrawMs = performance.now() - t0;
    });
  }

  /**
   * Whether the map shows an expected share: the share in a projected year is the run's expected share (within 0.6
   * percentage points of the Monte Carlo mean on average over the municipalities in 2030), never 0 where a list can
   * fall vacant, where observed years are 0 or a whole list. The note under the map and the export's subtitle say so.
   */
  private showsExpectedShare(): boolean {
    return this.measure === 'withoutGpShare' && !isObserved(this.numbers, this.year);
  }

  private selectedIndex(): number {
    const r = this.host.region();
    return r.type === 'kommune' ? this.codes.indexOf(r.code) : -1;
  }

  /** The region on screen changed: outline it. */
  regionChanged(): void {
    this.map.setSelected(this.selectedIndex());
  }

  private renderLegend(): void {
    const diff = this.view === 'diff';
    const fmt = (v: number) => formatMeasure(this.measure, v, diff);
    const items = legendClasses(this.measure, this.view).map((c) => {
      const text =
        c.from === null
          ? t('mapLegendBelow', { value: fmt(c.to!) })
          : c.to === null
            ? t('mapLegendAtLeast', { value: fmt(c.from) })
            : t('mapLegendRange', { from: fmt(c.from), to: fmt(c.to) });
      return h('li', {}, h('span', { class: 'map-swatch', style: `background:${c.colour}` }), text);
    });
    items.push(h('li', {}, h('span', { class: 'map-swatch map-swatch-hatch' }), t('mapNoData')));
    clear(this.els.legend);
    this.els.legend.append(
      h('p', { class: 'map-legend-title' }, `${t('mapLegend')}: ${measureLabel(this.measure)}`),
      h('ul', {}, ...items),
    );
  }

  /** The text summary: highest, lowest, the country, how many have a value. */
  summaryText(): string {
    const muns = this.numbers.series.municipalities;
    let max = -1;
    let min = -1;
    let count = 0;
    this.shown.forEach((v, m) => {
      if (!Number.isFinite(v)) return;
      count++;
      if (max < 0 || v > this.shown[max]!) max = m;
      if (min < 0 || v < this.shown[min]!) min = m;
    });
    const diff = this.view === 'diff';
    const f = (v: number) => formatMeasure(this.measure, v, diff);
    if (count === 0) return `${measureLabel(this.measure)}, ${this.year}: ${t('mapNoData')}.`;
    const national = aggregateAt(this.numbers, 'national', this.measure, this.view, this.year);
    return t('mapSummaryText', {
      measure: measureLabel(this.measure),
      year: this.year,
      view: isObserved(this.numbers, this.year) ? t('mapObserved', { year: this.year }) : viewLabel(this.view),
      max: muns[max]!.name,
      maxValue: f(this.shown[max]!),
      min: muns[min]!.name,
      minValue: f(this.shown[min]!),
      national: Number.isFinite(national) ? f(national) : t('mapNoData').toLocaleLowerCase(),
      n: count,
    });
  }

  private renderSummary(): void {
    this.els.summary.textContent = this.summaryText();
  }

  private tooltip(m: number): string[] {
    const r = this.numbers.series.municipalities[m]!;
    const n = this.numbers;
    const lines = [`${r.name} (${r.code})`, t('mapTooltipCounty', { county: r.countyName, c: r.centrality })];
    const y = this.year;
    if (isObserved(n, y))
      lines.push(`${measureLabel(this.measure)} ${y}: ${formatMeasure(this.measure, this.shown[m]!)}`);
    else
      for (const v of MAP_VIEWS)
        lines.push(`${viewLabel(v)}: ${formatMeasure(this.measure, valueAt(n, this.measure, v, m, y), v === 'diff')}`);
    return lines;
  }

  private renderTable(): void {
    if (!this.tableOpen) return;
    const muns = this.numbers.series.municipalities;
    const diff = this.view === 'diff';
    const cols: [SortKey, string][] = [
      ['name', t('mapColMunicipality')],
      ['code', t('mapColNumber')],
      ['county', t('mapColCounty')],
      ['value', `${measureLabel(this.measure)} ${this.year}`],
    ];
    const { key, asc } = this.sort;
    const rows = muns
      .map((r, m) => ({ r, m, v: this.shown[m]! }))
      .filter(
        ({ r }) =>
          !this.search || r.name.toLocaleLowerCase('nb').includes(this.search) || r.code.startsWith(this.search),
      );
    const cmp = (a: (typeof rows)[number], b: (typeof rows)[number]): number => {
      switch (key) {
        case 'name':
          return a.r.name.localeCompare(b.r.name, 'nb');
        case 'code':
          return a.r.code.localeCompare(b.r.code);
        case 'county':
          return a.r.countyName.localeCompare(b.r.countyName, 'nb') || a.r.name.localeCompare(b.r.name, 'nb');
        default: {
          const fa = Number.isFinite(a.v);
          const fb = Number.isFinite(b.v);
          if (fa !== fb) return fa ? (asc ? -1 : 1) : asc ? 1 : -1;
          return a.v - b.v || a.r.name.localeCompare(b.r.name, 'nb');
        }
      }
    };
    rows.sort((a, b) => (asc ? cmp(a, b) : -cmp(a, b)));
    const t0 = this.els.table;
    clear(t0);
    t0.append(
      h(
        'caption',
        {},
        t('mapTableCaption', { measure: measureLabel(this.measure), year: this.year, view: viewLabel(this.view) }),
      ),
    );
    const head = h('tr');
    for (const [k, label] of cols) {
      const b = h('button', { type: 'button', class: 'map-sort', 'aria-label': t('mapSortBy', { col: label }) }, label);
      b.addEventListener('click', () => {
        this.sort = { key: k, asc: this.sort.key === k ? !this.sort.asc : k !== 'value' };
        this.renderTable();
        (this.els.table.querySelector(`[data-sort="${k}"] button`) as HTMLButtonElement | null)?.focus();
      });
      head.append(
        h(
          'th',
          { scope: 'col', 'data-sort': k, 'aria-sort': k === key ? (asc ? 'ascending' : 'descending') : undefined },
          b,
        ),
      );
    }
    t0.append(h('thead', {}, head));
    const body = h('tbody');
    for (const { r, m, v } of rows) {
      const b = h('button', { type: 'button', class: 'map-pick', 'data-code': r.code }, r.name);
      b.setAttribute('aria-label', t('mapShowRegion', { name: r.name }));
      b.addEventListener('click', () => this.select(m));
      body.append(
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, b),
          h('td', {}, r.code),
          h('td', {}, r.countyName),
          h(
            'td',
            { class: 'num', 'data-value': Number.isFinite(v) ? String(v) : '' },
            formatMeasure(this.measure, v, diff),
          ),
        ),
      );
    }
    t0.append(body);
    this.els.count.textContent = t('mapTableCount', { n: formatInteger(rows.length) });
  }

  /** Puts municipality m on screen as the region. */
  private select(m: number): void {
    const r = this.numbers.series.municipalities[m]!;
    this.host.selectRegion(`kommune:${r.code}`);
    this.host.announce(t('mapSelected', { name: r.name }));
    this.map.setSelected(m);
  }

  private togglePlay(): void {
    const e = this.els;
    if (this.playing) {
      clearInterval(this.playing);
      this.playing = null;
    } else {
      const years = yearsOf(this.numbers, this.measure);
      if (this.year >= years[years.length - 1]!) this.year = years[0]!;
      this.playing = setInterval(() => {
        const ys = yearsOf(this.numbers, this.measure);
        const i = ys.indexOf(this.year);
        if (i < 0 || i >= ys.length - 1) {
          this.togglePlay();
          return;
        }
        this.year = ys[i + 1]!;
        e.year.value = String(this.year);
        this.redraw();
        this.host.mapChanged();
      }, 700);
    }
    e.play.textContent = this.playing ? t('mapPause') : t('mapPlay');
    e.play.setAttribute('aria-pressed', String(this.playing !== null));
  }

  /** One national Monte Carlo per scenario for the probabilities (a worker of its own; cancelled by a new one). */
  private async computeProbabilities(): Promise<void> {
    this.probAbort?.abort();
    const abort = new AbortController();
    this.probAbort = abort;
    const e = this.els;
    e.prob.disabled = true;
    try {
      const res = await this.host.client.mapSeries(this.host.request(), {
        runs: MAP_MC_RUNS,
        seed: this.host.seed,
        signal: abort.signal,
        onProgress: (done, total) => {
          e.probStatus.textContent = t('mapProbRunning', { done, total });
        },
      });
      if ('runs' in res) {
        this.numbers = { ...this.numbers, probabilities: pooledProbabilities(res, EVENT_MAPS.anyListWithoutGp) };
        e.probStatus.textContent = t('mapProbDone', { runs: res.runs, seed: res.seed });
        this.fitYears();
        this.redraw();
      }
    } catch (err) {
      if (!abort.signal.aborted) e.probStatus.textContent = t('mapLoadFailed', { message: (err as Error).message });
    } finally {
      if (this.probAbort === abort) this.probAbort = null;
      e.prob.disabled = false;
    }
  }

  /** The scenario changed: probabilities computed for the old one no longer hold. */
  dropProbabilities(): void {
    this.probAbort?.abort();
    this.probAbort = null;
    this.els.prob.disabled = false;
    this.numbers = { ...this.numbers, probabilities: null };
  }

  private async exportMap(format: 'png' | 'svg' | 'pptx'): Promise<void> {
    try {
      const ex = await import('./mapExport.ts');
      const title = `${measureLabel(this.measure)}, ${this.year}`;
      const stamp = await this.host.stamp({
        title: measureLabel(this.measure),
        unit: viewLabel(this.view),
        runs: this.measure === 'pListWithoutGp' ? (this.numbers.probabilities?.runs ?? null) : null,
        year: this.year,
        ...(this.county ? { region: this.els.zoom.selectedOptions[0]?.textContent ?? this.county } : {}),
      });
      const legend = legendClasses(this.measure, this.view).map((c) => ({
        colour: c.colour,
        text:
          c.from === null
            ? t('mapLegendBelow', { value: formatMeasure(this.measure, c.to!, this.view === 'diff') })
            : c.to === null
              ? t('mapLegendAtLeast', { value: formatMeasure(this.measure, c.from, this.view === 'diff') })
              : t('mapLegendRange', {
                  from: formatMeasure(this.measure, c.from, this.view === 'diff'),
                  to: formatMeasure(this.measure, c.to, this.view === 'diff'),
                }),
      }));
      legend.push({ colour: 'hatch', text: t('mapNoData') });
      const fills = Array.from(this.shown, (v) =>
        Number.isFinite(v) ? colourOf(v, this.measure, this.view) : 'hatch',
      );
      const input = {
        title,
        subtitle: isObserved(this.numbers, this.year)
          ? t('mapObserved', { year: this.year })
          : this.showsExpectedShare()
            ? `${viewLabel(this.view)} · ${t('mapExpectedShort')}`
            : viewLabel(this.view),
        legend,
        stamp: [...stamp, t('mapAttribution')],
        fills,
        county: this.county || null,
        selected: this.selectedIndex(),
      };
      const blob =
        format === 'png'
          ? await ex.mapPng(this.map, input)
          : format === 'pptx'
            ? await ex.mapPptx(this.map, input, this.summaryText())
            : ex.mapSvg(this.map, input);
      const file = `fastlegesimulatoren-kart-${this.measure}-${this.view}-${this.year}.${format}`;
      downloadBlob(file, blob);
      this.host.announce(t('exportDone', { file }));
    } catch (err) {
      this.host.announce(t('mapLoadFailed', { message: (err as Error).message }));
    }
  }
}

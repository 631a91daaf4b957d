/**
 * The body of "Treffsikkerhet" (loaded when the panel is first opened): an origin select (2024, 2022, 2020), a
 * heading for the region on screen, the plain-language summary (summary.ts) and three figures (charts.ts) with
 * table views, text summaries and exports (PNG, SVG, PDF, CSV, Excel with the stamp). A municipality rebuilt
 * at the origin has no band: the summary says why, offers an origin from which it has one, and the figures are
 * hidden.
 */
import { clear, h } from '../dom.ts';
import type { ChartView } from '../chartView.ts';
import type { ExportFormat } from '../exportMenu.ts';
import { downloadBlob } from '../download.ts';
import { loc, t } from '../i18n.ts';
import '../strings/later.ts';
import { regionLabel } from '../regionPicker.ts';
import type { RegionOption } from '../sim/protocol.ts';
import { TrackOutcomeChart, TrackProbabilityChart } from './charts.ts';
import type { TrackData } from './data.ts';
import { DEFAULT_ORIGIN, latestScoredOrigin, originsOf, trackView, type TrackView } from './select.ts';
import { sentenceName, trackSummary } from './summary.ts';
import './trackRecord.css';

declare const __APP_VERSION__: string;
declare const __DATA_VERSION__: string;

export class TrackRecordPanel {
  private shownOrigin: number;
  private readonly charts = [
    new TrackOutcomeChart('share'),
    new TrackOutcomeChart('listLength'),
    new TrackProbabilityChart(),
  ];
  private heading!: HTMLElement;
  private summary!: HTMLElement;
  private grid!: HTMLElement;
  private view: TrackView | null = null;

  /**
   * `origin` is the start year to show first (a share link's, else the default; one the track record lacks gives
   * the default); `onOrigin` is told when the user picks another.
   */
  constructor(
    private readonly root: HTMLElement,
    private readonly data: TrackData,
    private region: RegionOption,
    origin: number = DEFAULT_ORIGIN,
    private readonly onOrigin: (origin: number) => void = () => {},
  ) {
    this.shownOrigin = this.known(origin);
    for (const c of this.charts) c.onExport = (view, format) => void this.exportChart(view, format);
    this.render();
  }

  /** The start year on screen. */
  get origin(): number {
    return this.shownOrigin;
  }

  /** Shows another start year (from a share link); one the track record lacks gives the default. */
  setOrigin(origin: number): void {
    const o = this.known(origin);
    if (o === this.shownOrigin) return;
    this.shownOrigin = o;
    const select = this.root.querySelector<HTMLSelectElement>('#track-origin');
    if (select) select.value = String(o);
    this.update();
  }

  private known(origin: number): number {
    const origins = originsOf(this.data.record);
    return origins.includes(origin) ? origin : origins.includes(DEFAULT_ORIGIN) ? DEFAULT_ORIGIN : origins[0]!;
  }

  /** Follows the region on screen (cheap when it has not changed). */
  setRegion(o: RegionOption): void {
    if (o.value === this.region.value) return;
    this.region = o;
    this.update();
  }

  /** Builds the panel's DOM (and again on a language change). */
  render(): void {
    clear(this.root);
    const select = h('select', { id: 'track-origin' });
    for (const o of originsOf(this.data.record))
      select.add(new Option(String(o), String(o), false, o === this.shownOrigin));
    select.value = String(this.shownOrigin);
    select.addEventListener('change', () => {
      this.shownOrigin = Number(select.value);
      this.update();
      this.onOrigin(this.shownOrigin);
    });
    const about = h(
      'button',
      { type: 'button', class: 'ds-button', 'data-variant': 'tertiary', 'data-size': 'sm', id: 'track-about' },
      t('trackAboutLink'),
    );
    about.addEventListener('click', () => document.querySelector<HTMLButtonElement>('#about-open')?.click());
    this.heading = h('h3', { id: 'track-region-heading', class: 'track-region' });
    this.summary = h('div', { id: 'track-summary', class: 'track-summary' });
    this.grid = h('div', { class: 'charts track-charts' });
    for (const c of this.charts) {
      c.render();
      this.grid.append(c.root);
    }
    this.root.append(
      h('div', { class: 'compare-controls' }, h('label', { for: 'track-origin' }, t('trackOrigin')), select),
      this.heading,
      this.summary,
      this.grid,
      h('p', { class: 'track-about' }, about),
    );
    this.update();
  }

  private update(): void {
    const o = this.region;
    const v = trackView(this.data.record, this.shownOrigin, o, this.data.municipalitiesAt(this.shownOrigin));
    this.view = v;
    this.heading.textContent = t('trackRegionHeading', { region: regionLabel(o), origin: v.origin });
    clear(this.summary);
    for (const p of trackSummary(v, sentenceName(o))) this.summary.append(h('p', {}, p));
    if (!v.scored) this.offerScoredOrigin();
    this.root.dataset['region'] = v.regionKey;
    this.root.dataset['origin'] = String(v.origin);
    this.grid.hidden = !v.scored;
    if (v.scored) for (const c of this.charts) c.show(v, regionLabel(o));
  }

  /**
   * Where the region has no band from the origin on screen but has one from another (a municipality whose number
   * changed in 2024 has its own rows from 2024 on), says so with a button that shows that origin.
   */
  private offerScoredOrigin(): void {
    const other = latestScoredOrigin(this.data.record, this.region, (o) => this.data.municipalitiesAt(o));
    if (other === undefined) return;
    const button = h(
      'button',
      { type: 'button', class: 'ds-button', 'data-variant': 'secondary', 'data-size': 'sm', id: 'track-other-origin' },
      t('trackShowOrigin', { origin: other }),
    );
    button.addEventListener('click', () => {
      this.setOrigin(other);
      this.onOrigin(other);
      this.root.querySelector<HTMLSelectElement>('#track-origin')?.focus();
    });
    this.summary.append(h('p', {}, t('trackScoredFrom', { origin: other }), ' ', button));
  }

  /** One figure's export with the stamp (the exporters load on first use). */
  private async exportChart(view: ChartView, format: ExportFormat): Promise<void> {
    const data = view.current;
    const v = this.view;
    if (!data || !v || format === 'pptx') return;
    const announce = (text: string) => {
      const el = document.querySelector('#announce');
      if (el) el.textContent = text;
    };
    try {
      const { stampLines } = await import('../export/stamp.ts');
      const title = loc(view.spec.title);
      const stamp = stampLines({
        title,
        unit: loc(view.spec.unit),
        region: data.regionName,
        imputed: [],
        scenarios: [t('trackStampScenario', { origin: v.origin })],
        years: data.years,
        runs: v.runs,
        seed: v.seed,
        probability: view instanceof TrackProbabilityChart,
        // a municipality's probabilities went through the event maps fitted up to the origin (the runs' own kept beside)
        pooled: view instanceof TrackProbabilityChart && v.track?.pShareAtLeast5pctRuns !== undefined,
        // a municipality's base rate of municipalities that stood alike (SSB rows up to the origin)
        ...(view instanceof TrackProbabilityChart && v.events.some((e) => e.base !== undefined)
          ? { standing: { start: v.origin, until: v.origin, event: 'share5' as const } }
          : {}),
        appVersion: __APP_VERSION__,
        dataVersion: __DATA_VERSION__,
        date: new Date(),
      });
      const file = `fastlegesimulatoren-${view.spec.id}-${v.origin}-${v.regionKey.replace(':', '-')}.${format}`;
      const blob = await (await import('../export/chartFile.ts')).chartFileBlob(view, data, title, stamp, format);
      downloadBlob(file, blob);
      announce(t('exportDone', { file }));
    } catch (e) {
      announce(t('exportFailed', { message: (e as Error).message }));
    }
  }
}

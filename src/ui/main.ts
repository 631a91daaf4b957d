/**
 * The app: wires the region picker, the levers and assumptions panels, the key figures and the charts to the
 * simulation workers. Moving a slider previews with a deterministic run (stale answers dropped); a committed
 * change is recorded for undo and followed by a Monte Carlo run with progress and Avbryt.
 */
import '@fontsource-variable/inter';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles.css';
import { getLever } from '../levers/registry.ts';
import { sourceList } from './citations.ts';
import { PRESETS, stateOfScenario } from './presets.ts';
import type { SavedScenario } from './scenarios/document.ts';
import { ScenarioPanel } from './scenarios/scenarioPanel.ts';
import { ComparePanel, type CompareCandidate, type CompareResult } from './compare/comparePanel.ts';
import { decodeLink, encodeLink, type LinkComparison } from './scenarios/shareLink.ts';
import { vetLink } from './scenarios/linkCheck.ts';
import { renderNotice, type Notice } from './notice.ts';
import { runFailure } from './sim/failure.ts';
import { AssumptionsPanel } from './assumptionsPanel.ts';
import { CHART_SPECS } from './chartSpecs.ts';
import { ChartView, lineOf, SERIES_COLOURS, type ChartData, type ExportFormat } from './chartView.ts';
import { ProbabilityChartView, shownScenarios } from './probabilityChart.ts';
import type { Deck, DeckChartSlide, DeckSeries } from './export/deck.ts';
import { displayLeverValue } from './leversPanel.ts';
import type { LeverSetting } from '../engine/run/scenario.ts';
import { getAssumption } from '../levers/assumptions.ts';
import { RESULT_SPECS } from '../engine/run/results.ts';
import { clear } from './dom.ts';
import { downloadBlob } from './download.ts';
import { formatNumber } from './format.ts';
import { getLocale, loc, onLocaleChange, setLocale, t, type StringKey } from './i18n.ts';
import { KeyFigures } from './keyFigures.ts';
import { LeversPanel } from './leversPanel.ts';
import { buildMarkers } from './municipal/plan.ts';
import type { MunicipalPanel, MunicipalPanelHost } from './municipal/startForm.ts';
import { RegionPicker, regionLabel } from './regionPicker.ts';
import { mountTrackRecord, type TrackRecordMount } from './trackRecord/mount.ts';
import { MC_SEED, McRunner } from './sim/mcRunner.ts';
import { SimClient } from './sim/simClient.ts';
import type { DeterministicResult, RegionOption, RunRequest } from './sim/protocol.ts';
import {
  changedLevers,
  EMPTY_SCENARIO,
  END_YEAR,
  History,
  leverFrom,
  municipalPlanOf,
  overrideOfSetting,
  requestOf,
  withoutLevers,
  type ScenarioState,
} from './state.ts';

const MC_RUN_CHOICES = [100, 200, 500, 1000];

const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;

/** Timing marks for the latency benchmark (read by the e2e scripts). */
interface PerfProbe {
  renders: number;
  /** Request to rendered charts, and the worker's share of it (ms). */
  lastRenderMs: number;
  lastComputeMs: number;
  mcDone: number;
}
const probe: PerfProbe = { renders: 0, lastRenderMs: 0, lastComputeMs: 0, mcDone: 0 };
(window as unknown as { __fls: PerfProbe }).__fls = probe;

class App {
  private readonly client = new SimClient();
  private readonly history = new History(EMPTY_SCENARIO);
  private region = 'national';
  private det: DeterministicResult | null = null;
  /** The scenario's Monte Carlo: when it runs, its cache of baselines, its result and status (sim/mcRunner.ts). */
  private readonly mc = new McRunner(this.client, {
    request: () => this.request(),
    isComparing: () => this.compare.isRunning,
    threads: () => this.threads(),
    onStatus: () => this.renderMcStatus(),
    onResult: () => {
      probe.mcDone++;
      this.render();
    },
  });
  private lastGood: ScenarioState = EMPTY_SCENARIO;
  /** The scenario's Monte Carlo run waits for a comparison that holds the workers, and starts when it ends. */
  private picker!: RegionPicker;
  private scenarios!: ScenarioPanel;
  private compare!: ComparePanel;
  private compareResult: CompareResult | null = null;
  private trackRecord: TrackRecordMount | null = null;
  private pendingComparison: LinkComparison | undefined;
  /** The regions the data knows (a link naming another is refused). */
  private knownRegions: ReadonlySet<string> = new Set();
  /** Municipality names by number (for the export stamp's local measures). */
  private municipalityNames: ReadonlyMap<string, string> = new Map();
  /** The hash updateLink() last wrote: a hashchange to it is the app's own, not a pasted link. */
  private lastHash = '';
  private levers!: LeversPanel;
  private assumptions!: AssumptionsPanel;
  /** "Kommunens tall og hendelser" for the municipality on screen (municipal/startForm.ts, loaded on demand). */
  private municipal: MunicipalPanel | null = null;
  private municipalHost: MunicipalPanelHost | null = null;
  private municipalLoading = false;

  /**
   * Shows the municipal panel for a municipality (hidden otherwise). Its code loads the first time a municipality is
   * on screen, not with the page: most first visits show the country (first-load size, npm run bench:ui).
   */
  private showMunicipal(o: RegionOption): void {
    if (this.municipal) {
      this.municipal.setRegion(o);
      return;
    }
    if (o.type !== 'kommune' || this.municipalLoading || !this.municipalHost) return;
    this.municipalLoading = true;
    const host = this.municipalHost;
    void import('./municipal/startForm.ts').then(
      ({ MunicipalPanel }) => {
        this.municipal = new MunicipalPanel($('#municipal-plan'), host);
        this.municipal.setRegion(this.picker.value);
      },
      () => {
        this.municipalLoading = false;
      },
    );
  }
  private readonly keyFigures = new KeyFigures($('#key-figures'));
  /** The charts in page order; the probabilities follow the share of residents without a GP. */
  private readonly charts = CHART_SPECS.flatMap((s) =>
    s.id === 'withoutGpShare' ? [new ChartView(s), new ProbabilityChartView()] : [new ChartView(s)],
  );

  async start(): Promise<void> {
    this.applyStaticTexts();
    this.status(t('loading'));
    const regions = await this.client.init();
    this.knownRegions = new Set(regions.map((r) => r.value));
    this.municipalityNames = new Map(regions.filter((r) => r.type === 'kommune').map((r) => [r.code, r.name]));
    this.client.onRestart = (why) => {
      // a timeout has its own message (the run's failure); a worker that ended is said here
      if (why === 'crash') this.announce(t('workerRestarted'));
    };
    let linkedComparison: LinkComparison | undefined;
    // region, start years and formulas checked before anything of the link is applied
    const link = await vetLink(decodeLink(location.hash), this.knownRegions, this.checkFormula);
    this.picker = new RegionPicker($('#region-picker'), regions, this.region, (o) => {
      this.region = o.value;
      this.compare.invalidate();
      // the local levers show the new municipality's own settings (or the national ones)
      this.levers.sync();
      this.showMunicipal(o);
      this.refresh(true);
    });
    this.compare = new ComparePanel(
      $('#compare'),
      () => this.compareCandidates(),
      {
        runs: (req, onProgress) =>
          this.client
            .monteCarlo(req, this.mc.runs, MC_SEED, false, this.threads(), onProgress)
            .then((r) => r.currentRuns),
        cancel: () => this.client.cancelMonteCarlo(),
      },
      () => ({
        value: this.region,
        name: this.regionName(),
      }),
      (r) => {
        this.compareResult = r;
        this.render();
        this.updateLink();
      },
    );
    this.compare.onFinished = () => this.mc.comparisonEnded();
    this.picker.render();
    this.scenarios = new ScenarioPanel($('#my-scenarios'), {
      current: () => ({
        state: this.history.state,
        region: this.region,
        runs: this.mc.runs,
        seed: MC_SEED,
        endYear: END_YEAR,
      }),
      open: (s: SavedScenario) => this.openSaved(s),
      knownRegions: new Set(regions.map((r) => r.value)),
      changed: () => this.compare.render(),
      checkFormula: this.checkFormula,
    });
    if (link.ok) {
      // a share link restores the whole view; saved scenarios are never touched by a link
      const st = link.state;
      const state = stateOfScenario(st);
      this.history.reset(state);
      if (this.picker.select(st.region)) this.region = st.region;
      this.mc.runs = st.runs;
      for (const c of this.charts) c.setTable(st.tables.includes(c.spec.id));
      linkedComparison = st.compare;
      if (st.lang !== getLocale()) {
        setLocale(st.lang);
        this.applyStaticTexts();
        this.picker.render();
        for (const c of this.charts) c.render();
      }
    } else if (link.error) {
      this.showLinkError(link.error, 'localized' in link);
      history.replaceState(null, '', location.pathname + location.search);
    }
    this.compare.onExport = (format) => void this.exportComparison(format);
    this.compare.render();
    this.trackRecord = mountTrackRecord(
      $('#track-record'),
      () => this.picker.value,
      () => this.updateLink(),
    );
    if (link.ok) this.trackRecord.applyLink(link.state.track);
    void this.scenarios.init();
    // a linked comparison runs once the page is up (its Monte Carlo replaces the page's own)
    if (linkedComparison) this.pendingComparison = linkedComparison;
    const handlers = {
      preview: (s: ScenarioState) => {
        this.history.preview(s);
        this.levers.sync();
        this.refresh(false);
      },
      commit: (s: ScenarioState, what: string) => {
        this.history.commit(s, what);
        this.syncPanels();
        this.refresh(true);
      },
    };
    this.renderPresets();
    this.levers = new LeversPanel(
      $('#levers'),
      () => this.history.state,
      handlers,
      () => {
        const r = this.picker.value;
        return { municipality: r.type === 'kommune' ? r.code : null, name: r.name };
      },
    );
    this.assumptions = new AssumptionsPanel($('#assumptions'), () => this.history.state, handlers, this.client);
    this.municipalHost = {
      state: () => this.history.state,
      commit: handlers.commit,
      figures: (code, assumptions) => this.client.startFigures(code, assumptions),
      knownCodes: new Set(this.municipalityNames.keys()),
      nameOf: (code) => this.municipalityNames.get(code) ?? code,
      announce: (text) => this.announce(text),
    };
    this.showMunicipal(this.picker.value);
    this.levers.render();
    this.assumptions.render();
    const grid = $('#charts');
    for (const c of this.charts) {
      c.onExport = (view, format) => void this.exportChart(view, format);
      grid.append(c.root);
    }
    this.bindControls();
    onLocaleChange(() => this.relocalize());
    window.addEventListener('hashchange', () => void this.followHash());
    this.refresh(true);
  }

  /** The formula editor's check, for links and imported files (compiled and probed in the worker). */
  private readonly checkFormula = (id: string, expression: string, assumptions?: Readonly<Record<string, number>>) =>
    this.client.checkFormula(id, expression, assumptions);

  /**
   * A refused share link's error, in the page's language (capped), until the user closes it or a good link
   * replaces it. `localized`: the error is already in the page's language (a formula's problem).
   */
  private showLinkError(error: string, localized = false): void {
    const el = $('#link-error');
    const show = (text: string): void =>
      renderNotice(
        el,
        { text: t('linkBroken', { error: text }), dismissible: true },
        { returnFocus: () => $('#results') },
      );
    // the Norwegian wording of the detail is loaded only when a link is refused (first-load size)
    void import('./errorText.ts').then(
      ({ localizeErrorDetail }) => show(localized ? error : localizeErrorDetail(error, getLocale())),
      () => show(error),
    );
  }

  /**
   * A share link pasted into this tab's address bar (or reached by Back): applied as at start-up (scenario as one
   * undo step, region, runs, tables, language, comparison, the Treffsikkerhet panel open on its start year or closed). A broken link shows the start-up error and keeps the
   * view, and the address bar gets the view's own link back; saved scenarios are never touched.
   */
  private async followHash(): Promise<void> {
    if (location.hash === this.lastHash) return;
    const decoded = await vetLink(decodeLink(location.hash), this.knownRegions, this.checkFormula);
    if (!decoded.ok) {
      if (decoded.error === '') return; // the hash was removed: nothing to apply
      this.showLinkError(decoded.error, 'localized' in decoded);
      this.updateLink();
      return;
    }
    const st = decoded.state;
    renderNotice($('#link-error'), null);
    this.history.commit(stateOfScenario(st), t('linkApplied'));
    if (this.picker.select(st.region)) this.region = st.region;
    this.mc.runs = st.runs;
    const runs = $<HTMLSelectElement>('#mc-runs');
    if (![...runs.options].some((o) => o.value === String(st.runs)))
      runs.add(new Option(formatNumber(st.runs), String(st.runs)));
    runs.value = String(st.runs);
    for (const c of this.charts) c.setTable(st.tables.includes(c.spec.id));
    this.trackRecord?.applyLink(st.track);
    $<HTMLSelectElement>('#preset-select').value = '';
    this.showPresetInfo();
    // the comparison on screen belongs to the old view; the link's own (if any) runs once the page is up
    this.compare.invalidate();
    this.pendingComparison = st.compare;
    if (st.lang !== getLocale()) setLocale(st.lang); // relocalize() follows
    this.assumptions.render();
    this.syncPanels();
    this.refresh(true);
    this.announce(t('linkApplied'));
  }

  private bindControls(): void {
    $('#undo').addEventListener('click', () => this.undo());
    $('#redo').addEventListener('click', () => this.redo());
    $('#reset-levers').addEventListener('click', () => {
      this.history.commit(withoutLevers(this.history.state), t('resetLevers'));
      $<HTMLSelectElement>('#preset-select').value = '';
      this.showPresetInfo();
      this.syncPanels();
      this.refresh(true);
    });
    $('#reset-assumptions').addEventListener('click', () => {
      this.history.commit({ ...this.history.state, assumptions: {}, formulas: {} }, t('resetAssumptions'));
      this.assumptions.render();
      this.syncPanels();
      this.refresh(true);
    });
    $('#lang-toggle').addEventListener('click', () => {
      setLocale(getLocale() === 'nb' ? 'en' : 'nb');
      this.updateLink();
    });
    $('#charts').addEventListener('click', (e) => {
      if ((e.target as HTMLElement).closest('.table-toggle')) this.updateLink();
    });
    $('#export-deck').addEventListener('click', () => void this.exportDeck());
    let presentation: import('./presentation.ts').Presentation | undefined;
    $('#present').addEventListener('click', () => {
      // loaded on first use: it adds nothing to the first load
      void import('./presentation.ts').then(({ Presentation }) => {
        presentation ??= new Presentation(
          () => this.charts,
          (view) => {
            const d = view.current;
            const names = d?.compare ? d.compare.names.join(', ') : `${t('baseline')}, ${t('scenario')}`;
            return `${d?.regionName ?? ''} · ${names} · ${loc(view.spec.unit)}`;
          },
        );
        presentation.open();
      });
    });
    $('#copy-link').addEventListener('click', () => {
      this.updateLink();
      const done = () => this.announce(t('linkCopied'));
      if (navigator.clipboard?.writeText)
        navigator.clipboard.writeText(location.href).then(done, () => this.announce(t('linkCopyManual')));
      else this.announce(t('linkCopyManual'));
    });
    $('#mc-cancel').addEventListener('click', () => this.mc.cancel());
    $('#mc-retry').addEventListener('click', () => {
      this.mc.start();
      // the retry button hides while the run goes: the focus moves to its Avbryt
      $('#mc-cancel').focus();
    });
    $('#mc-run').addEventListener('click', () => this.mc.start());
    const runs = $<HTMLSelectElement>('#mc-runs');
    for (const n of MC_RUN_CHOICES)
      runs.add(new Option(formatNumber(n), String(n), n === this.mc.runs, n === this.mc.runs));
    if (!MC_RUN_CHOICES.includes(this.mc.runs)) runs.add(new Option(formatNumber(this.mc.runs), String(this.mc.runs)));
    runs.value = String(this.mc.runs);
    runs.addEventListener('change', () => {
      this.mc.runs = Number(runs.value);
      this.updateLink();
      this.mc.start();
    });
    const dialog = $<HTMLDialogElement>('#about-dialog');
    $('#about-open').addEventListener('click', () => {
      // loaded on first use: it adds nothing to the first load
      void import('./about.ts').then(({ aboutContent }) => {
        const body = $('#about-content');
        clear(body);
        body.append(aboutContent());
        dialog.showModal();
      });
    });
    $('#about-close').addEventListener('click', () => dialog.close());
    document.addEventListener('keydown', (e) => {
      const target = e.target as HTMLElement;
      const typing =
        target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text');
      if (typing || !(e.ctrlKey || e.metaKey)) return;
      if (e.key.toLowerCase() === 'z' && !e.shiftKey) {
        e.preventDefault();
        this.undo();
      } else if (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey)) {
        e.preventDefault();
        this.redo();
      }
    });
  }

  /** The local measures and data the requests use, for the stamp (each municipality once). */
  private localSummary(
    reqs: readonly RunRequest[],
    summary: typeof import('./export/stamp.ts').localPlanSummary,
  ): string[] {
    const lines = reqs.flatMap((q) =>
      summary(q.municipalities, Object.keys(q.levers), (code) => this.municipalityNames.get(code) ?? code),
    );
    return [...new Set(lines)];
  }

  /** The stamp for a chart's exports, in the UI language. */
  private async stampFor(view: ChartView, data: ChartData): Promise<string[]> {
    const { stampLines, localPlanSummary } = await import('./export/stamp.ts');
    const cmp = data.compare;
    return stampLines({
      local: this.localSummary(cmp ? (this.compareResult?.requests ?? []) : [this.request()], localPlanSummary),
      title: loc(view.spec.title),
      unit: loc(view.spec.unit),
      region: data.regionName,
      imputed: this.det?.imputedMembers ?? [],
      scenarios: cmp ? [...cmp.names] : [t('baseline'), t('scenario')],
      years: data.years,
      runs: cmp ? (this.compareResult?.runs[0]?.runs ?? null) : data.mc ? this.mc.runs : null,
      seed: MC_SEED,
      probability: view instanceof ProbabilityChartView,
      recalibrated: view instanceof ProbabilityChartView && (shownScenarios(data)?.[0]?.events.recalibrated ?? false),
      appVersion: __APP_VERSION__,
      dataVersion: __DATA_VERSION__,
      date: new Date(),
    });
  }

  /** Exports one chart with its stamp (exporters load on first use). */
  private async exportChart(view: ChartView, format: ExportFormat): Promise<void> {
    const data = view.current;
    if (!data) return;
    try {
      const stamp = await this.stampFor(view, data);
      const title = loc(view.spec.title);
      const file = `fastlegesimulatoren-${view.spec.id}-${this.region.replace(':', '-')}.${format}`;
      let blob: Blob;
      if (format === 'csv') {
        const ex = await import('./export/chartExport.ts');
        blob = new Blob([ex.chartCsv(view, data, stamp)], { type: 'text/csv;charset=utf-8' });
      } else if (format === 'xlsx') {
        blob = await (await import('./export/chartExport.ts')).chartXlsx(view, data, stamp);
      } else if (format === 'png') {
        blob = await (await import('./export/chartExport.ts')).chartPng(view, data, title, stamp);
      } else if (format === 'svg') {
        const svg = await (await import('./export/svg.ts')).chartSvg(view, data, title, stamp);
        blob = new Blob([svg], { type: 'image/svg+xml' });
      } else if (format === 'pdf') {
        blob = await (await import('./export/pdf.ts')).chartPdf(view, data, title, stamp);
      } else {
        blob = await (await import('./export/pptx.ts')).deckPptx(await this.deck([view]));
      }
      downloadBlob(file, blob);
      this.announce(t('exportDone', { file }));
    } catch (e) {
      this.error({ text: t('exportFailedGeneric'), detail: String((e as Error)?.message ?? e), dismissible: true });
    }
  }

  /** The comparison's difference and budget tables as CSV or Excel, with the stamp. */
  private async exportComparison(format: 'csv' | 'xlsx'): Promise<void> {
    const tables = this.compare.exportTables();
    const r = this.compareResult;
    if (!tables || !r) return;
    try {
      const [{ stampLines, localPlanSummary }, ex, { toCsv }] = await Promise.all([
        import('./export/stamp.ts'),
        import('./export/chartExport.ts'),
        import('./export/csv.ts'),
      ]);
      const regionName = this.regionName();
      const stamp = stampLines({
        title: t('compareDiffHeading'),
        local: this.localSummary(r.requests, localPlanSummary),
        unit: t('budgetHeading').toLowerCase(),
        region: regionName,
        imputed: this.det?.imputedMembers ?? [],
        scenarios: [...r.names],
        years: r.runs[0]!.years,
        runs: r.runs[0]!.runs,
        seed: MC_SEED,
        appVersion: __APP_VERSION__,
        dataVersion: __DATA_VERSION__,
        date: new Date(),
      });
      const file = `fastlegesimulatoren-sammenligning-${this.region.replace(':', '-')}.${format}`;
      const blob =
        format === 'csv'
          ? new Blob([toCsv(stamp, tables.header, tables.rows)], { type: 'text/csv;charset=utf-8' })
          : await ex.tableXlsx(stamp, tables.header, tables.rows);
      downloadBlob(file, blob);
      this.announce(t('exportDone', { file }));
    } catch (e) {
      this.error({ text: t('exportFailedGeneric'), detail: String((e as Error)?.message ?? e), dismissible: true });
    }
  }

  /** "Eksporter alle": one PowerPoint with every chart, the settings and the key figures. */
  private async exportDeck(): Promise<void> {
    try {
      const deck = await this.deck(this.charts);
      const blob = await (await import('./export/pptx.ts')).deckPptx(deck);
      const file = `fastlegesimulatoren-${this.region.replace(':', '-')}.pptx`;
      downloadBlob(file, blob);
      this.announce(t('exportDone', { file }));
    } catch (e) {
      this.error({ text: t('exportFailedGeneric'), detail: String((e as Error)?.message ?? e), dismissible: true });
    }
  }

  /** The deck for some charts: title slide, chart slides (medians per scenario), settings, key figures. */
  private async deck(views: readonly ChartView[]): Promise<Deck> {
    const charts: DeckChartSlide[] = [];
    for (const view of views) {
      const data = view.current;
      if (!data) continue;
      const series: DeckSeries[] = [];
      const colour = (i: number) => SERIES_COLOURS[i % SERIES_COLOURS.length]!.slice(1);
      const vals = (arr: readonly number[]) => arr.map((v) => (Number.isFinite(v) ? view.plotted(v) : null));
      if (view instanceof ProbabilityChartView) series.push(...view.deckSeries(data));
      else if (data.compare) {
        const cmp = data.compare;
        const main = view.spec.series.find((s, i) => s.band ?? i === 0)!.result;
        cmp.summaries.forEach((sum, j) =>
          series.push({ name: cmp.names[j]!, values: vals(sum[main].p50), dashed: j > 0, colour: colour(j) }),
        );
      } else {
        view.spec.series.forEach((s, i) => {
          const pre = view.spec.series.length > 1 ? `${loc(RESULT_SPECS.find((r) => r.id === s.result)!.label)}: ` : '';
          if (s.band ?? i === 0)
            series.push({
              name: `${pre}${t('baseline')}`,
              values: vals(lineOf(data, 'baseline', s.result)),
              dashed: true,
              colour: colour(i),
            });
          series.push({
            name: `${pre}${t('scenario')}`,
            values: vals(lineOf(data, 'current', s.result)),
            dashed: false,
            colour: colour(i),
          });
        });
      }
      charts.push({
        title: loc(view.spec.title),
        unit: loc(view.spec.unit),
        scale: view.spec.scale,
        years: data.years,
        series,
        stamp: await this.stampFor(view, data),
      });
    }
    const settingsRows: string[][] = [];
    // in a comparison: each compared scenario's settings, named; otherwise the scenario on screen
    const cmp = this.compareResult && this.compareResult.region === this.region ? this.compareResult : null;
    const sets = cmp
      ? cmp.requests.map((q, i) => ({ prefix: `${cmp.names[i]!}: `, req: q }))
      : [{ prefix: '', req: this.request() }];
    for (const { prefix, req } of sets) {
      const before = settingsRows.length;
      // the national settings, then each municipality's own (named)
      const leverSets: [string, Readonly<Record<string, LeverSetting>>][] = [
        ['', req.levers],
        ...Object.entries(req.municipalities ?? {}).map(
          ([code, p]): [string, Readonly<Record<string, LeverSetting>>] => [
            ` (${this.municipalityNames.get(code) ?? code})`,
            p.levers ?? {},
          ],
        ),
      ];
      for (const [where, levers] of leverSets)
        for (const [id, setting] of Object.entries(levers)) {
          const spec = getLever(id);
          if (!spec) continue;
          const o = overrideOfSetting(id, setting);
          const fromText = (y: number) => `${t('startYear').toLowerCase()} ${y}`;
          const steps = (o.steps ?? []).map((x) => `; ${displayLeverValue(spec, x.value)} ${fromText(x.from)}`);
          settingsRows.push([
            `${prefix}${loc(spec.label)}${where}`,
            `${displayLeverValue(spec, o.value)} (${fromText(o.from)}${steps.join('')}${
              o.until !== undefined ? `, ${t('untilSet', { year: o.until })}` : ''
            })`,
            displayLeverValue(spec, spec.default),
          ]);
        }
      for (const [id, v] of Object.entries(req.assumptions)) {
        const a = getAssumption(id);
        if (a) settingsRows.push([`${prefix}${loc(a.label)}`, formatNumber(v, 4), formatNumber(a.default, 4)]);
      }
      for (const [id, expr] of Object.entries(req.formulas)) settingsRows.push([`${prefix}${id}`, expr, '']);
      if (cmp && settingsRows.length === before) settingsRows.push([`${prefix}${t('deckNoChanges')}`, '', '']);
    }
    const cards = [...document.querySelectorAll<HTMLElement>('.kf-card')].map((c) => [
      c.querySelector('.kf-title')?.textContent ?? '',
      `${c.querySelector('.kf-number')?.textContent ?? ''} ${c.querySelector('.kf-unit')?.textContent ?? ''}`,
      c.querySelector('.kf-delta')?.textContent ?? '',
      // no interval while Monte Carlo has not finished (rather than "Usikkerhet beregnes …")
      this.mc.result ? (c.querySelector('.kf-band')?.textContent ?? '') : '–',
    ]);
    const regionName = this.regionName();
    return {
      title: `${t('appTitle')}: ${regionName}`,
      subtitle: `${t('deckSubtitle', { date: new Intl.DateTimeFormat(getLocale() === 'nb' ? 'nb-NO' : 'en-GB', { dateStyle: 'long' }).format(new Date()) })}`,
      charts,
      settings: {
        heading: t('deckSettings'),
        columns: [t('deckSetting'), t('deckValue'), t('baseline')],
        rows: settingsRows.length > 0 ? settingsRows : [[t('deckNoChanges'), '', '']],
      },
      keyFigures: {
        heading: t('keyFigures'),
        columns: [t('deckFigure'), t('deckValue'), t('deckChange'), t('deckInterval')],
        rows: cards,
      },
      footer: t('deckFooter', { version: __APP_VERSION__ }),
    };
  }

  /** The chosen region's name in the current language. */
  private regionName(): string {
    return regionLabel(this.picker.value);
  }

  private threads(): number {
    return Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
  }

  /** What can be compared: current policy, the scenario on screen, the presets and the saved scenarios. */
  private compareCandidates(): CompareCandidate[] {
    const region = () => this.region;
    const fromScenario =
      (
        levers: RunRequest['levers'],
        assumptions: RunRequest['assumptions'] = {},
        formulas: RunRequest['formulas'] = {},
        municipalities?: RunRequest['municipalities'],
      ) =>
      (): RunRequest => ({
        levers,
        assumptions,
        formulas,
        region: region(),
        endYear: END_YEAR,
        ...(municipalities ? { municipalities } : {}),
      });
    return [
      { key: 'baseline', name: t('baseline'), request: fromScenario({}) },
      { key: 'current', name: t('scenario'), request: () => this.request() },
      ...PRESETS.filter((p) => p.id !== 'baseline').map((p) => ({
        key: `preset:${p.id}`,
        name: loc(p.name),
        request: fromScenario(p.levers, p.assumptions ?? {}, p.formulas ?? {}),
      })),
      ...(this.scenarios?.list ?? []).map((s) => ({
        key: `saved:${s.id}`,
        name: s.name,
        request: fromScenario(s.levers, s.assumptions, s.formulas, s.municipalities),
      })),
    ];
  }

  /** Opens a saved scenario: levers, assumptions and formulas (one undo step), region and runs. */
  private openSaved(s: SavedScenario): void {
    const state = stateOfScenario(s);
    this.history.commit(state, t('opened', { name: s.name }));
    if (this.picker.select(s.region)) this.region = s.region;
    this.mc.runs = s.runs;
    const runs = $<HTMLSelectElement>('#mc-runs');
    if (![...runs.options].some((o) => o.value === String(s.runs)))
      runs.add(new Option(formatNumber(s.runs), String(s.runs)));
    runs.value = String(s.runs);
    $<HTMLSelectElement>('#preset-select').value = '';
    this.showPresetInfo();
    this.assumptions.render();
    this.syncPanels();
    this.refresh(true);
  }

  /** Keeps the address bar's hash in step with the view, so that copying the URL shares it. */
  private updateLink(): void {
    const req = this.request();
    const track = this.trackRecord?.linkTrack();
    const hash = encodeLink({
      lang: getLocale(),
      region: this.region,
      runs: this.mc.runs,
      levers: req.levers,
      assumptions: req.assumptions,
      formulas: req.formulas,
      ...(req.municipalities ? { municipalities: req.municipalities } : {}),
      tables: this.charts.filter((c) => c.tableShown).map((c) => c.spec.id),
      ...(this.compareResult && this.compareResult.region === this.region
        ? { compare: this.compare.linkComparison()! }
        : {}),
      ...(track ? { track } : {}),
    });
    history.replaceState(null, '', `#${hash}`);
    this.lastHash = location.hash;
  }

  /** The preset select; picking one replaces the levers, assumptions and formulas (one undo step). */
  private renderPresets(): void {
    const sel = $<HTMLSelectElement>('#preset-select');
    const current = sel.value;
    clear(sel);
    sel.add(new Option(t('presetChoose'), ''));
    for (const p of PRESETS) sel.add(new Option(loc(p.name), p.id));
    sel.value = current;
    sel.onchange = () => {
      const preset = PRESETS.find((p) => p.id === sel.value);
      this.showPresetInfo();
      if (!preset) return;
      const next = stateOfScenario(preset);
      this.history.commit(next, t('presetLoaded', { name: loc(preset.name) }));
      this.assumptions.render();
      this.syncPanels();
      this.refresh(true);
    };
    this.showPresetInfo();
  }

  private showPresetInfo(): void {
    const info = $('#preset-info');
    clear(info);
    const preset = PRESETS.find((p) => p.id === $<HTMLSelectElement>('#preset-select').value);
    if (!preset) return;
    if (preset.description) info.append(loc(preset.description));
    const cites = preset.citations ?? [];
    if (cites.length > 0) info.append(sourceList('', cites, []));
  }

  private undo(): void {
    const what = this.history.undo();
    this.announce(what ? t('undone', { what }) : t('nothingToUndo'));
    this.afterHistoryMove();
  }

  private redo(): void {
    const what = this.history.redo();
    if (what) this.announce(t('redone', { what }));
    this.afterHistoryMove();
  }

  private afterHistoryMove(): void {
    this.assumptions.sync();
    this.syncPanels();
    this.refresh(true);
  }

  private syncPanels(): void {
    this.levers.sync();
    this.municipal?.sync();
    this.assumptions.sync();
    $<HTMLButtonElement>('#undo').disabled = !this.history.canUndo();
    $<HTMLButtonElement>('#redo').disabled = !this.history.canRedo();
  }

  private request(): RunRequest {
    return requestOf(this.history.state, this.region);
  }

  /** Runs the deterministic model for the current state; on commit, Monte Carlo follows. */
  private refresh(committed: boolean): void {
    const req = this.request();
    const key = JSON.stringify(req);
    this.mc.requestChanged(key, committed);
    const state = this.history.state;
    if (committed) this.updateLink();
    const t0 = performance.now();
    this.client
      .deterministic(req)
      .then((res) => {
        if (!res) return; // replaced by a newer request
        this.lastGood = state;
        this.det = res;
        this.render();
        probe.renders++;
        probe.lastRenderMs = performance.now() - t0;
        probe.lastComputeMs = res.computeMs;
        this.error(null);
        if (this.pendingComparison) {
          const c = this.pendingComparison;
          this.pendingComparison = undefined;
          this.compare.openLinked(c, () => this.region, END_YEAR);
        } else if (committed && JSON.stringify(this.request()) === key) {
          this.mc.schedule();
        }
      })
      .catch((e: unknown) => {
        // in the user's words; a crashed or hung worker is not the state's fault and restores nothing
        const failure = runFailure(e);
        if (failure.rollback && JSON.stringify(requestOf(this.lastGood, this.region)) !== key) {
          // the state cannot run (a runaway or failing formula): back to the last state that ran, on screen too
          this.history.commit(this.lastGood, failure.notice.text);
          this.assumptions.render();
          this.syncPanels();
          this.syncFocused();
          this.refresh(true);
        }
        // stays until the user closes it (the restored state's own run does not hide it)
        this.error(failure.notice);
      });
  }

  private chartData(): ChartData | null {
    const det = this.det;
    if (!det) return null;
    const mc = this.mc.result;
    const state = this.history.state;
    const levers = changedLevers(state).map((id) => ({ year: leverFrom(state, id), label: loc(getLever(id)!.label) }));
    // the dated events of the municipality on screen are marked beside the levers' start years
    const region = this.picker.value;
    const events = region.type === 'kommune' ? (municipalPlanOf(state, region.code).events ?? []) : [];
    return {
      years: det.years,
      baseline: det.baseline,
      current: det.current,
      mc: mc
        ? {
            current: mc.result.current,
            baseline: mc.baseline,
            events: { current: mc.result.currentEvents, baseline: mc.baselineEvents },
          }
        : null,
      history: det.history,
      markers: buildMarkers(levers, events, (code) => this.municipalityNames.get(code) ?? code),
      regionName: this.regionName(),
      regionType: this.picker.value.type,
      compare: this.compareResult && this.compareResult.region === this.region ? this.compareResult : null,
    };
  }

  private render(): void {
    // a region chosen by a link, a saved scenario or Back shows its own panel too (no-op when unchanged)
    this.showMunicipal(this.picker.value);
    const data = this.chartData();
    this.keyFigures.update(data);
    if (data) for (const c of this.charts) c.update(data);
    $('#region-title').textContent = data?.regionName ?? '';
    this.trackRecord?.regionChanged();
    const note = $('#region-note');
    const imputed = this.det?.imputedMembers ?? [];
    note.textContent =
      imputed.length === 0
        ? ''
        : this.picker.value.type === 'kommune'
          ? t('regionImputed')
          : t('regionImputedSome', {
              list: imputed.length > 8 ? `${imputed.slice(0, 8).join(', ')} …` : imputed.join(', '),
            });
    note.hidden = imputed.length === 0;
    this.status('');
  }

  private renderMcStatus(): void {
    const s = this.mc.status;
    const text = $('#mc-status');
    const bar = $<HTMLProgressElement>('#mc-progress');
    const cancel = $<HTMLButtonElement>('#mc-cancel');
    bar.hidden = s.kind !== 'running';
    cancel.hidden = s.kind !== 'running';
    const failed = s.kind === 'failed';
    const retry = $<HTMLButtonElement>('#mc-retry');
    if (failed !== !retry.hidden || failed)
      renderNotice(
        $('#mc-error'),
        failed ? { text: t(s.reason === 'error' ? 'mcFailedError' : 'mcFailedCrash'), detail: s.detail } : null,
      );
    retry.hidden = !failed;
    if (s.kind === 'running') {
      bar.max = s.total ?? 1;
      bar.value = s.done ?? 0;
      text.textContent = t('mcRunning', { done: formatNumber(s.done ?? 0), total: formatNumber(s.total ?? 0) });
    } else if (s.kind === 'done') {
      text.textContent = t('mcDone', {
        runs: formatNumber(this.mc.runs),
        seed: MC_SEED,
        seconds: formatNumber(s.seconds ?? 0, 1),
      });
    } else if (s.kind === 'cancelled') text.textContent = t('mcCancelled');
    else if (s.kind === 'stale') text.textContent = t('mcStale');
    else if (s.kind === 'waiting') text.textContent = t('mcWaiting');
    else text.textContent = '';
  }

  private status(message: string): void {
    $('#app-status').textContent = message;
  }

  private announce(message: string): void {
    $('#announce').textContent = message;
  }

  /** A failure's message (null: hides a message that is not meant to stay; one with a close button stays). */
  private error(notice: Notice | null): void {
    if (notice === null && this.errorStays) return;
    this.errorStays = notice?.dismissible === true;
    renderNotice($('#app-error'), notice, {
      onDismiss: () => (this.errorStays = false),
      returnFocus: () => $('#results'),
    });
  }
  private errorStays = false;

  /**
   * After a restored state: a lever control that has the focus (the slider being moved) skips sync() so as not
   * to fight the user; it is brought in line too, so that what it shows is what runs.
   */
  private syncFocused(): void {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || !$('#levers').contains(active)) return;
    active.blur();
    this.levers.sync();
    active.focus();
  }

  private applyStaticTexts(): void {
    for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]'))
      el.textContent = t(el.dataset['i18n'] as StringKey);
    for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]'))
      el.setAttribute('aria-label', t(el.dataset['i18nLabel'] as StringKey));
    document.title = t('appTitle');
    $('#footer-text').textContent = t('footer', { version: __APP_VERSION__ });
  }

  private relocalize(): void {
    this.applyStaticTexts();
    this.picker.render();
    this.municipal?.render();
    this.renderPresets();
    this.scenarios.render();
    this.compare.render();
    this.levers.render();
    this.assumptions.render();
    this.syncPanels();
    for (const c of this.charts) c.render();
    this.render();
    this.renderMcStatus();
    const runs = $<HTMLSelectElement>('#mc-runs');
    for (const o of runs.options) o.text = formatNumber(Number(o.value));
  }
}

declare const __APP_VERSION__: string;
declare const __DATA_VERSION__: string;

const app = new App();
app.start().catch((e: unknown) => {
  const el = document.querySelector<HTMLElement>('#app-error');
  if (el) renderNotice(el, { text: t('startFailed'), detail: e instanceof Error ? e.message : String(e) });
});

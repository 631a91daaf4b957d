/**
 * The app: wires the region picker, the levers and assumptions panels, the key figures and the charts to the
 * simulation workers. Moving a slider previews with a deterministic run (sim/runSession.ts); a committed change is
 * recorded for undo and followed by a Monte Carlo run with progress and Avbryt (sim/mcRunner.ts). The comparison's
 * candidates, result and export live in compare/compareState.ts and compare/compareExport.ts, the exports of a chart
 * and the council report in export/pageExports.ts; this file keeps the DOM, the panels and the rendering.
 */
import '@fontsource-variable/inter';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles.css';
import { getLever } from '../levers/registry.ts';
import type { Locale } from '../levers/types.ts';
import { loadCitations, withCitations } from './citationsLazy.ts';
import { PRESETS, presetOnto, stateOfScenario } from './presets.ts';
import type { SavedScenario } from './scenarios/document.ts';
import { ScenarioPanel } from './scenarios/scenarioPanel.ts';
import { PageExports } from './export/pageExports.ts';
import { ComparePanel } from './compare/comparePanel.ts';
import { ComparisonState } from './compare/compareState.ts';
import { decodeLink, encodeLink, type LinkComparison, type LinkNamed, type LinkState } from './scenarios/shareLink.ts';
import { vetLink } from './scenarios/linkCheck.ts';
import { renderNotice, type Notice } from './notice.ts';
import { LazyAssumptionsPanel } from './assumptionsLazy.ts';
import { CHART_SPECS } from './chartSpecs.ts';
import { ChartView, type ChartData } from './chartView.ts';
import { ProbabilityChartView } from './probabilityChart.ts';
import { clear, h } from './dom.ts';
import { formatNumber } from './format.ts';
import { SteadyHeight } from './steadyHeight.ts';
import { getLocale, loadLocale, loc, onLocaleChange, setLocale, t, type StringKey } from './i18n.ts';
import { KeyFigures } from './keyFigures.ts';
import { LeversPanel } from './leversPanel.ts';
import { buildMarkers } from './municipal/plan.ts';
import type { MunicipalPanel, MunicipalPanelHost } from './municipal/startForm.ts';
import { RegionPicker, regionLabel } from './regionPicker.ts';
import { mountTrackRecord, type TrackRecordMount } from './trackRecord/mount.ts';
import { DEFAULT_ORIGIN } from './trackRecord/origins.ts';
import { MC_SEED, mcProgressText, McRunner } from './sim/mcRunner.ts';
import { RunCache } from './sim/runCache.ts';
import { SimClient } from './sim/simClient.ts';
import { RunSession, type RunTimings } from './sim/runSession.ts';
import type { RegionOption } from './sim/protocol.ts';
import {
  changedLevers,
  EMPTY_SCENARIO,
  END_YEAR,
  History,
  leverFrom,
  municipalPlanOf,
  scenarioKey,
  withoutLevers,
  type ScenarioOrigin,
  type ScenarioState,
} from './state.ts';

const MC_RUN_CHOICES = [100, 200, 500, 1000];

const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;

/** Timing marks for the latency benchmark (read by the e2e scripts). */
interface PerfProbe extends RunTimings {
  mcDone: number;
}
const probe: PerfProbe = { renders: 0, lastRenderMs: 0, lastComputeMs: 0, mcDone: 0 };
(window as unknown as { __fls: PerfProbe }).__fls = probe;

/** The scenario's name as a share link carries it (a preset by id; a saved scenario by name, changed or not). */
function linkNamed(state: ScenarioState, origin: ScenarioOrigin | null): LinkNamed | undefined {
  if (!origin) return undefined;
  const edited = origin.edited === true || scenarioKey(state) !== scenarioKey(origin.state);
  if (origin.preset) return { preset: origin.preset, ...(edited ? { edited } : {}) };
  return { name: typeof origin.name === 'string' ? origin.name : loc(origin.name), ...(edited ? { edited } : {}) };
}

/** The origin of a scenario restored from a share link, from what the link names (else "Ditt scenario"). */
function linkOrigin(state: ScenarioState, named: LinkNamed | undefined): ScenarioOrigin | null {
  const preset = named?.preset ? PRESETS.find((p) => p.id === named.preset) : undefined;
  // (the preset as loaded onto the link's own assumptions and municipalities' plans: presetOnto)
  if (preset)
    return {
      name: preset.name,
      state: presetOnto(preset, state),
      preset: preset.id,
      ...(named?.edited ? { edited: true } : {}),
    };
  if (named?.name) return { name: named.name, state, ...(named.edited ? { edited: true } : {}) };
  return null;
}

/**
 * The language a share link opens in: its own, else a municipality's written standard (nynorsk or bokmål; the list
 * loads only for such a link), else bokmål.
 */
async function languageOfLink(st: LinkState): Promise<Locale> {
  if (st.lang) return st.lang;
  if (!st.region.startsWith('kommune:')) return 'nb';
  return (await import('./scenarios/linkLanguage.ts')).linkLanguage(st.region);
}

class App {
  private readonly client = new SimClient();
  private readonly history = new History(EMPTY_SCENARIO);
  private region = 'national';
  /** Monte Carlo runs the page has made, by request, for a comparison to take instead of running them again. */
  private readonly runCache = new RunCache();
  /** The scenario's Monte Carlo: when it runs, its cache of baselines, its result and status (sim/mcRunner.ts). */
  private readonly mc = new McRunner(
    this.client,
    {
      request: () => this.session.request(),
      isComparing: () => this.compare.isRunning,
      threads: () => this.threads(),
      onStatus: (s) => {
        this.renderMcStatus();
        // the key figures say when the uncertainty was stopped, and again when it runs
        if (s.kind === 'cancelled' || this.mcWasCancelled) this.keyFigures.update(this.chartData());
        // the charts held their height for the band (ChartView.holdHeight), which is not coming now
        if (s.kind === 'cancelled' || s.kind === 'failed') for (const c of this.charts) c.releaseHeight();
        this.mcWasCancelled = s.kind === 'cancelled';
      },
      onResult: () => {
        probe.mcDone++;
        this.render();
      },
    },
    this.runCache,
  );
  /** The deterministic run of the scenario on screen: last good state, rollback, hand-over (sim/runSession.ts). */
  private readonly session: RunSession = new RunSession(
    this.client,
    this.mc,
    {
      state: () => this.history.state,
      region: () => this.region,
      committed: () => {
        this.compare.sync();
        this.updateLink();
      },
      show: () => this.render(),
      notice: (notice) => this.error(notice),
      restore: (state, what) => {
        this.history.commit(state, what);
        this.assumptions.render();
        this.syncPanels();
        this.syncFocused();
      },
      openComparison: (c) => this.compare.openLinked(c, () => this.region, END_YEAR),
    },
    probe,
  );
  private mcWasCancelled = false;
  private picker!: RegionPicker;
  private scenarios!: ScenarioPanel;
  private compare!: ComparePanel;
  /** What can be compared, the comparison's last result and the one that holds for the view (compare/compareState.ts). */
  private readonly comparison = new ComparisonState({
    region: () => this.region,
    isStale: () => this.compare.isStale,
    scenarioName: () => this.history.displayName,
    scenario: () => this.history.state,
    request: () => this.session.request(),
    saved: () => this.scenarios?.list ?? [],
  });
  private trackRecord: TrackRecordMount | null = null;
  /** A chart's, the comparison's and the council report's exports (export/pageExports.ts). */
  private readonly exports = new PageExports({
    charts: () => this.charts,
    session: this.session,
    mc: this.mc,
    comparison: this.comparison,
    compare: () => this.compare,
    scenarioName: () => this.history.displayName,
    region: () => this.picker.value,
    regionName: () => this.regionName(),
    municipalityNames: () => this.municipalityNames,
    trackOrigin: () => this.trackRecord?.origin() ?? DEFAULT_ORIGIN,
    announce: (message) => this.announce(message),
    error: (notice) => this.error(notice),
  });
  /** The map, risk list and peers (issue #16; map/mount.ts, loaded when a panel is first opened). */
  private mapMount: import('./map/mount.ts').MapMount | null = null;
  private mapLoad: Promise<import('./map/mount.ts').MapMount> | null = null;
  private loadMap!: () => Promise<import('./map/mount.ts').MapMount>;
  /** The switch of the charts' reference lines (issue #16; their note and lines come with the map's code). */
  private readonly refBox = h('input', { type: 'checkbox', id: 'ref-lines' });
  /** "Hva betyr mest? · Hva skal til?" (issue #17; analysis/analysisPanel.ts, loaded when first opened). */
  private analysis: import('./analysis/analysisPanel.ts').AnalysisPanel | null = null;
  /** The regions the data knows (a link naming another is refused). */
  private knownRegions: ReadonlySet<string> = new Set();
  /** Municipality names by number (for the export stamp's local measures). */
  private municipalityNames: ReadonlyMap<string, string> = new Map();
  /** The hash updateLink() last wrote: a hashchange to it is the app's own, not a pasted link. */
  private lastHash = '';
  private levers!: LeversPanel;
  private assumptions!: LazyAssumptionsPanel;
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
  private readonly keyFigures = new KeyFigures($('#key-figures'), $('#kf-definition'));
  /** The key figures keep their height when the uncertainty arrives (issue #15). */
  private otherLanguageFetched = false;
  private readonly steadyKf = new SteadyHeight($('#key-figures').parentElement!);
  /** The Monte Carlo bar: its status wraps to more lines while running on a phone; it never shrinks under the charts. */
  private readonly steadyMc = new SteadyHeight($('.mc-bar'));
  private steadyRegion = '';
  /** The charts in page order; the probabilities follow the share of residents without a GP. */
  private readonly charts = CHART_SPECS.flatMap((s) =>
    s.id === 'withoutGpShare' ? [new ChartView(s), new ProbabilityChartView()] : [new ChartView(s)],
  );

  async start(): Promise<void> {
    this.refBox.onchange = () => {
      void this.loadMap().then((m) => m.wantLines(this.refBox.checked));
      this.updateLink();
    };
    $('#charts').before(
      h('div', { class: 'ref-lines' }, this.refBox, h('label', { for: 'ref-lines', 'data-i18n': 'refLines' })),
    );
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
      // a comparison on screen (or running) runs again for the new region, and says so
      this.compare.regionChanged(regionLabel(o));
      // the local levers show the new municipality's own settings (or the national ones)
      this.levers.sync();
      this.showMunicipal(o);
      this.session.refresh(true);
    });
    this.compare = new ComparePanel(
      $('#compare'),
      () => this.comparison.candidates(),
      {
        runs: (req, onProgress) => {
          // a scenario the page has run already (on screen, current policy) is not run again
          const kept = this.runCache.get(req, this.mc.runs, MC_SEED);
          if (kept) return Promise.resolve(kept);
          return this.client.monteCarlo(req, this.mc.runs, MC_SEED, false, this.threads(), onProgress).then((r) => {
            this.runCache.set(req, r.currentRuns);
            return r.currentRuns;
          });
        },
        cancel: () => this.client.cancelMonteCarlo(),
      },
      () => ({
        value: this.region,
        name: this.regionName(),
      }),
      (r) => {
        this.comparison.setResult(r);
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
      regionName: (value) => {
        const o = regions.find((r) => r.value === value);
        return o ? regionLabel(o) : value;
      },
      named: (name) => {
        this.history.setOrigin({ name, state: this.history.state });
        this.render();
        this.updateLink();
      },
      changed: () => this.compare.render(),
      checkFormula: this.checkFormula,
    });
    if (link.ok) {
      // a share link restores the whole view; saved scenarios are never touched by a link
      const st = link.state;
      const state = stateOfScenario(st);
      this.history.reset(state, linkOrigin(state, st.named));
      if (this.picker.select(st.region)) this.region = st.region;
      this.mc.runs = st.runs;
      for (const c of this.charts) c.setTable(st.tables.includes(c.spec.id));
      linkedComparison = st.compare;
      const lang = await languageOfLink(st);
      if (lang !== getLocale()) {
        await loadLocale(lang);
        setLocale(lang);
        this.applyStaticTexts();
        this.picker.render();
        for (const c of this.charts) c.render();
      }
    } else if (link.error) {
      this.showLinkError(link.error, 'localized' in link);
      history.replaceState(null, '', location.pathname + location.search);
    }
    this.compare.onExport = (format) => void this.exports.exportComparison(format);
    this.compare.render();
    this.trackRecord = mountTrackRecord(
      $('#track-record'),
      () => this.picker.value,
      () => this.updateLink(),
    );
    if (link.ok) this.trackRecord.applyLink(link.state.track);
    this.bindMap(regions);
    if (link.ok) this.applyMapLink(link.state);
    this.bindAnalysis();
    void this.scenarios.init();
    // a linked comparison runs once the page is up (its Monte Carlo replaces the page's own)
    if (linkedComparison) this.session.openAfterRun(linkedComparison);
    const handlers = {
      preview: (s: ScenarioState) => {
        this.history.preview(s);
        this.levers.sync();
        this.session.refresh(false);
      },
      commit: (s: ScenarioState, what: string) => {
        this.history.commit(s, what);
        this.syncPanels();
        this.session.refresh(true);
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
    this.assumptions = new LazyAssumptionsPanel(
      $('#assumptions'),
      $<HTMLDetailsElement>('.assumptions-panel'),
      () => this.history.state,
      handlers,
      this.client,
    );
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
      c.onExport = (view, format) => void this.exports.exportChart(view, format);
      grid.append(c.root);
    }
    this.bindControls();
    onLocaleChange(() => this.relocalize());
    window.addEventListener('hashchange', () => void this.followHash());
    this.session.refresh(true);
  }

  /** "Kart og rangering" and "Kommuner som ligner": their code (map/mount.ts) loads when either is first opened. */
  private bindMap(regions: readonly RegionOption[]): void {
    const load = () =>
      (this.mapLoad ??= import('./map/mount.ts').then(({ mountMap }) => {
        this.mapMount = mountMap($('#map-root'), $('#map-status'), $('#peers'), {
          client: this.client,
          seed: MC_SEED,
          request: () => this.session.request(),
          region: () => this.picker.value,
          selectRegion: (value) => {
            const o = regions.find((r) => r.value === value);
            if (o) this.picker.pick(o);
          },
          announce: (text) => this.announce(text),
          scenarioNames: () => [t('baseline'), this.history.displayName],
          mapChanged: () => this.updateLink(),
          linesChanged: () => {
            if (this.session.result) this.render();
          },
          refBox: this.refBox,
        });
        return this.mapMount;
      }));
    this.loadMap = load;
    const map = $<HTMLDetailsElement>('#map-details');
    map.addEventListener('toggle', () => {
      if (map.open) void load().then((m) => m.openMap());
      else this.updateLink();
    });
    const peers = $<HTMLDetailsElement>('#peers-details');
    peers.addEventListener('toggle', () => {
      if (peers.open) void load().then((m) => m.openPeers());
    });
  }

  /** The analysis panel (issue #17): its code loads the first time it is opened. */
  private bindAnalysis(): void {
    const details = $<HTMLDetailsElement>('#analysis-details');
    details.addEventListener('toggle', () => {
      if (!details.open || this.analysis) return;
      void import('./analysis/analysisPanel.ts').then(({ AnalysisPanel }) => {
        this.analysis ??= new AnalysisPanel($('#analysis-root'), {
          client: this.client,
          seed: MC_SEED,
          runs: () => this.mc.runs,
          request: () => this.session.request(),
          region: () => this.picker.value,
          regionName: () => this.regionName(),
          scenarioName: () => this.history.displayName,
          state: () => this.history.state,
          commit: (next, what) => {
            this.history.commit(next, what);
            this.syncPanels();
            this.session.refresh(true);
          },
          saveScenario: (s) => this.scenarios.saveExternal(s),
          current: (id, year) => {
            const det = this.session.result;
            const i = det?.years.indexOf(year) ?? -1;
            return i >= 0 ? (det!.current[id][i] ?? null) : null;
          },
          announce: (text) => this.announce(text),
        });
      });
    });
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
    const linked = stateOfScenario(st);
    this.history.commit(linked, t('linkApplied'), linkOrigin(linked, st.named));
    if (this.picker.select(st.region)) this.region = st.region;
    this.mc.runs = st.runs;
    const runs = $<HTMLSelectElement>('#mc-runs');
    if (![...runs.options].some((o) => o.value === String(st.runs)))
      runs.add(new Option(formatNumber(st.runs), String(st.runs)));
    runs.value = String(st.runs);
    for (const c of this.charts) c.setTable(st.tables.includes(c.spec.id));
    this.trackRecord?.applyLink(st.track);
    this.applyMapLink(st);
    $<HTMLSelectElement>('#preset-select').value = '';
    this.showPresetInfo();
    // the comparison on screen belongs to the old view; the link's own (if any) runs once the page is up
    this.compare.invalidate();
    this.session.openAfterRun(st.compare);
    const lang = await languageOfLink(st);
    if (lang !== getLocale()) {
      await loadLocale(lang);
      setLocale(lang); // relocalize() follows
    }
    this.assumptions.render();
    this.syncPanels();
    this.session.refresh(true);
    this.announce(t('linkApplied'));
  }

  private bindControls(): void {
    $('#undo').addEventListener('click', () => this.undo());
    $('#redo').addEventListener('click', () => this.redo());
    $('#reset-levers').addEventListener('click', () => {
      this.history.commit(withoutLevers(this.history.state), t('resetLevers'), null);
      $<HTMLSelectElement>('#preset-select').value = '';
      this.showPresetInfo();
      this.syncPanels();
      this.session.refresh(true);
    });
    $('#reset-assumptions').addEventListener('click', () => {
      this.history.commit({ ...this.history.state, assumptions: {}, formulas: {} }, t('resetAssumptions'));
      this.assumptions.render();
      this.syncPanels();
      this.session.refresh(true);
    });
    const langs = $('#lang-toggle');
    const chosen = (e: Event) => (e.target as HTMLElement).closest<HTMLElement>('[data-lang]')?.dataset['lang'];
    langs.addEventListener('click', (e) => {
      const next = chosen(e);
      if (next !== 'nb' && next !== 'nn' && next !== 'en') return;
      // English and nynorsk come in chunks of their own the first time (a locked-down PC serves them from the same host)
      void loadLocale(next).then(() => {
        setLocale(next);
        this.updateLink();
      });
    });
    // nynorsk is fetched when the user reaches for it (pointer or focus), so the click switches at once
    const intent = (e: Event) => {
      if (chosen(e) === 'nn') void loadLocale('nn');
    };
    langs.addEventListener('pointerover', intent);
    langs.addEventListener('focusin', intent);
    $('#charts').addEventListener('click', (e) => {
      if ((e.target as HTMLElement).closest('.table-toggle')) this.updateLink();
    });
    $('#export-deck').addEventListener('click', () => void this.exports.exportDeck());
    // skip and jump links move the focus without touching the hash (the hash is the share link)
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a.skip-link, a.jump-link'))
      link.addEventListener('click', (e) => {
        const target = document.querySelector<HTMLElement>(link.getAttribute('href') ?? '');
        if (!target) return;
        e.preventDefault();
        target.focus({ preventScroll: true });
        target.scrollIntoView({ block: 'start' });
      });
    let presentation: import('./presentation.ts').Presentation | undefined;
    $('#present').addEventListener('click', () => {
      // loaded on first use: it adds nothing to the first load
      void import('./presentation.ts').then(({ Presentation }) => {
        presentation ??= new Presentation(
          () => this.charts,
          (view) => {
            const d = view.current;
            const names = d?.compare ? d.compare.names.join(', ') : `${t('baseline')}, ${this.history.displayName}`;
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

  /** The chosen region's name in the current language. */
  private regionName(): string {
    return regionLabel(this.picker.value);
  }

  private threads(): number {
    return Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
  }

  /** Opens a saved scenario: levers, assumptions and formulas (one undo step), region and runs. */
  private openSaved(s: SavedScenario): void {
    const state = stateOfScenario(s);
    this.history.commit(state, t('opened', { name: s.name }), { name: s.name, state });
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
    this.session.refresh(true);
  }

  /** Keeps the address bar's hash in step with the view, so that copying the URL shares it. */
  private updateLink(): void {
    const req = this.session.request();
    const track = this.trackRecord?.linkTrack();
    const named = linkNamed(this.history.state, this.history.origin);
    const map = $<HTMLDetailsElement>('#map-details').open ? this.mapMount?.linkMap() : undefined;
    const hash = encodeLink({
      lang: getLocale(),
      region: this.region,
      runs: this.mc.runs,
      levers: req.levers,
      assumptions: req.assumptions,
      formulas: req.formulas,
      ...(req.municipalities ? { municipalities: req.municipalities } : {}),
      tables: this.charts.filter((c) => c.tableShown).map((c) => c.spec.id),
      ...(this.comparison.live() ? { compare: this.compare.linkComparison()! } : {}),
      ...(track ? { track } : {}),
      ...(named ? { named } : {}),
      ...(map ? { map } : {}),
      ...(this.refBox.checked ? { refs: true } : {}),
    });
    history.replaceState(null, '', `#${hash}`);
    this.lastHash = location.hash;
  }

  /**
   * The preset select and its "Bruk scenario" button: choosing in the list (arrow keys included) only shows the
   * preset's description; the button, or Enter in the list, replaces the levers, assumptions and formulas (one
   * undo step), and the scenario is then named after the preset.
   */
  private renderPresets(): void {
    const sel = $<HTMLSelectElement>('#preset-select');
    const current = sel.value;
    clear(sel);
    sel.add(new Option(t('presetChoose'), ''));
    for (const p of PRESETS) sel.add(new Option(loc(p.name), p.id));
    sel.value = current;
    sel.onchange = () => this.showPresetInfo();
    sel.onkeydown = (e) => {
      if (e.key !== 'Enter') return;
      e.preventDefault();
      this.applyPreset();
    };
    let hint = document.querySelector<HTMLElement>('#preset-apply-hint');
    let apply = document.querySelector<HTMLButtonElement>('#preset-apply');
    if (!hint || !apply) {
      hint = h('span', { id: 'preset-apply-hint', class: 'visually-hidden' });
      apply = h('button', {
        type: 'button',
        id: 'preset-apply',
        class: 'ds-button',
        'data-variant': 'secondary',
        'data-size': 'sm',
      });
      apply.addEventListener('click', () => this.applyPreset());
      sel.setAttribute('aria-describedby', 'preset-apply-hint');
      sel.after(apply, hint);
    }
    hint.textContent = t('presetApplyHint');
    apply.textContent = t('presetApply');
    this.showPresetInfo();
  }

  /** Loads the preset chosen in the list (nothing chosen: says how). */
  private applyPreset(): void {
    const preset = PRESETS.find((p) => p.id === $<HTMLSelectElement>('#preset-select').value);
    if (!preset) {
      this.announce(t('presetApplyHint'));
      return;
    }
    const next = presetOnto(preset, this.history.state);
    const name = loc(preset.name);
    // current policy loaded is no scenario of its own: it stays "Ditt scenario"
    this.history.commit(
      next,
      t('presetLoaded', { name }),
      preset.id === 'baseline' ? null : { name: preset.name, state: next, preset: preset.id },
    );
    this.assumptions.render();
    this.syncPanels();
    this.session.refresh(true);
    this.announce(t('presetLoaded', { name }));
  }

  private showPresetInfo(): void {
    const info = $('#preset-info');
    clear(info);
    const preset = PRESETS.find((p) => p.id === $<HTMLSelectElement>('#preset-select').value);
    if (!preset) return;
    if (preset.description) info.append(loc(preset.description));
    const cites = preset.citations ?? [];
    if (cites.length === 0) return;
    withCitations(({ sourceList }) => {
      // still the preset on show when the citations arrive, and its sources not shown yet
      if ($<HTMLSelectElement>('#preset-select').value === preset.id && !info.querySelector('.sources'))
        info.append(sourceList('', cites, []));
    });
    void loadCitations();
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
    this.session.refresh(true);
  }

  private syncPanels(): void {
    this.levers.sync();
    this.municipal?.sync();
    this.assumptions.sync();
    $<HTMLButtonElement>('#undo').disabled = !this.history.canUndo();
    $<HTMLButtonElement>('#redo').disabled = !this.history.canRedo();
  }

  private chartData(): ChartData | null {
    const det = this.session.result;
    if (!det) return null;
    const mc = this.mc.result;
    const state = this.history.state;
    const levers = changedLevers(state).map((id) => ({ year: leverFrom(state, id), label: loc(getLever(id)!.label) }));
    // the dated events of the municipality on screen are marked beside the levers' start years
    const region = this.picker.value;
    const events = region.type === 'kommune' ? (municipalPlanOf(state, region.code).events ?? []) : [];
    const references = this.refBox.checked ? this.mapMount?.references(!!this.comparison.live()) : undefined;
    return {
      years: det.years,
      baseline: det.baseline,
      current: det.current,
      mc: mc
        ? {
            current: mc.result.current,
            baseline: mc.baseline,
            events: { current: mc.result.currentEvents, baseline: mc.baselineEvents },
            ...(mc.currentRuns && mc.baselineRuns
              ? { runs: { current: mc.currentRuns, baseline: mc.baselineRuns } }
              : {}),
          }
        : null,
      ...(det.ownMeasures ? { ownMeasures: det.ownMeasures } : {}),
      ...(det.standing ? { standing: det.standing } : {}),
      history: det.history,
      markers: buildMarkers(levers, events, (code) => this.municipalityNames.get(code) ?? code),
      regionName: this.regionName(),
      regionType: this.picker.value.type,
      compare: this.comparison.live(),
      scenarioName: this.history.displayName,
      mcStopped: !mc && this.mc.status.kind === 'cancelled',
      ...(references ? { references } : {}),
    };
  }

  /** A link's map (open in its state, or closed) and reference lines: the map's code applies them (map/mount.ts). */
  private applyMapLink(st: LinkState): void {
    if (st.map || st.refs || this.mapMount) void this.loadMap().then((m) => m.applyLink(st.map, !!st.refs));
  }

  private render(): void {
    // a region chosen by a link, a saved scenario or Back shows its own panel too (no-op when unchanged)
    this.showMunicipal(this.picker.value);
    const data = this.chartData();
    if (data && !this.otherLanguageFetched) {
      // English is fetched once the first result is on screen (not part of the first load), so the toggle switches
      // at once; nynorsk, larger, when the user reaches for it (bindControls); a click waits for what is not there yet
      this.otherLanguageFetched = true;
      setTimeout(() => {
        void loadLocale('en');
        void loadCitations();
      }, 0);
    }
    // until Monte Carlo has run each card holds room for its intervals (its ghost, keyFigures.ts); then no shrinking
    // (a new region may move things)
    this.keyFigures.update(data);
    if (this.region !== this.steadyRegion) {
      this.steadyRegion = this.region;
      this.steadyKf.reset();
      this.steadyMc.reset();
    }
    this.steadyKf.settle();
    if (data) for (const c of this.charts) c.update(data);
    $('#region-title').textContent = data?.regionName ?? '';
    this.trackRecord?.regionChanged();
    $('#peers-details').hidden = this.picker.value.type !== 'kommune';
    this.mapMount?.changed();
    this.analysis?.changed();
    const note = $('#region-note');
    const imputed = this.session.result?.imputedMembers ?? [];
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
      text.textContent = mcProgressText(s);
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
    this.steadyMc.settle();
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
    for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-title]'))
      el.title = t(el.dataset['i18nTitle'] as StringKey);
    document.title = t('appTitle');
    for (const b of document.querySelectorAll<HTMLElement>('#lang-toggle [data-lang]'))
      b.setAttribute('aria-pressed', String(b.dataset['lang'] === getLocale()));
    $('#footer-text').textContent = t('footer', { version: __APP_VERSION__ });
  }

  private relocalize(): void {
    this.steadyKf.reset();
    this.steadyMc.reset();
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

const app = new App();
app.start().catch((e: unknown) => {
  const el = document.querySelector<HTMLElement>('#app-error');
  if (el) renderNotice(el, { text: t('startFailed'), detail: e instanceof Error ? e.message : String(e) });
});

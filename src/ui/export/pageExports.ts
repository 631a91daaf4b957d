/**
 * The page's exports: one chart in any format with its stamp and caveats, the comparison's tables, and the council
 * report (PowerPoint and PDF). What they need from the page comes through PageExportsHost; the exporters themselves
 * load on first use, so none of them adds to the first load.
 */
import { COMPARISON_FILE, comparisonExport } from '../compare/compareExport.ts';
import type { ComparePanel } from '../compare/comparePanel.ts';
import type { ComparisonState } from '../compare/compareState.ts';
import type { ChartData, ChartView } from '../chartView.ts';
import { hasMeanLines } from '../chartSpecs.ts';
import { downloadBlob } from '../download.ts';
import type { ExportFormat } from '../exportMenu.ts';
import { loc, t } from '../i18n.ts';
import type { Notice } from '../notice.ts';
import { ProbabilityChartView, shownScenarios, standingValues } from '../probabilityChart.ts';
import { MC_SEED, type McRunner } from '../sim/mcRunner.ts';
import type { RegionOption, RunRequest } from '../sim/protocol.ts';
import type { RunSession } from '../sim/runSession.ts';

declare const __APP_VERSION__: string;
declare const __DATA_VERSION__: string;

/** What the exports read from the page. */
export interface PageExportsHost {
  readonly charts: () => readonly ChartView[];
  readonly session: RunSession;
  readonly mc: McRunner;
  readonly comparison: ComparisonState;
  readonly compare: () => ComparePanel;
  /** The scenario on screen's display name. */
  readonly scenarioName: () => string;
  readonly region: () => RegionOption;
  readonly regionName: () => string;
  /** Municipality names by number (the stamp's local measures). */
  readonly municipalityNames: () => ReadonlyMap<string, string>;
  /** The Treffsikkerhet panel's start year (the report's "how well has the model done"). */
  readonly trackOrigin: () => number;
  readonly announce: (message: string) => void;
  readonly error: (notice: Notice) => void;
}

export class PageExports {
  constructor(private readonly host: PageExportsHost) {}

  /** The local measures and data the requests use, for the stamp (each municipality once). */
  private localSummary(reqs: readonly RunRequest[], summary: typeof import('./stamp.ts').localPlanSummary): string[] {
    const names = this.host.municipalityNames();
    const lines = reqs.flatMap((q) =>
      summary(q.municipalities, Object.keys(q.levers), (code) => names.get(code) ?? code),
    );
    return [...new Set(lines)];
  }

  /** The stamp for a chart's exports, in the UI language (`title`: one series' slide of a comparison's report). */
  async stampFor(view: ChartView, data: ChartData, title?: string): Promise<string[]> {
    const { stampLines, localPlanSummary } = await import('./stamp.ts');
    const { session, comparison, mc } = this.host;
    const cmp = data.compare;
    return stampLines({
      local: this.localSummary(cmp ? (comparison.result?.requests ?? []) : [session.request()], localPlanSummary),
      title: title ?? loc(view.spec.title),
      unit: loc(view.spec.unit),
      region: data.regionName,
      imputed: session.result?.imputedMembers ?? [],
      scenarios: cmp ? [...cmp.names] : [t('baseline'), this.host.scenarioName()],
      years: data.years,
      runs: cmp ? (comparison.result?.runs[0]?.runs ?? null) : data.mc ? mc.runs : null,
      seed: MC_SEED,
      probability: view instanceof ProbabilityChartView,
      mean: hasMeanLines(view.spec),
      pooled: view instanceof ProbabilityChartView && (shownScenarios(data)?.[0]?.events.pooled ?? false),
      ...(view instanceof ProbabilityChartView && data.standing && standingValues(data)
        ? { standing: { start: data.standing.untilYear, from: data.standing.fromYear, until: data.standing.untilYear } }
        : {}),
      appVersion: __APP_VERSION__,
      dataVersion: __DATA_VERSION__,
      date: new Date(),
    });
  }

  /** Exports one chart with its stamp and caveats (exporters load on first use). */
  async exportChart(view: ChartView, format: ExportFormat): Promise<void> {
    const data = view.current;
    if (!data) return;
    try {
      const { stampWithCautions } = await import('./stamp.ts');
      const plainStamp = await this.stampFor(view, data);
      // the chart's caveats travel with it (the PowerPoint slide carries them through the report's deck)
      const cautions = view.cautions(data);
      const stamp = stampWithCautions(plainStamp, cautions, format === 'png' || format === 'svg' || format === 'pdf');
      const title = loc(view.spec.title);
      const { exportFileName } = await import('./fileName.ts');
      const cmpNames = data.compare ? [loc(COMPARISON_FILE)] : [this.host.scenarioName()];
      const file = exportFileName([title, data.regionName, ...cmpNames], format);
      let blob: Blob;
      if (format === 'pptx') {
        const { reportDeck } = await import('./report/collect.ts');
        const deck = await reportDeck(this.reportContext(), { views: [view], brief: true });
        blob = await (await import('./pptx.ts')).deckPptx(deck);
      } else blob = await (await import('./chartFile.ts')).chartFileBlob(view, data, title, stamp, format);
      this.done(file, blob);
    } catch (e) {
      this.failed(e);
    }
  }

  /** The comparison's difference and budget tables as CSV or Excel, with the stamp (compare/compareExport.ts). */
  async exportComparison(format: 'csv' | 'xlsx'): Promise<void> {
    const tables = this.host.compare().exportTables();
    const r = this.host.comparison.result;
    if (!tables || !r) return;
    try {
      const { file, blob } = await comparisonExport(format, tables, r, {
        regionName: () => this.host.regionName(),
        imputed: () => this.host.session.result?.imputedMembers ?? [],
        localSummary: (reqs, summary) => this.localSummary(reqs, summary),
        appVersion: __APP_VERSION__,
        dataVersion: __DATA_VERSION__,
      });
      this.done(file, blob);
    } catch (e) {
      this.failed(e);
    }
  }

  /** What the report and the PowerPoint exports need from the page (report/collect.ts). */
  reportContext(): import('./report/collect.ts').ReportContext {
    const { session, comparison, mc } = this.host;
    return {
      views: this.host.charts(),
      regionName: this.host.regionName(),
      compare: comparison.live(),
      request: session.request(),
      scenarioName: this.host.scenarioName(),
      mc: mc.result,
      municipalityNames: this.host.municipalityNames(),
      stampFor: (view, data, title) => this.stampFor(view, data, title),
      appVersion: __APP_VERSION__,
      region: this.host.region(),
      trackOrigin: this.host.trackOrigin(),
    };
  }

  /** "Rapport til kommunestyret": the council report as a PowerPoint deck and an A4 PDF (loaded on first use). */
  async exportDeck(): Promise<void> {
    try {
      const files = await (await import('./report/collect.ts')).councilReport(this.reportContext());
      for (const f of files) downloadBlob(f.name, f.blob);
      this.host.announce(t('exportDone', { file: files.map((f) => f.name).join(', ') }));
    } catch (e) {
      this.failed(e);
    }
  }

  private done(file: string, blob: Blob): void {
    downloadBlob(file, blob);
    this.host.announce(t('exportDone', { file }));
  }

  private failed(e: unknown): void {
    this.host.error({
      text: t('exportFailedGeneric'),
      detail: String((e as Error)?.message ?? e),
      dismissible: true,
    });
  }
}

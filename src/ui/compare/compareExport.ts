/**
 * The comparison's export file: its difference and budget tables (comparePanel.ts exportTables) as one CSV or
 * Excel sheet under the stamp (title, region, scenarios, runs and seed, local measures), named after the word
 * "sammenligning" and the region. The exporters load on first use; the page downloads the file.
 */
import { loc, t } from '../i18n.ts';
import type { RunRequest } from '../sim/protocol.ts';
import { MC_SEED } from '../sim/mcRunner.ts';
import type { CompareResult } from './comparePanel.ts';

/** The word a comparison's export files are named by. */
export const COMPARISON_FILE = { nb: 'sammenligning', nn: 'samanlikning', en: 'comparison' } as const;

type LocalPlanSummary = typeof import('../export/stamp.ts').localPlanSummary;

/** The tables as comparePanel.ts exportTables() gives them. */
export interface ComparisonTables {
  readonly header: string[];
  readonly rows: (string | number | undefined)[][];
}

/** What the stamp needs from the page (asked once the exporters have loaded). */
export interface ComparisonExportPage {
  regionName(): string;
  /** The region's municipalities with imputed start values. */
  imputed(): readonly string[];
  /** The local measures and data the requests use, each municipality once. */
  localSummary(reqs: readonly RunRequest[], summary: LocalPlanSummary): string[];
  readonly appVersion: string;
  readonly dataVersion: string;
}

/** The comparison's tables as a file: its name and content. */
export async function comparisonExport(
  format: 'csv' | 'xlsx',
  tables: ComparisonTables,
  r: CompareResult,
  page: ComparisonExportPage,
): Promise<{ file: string; blob: Blob }> {
  const [{ stampLines, localPlanSummary }, ex, { toCsv }] = await Promise.all([
    import('../export/stamp.ts'),
    import('../export/chartExport.ts'),
    import('../export/csv.ts'),
  ]);
  const regionName = page.regionName();
  const stamp = stampLines({
    title: t('compareDiffHeading'),
    local: page.localSummary(r.requests, localPlanSummary),
    unit: t('budgetHeading').toLowerCase(),
    region: regionName,
    imputed: page.imputed(),
    scenarios: [...r.names],
    years: r.runs[0]!.years,
    runs: r.runs[0]!.runs,
    seed: MC_SEED,
    appVersion: page.appVersion,
    dataVersion: page.dataVersion,
    date: new Date(),
  });
  const { exportFileName } = await import('../export/fileName.ts');
  const file = exportFileName([loc(COMPARISON_FILE), regionName], format);
  const blob =
    format === 'csv'
      ? new Blob([toCsv(stamp, tables.header, ex.roundedTableRows(tables.rows))], {
          type: 'text/csv;charset=utf-8',
        })
      : await ex.tableXlsx(stamp, tables.header, tables.rows);
  return { file, blob };
}

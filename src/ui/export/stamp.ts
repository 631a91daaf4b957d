/**
 * The stamp every export carries, in the language of the UI: chart title and region (with a note when start values
 * are imputed), scenario names, horizon, seed and runs (or "one deterministic run"; whether the lines are the runs'
 * median or mean; for a chart of probabilities, that each value is the share of the runs in which the event happens
 * that year, and what its base-rate line of municipalities that stood alike counts), model and data version, date,
 * and the sources. DOM-free: tested in Node.
 */
import type { MunicipalScenarios } from '../../engine/run/municipalScenario.ts';
import { getLever } from '../../levers/registry.ts';
import { SEED_CITATIONS } from '../../levers/seedCitations.ts';
import { loc, localeTag, t, type StringKey } from '../i18n.ts';
import '../strings/later.ts';

export interface StampInput {
  readonly title: string;
  readonly unit: string;
  readonly region: string;
  /** Municipalities of the region whose GP start values are imputed. */
  readonly imputed: readonly string[];
  readonly scenarios: readonly string[];
  readonly years: readonly number[];
  /** Monte Carlo runs and seed, or null for a deterministic run. */
  readonly runs: number | null;
  readonly seed: number;
  /** The chart shows probabilities (per year, the share of the runs in which an event happens), not a median. */
  readonly probability?: boolean;
  /** The chart's lines are the runs' mean, not their median (chartSpecs.ts ChartSeries.line). */
  readonly mean?: boolean;
  /** The probabilities were pooled with the base rate from where the municipality stands (run/eventCalibration.ts). */
  readonly pooled?: boolean;
  /**
   * The chart has a municipality's base-rate line ("Kommuner som sto likt"): its start year, the rows' years, and its
   * event (at least one list without a GP, the app's; 5 % or more, Treffsikkerhet's).
   */
  readonly standing?:
    | {
        readonly start: number;
        /** The rows' first year (the app's line says it; Treffsikkerhet's says "up to" only). */
        readonly from: number;
        readonly until: number;
        readonly event?: 'anyList';
      }
    | { readonly start: number; readonly until: number; readonly event: 'share5' };
  /** Local measures and data in use ("Bindal (…, egne tall, 2 hendelser)"; localPlanSummary), or none. */
  readonly local?: readonly string[];
  readonly appVersion: string;
  readonly dataVersion: string;
  readonly date: Date;
}

/** The publishers of the source documents, for the source line. */
export function sourcePublishers(): string[] {
  return [...new Set(SEED_CITATIONS.map((s) => s.publisher))];
}

/** What the stamp says the Monte Carlo numbers are: probabilities (pooled or not), or a median or mean with its band. */
function monteCarloKey(s: StampInput): StringKey {
  if (s.probability) return s.pooled ? 'stampProbabilityPooled' : 'stampProbability';
  return s.mean ? 'stampMonteCarloMean' : 'stampMonteCarlo';
}

export function stampLines(s: StampInput): string[] {
  const tag = localeTag();
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long' }).format(s.date);
  const first = s.years[0] ?? 0;
  const last = s.years[s.years.length - 1] ?? 0;
  const lines = [
    `${s.title} – ${s.region} (${s.unit})`,
    `${t('stampScenarios')}: ${s.scenarios.join(', ')} · ${t('stampYears', { first, last })} · ${
      s.runs === null
        ? t('stampDeterministic')
        : t(monteCarloKey(s), {
            runs: s.runs,
            seed: s.seed,
          })
    }`,
    `Fastlegesimulatoren ${s.appVersion} · ${t('stampData', { version: s.dataVersion })} · ${t('stampMade', { date })}`,
    `${t('stampSources')}: Statistisk sentralbyrå (SSB), Helsedirektoratet, Helfo, Kartverket · ${sourcePublishers().join(', ')}`,
  ];
  if (s.standing) {
    const st = s.standing;
    lines.push(
      st.event === 'share5'
        ? t('stampStandingShare', { start: st.start, until: st.until })
        : t('stampStanding', { start: st.start, from: st.from, until: st.until }),
    );
  }
  if (s.local && s.local.length > 0) lines.push(t('stampLocal', { list: s.local.join('; ') }));
  if (s.imputed.length > 0)
    lines.push(
      t('stampImputed', {
        list: s.imputed.length > 6 ? `${s.imputed.slice(0, 6).join(', ')} …` : s.imputed.join(', '),
      }),
    );
  return lines;
}

/** Characters a line of an image's or a PDF's stamp holds at its usual size (longer ones are shrunk to fit). */
export const STAMP_LINE_CHARS = 140;

/** Text broken at spaces into lines of at most `max` characters (a longer word stands alone on its line). */
export function wrapText(text: string, max = STAMP_LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The stamp with the chart's caveats after it (chartCautions.ts: a steep first-year fall, a median at 0 beside a real
 * chance of a list without a GP, how far ahead the band is tried), so that they travel with an exported figure as they
 * do with the council report's: whole sentences for a table (CSV, Excel), broken into lines for an image or a PDF
 * (`wrap`), whose stamp lines are each drawn on one line.
 */
export function stampWithCautions(stamp: readonly string[], cautions: readonly string[], wrap: boolean): string[] {
  return [...stamp, ...(wrap ? cautions.flatMap((c) => wrapText(c)) : cautions)];
}

/**
 * What of a municipality's own plan a scenario uses, one entry per municipality in the UI's language: its own
 * measures (the local levers it sets), "egne tall" when it has its own start figures, and its dated events
 * ("Bindal (Andel nye avtaler med fastlønn, egne tall, 2 hendelser)"); and local levers set for all municipalities
 * ("alle kommuner (…)"). `nameOf` gives a municipality's name from its number.
 */
export function localPlanSummary(
  municipalities: MunicipalScenarios | undefined,
  nationalLocalLevers: readonly string[],
  nameOf: (code: string) => string,
): string[] {
  const out: string[] = [];
  const label = (id: string) => {
    const spec = getLever(id);
    return spec ? loc(spec.label) : id;
  };
  const all = nationalLocalLevers.filter((id) => getLever(id)?.scope === 'local');
  if (all.length > 0) out.push(`${t('stampLocalAll')} (${all.map(label).join(', ')})`);
  for (const [code, plan] of Object.entries(municipalities ?? {})) {
    const parts = Object.keys(plan.levers ?? {}).map(label);
    if (plan.start && Object.keys(plan.start).length > 0) parts.push(t('stampLocalStart'));
    const n = plan.events?.length ?? 0;
    if (n > 0) parts.push(n === 1 ? t('stampLocalEvent') : t('stampLocalEvents', { n }));
    if (parts.length > 0) out.push(`${nameOf(code)} (${parts.join(', ')})`);
  }
  return out;
}

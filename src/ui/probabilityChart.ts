/**
 * The probabilities chart: per year, the share of Monte Carlo runs in which at least one list is without a GP and
 * in which at least 5 % of the residents are without a GP, for the scenario (solid, with markers) and current
 * policy (dashed), or for each compared scenario (colour, dash and marker each); for a municipality, beside them, how
 * often municipalities that stood where it stood at the start had a list without a GP as many years later (grey, dotted,
 * plus signs: a naive forecast without a model, keyFigures.ts standingDefinition). A small municipality's outcome is
 * 0 or a whole list, which a probability says better than a median under a wide band. Drawn only once Monte
 * Carlo has run; until then the figure says that it follows. The table view, exports, slides and the text
 * summary come from ChartView.
 */
import type { ChartDataset } from 'chart.js';
import {
  summarizeEvents,
  type EventBase,
  type EventScope,
  type McEvents,
  type McRuns,
} from '../engine/run/mcSummary.ts';
import { EVENT_MAPS, eventScopeOfType, poolingNote } from './eventMaps.ts';
import { PROBABILITY_CHART } from './chartSpecs.ts';
import { ChartView, COMPARE_DASHES, POINT_STYLES, SERIES_COLOURS, type ChartData } from './chartView.ts';
import type { DeckSeries } from './export/deck.ts';
import { formatNumber, formatPercent, formatProbability } from './format.ts';
import { standingDefinition } from './keyFigures.ts';
import { loc, t, type StringKey } from './i18n.ts';

/**
 * The probabilities the chart plots, in order (each has its colour in a single scenario, its marker and width
 * always). In a small municipality one list is more than 5 % of the residents, so the two lines often coincide:
 * the second is drawn wider beneath the first, and both stay visible.
 */
export const PROBABILITY_EVENTS = ['pAnyListWithoutGp', 'pShareAtLeast5pct'] as const;
export type ProbabilityEvent = (typeof PROBABILITY_EVENTS)[number];

const EVENT_LABELS: Record<ProbabilityEvent, StringKey> = {
  pAnyListWithoutGp: 'probAnyList',
  pShareAtLeast5pct: 'probShare5Short',
};

export function eventLabel(id: ProbabilityEvent): string {
  return t(EVENT_LABELS[id]);
}

interface Shown {
  readonly name: string;
  readonly events: McEvents;
  /** Current policy in the single-scenario view (dashed). */
  readonly baseline: boolean;
}

/**
 * Each compared scenario's runs counted once (the comparison result keeps its runs), again only if the base rates they
 * are pooled with change (they come with the deterministic result, which may arrive after the comparison).
 */
const eventsOfRuns = new WeakMap<McRuns, { scope: EventScope; standing: EventBase | undefined; events: McEvents }>();
function eventsOf(runs: McRuns, scope: EventScope, standing: EventBase | undefined): McEvents {
  const hit = eventsOfRuns.get(runs);
  if (hit && hit.scope === scope && hit.standing === standing) return hit.events;
  const events = summarizeEvents(runs, scope, standing ? EVENT_MAPS : undefined, standing);
  eventsOfRuns.set(runs, { scope, standing, events });
  return events;
}

/** The scenarios the chart shows: the compared ones, or current policy and the scenario; null before Monte Carlo. */
export function shownScenarios(data: ChartData): Shown[] | null {
  const cmp = data.compare ?? null;
  if (cmp) {
    const runs = cmp.runs;
    if (!runs || runs.length !== cmp.names.length) return null;
    // a municipality's runs pooled with the base rates from where it stands (as the key figures have them)
    const scope = eventScopeOfType(data.regionType);
    const standing = scope === 'municipality' ? data.standing : undefined;
    return runs.map((r, j) => ({ name: cmp.names[j]!, events: eventsOf(r, scope, standing), baseline: false }));
  }
  const ev = data.mc?.events;
  if (!ev) return null;
  return [
    { name: t('baseline'), events: ev.baseline, baseline: true },
    { name: data.scenarioName ?? t('scenario'), events: ev.current, baseline: false },
  ];
}

/** The base-rate line's colour: a neutral grey with 7:1 contrast on white (WCAG AA for lines needs 3:1). */
const STANDING_COLOUR = '#595959';

/**
 * A municipality's base rates of "at least one list without a GP" by year of the chart (fractions; null where there
 * were too few cases), once the probabilities are shown; null for other regions.
 */
export function standingValues(data: ChartData): { name: string; values: (number | null)[] } | null {
  const s = data.standing;
  if (!s || data.regionType !== 'kommune' || !shownScenarios(data)) return null;
  const values = data.years.map((y) => {
    const k = s.years.indexOf(y);
    return k >= 0 ? (s.pAnyListWithoutGp[k] ?? null) : null;
  });
  return { name: t('standingSeries', { start: s.untilYear }), values };
}

export class ProbabilityChartView extends ChartView {
  constructor() {
    super(PROBABILITY_CHART);
  }

  protected override pending(data: ChartData): string | null {
    return shownScenarios(data) ? null : t('probPending');
  }

  /** Whole per cent: a share of a few hundred runs has no decimals worth showing. */
  override format(v: number): string {
    return formatPercent(v / 100, 0);
  }

  /** None of the projection charts' caveats: no band and no median here; the note and the stamp say what a value is. */
  override cautions(): string[] {
    return [];
  }

  protected override noteText(data: ChartData): string {
    const shown = shownScenarios(data);
    if (!shown) return '';
    // how a run counts "at least one list without a GP" (mcSummary.ts EventScope)
    const counted = t(eventScopeOfType(data.regionType) === 'municipality' ? 'probCountMunicipality' : 'probCountArea');
    const note = `${t('probNote', { runs: formatNumber(shown[0]!.events.runs) })} ${counted}`;
    const withMaps = shown[0]!.events.pooled ? `${note} ${poolingNote()}` : note;
    // (without the key figures' sentence on the weights: poolingNote says it here)
    const standing = standingValues(data) ? standingDefinition(data, false) : '';
    return standing ? `${withMaps} ${standing}` : withMaps;
  }

  protected override datasets(data: ChartData): ChartDataset<'line', { x: number; y: number }[]>[] {
    const shown = shownScenarios(data) ?? [];
    const compared = !!data.compare;
    const out: ChartDataset<'line', { x: number; y: number }[]>[] = [];
    PROBABILITY_EVENTS.forEach((id, i) => {
      shown.forEach((s, j) => {
        const colour = SERIES_COLOURS[(compared ? j : i) % SERIES_COLOURS.length]!;
        out.push({
          label: `${eventLabel(id)}: ${s.name}`,
          data: s.events.years.map((x, k) => ({ x, y: s.events[id][k]! * 100 })),
          borderColor: colour,
          backgroundColor: colour,
          borderDash: compared ? COMPARE_DASHES[j % COMPARE_DASHES.length]! : s.baseline ? [6, 4] : [],
          borderWidth: (s.baseline ? 2 : 3) * (i === 0 ? 1 : 2),
          pointStyle: POINT_STYLES[i % POINT_STYLES.length],
          pointRadius: s.baseline ? 0 : i === 0 ? 3 : 5,
          fill: false,
        });
      });
    });
    const standing = standingValues(data);
    if (standing)
      out.push({
        label: standing.name,
        data: data.years.flatMap((x, k) => (standing.values[k] === null ? [] : [{ x, y: standing.values[k]! * 100 }])),
        borderColor: STANDING_COLOUR,
        backgroundColor: STANDING_COLOUR,
        borderDash: [2, 3],
        borderWidth: 2,
        // (a plus, not the history's rotated cross: chartView.ts reads crossRot as history)
        pointStyle: 'cross',
        pointBorderWidth: 2,
        pointRadius: 5,
        fill: false,
      });
    return out;
  }

  protected override summary(data: ChartData): string {
    const shown = shownScenarios(data) ?? [];
    const n = data.years.length - 1;
    const y1 = data.years[n]!;
    const at = (ev: McEvents, id: ProbabilityEvent, k: number) => formatProbability(ev[id][k]!);
    const scenario = shown.find((s) => !s.baseline);
    const base = shown.find((s) => s.baseline);
    const summary =
      scenario && base
        ? t('probSummary', {
            first: at(scenario.events, 'pAnyListWithoutGp', 0),
            y0: data.years[0]!,
            last: at(scenario.events, 'pAnyListWithoutGp', n),
            y1,
            base: at(base.events, 'pAnyListWithoutGp', n),
            share: at(scenario.events, 'pShareAtLeast5pct', n),
          })
        : t('probSummaryCompare', {
            y1,
            list: shown.map((s) => `${s.name} ${at(s.events, 'pAnyListWithoutGp', n)}`).join(', '),
          });
    return t('chartAlt', { title: loc(this.spec.title), region: data.regionName, summary });
  }

  /**
   * Per probability, current policy and the scenario (or each compared scenario), years down; for a municipality also
   * the runs' own shares and the base rate.
   */
  override tableColumns(data: ChartData): {
    years: number[];
    cols: { head: string; value: (year: number) => number | undefined }[];
  } {
    const shown = shownScenarios(data) ?? [];
    const cols: { head: string; value: (year: number) => number | undefined }[] = [];
    for (const id of PROBABILITY_EVENTS)
      for (const s of shown) {
        const values = s.events[id];
        const years = s.events.years;
        cols.push({
          head: `${eventLabel(id)}: ${s.name}`,
          value: (y) => {
            const k = years.indexOf(y);
            return k >= 0 ? values[k] : undefined;
          },
        });
      }
    // where the probabilities are pooled with the base rates (a municipality), the runs' own shares of "at least one
    // list" beside them in the table, so an analyst sees both parts of the mix (the chart keeps to the pooled lines)
    for (const s of shown) {
      if (!s.events.pooled) continue;
      const values = s.events.pAnyListWithoutGpRuns;
      const years = s.events.years;
      cols.push({
        head: t('runsOnlySeries', { name: s.name }),
        value: (y) => {
          const k = years.indexOf(y);
          return k >= 0 ? values[k] : undefined;
        },
      });
    }
    const standing = standingValues(data);
    if (standing)
      cols.push({
        head: standing.name,
        value: (y) => standing.values[data.years.indexOf(y)] ?? undefined,
      });
    return { years: [...data.years], cols };
  }

  /** The slide's lines: as on the page (current policy and compared scenarios after the first dashed). */
  deckSeries(data: ChartData): DeckSeries[] {
    const shown = shownScenarios(data) ?? [];
    const compared = !!data.compare;
    const lines: DeckSeries[] = PROBABILITY_EVENTS.flatMap((id, i) =>
      shown.map((s, j) => ({
        name: `${eventLabel(id)}: ${s.name}`,
        values: s.events[id].map((p) => p * 100),
        dashed: compared ? j > 0 : s.baseline,
        colour: SERIES_COLOURS[(compared ? j : i) % SERIES_COLOURS.length]!.slice(1),
      })),
    );
    const standing = standingValues(data);
    if (standing)
      lines.push({
        name: standing.name,
        values: standing.values.map((p) => (p === null ? null : p * 100)),
        dashed: true,
        colour: STANDING_COLOUR.slice(1),
      });
    return lines;
  }
}

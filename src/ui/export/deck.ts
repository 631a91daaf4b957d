/**
 * What a PowerPoint deck holds, as plain data (DOM-free): a title slide, one slide per chart (a native line
 * chart of the medians per scenario, with the stamp), a slide with the lever and assumption settings that differ
 * from the baseline, and a key-figure table. main.ts assembles it; pptx.ts writes it.
 */
import type { ChartScale } from '../chartSpecs.ts';

export interface DeckSeries {
  readonly name: string;
  /** One value per year (null where there is none), in the chart's units (see ChartView.plotted). */
  readonly values: readonly (number | null)[];
  /** Drawn dashed (the baseline, or a compared scenario after the first). */
  readonly dashed: boolean;
  /** Colour as "RRGGBB". */
  readonly colour: string;
}

export interface DeckChartSlide {
  readonly title: string;
  /** Axis title: the unit. */
  readonly unit: string;
  readonly scale: ChartScale;
  readonly years: readonly number[];
  readonly series: readonly DeckSeries[];
  /** The stamp, shown on the slide and in the notes. */
  readonly stamp: readonly string[];
}

export interface DeckTable {
  readonly heading: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface Deck {
  readonly title: string;
  readonly subtitle: string;
  readonly charts: readonly DeckChartSlide[];
  /** Levers and assumptions that differ from the baseline (name, value, baseline value / start year). */
  readonly settings: DeckTable;
  readonly keyFigures: DeckTable;
  /** Footer on every slide (source line). */
  readonly footer: string;
}

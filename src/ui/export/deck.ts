/**
 * What a PowerPoint deck or council report holds, as plain data (DOM-free): a title slide, a plain-language summary,
 * the key figures, one slide per chart (native chart: the p10-p90 band per scenario under the medians, the observed
 * history and a line at the projection's start, the region in the title, the stamp once), how well the model's hindcast
 * did there, the comparison's difference and budget tables, the settings that differ from current policy, and the
 * sources with their links. report/build.ts assembles it; pptx.ts and report/pdf.ts write it.
 */
import type { ChartScale } from '../chartSpecs.ts';

/** OOXML preset dashes the writers know (PDF maps them to dash patterns). */
export type DeckDash = 'solid' | 'dash' | 'sysDot' | 'lgDashDot';

export interface DeckSeries {
  readonly name: string;
  /** One value per year of the chart (null where there is none), in the chart's units (see ChartView.plotted). */
  readonly values: readonly (number | null)[];
  /** Drawn dashed (the baseline, or a compared scenario after the first). */
  readonly dashed: boolean;
  /** The dash pattern when it is not a plain dash (compared scenarios each get their own). */
  readonly dash?: DeckDash;
  /** Colour as "RRGGBB". */
  readonly colour: string;
  /** The observed history: a thin dotted line with crosses. */
  readonly history?: boolean;
}

/** A scenario's 80 % interval (p10-p90 over the Monte Carlo runs), drawn as a shaded band under the lines. */
export interface DeckBand {
  readonly name: string;
  /** Per year of the chart (null outside the projection). */
  readonly p10: readonly (number | null)[];
  readonly p90: readonly (number | null)[];
  /** Colour as "RRGGBB" (drawn transparent). */
  readonly colour: string;
}

/** A vertical line at a year (the projection's start, a lever's start). */
export interface DeckMarker {
  readonly year: number;
  readonly label: string;
  /** The projection's start (drawn stronger). */
  readonly start?: boolean;
}

export interface DeckChartSlide {
  /** The title with the region ("Innbyggere uten fastlege – Bindal"). */
  readonly title: string;
  /** Axis title: the unit. */
  readonly unit: string;
  readonly scale: ChartScale;
  /** The chart's years (history and projection), the categories. */
  readonly years: readonly number[];
  readonly series: readonly DeckSeries[];
  readonly bands?: readonly DeckBand[];
  readonly markers?: readonly DeckMarker[];
  /** What the band and lines are (one line under the chart). */
  readonly caption?: string;
  /** The stamp, shown once on the slide (at the bottom) and in the notes. */
  readonly stamp: readonly string[];
}

export interface DeckTable {
  readonly heading: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** A line under the table (e.g. what the interval means). */
  readonly note?: string;
}

export interface DeckLink {
  readonly text: string;
  readonly url?: string;
}

export interface Deck {
  readonly title: string;
  readonly subtitle: string;
  /** A plain-language summary (the council report). */
  readonly summary?: { readonly heading: string; readonly paragraphs: readonly string[] };
  readonly keyFigures: DeckTable;
  readonly charts: readonly DeckChartSlide[];
  /** How well the model's hindcast did for the region (the council report; Treffsikkerhet in plain words). */
  readonly trackRecord?: { readonly heading: string; readonly paragraphs: readonly string[] };
  /** The comparison's difference and budget tables, when a comparison is shown. */
  readonly tables?: readonly DeckTable[];
  /** Levers and assumptions that differ from the baseline, per scenario. */
  readonly settings: DeckTable;
  readonly sources?: { readonly heading: string; readonly items: readonly DeckLink[] };
  /** Footer on the slides without a stamp (source line). */
  readonly footer: string;
}

/**
 * Reference lines for the charts (issue #16), DOM-free: for the region on screen, the mean of its "kommuner som
 * ligner" (peers.ts, the five the peers table lists; unweighted, over those with a value in the year), its county
 * and the country. Only outcomes a comparison means something for get lines: the share without a GP, the mean list
 * length and legevakt hours per participant; counts (residents without a GP, GPs, lists, costs) follow a
 * municipality's size and get none. All from the map's ONE national run (sim/mapCompute.ts): observed 2015-2025,
 * then projected under the scenario on screen, or under current policy when that is what the lines hold (the
 * scenario changes nothing for them, or a comparison is on screen). The legend names which.
 */
import type { ResultId } from '../../engine/index.ts';
import type { Localized } from '../../levers/types.ts';
import type { ReferenceLine } from '../chartView.ts';
import { loc, t } from '../i18n.ts';
import '../strings/later.ts';
import type { MapOutcome, RegionOption } from '../sim/protocol.ts';
import { aggregateAt, valueAt, type MapNumbers } from './mapData.ts';
import { peersOf } from './peers.ts';

/** The charts' results that have a comparable outcome in the map's run. */
export const REFERENCE_OUTCOMES: readonly (readonly [ResultId, MapOutcome])[] = [
  ['residentsWithoutGpShare', 'withoutGpShare'],
  ['meanListLength', 'meanListLength'],
  ['onCallHoursPerParticipantPerMonth', 'onCallHours'],
];

/** Reference lines: purple, brown and grey (each ≥ 3:1 on white), each with its own dash, marker and slide dash. */
export const REFERENCE_STYLES: Readonly<Record<ReferenceLine['kind'], Pick<ReferenceLine, 'draw' | 'deck'>>> = {
  peers: style('#6A3D9A', [10, 3, 2, 3], 'star', 'lgDashDot'),
  county: style('#8C510A', [3, 3], 'rectRounded', 'sysDot'),
  country: style('#4D4D4D', [14, 5], 'cross', 'dash'),
};

function style(
  colour: string,
  dash: number[],
  point: 'star' | 'rectRounded' | 'cross',
  deck: ReferenceLine['deck']['dash'],
): Pick<ReferenceLine, 'draw' | 'deck'> {
  return {
    draw: {
      borderColor: colour,
      backgroundColor: colour,
      borderDash: dash,
      borderWidth: 2,
      pointStyle: point,
      pointRadius: 3,
      fill: false,
    },
    deck: { dash: deck, colour: colour.slice(1) },
  };
}

/** Which run the projected part holds. */
export type ReferenceView = 'baseline' | 'current';

export interface ReferenceSet {
  /** The peers (indices in series order): those of peersOf, as the peers table lists them; empty but for a municipality. */
  readonly peers: readonly number[];
  /** The county's key ("fylke:18") when a municipality is on screen, else null. */
  readonly county: string | null;
  readonly view: ReferenceView;
  /** Lines with at least one value, unnamed, in REFERENCE_OUTCOMES order (peers, county, country each). */
  readonly lines: readonly Omit<ReferenceLine, 'name' | 'draw' | 'deck'>[];
}

/** The unweighted mean of the municipalities' values (those with one); NaN when none has. */
export function meanOf(
  n: MapNumbers,
  members: readonly number[],
  outcome: MapOutcome,
  view: ReferenceView,
  year: number,
): number {
  let sum = 0;
  let k = 0;
  for (const m of members) {
    const v = valueAt(n, outcome, view, m, year);
    if (Number.isFinite(v)) {
      sum += v;
      k++;
    }
  }
  return k > 0 ? sum / k : NaN;
}

/** The reference lines of a region under a view (observed years are the same in both). */
export function referenceSet(
  n: MapNumbers,
  region: Pick<RegionOption, 'type' | 'code'>,
  view: ReferenceView,
): ReferenceSet {
  const muns = n.series.municipalities;
  const m = region.type === 'kommune' ? muns.findIndex((r) => r.code === region.code) : -1;
  const peers = m >= 0 ? peersOf(n, m).map((p) => p.m) : [];
  const county = m >= 0 ? `fylke:${muns[m]!.county}` : null;
  const points = (at: (year: number) => number) =>
    n.series.years.flatMap((year) => {
      const value = at(year);
      return Number.isFinite(value) ? [{ year, value }] : [];
    });
  const lines: Omit<ReferenceLine, 'name' | 'draw' | 'deck'>[] = [];
  for (const [result, o] of REFERENCE_OUTCOMES) {
    if (peers.length > 0) lines.push({ result, kind: 'peers', points: points((y) => meanOf(n, peers, o, view, y)) });
    if (county) lines.push({ result, kind: 'county', points: points((y) => aggregateAt(n, county, o, view, y)) });
    if (region.type !== 'national')
      lines.push({ result, kind: 'country', points: points((y) => aggregateAt(n, 'national', o, view, y)) });
  }
  return { peers, county, view, lines: lines.filter((l) => l.points.length > 0) };
}

const same = (a: ReferenceSet, b: ReferenceSet): boolean =>
  a.lines.length === b.lines.length &&
  a.lines.every((l, i) => {
    const q = b.lines[i]!.points;
    return l.points.length === q.length && l.points.every((p, j) => p.year === q[j]!.year && p.value === q[j]!.value);
  });

const L = {
  peers: { nb: 'Kommuner som ligner (snitt)', nn: 'Kommunar som liknar (snitt)', en: 'Similar municipalities (mean)' },
  peersOf: {
    nb: 'Kommuner som ligner {name}: {list} (uvektet snitt), med {county} og hele landet.',
    nn: 'Kommunar som liknar {name}: {list} (uvekta snitt), med {county} og heile landet.',
    en: 'Municipalities similar to {name}: {list} (unweighted mean), with {county} and the country.',
  },
  countryOnly: {
    nb: '{name} mot hele landet.',
    nn: '{name} mot heile landet.',
    en: '{name} against the country.',
  },
  source: {
    nb: 'Observert til {year}, deretter framskrevet: {scenario}. Linjene finnes for andel uten fastlege, listelengde og legevakttimer per deltaker, ikke for antall, som følger kommunens størrelse.',
    nn: 'Observert til {year}, deretter framskrive: {scenario}. Linjene finst for delen utan fastlege, listelengd og legevakttimar per deltakar, ikkje for tal, som følgjer storleiken på kommunen.',
    en: 'Observed to {year}, then projected: {scenario}. Lines are drawn for the share without a GP, list length and legevakt hours per participant, not for counts, which follow a municipality’s size.',
  },
  none: {
    nb: 'Hele landet har ingen referanselinjer: velg en kommune, et fylke eller en sentralitetsklasse.',
    nn: 'Heile landet har ingen referanselinjer: vel ein kommune, eit fylke eller ein sentralitetsklasse.',
    en: 'The whole country has no reference lines: choose a municipality, a county or a centrality class.',
  },
  computing: {
    nb: 'Beregner referanselinjene (én kjøring for hele landet) …',
    nn: 'Bereknar referanselinjene (éi køyring for heile landet) …',
    en: 'Computing the reference lines (one run for the whole country) …',
  },
} as const satisfies Record<string, Localized>;

/** A text of this module in the page's language, placeholders filled. */
export function refText(key: keyof typeof L, vars: Readonly<Record<string, string | number>> = {}): string {
  return loc(L[key]).replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

export interface NamedReferences {
  readonly lines: ReferenceLine[];
  /** What the lines are, in a sentence or three (shown under the switch). */
  readonly note: string;
  readonly set: ReferenceSet;
}

/**
 * The lines for the charts, named for the legend ("Kommuner som ligner (snitt) – Ditt scenario"): the scenario on
 * screen, unless a comparison is on screen or the scenario changes nothing for these lines (then current policy).
 */
export function namedReferences(
  n: MapNumbers,
  region: Pick<RegionOption, 'type' | 'code' | 'name'>,
  opts: { readonly compare: boolean; readonly scenarioName: string; readonly baselineName: string },
): NamedReferences {
  const base = referenceSet(n, region, 'baseline');
  const cur = opts.compare ? base : referenceSet(n, region, 'current');
  const set = same(base, cur) ? base : cur;
  const scenario = set.view === 'current' ? opts.scenarioName : opts.baselineName;
  const muns = n.series.municipalities;
  const countyName = set.county ? (muns.find((r) => `fylke:${r.county}` === set.county)?.countyName ?? '') : '';
  const nameOf = (kind: ReferenceLine['kind']) =>
    kind === 'peers' ? refText('peers') : kind === 'county' ? countyName : t('peersCountry');
  const lines = set.lines.map((l) => ({ ...l, ...REFERENCE_STYLES[l.kind], name: `${nameOf(l.kind)} – ${scenario}` }));
  if (region.type === 'national') return { lines, note: refText('none'), set };
  const lead =
    set.peers.length > 0
      ? refText('peersOf', {
          name: region.name,
          list: set.peers.map((m) => muns[m]!.name).join(', '),
          county: countyName,
        })
      : refText('countryOnly', { name: region.name });
  return {
    lines,
    note: `${lead} ${refText('source', { year: n.series.firstProjected - 1, scenario })}`,
    set,
  };
}

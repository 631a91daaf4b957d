/**
 * The validation in "Om modellen": how it was done, what it found (aboutFindings.ts, from the numbers) and, per
 * origin, a table of the track record's scores for all municipalities, by centrality class, by size band and by where
 * they stood at the origin (their band of the share without a GP): CRPS of the model and of "no change" and how often
 * the model's p10-p90 held what happened, for the share without a GP and the mean list length; and one table of the
 * bands of the country, the counties and the classes over every origin (areaCoverage.ts). The track record loads when
 * the dialog opens (the tables follow a moment later); the README's "Validation" section has the rest.
 */
import type { GroupTrack, OriginTrack, TrackRecord } from '../../engine/validation/trackRecord.ts';
import { clear, h, scrollRegion } from '../dom.ts';
import { formatInteger, formatPercent } from '../format.ts';
import { getLocale, localeTag, nnOr, t, type StringKey } from '../i18n.ts';
import '../strings/later.ts';
import { loadTrackRecord } from './data.ts';
import { AREA_KINDS, areaCoverage, coverageOf, type BandHits } from '../../engine/validation/areaCoverage.ts';
import { validationFindings } from './aboutFindings.ts';
import { formatFixed, sizeBandText } from './summary.ts';
import './trackRecord.css';

interface Texts {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly loading: string;
  readonly failed: string;
  readonly caption: (origin: number, first: number, last: number) => string;
  readonly group: string;
  readonly n: string;
  readonly share: string;
  readonly listLength: string;
  readonly model: string;
  readonly persistence: string;
  readonly coverage: string;
  readonly all: string;
  readonly better: string;
  readonly areaCaption: string;
  readonly area: string;
  readonly areaYears: string;
  readonly areaMedian: string;
  readonly areaPersistence: string;
  readonly areaNames: readonly [string, string, string, string];
  readonly areaBetter: string;
}

export const NB: Texts = {
  heading: 'Hvor godt modellen har truffet (validering)',
  paragraphs: [
    'Vi har startet modellen 31. desember 2020, 2022 og 2024 med bare det som var kjent da, og sammenlignet med det som faktisk skjedde i hver kommune de neste årene. Kommuner som fikk nytt kommunenummer, har egne tall først fra det nye nummeret og er med bare fra et startår der de har det (de fleste fra 2024). Tabellene viser CRPS, et mål på hvor langt unna hele fordelingen av kjøringer var (lavere er bedre: prosentpoeng for andelen uten fastlege, pasienter for listelengden), for modellen og for «ingen endring» (at alt blir som i startåret), og hvor ofte modellens 80 %-intervall (p10–p90) traff det som skjedde (målet er 80 %).',
    'Sannsynlighetene for en kommune vekter kjøringene med hvor ofte kommuner som sto likt ved startåret fikk det samme, med vekter tilpasset på hvordan de traff før startåret, fordi kjøringene alene er for sikre på kriser. Metoden og alle tallene står i README.md, avsnittet «Validation» (npm run validate). Åpne «Treffsikkerhet» over grafene for å se tilbakeblikket for ditt område.',
  ],
  loading: 'Laster valideringstabellene …',
  failed: 'Valideringstabellene kunne ikke lastes.',
  caption: (origin, first, last) => `Startår ${origin}, testår ${first === last ? first : `${first}–${last}`}`,
  group: 'Kommuner',
  n: 'Kommune-år',
  share: 'Andel uten fastlege (prosentpoeng)',
  listLength: 'Listelengde (pasienter)',
  model: 'CRPS modell',
  persistence: 'CRPS «ingen endring»',
  coverage: 'Intervallet traff',
  all: 'Alle',
  better: 'Uthevet: modellen er bedre enn «ingen endring».',
  areaCaption:
    'Større områder, alle startårene samlet: hvor ofte 80 %-intervallet traff, og hvor mye medianen og «ingen endring» bommet i snitt',
  area: 'Område',
  areaYears: 'Område-år',
  areaMedian: 'Medianen bommet',
  areaPersistence: '«Ingen endring» bommet',
  areaNames: ['Hele landet', 'Fylkene', 'Sentralitetsklassene', 'Kommunene'],
  areaBetter: 'Uthevet: medianen bommet mindre enn «ingen endring».',
};

const EN: Texts = {
  heading: 'How well the model has done (validation)',
  paragraphs: [
    'We started the model on 31 December 2020, 2022 and 2024 with only what was known then, and compared it with what really happened in each municipality in the years after. Municipalities whose number changed have figures of their own only under the new number and are included only from a start year where they have them (most from 2024). The tables give the CRPS, a measure of how far the whole spread of runs was from the outcome (lower is better: percentage points for the share without a GP, patients for the list length), for the model and for “no change” (everything stays as in the start year), and how often the model’s 80% interval (p10–p90) held what happened (the aim is 80%).',
    'A municipality’s probabilities weigh the runs with how often municipalities that stood alike at the start year had the same, with weights fitted on how both did before the start year, since the runs alone are overconfident about crises. The method and all the figures are in README.md, section “Validation” (npm run validate). Open “Track record” above the charts to see the hindcast for your region.',
  ],
  loading: 'Loading the validation tables …',
  failed: 'The validation tables could not be loaded.',
  caption: (origin, first, last) =>
    first === last ? `Start year ${origin}, test year ${first}` : `Start year ${origin}, test years ${first}–${last}`,
  group: 'Municipalities',
  n: 'Municipality-years',
  share: 'Share without a GP (percentage points)',
  listLength: 'List length (patients)',
  model: 'CRPS model',
  persistence: 'CRPS “no change”',
  coverage: 'Interval held',
  all: 'All',
  better: 'In bold: the model is better than “no change”.',
  areaCaption:
    'Larger areas, every start year together: how often the 80% interval held what happened, and how far the median and “no change” missed on average',
  area: 'Area',
  areaYears: 'Area-years',
  areaMedian: 'Median missed by',
  areaPersistence: '“No change” missed by',
  areaNames: ['The whole country', 'The counties', 'The centrality classes', 'The municipalities'],
  areaBetter: 'In bold: the median missed by less than “no change”.',
};

/** In nynorsk: the bokmål texts looked up in nnTexts.ts (the caption's words are the same in both). */
const nnOf = (nb: Texts): Texts =>
  Object.fromEntries(
    Object.entries(nb).map(([k, v]) => [k, typeof v === 'string' ? nnOr(v) : Array.isArray(v) ? v.map(nnOr) : v]),
  ) as unknown as Texts;

const texts = (): Texts => (getLocale() === 'en' ? EN : getLocale() === 'nn' ? nnOf(NB) : NB);

/** The rows of an origin's table: all municipalities, each centrality class, each size band, where they stood. */
export function validationRows(o: OriginTrack): { label: string; group: GroupTrack }[] {
  const x = texts();
  const capital = (s: string) => s.charAt(0).toLocaleUpperCase(localeTag()) + s.slice(1);
  return [
    { label: x.all, group: o.all },
    ...o.byCentralityClass.map((g) => ({ label: capital(t('trackClassName', { n: g.group })), group: g })),
    ...o.bySizeBand.map((g) => ({ label: capital(sizeBandText(g.group)), group: g })),
    ...(o.byOriginBand ?? []).map((g) => ({
      label: capital(t('trackStandingRow', { band: t(`standingBand${g.group}` as StringKey) })),
      group: g,
    })),
  ];
}

/** One cell pair (model, no change) and the coverage; the better CRPS in bold. */
function scoreCells(s: GroupTrack['share'], value: (v: number) => string): HTMLElement[] {
  const model = value(s.crps);
  const persistence = value(s.crpsPersistence);
  const better = s.crps < s.crpsPersistence;
  return [
    h('td', { class: 'num' }, better ? h('strong', {}, model) : model),
    h('td', { class: 'num' }, persistence),
    h('td', { class: 'num' }, formatPercent(s.coverage80, 0)),
  ];
}

/**
 * A validation table's head: the row's name and its count, then the share without a GP and the list length, each
 * over the same three columns.
 */
function outcomesHead(name: string, count: string, columns: readonly [string, string, string]): HTMLElement {
  const x = texts();
  return h(
    'thead',
    {},
    h(
      'tr',
      {},
      h('th', { scope: 'col', rowspan: 2 }, name),
      h('th', { scope: 'col', rowspan: 2 }, count),
      h('th', { scope: 'colgroup', colspan: 3 }, x.share),
      h('th', { scope: 'colgroup', colspan: 3 }, x.listLength),
    ),
    h('tr', {}, ...[...columns, ...columns].map((c) => h('th', { scope: 'col' }, c))),
  );
}

export function validationTable(o: OriginTrack): HTMLElement {
  const x = texts();
  const pp = (v: number) => formatFixed(v * 100, 2);
  const patients = (v: number) => formatFixed(v, 1);
  const table = h(
    'table',
    { class: 'data-table validation-table', 'data-origin': o.origin },
    h('caption', {}, x.caption(o.origin, o.years[0]!, o.years[o.years.length - 1]!)),
    outcomesHead(x.group, x.n, [x.model, x.persistence, x.coverage]),
    h(
      'tbody',
      {},
      ...validationRows(o).map(({ label, group }) =>
        h(
          'tr',
          { 'data-group': group.group },
          h('th', { scope: 'row' }, label),
          h('td', { class: 'num' }, formatInteger(group.n)),
          ...scoreCells(group.share, pp),
          ...scoreCells(group.listLength, patients),
        ),
      ),
    ),
  );
  return scrollRegion(table);
}

/** The median's and "no change"'s mean miss, the smaller median in bold, and the coverage. */
function areaCells(hits: BandHits, value: (v: number) => string): HTMLElement[] {
  const median = value(hits.maeMedian);
  return [
    h('td', { class: 'num' }, formatPercent(coverageOf(hits), 0)),
    h('td', { class: 'num' }, hits.maeMedian < hits.maePersistence ? h('strong', {}, median) : median),
    h('td', { class: 'num' }, value(hits.maePersistence)),
  ];
}

/**
 * The bands of the country, the counties and the centrality classes (sums of municipalities) beside the
 * municipalities' own, over every origin (areaCoverage.ts): how often p10-p90 held what happened, and the median's
 * mean miss against "no change"'s.
 */
export function areaTable(record: TrackRecord): HTMLElement {
  const x = texts();
  const pp = (v: number) => formatFixed(v * 100, 2);
  const patients = (v: number) => formatFixed(v, 1);
  const rows = areaCoverage(record.origins);
  const table = h(
    'table',
    { class: 'data-table validation-table area-table' },
    h('caption', {}, x.areaCaption),
    outcomesHead(x.area, x.areaYears, [x.coverage, x.areaMedian, x.areaPersistence]),
    h(
      'tbody',
      {},
      ...rows.map((a) =>
        h(
          'tr',
          { 'data-area': a.kind },
          h('th', { scope: 'row' }, x.areaNames[AREA_KINDS.indexOf(a.kind)]!),
          h('td', { class: 'num' }, formatInteger(a.share.n)),
          ...areaCells(a.share, pp),
          ...areaCells(a.listLength, patients),
        ),
      ),
    ),
  );
  return scrollRegion(table);
}

/** The tables of every origin, latest first. */
export function validationTables(record: TrackRecord): HTMLElement[] {
  return [...record.origins].sort((a, b) => b.origin - a.origin).map(validationTable);
}

/** The section for "Om modellen": heading and paragraphs at once, the tables when the track record has loaded. */
export function validationSection(): HTMLElement {
  const x = texts();
  const tables = h('div', { class: 'validation-tables', 'aria-busy': 'true' }, h('p', {}, x.loading));
  void loadTrackRecord().then(
    (record) => {
      clear(tables);
      tables.append(
        ...validationFindings(record).map((p) => h('p', { class: 'validation-finding' }, p)),
        ...validationTables(record),
        h('p', { class: 'hint' }, x.better),
        areaTable(record),
        h('p', { class: 'hint' }, x.areaBetter),
      );
      tables.setAttribute('aria-busy', 'false');
    },
    () => {
      clear(tables);
      tables.append(h('p', {}, x.failed));
      tables.setAttribute('aria-busy', 'false');
    },
  );
  return h(
    'section',
    { class: 'about-validation', id: 'about-validation' },
    h('h3', {}, x.heading),
    // how it was done, then what it found and the tables, then how to read on
    h('p', {}, x.paragraphs[0]!),
    tables,
    ...x.paragraphs.slice(1).map((p) => h('p', {}, p)),
  );
}

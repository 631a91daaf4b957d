/**
 * The track record the app shows ("Treffsikkerhet"): for every region (the country, each county, each centrality
 * class, each municipality) and each validation origin, the hindcast's p10 / p50 / p90 of the share without a GP and
 * of the mean list length, what really happened, what "no change" would have said, and the probabilities of the two
 * events, per test year; plus the validation's scores by centrality class and size band ("municipalities like it").
 * Regions are summed over their members that are scored (own SSB row at the origin and in the year), forecast and
 * actual alike, so the two are comparable. Values are on the basis of the observations (registered basis before
 * 2022). Built by `npm run track-record` into src/data/trackRecord.json; pure, like the rest of the engine.
 */
import type { MunicipalityRecord } from '../../data/types.ts';
import { popIndexAtEndOf } from '../start/popIndex.ts';
import { registeredBasis } from '../start/startState.ts';
import { quantileSorted } from '../run/mcSummary.ts';
import type { HindcastEnsemble } from './hindcast.ts';
import { sizeBandOf, SIZE_BAND_LABELS } from '../start/localDynamics.ts';
import {
  EVENT_FORECASTERS,
  EVENT_THRESHOLDS,
  EVENTS,
  type EventForecasterId,
  type EventId,
  type OriginReport,
  type Outcome,
} from './validate.ts';
import type { BacktestMonteCarloRow, BacktestReport, BacktestRow } from '../run/backtest.ts';
import { pooledEventPair, type CalibratedEvent, type EventCalibrations } from '../run/eventCalibration.ts';
import { bandRateAt, baseRatesByYear, originBandOf } from './baseRates.ts';

export const TRACK_RECORD_SCHEMA = 6;

/** One outcome of one region, per test year (null where no scored member has a row that year). */
export interface OutcomeTrack {
  readonly p10: (number | null)[];
  readonly p50: (number | null)[];
  readonly p90: (number | null)[];
  readonly actual: (number | null)[];
  /** What "no change" from the origin said for the year (null without a value at the origin). */
  readonly persistence: (number | null)[];
}

export interface RegionTrack {
  /** Members of the region, and those scored (own SSB row at the origin). */
  readonly members: number;
  readonly scored: number;
  readonly share: OutcomeTrack;
  readonly listLength: OutcomeTrack;
  /**
   * P(share ≥ 5 %) and P(at least one list without a GP) per test year, and whether it happened. For a municipality
   * these are the runs' shares pooled with the base rates from where it stood at the origin, by the weights fitted up
   * to the origin (as the app shows a municipality's probabilities), and the runs' own shares are kept in the *Runs
   * fields; for larger regions they are the runs' shares.
   */
  readonly pShareAtLeast5pct: (number | null)[];
  readonly pAnyListWithoutGp: (number | null)[];
  readonly pShareAtLeast5pctRuns?: (number | null)[];
  readonly pAnyListWithoutGpRuns?: (number | null)[];
  readonly shareAtLeast5pct: (boolean | null)[];
  readonly anyListWithoutGp: (boolean | null)[];
  /**
   * A municipality's naive forecast of "share ≥ 5 %" beside pShareAtLeast5pct (schema 4): how often municipalities in
   * its band at the origin had it as many years later, in the SSB rows up to the origin; the validation's "where it
   * stands" forecaster (baseRates.ts; a band with too few pairs takes the rate over all bands, as it is scored).
   */
  readonly pShareAtLeast5pctBase?: (number | null)[];
  /** A scored municipality's band of the share at the origin (baseRates.ts BASE_RATE_BAND_EDGES; schema 5). */
  readonly originBand?: number;
}

/** Validation scores of a group of municipalities (a centrality class, a size band, where they stood, or all). */
export interface GroupTrack {
  readonly group: string;
  readonly n: number;
  readonly share: GroupOutcomeTrack;
  readonly listLength: GroupOutcomeTrack;
}

/**
 * One outcome of a group: CRPS of the model and of "no change", how often p10-p90 held what happened, and the means
 * over its municipality-years of the runs' mean, of "no change" and of what happened (validate.ts GroupScores;
 * schema 5).
 */
export interface GroupOutcomeTrack {
  readonly crps: number;
  readonly crpsPersistence: number;
  /** The share's CRPS of "where those that stood alike went" (validate.ts "standing"; absent for the list length). */
  readonly crpsStanding?: number;
  readonly coverage80: number;
  readonly mean: number;
  readonly meanPersistence: number;
  readonly meanActual: number;
}

export interface OriginTrack {
  readonly origin: number;
  readonly calibratedUntil: number;
  readonly years: readonly number[];
  /** Test years whose observations are on the registered basis (before the autumn-2022 change). */
  readonly registeredBasisYears: readonly number[];
  readonly spread: {
    readonly localListNoiseScale: number;
    readonly localAttractivenessSd: number;
    readonly localResponseRate: number;
    readonly emptyListFillYears: number;
    readonly listPatientDriftScale: number;
  };
  /** The event maps fitted on hindcasts with outcomes up to the origin, applied to each municipality's probabilities. */
  readonly eventCalibration: EventCalibrations;
  readonly all: GroupTrack;
  readonly byCentralityClass: readonly GroupTrack[];
  /** Keys are the English size-band labels of SIZE_BAND_LABELS. */
  readonly bySizeBand: readonly GroupTrack[];
  /** By where the municipalities stood at the origin: keys '0'-'3', the bands of BASE_RATE_BAND_EDGES (schema 5). */
  readonly byOriginBand: readonly GroupTrack[];
  readonly regions: Readonly<Record<string, RegionTrack>>;
  /**
   * The events' Brier scores over all scored municipality-years (lower is better): the runs’ share, the pooled
   * probabilities the app shows for a municipality, and the naive forecasts (validate.ts). Absent in older files.
   */
  readonly events?: Readonly<Record<EventId, EventTrack>>;
}

export interface EventTrack {
  readonly n: number;
  readonly observedRate: number;
  readonly brier: Readonly<Partial<Record<EventForecasterId, number>>>;
}

/**
 * The national backtest (run/backtest.ts) as "Om modellen" reports it: from 31 December 2019, assumptions calibrated
 * until `calibratedUntil`, the deterministic run against the national series, per indicator and year.
 */
export interface BacktestTrack {
  readonly origin: number;
  readonly calibratedUntil: number;
  readonly rows: readonly {
    readonly indicator: BacktestRow['indicator'];
    readonly year: number;
    readonly sample: BacktestRow['sample'];
    /** (model - actual) / actual. */
    readonly error: number;
    readonly tolerance: number;
  }[];
  /**
   * The count of residents without a GP as the app estimates it: the Monte Carlo mean from the same start and
   * assumptions (backtestMonteCarlo), with p10 and p90 as errors against the actual too.
   */
  readonly monteCarlo?: {
    readonly runs: number;
    readonly seed: number;
    readonly rows: readonly {
      readonly year: number;
      readonly sample: 'in' | 'out';
      /** (mean - actual) / actual. */
      readonly error: number;
      readonly errorP10: number;
      readonly errorP90: number;
      readonly tolerance: number;
    }[];
  };
}

export interface TrackRecord {
  readonly schemaVersion: number;
  /** Hash of the engine, levers and data sources it was built from (a test checks it is current). */
  readonly inputsHash: string;
  readonly runs: number;
  readonly seed: number;
  readonly origins: readonly OriginTrack[];
  readonly backtest: BacktestTrack;
}

/** The backtest's rows as the track record keeps them (errors to four decimals), with its Monte Carlo rows if given. */
export function backtestTrack(
  report: BacktestReport,
  origin: number,
  monteCarlo?: { readonly runs: number; readonly seed: number; readonly rows: readonly BacktestMonteCarloRow[] },
): BacktestTrack {
  const round = (x: number) => Number(x.toFixed(4));
  return {
    origin,
    calibratedUntil: report.calibratedUntil,
    rows: report.rows.map((r) => ({
      indicator: r.indicator,
      year: r.year,
      sample: r.sample,
      error: round(r.error),
      tolerance: r.tolerance,
    })),
    ...(monteCarlo
      ? {
          monteCarlo: {
            runs: monteCarlo.runs,
            seed: monteCarlo.seed,
            rows: monteCarlo.rows.map((r) => ({
              year: r.year,
              sample: r.sample,
              error: round(r.error),
              errorP10: round((r.p10 - r.actual) / r.actual),
              errorP90: round((r.p90 - r.actual) / r.actual),
              tolerance: r.tolerance,
            })),
          },
        }
      : {}),
  };
}

/** Size band of a municipality at an origin (population on 1 January after it), as the validation groups it. */
export function sizeBandLabelAt(record: MunicipalityRecord, origin: number): string {
  const pop = record.pop.values[origin + 1 - record.pop.firstYear] ?? 0;
  return SIZE_BAND_LABELS[sizeBandOf(pop)]!.en;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));
const DIGITS: Readonly<Record<Outcome, number>> = { share: 4, listLength: 1 };

function groupTrack(report: OriginReport, pick: (o: OriginReport['outcomes'][number]) => GroupScoresLike | undefined) {
  const out = {} as Record<Outcome, GroupOutcomeTrack>;
  let n = 0;
  for (const o of report.outcomes) {
    const g = pick(o);
    if (!g) return undefined;
    n = g.n;
    const digits = DIGITS[o.outcome];
    out[o.outcome] = {
      crps: round(g.crps.model ?? NaN, 6),
      crpsPersistence: round(g.crps.persistence ?? NaN, 6),
      ...(g.crps.standing !== undefined ? { crpsStanding: round(g.crps.standing, 6) } : {}),
      coverage80: round(g.coverage80, 4),
      mean: round(g.meanModel, digits),
      meanPersistence: round(g.meanPersistence, digits),
      meanActual: round(g.meanObserved, digits),
    };
  }
  return { n, ...out };
}
interface GroupScoresLike {
  readonly group: string;
  readonly n: number;
  readonly crps: Readonly<Partial<Record<string, number>>>;
  readonly coverage80: number;
  readonly meanModel: number;
  readonly meanPersistence: number;
  readonly meanObserved: number;
}

/** The track record of one origin from its validation report and hindcast ensemble. */
export function originTrack(report: OriginReport, ens: HindcastEnsemble): OriginTrack {
  const start = ens.plan.start;
  const records = start.records;
  const nM = start.nM;
  const nYears = ens.years.length;
  const origin = report.origin;
  const rowAt = (m: number, year: number) => {
    const row = records[m]!.trend.find((t) => t.year === year);
    return row && row.shareWithoutGpPct !== null && row.meanListLength !== null ? row : undefined;
  };
  const scored = Uint8Array.from(records, (_, m) => (!start.reconstructed[m] && rowAt(m, origin) ? 1 : 0));
  const popAt = (m: number, year: number) => start.pop[popIndexAtEndOf(start, year, m)]!;
  const regionMembers = new Map<string, number[]>();
  const add = (key: string, m: number) => {
    const list = regionMembers.get(key) ?? [];
    list.push(m);
    regionMembers.set(key, list);
  };
  records.forEach((r, m) => {
    add('national', m);
    add(`fylke:${r.county}`, m);
    add(`sentralitet:${r.centralityClass}`, m);
    add(`kommune:${r.code}`, m);
  });
  const regions: Record<string, RegionTrack> = {};
  // the validation's "where it stands" rates of share ≥ 5 %, per test year (rows up to the origin only)
  const shareBaseRate = baseRatesByYear(records, origin, EVENT_THRESHOLDS.shareAtLeast5pct, registeredBasis);
  const anyBaseRate = baseRatesByYear(records, origin, EVENT_THRESHOLDS.anyListWithoutGp, registeredBasis);
  const shareRun = new Float64Array(ens.runs);
  const listRun = new Float64Array(ens.runs);
  const anyRun = new Uint8Array(ens.runs);
  for (const [key, members] of regionMembers) {
    const share: OutcomeTrack = { p10: [], p50: [], p90: [], actual: [], persistence: [] };
    const listLength: OutcomeTrack = { p10: [], p50: [], p90: [], actual: [], persistence: [] };
    const pShare: (number | null)[] = [];
    const pAny: (number | null)[] = [];
    const happenedShare: (boolean | null)[] = [];
    const happenedAny: (boolean | null)[] = [];
    ens.years.forEach((year, yi) => {
      const used = members.filter((m) => scored[m] && rowAt(m, year));
      if (used.length === 0) {
        for (const o of [share, listLength])
          for (const k of ['p10', 'p50', 'p90', 'actual', 'persistence'] as const) o[k].push(null);
        pShare.push(null);
        pAny.push(null);
        happenedShare.push(null);
        happenedAny.push(null);
        return;
      }
      // observed and "no change", summed over the members used (residents with a GP / GPs for list length)
      let pop = 0;
      let without = 0;
      let withGp = 0;
      let gps = 0;
      let pop0 = 0;
      let without0 = 0;
      let withGp0 = 0;
      let gps0 = 0;
      let anyActual = false;
      for (const m of used) {
        const p = popAt(m, year);
        const row = rowAt(m, year)!;
        const s = row.shareWithoutGpPct! / 100;
        pop += p;
        without += s * p;
        withGp += (1 - s) * p;
        gps += ((1 - s) * p) / row.meanListLength!;
        if (s >= EVENT_THRESHOLDS.anyListWithoutGp) anyActual = true;
        const first = rowAt(m, origin)!;
        const s0 = (first.shareWithoutGpPct! / 100 / registeredBasis(origin)) * registeredBasis(year);
        pop0 += p;
        without0 += s0 * p;
        withGp0 += (1 - s0) * p;
        gps0 += ((1 - s0) * p) / first.meanListLength!;
      }
      const actualShare = without / pop;
      share.actual.push(round(actualShare, DIGITS.share));
      listLength.actual.push(round(withGp / gps, DIGITS.listLength));
      share.persistence.push(round(without0 / pop0, DIGITS.share));
      listLength.persistence.push(round(withGp0 / gps0, DIGITS.listLength));
      happenedShare.push(actualShare >= EVENT_THRESHOLDS.shareAtLeast5pct);
      happenedAny.push(anyActual);
      // the ensemble, summed over the same members run by run
      for (let r = 0; r < ens.runs; r++) {
        let w = 0;
        let wg = 0;
        let g = 0;
        let p = 0;
        let any = 0;
        for (const m of used) {
          const i = (r * nYears + yi) * nM + m;
          const pm = popAt(m, year);
          // the share on the observations' basis; list length is not affected by the registration change
          const raw = ens.share[i]!;
          p += pm;
          w += raw * registeredBasis(year) * pm;
          wg += (1 - raw) * pm;
          const len = ens.listLength[i]!;
          if (len > 0) g += ((1 - raw) * pm) / len;
          // "at least one list without a GP" as in SSB's rows, the validation and the app (mcSummary.ts EventScope):
          // a member with 0.05 % or more of its residents without a GP, on the observations' basis
          if (raw * registeredBasis(year) >= EVENT_THRESHOLDS.anyListWithoutGp) any = 1;
        }
        shareRun[r] = w / p;
        listRun[r] = g > 0 ? wg / g : 0;
        anyRun[r] = any;
      }
      const sortedShare = Float64Array.from(shareRun).sort();
      const sortedList = Float64Array.from(listRun).sort();
      share.p10.push(round(quantileSorted(sortedShare, 0.1), DIGITS.share));
      share.p50.push(round(quantileSorted(sortedShare, 0.5), DIGITS.share));
      share.p90.push(round(quantileSorted(sortedShare, 0.9), DIGITS.share));
      listLength.p10.push(round(quantileSorted(sortedList, 0.1), DIGITS.listLength));
      listLength.p50.push(round(quantileSorted(sortedList, 0.5), DIGITS.listLength));
      listLength.p90.push(round(quantileSorted(sortedList, 0.9), DIGITS.listLength));
      let hits = 0;
      let anyHits = 0;
      for (let r = 0; r < ens.runs; r++) {
        if (shareRun[r]! >= EVENT_THRESHOLDS.shareAtLeast5pct) hits++;
        anyHits += anyRun[r]!;
      }
      pShare.push(round(hits / ens.runs, 3));
      pAny.push(round(anyHits / ens.runs, 3));
    });
    const municipality = key.startsWith('kommune:');
    // the base rate from where the municipality stood at the origin, for the years it has a forecast
    const first = municipality && members.length === 1 && scored[members[0]!] ? rowAt(members[0]!, origin) : undefined;
    const band = first ? (originBandOf(records[members[0]!]!, origin, registeredBasis) ?? -1) : -1;
    const base = pShare.map((p, yi) =>
      p === null || band < 0 ? null : round(bandRateAt(shareBaseRate, origin, ens.years[yi]!, band), 3),
    );
    // a municipality's probabilities pooled with its base rates by the weights fitted up to the origin, as the app
    // pools them (pooledEventPair; a municipality without an own row at the origin keeps the runs' shares, as in the
    // app); rounding after the cap gives what capping the rounded values gives (rounding is monotone)
    const shown = pShare.map((p, yi) => {
      const a = pAny[yi];
      if (!municipality || band < 0 || p === null || a === null || a === undefined) return null;
      const year = ens.years[yi]!;
      return pooledEventPair(
        { anyListWithoutGp: a, shareAtLeast5pct: p },
        {
          anyListWithoutGp: bandRateAt(anyBaseRate, origin, year, band),
          shareAtLeast5pct: bandRateAt(shareBaseRate, origin, year, band),
        },
        report.eventCalibration,
      );
    });
    const shownOf = (ps: (number | null)[], event: CalibratedEvent) =>
      ps.map((p, yi) => (shown[yi] ? round(shown[yi][event], 3) : p));
    regions[key] = {
      members: members.length,
      scored: members.filter((m) => scored[m]).length,
      share,
      listLength,
      pShareAtLeast5pct: shownOf(pShare, 'shareAtLeast5pct'),
      pAnyListWithoutGp: shownOf(pAny, 'anyListWithoutGp'),
      ...(municipality ? { pShareAtLeast5pctRuns: pShare, pAnyListWithoutGpRuns: pAny } : {}),
      shareAtLeast5pct: happenedShare,
      anyListWithoutGp: happenedAny,
      ...(band >= 0 ? { pShareAtLeast5pctBase: base, originBand: band } : {}),
    };
  }
  const all = {
    group: 'all',
    ...groupTrack(report, (o) => o.all)!,
  };
  const groups = (select: (o: OriginReport['outcomes'][number]) => readonly GroupScoresLike[]) => {
    const names = select(report.outcomes[0]!).map((g) => g.group);
    return names.flatMap((name) => {
      const t = groupTrack(report, (o) => select(o).find((g) => g.group === name));
      return t ? [{ group: name, ...t }] : [];
    });
  };
  return {
    origin,
    calibratedUntil: report.calibration.until,
    years: [...ens.years],
    registeredBasisYears: ens.years.filter((y) => y < 2022),
    spread: {
      localListNoiseScale: report.spread.localListNoiseScale,
      localAttractivenessSd: report.spread.localAttractivenessSd,
      localResponseRate: report.spread.localResponseRate,
      emptyListFillYears: report.spread.emptyListFillYears,
      listPatientDriftScale: report.spread.listPatientDriftScale,
    },
    eventCalibration: report.eventCalibration,
    all,
    byCentralityClass: groups((o) => o.byCentralityClass),
    bySizeBand: groups((o) => o.bySizeBand),
    byOriginBand: groups((o) => o.byOriginBand),
    regions,
    events: Object.fromEntries(
      EVENTS.map((e) => {
        const ev = report.events[e];
        const brier = Object.fromEntries(
          EVENT_FORECASTERS.flatMap((f) => (ev.brier[f] === undefined ? [] : [[f, round(ev.brier[f]!, 4)]])),
        );
        return [e, { n: ev.n, observedRate: round(ev.observedRate, 4), brier }];
      }),
    ) as Record<EventId, EventTrack>,
  };
}

/**
 * `npm run validate [-- --origins 2020,2022,2024] [--runs 200] [--seed 1] [--format text|json]`: the rolling-origin
 * validation of the municipal forecasts (src/engine/validation/validate.ts). For each origin the assumptions are
 * calibrated on data up to it, the hindcast starts from its data, and every municipality with its own SSB rows is
 * scored against naive forecasts; the bands of the areas the app also shows (the country, counties, centrality classes)
 * are counted against what happened (areaCoverage.ts). Prints the tables (or JSON) on stdout, progress on stderr.
 * Exits 1 when the model's CRPS is worse than persistence's for an outcome at an origin, 2 on bad arguments.
 */
import {
  EVENT_FORECASTER_LABELS,
  EVENT_FORECASTERS,
  EVENTS,
  FORECASTER_LABELS,
  FORECASTERS,
  validateOriginWithEnsemble,
  type OriginReport,
} from '../engine/validation/validate.ts';
import { originTrack } from '../engine/validation/trackRecord.ts';
import {
  areaCoverage,
  coverageOf,
  type AreaCoverage,
  type AreaKind,
  type BandHits,
} from '../engine/validation/areaCoverage.ts';
import { sharedChanges, type SharedChanges } from '../engine/validation/yearEffect.ts';
import { MUNICIPALITIES } from '../data/index.ts';
import { FIRST_HINDCAST_ORIGIN, hasYearEndFigures, LAST_HINDCAST_ORIGIN } from '../engine/start/startState.ts';
import { BASE_RATE_BAND_LABELS } from '../engine/validation/baseRates.ts';
import { MIX_WEIGHT_GRID } from '../engine/validation/shareMixture.ts';
import { NATIONAL } from '../data/index.ts';
import { option } from './option.ts';

const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : '–');
const fmt = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

/** The text tables of one origin. */
export function formatOrigin(rep: OriginReport): string {
  const lines: string[] = [];
  const pad = (s: string, n: number) => s.padEnd(n);
  lines.push(
    `Origin 31 Dec ${rep.origin}: assumptions calibrated on 2019-${rep.origin}${nationalYearEndNote(rep.origin)}; ${rep.runs} Monte Carlo runs (seed ${rep.seed}); test years ${rep.testYears.join(', ')}`,
    `municipal spread chosen on a hindcast ${rep.spread.innerOrigin}→${rep.origin} (in sample): list-length walk × ${rep.spread.localListNoiseScale}, recruitment swings sd ${rep.spread.localAttractivenessSd}, municipal response ${rep.spread.localResponseRate}, new lists get residents over ${rep.spread.emptyListFillYears} years, list-patient drift × ${rep.spread.listPatientDriftScale} (list CRPS by drift ${rep.spread.listCrpsByDrift.map((x) => x.toFixed(1)).join(' ')}; Brier of a list without a GP by fill time ${rep.spread.brierByFillYears.map((x) => x.toFixed(4)).join(' ')}; share CRPS by response ${rep.spread.shareCrpsByResponseRate.map((x) => (x * 100).toFixed(2)).join(' ')})`,
    `share mixture (not the app): weight ${rep.shareMix.weight} on the runs, chosen on the event fit's hindcasts up to ${rep.origin} (${rep.shareMix.n} municipality-years; share CRPS by weight ${MIX_WEIGHT_GRID.join(' ')}: ${rep.shareMix.crpsByWeight.map((x) => (x * 100).toFixed(2)).join(' ')})`,
    `${rep.municipalitiesScored} municipalities scored (own SSB row at the origin), ${rep.municipalitiesReconstructed} reconstructed and not scored; ${rep.cases} municipality-years`,
    '',
  );
  for (const o of rep.outcomes) {
    const unit = o.outcome === 'share' ? 'share without a GP (percentage points)' : 'mean list length (patients)';
    const scale = o.outcome === 'share' ? 100 : 1;
    const d = o.outcome === 'share' ? 2 : 1;
    lines.push(`${unit}`);
    lines.push(
      `  ${pad('forecast', 42)}${pad('CRPS', 9)}${pad('MAE p50', 9)}${pad('p10-p90', 9)}${pad('p25-p75', 9)}model − this (90 % bootstrap)`,
    );
    for (const f of FORECASTERS) {
      const s = o.forecasters[f];
      if (!s) continue;
      const diff = s.modelMinus
        ? `${fmt(s.modelMinus.meanDiff * scale, d)} [${fmt(s.modelMinus.lo * scale, d)}, ${fmt(s.modelMinus.hi * scale, d)}]`
        : '';
      lines.push(
        `  ${pad(FORECASTER_LABELS[f].en, 42)}${pad(fmt(s.crps * scale, d), 9)}${pad(fmt(s.maeMedian * scale, d), 9)}${pad(pct(s.coverage80), 9)}${pad(pct(s.coverage50), 9)}${diff}`,
      );
    }
    lines.push(`  PIT histogram (10 bins, model): ${o.pitHistogram.join(' ')}`);
    lines.push(
      `  ${pad('group', 26)}${pad('n', 6)}${pad('CRPS model', 12)}${pad('persistence', 13)}${pad('climatology', 13)}${pad('stood alike', 13)}${pad('p10-p90', 9)}mean: model / no change / actual`,
    );
    for (const [title, groups] of [
      ['year', o.byYear],
      ['centrality', o.byCentralityClass],
      ['size', o.bySizeBand],
      ['stood at origin', o.byOriginBand],
    ] as const) {
      for (const g of groups) {
        const name = title === 'stood at origin' ? BASE_RATE_BAND_LABELS[Number(g.group)]! : g.group;
        const means = [g.meanModel, g.meanPersistence, g.meanObserved].map((x) => fmt(x * scale, d)).join(' / ');
        lines.push(
          `  ${pad(`${title} ${name}`, 26)}${pad(String(g.n), 6)}${pad(fmt((g.crps.model ?? NaN) * scale, d), 12)}${pad(fmt((g.crps.persistence ?? NaN) * scale, d), 13)}${pad(fmt((g.crps.climatology ?? NaN) * scale, d), 13)}${pad(fmt((g.crps.standing ?? NaN) * scale, d), 13)}${pad(pct(g.coverage80), 9)}${means}`,
        );
      }
    }
    lines.push('');
  }
  for (const e of EVENTS) {
    const s = rep.events[e];
    const title =
      e === 'shareAtLeast5pct' ? 'event: share without a GP ≥ 5 %' : 'event: at least one list without a GP';
    lines.push(`${title} (observed in ${pct(s.observedRate)} of ${s.n})`);
    lines.push(`  ${pad('forecast', 42)}${pad('Brier', 9)}AUC`);
    for (const f of EVENT_FORECASTERS)
      lines.push(
        `  ${pad(EVENT_FORECASTER_LABELS[f].en, 42)}${pad(fmt(s.brier[f] ?? NaN, 4), 9)}${fmt(s.auc[f] ?? NaN, 3)}`,
      );
    const c = s.calibration;
    const table = (bins: typeof s.reliability) =>
      bins
        .map((b) => `${fmt(b.lo, 1)}-${fmt(b.hi, 1)}: ${pct(b.meanProb)} vs ${pct(b.observedRate)} (n ${b.n})`)
        .join('; ');
    lines.push(
      `  recalibration σ(${fmt(c.a, 2)} + ${fmt(c.b, 2)} · logit p), fitted on hindcasts from ${c.origins.join(', ')} scored up to ${c.until} (${c.n} municipality-years, in sample)`,
      `  pooled (the app): ${fmt(c.poolWeight, 2)} × the runs' share + ${fmt(1 - c.poolWeight, 2)} × the base rate from where it stands (weight fitted on the same cases)`,
      `  reliability (model): ${table(s.reliability)}`,
      `  reliability (recalibrated): ${table(s.reliabilityRecalibrated)}`,
      '',
    );
  }
  lines.push('year-to-year moves between "no list without a GP" and "some" (observed vs model, same municipalities)');
  lines.push(
    `  ${pad('group', 20)}${pad('onset obs', 11)}${pad('model', 9)}${pad('recovery obs', 14)}${pad('model', 9)}pairs`,
  );
  for (const tr of rep.transitions)
    lines.push(
      `  ${pad(tr.group, 20)}${pad(pct(tr.observedOnset), 11)}${pad(pct(tr.modelOnset), 9)}${pad(pct(tr.observedRecovery), 14)}${pad(pct(tr.modelRecovery), 9)}${tr.onsetPairs} / ${tr.recoveryPairs}`,
    );
  lines.push('');
  lines.push(
    'national total of residents without a GP (all municipalities; before 2022 on the registered basis, × 0.82)',
    `  ${pad('year', 6)}${pad('actual', 10)}${pad('central run', 13)}${pad('MC mean', 10)}${pad('MC p10-p90', 20)}mean − actual`,
  );
  const n0 = (x: number) => Math.round(x).toLocaleString('en-GB');
  for (const row of rep.national)
    lines.push(
      `  ${pad(String(row.year), 6)}${pad(row.actual === null ? '–' : n0(row.actual), 10)}${pad(n0(row.deterministic), 13)}${pad(n0(row.mean), 10)}${pad(`${n0(row.p10)}-${n0(row.p90)}`, 20)}${row.actual === null ? '' : pct(row.mean / row.actual - 1)}`,
    );
  lines.push('');
  return lines.join('\n');
}

const AREA_LABELS: Readonly<Record<AreaKind, string>> = {
  national: 'the country',
  fylke: 'counties',
  sentralitet: 'centrality classes',
  kommune: 'municipalities',
};

/**
 * The areas' bands: how often p10-p90 held what happened (above / below it), and the median's mean absolute error
 * against "no change"'s; then the year effect in the SSB rows up to the origin (areaCoverage.ts).
 */
export function formatAreas(title: string, areas: readonly AreaCoverage[], shared?: SharedChanges): string {
  const pad = (s: string, n: number) => s.padEnd(n);
  const hits = (h: BandHits) => `${pct(coverageOf(h))} of ${h.n} (${h.above} above, ${h.below} below)`;
  const lines = [
    title,
    `  ${pad('area', 20)}${pad('share: in p10-p90', 38)}${pad('MAE p50 / no change', 22)}${pad('list length: in p10-p90', 38)}MAE p50 / no change`,
  ];
  for (const a of areas)
    lines.push(
      `  ${pad(AREA_LABELS[a.kind], 20)}${pad(hits(a.share), 38)}${pad(`${fmt(a.share.maeMedian * 100, 2)} / ${fmt(a.share.maePersistence * 100, 2)} pp`, 22)}${pad(hits(a.listLength), 38)}${fmt(a.listLength.maeMedian, 1)} / ${fmt(a.listLength.maePersistence, 1)}`,
    );
  if (shared)
    lines.push(
      `  year effect in the SSB rows (${shared.years} years of changes): share sd ${fmt(shared.share.yearSd * 100, 2)} pp a year (${pct(shared.share.part)} of a municipality's change), list length sd ${pct(shared.listLengthLog.yearSd)} a year (${pct(shared.listLengthLog.part)})`,
    );
  lines.push('');
  return lines.join('\n');
}

/** True when the model's CRPS is below persistence's for every outcome. */
export function beatsPersistence(rep: OriginReport): boolean {
  return rep.outcomes.every((o) => o.forecasters.model!.crps < o.forecasters.persistence!.crps);
}

/** The national calibration targets are Helsedirektoratet's 31 December figures: 2024 has only May's. */
function nationalYearEndNote(origin: number): string {
  return hasYearEndFigures(NATIONAL, origin) ? '' : ` (national figures up to ${origin - 1}: ${origin} has only May's)`;
}

function main(args: readonly string[]): number {
  const format = option(args, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json') {
    process.stderr.write(`error: --format: expected "text" or "json", got "${format}"\n`);
    return 2;
  }
  const originsText = option(args, 'origins') ?? '2020,2022,2024';
  const origins = originsText.split(',').map((s) => Number(s.trim()));
  if (origins.some((o) => !Number.isInteger(o) || o < FIRST_HINDCAST_ORIGIN || o > LAST_HINDCAST_ORIGIN)) {
    process.stderr.write(
      `error: --origins: expected years from ${FIRST_HINDCAST_ORIGIN} to ${LAST_HINDCAST_ORIGIN} separated by commas, got "${originsText}"\n`,
    );
    return 2;
  }
  const runsText = option(args, 'runs') ?? '200';
  const runs = Number(runsText);
  if (!Number.isInteger(runs) || runs < 10 || runs > 5000) {
    process.stderr.write(`error: --runs: expected a whole number from 10 to 5000, got "${runsText}"\n`);
    return 2;
  }
  const seedText = option(args, 'seed') ?? '1';
  const seed = Number(seedText);
  if (!Number.isInteger(seed)) {
    process.stderr.write(`error: --seed: expected a whole number, got "${seedText}"\n`);
    return 2;
  }
  const results = origins.map((origin) => {
    const { report, ensemble } = validateOriginWithEnsemble(origin, {
      runs,
      seed,
      onProgress: (o, stage) => process.stderr.write(`origin ${o}: ${stage} …\n`),
    });
    // the areas' bands, summed as the app's track record sums them (the ensemble is dropped here)
    const track = originTrack(report, ensemble);
    return { report, track, areas: areaCoverage([track]), shared: sharedChanges(MUNICIPALITIES, origin) };
  });
  const reports = results.map((r) => r.report);
  const pooled = areaCoverage(results.map((r) => r.track));
  if (format === 'json')
    process.stdout.write(
      JSON.stringify(
        results.map((r) => ({ ...r.report, areas: r.areas, sharedChanges: r.shared })),
        null,
        1,
      ) + '\n',
    );
  else {
    const verdicts = reports.map(
      (r) =>
        `origin ${r.origin}: the model ${beatsPersistence(r) ? 'beats' : 'does NOT beat'} persistence on CRPS for both outcomes`,
    );
    const blocks = results.map(
      (r) =>
        formatOrigin(r.report) +
        '\n' +
        formatAreas(
          `areas: how often the 80 % band (p10-p90) held what happened, from ${r.report.origin}`,
          r.areas,
          r.shared,
        ),
    );
    const all = formatAreas(`areas, all origins (${origins.join(', ')}) together`, pooled);
    process.stdout.write(blocks.join('\n') + '\n' + all + '\n' + verdicts.join('\n') + '\n');
  }
  return reports.every(beatsPersistence) ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));

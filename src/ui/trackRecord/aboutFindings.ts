/**
 * What the validation found, in words, for "Om modellen": built from the track record (src/data/trackRecord.json)
 * each time, so that the sentences say what the current model's numbers say and never go stale. Whether the model
 * beats "no change" on each outcome from each start year, how often its 80 % interval held what happened, the
 * country's share without a GP in the last test year against each start year's forecast, how municipalities in crisis
 * and those at 0 at the start year fared against the model's mean, the probabilities against the naive ones, the
 * national backtest from 2019 out of sample, and how often the bands of the country, the counties and the classes
 * held what happened. A loss is said as plainly as a win.
 */
import type { BacktestTrack, OriginTrack, TrackRecord } from '../../engine/validation/trackRecord.ts';
import {
  areaCoverage,
  bandsTooNarrow,
  coverageOf,
  type AreaCoverage,
  type AreaKind,
} from '../../engine/validation/areaCoverage.ts';
import { formatPercent, formatSigned } from '../format.ts';
import { getLocale, joinPercent, localeTag } from '../i18n.ts';

type Lang = 'nb' | 'nn' | 'en';
const lang = (): Lang => getLocale();
const pick = (nb: string, nn: string, en: string): string => ({ nb, nn, en })[lang()];

/** "2020, 2022 og 2024" (nb, nn) or "2020, 2022 and 2024" (en). */
function listText(items: readonly (string | number)[], and = pick('og', 'og', 'and')): string {
  const s = items.map(String);
  if (s.length <= 1) return s.join('');
  return `${s.slice(0, -1).join(', ')} ${and} ${s[s.length - 1]}`;
}

const pct = (x: number) => formatPercent(x, 1);
/** A share as percentage points with two decimals ("4,84"). */
const pp2 = (x: number) =>
  new Intl.NumberFormat(localeTag(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x * 100);
/** A share with exactly one decimal ("20,0 %"), for means set side by side. */
const pct1 = (x: number) =>
  new Intl.NumberFormat(localeTag(), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    x,
  );
/** An interval of shares "0,9–3,5 %". */
const pctInterval = (lo: number, hi: number) => `${pct(lo).replace(/\s*%$/, '')}–${pct(hi)}`;
/** A range of shares "76–86 %" (one value when both round alike). */
function pctRange(values: readonly number[]): string {
  const lo = formatPercent(Math.min(...values), 0);
  const hi = formatPercent(Math.max(...values), 0);
  return lo === hi ? lo : `${lo.replace(/\s*%$/, '')}–${hi}`;
}

const OUTCOME_NAME = {
  share: () => pick('andelen uten fastlege', 'delen utan fastlege', 'the share without a GP'),
  listLength: () => pick('listelengden', 'listelengda', 'the list length'),
} as const;

/** The model against "no change" (CRPS over all scored municipality-years), per outcome and start year. */
function scoreSentence(origins: readonly OriginTrack[]): string {
  const years = origins.map((o) => o.origin);
  const wins = (k: 'share' | 'listLength') => origins.filter((o) => o.all[k].crps < o.all[k].crpsPersistence);
  const shareWins = wins('share');
  const listWins = wins('listLength');
  if (shareWins.length === origins.length && listWins.length === origins.length)
    return pick(
      `Modellen slår «ingen endring» på begge utfall fra alle startårene (${listText(years)}).`,
      `Modellen slår «ingen endring» på begge utfalla frå alle startåra (${listText(years)}).`,
      `The model beats “no change” on both outcomes from every start year (${listText(years)}).`,
    );
  const parts = (['share', 'listLength'] as const).map((k) => {
    const won = (k === 'share' ? shareWins : listWins).map((o) => o.origin);
    const lost = years.filter((y) => !won.includes(y));
    const name = OUTCOME_NAME[k]();
    if (lost.length === 0)
      return pick(
        `slår den «ingen endring» på ${name} fra alle startårene`,
        `slår han «ingen endring» på ${name} frå alle startåra`,
        `it beats “no change” on ${name} from every start year`,
      );
    if (won.length === 0)
      return pick(
        `taper den mot «ingen endring» på ${name} fra alle startårene`,
        `taper han mot «ingen endring» på ${name} frå alle startåra`,
        `it loses to “no change” on ${name} from every start year`,
      );
    return pick(
      `slår den «ingen endring» på ${name} fra ${listText(won)}, men taper fra ${listText(lost)}`,
      `slår han «ingen endring» på ${name} frå ${listText(won)}, men taper frå ${listText(lost)}`,
      `it beats “no change” on ${name} from ${listText(won)} but loses from ${listText(lost)}`,
    );
  });
  return pick(
    `Målt med CRPS ${parts.join('; ')}.`,
    `Målt med CRPS ${parts.join('; ')}.`,
    `Measured by CRPS, ${parts.join('; ')}.`,
  );
}

/**
 * The model against the naive forecast that knows where a municipality stood (where municipalities that stood alike
 * went as many years later), on the share without a GP, per start year as printed (CRPS in points, two decimals).
 * Null when the track record has no such score (files before it).
 */
function standingScoreSentence(origins: readonly OriginTrack[]): string | null {
  const rows = [...origins]
    .sort((a, b) => a.origin - b.origin)
    .flatMap((o) => {
      const naive = o.all.share.crpsStanding;
      return naive === undefined ? [] : [{ origin: o.origin, model: o.all.share.crps, naive }];
    });
  if (rows.length === 0) return null;
  const shown = (x: number) => Math.round(x * 10000);
  const won = rows.filter((r) => shown(r.model) < shown(r.naive)).map((r) => r.origin);
  const lost = rows.filter((r) => shown(r.model) >= shown(r.naive)).map((r) => r.origin);
  const numbers = rows
    .map((r) =>
      pick(
        `fra ${r.origin} ${pp2(r.model)} mot ${pp2(r.naive)}`,
        `frå ${r.origin} ${pp2(r.model)} mot ${pp2(r.naive)}`,
        `from ${r.origin} ${pp2(r.model)} against ${pp2(r.naive)}`,
      ),
    )
    .join('; ');
  const head = pick(
    'Mot en naiv prognose som vet hvor kommunen sto ved startåret (hvor kommuner som sto likt, havnet like mange år senere) er modellen på andelen uten fastlege',
    'Mot ein naiv prognose som veit kvar kommunen stod ved startåret (kvar kommunar som stod likt, hamna like mange år seinare) er modellen på delen utan fastlege',
    'Against a naive forecast that knows where the municipality stood at the start year (where municipalities that stood alike went as many years later) the model is, on the share without a GP,',
  );
  const verdict =
    lost.length === 0
      ? pick('bedre fra alle startårene', 'betre frå alle startåra', 'better from every start year')
      : won.length === 0
        ? pick('ikke bedre fra noe startår', 'ikkje betre frå noko startår', 'better from no start year')
        : pick(
            `bedre fra ${listText(won)}, men ikke fra ${listText(lost)}`,
            `betre frå ${listText(won)}, men ikkje frå ${listText(lost)}`,
            `better from ${listText(won)} but not from ${listText(lost, 'or')}`,
          );
  return `${head} ${verdict} (CRPS ${pick('i prosentpoeng', 'i prosentpoeng', 'in percentage points')}: ${numbers}).`;
}

/** How often p10-p90 held what happened, over the start years. */
function coverageSentence(origins: readonly OriginTrack[]): string {
  const share = pctRange(origins.map((o) => o.all.share.coverage80));
  const list = pctRange(origins.map((o) => o.all.listLength.coverage80));
  return pick(
    `Intervallet (p10–p90) traff det som skjedde for andelen uten fastlege i ${share} av kommune-årene og for listelengden i ${list} (målet er 80 %).`,
    `Intervallet (p10–p90) trefte det som skjedde for delen utan fastlege i ${share} av kommune-åra og for listelengda i ${list} (målet er 80 %).`,
    `The interval (p10–p90) held what happened for the share without a GP in ${share} of municipality-years and for the list length in ${list} (the aim is 80%).`,
  );
}

/** The country's share without a GP in the last test year: each start year's median and band against the outcome. */
function nationalSentence(origins: readonly OriginTrack[]): string | null {
  const year = Math.max(...origins.flatMap((o) => o.years));
  const items: string[] = [];
  const outside: number[] = [];
  for (const o of [...origins].sort((a, b) => a.origin - b.origin)) {
    const i = o.years.indexOf(year);
    const s = o.regions['national']?.share;
    if (i < 0 || !s) continue;
    const [p10, p50, p90, actual] = [s.p10[i], s.p50[i], s.p90[i], s.actual[i]];
    if (p10 == null || p50 == null || p90 == null || actual == null) continue;
    if (actual < p10 || actual > p90) outside.push(o.origin);
    items.push(
      pick(
        `fra ${o.origin} ${pct(p50)} (${pctInterval(p10, p90)}) mot ${pct(actual)}`,
        `frå ${o.origin} ${pct(p50)} (${pctInterval(p10, p90)}) mot ${pct(actual)}`,
        `from ${o.origin} ${pct(p50)} (${pctInterval(p10, p90)}) against ${pct(actual)}`,
      ),
    );
  }
  if (items.length === 0) return null;
  const head = pick(
    `Hele landet, andelen uten fastlege i ${year} i kommunene med egne tall ved startåret, modellens median (80 %-intervall) mot det som skjedde: `,
    `Heile landet, delen utan fastlege i ${year} i kommunane med eigne tal ved startåret, medianen til modellen (80 %-intervall) mot det som skjedde: `,
    `The whole country, the share without a GP in ${year} in the municipalities with figures of their own at the start year, the model’s median (80% interval) against what happened: `,
  );
  const tail =
    outside.length === 0
      ? pick(' Alle innenfor intervallet.', ' Alle innanfor intervallet.', ' All within the interval.')
      : pick(
          ` Fra ${listText(outside)} lå det som skjedde utenfor intervallet.`,
          ` Frå ${listText(outside)} låg det som skjedde utanfor intervallet.`,
          ` From ${listText(outside)} what happened lay outside the interval.`,
        );
  return `${head}${items.join('; ')}.${tail}`;
}

const AREA_NAME: Readonly<Record<AreaKind, () => string>> = {
  national: () => pick('hele landet', 'heile landet', 'the whole country'),
  fylke: () => pick('fylkene', 'fylka', 'the counties'),
  sentralitet: () => pick('sentralitetsklassene', 'sentralitetsklassane', 'the centrality classes'),
  kommune: () => pick('kommunene', 'kommunane', 'the municipalities'),
};

/**
 * The bands of sums of municipalities (the country, the counties, the centrality classes) over every start year: how
 * often they held what happened beside the municipalities' own, whether that is too narrow, why, and where the median
 * missed by more than "no change" (areaCoverage.ts).
 */
export function areaSentence(origins: readonly OriginTrack[]): string | null {
  const all = areaCoverage(origins);
  const areas = all.filter((a) => a.kind !== 'kommune' && a.share.n > 0 && a.listLength.n > 0);
  const municipal = all.find((a) => a.kind === 'kommune');
  if (areas.length === 0 || !municipal) return null;
  const c = (h: AreaCoverage['share']) => formatPercent(coverageOf(h), 0);
  const first = areas[0]!;
  // "56 % av tilfellene for hele landet, 58 % for fylkene og 50 % for sentralitetsklassene (kommunene: 83 %)"
  const shareText = `${listText(
    areas.map((a) =>
      a === first
        ? pick(
            `${c(a.share)} av tilfellene for ${AREA_NAME[a.kind]()}`,
            `${c(a.share)} av tilfella for ${AREA_NAME[a.kind]()}`,
            `${c(a.share)} of the cases for ${AREA_NAME[a.kind]()}`,
          )
        : `${c(a.share)} for ${AREA_NAME[a.kind]()}`,
    ),
  )} (${AREA_NAME.kommune()}: ${c(municipal.share)})`;
  const listLengthText = `${listText(areas.map((a) => c(a.listLength)))} (${AREA_NAME.kommune()}: ${c(municipal.listLength)})`;
  const narrow = areas.some(bandsTooNarrow);
  const years = listText(origins.map((o) => o.origin));
  const head = narrow
    ? pick(
        'For større områder har 80 %-intervallet vært for smalt. ',
        'For større område har 80 %-intervallet vore for smalt. ',
        'For larger areas the 80% interval has been too narrow. ',
      )
    : '';
  const body = pick(
    `Fra startårene ${years} traff intervallet ${OUTCOME_NAME.share()} i ${shareText}, og ${OUTCOME_NAME.listLength()} i ${listLengthText}.`,
    `Frå startåra ${years} trefte intervallet ${OUTCOME_NAME.share()} i ${shareText}, og ${OUTCOME_NAME.listLength()} i ${listLengthText}.`,
    `From the start years ${years} the interval held ${OUTCOME_NAME.share()} in ${shareText}, and ${OUTCOME_NAME.listLength()} in ${listLengthText}.`,
  );
  const why = narrow
    ? pick(
        ' Svingningene i hver kommune er trukket hver for seg og jevner seg ut i en sum, mens det modellen bommer på for en sum, er utviklingen i alle kommunene samlet.',
        ' Svingingane i kvar kommune er trekte kvar for seg og jamnar seg ut i ein sum, medan det modellen bommar på for ein sum, er utviklinga i alle kommunane samla.',
        ' Each municipality’s swings are drawn on their own and even out in a sum, while what the model misses for a sum is the course of all the municipalities together.',
      )
    : '';
  const losses = (k: 'share' | 'listLength') =>
    areas.filter((a: AreaCoverage) => a[k].maeMedian > a[k].maePersistence).map((a) => AREA_NAME[a.kind]());
  const lossText = (['share', 'listLength'] as const)
    .filter((k) => losses(k).length > 0)
    .map((k) =>
      pick(
        ` På ${OUTCOME_NAME[k]()} bommet medianen i snitt mer enn «ingen endring» for ${listText(losses(k))}.`,
        ` På ${OUTCOME_NAME[k]()} bomma medianen i snitt meir enn «ingen endring» for ${listText(losses(k))}.`,
        ` For ${OUTCOME_NAME[k]()} the median missed by more than “no change” on average for ${listText(losses(k))}.`,
      ),
    )
    .join('');
  return `${head}${body}${why}${lossText}`;
}

/**
 * The national backtest's held-out years: GPs and list length against their target, the central run's count, and the
 * count as the app estimates it (the Monte Carlo mean) where the record has it.
 */
function backtestSentence(b: BacktestTrack): string | null {
  const out = b.rows.filter((r) => r.sample === 'out');
  if (out.length === 0) return null;
  const errors = (id: string) => out.filter((r) => r.indicator === id);
  const signed = (x: number) => formatSigned(x * 100, (v) => formatPercent(v / 100, 1));
  // "−66,4 % i 2023 og −58,5 % i 2025": the central run's rows of an indicator, and the Monte Carlo mean's
  const yearErrors = (rows: readonly { readonly error: number; readonly year: number }[]) =>
    listText(
      rows.map((r) =>
        pick(`${signed(r.error)} i ${r.year}`, `${signed(r.error)} i ${r.year}`, `${signed(r.error)} in ${r.year}`),
      ),
    );
  const describe = (id: string) => yearErrors(errors(id));
  const gpList = [...errors('nGps'), ...errors('meanListLength')];
  const tolerance = gpList[0]?.tolerance ?? 0.05;
  const missed = gpList.filter((r) => Math.abs(r.error) > r.tolerance);
  const verdict =
    missed.length === 0
      ? pick('alle innenfor', 'alle innanfor', 'all within')
      : pick(
          `${missed.length} av ${gpList.length} utenfor`,
          `${missed.length} av ${gpList.length} utanfor`,
          `${missed.length} of ${gpList.length} outside`,
        );
  const first = pick(
    `Tilbaketesting for hele landet fra 31.12.${b.origin} med bare det som var kjent da, kalibrert på ${b.origin}–${b.calibratedUntil}, uten tilfeldige hendelser, i årene etter kalibreringen: antall fastleger ${describe('nGps')}, listelengden ${describe('meanListLength')} (målet er ±${formatPercent(tolerance, 0)}: ${verdict}).`,
    `Tilbaketesting for heile landet frå 31.12.${b.origin} med berre det som var kjent då, kalibrert på ${b.origin}–${b.calibratedUntil}, utan tilfeldige hendingar, i åra etter kalibreringa: talet på fastlegar ${describe('nGps')}, listelengda ${describe('meanListLength')} (målet er ±${formatPercent(tolerance, 0)}: ${verdict}).`,
    `National backtest from 31 Dec ${b.origin} with only what was known then, calibrated on ${b.origin}–${b.calibratedUntil}, without random events, in the years after the calibration: GPs ${describe('nGps')}, list length ${describe('meanListLength')} (the target is ±${formatPercent(tolerance, 0)}: ${verdict}).`,
  );
  if (errors('nResidentsWithoutGp').length === 0) return first;
  const count = describe('nResidentsWithoutGp');
  const mc = b.monteCarlo;
  const mcOut = mc?.rows.filter((r) => r.sample === 'out') ?? [];
  if (mc && mcOut.length > 0) {
    const mcCount = yearErrors(mcOut);
    const central = pick(
      `Den samme beregningen bommer på innbyggere uten fastlege med ${count} (uten tilfeldige hendelser står ledige lister bare som deler av lister).`,
      `Den same utrekninga bommar på innbyggjarar utan fastlege med ${count} (utan tilfeldige hendingar står ledige lister berre som delar av lister).`,
      `The same run misses residents without a GP by ${count} (without random events vacant lists stand only as parts of lists).`,
    );
    const outside = mcOut.filter((r) => r.errorP10 > 0 || r.errorP90 < 0);
    const above = outside.length === mcOut.length && mcOut.every((r) => r.errorP90 < 0);
    const outsideText =
      outside.length === 0
        ? ''
        : above
          ? pick(
              ', og det som skjedde lå over 80 %-intervallet alle årene',
              ', og det som skjedde låg over 80 %-intervallet alle åra',
              ', and what happened lay above the 80% interval every year',
            )
          : pick(
              `, og det som skjedde lå utenfor 80 %-intervallet i ${listText(outside.map((r) => r.year))}`,
              `, og det som skjedde låg utanfor 80 %-intervallet i ${listText(outside.map((r) => r.year))}`,
              `, and what happened lay outside the 80% interval in ${listText(outside.map((r) => r.year))}`,
            );
    const mcMissed = mcOut.some((r) => Math.abs(r.error) > r.tolerance);
    const mcSentence = mcMissed
      ? pick(
          `Gjennomsnittet av ${mc.runs} kjøringer med tilfeldige hendelser, det appen viser, bommer også, med ${mcCount}${outsideText}. Fra denne starten er de fleste kommunene bygd opp fra kommuner som ligner; antallet vurderes derfor kommune for kommune fra startår der kommunene har egne tall (tabellene under).`,
          `Gjennomsnittet av ${mc.runs} køyringar med tilfeldige hendingar, det appen viser, bommar også, med ${mcCount}${outsideText}. Frå denne starten er dei fleste kommunane bygde opp frå kommunar som liknar; talet blir difor vurdert kommune for kommune frå startår der kommunane har eigne tal (tabellane under).`,
          `The mean of ${mc.runs} runs with random events, which the app shows, misses too, by ${mcCount}${outsideText}. From this start most municipalities are rebuilt from similar ones; the count is therefore judged municipality by municipality from start years where they have their own figures (the tables below).`,
        )
      : pick(
          `Gjennomsnittet av ${mc.runs} kjøringer med tilfeldige hendelser, det appen viser, bommer med ${mcCount} (målet er ±${formatPercent(mcOut[0]!.tolerance, 0)}: innenfor)${outsideText}.`,
          `Gjennomsnittet av ${mc.runs} køyringar med tilfeldige hendingar, det appen viser, bommar med ${mcCount} (målet er ±${formatPercent(mcOut[0]!.tolerance, 0)}: innanfor)${outsideText}.`,
          `The mean of ${mc.runs} runs with random events, which the app shows, misses by ${mcCount} (the target is ±${formatPercent(mcOut[0]!.tolerance, 0)}: within)${outsideText}.`,
        );
    return `${first} ${central} ${mcSentence}`;
  }
  return `${first} ${pick(
    `Den samme beregningen bommer på innbyggere uten fastlege med ${count}: uten tilfeldige hendelser står ledige lister som deler av lister, og antallet blir for lavt. Antallet vurderes derfor i usikkerhetsberegningen, kommune for kommune (tabellene under).`,
    `Den same utrekninga bommar på innbyggjarar utan fastlege med ${count}: utan tilfeldige hendingar står ledige lister som delar av lister, og talet blir for lågt. Talet blir difor vurdert i usikkerheitsutrekninga, kommune for kommune (tabellane under).`,
    `The same run misses residents without a GP by ${count}: without random events vacant lists stand as parts of lists, and the count comes out too low. The count is therefore judged in the uncertainty runs, municipality by municipality (the tables below).`,
  )}`;
}

const EVENT_NAME = {
  anyListWithoutGp: () =>
    pick('«minst én liste uten fastlege»', '«minst éi liste utan fastlege»', '“at least one list without a GP”'),
  shareAtLeast5pct: () => pick('«minst 5 % uten fastlege»', '«minst 5 % utan fastlege»', '“at least 5% without a GP”'),
} as const;

/**
 * The probabilities a municipality is shown (the runs pooled with the base rate from where it stands) against the
 * naive ones, by Brier score over every start year and both events: how many pairs they beat each naive forecast in,
 * the pairs they lose named; and how often the runs' own shares did better than the pooled ones.
 */
function eventSentence(origins: readonly OriginTrack[]): string | null {
  const pairs = origins.flatMap((o) =>
    o.events
      ? (['anyListWithoutGp', 'shareAtLeast5pct'] as const).flatMap((e) => {
          const b = o.events![e]?.brier;
          return b && b.modelPooled !== undefined ? [{ origin: o.origin, event: e, brier: b }] : [];
        })
      : [],
  );
  if (pairs.length === 0) return null;
  const n = pairs.length;
  const beats = (naive: 'persistence' | 'climatology' | 'stateBaseRate') =>
    pairs.filter((p) => p.brier[naive] !== undefined && p.brier.modelPooled! < p.brier[naive]!);
  const lost = pairs.filter((p) => !beats('stateBaseRate').includes(p));
  // the losses by start year: the year alone where both events lost, else the year and the event
  const lostYears = [...new Set(lost.map((p) => p.origin))];
  const lostItems = lostYears.map((y) => {
    const events = lost.filter((p) => p.origin === y);
    const both = events.length === pairs.filter((p) => p.origin === y).length;
    return both ? String(y) : `${y} for ${events.map((p) => EVENT_NAME[p.event]()).join(', ')}`;
  });
  // (English negates the list with "or": "not from 2022 or 2024")
  const lostText =
    lost.length === 0
      ? ''
      : ` (${pick('ikke fra', 'ikkje frå', 'not from')} ${listText(lostItems, pick('og', 'og', 'or'))})`;
  const runsBetter = pairs.filter((p) => p.brier.model !== undefined && p.brier.model < p.brier.modelPooled!);
  const [a, b, c, d] = [
    beats('persistence').length,
    beats('climatology').length,
    beats('stateBaseRate').length,
    runsBetter.length,
  ];
  return pick(
    `Sannsynlighetene appen viser for en kommune (kjøringene vektet med kommuner som sto likt), målt med Brier-skår (lavere er bedre) for ${EVENT_NAME.anyListWithoutGp()} og ${EVENT_NAME.shareAtLeast5pct()} fra hvert startår (${n} i alt): bedre enn «ingen endring» i ${a} av ${n}, enn sentralitetsklassens fordeling i ${b} av ${n}, og enn hvor ofte kommuner som sto likt ved startåret fikk det samme, i ${c} av ${n}${lostText}. Kjøringenes egne andeler, uten vektingen, var bedre i ${d} av ${n}.`,
    `Sannsyna appen viser for ein kommune (køyringane vekta med kommunar som stod likt), målte med Brier-skår (lågare er betre) for ${EVENT_NAME.anyListWithoutGp()} og ${EVENT_NAME.shareAtLeast5pct()} frå kvart startår (${n} i alt): betre enn «ingen endring» i ${a} av ${n}, enn fordelinga i sentralitetsklassen i ${b} av ${n}, og enn kor ofte kommunar som stod likt ved startåret fekk det same, i ${c} av ${n}${lostText}. Dei eigne delane til køyringane, utan vektinga, var betre i ${d} av ${n}.`,
    `The probabilities the app shows for a municipality (the runs weighed with municipalities that stood alike), by Brier score (lower is better) for ${EVENT_NAME.anyListWithoutGp()} and ${EVENT_NAME.shareAtLeast5pct()} from each start year (${n} in all): better than “no change” in ${a} of ${n}, than the centrality class’s distribution in ${b} of ${n}, and than how often municipalities that stood where it stood at the start year had the same, in ${c} of ${n}${lostText}. The runs’ own shares, without the weighing, did better in ${d} of ${n}.`,
  );
}

/**
 * Where municipalities stood at the start year: those in crisis (20 % or more without a GP) and those with nobody
 * without a GP, the mean share in the years after against the model's mean and "no change", per start year; and
 * from which start years the model came closer than "no change" there.
 */
function standingSentence(origins: readonly OriginTrack[]): string | null {
  const sorted = [...origins].sort((a, b) => a.origin - b.origin);
  const sentences = ([3, 0] as const).flatMap((band) => {
    const rows = sorted.flatMap((o) => {
      const g = o.byOriginBand?.find((x) => x.group === String(band));
      return g ? [{ origin: o.origin, s: g.share }] : [];
    });
    if (rows.length === 0) return [];
    const items = rows.map(({ origin, s }) =>
      pick(
        `fra ${origin} ${pct1(s.meanActual)} (modellen ${pct1(s.mean)}, «ingen endring» ${pct1(s.meanPersistence)})`,
        `frå ${origin} ${pct1(s.meanActual)} (modellen ${pct1(s.mean)}, «ingen endring» ${pct1(s.meanPersistence)})`,
        `from ${origin} ${pct1(s.meanActual)} (the model ${pct1(s.mean)}, “no change” ${pct1(s.meanPersistence)})`,
      ),
    );
    // compared as printed (tenths of a percentage point), so that the verdict agrees with the numbers beside it
    const miss = (x: number, actual: number) => Math.abs(Math.round(x * 1000) - Math.round(actual * 1000));
    const closer = rows.filter(({ s }) => miss(s.mean, s.meanActual) < miss(s.meanPersistence, s.meanActual));
    const farther = rows.filter(({ s }) => miss(s.mean, s.meanActual) > miss(s.meanPersistence, s.meanActual));
    const notCloser = rows.filter((r) => !closer.includes(r)).map((r) => r.origin);
    const verdict =
      closer.length === rows.length
        ? pick(
            'Modellen lå nærmere enn «ingen endring» fra alle startårene.',
            'Modellen låg nærare enn «ingen endring» frå alle startåra.',
            'The model came closer than “no change” from every start year.',
          )
        : farther.length === rows.length
          ? pick(
              '«Ingen endring» lå nærmere enn modellen fra alle startårene.',
              '«Ingen endring» låg nærare enn modellen frå alle startåra.',
              '“No change” came closer than the model from every start year.',
            )
          : closer.length === 0
            ? pick(
                'Modellen lå ikke nærmere enn «ingen endring» fra noe startår.',
                'Modellen låg ikkje nærare enn «ingen endring» frå noko startår.',
                'The model came no closer than “no change” from any start year.',
              )
            : pick(
                `Modellen lå nærmere enn «ingen endring» fra ${listText(closer.map((r) => r.origin))}, ikke fra ${listText(notCloser)}.`,
                `Modellen låg nærare enn «ingen endring» frå ${listText(closer.map((r) => r.origin))}, ikkje frå ${listText(notCloser)}.`,
                `The model came closer than “no change” from ${listText(closer.map((r) => r.origin))}, not from ${listText(notCloser, 'or')}.`,
              );
    const head =
      band === 3
        ? pick(
            'Kommuner med 20 % eller mer uten fastlege ved startåret hadde i snitt så mange uten fastlege i årene etter: ',
            'Kommunar med 20 % eller meir utan fastlege ved startåret hadde i snitt så mange utan fastlege i åra etter: ',
            'Municipalities with 20% or more without a GP at the start year had this many without a GP on average in the years after: ',
          )
        : pick(
            'Kommuner der ingen sto uten fastlege ved startåret: ',
            'Kommunar der ingen stod utan fastlege ved startåret: ',
            'Municipalities where nobody was without a GP at the start year: ',
          );
    return [`${head}${items.join('; ')}. ${verdict}`];
  });
  return sentences.length > 0 ? sentences.join(' ') : null;
}

/** The findings paragraphs, in the current language. */
export function validationFindings(record: TrackRecord): string[] {
  const origins = record.origins;
  const out: string[] = [];
  if (origins.length > 0) {
    const standingScore = standingScoreSentence(origins);
    out.push(
      [scoreSentence(origins), standingScore, coverageSentence(origins)].filter((x): x is string => !!x).join(' '),
    );
    const national = nationalSentence(origins);
    if (national) out.push(national);
    const events = eventSentence(origins);
    if (events) out.push(events);
  }
  const backtest = record.backtest ? backtestSentence(record.backtest) : null;
  if (backtest) out.push(backtest);
  const standing = standingSentence(origins);
  if (standing) out.push(standing);
  const areas = areaSentence(origins);
  if (areas) out.push(areas);
  return out.map(joinPercent);
}

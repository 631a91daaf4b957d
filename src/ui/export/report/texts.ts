/**
 * The council report's own words in bokmål and English (kept here rather than in i18n.ts: they are only loaded
 * with the report). DOM-free.
 */
import { joinPercent, loc } from '../../i18n.ts';

export const R = {
  reportTitle: { nb: 'Fastlegeordningen i {region}', en: 'The GP scheme in {region}' },
  reportSubtitle: {
    nb: '{scenarios}\nFremskriving 2026–{last} · laget {date} med Fastlegesimulatoren',
    en: '{scenarios}\nProjection 2026–{last} · made {date} with Fastlegesimulatoren',
  },
  reportVs: { nb: '{scenario} sammenlignet med {reference}', en: '{scenario} compared with {reference}' },
  summaryHeading: { nb: 'Sammendrag', en: 'Summary' },
  summaryIntro: {
    nb: 'Rapporten viser hva {scenarios} kan bety for fastlegeordningen i {region} fram mot {last}, sammenlignet med {reference}. Tallene er forventede verdier (gjennomsnittet av {runs} simuleringer med samme tilfeldige tall i hvert scenario).',
    en: 'The report shows what {scenarios} may mean for the GP scheme in {region} up to {last}, compared with {reference}. The figures are expected values (the mean of {runs} simulations with the same random numbers in each scenario).',
  },
  summaryIntroDet: {
    nb: 'Rapporten viser hva {scenarios} kan bety for fastlegeordningen i {region} fram mot {last}, sammenlignet med {reference}. Usikkerheten er ikke beregnet ennå (én beregning uten Monte Carlo).',
    en: 'The report shows what {scenarios} may mean for the GP scheme in {region} up to {last}, compared with {reference}. The uncertainty has not been computed yet (one run without Monte Carlo).',
  },
  summaryDoes: { nb: '{scenario} endrer: {list}.', en: '{scenario} changes: {list}.' },
  summaryMore: {
    nb: 'og {n} til (se «Dette er endret fra dagens politikk»)',
    en: 'and {n} more (see “What differs from current policy”)',
  },
  summaryDoesNothing: {
    nb: '{scenario} har ingen endringer fra dagens politikk.',
    en: '{scenario} has no changes from current policy.',
  },
  summaryWithout: {
    nb: 'Innbyggere uten fastlege i {year}: om lag {scen} med {scenario} mot {ref} med {reference}, {diff}.',
    en: 'Residents without a GP in {year}: about {scen} with {scenario} against {ref} with {reference}, {diff}.',
  },
  summaryGps: {
    nb: 'Fastleger i {year}: {scen} mot {ref}, {diff}.',
    en: 'GPs in {year}: {scen} against {ref}, {diff}.',
  },
  summaryOnCall: {
    nb: 'Legevakt i {year}: {scen} timer per fastlege i måneden mot {ref}, {diff}.',
    en: 'Out-of-hours (legevakt) in {year}: {scen} hours per GP a month against {ref}, {diff}.',
  },
  summaryCost: {
    nb: 'Offentlige kostnader i {year}: {scen} mill. kr mot {ref} mill. kr, {diff}.',
    en: 'Public cost in {year}: NOK {scen} million against NOK {ref} million, {diff}.',
  },
  summaryProbability: {
    nb: 'Sannsynligheten for minst én liste uten fastlege i {year}: {p} med {scenario} mot {ref} med {reference}; for at minst 5 % av innbyggerne står uten fastlege: {p5} mot {ref5}.',
    en: 'The probability of at least one list without a GP in {year}: {p} with {scenario} against {ref} with {reference}; of at least 5 % of the residents without a GP: {p5} against {ref5}.',
  },
  summaryStanding: {
    nb: 'Til sammenligning, uten modell: av kommunene som sto likt i {start} ({band} uten fastlege), hadde {p} minst én liste uten fastlege {k} år senere ({n} tilfeller, SSB {from}–{until}), og i snitt {share} av innbyggerne var da uten fastlege.',
    en: 'For comparison, without a model: of the municipalities that stood alike in {start} ({band} without a GP), {p} had at least one list without a GP {k} years later ({n} cases, SSB {from}–{until}), and on average {share} of the residents were then without a GP.',
  },
  summaryStandingNoShare: {
    nb: 'Til sammenligning, uten modell: av kommunene som sto likt i {start} ({band} uten fastlege), hadde {p} minst én liste uten fastlege {k} år senere ({n} tilfeller, SSB {from}–{until}).',
    en: 'For comparison, without a model: of the municipalities that stood alike in {start} ({band} without a GP), {p} had at least one list without a GP {k} years later ({n} cases, SSB {from}–{until}).',
  },
  summaryStandingFew: {
    nb: 'Til sammenligning, uten modell: for få kommuner sto likt i {start} ({band} uten fastlege) til å si hvor ofte de hadde en liste uten fastlege {k} år senere.',
    en: 'For comparison, without a model: too few municipalities stood alike in {start} ({band} without a GP) to say how often they had a list without a GP {k} years later.',
  },
  summaryProbabilityPooled: {
    nb: 'Sannsynlighetene er vektet som i appen: simuleringene teller {runs} og hvor ofte kommuner som sto likt fikk det {base} (for minst 5 %: {runs5} og {base5}).',
    en: 'The probabilities are weighted as in the app: the simulations count {runs} and how often municipalities that stood alike had it {base} ({runs5} and {base5} for at least 5 %).',
  },
  summaryInterval: {
    nb: 'med 80 % sannsynlighet mellom {lo} og {hi}',
    en: 'with 80 % probability between {lo} and {hi}',
  },
  summarySame: { nb: 'omtrent det samme', en: 'about the same' },
  summaryIntervalSame: { nb: 'med 80 % sannsynlighet omtrent det samme', en: 'with 80 % probability about the same' },
  fewer: { nb: '{n} færre', en: '{n} fewer' },
  more: { nb: '{n} flere', en: '{n} more' },
  hoursLess: { nb: '{n} timer mindre', en: '{n} hours less' },
  hoursMore: { nb: '{n} timer mer', en: '{n} hours more' },
  costLess: { nb: '{n} mill. kr mindre', en: 'NOK {n} million less' },
  costMore: { nb: '{n} mill. kr mer', en: 'NOK {n} million more' },
  summaryUncertainty: {
    nb: '«Med 80 % sannsynlighet» betyr at 8 av 10 simuleringer havner i intervallet. Det skraverte båndet i grafene viser det samme for hvert år. Små kommuner har få leger, så én lege som slutter eller kommer gir store utslag.',
    en: '“With 80 % probability” means that 8 in 10 simulations fall in the interval. The shaded band in the charts shows the same for each year. Small municipalities have few GPs, so one GP leaving or joining moves the figures a lot.',
  },
  keyFiguresHeading: { nb: 'Nøkkeltall', en: 'Key figures' },
  kfFigure: { nb: 'Nøkkeltall', en: 'Key figure' },
  kfValue: { nb: 'Forventet', en: 'Expected' },
  kfRange: { nb: '{lo} til {hi}', en: '{lo} to {hi}' },
  kfInterval: { nb: '80 % intervall', en: '80 % interval' },
  kfDiffShort: { nb: 'mot {reference}', en: 'vs {reference}' },
  kfWithout: { nb: 'Innbyggere uten fastlege {year}', en: 'Residents without a GP {year}' },
  kfGps: { nb: 'Fastleger {year}', en: 'GPs {year}' },
  kfOnCall: { nb: 'Legevakttimer per fastlege per måned {year}', en: 'Legevakt hours per GP per month {year}' },
  kfCost: { nb: 'Offentlige kostnader {year} (mill. kr)', en: 'Public cost {year} (NOK million)' },
  kfProbAny: {
    nb: 'Sannsynlighet for minst én liste uten fastlege {year}',
    en: 'Probability of at least one list without a GP {year}',
  },
  kfProbShare5: {
    nb: 'Sannsynlighet for at minst 5 % er uten fastlege {year}',
    en: 'Probability of at least 5 % without a GP {year}',
  },
  kfPoints: { nb: '{n} prosentpoeng', en: '{n} percentage points' },
  kfNoteProbability: {
    nb: 'Sannsynlighetene er andelen av simuleringene der det skjer, rundet til 5 prosentpoeng.',
    en: 'The probabilities are the share of the simulations in which it happens, rounded to 5 percentage points.',
  },
  kfNoteProbabilityPooled: {
    nb: 'Sannsynlighetene er andelen av simuleringene der det skjer, vektet med hvor ofte kommuner som sto likt fikk det (som i appen), rundet til 5 prosentpoeng.',
    en: 'The probabilities are the share of the simulations in which it happens, weighted with how often municipalities that stood alike had it (as in the app), rounded to 5 percentage points.',
  },
  kfNote: {
    nb: 'Forventet verdi (gjennomsnittet av simuleringene) med 80 % intervall i parentes (10. til 90. persentil). Forskjellen er regnet kjøring for kjøring.',
    en: 'Expected value (the mean of the simulations) with the 80 % interval in brackets (10th to 90th percentile). The difference is taken run by run.',
  },
  chartCaptionBand: {
    nb: 'Linjene er medianen; det skraverte båndet viser hvor 80 % av simuleringene havner (10.–90. persentil). Kryss: historiske tall. Loddrett strek: start på fremskrivingen (31.12.{start}).',
    en: 'The lines are the median; the shaded band shows where 80 % of the simulations fall (10th–90th percentile). Crosses: historical figures. Vertical line: start of the projection (31 Dec {start}).',
  },
  // a chart whose lines are the runs' mean: the caveat that follows says so (chartCautions.ts meanLineNote)
  chartCaptionBandMean: {
    nb: 'Det skraverte båndet viser hvor 80 % av simuleringene havner (10.–90. persentil). Kryss: historiske tall. Loddrett strek: start på fremskrivingen (31.12.{start}).',
    en: 'The shaded band shows where 80 % of the simulations fall (10th–90th percentile). Crosses: historical figures. Vertical line: start of the projection (31 Dec {start}).',
  },
  chartCaptionDet: {
    nb: 'Én beregning uten usikkerhet (Monte Carlo er ikke kjørt). Kryss: historiske tall. Loddrett strek: start på fremskrivingen (31.12.{start}).',
    en: 'One run without uncertainty (Monte Carlo has not run). Crosses: historical figures. Vertical line: start of the projection (31 Dec {start}).',
  },
  chartCaptionProbability: {
    nb: 'Hver verdi er andelen av simuleringene der hendelsen skjer det året. Loddrett strek: start på fremskrivingen (31.12.{start}).',
    en: 'Each value is the share of the simulations in which the event happens that year. Vertical line: start of the projection (31 Dec {start}).',
  },
  startMarker: { nb: 'Start 31.12.{year}', en: 'Start 31 Dec {year}' },
  bandName: { nb: '{name}: 80 % intervall', en: '{name}: 80 % interval' },
  settingsHeading: {
    nb: 'Dette er endret fra dagens politikk',
    en: 'What differs from current policy',
  },
  settingsScenario: { nb: 'Scenario', en: 'Scenario' },
  settingsSetting: { nb: 'Virkemiddel eller forutsetning', en: 'Lever or assumption' },
  settingsValue: { nb: 'Verdi i scenarioet', en: 'Value in the scenario' },
  settingsBaseline: { nb: 'Dagens politikk', en: 'Current policy' },
  trackReportHeading: { nb: 'Hvor godt har modellen truffet?', en: 'How well has the model done?' },
  trackReportIntro: {
    nb: 'For å se hva tallene er verdt, startet vi modellen 31. desember {origin} med bare det som var kjent da, og sammenlignet med det som faktisk skjedde fram til {last}:',
    en: 'To see what the figures are worth, we started the model on 31 December {origin} with only what was known then, and compared it with what really happened up to {last}:',
  },
  trackReportMore: {
    nb: 'Tilbakeblikket for hvert område står under «Treffsikkerhet» i appen, og valideringen for alle kommuner under «Om modellen».',
    en: 'The hindcast for every region is under “Track record” in the app, and the validation for all municipalities under “About the model”.',
  },
  settingsNone: { nb: 'Ingen endringer fra dagens politikk', en: 'No changes from current policy' },
  diffHeading: { nb: 'Forskjell mellom scenarioene', en: 'Difference between the scenarios' },
  budgetHeading: { nb: 'Budsjett', en: 'Budget' },
  fileReport: { nb: 'rapport', en: 'report' },
  fileComparison: { nb: 'sammenligning', en: 'comparison' },
  pageOf: { nb: 'side {n} av {total}', en: 'page {n} of {total}' },
  sourcesHeading: { nb: 'Kilder', en: 'Sources' },
  reportFooter: {
    nb: 'Fastlegesimulatoren {version} · {region} · laget {date}',
    en: 'Fastlegesimulatoren {version} · {region} · made {date}',
  },
} as const;

export type ReportKey = keyof typeof R;

/** A report text in the UI's language, with {placeholders} filled. */
export function rt(key: ReportKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return joinPercent(loc(R[key]).replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`)));
}

/** Every text in both languages (a test checks that none is empty). */
export const REPORT_TEXTS: Readonly<Record<ReportKey, { readonly nb: string; readonly en: string }>> = R;

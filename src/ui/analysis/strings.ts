/**
 * The texts of "Hva betyr mest? · Hva skal til?" in bokmål and English. They live with the panel's code, which loads
 * when the panel is first opened, so they add nothing to the first load (i18n.ts holds only the panel's heading and
 * lead, which the page shows before). Same shape and placeholders as i18n.ts; `at` follows the page's language.
 */
import type { Localized } from '../../levers/types.ts';
import { loc } from '../i18n.ts';

export const A = {
  outcome: { nb: 'Utfall', en: 'Outcome' },
  year: { nb: 'År', en: 'Year' },
  commonLead: {
    nb: 'Gjelder {region}, scenarioet «{scenario}». Virkemidlene endres fra {from}; utfallet leses av i året du velger.',
    nn: 'Gjeld {region}, scenarioet «{scenario}». Verkemidla blir endra frå {from}; utfallet blir lese av i året du vel.',
    en: 'For {region}, the scenario “{scenario}”. The levers change from {from}; the outcome is read in the year you choose.',
  },
  leversFrom: { nb: 'Virkemidlene endres fra', nn: 'Verkemidla blir endra frå', en: 'Levers change from' },
  out_nResidentsWithoutGp: { nb: 'Innbyggere uten fastlege', en: 'Residents without a GP' },
  out_residentsWithoutGpShare: { nb: 'Andel innbyggere uten fastlege', en: 'Share of residents without a GP' },
  out_meanListLength: { nb: 'Gjennomsnittlig listelengde', en: 'Mean list length' },
  out_nGps: { nb: 'Fastleger', en: 'GPs' },
  out_onCallHoursPerGpPerMonth: { nb: 'Legevakttimer per fastlege per måned', en: 'Legevakt hours per GP per month' },
  out_publicCostNok: { nb: 'Offentlig kostnad per år', en: 'Public cost per year' },
  phrase_nResidentsWithoutGp: { nb: 'tallet på innbyggere uten fastlege', en: 'the number of residents without a GP' },
  phrase_residentsWithoutGpShare: {
    nb: 'andelen innbyggere uten fastlege',
    en: 'the share of residents without a GP',
  },
  phrase_meanListLength: { nb: 'gjennomsnittlig listelengde', en: 'the mean list length' },
  phrase_nGps: { nb: 'tallet på fastleger', en: 'the number of GPs' },
  phrase_onCallHoursPerGpPerMonth: {
    nb: 'legevakttimer per fastlege per måned',
    en: 'legevakt hours per GP per month',
  },
  phrase_publicCostNok: { nb: 'den offentlige kostnaden', en: 'the public cost' },
  unit_nResidentsWithoutGp: { nb: 'personer', en: 'persons' },
  unit_residentsWithoutGpShare: { nb: '%', en: '%' },
  unit_meanListLength: { nb: 'pasienter', en: 'patients' },
  unit_nGps: { nb: 'fastleger', en: 'GPs' },
  unit_onCallHoursPerGpPerMonth: { nb: 'timer/måned', en: 'hours/month' },
  unit_publicCostNok: { nb: 'mill. kr', en: 'NOK million' },
  millNok: { nb: '{value} mill. kr', en: 'NOK {value} million' },
  points: { nb: '{value} prosentpoeng', en: '{value} percentage points' },

  run: { nb: 'Beregn', en: 'Compute' },
  cancel: { nb: 'Avbryt', en: 'Cancel' },
  cancelled: { nb: 'Avbrutt.', en: 'Cancelled.' },
  starting: { nb: 'Starter beregningen …', en: 'Starting …' },
  progressOf: { nb: 'Beregner … {done} av {total}', en: 'Computing … {done} of {total}' },
  progressRuns: { nb: 'Beregner … {done} modellkjøringer', en: 'Computing … {done} model runs' },
  progressBest: {
    nb: 'Beregner … {done} modellkjøringer (høyst {total}); billigste som når målet så langt: {best}',
    en: 'Computing … {done} model runs (at most {total}); cheapest reaching the target so far: {best}',
  },
  progressNoBest: {
    nb: 'Beregner … {done} modellkjøringer (høyst {total}); ingen pakke når målet ennå',
    en: 'Computing … {done} model runs (at most {total}); no package reaches the target yet',
  },
  doneIn: {
    nb: 'Ferdig på {seconds} s ({runs} modellkjøringer).',
    en: 'Done in {seconds} s ({runs} model runs).',
  },
  failed: { nb: 'Beregningen feilet: {message}', en: 'The computation failed: {message}' },
  stale: {
    nb: 'Scenarioet, området eller valgene er endret siden dette ble beregnet. Trykk «Beregn» for å regne på nytt.',
    en: 'The scenario, the region or the choices changed since this was computed. Press “Compute” to run it again.',
  },
  showTable: { nb: 'Vis som tabell', en: 'Show as table' },
  showChart: { nb: 'Vis som graf', en: 'Show as chart' },
  // the first part of an exported file's name (the tornado of the levers and the package use their headings)
  fileAssumptions: {
    nb: 'Hva betyr mest av forutsetningene',
    nn: 'Kva for føresetnader har mest å seie',
    en: 'Which assumptions matter most',
  },
  fileVariance: {
    nb: 'Hvor usikkerheten kommer fra',
    nn: 'Kvar uvissa kjem frå',
    en: 'Where the uncertainty comes from',
  },

  sensHeading: { nb: 'Hva betyr mest?', en: 'Which lever matters most?' },
  sensLead: {
    nb: 'Hvert virkemiddel flyttes en firedel av spennet sitt ned og opp fra dagens verdi (av/på byttes), hver for seg, og vi ser hvor mye utfallet endres. Kostnaden er den ekstra offentlige kostnaden i året, for hele landet når virkemiddelet er nasjonalt.',
    en: 'Each lever is moved a quarter of its range down and up from today’s value (on/off switched), one at a time, and we see how much the outcome changes. The cost is the extra public cost in the year, for the whole country when the lever is national.',
  },
  sensAssumptions: {
    nb: 'Ta med usikkerhet: hva betyr mest av forutsetningene (tregere)',
    en: 'Include uncertainty: which assumptions matter most (slower)',
  },
  runsLabel: { nb: 'Kjøringer', en: 'Runs' },
  tornadoTitle: {
    nb: 'Hva betyr mest for {outcome} i {year}, {region}',
    en: 'What matters most for {outcome} in {year}, {region}',
  },
  tornadoAssumptionsTitle: {
    nb: 'Usikkerhet: hva betyr mest av forutsetningene for {outcome} i {year}, {region}',
    en: 'Uncertainty: which assumptions matter most for {outcome} in {year}, {region}',
  },
  tornadoDown: { nb: 'Ned', en: 'Down' },
  tornadoUp: { nb: 'Opp', en: 'Up' },
  tornadoMin: { nb: 'Laveste verdi', en: 'Lowest value' },
  tornadoMax: { nb: 'Høyeste verdi', en: 'Highest value' },
  tornadoAxis: { nb: 'Endring i {outcome} ({unit})', en: 'Change in {outcome} ({unit})' },
  tornadoToday: { nb: 'I dag: {value}', en: 'Today: {value}' },
  tornadoTip: { nb: '{dir} til {value}: {delta}', en: '{dir} to {value}: {delta}' },
  tornadoTipCost: { nb: 'ekstra kostnad {cost} i {year}', en: 'extra cost {cost} in {year}' },
  tornadoSummary: {
    nb: '{outcome} i {year} er {base} i dag. Størst virkning: {list}.',
    en: '{outcome} in {year} is {base} today. Largest effects: {list}.',
  },
  tornadoNone: { nb: 'Ingen virkemidler endrer utfallet.', en: 'No lever changes the outcome.' },
  tornadoHidden: {
    nb: '{n} virkemidler uten virkning på utfallet er bare med i tabellen.',
    en: '{n} levers without effect on the outcome are only in the table.',
  },
  colRank: { nb: 'Plass', en: 'Rank' },
  colLever: { nb: 'Virkemiddel', en: 'Lever' },
  colAssumption: { nb: 'Forutsetning', en: 'Assumption' },
  colToday: { nb: 'I dag', en: 'Today' },
  colLow: { nb: 'Ned til', en: 'Down to' },
  colHigh: { nb: 'Opp til', en: 'Up to' },
  colMin: { nb: 'Laveste', en: 'Lowest' },
  colMax: { nb: 'Høyeste', en: 'Highest' },
  colChange: { nb: 'Endring', en: 'Change' },
  colCost: { nb: 'Ekstra kostnad i {year}', en: 'Extra cost in {year}' },
  colShare: { nb: 'Andel av variansen', en: 'Share of the variance' },
  colSource: { nb: 'Kilde til usikkerhet', en: 'Source of uncertainty' },
  varianceTitle: {
    nb: 'Hvor usikkerheten kommer fra: {outcome} i {year}, {region}',
    en: 'Where the uncertainty comes from: {outcome} in {year}, {region}',
  },
  varEvents: { nb: 'Tilfeldige hendelser', en: 'Chance events' },
  varAssumptions: { nb: 'Usikre forutsetninger (alle)', en: 'Uncertain assumptions (all)' },
  varianceSentence: {
    nb: 'Over {runs} kjøringer kommer om lag {events} av usikkerheten i {outcome} i {year} fra tilfeldige hendelser (hvem som slutter, hvem som kommer, hvilke lister som står ledige), og {assumptions} fra at vi ikke vet forutsetningene sikkert.',
    en: 'Over {runs} runs about {events} of the uncertainty in {outcome} in {year} comes from chance events (who leaves, who comes, which lists stand vacant), and {assumptions} from not knowing the assumptions for sure.',
  },
  varianceTop: {
    nb: 'Forutsetningene som betyr mest alene: {list}.',
    en: 'The assumptions that matter most on their own: {list}.',
  },
  varianceNoTop: {
    nb: 'Ingen enkelt forutsetning skiller seg ut fra støyen med {runs} kjøringer.',
    en: 'No single assumption stands out of the noise with {runs} runs.',
  },

  gsHeading: { nb: 'Hva skal til?', en: 'What would it take?' },
  gsLead: {
    nb: 'Finn den minste endringen av ett virkemiddel som får utfallet til å nå et mål, på den sentrale kjøringen eller med en gitt sannsynlighet.',
    en: 'Find the smallest change of one lever that makes the outcome reach a target, on the central run or with a given probability.',
  },
  target: { nb: 'Mål', en: 'Target' },
  targetOp: { nb: 'Mål: sammenligning', en: 'Target: comparison' },
  targetValue: { nb: 'Målverdi ({unit})', en: 'Target value ({unit})' },
  opAtMost: { nb: 'høyst (≤)', en: 'at most (≤)' },
  opAtLeast: { nb: 'minst (≥)', en: 'at least (≥)' },
  nowValue: {
    nb: 'Scenarioet gir {value} i {year}.',
    en: 'The scenario gives {value} in {year}.',
  },
  lever: { nb: 'Virkemiddel', en: 'Lever' },
  leverRange: { nb: 'Tillatt spenn', en: 'Allowed range' },
  rangeAll: { nb: 'Hele spennet', en: 'The whole range' },
  rangeUp: { nb: 'Bare økning fra dagens verdi', en: 'Only up from today’s value' },
  rangeDown: { nb: 'Bare reduksjon fra dagens verdi', en: 'Only down from today’s value' },
  useProbability: {
    nb: 'Krev at målet nås i en andel av kjøringene (Monte Carlo, tregere)',
    en: 'Require the target in a share of the runs (Monte Carlo, slower)',
  },
  probabilityLabel: { nb: 'Andel av kjøringene (%)', en: 'Share of the runs (%)' },
  applyValue: { nb: 'Bruk verdien', en: 'Use the value' },
  applied: {
    nb: '{lever} er satt til {value} i scenarioet (kan angres).',
    en: '{lever} is set to {value} in the scenario (can be undone).',
  },
  appliedFor: {
    nb: '{lever} er satt til {value} for {name} i scenarioet (kan angres).',
    en: '{lever} is set to {value} for {name} in the scenario (can be undone).',
  },
  aimCentral: {
    nb: '{outcome} skal bli {target} i {year} ({region})',
    en: '{outcome} to be {target} in {year} ({region})',
  },
  aimProbability: {
    nb: '{outcome} skal bli {target} i {year} ({region}) i minst {p} av kjøringene',
    en: '{outcome} to be {target} in {year} ({region}) in at least {p} of the runs',
  },
  gsUp: {
    nb: '{lever} må opp fra {today} til {value} for at {aim}. Da blir det {achieved}.',
    en: '{lever} must go up from {today} to {value} for {aim}. It then is {achieved}.',
  },
  gsDown: {
    nb: '{lever} må ned fra {today} til {value} for at {aim}. Da blir det {achieved}.',
    en: '{lever} must go down from {today} to {value} for {aim}. It then is {achieved}.',
  },
  gsSet: {
    nb: '{lever} må settes til {value} (i dag {today}) for at {aim}. Da blir det {achieved}.',
    en: '{lever} must be set to {value} (today {today}) for {aim}. It then is {achieved}.',
  },
  gsAlready: {
    nb: 'Målet er allerede nådd med dagens verdi av {lever} ({today}): det blir {achieved}.',
    en: 'The target is already met with today’s value of {lever} ({today}): it is {achieved}.',
  },
  gsUnreachable: {
    nb: 'Ingen verdi av {lever} innenfor {range} når målet ({aimShort}); det beste er {value}, som gir {achieved}.',
    en: 'No value of {lever} within {range} reaches the target ({aimShort}); the best is {value}, which gives {achieved}.',
  },
  gsNeighbour: {
    nb: 'Ett steg mindre ({value}) gir {achieved}, som ikke når målet.',
    en: 'One step less ({value}) gives {achieved}, which misses the target.',
  },
  gsReachedShare: {
    nb: 'median {achieved}, og målet nås i {share} av kjøringene',
    en: 'a median of {achieved}, and the target is met in {share} of the runs',
  },
  inRuns: { nb: 'i minst {p} av kjøringene', en: 'in at least {p} of the runs' },
  rangeOnOff: { nb: 'av og på', en: 'off and on' },

  optHeading: { nb: 'Billigste pakke', en: 'Cheapest package' },
  optLead: {
    nb: 'Blant virkemidlene du tillater: innstillingene med lavest ekstra offentlig kostnad som får utfallet til å nå målet på den sentrale kjøringen. Et lokalt søk, ikke et bevis for at ingen billigere pakke finnes.',
    en: 'Among the levers you allow: the settings with the lowest extra public cost that make the outcome reach the target on the central run. A local search, not a proof that no cheaper package exists.',
  },
  optLevers: { nb: 'Tillatte virkemidler', en: 'Levers allowed' },
  optNoLevers: { nb: 'Velg minst ett virkemiddel.', en: 'Choose at least one lever.' },
  optCost: { nb: 'Kostnad som skal bli lavest', en: 'Cost to minimise' },
  costPublic: { nb: 'Begge (kommune og stat)', en: 'Both (municipality and state)' },
  costMunicipal: { nb: 'Kommunen', en: 'The municipality' },
  costState: { nb: 'Staten', en: 'The state' },
  costWordPublic: { nb: 'offentlig', en: 'public' },
  costWordMunicipal: { nb: 'kommunal', en: 'municipal' },
  costWordState: { nb: 'statlig', en: 'state' },
  periodFrom: { nb: 'Kostnad fra år', en: 'Cost from year' },
  periodTo: { nb: 'til og med år', en: 'through year' },
  optBudget: {
    nb: 'Budsjett for perioden (mill. kr, valgfritt)',
    nn: 'Budsjett for perioden (mill. kr, valfritt)',
    en: 'Budget for the period (NOK million, optional)',
  },
  optBudgetHint: {
    nb: 'Høyeste ekstra kostnad pakken kan ha i perioden. Tomt: ingen grense.',
    nn: 'Høgaste ekstra kostnad pakken kan ha i perioden. Tomt: inga grense.',
    en: 'The most extra cost the package may have over the period. Empty: no limit.',
  },
  optWithinBudget: {
    nb: 'Budsjettet var {budget} for perioden.',
    nn: 'Budsjettet var {budget} for perioden.',
    en: 'The budget was {budget} for the period.',
  },
  optFound: {
    nb: 'Billigste pakke som gjør at {aim}: ekstra {costKind} kostnad {cost} i {from}–{to}. Da blir det {achieved}.',
    en: 'Cheapest package for {aim}: extra {costKind} cost {cost} in {from}–{to}. It then is {achieved}.',
  },
  optAlready: {
    nb: 'Scenarioet når allerede målet ({aimShort}): det trengs ingen pakke.',
    en: 'The scenario already reaches the target ({aimShort}): no package is needed.',
  },
  optUnreachable: {
    nb: 'Ingen pakke av disse virkemidlene innenfor spennene når målet ({aimShort}); den nærmeste gir {achieved}.',
    en: 'No package of these levers within their ranges reaches the target ({aimShort}); the closest gives {achieved}.',
  },
  optOverBudget: {
    nb: 'Målet kan nås, men ikke innenfor budsjettet; den billigste pakken koster {cost}.',
    en: 'The target can be reached, but not within the budget; the cheapest package costs {cost}.',
  },
  optNegative: {
    nb: 'En negativ kostnad betyr at pakken sparer penger (for eksempel ved å kutte et tilskudd); velg «Bare økning» for å unngå kutt.',
    en: 'A negative cost means the package saves money (for example by cutting a grant); choose “Only up” to avoid cuts.',
  },
  colPackage: { nb: 'Pakken', en: 'The package' },
  colChanged: { nb: 'Endret', en: 'Changed' },
  yes: { nb: 'ja', en: 'yes' },
  no: { nb: 'nei', en: 'no' },
  packageTitle: { nb: 'Pakken mot dagens verdier', en: 'The package against today’s values' },
  frontierTitle: {
    nb: 'Kostnad mot utfall: {outcome} i {year}, {region}',
    en: 'Cost against outcome: {outcome} in {year}, {region}',
  },
  frontierAxisCost: { nb: 'Ekstra kostnad {from}–{to} (mill. kr)', en: 'Extra cost {from}–{to} (NOK million)' },
  frontierSeries: { nb: 'Beste utfall for kostnaden', en: 'Best outcome for the cost' },
  frontierBest: { nb: 'Valgt pakke', en: 'Chosen package' },
  frontierTarget: { nb: 'Målet', en: 'The target' },
  frontierSummary: {
    nb: '{n} pakker på fronten: fra {firstCost} ({firstOutcome}) til {lastCost} ({lastOutcome}).',
    en: '{n} packages on the frontier: from {firstCost} ({firstOutcome}) to {lastCost} ({lastOutcome}).',
  },
  colCostPeriod: { nb: 'Ekstra kostnad {from}–{to}', en: 'Extra cost {from}–{to}' },
  colMeets: { nb: 'Når målet', en: 'Meets the target' },
  saveAsScenario: { nb: 'Lagre som scenario', en: 'Save as scenario' },
  packageName: {
    nb: 'Billigste pakke: {region}, {outcome} {target} i {year}',
    en: 'Cheapest package: {region}, {outcome} {target} in {year}',
  },
  savedPackage: {
    nb: 'Lagret som «{name}» under Mine scenarioer; du kan sammenligne og eksportere den derfra.',
    en: 'Saved as “{name}” under My scenarios; compare and export it from there.',
  },

  errTarget: {
    nb: 'Skriv målverdien som et tall, for eksempel 1 eller 2,5.',
    en: 'Type the target value as a number, e.g. 1 or 2.5.',
  },
  errProbability: {
    nb: 'Andelen av kjøringene må være et tall mellom 1 og 99.',
    en: 'The share of the runs must be a number from 1 to 99.',
  },
  errRangeNone: {
    nb: '{lever} har ingen tallverdi i dag, så «bare økning/reduksjon» kan ikke brukes; velg hele spennet.',
    en: '{lever} has no number value today, so “only up/down” cannot be used; choose the whole range.',
  },
  errRangeEnd: {
    nb: '{lever} står allerede i enden av spennet ({value}); velg et annet spenn.',
    en: '{lever} is already at the end of its range ({value}); choose another range.',
  },
  errBudget: {
    nb: 'Skriv budsjettet i millioner kroner som et tall som ikke er negativt, for eksempel 50 eller 12,5, eller la feltet stå tomt.',
    nn: 'Skriv budsjettet i millionar kroner som eit tal som ikkje er negativt, til dømes 50 eller 12,5, eller la feltet stå tomt.',
    en: 'Type the budget in NOK million as a number that is not negative, e.g. 50 or 12.5, or leave the field empty.',
  },
  errFrom: {
    nb: 'Året virkemidlene endres fra kan ikke være senere enn året utfallet leses av ({year}).',
    nn: 'Året verkemidla blir endra frå, kan ikkje vere seinare enn året utfallet blir lese av ({year}).',
    en: 'The year the levers change from cannot be later than the year the outcome is read ({year}).',
  },
  errPeriod: {
    nb: 'Kostnadsperioden må gå fra et år til et senere eller samme år.',
    en: 'The cost period must run from a year to the same or a later year.',
  },
  csvStampRegion: { nb: 'Område: {region}. Scenario: {scenario}.', en: 'Region: {region}. Scenario: {scenario}.' },
  csvStampModel: {
    nb: 'Fastlegesimulatoren {version}, laget {date}.',
    en: 'Fastlegesimulatoren {version}, made {date}.',
  },
} satisfies Record<string, Localized>;

export type AnalysisKey = keyof typeof A;

/** The panel's text in the page's language, {name} placeholders filled. */
export function at(key: AnalysisKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return loc(A[key]).replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** Every key with both languages (a test checks none is empty and the placeholders match). */
export const ANALYSIS_STRINGS: Readonly<Record<AnalysisKey, Localized>> = A;

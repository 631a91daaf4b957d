/**
 * UI strings and the current language: the keys and their bokmål here (those only later panels use in
 * strings/later.ts, which loads with them), English in strings/en.ts and nynorsk in strings/nn.ts (each loaded when
 * chosen). Registry texts (levers, assumptions, results) carry their own nb/en labels
 * (and maybe an inline nn); in nynorsk the rest is looked up by its bokmål in strings/nnTexts.ts. Everything else the
 * page says is here, so that switching language changes every string.
 */
import type { Locale, Localized } from '../levers/types.ts';

const NB = {
  appTitle: 'Fastlegesimulatoren',
  appLead:
    'Hva skjer med fastlegeordningen i din kommune de neste 15 årene? Flytt virkemidlene og se virkningen, med usikkerhet.',
  skipToMain: 'Hopp til resultatene',
  languageGroup: 'Språk',
  about: 'Om modellen',
  close: 'Lukk',
  region: 'Område',
  regionHelp: 'Skriv kommunenavn eller -nummer, fylke eller sentralitet. Piltaster og Enter for å velge.',
  regionNoMatch: 'Ingen treff',
  regionNational: 'Hele landet',
  regionCounty: 'fylke',
  regionCentrality: 'Sentralitetsklasse',
  regionImputed:
    'Startverdiene for fastleger er anslått fra lignende kommuner (kommunen mangler i SSBs fastlegetabell).',
  regionImputedSome: 'Området omfatter kommuner med anslåtte startverdier: {list}.',
  presetLabel: 'Forhåndsdefinert scenario',
  presetChoose: 'Velg et scenario …',
  presetLoaded: 'Scenario: {name}',
  myScenarios: 'Mine scenarioer',
  saveName: 'Lagre dette scenarioet som',
  save: 'Lagre',
  noSaved: 'Ingen lagrede scenarioer ennå.',
  open: 'Åpne',
  update: 'Oppdater',
  rename: 'Gi nytt navn',
  newName: 'Nytt navn',
  duplicate: 'Dupliser',
  exportOne: 'Eksporter',
  delete: 'Slett',
  exportAll: 'Eksporter alle',
  exportCurrent: 'Eksporter dette',
  currentScenarioName: 'Mitt scenario',
  importFile: 'Importer fil …',
  savedAt: 'lagret {when}',
  savedAs: 'Lagret som «{name}».',
  updated: '«{name}» er oppdatert med det du ser nå.',
  renamed: 'Nytt navn: «{name}».',
  deleted: '«{name}» er slettet.',
  opened: 'Åpnet «{name}».',
  copyOf: '{name} (kopi)',
  undoAction: 'Angre ({what})',
  nameRequired: 'Skriv et navn før du lagrer.',
  storageUnavailable:
    'Nettleseren lar ikke siden lagre (privat modus eller blokkert lagring). Du kan fortsatt lagre, åpne og sammenligne scenarioer i denne økten, men de forsvinner når du lukker siden. Bruk «Eksporter dette» eller «Eksporter alle» for å ta vare på arbeidet som fil.',
  storageFull:
    'Lagringsplassen i nettleseren er full. Det du lagrer nå, finnes bare i denne økten og forsvinner når du lukker siden. Eksporter scenarioer til fil, og slett noen for å kunne lagre varig igjen.',
  sessionOnly: 'bare i denne økten',
  savedUnreadable: '{n} lagrede oppføringer kunne ikke leses og vises ikke.',
  importFailed: 'Filen «{file}» ble ikke importert, og ingenting er endret:',
  importReplace:
    '«{name}» finnes allerede blant dine scenarioer. OK erstatter det; Avbryt beholder begge (den importerte lagres som kopi).',
  imported: 'Importerte {n} scenario(er) fra «{file}».',
  importRenamed:
    '{n} av dem hadde samme id som et scenario tidligere i filen og er lagret med ny id, så ingen er overskrevet: {names}.',
  linkApplied: 'Åpnet den delte lenken.',
  importMigrated:
    'Filen var i et eldre format og er oppgradert (område hele landet, tilfeldig tallrekke nr. 1, 200 kjøringer).',
  copyLink: 'Kopier lenke',
  linkCopied: 'Lenken er kopiert. Den gjenskaper alt du ser.',
  linkCopyManual: 'Kopier lenken fra adressefeltet.',
  linkBroken: 'Lenken kunne ikke leses ({error}). Dagens politikk vises; dine lagrede scenarioer er urørt.',
  compareHeading: 'Sammenlign scenarioer',
  compareLead:
    'Velg 2–4 scenarioer og en referanse. Alle kjøres med de samme tilfeldige tallene for området du har valgt, så forskjellene og intervallene deres skyldes politikken. Dagens politikk og de forhåndsdefinerte scenarioene regnes med forutsetningene og kommunenes egne tall fra scenarioet ditt; lagrede scenarioer har sine egne.',
  compareWhich: 'Scenarioer (høyst {max})',
  compareMax: 'Du kan sammenligne høyst {max} scenarioer.',
  compareReference: 'Referanse',
  compareRef: 'referanse',
  compareYears: 'År i tabellene',
  compareRun: 'Sammenlign',
  compareClear: 'Fjern sammenligningen',
  compareRunning: 'Kjører {name} ({i} av {n}) …',
  compareDone:
    '{n} scenarioer sammenlignet for {region}, {runs} kjøringer hver. Grafene viser medianene («Nye fastleger og fastleger som slutter»: gjennomsnittet).',
  compareCancelled: 'Sammenligningen ble avbrutt.',
  compareExportCsv: 'Tabellene som CSV',
  compareExportXlsx: 'Tabellene som Excel',
  compareOutcome: 'Utfall',
  compareScenario: 'Scenario',
  compareDiffHeading: 'Forskjeller i nøkkeltall',
  compareDiffLead:
    'Forventet verdi (gjennomsnitt over kjøringene), og under den forskjellen mot «{ref}» med 80 % intervall i parentes. {definition}',
  differenceDefinition:
    'Forskjellen er regnet kjøring for kjøring med de samme tilfeldige hendelsene i begge scenarioene: tallet er gjennomsnittet av forskjellene, intervallet rommer 80 % av dem.',
  differenceUnclear:
    '«Ingen klar forskjell» står der gjennomsnittet er mindre enn to ganger usikkerheten i det: så mange kjøringer kan ikke skille det fra null.',
  differenceDefinitionCentral: 'Til usikkerheten er beregnet, er forskjellen den mellom to sentralberegninger.',
  expectedShort: 'forventet',
  budgetHeading: 'Budsjett',
  budgetLead:
    'Offentlig kostnad per år (mill. kr, forventet) fordelt på kommune og stat; merkostnaden mot referansen i alt, for kommunen og for staten (80 % intervall); innbyggere som får fastlege og merkostnad per slik innbygger. Et scenario med bare kommunens egne tiltak viser hva tiltakene koster kommunen.',
  budgetMunicipal: 'Kommune',
  budgetState: 'Stat',
  budgetTotal: 'I alt',
  budgetExtra: 'Merkostnad mot «{ref}»',
  budgetGaining: 'Innbyggere som får fastlege',
  budgetExtraMunicipal: 'Herav kommunen',
  budgetExtraState: 'Herav staten',
  budgetMunicipalPerResident: 'Kommunens merkostnad per innbygger som får fastlege',
  budgetPerResident: 'Merkostnad per innbygger som får fastlege',
  budgetEnvelopes: 'Rammer i kildedokumentene (nasjonalt)',
  exportMenu: 'Eksporter',
  exportPng: 'Bilde (PNG)',
  exportSvg: 'Vektorbilde (SVG)',
  exportPdf: 'PDF (A4 liggende)',
  exportPptx: 'PowerPoint (.pptx)',
  exportDeck: 'Rapport til kommunestyret',
  exportDeckHint: 'PowerPoint og PDF (A4) med sammendrag, grafer, tabeller og kilder',
  deckChange: 'Endring',
  present: 'Presentasjon',
  exportCsv: 'CSV (Excel, norsk)',
  exportXlsx: 'Excel (.xlsx)',
  exportDone: 'Eksportert: {file}',
  exportFailedGeneric: 'Eksporten feilet. Prøv igjen, eller velg et annet format.',
  leversHeading: 'Virkemidler',
  assumptionsHeading: 'Forutsetninger',
  fxUnknownResponse: 'Ukjent responsfunksjon.',
  fxEmpty: 'Formelen er tom.',
  fxTooLong: 'Formelen er lengre enn {max} tegn.',
  fxSyntax: 'Syntaksfeil: {detail}',
  fxNumber: 'Bare vanlige tall er tillatt, fikk {value}.',
  fxUnknownName: 'Ukjent navn «{name}». Bruk en variabel ({vars}), et navn på en forutsetning eller pi, e.',
  fxOperator: 'Operatoren «{op}» er ikke tillatt (bruk + - * / ^, sammenligninger, and, or, not).',
  fxFunction: 'Funksjonen «{name}» er ikke tillatt (tillatt: {allowed}).',
  fxArity: '{name}() tar {expected} argument, fikk {got}.',
  fxNotAllowed: 'Dette er ikke tillatt i en formel ({what}).',
  fxRange:
    'Formelen må gi et endelig tall mellom {min} og {max} for rimelige verdier ({ranges}); ved {inputs} ga den {got}.',
  fxProbe: 'Formelen må gi et endelig tall over 0 for vanlige verdier ({inputs}), men ga {got}.',
  formulaTooSlow: 'Formelen gjorde kjøringen for treg og ble stoppet. Siste gyldige tilstand er beholdt.',
  simTimeout: 'Beregningen svarte ikke innen {seconds} sekunder og ble startet på nytt',
  simFormulaTimeout: 'Formelen gjorde beregningen for treg, så den ble stoppet',
  simCrashed: 'Beregningen i bakgrunnen stoppet uventet (nettleseren avsluttet den)',
  simRunFailed: 'Modellen kunne ikke regne ferdig denne innstillingen',
  workerRestarted: 'Beregningen i bakgrunnen stoppet uventet og ble startet på nytt. Innstillingene dine er beholdt.',
  runCrashed:
    'Beregningen i bakgrunnen stoppet uventet, også etter at den ble startet på nytt. Innstillingene dine er beholdt, men grafene viser siste resultat som ble beregnet. Endre en verdi for å prøve igjen, eller last siden på nytt.',
  runTimedOut:
    'Beregningen svarte ikke innen {seconds} sekunder og ble startet på nytt. Innstillingene dine er beholdt, men grafene viser siste resultat som ble beregnet. Endre en verdi for å prøve igjen.',
  runFormulaFailed: 'Formelen «{label}» kan ikke brukes: {message} Siste innstilling som virket, er satt tilbake.',
  runFailed: 'Modellen kunne ikke regne ferdig denne innstillingen. Siste innstilling som virket, er satt tilbake.',
  startFailed: 'Appen kunne ikke starte. Last siden på nytt; hjelper ikke det, prøv en annen nettleser.',
  technicalDetails: 'Tekniske detaljer',
  dismissMessage: 'Lukk meldingen',
  mcFailedCrash:
    'Usikkerhetsberegningen stoppet fordi en beregning i bakgrunnen stoppet uventet. Linjene viser forventet utvikling.',
  mcFailedError: 'Usikkerhetsberegningen feilet i modellen. Linjene viser forventet utvikling.',
  mcRetry: 'Prøv igjen',
  importFormula: '{path}: «{name}», formelen «{formula}»: {message}',
  linkFormula: 'formelen «{formula}»: {message}',
  resetLevers: 'Tilbakestill virkemidler',
  resetAssumptions: 'Tilbakestill forutsetninger',
  undo: 'Angre',
  redo: 'Gjør om',
  changed: 'endret',
  // issue #15 (council-ready layout): jump links on narrow screens and the printed settings
  jumpToLevers: 'Til virkemidlene',
  jumpToResults: 'Til resultatene',
  printSettingsHeading: 'Innstillinger som avviker fra dagens politikk',
  printSettingsNone: 'Ingen: alle virkemidler og forutsetninger er som i dagens politikk.',
  printLeverLine: '{label}: {value} fra {year} (dagens: {today})',
  printUntil: 'til og med {year}',
  printStep: '{value} fra {year}',
  printAssumptionsHeading: 'Forutsetninger',
  printAssumptionLine: '{label}: {value} (standard: {today})',
  printFormulasLine: 'Egne formler: {list}',
  printMunicipalLine: 'Kommune {code}: {list}',
  changedFromBaseline: 'Endret fra dagens nivå ({value})',
  startYear: 'Fra år',
  untilYear: 'Til og med',
  untilNone: 'Ingen slutt',
  untilSet: 'til og med {year}',
  untilCleared: 'ingen slutt',
  scopeNational: 'Nasjonal politikk',
  scopeLocal: 'Kommunens egne tiltak',
  scopeNationalInfo: 'Hvem bestemmer: staten og partene i de nasjonale avtalene.',
  scopeLocalInfo: 'Hvem bestemmer: hver kommune for seg selv. Kan settes for én kommune eller for alle.',
  scopeBasis: 'Grunnlag for inndelingen',
  scopeLocalLead: 'Velg en kommune under Område for å sette tiltak bare for den kommunen.',
  scopeOnly: 'Gjelder bare {name}',
  scopeAll: 'Gjelder alle kommuner',
  scopeNationalValue: 'Nasjonal verdi: {value}',
  scopeFollowsNational: '{name} følger den nasjonale verdien.',
  scopeReset: 'Bruk nasjonal verdi for {name}',
  scopeResetDone: '{label}: nasjonal verdi for {name}',
  scopeFor: '{what} ({name})',
  stepsHeading: 'Trinn',
  stepAdd: 'Legg til trinn',
  stepRemove: 'Fjern trinnet fra {year}',
  stepN: 'Trinn {n}',
  stepFrom: 'fra år',
  stepValueLabel: 'verdi',
  stepAdded: '{label}: trinn fra {year}',
  stepRemoved: '{label}: trinnet fra {year} fjernet',
  stepChanged: '{label}: trinn {n} = {value} fra {year}',
  stepsHint: 'Første trinn er verdien over; hvert trinn gjelder til neste.',
  errUntilBeforeFrom: '{label}: sluttåret {year} er før startåret {from}. Velg et sluttår fra {from} til {max}.',
  errStepOrder: '{label}: trinnet fra {year} må komme etter trinnet før ({from}).',
  errYearRange: '{label}: året {year} er utenfor {min}–{max}.',
  none: 'Ingen',
  noneOption: 'Ingen grense',
  on: 'På',
  info: 'Om {label}',
  sources: 'Kilder',
  range: 'Spenn',
  default: 'Standard',
  errNotNumber: '«{text}» er ikke et tall. Skriv et tall fra {min} til {max}.',
  errRange: '{value} er utenfor spennet {min}–{max}{unit}.',
  errKept: 'Verdien i bruk er fortsatt {value}.',
  keyFigures: 'Nøkkeltall',
  kfWithout: 'Uten fastlege {year}',
  kfShort: 'Fastleger som mangler for full dekning {year}',
  kfCost: 'Offentlig kostnad {year}',
  kfUntriedNote:
    'Intervallene i {cards} er modellens spredning, ikke prøvd mot det som skjedde: Treffsikkerhet prøver andelen uten fastlege og listelengden inntil 5 år fram.',
  quoted: '«{text}»',
  kfVsBaseline: '{delta} mot dagens politikk',
  kfSame: 'som dagens politikk',
  kfNoClearChange: 'ingen klar forskjell fra dagens politikk',
  kfBand: '80 % usikkerhetsintervall: {lo}–{hi}',
  kfBandPending: 'Usikkerhet beregnes …',
  kfOwnTitle: 'Kommunens egne tiltak {year}',
  kfOwnTitleMany: 'Kommunenes egne tiltak {year}',
  kfOwnUnit: 'mill. kr/år for kommunen',
  kfOwnState: 'Staten: {delta} mill. kr/år',
  kfOwnGaining: '{n} flere innbyggere med fastlege',
  kfOwnLosing: '{n} færre innbyggere med fastlege',
  kfOwnGainingNone: 'Omtrent like mange innbyggere med fastlege',
  kfOwnBand: 'Kommunens merkostnad, 80 % intervall: {interval}',
  kfOwnCentral:
    'Sentralberegning med bare kommunens tiltak (scenarioets nasjonale endringer holdt utenfor), uten usikkerhetsintervall.',
  kfProbFollows:
    'Sentralberegning uten tilfeldige hendelser, som regel lavere enn forventet antall. Forventet antall, sannsynligheter og 80 % intervall følger med usikkerhetsberegningen.',
  kfProbPending: 'Sannsynligheten for minst én liste uten fastlege vises når usikkerheten er beregnet.',
  kfProbUnit: 'sannsynlighet for minst én liste uten fastlege',
  kfExpectedUnit: 'personer (forventet antall)',
  kfExpected: 'Forventet antall: {n} personer',
  kfVsBaselinePoints: '{delta} prosentpoeng mot dagens politikk',
  kfBandPersons: '80 % usikkerhetsintervall: {lo}–{hi} personer',
  kfShortFollows: 'Forventet antall og 80 % intervall kommer når usikkerheten er beregnet.',
  kfShortExpectedUnit: 'leger (forventet antall)',
  kfShortExpected: 'Forventet antall leger: {n}',
  kfBandDoctors: '80 % usikkerhetsintervall: {lo}–{hi} leger',
  kfStanding: 'Kommuner som sto likt i {start}: {p} ({n} tilfeller), i snitt {share} uten fastlege',
  kfStandingFew: 'Kommuner som sto likt i {start}: for få tilfeller',
  standingDefinition:
    '«Kommuner som sto likt»: hvor ofte kommuner med samme andel uten fastlege ved start ({band}) hadde minst én liste uten fastlege like mange år senere, og hvor stor andel av innbyggerne som da i snitt var uten fastlege (SSB {from}–{until}), uten modell.',
  standingPooled:
    'Sannsynligheten i kortet teller modellens kjøringer {runs} og hvor ofte kommuner som sto likt fikk det {base}, for slik traff den best i tilbakeblikk. Forventet antall er modellens kjøringer alene.',
  standingBand0: 'ingen',
  standingBand1: 'under 5 %',
  standingBand2: '5–20 %',
  standingBand3: '20 % eller mer',
  standingSeries: 'Kommuner som sto likt i {start}, minst én liste',
  runsOnlySeries: 'Modellens kjøringer alene, minst én liste: {name}',
  probAnyList: 'Minst én liste uten fastlege',
  probShare5: 'Minst 5 % av innbyggerne uten fastlege',
  probShare5Short: 'Minst 5 % uten fastlege',
  probPending: 'Sannsynlighetene vises når usikkerheten (Monte Carlo) er beregnet.',
  probNote:
    'Andelen av de {runs} Monte Carlo-kjøringene der det skjer. Nøkkeltallene runder til nærmeste 5 prosentpoeng, for så mange kjøringer gir ikke mer presisjon.',
  probCountMunicipality:
    'En kjøring har en liste uten fastlege når minst 0,05 % av innbyggerne er uten fastlege, slik SSB teller det og slik tilbakeblikkene er prøvd.',
  probCountArea: 'For et større område teller en ledig liste et sted i området.',
  probPooled:
    'For en kommune teller andelen kjøringer {runs} og hvor ofte kommuner som sto likt fikk det samme {base}: den blandingen traff best i tilbakeblikk på {years} (kjøringene alene var for sikre).',
  probSummary:
    'sannsynligheten for minst én liste uten fastlege er {first} i {y0} og {last} i {y1} i ditt scenario, {base} i {y1} med dagens politikk; for minst 5 % uten fastlege {share} i {y1}.',
  probSummaryCompare: 'sannsynligheten for minst én liste uten fastlege i {y1}: {list}.',
  persons: 'personer',
  doctors: 'leger',
  millNokPerYear: 'mill. kr/år',
  millNok: 'mill. kr',
  trackHeading: 'Treffsikkerhet',
  trackLead:
    'Hvor godt ville modellen ha truffet her? Vi startet den 31. desember i et tidligere år med bare det som var kjent da, og sammenligner med det som faktisk skjedde i området du har valgt.',
  trackLoading: 'Laster treffsikkerheten …',
  trackLoadFailed: 'Treffsikkerheten kunne ikke lastes: {message}',
  chartsHeading: 'Utvikling',
  showTable: 'Vis som tabell',
  showChart: 'Vis som graf',
  legendHide: 'Skjul i figuren',
  legendShow: 'Vis i figuren',
  legendLabel: 'Tegnforklaring',
  legendMedian: '(median)',
  legendMean: '(gjennomsnitt)',
  year: 'År',
  baseline: 'Dagens politikk',
  scenario: 'Ditt scenario',
  scenarioEdited: '{name} (endret)',
  presetApply: 'Bruk scenario',
  presetApplyHint: 'Velg et scenario i lista og trykk «Bruk scenario» for å laste det.',
  savedAsDuplicate:
    'Det finnes allerede et scenario som heter «{name}», så dette ble lagret som «{saved}». Bruk «Oppdater» på «{name}» for å erstatte det.',
  mcRunningBoth:
    'Beregner usikkerhet: {done} av {total} kjøringer ({runs} for ditt scenario og {runs} for dagens politikk) …',
  mcRunningOne:
    'Beregner usikkerhet: {done} av {total} kjøringer for ditt scenario (dagens politikk er allerede beregnet) …',
  mcRunningPolicy: 'Beregner usikkerhet: {done} av {total} kjøringer for dagens politikk …',
  kfBandStopped: 'Usikkerheten er ikke beregnet (avbrutt). Trykk «Beregn usikkerhet» for å beregne den.',
  kfFollowsStopped: 'Sannsynligheter og 80 % intervall er ikke beregnet: usikkerhetsberegningen ble avbrutt.',
  compareNeedTwo: 'Velg minst to scenarioer for å sammenligne.',
  compareStale:
    'Sammenligningen gjelder ikke lenger innstillingene: {names} er endret siden den ble kjørt. Tallene under er de gamle. Kjør på nytt for å oppdatere.',
  compareRerun: 'Kjør på nytt',
  compareRegionRerun: 'Området er endret fra {from} til {to}: sammenligningen kjøres på nytt for {to}.',
  compareResultsHeading: 'Resultat av sammenligningen',
  band: 'Ditt scenario, 80 % usikkerhet (p10–p90)',
  bandOf: '{name}, 80 % usikkerhet (p10–p90)',
  p10: 'p10',
  p90: 'p90',
  history: 'Historikk',
  historyDerived: 'Historikk (beregnet)',
  historyNote: 'Historikk: {source}. Før høsten 2022 ble ikke alle lister uten fast lege registrert (brudd i serien).',
  historySourceNote: 'Historikk: {source}.',
  leverStarts: '{label} fra {year}',
  leversStart: '{n} tiltak fra {year}',
  chartAlt: '{title}, {region}: {summary}',
  chartSummary: 'ditt scenario {first} i {y0}, {last} i {y1}; dagens politikk {base} i {y1}.',
  mcHeading: 'Usikkerhet (Monte Carlo)',
  mcRuns: 'Antall kjøringer',
  mcRunning: 'Beregner usikkerhet: {done} av {total} kjøringer …',
  mcDone:
    'Usikkerhet: {runs} kjøringer (tilfeldig tallrekke nr. {seed}) på {seconds} s. Båndene viser 80 % av utfallene.',
  mcCancelled: 'Usikkerhetsberegningen ble avbrutt. Linjene viser forventet utvikling.',
  mcStale: 'Linjene viser forventet utvikling; usikkerhet beregnes når du slipper.',
  mcWaiting: 'Linjene viser forventet utvikling; usikkerhet beregnes når sammenligningen er ferdig.',
  cancel: 'Avbryt',
  recompute: 'Beregn usikkerhet',
  loading: 'Laster modell og data …',
  runError: 'Kjøringen feilet: {message}. Siste gyldige resultat vises.',
  undone: 'Angret: {what}',
  redone: 'Gjort om: {what}',
  nothingToUndo: 'Ingenting å angre',
  footer:
    'Data: Statistisk sentralbyrå (SSB), Helsedirektoratet, Helfo, Kartverket (CC BY 4.0). Modellversjon {version}. Alt kjører i nettleseren; ingenting sendes ut.',
  chartMarked: 'Markert i figuren: {list}.',
  munGps: 'Fastleger i alt',
  munGpsInTraining: 'Av dem i spesialistutdanning',
  munGpsSalaried: 'Av dem fastlønnet',
  munListsWithoutGp: 'Lister uten fastlege',
  munDutyHours: 'Vakttimer i legevaktdistriktet per måned',
  munOtherShare: 'Andel av vakttimene som dekkes av andre leger (%)',
  munDistrict: 'Legevaktdistrikt',
  munSourceSsb: 'Kilde: SSB tabell 12005 (2025)',
  munSourceTraining: 'Anslag: landsandelen spesialister (Helsedirektoratet, mai 2024) brukt på kommunen',
  munSourceSalaried: 'Anslag: landsandelen fastlønnede (Helsedirektoratet 2024) fordelt etter sentralitet',
  munSourceModel: 'Modellens anslag ut fra distriktets folketall',
  munEventYear: 'År',
  munEventKind: 'Hendelse',
  munEventCount: 'Antall',
  munEventPartner: 'Sammen med',
  munEventNote: 'Merknad (valgfri)',
  munKindRetirements: 'Pensjonering/avgang av fastleger',
  munKindNewLists: 'Nye lister',
  munKindClosedLists: 'Lister lagt ned',
  munKindJoinDistrict: 'Interkommunal legevakt med …',
  munEventRetirements: '{n} fastleger går av',
  munEventNewLists: '{n} nye lister',
  munEventClosedLists: '{n} lister lagt ned',
  munEventRetirementsOne: '1 fastlege går av',
  munEventNewListsOne: '1 ny liste',
  munEventClosedListsOne: '1 liste lagt ned',
  munEventJoin: 'interkommunal legevakt med {name}',
  munErrRange: '{field}: skriv et tall fra {min} til {max} (du skrev {got}).',
  munErrNotNumber: '{field}: skriv et tall.',
  munErrAtMostGps: '{field}: kan ikke være flere enn fastlegene i alt ({gps}); du skrev {got}.',
  munErrOneList: '{gps} og {lists}: kommunen må ha minst én liste til sammen (nå {got}).',
  munErrUnknownCode: '{field}: ukjent kommunenummer «{code}».',
  munErrDistrictList: '{field}: høyst {max} kommuner.',
  munErrYear: '{field}: velg et år fra {min} til {max}.',
  munErrWhole: '{field}: skriv et helt tall fra {min} til {max} (du skrev {got}).',
  munErrPartner: '{field}: velg en annen kommune.',
  munErrNote: '{field}: høyst {max} tegn.',
  munErrTooMany: 'Høyst {max} hendelser per kommune.',
  // --- map, risk list and peers (issue #16, src/ui/map): the panel's summary and lead (the rest: strings/later.ts) ---
  mapSummary: 'Kart og rangering',
  mapLead: 'Alle 357 kommuner på ett kart: observert 2015–2025 (SSB) og framskrevet til 2040, fra én nasjonal kjøring.',
  peersHeading: 'Kommuner som ligner',
  // issue #17: the analysis panel's heading and lead (its other texts load with it: src/ui/analysis/strings.ts)
  analysisSummary: 'Hva betyr mest? · Hva skal til?',
  analysisLead:
    'Hvilket virkemiddel betyr mest her, hva skal til for å nå et mål, og hva er den billigste pakken som gjør det.',
  // issue #16: reference lines on the charts (their names and note load with the map: src/ui/map/peerLines.ts)
  refLines: 'Vis referanselinjer: kommuner som ligner, fylket og landet',
  chartRefs: 'Referanselinjer: {list}.',
  bandHorizonNote:
    'Usikkerhetsbåndet er prøvd mot det som skjedde 3–5 år fram (se Treffsikkerhet); lenger fram er det modellens anslag, ikke prøvd.',
  bandUntriedNote:
    'Usikkerhetsbåndet viser spredningen i modellens kjøringer og er ikke prøvd mot det som skjedde: Treffsikkerhet prøver andelen uten fastlege og listelengden.',
  bandUntriedNarrowNote:
    'Usikkerhetsbåndet viser spredningen i modellens kjøringer og er ikke prøvd mot det som skjedde. Der båndene er prøvd, for andelen uten fastlege og listelengden, har de vært for smale for {area} (se Treffsikkerhet).',
  meanLineNote:
    'Linjene er gjennomsnittet av kjøringene, det forventede antallet per år, ikke medianen: der legene er få, ville medianen hoppe mellom 0 og 1 fra år til år.',
  medianAtZeroNote:
    'Linja er medianen av kjøringene: i en liten kommune er utfallet enten ingen eller en hel liste uten fastlege, så linja kan stå på 0 selv om det er en reell sjanse for en ledig liste. I {year} er sannsynligheten for minst én liste uten fastlege {p}, og forventet antall uten fastlege {mean} personer (se sannsynlighetsfiguren).',
  firstYearFallNote:
    'Fra {last} til {next} faller linja med {fall}: modellen fyller trolig de få ledige listene for raskt det første året (se «Hva modellen ikke gjør» i Om modellen).',
  firstYearRiseNote:
    'Fra {last} til {next} øker linja med {rise}: modellen fyller trolig de få ledige listene for raskt det første året (se «Hva modellen ikke gjør» i Om modellen).',
  bandAreaNarrowNote:
    'Usikkerhetsbåndet har vært for smalt for {area}: fra startårene {origins} traff det andelen uten fastlege i {share} av tilfellene og listelengden i {list}, der målet er 80 % (se Treffsikkerhet og Om modellen). Lenger fram enn 5 år er det ikke prøvd.',
  bandAreaNational: 'hele landet',
  bandAreaFylke: 'fylker',
  bandAreaSentralitet: 'sentralitetsklasser',
} as const satisfies Record<string, string>;

/** A key of the page strings: of the first load (NB) or of the later panels (strings/later.ts, a type-only reference). */
export type StringKey = keyof typeof NB | keyof typeof import('./strings/later.ts').LATER_NB;

/** Every bokmål string registered so far: the first load's, and the later panels' once strings/later.ts has loaded. */
const nbLoaded: Record<string, string> = { ...NB };

/** The dictionaries loaded so far: bokmål always; English and nynorsk once chosen (loadLocale). */
const dicts: Partial<Record<Locale, Readonly<Record<string, string>>>> = { nb: nbLoaded };

/** Nynorsk of every other text, by its exact bokmål (strings/nnTexts.ts; empty until nynorsk is loaded). */
let nnTexts: Readonly<Record<string, string>> = {};
/** Bokmål texts asked for in nynorsk that have no nynorsk (read by the tests, and by e2e on globalThis). */
const nnMissing = new Set<string>();
(globalThis as { __fastlegeNnMissing?: Set<string> }).__fastlegeNnMissing = nnMissing;

let locale: Locale = 'nb';
const listeners = new Set<() => void>();

export function getLocale(): Locale {
  return locale;
}

/** Bokmål or nynorsk (numbers, dates and sorting follow nb-NO in both). */
export function isNorwegian(): boolean {
  return locale !== 'en';
}

/** The locale for Intl formats: nb-NO in both written standards, en-GB in English. */
export function localeTag(): 'nb-NO' | 'en-GB' {
  return locale === 'en' ? 'en-GB' : 'nb-NO';
}

/** The language tag a PowerPoint export writes: nb-NO, nn-NO or en-GB (jsPDF takes nb, nn or en-GB). */
export function documentLang(): 'nb-NO' | 'nn-NO' | 'en-GB' {
  return locale === 'en' ? 'en-GB' : locale === 'nn' ? 'nn-NO' : 'nb-NO';
}

/** Adds the bokmål of the later panels' strings (strings/later.ts does it when it loads). */
export function registerLater(strings: Readonly<Record<string, string>>): void {
  Object.assign(nbLoaded, strings);
}

/** Adds a language's strings (loadLocale does it in the page; the tests' setup does it at once). */
export function registerLocale(l: Locale, strings: Readonly<Record<StringKey, string>>): void {
  dicts[l] = strings;
}

/** Adds the nynorsk of the texts that are not page strings, keyed by their bokmål (loadLocale('nn') does it). */
export function registerNynorskTexts(map: Readonly<Record<string, string>>): void {
  nnTexts = map;
}

/** Whether a language's strings are loaded. */
export function hasLocale(l: Locale): boolean {
  return dicts[l] !== undefined;
}

/**
 * Loads a language's strings: English and nynorsk each come in chunks of their own (nynorsk: the page strings and
 * the other texts, fetched together), so the first load carries one language.
 */
export async function loadLocale(l: Locale): Promise<void> {
  if (dicts[l]) return;
  if (l === 'en') registerLocale('en', (await import('./strings/en.ts')).EN);
  else if (l === 'nn') {
    const [{ NN }, { NN_TEXTS }] = await Promise.all([import('./strings/nn.ts'), import('./strings/nnTexts.ts')]);
    registerNynorskTexts(NN_TEXTS);
    registerLocale('nn', NN);
  }
}

/** Switches the language; its strings must be loaded (loadLocale), else the texts stay in bokmål. */
export function setLocale(l: Locale): void {
  if (l === locale) return;
  locale = l;
  if (typeof document !== 'undefined') document.documentElement.lang = l;
  for (const f of listeners) f();
}

export function onLocaleChange(f: () => void): void {
  listeners.add(f);
}

/** The string in the current language, with {name} placeholders filled. */
export function t(key: StringKey, vars: Readonly<Record<string, string | number>> = {}): string {
  const text = (dicts[locale] ?? nbLoaded)[key];
  // a programming error, not a user's: a module that uses a later panel's string without importing strings/later.ts
  if (text === undefined)
    throw new Error(`page string "${key}" is not loaded: its module must import strings/later.ts`);
  return joinPercent(text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`)));
}

/**
 * A number and its per cent sign never part at a line's end ("minst 5" on one line and "% skulle" on the next, on a
 * phone): the space between them becomes a no-break space, as the number formats write it (Intl's nb-NO percent).
 */
export function joinPercent(text: string): string {
  return text.replace(/(\d) %/g, '$1\u00a0%');
}

/** A key's text in every loaded language (to read its placeholders). */
export function textsOf(key: StringKey): string[] {
  return Object.values(dicts).flatMap((d) => (d[key] === undefined ? [] : [d[key]]));
}

/** The nynorsk of a bokmål text (strings/nnTexts.ts); the bokmål itself, noted as missing, when there is none. */
export function nnOr(nb: string): string {
  if (Object.prototype.hasOwnProperty.call(nnTexts, nb)) return nnTexts[nb]!;
  // text without letters (a dash, a number) reads the same in both
  if (/\p{L}/u.test(nb)) nnMissing.add(nb);
  return nb;
}

/** A registry text in the current language: in nynorsk its inline nn, else the nynorsk of its bokmål. */
export function loc(text: Localized): string {
  return joinPercent(locale === 'nn' ? (text.nn ?? nnOr(text.nb)) : text[locale]);
}

/** The bokmål texts that had no nynorsk when asked for (sorted), for the tests. */
export function nynorskMissing(): string[] {
  return [...nnMissing].sort();
}

/** Forgets the missing texts noted so far (tests). */
export function clearNynorskMissing(): void {
  nnMissing.clear();
}

/** The first load's bokmål (the tests join it with strings/later.ts and strings/en.ts: test/helpers/strings.ts). */
export const NB_FIRST_LOAD: Readonly<Record<keyof typeof NB, string>> = NB;

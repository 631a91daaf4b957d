/**
 * UI strings and the current language: the keys and their bokmål here, English in strings/en.ts and nynorsk in
 * strings/nn.ts (each loaded when chosen). Registry texts (levers, assumptions, results) carry their own nb/en labels
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
  regionMunicipality: 'kommune',
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
    'Velg 2–4 scenarioer og en referanse. Alle kjøres med de samme tilfeldige tallene for området du har valgt, så forskjellene og intervallene deres skyldes politikken.',
  compareWhich: 'Scenarioer (høyst {max})',
  compareMax: 'Du kan sammenligne høyst {max} scenarioer.',
  compareReference: 'Referanse',
  compareRef: 'referanse',
  compareYears: 'År i tabellene',
  compareRun: 'Sammenlign',
  compareClear: 'Fjern sammenligningen',
  compareRunning: 'Kjører {name} ({i} av {n}) …',
  compareDone: '{n} scenarioer sammenlignet for {region}, {runs} kjøringer hver. Grafene viser medianene.',
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
  stampScenarios: 'Scenario',
  stampYears: 'per 31.12. {first}–{last}',
  stampDeterministic: 'forventet utvikling (én kjøring)',
  stampMonteCarlo:
    'median og 80 % intervall av {runs} Monte Carlo-kjøringer med tilfeldige hendelser (tilfeldig tallrekke nr. {seed})',
  stampProbability:
    'andel av {runs} Monte Carlo-kjøringer der hendelsen inntreffer, per år (tilfeldig tallrekke nr. {seed})',
  stampProbabilityPooled:
    'andel av {runs} Monte Carlo-kjøringer der hendelsen inntreffer, per år, vektet med hvor ofte kommuner som sto likt ved start fikk den (tilfeldig tallrekke nr. {seed})',
  stampStanding:
    'Kommuner som sto likt i {start}: andelen av tilfellene i SSB-tallene {from}–{until} der en kommune med samme andel uten fastlege hadde minst én liste uten fastlege like mange år senere (uten modell)',
  stampStandingShare:
    'Kommuner som sto likt i {start}: andelen av tilfellene i SSB-tallene til og med {until} der en kommune med samme andel uten fastlege hadde minst 5 % uten fastlege like mange år senere (uten modell)',
  stampData: 'data {version}',
  stampMade: 'laget {date}',
  stampSources: 'Kilder',
  stampImputed: 'Merk: startverdiene for fastleger er anslått fra lignende kommuner for {list}.',
  exportMenu: 'Eksporter',
  exportPng: 'Bilde (PNG)',
  exportSvg: 'Vektorbilde (SVG)',
  exportPdf: 'PDF (A4 liggende)',
  exportPptx: 'PowerPoint (.pptx)',
  exportDeck: 'Rapport til kommunestyret',
  exportDeckHint: 'PowerPoint og PDF (A4) med sammendrag, grafer, tabeller og kilder',
  deckSubtitle: 'Laget {date} med Fastlegesimulatoren',
  deckSettings: 'Innstillinger som avviker fra dagens politikk',
  deckSetting: 'Virkemiddel eller forutsetning',
  deckValue: 'Verdi',
  deckNoChanges: 'Ingen: dagens politikk',
  deckFigure: 'Nøkkeltall',
  deckChange: 'Endring',
  deckInterval: 'Usikkerhet',
  deckFooter: 'Fastlegesimulatoren {version} · Kilder: SSB, Helsedirektoratet, Helfo, Kartverket og kildedokumentene',
  present: 'Presentasjon',
  presentPrev: 'Forrige',
  presentNext: 'Neste',
  presentClose: 'Avslutt (Esc)',
  presentCount: 'Graf {i} av {n}',
  exportCsv: 'CSV (Excel, norsk)',
  exportXlsx: 'Excel (.xlsx)',
  exportDone: 'Eksportert: {file}',
  exportFailed: 'Eksporten feilet: {message}',
  exportFailedGeneric: 'Eksporten feilet. Prøv igjen, eller velg et annet format.',
  leversHeading: 'Virkemidler',
  assumptionsHeading: 'Forutsetninger',
  assumptionsLead:
    'Effektstørrelser og grunnrater i modellen, med kilde eller «skjønn». Endres sjelden; Monte Carlo trekker dem innenfor spennet.',
  filterAssumptions: 'Søk i forutsetninger',
  formulasHeading: 'Responsfunksjoner (avansert)',
  formulasLead: 'Uttrykk i mathjs-syntaks. Feil vises mens du skriver; kjøringen bruker alltid siste gyldige versjon.',
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
  formulaVariables: 'Variabler',
  formulaOk: 'Gyldig formel – i bruk.',
  formulaChecking: 'Sjekker …',
  formulaReset: 'Tilbakestill formel',
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
  stampLocal: 'Lokale tiltak og data: {list}',
  stampLocalStart: 'egne tall',
  stampLocalAll: 'alle kommuner',
  stampLocalEvents: '{n} hendelser',
  stampLocalEvent: '1 hendelse',
  none: 'Ingen',
  noneOption: 'Ingen grense',
  on: 'På',
  info: 'Om {label}',
  sources: 'Kilder',
  factsIds: 'Tall fra faktagrunnlaget',
  range: 'Spenn',
  default: 'Standard',
  source: 'Kilde',
  sourceJudgement: 'skjønn',
  sourceCalibrated: 'kalibrert mot 2019–2025',
  errNotNumber: '«{text}» er ikke et tall. Skriv et tall fra {min} til {max}.',
  errRange: '{value} er utenfor spennet {min}–{max}{unit}.',
  errKept: 'Verdien i bruk er fortsatt {value}.',
  keyFigures: 'Nøkkeltall',
  kfWithout: 'Uten fastlege {year}',
  kfShort: 'Fastleger som mangler for full dekning {year}',
  kfCost: 'Offentlig kostnad {year}',
  kfVsBaseline: '{delta} mot dagens politikk',
  kfSame: 'som dagens politikk',
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
  kfShortFollows: 'Forventet antall og 80 % intervall følger med usikkerhetsberegningen.',
  kfShortExpectedUnit: 'leger (forventet antall)',
  kfShortExpected: 'Forventet antall leger: {n}',
  kfBandDoctors: '80 % usikkerhetsintervall: {lo}–{hi} leger',
  kfStanding: 'Kommuner som sto likt i {start}: {p} ({n} tilfeller), i snitt {share} uten fastlege',
  kfStandingFew: 'Kommuner som sto likt i {start}: for få tilfeller',
  standingDefinition:
    '«Kommuner som sto likt»: hvor ofte kommuner med samme andel uten fastlege ved start ({band}) hadde minst én liste uten fastlege like mange år senere, og hvor stor andel av innbyggerne som da i snitt var uten fastlege (SSB {from}–{until}), uten modell.',
  standingPooled:
    'Sannsynligheten i kortet teller modellens kjøringer {runs} og hvor ofte kommuner som sto likt fikk det {base}, for slik traff den best i tilbakeblikk.',
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
  trackOrigin: 'Startår for tilbakeblikket',
  trackLoading: 'Laster treffsikkerheten …',
  trackLoadFailed: 'Treffsikkerheten kunne ikke lastes: {message}',
  trackRegionHeading: '{region}: modellen fra {origin} mot det som skjedde',
  trackNational: 'hele landet',
  trackClassName: 'sentralitetsklasse {n}',
  trackSizeUnder: 'under {a} innbyggere',
  trackSizeRange: '{a}–{b} innbyggere',
  trackSizeOver: '{a} innbyggere og flere',
  trackHits:
    'For {region} traff modellens 80 %-intervall det som skjedde i {shareHits} av {shareYears} år for andelen uten fastlege og i {listHits} av {listYears} år for listelengden.',
  trackHitsOneBoth:
    'For {region} traff modellens 80 %-intervall det som skjedde i {year}, både for andelen uten fastlege og for listelengden.',
  trackHitsOneShare:
    'For {region} traff modellens 80 %-intervall det som skjedde i {year} for andelen uten fastlege, men ikke for listelengden.',
  trackHitsOneList:
    'For {region} traff modellens 80 %-intervall det som skjedde i {year} for listelengden, men ikke for andelen uten fastlege.',
  trackHitsOneNone:
    'For {region} bommet modellens 80 %-intervall på det som skjedde i {year}, både for andelen uten fastlege og for listelengden.',
  trackMissesOne:
    '«Ingen endring» bommet med {persShare} prosentpoeng på andelen, modellens median med {modelShare}; på listelengden bommet «ingen endring» med {persList} pasienter, modellen med {modelList}.',
  trackMisses:
    '«Ingen endring» bommet i snitt med {persShare} prosentpoeng på andelen, modellens median med {modelShare}; på listelengden bommet «ingen endring» med {persList} pasienter, modellen med {modelList}.',
  trackVerdictBoth: 'Her kom modellen nærmere enn «ingen endring» på begge.',
  trackVerdictShare: 'Her kom modellen nærmere enn «ingen endring» på andelen, men ikke på listelengden.',
  trackVerdictList: 'Her kom modellen nærmere enn «ingen endring» på listelengden, men ikke på andelen.',
  trackVerdictNone: 'Her kom «ingen endring» like nær eller nærmere på begge.',
  trackEvents: 'Sannsynligheten modellen ga for at minst 5 % skulle stå uten fastlege: {list}.',
  trackEventsBase:
    'Uten modell: av kommunene som sto likt i {origin}, hadde {list} minst 5 % uten fastlege like mange år senere (SSB-tall til og med {origin}).',
  trackBaseItem: '{p} i {year}',
  trackBase: 'Kommuner som sto likt i {origin}',
  trackEventYes: '{p} i {year} (det skjedde)',
  trackEventNo: '{p} i {year} (det skjedde ikke)',
  trackPeersLikeHead: 'For kommuner som ligner ({like}; {municipalities}, {cases} kommune-år)',
  trackPeersMembersHead: 'For kommunene hver for seg ({municipalities}, {cases} kommune-år)',
  trackPeers:
    '{head} traff intervallet i {shareCoverage} av tilfellene for andelen og i {listCoverage} for listelengden (målet er 80 %). Medianen bommet i snitt med {modelShare} prosentpoeng mot {persShare} for «ingen endring» på andelen, og med {modelList} mot {persList} pasienter på listelengden.',
  trackMunicipalityCount: '{n} kommuner',
  trackMunicipalityCountOne: '1 kommune',
  trackGroupAll: 'alle kommunene som vurderes',
  trackGroupSize: 'kommuner med {size}',
  trackCrpsFirst:
    'Etter CRPS, som også teller med hvor bredt intervallet er, var modellen for {group} ({n} kommune-år) {rest}',
  trackCrpsNext: 'For {group} ({n} kommune-år) var den {rest}',
  trackStanding:
    'Kommuner som sto likt ved startåret ({band} uten fastlege, {n} kommune-år), hadde i snitt {actual} % uten fastlege i årene etter; modellen sa {model} %, «ingen endring» {persistence} %.',
  trackStandingRow: '{band} uten fastlege ved startåret',
  trackStandingCrps:
    'Målt med CRPS var modellen der {verdict}: {crps} prosentpoeng mot {crpsPersistence} for «ingen endring» og {crpsStanding} for hvor kommuner som sto likt havnet.',
  trackStandingBoth: 'bedre enn begge',
  trackStandingPersistenceOnly: 'bedre enn «ingen endring», men ikke enn hvor kommuner som sto likt havnet',
  trackStandingStandingOnly: 'bedre enn hvor kommuner som sto likt havnet, men ikke enn «ingen endring»',
  trackStandingNeither: 'ikke bedre enn noen av dem',
  trackCrpsSame:
    '{verdict} «ingen endring» både på andelen ({crpsShare} mot {crpsPersShare} prosentpoeng) og på listelengden ({crpsList} mot {crpsPersList} pasienter).',
  trackCrpsMixed:
    '{shareVerdict} «ingen endring» på andelen ({crpsShare} mot {crpsPersShare} prosentpoeng), men {listVerdict} på listelengden ({crpsList} mot {crpsPersList} pasienter).',
  trackBetterThan: 'bedre enn',
  trackWorseThan: 'dårligere enn',
  trackSameAs: 'like god som',
  trackBetter: 'bedre',
  trackWorse: 'dårligere',
  trackSame: 'like god',
  trackNotScored:
    '{region} har ikke noe bånd fra {origin}: kommunenummeret ble endret; vi hadde ikke kommunens egne tall for startåret, så modellen vurderes ikke her.',
  trackNoSsbRows:
    '{region} har ikke noe bånd: SSB har ingen fastlegetall for kommunen i tabellen vi bruker (12005), så modellen kan ikke vurderes her.',
  trackScoredFrom: 'Fra startåret {origin} har vi kommunens egne tall.',
  trackShowOrigin: 'Vis fra {origin}',
  trackNoneScored:
    'Ingen av kommunene i {region} hadde egne tall for {origin} (kommunenumrene ble endret), så modellen vurderes ikke her.',
  trackPartial:
    'Tallene for {region} er summen av de {scored} av {members} kommunene som hadde egne tall for {origin}; de andre fikk nytt kommunenummer og vurderes ikke.',
  trackRegistered:
    'Tallene for {years} er på det registrerte grunnlaget fra før høsten 2022, da Helfo begynte å be kommunene registrere ubesatte lister; modellens tall er regnet om på samme måte.',
  trackMethod:
    'Modellen startet 31.12.{origin} med data som var kjent da, {runs} kjøringer (tilfeldig tallrekke nr. {seed}). Båndet viser 80 % av kjøringene (p10–p90), linjen medianen, kryssene SSB 12005 og den stiplede linjen «ingen endring» fra {origin}.',
  trackProbNote:
    'Andelen av {runs} kjøringer fra {origin} der minst 5 % sto uten fastlege; kryss ved 100 % betyr at det skjedde, ved 0 % at det ikke skjedde.',
  trackProbPooled:
    'For en kommune er andelen vektet slik appen viser den: kjøringene og hvor ofte kommuner som sto likt i {origin} fikk det samme, med vekter tilpasset på det som var kjent i {origin}.',
  trackBand: 'Modellen, 80 % (p10–p90)',
  trackMedian: 'Modellen, median',
  trackActual: 'Faktisk (SSB)',
  trackPersistence: 'Ingen endring',
  trackProb: 'Modellens sannsynlighet',
  trackHappened: 'Skjedde',
  trackHappenedExport: 'Skjedde (100 = ja, 0 = nei)',
  trackYes: 'ja',
  trackNo: 'nei',
  trackChartSummary:
    'i {year} faktisk {actual}, modellens median {p50} (80 % intervall {p10}–{p90}), ingen endring {persistence}.',
  trackProbSummary: 'sannsynligheten for minst 5 % uten fastlege: {list}.',
  trackStampScenario: 'Tilbakeblikk fra {origin} (modellen med data kjent da) mot det som skjedde',
  trackAboutLink: 'Valideringen i Om modellen',
  chartsHeading: 'Utvikling',
  showTable: 'Vis som tabell',
  showChart: 'Vis som graf',
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
  munHeading: 'Kommunens tall',
  munIntro:
    'Kjenner du kommunen bedre enn registrene? Rett startverdiene for {name}. Endringene gjelder både ditt scenario og dagens politikk, og lagres med scenarioet.',
  munLoading: 'Henter kommunens tall …',
  munLoadFailed: 'Kommunens tall kunne ikke hentes.',
  munGps: 'Fastleger i alt',
  munGpsInTraining: 'Av dem i spesialistutdanning',
  munGpsSalaried: 'Av dem fastlønnet',
  munListsWithoutGp: 'Lister uten fastlege',
  munDutyHours: 'Vakttimer i legevaktdistriktet per måned',
  munOtherShare: 'Andel av vakttimene som dekkes av andre leger (%)',
  munDistrict: 'Legevaktdistrikt',
  munSourceSsb: 'Kilde: SSB tabell 12005 (2025)',
  munSourceImputed: 'Anslag: kommunen mangler i SSB tabell 12005; anslått fra lignende kommuner',
  munSourceTraining: 'Anslag: landsandelen spesialister (Helsedirektoratet, mai 2024) brukt på kommunen',
  munSourceSalaried: 'Anslag: landsandelen fastlønnede (Helsedirektoratet 2024) fordelt etter sentralitet',
  munSourceModel: 'Modellens anslag ut fra distriktets folketall',
  munSourceDistrict: 'Anslag: modellens legevaktdistrikter er konstruert, ikke kommunenes faktiske samarbeid',
  munModelValue: 'Modellens tall: {value}',
  munReset: 'Tilbakestill',
  munResetLabel: 'Tilbakestill {field} til modellens tall',
  munApply: 'Bruk',
  munFieldHelp: 'Skriv et tall og trykk Enter, eller gå ut av feltet.',
  munDistrictMembers: 'Med i distriktet nå: {list}',
  munDistrictAdd: 'Legg kommuner i {county} til distriktet',
  munDistrictAddHelp: 'Modellen kan legge kommuner til distriktet, ikke ta dem ut.',
  munChangedWhat: 'Kommunens tall ({name}): {field}',
  munEventsHeading: 'Hendelser i kommunen',
  munEventsIntro: 'Det du vet vil skje: hendelsen inntreffer i januar det året, og vises som en markering i figurene.',
  munEventsNone: 'Ingen hendelser lagt inn.',
  munEventYear: 'År',
  munEventKind: 'Hendelse',
  munEventCount: 'Antall',
  munEventPartner: 'Sammen med',
  munEventNote: 'Merknad (valgfri)',
  munEventAdd: 'Legg til hendelse',
  munEventRemove: 'Fjern',
  munEventRemoveLabel: 'Fjern {event} i {year}',
  munEventAdded: 'Hendelse lagt til: {event} i {year}',
  munEventRemoved: 'Hendelse fjernet: {event} i {year}',
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
  munInUse: 'Verdien i bruk er fortsatt {value}.',
  munSummary: 'Kommunens tall og hendelser: {name}',
  munErrUnknownCode: '{field}: ukjent kommunenummer «{code}».',
  munErrDistrictList: '{field}: høyst {max} kommuner.',
  munErrYear: '{field}: velg et år fra {min} til {max}.',
  munErrWhole: '{field}: skriv et helt tall fra {min} til {max} (du skrev {got}).',
  munErrPartner: '{field}: velg en annen kommune.',
  munErrNote: '{field}: høyst {max} tegn.',
  munErrTooMany: 'Høyst {max} hendelser per kommune.',
  // --- map, risk list and peers (issue #16, src/ui/map) ---
  mapSummary: 'Kart og rangering',
  mapLead: 'Alle 357 kommuner på ett kart: observert 2015–2025 (SSB) og framskrevet til 2040, fra én nasjonal kjøring.',
  mapLoading: 'Laster kartet …',
  mapComputing: 'Beregner alle kommuner …',
  mapLoadFailed: 'Kartet kunne ikke lastes: {message}',
  mapOutcome: 'Utfall',
  mapView: 'Vis',
  mapYear: 'År',
  mapPlay: 'Spill av årene',
  mapPause: 'Pause',
  mapZoom: 'Zoom til fylke',
  mapWholeCountry: 'Hele landet',
  mapMeasure_withoutGpShare: 'Andel uten fastlege',
  mapMeasure_pListWithoutGp: 'Sannsynlighet for minst én liste uten fastlege',
  mapMeasure_meanListLength: 'Gjennomsnittlig listelengde',
  mapMeasure_onCallHours: 'Legevakttimer per fastlege i vaktturnus (per måned)',
  mapMeasure_gpsPer1000: 'Fastleger per 1 000 innbyggere',
  mapView_current: 'Scenarioet',
  mapView_baseline: 'Dagens politikk',
  mapView_diff: 'Forskjell (scenario − dagens politikk)',
  mapObserved: '{year}: observert (SSB 12005)',
  mapProjected: '{year}: framskrevet ({view})',
  mapNoData: 'Ingen verdi',
  mapLegend: 'Tegnforklaring',
  mapLegendBelow: 'under {value}',
  mapLegendAtLeast: '{value} eller mer',
  mapLegendRange: '{from} til under {to}',
  mapLabel: 'Kart over Norges kommuner: {measure}, {year}. Piltaster flytter mellom kommunene, Enter velger.',
  mapSelectHint: 'Klikk en kommune (eller Enter) for å vise den i simulatoren.',
  mapSelected: 'Viser {name}',
  mapTooltipCounty: '{county} · sentralitet {c}',
  mapSummaryText:
    '{measure}, {year} ({view}): høyest i {max} ({maxValue}), lavest i {min} ({minValue}); landet: {national}. {n} kommuner har verdi.',
  mapTableShow: 'Vis som tabell',
  mapTableSearch: 'Søk i kommunene',
  mapTableCaption: '{measure}, {year} ({view})',
  mapColMunicipality: 'Kommune',
  mapColNumber: 'Nummer',
  mapColCounty: 'Fylke',
  mapColValue: 'Verdi',
  mapColCentrality: 'Sentralitet',
  mapShowRegion: 'Vis {name}',
  mapSortBy: 'Sorter etter {col}',
  mapTableCount: '{n} av 357 kommuner',
  mapExportPng: 'Last ned kart (PNG)',
  mapExportSvg: 'Last ned kart (SVG)',
  mapExportPptx: 'Last ned kart (PowerPoint)',
  mapProbRun: 'Beregn sannsynligheter ({runs} kjøringer)',
  mapProbRunning: 'Beregner sannsynligheter: {done} av {total} kjøringer',
  mapProbNeeded: 'Sannsynlighetene krever Monte Carlo for hele landet (én nasjonal kjøring per trekk).',
  mapProbDone:
    'Sannsynligheter fra {runs} kjøringer (frø {seed}), vektet med hvor ofte kommuner som sto likt ved start fikk lister uten fastlege, som i nøkkeltallene.',
  mapAttribution: 'Kommunegrenser: © Kartverket (CC BY 4.0), forenklet.',
  mapRedrawn: 'Tegnet på {ms} ms',
  riskHeading: 'Kommuner i faresonen',
  riskLead:
    'Kommunene rangert etter utfallet og året over, verst først i scenarioet, med dagens politikk og endringen.',
  riskCounty: 'Fylke',
  riskCentrality: 'Sentralitet',
  riskAll: 'Alle',
  riskShowAll: 'Vis alle {n}',
  riskShowFewer: 'Vis færre',
  riskRank: 'Plass',
  riskRankBaseline: 'Plass i dag',
  riskChange: 'Endring',
  riskExportCsv: 'Last ned CSV',
  riskExportXlsx: 'Last ned Excel',
  riskCaption: 'Kommuner i faresonen: {measure}, {year}',
  peersHeading: 'Kommuner som ligner',
  peersLead:
    'Samme sentralitetsklasse og størrelse (innbyggere), nærmest på innbyggere, andel uten fastlege og listelengde i {year}; med fylket og landet.',
  peersCaption: 'Kommuner som ligner {name}',
  peersNearest: '(nærmest i klassen)',
  peersCountry: 'Hele landet',
  peersResidents: 'Innbyggere 2025',
  peersShare: 'Uten fastlege {year}',
  peersList: 'Listelengde {year}',
  mapUnit_withoutGpShare: 'prosent',
  mapUnit_pListWithoutGp: 'sannsynlighet i prosent',
  mapUnit_meanListLength: 'pasienter',
  mapUnit_onCallHours: 'timer/måned',
  mapUnit_gpsPer1000: 'per 1 000 innbyggere',
  mapPoints: 'prosentpoeng',
  // issue #17: the analysis panel's heading and lead (its other texts load with it: src/ui/analysis/strings.ts)
  analysisSummary: 'Hva betyr mest? · Hva skal til?',
  analysisLead:
    'Hvilket virkemiddel betyr mest her, hva skal til for å nå et mål, og hva er den billigste pakken som gjør det.',
  // issue #16: reference lines on the charts (their names and note load with the map: src/ui/map/peerLines.ts)
  refLines: 'Vis referanselinjer: kommuner som ligner, fylket og landet',
  chartRefs: 'Referanselinjer: {list}.',
  bandHorizonNote:
    'Usikkerhetsbåndet er prøvd mot det som skjedde 3–5 år fram (se Treffsikkerhet); lenger fram er det modellens anslag, ikke prøvd.',
  medianAtZeroNote:
    'Linja er medianen av kjøringene: i en liten kommune er utfallet enten ingen eller en hel liste uten fastlege, så linja kan stå på 0 selv om det er en reell sjanse for en ledig liste. I {year} er sannsynligheten for minst én liste uten fastlege {p}, og forventet antall uten fastlege {mean} personer (se sannsynlighetsfiguren).',
  firstYearFallNote:
    'Fra {last} til {next} faller linja med {fall}: modellen fyller trolig de få ledige listene for raskt det første året (se «Hva modellen ikke gjør» i Om modellen).',
} as const satisfies Record<string, string>;

export type StringKey = keyof typeof NB;

/** The dictionaries loaded so far: bokmål always; English and nynorsk once chosen (loadLocale). */
const dicts: Partial<Record<Locale, Readonly<Record<StringKey, string>>>> = { nb: NB };

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
  return (dicts[locale] ?? NB)[key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** A key's text in every loaded language (to read its placeholders). */
export function textsOf(key: StringKey): string[] {
  return Object.values(dicts).map((d) => d[key]);
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
  if (locale === 'nn') return text.nn ?? nnOr(text.nb);
  return text[locale];
}

/** The bokmål texts that had no nynorsk when asked for (sorted), for the tests. */
export function nynorskMissing(): string[] {
  return [...nnMissing].sort();
}

/** Forgets the missing texts noted so far (tests). */
export function clearNynorskMissing(): void {
  nnMissing.clear();
}

/** Every key's bokmål (the tests join it with strings/en.ts: test/helpers/strings.ts). */
export const NB_STRINGS: Readonly<Record<StringKey, string>> = NB;

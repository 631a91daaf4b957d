/**
 * UI strings in bokmål and English, and the current language. Registry texts (levers, assumptions,
 * results) carry their own nb/en labels; everything else the page says is here, so that switching
 * language changes every string.
 */
import type { Locale, Localized } from '../levers/types.ts';

const S = {
  appTitle: { nb: 'Fastlegesimulatoren', en: 'GP scheme simulator (Fastlegesimulatoren)' },
  appLead: {
    nb: 'Hva skjer med fastlegeordningen i din kommune de neste 15 årene? Flytt virkemidlene og se virkningen, med usikkerhet.',
    en: 'What happens to the GP scheme in your municipality over the next 15 years? Move the levers and see the effect, with uncertainty.',
  },
  skipToMain: { nb: 'Hopp til resultatene', en: 'Skip to the results' },
  languageToggle: { nb: 'English', en: 'Norsk' },
  languageToggleLabel: { nb: 'Switch to English', en: 'Bytt til norsk (bokmål)' },
  about: { nb: 'Om modellen', en: 'About the model' },
  close: { nb: 'Lukk', en: 'Close' },
  region: { nb: 'Område', en: 'Region' },
  regionHelp: {
    nb: 'Skriv kommunenavn eller -nummer, fylke eller sentralitet. Piltaster og Enter for å velge.',
    en: 'Type a municipality name or number, a county or a centrality class. Arrow keys and Enter to pick.',
  },
  regionNoMatch: { nb: 'Ingen treff', en: 'No match' },
  regionNational: { nb: 'Hele landet', en: 'Whole country' },
  regionCounty: { nb: 'fylke', en: 'county' },
  regionCentrality: { nb: 'Sentralitetsklasse', en: 'Centrality class' },
  regionMunicipality: { nb: 'kommune', en: 'municipality' },
  regionImputed: {
    nb: 'Startverdiene for fastleger er anslått fra lignende kommuner (kommunen mangler i SSBs fastlegetabell).',
    en: 'GP start values are estimated from similar municipalities (missing from SSB’s GP table).',
  },
  regionImputedSome: {
    nb: 'Området omfatter kommuner med anslåtte startverdier: {list}.',
    en: 'The region includes municipalities with estimated start values: {list}.',
  },
  presetLabel: { nb: 'Forhåndsdefinert scenario', en: 'Preset scenario' },
  presetChoose: { nb: 'Velg et scenario …', en: 'Choose a scenario …' },
  presetLoaded: { nb: 'Scenario: {name}', en: 'Scenario: {name}' },
  myScenarios: { nb: 'Mine scenarioer', en: 'My scenarios' },
  saveName: { nb: 'Lagre dette scenarioet som', en: 'Save this scenario as' },
  save: { nb: 'Lagre', en: 'Save' },
  noSaved: { nb: 'Ingen lagrede scenarioer ennå.', en: 'No saved scenarios yet.' },
  open: { nb: 'Åpne', en: 'Open' },
  update: { nb: 'Oppdater', en: 'Update' },
  rename: { nb: 'Gi nytt navn', en: 'Rename' },
  newName: { nb: 'Nytt navn', en: 'New name' },
  duplicate: { nb: 'Dupliser', en: 'Duplicate' },
  exportOne: { nb: 'Eksporter', en: 'Export' },
  delete: { nb: 'Slett', en: 'Delete' },
  exportAll: { nb: 'Eksporter alle', en: 'Export all' },
  exportCurrent: { nb: 'Eksporter dette', en: 'Export this one' },
  currentScenarioName: { nb: 'Mitt scenario', en: 'My scenario' },
  importFile: { nb: 'Importer fil …', en: 'Import file …' },
  savedAt: { nb: 'lagret {when}', en: 'saved {when}' },
  savedAs: { nb: 'Lagret som «{name}».', en: 'Saved as “{name}”.' },
  updated: { nb: '«{name}» er oppdatert med det du ser nå.', en: '“{name}” now holds what you see.' },
  renamed: { nb: 'Nytt navn: «{name}».', en: 'Renamed to “{name}”.' },
  deleted: { nb: '«{name}» er slettet.', en: '“{name}” was deleted.' },
  opened: { nb: 'Åpnet «{name}».', en: 'Opened “{name}”.' },
  copyOf: { nb: '{name} (kopi)', en: '{name} (copy)' },
  undoAction: { nb: 'Angre ({what})', en: 'Undo ({what})' },
  nameRequired: { nb: 'Skriv et navn før du lagrer.', en: 'Enter a name before saving.' },
  storageUnavailable: {
    nb: 'Nettleseren lar ikke siden lagre (privat modus eller blokkert lagring). Du kan fortsatt lagre, åpne og sammenligne scenarioer i denne økten, men de forsvinner når du lukker siden. Bruk «Eksporter dette» eller «Eksporter alle» for å ta vare på arbeidet som fil.',
    en: 'The browser does not let the page store data (private mode or blocked storage). You can still save, open and compare scenarios in this session, but they are gone when you close the page. Use “Export this one” or “Export all” to keep your work as a file.',
  },
  storageFull: {
    nb: 'Lagringsplassen i nettleseren er full. Det du lagrer nå, finnes bare i denne økten og forsvinner når du lukker siden. Eksporter scenarioer til fil, og slett noen for å kunne lagre varig igjen.',
    en: 'The browser’s storage is full. What you save now is kept in this session only and is gone when you close the page. Export scenarios to a file, and delete some to save permanently again.',
  },
  sessionOnly: { nb: 'bare i denne økten', en: 'this session only' },
  savedUnreadable: {
    nb: '{n} lagrede oppføringer kunne ikke leses og vises ikke.',
    en: '{n} stored entries could not be read and are not shown.',
  },
  importFailed: {
    nb: 'Filen «{file}» ble ikke importert, og ingenting er endret:',
    en: 'The file “{file}” was not imported, and nothing was changed:',
  },
  importReplace: {
    nb: '«{name}» finnes allerede blant dine scenarioer. OK erstatter det; Avbryt beholder begge (den importerte lagres som kopi).',
    en: '“{name}” is already among your scenarios. OK replaces it; Cancel keeps both (the imported one is saved as a copy).',
  },
  imported: { nb: 'Importerte {n} scenario(er) fra «{file}».', en: 'Imported {n} scenario(s) from “{file}”.' },
  importRenamed: {
    nb: '{n} av dem hadde samme id som et scenario tidligere i filen og er lagret med ny id, så ingen er overskrevet: {names}.',
    en: '{n} of them had the same id as a scenario earlier in the file and were saved under a new id, so none was overwritten: {names}.',
  },
  linkApplied: { nb: 'Åpnet den delte lenken.', en: 'Opened the shared link.' },
  importMigrated: {
    nb: 'Filen var i et eldre format og er oppgradert (område hele landet, frø 1, 200 kjøringer).',
    en: 'The file was in an older format and was upgraded (whole country, seed 1, 200 runs).',
  },
  copyLink: { nb: 'Kopier lenke', en: 'Copy link' },
  linkCopied: {
    nb: 'Lenken er kopiert. Den gjenskaper alt du ser.',
    en: 'Link copied. It restores everything you see.',
  },
  linkCopyManual: { nb: 'Kopier lenken fra adressefeltet.', en: 'Copy the link from the address bar.' },
  linkBroken: {
    nb: 'Lenken kunne ikke leses ({error}). Dagens politikk vises; dine lagrede scenarioer er urørt.',
    en: 'The link could not be read ({error}). Current policy is shown; your saved scenarios are untouched.',
  },
  compareHeading: { nb: 'Sammenlign scenarioer', en: 'Compare scenarios' },
  compareLead: {
    nb: 'Velg 2–4 scenarioer og en referanse. Alle kjøres med de samme tilfeldige tallene for området du har valgt, så forskjellene og intervallene deres skyldes politikken.',
    en: 'Choose 2–4 scenarios and a reference. All run with the same random numbers for the chosen region, so the differences and their intervals come from policy.',
  },
  compareWhich: { nb: 'Scenarioer (høyst {max})', en: 'Scenarios (at most {max})' },
  compareMax: { nb: 'Du kan sammenligne høyst {max} scenarioer.', en: 'You can compare at most {max} scenarios.' },
  compareReference: { nb: 'Referanse', en: 'Reference' },
  compareRef: { nb: 'referanse', en: 'reference' },
  compareYears: { nb: 'År i tabellene', en: 'Years in the tables' },
  compareRun: { nb: 'Sammenlign', en: 'Compare' },
  compareClear: { nb: 'Fjern sammenligningen', en: 'Clear the comparison' },
  compareRunning: { nb: 'Kjører {name} ({i} av {n}) …', en: 'Running {name} ({i} of {n}) …' },
  compareDone: {
    nb: '{n} scenarioer sammenlignet for {region}, {runs} kjøringer hver. Grafene viser medianene.',
    en: '{n} scenarios compared for {region}, {runs} runs each. The charts show the medians.',
  },
  compareCancelled: { nb: 'Sammenligningen ble avbrutt.', en: 'The comparison was cancelled.' },
  compareExportCsv: { nb: 'Tabellene som CSV', en: 'Tables as CSV' },
  compareExportXlsx: { nb: 'Tabellene som Excel', en: 'Tables as Excel' },
  compareOutcome: { nb: 'Utfall', en: 'Outcome' },
  compareScenario: { nb: 'Scenario', en: 'Scenario' },
  compareDiffHeading: { nb: 'Forskjeller i nøkkeltall', en: 'Differences in key outcomes' },
  compareDiffLead: {
    nb: 'Median, og under den forskjellen mot «{ref}» med 80 % intervall fra parvise kjøringer.',
    en: 'Median, and below it the difference from “{ref}” with its 80% interval from paired runs.',
  },
  budgetHeading: { nb: 'Budsjett', en: 'Budget' },
  budgetLead: {
    nb: 'Offentlig kostnad per år (mill. kr, median) fordelt på kommune og stat, merkostnad mot referansen (80 % intervall), innbyggere som får fastlege og merkostnad per slik innbygger.',
    en: 'Public cost per year (NOK million, median) split between municipality and state, extra cost against the reference (80% interval), residents who gain a GP and the extra cost per such resident.',
  },
  budgetMunicipal: { nb: 'Kommune', en: 'Municipality' },
  budgetState: { nb: 'Stat', en: 'State' },
  budgetTotal: { nb: 'I alt', en: 'Total' },
  budgetExtra: { nb: 'Merkostnad mot «{ref}»', en: 'Extra cost vs “{ref}”' },
  budgetGaining: { nb: 'Innbyggere som får fastlege', en: 'Residents who gain a GP' },
  budgetPerResident: { nb: 'Merkostnad per innbygger som får fastlege', en: 'Extra cost per resident who gains a GP' },
  budgetEnvelopes: { nb: 'Rammer i kildedokumentene (nasjonalt)', en: 'Envelopes in the source documents (national)' },
  stampScenarios: { nb: 'Scenario', en: 'Scenario' },
  stampYears: { nb: 'per 31.12. {first}–{last}', en: 'at 31 Dec {first}–{last}' },
  stampDeterministic: { nb: 'forventet utvikling (én kjøring)', en: 'expected path (one run)' },
  stampMonteCarlo: {
    nb: 'median og 80 % intervall av {runs} Monte Carlo-kjøringer, frø {seed}',
    en: 'median and 80% interval of {runs} Monte Carlo runs, seed {seed}',
  },
  stampProbability: {
    nb: 'andel av {runs} Monte Carlo-kjøringer der hendelsen inntreffer, per år; frø {seed}',
    en: 'share of {runs} Monte Carlo runs in which the event happens, per year; seed {seed}',
  },
  stampProbabilityRecalibrated: {
    nb: 'andel av {runs} Monte Carlo-kjøringer der hendelsen inntreffer, per år, justert etter hvor godt slike sannsynligheter har truffet; frø {seed}',
    en: 'share of {runs} Monte Carlo runs in which the event happens, per year, adjusted to how well such probabilities have matched; seed {seed}',
  },
  stampData: { nb: 'data {version}', en: 'data {version}' },
  stampMade: { nb: 'laget {date}', en: 'made {date}' },
  stampSources: { nb: 'Kilder', en: 'Sources' },
  stampImputed: {
    nb: 'Merk: startverdiene for fastleger er anslått fra lignende kommuner for {list}.',
    en: 'Note: GP start values are estimated from similar municipalities for {list}.',
  },
  exportMenu: { nb: 'Eksporter', en: 'Export' },
  exportPng: { nb: 'Bilde (PNG)', en: 'Image (PNG)' },
  exportSvg: { nb: 'Vektorbilde (SVG)', en: 'Vector image (SVG)' },
  exportPdf: { nb: 'PDF (A4 liggende)', en: 'PDF (A4 landscape)' },
  exportPptx: { nb: 'PowerPoint (.pptx)', en: 'PowerPoint (.pptx)' },
  exportDeck: { nb: 'Eksporter alle til PowerPoint', en: 'Export all to PowerPoint' },
  deckSubtitle: { nb: 'Laget {date} med Fastlegesimulatoren', en: 'Made {date} with Fastlegesimulatoren' },
  deckSettings: { nb: 'Innstillinger som avviker fra dagens politikk', en: 'Settings that differ from current policy' },
  deckSetting: { nb: 'Virkemiddel eller forutsetning', en: 'Lever or assumption' },
  deckValue: { nb: 'Verdi', en: 'Value' },
  deckNoChanges: { nb: 'Ingen: dagens politikk', en: 'None: current policy' },
  deckFigure: { nb: 'Nøkkeltall', en: 'Key figure' },
  deckChange: { nb: 'Endring', en: 'Change' },
  deckInterval: { nb: 'Usikkerhet', en: 'Uncertainty' },
  deckFooter: {
    nb: 'Fastlegesimulatoren {version} · Kilder: SSB, Helsedirektoratet, Helfo, Kartverket og kildedokumentene',
    en: 'Fastlegesimulatoren {version} · Sources: SSB, Norwegian Directorate of Health, Helfo, Kartverket and the source documents',
  },
  present: { nb: 'Presentasjon', en: 'Present' },
  presentPrev: { nb: 'Forrige', en: 'Previous' },
  presentNext: { nb: 'Neste', en: 'Next' },
  presentClose: { nb: 'Avslutt (Esc)', en: 'Close (Esc)' },
  presentCount: { nb: 'Graf {i} av {n}', en: 'Chart {i} of {n}' },
  exportCsv: { nb: 'CSV (Excel, norsk)', en: 'CSV (Excel, Norwegian)' },
  exportXlsx: { nb: 'Excel (.xlsx)', en: 'Excel (.xlsx)' },
  exportDone: { nb: 'Eksportert: {file}', en: 'Exported: {file}' },
  exportFailed: { nb: 'Eksporten feilet: {message}', en: 'The export failed: {message}' },
  exportFailedGeneric: {
    nb: 'Eksporten feilet. Prøv igjen, eller velg et annet format.',
    en: 'The export failed. Try again, or choose another format.',
  },
  leversHeading: { nb: 'Virkemidler', en: 'Policy levers' },
  assumptionsHeading: { nb: 'Forutsetninger', en: 'Assumptions' },
  assumptionsLead: {
    nb: 'Effektstørrelser og grunnrater i modellen, med kilde eller «skjønn». Endres sjelden; Monte Carlo trekker dem innenfor spennet.',
    en: 'Effect sizes and base rates in the model, with their source or “judgement”. Rarely changed; Monte Carlo draws them within the range.',
  },
  filterAssumptions: { nb: 'Søk i forutsetninger', en: 'Search assumptions' },
  formulasHeading: { nb: 'Responsfunksjoner (avansert)', en: 'Response functions (advanced)' },
  formulasLead: {
    nb: 'Uttrykk i mathjs-syntaks. Feil vises mens du skriver; kjøringen bruker alltid siste gyldige versjon.',
    en: 'Expressions in mathjs syntax. Errors show as you type; runs always use the last valid version.',
  },
  fxUnknownResponse: { nb: 'Ukjent responsfunksjon.', en: 'Unknown response function.' },
  fxEmpty: { nb: 'Formelen er tom.', en: 'The formula is empty.' },
  fxTooLong: { nb: 'Formelen er lengre enn {max} tegn.', en: 'The formula is longer than {max} characters.' },
  fxSyntax: { nb: 'Syntaksfeil: {detail}', en: 'Syntax error: {detail}' },
  fxNumber: { nb: 'Bare vanlige tall er tillatt, fikk {value}.', en: 'Only plain numbers are allowed, got {value}.' },
  fxUnknownName: {
    nb: 'Ukjent navn «{name}». Bruk en variabel ({vars}), et navn på en forutsetning eller pi, e.',
    en: 'Unknown name “{name}”. Use a variable ({vars}), an assumption name, or pi, e.',
  },
  fxOperator: {
    nb: 'Operatoren «{op}» er ikke tillatt (bruk + - * / ^, sammenligninger, and, or, not).',
    en: 'The operator “{op}” is not allowed (use + - * / ^, comparisons, and, or, not).',
  },
  fxFunction: {
    nb: 'Funksjonen «{name}» er ikke tillatt (tillatt: {allowed}).',
    en: 'The function “{name}” is not allowed (allowed: {allowed}).',
  },
  fxArity: {
    nb: '{name}() tar {expected} argument, fikk {got}.',
    en: '{name}() takes {expected} argument(s), got {got}.',
  },
  fxNotAllowed: { nb: 'Dette er ikke tillatt i en formel ({what}).', en: 'This is not allowed in a formula ({what}).' },
  fxRange: {
    nb: 'Formelen må gi et endelig tall mellom {min} og {max} for rimelige verdier ({ranges}); ved {inputs} ga den {got}.',
    en: 'The formula must give a finite number between {min} and {max} for plausible values ({ranges}); at {inputs} it gave {got}.',
  },
  fxProbe: {
    nb: 'Formelen må gi et endelig tall over 0 for vanlige verdier ({inputs}), men ga {got}.',
    en: 'The formula must give a finite number above 0 for typical values ({inputs}), but gave {got}.',
  },
  formulaVariables: { nb: 'Variabler', en: 'Variables' },
  formulaOk: { nb: 'Gyldig formel – i bruk.', en: 'Valid formula – in use.' },
  formulaChecking: { nb: 'Sjekker …', en: 'Checking …' },
  formulaReset: { nb: 'Tilbakestill formel', en: 'Reset formula' },
  formulaTooSlow: {
    nb: 'Formelen gjorde kjøringen for treg og ble stoppet. Siste gyldige tilstand er beholdt.',
    en: 'The formula made the run too slow and was stopped. The last valid state is kept.',
  },
  simTimeout: {
    nb: 'Beregningen svarte ikke innen {seconds} sekunder og ble startet på nytt',
    en: 'The simulation did not answer within {seconds} seconds and was restarted',
  },
  simFormulaTimeout: {
    nb: 'Formelen gjorde beregningen for treg, så den ble stoppet',
    en: 'The formula made the simulation too slow, so it was stopped',
  },
  simCrashed: {
    nb: 'Beregningen i bakgrunnen stoppet uventet (nettleseren avsluttet den)',
    en: 'The background simulation stopped unexpectedly (the browser ended it)',
  },
  simRunFailed: {
    nb: 'Modellen kunne ikke regne ferdig denne innstillingen',
    en: 'The model could not finish this setting',
  },
  workerRestarted: {
    nb: 'Beregningen i bakgrunnen stoppet uventet og ble startet på nytt. Innstillingene dine er beholdt.',
    en: 'The background simulation stopped unexpectedly and was restarted. Your settings are kept.',
  },
  runCrashed: {
    nb: 'Beregningen i bakgrunnen stoppet uventet, også etter at den ble startet på nytt. Innstillingene dine er beholdt, men grafene viser siste resultat som ble beregnet. Endre en verdi for å prøve igjen, eller last siden på nytt.',
    en: 'The background simulation stopped unexpectedly, also after it was restarted. Your settings are kept, but the charts show the last result computed. Change a value to try again, or reload the page.',
  },
  runTimedOut: {
    nb: 'Beregningen svarte ikke innen {seconds} sekunder og ble startet på nytt. Innstillingene dine er beholdt, men grafene viser siste resultat som ble beregnet. Endre en verdi for å prøve igjen.',
    en: 'The simulation did not answer within {seconds} seconds and was restarted. Your settings are kept, but the charts show the last result computed. Change a value to try again.',
  },
  runFormulaFailed: {
    nb: 'Formelen «{label}» kan ikke brukes: {message} Siste innstilling som virket, er satt tilbake.',
    en: 'The formula “{label}” cannot be used: {message} The last setting that ran is restored.',
  },
  runFailed: {
    nb: 'Modellen kunne ikke regne ferdig denne innstillingen. Siste innstilling som virket, er satt tilbake.',
    en: 'The model could not finish this setting. The last setting that ran is restored.',
  },
  startFailed: {
    nb: 'Appen kunne ikke starte. Last siden på nytt; hjelper ikke det, prøv en annen nettleser.',
    en: 'The app could not start. Reload the page; if that does not help, try another browser.',
  },
  technicalDetails: { nb: 'Tekniske detaljer', en: 'Technical details' },
  dismissMessage: { nb: 'Lukk meldingen', en: 'Dismiss the message' },
  mcFailedCrash: {
    nb: 'Usikkerhetsberegningen stoppet fordi en beregning i bakgrunnen stoppet uventet. Linjene viser forventet utvikling.',
    en: 'The uncertainty run stopped because a background simulation stopped unexpectedly. Lines show the expected path.',
  },
  mcFailedError: {
    nb: 'Usikkerhetsberegningen feilet i modellen. Linjene viser forventet utvikling.',
    en: 'The uncertainty run failed in the model. Lines show the expected path.',
  },
  mcRetry: { nb: 'Prøv igjen', en: 'Try again' },
  importFormula: {
    nb: '{path}: «{name}», formelen «{formula}»: {message}',
    en: '{path}: “{name}”, the formula “{formula}”: {message}',
  },
  linkFormula: { nb: 'formelen «{formula}»: {message}', en: 'the formula “{formula}”: {message}' },
  resetLevers: { nb: 'Tilbakestill virkemidler', en: 'Reset levers' },
  resetAssumptions: { nb: 'Tilbakestill forutsetninger', en: 'Reset assumptions' },
  undo: { nb: 'Angre', en: 'Undo' },
  redo: { nb: 'Gjør om', en: 'Redo' },
  changed: { nb: 'endret', en: 'changed' },
  changedFromBaseline: { nb: 'Endret fra dagens nivå ({value})', en: 'Changed from today ({value})' },
  startYear: { nb: 'Fra år', en: 'From year' },
  untilYear: { nb: 'Til og med', en: 'Through' },
  untilNone: { nb: 'Ingen slutt', en: 'No end' },
  untilSet: { nb: 'til og med {year}', en: 'through {year}' },
  untilCleared: { nb: 'ingen slutt', en: 'no end' },
  scopeNational: { nb: 'Nasjonal politikk', en: 'National policy' },
  scopeLocal: { nb: 'Kommunens egne tiltak', en: 'The municipality’s own measures' },
  scopeNationalInfo: {
    nb: 'Hvem bestemmer: staten og partene i de nasjonale avtalene.',
    en: 'Who decides: the state and the parties to the national agreements.',
  },
  scopeLocalInfo: {
    nb: 'Hvem bestemmer: hver kommune for seg selv. Kan settes for én kommune eller for alle.',
    en: 'Who decides: each municipality for itself. Can be set for one municipality or for all.',
  },
  scopeBasis: { nb: 'Grunnlag for inndelingen', en: 'Basis for the classification' },
  scopeLocalLead: {
    nb: 'Velg en kommune under Område for å sette tiltak bare for den kommunen.',
    en: 'Pick a municipality under Region to set measures for that municipality only.',
  },
  scopeOnly: { nb: 'Gjelder bare {name}', en: 'Applies to {name} only' },
  scopeAll: { nb: 'Gjelder alle kommuner', en: 'Applies to all municipalities' },
  scopeNationalValue: { nb: 'Nasjonal verdi: {value}', en: 'National value: {value}' },
  scopeFollowsNational: {
    nb: '{name} følger den nasjonale verdien.',
    en: '{name} follows the national value.',
  },
  scopeReset: { nb: 'Bruk nasjonal verdi for {name}', en: 'Use the national value for {name}' },
  scopeResetDone: { nb: '{label}: nasjonal verdi for {name}', en: '{label}: national value for {name}' },
  scopeFor: { nb: '{what} ({name})', en: '{what} ({name})' },
  stepsHeading: { nb: 'Trinn', en: 'Steps' },
  stepAdd: { nb: 'Legg til trinn', en: 'Add a step' },
  stepRemove: { nb: 'Fjern trinnet fra {year}', en: 'Remove the step from {year}' },
  stepN: { nb: 'Trinn {n}', en: 'Step {n}' },
  stepFrom: { nb: 'fra år', en: 'from year' },
  stepValueLabel: { nb: 'verdi', en: 'value' },
  stepAdded: { nb: '{label}: trinn fra {year}', en: '{label}: step from {year}' },
  stepRemoved: { nb: '{label}: trinnet fra {year} fjernet', en: '{label}: step from {year} removed' },
  stepChanged: { nb: '{label}: trinn {n} = {value} fra {year}', en: '{label}: step {n} = {value} from {year}' },
  stepsHint: {
    nb: 'Første trinn er verdien over; hvert trinn gjelder til neste.',
    en: 'The first step is the value above; each step holds until the next.',
  },
  errUntilBeforeFrom: {
    nb: '{label}: sluttåret {year} er før startåret {from}. Velg et sluttår fra {from} til {max}.',
    en: '{label}: the end year {year} is before the start year {from}. Choose an end from {from} to {max}.',
  },
  errStepOrder: {
    nb: '{label}: trinnet fra {year} må komme etter trinnet før ({from}).',
    en: '{label}: the step from {year} must come after the step before ({from}).',
  },
  errYearRange: {
    nb: '{label}: året {year} er utenfor {min}–{max}.',
    en: '{label}: the year {year} is outside {min}–{max}.',
  },
  stampLocal: { nb: 'Lokale tiltak og data: {list}', en: 'Local measures and data: {list}' },
  stampLocalStart: { nb: 'egne tall', en: 'own figures' },
  stampLocalAll: { nb: 'alle kommuner', en: 'all municipalities' },
  stampLocalEvents: { nb: '{n} hendelser', en: '{n} events' },
  stampLocalEvent: { nb: '1 hendelse', en: '1 event' },
  none: { nb: 'Ingen', en: 'None' },
  noneOption: { nb: 'Ingen grense', en: 'No limit' },
  on: { nb: 'På', en: 'On' },
  info: { nb: 'Om {label}', en: 'About {label}' },
  sources: { nb: 'Kilder', en: 'Sources' },
  factsIds: { nb: 'Tall fra faktagrunnlaget', en: 'Figures from the fact sheet' },
  range: { nb: 'Spenn', en: 'Range' },
  default: { nb: 'Standard', en: 'Default' },
  source: { nb: 'Kilde', en: 'Source' },
  sourceJudgement: { nb: 'skjønn', en: 'judgement' },
  sourceCalibrated: { nb: 'kalibrert mot 2019–2025', en: 'calibrated to 2019–2025' },
  errNotNumber: {
    nb: '«{text}» er ikke et tall. Skriv et tall fra {min} til {max}.',
    en: '“{text}” is not a number. Enter a number from {min} to {max}.',
  },
  errRange: {
    nb: '{value} er utenfor spennet {min}–{max}{unit}.',
    en: '{value} is outside the range {min}–{max}{unit}.',
  },
  errKept: { nb: 'Verdien i bruk er fortsatt {value}.', en: 'The value in use is still {value}.' },
  keyFigures: { nb: 'Nøkkeltall', en: 'Key figures' },
  kfWithout: { nb: 'Uten fastlege {year}', en: 'Without a GP {year}' },
  kfShort: { nb: 'Fastleger som mangler for full dekning {year}', en: 'GPs short of full coverage {year}' },
  kfCost: { nb: 'Offentlig kostnad {year}', en: 'Public cost {year}' },
  kfVsBaseline: { nb: '{delta} mot dagens politikk', en: '{delta} vs current policy' },
  kfSame: { nb: 'som dagens politikk', en: 'same as current policy' },
  kfBand: { nb: '80 % usikkerhetsintervall: {lo}–{hi}', en: '80% uncertainty interval: {lo}–{hi}' },
  kfBandPending: { nb: 'Usikkerhet beregnes …', en: 'Computing uncertainty …' },
  kfProbFollows: {
    nb: 'Sannsynligheter og 80 % intervall følger med usikkerhetsberegningen.',
    en: 'Probabilities and the 80% interval follow with the uncertainty run.',
  },
  kfProbPending: {
    nb: 'Sannsynligheten for minst én liste uten fastlege vises når usikkerheten er beregnet.',
    en: 'The probability of at least one list without a GP shows once the uncertainty has been computed.',
  },
  kfProbUnit: {
    nb: 'sannsynlighet for minst én liste uten fastlege',
    en: 'probability of at least one list without a GP',
  },
  kfExpectedUnit: { nb: 'personer (forventet antall)', en: 'persons (expected number)' },
  kfExpected: { nb: 'Forventet antall: {n} personer', en: 'Expected number: {n} persons' },
  kfVsBaselinePoints: {
    nb: '{delta} prosentpoeng mot dagens politikk',
    en: '{delta} percentage points vs current policy',
  },
  kfBandPersons: {
    nb: '80 % usikkerhetsintervall: {lo}–{hi} personer',
    en: '80% uncertainty interval: {lo}–{hi} persons',
  },
  kfShortFollows: {
    nb: 'Forventet antall og 80 % intervall følger med usikkerhetsberegningen.',
    en: 'The expected number and the 80% interval follow with the uncertainty run.',
  },
  kfShortExpectedUnit: { nb: 'leger (forventet antall)', en: 'doctors (expected number)' },
  kfShortExpected: { nb: 'Forventet antall leger: {n}', en: 'Expected number of doctors: {n}' },
  kfBandDoctors: {
    nb: '80 % usikkerhetsintervall: {lo}–{hi} leger',
    en: '80% uncertainty interval: {lo}–{hi} doctors',
  },
  probAnyList: { nb: 'Minst én liste uten fastlege', en: 'At least one list without a GP' },
  probShare5: { nb: 'Minst 5 % av innbyggerne uten fastlege', en: 'At least 5% of residents without a GP' },
  probShare5Short: { nb: 'Minst 5 % uten fastlege', en: 'At least 5% without a GP' },
  probPending: {
    nb: 'Sannsynlighetene vises når usikkerheten (Monte Carlo) er beregnet.',
    en: 'The probabilities show once the uncertainty (Monte Carlo) has been computed.',
  },
  probNote: {
    nb: 'Andelen av de {runs} Monte Carlo-kjøringene der det skjer. Nøkkeltallene runder til nærmeste 5 prosentpoeng, for så mange kjøringer gir ikke mer presisjon.',
    en: 'The share of the {runs} Monte Carlo runs in which it happens. The key figures round to the nearest 5 percentage points, as that many runs give no more precision.',
  },
  probRecalibrated: {
    nb: 'For en kommune er andelen justert etter hvor godt modellens sannsynligheter traff i kommunene i {years}: den var for sikker, så når kjøringene sier {from}, viser grafen {to}.',
    en: 'For a municipality the share is adjusted to how well the model’s probabilities matched in the municipalities in {years}: it was overconfident, so where the runs say {from}, the chart shows {to}.',
  },
  probSummary: {
    nb: 'sannsynligheten for minst én liste uten fastlege er {first} i {y0} og {last} i {y1} i ditt scenario, {base} i {y1} med dagens politikk; for minst 5 % uten fastlege {share} i {y1}.',
    en: 'the probability of at least one list without a GP is {first} in {y0} and {last} in {y1} in your scenario, {base} in {y1} under current policy; of at least 5% without a GP {share} in {y1}.',
  },
  probSummaryCompare: {
    nb: 'sannsynligheten for minst én liste uten fastlege i {y1}: {list}.',
    en: 'the probability of at least one list without a GP in {y1}: {list}.',
  },
  persons: { nb: 'personer', en: 'persons' },
  doctors: { nb: 'leger', en: 'doctors' },
  millNokPerYear: { nb: 'mill. kr/år', en: 'NOK mill./year' },
  millNok: { nb: 'mill. kr', en: 'NOK mill.' },
  trackHeading: { nb: 'Treffsikkerhet', en: 'Track record' },
  trackLead: {
    nb: 'Hvor godt ville modellen ha truffet her? Vi startet den 31. desember i et tidligere år med bare det som var kjent da, og sammenligner med det som faktisk skjedde i området du har valgt.',
    en: 'How well would the model have done here? We started it on 31 December of an earlier year with only what was known then, and compare it with what really happened in the region you have chosen.',
  },
  trackOrigin: { nb: 'Startår for tilbakeblikket', en: 'Start year of the hindcast' },
  trackLoading: { nb: 'Laster treffsikkerheten …', en: 'Loading the track record …' },
  trackLoadFailed: {
    nb: 'Treffsikkerheten kunne ikke lastes: {message}',
    en: 'The track record could not be loaded: {message}',
  },
  trackRegionHeading: {
    nb: '{region}: modellen fra {origin} mot det som skjedde',
    en: '{region}: the model from {origin} against what happened',
  },
  trackNational: { nb: 'hele landet', en: 'the whole country' },
  trackClassName: { nb: 'sentralitetsklasse {n}', en: 'centrality class {n}' },
  trackSizeUnder: { nb: 'under {a} innbyggere', en: 'under {a} residents' },
  trackSizeRange: { nb: '{a}–{b} innbyggere', en: '{a}–{b} residents' },
  trackSizeOver: { nb: '{a} innbyggere og flere', en: '{a} residents and more' },
  trackHits: {
    nb: 'For {region} traff modellens 80 %-intervall det som skjedde i {shareHits} av {shareYears} år for andelen uten fastlege og i {listHits} av {listYears} år for listelengden.',
    en: 'For {region}, the model’s 80% interval held what happened in {shareHits} of {shareYears} years for the share without a GP and in {listHits} of {listYears} years for the list length.',
  },
  trackMisses: {
    nb: '«Ingen endring» bommet i snitt med {persShare} prosentpoeng på andelen, modellens median med {modelShare}; på listelengden bommet «ingen endring» med {persList} pasienter, modellen med {modelList}.',
    en: '“No change” missed the share by {persShare} percentage points on average, the model’s median by {modelShare}; for the list length “no change” missed by {persList} patients, the model by {modelList}.',
  },
  trackVerdictBoth: {
    nb: 'Her kom modellen nærmere enn «ingen endring» på begge.',
    en: 'Here the model came closer than “no change” on both.',
  },
  trackVerdictShare: {
    nb: 'Her kom modellen nærmere enn «ingen endring» på andelen, men ikke på listelengden.',
    en: 'Here the model came closer than “no change” on the share, but not on the list length.',
  },
  trackVerdictList: {
    nb: 'Her kom modellen nærmere enn «ingen endring» på listelengden, men ikke på andelen.',
    en: 'Here the model came closer than “no change” on the list length, but not on the share.',
  },
  trackVerdictNone: {
    nb: 'Her kom «ingen endring» like nær eller nærmere på begge.',
    en: 'Here “no change” came as close or closer on both.',
  },
  trackEvents: {
    nb: 'Sannsynligheten modellen ga for at minst 5 % skulle stå uten fastlege: {list}.',
    en: 'The probability the model gave that at least 5% would be without a GP: {list}.',
  },
  trackEventYes: { nb: '{p} i {year} (det skjedde)', en: '{p} in {year} (it happened)' },
  trackEventNo: { nb: '{p} i {year} (det skjedde ikke)', en: '{p} in {year} (it did not happen)' },
  trackPeersLikeHead: {
    nb: 'For kommuner som ligner ({like}; {municipalities}, {cases} kommune-år)',
    en: 'For municipalities like it ({like}; {municipalities}, {cases} municipality-years)',
  },
  trackPeersMembersHead: {
    nb: 'For kommunene hver for seg ({municipalities}, {cases} kommune-år)',
    en: 'For its municipalities one by one ({municipalities}, {cases} municipality-years)',
  },
  trackPeers: {
    nb: '{head} traff intervallet i {shareCoverage} av tilfellene for andelen og i {listCoverage} for listelengden (målet er 80 %). Medianen bommet i snitt med {modelShare} prosentpoeng mot {persShare} for «ingen endring» på andelen, og med {modelList} mot {persList} pasienter på listelengden.',
    en: '{head}, the interval held in {shareCoverage} of cases for the share and in {listCoverage} for the list length (the aim is 80%). The median missed by {modelShare} percentage points on average against {persShare} for “no change” on the share, and by {modelList} against {persList} patients on the list length.',
  },
  trackMunicipalityCount: { nb: '{n} kommuner', en: '{n} municipalities' },
  trackMunicipalityCountOne: { nb: '1 kommune', en: '1 municipality' },
  trackGroupAll: { nb: 'alle kommunene som vurderes', en: 'all municipalities scored' },
  trackGroupSize: { nb: 'kommuner med {size}', en: 'municipalities with {size}' },
  trackCrpsFirst: {
    nb: 'Etter CRPS, som også teller med hvor bredt intervallet er, var modellen for {group} ({n} kommune-år) {rest}',
    en: 'By CRPS, which also counts how wide the interval is, for {group} ({n} municipality-years) the model was {rest}',
  },
  trackCrpsNext: {
    nb: 'For {group} ({n} kommune-år) var den {rest}',
    en: 'For {group} ({n} municipality-years) it was {rest}',
  },
  trackCrpsSame: {
    nb: '{verdict} «ingen endring» både på andelen ({crpsShare} mot {crpsPersShare} prosentpoeng) og på listelengden ({crpsList} mot {crpsPersList} pasienter).',
    en: '{verdict} “no change” both on the share ({crpsShare} against {crpsPersShare} percentage points) and on the list length ({crpsList} against {crpsPersList} patients).',
  },
  trackCrpsMixed: {
    nb: '{shareVerdict} «ingen endring» på andelen ({crpsShare} mot {crpsPersShare} prosentpoeng), men {listVerdict} på listelengden ({crpsList} mot {crpsPersList} pasienter).',
    en: '{shareVerdict} “no change” on the share ({crpsShare} against {crpsPersShare} percentage points), but {listVerdict} on the list length ({crpsList} against {crpsPersList} patients).',
  },
  trackBetterThan: { nb: 'bedre enn', en: 'better than' },
  trackWorseThan: { nb: 'dårligere enn', en: 'worse than' },
  trackSameAs: { nb: 'like god som', en: 'as good as' },
  trackBetter: { nb: 'bedre', en: 'better' },
  trackWorse: { nb: 'dårligere', en: 'worse' },
  trackSame: { nb: 'like god', en: 'as good' },
  trackNotScored: {
    nb: '{region} har ikke noe bånd fra {origin}: kommunenummeret ble endret; vi hadde ikke kommunens egne tall for startåret, så modellen vurderes ikke her.',
    en: '{region} has no band from {origin}: the municipality number changed; we did not have the municipality’s own figures for the start year, so the model is not scored here.',
  },
  trackNoneScored: {
    nb: 'Ingen av kommunene i {region} hadde egne tall for {origin} (kommunenumrene ble endret), så modellen vurderes ikke her.',
    en: 'None of the municipalities in {region} had their own figures for {origin} (their numbers changed), so the model is not scored here.',
  },
  trackPartial: {
    nb: 'Tallene for {region} er summen av de {scored} av {members} kommunene som hadde egne tall for {origin}; de andre fikk nytt kommunenummer og vurderes ikke.',
    en: 'The figures for {region} sum the {scored} of {members} municipalities with their own figures for {origin}; the others got a new municipality number and are not scored.',
  },
  trackRegistered: {
    nb: 'Tallene for {years} er på det registrerte grunnlaget fra før høsten 2022, da Helfo begynte å be kommunene registrere ubesatte lister; modellens tall er regnet om på samme måte.',
    en: 'The figures for {years} are on the registered basis of before autumn 2022, when Helfo began asking municipalities to register unfilled lists; the model’s figures are converted the same way.',
  },
  trackMethod: {
    nb: 'Modellen startet 31.12.{origin} med data som var kjent da, {runs} kjøringer (frø {seed}). Båndet viser 80 % av kjøringene (p10–p90), linjen medianen, kryssene SSB 12005 og den stiplede linjen «ingen endring» fra {origin}.',
    en: 'The model started on 31 Dec {origin} with data known then, {runs} runs (seed {seed}). The band shows 80% of the runs (p10–p90), the line the median, the crosses SSB 12005 and the dashed line “no change” from {origin}.',
  },
  trackProbNote: {
    nb: 'Andelen av {runs} kjøringer fra {origin} der minst 5 % sto uten fastlege; kryss ved 100 % betyr at det skjedde, ved 0 % at det ikke skjedde.',
    en: 'The share of {runs} runs from {origin} in which at least 5% were without a GP; a cross at 100% means it happened, at 0% that it did not.',
  },
  trackProbRecalibrated: {
    nb: 'For en kommune er andelen justert slik appen viser den, etter hvor godt slike sannsynligheter traff i kommunene fram til {origin}.',
    en: 'For a municipality the share is adjusted as the app shows it, to how well such probabilities matched in the municipalities up to {origin}.',
  },
  trackBand: { nb: 'Modellen, 80 % (p10–p90)', en: 'Model, 80% (p10–p90)' },
  trackMedian: { nb: 'Modellen, median', en: 'Model, median' },
  trackActual: { nb: 'Faktisk (SSB)', en: 'Actual (SSB)' },
  trackPersistence: { nb: 'Ingen endring', en: 'No change' },
  trackProb: { nb: 'Modellens sannsynlighet', en: 'Model’s probability' },
  trackHappened: { nb: 'Skjedde', en: 'Happened' },
  trackHappenedExport: { nb: 'Skjedde (100 = ja, 0 = nei)', en: 'Happened (100 = yes, 0 = no)' },
  trackYes: { nb: 'ja', en: 'yes' },
  trackNo: { nb: 'nei', en: 'no' },
  trackChartSummary: {
    nb: 'i {year} faktisk {actual}, modellens median {p50} (80 % intervall {p10}–{p90}), ingen endring {persistence}.',
    en: 'in {year} actual {actual}, the model’s median {p50} (80% interval {p10}–{p90}), no change {persistence}.',
  },
  trackProbSummary: {
    nb: 'sannsynligheten for minst 5 % uten fastlege: {list}.',
    en: 'the probability of at least 5% without a GP: {list}.',
  },
  trackStampScenario: {
    nb: 'Tilbakeblikk fra {origin} (modellen med data kjent da) mot det som skjedde',
    en: 'Hindcast from {origin} (the model with data known then) against what happened',
  },
  trackAboutLink: { nb: 'Valideringen i Om modellen', en: 'The validation in About the model' },
  chartsHeading: { nb: 'Utvikling', en: 'Outlook' },
  showTable: { nb: 'Vis som tabell', en: 'Show as table' },
  showChart: { nb: 'Vis som graf', en: 'Show as chart' },
  year: { nb: 'År', en: 'Year' },
  baseline: { nb: 'Dagens politikk', en: 'Current policy' },
  scenario: { nb: 'Ditt scenario', en: 'Your scenario' },
  band: { nb: 'Ditt scenario, 80 % usikkerhet (p10–p90)', en: 'Your scenario, 80% uncertainty (p10–p90)' },
  p10: { nb: 'p10', en: 'p10' },
  p90: { nb: 'p90', en: 'p90' },
  history: { nb: 'Historikk', en: 'History' },
  historyDerived: { nb: 'Historikk (beregnet)', en: 'History (derived)' },
  historyNote: {
    nb: 'Historikk: {source}. Før høsten 2022 ble ikke alle lister uten fast lege registrert (brudd i serien).',
    en: 'History: {source}. Before autumn 2022 not all lists without a GP were registered (series break).',
  },
  leverStarts: { nb: '{label} fra {year}', en: '{label} from {year}' },
  leversStart: { nb: '{n} tiltak fra {year}', en: '{n} levers from {year}' },
  chartAlt: { nb: '{title}, {region}: {summary}', en: '{title}, {region}: {summary}' },
  chartSummary: {
    nb: 'ditt scenario {first} i {y0}, {last} i {y1}; dagens politikk {base} i {y1}.',
    en: 'your scenario {first} in {y0}, {last} in {y1}; current policy {base} in {y1}.',
  },
  mcHeading: { nb: 'Usikkerhet (Monte Carlo)', en: 'Uncertainty (Monte Carlo)' },
  mcRuns: { nb: 'Antall kjøringer', en: 'Number of runs' },
  mcRunning: {
    nb: 'Beregner usikkerhet: {done} av {total} kjøringer …',
    en: 'Computing uncertainty: {done} of {total} runs …',
  },
  mcDone: {
    nb: 'Usikkerhet: {runs} kjøringer (frø {seed}) på {seconds} s. Båndene viser 80 % av utfallene.',
    en: 'Uncertainty: {runs} runs (seed {seed}) in {seconds} s. Bands show 80% of outcomes.',
  },
  mcCancelled: {
    nb: 'Usikkerhetsberegningen ble avbrutt. Linjene viser forventet utvikling.',
    en: 'The uncertainty run was cancelled. Lines show the expected path.',
  },
  mcStale: {
    nb: 'Linjene viser forventet utvikling; usikkerhet beregnes når du slipper.',
    en: 'Lines show the expected path; uncertainty follows when you let go.',
  },
  mcWaiting: {
    nb: 'Linjene viser forventet utvikling; usikkerhet beregnes når sammenligningen er ferdig.',
    en: 'Lines show the expected path; uncertainty follows when the comparison has finished.',
  },
  cancel: { nb: 'Avbryt', en: 'Cancel' },
  recompute: { nb: 'Beregn usikkerhet', en: 'Compute uncertainty' },
  loading: { nb: 'Laster modell og data …', en: 'Loading model and data …' },
  runError: {
    nb: 'Kjøringen feilet: {message}. Siste gyldige resultat vises.',
    en: 'The run failed: {message}. The last valid result is shown.',
  },
  undone: { nb: 'Angret: {what}', en: 'Undone: {what}' },
  redone: { nb: 'Gjort om: {what}', en: 'Redone: {what}' },
  nothingToUndo: { nb: 'Ingenting å angre', en: 'Nothing to undo' },
  footer: {
    nb: 'Data: Statistisk sentralbyrå (SSB), Helsedirektoratet, Helfo, Kartverket (CC BY 4.0). Modellversjon {version}. Alt kjører i nettleseren; ingenting sendes ut.',
    en: 'Data: Statistics Norway (SSB), Norwegian Directorate of Health, Helfo, Kartverket (CC BY 4.0). Model version {version}. Everything runs in your browser; nothing is sent anywhere.',
  },
  chartMarked: { nb: 'Markert i figuren: {list}.', en: 'Marked in the chart: {list}.' },
  munHeading: { nb: 'Kommunens tall', en: 'The municipality’s figures' },
  munIntro: {
    nb: 'Kjenner du kommunen bedre enn registrene? Rett startverdiene for {name}. Endringene gjelder både ditt scenario og dagens politikk, og lagres med scenarioet.',
    en: 'Do you know the municipality better than the registers? Correct the start figures for {name}. Your changes apply to your scenario and to current policy alike, and are saved with the scenario.',
  },
  munLoading: { nb: 'Henter kommunens tall …', en: 'Loading the municipality’s figures …' },
  munLoadFailed: { nb: 'Kommunens tall kunne ikke hentes.', en: 'The municipality’s figures could not be loaded.' },
  munGps: { nb: 'Fastleger i alt', en: 'GPs in post' },
  munGpsInTraining: { nb: 'Av dem i spesialistutdanning', en: 'Of them in specialist training' },
  munGpsSalaried: { nb: 'Av dem fastlønnet', en: 'Of them salaried' },
  munListsWithoutGp: { nb: 'Lister uten fastlege', en: 'Lists without a GP' },
  munDutyHours: { nb: 'Vakttimer i legevaktdistriktet per måned', en: 'Duty hours in the legevakt district per month' },
  munOtherShare: {
    nb: 'Andel av vakttimene som dekkes av andre leger (%)',
    en: 'Share of the duty hours covered by other doctors (%)',
  },
  munDistrict: { nb: 'Legevaktdistrikt', en: 'Legevakt district' },
  munSourceSsb: { nb: 'Kilde: SSB tabell 12005 (2025)', en: 'Source: SSB table 12005 (2025)' },
  munSourceImputed: {
    nb: 'Anslag: kommunen mangler i SSB tabell 12005; anslått fra lignende kommuner',
    en: 'Estimate: the municipality is missing from SSB table 12005; estimated from similar municipalities',
  },
  munSourceTraining: {
    nb: 'Anslag: landsandelen spesialister (Helsedirektoratet, mai 2024) brukt på kommunen',
    en: 'Estimate: the national share of specialists (Directorate of Health, May 2024) applied to the municipality',
  },
  munSourceSalaried: {
    nb: 'Anslag: landsandelen fastlønnede (Helsedirektoratet 2024) fordelt etter sentralitet',
    en: 'Estimate: the national salaried share (Directorate of Health 2024) spread by centrality',
  },
  munSourceModel: {
    nb: 'Modellens anslag ut fra distriktets folketall',
    en: 'The model’s estimate from the district’s population',
  },
  munSourceDistrict: {
    nb: 'Anslag: modellens legevaktdistrikter er konstruert, ikke kommunenes faktiske samarbeid',
    en: 'Estimate: the model’s legevakt districts are synthetic, not the municipalities’ actual cooperation',
  },
  munModelValue: { nb: 'Modellens tall: {value}', en: 'Model’s figure: {value}' },
  munReset: { nb: 'Tilbakestill', en: 'Reset' },
  munResetLabel: { nb: 'Tilbakestill {field} til modellens tall', en: 'Reset {field} to the model’s figure' },
  munApply: { nb: 'Bruk', en: 'Apply' },
  munFieldHelp: {
    nb: 'Skriv et tall og trykk Enter, eller gå ut av feltet.',
    en: 'Type a number and press Enter, or leave the field.',
  },
  munDistrictMembers: { nb: 'Med i distriktet nå: {list}', en: 'In the district now: {list}' },
  munDistrictAdd: {
    nb: 'Legg kommuner i {county} til distriktet',
    en: 'Add municipalities in {county} to the district',
  },
  munDistrictAddHelp: {
    nb: 'Modellen kan legge kommuner til distriktet, ikke ta dem ut.',
    en: 'The model can add municipalities to the district, not take them out.',
  },
  munChangedWhat: { nb: 'Kommunens tall ({name}): {field}', en: 'The municipality’s figures ({name}): {field}' },
  munEventsHeading: { nb: 'Hendelser i kommunen', en: 'Events in the municipality' },
  munEventsIntro: {
    nb: 'Det du vet vil skje: hendelsen inntreffer i januar det året, og vises som en markering i figurene.',
    en: 'What you know will happen: the event takes place in January of that year and is marked in the charts.',
  },
  munEventsNone: { nb: 'Ingen hendelser lagt inn.', en: 'No events entered.' },
  munEventYear: { nb: 'År', en: 'Year' },
  munEventKind: { nb: 'Hendelse', en: 'Event' },
  munEventCount: { nb: 'Antall', en: 'Number' },
  munEventPartner: { nb: 'Sammen med', en: 'Together with' },
  munEventNote: { nb: 'Merknad (valgfri)', en: 'Note (optional)' },
  munEventAdd: { nb: 'Legg til hendelse', en: 'Add event' },
  munEventRemove: { nb: 'Fjern', en: 'Remove' },
  munEventRemoveLabel: { nb: 'Fjern {event} i {year}', en: 'Remove {event} in {year}' },
  munEventAdded: { nb: 'Hendelse lagt til: {event} i {year}', en: 'Event added: {event} in {year}' },
  munEventRemoved: { nb: 'Hendelse fjernet: {event} i {year}', en: 'Event removed: {event} in {year}' },
  munKindRetirements: { nb: 'Pensjonering/avgang av fastleger', en: 'GPs retiring or leaving' },
  munKindNewLists: { nb: 'Nye lister', en: 'New lists' },
  munKindClosedLists: { nb: 'Lister lagt ned', en: 'Lists closed' },
  munKindJoinDistrict: { nb: 'Interkommunal legevakt med …', en: 'Joint legevakt with …' },
  munEventRetirements: { nb: '{n} fastleger går av', en: '{n} GPs leave' },
  munEventNewLists: { nb: '{n} nye lister', en: '{n} new lists' },
  munEventClosedLists: { nb: '{n} lister lagt ned', en: '{n} lists closed' },
  munEventJoin: { nb: 'interkommunal legevakt med {name}', en: 'joint legevakt with {name}' },
  munErrRange: {
    nb: '{field}: skriv et tall fra {min} til {max} (du skrev {got}).',
    en: '{field}: enter a number from {min} to {max} (you entered {got}).',
  },
  munErrNotNumber: {
    nb: '{field}: skriv et tall.',
    en: '{field}: enter a number.',
  },
  munErrAtMostGps: {
    nb: '{field}: kan ikke være flere enn fastlegene i alt ({gps}); du skrev {got}.',
    en: '{field}: cannot exceed the GPs in post ({gps}); you entered {got}.',
  },
  munErrOneList: {
    nb: '{gps} og {lists}: kommunen må ha minst én liste til sammen (nå {got}).',
    en: '{gps} and {lists}: the municipality needs at least one list in all (now {got}).',
  },
  munInUse: { nb: 'Verdien i bruk er fortsatt {value}.', en: 'The value in use is still {value}.' },
  munSummary: { nb: 'Kommunens tall og hendelser: {name}', en: 'The municipality’s figures and events: {name}' },
  munErrUnknownCode: {
    nb: '{field}: ukjent kommunenummer «{code}».',
    en: '{field}: unknown municipality number “{code}”.',
  },
  munErrDistrictList: {
    nb: '{field}: høyst {max} kommuner.',
    en: '{field}: at most {max} municipalities.',
  },
  munErrYear: { nb: '{field}: velg et år fra {min} til {max}.', en: '{field}: choose a year from {min} to {max}.' },
  munErrWhole: {
    nb: '{field}: skriv et helt tall fra {min} til {max} (du skrev {got}).',
    en: '{field}: enter a whole number from {min} to {max} (you entered {got}).',
  },
  munErrPartner: { nb: '{field}: velg en annen kommune.', en: '{field}: choose another municipality.' },
  munErrNote: { nb: '{field}: høyst {max} tegn.', en: '{field}: at most {max} characters.' },
  munErrTooMany: { nb: 'Høyst {max} hendelser per kommune.', en: 'At most {max} events per municipality.' },
} satisfies Record<string, Localized>;

export type StringKey = keyof typeof S;

let locale: Locale = 'nb';
const listeners = new Set<() => void>();

export function getLocale(): Locale {
  return locale;
}

export function setLocale(l: Locale): void {
  if (l === locale) return;
  locale = l;
  if (typeof document !== 'undefined') document.documentElement.lang = l === 'nb' ? 'nb' : 'en';
  for (const f of listeners) f();
}

export function onLocaleChange(f: () => void): void {
  listeners.add(f);
}

/** The string in the current language, with {name} placeholders filled. */
export function t(key: StringKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return S[key][locale].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** A registry text in the current language. */
export function loc(text: Localized): string {
  return text[locale];
}

/** Every key with both languages (tests check that none is empty). */
export const STRINGS: Readonly<Record<StringKey, Localized>> = S;

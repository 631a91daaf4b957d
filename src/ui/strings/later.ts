/**
 * The bokmål of the page strings that only panels loaded later use (Treffsikkerhet, the map, the municipality's own
 * data, presentation mode, the assumptions panel, the stamp on exports): they load with the first of those panels, so
 * the first load carries only what the first screen shows (issue #13: the first-load JavaScript stood at 249.5 of its
 * 250 kB). Each module that uses one of these keys imports this file, which registers them (i18n.ts registerLater);
 * English and nynorsk keep every key in strings/en.ts and strings/nn.ts, which load when chosen.
 */
import { registerLater } from '../i18n.ts';

export const LATER_NB = {
  // the stamp on exported figures (src/ui/export/stamp.ts)
  stampScenarios: 'Scenario',
  stampYears: 'per 31.12. {first}–{last}',
  stampDeterministic: 'forventet utvikling (én kjøring)',
  stampMonteCarlo:
    'median og 80 % intervall av {runs} Monte Carlo-kjøringer med tilfeldige hendelser (tilfeldig tallrekke nr. {seed})',
  stampMonteCarloMean:
    'gjennomsnitt og 80 % intervall av {runs} Monte Carlo-kjøringer med tilfeldige hendelser (tilfeldig tallrekke nr. {seed})',
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
  stampLocal: 'Lokale tiltak og data: {list}',
  stampLocalStart: 'egne tall',
  stampLocalAll: 'alle kommuner',
  stampLocalEvents: '{n} hendelser',
  stampLocalEvent: '1 hendelse',
  // presentation mode (src/ui/presentation.ts)
  presentPrev: 'Forrige',
  presentNext: 'Neste',
  presentClose: 'Avslutt (Esc)',
  presentCount: 'Graf {i} av {n}',
  // Treffsikkerhet (src/ui/trackRecord)
  exportFailed: 'Eksporten feilet: {message}',
  trackOrigin: 'Startår for tilbakeblikket',
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
  trackVerdictShareTie: 'Her kom modellen nærmere enn «ingen endring» på listelengden og like nær på andelen.',
  trackVerdictListTie: 'Her kom modellen nærmere enn «ingen endring» på andelen og like nær på listelengden.',
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
  trackStandingPersistenceOnly: 'bedre enn «ingen endring», men ikke bedre enn hvor kommuner som sto likt havnet',
  trackStandingStandingOnly: 'bedre enn hvor kommuner som sto likt havnet, men ikke bedre enn «ingen endring»',
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
  // the assumptions panel, citations and figure exports
  assumptionsLead:
    'Effektstørrelser og grunnrater i modellen, med kilde eller «skjønn». Endres sjelden; Monte Carlo trekker dem innenfor spennet.',
  filterAssumptions: 'Søk i forutsetninger',
  formulasHeading: 'Responsfunksjoner (avansert)',
  formulasLead: 'Uttrykk i mathjs-syntaks. Feil vises mens du skriver; kjøringen bruker alltid siste gyldige versjon.',
  formulaVariables: 'Variabler',
  formulaOk: 'Gyldig formel – i bruk.',
  formulaChecking: 'Sjekker …',
  formulaReset: 'Tilbakestill formel',
  factsIds: 'Tall fra faktagrunnlaget',
  source: 'Kilde',
  sourceJudgement: 'skjønn',
  sourceCalibrated: 'kalibrert mot 2019–2025',
  // the municipality's own data and plan (src/ui/municipal/startForm.ts)
  munHeading: 'Kommunens tall',
  munIntro:
    'Kjenner du kommunen bedre enn registrene? Rett startverdiene for {name}. Endringene gjelder både ditt scenario og dagens politikk, og lagres med scenarioet.',
  munLoading: 'Henter kommunens tall …',
  munLoadFailed: 'Kommunens tall kunne ikke hentes.',
  munSourceImputed: 'Anslag: kommunen mangler i SSB tabell 12005; anslått fra lignende kommuner',
  munSourceDistrict: 'Anslag: modellens legevaktdistrikter er konstruert, ikke kommunenes faktiske samarbeid',
  munModelValue: 'Modellens tall: {value}',
  munReset: 'Tilbakestill',
  munResetLabel: 'Tilbakestill {field} til modellens tall',
  munDistrictMembers: 'Med i distriktet nå: {list}',
  munDistrictAdd: 'Legg kommuner i {county} til distriktet',
  munDistrictAddHelp: 'Modellen kan legge kommuner til distriktet, ikke ta dem ut.',
  munChangedWhat: 'Kommunens tall ({name}): {field}',
  munEventsHeading: 'Hendelser i kommunen',
  munEventsIntro: 'Det du vet vil skje: hendelsen inntreffer i januar det året, og vises som en markering i figurene.',
  munEventsNone: 'Ingen hendelser lagt inn.',
  munEventAdd: 'Legg til hendelse',
  munEventRemove: 'Fjern',
  munEventRemoveLabel: 'Fjern {event} i {year}',
  munEventAdded: 'Hendelse lagt til: {event} i {year}',
  munEventRemoved: 'Hendelse fjernet: {event} i {year}',
  munInUse: 'Verdien i bruk er fortsatt {value}.',
  munSummary: 'Kommunens tall og hendelser: {name}',
  // the map, the risk list and the peers (src/ui/map)
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
  mapExpectedNote:
    'Framskrevne år viser forventet andel, et gjennomsnitt over mulige utfall. I en liten kommune er utfallet enten ingen eller en hel liste uten fastlege, så kartet blir jevnere enn i de observerte årene, der de fleste kommunene står på 0. Velg «Sannsynlighet for minst én liste uten fastlege» for å se sjansen for en liste uten fastlege.',
  mapExpectedShort: 'forventet andel',
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
} as const satisfies Record<string, string>;

registerLater(LATER_NB);

/**
 * Nynorsk for the texts that are not page strings by key, gettext style: the bokmål of every {nb, en} text without
 * an inline nn (registries, the analysis panel's and report's dictionaries, formula words, presets, seed records …)
 * and the bokmål strings of «Om modellen», each mapped to its nynorsk. loc() and nnOr() in nynorsk read
 * `text.nn ?? NN_TEXTS[text.nb] ?? text.nb`, so a key is the bokmål byte for byte, {placeholders} included. A text
 * spelt alike in both written standards («kr», «Legevakt») maps to itself, so it is not reported as missing. A text
 * used in several places is listed once, under the first file below that has it. Loaded with strings/nn.ts;
 * test/ui/nynorskTexts.test.ts checks that every text is here and no key is stale.
 */
export const NN_TEXTS: Readonly<Record<string, string>> = {
  // src/levers/registry.ts: lever labels, descriptions, units, choices and groups
  'Basistilskudd per listeinnbygger': 'Basistilskot per listeinnbyggjar',
  'kr/innbygger/år': 'kr/innbyggjar/år',
  'Modell for basistilskudd': 'Modell for basistilskot',
  'Flat sats, knekkpunkt (høyere sats opp til et antall pasienter) eller pasienttilpasset (mer for pasienter med store behov).':
    'Flat sats, knekkpunkt (høgare sats opp til eit visst tal pasientar) eller pasienttilpassa (meir for pasientar med store behov).',
  'Flat sats': 'Flat sats',
  Knekkpunkt: 'Knekkpunkt',
  Pasienttilpasset: 'Pasienttilpassa',
  'Antall pasienter som får den høye satsen i knekkpunktmodellen. Virker bare med den modellen.':
    'Talet på pasientar som får den høge satsen i knekkpunktmodellen. Verkar berre med den modellen.',
  pasienter: 'pasientar',
  'Mål for basistilskuddets andel av inntekten': 'Mål for delen av inntekta som er basistilskot',
  'Endring i takster': 'Endring i takstar',
  'Prosentvis endring i refusjonstakstene (normaltariffen) for fastleger.':
    'Prosentvis endring i refusjonstakstane (normaltariffen) for fastlegar.',
  'Rekrutteringstilskudd per ny fastlege': 'Rekrutteringstilskot per ny fastlege',
  'Engangstilskudd i kroner til hver ny fastlege (utvalget nevner om lag 300 000 kr).':
    'Eingongstilskot i kroner til kvar ny fastlege (utvalet nemner om lag 300 000 kr).',
  kr: 'kr',
  'ALIS-avtaler finansiert per år': 'ALIS-avtalar finansierte per år',
  'avtaler/år': 'avtalar/år',
  'LIS1-stillinger per år': 'LIS1-stillingar per år',
  'Antall LIS1-stillinger (turnus) per år. Flere LIS1 gir flere leger som kan bli fastleger etter 18 måneder.':
    'Talet på LIS1-stillingar (turnus) per år. Fleire LIS1 gjev fleire legar som kan bli fastlegar etter 18 månader.',
  'stillinger/år': 'stillingar/år',
  'Ferdige LIS1 kan være vikar og ta legevakt': 'Ferdige LIS1 kan vere vikar og ta legevakt',
  'Enklere kompetansekrav': 'Enklare kompetansekrav',
  'Forenklede kompetansekrav for leger i kommunene, slik at flere (f.eks. utdannet i utlandet) kan ansettes.':
    'Forenkla kompetansekrav for legar i kommunane, slik at fleire (t.d. utdanna i utlandet) kan bli tilsette.',
  'Andel nye avtaler med fastlønn': 'Del av nye avtalar med fastløn',
  'Andel av nye fastlegeavtaler som tilbys som fast ansettelse med lønn. Unge leger foretrekker ofte det; fastlønte arbeider færre timer.':
    'Del av nye fastlegeavtalar som blir tilbodne som fast tilsetjing med løn. Unge legar føretrekkjer ofte det; fastlønte arbeider færre timar.',
  'Regulert overdragelse av praksis': 'Regulert overdraging av praksis',
  'Overdragelse av fastlegepraksis (goodwill) reguleres, så det koster mindre å starte.':
    'Overdraging av fastlegepraksis (goodwill) blir regulert, så det kostar mindre å starte.',
  'Samlet listeansvar og fastlegeselskap': 'Samla listeansvar og fastlegeselskap',
  'Fleksible lister (flere med redusert liste)': 'Fleksible lister (fleire med redusert liste)',
  'Ekstra andel fastleger som får kortere lister og normal arbeidstid i stedet for å slutte. 0 er dagens praksis.':
    'Ekstra del fastlegar som får kortare lister og normal arbeidstid i staden for å slutte. 0 er dagens praksis.',
  'Annet helsepersonell på legekontoret': 'Anna helsepersonell på legekontoret',
  'Ekstra årsverk sykepleiere og annet personell per fastlege (f.eks. oppfølging av kronikere, primærhelseteam). 0 er dagens bemanning.':
    'Ekstra årsverk sjukepleiarar og anna personell per fastlege (t.d. oppfølging av kronikarar, primærhelseteam). 0 er dagens bemanning.',
  'årsverk per fastlege': 'årsverk per fastlege',
  'Ingen sykmelding ved korttidsfravær': 'Inga sjukmelding ved korttidsfråvær',
  'Fastleger slutter å skrive sykmelding for korttidsfravær fra arbeid.':
    'Fastlegar sluttar å skrive sjukmelding for korttidsfråvær frå arbeid.',
  'Skolefravær håndteres av skolen': 'Skulefråvær blir handtert av skulen',
  'Fravær i videregående skole dokumenteres i utdanningssektoren, ikke hos fastlegen.':
    'Fråvær i vidaregåande skule blir dokumentert i utdanningssektoren, ikkje hos fastlegen.',
  'Mindre byråkrati': 'Mindre byråkrati',
  'Andel av fastlegenes administrative tid som fjernes (NAV-skjema, henvisninger og bestillinger for sykehus).':
    'Del av den administrative tida til fastlegane som fell bort (NAV-skjema, tilvisingar og bestillingar for sjukehus).',
  'Tak på pålagt legevakt': 'Tak på pålagd legevakt',
  'timer/måned': 'timar/månad',
  'Flere andre leger i legevakt': 'Fleire andre legar i legevakt',
  'Andel av legevakttimene som fastlegene gjør i dag, som flyttes til andre fastlønte leger. 0 er dagens praksis.':
    'Del av legevakttimane som fastlegane gjer i dag, som blir flytta til andre fastlønte legar. 0 er dagens praksis.',
  'Legevakttilskudd til små kommuner': 'Legevakttilskot til små kommunar',
  'mill. kr/år': 'mill. kr/år',
  'Nye arbeidsformer i legevakt': 'Nye arbeidsformer i legevakt',
  'Andel færre vakttimer som trengs i små legevaktdistrikter (større interkommunale distrikter, fjernvurdering). 0 er dagens organisering.':
    'Del færre vakttimar som trengst i små legevaktdistrikt (større interkommunale distrikt, fjernvurdering). 0 er dagens organisering.',
  'Fritaksalder for legevakt': 'Fritaksalder for legevakt',
  'Alder fra når fastleger kan be om fritak fra legevakt (60 år i avtaleverket). Flere fritatt gir tyngre vakt for resten.':
    'Alderen frå når fastlegar kan be om fritak frå legevakt (60 år i avtaleverket). Fleire som er fritekne, gjev tyngre vakt for resten.',
  år: 'år',
  Finansiering: 'Finansiering',
  'Rekruttering og utdanning': 'Rekruttering og utdanning',
  Arbeidsbelastning: 'Arbeidsbelastning',
  Legevakt: 'Legevakt',
  // src/levers/assumptionTexts.ts: the model assumptions
  'Økning i arbeid per pasient (utover aldring)': 'Auke i arbeid per pasient (utover aldring)',
  'Årlig vekst i fastlegens arbeid per listeinnbygger som ikke skyldes alder (flere konsultasjoner, kompleksitet, dokumentasjon), inkludert ønsket om kortere lister og normal arbeidstid.':
    'Årleg vekst i arbeidet til fastlegen per listeinnbyggjar som ikkje kjem av alder (fleire konsultasjonar, kompleksitet, dokumentasjon), inkludert ønsket om kortare lister og normal arbeidstid.',
  'andel/år': 'del/år',
  'Langsiktig økning i arbeid per pasient': 'Langsiktig auke i arbeid per pasient',
  'Årlig vekst i arbeid per pasient (utover aldring) som veksten etter 2025 går mot; 2019-2025 var uvanlig (pandemi, krise).':
    'Årleg vekst i arbeid per pasient (utover aldring) som veksten etter 2025 går mot; 2019-2025 var uvanleg (pandemi, krise).',
  'Tid før veksten i arbeid per pasient normaliseres': 'Tid før veksten i arbeid per pasient blir normal',
  'Tidskonstant for overgangen fra veksten 2019-2025 til den langsiktige veksten etter 2025.':
    'Tidskonstant for overgangen frå veksten 2019-2025 til den langsiktige veksten etter 2025.',
  'Listelengdens følsomhet for arbeid per pasient': 'Følsemda til listelengda for arbeid per pasient',
  'Hvor mye ønsket listelengde faller når arbeidet per pasient øker (1 = hele økningen tas ut i kortere liste).':
    'Kor mykje ønskt listelengd fell når arbeidet per pasient aukar (1 = heile auken blir teken ut i kortare liste).',
  elastisitet: 'elastisitet',
  'Listelengdens følsomhet for inntekt per pasient': 'Følsemda til listelengda for inntekt per pasient',
  'Hvor mye ønsket listelengde faller når inntekten per pasient øker (målinntekt): mer betalt per pasient gjør det mulig å ha kortere liste.':
    'Kor mykje ønskt listelengd fell når inntekta per pasient aukar (målinntekt): meir betalt per pasient gjer det mogleg å ha kortare liste.',
  'Tid for å justere listetak': 'Tid for å justere listetak',
  'Gjennomsnittlig tid før listetaket har nærmet seg ønsket nivå.':
    'Gjennomsnittleg tid før listetaket har nærma seg ønskt nivå.',
  'Andel av arbeidstiden med pasienter': 'Del av arbeidstida med pasientar',
  'Andel av ordinær arbeidstid brukt til direkte pasientarbeid; resten er administrasjon.':
    'Del av ordinær arbeidstid brukt til direkte pasientarbeid; resten er administrasjon.',
  andel: 'del',
  'Ordinær arbeidstid, næringsdrivende': 'Ordinær arbeidstid, næringsdrivande',
  'Ukentlige timer i praksis og kommunale oppgaver uten legevakt.':
    'Timar i veka i praksis og kommunale oppgåver utan legevakt.',
  'timer/uke': 'timar/veke',
  'Ordinær arbeidstid, fastlønte': 'Ordinær arbeidstid, fastlønte',
  'Ukentlige timer for fastlønte fastleger uten legevakt.': 'Timar i veka for fastlønte fastlegar utan legevakt.',
  'Legetimer spart per årsverk annet personell': 'Legetimar spart per årsverk anna personell',
  'Timer per uke med pasientarbeid som ett årsverk sykepleier o.l. tar over fra legen.':
    'Timar per veke med pasientarbeid som eitt årsverk sjukepleiar o.l. tek over frå legen.',
  'Andel arbeid med korttidssykmeldinger': 'Del arbeid med korttidssjukmeldingar',
  'Andel av fastlegens arbeid som går bort om sykmelding ved korttidsfravær fjernes.':
    'Del av arbeidet til fastlegen som fell bort om sjukmelding ved korttidsfråvær blir fjerna.',
  'Andel konsultasjoner 16-19 år for skolefravær': 'Del konsultasjonar 16-19 år for skulefråvær',
  'Andel av konsultasjonene for 16-19-åringer som gjelder dokumentasjon av skolefravær.':
    'Del av konsultasjonane for 16-19-åringar som gjeld dokumentasjon av skulefråvær.',
  'Kortere liste for lege med fleksibel liste': 'Kortare liste for lege med fleksibel liste',
  'Hvor mye kortere listen er for en fastlege med fleksibel (redusert) liste.':
    'Kor mykje kortare lista er for ein fastlege med fleksibel (redusert) liste.',
  'Ønsket ledig kapasitet': 'Ønskt ledig kapasitet',
  'Ledig listekapasitet kommunen prøver å holde for fritt legevalg.':
    'Ledig listekapasitet som kommunen prøver å halde for fritt legeval.',
  'Tid for å opprette nye lister': 'Tid for å opprette nye lister',
  'Hvor raskt kommunen oppretter nye fastlegehjemler når kapasiteten ikke dekker innbyggerne.':
    'Kor raskt kommunen opprettar nye fastlegeheimlar når kapasiteten ikkje dekkjer innbyggjarane.',
  'Tid for å legge ned ubrukte lister': 'Tid for å leggje ned ubrukte lister',
  'Hvor raskt ubesatte lister legges ned når kommunen har flere lister enn den trenger.':
    'Kor raskt ubesette lister blir lagde ned når kommunen har fleire lister enn han treng.',
  'Ubesatte lister med vikar': 'Ubesette lister med vikar',
  'Andel av listene uten fast lege som har vikar.': 'Del av listene utan fast lege som har vikar.',
  'Flere lister med vikar når LIS1 kan vikariere': 'Fleire lister med vikar når LIS1 kan vikariere',
  'Økning i andelen ubesatte lister med vikar når ferdige LIS1 kan være vikar.':
    'Auke i delen ubesette lister med vikar når ferdige LIS1 kan vere vikar.',
  'Ubesatte lister fanget opp av gruppen': 'Ubesette lister fanga opp av gruppa',
  'Andel av innbyggerne på ubesatte lister som får en fast lege i gruppen når listeansvaret er samlet.':
    'Del av innbyggjarane på ubesette lister som får ein fast lege i gruppa når listeansvaret er samla.',
  'Lavere avgang med samlet listeansvar': 'Lågare avgang med samla listeansvar',
  'Hvor mye avgangen faller der listeansvaret deles.': 'Kor mykje avgangen fell der listeansvaret blir delt.',
  'Andel av nye fastleger som kommer rett fra LIS1': 'Del av nye fastlegar som kjem rett frå LIS1',
  'Andel av kandidatpoolen som følger antallet LIS1-stillinger; resten er leger fra utlandet, fra sykehus og andre.':
    'Del av kandidatpoolen som følgjer talet på LIS1-stillingar; resten er legar frå utlandet, frå sjukehus og andre.',
  'Nye fastleger per fastlege, 2019': 'Nye fastlegar per fastlege, 2019',
  'Kandidater som tar en fastlegestilling per år, per fastlege, ved start i 2019 (backtest).':
    'Kandidatar som tek ei fastlegestilling per år, per fastlege, ved start i 2019 (tilbaketesting).',
  'per år': 'per år',
  'Nye fastleger per fastlege, 2025': 'Nye fastlegar per fastlege, 2025',
  'Kandidater som tar en fastlegestilling per år, per fastlege, ved start i 2025 (framskrivinger).':
    'Kandidatar som tek ei fastlegestilling per år, per fastlege, ved start i 2025 (framskrivingar).',
  'Utjevning av ledighet i små kommuner': 'Utjamning av ledigheit i små kommunar',
  'Antall lister vi låner fra gjennomsnittet i kommunens sentralitetsklasse når vi anslår kommunens varige ledighet ved start (små kommuner bedømmes ikke på én tilfeldig ledig liste). Uansett størrelse varer ikke mer av avviket fra klassen enn historikken fram til start viser.':
    'Talet på lister vi lånar frå gjennomsnittet i sentralitetsklassen til kommunen når vi anslår den varige ledigheita i kommunen ved start (små kommunar blir ikkje vurderte ut frå éi tilfeldig ledig liste). Uansett storleik varer ikkje meir av avviket frå klassen enn historikken fram til start viser.',
  lister: 'lister',
  'Minste varige ledighet': 'Minste varige ledigheit',
  'Nedre grense for anslått varig andel ledige lister i en kommune (turnover finnes også der ingen liste står ledig på telledagen).':
    'Nedre grense for anslått varig del ledige lister i ein kommune (turnover finst også der inga liste står ledig på teljedagen).',
  'Matching: halvmetning': 'Matching: halvmetting',
  'Vektede ledige lister (som andel av nivået ved start) der halvparten av kandidatene tar en stilling. Ansettelser = kandidater × L/(L + h); lav verdi gir lite rom for flere ansettelser når ledigheten øker.':
    'Vekta ledige lister (som del av nivået ved start) der halvparten av kandidatane tek ei stilling. Tilsetjingar = kandidatar × L/(L + h); låg verdi gjev lite rom for fleire tilsetjingar når ledigheita aukar.',
  'andel av start': 'del av start',
  'Forsinkelse før attraktivitet påvirker yrkesvalg': 'Forseinking før attraktivitet påverkar yrkesval',
  'Gjennomsnittlig tid før en endring i fastlegeyrkets attraktivitet gir flere (eller færre) kandidater: unge leger velger spesialitet over tid.':
    'Gjennomsnittleg tid før ei endring i kor attraktivt fastlegeyrket er, gjev fleire (eller færre) kandidatar: unge legar vel spesialitet over tid.',
  'Kandidatpoolens følsomhet for attraktivitet': 'Følsemda til kandidatpoolen for attraktivitet',
  'Hvor mye kandidatpoolen vokser når fastlegeyrket blir mer attraktivt enn ved start.':
    'Kor mykje kandidatpoolen veks når fastlegeyrket blir meir attraktivt enn ved start.',
  'Nye fastleger som er under spesialisering': 'Nye fastlegar som er under spesialisering',
  'Andel av nye fastleger som ennå ikke er spesialister i allmennmedisin.':
    'Del av nye fastlegar som enno ikkje er spesialistar i allmennmedisin.',
  'Varighet spesialisering': 'Varigheit for spesialisering',
  'Tid i fastlegeordningen før spesialist i allmennmedisin (fem år tjeneste).':
    'Tid i fastlegeordninga før spesialist i allmennmedisin (fem år teneste).',
  'Attraktivitet: inntekt': 'Attraktivitet: inntekt',
  'Elastisitet for attraktiviteten til en fastlegestilling mht. inntekt per lege.':
    'Elastisitet for attraktiviteten til ei fastlegestilling med omsyn til inntekt per lege.',
  'Attraktivitet: arbeidstid': 'Attraktivitet: arbeidstid',
  'Fall i attraktivitet per ekstra arbeidstime per uke.': 'Fall i attraktivitet per ekstra arbeidstime per veke.',
  'per time/uke': 'per time/veke',
  'Attraktivitet: legevakt': 'Attraktivitet: legevakt',
  'Fall i attraktivitet per 10 legevakttimer ekstra per måned.':
    'Fall i attraktivitet per 10 legevakttimar ekstra per månad.',
  'per 10 timer/måned': 'per 10 timar/månad',
  'Attraktivitet: fastlønnstilbud': 'Attraktivitet: tilbod om fastløn',
  'Økning i attraktivitet når alle nye avtaler kan være fastlønn (mot dagens andel).':
    'Auke i attraktivitet når alle nye avtalar kan vere fastløn (mot dagens del).',
  'per andel': 'per del',
  'Attraktivitet: regulert overdragelse': 'Attraktivitet: regulert overdraging',
  'Økning i attraktivitet når kjøp av praksis ikke lenger er en terskel.':
    'Auke i attraktivitet når kjøp av praksis ikkje lenger er ein terskel.',
  'Attraktivitet: rekrutteringstilskudd': 'Attraktivitet: rekrutteringstilskot',
  'Effekt av et engangstilskudd målt som andel av årsinntekten (1 = like mye som samme økning i årsinntekt).':
    'Effekt av eit eingongstilskot målt som del av årsinntekta (1 = like mykje som same auke i årsinntekt).',
  faktor: 'faktor',
  'Attraktivitet: ALIS-dekning': 'Attraktivitet: ALIS-dekning',
  'Økning i kandidatpool og attraktivitet når alle leger under spesialisering har ALIS-avtale.':
    'Auke i kandidatpool og attraktivitet når alle legar under spesialisering har ALIS-avtale.',
  'Ekstra ALIS-effekt i små kommuner': 'Ekstra ALIS-effekt i små kommunar',
  'Ekstra virkning av ALIS i kommuner under 10 000 innbyggere.':
    'Ekstra verknad av ALIS i kommunar under 10 000 innbyggjarar.',
  'Ekstra leger med enklere kompetansekrav': 'Ekstra legar med enklare kompetansekrav',
  'Flere nye fastleger per år når kompetansekravene forenkles, mest i distriktene.':
    'Fleire nye fastlegar per år når kompetansekrava blir forenkla, mest i distrikta.',
  'leger/år': 'legar/år',
  'Overgang fra fastlønn til næring': 'Overgang frå fastløn til næring',
  'Andel fastlønte fastleger som går over til næringsdrift per år.':
    'Del fastlønte fastlegar som går over til næringsdrift per år.',
  'Fastleger som slutter per fastlege, 2019': 'Fastlegar som sluttar per fastlege, 2019',
  'Andel fastleger som slutter (også pensjonering) per år ved start i 2019 (backtest); grunnavgangen settes slik at modellen starter der.':
    'Del fastlegar som sluttar (også pensjonering) per år ved start i 2019 (tilbaketesting); grunnavgangen blir sett slik at modellen startar der.',
  'Fastleger som slutter per fastlege, 2025': 'Fastlegar som sluttar per fastlege, 2025',
  'Andel fastleger som slutter (også pensjonering) per år ved start i 2025 (framskrivinger).':
    'Del fastlegar som sluttar (også pensjonering) per år ved start i 2025 (framskrivingar).',
  Pensjonering: 'Pensjonering',
  'Andel fastleger som går av med pensjon per år.': 'Del fastlegar som går av med pensjon per år.',
  'Avtalevarighet, kommuner under 2 000': 'Avtalevarigheit, kommunar under 2 000',
  'Median varighet av en fastlegeavtale i de minste kommunene.':
    'Median varigheit for ein fastlegeavtale i dei minste kommunane.',
  'Avtalevarighet, kommuner over 50 000': 'Avtalevarigheit, kommunar over 50 000',
  'Median varighet av en fastlegeavtale i de største kommunene.':
    'Median varigheit for ein fastlegeavtale i dei største kommunane.',
  'Avgang: sentralitet': 'Avgang: sentralitet',
  'Økning i grunnavgangen per trinn i SSBs sentralitetsklasse (1 mest sentral, 6 minst), utover forskjellen etter kommunestørrelse.':
    'Auke i grunnavgangen per trinn i sentralitetsklassen til SSB (1 mest sentral, 6 minst), utover skilnaden etter kommunestorleik.',
  'andel per klasse': 'del per klasse',
  'Avgang: arbeidstid': 'Avgang: arbeidstid',
  'Økning i avgang per ekstra arbeidstime per uke (eksponentiell).':
    'Auke i avgang per ekstra arbeidstime per veke (eksponentiell).',
  'Avgang: legevakt': 'Avgang: legevakt',
  'Økning i avgang per 10 ekstra legevakttimer per måned.': 'Auke i avgang per 10 ekstra legevakttimar per månad.',
  'Avgang: inntekt': 'Avgang: inntekt',
  'Elastisitet for avgang mht. inntekt per lege (høyere inntekt, lavere avgang).':
    'Elastisitet for avgang med omsyn til inntekt per lege (høgare inntekt, lågare avgang).',
  'Høyere avgang blant leger under spesialisering': 'Høgare avgang blant legar under spesialisering',
  'Avgang for leger under spesialisering relativt til spesialister.':
    'Avgang for legar under spesialisering relativt til spesialistar.',
  'Lavere avgang med ALIS-avtale': 'Lågare avgang med ALIS-avtale',
  'Hvor mye avgangen blant leger under spesialisering faller når alle har ALIS-avtale.':
    'Kor mykje avgangen blant legar under spesialisering fell når alle har ALIS-avtale.',
  'Lavere avgang med fleksible lister': 'Lågare avgang med fleksible lister',
  'Hvor mye avgangen faller for leger som får fleksibel liste.':
    'Kor mykje avgangen fell for legar som får fleksibel liste.',
  'Vakttimer per legevaktdistrikt': 'Vakttimar per legevaktdistrikt',
  'Timer utenfor kontortid per måned som én lege må dekke i et legevaktdistrikt (kveld, natt, helg, inkl. bakvakt).':
    'Timar utanfor kontortid per månad som éin lege må dekkje i eit legevaktdistrikt (kveld, natt, helg, inkl. bakvakt).',
  'Innbyggere per ekstra vaktlege': 'Innbyggjarar per ekstra vaktlege',
  'Innbyggere i distriktet per ekstra lege på vakt samtidig.':
    'Innbyggjarar i distriktet per ekstra lege på vakt samtidig.',
  innbyggere: 'innbyggjarar',
  'Andre legers andel i store distrikter': 'Delen til andre legar i store distrikt',
  'Andel av vakttimene som dekkes av andre enn fastleger i store distrikter (byer); i små distrikter er den lav.':
    'Del av vakttimane som blir dekte av andre enn fastlegar i store distrikt (byar); i små distrikt er delen låg.',
  'Andre legers andel i små distrikter': 'Delen til andre legar i små distrikt',
  'Andel av vakttimene som dekkes av andre enn fastleger i de minste distriktene.':
    'Del av vakttimane som blir dekte av andre enn fastlegar i dei minste distrikta.',
  'Andel over fritaksalder som tar fritak': 'Del over fritaksalderen som tek fritak',
  'Andel av fastlegene over fritaksalderen som faktisk tar fritak fra legevakt.':
    'Del av fastlegane over fritaksalderen som faktisk tek fritak frå legevakt.',
  'Fritak av andre grunner': 'Fritak av andre grunnar',
  'Andel fastleger fritatt fra legevakt for helse, graviditet eller sosiale grunner.':
    'Del fastlegar som er fritekne frå legevakt på grunn av helse, graviditet eller sosiale grunnar.',
  'Timer over taket som kan kjøpes': 'Timar over taket som kan kjøpast',
  'Andel av vakttimer over taket som kommunene klarer å dekke med andre leger; resten blir udekket.':
    'Del av vakttimane over taket som kommunane klarer å dekkje med andre legar; resten blir ståande udekt.',
  'Største mulige legevaktbelastning': 'Største moglege legevaktbelastning',
  'Legevakttimer per deltakende fastlege per måned over dette blir ikke dekket.':
    'Legevakttimar per deltakande fastlege per månad over dette blir ikkje dekte.',
  'Timer per vakt': 'Timar per vakt',
  'Gjennomsnittlig lengde på en legevakt (kveld, natt, helg).':
    'Gjennomsnittleg lengd på ei legevakt (kveld, natt, helg).',
  timer: 'timar',
  'Kostnad per vakttime, andre leger': 'Kostnad per vakttime, andre legar',
  'Kommunens kostnad per legevakttime som kjøpes fra andre leger.':
    'Kostnaden for kommunen per legevakttime som blir kjøpt frå andre legar.',
  'kr/time': 'kr/time',
  'Største andel legevakt tilskuddet kan dekke': 'Største del av legevakta som tilskotet kan dekkje',
  'Største andel av fastlegenes vakttimer i en tilskuddskommune som tilskuddet kan erstatte.':
    'Største del av vakttimane til fastlegane i ein tilskotskommune som tilskotet kan erstatte.',
  'Takstinntekt per listepasient': 'Takstinntekt per listepasient',
  'Refusjoner og egenandeler per listeinnbygger per år (2023).':
    'Refusjonar og eigendelar per listeinnbyggjar per år (2023).',
  'kr/år': 'kr/år',
  'Statens andel av takstinntekten': 'Statens del av takstinntekta',
  'Andel av takstinntekten som er refusjon fra staten (resten er egenandeler).':
    'Del av takstinntekta som er refusjon frå staten (resten er eigendelar).',
  'Praksiskostnader som andel av inntekten': 'Praksiskostnader som del av inntekta',
  'Andel av fastlegens bruttoinntekt som går til kontor, ansatte og utstyr ved start. Kostnadene holdes faste, så en inntektsøkning gir større prosentvis økning i netto.':
    'Del av bruttoinntekta til fastlegen som går til kontor, tilsette og utstyr ved start. Kostnadene blir haldne faste, så ein inntektsauke gjev større prosentvis auke i netto.',
  'Sats over knekkpunktet': 'Sats over knekkpunktet',
  'Satsen for pasienter over knekkpunktet som andel av satsen under (544/675 kr i 2022).':
    'Satsen for pasientar over knekkpunktet som del av satsen under (544/675 kr i 2022).',
  'ALIS-tilskudd per avtale': 'ALIS-tilskot per avtale',
  'Statlig tilskudd per ALIS-avtale per år.': 'Statleg tilskot per ALIS-avtale per år.',
  'Offentlig kostnad per LIS1-stilling': 'Offentleg kostnad per LIS1-stilling',
  'Tilskudd per LIS1-stilling per år i allmennlegetjenesten.': 'Tilskot per LIS1-stilling per år i allmennlegetenesta.',
  'Merkostnad per fastlønt fastlege': 'Merkostnad per fastlønt fastlege',
  'Kommunens nettokostnad per år for en fastlønt fastlege utover det takstene dekker.':
    'Nettokostnaden til kommunen per år for ein fastlønt fastlege utover det takstane dekkjer.',
  'Kostnad per årsverk annet personell': 'Kostnad per årsverk anna personell',
  'Lønn og sosiale kostnader per årsverk sykepleier o.l. på legekontoret.':
    'Løn og sosiale kostnader per årsverk sjukepleiar o.l. på legekontoret.',
  'Kommunens egne endringer i listelengde': 'Eigne endringar i listelengda i kommunen',
  'Skalering av kommunens egen tilfeldige endring i listelengde per år i Monte Carlo (lister deles eller slås sammen av lokale grunner). 1 = like stor som i kommunens størrelsesgruppe i SSB-tallene fram til startåret.':
    'Skalering av den eigne, tilfeldige endringa i listelengd per år i kvar kommune i Monte Carlo (kommunen deler eller slår saman lister av lokale grunnar). 1 = like stor som i storleiksgruppa til kommunen i SSB-tala fram til startåret.',
  'Kommunens egne svingninger i rekruttering': 'Eigne svingingar i rekrutteringa i kommunen',
  'Standardavvik (i logaritmer) for en tilfeldig, forbigående endring i hvor lett kommunen rekrutterer fastleger i Monte Carlo (et legekontor legges ned, en nøkkellege slutter, kommunen svarer med tiltak).':
    'Standardavvik (i logaritmar) for ei tilfeldig, forbigåande endring i kor lett kommunen rekrutterer fastlegar i Monte Carlo (eit legekontor blir lagt ned, ein nøkkellege sluttar, kommunen svarar med tiltak).',
  log: 'log',
  'Varighet av kommunens svingninger i rekruttering': 'Varigheit for svingingane i rekrutteringa i kommunen',
  'Tidskonstanten for hvor raskt en kommunes rekrutteringssvingning går tilbake.':
    'Tidskonstanten for kor raskt ei rekrutteringssvinging i ein kommune går tilbake.',
  'Kommunens svar på egen legemangel': 'Korleis kommunen svarar på eigen legemangel',
  'Hvor raskt en kommune med flere ledige lister med innbyggere på enn vanlig gjør seg mer attraktiv (fastlønn, rekrutteringstillegg, kortere lister): økning i log-attraktivitet per år per andel slike lister over kommunens varige nivå. En ny liste som står tom, teller ikke.':
    'Kor raskt ein kommune med fleire ledige lister med innbyggjarar på enn vanleg gjer seg meir attraktiv (fastløn, rekrutteringstillegg, kortare lister): auke i log-attraktivitet per år per del slike lister over det varige nivået i kommunen. Ei ny liste som står tom, tel ikkje.',
  'Varighet av kommunens svar': 'Varigheit for svaret frå kommunen',
  'Tidskonstanten for hvor raskt kommunens ekstra innsats avtar når legemangelen er borte.':
    'Tidskonstanten for kor raskt den ekstra innsatsen frå kommunen avtek når legemangelen er borte.',
  'Øvre grense for ukentlig arbeidstid': 'Øvre grense for arbeidstid per veke',
  'Flere timer i uka (fastlegepraksis og legevakt) enn dette tar ingen fastlege på seg: blir listene så tunge, kortes de ned, og innbyggerne utover står uten fastlege.':
    'Fleire timar i veka (fastlegepraksis og legevakt) enn dette tek ingen fastlege på seg: blir listene så tunge, blir dei korta ned, og innbyggjarane utover står utan fastlege.',
  // src/ui/analysis/strings.ts: «Kva har mest å seie? · Kva skal til?»
  Utfall: 'Utfall',
  År: 'År',
  'Innbyggere uten fastlege': 'Innbyggjarar utan fastlege',
  'Andel innbyggere uten fastlege': 'Del av innbyggjarane utan fastlege',
  'Gjennomsnittlig listelengde': 'Gjennomsnittleg listelengd',
  Fastleger: 'Fastlegar',
  'Legevakttimer per fastlege per måned': 'Legevakttimar per fastlege per månad',
  'Offentlig kostnad per år': 'Offentleg kostnad per år',
  'tallet på innbyggere uten fastlege': 'talet på innbyggjarar utan fastlege',
  'andelen innbyggere uten fastlege': 'delen av innbyggjarane utan fastlege',
  'gjennomsnittlig listelengde': 'gjennomsnittleg listelengd',
  'tallet på fastleger': 'talet på fastlegar',
  'legevakttimer per fastlege per måned': 'legevakttimar per fastlege per månad',
  'den offentlige kostnaden': 'den offentlege kostnaden',
  personer: 'personar',
  fastleger: 'fastlegar',
  'mill. kr': 'mill. kr',
  '{value} mill. kr': '{value} mill. kr',
  '{value} prosentpoeng': '{value} prosentpoeng',
  Beregn: 'Berekn',
  Avbryt: 'Avbryt',
  'Avbrutt.': 'Avbrote.',
  'Starter beregningen …': 'Startar berekninga …',
  'Beregner … {done} av {total}': 'Bereknar … {done} av {total}',
  'Beregner … {done} modellkjøringer': 'Bereknar … {done} modellkøyringar',
  'Beregner … {done} modellkjøringer (høyst {total}); billigste som når målet så langt: {best}':
    'Bereknar … {done} modellkøyringar (høgst {total}); billegaste som når målet så langt: {best}',
  'Beregner … {done} modellkjøringer (høyst {total}); ingen pakke når målet ennå':
    'Bereknar … {done} modellkøyringar (høgst {total}); ingen pakke når målet enno',
  'Ferdig på {seconds} s ({runs} modellkjøringer).': 'Ferdig på {seconds} s ({runs} modellkøyringar).',
  'Beregningen feilet: {message}': 'Berekninga feila: {message}',
  'Scenarioet, området eller valgene er endret siden dette ble beregnet. Trykk «Beregn» for å regne på nytt.':
    'Scenarioet, området eller vala er endra sidan dette vart berekna. Trykk «Berekn» for å rekne på nytt.',
  'Vis som tabell': 'Vis som tabell',
  'Vis som graf': 'Vis som graf',
  'Hva betyr mest?': 'Kva har mest å seie?',
  'Hvert virkemiddel flyttes en firedel av spennet sitt ned og opp fra dagens verdi (av/på byttes), hver for seg, og vi ser hvor mye utfallet endres. Kostnaden er den ekstra offentlige kostnaden i året, for hele landet når virkemiddelet er nasjonalt.':
    'Kvart verkemiddel blir flytta ein firedel av spennet sitt ned og opp frå dagens verdi (av/på blir bytt om), kvart for seg, og vi ser kor mykje utfallet endrar seg. Kostnaden er den ekstra offentlege kostnaden i året, for heile landet når verkemiddelet er nasjonalt.',
  'Ta med usikkerhet: hva betyr mest av forutsetningene (tregere)':
    'Ta med uvisse: kva for føresetnader har mest å seie (tregare)',
  Kjøringer: 'Køyringar',
  'Hva betyr mest for {outcome} i {year}, {region}': 'Kva har mest å seie for {outcome} i {year}, {region}',
  'Usikkerhet: hva betyr mest av forutsetningene for {outcome} i {year}, {region}':
    'Uvisse: kva for føresetnader har mest å seie for {outcome} i {year}, {region}',
  Ned: 'Ned',
  Opp: 'Opp',
  'Laveste verdi': 'Lågaste verdi',
  'Høyeste verdi': 'Høgaste verdi',
  'Endring i {outcome} ({unit})': 'Endring i {outcome} ({unit})',
  'I dag: {value}': 'I dag: {value}',
  '{dir} til {value}: {delta}': '{dir} til {value}: {delta}',
  'ekstra kostnad {cost} i {year}': 'ekstra kostnad {cost} i {year}',
  '{outcome} i {year} er {base} i dag. Størst virkning: {list}.':
    '{outcome} i {year} er {base} i dag. Størst verknad: {list}.',
  'Ingen virkemidler endrer utfallet.': 'Ingen verkemiddel endrar utfallet.',
  '{n} virkemidler uten virkning på utfallet er bare med i tabellen.':
    '{n} verkemiddel utan verknad på utfallet er berre med i tabellen.',
  Plass: 'Plass',
  Virkemiddel: 'Verkemiddel',
  Forutsetning: 'Føresetnad',
  'I dag': 'I dag',
  'Ned til': 'Ned til',
  'Opp til': 'Opp til',
  Laveste: 'Lågaste',
  Høyeste: 'Høgaste',
  Endring: 'Endring',
  'Ekstra kostnad i {year}': 'Ekstra kostnad i {year}',
  'Andel av variansen': 'Del av variansen',
  'Kilde til usikkerhet': 'Kjelde til uvisse',
  'Hvor usikkerheten kommer fra: {outcome} i {year}, {region}': 'Kvar uvissa kjem frå: {outcome} i {year}, {region}',
  'Tilfeldige hendelser': 'Tilfeldige hendingar',
  'Usikre forutsetninger (alle)': 'Usikre føresetnader (alle)',
  'Over {runs} kjøringer kommer om lag {events} av usikkerheten i {outcome} i {year} fra tilfeldige hendelser (hvem som slutter, hvem som kommer, hvilke lister som står ledige), og {assumptions} fra at vi ikke vet forutsetningene sikkert.':
    'Over {runs} køyringar kjem om lag {events} av uvissa i {outcome} i {year} frå tilfeldige hendingar (kven som sluttar, kven som kjem, kva lister som står ledige), og {assumptions} frå at vi ikkje veit føresetnadene sikkert.',
  'Forutsetningene som betyr mest alene: {list}.': 'Føresetnadene som har mest å seie åleine: {list}.',
  'Ingen enkelt forutsetning skiller seg ut fra støyen med {runs} kjøringer.':
    'Ingen enkelt føresetnad skil seg ut frå støyen med {runs} køyringar.',
  'Hva skal til?': 'Kva skal til?',
  'Finn den minste endringen av ett virkemiddel som får utfallet til å nå et mål, på den sentrale kjøringen eller med en gitt sannsynlighet.':
    'Finn den minste endringa av eitt verkemiddel som får utfallet til å nå eit mål, på den sentrale køyringa eller med eit gitt sannsyn.',
  Mål: 'Mål',
  'Mål: sammenligning': 'Mål: samanlikning',
  'Målverdi ({unit})': 'Målverdi ({unit})',
  'høyst (≤)': 'høgst (≤)',
  'minst (≥)': 'minst (≥)',
  'Scenarioet gir {value} i {year}.': 'Scenarioet gjev {value} i {year}.',
  'Tillatt spenn': 'Tillate spenn',
  'Hele spennet': 'Heile spennet',
  'Bare økning fra dagens verdi': 'Berre auke frå dagens verdi',
  'Bare reduksjon fra dagens verdi': 'Berre reduksjon frå dagens verdi',
  'Krev at målet nås i en andel av kjøringene (Monte Carlo, tregere)':
    'Krev at målet blir nådd i ein del av køyringane (Monte Carlo, tregare)',
  'Andel av kjøringene (%)': 'Del av køyringane (%)',
  'Bruk verdien': 'Bruk verdien',
  '{lever} er satt til {value} i scenarioet (kan angres).': '{lever} er sett til {value} i scenarioet (kan angrast).',
  '{lever} er satt til {value} for {name} i scenarioet (kan angres).':
    '{lever} er sett til {value} for {name} i scenarioet (kan angrast).',
  '{outcome} skal bli {target} i {year} ({region})': '{outcome} skal bli {target} i {year} ({region})',
  '{outcome} skal bli {target} i {year} ({region}) i minst {p} av kjøringene':
    '{outcome} skal bli {target} i {year} ({region}) i minst {p} av køyringane',
  '{lever} må opp fra {today} til {value} for at {aim}. Da blir det {achieved}.':
    '{lever} må opp frå {today} til {value} for at {aim}. Då blir det {achieved}.',
  '{lever} må ned fra {today} til {value} for at {aim}. Da blir det {achieved}.':
    '{lever} må ned frå {today} til {value} for at {aim}. Då blir det {achieved}.',
  '{lever} må settes til {value} (i dag {today}) for at {aim}. Da blir det {achieved}.':
    '{lever} må setjast til {value} (i dag {today}) for at {aim}. Då blir det {achieved}.',
  'Målet er allerede nådd med dagens verdi av {lever} ({today}): det blir {achieved}.':
    'Målet er allereie nådd med dagens verdi av {lever} ({today}): det blir {achieved}.',
  'Ingen verdi av {lever} innenfor {range} når målet ({aimShort}); det beste er {value}, som gir {achieved}.':
    'Ingen verdi av {lever} innanfor {range} når målet ({aimShort}); det beste er {value}, som gjev {achieved}.',
  'Ett steg mindre ({value}) gir {achieved}, som ikke når målet.':
    'Eitt steg mindre ({value}) gjev {achieved}, som ikkje når målet.',
  'median {achieved}, og målet nås i {share} av kjøringene':
    'median {achieved}, og målet blir nådd i {share} av køyringane',
  'i minst {p} av kjøringene': 'i minst {p} av køyringane',
  'av og på': 'av og på',
  'Billigste pakke': 'Billegaste pakke',
  'Blant virkemidlene du tillater: innstillingene med lavest ekstra offentlig kostnad som får utfallet til å nå målet på den sentrale kjøringen. Et lokalt søk, ikke et bevis for at ingen billigere pakke finnes.':
    'Blant verkemidla du tillèt: innstillingane med lågast ekstra offentleg kostnad som får utfallet til å nå målet på den sentrale køyringa. Eit lokalt søk, ikkje eit prov på at det ikkje finst nokon billegare pakke.',
  'Tillatte virkemidler': 'Tillatne verkemiddel',
  'Velg minst ett virkemiddel.': 'Vel minst eitt verkemiddel.',
  'Kostnad som skal bli lavest': 'Kostnad som skal bli lågast',
  'Begge (kommune og stat)': 'Begge (kommune og stat)',
  Kommunen: 'Kommunen',
  Staten: 'Staten',
  offentlig: 'offentleg',
  kommunal: 'kommunal',
  statlig: 'statleg',
  'Kostnad fra år': 'Kostnad frå år',
  'til og med år': 'til og med år',
  'Billigste pakke som gjør at {aim}: ekstra {costKind} kostnad {cost} i {from}–{to}. Da blir det {achieved}.':
    'Billegaste pakke som gjer at {aim}: ekstra {costKind} kostnad {cost} i {from}–{to}. Då blir det {achieved}.',
  'Scenarioet når allerede målet ({aimShort}): det trengs ingen pakke.':
    'Scenarioet når allereie målet ({aimShort}): det trengst ingen pakke.',
  'Ingen pakke av disse virkemidlene innenfor spennene når målet ({aimShort}); den nærmeste gir {achieved}.':
    'Ingen pakke av desse verkemidla innanfor spenna når målet ({aimShort}); den nærmaste gjev {achieved}.',
  'Målet kan nås, men ikke innenfor budsjettet; den billigste pakken koster {cost}.':
    'Målet kan nåast, men ikkje innanfor budsjettet; den billegaste pakken kostar {cost}.',
  'En negativ kostnad betyr at pakken sparer penger (for eksempel ved å kutte et tilskudd); velg «Bare økning» for å unngå kutt.':
    'Ein negativ kostnad tyder at pakken sparer pengar (til dømes ved å kutte eit tilskot); vel «Berre auke» for å unngå kutt.',
  Pakken: 'Pakken',
  Endret: 'Endra',
  ja: 'ja',
  nei: 'nei',
  'Pakken mot dagens verdier': 'Pakken mot dagens verdiar',
  'Kostnad mot utfall: {outcome} i {year}, {region}': 'Kostnad mot utfall: {outcome} i {year}, {region}',
  'Ekstra kostnad {from}–{to} (mill. kr)': 'Ekstra kostnad {from}–{to} (mill. kr)',
  'Beste utfall for kostnaden': 'Beste utfall for kostnaden',
  'Valgt pakke': 'Vald pakke',
  Målet: 'Målet',
  '{n} pakker på fronten: fra {firstCost} ({firstOutcome}) til {lastCost} ({lastOutcome}).':
    '{n} pakkar på fronten: frå {firstCost} ({firstOutcome}) til {lastCost} ({lastOutcome}).',
  'Ekstra kostnad {from}–{to}': 'Ekstra kostnad {from}–{to}',
  'Når målet': 'Når målet',
  'Lagre som scenario': 'Lagre som scenario',
  'Billigste pakke: {region}, {outcome} {target} i {year}': 'Billegaste pakke: {region}, {outcome} {target} i {year}',
  'Lagret som «{name}» under Mine scenarioer; du kan sammenligne og eksportere den derfra.':
    'Lagra som «{name}» under Mine scenario; du kan samanlikne og eksportere det derifrå.',
  'Skriv målverdien som et tall, for eksempel 1 eller 2,5.': 'Skriv målverdien som eit tal, til dømes 1 eller 2,5.',
  'Andelen av kjøringene må være et tall mellom 1 og 99.': 'Delen av køyringane må vere eit tal mellom 1 og 99.',
  '{lever} har ingen tallverdi i dag, så «bare økning/reduksjon» kan ikke brukes; velg hele spennet.':
    '{lever} har ingen talverdi i dag, så «berre auke/reduksjon» kan ikkje brukast; vel heile spennet.',
  '{lever} står allerede i enden av spennet ({value}); velg et annet spenn.':
    '{lever} står allereie i enden av spennet ({value}); vel eit anna spenn.',
  'Kostnadsperioden må gå fra et år til et senere eller samme år.':
    'Kostnadsperioden må gå frå eit år til eit seinare eller same år.',
  'Område: {region}. Scenario: {scenario}.': 'Område: {region}. Scenario: {scenario}.',
  'Fastlegesimulatoren {version}, laget {date}.': 'Fastlegesimulatoren {version}, laga {date}.',
  // src/ui/export/report/texts.ts: the council report
  'Hvor godt har modellen truffet?': 'Kor godt har modellen treft?',
  'For å se hva tallene er verdt, startet vi modellen 31. desember {origin} med bare det som var kjent da, og sammenlignet med det som faktisk skjedde fram til {last}:':
    'For å sjå kva tala er verde, starta vi modellen 31. desember {origin} med berre det som var kjent då, og samanlikna med det som faktisk skjedde fram til {last}:',
  'Tilbakeblikket for hvert område står under «Treffsikkerhet» i appen, og valideringen for alle kommuner under «Om modellen».':
    'Tilbakeblikket for kvart område står under «Treffsikkerheit» i appen, og valideringa for alle kommunane under «Om modellen».',
  'Fastlegeordningen i {region}': 'Fastlegeordninga i {region}',
  '{scenarios}\nFremskriving 2026–{last} · laget {date} med Fastlegesimulatoren':
    '{scenarios}\nFramskriving 2026–{last} · laga {date} med Fastlegesimulatoren',
  '{scenario} sammenlignet med {reference}': '{scenario} samanlikna med {reference}',
  Sammendrag: 'Samandrag',
  'Rapporten viser hva {scenarios} kan bety for fastlegeordningen i {region} fram mot {last}, sammenlignet med {reference}. Tallene er forventede verdier (gjennomsnittet av {runs} simuleringer med samme tilfeldige tall i hvert scenario).':
    'Rapporten viser kva {scenarios} kan bety for fastlegeordninga i {region} fram mot {last}, samanlikna med {reference}. Tala er forventa verdiar (gjennomsnittet av {runs} simuleringar med dei same tilfeldige tala i kvart scenario).',
  'Rapporten viser hva {scenarios} kan bety for fastlegeordningen i {region} fram mot {last}, sammenlignet med {reference}. Usikkerheten er ikke beregnet ennå (én beregning uten Monte Carlo).':
    'Rapporten viser kva {scenarios} kan bety for fastlegeordninga i {region} fram mot {last}, samanlikna med {reference}. Uvissa er ikkje berekna enno (éi berekning utan Monte Carlo).',
  '{scenario} endrer: {list}.': '{scenario} endrar: {list}.',
  'og {n} til (se «Dette er endret fra dagens politikk»)': 'og {n} til (sjå «Dette er endra frå dagens politikk»)',
  '{scenario} har ingen endringer fra dagens politikk.': '{scenario} har ingen endringar frå dagens politikk.',
  'Innbyggere uten fastlege i {year}: om lag {scen} med {scenario} mot {ref} med {reference}, {diff}.':
    'Innbyggjarar utan fastlege i {year}: om lag {scen} med {scenario} mot {ref} med {reference}, {diff}.',
  'Fastleger i {year}: {scen} mot {ref}, {diff}.': 'Fastlegar i {year}: {scen} mot {ref}, {diff}.',
  'Legevakt i {year}: {scen} timer per fastlege i måneden mot {ref}, {diff}.':
    'Legevakt i {year}: {scen} timar per fastlege i månaden mot {ref}, {diff}.',
  'Offentlige kostnader i {year}: {scen} mill. kr mot {ref} mill. kr, {diff}.':
    'Offentlege kostnader i {year}: {scen} mill. kr mot {ref} mill. kr, {diff}.',
  'med 80 % sannsynlighet mellom {lo} og {hi}': 'med 80 % sannsyn mellom {lo} og {hi}',
  'omtrent det samme': 'omtrent det same',
  'med 80 % sannsynlighet omtrent det samme': 'med 80 % sannsyn omtrent det same',
  'Til sammenligning, uten modell: av kommunene som sto likt i {start} ({band} uten fastlege), hadde {p} minst én liste uten fastlege {k} år senere ({n} tilfeller, SSB {from}–{until}), og i snitt {share} av innbyggerne var da uten fastlege.':
    'Til samanlikning, utan modell: av kommunane som stod likt i {start} ({band} utan fastlege), hadde {p} minst éi liste utan fastlege {k} år seinare ({n} tilfelle, SSB {from}–{until}), og i snitt {share} av innbyggjarane var då utan fastlege.',
  'Til sammenligning, uten modell: av kommunene som sto likt i {start} ({band} uten fastlege), hadde {p} minst én liste uten fastlege {k} år senere ({n} tilfeller, SSB {from}–{until}).':
    'Til samanlikning, utan modell: av kommunane som stod likt i {start} ({band} utan fastlege), hadde {p} minst éi liste utan fastlege {k} år seinare ({n} tilfelle, SSB {from}–{until}).',
  'Til sammenligning, uten modell: for få kommuner sto likt i {start} ({band} uten fastlege) til å si hvor ofte de hadde en liste uten fastlege {k} år senere.':
    'Til samanlikning, utan modell: for få kommunar stod likt i {start} ({band} utan fastlege) til å seie kor ofte dei hadde ei liste utan fastlege {k} år seinare.',
  'Sannsynligheten for minst én liste uten fastlege i {year}: {p} med {scenario} mot {ref} med {reference}; for at minst 5 % av innbyggerne står uten fastlege: {p5} mot {ref5}.':
    'Sannsynet for minst éi liste utan fastlege i {year}: {p} med {scenario} mot {ref} med {reference}; for at minst 5 % av innbyggjarane står utan fastlege: {p5} mot {ref5}.',
  'Sannsynlighetene er vektet som i appen: simuleringene teller {runs} og hvor ofte kommuner som sto likt fikk det {base} (for minst 5 %: {runs5} og {base5}).':
    'Sannsyna er vekta som i appen: simuleringane tel {runs} og kor ofte kommunar som stod likt fekk det {base} (for minst 5 %: {runs5} og {base5}).',
  '{n} færre': '{n} færre',
  '{n} flere': '{n} fleire',
  '{n} timer mindre': '{n} timar mindre',
  '{n} timer mer': '{n} timar meir',
  '{n} mill. kr mindre': '{n} mill. kr mindre',
  '{n} mill. kr mer': '{n} mill. kr meir',
  '«Med 80 % sannsynlighet» betyr at 8 av 10 simuleringer havner i intervallet. Det skraverte båndet i grafene viser det samme for hvert år. Små kommuner har få leger, så én lege som slutter eller kommer gir store utslag.':
    '«Med 80 % sannsyn» tyder at 8 av 10 simuleringar hamnar i intervallet. Det skraverte bandet i grafane viser det same for kvart år. Små kommunar har få legar, så éin lege som sluttar eller kjem, gjev store utslag.',
  Nøkkeltall: 'Nøkkeltal',
  Forventet: 'Forventa',
  '{lo} til {hi}': '{lo} til {hi}',
  '{n} prosentpoeng': '{n} prosentpoeng',
  '80 % intervall': '80 % intervall',
  'mot {reference}': 'mot {reference}',
  'Innbyggere uten fastlege {year}': 'Innbyggjarar utan fastlege {year}',
  'Fastleger {year}': 'Fastlegar {year}',
  'Legevakttimer per fastlege per måned {year}': 'Legevakttimar per fastlege per månad {year}',
  'Offentlige kostnader {year} (mill. kr)': 'Offentlege kostnader {year} (mill. kr)',
  'Sannsynlighet for minst én liste uten fastlege {year}': 'Sannsyn for minst éi liste utan fastlege {year}',
  'Sannsynlighet for at minst 5 % er uten fastlege {year}': 'Sannsyn for at minst 5 % er utan fastlege {year}',
  'Sannsynlighetene er andelen av simuleringene der det skjer, rundet til 5 prosentpoeng.':
    'Sannsyna er delen av simuleringane der det skjer, runda av til 5 prosentpoeng.',
  'Sannsynlighetene er andelen av simuleringene der det skjer, vektet med hvor ofte kommuner som sto likt fikk det (som i appen), rundet til 5 prosentpoeng.':
    'Sannsyna er delen av simuleringane der det skjer, vekta med kor ofte kommunar som stod likt fekk det (som i appen), runda av til 5 prosentpoeng.',
  'Forventet verdi (gjennomsnittet av simuleringene) med 80 % intervall i parentes (10. til 90. persentil). Forskjellen er regnet kjøring for kjøring.':
    'Forventa verdi (gjennomsnittet av simuleringane) med 80 % intervall i parentes (10. til 90. persentil). Skilnaden er rekna ut køyring for køyring.',
  'Linjene er medianen; det skraverte båndet viser hvor 80 % av simuleringene havner (10.–90. persentil). Kryss: historiske tall. Loddrett strek: start på fremskrivingen (31.12.{start}).':
    'Linjene er medianen; det skraverte bandet viser kvar 80 % av simuleringane hamnar (10.–90. persentil). Kryss: historiske tal. Loddrett strek: start på framskrivinga (31.12.{start}).',
  'Det skraverte båndet viser hvor 80 % av simuleringene havner (10.–90. persentil). Kryss: historiske tall. Loddrett strek: start på fremskrivingen (31.12.{start}).':
    'Det skraverte bandet viser kvar 80 % av simuleringane hamnar (10.–90. persentil). Kryss: historiske tal. Loddrett strek: start på framskrivinga (31.12.{start}).',
  'Én beregning uten usikkerhet (Monte Carlo er ikke kjørt). Kryss: historiske tall. Loddrett strek: start på fremskrivingen (31.12.{start}).':
    'Éi berekning utan uvisse (Monte Carlo er ikkje køyrt). Kryss: historiske tal. Loddrett strek: start på framskrivinga (31.12.{start}).',
  'Hver verdi er andelen av simuleringene der hendelsen skjer det året. Loddrett strek: start på fremskrivingen (31.12.{start}).':
    'Kvar verdi er delen av simuleringane der hendinga skjer det året. Loddrett strek: start på framskrivinga (31.12.{start}).',
  'Start 31.12.{year}': 'Start 31.12.{year}',
  '{name}: 80 % intervall': '{name}: 80 % intervall',
  'Dette er endret fra dagens politikk': 'Dette er endra frå dagens politikk',
  Scenario: 'Scenario',
  'Virkemiddel eller forutsetning': 'Verkemiddel eller føresetnad',
  'Verdi i scenarioet': 'Verdi i scenarioet',
  'Dagens politikk': 'Dagens politikk',
  'Ingen endringer fra dagens politikk': 'Ingen endringar frå dagens politikk',
  'Forskjell mellom scenarioene': 'Skilnad mellom scenarioa',
  Budsjett: 'Budsjett',
  rapport: 'rapport',
  sammenligning: 'samanlikning',
  'side {n} av {total}': 'side {n} av {total}',
  Kilder: 'Kjelder',
  'Fastlegesimulatoren {version} · {region} · laget {date}': 'Fastlegesimulatoren {version} · {region} · laga {date}',
  // src/engine/formulas/responses.ts: the response functions and their variables
  'Ønsket listelengde': 'Ønskt listelengd',
  'Ønsket listetak relativt til startåret, som funksjon av arbeid per pasient og inntekt per pasient.':
    'Ønskt listetak relativt til startåret, som funksjon av arbeid per pasient og inntekt per pasient.',
  'arbeid per pasient relativt til start': 'arbeid per pasient relativt til start',
  'inntekt per pasient relativt til start': 'inntekt per pasient relativt til start',
  Avgang: 'Avgang',
  'Faktor på grunnavgangen som funksjon av endring i ukentlig arbeidstid, legevakttimer per måned og inntekt per lege.':
    'Faktor på grunnavgangen som funksjon av endring i arbeidstid per veke, legevakttimar per månad og inntekt per lege.',
  'endring i timer per uke siden start': 'endring i timar per veke sidan start',
  'endring i legevakttimer per måned siden start': 'endring i legevakttimar per månad sidan start',
  'inntekt per lege relativt til start': 'inntekt per lege relativt til start',
  Attraktivitet: 'Attraktivitet',
  'Hvor mye mer (eller mindre) attraktiv en fastlegestilling er enn ved start: inntekt, arbeidstid, legevakt og tilbud om fastlønn. Påvirker både hvor mange leger som søker seg til ordningen og hvor de går.':
    'Kor mykje meir (eller mindre) attraktiv ei fastlegestilling er enn ved start: inntekt, arbeidstid, legevakt og tilbod om fastløn. Påverkar både kor mange legar som søkjer seg til ordninga, og kvar dei går.',
  'endring i andel nye avtaler med fastlønn': 'endring i delen nye avtalar med fastløn',
  // src/engine/start/localDynamics.ts: size bands and centrality groups
  'sentralitet 1-2': 'sentralitet 1-2',
  'sentralitet 3-4': 'sentralitet 3-4',
  'sentralitet 5-6': 'sentralitet 5-6',
  'under 2 000': 'under 2 000',
  '20 000 og over': '20 000 og over',
  // src/engine/validation/validate.ts: the forecasters of the validation
  modellen: 'modellen',
  'ingen endring': 'ingen endring',
  'ingen endring × faktisk nasjonal endring': 'ingen endring × faktisk nasjonal endring',
  'sentralitetsklassens fordeling': 'fordelinga i sentralitetsklassen',
  'hvor kommuner som sto likt havnet': 'kvar kommunar som stod likt hamna',
  null: 'null',
  'modellen, rekalibrert': 'modellen, rekalibrert',
  'kommuner som sto likt': 'kommunar som stod likt',
  'modellen vektet med kommuner som sto likt': 'modellen vekta med kommunar som stod likt',
  'modellen blandet med «sto likt» (ikke appen)': 'modellen blanda med «stod likt» (ikkje appen)',
  // src/engine/run/results.ts: result labels and units
  Innbyggere: 'Innbyggjarar',
  'Uten fastlege, med vikar': 'Utan fastlege, med vikar',
  'Uten fastlege og uten vikar': 'Utan fastlege og utan vikar',
  leger: 'legar',
  'Fastleger som er spesialister': 'Fastlegar som er spesialistar',
  'Fastleger under spesialisering': 'Fastlegar under spesialisering',
  'Fastlønte fastleger': 'Fastlønte fastlegar',
  'Lister uten fast lege': 'Lister utan fast lege',
  'Arbeidstid per fastlege': 'Arbeidstid per fastlege',
  'Legevakttimer per fastlege': 'Legevakttimar per fastlege',
  'Legevakttimer per fastlege i vaktturnus': 'Legevakttimar per fastlege i vaktturnus',
  'Legevakter per fastlege i vaktturnus': 'Legevakter per fastlege i vaktturnus',
  'vakter/måned': 'vakter/månad',
  'Legevakttimer dekket av andre leger': 'Legevakttimar dekte av andre legar',
  'Udekkede legevakttimer': 'Udekte legevakttimar',
  'Nye fastleger': 'Nye fastlegar',
  'Fastleger som slutter': 'Fastlegar som sluttar',
  'Praksisinntekt per fastlege': 'Praksisinntekt per fastlege',
  Basistilskudd: 'Basistilskot',
  'Kommunal kostnad': 'Kommunal kostnad',
  'Statlig kostnad': 'Statleg kostnad',
  'Offentlig kostnad i alt': 'Offentleg kostnad i alt',
  // src/engine/run/scenario.ts: the built-in baseline
  'Alle virkemidler som i dag.': 'Alle verkemiddel som i dag.',
  // src/ui/chartSpecs.ts: chart titles and units
  'prosent av innbyggerne': 'prosent av innbyggjarane',
  'Fastleger: spesialister, under spesialisering og fastlønte':
    'Fastlegar: spesialistar, under spesialisering og fastlønte',
  'pasienter per fastlege': 'pasientar per fastlege',
  'timer per uke': 'timar per veke',
  'timer per måned': 'timar per månad',
  'Nye fastleger og fastleger som slutter': 'Nye fastlegar og fastlegar som sluttar',
  'leger per år': 'legar per år',
  'Basistilskudd og offentlig kostnad': 'Basistilskot og offentleg kostnad',
  'mill. kr per år': 'mill. kr per år',
  'Sannsynlighet for innbyggere uten fastlege': 'Sannsyn for innbyggjarar utan fastlege',
  'sannsynlighet i prosent': 'sannsyn i prosent',
  // src/ui/formulaText.ts: refused notation and values in formula messages
  'tilordning med =': 'tilordning med =',
  funksjonsdefinisjon: 'funksjonsdefinisjon',
  'oppslag med . eller [ ]': 'oppslag med . eller [ ]',
  'indeksering med [ ]': 'indeksering med [ ]',
  'matrise eller liste [ ]': 'matrise eller liste [ ]',
  'objekt { }': 'objekt { }',
  'intervall a:b': 'intervall a:b',
  'flere uttrykk (; eller linjeskift)': 'fleire uttrykk (; eller linjeskift)',
  'kjedet sammenligning (bruk «and»)': 'kjeda samanlikning (bruk «and»)',
  'for mange nivåer av parenteser': 'for mange nivå av parentesar',
  'denne skrivemåten': 'denne skrivemåten',
  'ikke et tall': 'ikkje eit tal',
  uendelig: 'uendeleg',
  'minus uendelig': 'minus uendeleg',
  // src/ui/sim/compute.ts
  'Gjeldende scenario': 'Gjeldande scenario',
  // src/ui/trackRecord/charts.ts: the track-record charts
  'Andel uten fastlege: modellen mot det som skjedde': 'Del utan fastlege: modellen mot det som skjedde',
  'Gjennomsnittlig listelengde: modellen mot det som skjedde':
    'Gjennomsnittleg listelengd: modellen mot det som skjedde',
  'Sannsynlighet for minst 5 % uten fastlege': 'Sannsyn for minst 5 % utan fastlege',
  // scenarios/*.json and scenarios/kommuner/*.json: the presets’ names and descriptions
  'Doble basistilskuddet': 'Doble basistilskotet',
  'Basistilskuddet dobles til 1 683,60 kr per innbygger fra 2027, slik fastleger ba om i kommentarene til helseministerens innlegg.':
    'Basistilskotet blir dobla til 1 683,60 kr per innbyggjar frå 2027, slik fastlegar bad om i kommentarane til innlegget frå helseministeren.',
  'Ekspertutvalgets pakke (2023)': 'Pakken frå ekspertutvalet (2023)',
  'Utvalgets anbefalinger som modellen kan vise, fra 2027: basistilskudd halvparten av inntekten, rekrutteringstilskudd 300 000 kr, flere LIS1 (1 300), LIS1 som vikar, enklere kompetansekrav, flere fastlønte (50 % av nye avtaler), regulert overdragelse, samlet listeansvar i halvparten av kommunene, mer oppgavedeling (0,3 årsverk per lege), ingen korttidssykmelding, skolefravær ut av legekontoret, tak på 40 legevakttimer i måneden, 25 % av legevakten til andre leger og nye arbeidsformer (10 % færre vakttimer i små distrikter). Størrelsene er våre antakelser der utvalget ikke gir tall.':
    'Tilrådingane frå utvalet som modellen kan vise, frå 2027: basistilskot halvparten av inntekta, rekrutteringstilskot 300 000 kr, fleire LIS1 (1 300), LIS1 som vikar, enklare kompetansekrav, fleire fastlønte (50 % av nye avtalar), regulert overdraging, samla listeansvar i halvparten av kommunane, meir oppgåvedeling (0,3 årsverk per lege), inga korttidssjukmelding, skulefråvær ut av legekontoret, tak på 40 legevakttimar i månaden, 25 % av legevakta til andre legar og nye arbeidsformer (10 % færre vakttimar i små distrikt). Storleikane er våre antakingar der utvalet ikkje gjev tal.',
  'Tilbake til knekkpunktmodellen': 'Tilbake til knekkpunktmodellen',
  'Basistilskuddet betales igjen etter knekkpunktmodellen (høyere sats for de første 1 000 pasientene, som mai 2020 til april 2023) fra 2027, i stedet for pasienttilpasset. Viser hva den pasienttilpassede modellen fra mai 2023 betyr framover.':
    'Basistilskotet blir igjen betalt etter knekkpunktmodellen (høgare sats for dei første 1 000 pasientane, som frå mai 2020 til april 2023) frå 2027, i staden for pasienttilpassa. Viser kva den pasienttilpassa modellen frå mai 2023 betyr framover.',
  Legevaktpakke: 'Legevaktpakke',
  'Tak på 40 legevakttimer per fastlege i måneden, 30 % av fastlegenes legevakttimer flyttet til andre leger og legevakttilskuddet økt til 200 mill. kr i året, fra 2027.':
    'Tak på 40 legevakttimar per fastlege i månaden, 30 % av legevakttimane til fastlegane flytta til andre legar og legevakttilskotet auka til 200 mill. kr i året, frå 2027.',
  'Opptrappingsplanen (knekkpunkt, basisfinansiering, ALIS, team)':
    'Opptrappingsplanen (knekkpunkt, basisfinansiering, ALIS, team)',
  'Virkemidlene i opptrappingsplanen for allmennlegetjenesten fra 2027: knekkpunkt ved 1 000 pasienter, sterkere basisfinansiering (basistilskudd +10 %, vår antakelse), flere ALIS-avtaler (2 500) og sykepleiere i team på legekontoret (0,2 årsverk per fastlege, vår antakelse). Beløpene er ikke gitt i planen.':
    'Verkemidla i opptrappingsplanen for allmennlegetenesta frå 2027: knekkpunkt ved 1 000 pasientar, sterkare basisfinansiering (basistilskot +10 %, vår antaking), fleire ALIS-avtalar (2 500) og sjukepleiarar i team på legekontoret (0,2 årsverk per fastlege, vår antaking). Beløpa er ikkje gitt i planen.',
  'Pasienttilpasset basistilskudd (fra mai 2023)': 'Pasienttilpassa basistilskot (frå mai 2023)',
  'Basistilskuddet følger pasientenes behov fra 1. mai 2023. Reformen er en del av dagens politikk, så i en framskrivning fra 2025 er dette scenarioet likt dagens politikk; sammenlign med «Tilbake til knekkpunktmodellen» for å se hva reformen betyr videre.':
    'Basistilskotet følgjer behova til pasientane frå 1. mai 2023. Reforma er ein del av dagens politikk, så i ei framskriving frå 2025 er dette scenarioet likt dagens politikk; samanlikn med «Tilbake til knekkpunktmodellen» for å sjå kva reforma betyr vidare.',
  'Tilleggsbevilgningen 2022 på nytt': 'Tilleggsløyvinga 2022 på nytt',
  'Samme løft som i tilleggsproposisjonen for 2022, lagt oppå dagens nivå fra 2027: +50 mill. kr til ALIS (om lag 217 flere avtaler à 230 000 kr) og +50 mill. kr til legevakttilskudd for kommuner som sliter med å bemanne legevakten.':
    'Same løft som i tilleggsproposisjonen for 2022, lagt oppå dagens nivå frå 2027: +50 mill. kr til ALIS (om lag 217 fleire avtalar à 230 000 kr) og +50 mill. kr til legevakttilskot for kommunar som slit med å bemanne legevakta.',
  'Bindal: egen plan med fastlønn og tidsbegrenset tilskudd': 'Bindal: eigen plan med fastløn og tidsavgrensa tilskot',
  'Et eksempel på kommunens egen plan: to fastleger går av med pensjon i 2027, kommunen tilbyr fastlønn i alle nye avtaler fra 2027 og oppretter en kommunal liste i 2028, og Bindal går inn i interkommunal legevakt med Brønnøy fra 2028. Nasjonalt: et rekrutteringstilskudd på 300 000 kr per ny fastlege i 2027-2029, deretter som i dag. Tallene for Bindal er et eksempel, ikke kommunens egne.':
    'Eit døme på ein eigen plan for kommunen: to fastlegar går av med pensjon i 2027, kommunen tilbyd fastløn i alle nye avtalar frå 2027 og opprettar ei kommunal liste i 2028, og Bindal går inn i interkommunal legevakt med Brønnøy frå 2028. Nasjonalt: eit rekrutteringstilskot på 300 000 kr per ny fastlege i 2027-2029, deretter som i dag. Tala for Bindal er eit døme, ikkje tala til kommunen sjølv.',
  // seeds/*.json: the source documents’ titles, what each says about a lever, and the budget envelopes
  'Vi skal løse fastlegekrisen': 'Vi skal løyse fastlegekrisa',
  'Ikke i selve innlegget, men i kommentarene: leger kaller ordningen underfinansiert og minner ministeren om Aps løfte om å doble basistilskuddet for å gjøre yrket mer attraktivt.':
    'Ikkje i sjølve innlegget, men i kommentarane: legar kallar ordninga underfinansiert og minner ministeren om lovnaden frå Ap om å doble basistilskotet for å gjere yrket meir attraktivt.',
  'Ministeren peker på økte bevilgninger som skal lokke flere leger inn i, og gjennom, spesialiseringen i allmennmedisin, altså ALIS-løpet.':
    'Ministeren peikar på auka løyvingar som skal lokke fleire legar inn i, og gjennom, spesialiseringa i allmennmedisin, altså ALIS-løpet.',
  'Bare i kommentarene: en lege foreslår å lette fastlegenes byrde med sykmeldinger og NAV-erklæringer, uten å skille ut korttidsfravær.':
    'Berre i kommentarane: ein lege foreslår å lette byrda for fastlegane med sjukmeldingar og NAV-erklæringar, utan å skilje ut korttidsfråvær.',
  'Ministeren sier at regjeringen arbeider for mindre byråkrati i hverdagen til fastlegene; en kommentar legger til NAV-erklæringer og bestillingsarbeid for sykehusene.':
    'Ministeren seier at regjeringa arbeider for mindre byråkrati i kvardagen til fastlegane; ein kommentar legg til NAV-erklæringar og bestillingsarbeid for sjukehusa.',
  'Regjeringen har avsatt midler til kommuner som har problemer med å skaffe nok leger til legevakten.':
    'Regjeringa har sett av midlar til kommunar som har problem med å skaffe nok legar til legevakta.',
  'Ekstra penger til ordningen i 2023-budsjettet (innlegget oppgir ikke beløpet; 690 mill. kr er hentet fra FACTS.md S38)':
    'Ekstra pengar til ordninga i 2023-budsjettet (innlegget oppgir ikkje beløpet; 690 mill. kr er henta frå FACTS.md S38)',
  'Positive tegn i fastlegeordningen': 'Positive teikn i fastlegeordninga',
  'Ingen ny sats oppgis, men basistilskuddet trekkes fram som virkemiddel gjennom omleggingen 1. mai 2023, som skal gi fastlegene bedre rom for pasientene som trenger mest.':
    'Ingen ny sats er oppgitt, men basistilskotet blir trekt fram som verkemiddel gjennom omlegginga 1. mai 2023, som skal gje fastlegane betre rom for pasientane som treng mest.',
  'Fra 1. mai 2023 avhenger tilskuddet per pasient av pasientens behov (pasienttilpasset modell), slik at leger med krevende pasienter får bedre vilkår for å følge dem opp.':
    'Frå 1. mai 2023 er tilskotet per pasient avhengig av behovet til pasienten (pasienttilpassa modell), slik at legar med krevjande pasientar får betre vilkår for å følgje dei opp.',
  'Direktoratet trekker fram det nasjonale ALIS-tilskuddet, som gjør inntekten stabil og sikker for leger mens de spesialiserer seg i allmennmedisin.':
    'Direktoratet trekkjer fram det nasjonale ALIS-tilskotet, som gjer inntekta stabil og sikker for legar medan dei spesialiserer seg i allmennmedisin.',
  'Yngre leger vil oftere enn eldre ha fast ansettelse de første årene, så kommunene bør kunne tilby ulike tilknytningsformer.':
    'Yngre legar vil oftare enn eldre ha fast tilsetjing dei første åra, så kommunane bør kunne tilby ulike tilknytingsformer.',
  'Guldvog vil ha en mer fleksibel ordning som holder på unge leger som ønsker vanlige arbeidsuker, uten å avvise dem som vil jobbe mer.':
    'Guldvog vil ha ei meir fleksibel ordning som held på unge legar som ønskjer vanlege arbeidsveker, utan å avvise dei som vil jobbe meir.',
  'Direktoratet ser annet helsepersonell ved kontoret som en måte å avlaste fastlegen på uten å miste kapasitet, og vil at ressursene på kontoret samlet utnyttes bedre.':
    'Direktoratet ser anna helsepersonell ved kontoret som ein måte å avlaste fastlegen på utan å miste kapasitet, og vil at ressursane på kontoret samla sett blir betre utnytta.',
  'Fastlegeordningen styrkes': 'Fastlegeordninga blir styrkt',
  '50 millioner kroner ekstra til ALIS, som samtidig blir landsdekkende; målet er at unge leger får mer trygghet og forutsigbar økonomi og oftere starter som fastlege.':
    '50 millionar kroner ekstra til ALIS, som samtidig blir landsdekkjande; målet er at unge legar får meir tryggleik og føreseieleg økonomi og oftare startar som fastlege.',
  '50 millioner kroner til kommuner som ikke klarer å bemanne legevakten, fordi tung vaktbelastning særlig i distriktene skremmer bort nye fastleger; Helsedirektoratet skal sørge for at pengene treffer de mest utsatte kommunene.':
    '50 millionar kroner til kommunar som ikkje klarer å bemanne legevakta, fordi tung vaktbelastning særleg i distrikta skremmer bort nye fastlegar; Helsedirektoratet skal sørgje for at pengane treffer dei mest utsette kommunane.',
  'Tilleggsbevilgning til allmennlegetjenesten i budsjettet for 2022 (50 mill. ALIS + 50 mill. legevakt)':
    'Tilleggsløyving til allmennlegetenesta i budsjettet for 2022 (50 mill. ALIS + 50 mill. legevakt)',
  'Ekspertutvalg leverte endelig fastlege-rapport': 'Ekspertutval leverte endeleg fastlege-rapport',
  'Utvalget vil øke basistilskuddets del av inntekten (r1), og ministeren viser til at tilskuddet styrkes fra 1. mai 2023.':
    'Utvalet vil auke den delen av inntekta som er basistilskot (r1), og ministeren viser til at tilskotet blir styrkt frå 1. mai 2023.',
  'Ministeren forteller at tilskuddet fra 1. mai 2023 legges om slik at leger med mange pasienter med store behov får mer og kan redusere arbeidsmengden.':
    'Ministeren fortel at tilskotet frå 1. mai 2023 blir lagt om slik at legar med mange pasientar med store behov får meir og kan redusere arbeidsmengda.',
  'Råd 1 (r1) gjelder andelen, ikke satsen: en større del av fastlegens inntekt skal være basistilskudd (50 % ifølge hele rapporten, FACTS.md S41).':
    'Råd 1 (r1) gjeld delen, ikkje satsen: ein større del av inntekta til fastlegen skal vere basistilskot (50 % ifølgje heile rapporten, FACTS.md S41).',
  'Råd 3 (r3): takstene bør kunne brukes uansett hvilken yrkesgruppe som utfører arbeidet; saken sier ingenting om nivået på takstene.':
    'Råd 3 (r3): takstane bør kunne brukast uansett kva yrkesgruppe som utfører arbeidet; saka seier ingenting om nivået på takstane.',
  'Står ikke i selve nyhetssaken; det midlertidige rekrutteringstilskuddet på om lag 300 000 kr finnes i utvalgets fulle rapport, som saken lenker til (FACTS.md S41).':
    'Står ikkje i sjølve nyheitssaka; det mellombelse rekrutteringstilskotet på om lag 300 000 kr finst i den fulle rapporten frå utvalet, som saka lenkjer til (FACTS.md S41).',
  'Råd 10 (r10): opprette flere ordinære LIS1-stillinger.': 'Råd 10 (r10): opprette fleire ordinære LIS1-stillingar.',
  'Råd 8 (r8): alle som er ferdige med LIS1 skal kunne vikariere for fastleger og ta legevakter.':
    'Råd 8 (r8): alle som er ferdige med LIS1, skal kunne vikariere for fastlegar og ta legevakter.',
  'Råd 9 (r9): forenkle kravene til kompetanse for leger i kommunehelsetjenesten.':
    'Råd 9 (r9): forenkle krava til kompetanse for legar i kommunehelsetenesta.',
  'Råd 12 (r12) nevner mer fast lønn, men i sammenheng med legevakt; at det også gjelder fastlegeavtaler er vår tolkning.':
    'Råd 12 (r12) nemner meir fast løn, men i samanheng med legevakt; at det også gjeld fastlegeavtalar, er vår tolking.',
  'Råd 5 (r5): overdragelse av fastlegepraksiser bør reguleres.':
    'Råd 5 (r5): overdraging av fastlegepraksisar bør regulerast.',
  'Råd 4 (r4): åpne for felles listeansvar og for at kommuner kan avtale drift med fastlegeselskaper.':
    'Råd 4 (r4): opne for felles listeansvar og for at kommunar kan avtale drift med fastlegeselskap.',
  'Råd 2 og 3 (r2, r3): flere oppgaver til andre helsepersonellgrupper på kontoret og mer delegering.':
    'Råd 2 og 3 (r2, r3): fleire oppgåver til andre helsepersonellgrupper på kontoret og meir delegering.',
  'Råd 7 (r7): leger skal ikke lenger skrive sykmelding ved kortvarig fravær fra arbeid.':
    'Råd 7 (r7): legar skal ikkje lenger skrive sjukmelding ved kortvarig fråvær frå arbeid.',
  'Råd 6 (r6): utdanningssektoren skal selv håndtere fravær i videregående skole.':
    'Råd 6 (r6): utdanningssektoren skal sjølv handtere fråvær i vidaregåande skule.',
  'Råd 11 (r11): sette grenser for hvor mye legevakt fastlegene kan pålegges.':
    'Råd 11 (r11): setje grenser for kor mykje legevakt fastlegane kan påleggjast.',
  'Råd 12 (r12): flere leger som ikke er fastleger skal dekke legevakt.':
    'Råd 12 (r12): fleire legar som ikkje er fastlegar, skal dekkje legevakt.',
  'Råd 13 (r13): gi rom for nye arbeidsmåter i legevakten.': 'Råd 13 (r13): gje rom for nye arbeidsmåtar i legevakta.',
  'Innlegg om opptrappingsplanen for allmennlegetjenesten (1,6 mrd. kr fram til 2024)':
    'Innlegg om opptrappingsplanen for allmennlegetenesta (1,6 mrd. kr fram til 2024)',
  'Basisfinansieringen er styrket for at det skal bli mindre økonomisk risikabelt å starte egen fastlegepraksis.':
    'Basisfinansieringa er styrkt for at det skal bli mindre økonomisk risikabelt å starte eigen fastlegepraksis.',
  'Knekkpunktmodellen: høyere tilskudd for de første pasientene på listen gjør at en kortere liste ikke koster legen inntekt.':
    'Knekkpunktmodellen: høgare tilskot for dei første pasientane på lista gjer at ei kortare liste ikkje kostar legen inntekt.',
  'Knekkpunktet er satt til 1 000 pasienter.': 'Knekkpunktet er sett til 1 000 pasientar.',
  'Økt støtte til ALIS-avtaler der kommunene har vansker med å rekruttere, så unge fastleger får trygge rammer mens de blir spesialister.':
    'Auka støtte til ALIS-avtalar der kommunane har vanskar med å rekruttere, så unge fastlegar får trygge rammer medan dei blir spesialistar.',
  'Mer teamarbeid og færre oppgaver for fastlegen: for eksempel kan sykepleiere ta oppfølgingen av kronisk syke, og primærhelseteam prøves ut ved 17 kontorer.':
    'Meir teamarbeid og færre oppgåver for fastlegen: til dømes kan sjukepleiarar ta oppfølginga av kronisk sjuke, og primærhelseteam blir prøvde ut ved 17 kontor.',
  'Opptrappingsplan for allmennlegetjenesten, samlet økning fram til 2024':
    'Opptrappingsplan for allmennlegetenesta, samla auke fram til 2024',
  // src/ui/about.ts: «Om modellen»
  'Hva modellen gjør': 'Kva modellen gjer',
  'Fastlegesimulatoren fremskriver fastlegeordningen måned for måned fra 31. desember 2025 til 2040 for alle 357 kommuner samtidig. Den starter fra den faktiske situasjonen i hver kommune (SSB, KOSTRA-tabell 12005): fastleger, lister med og uten fast lege, listelengde og innbyggere uten fastlege.':
    'Fastlegesimulatoren framskriv fastlegeordninga månad for månad frå 31. desember 2025 til 2040 for alle 357 kommunane samtidig. Simulatoren startar frå den faktiske situasjonen i kvar kommune (SSB, KOSTRA-tabell 12005): fastlegar, lister med og utan fast lege, listelengd og innbyggjarar utan fastlege.',
  'Fastleger kommer fra en nasjonal kandidatpool (LIS1, ALIS og leger fra utlandet) som kommunene konkurrerer om etter hvor attraktive stillingene er: inntekt, arbeidstid, legevaktbelastning, sentralitet og tilbud om fastlønn. Leger slutter etter kommunestørrelse og sentralitet, mer ved lange arbeidsuker og tung legevakt, mindre ved høyere inntekt, og ved pensjonering. Listelengden beveger seg mot det legene ønsker ut fra arbeid og inntekt per pasient. En liste kommunen oppretter, står tom til en lege tar den; innbyggerne den er ment for, blir så lenge på listene til legene som er der. En liste en lege forlater, beholder innbyggerne sine, og de står uten fastlege til listen får en ny lege. En kommune med flere slike lister uten lege enn vanlig gjør seg mer attraktiv (fastlønn, rekrutteringstillegg, kortere lister) til mangelen er borte; mangel som alle kommuner har, flytter bare leger mellom dem og gir ikke slik drahjelp. Legevakt fordeles i legevaktdistrikter; timer ingen dekker vises som udekkede timer.':
    'Fastlegar kjem frå ein nasjonal kandidatpool (LIS1, ALIS og legar frå utlandet) som kommunane konkurrerer om etter kor attraktive stillingane er: inntekt, arbeidstid, legevaktbelastning, sentralitet og tilbod om fastløn. Legar sluttar etter kommunestorleik og sentralitet, meir ved lange arbeidsveker og tung legevakt, mindre ved høgare inntekt, og ved pensjonering. Listelengda rører seg mot det legane ønskjer ut frå arbeid og inntekt per pasient. Ei liste kommunen opprettar, står tom til ein lege tek ho; innbyggjarane ho er meint for, blir så lenge på listene til legane som er der. Ei liste ein lege forlèt, held på innbyggjarane sine, og dei står utan fastlege til lista får ein ny lege. Ein kommune med fleire slike lister utan lege enn vanleg gjer seg meir attraktiv (fastløn, rekrutteringstillegg, kortare lister) til mangelen er borte; mangel som alle kommunane har, flyttar berre legar mellom dei og gir ikkje slik drahjelp. Legevakta blir fordelt i legevaktdistrikt; timar som ingen dekkjer, blir viste som udekte timar.',
  'Hvert virkemiddel virker gjennom en egen årsakskjede, og kommer fra kildedokumentene (trykk «i» ved virkemiddelet). Forutsetningene (effektstørrelser) står for seg, med kilde eller ordet «skjønn».':
    'Kvart verkemiddel verkar gjennom ei eiga årsakskjede og kjem frå kjeldedokumenta (trykk «i» ved verkemiddelet). Føresetnadene (effektstorleikar) står for seg, med kjelde eller ordet «skjønn».',
  'Hva modellen ikke gjør': 'Kva modellen ikkje gjer',
  'Modellen er et verktøy for å sammenligne virkemidler, ikke en prognose for én bestemt kommune. Lokale forhold som enkeltlegers planer, bolig, arbeid til partner eller et nytt legesenter er ikke med. Små kommuner har få leger, så ett bytte gir store utslag; se usikkerhetsbåndet.':
    'Modellen er eit verktøy for å samanlikne verkemiddel, ikkje ein prognose for éin bestemd kommune. Lokale tilhøve som planane til enkeltlegar, bustad, arbeid til partnaren eller eit nytt legesenter er ikkje med. Små kommunar har få legar, så eitt byte gjev store utslag; sjå uvissebandet.',
  'Legevaktdistriktene er konstruert fra kommunenes naboskap og folketall, ikke fra de faktiske avtalene. Kostnader er i faste kroner og omfatter basistilskudd, refusjoner, tilskudd og kommunale tilleggskostnader, ikke alle utgifter i helsetjenesten.':
    'Legevaktdistrikta er konstruerte ut frå naboskap og folketal i kommunane, ikkje ut frå dei faktiske avtalane. Kostnadene er i faste kroner og omfattar basistilskot, refusjonar, tilskot og kommunale tilleggskostnader, ikkje alle utgifter i helsetenesta.',
  'Det første året etter starten i 2025 får kommuner med mange innbyggere uten fastlege trolig lege raskere i modellen enn de vil i virkeligheten. Ved årsskiftet sto få lister uten lege i landet, modellen oppretter få nye lister det første året, og nesten alle nye fastleger går da til de ledige listene. I tilbakeblikkene traff modellen i snitt hvor fort krisene lettet (se «Treffsikkerhet»), men der var det flere ledige lister å fordele legene på. Sannsynlighetene i nøkkeltallene veier derfor inn hvor ofte kommuner som sto likt, fortsatt hadde lister uten fastlege.':
    'Det første året etter starten i 2025 får kommunar med mange innbyggjarar utan fastlege truleg lege raskare i modellen enn dei vil i røynda. Ved årsskiftet stod få lister utan lege i landet, modellen opprettar få nye lister det første året, og nesten alle nye fastlegar går då til dei ledige listene. I tilbakeblikka trefte modellen i snitt kor fort krisene letta (sjå «Treffsikkerheit»), men der var det fleire ledige lister å fordele legane på. Sannsyna i nøkkeltala veg difor inn kor ofte kommunar som stod likt, framleis hadde lister utan fastlege.',
  'Slik leser du grafene': 'Slik les du grafane',
  'Stiplet linje er dagens politikk; heltrukket linje er ditt scenario. Kryssene er historiske tall. Mens du flytter et virkemiddel viser linjene forventet utvikling (én deterministisk kjøring). Når du slipper, kjøres en Monte Carlo-beregning: mange kjøringer der forutsetningene trekkes innenfor sine spenn og tilfeldige avganger og rekrutteringer trekkes for hver kommune. Linjene viser da medianen, og det skraverte båndet viser intervallet der 80 % av kjøringene havner (10. til 90. persentil).':
    'Stipla linje er dagens politikk; heil linje er scenarioet ditt. Kryssa er historiske tal. Medan du flyttar eit verkemiddel, viser linjene forventa utvikling (éi deterministisk køyring). Når du slepper, blir det køyrt ei Monte Carlo-berekning: mange køyringar der føresetnadene blir trekte innanfor spenna sine, og tilfeldige avgangar og rekrutteringar blir trekte for kvar kommune. Linjene viser då medianen, og det skraverte bandet viser intervallet der 80 % av køyringane hamnar (10. til 90. persentil).',
  'Kjøring nummer i bruker samme tilfeldige tall i alle scenarioer, så forskjellen mellom scenarioene skyldes politikken, ikke tilfeldigheter.':
    'Køyring nummer i brukar dei same tilfeldige tala i alle scenarioa, så skilnaden mellom scenarioa kjem av politikken, ikkje av tilfeldigheiter.',
  'Tall før høsten 2022 for innbyggere uten fastlege er for lave: da begynte Helfo å be kommunene registrere ubesatte lister. Modellen regner på det fullstendige grunnlaget.':
    'Tal før hausten 2022 for innbyggjarar utan fastlege er for låge: då byrja Helfo å be kommunane registrere ubesette lister. Modellen reknar på det fullstendige grunnlaget.',
  'Data og kilder': 'Data og kjelder',
  'Statistisk sentralbyrå (SSB): folketall 2015–2026, befolkning etter alder og kjønn, befolkningsframskrivinger 2024, sentralitetsindeks og KOSTRA 12005. Helsedirektoratet: nøkkeltall for fastlegeordningen og ALIS-tilskudd. Helfo og statsavtalen: satser for basistilskudd. Kartverket: kommunegrenser (CC BY 4.0).':
    'Statistisk sentralbyrå (SSB): folketal 2015–2026, befolkning etter alder og kjønn, befolkningsframskrivingar 2024, sentralitetsindeks og KOSTRA 12005. Helsedirektoratet: nøkkeltal for fastlegeordninga og ALIS-tilskot. Helfo og statsavtalen: satsar for basistilskot. Kartverket: kommunegrenser (CC BY 4.0).',
  'Alt kjører i nettleseren din. Ingen data sendes ut, og siden fungerer uten nettforbindelse.':
    'Alt køyrer i nettlesaren din. Ingen data blir sende ut, og sida fungerer utan nettsamband.',
  // src/ui/trackRecord/aboutTables.ts: the validation in «Om modellen»
  'Hvor godt modellen har truffet (validering)': 'Kor godt modellen har treft (validering)',
  'Vi har startet modellen 31. desember 2020, 2022 og 2024 med bare det som var kjent da, og sammenlignet med det som faktisk skjedde i hver kommune de neste årene. Kommuner som fikk nytt kommunenummer, har egne tall først fra det nye nummeret og er med bare fra et startår der de har det (de fleste fra 2024). Tabellene viser CRPS, et mål på hvor langt unna hele fordelingen av kjøringer var (lavere er bedre: prosentpoeng for andelen uten fastlege, pasienter for listelengden), for modellen og for «ingen endring» (at alt blir som i startåret), og hvor ofte modellens 80 %-intervall (p10–p90) traff det som skjedde (målet er 80 %).':
    'Vi har starta modellen 31. desember 2020, 2022 og 2024 med berre det som var kjent då, og samanlikna med det som faktisk skjedde i kvar kommune dei neste åra. Kommunar som fekk nytt kommunenummer, har eigne tal først frå det nye nummeret og er med berre frå eit startår der dei har det (dei fleste frå 2024). Tabellane viser CRPS, eit mål på kor langt unna heile fordelinga av køyringar var (lågare er betre: prosentpoeng for delen utan fastlege, pasientar for listelengda), for modellen og for «ingen endring» (at alt blir som i startåret), og kor ofte 80 %-intervallet til modellen (p10–p90) trefte det som skjedde (målet er 80 %).',
  'Sannsynlighetene for en kommune vekter kjøringene med hvor ofte kommuner som sto likt ved startåret fikk det samme, med vekter tilpasset på hvordan de traff før startåret, fordi kjøringene alene er for sikre på kriser. Metoden og alle tallene står i README.md, avsnittet «Validation» (npm run validate). Åpne «Treffsikkerhet» over grafene for å se tilbakeblikket for ditt område.':
    'Sannsyna for ein kommune vektar køyringane med kor ofte kommunar som stod likt ved startåret fekk det same, med vekter tilpassa på korleis dei trefte før startåret, fordi køyringane åleine er for sikre på kriser. Metoden og alle tala står i README.md, avsnittet «Validation» (npm run validate). Opne «Treffsikkerheit» over grafane for å sjå tilbakeblikket for området ditt.',
  'Laster valideringstabellene …': 'Lastar valideringstabellane …',
  'Valideringstabellene kunne ikke lastes.': 'Valideringstabellane kunne ikkje lastast.',
  Kommuner: 'Kommunar',
  'Kommune-år': 'Kommune-år',
  'Andel uten fastlege (prosentpoeng)': 'Del utan fastlege (prosentpoeng)',
  'Listelengde (pasienter)': 'Listelengd (pasientar)',
  'CRPS modell': 'CRPS modell',
  'CRPS «ingen endring»': 'CRPS «ingen endring»',
  'Intervallet traff': 'Intervallet trefte',
  Alle: 'Alle',
  'Uthevet: modellen er bedre enn «ingen endring».': 'Utheva: modellen er betre enn «ingen endring».',
  'Større områder, alle startårene samlet: hvor ofte 80 %-intervallet traff, og hvor mye medianen og «ingen endring» bommet i snitt':
    'Større område, alle startåra samla: kor ofte 80 %-intervallet trefte, og kor mykje medianen og «ingen endring» bomma i snitt',
  Område: 'Område',
  'Område-år': 'Område-år',
  'Medianen bommet': 'Medianen bomma',
  '«Ingen endring» bommet': '«Ingen endring» bomma',
  'Hele landet': 'Heile landet',
  Fylkene: 'Fylka',
  Sentralitetsklassene: 'Sentralitetsklassane',
  Kommunene: 'Kommunane',
  'Uthevet: medianen bommet mindre enn «ingen endring».': 'Utheva: medianen bomma mindre enn «ingen endring».',
};

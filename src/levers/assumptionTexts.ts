/**
 * The model assumptions' labels, descriptions and units in each language, by id (the numbers: assumptionCore.ts).
 * Loaded with the registry's texts (assumptions.ts), never by the engine.
 */
import type { AssumptionId } from './assumptionCore.ts';
import type { AssumptionText } from './types.ts';

const u = (nb: string, en: string) => ({ nb, en });
/** A text with its nynorsk inline (the texts added with the 2024-2026 policy carry it). */
const un = (nb: string, en: string, nn: string) => ({ nb, en, nn });

export const ASSUMPTION_TEXTS: Readonly<Record<AssumptionId, AssumptionText>> = {
  workTrendPerYear: {
    label: u('Økning i arbeid per pasient (utover aldring)', 'Growth in work per patient (beyond ageing)'),
    description: u(
      'Årlig vekst i fastlegens arbeid per listeinnbygger som ikke skyldes alder (flere konsultasjoner, kompleksitet, dokumentasjon), inkludert ønsket om kortere lister og normal arbeidstid.',
      'Yearly growth in GP work per list resident not explained by age (more consultations, complexity, paperwork), including the wish for shorter lists and normal hours.',
    ),
    unit: u('andel/år', 'share/year'),
    sourceNote:
      'backtest 2019-2025 (list length, lists); list ceilings fell 2.5 %/year 2019-2023 (S1); consultations per person +10 % 2019-2021 (S71, S72)',
  },
  workTrendLongRun: {
    label: u('Langsiktig økning i arbeid per pasient', 'Long-run growth in work per patient'),
    description: u(
      'Årlig vekst i arbeid per pasient (utover aldring) som veksten etter 2025 går mot; 2019-2025 var uvanlig (pandemi, krise).',
      'Yearly growth in work per patient (beyond ageing) that growth after 2025 converges to; 2019-2025 was unusual (pandemic, crisis).',
    ),
    unit: u('andel/år', 'share/year'),
    sourceNote: 'mean list length fell ~0.7 %/year from 1 200 (2005) to 1 088 (2019) (S4, S1)',
  },
  workTrendConvergeYears: {
    label: u('Tid før veksten i arbeid per pasient normaliseres', 'Time for growth in work per patient to normalise'),
    description: u(
      'Tidskonstant for overgangen fra veksten 2019-2025 til den langsiktige veksten etter 2025.',
      'Time constant of the move from the 2019-2025 growth to the long-run growth after 2025.',
    ),
    unit: u('år', 'years'),
  },
  listHoursElasticity: {
    label: u('Listelengdens følsomhet for arbeid per pasient', 'List length response to work per patient'),
    description: u(
      'Hvor mye ønsket listelengde faller når arbeidet per pasient øker (1 = hele økningen tas ut i kortere liste).',
      'How much desired list length falls when work per patient rises (1 = all of it is taken as a shorter list).',
    ),
    unit: u('elastisitet', 'elasticity'),
    sourceNote: 'lists fell while hours rose 2014-2018 (S14, S29), so GPs absorbed part of the work growth',
  },
  listIncomeElasticity: {
    label: u('Listelengdens følsomhet for inntekt per pasient', 'List length response to income per patient'),
    description: u(
      'Hvor mye ønsket listelengde faller når inntekten per pasient øker (målinntekt): mer betalt per pasient gjør det mulig å ha kortere liste.',
      'How much desired list length falls when income per patient rises (target income): more pay per patient makes a shorter list affordable.',
    ),
    unit: u('elastisitet', 'elasticity'),
    sourceNote: 'backtest 2019-2025; direction from S19, S36 (no source gives an elasticity)',
  },
  listAdjustYears: {
    label: u('Tid for å justere listetak', 'Time to adjust list ceilings'),
    description: u(
      'Gjennomsnittlig tid før listetaket har nærmet seg ønsket nivå.',
      'Average time for list ceilings to move toward the desired level.',
    ),
    unit: u('år', 'years'),
    sourceNote:
      'list ceilings fell ~2.5 %/year 2019-2023 (S1); the backtest fits better with faster adjustment, we hold it at one year',
  },
  clinicalShareOfHours: {
    label: u('Andel av arbeidstiden med pasienter', 'Share of working hours with patients'),
    description: u(
      'Andel av ordinær arbeidstid brukt til direkte pasientarbeid; resten er administrasjon.',
      'Share of regular hours spent face to face with patients; the rest is administration.',
    ),
    unit: u('andel', 'share'),
  },
  hoursSelfEmployed: {
    label: u('Ordinær arbeidstid, næringsdrivende', 'Regular weekly hours, self-employed'),
    description: u(
      'Ukentlige timer i praksis og kommunale oppgaver uten legevakt.',
      'Weekly hours in practice and municipal tasks, excluding legevakt.',
    ),
    unit: u('timer/uke', 'hours/week'),
  },
  hoursSalaried: {
    label: u('Ordinær arbeidstid, fastlønte', 'Regular weekly hours, salaried'),
    description: u(
      'Ukentlige timer for fastlønte fastleger uten legevakt.',
      'Weekly hours of salaried GPs, excluding legevakt.',
    ),
    unit: u('timer/uke', 'hours/week'),
  },
  taskSharingHoursPerFte: {
    label: u('Legetimer spart per årsverk annet personell', 'GP hours saved per FTE of other staff'),
    description: u(
      'Timer per uke med pasientarbeid som ett årsverk sykepleier o.l. tar over fra legen.',
      'Weekly hours of patient work that one nurse FTE takes over from the GP.',
    ),
    unit: u('timer/uke', 'hours/week'),
    sourceNote: 'primary-care team pilot (seed 004) gives no figure',
  },
  shortSickNoteWorkShare: {
    label: u('Andel arbeid med korttidssykmeldinger', 'Share of work on short sick notes'),
    description: u(
      'Andel av fastlegens arbeid som går bort om sykmelding ved korttidsfravær fjernes.',
      'Share of GP work that disappears if short-term sick notes are dropped.',
    ),
    unit: u('andel', 'share'),
  },
  schoolAbsenceShare: {
    label: u('Andel konsultasjoner 16-19 år for skolefravær', 'Share of age 16-19 consultations for school absence'),
    description: u(
      'Andel av konsultasjonene for 16-19-åringer som gjelder dokumentasjon av skolefravær.',
      'Share of consultations of 16-19-year-olds that document school absence.',
    ),
    unit: u('andel', 'share'),
    sourceNote: 'youth consultations +50 % in ten years (S72)',
  },
  flexListCut: {
    label: u('Kortere liste for lege med fleksibel liste', 'Shorter list for a GP on a flexible list'),
    description: u(
      'Hvor mye kortere listen er for en fastlege med fleksibel (redusert) liste.',
      'How much shorter the list is for a GP on a flexible (reduced) list.',
    ),
    unit: u('andel', 'share'),
  },
  spareCapacityTarget: {
    label: u('Ønsket ledig kapasitet', 'Desired spare capacity'),
    description: u(
      'Ledig listekapasitet kommunen prøver å holde for fritt legevalg.',
      'Spare list capacity the municipality aims to keep for free choice of GP.',
    ),
    unit: u('andel', 'share'),
    sourceNote: '6 free places per 1 000 (S7); reserve capacity index ~100-105 (D1)',
  },
  listCreateYears: {
    label: u('Tid for å opprette nye lister', 'Time to create new lists'),
    description: u(
      'Hvor raskt kommunen oppretter nye fastlegehjemler når kapasiteten ikke dekker innbyggerne.',
      'How fast the municipality creates new GP lists when capacity falls short of its residents.',
    ),
    unit: u('år', 'years'),
  },
  listRemoveYears: {
    label: u('Tid for å legge ned ubrukte lister', 'Time to close unneeded lists'),
    description: u(
      'Hvor raskt ubesatte lister legges ned når kommunen har flere lister enn den trenger.',
      'How fast vacant lists are closed when the municipality has more lists than it needs.',
    ),
    unit: u('år', 'years'),
    sourceNote: 'municipalities rarely close GP lists',
  },
  locumCoverShare: {
    label: u('Ubesatte lister med vikar', 'Vacant lists with a locum'),
    description: u('Andel av listene uten fast lege som har vikar.', 'Share of lists without a GP that have a locum.'),
    unit: u('andel', 'share'),
  },
  lis1LocumCoverBoost: {
    label: u('Flere lister med vikar når LIS1 kan vikariere', 'More lists with locums when LIS1 doctors may be locums'),
    description: u(
      'Økning i andelen ubesatte lister med vikar når ferdige LIS1 kan være vikar.',
      'Rise in the share of vacant lists with a locum when doctors with LIS1 may be locums.',
    ),
    unit: u('andel', 'share'),
  },
  collectiveAbsorb: {
    label: u('Ubesatte lister fanget opp av gruppen', 'Vacant lists absorbed by the group'),
    description: u(
      'Andel av innbyggerne på ubesatte lister som får en fast lege i gruppen når listeansvaret er samlet.',
      'Share of residents on vacant lists who get a regular doctor in the group when list responsibility is shared.',
    ),
    unit: u('andel', 'share'),
  },
  collectiveAttritionCut: {
    label: u('Lavere avgang med samlet listeansvar', 'Lower attrition with collective lists'),
    description: u(
      'Hvor mye avgangen faller der listeansvaret deles.',
      'How much attrition falls where list responsibility is shared.',
    ),
    unit: u('andel', 'share'),
  },
  lis1ShareOfPool: {
    label: u('Andel av nye fastleger som kommer rett fra LIS1', 'Share of new GPs coming straight from LIS1'),
    description: u(
      'Andel av kandidatpoolen som følger antallet LIS1-stillinger; resten er leger fra utlandet, fra sykehus og andre.',
      'Share of the candidate pool that follows the number of LIS1 posts; the rest are doctors from abroad, from hospitals and others.',
    ),
    unit: u('andel', 'share'),
    sourceNote: '9 % of students and trainees want GP work, 34 % consider it (S61)',
  },
  poolPerGp2019: {
    label: u('Nye fastleger per fastlege, 2019', 'New GPs per GP, 2019'),
    description: u(
      'Kandidater som tar en fastlegestilling per år, per fastlege, ved start i 2019 (backtest).',
      'Candidates taking a GP post per year, per GP, at the 2019 start (backtest).',
    ),
    unit: u('per år', 'per year'),
    sourceNote: 'derived: +71 GPs in 2019 plus ~6 % leavers ≈ 360 entrants / 4 858 GPs',
  },
  poolPerGp2025: {
    label: u('Nye fastleger per fastlege, 2025', 'New GPs per GP, 2025'),
    description: u(
      'Kandidater som tar en fastlegestilling per år, per fastlege, ved start i 2025 (framskrivinger).',
      'Candidates taking a GP post per year, per GP, at the 2025 start (projections).',
    ),
    unit: u('per år', 'per year'),
    sourceNote: 'derived: "well over 500" entrants in 2023 / 5 268 GPs; growth held up in 2024-2025 (D1)',
  },
  vacancyShrinkLists: {
    label: u('Utjevning av ledighet i små kommuner', 'Smoothing of vacancy in small municipalities'),
    description: u(
      'Antall lister vi låner fra gjennomsnittet i kommunens sentralitetsklasse når vi anslår kommunens varige ledighet ved start (små kommuner bedømmes ikke på én tilfeldig ledig liste). Uansett størrelse varer ikke mer av avviket fra klassen enn historikken fram til start viser.',
      'Lists borrowed from the centrality-class average when estimating a municipality’s lasting vacancy at the start (small municipalities are not judged on one chance vacancy). Whatever the size, no more of the departure from the class lasts than the history up to the start shows.',
    ),
    unit: u('lister', 'lists'),
  },
  minVacancyShare: {
    label: u('Minste varige ledighet', 'Smallest lasting vacancy'),
    description: u(
      'Nedre grense for anslått varig andel ledige lister i en kommune (turnover finnes også der ingen liste står ledig på telledagen).',
      'Floor for the estimated lasting share of vacant lists (turnover exists where no list is vacant on the count date).',
    ),
    unit: u('andel', 'share'),
  },
  matchingHeadroom: {
    label: u('Matching: halvmetning', 'Matching: half-saturation'),
    description: u(
      'Vektede ledige lister (som andel av nivået ved start) der halvparten av kandidatene tar en stilling. Ansettelser = kandidater × L/(L + h); lav verdi gir lite rom for flere ansettelser når ledigheten øker.',
      'Weighted vacant lists (as a share of the start level) at which half of the candidates take a post. Hires = candidates × V/(V + h); a low value leaves little room for more hires when vacancies rise.',
    ),
    unit: u('andel av start', 'share of start'),
    sourceNote: 'backtest 2019-2025: vacancies rose 2019-2023 while entrants stayed near 330-400 (S1, S3)',
  },
  attractivenessPerceptionYears: {
    label: u('Forsinkelse før attraktivitet påvirker yrkesvalg', 'Delay before attractiveness affects career choice'),
    description: u(
      'Gjennomsnittlig tid før en endring i fastlegeyrkets attraktivitet gir flere (eller færre) kandidater: unge leger velger spesialitet over tid.',
      'Average time before a change in the attractiveness of GP work gives more (or fewer) candidates: young doctors choose a specialty over time.',
    ),
    unit: u('år', 'years'),
    sourceNote: 'backtest 2019-2025: funding rose from 2020, recruitment from 2022-2023 (S3, S53, S54)',
  },
  poolAttractivenessElasticity: {
    label: u('Kandidatpoolens følsomhet for attraktivitet', 'Pool response to attractiveness'),
    description: u(
      'Hvor mye kandidatpoolen vokser når fastlegeyrket blir mer attraktivt enn ved start.',
      'How much the candidate pool grows when GP work becomes more attractive than at the start.',
    ),
    unit: u('elastisitet', 'elasticity'),
    sourceNote: 'net growth +11 (2021) → +211 (2023) after funding rose (S3, S28, S53)',
  },
  traineeShareOfEntrants: {
    label: u('Nye fastleger som er under spesialisering', 'New GPs who are in training'),
    description: u(
      'Andel av nye fastleger som ennå ikke er spesialister i allmennmedisin.',
      'Share of new GPs who are not yet specialists in general practice.',
    ),
    unit: u('andel', 'share'),
    sourceNote: 'specialist share stable at ~63 % (S1)',
  },
  trainingYears: {
    label: u('Varighet spesialisering', 'Length of specialist training'),
    description: u(
      'Tid i fastlegeordningen før spesialist i allmennmedisin (fem år tjeneste).',
      'Time in the GP scheme before specialist status (five years of service).',
    ),
    unit: u('år', 'years'),
  },
  attrIncome: {
    label: u('Attraktivitet: inntekt', 'Attractiveness: income'),
    description: u(
      'Elastisitet for attraktiviteten til en fastlegestilling mht. inntekt per lege.',
      'Elasticity of a GP post’s attractiveness to income per GP.',
    ),
    unit: u('elastisitet', 'elasticity'),
    sourceNote: 'backtest 2019-2025 (GPs, residents without a GP); recruitment rose after funding in 2023 (S3)',
  },
  attrHours: {
    label: u('Attraktivitet: arbeidstid', 'Attractiveness: working hours'),
    description: u(
      'Fall i attraktivitet per ekstra arbeidstime per uke.',
      'Fall in attractiveness per extra weekly hour.',
    ),
    unit: u('per time/uke', 'per hour/week'),
    sourceNote: 'workload named as the main reason to avoid or leave GP work (S61, S62)',
  },
  attrOnCall: {
    label: u('Attraktivitet: legevakt', 'Attractiveness: legevakt'),
    description: u(
      'Fall i attraktivitet per 10 legevakttimer ekstra per måned.',
      'Fall in attractiveness per 10 extra legevakt hours a month.',
    ),
    unit: u('per 10 timer/måned', 'per 10 hours/month'),
    sourceNote: 'legevakt load hinders recruitment in rural municipalities (S50, S51)',
  },
  attrSalaried: {
    label: u('Attraktivitet: fastlønnstilbud', 'Attractiveness: salaried option'),
    description: u(
      'Økning i attraktivitet når alle nye avtaler kan være fastlønn (mot dagens andel).',
      'Rise in attractiveness when every new contract may be salaried (against today’s share).',
    ),
    unit: u('per andel', 'per share'),
    sourceNote: 'young doctors prefer fixed employment at first (seed 001)',
  },
  attrPracticeTransfer: {
    label: u('Attraktivitet: regulert overdragelse', 'Attractiveness: regulated practice transfer'),
    description: u(
      'Økning i attraktivitet når kjøp av praksis ikke lenger er en terskel.',
      'Rise in attractiveness when buying into a practice is no longer a hurdle.',
    ),
    unit: u('andel', 'share'),
  },
  attrRecruitmentGrant: {
    label: u('Attraktivitet: rekrutteringstilskudd', 'Attractiveness: recruitment grant'),
    description: u(
      'Effekt av et engangstilskudd målt som andel av årsinntekten (1 = like mye som samme økning i årsinntekt).',
      'Effect of a one-off grant as a share of yearly income (1 = as much as the same rise in yearly income).',
    ),
    unit: u('faktor', 'factor'),
  },
  alisAttract: {
    label: u('Attraktivitet: ALIS-dekning', 'Attractiveness: ALIS coverage'),
    description: u(
      'Økning i kandidatpool og attraktivitet når alle leger under spesialisering har ALIS-avtale.',
      'Rise in the candidate pool and attractiveness when every GP in training has an ALIS agreement.',
    ),
    unit: u('andel', 'share'),
    sourceNote: 'backtest 2019-2025 (GPs); recruitment improved in 2022 with national ALIS grants (seed 001, S47-S49)',
  },
  alisSmallBoost: {
    label: u('Ekstra ALIS-effekt i små kommuner', 'Extra ALIS effect in small municipalities'),
    description: u(
      'Ekstra virkning av ALIS i kommuner under 10 000 innbyggere.',
      'Extra effect of ALIS in municipalities under 10 000 inhabitants.',
    ),
    unit: u('faktor', 'factor'),
    sourceNote: 'ALIS designed for municipalities with recruitment problems (seed 004); 2021 uptake by size (S47)',
  },
  simplerRulesEntrants: {
    label: u('Ekstra leger med enklere kompetansekrav', 'Extra doctors with simpler competence rules'),
    description: u(
      'Flere nye fastleger per år når kompetansekravene forenkles, mest i distriktene.',
      'More new GPs per year when competence rules are simplified, mostly rural.',
    ),
    unit: u('leger/år', 'doctors/year'),
  },
  salariedToSelfEmployedRate: {
    label: u('Overgang fra fastlønn til næring', 'Switch from salary to self-employment'),
    description: u(
      'Andel fastlønte fastleger som går over til næringsdrift per år.',
      'Share of salaried GPs who become self-employed each year.',
    ),
    unit: u('andel/år', 'share/year'),
    sourceNote: 'salaried share of lists 14 % → 20 % (2019-2023, S1)',
  },
  leaversPerGp2019: {
    label: u('Fastleger som slutter per fastlege, 2019', 'GPs leaving per GP, 2019'),
    description: u(
      'Andel fastleger som slutter (også pensjonering) per år ved start i 2019 (backtest); grunnavgangen settes slik at modellen starter der.',
      'Share of GPs leaving (retirement included) per year at the 2019 start (backtest); base attrition is set so that the model starts there.',
    ),
    unit: u('andel/år', 'share/year'),
    sourceNote: 'derived: ~510 leavers over 7 quarters of 2020-21 / ~4 960 GPs',
  },
  leaversPerGp2025: {
    label: u('Fastleger som slutter per fastlege, 2025', 'GPs leaving per GP, 2025'),
    description: u(
      'Andel fastleger som slutter (også pensjonering) per år ved start i 2025 (framskrivinger).',
      'Share of GPs leaving (retirement included) per year at the 2025 start (projections).',
    ),
    unit: u('andel/år', 'share/year'),
    sourceNote: 'derived: "just over 300" leavers in 2023 / 5 268 GPs',
  },
  retirementRate: {
    label: u('Pensjonering', 'Retirement'),
    description: u('Andel fastleger som går av med pensjon per år.', 'Share of GPs who retire each year.'),
    unit: u('andel/år', 'share/year'),
    sourceNote: '6.5 % aged 67+; half of leavers under 50 (S55)',
  },
  contractYearsSmall: {
    label: u('Avtalevarighet, kommuner under 2 000', 'Contract duration, municipalities under 2 000'),
    description: u(
      'Median varighet av en fastlegeavtale i de minste kommunene.',
      'Median duration of a GP contract in the smallest municipalities.',
    ),
    unit: u('år', 'years'),
  },
  contractYearsLarge: {
    label: u('Avtalevarighet, kommuner over 50 000', 'Contract duration, municipalities over 50 000'),
    description: u(
      'Median varighet av en fastlegeavtale i de største kommunene.',
      'Median duration of a GP contract in the largest municipalities.',
    ),
    unit: u('år', 'years'),
  },
  leaveCentralityPerClass: {
    label: u('Avgang: sentralitet', 'Attrition: centrality'),
    description: u(
      'Økning i grunnavgangen per trinn i SSBs sentralitetsklasse (1 mest sentral, 6 minst), utover forskjellen etter kommunestørrelse.',
      'Rise in base attrition per step of SSB’s centrality class (1 most central, 6 least), beyond the difference by municipality size.',
    ),
    unit: u('andel per klasse', 'share per class'),
    sourceNote: 'GPs in peripheral municipalities more often want to move (S78); locum use rose most there (S27)',
  },
  leaveHours: {
    label: u('Avgang: arbeidstid', 'Attrition: working hours'),
    description: u(
      'Økning i avgang per ekstra arbeidstime per uke (eksponentiell).',
      'Rise in attrition per extra weekly hour (exponential).',
    ),
    unit: u('per time/uke', 'per hour/week'),
    sourceNote: '6 in 10 considered quitting because of workload (S62)',
  },
  leaveOnCall: {
    label: u('Avgang: legevakt', 'Attrition: legevakt'),
    description: u(
      'Økning i avgang per 10 ekstra legevakttimer per måned.',
      'Rise in attrition per 10 extra legevakt hours a month.',
    ),
    unit: u('per 10 timer/måned', 'per 10 hours/month'),
    sourceNote: 'heavy legevakt load in small districts (S79)',
  },
  leaveIncome: {
    label: u('Avgang: inntekt', 'Attrition: income'),
    description: u(
      'Elastisitet for avgang mht. inntekt per lege (høyere inntekt, lavere avgang).',
      'Elasticity of attrition to income per GP (higher income, lower attrition).',
    ),
    unit: u('elastisitet', 'elasticity'),
  },
  traineeAttritionFactor: {
    label: u('Høyere avgang blant leger under spesialisering', 'Higher attrition among GPs in training'),
    description: u(
      'Avgang for leger under spesialisering relativt til spesialister.',
      'Attrition of GPs in training relative to specialists.',
    ),
    unit: u('faktor', 'factor'),
    sourceNote: 'half of leavers were under 50 (S55)',
  },
  alisRetention: {
    label: u('Lavere avgang med ALIS-avtale', 'Lower attrition with an ALIS agreement'),
    description: u(
      'Hvor mye avgangen blant leger under spesialisering faller når alle har ALIS-avtale.',
      'How much attrition among GPs in training falls when all have an ALIS agreement.',
    ),
    unit: u('andel', 'share'),
    sourceNote: '65 % retention after training in Finnmark (S57)',
  },
  flexAttritionCut: {
    label: u('Lavere avgang med fleksible lister', 'Lower attrition with flexible lists'),
    description: u(
      'Hvor mye avgangen faller for leger som får fleksibel liste.',
      'How much attrition falls for GPs given a flexible list.',
    ),
    unit: u('andel', 'share'),
    sourceNote: 'young GPs leave for normal hours (seed 001, S55)',
  },
  dutyHoursPerDistrict: {
    label: u('Vakttimer per legevaktdistrikt', 'Duty hours per legevakt district'),
    description: u(
      'Timer utenfor kontortid per måned som én lege må dekke i et legevaktdistrikt (kveld, natt, helg, inkl. bakvakt).',
      'Out-of-hours hours per month that one doctor must cover in a district (evenings, nights, weekends, incl. on-call from home).',
    ),
    unit: u('timer/måned', 'hours/month'),
    sourceNote: '128 h/week outside office hours × 4.33',
  },
  residentsPerExtraDutyDoctor: {
    label: u('Innbyggere per ekstra vaktlege', 'Residents per extra duty doctor'),
    description: u(
      'Innbyggere i distriktet per ekstra lege på vakt samtidig.',
      'District residents per extra doctor on duty at the same time.',
    ),
    unit: u('innbyggere', 'residents'),
    sourceNote: 'GP legevakt ≈ 6.6 h/week averaged over all GPs in 2018 (S14)',
  },
  otherDoctorShareLarge: {
    label: u('Andre legers andel i store distrikter', 'Other doctors’ share in large districts'),
    description: u(
      'Andel av vakttimene som dekkes av andre enn fastleger i store distrikter (byer); i små distrikter er den lav.',
      'Share of duty hours covered by doctors other than GPs in large districts (cities); low in small districts.',
    ),
    unit: u('andel', 'share'),
    sourceNote: 'in large districts more GPs give their shifts away (S79)',
  },
  otherDoctorShareSmall: {
    label: u('Andre legers andel i små distrikter', 'Other doctors’ share in small districts'),
    description: u(
      'Andel av vakttimene som dekkes av andre enn fastleger i de minste distriktene.',
      'Share of duty hours covered by doctors other than GPs in the smallest districts.',
    ),
    unit: u('andel', 'share'),
    sourceNote: '13 % had a regular locum for legevakt (S78)',
  },
  exemptTakeup: {
    label: u('Andel over fritaksalder som tar fritak', 'Share above the exemption age who opt out'),
    description: u(
      'Andel av fastlegene over fritaksalderen som faktisk tar fritak fra legevakt.',
      'Share of GPs above the exemption age who actually opt out of legevakt.',
    ),
    unit: u('andel', 'share'),
    sourceNote: 'few GPs work out of hours after 55',
  },
  otherExemptShare: {
    label: u('Fritak av andre grunner', 'Exempt for other reasons'),
    description: u(
      'Andel fastleger fritatt fra legevakt for helse, graviditet eller sosiale grunner.',
      'Share of GPs exempt from legevakt for health, pregnancy or social reasons.',
    ),
    unit: u('andel', 'share'),
    sourceNote: '28 % formally exempted (~2006), incl. age',
  },
  capOverflowCoverable: {
    label: u('Timer over taket som kan kjøpes', 'Hours above the cap that can be bought'),
    description: u(
      'Andel av vakttimer over taket som kommunene klarer å dekke med andre leger; resten blir udekket.',
      'Share of duty hours above the cap that municipalities manage to fill with other doctors; the rest stays uncovered.',
    ),
    unit: u('andel', 'share'),
    sourceNote: '37 % of municipalities had trouble filling legevakt posts (S77)',
  },
  maxOnCallHours: {
    label: u('Største mulige legevaktbelastning', 'Largest feasible legevakt load'),
    description: u(
      'Legevakttimer per deltakende fastlege per måned over dette blir ikke dekket.',
      'Legevakt hours per participating GP per month above this are not covered.',
    ),
    unit: u('timer/måned', 'hours/month'),
  },
  shiftHours: {
    label: u('Timer per vakt', 'Hours per shift'),
    description: u(
      'Gjennomsnittlig lengde på en legevakt (kveld, natt, helg).',
      'Average length of a legevakt shift (evening, night, weekend).',
    ),
    unit: u('timer', 'hours'),
    sourceNote: 'a municipality plans "just over two shifts a month" as moderate (S80)',
  },
  onCallHourCostNok: {
    label: u('Kostnad per vakttime, andre leger', 'Cost per duty hour, other doctors'),
    description: u(
      'Kommunens kostnad per legevakttime som kjøpes fra andre leger.',
      'Municipal cost per legevakt hour bought from other doctors.',
    ),
    unit: u('kr/time', 'NOK/hour'),
  },
  grantMaxShareOfOnCall: {
    label: u('Største andel legevakt tilskuddet kan dekke', 'Largest share of legevakt the grant can cover'),
    description: u(
      'Største andel av fastlegenes vakttimer i en tilskuddskommune som tilskuddet kan erstatte.',
      'Largest share of GPs’ duty hours in a grant municipality that the grant can replace.',
    ),
    unit: u('andel', 'share'),
    sourceNote: 'max 1-1.5 mill per municipality (S50, S51)',
  },
  feeIncomePerPatient: {
    label: u('Takstinntekt per listepasient', 'Fee income per list patient'),
    description: u(
      'Refusjoner og egenandeler per listeinnbygger per år (2023).',
      'Fee refunds and co-payments per list resident per year (2023).',
    ),
    unit: u('kr/år', 'NOK/year'),
    sourceNote: 'derived: (7 291 + 2 232 + 147) mill / 5.32 mill list residents',
  },
  refundShareOfFees: {
    label: u('Statens andel av takstinntekten', 'State share of fee income'),
    description: u(
      'Andel av takstinntekten som er refusjon fra staten (resten er egenandeler).',
      'Share of fee income that is state refund (the rest is co-payment).',
    ),
    unit: u('andel', 'share'),
  },
  practiceCostShare: {
    label: u('Praksiskostnader som andel av inntekten', 'Practice costs as a share of income'),
    description: u(
      'Andel av fastlegens bruttoinntekt som går til kontor, ansatte og utstyr ved start. Kostnadene holdes faste, så en inntektsøkning gir større prosentvis økning i netto.',
      'Share of GP gross income spent on premises, staff and equipment at the start. Costs are held fixed, so a rise in income raises net income by more in percent.',
    ),
    unit: u('andel', 'share'),
  },
  breakpointOverRatio: {
    label: u('Sats over knekkpunktet', 'Rate above the break point'),
    description: u(
      'Satsen for pasienter over knekkpunktet som andel av satsen under (544/675 kr i 2022).',
      'Rate for patients above the break point as a share of the rate below (NOK 544/675 in 2022).',
    ),
    unit: u('andel', 'share'),
  },
  alisGrantNok: {
    label: u('ALIS-tilskudd per avtale', 'ALIS grant per agreement'),
    description: u('Statlig tilskudd per ALIS-avtale per år.', 'State grant per ALIS agreement per year.'),
    unit: u('kr/år', 'NOK/year'),
  },
  lis1CostNok: {
    label: u('Offentlig kostnad per LIS1-stilling', 'Public cost per LIS1 post'),
    description: u(
      'Tilskudd per LIS1-stilling per år i allmennlegetjenesten.',
      'Grant per LIS1 post per year in general practice.',
    ),
    unit: u('kr/år', 'NOK/year'),
    sourceNote: 'derived: 232 mill / 1 150 posts (2023)',
  },
  salariedExtraCostNok: {
    label: u('Merkostnad per fastlønt fastlege', 'Extra cost per salaried GP'),
    description: u(
      'Kommunens nettokostnad per år for en fastlønt fastlege utover det takstene dekker.',
      'Municipal net cost per year of a salaried GP beyond what the fees cover.',
    ),
    unit: u('kr/år', 'NOK/year'),
    sourceNote: 'municipalities pay 813 mill beyond the main model (2021, S3)',
  },
  staffFteCostNok: {
    label: u('Kostnad per årsverk annet personell', 'Cost per FTE of other staff'),
    description: u(
      'Lønn og sosiale kostnader per årsverk sykepleier o.l. på legekontoret.',
      'Salary and social costs per FTE of nurses and others in the practice.',
    ),
    unit: u('kr/år', 'NOK/year'),
  },
  localListNoiseScale: {
    label: u('Kommunens egne endringer i listelengde', 'Municipal list-length changes'),
    description: u(
      'Skalering av kommunens egen tilfeldige endring i listelengde per år i Monte Carlo (lister deles eller slås sammen av lokale grunner). 1 = like stor som i kommunens størrelsesgruppe i SSB-tallene fram til startåret.',
      'Scale of each municipality’s own random yearly change in list length in Monte Carlo runs (lists are split or merged for local reasons). 1 = as large as in its size band in the SSB rows up to the start year.',
    ),
    unit: u('faktor', 'factor'),
    sourceNote:
      'in sample (spread.ts): the smallest grid point within 1 % of the lowest CRPS of list length and share together, relative to no change, on a hindcast 2023 → 2024-2025; it scales the SD from SSB table 12005 rows up to the start year (10-90 % range of yearly log list-length changes net of the national change, by size band, 2025: 0.03-0.09)',
  },
  localAttractivenessSd: {
    label: u('Kommunens egne svingninger i rekruttering', 'Municipal swings in recruitment'),
    description: u(
      'Standardavvik (i logaritmer) for en tilfeldig, forbigående endring i hvor lett kommunen rekrutterer fastleger i Monte Carlo (et legekontor legges ned, en nøkkellege slutter, kommunen svarer med tiltak).',
      'Standard deviation (in logs) of a random, passing change in how easily the municipality recruits GPs in Monte Carlo runs (a practice closes, a key GP leaves, the municipality responds).',
    ),
    unit: u('log', 'log'),
    sourceNote:
      'in sample (spread.ts): the smallest grid point within 1 % of the lowest CRPS of the share without a GP on a hindcast 2023 → 2024-2025 (0.2-1 score almost alike; a wider spread raises the national total); many small municipalities stood at 25-55 % without a GP at some point in 2020-2025 and most such crises eased (SSB 12005)',
  },
  localAttractivenessYears: {
    label: u('Varighet av kommunens svingninger i rekruttering', 'Duration of municipal swings in recruitment'),
    description: u(
      'Tidskonstanten for hvor raskt en kommunes rekrutteringssvingning går tilbake.',
      'Time constant with which a municipality’s swing in recruitment fades.',
    ),
    unit: u('år', 'years'),
    sourceNote:
      'a year with a GP vacancy is followed by one without in 28-45 % of SSB 12005 rows up to 2022 (mean spell ≈ 2-3.5 years)',
  },
  localResponseRate: {
    label: u('Kommunens svar på egen legemangel', 'Municipal response to its own GP shortage'),
    description: u(
      'Hvor raskt en kommune med flere ledige lister med innbyggere på enn vanlig gjør seg mer attraktiv (fastlønn, rekrutteringstillegg, kortere lister): økning i log-attraktivitet per år per andel slike lister over kommunens varige nivå. En ny liste som står tom, teller ikke.',
      'How fast a municipality with more vacant lists with residents on them than usual makes itself more attractive (salaried posts, recruitment pay, shorter lists): growth of log attractiveness per year per share of such lists above its lasting level. A new list that stands empty does not count.',
    ),
    unit: u('per år', 'per year'),
    sourceNote:
      'chosen on a municipal hindcast 2023→2025 (share CRPS 5.23 → 4.60 percentage points from no response); many 2022-23 crises had eased by 2025 (SSB 12005)',
  },
  localResponseYears: {
    label: u('Varighet av kommunens svar', 'Duration of the municipal response'),
    description: u(
      'Tidskonstanten for hvor raskt kommunens ekstra innsats avtar når legemangelen er borte.',
      'Time constant with which the municipality’s extra effort fades once the shortage is over.',
    ),
    unit: u('år', 'years'),
  },
  maxWeeklyHours: {
    label: u('Øvre grense for ukentlig arbeidstid', 'Ceiling on weekly working hours'),
    description: u(
      'Flere timer i uka (fastlegepraksis og legevakt) enn dette tar ingen fastlege på seg: blir listene så tunge, kortes de ned, og innbyggerne utover står uten fastlege.',
      'No GP takes on more weekly hours (practice and legevakt) than this: when lists grow that heavy they are shortened, and the residents beyond are without a GP.',
    ),
    unit: u('timer/uke', 'hours/week'),
    sourceNote:
      'mean 55.6 h/week in 2018 and a quarter above 62.2 h (S14); the ceiling sits above the heaviest municipal mean the model has at the start',
  },
  delegatedShareAtFullRefund: {
    label: un(
      'Delegert arbeid når refusjonen er full',
      'Delegated work at a full refund',
      'Delegert arbeid når refusjonen er full',
    ),
    description: un(
      'Andel av fastlegens konsultasjonsarbeid som delegeres til sykepleiere når en delegert konsultasjon gir like mye refusjon som legens egen; ved lavere refusjon delegeres tilsvarende mindre.',
      'Share of the GP’s consultation work delegated to nurses when a delegated consultation pays the same refund as the doctor’s own; at a lower refund proportionally less is delegated.',
      'Del av konsultasjonsarbeidet til fastlegen som blir delegert til sjukepleiarar når ein delegert konsultasjon gjev like mykje refusjon som legen sin eigen; ved lågare refusjon blir tilsvarande mindre delegert.',
    ),
    unit: un('andel', 'share', 'del'),
    sourceNote:
      'at the 2026 refund (50 %) 1.5 % of consultations, some 250 000 a year (16.9 mill in 2023, S69); at about 230 NOK refund each (half of the ≈ 460 NOK a GP consultation brings in refunds: feeIncomePerPatient × refundShareOfFees over 3 consultations, S13, S69) that is close to the 50 mill for teams in the 2026 budget (seed 010)',
  },
  onlineGpWorkPerConsult: {
    label: un(
      'Arbeid spart per konsultasjon hos nettlegen',
      'Work saved per consultation with the online doctor',
      'Arbeid spart per konsultasjon hos nettlegen',
    ),
    description: un(
      'Hvor mye fastlegearbeid en konsultasjon hos nettlegen sparer, i forhold til en gjennomsnittlig konsultasjon: sakene som går dit, er som regel enkle.',
      'How much GP work one consultation with the online doctor saves, relative to an average consultation: the matters that go there are mostly simple.',
      'Kor mykje fastlegearbeid ein konsultasjon hos nettlegen sparer, samanlikna med ein gjennomsnittleg konsultasjon: sakene som går dit, er som regel enkle.',
    ),
    unit: un('andel', 'share', 'del'),
    sourceNote:
      'electronic consultations were about one in four or five of all in 2020-2023 (S72); no source gives their weight',
  },
  onlineGpConsultCostNok: {
    label: un(
      'Statens kostnad per konsultasjon hos nettlegen',
      'State cost per consultation with the online doctor',
      'Kostnaden for staten per konsultasjon hos nettlegen',
    ),
    description: un(
      'Det staten betaler for én konsultasjon hos den kommunale nettlegen (forsøket er statlig finansiert).',
      'What the state pays for one consultation with the municipal online doctor (the trial is funded by the state).',
      'Det staten betaler for éin konsultasjon hos den kommunale nettlegen (forsøket er statleg finansiert).',
    ),
    unit: un('kr', 'NOK', 'kr'),
    sourceNote:
      'about 83 mill for the trial in 2026 (seed 010) over just under 1 % of 16.9 mill consultations (S69) is about 600 NOK each',
  },
  youthFreeDemandRise: {
    label: un(
      'Flere besøk for 16–17-åringer uten egenandel',
      'More visits by 16–17-year-olds without a co-payment',
      'Fleire besøk for 16–17-åringar utan eigendel',
    ),
    description: un(
      'Hvor mye 16- og 17-åringer øker bruken av fastlegen når egenandelen faller bort.',
      'How much 16- and 17-year-olds increase their use of the GP when the co-payment goes.',
      'Kor mykje 16- og 17-åringar aukar bruken av fastlegen når eigendelen fell bort.',
    ),
    unit: un('andel', 'share', 'del'),
    sourceNote:
      'youth consultations rose 50 % in ten years (S72) with the co-payment in place; the rise from removing it is not measured (judgement)',
  },
  shockNeedRatio: {
    label: un('Behov hos de nye innbyggerne', 'Need of the new residents', 'Behov hos dei nye innbyggjarane'),
    description: un(
      'Behovet for fastlege per ny innbygger i et befolkningssjokk, i forhold til kommunens gjennomsnitt (1 = som andre innbyggere). Flyktninger er ofte yngre, men har mer behov den første tiden.',
      'Need for a GP per new resident of a population shock, relative to the municipality’s average (1 = like other residents). Refugees are often younger but need more care at first.',
      'Behovet for fastlege per ny innbyggjar i eit befolkningssjokk, samanlikna med snittet i kommunen (1 = som andre innbyggjarar). Flyktningar er ofte yngre, men treng meir den første tida.',
    ),
    unit: un('forhold', 'ratio', 'forhold'),
  },
  shockMoveAwayPerYear: {
    label: un(
      'Andel av de nye innbyggerne som flytter videre',
      'Share of the new residents who move on',
      'Del av dei nye innbyggjarane som flyttar vidare',
    ),
    description: un(
      'Andel av de ekstra innbyggerne fra et befolkningssjokk som flytter fra kommunen hvert år.',
      'Share of the extra residents of a population shock who leave the municipality each year.',
      'Del av dei ekstra innbyggjarane frå eit befolkningssjokk som flyttar frå kommunen kvart år.',
    ),
    unit: un('andel/år', 'share/year', 'del/år'),
    sourceNote:
      'many settled refugees move to another municipality within a few years (judgement; not in the fact sheet)',
  },
  emptyListFillYears: {
    label: un(
      'Tid før en ny liste uten lege får innbyggere',
      'Time before a new list without a GP gets residents',
      'Tid før ei ny liste utan lege får innbyggjarar',
    ),
    description: un(
      'En liste kommunen oppretter står tom til en lege tar den; innbyggerne blir så lenge på listene til legene som er der. Tidskonstanten for hvor raskt en ny liste som ingen lege har tatt, likevel får innbyggere (en vikar tar den, innbyggere flyttes dit). En liste en lege forlater, beholder innbyggerne sine. Lange tider: nye lister gir nesten aldri innbyggere uten fastlege.',
      'A list the municipality opens stands empty until a GP takes it; its residents stay on the lists of the GPs in post meanwhile. Time constant with which a new list no GP has taken still gets residents (a locum runs it, residents are moved to it). A list a GP leaves keeps its residents. Long times: new lists almost never leave residents without a GP.',
      'Ei liste kommunen opprettar, står tom til ein lege tek ho; innbyggjarane blir så lenge på listene til legane som er der. Tidskonstanten for kor raskt ei ny liste som ingen lege har teke, likevel får innbyggjarar (ein vikar tek ho, innbyggjarar blir flytte dit). Ei liste ein lege forlèt, held på innbyggjarane sine. Lange tider: nye lister gir nesten aldri innbyggjarar utan fastlege.',
    ),
    unit: un('år', 'years', 'år'),
    sourceNote:
      'in sample (spread.ts): the grid point (0.5-10 years) with the lowest Brier score of "at least one list without a GP" on a municipal hindcast 2023→2025 (0.2278 at half a year, 0.2246 at 10 years; 10 from every origin 2020-2024); in SSB 12005 (2025) vacant lists hold 0.55-0.96 of a mean list (quartiles over the 112 municipalities with one): most vacant lists are lists a GP left',
  },
  listPatientDriftScale: {
    label: un(
      'Endringer i hvem som står på kommunens lister',
      'Changes in who is on the municipality’s lists',
      'Endringar i kven som står på listene i kommunen',
    ),
    description: un(
      'SSB teller pasientene på kommunens lister, modellen teller innbyggerne. Forholdet mellom dem (Oslo 1,07, Bindal 1,21 i 2025: folk fra andre kommuner står på listene, egne innbyggere står andre steder) starter som i dataene og endrer seg i Monte Carlo av grunner modellen ikke ser. Skalering av den årlige endringen; 1 = like stor som endringene i listelengde i kommunens størrelsesgruppe i SSB-tallene. Påvirker bare listelengden, ikke hvor mange som er uten fastlege.',
      'SSB counts the patients on the municipality’s lists, the model counts its residents. Their ratio (Oslo 1.07, Bindal 1.21 in 2025: people from other municipalities are on its lists, its own residents are listed elsewhere) starts as in the data and moves in Monte Carlo runs for reasons the model does not see. Scale of the yearly change; 1 = as large as the list-length changes of its size band in the SSB rows. Moves the list length only, not how many residents are without a GP.',
      'SSB tel pasientane på listene i kommunen, modellen tel innbyggjarane. Forholdet mellom dei (Oslo 1,07, Bindal 1,21 i 2025: folk frå andre kommunar står på listene, eigne innbyggjarar står andre stader) startar som i dataa og endrar seg i Monte Carlo av grunnar modellen ikkje ser. Skalering av den årlege endringa; 1 = like stor som endringane i listelengd i storleiksgruppa til kommunen i SSB-tala. Påverkar berre listelengda, ikkje kor mange som er utan fastlege.',
    ),
    unit: un('faktor', 'factor', 'faktor'),
    sourceNote:
      'in sample (spread.ts): the grid point (0-2) with the lowest CRPS of list length on a municipal hindcast over the two years up to the origin; the ratio itself is SSB 12005 (2025: residents on lists over the population; hindcast origins: list length × whole GPs over residents with a GP); the ratio fades with `localListYears`',
  },
  localListYears: {
    label: un(
      'Varighet av kommunens egne endringer i listelengde',
      'Duration of municipal list-length changes',
      'Varigheit for endringane i listelengd i kommunen',
    ),
    description: un(
      'Tidskonstanten for hvor raskt en kommunes egen avvik i listelengde i Monte Carlo går tilbake. Spredningen det første året er som i SSB-tallene ganger skaleringen; på lang sikt vokser den ikke uten grense.',
      'Time constant with which a municipality’s own deviation in list length fades in Monte Carlo runs. The spread in the first year is as in the SSB rows times the scale; in the long run it does not grow without bound.',
      'Tidskonstanten for kor raskt det eigne avviket i listelengd i ein kommune går tilbake i Monte Carlo. Spreiinga det første året er som i SSB-tala gonger skaleringa; på lang sikt veks ho ikkje utan grense.',
    ),
    unit: un('år', 'years', 'år'),
    sourceNote:
      'the in-sample scale (2-6× the spread of the SSB rows) also carries the model’s own error in list length, which does not keep growing as a random walk would; in SSB 12005 the municipal 10-90 % range of list-length changes grows as √years up to 10 years (0.06 a year), which the effect still matches at 15 years with a time constant of 4 years and a scale of 3 or more (its long-run SD is 1.46 × scale × the yearly spread); validation reaches 5 years only',
  },
};

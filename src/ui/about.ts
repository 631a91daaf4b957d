/**
 * "Om modellen": what the model does and does not do, its data and version, how to read the bands, and the
 * sources with their links.
 */
import { dataSources, documentSources } from './citations.ts';
import { h } from './dom.ts';
import { getLocale, isNorwegian, loc, nnOr } from './i18n.ts';
import { validationSection } from './trackRecord/aboutTables.ts';

declare const __APP_VERSION__: string;
declare const __DATA_VERSION__: string;

interface Section {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

export const NB: readonly Section[] = [
  {
    heading: 'Hva modellen gjør',
    paragraphs: [
      'Fastlegesimulatoren fremskriver fastlegeordningen måned for måned fra 31. desember 2025 til 2040 for alle 357 kommuner samtidig. Den starter fra den faktiske situasjonen i hver kommune (SSB, KOSTRA-tabell 12005): fastleger, lister med og uten fast lege, listelengde og innbyggere uten fastlege.',
      'Fastleger kommer fra en nasjonal kandidatpool (LIS1, ALIS og leger fra utlandet) som kommunene konkurrerer om etter hvor attraktive stillingene er: inntekt, arbeidstid, legevaktbelastning, sentralitet og tilbud om fastlønn. Leger slutter etter kommunestørrelse og sentralitet, mer ved lange arbeidsuker og tung legevakt, mindre ved høyere inntekt, og ved pensjonering. Listelengden beveger seg mot det legene ønsker ut fra arbeid og inntekt per pasient. En liste kommunen oppretter, står tom til en lege tar den; innbyggerne den er ment for, blir så lenge på listene til legene som er der. En liste en lege forlater, beholder innbyggerne sine, og de står uten fastlege til listen får en ny lege. En kommune med flere slike lister uten lege enn vanlig gjør seg mer attraktiv (fastlønn, rekrutteringstillegg, kortere lister) til mangelen er borte; mangel som alle kommuner har, flytter bare leger mellom dem og gir ikke slik drahjelp. Legevakt fordeles i legevaktdistrikter; timer ingen dekker vises som udekkede timer.',
      'Hvert virkemiddel virker gjennom en egen årsakskjede, og kommer fra kildedokumentene (trykk «i» ved virkemiddelet). Forutsetningene (effektstørrelser) står for seg, med kilde eller ordet «skjønn».',
    ],
  },
  {
    heading: 'Hva modellen ikke gjør',
    paragraphs: [
      'Modellen er et verktøy for å sammenligne virkemidler, ikke en prognose for én bestemt kommune. Lokale forhold som enkeltlegers planer, bolig, arbeid til partner eller et nytt legesenter er ikke med. Små kommuner har få leger, så ett bytte gir store utslag; se usikkerhetsbåndet.',
      'Legevaktdistriktene er konstruert fra kommunenes naboskap og folketall, ikke fra de faktiske avtalene. Kostnader er i faste kroner og omfatter basistilskudd, refusjoner, tilskudd og kommunale tilleggskostnader, ikke alle utgifter i helsetjenesten.',
      'Det første året etter starten i 2025 får kommuner med mange innbyggere uten fastlege trolig lege raskere i modellen enn de vil i virkeligheten. Ved årsskiftet sto få lister uten lege i landet, modellen oppretter få nye lister det første året, og nesten alle nye fastleger går da til de ledige listene. I tilbakeblikkene traff modellen i snitt hvor fort krisene lettet (se «Treffsikkerhet»), men der var det flere ledige lister å fordele legene på. Sannsynlighetene i nøkkeltallene veier derfor inn hvor ofte kommuner som sto likt, fortsatt hadde lister uten fastlege.',
    ],
  },
  {
    heading: 'Slik leser du grafene',
    paragraphs: [
      'Stiplet linje er dagens politikk; heltrukket linje er ditt scenario. Kryssene er historiske tall. Mens du flytter et virkemiddel viser linjene forventet utvikling (én deterministisk kjøring). Når du slipper, kjøres en Monte Carlo-beregning: mange kjøringer der forutsetningene trekkes innenfor sine spenn og tilfeldige avganger og rekrutteringer trekkes for hver kommune. Linjene viser da medianen, og det skraverte båndet viser intervallet der 80 % av kjøringene havner (10. til 90. persentil).',
      'Kjøring nummer i bruker samme tilfeldige tall i alle scenarioer, så forskjellen mellom scenarioene skyldes politikken, ikke tilfeldigheter.',
      'Tall før høsten 2022 for innbyggere uten fastlege er for lave: da begynte Helfo å be kommunene registrere ubesatte lister. Modellen regner på det fullstendige grunnlaget.',
    ],
  },
  {
    heading: 'Data og kilder',
    paragraphs: [
      'Statistisk sentralbyrå (SSB): folketall 2015–2026, befolkning etter alder og kjønn, befolkningsframskrivinger 2024, sentralitetsindeks og KOSTRA 12005. Helsedirektoratet: nøkkeltall for fastlegeordningen og ALIS-tilskudd. Helfo og statsavtalen: satser for basistilskudd. Kartverket: kommunegrenser (CC BY 4.0).',
      'Alt kjører i nettleseren din. Ingen data sendes ut, og siden fungerer uten nettforbindelse.',
    ],
  },
];

const EN: readonly Section[] = [
  {
    heading: 'What the model does',
    paragraphs: [
      'The simulator projects Norway’s regular GP scheme month by month from 31 December 2025 to 2040 for all 357 municipalities at once. It starts from each municipality’s actual situation (Statistics Norway, KOSTRA table 12005): GPs, lists with and without a GP, list length and residents without a GP.',
      'GPs come from a national pool of candidates (LIS1, ALIS and doctors from abroad) that municipalities compete for by how attractive their posts are: income, hours, out-of-hours (legevakt) load, centrality and the offer of a salaried post. GPs leave by municipality size and centrality, more with long weeks and heavy legevakt, less with higher income, and on retirement. List length moves toward what GPs want given work and income per patient. A list the municipality opens stands empty until a GP takes it; the residents it was opened for stay on the lists of the GPs in post meanwhile. A list a GP leaves keeps its residents, who are without a GP until the list gets a new one. A municipality with more such lists without a GP than usual makes itself more attractive (salaried posts, recruitment pay, shorter lists) until the shortage is over; a shortage every municipality shares only moves GPs between them and gets no such help. Legevakt is shared within districts; hours nobody covers are shown as uncovered hours.',
      'Each lever acts through its own causal pathway and comes from the source documents (press “i” beside the lever). The assumptions (effect sizes) are kept apart, each with its source or the word “judgement”.',
    ],
  },
  {
    heading: 'What the model does not do',
    paragraphs: [
      'The model is a tool to compare policy levers, not a forecast for one particular municipality. Local circumstances such as individual GPs’ plans, housing, a partner’s job or a new practice are not in it. Small municipalities have few GPs, so one change moves the figures a lot; see the uncertainty band.',
      'Legevakt districts are constructed from municipal neighbourhood and population, not from the actual agreements. Costs are in fixed NOK and cover capitation, fee refunds, grants and extra municipal costs, not all health-service spending.',
      'In the first year after the 2025 start, municipalities with many residents without a GP probably get GPs faster in the model than they will in reality. At the turn of the year few lists in the country stood without a GP, the model opens few new lists in its first year, and almost all new GPs then go to the vacant lists. In the hindcasts the model matched on average how fast crises eased (see “Track record”), but there were more vacant lists to share the GPs between. The probabilities in the key figures therefore weigh in how often municipalities that stood alike still had lists without a GP.',
    ],
  },
  {
    heading: 'How to read the charts',
    paragraphs: [
      'The dashed line is current policy; the solid line is your scenario. Crosses are historical figures. While you move a lever the lines show the expected path (one deterministic run). When you let go, a Monte Carlo computation follows: many runs in which the assumptions are drawn within their ranges and random joiners and leavers are drawn for each municipality. The lines then show the median and the shaded band the range where 80% of runs fall (10th to 90th percentile).',
      'Run number i uses the same random numbers in every scenario, so differences between scenarios come from policy, not chance.',
      'Counts of residents without a GP before autumn 2022 are too low: that is when Helfo began asking municipalities to register unfilled lists. The model works on the complete basis.',
    ],
  },
  {
    heading: 'Data and sources',
    paragraphs: [
      'Statistics Norway (SSB): population 2015–2026, population by age and sex, 2024 population projections, centrality index and KOSTRA 12005. Norwegian Directorate of Health: key figures of the GP scheme and ALIS grants. Helfo and the state agreement: capitation rates. Kartverket: municipal boundaries (CC BY 4.0).',
      'Everything runs in your browser. No data is sent anywhere, and the page works offline.',
    ],
  },
];

/** The dialog's content in the current language. */
export function aboutContent(): HTMLElement {
  const l = getLocale();
  // nynorsk: the bokmål sections looked up in strings/nnTexts.ts
  const sections =
    l === 'en'
      ? EN
      : l === 'nn'
        ? NB.map((s) => ({ heading: nnOr(s.heading), paragraphs: s.paragraphs.map(nnOr) }))
        : NB;
  const wrap = h('div', { class: 'about-body' });
  for (const s of sections) {
    wrap.append(h('h3', {}, s.heading), ...s.paragraphs.map((p) => h('p', {}, p)));
  }
  // the sources with their links (citations.ts)
  const link = (it: { text: string; url?: string }) =>
    h(
      'li',
      {},
      it.text,
      it.url ? ' ' : null,
      it.url ? h('a', { href: it.url, rel: 'noopener noreferrer', target: '_blank' }, it.url) : null,
    );
  wrap.append(
    h('h3', {}, loc({ nb: 'Kilder med lenker', nn: 'Kjelder med lenkjer', en: 'Sources with links' })),
    h('ul', { class: 'sources about-sources' }, ...dataSources().map(link), ...documentSources().map(link)),
  );
  wrap.append(validationSection());
  wrap.append(
    h(
      'p',
      { class: 'about-version' },
      isNorwegian()
        ? `Modellversjon ${__APP_VERSION__}, data ${__DATA_VERSION__}.`
        : `Model version ${__APP_VERSION__}, data ${__DATA_VERSION__}.`,
    ),
  );
  return wrap;
}

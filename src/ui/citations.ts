/**
 * Source citations for levers and assumptions: seed records (title, publisher, date, and a link where the address
 * is known) and fact ids; the data sources with their links; internal references ("FACTS.md S38") as human
 * citations.
 */
import { getSeedCitation, SEED_CITATIONS, type SeedCitation } from '../levers/seedCitations.ts';
import type { LeverSource, Localized } from '../levers/types.ts';
import { h } from './dom.ts';
import { loc, localeTag, t } from './i18n.ts';
import './strings/later.ts';

function formatSeedDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return date;
  const tag = localeTag();
  if (d && m) return new Intl.DateTimeFormat(tag, { dateStyle: 'long' }).format(new Date(Date.UTC(y, m - 1, d)));
  if (m)
    return new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric' }).format(new Date(Date.UTC(y, m - 1, 1)));
  return String(y);
}

/** A list of the source documents a lever comes from, with what each says (in our words). */
export function sourceList(leverId: string, sources: readonly LeverSource[], facts: readonly string[]): HTMLElement {
  const list = h('ul', { class: 'sources' });
  for (const s of sources) {
    const seed = getSeedCitation(s.seed);
    if (!seed) continue;
    // what the document says about this lever, from our record of it (in both languages)
    const how = seed.levers.find((l) => l.id === leverId)?.how;
    list.append(
      h(
        'li',
        {},
        seedLink(seed)
          ? h(
              'cite',
              {},
              h('a', { href: seedLink(seed)!, rel: 'noopener noreferrer', target: '_blank' }, loc(seed.title)),
            )
          : h('cite', {}, loc(seed.title)),
        `, ${seed.publisher}, ${formatSeedDate(seed.date)}`,
        how ? h('span', { class: 'source-note' }, ` – ${loc(how)}`) : null,
      ),
    );
  }
  const wrap = h('div', {}, h('p', { class: 'sources-heading' }, t('sources')), list);
  if (facts.length > 0) wrap.append(h('p', { class: 'facts' }, `${t('factsIds')}: ${facts.join(', ')}`));
  return wrap;
}

/**
 * Links for the source documents 000-004 (their records carry no address; the records and FACTS.md must not change,
 * so the addresses are mapped here; the later records carry their own, seedLink). Only addresses that were checked; a
 * document without one is cited by title.
 */
export const SEED_LINKS: Readonly<Record<string, string>> = {
  '003-ekspertutvalget-2023':
    'https://www.regjeringen.no/no/aktuelt/ekspertutvalget-for-allmennlegetjenesten-leverte-sin-rapport-18.-april/id2971387/',
};

/** A source document's title in the page's language (a lever's scope cites it), or undefined for an unknown id. */
export function scopeCitation(id: string): string | undefined {
  const seed = getSeedCitation(id);
  return seed ? loc(seed.title) : undefined;
}

/** The money envelopes the source documents refer to, each with its document (the comparison's budget view). */
export function budgetEnvelopes(): { e: SeedCitation['budgetEnvelopes'][number]; seed: SeedCitation }[] {
  return SEED_CITATIONS.flatMap((s) => s.budgetEnvelopes.map((e) => ({ e, seed: s })));
}

/** A source document's address: the one mapped above, or the record's own (the records of 2024-2026 carry one). */
function seedLink(seed: { readonly id: string; readonly url?: string }): string | undefined {
  return SEED_LINKS[seed.id] ?? seed.url;
}

/** The data sources behind the start values and history, with their addresses (FACTS.md S69, S1, S18, D1). */
export function dataSources(): { text: string; url?: string }[] {
  return [
    {
      text: loc({
        nb: 'Statistisk sentralbyrå (SSB): Allmennlegetjenesten, KOSTRA-tabell 12005, folketall og befolkningsframskrivinger.',
        nn: 'Statistisk sentralbyrå (SSB): Allmennlegetenesta, KOSTRA-tabell 12005, folketal og befolkningsframskrivingar.',
        en: 'Statistics Norway (SSB): GP services, KOSTRA table 12005, population and population projections.',
      }),
      url: 'https://www.ssb.no/helse/helsetjenester/statistikk/allmennlegetjenesten',
    },
    {
      text: loc({
        // the report's title
        nb: 'Helsedirektoratet: Allmennlegetjenesten – årsrapport 2023 inklusive status per mai 2024.',
        nn: 'Helsedirektoratet: Allmennlegetjenesten – årsrapport 2023 inklusive status per mai 2024.',
        en: 'Norwegian Directorate of Health: GP services – annual report 2023 including status as of May 2024.',
      }),
      url: 'https://www.helsedirektoratet.no/rapporter/allmennlegetjenesten-arsrapport-2023-inklusive-status-per-mai-2024/utvikling-i-fastlegeordningen',
    },
    {
      text: loc({
        nb: 'Helfo: Pasienttilpasset basistilskudd.',
        nn: 'Helfo: Pasienttilpassa basistilskot.',
        en: 'Helfo: Patient-adjusted capitation.',
      }),
      url: 'https://www.helfo.no/fastlegeordninga/pasienttilpasset-basistilskudd',
    },
    {
      text: loc({
        nb: 'Kartverket: kommunegrenser (CC BY 4.0).',
        nn: 'Kartverket: kommunegrenser (CC BY 4.0).',
        en: 'Kartverket (Norwegian Mapping Authority): municipal boundaries (CC BY 4.0).',
      }),
    },
  ];
}

/** The source documents the levers come from: title, publisher, date, and the address where it is known. */
export function documentSources(): { text: string; url?: string }[] {
  return SEED_CITATIONS.map((s) => ({
    text: `${loc(s.title)}. ${s.publisher}, ${formatSeedDate(s.date)}.`,
    ...(seedLink(s) ? { url: seedLink(s) } : {}),
  }));
}

/** FACTS.md ids that appear in texts shown to users, as human citations (FACTS.md §4). */
const FACT_CITATIONS: Readonly<Record<string, Localized & { url?: string }>> = {
  S38: {
    nb: 'VG via Hardanger Folkeblad, oktober 2022 (statsbudsjettet 2023)',
    nn: 'VG via Hardanger Folkeblad, oktober 2022 (statsbudsjettet 2023)',
    en: 'VG via Hardanger Folkeblad, October 2022 (state budget 2023)',
  },
  S40: {
    nb: 'NPK via Fjordabladet, 11. mai 2020 (handlingsplanen for allmennlegetjenesten)',
    nn: 'NPK via Fjordabladet, 11. mai 2020 (handlingsplanen for allmennlegetenesta)',
    en: 'NPK via Fjordabladet, 11 May 2020 (action plan for GP services)',
  },
  S41: {
    nb: 'Regjeringen: Gjennomgang av allmennlegetjenesten (ekspertutvalgets rapport, 18. april 2023)',
    nn: 'Regjeringa: Gjennomgang av allmennlegetenesta (rapporten frå ekspertutvalet, 18. april 2023)',
    en: 'Government: Review of GP services (expert committee report, 18 April 2023)',
    url: SEED_LINKS['003-ekspertutvalget-2023'],
  },
};

/**
 * A text with internal references ("FACTS.md S38") replaced by the human citation, and the links of the
 * citations it names (for exports that can show them).
 */
export function humanCitations(text: string): { text: string; links: string[] } {
  const links: string[] = [];
  const out = text.replace(/FACTS\.md\s+(S\d+)/g, (whole, id: string) => {
    const c = FACT_CITATIONS[id];
    if (!c) return loc({ nb: 'faktagrunnlaget', nn: 'faktagrunnlaget', en: 'the fact sheet' });
    if (c.url) links.push(c.url);
    return loc(c);
  });
  return { text: out, links };
}

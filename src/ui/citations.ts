/** Source citations for levers and assumptions: seed records (title, publisher, date) and fact ids. */
import { getSeed } from '../levers/seeds.ts';
import type { LeverSource } from '../levers/types.ts';
import { h } from './dom.ts';
import { getLocale, loc, t } from './i18n.ts';

function formatSeedDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return date;
  const tag = getLocale() === 'nb' ? 'nb-NO' : 'en-GB';
  if (d && m) return new Intl.DateTimeFormat(tag, { dateStyle: 'long' }).format(new Date(Date.UTC(y, m - 1, d)));
  if (m)
    return new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric' }).format(new Date(Date.UTC(y, m - 1, 1)));
  return String(y);
}

/** A list of the source documents a lever comes from, with what each says (in our words). */
export function sourceList(leverId: string, sources: readonly LeverSource[], facts: readonly string[]): HTMLElement {
  const list = h('ul', { class: 'sources' });
  for (const s of sources) {
    const seed = getSeed(s.seed);
    if (!seed) continue;
    // what the document says about this lever, from our record of it (in both languages)
    const how = seed.levers.find((l) => l.id === leverId)?.how;
    list.append(
      h(
        'li',
        {},
        h('cite', {}, loc(seed.title)),
        `, ${seed.publisher}, ${formatSeedDate(seed.date)}`,
        how ? h('span', { class: 'source-note' }, ` – ${loc(how)}`) : null,
      ),
    );
  }
  const wrap = h('div', {}, h('p', { class: 'sources-heading' }, t('sources')), list);
  if (facts.length > 0) wrap.append(h('p', { class: 'facts' }, `${t('factsIds')}: ${facts.join(', ')}`));
  return wrap;
}

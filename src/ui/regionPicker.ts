/**
 * Region picker: an accessible combobox (ARIA 1.2 pattern) over the whole country, counties, centrality
 * classes and municipalities, filtered by name or number as you type, sorted with Norwegian collation
 * (Aremark … Ørsta, Ålesund, Ås). Municipalities with imputed start values say so.
 */
import { clear, h } from './dom.ts';
import { isNorwegian, t } from './i18n.ts';
import type { RegionOption } from './sim/protocol.ts';

const MAX_SHOWN = 60;

export function regionLabel(o: RegionOption): string {
  switch (o.type) {
    case 'national':
      return t('regionNational');
    case 'fylke':
      return `${o.name} (${t('regionCounty')} ${o.code})`;
    case 'sentralitet':
      return `${t('regionCentrality')} ${o.code}`;
    case 'kommune':
      return `${o.name} (${o.code})${o.county ? `, ${o.county}` : ''}`;
  }
}

export class RegionPicker {
  private input!: HTMLInputElement;
  private list!: HTMLUListElement;
  private shown: RegionOption[] = [];
  private active = -1;
  private blurTimer: ReturnType<typeof setTimeout> | undefined;
  private selected: RegionOption;
  private readonly collator = new Intl.Collator('nb', { sensitivity: 'base' });

  constructor(
    private readonly root: HTMLElement,
    private readonly options: readonly RegionOption[],
    initial: string,
    private readonly onPick: (o: RegionOption) => void,
  ) {
    this.selected = options.find((o) => o.value === initial) ?? options[0]!;
  }

  get value(): RegionOption {
    return this.selected;
  }

  render(): void {
    clear(this.root);
    this.input = h('input', {
      type: 'text',
      id: 'region-input',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': 'region-list',
      'aria-describedby': 'region-help',
      autocomplete: 'off',
      spellcheck: 'false',
    });
    this.list = h('ul', {
      id: 'region-list',
      role: 'listbox',
      class: 'region-list',
      hidden: true,
      'aria-label': t('region'),
    });
    this.input.value = regionLabel(this.selected);
    this.input.addEventListener('input', () => {
      clearTimeout(this.blurTimer);
      this.filter(this.input.value, true);
    });
    this.input.addEventListener('focus', () => {
      clearTimeout(this.blurTimer);
      this.input.select();
    });
    this.input.addEventListener('keydown', (e) => this.key(e));
    this.input.addEventListener('blur', () => {
      // let a click on an option land first; focus coming back cancels this
      clearTimeout(this.blurTimer);
      this.blurTimer = setTimeout(() => {
        this.close();
        this.input.value = regionLabel(this.selected);
      }, 150);
    });
    this.root.append(
      h('label', { for: 'region-input', class: 'region-label' }, t('region')),
      h('p', { id: 'region-help', class: 'hint' }, t('regionHelp')),
      h('div', { class: 'region-combo' }, this.input, this.list),
    );
  }

  /** Options matching the text: names starting with it first, then containing it; numbers by prefix. */
  matches(text: string): RegionOption[] {
    const q = text.trim().toLocaleLowerCase(isNorwegian() ? 'nb' : 'en');
    const all = this.options.map((o) => ({ o, label: regionLabel(o).toLocaleLowerCase('nb') }));
    if (q === '') return this.sorted(this.options);
    const starts: RegionOption[] = [];
    const contains: RegionOption[] = [];
    for (const { o, label } of all) {
      const name = (o.type === 'kommune' || o.type === 'fylke' ? o.name : label).toLocaleLowerCase('nb');
      if (name.startsWith(q) || o.code.startsWith(q) || label.startsWith(q)) starts.push(o);
      else if (label.includes(q)) contains.push(o);
    }
    return [...this.sorted(starts), ...this.sorted(contains)];
  }

  private sorted(list: readonly RegionOption[]): RegionOption[] {
    const rank = { national: 0, fylke: 1, sentralitet: 2, kommune: 3 } as const;
    return [...list].sort(
      (a, b) => rank[a.type] - rank[b.type] || this.collator.compare(regionLabel(a), regionLabel(b)),
    );
  }

  private filter(text: string, open: boolean): void {
    this.shown = this.matches(text).slice(0, MAX_SHOWN);
    this.active = this.shown.length > 0 ? 0 : -1;
    clear(this.list);
    if (this.shown.length === 0) {
      this.list.append(
        h(
          'li',
          { role: 'option', 'aria-disabled': 'true', class: 'no-match', id: 'region-opt-none' },
          t('regionNoMatch'),
        ),
      );
    }
    this.shown.forEach((o, i) => {
      const li = h(
        'li',
        { role: 'option', id: `region-opt-${i}`, 'data-value': o.value, 'aria-selected': String(i === this.active) },
        regionLabel(o),
        o.imputed && o.type === 'kommune'
          ? h('span', { class: 'imputed-tag' }, ` – ${t('regionImputed').split(' (')[0]}`)
          : null,
      );
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        this.pick(o);
      });
      this.list.append(li);
    });
    if (open) this.open();
    this.highlight();
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private highlight(): void {
    const items = this.list.querySelectorAll<HTMLLIElement>('[role=option]');
    items.forEach((li, i) => li.setAttribute('aria-selected', String(i === this.active)));
    const cur = this.active >= 0 ? items[this.active] : undefined;
    if (cur && cur.id !== 'region-opt-none') {
      this.input.setAttribute('aria-activedescendant', cur.id);
      cur.scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  private key(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (this.list.hidden) this.filter(this.input.value === regionLabel(this.selected) ? '' : this.input.value, true);
      else if (this.shown.length > 0) {
        const d = e.key === 'ArrowDown' ? 1 : -1;
        this.active = (this.active + d + this.shown.length) % this.shown.length;
        this.highlight();
      }
    } else if (e.key === 'Enter') {
      if (!this.list.hidden && this.active >= 0 && this.shown[this.active]) {
        e.preventDefault();
        this.pick(this.shown[this.active]!);
      }
    } else if (e.key === 'Escape') {
      this.close();
      this.input.value = regionLabel(this.selected);
    }
  }

  /** Selects a region without telling the host (the host is setting it). False when unknown. */
  select(value: string): boolean {
    const o = this.options.find((x) => x.value === value);
    if (!o) return false;
    this.selected = o;
    if (this.input) this.input.value = regionLabel(o);
    return true;
  }

  pick(o: RegionOption): void {
    this.selected = o;
    this.input.value = regionLabel(o);
    this.close();
    this.onPick(o);
  }
}

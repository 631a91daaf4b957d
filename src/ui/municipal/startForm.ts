/**
 * The panel "Kommunens tall og hendelser" (issue #14), shown when the region is a municipality: its start figures
 * prefilled from the model's start (asked of the worker, which holds the data), each with its source, editable and
 * checked (a refused value gets a message naming the field and range and never replaces the value in use); its
 * legevakt district (the model's, an estimate, with municipalities of the county to add); and its dated events.
 * Every change is one undo step in the scenario's state (withMunicipalStart / withMunicipalEvents).
 */
import type { CodeSet, MunicipalStart } from '../../engine/start/startOverrides.ts';
import type { LocalEvent } from '../../engine/step/localEvents.ts';
import { clear, h } from '../dom.ts';
import { t } from '../i18n.ts';
import '../strings/later.ts';
import type { RegionOption, StartFigures } from '../sim/protocol.ts';
import { municipalPlanOf, withMunicipalEvents, withMunicipalStart, type ScenarioState } from '../state.ts';
import {
  addEvent,
  checkStartField,
  displayValue,
  districtWith,
  EVENT_FIRST_YEAR,
  EVENT_KINDS,
  EVENT_LAST_YEAR,
  eventLabel,
  resetStartField,
  START_FIELDS,
  type FieldSpec,
} from './plan.ts';

export interface MunicipalPanelHost {
  readonly state: () => ScenarioState;
  readonly commit: (next: ScenarioState, what: string) => void;
  /** The model's start figures of a municipality (the worker's). */
  readonly figures: (code: string, assumptions: Readonly<Record<string, number>>) => Promise<StartFigures>;
  readonly knownCodes: CodeSet;
  /** A municipality's name by its number. */
  readonly nameOf: (code: string) => string;
  readonly announce: (text: string) => void;
}

interface FieldRow {
  readonly spec: FieldSpec;
  readonly row: HTMLElement;
  readonly input: HTMLInputElement;
  readonly marker: HTMLElement;
  readonly reset: HTMLButtonElement;
  readonly error: HTMLElement;
  readonly modelHint: HTMLElement;
  /** The text last applied or shown (a change event with the same text is no edit). */
  shown: string;
}

export class MunicipalPanel {
  private code: string | null = null;
  private county = '';
  private figures: StartFigures | null = null;
  private figuresKey = '';
  private readonly cache = new Map<string, Promise<StartFigures>>();
  private open = false;
  private rows: FieldRow[] = [];
  private districtBoxes: { code: string; box: HTMLInputElement }[] = [];
  private districtMarker: HTMLElement | null = null;
  private districtReset: HTMLButtonElement | null = null;
  private eventList: HTMLElement | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly host: MunicipalPanelHost,
  ) {}

  /** The region on screen changed: shows the panel for a municipality, hides it otherwise. */
  setRegion(o: RegionOption): void {
    if (o.type !== 'kommune') {
      this.code = null;
      this.figures = null;
      this.root.hidden = true;
      clear(this.root);
      return;
    }
    if (o.code === this.code) return;
    this.code = o.code;
    this.county = o.county ?? '';
    this.figures = null;
    this.root.hidden = false;
    void this.load();
  }

  /** After undo, redo, an opened scenario or a link: the values shown follow the state. */
  sync(): void {
    if (!this.code) return;
    if (this.keyOf(this.code) !== this.figuresKey) {
      void this.load();
      return;
    }
    this.syncValues(true);
  }

  /** The language changed: everything is drawn again. */
  render(): void {
    if (!this.code) return;
    this.draw();
  }

  private ownStart(): MunicipalStart {
    return municipalPlanOf(this.host.state(), this.code!).start ?? {};
  }

  private ownEvents(): readonly LocalEvent[] {
    return municipalPlanOf(this.host.state(), this.code!).events ?? [];
  }

  private keyOf(code: string): string {
    return `${code}|${JSON.stringify(this.host.state().assumptions)}`;
  }

  private async load(): Promise<void> {
    const code = this.code!;
    const key = this.keyOf(code);
    if (!this.figures) {
      clear(this.root);
      this.root.append(h('p', { class: 'hint', role: 'status', text: t('munLoading') }));
    }
    let p = this.cache.get(key);
    if (!p) {
      p = this.host.figures(code, this.host.state().assumptions);
      if (this.cache.size > 30) this.cache.clear();
      this.cache.set(key, p);
      p.catch(() => this.cache.delete(key));
    }
    try {
      const f = await p;
      if (this.code !== code) return; // another municipality meanwhile
      this.figures = f;
      this.figuresKey = key;
      this.draw();
    } catch {
      if (this.code !== code) return;
      clear(this.root);
      this.root.append(h('p', { class: 'field-error', role: 'alert', text: t('munLoadFailed') }));
    }
  }

  private draw(): void {
    const f = this.figures;
    if (!f) return;
    clear(this.root);
    const details = h(
      'details',
      { class: 'municipal-panel', open: this.open },
      h('summary', { text: t('munSummary', { name: f.name }) }),
    );
    details.addEventListener('toggle', () => (this.open = details.open));
    const startHeading = h('h3', { id: 'mun-start-heading', class: 'mun-heading', text: t('munHeading') });
    const startSection = h(
      'section',
      { 'aria-labelledby': 'mun-start-heading' },
      startHeading,
      h('p', { class: 'hint', text: t('munIntro', { name: f.name }) }),
    );
    this.rows = START_FIELDS.map((spec) => this.fieldRow(spec, f));
    const grid = h('div', { class: 'mun-fields' });
    for (const r of this.rows) grid.append(r.row);
    startSection.append(grid, this.districtBlock(f));
    details.append(startSection, this.eventsBlock(f));
    this.root.append(details);
    this.syncValues(true);
  }

  private fieldRow(spec: FieldSpec, f: StartFigures): FieldRow {
    const id = `mun-${spec.id}`;
    const source =
      f.imputed && (spec.id === 'gps' || spec.id === 'listsWithoutGp') ? t('munSourceImputed') : t(spec.source);
    const input = h('input', {
      id,
      type: 'text',
      inputmode: 'decimal',
      autocomplete: 'off',
      class: 'mun-input',
      'aria-describedby': `${id}-source ${id}-error`,
    });
    const marker = h('span', { class: 'changed-marker', text: t('changed'), hidden: true });
    const reset = h('button', {
      type: 'button',
      class: 'ds-button',
      'data-variant': 'tertiary',
      'data-size': 'sm',
      text: t('munReset'),
      'aria-label': t('munResetLabel', { field: t(spec.label) }),
      hidden: true,
    });
    const modelHint = h('span', { text: t('munModelValue', { value: displayValue(spec, f[spec.id]) }) });
    const error = h('p', { class: 'field-error', id: `${id}-error`, role: 'alert', hidden: true });
    const row = h(
      'div',
      { class: 'mun-field', 'data-mun-field': spec.id },
      h('div', { class: 'mun-field-head' }, h('label', { for: id, text: t(spec.label) }), marker),
      h('div', { class: 'mun-field-input' }, input, reset),
      h('p', { class: 'hint', id: `${id}-source` }, `${source}. `, modelHint),
      error,
    );
    const r: FieldRow = { spec, row, input, marker, reset, error, modelHint, shown: '' };
    const apply = () => {
      if (input.value === r.shown && input.getAttribute('aria-invalid') !== 'true') return;
      this.applyField(r);
    };
    input.addEventListener('change', apply);
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') apply();
    });
    reset.addEventListener('click', () => {
      this.commitStart(resetStartField(this.ownStart(), spec.id), t(spec.label));
      this.clearError(r);
      input.focus();
    });
    return r;
  }

  private applyField(r: FieldRow): void {
    const f = this.figures!;
    const checked = checkStartField(this.ownStart(), f, r.spec.id, r.input.value, this.host.knownCodes);
    if (!checked.ok) {
      const own = this.ownStart()[r.spec.id];
      const inUse = displayValue(r.spec, own ?? f[r.spec.id]);
      r.error.textContent = `${checked.message} ${t('munInUse', { value: inUse })}`;
      r.error.hidden = false;
      r.input.setAttribute('aria-invalid', 'true');
      return;
    }
    this.clearError(r);
    this.commitStart(checked.start, t(r.spec.label));
  }

  private clearError(r: FieldRow): void {
    r.error.hidden = true;
    r.error.textContent = '';
    r.input.removeAttribute('aria-invalid');
  }

  private commitStart(start: MunicipalStart, field: string): void {
    const code = this.code!;
    this.host.commit(
      withMunicipalStart(this.host.state(), code, start),
      t('munChangedWhat', { name: this.figures!.name, field }),
    );
    this.syncValues(false);
  }

  private districtBlock(f: StartFigures): HTMLElement {
    const members = f.district.map((d) => d.name).join(', ');
    this.districtMarker = h('span', { class: 'changed-marker', text: t('changed'), hidden: true });
    this.districtReset = h('button', {
      type: 'button',
      class: 'ds-button',
      'data-variant': 'tertiary',
      'data-size': 'sm',
      text: t('munReset'),
      'aria-label': t('munResetLabel', { field: t('munDistrict') }),
      hidden: true,
    });
    this.districtReset.addEventListener('click', () => {
      this.commitStart(resetStartField(this.ownStart(), 'legevaktDistrict'), t('munDistrict'));
      this.districtReset?.focus();
    });
    const inModel = new Set(f.district.map((d) => d.code));
    const candidates = f.nearby.filter((n) => !inModel.has(n.code));
    this.districtBoxes = candidates.map((n) => {
      const box = h('input', { type: 'checkbox', id: `mun-district-${n.code}`, value: n.code });
      box.addEventListener('change', () => this.applyDistrict());
      return { code: n.code, box };
    });
    const list = h(
      'div',
      { class: 'mun-district-list' },
      ...candidates.map((n, i) =>
        h('label', { class: 'mun-check', for: `mun-district-${n.code}` }, this.districtBoxes[i]!.box, ` ${n.name}`),
      ),
    );
    return h(
      'div',
      { class: 'mun-district', 'data-mun-field': 'legevaktDistrict' },
      h(
        'div',
        { class: 'mun-field-head' },
        h('span', { class: 'mun-label', text: t('munDistrict') }),
        this.districtMarker,
        this.districtReset,
      ),
      h('p', {
        class: 'mun-district-members',
        id: 'mun-district-members',
        text: t('munDistrictMembers', { list: members }),
      }),
      h('p', { class: 'hint', text: `${t('munSourceDistrict')}.` }),
      candidates.length > 0
        ? h(
            'fieldset',
            { class: 'mun-district-add', 'aria-describedby': 'mun-district-help' },
            h('legend', { text: t('munDistrictAdd', { county: this.county }) }),
            h('p', { class: 'hint', id: 'mun-district-help', text: t('munDistrictAddHelp') }),
            list,
          )
        : null,
    );
  }

  private applyDistrict(): void {
    const f = this.figures!;
    const added = this.districtBoxes.filter((d) => d.box.checked).map((d) => d.code);
    const district = districtWith(f, added);
    const own = resetStartField(this.ownStart(), 'legevaktDistrict');
    this.commitStart(district ? { ...own, legevaktDistrict: district } : own, t('munDistrict'));
  }

  private eventsBlock(f: StartFigures): HTMLElement {
    const list = h('ul', { class: 'mun-events', 'aria-labelledby': 'mun-events-heading' });
    this.eventList = list;
    const year = h('select', { id: 'mun-event-year' });
    for (let y = EVENT_FIRST_YEAR; y <= EVENT_LAST_YEAR; y++) year.add(new Option(String(y), String(y)));
    year.value = String(EVENT_FIRST_YEAR + 1);
    const kind = h('select', { id: 'mun-event-kind' });
    for (const k of EVENT_KINDS) kind.add(new Option(t(k.label), k.kind));
    const count = h('input', {
      id: 'mun-event-count',
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'off',
      class: 'mun-input',
      value: '1',
    });
    const partner = h('select', { id: 'mun-event-partner' });
    for (const n of f.nearby) partner.add(new Option(n.name, n.code));
    const note = h('input', { id: 'mun-event-note', type: 'text', maxlength: 200, autocomplete: 'off' });
    const countWrap = h(
      'div',
      { class: 'mun-event-field' },
      h('label', { for: count.id, text: t('munEventCount') }),
      count,
    );
    const partnerWrap = h(
      'div',
      { class: 'mun-event-field', hidden: true },
      h('label', { for: partner.id, text: t('munEventPartner') }),
      partner,
    );
    kind.addEventListener('change', () => {
      const join = kind.value === 'joinDistrict';
      countWrap.hidden = join;
      partnerWrap.hidden = !join;
    });
    const error = h('div', { class: 'field-error', id: 'mun-event-error', role: 'alert', hidden: true });
    const add = h('button', {
      type: 'submit',
      class: 'ds-button',
      'data-variant': 'secondary',
      'data-size': 'sm',
      text: t('munEventAdd'),
    });
    const form = h(
      'form',
      { class: 'mun-event-form', 'aria-labelledby': 'mun-event-add-heading', novalidate: true },
      h('h4', { id: 'mun-event-add-heading', class: 'mun-subheading', text: t('munEventAdd') }),
      h(
        'div',
        { class: 'mun-event-fields' },
        h('div', { class: 'mun-event-field' }, h('label', { for: year.id, text: t('munEventYear') }), year),
        h('div', { class: 'mun-event-field' }, h('label', { for: kind.id, text: t('munEventKind') }), kind),
        countWrap,
        partnerWrap,
        h(
          'div',
          { class: 'mun-event-field mun-event-note' },
          h('label', { for: note.id, text: t('munEventNote') }),
          note,
        ),
      ),
      error,
      add,
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const checked = addEvent(
        this.ownEvents(),
        { year: year.value, kind: kind.value, count: count.value, partner: partner.value, note: note.value },
        this.code!,
        this.host.knownCodes,
      );
      for (const el of [count, partner, note, year]) el.removeAttribute('aria-invalid');
      if (!checked.ok) {
        clear(error);
        for (const m of checked.messages) error.append(h('p', { text: m }));
        error.hidden = false;
        const field = checked.messages.join(' ');
        if (field.startsWith(t('munEventCount'))) count.setAttribute('aria-invalid', 'true');
        if (field.startsWith(t('munEventNote'))) note.setAttribute('aria-invalid', 'true');
        count.setAttribute('aria-describedby', 'mun-event-error');
        return;
      }
      error.hidden = true;
      clear(error);
      const label = eventLabel(checked.added, this.host.nameOf);
      const what = t('munEventAdded', { event: label, year: year.value });
      this.host.commit(withMunicipalEvents(this.host.state(), this.code!, checked.events), what);
      note.value = '';
      this.renderEvents();
      this.host.announce(what);
    });
    return h(
      'section',
      { class: 'mun-events-section', 'aria-labelledby': 'mun-events-heading' },
      h('h3', { id: 'mun-events-heading', class: 'mun-heading', text: t('munEventsHeading') }),
      h('p', { class: 'hint', text: t('munEventsIntro') }),
      list,
      form,
    );
  }

  private renderEvents(): void {
    const list = this.eventList;
    if (!list) return;
    clear(list);
    const events = this.ownEvents();
    if (events.length === 0) {
      list.append(h('li', { class: 'hint', text: t('munEventsNone') }));
      return;
    }
    events.forEach((e, i) => {
      const label = eventLabel(e, this.host.nameOf);
      const remove = h('button', {
        type: 'button',
        class: 'ds-button',
        'data-variant': 'tertiary',
        'data-size': 'sm',
        text: t('munEventRemove'),
        'aria-label': t('munEventRemoveLabel', { event: label, year: e.year }),
      });
      remove.addEventListener('click', () => {
        const what = t('munEventRemoved', { event: label, year: e.year });
        const rest = this.ownEvents().filter((_, j) => j !== i);
        this.host.commit(withMunicipalEvents(this.host.state(), this.code!, rest), what);
        this.renderEvents();
        this.host.announce(what);
        document.querySelector<HTMLElement>('#mun-event-year')?.focus();
      });
      list.append(
        h('li', { class: 'mun-event', 'data-year': e.year }, h('span', { text: `${e.year}: ${label}` }), remove),
      );
    });
  }

  /** The values, changed markers and reset buttons from the state (`all`: also fields being edited). */
  private syncValues(all: boolean): void {
    const f = this.figures;
    if (!f) return;
    const own = this.ownStart();
    for (const r of this.rows) {
      const v = own[r.spec.id];
      const text = displayValue(r.spec, v ?? f[r.spec.id]);
      // a refused value stays in its field (with its message) until the state itself changes
      if (all) this.clearError(r);
      if (all || r.input.getAttribute('aria-invalid') !== 'true') r.input.value = text;
      r.shown = text;
      r.marker.hidden = v === undefined;
      r.reset.hidden = v === undefined;
      r.row.classList.toggle('is-changed', v !== undefined);
    }
    const added = new Set(own.legevaktDistrict ?? []);
    for (const d of this.districtBoxes) d.box.checked = added.has(d.code);
    const changed = own.legevaktDistrict !== undefined;
    if (this.districtMarker) this.districtMarker.hidden = !changed;
    if (this.districtReset) this.districtReset.hidden = !changed;
    this.renderEvents();
  }
}

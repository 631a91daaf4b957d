/**
 * The levers panel, generated from the lever registry and grouped as in LEVERS.md: a range slider plus a
 * number field with its unit for number levers (a "no limit" box where the lever allows none), a switch for
 * on/off levers, a select for choices; a start year, a marker when the value differs from today's, and an
 * "i" that shows the description and the source documents. Slider movement previews (live deterministic
 * runs); releasing, typing or picking commits (undo history and Monte Carlo).
 */
import { LEVER_GROUPS, LEVERS } from '../levers/registry.ts';
import type { LeverSpec, LeverValue, NumberLeverSpec } from '../levers/types.ts';
import { sourceList } from './citations.ts';
import { clear, h } from './dom.ts';
import { formatNumber, parseNumber } from './format.ts';
import { loc, t } from './i18n.ts';
import { END_YEAR, FIRST_POLICY_YEAR, leverFrom, leverValue, withLever, type ScenarioState } from './state.ts';

export interface PanelHandlers {
  /** The state while a control moves (no history entry). */
  preview(next: ScenarioState): void;
  /** A finished change, described for the undo history. */
  commit(next: ScenarioState, what: string): void;
}

const scaleOf = (spec: NumberLeverSpec) => (spec.display === 'percent' ? 100 : 1);

/** The value as shown (percent levers × 100), in the current language's format. */
export function displayLeverValue(spec: LeverSpec, value: LeverValue): string {
  if (spec.kind === 'toggle') return value === 1 ? t('on') : t('none');
  if (spec.kind === 'choice')
    return loc(spec.choices.find((c) => c.value === value)?.label ?? { nb: String(value), en: String(value) });
  if (value === null) return t('noneOption');
  const v = (value as number) * scaleOf(spec);
  return `${formatNumber(v, decimalsOf(spec))} ${loc(spec.unit)}`;
}

function decimalsOf(spec: NumberLeverSpec): number {
  const step = spec.step * scaleOf(spec);
  return step >= 1 ? 0 : Math.min(4, Math.ceil(-Math.log10(step) - 1e-9));
}

interface Control {
  readonly spec: LeverSpec;
  sync(state: ScenarioState): void;
}

export class LeversPanel {
  private controls: Control[] = [];
  constructor(
    private readonly root: HTMLElement,
    private readonly getState: () => ScenarioState,
    private readonly handlers: PanelHandlers,
  ) {}

  render(): void {
    clear(this.root);
    this.controls = [];
    for (const group of LEVER_GROUPS) {
      const levers = LEVERS.filter((l) => l.group === group.id) as readonly LeverSpec[];
      const body = h('div', { class: 'lever-group-body' });
      for (const spec of levers) body.append(this.leverControl(spec));
      this.root.append(
        h(
          'details',
          { class: 'lever-group', open: true, 'data-group': group.id },
          h('summary', {}, loc(group.label)),
          body,
        ),
      );
    }
    this.sync();
  }

  /** Brings every control in line with the state (after undo, redo or reset). */
  sync(): void {
    const s = this.getState();
    for (const c of this.controls) c.sync(s);
  }

  private leverControl(spec: LeverSpec): HTMLElement {
    const id = `lever-${spec.id}`;
    const label = loc(spec.label);
    const marker = h('span', { class: 'changed-marker', hidden: true }, t('changed'));
    const infoId = `${id}-info`;
    const infoBtn = h(
      'button',
      {
        type: 'button',
        class: 'info-button',
        'aria-expanded': 'false',
        'aria-controls': infoId,
        'aria-label': t('info', { label }),
      },
      'i',
    );
    const info = h(
      'div',
      { class: 'lever-info', id: infoId, hidden: true },
      h('p', {}, loc(spec.description)),
      sourceList(spec.id, spec.sources, spec.facts),
    );
    infoBtn.addEventListener('click', () => {
      const open = info.hidden;
      info.hidden = !open;
      infoBtn.setAttribute('aria-expanded', String(open));
    });
    const errorEl = h('p', { class: 'field-error', id: `${id}-error`, hidden: true, role: 'alert' });
    const wrap = h('div', { class: 'lever', 'data-lever': spec.id });
    const head = h('div', { class: 'lever-head' });
    wrap.append(head);

    // start year: from the first projection year to the horizon
    const yearSel = h('select', { id: `${id}-from`, class: 'lever-from' });
    for (let y = FIRST_POLICY_YEAR; y <= END_YEAR; y++) yearSel.append(new Option(String(y), String(y)));
    yearSel.addEventListener('change', () => {
      const s = this.getState();
      this.handlers.commit(
        withLever(s, spec.id, leverValue(s, spec.id), Number(yearSel.value)),
        `${label}: ${t('startYear').toLowerCase()} ${yearSel.value}`,
      );
    });
    const yearField = h(
      'div',
      { class: 'lever-from-field' },
      h('label', { for: `${id}-from` }, t('startYear')),
      yearSel,
    );

    let syncValue: (s: ScenarioState) => void;
    if (spec.kind === 'number') {
      const scale = scaleOf(spec);
      const unit = loc(spec.unit);
      const range = h('input', {
        type: 'range',
        id: `${id}-range`,
        min: spec.min * scale,
        max: spec.max * scale,
        step: spec.step * scale,
        'aria-label': label,
        'aria-describedby': `${id}-unit`,
      });
      const text = h('input', {
        type: 'text',
        inputmode: 'decimal',
        id,
        class: 'lever-number',
        autocomplete: 'off',
        'aria-describedby': `${id}-unit ${id}-error`,
      });
      const unitEl = h('span', { class: 'unit', id: `${id}-unit` }, unit);
      let none: HTMLInputElement | null = null;
      const toValue = (shown: number) => Math.round(shown / scale / spec.step) * spec.step;
      range.addEventListener('input', () => {
        const v = toValue(Number(range.value));
        text.value = formatNumber(v * scale, decimalsOf(spec));
        this.setError(text, errorEl, null);
        this.handlers.preview(withLever(this.getState(), spec.id, v));
      });
      range.addEventListener('change', () => {
        const v = toValue(Number(range.value));
        this.handlers.commit(withLever(this.getState(), spec.id, v), `${label} = ${displayLeverValue(spec, v)}`);
      });
      const commitText = () => {
        const n = parseNumber(text.value);
        const min = formatNumber(spec.min * scale, decimalsOf(spec));
        const max = formatNumber(spec.max * scale, decimalsOf(spec));
        const inUse = displayLeverValue(spec, leverValue(this.getState(), spec.id));
        if (n === null) {
          this.setError(
            text,
            errorEl,
            `${t('errNotNumber', { text: text.value, min, max })} ${t('errKept', { value: inUse })}`,
          );
          return;
        }
        if (n < spec.min * scale - 1e-9 || n > spec.max * scale + 1e-9) {
          this.setError(
            text,
            errorEl,
            `${t('errRange', { value: formatNumber(n), min, max, unit: ` ${unit}` })} ${t('errKept', { value: inUse })}`,
          );
          return;
        }
        this.setError(text, errorEl, null);
        const v = n / scale;
        this.handlers.commit(withLever(this.getState(), spec.id, v), `${label} = ${displayLeverValue(spec, v)}`);
      };
      text.addEventListener('change', commitText);
      text.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') commitText();
      });
      const inputs = h('div', { class: 'lever-inputs' }, range, h('span', { class: 'lever-text' }, text, unitEl));
      head.append(h('label', { for: id, class: 'lever-label' }, label), marker, infoBtn);
      wrap.append(inputs);
      if (spec.allowNone) {
        none = h('input', { type: 'checkbox', id: `${id}-none` });
        none.addEventListener('change', () => {
          const s = this.getState();
          const v = none!.checked ? null : typeof spec.default === 'number' ? spec.default : (spec.min + spec.max) / 2;
          this.handlers.commit(withLever(s, spec.id, v), `${label} = ${displayLeverValue(spec, v)}`);
        });
        wrap.append(h('div', { class: 'lever-none' }, none, h('label', { for: `${id}-none` }, t('noneOption'))));
      }
      syncValue = (s) => {
        const v = leverValue(s, spec.id);
        const isNone = v === null;
        if (none) none.checked = isNone;
        range.disabled = isNone;
        text.disabled = isNone;
        const shown = isNone ? (typeof spec.default === 'number' ? spec.default : spec.max) : (v as number);
        if (document.activeElement !== range) range.value = String(shown * scale);
        range.setAttribute('aria-valuetext', displayLeverValue(spec, v));
        if (document.activeElement !== text || !text.hasAttribute('aria-invalid'))
          text.value = isNone ? '' : formatNumber(shown * scale, decimalsOf(spec));
      };
    } else if (spec.kind === 'toggle') {
      const box = h('input', { type: 'checkbox', id, class: 'lever-toggle', role: 'switch' });
      box.addEventListener('change', () => {
        const v = box.checked ? 1 : 0;
        this.handlers.commit(withLever(this.getState(), spec.id, v), `${label} = ${displayLeverValue(spec, v)}`);
      });
      head.append(
        h('span', { class: 'lever-switch' }, box, h('label', { for: id, class: 'lever-label' }, label)),
        marker,
        infoBtn,
      );
      syncValue = (s) => {
        box.checked = leverValue(s, spec.id) === 1;
      };
    } else {
      const sel = h('select', { id, class: 'lever-choice' });
      for (const c of spec.choices) sel.append(new Option(loc(c.label), c.value));
      sel.addEventListener('change', () => {
        this.handlers.commit(
          withLever(this.getState(), spec.id, sel.value),
          `${label} = ${displayLeverValue(spec, sel.value)}`,
        );
      });
      head.append(h('label', { for: id, class: 'lever-label' }, label), marker, infoBtn);
      wrap.append(sel);
      syncValue = (s) => {
        sel.value = String(leverValue(s, spec.id));
      };
    }
    wrap.append(errorEl, yearField, info);
    this.controls.push({
      spec,
      sync: (s) => {
        syncValue(s);
        const value = leverValue(s, spec.id);
        const changed = value !== spec.default;
        marker.hidden = !changed;
        marker.title = changed ? t('changedFromBaseline', { value: displayLeverValue(spec, spec.default) }) : '';
        wrap.classList.toggle('is-changed', changed);
        yearSel.value = String(leverFrom(s, spec.id));
        yearSel.disabled = !changed;
      },
    });
    return wrap;
  }

  private setError(input: HTMLInputElement, el: HTMLElement, message: string | null): void {
    if (message === null) {
      input.removeAttribute('aria-invalid');
      el.hidden = true;
      el.textContent = '';
    } else {
      input.setAttribute('aria-invalid', 'true');
      el.hidden = false;
      el.textContent = message;
    }
  }
}

/**
 * The levers panel, generated from the lever registry in two sections by who decides (issue #14): national policy
 * and the municipality's own measures, each grouped as in LEVERS.md. A range slider plus a number field with its
 * unit for number levers (a "no limit" box where the lever allows none), a switch for on/off levers, a select for
 * choices; a start year, an optional end year ("til og med") and steps (each a year and a value); a marker when the
 * value differs from today's, and an "i" with the description, who decides and the source documents. With a
 * municipality on screen the local levers edit that municipality's own settings (labelled with its name, with the
 * national value beside and a button back to it); elsewhere they set the value for all municipalities. Slider
 * movement previews (live deterministic runs); releasing, typing or picking commits (undo history and Monte Carlo).
 */
import { LEVER_GROUPS, LEVERS } from '../levers/registry.ts';
import type { LeverSpec, LeverValue, NumberLeverSpec } from '../levers/types.ts';
import { loadCitations, withCitations } from './citationsLazy.ts';
import { clear, h } from './dom.ts';
import { formatNumber, parseNumber } from './format.ts';
import { loc, t } from './i18n.ts';
import { renderPrintSettings } from './printSettings.ts';
import { cleanValue, KeyBurst, keyTarget, snapToStep } from './sliderKeys.ts';
import {
  EMPTY_SCENARIO,
  END_YEAR,
  FIRST_POLICY_YEAR,
  leverFrom,
  municipalOverride,
  overrideProblem,
  settingOfOverride,
  withLeverOverride,
  withMunicipalOverride,
  type LeverOverride,
  type ScenarioState,
} from './state.ts';

/** The region on screen, as the panel needs it: a municipality's number and name, or none. */
export interface PanelRegion {
  /** The municipality number when the region is a municipality, else null. */
  readonly municipality: string | null;
  /** Its short name ("Bindal"). */
  readonly name: string;
}

export interface PanelHandlers {
  /** The state while a control moves (no history entry). */
  preview(next: ScenarioState): void;
  /** A finished change, described for the undo history. */
  commit(next: ScenarioState, what: string): void;
}

/** The display scale of a number lever: percent levers are stored as fractions and shown × 100. */
export const scaleOf = (spec: NumberLeverSpec): number => (spec.display === 'percent' ? 100 : 1);

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

/** Where a lever's edits go: the national setting, or one municipality's own. */
interface Target {
  /** The municipality number, or null for the national setting. */
  readonly municipality: string | null;
  readonly name: string;
  /** The override in force for the region (a municipality's own, else the national one; undefined: the default). */
  effective(s: ScenarioState): LeverOverride | undefined;
  /** Writes the override (undefined: back to the national value, or to the default). */
  write(s: ScenarioState, o: LeverOverride | undefined): ScenarioState;
}

const sameSetting = (id: string, a: LeverOverride | undefined, b: LeverOverride | undefined): boolean =>
  JSON.stringify(a ? settingOfOverride(id, a) : null) === JSON.stringify(b ? settingOfOverride(id, b) : null);

export class LeversPanel {
  private controls: Control[] = [];
  private localLead: HTMLElement | null = null;
  constructor(
    private readonly root: HTMLElement,
    private readonly getState: () => ScenarioState,
    private readonly handlers: PanelHandlers,
    private readonly getRegion: () => PanelRegion = () => ({ municipality: null, name: '' }),
  ) {}

  render(): void {
    clear(this.root);
    this.controls = [];
    for (const scope of ['national', 'local'] as const) {
      const headingId = `levers-${scope}-heading`;
      const section = h(
        'section',
        { class: 'lever-scope-section', 'data-scope': scope, 'aria-labelledby': headingId },
        h(
          'h3',
          { id: headingId, class: 'lever-scope-heading' },
          t(scope === 'national' ? 'scopeNational' : 'scopeLocal'),
        ),
      );
      if (scope === 'local') {
        this.localLead = h('p', { class: 'hint lever-scope-lead', id: 'levers-local-lead' });
        section.append(this.localLead);
      }
      for (const group of LEVER_GROUPS) {
        const levers = LEVERS.filter((l) => l.group === group.id && l.scope === scope) as readonly LeverSpec[];
        if (levers.length === 0) continue;
        const body = h('div', { class: 'lever-group-body' });
        for (const spec of levers) body.append(this.leverControl(spec));
        section.append(
          h(
            'details',
            { class: 'lever-group', open: true, 'data-group': group.id, 'data-scope': scope },
            h('summary', {}, loc(group.label)),
            body,
          ),
        );
      }
      this.root.append(section);
    }
    this.sync();
  }

  /** Brings every control in line with the state and the region (after undo, redo, reset or a new region). */
  sync(): void {
    const s = this.getState();
    const r = this.getRegion();
    if (this.localLead)
      this.localLead.textContent = r.municipality ? t('scopeOnly', { name: r.name }) : t('scopeLocalLead');
    for (const c of this.controls) c.sync(s);
    // the settings that differ from current policy, for print (shown by the print stylesheet only)
    const printed = document.getElementById('print-settings');
    if (printed) renderPrintSettings(printed, s);
  }

  /** Where an edit of the lever goes now (read at the time of the edit, so a new region needs no redraw). */
  private targetOf(spec: LeverSpec): Target {
    const r = this.getRegion();
    if (spec.scope === 'local' && r.municipality) {
      const code = r.municipality;
      return {
        municipality: code,
        name: r.name,
        effective: (s) => municipalOverride(s, code, spec.id) ?? s.levers[spec.id],
        write: (s, o) =>
          // a setting equal to the national one is no setting of its own
          withMunicipalOverride(
            s,
            code,
            spec.id,
            o === undefined || sameSetting(spec.id, o, s.levers[spec.id]) ? undefined : o,
          ),
      };
    }
    return {
      municipality: null,
      name: '',
      effective: (s) => s.levers[spec.id],
      write: (s, o) => withLeverOverride(s, spec.id, o),
    };
  }

  private leverControl(spec: LeverSpec): HTMLElement {
    const id = `lever-${spec.id}`;
    const label = loc(spec.label);
    const local = spec.scope === 'local';
    const defaultOverride = (): LeverOverride => ({ value: spec.default, from: leverFrom(EMPTY_SCENARIO, spec.id) });
    const cur = (s: ScenarioState): LeverOverride => this.targetOf(spec).effective(s) ?? defaultOverride();
    /** The next state with part of the override changed, and the change's description (with the municipality). */
    const change = (s: ScenarioState, patch: Partial<LeverOverride>): ScenarioState => {
      const tg = this.targetOf(spec);
      const next = { ...cur(s), ...patch };
      // a national lever back at today's value, with no steps, is no change at all (whatever its years were)
      if (!tg.municipality && next.value === spec.default && (next.steps?.length ?? 0) === 0)
        return tg.write(s, undefined);
      return tg.write(s, next);
    };
    const describe = (what: string): string => {
      const tg = this.targetOf(spec);
      return tg.municipality ? t('scopeFor', { what, name: tg.name }) : what;
    };
    const value = (s: ScenarioState) => cur(s).value;

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
    const scope = h(
      'p',
      { class: 'lever-scope-source' },
      h('strong', {}, t(local ? 'scopeLocalInfo' : 'scopeNationalInfo')),
      ' ',
      `${t('scopeBasis')}: `,
      h('span', { lang: 'en' }, spec.scopeSource.note),
    );
    const info = h('div', { class: 'lever-info', id: infoId, hidden: true }, h('p', {}, loc(spec.description)), scope);
    // the documents' titles and what they say come with the citations (loaded after the first render)
    withCitations(({ scopeCitation, sourceList }) => {
      const title = spec.scopeSource.seed ? scopeCitation(spec.scopeSource.seed) : undefined;
      scope.append(...(title ? [' (', h('cite', {}, title), ')'] : []), '.');
      info.append(sourceList(spec.id, spec.sources, spec.facts));
    });
    infoBtn.addEventListener('click', () => {
      void loadCitations();
      const open = info.hidden;
      info.hidden = !open;
      infoBtn.setAttribute('aria-expanded', String(open));
    });
    const errorEl = h('p', { class: 'field-error', id: `${id}-error`, hidden: true, role: 'alert' });
    const wrap = h('div', { class: 'lever', 'data-lever': spec.id, 'data-scope': spec.scope });
    const head = h('div', { class: 'lever-head' });
    wrap.append(head);

    // who the setting applies to (local levers): one municipality, with the national value and a way back, or all
    const scopeText = h('span', { class: 'lever-scope-text', id: `${id}-scope` });
    const nationalText = h('span', { class: 'lever-national-value', id: `${id}-national` });
    const resetBtn = h('button', {
      type: 'button',
      class: 'lever-reset ds-button',
      'data-variant': 'tertiary',
      'data-size': 'sm',
      id: `${id}-reset`,
    });
    resetBtn.addEventListener('click', () => {
      const tg = this.targetOf(spec);
      if (!tg.municipality) return;
      this.setError(null, errorEl, null);
      this.handlers.commit(
        withMunicipalOverride(this.getState(), tg.municipality, spec.id, undefined),
        t('scopeResetDone', { label, name: tg.name }),
      );
      // the button hides once the setting is gone: the focus goes to the lever's value
      (wrap.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled])') ?? infoBtn).focus();
    });
    const scopeLine = local ? h('p', { class: 'lever-scope-line' }, scopeText, nationalText, resetBtn) : null;

    /** Commits a change of years or steps after checking it; a problem is said (naming the lever) and nothing changes. */
    const commitYears = (patch: Partial<LeverOverride>, what: string, input: HTMLElement | null): void => {
      const s = this.getState();
      const next = { ...cur(s), ...patch };
      const problem = overrideProblem(next);
      if (problem) {
        this.setError(
          input,
          errorEl,
          t(problem.key, { label, year: problem.year, from: problem.from, min: FIRST_POLICY_YEAR, max: END_YEAR }),
        );
        this.controls.find((c) => c.spec === spec)?.sync(s);
        return;
      }
      this.setError(input, errorEl, null);
      this.handlers.commit(change(s, patch), describe(what));
    };

    // start year: from the first projection year to the horizon; end year ("til og med"): blank for no end
    const yearSel = h('select', { id: `${id}-from`, class: 'lever-from', 'aria-describedby': `${id}-error` });
    for (let y = FIRST_POLICY_YEAR; y <= END_YEAR; y++) yearSel.append(new Option(String(y), String(y)));
    yearSel.addEventListener('change', () =>
      commitYears(
        { from: Number(yearSel.value) },
        `${label}: ${t('startYear').toLowerCase()} ${yearSel.value}`,
        yearSel,
      ),
    );
    const untilSel = h('select', { id: `${id}-until`, class: 'lever-until', 'aria-describedby': `${id}-error` });
    untilSel.append(new Option(t('untilNone'), ''));
    for (let y = FIRST_POLICY_YEAR; y <= END_YEAR; y++) untilSel.append(new Option(String(y), String(y)));
    untilSel.addEventListener('change', () => {
      const until = untilSel.value === '' ? undefined : Number(untilSel.value);
      commitYears(
        { until },
        `${label}: ${until === undefined ? t('untilCleared') : t('untilSet', { year: until })}`,
        untilSel,
      );
    });
    const yearField = h(
      'div',
      { class: 'lever-from-field' },
      h('span', { class: 'lever-year' }, h('label', { for: `${id}-from` }, t('startYear')), yearSel),
      h('span', { class: 'lever-year' }, h('label', { for: `${id}-until` }, t('untilYear')), untilSel),
    );

    /** A value from a step's text or select, checked as the main field is; null after saying what is wrong. */
    const parseStepValue = (input: HTMLInputElement | HTMLSelectElement): LeverValue | undefined => {
      if (spec.kind === 'toggle') return Number(input.value);
      if (spec.kind === 'choice') return input.value;
      const scale = scaleOf(spec);
      const n = parseNumber(input.value);
      const min = formatNumber(spec.min * scale, decimalsOf(spec));
      const max = formatNumber(spec.max * scale, decimalsOf(spec));
      if (n === null) {
        this.setError(input, errorEl, t('errNotNumber', { text: input.value, min, max }));
        return undefined;
      }
      if (n < spec.min * scale - 1e-9 || n > spec.max * scale + 1e-9) {
        this.setError(input, errorEl, t('errRange', { value: formatNumber(n), min, max, unit: ` ${loc(spec.unit)}` }));
        return undefined;
      }
      return n / scale;
    };

    // steps after the first: a year and a value each; "Legg til trinn" adds one a year after the last start
    const stepList = h('ol', {
      class: 'lever-steps',
      id: `${id}-steps`,
      'aria-label': `${t('stepsHeading')}: ${label}`,
    });
    const addStep = h(
      'button',
      {
        type: 'button',
        class: 'ds-button lever-step-add',
        'data-variant': 'tertiary',
        'data-size': 'sm',
        id: `${id}-step-add`,
      },
      t('stepAdd'),
    );
    addStep.addEventListener('click', () => {
      const o = cur(this.getState());
      const steps = o.steps ?? [];
      const year = (steps.at(-1)?.from ?? o.from) + 1;
      commitYears(
        {
          steps: [...steps, { from: year, value: o.steps?.at(-1)?.value ?? o.value }],
          ...(o.until !== undefined && o.until < year ? { until: year } : {}),
        },
        t('stepAdded', { label, year }),
        addStep,
      );
      // the new step's value field takes the focus
      const n = steps.length;
      document.getElementById(`${id}-step-${n}-value`)?.focus();
    });
    const stepsHint = h('p', { class: 'hint lever-steps-hint', hidden: true }, t('stepsHint'));
    const stepsField = h('div', { class: 'lever-steps-field' }, stepsHint, stepList, addStep);
    let renderedSteps = '';
    const syncSteps = (o: LeverOverride): void => {
      const key = JSON.stringify([o.steps ?? [], getLocaleKey()]);
      stepsHint.hidden = !(o.steps && o.steps.length > 0);
      addStep.disabled = (o.steps?.at(-1)?.from ?? o.from) >= END_YEAR;
      if (key === renderedSteps) return;
      renderedSteps = key;
      const focused =
        document.activeElement instanceof HTMLElement && stepList.contains(document.activeElement)
          ? document.activeElement.id
          : null;
      clear(stepList);
      (o.steps ?? []).forEach((step, i) => {
        const n = i + 2; // the first step is the value above
        const yId = `${id}-step-${i}-from`;
        const vId = `${id}-step-${i}-value`;
        const ySel = h('select', { id: yId, class: 'lever-step-from', 'aria-describedby': `${id}-error` });
        for (let y = FIRST_POLICY_YEAR; y <= END_YEAR; y++) ySel.append(new Option(String(y), String(y)));
        ySel.value = String(step.from);
        const replace = (patch: Partial<{ from: number; value: LeverValue }>) => {
          const steps = [...(cur(this.getState()).steps ?? [])];
          steps[i] = { ...steps[i]!, ...patch };
          return steps;
        };
        ySel.addEventListener('change', () => {
          const y = Number(ySel.value);
          commitYears(
            { steps: replace({ from: y }) },
            t('stepChanged', { label, n, value: displayLeverValue(spec, step.value), year: y }),
            ySel,
          );
        });
        let vInput: HTMLInputElement | HTMLSelectElement;
        if (spec.kind === 'number') {
          vInput = h('input', {
            type: 'text',
            inputmode: 'decimal',
            id: vId,
            class: 'lever-step-value',
            autocomplete: 'off',
            'aria-describedby': `${id}-unit ${id}-error`,
          });
          vInput.value =
            step.value === null ? '' : formatNumber((step.value as number) * scaleOf(spec), decimalsOf(spec));
        } else {
          vInput = h('select', { id: vId, class: 'lever-step-value', 'aria-describedby': `${id}-error` });
          if (spec.kind === 'toggle') {
            vInput.append(new Option(t('on'), '1'), new Option(t('none'), '0'));
          } else for (const c of spec.choices) vInput.append(new Option(loc(c.label), c.value));
          vInput.value = String(step.value);
        }
        const commitValue = () => {
          const v = parseStepValue(vInput);
          if (v === undefined) return;
          commitYears(
            { steps: replace({ value: v }) },
            t('stepChanged', { label, n, value: displayLeverValue(spec, v), year: step.from }),
            vInput,
          );
        };
        vInput.addEventListener('change', commitValue);
        if (vInput instanceof HTMLInputElement)
          vInput.addEventListener('keydown', (e) => {
            if (e.key === 'Enter') commitValue();
          });
        const remove = h(
          'button',
          {
            type: 'button',
            class: 'ds-button lever-step-remove',
            'data-variant': 'tertiary',
            'data-size': 'sm',
            id: `${id}-step-${i}-remove`,
            'aria-label': t('stepRemove', { year: step.from }),
          },
          '✕',
        );
        remove.addEventListener('click', () => {
          const steps = (cur(this.getState()).steps ?? []).filter((_, j) => j !== i);
          commitYears({ steps }, t('stepRemoved', { label, year: step.from }), null);
          addStep.focus();
        });
        stepList.append(
          h(
            'li',
            { class: 'lever-step' },
            h('span', { class: 'lever-step-n', 'aria-hidden': 'true' }, t('stepN', { n })),
            h('label', { for: yId }, h('span', { class: 'visually-hidden' }, `${t('stepN', { n })}: `), t('stepFrom')),
            ySel,
            h(
              'label',
              { for: vId },
              h('span', { class: 'visually-hidden' }, `${t('stepN', { n })}: `),
              t('stepValueLabel'),
            ),
            vInput,
            spec.kind === 'number' ? h('span', { class: 'unit' }, loc(spec.unit)) : null,
            remove,
          ),
        );
      });
      if (focused) document.getElementById(focused)?.focus();
    };
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
      const todays = typeof spec.default === 'number' ? spec.default : null;
      /** A stored value from a shown one: on the lever's grid, today's value exactly when it is back there. */
      const toValue = (shown: number) => cleanValue(snapToStep(shown / scale, spec), spec.step, todays);
      const shownOf = (v: number) => Number((v * scale).toPrecision(12));
      // arrow keys, PageUp/PageDown, Home/End in steps that fit the lever (sliderKeys.ts); a burst is one undo step
      const burst = new KeyBurst<number>((v) =>
        this.handlers.commit(
          change(this.getState(), { value: v }),
          describe(`${label} = ${displayLeverValue(spec, v)}`),
        ),
      );
      range.addEventListener('keydown', (e) => {
        const now = value(this.getState());
        const next =
          e.ctrlKey || e.metaKey || e.altKey
            ? null
            : keyTarget(e.key, typeof now === 'number' ? now : toValue(Number(range.value)), spec);
        if (next === null) {
          burst.flush(); // another key (Tab, Ctrl+Z …) sees the burst committed
          return;
        }
        e.preventDefault();
        const v = cleanValue(next, spec.step, todays);
        range.value = String(shownOf(v));
        text.value = formatNumber(shownOf(v), decimalsOf(spec));
        this.setError(text, errorEl, null);
        burst.press(v);
        this.handlers.preview(change(this.getState(), { value: v }));
      });
      range.addEventListener('blur', () => burst.flush());
      range.addEventListener('pointerdown', () => burst.flush());
      range.addEventListener('input', () => {
        burst.flush();
        const v = toValue(Number(range.value));
        text.value = formatNumber(v * scale, decimalsOf(spec));
        this.setError(text, errorEl, null);
        this.handlers.preview(change(this.getState(), { value: v }));
      });
      range.addEventListener('change', () => {
        const v = toValue(Number(range.value));
        this.handlers.commit(
          change(this.getState(), { value: v }),
          describe(`${label} = ${displayLeverValue(spec, v)}`),
        );
      });
      const commitText = () => {
        const n = parseNumber(text.value);
        const min = formatNumber(spec.min * scale, decimalsOf(spec));
        const max = formatNumber(spec.max * scale, decimalsOf(spec));
        const inUse = displayLeverValue(spec, value(this.getState()));
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
        const v = cleanValue(n / scale, spec.step, todays);
        this.handlers.commit(
          change(this.getState(), { value: v }),
          describe(`${label} = ${displayLeverValue(spec, v)}`),
        );
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
          this.handlers.commit(change(s, { value: v }), describe(`${label} = ${displayLeverValue(spec, v)}`));
        });
        wrap.append(h('div', { class: 'lever-none' }, none, h('label', { for: `${id}-none` }, t('noneOption'))));
      }
      syncValue = (s) => {
        const v = value(s);
        const isNone = v === null;
        if (none) none.checked = isNone;
        range.disabled = isNone;
        text.disabled = isNone;
        const shown = isNone ? (typeof spec.default === 'number' ? spec.default : spec.max) : (v as number);
        if (document.activeElement !== range) range.value = String(shownOf(shown));
        range.setAttribute('aria-valuetext', displayLeverValue(spec, v));
        if (document.activeElement !== text || !text.hasAttribute('aria-invalid'))
          text.value = isNone ? '' : formatNumber(shown * scale, decimalsOf(spec));
      };
    } else if (spec.kind === 'toggle') {
      const box = h('input', { type: 'checkbox', id, class: 'lever-toggle', role: 'switch' });
      box.addEventListener('change', () => {
        const v = box.checked ? 1 : 0;
        this.handlers.commit(
          change(this.getState(), { value: v }),
          describe(`${label} = ${displayLeverValue(spec, v)}`),
        );
      });
      head.append(
        h('span', { class: 'lever-switch' }, box, h('label', { for: id, class: 'lever-label' }, label)),
        marker,
        infoBtn,
      );
      syncValue = (s) => {
        box.checked = value(s) === 1;
      };
    } else {
      const sel = h('select', { id, class: 'lever-choice' });
      for (const c of spec.choices) sel.append(new Option(loc(c.label), c.value));
      sel.addEventListener('change', () => {
        this.handlers.commit(
          change(this.getState(), { value: sel.value }),
          describe(`${label} = ${displayLeverValue(spec, sel.value)}`),
        );
      });
      head.append(h('label', { for: id, class: 'lever-label' }, label), marker, infoBtn);
      wrap.append(sel);
      syncValue = (s) => {
        sel.value = String(value(s));
      };
    }
    wrap.append(errorEl);
    if (scopeLine) wrap.append(scopeLine);
    wrap.append(yearField, stepsField, info);
    this.controls.push({
      spec,
      sync: (s) => {
        syncValue(s);
        const o = cur(s);
        const changed = o.value !== spec.default || (o.steps?.length ?? 0) > 0;
        marker.hidden = !changed;
        marker.title = changed ? t('changedFromBaseline', { value: displayLeverValue(spec, spec.default) }) : '';
        wrap.classList.toggle('is-changed', changed);
        yearSel.value = String(o.from);
        untilSel.value = o.until === undefined ? '' : String(o.until);
        yearSel.disabled = !changed;
        untilSel.disabled = !changed;
        syncSteps(o);
        if (scopeLine) {
          const tg = this.targetOf(spec);
          const own = tg.municipality ? municipalOverride(s, tg.municipality, spec.id) : undefined;
          scopeText.textContent = tg.municipality ? t('scopeOnly', { name: tg.name }) : t('scopeAll');
          const national = s.levers[spec.id] ?? defaultOverride();
          nationalText.textContent = !tg.municipality
            ? ''
            : own
              ? t('scopeNationalValue', { value: displayLeverValue(spec, national.value) })
              : t('scopeFollowsNational', { name: tg.name });
          resetBtn.hidden = !own;
          resetBtn.textContent = t('scopeReset', { name: tg.name });
          wrap.classList.toggle('is-own', own !== undefined);
        }
      },
    });
    return wrap;
  }

  private setError(input: HTMLElement | null, el: HTMLElement, message: string | null): void {
    if (message === null) {
      input?.removeAttribute('aria-invalid');
      el.hidden = true;
      el.textContent = '';
    } else {
      input?.setAttribute('aria-invalid', 'true');
      el.hidden = false;
      el.textContent = message;
    }
  }
}

/** The language, so that step rows are redrawn in it. */
function getLocaleKey(): string {
  return t('stepsHeading');
}

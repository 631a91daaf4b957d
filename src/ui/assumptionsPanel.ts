/**
 * The assumptions panel: every model assumption with its value, default, Monte Carlo range and source
 * (fact ids, "calibrated" or "judgement"), kept apart from the policy levers; and the editable response
 * formulas (mathjs), checked in the worker as the user types. An invalid formula is never used: runs keep
 * the last valid one. Loaded when the panel is first opened, or when the scenario changes an assumption or a
 * formula (assumptionsLazy.ts), so the assumptions' texts are not part of the page's first load.
 */
import { ASSUMPTIONS, getAssumption } from '../levers/assumptions.ts';
import { registerAssumptionTexts } from './assumptionLookup.ts';
import type { AssumptionSpec } from '../levers/types.ts';
import { RESPONSES } from '../engine/formulas/responses.ts';
import { clear, h } from './dom.ts';
import { fmtA, parseNumber } from './format.ts';
import { formulaMessage } from './formulaText.ts';
import { loc, t } from './i18n.ts';
import './strings/later.ts';
import type { FormulaCheck } from './sim/protocol.ts';
import type { PanelHandlers } from './leversPanel.ts';
import { withAssumption, withFormula, type ScenarioState } from './state.ts';

export interface FormulaChecker {
  checkFormula(responseId: string, expression: string): Promise<FormulaCheck | null>;
}

/** A formula problem in the current language, every placeholder filled (formulaText.ts). */
export { formulaMessage };

function sourceText(a: AssumptionSpec): string {
  switch (a.source.kind) {
    case 'facts':
      return a.source.ids.join(', ');
    case 'calibrated':
      return t('sourceCalibrated');
    case 'judgement':
      return t('sourceJudgement');
  }
}

export { fmtA };

// the page's other modules (the print settings) read the assumptions' texts through this once the panel is loaded
registerAssumptionTexts(getAssumption);

export class AssumptionsPanel {
  private syncers: ((s: ScenarioState) => void)[] = [];
  constructor(
    private readonly root: HTMLElement,
    private readonly getState: () => ScenarioState,
    private readonly handlers: PanelHandlers,
    private readonly checker: FormulaChecker,
  ) {}

  render(): void {
    clear(this.root);
    this.syncers = [];
    const list = h('div', { class: 'assumption-list' }, ...ASSUMPTIONS.map((a) => this.row(a as AssumptionSpec)));
    const filter = h('input', { type: 'search', id: 'assumption-filter', autocomplete: 'off' });
    filter.addEventListener('input', () => {
      const q = filter.value.trim().toLocaleLowerCase('nb');
      for (const el of list.querySelectorAll<HTMLElement>('[data-assumption]'))
        el.hidden = q !== '' && !(el.dataset['search'] ?? '').includes(q);
    });
    this.root.append(
      h('p', { class: 'panel-lead' }, t('assumptionsLead')),
      h(
        'div',
        { class: 'assumption-filter' },
        h('label', { for: 'assumption-filter' }, t('filterAssumptions')),
        filter,
      ),
      list,
    );
    this.root.append(this.formulas());
    this.sync();
  }

  sync(): void {
    const s = this.getState();
    for (const f of this.syncers) f(s);
  }

  private row(a: AssumptionSpec): HTMLElement {
    const id = `assumption-${a.id}`;
    const input = h('input', {
      type: 'text',
      inputmode: 'decimal',
      id,
      class: 'assumption-input',
      autocomplete: 'off',
      'aria-describedby': `${id}-desc ${id}-error`,
    });
    const err = h('p', { class: 'field-error', id: `${id}-error`, hidden: true, role: 'alert' });
    const commit = () => {
      const n = parseNumber(input.value);
      const inUse = fmtA(this.getState().assumptions[a.id] ?? a.default);
      let msg: string | null = null;
      if (n === null) msg = t('errNotNumber', { text: input.value, min: fmtA(a.min), max: fmtA(a.max) });
      else if (n < a.min - 1e-12 || n > a.max + 1e-12)
        msg = t('errRange', { value: fmtA(n), min: fmtA(a.min), max: fmtA(a.max), unit: ` ${loc(a.unit)}` });
      if (msg !== null || n === null) {
        input.setAttribute('aria-invalid', 'true');
        err.hidden = false;
        err.textContent = `${msg ?? ''} ${t('errKept', { value: inUse })}`;
        return;
      }
      input.removeAttribute('aria-invalid');
      err.hidden = true;
      const next = withAssumption(this.getState(), a.id, Math.abs(n - a.default) < 1e-15 ? undefined : n);
      this.handlers.commit(next, `${loc(a.label)} = ${fmtA(n)}`);
    };
    input.addEventListener('change', commit);
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') commit();
    });
    const item = h(
      'div',
      {
        class: 'assumption',
        'data-assumption': a.id,
        'data-search': `${loc(a.label)} ${a.id} ${loc(a.description)}`.toLocaleLowerCase('nb'),
      },
      h('label', { for: id, class: 'assumption-label' }, loc(a.label)),
      h('span', { class: 'assumption-field' }, input, h('span', { class: 'unit' }, loc(a.unit))),
      err,
      h(
        'p',
        { class: 'assumption-meta' },
        `${t('default')} ${fmtA(a.default)} · ${t('range')} ${fmtA(a.min)}–${fmtA(a.max)} · ${t('source')}: ${sourceText(a)}`,
      ),
      h('p', { class: 'assumption-desc', id: `${id}-desc` }, loc(a.description), ' ', h('code', {}, a.id)),
    );
    this.syncers.push((s) => {
      const v = s.assumptions[a.id];
      item.classList.toggle('is-changed', v !== undefined);
      if (document.activeElement !== input || !input.hasAttribute('aria-invalid')) input.value = fmtA(v ?? a.default);
    });
    return item;
  }

  private formulas(): HTMLElement {
    const wrap = h('section', { class: 'formulas', 'aria-labelledby': 'formulas-heading' });
    wrap.append(
      h('h3', { id: 'formulas-heading' }, t('formulasHeading')),
      h('p', { class: 'panel-lead' }, t('formulasLead')),
    );
    for (const r of RESPONSES) {
      const id = `formula-${r.id}`;
      const area = h('textarea', {
        id,
        rows: 3,
        spellcheck: 'false',
        class: 'formula-input',
        'aria-describedby': `${id}-status ${id}-vars`,
      });
      const status = h('p', { id: `${id}-status`, class: 'formula-status', 'aria-live': 'polite' });
      const vars = h(
        'p',
        { id: `${id}-vars`, class: 'formula-vars' },
        `${t('formulaVariables')}: ${r.variables.map((v) => `${v.name} (${loc(v.description)})`).join('; ')}`,
      );
      const reset = h(
        'button',
        { type: 'button', class: 'ds-button', 'data-variant': 'tertiary', 'data-size': 'sm' },
        t('formulaReset'),
      );
      let timer: ReturnType<typeof setTimeout> | undefined;
      let seq = 0;
      const check = () => {
        const expr = area.value;
        const mine = ++seq;
        status.textContent = t('formulaChecking');
        status.className = 'formula-status';
        this.checker
          .checkFormula(r.id, expr)
          .then((error) => {
            if (mine !== seq) return;
            if (error) {
              area.setAttribute('aria-invalid', 'true');
              status.textContent = formulaMessage(error);
              status.className = 'formula-status field-error';
              return;
            }
            area.removeAttribute('aria-invalid');
            status.textContent = t('formulaOk');
            const normal = expr.trim() === r.expression ? undefined : expr.trim();
            this.handlers.commit(withFormula(this.getState(), r.id, normal), `${loc(r.label)}: ${expr.trim()}`);
          })
          .catch((e: Error) => {
            if (mine !== seq) return;
            area.setAttribute('aria-invalid', 'true');
            status.textContent = e.message;
            status.className = 'formula-status field-error';
          });
      };
      area.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(check, 350);
      });
      reset.addEventListener('click', () => {
        area.value = r.expression;
        area.removeAttribute('aria-invalid');
        status.textContent = '';
        this.handlers.commit(
          withFormula(this.getState(), r.id, undefined),
          `${loc(r.label)}: ${t('formulaReset').toLowerCase()}`,
        );
      });
      this.syncers.push((s) => {
        if (document.activeElement !== area) area.value = s.formulas[r.id] ?? r.expression;
      });
      wrap.append(h('div', { class: 'formula' }, h('label', { for: id }, loc(r.label)), area, vars, status, reset));
    }
    return wrap;
  }
}

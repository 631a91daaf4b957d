/**
 * "Hva betyr mest? · Hva skal til?" (issue #17), loaded when the panel is first opened (main.ts mounts it): for the
 * region and scenario on screen, an outcome and a year,
 *  - Hva betyr mest?: the sensitivity tornado of the levers with each one's yearly cost, and optionally the same over
 *    the assumptions' ranges with the variance split (events vs assumptions) in a chart and in words;
 *  - Hva skal til?: the least change of one lever that reaches a target (central run or a share of the runs), said
 *    in plain words, with "Bruk verdien" that sets the lever in the scenario (one undo step, as a slider would);
 *  - Billigste pakke: the cheapest package of the allowed levers (ranges: all, or only up/down from today), its cost
 *    and outcome, the cost-versus-outcome frontier, and "Lagre som scenario" into Mine scenarioer.
 * Every computation runs in the analysis worker (SimClient.analysis) with progress and Avbryt; every chart has a
 * table view and an export menu (PNG, CSV, Excel). A result whose scenario, region or choices changed since is marked
 * as such.
 */
import type { LeverValue } from '../../levers/types.ts';
import { LEVERS } from '../../levers/registry.ts';
import type { Target } from '../../engine/analysis/index.ts';
import type { SavedScenario } from '../scenarios/document.ts';
import { clear, h, scrollRegion } from '../dom.ts';
import { formatNumber } from '../format.ts';
import { loc, onLocaleChange, t } from '../i18n.ts';
import type { AnalysisAnswer, AnalysisSpec, RegionOption, RunRequest } from '../sim/protocol.ts';
import { CancelledError, type SimClient } from '../sim/simClient.ts';
import { FIRST_POLICY_YEAR, type ScenarioState } from '../state.ts';
import {
  appliedState,
  DEFAULT_YEAR,
  formatOutcome,
  formValue,
  frontierTable,
  goalSeekSentence,
  isOutcome,
  leverToday,
  optimiseSentence,
  budgetFromForm,
  OUTCOMES,
  outcomeLabel,
  outcomePhrase,
  outcomeUnit,
  packageScenario,
  packageTable,
  probabilityFromForm,
  rangeFor,
  targetFromForm,
  targetLabel,
  tornadoTable,
  varianceRows,
  varianceTable,
  varianceText,
  YEARS,
  type AnswerContext,
  type Outcome,
  type RangeMode,
} from './model.ts';
import {
  dataTable,
  frontierConfig,
  renderFigure,
  stampLines,
  tornadoConfig,
  tornadoSummary,
  varianceConfig,
  type FigureSpec,
} from './figure.ts';
import { displayLeverValue } from '../leversPanel.ts';
import { at, type AnalysisKey } from './strings.ts';
import type { Chart } from 'chart.js';

export interface AnalysisHost {
  readonly client: Pick<SimClient, 'analysis' | 'cancelAnalysis'>;
  readonly seed: number;
  /** The page's Monte Carlo runs (a saved package keeps them). */
  runs(): number;
  /** The worker request of the scenario and region on screen. */
  request(): RunRequest;
  region(): RegionOption;
  /** The region as the page names it ("Bindal", "Nordland (fylke 18)"). */
  regionName(): string;
  scenarioName(): string;
  state(): ScenarioState;
  /** Commits a new state as a lever change would (undo history, panels, runs). */
  commit(next: ScenarioState, what: string): void;
  /** Saves a scenario into Mine scenarioer; resolves with the name it was saved under. */
  saveScenario(s: Omit<SavedScenario, 'id' | 'savedAt'>): Promise<string>;
  /** The scenario's deterministic value of a result in a year, when the page has it. */
  current(outcome: Outcome, year: number): number | null;
  announce(text: string): void;
}

type Kind = AnalysisSpec['kind'];

/** A finished analysis with what it was computed for (to redraw it in another language, or mark it stale). */
interface Done {
  readonly answer: AnalysisAnswer;
  readonly spec: AnalysisSpec;
  readonly req: RunRequest;
  readonly key: string;
  /** The region computed for (named in the page's language when drawn). */
  readonly regionOption: RegionOption;
  readonly scenario: string;
  readonly municipality: { code: string; name: string } | null;
  readonly period?: { from: number; to: number };
  readonly today?: Readonly<Record<string, LeverValue>>;
}

/** The levers' usual start year (the registry's defaultStartYear) and the first year a change can start. */
const DEFAULT_FROM = FIRST_POLICY_YEAR + 1;
const FROM_FIRST = FIRST_POLICY_YEAR;
const SENS_RUNS = [100, 200, 500];
const GS_RUNS = [100, 200, 500];
const OPT_MAX = [500, 2000, 6000];
const OPT_DEFAULT_LEVERS = ['capitationRate', 'alisGrants', 'taskSharing', 'onCallGrant'];

/** Each section's job: its progress, status, cancel button and result box. */
interface Section {
  readonly kind: Kind;
  readonly root: HTMLElement;
  readonly run: HTMLButtonElement;
  readonly cancel: HTMLButtonElement;
  readonly progress: HTMLProgressElement;
  readonly status: HTMLElement;
  readonly stale: HTMLElement;
  readonly result: HTMLElement;
  charts: Chart[];
  done: Done | null;
  running: boolean;
}

export class AnalysisPanel {
  private outcome: Outcome = 'residentsWithoutGpShare';
  private year = DEFAULT_YEAR;
  /** The year the analysed levers change from (their usual start year by default). */
  private from = DEFAULT_FROM;
  /** Form values kept across redraws (language change). */
  private form = {
    sensAssumptions: false,
    sensRuns: 100,
    gsOp: '<=',
    gsValue: '',
    gsValueTyped: false,
    gsLever: 'capitationRate',
    gsRange: 'all' as RangeMode,
    gsProbability: false,
    gsP: '80',
    gsRuns: 100,
    optOp: '<=',
    optValue: '',
    optValueTyped: false,
    optLevers: new Set(OPT_DEFAULT_LEVERS),
    optRanges: new Map<string, RangeMode>(),
    optCost: 'public' as 'public' | 'municipal' | 'state',
    optFrom: DEFAULT_FROM,
    optTo: DEFAULT_YEAR,
    optMax: 2000,
    optBudget: '',
  };
  private sections = new Map<Kind, Section>();
  private kept = new Map<Kind, Done>();
  private lead!: HTMLElement;
  private now!: { gs: HTMLElement; opt: HTMLElement };

  constructor(
    private readonly root: HTMLElement,
    private readonly host: AnalysisHost,
  ) {
    this.render();
    onLocaleChange(() => this.render());
  }

  /** The page rendered: the scenario or region may have changed (results are marked, the lead and hints follow). */
  changed(): void {
    this.lead.textContent = this.leadText();
    this.prefillTargets();
    for (const s of this.sections.values()) this.markStale(s);
  }

  private leadText(): string {
    return at('commonLead', { region: this.host.regionName(), scenario: this.host.scenarioName(), from: this.from });
  }

  private render(): void {
    for (const s of this.sections.values()) {
      for (const c of s.charts) c.destroy();
      // the results stay across a redraw (language, outcome or year changed): drawn again, marked if stale
      if (s.done) this.kept.set(s.kind, s.done);
    }
    const running = [...this.sections.values()].some((s) => s.running);
    if (running) this.host.client.cancelAnalysis();
    clear(this.root);
    this.sections.clear();
    this.lead = h('p', { class: 'panel-lead' }, this.leadText());
    const outcome = this.select(
      'an-outcome',
      at('outcome'),
      OUTCOMES.map((o) => [o, outcomeLabel(o)]),
      this.outcome,
      (v) => {
        if (isOutcome(v)) this.outcome = v;
        this.form.gsValueTyped = this.form.optValueTyped = false;
        this.render();
      },
    );
    const year = this.select(
      'an-year',
      at('year'),
      YEARS.map((y) => [String(y), String(y)]),
      String(this.year),
      (v) => {
        this.year = Number(v);
        if (this.form.optTo < this.year || this.form.optTo === DEFAULT_YEAR) this.form.optTo = this.year;
        this.render();
      },
    );
    const from = this.select(
      'an-from',
      at('leversFrom'),
      YEARS.filter((y) => y >= FROM_FIRST).map((y) => [String(y), String(y)]),
      String(this.from),
      (v) => {
        // the cost period starts with the levers unless the user set it apart
        if (this.form.optFrom === this.from) this.form.optFrom = Number(v);
        this.from = Number(v);
        this.render();
      },
    );
    this.now = { gs: h('p', { class: 'hint an-now' }), opt: h('p', { class: 'hint an-now' }) };
    this.root.append(
      this.lead,
      h('div', { class: 'an-common' }, outcome, year, from),
      this.sensitivitySection(),
      this.goalSeekSection(),
      this.optimiseSection(),
    );
    this.prefillTargets();
  }

  // ---- form helpers ----

  private select(
    id: string,
    label: string,
    options: readonly (readonly [string, string])[],
    value: string,
    onChange: (v: string) => void,
  ): HTMLElement {
    const sel = h('select', { id, class: 'ds-input' });
    for (const [v, text] of options) sel.append(h('option', { value: v }, text));
    sel.value = value;
    sel.addEventListener('change', () => onChange(sel.value));
    return h('div', { class: 'an-field' }, h('label', { for: id }, label), sel);
  }

  private section(
    kind: Kind,
    id: string,
    heading: AnalysisKey,
    lead: AnalysisKey,
    ...form: HTMLElement[]
  ): HTMLElement {
    const headingId = `${id}-heading`;
    const run = h(
      'button',
      { type: 'button', id: `${id}-run`, class: 'ds-button', 'data-variant': 'primary', 'data-size': 'sm' },
      at('run'),
    );
    const cancel = h(
      'button',
      {
        type: 'button',
        id: `${id}-cancel`,
        class: 'ds-button',
        'data-variant': 'secondary',
        'data-size': 'sm',
        hidden: true,
      },
      at('cancel'),
    );
    const status = h('span', { id: `${id}-status`, class: 'an-status', role: 'status' });
    const progress = h('progress', { hidden: true, 'aria-labelledby': `${id}-status` });
    const stale = h('p', { class: 'an-stale', hidden: true, role: 'note' }, at('stale'));
    const result = h('div', { id: `${id}-result`, class: 'an-result', 'data-state': 'empty' });
    const root = h(
      'section',
      { class: 'an-section', 'aria-labelledby': headingId, 'data-analysis': kind },
      h('h3', { id: headingId }, at(heading)),
      h('p', { class: 'hint' }, at(lead)),
      ...form,
      h('div', { class: 'an-actions' }, run, progress, status, cancel),
      stale,
      result,
    );
    const s: Section = {
      kind,
      root,
      run,
      cancel,
      progress,
      status,
      stale,
      result,
      charts: [],
      done: this.kept.get(kind) ?? null,
      running: false,
    };
    this.sections.set(kind, s);
    run.addEventListener('click', () => void this.start(s));
    cancel.addEventListener('click', () => this.host.client.cancelAnalysis());
    // a changed choice makes the result on screen one of other choices
    root.addEventListener('change', () => this.markStale(s));
    return root;
  }

  private targetFields(prefix: 'gs' | 'opt'): HTMLElement {
    const f = this.form;
    const opId = `an-${prefix}-op`;
    const valueId = `an-${prefix}-value`;
    const op = h('select', { id: opId, class: 'ds-input' });
    op.append(h('option', { value: '<=' }, at('opAtMost')), h('option', { value: '>=' }, at('opAtLeast')));
    op.value = prefix === 'gs' ? f.gsOp : f.optOp;
    op.addEventListener('change', () => {
      if (prefix === 'gs') f.gsOp = op.value;
      else f.optOp = op.value;
    });
    const input = h('input', {
      id: valueId,
      class: 'ds-input an-number',
      type: 'text',
      inputmode: 'decimal',
      autocomplete: 'off',
      'aria-describedby': `an-${prefix}-now`,
    });
    input.value = prefix === 'gs' ? f.gsValue : f.optValue;
    input.addEventListener('input', () => {
      if (prefix === 'gs') {
        f.gsValue = input.value;
        f.gsValueTyped = true;
      } else {
        f.optValue = input.value;
        f.optValueTyped = true;
      }
    });
    const now = prefix === 'gs' ? this.now.gs : this.now.opt;
    now.id = `an-${prefix}-now`;
    return h(
      'div',
      { class: 'an-row' },
      h('div', { class: 'an-field' }, h('label', { for: opId }, at('targetOp')), op),
      h(
        'div',
        { class: 'an-field' },
        h('label', { for: valueId }, at('targetValue', { unit: outcomeUnit(this.outcome) })),
        input,
      ),
      now,
    );
  }

  /** The scenario's value now beside the targets, and a starting target when none was typed. */
  private prefillTargets(): void {
    const v = this.host.current(this.outcome, this.year);
    const text = v === null ? '' : at('nowValue', { value: formatOutcome(this.outcome, v), year: this.year });
    this.now.gs.textContent = text;
    this.now.opt.textContent = text;
    if (v === null) return;
    const lower = this.outcome !== 'nGps';
    // a target a little better than today: a fifth fewer without a GP, a tenth more GPs
    const start = formValue(this.outcome, lower ? v * 0.8 : v * 1.1);
    for (const p of ['gs', 'opt'] as const) {
      const typed = p === 'gs' ? this.form.gsValueTyped : this.form.optValueTyped;
      if (typed) continue;
      if (p === 'gs') {
        this.form.gsValue = start;
        this.form.gsOp = lower ? '<=' : '>=';
      } else {
        this.form.optValue = start;
        this.form.optOp = lower ? '<=' : '>=';
      }
      const input = this.root.querySelector<HTMLInputElement>(`#an-${p}-value`);
      const op = this.root.querySelector<HTMLSelectElement>(`#an-${p}-op`);
      if (input) input.value = start;
      if (op) op.value = lower ? '<=' : '>=';
    }
  }

  private checkbox(id: string, label: string, checked: boolean, onChange: (v: boolean) => void): HTMLElement {
    const box = h('input', { type: 'checkbox', id, checked });
    box.addEventListener('change', () => onChange(box.checked));
    return h('div', { class: 'an-check' }, box, h('label', { for: id }, label));
  }

  // ---- the three sections ----

  private sensitivitySection(): HTMLElement {
    const f = this.form;
    const runs = this.select(
      'an-sens-runs',
      at('runsLabel'),
      SENS_RUNS.map((n) => [String(n), formatNumber(n)]),
      String(f.sensRuns),
      (v) => (f.sensRuns = Number(v)),
    );
    const sel = runs.querySelector('select')!;
    sel.disabled = !f.sensAssumptions;
    const check = this.checkbox('an-sens-assumptions', at('sensAssumptions'), f.sensAssumptions, (v) => {
      f.sensAssumptions = v;
      sel.disabled = !v;
    });
    const el = this.section(
      'sensitivity',
      'an-sens',
      'sensHeading',
      'sensLead',
      h('div', { class: 'an-row' }, check, runs),
    );
    this.redraw('sensitivity');
    return el;
  }

  private goalSeekSection(): HTMLElement {
    const f = this.form;
    const lever = this.select(
      'an-gs-lever',
      at('lever'),
      LEVERS.map((l) => [l.id, loc(l.label)]),
      f.gsLever,
      (v) => {
        f.gsLever = v;
        rangeSel.disabled = LEVERS.find((l) => l.id === v)?.kind !== 'number';
      },
    );
    const range = this.select(
      'an-gs-range',
      at('leverRange'),
      [
        ['all', at('rangeAll')],
        ['up', at('rangeUp')],
        ['down', at('rangeDown')],
      ],
      f.gsRange,
      (v) => (f.gsRange = v as RangeMode),
    );
    const rangeSel = range.querySelector('select')!;
    rangeSel.disabled = LEVERS.find((l) => l.id === f.gsLever)?.kind !== 'number';
    const pInput = h('input', {
      id: 'an-gs-p',
      class: 'ds-input an-number',
      type: 'text',
      inputmode: 'decimal',
      autocomplete: 'off',
    });
    pInput.value = f.gsP;
    pInput.disabled = !f.gsProbability;
    pInput.addEventListener('input', () => (f.gsP = pInput.value));
    const runs = this.select(
      'an-gs-runs',
      at('runsLabel'),
      GS_RUNS.map((n) => [String(n), formatNumber(n)]),
      String(f.gsRuns),
      (v) => (f.gsRuns = Number(v)),
    );
    const runsSel = runs.querySelector('select')!;
    runsSel.disabled = !f.gsProbability;
    const prob = this.checkbox('an-gs-prob', at('useProbability'), f.gsProbability, (v) => {
      f.gsProbability = v;
      pInput.disabled = runsSel.disabled = !v;
    });
    const el = this.section(
      'goalSeek',
      'an-gs',
      'gsHeading',
      'gsLead',
      this.targetFields('gs'),
      h('div', { class: 'an-row' }, lever, range),
      h(
        'div',
        { class: 'an-row' },
        prob,
        h('div', { class: 'an-field' }, h('label', { for: 'an-gs-p' }, at('probabilityLabel')), pInput),
        runs,
      ),
    );
    this.redraw('goalSeek');
    return el;
  }

  private optimiseSection(): HTMLElement {
    const f = this.form;
    const muni = this.municipality();
    const rows = LEVERS.map((l) => {
      const id = `an-opt-lever-${l.id}`;
      const box = h('input', { type: 'checkbox', id, 'data-an-lever': l.id, checked: f.optLevers.has(l.id) });
      box.addEventListener('change', () => {
        if (box.checked) f.optLevers.add(l.id);
        else f.optLevers.delete(l.id);
      });
      const cells: HTMLElement[] = [h('div', { class: 'an-check' }, box, h('label', { for: id }, loc(l.label)))];
      if (l.kind === 'number') {
        const today = leverToday(this.host.state(), l.id, muni?.code ?? null);
        const numeric = typeof today === 'number';
        const mode = f.optRanges.get(l.id) ?? (numeric && today < l.max ? 'up' : 'all');
        const rid = `an-opt-range-${l.id}`;
        const sel = h('select', { id: rid, class: 'ds-input', 'data-range': l.id });
        sel.append(
          h('option', { value: 'all' }, at('rangeAll')),
          h('option', { value: 'up', disabled: !numeric }, at('rangeUp')),
          h('option', { value: 'down', disabled: !numeric }, at('rangeDown')),
        );
        sel.value = mode;
        sel.disabled = !box.checked;
        box.addEventListener('change', () => (sel.disabled = !box.checked));
        sel.addEventListener('change', () => f.optRanges.set(l.id, sel.value as RangeMode));
        cells.push(h('label', { for: rid, class: 'visually-hidden' }, `${at('leverRange')}: ${loc(l.label)}`), sel);
      }
      return h('div', { class: 'an-lever-row' }, ...cells);
    });
    const levers = h('fieldset', { class: 'an-levers' }, h('legend', {}, at('optLevers')), ...rows);
    const cost = this.select(
      'an-opt-cost',
      at('optCost'),
      [
        ['public', at('costPublic')],
        ['municipal', at('costMunicipal')],
        ['state', at('costState')],
      ],
      f.optCost,
      (v) => (f.optCost = v as typeof f.optCost),
    );
    const years = YEARS.map((y) => [String(y), String(y)] as const);
    const from = this.select('an-opt-from', at('periodFrom'), years, String(f.optFrom), (v) => (f.optFrom = Number(v)));
    const to = this.select('an-opt-to', at('periodTo'), years, String(f.optTo), (v) => (f.optTo = Number(v)));
    const max = this.select(
      'an-opt-max',
      at('runsLabel'),
      OPT_MAX.map((n) => [String(n), formatNumber(n)]),
      String(f.optMax),
      (v) => (f.optMax = Number(v)),
    );
    const budgetInput = h('input', {
      type: 'text',
      id: 'an-opt-budget',
      class: 'ds-input',
      inputmode: 'decimal',
      autocomplete: 'off',
      'aria-describedby': 'an-opt-budget-hint',
      value: f.optBudget,
    });
    budgetInput.addEventListener('input', () => (f.optBudget = budgetInput.value));
    const budget = h(
      'div',
      { class: 'an-field' },
      h('label', { for: 'an-opt-budget' }, at('optBudget')),
      budgetInput,
      h('p', { id: 'an-opt-budget-hint', class: 'hint' }, at('optBudgetHint')),
    );
    const el = this.section(
      'optimise',
      'an-opt',
      'optHeading',
      'optLead',
      this.targetFields('opt'),
      levers,
      h('div', { class: 'an-row' }, cost, from, to, max),
      budget,
    );
    this.redraw('optimise');
    return el;
  }

  private municipality(): { code: string; name: string } | null {
    const r = this.host.region();
    return r.type === 'kommune' ? { code: r.code, name: r.name } : null;
  }

  // ---- running ----

  /** The section's spec from its form, or a message saying what to fix. */
  private specOf(kind: Kind): { spec: AnalysisSpec; period?: { from: number; to: number } } | { error: string } {
    const f = this.form;
    if (this.from > this.year) return { error: at('errFrom', { year: this.year }) };
    const base = {
      outcome: this.outcome,
      year: this.year,
      seed: this.host.seed,
      ...(this.from !== DEFAULT_FROM ? { from: this.from } : {}),
    };
    if (kind === 'sensitivity') return { spec: { kind, ...base, assumptions: f.sensAssumptions, runs: f.sensRuns } };
    const op = kind === 'goalSeek' ? f.gsOp : f.optOp;
    const t = targetFromForm(this.outcome, op, kind === 'goalSeek' ? f.gsValue : f.optValue);
    if (!t.ok) return { error: t.error };
    const muni = this.municipality()?.code ?? null;
    const state = this.host.state();
    if (kind === 'goalSeek') {
      const spec = LEVERS.find((l) => l.id === f.gsLever)!;
      const r = rangeFor(spec, leverToday(state, spec.id, muni), f.gsRange);
      if (!r.ok) return { error: r.error };
      let probability: number | undefined;
      if (f.gsProbability) {
        const p = probabilityFromForm(f.gsP);
        if (p === null) return { error: at('errProbability') };
        probability = p;
      }
      return {
        spec: {
          kind,
          ...base,
          target: t.target,
          lever: spec.id,
          ...(r.range ? { range: r.range } : {}),
          ...(probability !== undefined ? { probability } : {}),
          runs: f.gsRuns,
        },
      };
    }
    const levers = LEVERS.filter((l) => f.optLevers.has(l.id));
    if (levers.length === 0) return { error: at('optNoLevers') };
    const ranges: Record<string, { min: number; max: number }> = {};
    for (const l of levers) {
      const mode = this.root.querySelector<HTMLSelectElement>(`#an-opt-range-${l.id}`)?.value as RangeMode | undefined;
      const r = rangeFor(l, leverToday(state, l.id, muni), mode ?? 'all');
      if (!r.ok) return { error: r.error };
      if (r.range) ranges[l.id] = r.range;
    }
    if (f.optTo < f.optFrom) return { error: at('errPeriod') };
    const period = { from: f.optFrom, to: f.optTo };
    const b = budgetFromForm(f.optBudget);
    if (!b.ok) return { error: b.error };
    return {
      spec: {
        kind,
        ...base,
        target: t.target,
        levers: levers.map((l) => l.id),
        ...(Object.keys(ranges).length > 0 ? { ranges } : {}),
        cost: f.optCost,
        period,
        ...(b.budget !== undefined ? { budget: b.budget } : {}),
        maxEvaluations: f.optMax,
      },
      period,
    };
  }

  private keyOf(req: RunRequest, spec: AnalysisSpec): string {
    return JSON.stringify([req, spec]);
  }

  private async start(s: Section): Promise<void> {
    const made = this.specOf(s.kind);
    if ('error' in made) {
      this.say(s, made.error, true);
      return;
    }
    const { spec } = made;
    const req = this.host.request();
    const regionOption = this.host.region();
    const scenario = this.host.scenarioName();
    const municipality = this.municipality();
    // the lever values the package is told against (today in the scenario, for the region)
    const today: Record<string, LeverValue> = {};
    if (spec.kind === 'optimise')
      for (const id of spec.levers) today[id] = leverToday(this.host.state(), id, municipality?.code ?? null);
    for (const other of this.sections.values()) if (other !== s && other.running) this.say(other, at('cancelled'));
    s.running = true;
    s.run.disabled = true;
    s.cancel.hidden = false;
    s.progress.hidden = false;
    s.progress.removeAttribute('value');
    s.result.setAttribute('aria-busy', 'true');
    this.say(s, at('starting'));
    let lastSaid = 0;
    try {
      const answer = await this.host.client.analysis(req, spec, (done, total, best) => {
        if (total !== null) {
          s.progress.max = total;
          s.progress.value = Math.min(done, total);
        }
        // the live region is told at most every 1.5 s (a screen reader is not flooded)
        const now = performance.now();
        if (now - lastSaid < 1500) return;
        lastSaid = now;
        this.say(s, this.progressText(spec.kind, done, total, best));
      });
      s.done = {
        answer,
        spec,
        req,
        key: this.keyOf(req, spec),
        regionOption,
        scenario,
        municipality,
        ...(made.period ? { period: made.period } : {}),
        ...(spec.kind === 'optimise' ? { today } : {}),
      };
      this.redraw(s.kind);
      const evaluations = answer.result.evaluations;
      this.say(
        s,
        at('doneIn', {
          seconds: formatNumber(answer.computeMs / 1000, answer.computeMs < 1000 ? 2 : 1),
          runs: formatNumber(evaluations),
        }),
      );
      this.markStale(s);
      const probe = (window as unknown as { __fls?: Record<string, number> }).__fls;
      if (probe) probe['analysisDone'] = (probe['analysisDone'] ?? 0) + 1;
    } catch (e) {
      if (e instanceof CancelledError) this.say(s, at('cancelled'));
      else this.say(s, at('failed', { message: (e as Error).message }), true);
    } finally {
      s.running = false;
      s.run.disabled = false;
      s.cancel.hidden = true;
      s.progress.hidden = true;
      s.result.removeAttribute('aria-busy');
    }
  }

  private progressText(kind: Kind, done: number, total: number | null, best: number | null): string {
    const n = formatNumber(done);
    if (kind === 'sensitivity' && total !== null) return at('progressOf', { done: n, total: formatNumber(total) });
    if (kind === 'optimise' && total !== null)
      return best === null
        ? at('progressNoBest', { done: n, total: formatNumber(total) })
        : at('progressBest', {
            done: n,
            total: formatNumber(total),
            best: at('millNok', { value: formatNumber(best / 1e6, 1) }),
          });
    return at('progressRuns', { done: n });
  }

  private say(s: Section, text: string, alert = false): void {
    s.status.textContent = text;
    s.status.setAttribute('role', alert ? 'alert' : 'status');
    s.status.classList.toggle('an-error', alert);
  }

  private markStale(s: Section): void {
    if (!s.done) {
      s.stale.hidden = true;
      return;
    }
    const made = this.specOf(s.kind);
    const key = 'error' in made ? '' : this.keyOf(this.host.request(), made.spec);
    s.stale.hidden = key === s.done.key;
  }

  // ---- results ----

  private redraw(kind: Kind): void {
    const s = this.sections.get(kind);
    if (!s) return;
    for (const c of s.charts) c.destroy();
    s.charts = [];
    clear(s.result);
    const d = s.done;
    s.result.setAttribute('data-state', d ? 'done' : 'empty');
    if (!d) return;
    if (d.answer.kind === 'sensitivity') this.showSensitivity(s, d);
    else if (d.answer.kind === 'goalSeek') this.showGoalSeek(s, d);
    else this.showOptimise(s, d);
    this.markStale(s);
  }

  private figure(s: Section, spec: FigureSpec): HTMLElement {
    const { root, chart } = renderFigure(spec, (text) => this.host.announce(text));
    s.charts.push(chart);
    return root;
  }

  /** An exported file's name parts: what, the outcome, the year, the region and the scenario (export/fileName.ts). */
  private file(d: Done, what: string): string[] {
    const o = d.spec.outcome as Outcome;
    return [what, outcomeLabel(o), String(d.spec.year), shortRegionName(d.regionOption), d.scenario];
  }

  private showSensitivity(s: Section, d: Done): void {
    if (d.answer.kind !== 'sensitivity') return;
    const r = d.answer.result;
    const o = r.outcome as Outcome;
    const stamp = stampLines(shortRegionName(d.regionOption), d.scenario);
    const title = at('tornadoTitle', {
      outcome: outcomePhrase(o),
      year: r.year,
      region: shortRegionName(d.regionOption),
    });
    const { config, rows } = tornadoConfig(r.levers, o, r.year, 'lever');
    const hidden = r.levers.length - rows;
    s.result.append(
      this.figure(s, {
        id: 'tornado-levers',
        title,
        summary: tornadoSummary(r.levers, o, r.year, r.base, 'lever'),
        config,
        height: Math.max(160, 44 * rows + 90),
        table: tornadoTable(r.levers, o, r.year, 'lever'),
        file: this.file(d, at('sensHeading')),
        stamp,
        note: [
          tornadoSummary(r.levers, o, r.year, r.base, 'lever'),
          hidden > 0 ? at('tornadoHidden', { n: hidden }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      }),
    );
    if (r.assumptions) {
      const a = tornadoConfig(r.assumptions, o, r.year, 'assumption');
      const shown = r.assumptions.filter((e) => e.swing > 0);
      s.result.append(
        this.figure(s, {
          id: 'tornado-assumptions',
          title: at('tornadoAssumptionsTitle', {
            outcome: outcomePhrase(o),
            year: r.year,
            region: shortRegionName(d.regionOption),
          }),
          summary: tornadoSummary(r.assumptions, o, r.year, r.base, 'assumption'),
          config: a.config,
          height: Math.max(160, 44 * a.rows + 90),
          table: tornadoTable(shown, o, r.year, 'assumption'),
          file: this.file(d, at('fileAssumptions')),
          stamp,
        }),
      );
    }
    if (r.variance) {
      const rowsV = varianceRows(r.variance);
      const text = varianceText(r.variance, o, r.year);
      s.result.append(
        h('p', { class: 'an-answer', 'data-variance-text': '' }, text),
        this.figure(s, {
          id: 'variance',
          title: at('varianceTitle', {
            outcome: outcomePhrase(o),
            year: r.year,
            region: shortRegionName(d.regionOption),
          }),
          summary: text,
          config: varianceConfig(rowsV),
          height: Math.max(140, 40 * rowsV.length + 70),
          table: varianceTable(rowsV),
          file: this.file(d, at('fileVariance')),
          stamp,
        }),
      );
    }
  }

  private context(d: Done): AnswerContext {
    const spec = d.spec as Extract<AnalysisSpec, { kind: 'goalSeek' | 'optimise' }>;
    return {
      outcome: spec.outcome as Outcome,
      target: spec.target as Target,
      year: spec.year,
      region: shortRegionName(d.regionOption),
      ...(spec.kind === 'goalSeek' && spec.probability !== undefined ? { probability: spec.probability } : {}),
    };
  }

  private showGoalSeek(s: Section, d: Done): void {
    if (d.answer.kind !== 'goalSeek') return;
    const r = d.answer.result;
    const sentence = h('p', { class: 'an-answer', id: 'an-gs-answer' }, goalSeekSentence(r, this.context(d)));
    s.result.append(sentence);
    if (r.status !== 'reached') return;
    const spec = LEVERS.find((l) => l.id === r.lever)!;
    const apply = h(
      'button',
      { type: 'button', id: 'an-gs-apply', class: 'ds-button', 'data-variant': 'primary', 'data-size': 'sm' },
      at('applyValue'),
    );
    const said = h('p', { class: 'hint', role: 'status', id: 'an-gs-applied' });
    apply.addEventListener('click', () => {
      // for a local lever, the municipality the answer was computed for
      const muni = spec.scope === 'local' ? d.municipality : null;
      const { state, what } = appliedState(this.host.state(), r.lever, r.answer.value, muni, d.spec.from);
      this.host.commit(state, what);
      const vars = { lever: loc(spec.label), value: displayLeverValue(spec, r.answer.value) };
      const text = muni ? at('appliedFor', { ...vars, name: muni.name }) : at('applied', vars);
      said.textContent = text;
      this.host.announce(text);
    });
    s.result.append(h('div', { class: 'an-actions' }, apply), said);
  }

  private showOptimise(s: Section, d: Done): void {
    if (d.answer.kind !== 'optimise' || d.spec.kind !== 'optimise') return;
    const spec = d.spec;
    const r = d.answer.result;
    const o = d.spec.outcome as Outcome;
    const period = d.period ?? { from: d.spec.from ?? DEFAULT_FROM, to: d.spec.year };
    const ctx = this.context(d);
    s.result.append(
      h('p', { class: 'an-answer', id: 'an-opt-answer' }, optimiseSentence(r, ctx, d.spec.cost, period, d.spec.budget)),
    );
    const today = d.today ?? {};
    if (r.status !== 'alreadyMet') {
      const pt = packageTable(r, today);
      const table = dataTable(at('packageTitle'), { header: pt.header, rows: pt.rows.map((x) => x.cells) });
      table.id = 'an-opt-package';
      pt.rows.forEach((x, i) => table.tBodies[0]!.rows[i]!.setAttribute('data-an-lever', x.id));
      s.result.append(scrollRegion(table));
    }
    if (r.frontier.length > 0) {
      const ft = frontierTable(r, o, period, today);
      const first = r.frontier[0]!;
      const last = r.frontier[r.frontier.length - 1]!;
      s.result.append(
        this.figure(s, {
          id: 'frontier',
          title: at('frontierTitle', {
            outcome: outcomePhrase(o),
            year: d.spec.year,
            region: shortRegionName(d.regionOption),
          }),
          summary: at('frontierSummary', {
            n: r.frontier.length,
            firstCost: ft.rows[0]![0]!,
            firstOutcome: formatOutcome(o, first.outcome),
            lastCost: ft.rows[ft.rows.length - 1]![0]!,
            lastOutcome: formatOutcome(o, last.outcome),
          }),
          config: frontierConfig(r, o, d.spec.target, period),
          height: 300,
          table: ft,
          file: this.file(d, at('optHeading')),
          stamp: stampLines(shortRegionName(d.regionOption), d.scenario),
        }),
      );
    }
    const pkg = d.answer.package;
    if (!pkg || (r.status !== 'found' && r.status !== 'overBudget')) return;
    const save = h(
      'button',
      { type: 'button', id: 'an-opt-save', class: 'ds-button', 'data-variant': 'primary', 'data-size': 'sm' },
      at('saveAsScenario'),
    );
    const said = h('p', { class: 'hint', role: 'status', id: 'an-opt-saved' });
    save.addEventListener('click', () => {
      const name = at('packageName', {
        region: shortRegionName(d.regionOption),
        outcome: outcomePhrase(o),
        target: targetLabel(o, spec.target),
        year: spec.year,
      });
      save.disabled = true;
      void this.host
        .saveScenario(packageScenario(pkg, d.req, name, this.host.runs(), this.host.seed))
        .then(
          (savedAs) => {
            const text = at('savedPackage', { name: savedAs });
            said.textContent = text;
            this.host.announce(text);
          },
          (e: unknown) => (said.textContent = at('failed', { message: String((e as Error)?.message ?? e) })),
        )
        .finally(() => (save.disabled = false));
    });
    s.result.append(h('div', { class: 'an-actions' }, save), said);
  }
}

/** A region as the answers name it: "Bindal", "Nordland", "Hele landet", "Sentralitetsklasse 3". */
function shortRegionName(o: RegionOption): string {
  if (o.type === 'national') return t('regionNational');
  if (o.type === 'sentralitet') return `${t('regionCentrality')} ${o.code}`;
  return o.name;
}

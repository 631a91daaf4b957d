/**
 * "Sammenlign scenarioer": pick 2-4 scenarios (current policy, your scenario, presets, saved ones) and a
 * reference; Monte Carlo runs each with the same seeds for the current region; a difference table of the key
 * outcomes at chosen years with paired p10-p90, a budget table (municipal and state cost, extra cost, cost
 * per resident who gains a GP, beside the budget envelopes in the source documents), and the scenarios
 * overlaid on every chart.
 */
import type { McRuns, McSummary } from '../../engine/run/mcSummary.ts';
import { summarizeRuns } from '../../engine/run/mcSummary.ts';
import { RESULT_SPECS, type ResultId } from '../../engine/run/results.ts';
import { SEED_RECORDS } from '../../levers/seeds.ts';
import { clear, h } from '../dom.ts';
import { formatInteger, formatMillNok, formatNumber, formatSigned } from '../format.ts';
import { loc, t } from '../i18n.ts';
import type { RunRequest } from '../sim/protocol.ts';
import type { LinkComparison } from '../scenarios/shareLink.ts';
import { budgetRow, outcome, pairedDifference, type BudgetRow, type Quantiles } from './diff.ts';

export interface CompareCandidate {
  readonly key: string;
  readonly name: string;
  readonly request: () => RunRequest;
}

export interface CompareRunner {
  /** Monte Carlo runs of one scenario (shared seeds); rejects with CancelledError when cancelled. */
  runs(req: RunRequest, onProgress: (done: number, total: number) => void): Promise<McRuns>;
  cancel(): void;
}

export interface CompareResult {
  readonly keys: readonly string[];
  /** What each scenario ran (for share links). */
  readonly requests: readonly RunRequest[];
  readonly names: readonly string[];
  readonly summaries: readonly McSummary[];
  readonly runs: readonly McRuns[];
  readonly reference: number;
  readonly region: string;
}

const OUTCOMES: readonly { id: ResultId; format: (v: number) => string }[] = [
  { id: 'nResidentsWithoutGp', format: formatInteger },
  { id: 'nGps', format: formatInteger },
  { id: 'meanListLength', format: formatInteger },
  { id: 'onCallHoursPerGpPerMonth', format: (v) => formatNumber(v, 1) },
  { id: 'publicCostNok', format: formatMillNok },
];
const YEAR_CHOICES = [2027, 2028, 2030, 2035, 2040];
const DEFAULT_YEARS = [2030, 2035, 2040];
export const MAX_COMPARED = 4;

export class ComparePanel {
  private selected: string[] = ['baseline', 'current'];
  private reference = 'baseline';
  private years = new Set(DEFAULT_YEARS);
  private result: CompareResult | null = null;
  private running = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly candidates: () => readonly CompareCandidate[],
    private readonly runner: CompareRunner,
    private readonly region: () => { value: string; name: string },
    /** Called when results appear or are cleared (the charts overlay them). */
    private readonly onResult: (r: CompareResult | null) => void,
  ) {}

  get current(): CompareResult | null {
    return this.result;
  }

  /** Whether a comparison is running (its Monte Carlo runs hold the workers). */
  get isRunning(): boolean {
    return this.running;
  }

  /** Set by the app: called when a comparison run ends, done, cancelled or failed. */
  onFinished?: () => void;

  /** Set by the app: export the difference and budget tables. */
  onExport?: (format: 'csv' | 'xlsx') => void;

  /**
   * The numbers of both tables, computed once for the view and the exports: per outcome and year each
   * scenario's median and (except the reference) its paired difference; per scenario and year the budget row.
   */
  private tables(): {
    refIdx: number;
    outcomes: {
      id: ResultId;
      label: string;
      format: (v: number) => string;
      year: number;
      cells: { p50: number; diff: Quantiles | null }[];
    }[];
    budget: { name: string; year: number; isRef: boolean; b: BudgetRow }[];
  } | null {
    const r = this.result;
    if (!r) return null;
    const refIdx = r.keys.includes(this.reference) ? r.keys.indexOf(this.reference) : r.reference;
    const ref = r.runs[refIdx]!;
    const years = [...this.years].sort((a, b) => a - b).filter((y) => r.runs[0]!.years.includes(y));
    const outcomes = OUTCOMES.flatMap((o) => {
      const spec = RESULT_SPECS.find((x) => x.id === o.id)!;
      const label = `${loc(spec.label)} (${o.id === 'publicCostNok' ? t('millNokPerYear') : loc(spec.unit)})`;
      return years.map((year) => ({
        id: o.id,
        label,
        format: o.format,
        year,
        cells: r.runs.map((runs, i) => ({
          p50: outcome(runs, o.id, year).p50,
          diff: i === refIdx ? null : pairedDifference(runs, ref, o.id, year),
        })),
      }));
    });
    const budget = r.runs.flatMap((runs, i) =>
      years.map((year) => ({ name: r.names[i]!, year, isRef: i === refIdx, b: budgetRow(runs, ref, year) })),
    );
    return { refIdx, outcomes, budget };
  }

  /**
   * The difference table and the budget table as one sheet of raw numbers (outcomes in their units, costs in
   * NOK million), for CSV and Excel.
   */
  exportTables(): { header: string[]; rows: (string | number | undefined)[][] } | null {
    const r = this.result;
    const tab = this.tables();
    if (!r || !tab) return null;
    const { refIdx } = tab;
    const header = [t('compareOutcome'), t('year')];
    r.names.forEach((n, i) => {
      header.push(`${n}: p50`);
      if (i !== refIdx)
        header.push(`${n}: ${t('deckChange')} p50`, `${n}: ${t('deckChange')} p10`, `${n}: ${t('deckChange')} p90`);
    });
    const rows: (string | number | undefined)[][] = tab.outcomes.map((row) => {
      const k = row.id === 'publicCostNok' ? 1e-6 : 1;
      return [
        row.label,
        String(row.year),
        ...row.cells.flatMap((c) =>
          c.diff ? [c.p50 * k, c.diff.p50 * k, c.diff.p10 * k, c.diff.p90 * k] : [c.p50 * k],
        ),
      ];
    });
    rows.push([]);
    rows.push([
      t('budgetHeading'),
      t('year'),
      `${t('budgetMunicipal')} (${t('millNokPerYear')})`,
      `${t('budgetState')} (${t('millNokPerYear')})`,
      `${t('budgetTotal')} (${t('millNokPerYear')})`,
      `${t('budgetExtra', { ref: r.names[refIdx]! })} p50`,
      'p10',
      'p90',
      t('budgetGaining'),
      `${t('budgetPerResident')} (kr)`,
    ]);
    for (const { name, year, b } of tab.budget) {
      rows.push([
        name,
        String(year),
        b.municipal.p50 / 1e6,
        b.state.p50 / 1e6,
        b.total.p50 / 1e6,
        b.extra.p50 / 1e6,
        b.extra.p10 / 1e6,
        b.extra.p90 / 1e6,
        b.residentsGaining.p50,
        b.costPerResidentGaining ?? undefined,
      ]);
    }
    return { header, rows };
  }

  /** Scenarios that came with a share link (offered as candidates "link:i"). */
  private linked: CompareCandidate[] = [];

  /** The comparison on screen as link content (each scenario's levers, assumptions and formulas). */
  linkComparison(): LinkComparison | undefined {
    const r = this.result;
    if (!r) return undefined;
    const refKey = r.keys.includes(this.reference) ? this.reference : r.keys[r.reference]!;
    return {
      reference: Math.max(0, r.keys.indexOf(refKey)),
      scenarios: r.requests.map((q, i) => ({
        name: r.names[i]!,
        levers: q.levers,
        assumptions: q.assumptions,
        formulas: q.formulas,
        ...(q.municipalities ? { municipalities: q.municipalities } : {}),
      })),
    };
  }

  /** Restores a comparison from a share link and runs it. */
  openLinked(c: LinkComparison, region: () => string, endYear: number): void {
    this.linked = c.scenarios.map((s, i) => ({
      key: `link:${i}`,
      name: s.name,
      request: () => ({
        levers: s.levers,
        assumptions: s.assumptions,
        formulas: s.formulas,
        ...(s.municipalities ? { municipalities: s.municipalities } : {}),
        region: region(),
        endYear,
      }),
    }));
    this.selected = this.linked.map((l) => l.key);
    this.reference = this.linked[c.reference]?.key ?? this.selected[0]!;
    this.render();
    const details = this.root.querySelector('details');
    if (details) details.open = true;
    void this.run();
  }

  private allCandidates(): readonly CompareCandidate[] {
    return [...this.candidates(), ...this.linked];
  }

  /** Results for another region or changed scenarios are no longer valid. */
  invalidate(): void {
    if (!this.result) return;
    this.result = null;
    this.onResult(null);
    this.render();
  }

  render(): void {
    const open = (this.root.querySelector('details') as HTMLDetailsElement | null)?.open ?? false;
    clear(this.root);
    const cands = this.allCandidates();
    this.selected = this.selected.filter((k) => cands.some((c) => c.key === k));
    if (!this.selected.includes(this.reference)) this.reference = this.selected[0] ?? 'baseline';
    const boxes = h(
      'fieldset',
      { class: 'compare-choices' },
      h('legend', {}, t('compareWhich', { max: MAX_COMPARED })),
    );
    for (const c of cands) {
      const id = `compare-${c.key}`;
      const box = h('input', {
        type: 'checkbox',
        id,
        value: c.key,
        'data-compare': c.key,
        checked: this.selected.includes(c.key),
      });
      box.addEventListener('change', () => {
        if (box.checked && this.selected.length >= MAX_COMPARED) {
          box.checked = false;
          this.status(t('compareMax', { max: MAX_COMPARED }), true);
          return;
        }
        this.selected = box.checked ? [...this.selected, c.key] : this.selected.filter((k) => k !== c.key);
        this.render();
        this.root.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`)?.focus();
      });
      boxes.append(h('div', { class: 'compare-choice' }, box, h('label', { for: id }, c.name)));
    }
    const ref = h('select', { id: 'compare-reference' });
    for (const k of this.selected) {
      const c = cands.find((x) => x.key === k);
      if (c) ref.add(new Option(c.name, c.key, k === this.reference, k === this.reference));
    }
    ref.addEventListener('change', () => {
      this.reference = ref.value;
      if (this.result) this.renderResult();
    });
    const years = h('fieldset', { class: 'compare-years' }, h('legend', {}, t('compareYears')));
    for (const y of YEAR_CHOICES) {
      const id = `compare-year-${y}`;
      const box = h('input', { type: 'checkbox', id, checked: this.years.has(y) });
      box.addEventListener('change', () => {
        if (box.checked) this.years.add(y);
        else this.years.delete(y);
        if (this.result) this.renderResult();
      });
      years.append(h('span', { class: 'compare-year' }, box, h('label', { for: id }, String(y))));
    }
    const run = h(
      'button',
      {
        type: 'button',
        id: 'compare-run',
        class: 'ds-button',
        'data-variant': 'primary',
        'data-size': 'sm',
        disabled: this.running || this.selected.length < 2,
      },
      t('compareRun'),
    );
    run.addEventListener('click', () => void this.run());
    const cancel = h(
      'button',
      {
        type: 'button',
        id: 'compare-cancel',
        class: 'ds-button',
        'data-variant': 'secondary',
        'data-size': 'sm',
        hidden: !this.running,
      },
      t('cancel'),
    );
    cancel.addEventListener('click', () => this.runner.cancel());
    const progress = h('progress', {
      id: 'compare-progress',
      hidden: !this.running,
      'aria-labelledby': 'compare-status',
    });
    const clearBtn = h(
      'button',
      {
        type: 'button',
        id: 'compare-clear',
        class: 'ds-button',
        'data-variant': 'tertiary',
        'data-size': 'sm',
        hidden: !this.result,
      },
      t('compareClear'),
    );
    clearBtn.addEventListener('click', () => {
      this.result = null;
      this.onResult(null);
      this.render();
    });
    const details = h(
      'details',
      { class: 'compare-panel', open },
      h('summary', {}, h('span', { class: 'compare-summary' }, t('compareHeading'))),
      h('p', { class: 'panel-lead' }, t('compareLead')),
      boxes,
      h('div', { class: 'compare-controls' }, h('label', { for: 'compare-reference' }, t('compareReference')), ref),
      years,
      h('div', { class: 'compare-controls' }, run, progress, cancel, clearBtn),
      h('p', { id: 'compare-status', role: 'status', class: 'compare-status' }),
      h('div', { id: 'compare-output' }),
    );
    if (this.result) details.open = true;
    this.root.append(details);
    if (this.result) this.renderResult();
  }

  private async run(): Promise<void> {
    const cands = this.allCandidates();
    const chosen = this.selected.map((k) => cands.find((c) => c.key === k)).filter((c): c is CompareCandidate => !!c);
    if (chosen.length < 2) return;
    this.running = true;
    this.render();
    const region = this.region();
    const all: McRuns[] = [];
    const requests = chosen.map((c) => c.request());
    try {
      for (let i = 0; i < chosen.length; i++) {
        const c = chosen[i]!;
        const mc = await this.runner.runs(requests[i]!, (done, total) => {
          const bar = this.root.querySelector<HTMLProgressElement>('#compare-progress');
          if (bar) {
            bar.max = total * chosen.length;
            bar.value = i * total + done;
          }
          this.status(t('compareRunning', { name: c.name, i: i + 1, n: chosen.length }));
        });
        all.push(mc);
      }
      this.result = {
        keys: chosen.map((c) => c.key),
        requests,
        names: chosen.map((c) => c.name),
        summaries: all.map((r) => summarizeRuns(r)),
        runs: all,
        reference: Math.max(
          0,
          chosen.findIndex((c) => c.key === this.reference),
        ),
        region: region.value,
      };
      this.running = false;
      this.render();
      this.status(t('compareDone', { n: chosen.length, runs: formatInteger(all[0]!.runs), region: region.name }));
      this.onResult(this.result);
      this.onFinished?.();
    } catch (e) {
      this.running = false;
      this.render();
      this.status(
        (e as Error).name === 'CancelledError' || (e as Error).message === 'cancelled'
          ? t('compareCancelled')
          : t('runError', { message: (e as Error).message }),
        true,
      );
      this.onFinished?.();
    }
  }

  private renderResult(): void {
    const out = this.root.querySelector<HTMLElement>('#compare-output');
    const r = this.result;
    const tab = this.tables();
    if (!out || !r || !tab) return;
    clear(out);
    const { refIdx } = tab;
    const refName = r.names[refIdx]!;
    // difference table: rows = outcome × year, columns = scenarios
    const head = h(
      'tr',
      {},
      h('th', { scope: 'col' }, t('compareOutcome')),
      h('th', { scope: 'col' }, t('year')),
      ...r.names.map((n, i) => h('th', { scope: 'col' }, i === refIdx ? `${n} (${t('compareRef')})` : n)),
    );
    const rows = tab.outcomes.map((row) => {
      const f = row.format;
      const cells = row.cells.map((c) =>
        c.diff
          ? h(
              'td',
              { class: 'num', 'data-diff': String(c.diff.p50) },
              f(c.p50),
              h('br'),
              h('span', { class: 'diff' }, `${formatSigned(c.diff.p50, f)} (${f(c.diff.p10)} – ${f(c.diff.p90)})`),
            )
          : h('td', { class: 'num' }, f(c.p50)),
      );
      return h(
        'tr',
        { 'data-outcome': row.id, 'data-year': String(row.year) },
        h('th', { scope: 'row' }, row.label),
        h('td', {}, String(row.year)),
        ...cells,
      );
    });
    const exp = (f: 'csv' | 'xlsx') => {
      const b = h(
        'button',
        {
          type: 'button',
          id: `compare-export-${f}`,
          class: 'ds-button',
          'data-variant': 'secondary',
          'data-size': 'sm',
        },
        t(f === 'csv' ? 'compareExportCsv' : 'compareExportXlsx'),
      );
      b.addEventListener('click', () => this.onExport?.(f));
      return b;
    };
    out.append(h('div', { class: 'compare-controls' }, exp('csv'), exp('xlsx')));
    out.append(
      h('h3', {}, t('compareDiffHeading')),
      h('p', { class: 'hint' }, t('compareDiffLead', { ref: refName })),
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'data-table', id: 'compare-table' },
          h('caption', { class: 'visually-hidden' }, t('compareDiffHeading')),
          h('thead', {}, head),
          h('tbody', {}, ...rows),
        ),
      ),
    );
    // budget view
    const bHead = h(
      'tr',
      {},
      h('th', { scope: 'col' }, t('compareScenario')),
      h('th', { scope: 'col' }, t('year')),
      h('th', { scope: 'col' }, t('budgetMunicipal')),
      h('th', { scope: 'col' }, t('budgetState')),
      h('th', { scope: 'col' }, t('budgetTotal')),
      h('th', { scope: 'col' }, t('budgetExtra', { ref: refName })),
      h('th', { scope: 'col' }, t('budgetGaining')),
      h('th', { scope: 'col' }, t('budgetPerResident')),
    );
    const bRows = tab.budget.map(({ name, year, isRef, b }) =>
      h(
        'tr',
        { 'data-budget': name, 'data-year': String(year) },
        h('th', { scope: 'row' }, name),
        h('td', {}, String(year)),
        h('td', { class: 'num' }, formatMillNok(b.municipal.p50)),
        h('td', { class: 'num' }, formatMillNok(b.state.p50)),
        h('td', { class: 'num' }, formatMillNok(b.total.p50)),
        h(
          'td',
          { class: 'num' },
          isRef
            ? '–'
            : `${formatSigned(b.extra.p50 / 1e6, formatInteger)} (${formatMillNok(b.extra.p10)} – ${formatMillNok(b.extra.p90)})`,
        ),
        h('td', { class: 'num' }, isRef ? '–' : formatSigned(b.residentsGaining.p50, formatInteger)),
        h(
          'td',
          { class: 'num' },
          isRef || b.costPerResidentGaining === null ? '–' : `${formatInteger(b.costPerResidentGaining)} kr`,
        ),
      ),
    );
    const envelopes = SEED_RECORDS.flatMap((s) => s.budgetEnvelopes.map((e) => ({ e, seed: s })));
    out.append(
      h('h3', {}, t('budgetHeading')),
      h('p', { class: 'hint' }, t('budgetLead')),
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'data-table', id: 'budget-table' },
          h('caption', { class: 'visually-hidden' }, t('budgetHeading')),
          h('thead', {}, bHead),
          h('tbody', {}, ...bRows),
        ),
      ),
      h('p', { class: 'sources-heading' }, t('budgetEnvelopes')),
      h(
        'ul',
        { class: 'sources', id: 'budget-envelopes' },
        ...envelopes.map(({ e, seed }) =>
          h(
            'li',
            {},
            `${formatInteger(e.millNok)} ${t('millNok')} (${e.year}): ${loc(e.what)} – `,
            h('cite', {}, loc(seed.title)),
          ),
        ),
      ),
    );
  }

  private status(message: string, alert = false): void {
    const el = this.root.querySelector<HTMLElement>('#compare-status');
    if (!el) return;
    el.textContent = message;
    el.setAttribute('role', alert ? 'alert' : 'status');
  }
}

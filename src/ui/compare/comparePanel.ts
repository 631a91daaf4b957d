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
import { clear, h, scrollRegion } from '../dom.ts';
import { formatInteger, formatInterval, formatMillNok, formatNumber, formatSigned } from '../format.ts';
import { loc, t } from '../i18n.ts';
import { loadCitations, withCitations } from '../citationsLazy.ts';
import type { RunRequest } from '../sim/protocol.ts';
import type { LinkComparison } from '../scenarios/shareLink.ts';
import { stableJson } from '../stableJson.ts';
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
  /** The region's name when it ran (what a region change reports). */
  readonly regionName?: string;
}

/** What a scenario runs, apart from the region and horizon (equal content: the same scenario). */
export function contentKey(q: Pick<RunRequest, 'levers' | 'assumptions' | 'formulas' | 'municipalities'>): string {
  return stableJson([q.levers, q.assumptions ?? {}, q.formulas ?? {}, q.municipalities ?? {}]);
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
  /** A notice that stays over redraws (a region change that reran the comparison). */
  private notice = '';
  /** The region changed while a comparison ran: it is cancelled and runs again for the new region. */
  private rerunPending = false;
  /** The stale scenarios and the names offered when the panel was last drawn (sync() redraws when they change). */
  private drawnStale = '';

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
      /** Each scenario's expected value and (except the reference) its difference (compare/diff.ts). */
      cells: { value: number; diff: Quantiles | null }[];
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
          value: outcome(runs, o.id, year).mean,
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
      header.push(`${n}: ${t('expectedShort')}`);
      if (i !== refIdx)
        header.push(
          `${n}: ${t('deckChange')} ${t('expectedShort')}`,
          `${n}: ${t('deckChange')} p10`,
          `${n}: ${t('deckChange')} p90`,
        );
    });
    const rows: (string | number | undefined)[][] = tab.outcomes.map((row) => {
      const k = row.id === 'publicCostNok' ? 1e-6 : 1;
      return [
        row.label,
        String(row.year),
        ...row.cells.flatMap((c) =>
          c.diff ? [c.value * k, c.diff.mean * k, c.diff.p10 * k, c.diff.p90 * k] : [c.value * k],
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
      `${t('budgetExtra', { ref: r.names[refIdx]! })} (${t('millNokPerYear')}) ${t('expectedShort')}`,
      'p10',
      'p90',
      `${t('budgetExtraMunicipal')} (${t('millNokPerYear')}) ${t('expectedShort')}`,
      'p10',
      'p90',
      `${t('budgetExtraState')} (${t('millNokPerYear')}) ${t('expectedShort')}`,
      t('budgetGaining'),
      `${t('budgetPerResident')} (kr)`,
      `${t('budgetMunicipalPerResident')} (kr)`,
    ]);
    for (const { name, year, b } of tab.budget) {
      rows.push([
        name,
        String(year),
        b.municipal.mean / 1e6,
        b.state.mean / 1e6,
        b.total.mean / 1e6,
        b.extra.mean / 1e6,
        b.extra.p10 / 1e6,
        b.extra.p90 / 1e6,
        b.extraMunicipal.mean / 1e6,
        b.extraMunicipal.p10 / 1e6,
        b.extraMunicipal.p90 / 1e6,
        b.extraState.mean / 1e6,
        b.residentsGaining.mean,
        b.costPerResidentGaining ?? undefined,
        b.municipalCostPerResidentGaining ?? undefined,
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

  /**
   * Restores a comparison from a share link and runs it. A linked scenario with the same content as one the page
   * offers (current policy, the scenario on screen, a preset, a saved one) is that one, named in the page's language;
   * only the others are added to the list, each once, named as in the link.
   */
  openLinked(c: LinkComparison, region: () => string, endYear: number): void {
    const offered = this.candidates();
    const keys: string[] = [];
    this.linked = [];
    c.scenarios.forEach((s, i) => {
      const content = contentKey(s);
      const same = offered.find((o) => !keys.includes(o.key) && contentKey(o.request()) === content);
      if (same) {
        keys.push(same.key);
        return;
      }
      this.linked.push({
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
      });
      keys.push(`link:${i}`);
    });
    this.selected = keys;
    this.reference = keys[c.reference] ?? keys[0]!;
    this.notice = '';
    this.render();
    const details = this.root.querySelector('details');
    if (details) details.open = true;
    void this.run(false);
  }

  /**
   * The compared scenarios whose content changed since the comparison ran (a lever of the scenario on screen, a
   * saved scenario updated or deleted): their names, empty when the comparison still holds.
   */
  staleNames(): string[] {
    const r = this.result;
    if (!r) return [];
    const cands = this.allCandidates();
    return r.keys.flatMap((k, i) => {
      const c = cands.find((x) => x.key === k);
      return c && contentKey(c.request()) === contentKey(r.requests[i]!) ? [] : [r.names[i]!];
    });
  }

  /** Whether the comparison on screen no longer matches the settings (it is then shown marked, not overlaid). */
  get isStale(): boolean {
    return this.staleNames().length > 0;
  }

  /**
   * After a change of the state or the saved list: redraws when the comparison became stale or current again, or a
   * scenario's name changed ("(endret)").
   */
  sync(): void {
    if (this.drawnSignature() !== this.drawnStale) this.render();
  }

  /** What sync() compares: the stale scenarios and every offered scenario's name. */
  private drawnSignature(): string {
    return JSON.stringify([this.staleNames(), this.allCandidates().map((c) => c.name)]);
  }

  /**
   * The region changed (the user's choice): a comparison on screen, or one running, runs again for the new region,
   * and the panel says so; without one nothing happens.
   */
  regionChanged(to: string): void {
    const from = this.result?.regionName ?? this.runningRegion;
    if (this.running) {
      this.rerunPending = true;
      this.notice = t('compareRegionRerun', { from, to });
      this.runner.cancel();
      return;
    }
    if (!this.result) return;
    this.result = null;
    this.onResult(null);
    this.notice = t('compareRegionRerun', { from, to });
    void this.run(false);
  }
  private runningRegion = '';

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
    this.refreshNames();
    const stale = this.staleNames();
    this.drawnStale = this.drawnSignature();
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
        // a disabled button says why (read with it, and shown under it)
        'aria-describedby': this.selected.length < 2 ? 'compare-run-hint' : undefined,
      },
      t('compareRun'),
    );
    run.addEventListener('click', () => void this.run(true));
    const runHint =
      this.selected.length < 2 ? h('p', { id: 'compare-run-hint', class: 'hint' }, t('compareNeedTwo')) : null;
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
      runHint,
      h('p', { id: 'compare-status', role: 'status', class: 'compare-status' }),
      h('p', { id: 'compare-notice', role: 'status', class: 'compare-status' }, this.notice),
      this.result && stale.length > 0 ? this.staleNotice(stale) : null,
      h('div', { id: 'compare-output', 'data-stale': this.result && stale.length > 0 ? 'true' : undefined }),
    );
    if (this.result) details.open = true;
    this.root.append(details);
    if (this.result) this.renderResult();
  }

  /** "Sammenligningen gjelder ikke lenger innstillingene …" with a button that runs it again. */
  private staleNotice(names: readonly string[]): HTMLElement {
    const again = h(
      'button',
      { type: 'button', id: 'compare-rerun', class: 'ds-button', 'data-variant': 'primary', 'data-size': 'sm' },
      t('compareRerun'),
    );
    again.addEventListener('click', () => void this.run(true));
    return h(
      'div',
      { id: 'compare-stale', class: 'compare-stale', role: 'status' },
      h('p', {}, t('compareStale', { names: names.join(', ') })),
      again,
    );
  }

  /**
   * The compared scenarios' names follow the page (its language, a preset's or saved scenario's name) as long as
   * their content is what ran; a changed one keeps the name it ran under.
   */
  private refreshNames(): void {
    const r = this.result;
    if (!r) return;
    const cands = this.allCandidates();
    const names = r.keys.map((k, i) => {
      const c = cands.find((x) => x.key === k);
      return c && contentKey(c.request()) === contentKey(r.requests[i]!) ? c.name : r.names[i]!;
    });
    if (names.every((n, i) => n === r.names[i])) return;
    this.result = { ...r, names };
    this.onResult(this.result);
  }

  /** Moves the focus when the control that had it was redrawn away (none left in the panel); else leaves it. */
  private focusIfLost(hadFocus: boolean, selector: string): void {
    if (!hadFocus) return;
    const a = document.activeElement;
    if (a && a !== document.body && !this.root.contains(a)) return;
    this.root.querySelector<HTMLElement>(selector)?.focus();
  }

  /** `byUser`: started with a button (the focus then follows: Avbryt while it runs, the results after). */
  private async run(byUser = true): Promise<void> {
    const cands = this.allCandidates();
    const chosen = this.selected.map((k) => cands.find((c) => c.key === k)).filter((c): c is CompareCandidate => !!c);
    if (chosen.length < 2) return;
    const focusInPanel = () => byUser && this.root.contains(document.activeElement);
    let hadFocus = focusInPanel();
    if (byUser) this.notice = '';
    this.running = true;
    this.rerunPending = false;
    this.render();
    this.focusIfLost(hadFocus, '#compare-cancel');
    const region = this.region();
    this.runningRegion = region.name;
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
        regionName: region.name,
      };
      this.running = false;
      hadFocus = focusInPanel();
      this.render();
      this.status(t('compareDone', { n: chosen.length, runs: formatInteger(all[0]!.runs), region: region.name }));
      this.onResult(this.result);
      this.focusIfLost(hadFocus, '#compare-results-heading');
      this.onFinished?.();
    } catch (e) {
      this.running = false;
      if (this.rerunPending) {
        // the region changed while it ran: it runs again for the new region (the scenario's own run waits)
        void this.run(false);
        return;
      }
      hadFocus = focusInPanel();
      this.render();
      this.focusIfLost(hadFocus, '#compare-run');
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
    // where the focus goes when a comparison started with the button finishes
    out.append(h('h3', { id: 'compare-results-heading', tabindex: '-1' }, t('compareResultsHeading')));
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
              { class: 'num', 'data-diff': String(c.diff.mean), 'data-value': String(c.value) },
              f(c.value),
              h('br'),
              h('span', { class: 'diff' }, `${formatSigned(c.diff.mean, f)} (${formatInterval(c.diff, f)})`),
            )
          : h('td', { class: 'num', 'data-value': String(c.value) }, f(c.value)),
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
          // old numbers are not exported as if they held (the stale notice above says why)
          disabled: this.isStale,
          'aria-describedby': this.isStale ? 'compare-stale' : undefined,
        },
        t(f === 'csv' ? 'compareExportCsv' : 'compareExportXlsx'),
      );
      b.addEventListener('click', () => this.onExport?.(f));
      return b;
    };
    out.append(h('div', { class: 'compare-controls' }, exp('csv'), exp('xlsx')));
    out.append(
      h('h3', {}, t('compareDiffHeading')),
      h('p', { class: 'hint' }, t('compareDiffLead', { ref: refName, definition: t('differenceDefinition') })),
      scrollRegion(
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
      h('th', { scope: 'col' }, t('budgetExtraMunicipal')),
      h('th', { scope: 'col' }, t('budgetExtraState')),
      h('th', { scope: 'col' }, t('budgetGaining')),
      h('th', { scope: 'col' }, t('budgetPerResident')),
    );
    const bRows = tab.budget.map(({ name, year, isRef, b }) =>
      h(
        'tr',
        { 'data-budget': name, 'data-year': String(year) },
        h('th', { scope: 'row' }, name),
        h('td', {}, String(year)),
        h('td', { class: 'num' }, formatMillNok(b.municipal.mean)),
        h('td', { class: 'num' }, formatMillNok(b.state.mean)),
        h('td', { class: 'num' }, formatMillNok(b.total.mean)),
        h('td', { class: 'num', 'data-extra': String(b.extra.mean) }, isRef ? '–' : signedMillWithInterval(b.extra)),
        h(
          'td',
          { class: 'num', 'data-extra-municipal': String(b.extraMunicipal.mean) },
          isRef ? '–' : signedMillWithInterval(b.extraMunicipal),
        ),
        h(
          'td',
          { class: 'num', 'data-extra-state': String(b.extraState.mean) },
          isRef ? '–' : signedMillWithInterval(b.extraState),
        ),
        h(
          'td',
          { class: 'num', 'data-gaining': String(b.residentsGaining.mean) },
          isRef
            ? '–'
            : `${formatSigned(b.residentsGaining.mean)} (${formatInterval(b.residentsGaining, formatInteger)})`,
        ),
        h(
          'td',
          { class: 'num' },
          isRef || b.costPerResidentGaining === null ? '–' : `${formatInteger(b.costPerResidentGaining)} kr`,
        ),
      ),
    );
    const envelopeList = h('ul', { class: 'sources', id: 'budget-envelopes' });
    void loadCitations();
    // the documents' envelopes come with the citations (normally loaded long before a comparison is shown)
    withCitations(({ budgetEnvelopes, humanCitations }) =>
      envelopeList.append(
        ...budgetEnvelopes().map(({ e, seed }) =>
          h(
            'li',
            {},
            // the source's words, with its internal fact ids as readable citations (citations.ts)
            `${formatInteger(e.millNok)} ${t('millNok')} (${e.year}): ${humanCitations(loc(e.what)).text} – `,
            h('cite', {}, loc(seed.title)),
          ),
        ),
      ),
    );
    out.append(
      h('h3', {}, t('budgetHeading')),
      h('p', { class: 'hint' }, t('budgetLead')),
      scrollRegion(
        h(
          'table',
          { class: 'data-table', id: 'budget-table' },
          h('caption', { class: 'visually-hidden' }, t('budgetHeading')),
          h('thead', {}, bHead),
          h('tbody', {}, ...bRows),
        ),
      ),
      h('p', { class: 'sources-heading' }, t('budgetEnvelopes')),
      envelopeList,
    );
  }

  private status(message: string, alert = false): void {
    const el = this.root.querySelector<HTMLElement>('#compare-status');
    if (!el) return;
    el.textContent = message;
    el.setAttribute('role', alert ? 'alert' : 'status');
  }
}

/** An expected extra cost in NOK million with its 80 % interval: "+12 (3 – 20)". */
function signedMillWithInterval(q: Quantiles): string {
  return `${formatSigned(q.mean / 1e6, formatInteger)} (${formatInterval(q, formatMillNok)})`;
}

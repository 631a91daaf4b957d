/**
 * "Mine scenarioer": save the current state under a name, and open, rename, duplicate, update, export and
 * delete saved scenarios (delete and update can be undone); export all; import a file (a bad file changes
 * nothing; an id already saved is replaced only when the user says so, otherwise imported as a copy; every
 * formula in it is compiled and probed as the formula editor does, before anything is stored).
 *
 * Storage refused or broken (at load or on a write): the page says so in the user's language, says what still
 * works (saving, opening and comparing in this session; export to a file) and keeps every scenario of the session,
 * marked as kept only until the page is closed. Messages are capped (errorText.ts, MAX_IMPORT_MESSAGE_CHARS).
 */
import { clear, h } from '../dom.ts';
import { downloadBlob } from '../download.ts';
import { formulaMessage } from '../formulaText.ts';
import { getLocale, isNorwegian, localeTag, t } from '../i18n.ts';
import { formulaLabel } from '../sim/failure.ts';
import type { FormulaCheck } from '../sim/protocol.ts';
import { requestOf, type ScenarioState } from '../state.ts';
import {
  DEFAULTS,
  MAX_FILE_BYTES,
  newScenarioId,
  parseImportBytes,
  serializeExport,
  uniqueScenarioName,
  type SavedScenario,
} from './document.ts';
import { capText, MAX_MESSAGE_CHARS } from '../notice.ts';
import { ScenarioStore, StorageError } from './store.ts';

/** The longest list of reasons a refused import shows (each reason is capped too; the rest are counted). */
export const MAX_IMPORT_MESSAGE_CHARS = 2 * MAX_MESSAGE_CHARS;

/** "The file … was not imported:" and as many reasons as fit in MAX_IMPORT_MESSAGE_CHARS (at least one), "(+N)". */
export function refusal(lead: string, details: readonly string[]): string {
  const shown: string[] = [];
  let length = 0;
  for (const d of details) {
    const capped = capText(d);
    if (shown.length > 0 && length + capped.length + 2 > MAX_IMPORT_MESSAGE_CHARS) break;
    shown.push(capped);
    length += capped.length + 2;
  }
  const more = details.length - shown.length;
  return `${lead} ${shown.join('; ')}${more > 0 ? ` (+${more})` : ''}`;
}

declare const __APP_VERSION__: string;

export interface ScenarioHost {
  /** The state to save. */
  current(): { state: ScenarioState; region: string; runs: number; seed: number; endYear: number };
  /** Opens a saved scenario (levers, assumptions, formulas, region, runs). */
  open(s: SavedScenario): void;
  readonly knownRegions: ReadonlySet<string>;
  /** A region's name in the UI's language ("kommune:1865" → "Vågan"); absent: the code is shown. */
  regionName?(value: string): string;
  /** The scenario on screen was just saved or updated under this name (it is then named so). */
  named?(name: string): void;
  /** Called when the saved list changes (the comparison offers saved scenarios). */
  changed?(): void;
  /** The formula editor's check (SimClient.checkFormula): null when a formula compiles and probes. */
  checkFormula?(
    responseId: string,
    expression: string,
    assumptions?: Readonly<Record<string, number>>,
  ): Promise<FormulaCheck | null>;
}

/** Downloads JSON text as a file. */
function download(name: string, text: string): void {
  downloadBlob(name, new Blob([text], { type: 'application/json' }));
}

function fileName(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase()
      .slice(0, 60) || 'scenario'
  );
}

export class ScenarioPanel {
  private saved: SavedScenario[] = [];
  /** Ids kept only in this session (storage refused them). */
  private sessionOnly: ReadonlySet<string> = new Set();
  private undoAction: { label: string; run: () => Promise<void> } | null = null;
  /** The last message, kept across redraws. */
  private lastStatus: { message: string; alert: boolean } = { message: '', alert: false };

  constructor(
    private readonly root: HTMLElement,
    private readonly host: ScenarioHost,
    private readonly store = new ScenarioStore(),
  ) {}

  async init(): Promise<void> {
    void this.store.persist();
    await this.reload();
  }

  private async reload(): Promise<void> {
    const { scenarios, unreadable, sessionOnly, error } = await this.store.list();
    this.saved = scenarios;
    this.sessionOnly = sessionOnly;
    if (error) this.status(this.storageMessage(error), true, true);
    else if (unreadable > 0) this.status(t('savedUnreadable', { n: unreadable }), true, true);
    this.render();
    this.host.changed?.();
  }

  /** The saved scenarios as last read. */
  get list(): readonly SavedScenario[] {
    return this.saved;
  }

  private storageMessage(e: unknown): string {
    if (e instanceof StorageError && e.quota) return t('storageFull');
    return t('storageUnavailable');
  }

  render(): void {
    clear(this.root);
    const name = h('input', { type: 'text', id: 'save-name', autocomplete: 'off', maxlength: 120 });
    const save = h(
      'button',
      { type: 'button', id: 'save-scenario', class: 'ds-button', 'data-variant': 'primary', 'data-size': 'sm' },
      t('save'),
    );
    save.addEventListener('click', () => void this.saveNew(name.value));
    name.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') void this.saveNew(name.value);
    });
    const list = h('ul', { id: 'saved-list', class: 'saved-list' });
    for (const s of this.saved) list.append(this.item(s));
    if (this.saved.length === 0) list.append(h('li', { class: 'hint' }, t('noSaved')));
    const exportAll = h(
      'button',
      {
        type: 'button',
        id: 'export-all',
        class: 'ds-button',
        'data-variant': 'secondary',
        'data-size': 'sm',
        disabled: this.saved.length === 0,
      },
      t('exportAll'),
    );
    exportAll.addEventListener('click', () => {
      download(
        `fastlegesimulatoren-scenarioer.json`,
        serializeExport(this.saved, new Date().toISOString(), __APP_VERSION__),
      );
    });
    const exportCurrent = h(
      'button',
      { type: 'button', id: 'export-current', class: 'ds-button', 'data-variant': 'secondary', 'data-size': 'sm' },
      t('exportCurrent'),
    );
    exportCurrent.addEventListener('click', () => {
      const s = this.snapshot(name.value.trim() || t('currentScenarioName'), newScenarioId());
      download(`${fileName(s.name)}.json`, serializeExport([s], new Date().toISOString(), __APP_VERSION__));
    });
    const file = h('input', {
      type: 'file',
      id: 'import-file',
      accept: '.json,application/json',
      class: 'visually-hidden',
      tabindex: '-1',
      'aria-hidden': 'true',
    });
    file.addEventListener('change', () => {
      const f = file.files?.[0];
      file.value = '';
      if (f) void this.importFile(f);
    });
    const importBtn = h(
      'button',
      { type: 'button', id: 'import-button', class: 'ds-button', 'data-variant': 'secondary', 'data-size': 'sm' },
      t('importFile'),
    );
    importBtn.addEventListener('click', () => file.click());
    const { message, alert } = this.lastStatus;
    const status = h(
      'div',
      { id: 'scenario-status', role: alert ? 'alert' : 'status', class: 'scenario-status' },
      message,
    );
    if (alert) status.setAttribute('data-alert', 'true');
    this.root.append(
      h('h2', { class: 'panel-heading', id: 'my-scenarios-heading' }, t('myScenarios')),
      h(
        'div',
        { class: 'save-row' },
        h('label', { for: 'save-name' }, t('saveName')),
        h('div', { class: 'save-inputs' }, name, save),
      ),
      list,
      h('div', { class: 'file-row' }, exportCurrent, exportAll, importBtn, file),
      status,
    );
    this.appendUndo(status);
  }

  private item(s: SavedScenario): HTMLElement {
    const when = new Intl.DateTimeFormat(localeTag(), {
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(new Date(s.savedAt));
    const li = h('li', { 'data-saved-id': s.id, class: 'saved-item' });
    const nameEl = h('span', { class: 'saved-name' }, s.name);
    const meta = h(
      'span',
      { class: 'saved-meta' },
      `${t('savedAt', { when })} · ${
        this.host.regionName?.(s.region) ?? (s.region === 'national' ? t('regionNational') : s.region)
      }${this.sessionOnly.has(s.id) ? ` · ${t('sessionOnly')}` : ''}`,
    );
    if (this.sessionOnly.has(s.id)) li.setAttribute('data-session-only', 'true');
    const btn = (key: Parameters<typeof t>[0], action: string, onClick: () => void) => {
      const b = h(
        'button',
        {
          type: 'button',
          class: 'ds-button',
          'data-variant': 'tertiary',
          'data-size': 'sm',
          'data-action': action,
          'aria-label': `${t(key)}: ${s.name}`,
        },
        t(key),
      );
      b.addEventListener('click', onClick);
      return b;
    };
    const actions = h(
      'div',
      { class: 'saved-actions' },
      btn('open', 'open', () => {
        this.host.open(s);
        this.status(t('opened', { name: s.name }));
      }),
      btn('update', 'update', () => void this.update(s)),
      btn('rename', 'rename', () => this.startRename(li, s)),
      btn('duplicate', 'duplicate', () => void this.duplicate(s)),
      btn('exportOne', 'export', () =>
        download(`${fileName(s.name)}.json`, serializeExport([s], new Date().toISOString(), __APP_VERSION__)),
      ),
      btn('delete', 'delete', () => void this.remove(s)),
    );
    li.append(h('div', {}, nameEl, h('br'), meta), actions);
    return li;
  }

  private snapshot(name: string, id: string): SavedScenario {
    const cur = this.host.current();
    const req = requestOf(cur.state, cur.region);
    return {
      schemaVersion: 2,
      id,
      name: name.trim().slice(0, 120),
      levers: req.levers,
      assumptions: req.assumptions,
      formulas: req.formulas,
      ...(req.municipalities ? { municipalities: req.municipalities } : {}),
      region: cur.region,
      seed: cur.seed,
      runs: cur.runs,
      endYear: cur.endYear,
      savedAt: new Date().toISOString(),
    };
  }

  /**
   * Stores a scenario; when storage refuses it, it is kept for this session and the storage message is returned
   * (to follow the action's own message), else ''.
   */
  private async write(s: SavedScenario): Promise<string> {
    const error = await this.store.put(s);
    return error ? ` ${this.storageMessage(error)}` : '';
  }

  private async saveNew(name: string): Promise<void> {
    if (name.trim() === '') {
      this.status(t('nameRequired'), true);
      (this.root.querySelector('#save-name') as HTMLInputElement | null)?.focus();
      return;
    }
    // a name already in the list is never saved twice: the new one gets "(2)" and the message says so
    const wanted = name.trim().slice(0, 120);
    const unique = uniqueScenarioName(
      wanted,
      this.saved.map((x) => x.name),
    );
    const s = this.snapshot(unique, newScenarioId());
    const refused = await this.write(s);
    this.undoAction = null;
    await this.reload();
    this.host.named?.(s.name);
    const said =
      unique === wanted ? t('savedAs', { name: s.name }) : t('savedAsDuplicate', { name: wanted, saved: unique });
    this.status(`${said}${refused}`, refused !== '');
  }

  private async update(s: SavedScenario): Promise<void> {
    const next = { ...this.snapshot(s.name, s.id), ...(s.description ? { description: s.description } : {}) };
    const refused = await this.write(next);
    this.host.named?.(s.name);
    this.undoAction = { label: t('update').toLowerCase(), run: async () => void (await this.write(s)) };
    await this.reload();
    this.status(`${t('updated', { name: s.name })}${refused}`, refused !== '', true);
  }

  private async duplicate(s: SavedScenario): Promise<void> {
    const copy: SavedScenario = {
      ...s,
      id: newScenarioId(),
      name: t('copyOf', { name: s.name }).slice(0, 120),
      savedAt: new Date().toISOString(),
    };
    const refused = await this.write(copy);
    this.undoAction = null;
    await this.reload();
    this.status(`${t('savedAs', { name: copy.name })}${refused}`, refused !== '');
  }

  private async remove(s: SavedScenario): Promise<void> {
    const error = await this.store.remove(s.id);
    if (error) {
      this.status(this.storageMessage(error), true);
      return;
    }
    this.undoAction = { label: t('delete').toLowerCase(), run: async () => void (await this.write(s)) };
    await this.reload();
    this.status(t('deleted', { name: s.name }), false, true);
  }

  private startRename(li: HTMLElement, s: SavedScenario): void {
    const input = h('input', {
      type: 'text',
      value: s.name,
      class: 'rename-input',
      'aria-label': t('newName'),
      maxlength: 120,
    });
    const ok = h(
      'button',
      {
        type: 'button',
        class: 'ds-button',
        'data-variant': 'primary',
        'data-size': 'sm',
        'data-action': 'rename-save',
      },
      t('save'),
    );
    const cancel = h(
      'button',
      { type: 'button', class: 'ds-button', 'data-variant': 'tertiary', 'data-size': 'sm' },
      t('cancel'),
    );
    const done = async (commit: boolean) => {
      const name = input.value.trim();
      if (commit && name === '') {
        this.status(t('nameRequired'), true);
        return;
      }
      const refused = commit && name !== s.name ? await this.write({ ...s, name }) : null;
      await this.reload();
      if (refused !== null) this.status(`${t('renamed', { name })}${refused}`, refused !== '');
    };
    ok.addEventListener('click', () => void done(true));
    cancel.addEventListener('click', () => void done(false));
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') void done(true);
      if (e.key === 'Escape') void done(false);
    });
    clear(li);
    li.append(h('div', { class: 'rename-row' }, input, ok, cancel));
    input.focus();
    input.select();
  }

  /**
   * Imports a file; nothing is written unless the whole file is valid, its formulas included (compiled and probed
   * with each scenario's assumptions, as the formula editor checks them).
   */
  async importFile(f: File): Promise<void> {
    // the Norwegian wording of refusals, loaded on the first import (first-load size)
    const { localizeErrorDetail } = await import('../errorText.ts');
    const file = capText(f.name, 120);
    const refuse = (details: readonly string[]) => this.status(refusal(t('importFailed', { file }), details), true);
    if (f.size > MAX_FILE_BYTES) {
      refuse([localizeErrorDetail(`file: larger than ${MAX_FILE_BYTES} bytes`, getLocale())]);
      return;
    }
    // read as bytes: a file that is not UTF-8 (Latin-1, say) is refused as such, not as broken JSON
    const bytes = new Uint8Array(await f.arrayBuffer());
    const parsed = parseImportBytes(bytes, new Date().toISOString(), this.host.knownRegions);
    if (!parsed.ok) {
      refuse(parsed.errors.map((e) => localizeErrorDetail(e, getLocale())));
      return;
    }
    const bad = await this.formulaProblems(parsed.value);
    if (bad.length > 0) {
      refuse(bad);
      return;
    }
    let imported = 0;
    let refused = '';
    for (const s of parsed.value) {
      const existing = this.saved.find((x) => x.id === s.id);
      let toWrite = s;
      if (existing && JSON.stringify({ ...existing, savedAt: '' }) !== JSON.stringify({ ...s, savedAt: '' })) {
        const replace = window.confirm(t('importReplace', { name: existing.name }));
        if (!replace) toWrite = { ...s, id: newScenarioId(), name: t('copyOf', { name: s.name }).slice(0, 120) };
      }
      // storage that refuses keeps the scenario for this session: every one of the file is kept
      const r = await this.write(toWrite);
      refused ||= r;
      imported++;
    }
    this.undoAction = null;
    await this.reload();
    const notes = parsed.notes.length > 0 ? ` ${t('importMigrated')}` : '';
    const renamed =
      parsed.renamed.length > 0
        ? ` ${t('importRenamed', { n: parsed.renamed.length, names: parsed.renamed.map((n) => (isNorwegian() ? `«${n}»` : `“${n}”`)).join(', ') })}`
        : '';
    this.status(`${t('imported', { n: imported, file })}${renamed}${notes}${refused}`, refused !== '');
  }

  /** Each edited formula of the scenarios that does not compile or probe, named with its scenario, in words. */
  private async formulaProblems(scenarios: readonly SavedScenario[]): Promise<string[]> {
    const check = this.host.checkFormula?.bind(this.host);
    if (!check) return [];
    const out: string[] = [];
    for (const s of scenarios) {
      for (const [id, expression] of Object.entries(s.formulas)) {
        let message: string | null;
        try {
          const problem = await check(id, expression, s.assumptions);
          message = problem ? formulaMessage(problem) : null;
        } catch (e) {
          // the check could not run (the worker failed): not stored unchecked
          message = (e as Error).message;
        }
        if (message !== null)
          out.push(
            capText(t('importFormula', { path: `formulas.${id}`, name: s.name, formula: formulaLabel(id), message })),
          );
      }
    }
    return out;
  }

  /** The undo button for the last update or delete, after the status text. */
  private appendUndo(status: HTMLElement): void {
    if (!this.undoAction) return;
    const undo = h(
      'button',
      { type: 'button', id: 'scenario-undo', class: 'ds-button', 'data-variant': 'tertiary', 'data-size': 'sm' },
      t('undoAction', { what: this.undoAction.label }),
    );
    undo.addEventListener('click', () => {
      const a = this.undoAction;
      this.undoAction = null;
      if (a) void a.run().then(() => this.reload());
    });
    status.append(' ', undo);
  }

  /**
   * Shows a message; the undo button stays only with the message of the action it undoes (keepUndo), any other
   * message retires it.
   */
  private status(message: string, alert = false, keepUndo = false): void {
    if (!keepUndo) this.undoAction = null;
    // kept first: a message from before the panel is drawn (storage refused at load) shows when it is
    this.lastStatus = { message, alert };
    const el = this.root.querySelector<HTMLElement>('#scenario-status');
    if (!el) return;
    el.textContent = message;
    this.appendUndo(el);
    el.setAttribute('role', alert ? 'alert' : 'status');
    if (alert) el.setAttribute('data-alert', 'true');
    else el.removeAttribute('data-alert');
  }

  /** Defaults for scenarios that do not say (exposed for the host). */
  static readonly defaults = DEFAULTS;

  /**
   * Saves a scenario made elsewhere (issue #17: the cheapest package, src/ui/analysis) under a name not yet in the
   * list ("Navn (2)"), says so here and resolves with the name it was saved under. Storage that refuses keeps it for
   * the session, as saveNew does.
   */
  async saveExternal(s: Omit<SavedScenario, 'id' | 'savedAt'>): Promise<string> {
    const name = uniqueScenarioName(
      s.name.trim().slice(0, 120),
      this.saved.map((x) => x.name),
    );
    const saved: SavedScenario = { ...s, name, id: newScenarioId(), savedAt: new Date().toISOString() };
    const refused = await this.write(saved);
    this.undoAction = null;
    await this.reload();
    this.status(`${t('savedAs', { name })}${refused}`, refused !== '');
    return name;
  }
}

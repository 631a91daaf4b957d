/**
 * "Mine scenarioer": save the current state under a name, and open, rename, duplicate, update, export and
 * delete saved scenarios (delete and update can be undone); export all; import a file (a bad file changes
 * nothing; an id already saved is replaced only when the user says so, otherwise imported as a copy).
 */
import { clear, h } from '../dom.ts';
import { downloadBlob } from '../download.ts';
import { getLocale, t } from '../i18n.ts';
import { requestOf, type ScenarioState } from '../state.ts';
import {
  DEFAULTS,
  MAX_FILE_BYTES,
  newScenarioId,
  parseImportBytes,
  serializeExport,
  type SavedScenario,
} from './document.ts';
import { ScenarioStore, StorageError } from './store.ts';

declare const __APP_VERSION__: string;

export interface ScenarioHost {
  /** The state to save. */
  current(): { state: ScenarioState; region: string; runs: number; seed: number; endYear: number };
  /** Opens a saved scenario (levers, assumptions, formulas, region, runs). */
  open(s: SavedScenario): void;
  readonly knownRegions: ReadonlySet<string>;
  /** Called when the saved list changes (the comparison offers saved scenarios). */
  changed?(): void;
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
  private readonly store = new ScenarioStore();
  private saved: SavedScenario[] = [];
  private available = true;
  private undoAction: { label: string; run: () => Promise<void> } | null = null;
  /** The last message, kept across redraws. */
  private lastStatus: { message: string; alert: boolean } = { message: '', alert: false };

  constructor(
    private readonly root: HTMLElement,
    private readonly host: ScenarioHost,
  ) {}

  async init(): Promise<void> {
    void this.store.persist();
    await this.reload();
  }

  private async reload(): Promise<void> {
    try {
      const { scenarios, unreadable } = await this.store.list();
      this.saved = scenarios;
      this.available = true;
      if (unreadable > 0) this.status(t('savedUnreadable', { n: unreadable }), true, true);
    } catch (e) {
      this.available = false;
      this.saved = [];
      this.status(this.storageMessage(e), true);
    }
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
    if (this.saved.length === 0 && this.available) list.append(h('li', { class: 'hint' }, t('noSaved')));
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
    const when = new Intl.DateTimeFormat(getLocale() === 'nb' ? 'nb-NO' : 'en-GB', {
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(new Date(s.savedAt));
    const li = h('li', { 'data-saved-id': s.id, class: 'saved-item' });
    const nameEl = h('span', { class: 'saved-name' }, s.name);
    const meta = h(
      'span',
      { class: 'saved-meta' },
      `${t('savedAt', { when })} · ${s.region === 'national' ? t('regionNational') : s.region}`,
    );
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
      region: cur.region,
      seed: cur.seed,
      runs: cur.runs,
      endYear: cur.endYear,
      savedAt: new Date().toISOString(),
    };
  }

  private async write(s: SavedScenario): Promise<boolean> {
    try {
      await this.store.put(s);
      return true;
    } catch (e) {
      this.status(`${this.storageMessage(e)}`, true);
      return false;
    }
  }

  private async saveNew(name: string): Promise<void> {
    if (name.trim() === '') {
      this.status(t('nameRequired'), true);
      (this.root.querySelector('#save-name') as HTMLInputElement | null)?.focus();
      return;
    }
    const s = this.snapshot(name, newScenarioId());
    if (await this.write(s)) {
      this.undoAction = null;
      await this.reload();
      this.status(t('savedAs', { name: s.name }));
    }
  }

  private async update(s: SavedScenario): Promise<void> {
    const next = { ...this.snapshot(s.name, s.id), ...(s.description ? { description: s.description } : {}) };
    if (await this.write(next)) {
      this.undoAction = { label: t('update').toLowerCase(), run: async () => void (await this.write(s)) };
      await this.reload();
      this.status(t('updated', { name: s.name }), false, true);
    }
  }

  private async duplicate(s: SavedScenario): Promise<void> {
    const copy: SavedScenario = {
      ...s,
      id: newScenarioId(),
      name: t('copyOf', { name: s.name }).slice(0, 120),
      savedAt: new Date().toISOString(),
    };
    if (await this.write(copy)) {
      this.undoAction = null;
      await this.reload();
      this.status(t('savedAs', { name: copy.name }));
    }
  }

  private async remove(s: SavedScenario): Promise<void> {
    try {
      await this.store.remove(s.id);
    } catch (e) {
      this.status(this.storageMessage(e), true);
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
      if (commit && name !== s.name && (await this.write({ ...s, name }))) this.status(t('renamed', { name }));
      await this.reload();
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

  /** Imports a file; nothing is written unless the whole file is valid. */
  async importFile(f: File): Promise<void> {
    // the Norwegian wording of refusals, loaded on the first import (first-load size)
    const { localizeErrorDetail } = await import('../errorText.ts');
    if (f.size > MAX_FILE_BYTES) {
      const detail = localizeErrorDetail(`file: larger than ${MAX_FILE_BYTES} bytes`, getLocale());
      this.status(`${t('importFailed', { file: f.name })} ${detail}`, true);
      return;
    }
    // read as bytes: a file that is not UTF-8 (Latin-1, say) is refused as such, not as broken JSON
    const bytes = new Uint8Array(await f.arrayBuffer());
    const parsed = parseImportBytes(bytes, new Date().toISOString(), this.host.knownRegions);
    if (!parsed.ok) {
      const shown = parsed.errors.slice(0, 8).map((e) => localizeErrorDetail(e, getLocale()));
      const more = parsed.errors.length - shown.length;
      this.status(`${t('importFailed', { file: f.name })} ${shown.join('; ')}${more > 0 ? ` (+${more})` : ''}`, true);
      return;
    }
    if (!this.available) {
      // no storage: open the first scenario so the work is not lost
      this.host.open(parsed.value[0]!);
      this.status(`${t('storageUnavailable')} ${t('opened', { name: parsed.value[0]!.name })}`, true);
      return;
    }
    let imported = 0;
    for (const s of parsed.value) {
      const existing = this.saved.find((x) => x.id === s.id);
      let toWrite = s;
      if (existing && JSON.stringify({ ...existing, savedAt: '' }) !== JSON.stringify({ ...s, savedAt: '' })) {
        const replace = window.confirm(t('importReplace', { name: existing.name }));
        if (!replace) toWrite = { ...s, id: newScenarioId(), name: t('copyOf', { name: s.name }).slice(0, 120) };
      }
      if (!(await this.write(toWrite))) return;
      imported++;
    }
    this.undoAction = null;
    await this.reload();
    const notes = parsed.notes.length > 0 ? ` ${t('importMigrated')}` : '';
    const renamed =
      parsed.renamed.length > 0
        ? ` ${t('importRenamed', { n: parsed.renamed.length, names: parsed.renamed.map((n) => (getLocale() === 'nb' ? `«${n}»` : `“${n}”`)).join(', ') })}`
        : '';
    this.status(`${t('imported', { n: imported, file: f.name })}${renamed}${notes}`);
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
    const el = this.root.querySelector<HTMLElement>('#scenario-status');
    if (!el) return;
    if (!keepUndo) this.undoAction = null;
    this.lastStatus = { message, alert };
    el.textContent = message;
    this.appendUndo(el);
    el.setAttribute('role', alert ? 'alert' : 'status');
    if (alert) el.setAttribute('data-alert', 'true');
    else el.removeAttribute('data-alert');
  }

  /** Defaults for scenarios that do not say (exposed for the host). */
  static readonly defaults = DEFAULTS;
}

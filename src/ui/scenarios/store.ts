/**
 * The browser's scenario library in IndexedDB (idb-keyval, one entry per scenario). Every read is validated:
 * an entry that no longer parses is reported, never shown half. When storage is unavailable (private mode,
 * blocked, full) the calls reject with a StorageError and the page says so; file export still works.
 */
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import { parseSaved, type SavedScenario } from './document.ts';

export class StorageError extends Error {
  constructor(
    message: string,
    readonly quota: boolean,
  ) {
    super(message);
  }
}

function wrap(e: unknown): StorageError {
  const err = e as { name?: string; message?: string };
  return new StorageError(err?.message ?? String(e), err?.name === 'QuotaExceededError');
}

export class ScenarioStore {
  private store: UseStore | null = null;

  private db(): UseStore {
    if (typeof indexedDB === 'undefined') throw new StorageError('IndexedDB is not available', false);
    this.store ??= createStore('fastlegesimulatoren', 'scenarios');
    return this.store;
  }

  /** Asks the browser to keep the data (best effort; municipal PCs may still wipe profiles). */
  async persist(): Promise<void> {
    try {
      await navigator.storage?.persist?.();
    } catch {
      // not granted: nothing to do
    }
  }

  /** Saved scenarios, newest first, and how many stored entries could not be read. */
  async list(): Promise<{ scenarios: SavedScenario[]; unreadable: number }> {
    let raw: unknown[];
    try {
      raw = await values(this.db());
    } catch (e) {
      throw wrap(e);
    }
    const scenarios: SavedScenario[] = [];
    let unreadable = 0;
    for (const r of raw) {
      const p = parseSaved(r);
      if (p.ok) scenarios.push(p.value);
      else unreadable++;
    }
    scenarios.sort((a, b) =>
      a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.name.localeCompare(b.name, 'nb'),
    );
    return { scenarios, unreadable };
  }

  async get(id: string): Promise<SavedScenario | undefined> {
    try {
      const r = await get(id, this.db());
      const p = parseSaved(r);
      return p.ok ? p.value : undefined;
    } catch (e) {
      throw wrap(e);
    }
  }

  async put(s: SavedScenario): Promise<void> {
    try {
      await set(s.id, s, this.db());
    } catch (e) {
      throw wrap(e);
    }
  }

  async remove(id: string): Promise<void> {
    try {
      await del(id, this.db());
    } catch (e) {
      throw wrap(e);
    }
  }
}

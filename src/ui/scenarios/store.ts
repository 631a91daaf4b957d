/**
 * The browser's scenario library in IndexedDB (idb-keyval, one entry per scenario). Every read is validated:
 * an entry that no longer parses is reported, never shown half. Entries are found by what they hold, not by their
 * key: an entry stored under a key that differs from its id (an older version, another tool) is listed, replaced
 * and deleted like any other.
 *
 * When storage is refused or broken (no IndexedDB, private mode, a failing open, a full disk, a call that never
 * answers), nothing in memory is lost: a scenario that could not be written is kept for this session and listed
 * as such, and list() still returns what the session has, with the StorageError for the page to explain.
 */
import { createStore, entries, promisifyRequest, type UseStore } from 'idb-keyval';
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
  if (e instanceof StorageError) return e;
  const err = e as { name?: string; message?: string } | null;
  return new StorageError(err?.message ?? String(e), err?.name === 'QuotaExceededError');
}

/** A storage call that neither succeeds nor fails within this time is taken as failed. */
export const STORAGE_TIMEOUT_MS = 5000;

function withTimeout<T>(p: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StorageError('storage did not answer', false)), STORAGE_TIMEOUT_MS);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(wrap(e));
      },
    );
  });
}

/** Where entries live: IndexedDB in the page, a Map in the tests. */
export interface StoreBackend {
  /** Every stored entry with its key. */
  entries(): Promise<[IDBValidKey, unknown][]>;
  /** Writes `value` under `key` and deletes the `stale` keys, in one transaction. */
  put(key: IDBValidKey, value: unknown, stale: readonly IDBValidKey[]): Promise<void>;
  /** Deletes the keys, in one transaction. */
  del(keys: readonly IDBValidKey[]): Promise<void>;
}

/** The IndexedDB store of the page ("fastlegesimulatoren" / "scenarios"), opened on first use. */
export function indexedDbBackend(): StoreBackend {
  let store: UseStore | null = null;
  const db = (): UseStore => {
    let idb: IDBFactory | undefined;
    try {
      idb = typeof indexedDB === 'undefined' ? undefined : indexedDB;
    } catch (e) {
      // some sandboxes throw on merely reading indexedDB
      throw wrap(e);
    }
    if (!idb) throw new StorageError('IndexedDB is not available', false);
    store ??= createStore('fastlegesimulatoren', 'scenarios');
    return store;
  };
  return {
    entries: async () => entries(db()),
    put: async (key, value, stale) =>
      db()('readwrite', (s) => {
        s.put(value, key);
        for (const k of stale) s.delete(k);
        return promisifyRequest(s.transaction);
      }),
    del: async (keys) =>
      db()('readwrite', (s) => {
        for (const k of keys) s.delete(k);
        return promisifyRequest(s.transaction);
      }),
  };
}

export interface Listing {
  /** Newest first: what storage holds, with what this session kept that storage refused. */
  readonly scenarios: SavedScenario[];
  /** Stored entries that could not be read. */
  readonly unreadable: number;
  /** Ids of scenarios kept only in this session (storage refused them). */
  readonly sessionOnly: ReadonlySet<string>;
  /** Why storage could not be read, if it could not. */
  readonly error: StorageError | null;
}

const sameKey = (a: IDBValidKey, b: IDBValidKey) => JSON.stringify(a) === JSON.stringify(b);

export class ScenarioStore {
  /** Scenarios storage refused: kept for this session, listed with the stored ones. */
  private readonly session = new Map<string, SavedScenario>();
  /** The keys holding each stored scenario (as last listed; usually just its id). */
  private keys = new Map<string, IDBValidKey[]>();
  /** The stored scenarios as last read: still listed when storage stops answering later in the session. */
  private lastRead = new Map<string, SavedScenario>();

  constructor(private readonly backend: StoreBackend = indexedDbBackend()) {}

  /** Asks the browser to keep the data (best effort; municipal PCs may still wipe profiles). */
  async persist(): Promise<void> {
    try {
      await navigator.storage?.persist?.();
    } catch {
      // not granted: nothing to do
    }
  }

  /** Saved scenarios, newest first, how many stored entries could not be read, and storage's error if any. */
  async list(): Promise<Listing> {
    let raw: [IDBValidKey, unknown][] = [];
    let error: StorageError | null = null;
    try {
      raw = await withTimeout(this.backend.entries());
    } catch (e) {
      error = wrap(e);
    }
    const byId = new Map<string, SavedScenario>();
    const keys = new Map<string, IDBValidKey[]>();
    let unreadable = 0;
    for (const [key, value] of raw) {
      const p = parseSaved(value);
      if (!p.ok) {
        unreadable++;
        continue;
      }
      const s = p.value;
      keys.set(s.id, [...(keys.get(s.id) ?? []), key]);
      const seen = byId.get(s.id);
      // two entries for one id (one under another key): the newer is shown, both are replaced or deleted together
      if (!seen || seen.savedAt < s.savedAt) byId.set(s.id, s);
    }
    if (!error) {
      this.keys = keys;
      this.lastRead = new Map(byId);
    } else for (const [id, s] of this.lastRead) byId.set(id, s);
    for (const [id, s] of this.session) byId.set(id, s);
    const scenarios = [...byId.values()].sort((a, b) =>
      a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.name.localeCompare(b.name, 'nb'),
    );
    return { scenarios, unreadable, sessionOnly: new Set(this.session.keys()), error };
  }

  /** Every key known to hold the scenario with this id (its id included). */
  private keysOf(id: string): IDBValidKey[] {
    const out: IDBValidKey[] = [id];
    for (const k of this.keys.get(id) ?? []) if (!out.some((o) => sameKey(o, k))) out.push(k);
    return out;
  }

  /**
   * Stores a scenario under its id (other entries for the same id go in the same transaction). Null when stored;
   * else the StorageError, and the scenario is kept for this session (listed, marked, never lost).
   */
  async put(s: SavedScenario): Promise<StorageError | null> {
    try {
      await withTimeout(this.backend.put(s.id, s, this.keysOf(s.id).slice(1)));
    } catch (e) {
      this.session.set(s.id, s);
      return wrap(e);
    }
    this.session.delete(s.id);
    this.keys.set(s.id, [s.id]);
    this.lastRead.set(s.id, s);
    return null;
  }

  /** Deletes a scenario: every entry that holds it, whatever its key. Null when done, else the StorageError. */
  async remove(id: string): Promise<StorageError | null> {
    const wasSessionOnly = this.session.delete(id) && !this.keys.has(id);
    if (wasSessionOnly) return null;
    try {
      await withTimeout(this.backend.del(this.keysOf(id)));
    } catch (e) {
      return wrap(e);
    }
    this.keys.delete(id);
    this.lastRead.delete(id);
    return null;
  }
}

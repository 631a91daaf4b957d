// The saved-scenario store when storage misbehaves (issue 19, finding 6): an entry stored under a key that differs
// from its id is listed, replaced and deleted (and stays deleted); storage refused or broken at load, or a write
// refused (quota), loses nothing of the session: what could not be written is kept and listed as session-only,
// and the error is reported for the page to explain.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SavedScenario } from '../../src/ui/scenarios/document.ts';
import { ScenarioStore, STORAGE_TIMEOUT_MS, StorageError, type StoreBackend } from '../../src/ui/scenarios/store.ts';

const scenario = (id: string, name = id, savedAt = '2026-01-02T03:04:05.000Z'): SavedScenario => ({
  schemaVersion: 2,
  id,
  name,
  levers: { capitationRate: 1000 },
  assumptions: {},
  formulas: {},
  region: 'national',
  seed: 1,
  runs: 200,
  endYear: 2040,
  savedAt,
});

/** A Map as IndexedDB; each operation can be made to fail. */
class MapBackend implements StoreBackend {
  readonly map = new Map<string, unknown>();
  failEntries: Error | null = null;
  failPut: Error | null = null;
  failDel: Error | null = null;
  hang = false;
  private gate<T>(f: () => T, fail: Error | null): Promise<T> {
    if (this.hang) return new Promise<T>(() => {});
    return fail ? Promise.reject(fail) : Promise.resolve(f());
  }
  entries() {
    return this.gate(() => [...this.map.entries()] as [IDBValidKey, unknown][], this.failEntries);
  }
  put(key: IDBValidKey, value: unknown, stale: readonly IDBValidKey[]) {
    return this.gate(() => {
      this.map.set(String(key), structuredClone(value));
      for (const k of stale) this.map.delete(String(k));
    }, this.failPut);
  }
  del(keys: readonly IDBValidKey[]) {
    return this.gate(() => {
      for (const k of keys) this.map.delete(String(k));
    }, this.failDel);
  }
}

const quota = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

afterEach(() => vi.useRealTimers());

describe('an entry stored under a key that differs from its id', () => {
  it('is listed, can be deleted, and is gone when listed again (as after a reload)', async () => {
    const backend = new MapBackend();
    backend.map.set('old-key', scenario('real-id', 'Under en annen nøkkel'));
    backend.map.set('kept', scenario('kept'));
    const store = new ScenarioStore(backend);
    expect((await store.list()).scenarios.map((s) => s.id).sort()).toEqual(['kept', 'real-id']);
    expect(await store.remove('real-id')).toBeNull();
    expect([...backend.map.keys()]).toEqual(['kept']);
    // a fresh store (a reload) does not see it either
    expect((await new ScenarioStore(backend).list()).scenarios.map((s) => s.id)).toEqual(['kept']);
  });

  it('is replaced by an update (one entry afterwards, under its id)', async () => {
    const backend = new MapBackend();
    backend.map.set('old-key', scenario('real-id', 'Gammel'));
    const store = new ScenarioStore(backend);
    await store.list();
    expect(await store.put(scenario('real-id', 'Ny', '2026-02-02T00:00:00.000Z'))).toBeNull();
    expect([...backend.map.keys()]).toEqual(['real-id']);
    expect((await store.list()).scenarios.map((s) => s.name)).toEqual(['Ny']);
  });

  it('two entries holding one id show once (the newer) and are deleted together', async () => {
    const backend = new MapBackend();
    backend.map.set('a', scenario('same', 'Eldre', '2026-01-01T00:00:00.000Z'));
    backend.map.set('same', scenario('same', 'Nyere', '2026-03-01T00:00:00.000Z'));
    const store = new ScenarioStore(backend);
    expect((await store.list()).scenarios.map((s) => s.name)).toEqual(['Nyere']);
    await store.remove('same');
    expect(backend.map.size).toBe(0);
  });
});

describe('storage refused or broken', () => {
  it('at load: the error is reported, and saves are kept for the session and listed as such', async () => {
    const backend = new MapBackend();
    backend.failEntries = new Error('IndexedDB is not available');
    backend.failPut = new Error('IndexedDB is not available');
    const store = new ScenarioStore(backend);
    const first = await store.list();
    expect(first.error).toBeInstanceOf(StorageError);
    expect(first.scenarios).toEqual([]);
    const err = await store.put(scenario('s1', 'Økt'));
    expect(err).toBeInstanceOf(StorageError);
    expect(err!.quota).toBe(false);
    const after = await store.list();
    expect(after.scenarios.map((s) => s.name)).toEqual(['Økt']);
    expect([...after.sessionOnly]).toEqual(['s1']);
    // deleting a session-only scenario needs no storage
    expect(await store.remove('s1')).toBeNull();
    expect((await store.list()).scenarios).toEqual([]);
  });

  it('a full disk: the write is refused as quota, the scenario stays listed beside the stored ones', async () => {
    const backend = new MapBackend();
    backend.map.set('a', scenario('a', 'Lagret'));
    const store = new ScenarioStore(backend);
    await store.list();
    backend.failPut = quota();
    const err = await store.put(scenario('b', 'Ny', '2026-05-01T00:00:00.000Z'));
    expect(err?.quota).toBe(true);
    const after = await store.list();
    expect(after.error).toBeNull();
    expect(after.scenarios.map((s) => s.name)).toEqual(['Ny', 'Lagret']);
    expect([...after.sessionOnly]).toEqual(['b']);
    // an update of a stored one that is refused keeps the new version for the session
    await store.put(scenario('a', 'Lagret, endret', '2026-06-01T00:00:00.000Z'));
    expect((await store.list()).scenarios.map((s) => s.name)).toEqual(['Lagret, endret', 'Ny']);
    // once storage works again, a write moves it back to storage
    backend.failPut = null;
    expect(await store.put(scenario('b', 'Ny', '2026-05-01T00:00:00.000Z'))).toBeNull();
    expect([...(await store.list()).sessionOnly]).toEqual(['a']);
  });

  it('storage that never answers is taken as failed (the page is not left without a message)', async () => {
    vi.useFakeTimers();
    const backend = new MapBackend();
    backend.hang = true;
    const store = new ScenarioStore(backend);
    const listed = store.list();
    await vi.advanceTimersByTimeAsync(STORAGE_TIMEOUT_MS + 1);
    const r = await listed;
    expect(r.error?.message).toBe('storage did not answer');
    const put = store.put(scenario('x'));
    await vi.advanceTimersByTimeAsync(STORAGE_TIMEOUT_MS + 1);
    expect(await put).toBeInstanceOf(StorageError);
    // and the scenario is kept for the session
    const again = store.list();
    await vi.advanceTimersByTimeAsync(STORAGE_TIMEOUT_MS + 1);
    expect((await again).scenarios.map((s) => s.id)).toEqual(['x']);
  });

  it('storage that breaks later in the session: what was listed stays listed', async () => {
    const backend = new MapBackend();
    backend.map.set('a', scenario('a', 'Lagret'));
    const store = new ScenarioStore(backend);
    await store.list();
    backend.failEntries = new Error('the database connection is closing');
    const r = await store.list();
    expect(r.error).toBeInstanceOf(StorageError);
    expect(r.scenarios.map((s) => s.name)).toEqual(['Lagret']);
  });

  it('a deletion refused by storage says so and keeps the entry', async () => {
    const backend = new MapBackend();
    backend.map.set('a', scenario('a'));
    const store = new ScenarioStore(backend);
    await store.list();
    backend.failDel = new Error('denied');
    expect(await store.remove('a')).toBeInstanceOf(StorageError);
    expect(backend.map.has('a')).toBe(true);
  });
});

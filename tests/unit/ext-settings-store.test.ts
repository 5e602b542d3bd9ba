import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/extension/settings/definitions';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, migrateValues } from '../../src/extension/settings/migrations';
import {
  createSettingsStore,
  SETTINGS_STORAGE_KEY,
  type StorageAreaLike,
  type StorageChangeListener,
  type StorageLike,
} from '../../src/extension/settings/store';

class FakeArea implements StorageAreaLike {
  items: Record<string, unknown> = {};
  failing = false;
  constructor(
    private readonly name: string,
    private readonly emit: (changes: Record<string, { newValue?: unknown }>, area: string) => void,
  ) {}
  async get(key: string): Promise<Record<string, unknown>> {
    if (this.failing) throw new Error(`${this.name} unavailable`);
    return key in this.items ? { [key]: structuredClone(this.items[key]) } : {};
  }
  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failing) throw new Error(`${this.name} quota exceeded`);
    for (const [key, value] of Object.entries(items)) {
      this.items[key] = structuredClone(value);
      this.emit({ [key]: { newValue: structuredClone(value) } }, this.name);
    }
  }
}

function fakeStorage() {
  const listeners = new Set<StorageChangeListener>();
  const emit = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    for (const listener of listeners) listener(changes, area);
  };
  const sync = new FakeArea('sync', emit);
  const local = new FakeArea('local', emit);
  const storage: StorageLike = {
    sync,
    local,
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  return { storage, sync, local, listeners };
}

describe('settings migrations', () => {
  it('are ordered by version and end at the current schema version', () => {
    const versions = MIGRATIONS.map((migration) => migration.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(CURRENT_SCHEMA_VERSION).toBe(versions.at(-1));
  });

  it('bring the v1 shape forward', () => {
    const migrated = migrateValues(
      { darkMode: true, fontSize: '21px', width: 72, autoOpen: 'a.example, b.example' },
      1,
    );
    expect(migrated).toEqual({
      theme: 'dark',
      fontSize: 21,
      contentWidth: 72,
      autoOpenSites: ['a.example', 'b.example'],
    });
  });

  it('run only the steps newer than the stored version', () => {
    expect(migrateValues({ theme: 'auto', font: 'sans-serif' }, 2)).toEqual({
      theme: 'system',
      font: 'sans',
    });
    expect(migrateValues({ theme: 'auto' }, CURRENT_SCHEMA_VERSION)).toEqual({ theme: 'auto' });
    expect(migrateValues({ darkMode: true }, 99)).toEqual({ darkMode: true });
  });
});

describe('settings store', () => {
  it('gives the defaults when nothing is stored', async () => {
    const { storage } = fakeStorage();
    expect(await createSettingsStore(storage).load()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves valid keys to sync and local and reads them back merged over the defaults', async () => {
    const { storage, sync, local } = fakeStorage();
    const store = createSettingsStore(storage);
    const saved = await store.save({ theme: 'sepia', fontSize: 400 as number } as Partial<Settings>);
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia' });
    expect(await store.load()).toEqual(saved);
    expect(sync.items[SETTINGS_STORAGE_KEY]).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(local.items[SETTINGS_STORAGE_KEY]).toEqual(sync.items[SETTINGS_STORAGE_KEY]);
  });

  it('falls back to local storage when sync fails', async () => {
    const { storage, sync } = fakeStorage();
    sync.failing = true;
    const store = createSettingsStore(storage);
    await store.save({ font: 'dyslexic' });
    expect((await store.load()).font).toBe('dyslexic');
  });

  it('prefers the newer of the two areas', async () => {
    const { storage, sync, local } = fakeStorage();
    sync.items[SETTINGS_STORAGE_KEY] = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      updatedAt: 10,
      values: { theme: 'dark' },
    };
    local.items[SETTINGS_STORAGE_KEY] = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      updatedAt: 20,
      values: { theme: 'light' },
    };
    expect((await createSettingsStore(storage).load()).theme).toBe('light');
  });

  it('migrates and repairs an old, partly corrupted record and stores the repaired shape', async () => {
    const { storage, sync } = fakeStorage();
    sync.items[SETTINGS_STORAGE_KEY] = {
      darkMode: false,
      fontSize: 'giant',
      align: 'justify',
      images: 'yes',
    };
    const settings = await createSettingsStore(storage).load();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'light', align: 'justify' });
    expect(sync.items[SETTINGS_STORAGE_KEY]).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      values: { theme: 'light', align: 'justify', fontSize: 19 },
    });
  });

  it('tells subscribers about a change once, with full settings', async () => {
    const { storage, listeners } = fakeStorage();
    const store = createSettingsStore(storage);
    const seen: Settings[] = [];
    const unsubscribe = store.subscribe((settings) => seen.push(settings));
    await store.save({ captions: false });
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, captions: false }]);
    unsubscribe();
    expect(listeners.size).toBe(0);
  });

  it('serializes quick successive saves so none is lost', async () => {
    const { storage } = fakeStorage();
    const store = createSettingsStore(storage);
    await Promise.all([
      store.save({ fontSize: 20 }),
      store.save({ lineHeight: 1.8 }),
      store.save({ theme: 'dark' }),
    ]);
    expect(await store.load()).toMatchObject({ fontSize: 20, lineHeight: 1.8, theme: 'dark' });
  });
});

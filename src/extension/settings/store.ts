// Settings persistence: storage.sync (follows the person across their browsers) with storage.local
// as the fallback when sync is missing, disabled or over quota. Both areas hold the same record with
// a timestamp; the newer one wins on read. Reads are always migrated, validated and merged over the
// defaults, so callers only ever see a complete, valid Settings object.
import { type Settings, validatePatch, validateSettings } from './definitions';
import { CURRENT_SCHEMA_VERSION, migrateValues, type RawValues } from './migrations';

export const SETTINGS_STORAGE_KEY = 'folio.settings';
/** Version of records written before versioning existed (flat values, no wrapper). */
const UNVERSIONED = 1;

/** The parts of `browser.storage.StorageArea` used here (structural, so tests can fake them). */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
export type StorageChangeListener = (
  changes: Record<string, { newValue?: unknown; oldValue?: unknown }>,
  areaName: string,
) => void;
export interface StorageLike {
  sync?: StorageAreaLike | undefined;
  local: StorageAreaLike;
  onChanged: {
    addListener(listener: StorageChangeListener): void;
    removeListener(listener: StorageChangeListener): void;
  };
}

export interface StoredRecord {
  schemaVersion: number;
  updatedAt: number;
  values: RawValues;
}

export interface SettingsStore {
  /** The current settings: migrated, validated, defaults merged. Never rejects. */
  load(): Promise<Settings>;
  /** Applies the valid keys of `patch` and persists; resolves with the full new settings. */
  save(patch: Partial<Settings>): Promise<Settings>;
  /** Calls `listener` with the full settings whenever they change (any tab, any device). */
  subscribe(listener: (settings: Settings) => void): () => void;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stored record of any age (or junk) as a record, or null when there is nothing usable. */
export function readRecord(raw: unknown): StoredRecord | null {
  if (!isObject(raw)) return null;
  if (isObject(raw.values)) {
    const version = raw.schemaVersion;
    const updatedAt = raw.updatedAt;
    return {
      schemaVersion: typeof version === 'number' && Number.isFinite(version) ? version : UNVERSIONED,
      updatedAt: typeof updatedAt === 'number' && Number.isFinite(updatedAt) ? updatedAt : 0,
      values: raw.values,
    };
  }
  // The unversioned shape: the settings object itself.
  return { schemaVersion: UNVERSIONED, updatedAt: 0, values: raw };
}

/** Migrated + validated settings from a record (defaults when there is none). */
export function settingsFromRecord(record: StoredRecord | null): Settings {
  if (record === null) return validateSettings({});
  return validateSettings(migrateValues(record.values, record.schemaVersion));
}

async function readArea(area: StorageAreaLike | undefined): Promise<StoredRecord | null> {
  if (area === undefined) return null;
  try {
    const items = await area.get(SETTINGS_STORAGE_KEY);
    return readRecord(items[SETTINGS_STORAGE_KEY]);
  } catch {
    return null;
  }
}

async function writeArea(area: StorageAreaLike | undefined, record: StoredRecord): Promise<boolean> {
  if (area === undefined) return false;
  try {
    await area.set({ [SETTINGS_STORAGE_KEY]: record });
    return true;
  } catch {
    return false;
  }
}

function newer(a: StoredRecord | null, b: StoredRecord | null): StoredRecord | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.updatedAt > a.updatedAt ? b : a;
}

export function createSettingsStore(storage: StorageLike, now: () => number = Date.now): SettingsStore {
  // Serializes saves so two quick changes (a slider drag) cannot interleave read-modify-write.
  let queue: Promise<unknown> = Promise.resolve();
  let lastUpdatedAt = 0;

  async function readNewest(): Promise<StoredRecord | null> {
    const [synced, local] = await Promise.all([readArea(storage.sync), readArea(storage.local)]);
    return newer(synced, local);
  }

  async function persist(settings: Settings): Promise<void> {
    // Strictly increasing, so the newest write wins even within one millisecond.
    lastUpdatedAt = Math.max(now(), lastUpdatedAt + 1);
    const record: StoredRecord = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      updatedAt: lastUpdatedAt,
      values: { ...settings },
    };
    // Local always holds a copy: it is the fallback when sync is unavailable or over quota.
    const [, localOk] = await Promise.all([
      writeArea(storage.sync, record),
      writeArea(storage.local, record),
    ]);
    if (!localOk) await writeArea(storage.sync, record);
  }

  async function load(): Promise<Settings> {
    const record = await readNewest();
    const settings = settingsFromRecord(record);
    if (record !== null && record.schemaVersion < CURRENT_SCHEMA_VERSION) {
      // Store the repaired shape once so the migration does not run on every read.
      await persist(settings);
    }
    return settings;
  }

  function save(patch: Partial<Settings>): Promise<Settings> {
    const run = queue.then(async () => {
      const current = await load();
      const next: Settings = { ...current, ...validatePatch(patch) };
      await persist(next);
      return next;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  function subscribe(listener: (settings: Settings) => void): () => void {
    let last = '';
    const onChanged: StorageChangeListener = (changes, areaName) => {
      if (areaName !== 'sync' && areaName !== 'local') return;
      const change = changes[SETTINGS_STORAGE_KEY];
      if (change === undefined) return;
      // Both areas receive each write: report a given state once.
      const settings = settingsFromRecord(readRecord(change.newValue));
      const serialized = JSON.stringify(settings);
      if (serialized === last) return;
      last = serialized;
      listener(settings);
    };
    storage.onChanged.addListener(onChanged);
    return () => storage.onChanged.removeListener(onChanged);
  }

  return { load, save, subscribe };
}

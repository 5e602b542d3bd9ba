// Stored settings carry a schema version; older shapes are brought forward by these migrations, in
// order, before validation repairs whatever is left key by key. A migration never throws: it reads
// what it recognises and leaves the rest to validation.

export type RawValues = Record<string, unknown>;

export interface Migration {
  /** The schema version this migration produces. */
  version: number;
  description: string;
  up(values: RawValues): RawValues;
}

// Early builds wrote font sizes as CSS strings ("18px").
const PX_STRING = /^\s*(\d+(?:\.\d+)?)\s*px\s*$/i;
const LIST_SEPARATOR = /[\s,;]+/;

function renameKey(values: RawValues, from: string, to: string): void {
  if (from in values && !(to in values)) values[to] = values[from];
  delete values[from];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 2,
    description: 'v1 shape: darkMode flag, "18px" sizes, width, comma-separated autoOpen',
    up(input) {
      const values = { ...input };
      if (typeof values.darkMode === 'boolean' && !('theme' in values)) {
        values.theme = values.darkMode ? 'dark' : 'light';
      }
      delete values.darkMode;
      if (typeof values.fontSize === 'string') {
        const match = PX_STRING.exec(values.fontSize);
        values.fontSize = match?.[1] === undefined ? undefined : Number(match[1]);
      }
      renameKey(values, 'width', 'contentWidth');
      renameKey(values, 'autoOpen', 'autoOpenSites');
      if (typeof values.autoOpenSites === 'string') {
        values.autoOpenSites = values.autoOpenSites.split(LIST_SEPARATOR).filter((site) => site !== '');
      }
      return values;
    },
  },
  {
    version: 3,
    description: 'v2 names: theme "auto" became "system", font "sans-serif" became "sans"',
    up(input) {
      const values = { ...input };
      if (values.theme === 'auto') values.theme = 'system';
      if (values.font === 'sans-serif') values.font = 'sans';
      if (values.font === 'opendyslexic') values.font = 'dyslexic';
      return values;
    },
  },
];

export const CURRENT_SCHEMA_VERSION: number = MIGRATIONS.at(-1)?.version ?? 1;

/**
 * Runs every migration newer than `fromVersion`, in order. A version from the future (a newer Folio
 * synced this profile) runs nothing: validation keeps what this version understands.
 */
export function migrateValues(values: RawValues, fromVersion: number): RawValues {
  let current = values;
  for (const migration of MIGRATIONS) {
    if (migration.version <= fromVersion) continue;
    try {
      current = migration.up(current);
    } catch {
      // A migration bug must not lose the user's other settings; validation repairs the rest.
    }
  }
  return current;
}

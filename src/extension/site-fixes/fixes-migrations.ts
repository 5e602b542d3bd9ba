// Stored site fixes carry a schema version; older or hand-written shapes are brought forward here,
// in order, before the rules are checked (src/core/rules/site-rule.ts drops what is still wrong).

export interface FixesMigration {
  /** The schema version this migration produces. */
  version: number;
  description: string;
  up(rules: unknown[]): unknown[];
}

const asList = (value: unknown): unknown => (typeof value === 'string' ? [value] : value);

export const FIXES_MIGRATIONS: readonly FixesMigration[] = [
  {
    version: 2,
    description: 'keep / drop written as one selector string become lists; "host" is "site"',
    up: (rules) =>
      rules.map((raw) => {
        if (typeof raw !== 'object' || raw === null) return raw;
        const rule = { ...(raw as Record<string, unknown>) };
        if (rule.site === undefined && typeof rule.host === 'string') rule.site = rule.host;
        delete rule.host;
        if (rule.keep !== undefined) rule.keep = asList(rule.keep);
        if (rule.drop !== undefined) rule.drop = asList(rule.drop);
        return rule;
      }),
  },
];

export const FIXES_SCHEMA_VERSION: number = FIXES_MIGRATIONS.at(-1)?.version ?? 1;

/** Runs every migration newer than `fromVersion`; one that throws leaves the rules to the checks. */
export function migrateFixes(rules: unknown[], fromVersion: number): unknown[] {
  let current = rules;
  for (const migration of FIXES_MIGRATIONS) {
    if (migration.version <= fromVersion) continue;
    try {
      current = migration.up(current);
    } catch {}
  }
  return current;
}

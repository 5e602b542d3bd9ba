// Where site fixes live: one item per site ("folio.fixes.<host>") in storage.sync, so they follow
// the person, within sync's per-item and total quotas. A site whose item sync refuses (quota) goes to
// storage.local instead, and a note says so in the settings. Every read is migrated and checked: a bad
// rule is left out and reported, never thrown.
import { checkRules, MAX_RULES_PER_SITE, type SiteRule } from '../../core/rules/site-rule';
import { FIXES_SCHEMA_VERSION, migrateFixes } from './fixes-migrations';

export const FIXES_KEY_PREFIX = 'folio.fixes.';

/** The parts of a storage area used here (structural: tests pass a fake). */
export interface FixesArea {
  get(keys: null | string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}
export interface FixesStorage {
  sync?: FixesArea | undefined;
  local: FixesArea;
}

export interface SiteFixes {
  rules: SiteRule[];
  /** Rules left out on load (bad, or over the per-site limit), one line each. */
  problems: string[];
  /** Sites kept in this browser only because sync storage was full. */
  localOnly: string[];
}

interface StoredSite {
  schemaVersion: number;
  rules: unknown[];
}

function readItem(raw: unknown): unknown[] {
  if (Array.isArray(raw)) return migrateFixes(raw, 0);
  if (typeof raw !== 'object' || raw === null) return [];
  const item = raw as Partial<StoredSite>;
  if (!Array.isArray(item.rules)) return [];
  return migrateFixes(item.rules, typeof item.schemaVersion === 'number' ? item.schemaVersion : 0);
}

async function readArea(area: FixesArea | undefined): Promise<Map<string, unknown[]>> {
  const out = new Map<string, unknown[]>();
  if (!area) return out;
  try {
    const all = await area.get(null);
    for (const [key, value] of Object.entries(all))
      if (key.startsWith(FIXES_KEY_PREFIX)) out.set(key.slice(FIXES_KEY_PREFIX.length), readItem(value));
  } catch {}
  return out;
}

export interface FixesStore {
  load(): Promise<SiteFixes>;
  /** Adds a rule; past the per-site limit the oldest of that site goes. */
  add(rule: SiteRule): Promise<SiteFixes>;
  /** Removes the rule of `site` made at `created`. */
  remove(site: string, created: number): Promise<SiteFixes>;
  /** Adds checked rules from a file (an identical rule already stored is not doubled). */
  importRules(rules: readonly SiteRule[]): Promise<SiteFixes>;
}

export function createFixesStore(storage: FixesStorage): FixesStore {
  let queue: Promise<unknown> = Promise.resolve();

  async function load(): Promise<SiteFixes> {
    const [synced, local] = await Promise.all([readArea(storage.sync), readArea(storage.local)]);
    const raw: unknown[] = [];
    const localOnly: string[] = [];
    const sites = new Set([...synced.keys(), ...local.keys()]);
    for (const site of sites) {
      // A site is in one area; local holds it only when sync refused it, so local is the newer.
      const fromLocal = local.get(site);
      if (fromLocal) localOnly.push(site);
      raw.push(...(fromLocal ?? synced.get(site) ?? []));
    }
    const { rules, problems } = checkRules(raw);
    return { rules, problems, localOnly };
  }

  async function writeSite(site: string, rules: SiteRule[]): Promise<void> {
    const key = FIXES_KEY_PREFIX + site;
    if (!rules.length) {
      await Promise.all([storage.sync?.remove(key).catch(() => undefined), storage.local.remove(key)]);
      return;
    }
    const item: StoredSite = { schemaVersion: FIXES_SCHEMA_VERSION, rules };
    if (storage.sync) {
      try {
        await storage.sync.set({ [key]: item });
        await storage.local.remove(key);
        return;
      } catch {
        // Over quota (or sync off): this browser keeps it.
      }
    }
    await storage.local.set({ [key]: item });
  }

  function change(edit: (fixes: SiteFixes) => Map<string, SiteRule[]>): Promise<SiteFixes> {
    const run = queue.then(async () => {
      const changed = edit(await load());
      for (const [site, rules] of changed) await writeSite(site, rules);
      return load();
    });
    queue = run.catch(() => undefined);
    return run;
  }

  const ofSite = (fixes: SiteFixes, site: string) => fixes.rules.filter((r) => r.site === site);

  return {
    load,
    add: (rule) =>
      change((fixes) => {
        const rules = [...ofSite(fixes, rule.site), rule].slice(-MAX_RULES_PER_SITE);
        return new Map([[rule.site, rules]]);
      }),
    remove: (site, created) =>
      change((fixes) => new Map([[site, ofSite(fixes, site).filter((r) => r.created !== created)]])),
    importRules: (incoming) =>
      change((fixes) => {
        const changed = new Map<string, SiteRule[]>();
        for (const rule of incoming) {
          const rules = changed.get(rule.site) ?? ofSite(fixes, rule.site);
          const same = JSON.stringify(rule);
          if (!rules.some((r) => JSON.stringify(r) === same)) rules.push(rule);
          changed.set(rule.site, rules.slice(-MAX_RULES_PER_SITE));
        }
        return changed;
      }),
  };
}

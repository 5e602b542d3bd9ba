// Site fixes in storage: per site in storage.sync, spilled to storage.local when sync refuses,
// migrated and checked on every read, at most MAX_RULES_PER_SITE per site.
import { describe, expect, it } from 'vitest';
import { MAX_RULES_PER_SITE, type SiteRule } from '../../src/core/rules/site-rule';
import { FIXES_SCHEMA_VERSION, migrateFixes } from '../../src/extension/site-fixes/fixes-migrations';
import {
  createFixesStore,
  FIXES_KEY_PREFIX,
  type FixesArea,
} from '../../src/extension/site-fixes/fixes-store';

/** A storage area in memory; `quota` bytes of JSON per item, as storage.sync's QUOTA_BYTES_PER_ITEM. */
function fakeArea(quota = Number.POSITIVE_INFINITY): FixesArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (key) => (key === null ? Object.fromEntries(items) : { [key]: items.get(key) }),
    set: async (values) => {
      for (const [k, v] of Object.entries(values)) {
        if (JSON.stringify(v).length > quota) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        items.set(k, structuredClone(v));
      }
    },
    remove: async (key) => {
      items.delete(key);
    },
  };
}

const rule = (site: string, created: number, extra: Partial<SiteRule> = { drop: ['p.note'] }): SiteRule => ({
  site,
  created,
  ...extra,
});

describe('site fixes store', () => {
  it('keeps rules per site in sync storage and deletes one', async () => {
    const sync = fakeArea();
    const local = fakeArea();
    const store = createFixesStore({ sync, local });
    await store.add(rule('a.example', 1));
    await store.add(rule('a.example', 2, { keep: ['div.box'] }));
    const fixes = await store.add(rule('b.example', 3));
    expect(fixes.rules).toHaveLength(3);
    expect([...sync.items.keys()].sort()).toEqual([
      `${FIXES_KEY_PREFIX}a.example`,
      `${FIXES_KEY_PREFIX}b.example`,
    ]);
    expect(local.items.size).toBe(0);
    const after = await store.remove('a.example', 1);
    expect(after.rules.map((r) => r.created)).toEqual([2, 3]);
  });

  it('spills a site to local storage when sync refuses it, and says so', async () => {
    const sync = fakeArea(300);
    const local = fakeArea();
    const store = createFixesStore({ sync, local });
    await store.add(rule('small.example', 1));
    const long = Array.from({ length: 10 }, (_, i) => `div.promo-box-number-${'x'.repeat(i + 20)}`);
    const fixes = await store.add(rule('big.example', 2, { drop: long }));
    expect(fixes.rules).toHaveLength(2);
    expect(fixes.localOnly).toEqual(['big.example']);
    expect(sync.items.has(`${FIXES_KEY_PREFIX}big.example`)).toBe(false);
  });

  it(`holds at most ${MAX_RULES_PER_SITE} rules per site, dropping the oldest`, async () => {
    const store = createFixesStore({ local: fakeArea() });
    for (let i = 0; i < MAX_RULES_PER_SITE + 2; i++) await store.add(rule('a.example', i));
    const { rules } = await store.load();
    expect(rules).toHaveLength(MAX_RULES_PER_SITE);
    expect(rules[0]?.created).toBe(2);
  });

  it('drops and reports bad stored rules, migrates old shapes, never throws', async () => {
    const local = fakeArea();
    local.items.set(`${FIXES_KEY_PREFIX}a.example`, [
      { host: 'a.example', keep: 'div.box', created: 5 },
      { site: 'a.example', drop: ['x{}'], created: 6 },
    ]);
    local.items.set(`${FIXES_KEY_PREFIX}junk`, 'not rules');
    const failing: FixesArea = {
      get: async () => {
        throw new Error('sync disabled');
      },
      set: async () => undefined,
      remove: async () => undefined,
    };
    const { rules, problems } = await createFixesStore({ sync: failing, local }).load();
    expect(rules).toEqual([{ site: 'a.example', keep: ['div.box'], created: 5 }]);
    expect(problems).toHaveLength(1);
  });

  it('imports without doubling a rule it already has', async () => {
    const store = createFixesStore({ local: fakeArea() });
    await store.add(rule('a.example', 1));
    const fixes = await store.importRules([rule('a.example', 1), rule('c.example', 9)]);
    expect(fixes.rules).toHaveLength(2);
  });

  it('runs migrations only past the stored version', () => {
    const old = [{ host: 'a.example', drop: 'p', created: 1 }];
    expect(migrateFixes(old, 0)).toEqual([{ site: 'a.example', drop: ['p'], created: 1 }]);
    expect(migrateFixes(old, FIXES_SCHEMA_VERSION)).toEqual(old);
  });
});

// Site fixes for the page this reader script runs in: the saved rules of its site, the current
// view's own put-backs, the Undo history, and turning the fixes off for this view. The popup and the
// reader both act through this one object (messages from the popup arrive in reader.ts), so both
// always show the same article.
import { rulesForUrl, type SiteRule, siteOf } from '../../core/rules/site-rule';
import { buildStableSelector } from '../../core/rules/stable-selector';
import type { RepairNote, RepairOp, RepairStatus } from '../../ui/repair/repair-types';
import type { FixesStore } from '../site-fixes/fixes-store';

type Undo = () => Promise<void>;

export interface PageRepair {
  /** Resolves once the site's saved rules are read (at once when storage fails). */
  readonly ready: Promise<void>;
  /** The rules to extract with: the saved ones (unless turned off) and this view's put-backs. */
  rules(): SiteRule[];
  status(): RepairStatus;
  /** Carries out an action from the view; 'pick' is the caller's (it needs the pointer). */
  run(op: Exclude<RepairOp, { op: 'pick' }>): Promise<void>;
  /** Saves `el` as the site's article (the picker's result). */
  pickArticle(el: Element): Promise<void>;
}

export function createPageRepair(
  doc: Document,
  href: () => string,
  store: FixesStore,
  now = Date.now,
): PageRepair {
  let saved: SiteRule[] = [];
  let viewKeep: string[] = [];
  let pending: string | null = null;
  let off = false;
  let note: RepairNote | null = null;
  const undos: Undo[] = [];

  async function reload(): Promise<void> {
    try {
      saved = rulesForUrl((await store.load()).rules, href());
    } catch {
      saved = [];
    }
  }
  const ready = reload();

  const find = (selector: string): Element | null => {
    try {
      return doc.querySelector(selector);
    } catch {
      return null;
    }
  };

  /** Saves a rule made from `el` on this page; its Undo deletes it again. Null: nothing saved. */
  async function saveRule(
    el: Element | null,
    make: (selector: string) => Partial<SiteRule>,
  ): Promise<boolean> {
    const site = siteOf(href());
    const selector = el && buildStableSelector(el);
    if (!site || !selector) return false;
    // Strictly later than any rule of the site: `created` names the rule for Undo and Delete.
    const created = Math.max(now(), ...saved.map((r) => r.created + 1));
    await store.add({ site, created, ...make(selector) });
    undos.push(async () => {
      await store.remove(site, created);
      await reload();
    });
    await reload();
    return true;
  }

  async function run(op: Exclude<RepairOp, { op: 'pick' }>): Promise<void> {
    await ready;
    switch (op.op) {
      case 'put-back': {
        viewKeep = [...viewKeep, op.selector];
        pending = op.selector;
        const selector = op.selector;
        undos.push(async () => {
          viewKeep = viewKeep.filter((s) => s !== selector);
          if (pending === selector) pending = null;
        });
        note = 'put-back';
        return;
      }
      case 'save': {
        const selector = pending;
        pending = null;
        if (!selector) return;
        note = (await saveRule(find(selector), (s) => ({ keep: [s] }))) ? 'saved' : 'failed';
        return;
      }
      case 'remove':
        pending = null;
        note = (await saveRule(find(op.selector), (s) => ({ drop: [s] }))) ? 'removed' : 'failed';
        return;
      case 'undo':
        pending = null;
        await undos.pop()?.();
        note = 'undone';
        return;
      case 'set-off':
        off = op.off;
        note = null;
    }
  }

  return {
    ready,
    rules: () => {
      const view: SiteRule[] = viewKeep.length ? [{ site: siteOf(href()), keep: viewKeep, created: 0 }] : [];
      return off ? view : [...saved, ...view];
    },
    status: () => ({ fixes: saved.length, off, canUndo: undos.length > 0, canSave: pending !== null, note }),
    run,
    pickArticle: async (el) => {
      pending = null;
      note = (await saveRule(el, (s) => ({ article: s }))) ? 'picked' : 'failed';
    },
  };
}

// The site fixes for one extraction: the rules' selectors are matched on the page itself (read only),
// and each matched element's copy in the work copy is marked as the copier makes it. The plan also
// keeps the copy → page element map, so removed blocks and written blocks can name their place on
// the page (for "Put back" and "Remove" in the current view).
import { preview, textOf } from '../dom/text';
import type { RemovedBlock } from '../types';
import { rulesForUrl, type SiteRule } from './site-rule';
import { structuralSelector } from './stable-selector';

type Mark = 'article' | 'keep' | 'drop';
// Elements one selector may mark: a selector matching hundreds of blocks is not a fix for one page.
const MAX_MATCHES_PER_SELECTOR = 50;

export class RulePlan {
  /** How many of the given rules apply to this page (for "2 fixes for this site"). */
  readonly applied: number;
  /** Structural selectors of the written blocks, indexed by their data-folio-block number. */
  readonly blocks: string[] = [];
  private readonly marks = new Map<Element, Mark>();
  private readonly onPage = new WeakMap<Element, Element>();
  private readonly copies = new Map<Mark, Element[]>();

  constructor(doc: Document, url: string, rules: readonly SiteRule[]) {
    const mine = rulesForUrl(rules, url);
    this.applied = mine.length;
    // Later rules win for the article; keep wins over drop (a put-back undoes an older removal).
    for (const rule of mine) {
      for (const s of rule.drop ?? []) this.mark(doc, s, 'drop', false);
    }
    for (const rule of mine) {
      for (const s of rule.keep ?? []) this.mark(doc, s, 'keep', false);
      if (rule.article) this.mark(doc, rule.article, 'article', true);
    }
  }

  private mark(doc: Document, selector: string, mark: Mark, firstOnly: boolean): void {
    let found: Element[];
    try {
      found = Array.from(doc.querySelectorAll(selector)).slice(0, firstOnly ? 1 : MAX_MATCHES_PER_SELECTOR);
    } catch {
      return; // not a selector this DOM understands: the rule does nothing here
    }
    for (const el of found) {
      if (mark === 'article') {
        for (const [other, m] of this.marks) if (m === 'article') this.marks.delete(other);
        // The article itself is not dropped.
        this.marks.set(el, 'article');
      } else if (!(mark === 'drop' && this.marks.has(el))) this.marks.set(el, mark);
    }
  }

  /** Called by the copier for each page element and its copy. */
  readonly pair = (source: Element, copy: Element): void => {
    this.onPage.set(copy, source);
    const mark = this.marks.get(source);
    if (mark) {
      const list = this.copies.get(mark) ?? [];
      list.push(copy);
      this.copies.set(mark, list);
    }
  };

  /** Takes the dropped blocks out of the work copy, recorded with the reason "rule". */
  dropMarked(work: Element): RemovedBlock[] {
    const out: RemovedBlock[] = [];
    for (const el of this.copies.get('drop') ?? []) {
      if (!work.contains(el)) continue;
      const selector = this.selectorOf(el);
      out.push({
        kind: 'other',
        text: preview(textOf(el, 400)),
        reason: 'rule',
        ...(selector ? { selector } : {}),
      });
      el.remove();
    }
    return out;
  }

  /** The element a rule names as the article, when it made it into the work copy. */
  articleIn(work: Element): Element | null {
    const el = this.copies.get('article')?.[0];
    return el && work.contains(el) ? el : null;
  }

  readonly keeps = (el: Element): boolean => this.marks.get(this.onPage.get(el) as Element) === 'keep';

  /** Where a work-copy element sits on the page, for the current view's put-back. */
  readonly selectorOf = (el: Element): string | undefined => {
    const source = this.onPage.get(el);
    return (source && structuralSelector(source)) || undefined;
  };

  /** The number the serializer writes on a block (data-folio-block), or null for a made-up block. */
  readonly blockRef = (el: Element): number | null => {
    const selector = this.selectorOf(el);
    if (!selector) return null;
    this.blocks.push(selector);
    return this.blocks.length - 1;
  };
}

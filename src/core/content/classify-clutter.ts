// Decides whether a block inside the chosen content is clutter, and what kind: the first rule of
// clutter-rules.ts that matches. Structure (link density, forms, share links, repeated comment
// shapes), wording (short calls to action in many languages) and class names each count; class
// names alone never remove a substantial text block.
import { textOf } from '../dom/text';
import type { RemovedKind } from '../types';
import { type ClutterContext, ClutterFacts } from './clutter-facts';
import { CLUTTER_RULES, type ClutterRule } from './clutter-rules';
import { MAX_REMOVABLE_SHARE, midSentence, SHORT_BLOCK_CHARS } from './clutter-tests';

export type { ClutterContext } from './clutter-facts';

export interface Verdict {
  kind: RemovedKind;
  reason: string;
}

export interface RuleHit extends Verdict {
  rule: ClutterRule;
}

/** The rule that removes `el`, with the kind and reason it gives; null: the block stays. */
function firstRule(el: Element, ctx: ClutterContext): RuleHit | null {
  const s = ctx.stats.get(el);
  if (!s) return null;
  // The bulk of the chosen content is the article, whatever its wrapper is named.
  if (s.text > MAX_REMOVABLE_SHARE * ctx.contentText) return null;
  // A phrase inside a sentence is read as the sentence's words, not as a label or a call to action.
  const phrase = midSentence(el);
  const text = s.text <= SHORT_BLOCK_CHARS && !phrase ? textOf(el, SHORT_BLOCK_CHARS * 2) : '';
  const facts = new ClutterFacts(el, s, ctx, text);
  for (const rule of CLUTTER_RULES) {
    if ((rule.wording && !text) || (rule.readsLonger && phrase)) continue;
    const reason = rule.test(facts);
    if (reason !== null)
      return { rule, reason, kind: typeof rule.kind === 'function' ? rule.kind(facts) : rule.kind };
  }
  return null;
}

export function classify(el: Element, ctx: ClutterContext): Verdict | null {
  const hit = firstRule(el, ctx);
  return hit && { kind: hit.kind, reason: hit.reason };
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLUTTER_RULES } from '../../src/core/content/clutter-rules';
import { article, extractFixture } from './core-helpers';

// The reason each rule writes into the removed list: how the test knows which rule removed a block.
const REASONS: Record<string, RegExp> = {
  'form-control': /^form control <\w+>$/,
  form: /^form$/,
  'form-box': /^form box$/,
  nav: /^<nav>$/,
  'contents-box': /^table of contents$/,
  'cookie-notice': /^cookie notice$/,
  'ad-label': /^ad label$/,
  'comments-heading': /^comment section$/,
  newsletter: /^newsletter sign-up$/,
  'call-to-action': /^call to action: /,
  'dish-photo-prompt': /^prompt to share a photo of the dish$/,
  'appeal-box': /^appeal: /,
  'long-appeal': /^long appeal: /,
  'subscriber-only': /^subscriber-only notice$/,
  'site-description': /^site description$/,
  'navigation-label': /^navigation$/,
  'player-controls': /^player controls$/,
  'control-label': /^control label$/,
  'rating-widget': /^rating widget$/,
  'page-links': /^page links$/,
  'screen-reader-heading': /^screen-reader heading$/,
  'new-window-notice': /^new-window notice$/,
  'quote-mark': /^decorative quote mark$/,
  'bare-address': /^bare address$/,
  'release-source': /^release source line$/,
  boilerplate: /^credits or legal boilerplate$/,
  'affiliate-disclosure': /^affiliate disclosure$/,
  'shop-button': /^shop button$/,
  'contact-block': /^contact block$/,
  dateline: /^dateline$/,
  'credit-without-image': /^credit without image$/,
  'forum-status': /^forum status$/,
  'comment-notice': /^note on comments$/,
  'homoglyph-text': /^text disguised with look-alike letters$/,
  'post-signature': /^signature under a post$/,
  'member-profile': /^writer's forum profile$/,
  'reply-title': /^reply title$/,
  'teaser-linked-headline': /^teaser with linked headline$/,
  'teaser-link': /^teaser link$/,
  'more-info-pointer': /^pointer to more information$/,
  'tag-line': /^tag line$/,
  'share-label': /^share label$/,
  'related-heading': /^related-content list$/,
  aside: /^<aside>$/,
  'article-header': /^<header> of the article$/,
  'article-footer': /^<footer> of the article$/,
  'share-links': /^\d+ share links$/,
  'social-profile-links': /^social profile links$/,
  'clutter-name': /^named "/,
  'link-density': /^link density \d/,
  'comment-thread': /^\d+ comments \(author, date, reply\)$/,
};

describe('clutter rules: each rule is triggered by the fixture that justifies it', () => {
  it('every rule has a known reason and an existing fixture, and ids are unique', () => {
    const ids = CLUTTER_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(REASONS).sort()).toEqual([...ids].sort());
    for (const r of CLUTTER_RULES)
      expect(existsSync(path.resolve(__dirname, '../fixtures', r.fixture)), r.fixture).toBe(true);
  });

  for (const rule of CLUTTER_RULES) {
    it(`${rule.id} (${rule.fixture})`, () => {
      const { removed } = article(extractFixture(rule.fixture));
      const hits = removed.filter((b) => REASONS[rule.id]!.test(b.reason));
      expect(hits.length, JSON.stringify(removed.map((b) => b.reason))).toBeGreaterThan(0);
      if (typeof rule.kind === 'string') for (const h of hits) expect(h.kind).toBe(rule.kind);
    });
  }
});

// What class and id names suggest. One signal among several: the cleaner also needs the block's
// shape or wording before it removes anything.

// Names that content containers use (entry-content, article-body, story__text, post-content...).
const POSITIVE_RE =
  /(?:^|[-_\s])(?:article|articlebody|body|content|entry|main|post|story|text|blog|page|prose|rich-?text|hentry|h-entry)(?:$|[-_\s\d])/i;
// Names of clutter widgets. Matched per class token so "article-content" is not taken for "ad".
const NEGATIVE_RE =
  /(?:^|[-_])(?:comments?|comment-?list|disqus|respond|reply|share|sharing|social|sociable|shariff|related|relateds|recommend(?:ed|ations)?|more-?stories|read-?more|readmore|read-?next|popular|most-?(?:read|viewed|popular)|trending|newsletter|subscribe|subscription|signup|sign-?up|promo|promotion|advert(?:isement)?s?|ads?|adv|adsense|dfp|gpt|banner|sponsor(?:ed)?|outbrain|taboola|cookie|consent|gdpr|sidebar|widget|breadcrumbs?|tags?|tag-?list|taglist|topics|nav|navbar|navigation|menu|footer|masthead|toolbar|pagination|pager|author-?bio|byline|meta|modal|popup|overlay|paywall|skip|hidden|print-?only|rating|follow|donate|membership|jump-?link|cta)(?:$|[-_\d])/i;
const CLASS_SPLIT_RE = /\s+/;

export function classTokens(el: Element): string[] {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  const out = cls ? cls.split(CLASS_SPLIT_RE) : [];
  if (id) out.push(id);
  return out.filter(Boolean);
}

/** A negative class/id token of the element, or '' when none. */
export function negativeName(el: Element): string {
  for (const t of classTokens(el)) if (NEGATIVE_RE.test(t) && !POSITIVE_RE.test(t)) return t;
  return '';
}

// Names that mark a whole region as not the article, even when they also say "content"
// (scrapinghub 232a43fb: a long reader comment in "comment_content" outvoted the article).
const REGION_WORDS =
  'comments?|comment-?list|disqus|respond|replies|related|recommend(?:ed|ations)?|sidebar|footer|most-?(?:read|viewed|popular)|more-?stories|outbrain|taboola';
const REGION_RE = new RegExp(`(?:^|[-_])(?:${REGION_WORDS})(?:$|[-_\\d])`, 'i');
// The same words anywhere in the raw names: no match there, no token to test. Content choice asks
// every element of the page, and most names say none of these.
const REGION_HINT_RE = new RegExp(REGION_WORDS, 'i');

/** A name that marks the element's whole subtree as outside the article, or ''. */
export function regionName(el: Element): string {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!(cls && REGION_HINT_RE.test(cls)) && !(id && REGION_HINT_RE.test(id))) return '';
  for (const t of classTokens(el)) if (REGION_RE.test(t)) return t;
  return '';
}

export function hasPositiveName(el: Element): boolean {
  return classTokens(el).some((t) => POSITIVE_RE.test(t));
}

/** -1, 0 or +1: the element's class/id names lean towards clutter, nothing, or content. */
export function classLean(el: Element): number {
  let lean = 0;
  for (const t of classTokens(el)) {
    if (REGION_RE.test(t) || (NEGATIVE_RE.test(t) && !POSITIVE_RE.test(t))) lean = -1;
    else if (POSITIVE_RE.test(t) && lean === 0) lean = 1;
  }
  const itemprop = el.getAttribute('itemprop');
  if (itemprop === 'articleBody' || itemprop === 'text') return 1;
  return lean;
}

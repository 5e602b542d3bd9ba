// Whether the page declares itself an article in its Open Graph type (og:type "article"): blog
// engines set it on every post, however short, and never on their front, archive or login pages.

export function declaresArticle(doc: Document): boolean {
  // Head metas are the head's own children: walking them is cheaper in jsdom than a tag query.
  for (let m = doc.head?.firstElementChild ?? null; m; m = m.nextElementSibling) {
    if (m.localName !== 'meta') continue;
    if (m.getAttribute('property') === 'og:type' || m.getAttribute('name') === 'og:type')
      return (m.getAttribute('content') ?? '').trim().toLowerCase().startsWith('article');
  }
  return false;
}

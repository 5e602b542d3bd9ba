// The names the site's logo shows on its link to the front page: the logo picture's alt ("<a
// href="/"><img alt="Harbour News"></a>"), or the text of a link the page marks as the logo (a
// theme's rel="home" site title, a "logo" or "brand" class). A <title> part that is one of them is
// the site's name, not the headline (fixture meta-site-name-front-page-link.html). Not any text
// link to the front page: menus link "News", "Übersicht" or "Home" there (trafilatura-dev).
import { shownText } from '../dom/text';
import { isFrontPageHref } from '../dom/url';
import { fold } from './text';

// The logo's link comes early in the page; a front-page link further down is the footer's.
const MAX_LINKS = 60;
// Longer than this a link's text is a teaser's, not a name.
const MAX_NAME_CHARS = 80;
const LOGO_CLASS_RE = /logo|brand|site-?(?:title|name)|masthead/i;
const HOME_REL_RE = /(?:^|\s)home(?:\s|$)/i;

const marksLogo = (a: Element): boolean =>
  HOME_REL_RE.test(a.getAttribute('rel') ?? '') ||
  LOGO_CLASS_RE.test(a.getAttribute('class') ?? '') ||
  LOGO_CLASS_RE.test(a.parentElement?.getAttribute('class') ?? '');

/** The folded names of the logo's links to this page's own front page (`url`, '' when unknown). */
export function logoNames(doc: Document, url: string): Set<string> {
  const names = new Set<string>();
  const links = doc.body?.getElementsByTagName('a');
  if (!links) return names;
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const a = links[i]!;
    if (!isFrontPageHref(a.getAttribute('href') ?? '', url)) continue;
    const alt = a.getElementsByTagName('img')[0]?.getAttribute('alt') ?? '';
    const name = alt || (marksLogo(a) ? shownText(a) : '');
    if (name && name.length <= MAX_NAME_CHARS) names.add(fold(name));
  }
  return names;
}

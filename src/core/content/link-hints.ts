// What a link says about itself for screen readers, set visibly hidden by the page's CSS: "(öffnet
// im neuen Fenster)", "Opens a new window" inside the link's text ("von Volkswagen nicht zu
// erfahren(öffnet im neuen Fenster)" on a German tech site, "saidOpens a new window" on a US IT news
// site; fundus-dev, readability-pages). Without the page's CSS the hint reads as part of the sentence.
// The class that hides it varies ("go-vh", "external-link-icon"), the wording less.
import { findElements } from '../dom/walk';

// "New window" / "new tab" in the languages of the corpora and of the UI.
const NEW_WINDOW = [
  'new (?:window|tab)',
  'neue[nm] (?:fenster|tab)',
  'nouvel(?:le)? (?:fenêtre|onglet)',
  'nueva (?:ventana|pestaña)',
  'nuova (?:finestra|scheda)',
  'nieuw (?:venster|tabblad)',
  'now(?:ym|ej) (?:oknie|karcie)',
  'nova (?:janela|aba)',
  'nytt (?:fönster|vindu)',
  'nyt vindue',
  'ny (?:flik|fane)',
  'новом окне',
  'новой вкладке',
  'yeni (?:pencere|sekme)',
];
const WINDOW_RE = new RegExp(NEW_WINDOW.join('|'), 'i');
// A link's hint may also only say where it goes.
const NEW_WINDOW_RE = new RegExp(
  [...NEW_WINDOW, 'external link', 'externer link', 'lien externe', 'enlace externo'].join('|'),
  'i',
);
// A hint is a few words; a longer element is text of the link.
const MAX_HINT_CHARS = 50;

/** Removes the hidden "opens in a new window" hints inside the links of `root`. */
export function removeLinkHints(root: Element): void {
  const links = root.getElementsByTagName('a');
  const hints: Element[] = [];
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    const all = (link.textContent ?? '').trim();
    if (!all || !NEW_WINDOW_RE.test(all)) continue;
    for (const el of findElements(link, () => true)) {
      const text = (el.textContent ?? '').trim();
      // The hint beside the link's words, never the link's only text.
      if (text && text.length <= MAX_HINT_CHARS && text.length < all.length && NEW_WINDOW_RE.test(text)) {
        hints.push(el);
        break;
      }
    }
  }
  for (const el of hints) el.remove();
}

// "Links" in those languages: a line about links opening elsewhere is a notice about the page's
// links, not a sentence of the story.
const LINKS_RE =
  /\b(?:links?|liens?|enlaces?|collegamenti|collegamento|linki|länkar|lenker|ссылк\w*|bağlantı\w*)\b/i;

/**
 * A line that says the page's links open in a new window ("These are external links and will open
 * in a new window"); a heading "External links" says where they go, and stays.
 */
export function isNewWindowNotice(text: string): boolean {
  return WINDOW_RE.test(text) && LINKS_RE.test(text);
}

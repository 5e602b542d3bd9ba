// The article text a page states in its JSON-LD articleBody, as paragraphs in the work copy's
// document, for a page that shows less of it than an article (extract-article.ts statedArticle).
// Publishers write it as plain text with line breaks between paragraphs, or as markup; either way
// only its text is kept, a paragraph for each line or paragraph it marks.
import { decodeText } from '../metadata/text';

// Where a paragraph ends: a line break in plain text, a paragraph's or a line's end in markup.
const PARAGRAPH_END_RE = /\r?\n|<\/(?:p|div|h[1-6]|li|blockquote)\s*>|<br\s*\/?>/gi;
// A stated body longer than this is a hostile page's or a book's: the rest is left out.
const MAX_STATED_CHARS = 200_000;

/** A <div> of the stated body's paragraphs, or null when it states no text. */
export function statedBodyContainer(doc: Document, stated: string): Element | null {
  if (!stated) return null;
  const box = doc.createElement('div');
  for (const part of stated.slice(0, MAX_STATED_CHARS).split(PARAGRAPH_END_RE)) {
    const text = decodeText(part);
    if (!text) continue;
    const p = doc.createElement('p');
    p.textContent = text;
    box.appendChild(p);
  }
  return box.firstChild ? box : null;
}

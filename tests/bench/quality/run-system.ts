// One system's output on one page: Defuddle from its cache (it runs in its own pass), Folio and
// Readability each on a fresh parse of the page, closed afterwards (Readability changes the document).
import type { CorpusPage } from '../corpus-pages';
import { closeDocument, pageDocument } from './pages';
import { defuddleOut, folioOut, readabilityOut, type SystemName, type SystemOut } from './systems';

/** `beforeFolio` sees Folio's document before the engine runs (the detector's verdict, say). */
export function runSystem(
  system: SystemName,
  page: CorpusPage,
  html: string,
  beforeFolio?: (doc: Document) => void,
): SystemOut | null {
  if (system === 'defuddle') return defuddleOut(page.url, html);
  const doc = pageDocument(page, html);
  try {
    if (system === 'folio') {
      beforeFolio?.(doc);
      return folioOut(doc, page.url);
    }
    return readabilityOut(doc);
  } finally {
    closeDocument(doc);
  }
}

// The English catalog for Node (unit tests, the folio command). The extension build swaps this
// module for an empty one (src/build/ui-build.ts): there the browser's i18n serves every locale.
import en from '../../../_locales/en/messages.json';

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
/** A messages.json as the browsers read it. */
export type Catalog = Readonly<Record<string, MessageEntry>>;

export const FALLBACK_MESSAGES: Catalog = en;

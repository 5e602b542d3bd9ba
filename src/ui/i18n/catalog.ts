// Where UI text comes from: the browser's i18n (`_locales/<lang>/messages.json`, the locale the
// browser chose) in the extension, the English catalog in Node (unit tests, the folio command).
import type en from '../../../_locales/en/messages.json';
import { type Catalog, FALLBACK_MESSAGES } from './fallback-messages';

export type MessageKey = keyof typeof en;

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
}
type Lookup = (name: string, substitutions: readonly string[]) => string;

const PLACEHOLDER = /\$([a-z0-9_@]+)\$/gi;
const POSITIONAL = /\$(\d)/g;

/** The catalog's message with its placeholders filled, as the browsers do it ('' when missing). */
export function formatMessage(catalog: Catalog, name: string, substitutions: readonly string[]): string {
  const entry = catalog[name];
  if (!entry) return '';
  const fill = (text: string) =>
    text.replace(POSITIONAL, (_, index: string) => substitutions[Number(index) - 1] ?? '');
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([key, value]) => [key.toLowerCase(), value.content]),
  );
  return entry.message
    .replace(PLACEHOLDER, (whole, key: string) => {
      const content = placeholders[key.toLowerCase()];
      return content === undefined ? whole : fill(content);
    })
    .replaceAll('$$', '$');
}

function browserI18n(): I18nApi | null {
  const scope = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const api = scope.browser?.i18n ?? scope.chrome?.i18n;
  return typeof api?.getMessage === 'function' ? api : null;
}

function catalogLookup(catalog: Catalog): Lookup {
  return (name, substitutions) => formatMessage(catalog, name, substitutions);
}

let lookup: Lookup | null = null;

function currentLookup(): Lookup {
  if (lookup) return lookup;
  const api = browserI18n();
  lookup = api
    ? (name, substitutions) => api.getMessage(name, substitutions.length > 0 ? [...substitutions] : undefined)
    : catalogLookup(FALLBACK_MESSAGES);
  return lookup;
}

/** Tests: read messages from this catalog (a locale's messages.json) instead; null goes back. */
export function useCatalog(catalog: Catalog | null): void {
  lookup = catalog ? catalogLookup(catalog) : null;
}

/** A message by name (also the plural forms, `name_one` and so on); '' when there is none. */
export function message(name: string, substitutions: readonly string[] = []): string {
  return currentLookup()(name, substitutions);
}

/** A message that exists in every locale (typed against the English catalog). */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return message(key, substitutions);
}

/**
 * The locale that supplied the messages (BCP 47, for Intl), not the browser's reported UI language:
 * Chromium can serve Arabic messages while `getUILanguage()` still says en-US.
 */
export function uiLocale(): string {
  return t('uiLocale') || 'en';
}

/** The UI's writing direction, from the same catalog as the text. */
export function uiDirection(): 'ltr' | 'rtl' {
  return t('uiDirection') === 'rtl' ? 'rtl' : 'ltr';
}

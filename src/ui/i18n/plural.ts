// Plurals: a message with plural forms is stored as one entry per CLDR category the locale uses
// (`removed_one`, `removed_few`, `removed_other`, ...), and Intl.PluralRules in the UI locale picks
// the entry. `_other` is in every locale; it also covers a category a browser's ICU knows and the
// catalog does not (CLDR adds categories now and then, e.g. French `many`).
import type { MessageKey } from './catalog';
import { message, uiLocale } from './catalog';

/** The names of the messages that have plural forms ("removed" for removed_one, removed_other...). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

export function formatCount(count: number, locale = uiLocale()): string {
  try {
    return new Intl.NumberFormat(locale).format(count);
  } catch {
    return String(count);
  }
}

function category(count: number, locale: string): Intl.LDMLPluralRule {
  try {
    return new Intl.PluralRules(locale).select(count);
  } catch {
    return 'other';
  }
}

/** The plural message for `count`, the number formatted in the UI locale as its placeholder. */
export function plural(key: PluralKey, count: number): string {
  const locale = uiLocale();
  const shown = formatCount(count, locale);
  return message(`${key}_${category(count, locale)}`, [shown]) || message(`${key}_other`, [shown]);
}

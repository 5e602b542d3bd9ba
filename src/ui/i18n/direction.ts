// Which direction each part of the view is set in. The chrome (toolbar, buttons, labels) follows
// the UI locale; the article follows its own language, whatever the UI's; text that comes from the
// page inside a UI line (a site name, an author) is isolated so neither reorders the other.
import { uiDirection, uiLocale } from './catalog';

export type Direction = 'ltr' | 'rtl';

/** The attributes that mark an element as UI text: the UI locale and its direction. */
export function uiText(): { lang: string; dir: Direction } {
  return { lang: uiLocale(), dir: uiDirection() };
}

/**
 * The article's direction: the engine's (declared by the page, or from a right-to-left language),
 * otherwise `auto`, so an undeclared page is set by its own first strong letter rather than
 * inheriting the UI's direction (an English page in an Arabic UI stays left to right).
 */
export function articleDirection(dir: Direction | ''): Direction | 'auto' {
  return dir === '' ? 'auto' : dir;
}

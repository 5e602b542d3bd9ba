// What an article action is: a labelled button under the article's header (popup) or in the
// reader's toolbar. The action says what to do; the host (popup or reader) supplies the few
// environment-specific abilities it needs.
import type { Article } from '../../core/types';

export interface ActionHost {
  /** The window the view renders in (sanitizing and parsing happen in its document). */
  win: Window;
  copyText(text: string): Promise<void>;
  print(): void | Promise<void>;
}

export interface ArticleAction {
  id: string;
  label: string;
  /** Resolves to a short status to show ("Copied"), or '' for none; rejects with a status to show. */
  run(article: Article, host: ActionHost): Promise<string>;
}

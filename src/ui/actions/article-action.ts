// What an article action is: a labelled button under the article's header (popup) or in the
// reader's toolbar. The action says what to do; the host (popup or reader) supplies the few
// environment-specific abilities it needs.
import type { Article } from '../../core/types';
import type { SpeechHost } from '../speech/speech-host';

export interface ActionHost {
  /** The window the view renders in (sanitizing and parsing happen in its document). */
  win: Window;
  copyText(text: string): Promise<void>;
  print(): void | Promise<void>;
  /** Read aloud (issue 11): the popup's Listen or the reader's live controls. */
  speech?: SpeechHost;
}

export interface ArticleAction {
  id: string;
  label: string;
  /** Resolves to a short status to show ("Copied"), or '' for none; rejects with a status to show. */
  run(article: Article, host: ActionHost): Promise<string>;
}

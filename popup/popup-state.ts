// What the popup is showing. One value, so a view can never be half "loading" and half "article".
import type { Article, NoArticleReason } from '../src/core/types';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'article'; article: Article; readerOpen: boolean }
  | { kind: 'no-article'; reason: NoArticleReason; message: string }
  | { kind: 'restricted'; url: string }
  | { kind: 'error'; message: string };

// What the popup is showing. One value, so a view can never be half "loading" and half "article".
import type { Article, NoArticleReason } from '../src/core/types';
import type { RepairStatus } from '../src/ui/repair/repair-types';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'article'; article: Article; readerOpen: boolean; repair?: RepairStatus }
  | { kind: 'no-article'; reason: NoArticleReason; message: string }
  | { kind: 'restricted'; url: string }
  | { kind: 'error'; message: string };

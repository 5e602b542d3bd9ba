// The article's actions, in the order they are shown. A new action (read aloud, fix this page) is one
// module beside these and one entry here; the popup and the reader both pick it up.
import type { ArticleAction } from './article-action';
import { copyMarkdown } from './copy-markdown';
import { printArticle } from './print-article';

export type { ActionHost, ArticleAction } from './article-action';

export const ARTICLE_ACTIONS: readonly ArticleAction[] = [copyMarkdown, printArticle];

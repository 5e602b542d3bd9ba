import { articleNodesToMarkdown } from '../article-to-markdown';
import { sanitizeArticleFragment } from '../sanitize-article-html';
import { STRINGS } from '../strings';
import type { ArticleAction } from './article-action';

/** The whole article as Markdown on the clipboard, from the same sanitized nodes the view shows. */
export const copyMarkdown: ArticleAction = {
  id: 'copy-markdown',
  label: STRINGS.copyMarkdown,
  async run(article, host) {
    const markdown = articleNodesToMarkdown(article, sanitizeArticleFragment(article.html, host.win));
    try {
      await host.copyText(markdown);
    } catch {
      throw new Error(STRINGS.copyFailed);
    }
    return STRINGS.copied;
  },
};

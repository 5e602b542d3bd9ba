import { STRINGS } from '../strings';
import type { ArticleAction } from './article-action';

/** Prints the article alone: the host knows how (the popup opens a print tab, the reader lays out). */
export const printArticle: ArticleAction = {
  id: 'print',
  label: STRINGS.print,
  async run(_article, host) {
    await host.print();
    return '';
  },
};

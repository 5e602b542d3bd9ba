import type { Article } from '../../src/core/types';
import { ArticleActions } from './article-actions';
import { ArticleBody } from './article-body';
import { RemovedBlocks } from './removed-blocks';
import { SourceLine } from './source-line';

/** The clean article: title, where it came from, what was removed, then the text with its figures. */
export function ArticleView({
  article,
  showActions,
  onCopy,
  onPrint,
}: {
  article: Article;
  showActions: boolean;
  onCopy: () => Promise<void>;
  onPrint: () => void;
}) {
  return (
    <article class="article" lang={article.lang || undefined} dir={article.dir || undefined}>
      <h1 class="title">{article.title}</h1>
      <SourceLine article={article} />
      {showActions ? <ArticleActions onCopy={onCopy} onPrint={onPrint} /> : null}
      <RemovedBlocks blocks={article.removed} />
      <ArticleBody html={article.html} lang={article.lang} dir={article.dir} />
    </article>
  );
}

import type { Article } from '../../core/types';
import type { ActionHost } from '../actions';
import { domainOf } from '../format';
import type { RepairHost } from '../repair/repair-types';
import { STRINGS } from '../strings';
import { ArticleActions } from './article-actions';
import { ArticleBody } from './article-body';
import { RemovedList } from './removed-list';
import { RepairBar } from './repair-bar';
import { SourceLine } from './source-line';

/** Id of the article's title: the reader's dialog is labelled by it. */
export const TITLE_ID = 'folio-title';

/**
 * The clean article, the same in the popup and the in-page reader: title, where it came from, the
 * actions (when `actions` gives them a host), what was removed, then the text with its figures.
 * Where each part sits and how big it is differs by CSS only (styles/article.css, popup.css,
 * styles/reader.css).
 */
export function ArticleView({
  article,
  actions,
  repair,
}: {
  article: Article;
  actions: ActionHost | null;
  /** Site fixes: put back, remove, undo (absent: a plain view, as in the print view). */
  repair?: RepairHost | null;
}) {
  const blocks = article.blocks ?? [];
  const removeBlock =
    repair?.canRemove && blocks.length
      ? (index: number) => {
          const selector = blocks[index];
          if (selector) repair.run({ op: 'remove', selector });
        }
      : undefined;
  return (
    <article class="folio-article" lang={article.lang || undefined} dir={article.dir || undefined}>
      <header class="folio-header">
        <h1 class="folio-title" id={TITLE_ID}>
          {/* A page with no title (random bytes, a bare fragment) still gets a heading to name it. */}
          {article.title.trim() || domainOf(article.url) || STRINGS.untitled}
        </h1>
        <SourceLine article={article} />
      </header>
      {actions ? <ArticleActions article={article} host={actions} /> : null}
      {repair ? <RepairBar repair={repair} /> : null}
      <RemovedList
        blocks={article.removed}
        onPutBack={
          repair
            ? (block) => block.selector && repair.run({ op: 'put-back', selector: block.selector })
            : undefined
        }
      />
      <ArticleBody html={article.html} lang={article.lang} dir={article.dir} onRemoveBlock={removeBlock} />
    </article>
  );
}

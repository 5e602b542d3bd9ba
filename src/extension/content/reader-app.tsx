// What the reader's shadow root shows: a slim toolbar (name, Close) above the shared article view,
// or a plain "no article" message.
import type { ExtractResult } from '../../core/types';
import type { ActionHost } from '../../ui/actions';
import type { RepairHost } from '../../ui/repair/repair-types';
import { STRINGS } from '../../ui/strings';
import { ArticleView } from '../../ui/view/article-view';

export function ReaderApp({
  result,
  host,
  onClose,
  repair = null,
}: {
  result: ExtractResult;
  host: ActionHost;
  onClose: () => void;
  repair?: RepairHost | null;
}) {
  return (
    <>
      <div class="folio-toolbar" role="toolbar" aria-label={STRINGS.readerToolbar}>
        <span class="folio-brand">{STRINGS.brand}</span>
        <button type="button" aria-label={STRINGS.closeReader} onClick={onClose}>
          {STRINGS.close}
        </button>
      </div>
      {result.isArticle ? (
        <ArticleView article={result} actions={host} repair={repair} />
      ) : (
        <div class="folio-empty">
          <h1>{STRINGS.noArticleHere}</h1>
          <p>{result.message}</p>
        </div>
      )}
    </>
  );
}

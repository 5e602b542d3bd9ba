// What the reader's shadow root shows: a slim toolbar (name, Close) above the shared article view,
// or a plain "no article" message, and the live region that says what happened.
import { useEffect } from 'preact/hooks';
import type { ExtractResult } from '../../core/types';
import type { ActionHost } from '../../ui/actions';
import { STRINGS } from '../../ui/strings';
import { ArticleView, titleOf } from '../../ui/view/article-view';
import { onToolbarKeyDown } from '../../ui/view/focus-order';
import { AnnounceContext, LiveRegion, useLiveRegion } from '../../ui/view/live-region';

export function ReaderApp({
  result,
  host,
  onClose,
}: {
  result: ExtractResult;
  host: ActionHost;
  onClose: () => void;
}) {
  const live = useLiveRegion();
  useEffect(() => {
    live.announce(result.isArticle ? STRINGS.readerOpened(titleOf(result)) : STRINGS.noArticleHere);
  }, [result, live.announce]);
  return (
    <AnnounceContext.Provider value={live.announce}>
      <div
        class="folio-toolbar"
        role="toolbar"
        aria-label={STRINGS.readerToolbar}
        onKeyDown={(event) => onToolbarKeyDown(event)}
      >
        <span class="folio-brand">{STRINGS.brand}</span>
        <button type="button" aria-label={STRINGS.closeReader} onClick={onClose}>
          {STRINGS.close}
        </button>
      </div>
      {result.isArticle ? (
        <ArticleView article={result} actions={host} />
      ) : (
        <div class="folio-empty">
          <h1>{STRINGS.noArticleHere}</h1>
          <p>{result.message}</p>
        </div>
      )}
      <LiveRegion message={live.message} />
    </AnnounceContext.Provider>
  );
}

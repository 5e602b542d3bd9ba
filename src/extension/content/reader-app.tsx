// What the reader's shadow root shows: a slim toolbar (name, time left, contents, Close) above the
// shared article view with its reading aids (line focus, remembered position), or a plain
// "no article" message.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ExtractResult } from '../../core/types';
import type { ActionHost } from '../../ui/actions';
import { NO_OUTLINE, type Outline, outlineOf } from '../../ui/comfort/article-outline';
import type { PositionMemory } from '../../ui/comfort/position-store';
import { useScrollProgress } from '../../ui/comfort/use-scroll-progress';
import { useTocLayout } from '../../ui/comfort/use-toc-layout';
import type { RepairHost } from '../../ui/repair/repair-types';
import { STRINGS } from '../../ui/strings';
import { ArticleView } from '../../ui/view/article-view';
import { LineFocus } from '../../ui/view/line-focus';
import { ReadingStatus } from '../../ui/view/reading-status';
import { ResumeOffer } from '../../ui/view/resume-offer';
import { TableOfContents } from '../../ui/view/table-of-contents';
import type { Settings } from '../settings/definitions';

export function ReaderApp({
  result,
  host,
  settings,
  positions,
  onClose,
  repair = null,
}: {
  result: ExtractResult;
  host: ActionHost;
  settings: Settings;
  positions: PositionMemory | null;
  onClose: () => void;
  repair?: RepairHost | null;
}) {
  const toolbar = useRef<HTMLDivElement>(null);
  // The reader's root scrolls; it is the toolbar's parent, known once mounted.
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [outline, setOutline] = useState<Outline>(NO_OUTLINE);
  const article = result.isArticle ? result : null;
  useLayoutEffect(() => setScroller(toolbar.current?.parentElement ?? null), []);
  // After the body's own layout effect has put the sanitized article in.
  useLayoutEffect(() => {
    const body = scroller?.querySelector('.folio-body');
    setOutline(body ? outlineOf(body) : NO_OUTLINE);
  }, [scroller, article?.html]);
  const progress = useScrollProgress(scroller);
  const layout = useTocLayout(scroller);

  return (
    <>
      <div class="folio-toolbar" role="toolbar" aria-label={STRINGS.readerToolbar} ref={toolbar}>
        <span class="folio-brand">{STRINGS.brand}</span>
        {article ? <ReadingStatus minutes={article.readingTimeMinutes} progress={progress} /> : null}
        {outline.entries.length > 0 ? (
          <TableOfContents outline={outline} scroller={scroller} layout={layout} />
        ) : null}
        <button type="button" aria-label={STRINGS.closeReader} onClick={onClose}>
          {STRINGS.close}
        </button>
      </div>
      {result.isArticle ? (
        <>
          <ResumeOffer scroller={scroller} url={result.url} memory={positions} progress={progress} />
          <ArticleView article={result} actions={host} repair={repair} />
          <LineFocus scroller={scroller} mode={settings.lineFocus} />
        </>
      ) : (
        <div class="folio-empty">
          <h1>{STRINGS.noArticleHere}</h1>
          <p>{result.message}</p>
        </div>
      )}
    </>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../../core/types';
import { type ActionHost, ARTICLE_ACTIONS } from '../actions';
import { uiText } from '../i18n/direction';
import { STATUS_MS } from '../strings';
import { useAnnounce } from './live-region';

/** One button per article action, and the status line their results show in for a moment (and are announced). */
export function ArticleActions({ article, host }: { article: Article; host: ActionHost }) {
  const [status, setStatus] = useState('');
  const announce = useAnnounce();
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const show = (text: string) => {
    setStatus(text);
    if (text !== '') announce(text);
    clearTimeout(timer.current);
    if (text !== '') timer.current = setTimeout(() => setStatus(''), STATUS_MS);
  };
  return (
    <div class="folio-actions" {...uiText()}>
      {ARTICLE_ACTIONS.map((action) => (
        <button
          key={action.id}
          type="button"
          class="folio-action"
          data-action={action.id}
          onClick={() =>
            action
              .run(article, host)
              .then(show, (error: unknown) => show(error instanceof Error ? error.message : ''))
          }
        >
          {action.label}
        </button>
      ))}
      {/* Shown here, spoken by the view's live region (one voice for every status change). */}
      <span class="folio-status" aria-hidden="true">
        {status}
      </span>
    </div>
  );
}

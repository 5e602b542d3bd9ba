/** Said plainly: there is no article here. "Try anyway" runs the extraction without the detector's gate. */
export function NoArticle({
  message,
  tried,
  onTryAnyway,
}: {
  message: string;
  tried: boolean;
  onTryAnyway: () => void;
}) {
  return (
    <section class="notice" aria-live="polite">
      <h1 class="notice-title">No article found on this page</h1>
      <p>
        {tried
          ? message || 'Folio could not find readable text here, even when trying anyway.'
          : 'This page does not look like an article: it may be a home page, a list or a form.'}
      </p>
      {tried ? null : (
        <button type="button" class="primary" onClick={onTryAnyway}>
          Try anyway
        </button>
      )}
    </section>
  );
}

/**
 * Said plainly: there is no article here. Shown only when the engine itself found none (the popup
 * extracts whatever the detector thought), so there is nothing left to "try anyway".
 */
export function NoArticle({ message }: { message: string }) {
  return (
    <section class="notice" aria-live="polite">
      <h1 class="notice-title">No article found on this page</h1>
      <p>{message || 'Folio could not find readable text here: it may be a home page, a list or a form.'}</p>
    </section>
  );
}

import { STRINGS } from '../../src/ui/strings';
/**
 * Said plainly: there is no article here. Shown only when the engine itself found none (the popup
 * extracts whatever the detector thought), so there is nothing left to "try anyway".
 */
export function NoArticle({ message }: { message: string }) {
  return (
    <section class="notice">
      <h1 class="notice-title">{STRINGS.noArticleFound}</h1>
      <p>{message || STRINGS.noArticleFallback}</p>
    </section>
  );
}

import { STRINGS } from '../../src/ui/strings';

/** "Pick the article": the popup closes and the person points at the article on the page itself. */
export function PickArticleButton({ onPick }: { onPick: () => void }) {
  return (
    <button type="button" class="pick-article" onClick={onPick}>
      {STRINGS.pickArticle}
    </button>
  );
}

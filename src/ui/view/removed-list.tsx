import type { RemovedBlock, RemovedKind } from '../../core/types';
import { removedLabel } from '../format';
import { type MessageKey, t } from '../i18n/catalog';
import { uiText } from '../i18n/direction';
import { STRINGS } from '../strings';

const KIND_LABELS: Readonly<Record<RemovedKind, MessageKey>> = {
  promo: 'kindPromo',
  newsletter: 'kindNewsletter',
  comments: 'kindComments',
  share: 'kindShare',
  related: 'kindRelated',
  ad: 'kindAd',
  navigation: 'kindNavigation',
  cookie: 'kindCookie',
  form: 'kindForm',
  hidden: 'kindHidden',
  caption: 'kindCaption',
  byline: 'kindByline',
  other: 'kindOther',
};

/**
 * What Folio took out of the page, so people can check it: collapsed until opened. The labels are
 * the UI's, the previews the page's (each set by its own first strong letter). With
 * `onPutBack`, each block that has a place on the page gets a "Put back" button.
 */
export function RemovedList({
  blocks,
  onPutBack,
}: {
  blocks: readonly RemovedBlock[];
  onPutBack?: ((block: RemovedBlock) => void) | undefined;
}) {
  if (blocks.length === 0) return null;
  const ui = uiText();
  return (
    <details class="folio-removed" {...ui}>
      <summary>{removedLabel(blocks.length)}</summary>
      <ul>
        {blocks.map((block, i) => (
          <li key={i} title={block.reason}>
            <span class="folio-removed-kind">
              {block.reason === 'rule' ? STRINGS.removedByYou : t(KIND_LABELS[block.kind] ?? 'kindOther')}
            </span>
            <bdi class="folio-removed-text" id={`folio-removed-text-${i}`}>
              {block.text}
            </bdi>
            {onPutBack && block.selector ? (
              <button
                type="button"
                class="folio-put-back"
                // The page's text stays out of the button's name: a hostile page must not name Folio's controls.
                aria-describedby={`folio-removed-text-${i}`}
                onClick={() => onPutBack(block)}
              >
                {STRINGS.putBack}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

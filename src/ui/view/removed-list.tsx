import type { RemovedBlock } from '../../core/types';
import { removedLabel } from '../format';
import { STRINGS } from '../strings';

/**
 * What Folio took out of the page, so people can check it: collapsed until opened. With
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
  return (
    <details class="folio-removed">
      <summary>{removedLabel(blocks.length)}</summary>
      <ul>
        {blocks.map((block, i) => (
          <li key={i} title={block.reason}>
            <span class="folio-removed-kind">
              {block.reason === 'rule' ? STRINGS.removedByYou : block.kind}
            </span>
            <span class="folio-removed-text">{block.text}</span>
            {onPutBack && block.selector ? (
              <button
                type="button"
                class="folio-put-back"
                aria-label={STRINGS.putBackLabel(block.text)}
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

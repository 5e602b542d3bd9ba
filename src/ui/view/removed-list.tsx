import type { RemovedBlock } from '../../core/types';
import { removedLabel } from '../format';

/** What Folio took out of the page, so people can check it: collapsed until opened. */
export function RemovedList({ blocks }: { blocks: readonly RemovedBlock[] }) {
  if (blocks.length === 0) return null;
  return (
    <details class="folio-removed">
      <summary>{removedLabel(blocks.length)}</summary>
      <ul>
        {blocks.map((block, i) => (
          <li key={i} title={block.reason}>
            <span class="folio-removed-kind">{block.kind}</span>
            <span class="folio-removed-text">{block.text}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

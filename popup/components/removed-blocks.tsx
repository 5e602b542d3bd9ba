import type { RemovedBlock } from '../../src/core/types';
import { removedLabel } from '../../src/ui/format';

/** What Folio took out of the page, so people can check it: collapsed until opened. */
export function RemovedBlocks({ blocks }: { blocks: readonly RemovedBlock[] }) {
  if (blocks.length === 0) return null;
  return (
    <details class="removed">
      <summary>{removedLabel(blocks.length)}</summary>
      <ul>
        {blocks.map((block, i) => (
          <li key={i} title={block.reason}>
            <span class="kind">{block.kind}</span>
            <span class="preview">{block.text}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

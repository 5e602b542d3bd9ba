import { useState } from 'preact/hooks';

const COPIED_MESSAGE_MS = 1600;

/** "Copy as Markdown" and "Print". */
export function ArticleActions({ onCopy, onPrint }: { onCopy: () => Promise<void>; onPrint: () => void }) {
  const [copyStatus, setCopyStatus] = useState('');
  const copy = async () => {
    try {
      await onCopy();
      setCopyStatus('Copied');
    } catch {
      setCopyStatus('Copy failed');
    }
    setTimeout(() => setCopyStatus(''), COPIED_MESSAGE_MS);
  };
  return (
    <div class="actions">
      <button type="button" class="action" onClick={copy}>
        Copy as Markdown
      </button>
      <button type="button" class="action" onClick={onPrint}>
        Print
      </button>
      <span class="action-status" role="status">
        {copyStatus}
      </span>
    </div>
  );
}

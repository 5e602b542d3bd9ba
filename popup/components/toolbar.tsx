import { STRINGS } from '../../src/ui/strings';
import { ReaderToggle } from './reader-toggle';

/** The popup's top bar: name, the reader switch (when there is an article) and the settings button. */
export function Toolbar({
  reader,
  settingsOpen,
  onToggleSettings,
}: {
  reader: { open: boolean; busy: boolean; onToggle: () => void } | null;
  settingsOpen: boolean;
  onToggleSettings: () => void;
}) {
  return (
    <header class="toolbar">
      <span class="brand">{STRINGS.brand}</span>
      <span class="toolbar-end">
        {reader ? <ReaderToggle open={reader.open} busy={reader.busy} onToggle={reader.onToggle} /> : null}
        <button
          type="button"
          class="settings-button"
          aria-expanded={settingsOpen ? 'true' : 'false'}
          aria-controls="settings-panel"
          onClick={onToggleSettings}
        >
          {STRINGS.settings}
        </button>
      </span>
    </header>
  );
}

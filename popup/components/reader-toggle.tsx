import { STRINGS } from '../../src/ui/strings';
/** Turns the in-page reader view on and off. The accessible name stays "Reader view"; aria-pressed says the state. */
export function ReaderToggle({
  open,
  busy,
  onToggle,
}: {
  open: boolean;
  busy: boolean;
  onToggle: () => void;
}) {
  return (
    <button
      type="button"
      class="reader-toggle"
      aria-pressed={open ? 'true' : 'false'}
      disabled={busy}
      onClick={onToggle}
    >
      {STRINGS.readerView}
    </button>
  );
}

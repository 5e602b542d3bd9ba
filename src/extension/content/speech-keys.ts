// Read aloud's keys while the reader has focus: Space play/pause, ←/→ previous/next sentence, ↑/↓
// previous/next paragraph. A text field, a select or a slider keeps its own keys; a button keeps
// Space; the arrows only steer speech once it has started (before that they scroll, as always).
import type { SpeechControls } from '../../ui/speech/speech-host';

const TEXT_INPUTS = new Set(['input', 'textarea', 'select']);
const SPACE_OWNERS = new Set(['button', 'a', 'summary']);

function ownsKeys(target: Element | null): boolean {
  if (!target) return false;
  return TEXT_INPUTS.has(target.localName) || (target as HTMLElement).isContentEditable === true;
}

/** True when the key was read aloud's (the caller stops it there). */
export function handleSpeechKey(event: KeyboardEvent, controls: SpeechControls): boolean {
  if (event.ctrlKey || event.altKey || event.metaKey || event.shiftKey || event.isComposing) return false;
  const target = (event.composedPath()[0] ?? null) as Element | null;
  if (ownsKeys(target)) return false;
  if (event.key === ' ') {
    if (target && SPACE_OWNERS.has(target.localName)) return false;
    controls.toggle();
    return true;
  }
  if (!controls.view().engaged) return false;
  switch (event.key) {
    case 'ArrowLeft':
      controls.sentence(-1);
      return true;
    case 'ArrowRight':
      controls.sentence(1);
      return true;
    case 'ArrowUp':
      controls.paragraph(-1);
      return true;
    case 'ArrowDown':
      controls.paragraph(1);
      return true;
    default:
      return false;
  }
}

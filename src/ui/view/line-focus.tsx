import type { LineFocusMode } from '../comfort/line-geometry';
import { useLineFocus } from '../comfort/use-line-focus';

// Text boxes hug the glyphs; the band reaches a little into the leading so descenders stay clear.
const BAND_PADDING_PX = 3;

/**
 * The reading ruler: a clear band over 1, 3 or 5 lines; its shadow dims everything else. Drawn in
 * the scrolled content, so it scrolls with the text; purely visual (aria-hidden).
 */
export function LineFocus({ scroller, mode }: { scroller: HTMLElement | null; mode: LineFocusMode }) {
  const band = useLineFocus(scroller, mode);
  if (!band) return null;
  return (
    <div
      class="folio-line-focus"
      aria-hidden="true"
      data-line={band.current}
      data-first-line={band.first}
      data-last-line={band.last}
      style={{
        top: `${band.top - BAND_PADDING_PX}px`,
        height: `${band.bottom - band.top + 2 * BAND_PADDING_PX}px`,
      }}
    />
  );
}

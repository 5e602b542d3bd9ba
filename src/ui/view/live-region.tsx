import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';

/**
 * Screen readers miss text written into a live region in the same frame the region appears, and
 * ignore a message identical to the one already there: the region is emptied first and filled a
 * moment later. 100 ms was enough for NVDA, Orca and VoiceOver in the reader and the popup.
 */
const ANNOUNCE_DELAY_MS = 100;

export type Announce = (message: string) => void;

/** What a view calls to have a status change read out ("Copied"); a no-op outside a LiveRegion. */
export const AnnounceContext = createContext<Announce>(() => undefined);

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

/**
 * The one polite live region of a view (popup or reader): status changes are spoken from here, so
 * every part of the view announces the same way. Visually hidden; its children get `announce`.
 */
export function useLiveRegion(): { message: string; announce: Announce } {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const announce = useCallback<Announce>((text) => {
    setMessage('');
    if (text === '') return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(text), ANNOUNCE_DELAY_MS);
  }, []);
  return { message, announce };
}

export function LiveRegion({ message }: { message: string }) {
  return (
    <div class="folio-live" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {message}
    </div>
  );
}
